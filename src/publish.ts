/**
 * The publish stage: the report as one sticky comment where it belongs for the event, and the
 * gates as a check run. Nothing here fails a build for lack of permission (a fork's pull request
 * has a read-only token): those outcomes come back as data for the front end to warn about.
 */
import { alertText, sendWebhook } from './alert/webhook.js';
import type { CiWording } from './ci-platform.js';
import type { CiContext } from './context.js';
import { describeTarget, type CheckRunOutcome, type CommentOutcome, type CommentTarget, type Forge, type IssueOutcome } from './forge/forge.js';
import type { GateResult } from './metrics/gates.js';
import { reportMarker } from './report/marker.js';
import type { ReportInput } from './report/markdown.js';
import { COMMENT_LIMIT, fitReport } from './report/size-guard.js';

export type CommentMode = 'auto' | 'always' | 'never';
export const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'never'];

export interface PublishInput {
  context: CiContext;
  report: ReportInput;
  comment: CommentMode;
  /** An explicit target (CLI `--target`), else one chosen from the event. */
  target?: CommentTarget;
  /** Gates to show as the "mlops: gates" check run; none set, no check run. */
  gates: GateResult[];
  gatesPassed: boolean;
  /** A scheduled run keeps one alert issue: opened while gates fail, closed when they pass again. */
  alertIssue?: boolean;
  /** Slack-compatible incoming webhook, told when a gate fails (a secret). */
  alertWebhook?: string;
  /** How the platform words where the full report is and how a permission is granted. */
  wording: Pick<CiWording, 'reportLocation' | 'grant'>;
}

export type CommentResult = CommentOutcome | { kind: 'skipped'; reason: string };
export type CheckResult = CheckRunOutcome | { kind: 'skipped'; reason: string };

export interface PublishResult {
  comment: CommentResult;
  check: CheckResult;
  issue: IssueOutcome | { kind: 'skipped'; reason: string };
  webhook: { kind: 'sent' } | { kind: 'skipped'; reason: string } | { kind: 'failed'; reason: string };
  /** What the front end should warn about, one line each, naming the permission to grant. */
  warnings: string[];
}

export const CHECK_NAME = 'mlops: gates';

/** Where the report goes for this event: the PR on pull requests; the commit only with `always`. */
export function commentTarget(context: CiContext, mode: CommentMode): CommentTarget | { skipped: string } {
  if (mode === 'never') return { skipped: 'comment is set to never' };
  if (context.pullRequest) return { kind: 'pr', number: context.pullRequest.number };
  if (mode === 'always' && context.sha) return { kind: 'commit', sha: context.sha };
  return { skipped: `no pull request for this ${context.event} event (set comment: always to comment on the commit)` };
}

function forbiddenWarning(what: string, outcome: { permission: string; message: string }, fork: boolean, wording: PublishInput['wording']): string {
  const why = fork ? 'a pull request from a fork gets a read-only token' : 'the token lacks a permission';
  return `Could not ${what}: ${outcome.message} (${why}). Grant ${wording.grant(outcome.permission)}; the report is in ${wording.reportLocation}.`;
}

/** The gates' check run: its title (how many failed) and summary (one line per gate). */
export function checkText(gates: readonly GateResult[]): { title: string; summary: string } {
  const failed = gates.filter((gate) => !gate.passed).length;
  const title = failed === 0 ? `All ${gates.length} gate${gates.length === 1 ? '' : 's'} passed` : `${failed} of ${gates.length} gate${gates.length === 1 ? '' : 's'} failed`;
  const summary = gates.map((gate) => `${gate.passed ? '✅' : '❌'} ${gate.reason}`).join('\n');
  return { title, summary };
}

export const ALERT_TITLE = 'Nightly model regression';
export const ALERT_LABEL = 'mlops-alert';

export function alertMarker(reportId: string): string {
  return `<!-- mlops-action alert:${reportId.replace(/[^A-Za-z0-9._/-]/g, '-')} -->`;
}

