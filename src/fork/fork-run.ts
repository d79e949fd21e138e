/**
 * Publishing from a pull request's own run, with the fork fallback: publish() as always; when
 * GitHub refused the comment or the check run of a pull request from a fork (its token is
 * read-only), the report is left as an artifact for the publish-from-artifact workflow. The
 * one place this is decided, for event-run.ts to call instead of publish().
 */
import type { Forge } from '../forge/forge.js';
import { publish, type PublishInput, type PublishResult } from '../publish.js';
import { captureRefusals, forkReportToUpload } from './capture.js';
import type { ForkReportUpload, ForkUploadOutcome } from './upload.js';

/** How a platform uploads a fork's report (GitHub Actions: uploadForkReport); none: it cannot. */
export type ForkReportUploader = (upload: ForkReportUpload) => Promise<ForkUploadOutcome>;

export interface PublishedWithFork {
  published: PublishResult;
  forkReport: ForkUploadOutcome;
}

/** publish(), then the refused report of a fork's pull request uploaded through `upload`. */
export async function publishOrLeaveArtifact(forge: Forge | undefined, input: PublishInput, upload?: ForkReportUploader, images?: ForkReportUpload['images']): Promise<PublishedWithFork> {
  if (!forge) return { published: await publish(undefined, input), forkReport: { kind: 'skipped', reason: 'no token to publish with' } };
  const capture = captureRefusals(forge);
  const published = await publish(capture.forge, input);
  const decided = forkReportToUpload({ context: input.context, reportId: input.report.reportId, refused: capture.refused() });
  if ('skip' in decided) return { published, forkReport: { kind: 'skipped', reason: decided.skip } };
  if (!upload) return { published, forkReport: { kind: 'skipped', reason: 'this platform keeps no workflow artifacts' } };
  return { published, forkReport: await upload({ report: decided.report, images }) };
}

/** What the log says about the fork's report: an info line when it was left, a warning when it could not be. */
export function forkReportMessage(outcome: ForkUploadOutcome): { level: 'info' | 'warning'; message: string } | undefined {
  switch (outcome.kind) {
    case 'uploaded':
      return {
        level: 'info',
        message: `The report was left as the artifact ${outcome.name}${outcome.id !== undefined ? ` (id ${outcome.id})` : ''}: a workflow_run workflow with \`mode: publish-from-artifact\` posts it on the pull request (see examples/.github/workflows/pr-fork-report.yml).`,
      };
    case 'failed':
      return { level: 'warning', message: `Could not leave the report as the artifact ${outcome.name} for the publish-from-artifact workflow: ${outcome.reason}.` };
    case 'skipped':
      return undefined;
  }
}
