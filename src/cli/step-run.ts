/** What `mlops step <name>` does once parsed (src/cli/step.ts defines the verb, loaded before this). */
import { writeFileSync } from 'node:fs';
import { MlopsError } from '../errors.js';
import { closingLines, runEvent, type EventResult } from '../event-run.js';
import { CHECK_NAME, checkText } from '../publish.js';
import { jenkinsPlatform } from '../platform/jenkins.js';
import { imageStage, metricsDiffStage, promoteStage, trainStage, type StageOutcome } from '../single-stage.js';
import { closingError, unlessPrinted, type RememberingLogger } from './closing-error.js';
import type { CliIo } from './program.js';
import type { StepName } from './step.js';

export async function runStep(name: StepName, io: CliIo, cwd: string, log: RememberingLogger): Promise<void> {
  const platform = await jenkinsPlatform(io.env, cwd, log);
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
