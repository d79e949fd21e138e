/**
 * `mlops step <name>`: what the Jenkins library's runner calls. The Jenkins platform is built
 * from the build's variables; `pipeline` and `report` are one event run, the other steps one
 * stage each. A failure's message also goes to MLOPS_ERROR_FILE (see program.ts).
 */
import type { Command } from 'commander';
import { MlopsError, UsageError } from '../errors.js';
import { closingLines, runEvent } from '../event-run.js';
import { jenkinsPlatform } from '../platform/jenkins.js';
import { imageStage, metricsDiffStage, promoteStage, trainStage, type StageOutcome } from '../single-stage.js';
import type { ConsoleLogger } from '../platform/console-logger.js';
import type { CliIo } from './program.js';

export const STEPS = ['train', 'metricsDiff', 'report', 'dockerBuild', 'promote', 'pipeline'] as const;

export function addStepCommand(program: Command, io: CliIo, cwdOf: () => string, logger: () => ConsoleLogger): void {
  program
    .command('step')
    .description(`run one Jenkins library step (${STEPS.join(', ')}); options as JSON in MLOPS_OPTIONS`)
    .argument('<name>', 'the step')
    .action(async (name: string) => {
      if (!(STEPS as readonly string[]).includes(name)) throw new UsageError(`step: '${name}' is not a step.`, `Steps: ${STEPS.join(', ')}.`);
      const platform = await jenkinsPlatform(io.env, cwdOf(), logger());
      const finish = (outcome: StageOutcome): void => {
        if (outcome.stdout) io.stdout(outcome.stdout);
        if (outcome.exitCode !== 0) throw new MlopsError(outcome.message, { exitCode: outcome.exitCode });
        if (outcome.message) io.stdout(`${outcome.message}\n`);
      };
      switch (name) {
        case 'report':
        case 'pipeline': {
          const result = await runEvent(platform, { verb: name === 'report' ? 'report' : 'run' });
          for (const line of closingLines(result)) io.stdout(`${line}\n`);
          if (result.failure) throw new MlopsError(result.failure, { exitCode: result.exitCode === 2 ? 2 : 1 });
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
