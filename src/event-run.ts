/**
 * The one event runner every front end calls: options layered from the platform, checked before
 * anything runs; the stages (run.ts); outputs, job summary and publishing; and the exit status.
 * Each rule lives here once: when a model may be promoted, what a failed publish means (a
 * warning; the model's verdict stands), how an outcome maps to an exit status.
 */
import type { CiFacts, CiPlatform } from './ci-platform.js';
import { describeError, OptionError, UsageError } from './errors.js';
import type { MetricRow } from './metrics/compare.js';
import { writeDiffJson } from './metrics/dvc-verbs.js';
import { newRecord, type Value } from './metrics/value.js';
import { buildRunOptionsWith, type RunOptions } from './options.js';
import { preflight } from './preflight.js';
import { forkReportMessage, publishOrLeaveArtifact } from './fork/fork-run.js';
import type { PublishResult } from './publish.js';
import { fitReport, SUMMARY_LIMIT } from './report/size-guard.js';
import { run, type RunOutcome, type RunResult } from './run.js';
import type { ImagePublisher } from './visuals.js';
import { kfpOutputs } from './kfp/report.js';
import { metaOutputs } from './image/meta-outputs.js';

/** What a run is asked to do: `run` (every stage the options ask for) or `report` (no training, image or rollout). */
export type EventVerb = 'run' | 'report';

export type EventOutcome = RunOutcome | { kind: 'invalid-options'; reason: string };

export interface EventResult {
  outcome: EventOutcome;
  /** 0 passed, 1 the model or a stage failed, 2 an option was wrong. */
  exitCode: 0 | 1 | 2;
  /** One message for the platform to fail with, when exitCode is not 0. */
  failure?: string;
  options?: RunOptions;
  run?: RunResult;
  published?: PublishResult;
  outputs: Record<string, string>;
}

export type PromotionDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * The one promotion rule: a push to the default branch (a merge); a scheduled run when
 * on-improvement is promote (it then ships only a model that beats production); never a pull
 * request or a manual run.
 */
export function promotionDecision(facts: CiFacts, options: Pick<RunOptions, 'onImprovement'>, spell: (key: string) => string): PromotionDecision {
  switch (facts.event) {
    case 'pr':
      return { allowed: false, reason: 'a pull request never promotes' };
    case 'manual':
      return { allowed: false, reason: 'promotion runs on a push to the default branch or on schedule, not on a manual run' };
    case 'schedule':
      return options.onImprovement === 'promote'
        ? { allowed: true }
        : { allowed: false, reason: `a nightly run only reports (set ${spell('on-improvement')}: promote to ship a better model)` };
    case 'push':
      if (!facts.defaultBranch) return { allowed: false, reason: `the default branch is not known here${facts.defaultBranchHint ? ` (${facts.defaultBranchHint})` : ''}` };
      if (facts.branch !== facts.defaultBranch) return { allowed: false, reason: `promotion runs on a push to ${facts.defaultBranch}, not to ${facts.branch ?? 'a detached commit'}` };
      return { allowed: true };
  }
}

/** A push to the repository's default branch (a merge): what promotes, and what registers a Kubeflow pipeline version. */
export function isDefaultBranchPush(facts: CiFacts): boolean {
  return facts.event === 'push' && !!facts.defaultBranch && facts.branch === facts.defaultBranch;
}

/** The one outcome → exit status rule. `gatesFail`: a failed gate fails the build (off for a plain `mlops report`). */
export function exitStatus(outcome: EventOutcome, gatesFail: boolean): 0 | 1 | 2 {
  switch (outcome.kind) {
    case 'passed':
      return 0;
    case 'gates-failed':
      return gatesFail ? 1 : 0;
    case 'invalid-options':
      return 2;
    default:
      return 1;
  }
}

export function failureMessage(outcome: EventOutcome): string | undefined {
  switch (outcome.kind) {
    case 'passed':
      return undefined;
    case 'gates-failed':
      return `Gates failed:\n${outcome.failures.join('\n')}`;
    default:
      return outcome.reason;
  }
}

/** The key that holds what DVC's shape has no place for (intervals, noise-aware verdicts): never a file path. */
export const EXTRA_KEY = '_mlops';

const pair = (interval: { low: number; high: number } | undefined): Value => (interval ? [interval.low, interval.high] : null);

/** Each file's rows as [key, row], files in the order they first come. */
function byPath(rows: readonly MetricRow[]): Map<string, [string, MetricRow][]> {
  const files = new Map<string, [string, MetricRow][]>();
  for (const row of rows) {
    const entries = files.get(row.path);
    if (entries) entries.push([row.key, row]);
    else files.set(row.path, [[row.key, row]]);
  }
  return files;
}

