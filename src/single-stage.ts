/**
 * One stage on its own, for the verbs that run just that stage: `mlops train` / mlopsTrain,
 * `mlops metrics diff` in a CI checkout / mlopsMetricsDiff, `mlops image build` / mlopsDockerBuild,
 * `mlops kserve promote` / mlopsPromote. Options come layered from the platform like a whole run's;
 * the result is data with the exit status, mapped by the front end.
 */
import type { CiPlatform } from './ci-platform.js';
import { describeError, OptionError, UsageError } from './errors.js';
import { ensureRevision } from './git.js';
import { workspaceRows } from './image/head-metrics.js';
import { resolveImagePaths } from './image/paths.js';
import { describePromotion } from './kserve/promote.js';
import { analysisTable } from './analysis/render.js';
import { metaOutputs } from './image/meta-outputs.js';
import { rollOut } from './kserve/rollout.js';
import { metricsDiff, paramsDiff } from './metrics/dvc-verbs.js';
import type { Value } from './metrics/value.js';
import { buildRunOptionsWith, type RawOptions, type RunOptions } from './options.js';
import { preflight } from './preflight.js';
import { describeTraining, runTraining } from './train/run-command.js';
import { isDefaultBranchPush } from './event-run.js';
import { trainOnKfp } from './kfp/train.js';
import { describeKfpTraining, kfpOutputs } from './kfp/report.js';

export interface StageOutcome {
  exitCode: 0 | 1 | 2;
  /** What to print on success (one line), or the failure message. */
  message: string;
  /** Printed as is (the DVC tables), before the message. */
  stdout?: string;
  /** The result as data, for `--json`. */
  data?: { [key: string]: Value };
}

const failed = (message: string): StageOutcome => ({ exitCode: 1, message });

/** `rollsOut`: the stage rolls out, so the canary analysis' credential variables are checked too. */
async function optionsOf(platform: CiPlatform, extra: RawOptions = {}, { rollsOut = false } = {}): Promise<RunOptions | StageOutcome> {
  try {
    const options = buildRunOptionsWith(platform.env, { 'base-ref': platform.facts.defaultBase }, ...platform.options, extra, { event: platform.facts.event });
    await preflight(options, { env: rollsOut ? platform.env : undefined });
    return options;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { exitCode: 2, message: describeError(error instanceof OptionError ? error.spelled(platform.wording.option) : error) };
  }
}

const isOutcome = (value: RunOptions | StageOutcome): value is StageOutcome => 'exitCode' in value;
const required = (platform: CiPlatform, key: string): StageOutcome => ({ exitCode: 2, message: `${platform.wording.option(key)} is required.` });

/** The training command, then (with kfp-host) the Kubeflow Pipelines run; `kfp` demands the latter. */
export async function trainStage(platform: CiPlatform, extra: RawOptions = {}, { kfp: wantKfp = false }: { kfp?: boolean } = {}): Promise<StageOutcome> {
  const options = await optionsOf(platform, extra);
  if (isOutcome(options)) return options;
  if (wantKfp && !options.kfp) return required(platform, 'kfp-host');
  if (!options.trainCommand && !options.kfp) return required(platform, 'train-command');
  const { logger } = platform;
  const lines: string[] = [];
  if (options.trainCommand) {
    const result = await logger.group('train', () =>
      runTraining({ command: options.trainCommand!, cwd: options.workingDirectory, timeoutSeconds: options.trainTimeout, env: platform.env, onOutput: (chunk, stream) => logger.output(chunk, stream) }),
    );
    if (result.kind !== 'succeeded') return { exitCode: 1, message: describeTraining(result) };
    lines.push(describeTraining(result));
  }
  if (options.kfp) {
    const facts = platform.facts;
    const result = await logger.group('kfp', () =>
      trainOnKfp(options.kfp!, {
        cwd: options.workingDirectory, env: platform.env, logger, spell: platform.wording.option, token: platform.secrets.kfpToken, signal: platform.signal,
        mask: platform.mask?.bind(platform),
        facts: { event: facts.event, repository: facts.repository, sha: facts.sha, prHeadSha: facts.pullRequest?.headSha, defaultBranchPush: isDefaultBranchPush(facts) },
      }),
    );
    for (const [name, value] of Object.entries(kfpOutputs(result))) platform.setOutput?.(name, value);
    if (result.kind === 'not-started' && result.optionError) return { exitCode: 2, message: describeError(result.optionError.spelled(platform.wording.option)) };
    if (result.kind !== 'succeeded') return { exitCode: 1, message: describeKfpTraining(result) };
    // trainOnKfp logged how the run ended; the outputs close the stage, as the CLI prints them
    lines.push(...Object.entries(kfpOutputs(result)).map(([name, value]) => `${name}: ${value}`));
  }
  return { exitCode: 0, message: lines.join('\n') };
}

