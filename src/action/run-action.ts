/**
 * The action front end: the GitHub Actions platform → the one event run → the step's status.
 * Outputs, job summary and publishing are the event runner's; any thrown value (a bug) fails the
 * step with one message.
 */
import * as core from '@actions/core';
import { describeError } from '../errors.js';
import { runEvent } from '../event-run.js';
import { githubActionsPlatform, input } from '../platform/github-actions.js';

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    if (input(env, 'mode') === 'publish-from-artifact') {
      // Nothing of the run's own: only the finished run's report artifact, posted as data.
      const { runPublishFromArtifact } = await import('../platform/artifact-publish.js');
      const step = await runPublishFromArtifact(env);
      if (step.failure) core.setFailed(step.failure);
      return;
    }
    const result = await runEvent(await githubActionsPlatform(env));
    if (result.failure) core.setFailed(result.failure);
  } catch (error) {
    core.setFailed(describeError(error));
  }
}