/** Publish the report where the event calls for it. Without a forge (no token) only the webhook goes out. */
export async function publish(forge: Forge | undefined, input: PublishInput): Promise<PublishResult> {
  const warnings: string[] = [];
  const fork = input.context.pullRequest?.fork ?? false;
  const failures = input.gates.filter((gate) => !gate.passed).map((gate) => gate.reason);

  let webhook: PublishResult['webhook'] = { kind: 'skipped', reason: failures.length ? 'no alert-webhook is set' : 'no gate failed' };
  if (input.alertWebhook && failures.length > 0) {
    const title = input.context.event === 'schedule' ? ALERT_TITLE : `Model gates failed (${input.context.event})`;
    const sent = await sendWebhook(input.alertWebhook, alertText({ title, failures, runUrl: input.context.runUrl, repository: input.context.repository }));
    webhook = sent.ok ? { kind: 'sent' } : { kind: 'failed', reason: sent.reason };
    if (!sent.ok) warnings.push(`The alert webhook was not delivered: ${sent.reason}.`);
  }
  if (!forge) {
    const skipped = { kind: 'skipped' as const, reason: 'no token to publish with' };
    return { comment: skipped, check: skipped, issue: skipped, webhook, warnings };
  }

  let issue: PublishResult['issue'] = { kind: 'skipped', reason: 'alert issues are for scheduled runs' };
  if (input.alertIssue) {
    const marker = alertMarker(input.report.reportId);
    if (failures.length > 0) {
      const fitted = await fitReport(input.report, COMMENT_LIMIT - marker.length - 200);
      issue = await forge.upsertAlertIssue(marker, ALERT_TITLE, `${marker}\n${fitted.body}`, [ALERT_LABEL]);
    } else {
      issue = await forge.closeAlertIssue(marker, `✅ The gates pass again${input.context.runUrl ? ` ([run](${input.context.runUrl}))` : ''}; closing this alert.`);
    }
    if (issue.kind === 'forbidden') warnings.push(forbiddenWarning(failures.length ? 'open the alert issue' : 'close the alert issue', issue, fork, input.wording));
  }

  let comment: CommentResult;
  const target = input.target ?? commentTarget(input.context, input.comment);
  if ('skipped' in target) {
    comment = { kind: 'skipped', reason: target.skipped };
  } else {
    const fitted = await fitReport(input.report, COMMENT_LIMIT);
    const marker = reportMarker(input.report.reportId);
    comment = await forge.upsertComment(target, marker, fitted.body);
    if (comment.kind === 'too-long') {
      // GitHub counted differently from us: the shortest form, cut well inside the limit.
      comment = await forge.upsertComment(target, marker, (await fitReport(input.report, COMMENT_LIMIT / 2)).body);
    }
    if (comment.kind === 'forbidden') warnings.push(forbiddenWarning(`comment on ${describeTarget(target)}`, comment, fork, input.wording));
    if (comment.kind === 'not-found') warnings.push(`Could not comment: ${comment.message}; the report is in ${input.wording.reportLocation}.`);
    if (comment.kind === 'too-long') warnings.push(`Could not comment on ${describeTarget(target)}: ${comment.message}; the report is in ${input.wording.reportLocation}.`);
  }

  let check: CheckResult;
  const headSha = input.context.pullRequest?.headSha ?? input.context.sha;
  if (input.gates.length === 0) check = { kind: 'skipped', reason: 'no gates are set' };
  else if (!headSha) check = { kind: 'skipped', reason: 'the commit is not known' };
  else {
    const { title, summary } = checkText(input.gates);
    check = await forge.createCheckRun({ name: CHECK_NAME, headSha, conclusion: input.gatesPassed ? 'success' : 'failure', title, summary });
    if (check.kind === 'forbidden') warnings.push(forbiddenWarning(`create the "${CHECK_NAME}" check run`, check, fork, input.wording));
  }
  return { comment, check, issue, webhook, warnings };
}
