/**
 * The fork side of a read-only pull request: publish() runs as always, through a Forge that
 * records what GitHub refused (the sticky comment, the check run), so the artifact carries
 * exactly what would have been posted (the same fitted body, the same check text) and no second
 * copy of those rules exists. Whether to leave the report as an artifact is decided here once:
 * a pull request from a fork, with something refused.
 */
import type { CiContext } from '../context.js';
import type { CheckRunInput, CheckRunOutcome, CommentOutcome, CommentTarget, Forge, IssueOutcome } from '../forge/forge.js';
import { FORK_REPORT_FORMAT, FORK_REPORT_VERSION, type ForkReport } from './report-artifact.js';

export interface RefusedPublication {
  /** The last refused sticky comment (publish() may try twice, shorter the second time). */
  comment?: { target: CommentTarget; marker: string; body: string; permission: string };
  check?: CheckRunInput & { permission: string };
}

export interface RefusalCapture {
  /** Pass this to publish(): it forwards every call and records the refusals. */
  forge: Forge;
  refused(): RefusedPublication;
}

/** Wrap `forge` so that a `forbidden` comment or check run is remembered with what it carried. */
export function captureRefusals(forge: Forge): RefusalCapture {
  const refused: RefusedPublication = {};
  const recording: Forge = {
    upsertAlertIssue: (marker, title, body, labels): Promise<IssueOutcome> => forge.upsertAlertIssue(marker, title, body, labels),
    closeAlertIssue: (marker, comment): Promise<IssueOutcome> => forge.closeAlertIssue(marker, comment),
    async upsertComment(target, marker, body): Promise<CommentOutcome> {
      const outcome = await forge.upsertComment(target, marker, body);
      if (outcome.kind === 'forbidden') refused.comment = { target, marker, body, permission: outcome.permission };
      else delete refused.comment;
      return outcome;
    },
    async createCheckRun(check): Promise<CheckRunOutcome> {
      const outcome = await forge.createCheckRun(check);
      if (outcome.kind === 'forbidden') refused.check = { ...check, permission: outcome.permission };
      return outcome;
    },
  };
  return { forge: recording, refused: () => ({ ...refused }) };
}

/**
 * The report to leave as an artifact, or why none is left: only a pull request from a fork
 * (whose token is read-only by GitHub's rule; a same-repository one can be granted the
 * permissions instead), and only what was refused.
 */
export function forkReportToUpload(input: { context: CiContext; reportId: string; refused: RefusedPublication }): { report: ForkReport } | { skip: string } {
  const { context, refused } = input;
  const pr = context.pullRequest;
  if (!pr) return { skip: 'this run is not for a pull request' };
  if (!pr.fork) return { skip: 'the pull request is not from a fork (grant the workflow the permissions instead)' };
  if (!context.repository) return { skip: 'the repository is not known' };
  if (!/^[0-9a-f]{40}$/.test(pr.headSha)) return { skip: `the head commit '${pr.headSha}' is not a full sha` };
  const comment = refused.comment?.target.kind === 'pr' && refused.comment.target.number === pr.number ? { body: refused.comment.body } : null;
  const check = refused.check?.headSha === pr.headSha
    ? { conclusion: refused.check.conclusion, title: refused.check.title, summary: refused.check.summary, ...(refused.check.text ? { text: refused.check.text } : {}) }
    : null;
  if (!comment && !check) return { skip: 'nothing was refused' };
  return {
    report: { format: FORK_REPORT_FORMAT, version: FORK_REPORT_VERSION, repository: context.repository, pullRequest: pr.number, headSha: pr.headSha, reportId: input.reportId, comment, check, images: [] },
  };
}