/** DVC's `metrics diff --json` shape, plus the extra key with each metric's interval and verdict. */
export function metricsJson(result: Pick<RunResult, 'metrics' | 'reportInput'>): string {
  const files = byPath(result.metrics);
  const noise = result.reportInput.noise;
  if (!noise || noise.metrics.size === 0) return writeDiffJson(files).toString();
  const extra: { [path: string]: { [key: string]: Value } } = newRecord() as { [path: string]: { [key: string]: Value } };
  for (const metric of noise.metrics.values()) {
    (extra[metric.path] ??= newRecord())[metric.key] = {
      interval: pair(metric.head), base_interval: pair(metric.base), change_interval: pair(metric.diff), verdict: metric.verdict ?? null, paired: metric.paired,
    };
  }
  return writeDiffJson(files, undefined, [EXTRA_KEY, { noise: extra, level: noise.level, samples: BigInt(noise.samples) }]).toString();
}

/** An output computed the first time it is read, once: an enumerable property like the rest. */
function lazyOutput(outputs: Record<string, string>, name: string, compute: () => string): void {
  let value: string | undefined;
  Object.defineProperty(outputs, name, {
    enumerable: true,
    configurable: true,
    get: () => (value ??= compute()),
    set: (assigned: string) => (value = assigned),
  });
}

/** The named results of a run (the action's outputs; the same names everywhere). */
export function runOutputs(result: RunResult): Record<string, string> {
  const outputs: Record<string, string> = {};
  if (result.promotion && result.promotion.kind !== 'skipped') {
    outputs.promoted = String(result.promotion.kind === 'promoted' || result.promotion.kind === 'deployed');
    outputs['rolled-back'] = String(result.promotion.kind === 'rolled-back');
    if ('url' in result.promotion && result.promotion.url) outputs['inference-url'] = result.promotion.url;
  }
  if (result.image && (result.image.kind === 'pushed' || result.image.kind === 'built')) {
    outputs['image-tags'] = result.image.tags.join('\n');
    if (result.image.kind === 'pushed') outputs['image-digest'] = result.image.digest;
    Object.assign(outputs, metaOutputs(result.image.meta));
  }
  outputs['report-path'] = result.reportPath;
  outputs['gates-passed'] = String(result.gates.every((gate) => gate.passed));
  // every row written out: only for a front end that reads it
  lazyOutput(outputs, 'metrics-json', () => metricsJson(result));
  if (result.kfp) Object.assign(outputs, kfpOutputs(result.kfp));
  if (result.mlflow) {
    outputs['mlflow-run-id'] = result.mlflow.runId;
    outputs['mlflow-run-url'] = result.mlflow.url;
    if (result.mlflow.modelVersion) outputs['mlflow-model-version'] = result.mlflow.modelVersion;
  }
  return outputs;
}

function publicationOutputs(published: PublishResult, platform: CiPlatform): Record<string, string> {
  const { logger } = platform;
  const outputs: Record<string, string> = {};
  const { comment, check, issue } = published;
  if (comment.kind === 'created' || comment.kind === 'updated') {
    outputs['comment-id'] = String(comment.id);
    outputs['comment-url'] = comment.url;
    logger.info(`Report comment ${comment.kind}: ${comment.url} (${comment.apiCalls} API calls${comment.removedDuplicates ? `, ${comment.removedDuplicates} duplicate(s) removed` : ''})`);
  } else if (comment.kind === 'skipped') {
    logger.info(`No report comment: ${comment.reason}.`);
  }
  if (check.kind === 'created') logger.info(`Check run created: ${check.url}`);
  if (issue.kind === 'created' || issue.kind === 'updated' || issue.kind === 'closed') {
    logger.info(`Alert issue #${issue.number} ${issue.kind}: ${issue.url}`);
    outputs['alert-issue-url'] = issue.url;
  }
  if (published.webhook.kind === 'sent') logger.info('Alert webhook sent.');
  for (const warning of published.warnings) logger.warning(warning);
  return outputs;
}

function invalid(error: unknown, platform: CiPlatform): EventResult {
  const spelled = error instanceof OptionError ? error.spelled(platform.wording.option) : error;
  const reason = describeError(spelled);
  return { outcome: { kind: 'invalid-options', reason }, exitCode: 2, failure: reason, outputs: {} };
}

/**
 * Images of the report where the code host shows them: committed ones by their blob at the commit,
 * ones made during the run on the assets branch (or listed with the run), as `images` says.
 */
function imagePublisher(facts: CiFacts, options: RunOptions, platform: CiPlatform): ImagePublisher | undefined {
  const { serverUrl, repository } = facts;
  if (!serverUrl || !repository || options.images === 'none') return undefined;
  return async (files) => {
    const { publishImages } = await import('./report/images.js');
    return publishImages({
      cwd: options.workingDirectory, env: platform.env, remote: options.baselineRemote, mode: options.images, files, serverUrl, repository,
      runUrl: facts.runUrl, reportId: options.reportId, headSha: facts.pullRequest?.headSha ?? facts.sha,
      // a fork's pull request gets a read-only token: list its images instead of pushing them
      canWriteContents: facts.pullRequest?.fork ? false : undefined,
    });
  };
}

