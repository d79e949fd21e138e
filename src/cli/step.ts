/**
 * `mlops step <name>`: what the Jenkins library's runner calls. The Jenkins platform is built
 * from the build's variables; `pipeline` and `report` are one event run, the other steps one
 * stage each. A failure's message also goes to MLOPS_ERROR_FILE (see program.ts); what the run
 * ended with goes to MLOPS_RESULT_FILE (stepResult) for the runner's gateFailure and publishChecks.
 */
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { MlopsError, UsageError } from '../errors.js';
import { closingLines, runEvent, type EventResult } from '../event-run.js';
import { CHECK_NAME, checkText } from '../publish.js';
import { jenkinsPlatform } from '../platform/jenkins.js';
import { imageStage, metricsDiffStage, promoteStage, trainStage, type StageOutcome } from '../single-stage.js';
import { closingError, unlessPrinted, type RememberingLogger } from './closing-error.js';
import type { CliIo } from './program.js';

export const STEPS = ['train', 'metricsDiff', 'report', 'dockerBuild', 'promote', 'pipeline'] as const;

export function addStepCommand(program: Command, io: CliIo, cwdOf: () => string, logger: () => RememberingLogger): void {
  program
    .command('step')
    .description(`run one Jenkins library step (${STEPS.join(', ')}); options as JSON in MLOPS_OPTIONS`)
    .argument('<name>', 'the step')
    .action(async (name: string) => {
      if (!(STEPS as readonly string[]).includes(name)) throw new UsageError(`step: '${name}' is not a step.`, `Steps: ${STEPS.join(', ')}.`);
      const log = logger();
      const platform = await jenkinsPlatform(io.env, cwdOf(), log);
      const finish = (outcome: StageOutcome): void => {
        if (outcome.stdout) io.stdout(outcome.stdout);
        if (outcome.exitCode !== 0) throw new MlopsError(outcome.message, { exitCode: outcome.exitCode });
        if (outcome.message) io.stdout(`${outcome.message}\n`);
      };
      switch (name) {
        case 'report':
        case 'pipeline': {
          const result = await runEvent(platform, { verb: name === 'report' ? 'report' : 'run' }).catch((error: unknown) => {
            throw unlessPrinted(error, log);
          });
          if (io.env.MLOPS_RESULT_FILE) writeFileSync(io.env.MLOPS_RESULT_FILE, `${JSON.stringify(stepResult(result))}\n`);
          for (const line of closingLines(result)) io.stdout(`${line}\n`);
          const failed = closingError(result, log);
          if (failed) throw failed;
          return;
        }
        case 'train':
          return finish(await trainStage(platform));
        case 'metricsDiff':
          return finish(await metricsDiffStage(platform));
        case 'dockerBuild':
          return finish(await imageStage(platform));
        case 'promote': {
          // `image` on mlopsPromote once named the image to serve; serving-image is its name now.
          const legacy = platform.raw.image !== undefined && platform.raw['serving-image'] === undefined;
          if (legacy) platform.logger.warning('mlopsPromote: image names an image to build; the image to serve is servingImage (read from image this time).');
          return finish(await promoteStage(platform, legacy ? { 'serving-image': platform.raw.image, image: undefined } : {}));
        }
      }
    });
}

/** What the Jenkins runner reads after `mlops step report|pipeline` (MLOPS_RESULT_FILE). */
export interface StepResult {
  /** The run's outcome: `gates-failed` is what gateFailure: 'UNSTABLE' turns into an unstable build. */
  outcome: EventResult['outcome']['kind'];
  /** The gates' check run, for publishChecks (the same name and text as the one the forge creates). */
  check?: { name: string; conclusion: 'success' | 'failure'; title: string; summary: string };
}

export function stepResult(result: EventResult): StepResult {
  const gates = result.run?.gates ?? [];
  if (gates.length === 0) return { outcome: result.outcome.kind };
  return { outcome: result.outcome.kind, check: { name: CHECK_NAME, conclusion: gates.every((gate) => gate.passed) ? 'success' : 'failure', ...checkText(gates) } };
}
