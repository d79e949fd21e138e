/**
 * `mlops step <name>`: what the Jenkins library's runner calls. The Jenkins platform is built
 * from the build's variables; `pipeline` and `report` are one event run, the other steps one
 * stage each. A failure's message also goes to MLOPS_ERROR_FILE (see program.ts); what the run
 * ended with goes to MLOPS_RESULT_FILE (stepResult) for the runner's gateFailure and publishChecks.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { RememberingLogger } from './closing-error.js';
import type { CliIo } from './program.js';

export const STEPS = ['train', 'metricsDiff', 'report', 'dockerBuild', 'promote', 'pipeline'] as const;
export type StepName = (typeof STEPS)[number];

export function addStepCommand(program: Command, io: CliIo, cwdOf: () => string, logger: () => RememberingLogger): void {
  program
    .command('step')
    .description(`run one Jenkins library step (${STEPS.join(', ')}); options as JSON in MLOPS_OPTIONS`)
    .argument('<name>', 'the step')
    .action(async (name: string) => {
      if (!(STEPS as readonly string[]).includes(name)) throw new UsageError(`step: '${name}' is not a step.`, `Steps: ${STEPS.join(', ')}.`);
      const { runStep } = await import('./step-run.js');
      await runStep(name as StepName, io, cwdOf(), logger());
    });
}