/** Options for the verb: a report trains, builds and rolls out nothing. */
function forVerb(options: RunOptions, verb: EventVerb): RunOptions {
  return verb === 'report' ? { ...options, trainCommand: undefined, kfp: undefined, image: undefined, kserve: undefined } : options;
}

/** What a terminal front end prints after a run: where the report is, and the Kubeflow run it started. */
export function closingLines(result: EventResult): string[] {
  const lines = result.run ? [`Report: ${result.run.reportPath}`] : [];
  for (const name of ['kfp-run-id', 'kfp-run-url', 'mlflow-run-id', 'mlflow-run-url', 'mlflow-model-version']) if (result.outputs[name]) lines.push(`${name}: ${result.outputs[name]}`);
  return lines;
}

/** Run one event on a platform, from its options to its exit status. Throws only for bugs. */
export async function runEvent(platform: CiPlatform, { verb = 'run', gatesFail = true }: { verb?: EventVerb; gatesFail?: boolean } = {}): Promise<EventResult> {
  const { facts, logger, wording } = platform;
  let options: RunOptions;
  try {
    options = forVerb(buildRunOptionsWith(platform.env, { 'base-ref': facts.defaultBase }, ...platform.options, { event: facts.event }), verb);
    // What can be checked before training is: a bad name or request file must not cost a training.
    // The analysis file's credential variables only where the rollout will read them.
    await preflight(options, { env: options.kserve && promotionDecision(facts, options, wording.option).allowed ? platform.env : undefined });
  } catch (error) {
    if (error instanceof UsageError) return invalid(error, platform);
    throw error;
  }

  const promotion = options.kserve ? promotionDecision(facts, options, wording.option) : undefined;
  const result = await run(options, {
    logger,
    env: platform.env,
    spell: wording.option,
    image: options.image ? { meta: () => platform.imageEvent(), now: platform.now(), docker: platform.docker(), password: platform.secrets.registryPassword } : undefined,
    kserve: !promotion ? undefined : promotion.allowed ? { connect: () => platform.kubeClient(), kubeconfig: platform.secrets.kubeconfig } : { skip: promotion.reason },
    publishImages: imagePublisher(facts, options, platform),
    kfp: options.kfp
      ? {
          facts: { event: facts.event, repository: facts.repository, sha: facts.sha, prHeadSha: facts.pullRequest?.headSha, defaultBranchPush: isDefaultBranchPush(facts) },
          token: platform.secrets.kfpToken, signal: platform.signal, mask: platform.mask?.bind(platform),
        }
      : undefined,
    mlflow: options.mlflow
      ? {
          facts: { event: facts.event, sha: facts.sha, prHeadSha: facts.pullRequest?.headSha, prNumber: facts.pullRequest?.number, runUrl: facts.runUrl },
          defaultBranchPush: isDefaultBranchPush(facts),
        }
      : undefined,
  });

  const outputs = runOutputs(result);
  const report = { ...result.reportInput, fullReportUrl: facts.runUrl, fullReportName: wording.reportLocation };
  if (platform.writeSummary) {
    try {
      await platform.writeSummary((await fitReport(report, platform.summaryLimit ?? SUMMARY_LIMIT)).body);
    } catch (error) {
      logger.warning(`Could not write the job summary: ${describeError(error)}`);
    }
  }

  let published: PublishResult | undefined;
  const gatesPassed = result.gates.every((gate) => gate.passed);
  try {
    const target = await platform.forge();
    if ('skip' in target) logger.info(`No report comment, check run or alert issue: ${target.skip}.`);
    const { published: done, forkReport } = await logger.group('publish', () =>
      publishOrLeaveArtifact('forge' in target ? target.forge : undefined, {
        context: facts, report, comment: options.comment, gates: result.gates, gatesPassed,
        alertIssue: facts.event === 'schedule', alertWebhook: platform.secrets.alertWebhook, wording,
      }, platform.uploadForkReport),
    );
    published = done;
    Object.assign(outputs, publicationOutputs(published, platform));
    const left = forkReportMessage(forkReport);
    if (left) logger[left.level](left.message);
  } catch (error) {
    // GitHub down past the retries, or a bad token: loud, but the model's verdict stands.
    logger.warning(`Could not publish the report: ${describeError(error)}. The report is in ${wording.reportLocation}.`);
  }
  if (platform.setOutput) for (const [name, value] of Object.entries(outputs)) platform.setOutput(name, value);

  const exitCode = exitStatus(result.outcome, gatesFail);
  return { outcome: result.outcome, exitCode, failure: exitCode === 0 ? undefined : failureMessage(result.outcome), options, run: result, published, outputs };
}
