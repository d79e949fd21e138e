/**
 * The GitHub Actions step for `mode: publish-from-artifact`: the runner's environment (the
 * workflow_run event payload, GITHUB_REPOSITORY, the API URLs, the github-token input) → the
 * forge → publishFromArtifact → log lines and the step's status. Nothing is trained, checked out
 * or run: this step only reads the finished run's report artifact as data and posts it.
 */
import * as core from '@actions/core';
import type { ArtifactClient } from '@actions/artifact';
import type { PullRequestLookup } from '../fork/pull-lookup.js';
import { publishFromArtifact, publishFromArtifactVerdict, type PublishFromArtifactOutcome } from '../fork/publish-from-artifact.js';
import { input } from './github-actions.js';
import { apiUrls, readEventPayload } from './github-context.js';

export interface PublishFromArtifactStep {
  exitCode: 0 | 1;
  /** The one message to fail the step with. */
  failure?: string;
  outcome?: PublishFromArtifactOutcome;
}

const grant = (permission: string): string => `\`permissions: ${permission}\` in the workflow_run workflow`;

/** Run the mode in the job `env` describes; `ports` are for tests (default: GitHub's). */
export async function runPublishFromArtifact(env: NodeJS.ProcessEnv, ports: { client?: ArtifactClient; pulls?: PullRequestLookup } = {}): Promise<PublishFromArtifactStep> {
  const token = input(env, 'github-token');
  if (token) core.setSecret(token);
  if (env.GITHUB_EVENT_NAME !== 'workflow_run') {
    return { exitCode: 1, failure: `mode: publish-from-artifact runs in a workflow triggered by \`on: workflow_run\` (this one was triggered by ${env.GITHUB_EVENT_NAME || 'an unknown event'}).` };
  }
  if (!token) return { exitCode: 1, failure: 'mode: publish-from-artifact needs github-token (with pull-requests: write, checks: write and actions: read).' };
  const repository = env.GITHUB_REPOSITORY;
  if (!repository) return { exitCode: 1, failure: 'GITHUB_REPOSITORY is not set.' };
  const { payload, warning } = await readEventPayload(env.GITHUB_EVENT_PATH);
  if (warning) return { exitCode: 1, failure: warning };

  const urls = apiUrls(env);
  const { createForge } = await import('../forge/factory.js');
  const forge = createForge({ token, repository, ...urls, onWait: (message) => core.info(message) });
  const outcome = await core.group('publish from artifact', () => publishFromArtifact({ forge, payload, token, repository, apiUrl: urls.apiUrl, ...ports }));
  const verdict = publishFromArtifactVerdict(outcome, grant);
  for (const line of verdict.info) core.info(line);
  for (const line of verdict.warnings) core.warning(line);
  return { exitCode: verdict.exitCode, failure: verdict.failure, outcome };
}