/** The DVC tables against the base, fetching the base into a shallow checkout first. */
export async function metricsDiffStage(platform: CiPlatform): Promise<StageOutcome> {
  const options = await optionsOf(platform);
  if (isOutcome(options)) return options;
  const ensured = await ensureRevision(options.workingDirectory, options.baseRef, options.baselineRemote, platform.env);
  if (ensured.kind === 'fetched') platform.logger.info(`Fetched the base revision ${options.baseRef}, which the checkout did not have: ${ensured.command}`);
  const input = { cwd: options.workingDirectory, aRev: options.baseRef, bRev: 'workspace', targets: options.metrics, row: options.csvRow, precision: options.precision };
  let stdout = '';
  try {
    for (const output of [await metricsDiff(input), await paramsDiff({ ...input, targets: options.params })]) {
      for (const warning of output.warnings) platform.logger.warning(warning);
      stdout += typeof output.stdout === 'string' ? output.stdout : [...output.stdout].join('');
    }
  } catch (error) {
    return failed(describeError(error));
  }
  return { exitCode: 0, message: '', stdout };
}

/** Build and push the serving image, labelled with the workspace's metrics. */
export async function imageStage(platform: CiPlatform, extra: RawOptions = {}): Promise<StageOutcome> {
  const options = await optionsOf(platform, extra);
  if (isOutcome(options)) return options;
  if (!options.image) return required(platform, 'image');
  const rows = await workspaceRows(options.workingDirectory);
  for (const warning of rows.warnings) platform.logger.warning(warning);
  const { runImageStage } = await import('./image/stage.js');
  let meta;
  try {
    meta = await platform.imageEvent();
  } catch (error) {
    return failed(describeError(error));
  }
  const result = await runImageStage({
    options: resolveImagePaths(options.image, options.workingDirectory), meta, now: platform.now(), metrics: rows.metrics, params: rows.params, gatesPassed: undefined,
    password: platform.secrets.registryPassword, docker: platform.docker(), logger: platform.logger,
  });
  switch (result.kind) {
    case 'failed':
      return failed(result.reason);
    case 'skipped':
      return failed(`nothing built: ${result.reason}.`);
    case 'pushed':
      platform.setOutput?.('image-digest', result.digest);
      platform.setOutput?.('image-tags', result.tags.join('\n'));
      for (const [name, value] of Object.entries(metaOutputs(result.meta))) platform.setOutput?.(name, value);
      return { exitCode: 0, message: `Pushed ${result.digest}: ${result.tags.join(', ')}`, data: { digest: result.digest, tags: result.tags } };
    case 'built':
      platform.setOutput?.('image-tags', result.tags.join('\n'));
      for (const [name, value] of Object.entries(metaOutputs(result.meta))) platform.setOutput?.(name, value);
      // a multi-platform build left in buildx's cache has no one image id
      return { exitCode: 0, message: `Built ${result.imageId ? `${result.imageId}: ` : 'for the build cache: '}${result.tags.join(', ')}`, data: { digest: null, tags: result.tags } };
  }
}

/** Roll out to KServe what the options name (a storage URI or serving-image), verified; roll back on failure. */
export async function promoteStage(platform: CiPlatform, extra: RawOptions = {}): Promise<StageOutcome> {
  const options = await optionsOf(platform, extra, { rollsOut: true });
  if (isOutcome(options)) return options;
  const kserve = options.kserve;
  if (!kserve) return required(platform, 'kserve-name');
  let outcome;
  try {
    outcome = await rollOut(kserve, {
      cwd: options.workingDirectory, client: await platform.kubeClient(), logger: platform.logger, image: kserve.servingImage, env: platform.env, kubeconfig: platform.secrets.kubeconfig,
    });
  } catch (error) {
    return failed(describeError(error));
  }
  const line = describePromotion(outcome, `${kserve.namespace}/${kserve.name}`);
  platform.setOutput?.('promoted', String(outcome.kind === 'promoted' || outcome.kind === 'deployed'));
  platform.setOutput?.('rolled-back', String(outcome.kind === 'rolled-back'));
  if ('url' in outcome && outcome.url) platform.setOutput?.('inference-url', outcome.url);
  // the measurements, whatever the verdict: they say why it was promoted or rolled back
  const stdout = 'analysis' in outcome && outcome.analysis ? analysisTable(outcome.analysis) : undefined;
  return { exitCode: outcome.kind === 'promoted' || outcome.kind === 'deployed' ? 0 : 1, message: line, ...(stdout ? { stdout } : {}) };
}
