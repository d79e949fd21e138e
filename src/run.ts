/**
 * One run for one event: the stages the options ask for, in order, each in a log
 * group with its duration, and return what happened as data. The report is written even when
 * gates fail or training breaks, because that is when a reviewer needs it most.
 */
import { mkdir } from 'node:fs/promises';
import { writeFileAtomic } from './fs/atomic-write.js';
import { dirname, resolve } from 'node:path';
import { CollectMemo } from './metrics/collect-memo.js';
import { compareMetrics, type MetricRow } from './metrics/compare.js';
import { sortedKeys, type DvcDiff } from './metrics/dvc-diff.js';
import { noiseOf } from './noise-run.js';
import { noiseKey } from './report/noise-cells.js';
import {
  adoptHeadRun, closeMlflowRun, mlflowCurvePlots, mlflowSession, mlflowTrainingEnv, mlflowValues, openMlflowRun, settleStaged, shipToMlflow, stageForServing,
  type MlflowFacts, type MlflowValues, type StagedVersion,
} from './mlflow-run.js';
import { diffMetricsData, diffParamsData, firstChanged, renderMetricsDiff, renderParamsDiff, warningsOf } from './metrics/dvc-verbs.js';
import { evaluateGates, type GateResult } from './metrics/gates.js';
import type { Logger } from './logger.js';
import type { RunOptions } from './options.js';
import { renderReport, revisionText, type ImageLine, type ReportInput, type RevisionLabel } from './report/markdown.js';
import { gatherVisuals, readPlots, type ImagePublisher, type Visuals } from './visuals.js';
import { trainOnKfp, type KfpTrainDependencies, type KfpTrainResult } from './kfp/train.js';
import { describeKfpTraining, kfpMetricsNote } from './kfp/report.js';
import { headlineRow } from './metrics/headline.js';
import { describeError } from './errors.js';
import { resolveImagePaths } from './image/paths.js';
import { fetchBaseline, recordBaseline } from './baseline.js';
import { shipGtoTags } from './gto.js';
import { ensureRevision, resolveCommit } from './git.js';
import { describeTraining, runTraining, type TrainResult } from './train/run-command.js';
import type { Docker } from './image/docker.js';
import type { MetaEventContext } from './image/meta/index.js';
import type { ImageStageResult } from './image/stage.js';
import type { IsvcClient } from './kserve/kube-client.js';
import type { PromoteOutcome } from './kserve/promote.js';

export type StageName = 'mlflow' | 'train' | 'kfp' | 'metrics' | 'noise' | 'gates' | 'plots' | 'image' | 'promote' | 'baseline' | 'mlflow registry' | 'report';

export interface StageTiming {
  name: StageName;
  durationMs: number;
}

export type RunOutcome =
  | { kind: 'passed' }
  | { kind: 'gates-failed'; failures: string[] }
  | { kind: 'training-failed'; reason: string }
  /** An option that could only be checked once training had compiled the pipeline (kfp-params). */
  | { kind: 'invalid-options'; reason: string }
  | { kind: 'metrics-unreadable'; reason: string }
  | { kind: 'image-failed'; reason: string }
  | { kind: 'promote-failed'; reason: string };

export interface RunResult {
  outcome: RunOutcome;
  stages: StageTiming[];
  training?: TrainResult;
  /** The Kubeflow Pipelines run, when training ran there. */
  kfp?: KfpTrainResult;
  base: RevisionLabel;
  head: RevisionLabel;
  metrics: MetricRow[];
  params: MetricRow[];
  gates: GateResult[];
  /** The DVC-style `metrics diff` and `params diff` tables, for the terminal. */
  metricsDiffText: string;
  paramsDiffText: string;
  report: string;
  /** What the report was rendered from, to render it again shorter (comments have a size limit). */
  reportInput: ReportInput;
  /** Absolute path the report was written to. */
  reportPath: string;
  warnings: string[];
  image?: ImageStageResult;
  promotion?: PromoteOutcome | { kind: 'skipped'; reason: string };
  /** The MLflow run of this training, and the model version registered when it shipped. */
  mlflow?: { runId: string; url: string; modelVersion?: string };
}

export interface RunDependencies {
  logger: Logger;
  /** The environment the training command and git run in: the front end's, never read here. */
  env: NodeJS.ProcessEnv;
  /** An option key as the front end spells it, for messages (default: the key). */
  spell?: (key: string) => string;
  /** What the image stage needs from the front end: the event facts, a clock, docker, the password. */
  image?: { meta: () => Promise<MetaEventContext>; now: Date; docker: Docker; password?: string };
  /** The cluster (connected only when a rollout starts), when this event may promote; else why not. */
  /** `kubeconfig`: its text, for a Prometheus the canary analysis reaches through the API server. */
  kserve?: { connect: () => Promise<IsvcClient>; kubeconfig?: string } | { skip: string };
  /** Where the report's images can be shown (blob links, the assets branch); none: named only. */
  publishImages?: ImagePublisher;
  /** What a Kubeflow Pipelines run needs from the platform, when kfp-host is set. */
  kfp?: Pick<KfpTrainDependencies, 'facts' | 'token' | 'signal' | 'mask'>;
  /** The build, for the MLflow run's name and tags, when mlflow-experiment is set; `defaultBranchPush`: a merge, which ships when nothing else does. */
  mlflow?: { facts: MlflowFacts; defaultBranchPush: boolean };
}

/** On schedule the base is the production baseline (fetched), or HEAD with a warning when none was recorded. */
async function withBaseline(options: RunOptions, logger: Logger, env: NodeJS.ProcessEnv): Promise<RunOptions> {
  const baseline = await fetchBaseline(options.workingDirectory, options.baselineRef, options.baselineRemote, env);
  if (baseline.kind === 'fetch-failed') {
    logger.warning(`Could not fetch the production baseline ${options.baselineRef} from ${options.baselineRemote}: ${baseline.reason}${baseline.local ? '; using the local copy' : ''}.`);
  }
  if (baseline.kind === 'found' || (baseline.kind === 'fetch-failed' && baseline.local)) {
    if (baseline.kind === 'found' && baseline.fetched) logger.info(`Fetched the production baseline: ${baseline.fetched}`);
    logger.info(`Comparing with the production baseline ${options.baselineRef}.`);
    return { ...options, baseRef: options.baselineRef };
  }
  if (baseline.kind === 'absent') logger.warning(`No production baseline at ${options.baselineRef} yet (it is recorded when a model ships); comparing with HEAD.`);
  else logger.warning(`Comparing with HEAD instead of the production baseline.`);
  return options;
}

/** The base commit of a shallow CI checkout is usually missing: fetch it through the remote, say so. */
async function withBaseRevision(options: RunOptions, logger: Logger, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const ensured = await ensureRevision(options.workingDirectory, options.baseRef, options.baselineRemote, env);
  if (ensured.kind === 'fetched') logger.info(`Fetched the base revision ${shown(options.baseRef)}, which the checkout did not have: ${ensured.command}`);
  // Not fetched: comparing names the revision and how to get it, as before.
  if (ensured.kind === 'not-fetched' && ensured.command) logger.warning(`Could not fetch the base revision ${shown(options.baseRef)} (${ensured.command}): ${ensured.reason}`);
  return ensured.kind === 'not-fetched' ? undefined : ensured.commit;
}

function nightlyShipBlocker(options: RunOptions, metrics: MetricRow[], gates: GateResult[], spell: (key: string) => string): string | undefined {
  if (options.onImprovement !== 'promote') return `a nightly run only reports (set ${spell('on-improvement')}: promote to ship a better model)`;
  const headline = headlineRow({ metrics, gates, headline: options.headline });
  if (!headline || headline.verdict !== 'better') return `the headline metric${headline ? ` ${headline.key}` : ''} did not improve on production`;
  if ((Math.abs(headline.relativePercent ?? 0)) < options.improvementMargin) {
    return `${headline.key} improved by ${Math.abs(headline.relativePercent ?? 0).toFixed(2)}%, less than the ${spell('improvement-margin')} of ${options.improvementMargin}%`;
  }
  return undefined;
}

async function promoteStage(
  options: RunOptions,
  outcome: RunOutcome,
  image: ImageStageResult | undefined,
  deps: RunDependencies['kserve'],
  logger: Logger,
  spell: (key: string) => string,
  env: NodeJS.ProcessEnv,
): Promise<NonNullable<RunResult['promotion']>> {
  const kserve = options.kserve!;
  if (outcome.kind !== 'passed') return { kind: 'skipped', reason: 'the model did not pass (training, metrics, gates or image)' };
  if (!deps) return { kind: 'skipped', reason: 'no cluster was given to this run' };
  if ('skip' in deps) return { kind: 'skipped', reason: deps.skip };
  // The model to serve: a storage URI, or the image this run just pushed, pinned by digest.
  const pushed = image?.kind === 'pushed' ? `${image.tags[0]!.replace(/:[^:/]+$/, '')}@${image.digest}` : undefined;
  if (!kserve.storageUri && !pushed && !kserve.servingImage) {
    return { kind: 'skipped', reason: `neither ${spell('kserve-storage-uri')}, ${spell('serving-image')} nor a pushed image says what to serve` };
  }
  // A cluster that refuses us (403), a kubeconfig that does not load: the outcome, not a throw.
  try {
    // the KServe and Prometheus clients load with the rollout, not for every report
    const { rollOut } = await import('./kserve/rollout.js');
    return await rollOut(kserve, { cwd: options.workingDirectory, client: await deps.connect(), logger, image: pushed, env, kubeconfig: deps.kubeconfig });
  } catch (error) {
    return { kind: 'failed', reason: describeError(error).replace(/\.$/, '') };
  }
}

/** What the report says about the image. */
function imageSummary(image: Exclude<ImageStageResult, { kind: 'skipped' }>): ImageLine {
  switch (image.kind) {
    case 'pushed':
      return { kind: 'pushed', tags: image.tags, digest: image.digest };
    case 'built':
      return { kind: 'built', tags: image.tags };
    case 'failed':
      return { kind: 'failed', tags: [...image.pushed, ...image.notPushed], reason: image.reason };
  }
}

/** A full commit sha (as the action's default base is) reads better shortened in headers. */
function shown(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

async function timed<T>(stages: StageTiming[], name: StageName, logger: Logger, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await logger.group(name, fn);
  } finally {
    stages.push({ name, durationMs: Math.round(performance.now() - started) });
  }
}

interface Compared {
  metricsDiff: DvcDiff;
  paramsDiff: DvcDiff;
  base: RevisionLabel;
  head: RevisionLabel;
  warnings: string[];
  unreadableHead: string[];
  /** The metrics and params files read at the head, to record as the baseline. */
  headFiles: string[];
}

/**
 * Metrics from the KFP run's task outputs (where the API returns them), under `kfp:<task>`, when
 * the project's metrics files gave none; when nothing gave a metric, the report says where it looked.
 */
/** The MLflow run's stepped metrics drawn after the project's own plots, as its plots are. */
function withCurves(visuals: Visuals, values: Pick<MlflowValues, 'path' | 'curves'> | undefined, compared: Compared): Visuals {
  if (!values || values.curves.size === 0 || visuals === undefined) return visuals;
  const revisions = visuals.plotRevisions ?? { base: compared.base.name, head: 'workspace' };
  const curves = mlflowCurvePlots(values, revisions);
  return { ...visuals, plotRevisions: revisions, plots: { plots: [...(visuals.plots?.plots ?? []), ...curves], errors: visuals.plots?.errors ?? [] } };
}

/** The MLflow run's metrics and params join the files', under their own path, in DVC's sorted order. */
function withMlflowValues(compared: Compared, values: MlflowValues): void {
  const merged = (files: DvcDiff, extra: DvcDiff): DvcDiff => {
    const all = new Map([...files, ...extra]);
    return new Map(sortedKeys(all.keys()).map((path) => [path, all.get(path)!]));
  };
  compared.metricsDiff = merged(compared.metricsDiff, values.metrics);
  compared.paramsDiff = merged(compared.paramsDiff, values.params);
}

function withKfpMetrics(compared: Compared, kfp: KfpTrainResult): void {
  if (compared.metricsDiff.size > 0 || kfp.kind === 'not-started') return;
  for (const { path, values } of kfp.metrics ?? []) {
    compared.metricsDiff.set(path, new Map(Object.entries(values).map(([key, value]) => [key, { old: null, new: value }])));
  }
  if (compared.metricsDiff.size === 0) compared.warnings.push(kfpMetricsNote(kfp));
}

/** When the revisions cannot be read at all (an unknown base, no git): nothing to compare, and why. */
async function nothingCompared(options: RunOptions, reason: string): Promise<Compared & { failure: string }> {
  const empty: DvcDiff = new Map();
  return {
    metricsDiff: empty, paramsDiff: empty, warnings: [], unreadableHead: [], headFiles: [], failure: reason,
    base: { name: shown(options.baseRef) },
    head: { name: shown(options.headRef), commit: await resolveCommit(options.workingDirectory, 'HEAD').catch(() => undefined) },
  };
}

/** Rows of a diff table in a run's log; `mlops metrics diff` / `params diff` print every one. */
export const LOG_TABLE_ROWS = 1000;

/** The DVC table of what changed, for the log: the first LOG_TABLE_ROWS rows, then how many more. */
function logTable(diff: DvcDiff, what: 'metric' | 'param', render: (diff: DvcDiff) => string): string {
  const { diff: shown, more } = firstChanged(diff, LOG_TABLE_ROWS);
  const table = render(shown).trimEnd();
  return more === 0 ? table : `${table}\n… and ${more.toLocaleString('en')} more changed ${what}s (\`mlops ${what}s diff\` prints them all).`;
}

async function compare(options: RunOptions, memo: CollectMemo): Promise<Compared> {
  // metrics and params at the same two revisions: resolved and discovered once
  const input = { cwd: options.workingDirectory, aRev: options.baseRef, bRev: options.headRef, all: true, targets: options.metrics, row: options.csvRow, memo };
  const [metrics, params] = await Promise.all([diffMetricsData(input), diffParamsData({ ...input, targets: options.params })]);
  const [oldMetrics, headMetrics] = metrics.snapshots;
  const unreadableHead = [
    ...(headMetrics.revisionError ? [`dvc.yaml: ${headMetrics.revisionError}`] : []),
    ...headMetrics.errors.map((error) => `${error.path}: ${error.message}`),
  ];
  return {
    metricsDiff: metrics.diff,
    paramsDiff: params.diff,
    base: { name: shown(options.baseRef), commit: oldMetrics.revision.commit },
    // The workspace is the checkout after training: name the commit it sits on.
    head: { name: shown(options.headRef), commit: headMetrics.revision.commit ?? (await memo.revision(options.workingDirectory, 'HEAD').then((head) => head.commit, () => undefined)) },
    warnings: [...warningsOf(metrics.snapshots, 'metrics'), ...warningsOf(params.snapshots, 'params')],
    unreadableHead,
    headFiles: [...new Set([...headMetrics.files.keys(), ...params.snapshots[1].files.keys()])].filter(
      (path) => ![...headMetrics.errors, ...params.snapshots[1].errors].some((error) => error.path === path),
    ),
  };
}

export async function run(given: RunOptions, { logger, env, spell = (key) => key, image: imageDeps, kserve: kserveDeps, publishImages, kfp: kfpDeps, mlflow: mlflowDeps }: RunDependencies): Promise<RunResult> {
  const stages: StageTiming[] = [];
  const options = given.event === 'schedule' && given.baseRef === 'HEAD' ? await withBaseline(given, logger, env) : given;
  const baseCommit = await withBaseRevision(options, logger, env);

  // MLflow: the CI run is opened before training, which resumes it through MLFLOW_RUN_ID.
  const mlflow = options.mlflow && mlflowDeps ? mlflowSession(options.mlflow, mlflowDeps.facts, env, logger) : undefined;
  // a training is a new run; a report without one reads the head commit's run
  const trains = options.trainCommand !== undefined || options.kfp !== undefined;
  if (mlflow) await timed(stages, 'mlflow', logger, () => (trains ? openMlflowRun(mlflow, mlflowDeps!.facts, baseCommit, logger) : adoptHeadRun(mlflow, logger)));
  const trainingEnv = { ...env, ...mlflowTrainingEnv(mlflow) };

  let training: TrainResult | undefined;
  if (options.trainCommand) {
    training = await timed(stages, 'train', logger, async () => {
      const result = await runTraining({
        command: options.trainCommand!,
        cwd: options.workingDirectory,
        timeoutSeconds: options.trainTimeout,
        env: trainingEnv,
        onOutput: (chunk, stream) => logger.output(chunk, stream),
      });
      (result.kind === 'succeeded' ? logger.info : logger.error).call(logger, describeTraining(result));
      return result;
    });
  }

  // On Kubeflow: after the command (which typically compiles the pipeline) and only if it succeeded.
  let kfp: KfpTrainResult | undefined;
  if (options.kfp && kfpDeps && (!training || training.kind === 'succeeded')) {
    // trainOnKfp logs how the run ended itself
    const declaredOnly = mlflow?.run ? { mlflow_run_id: mlflow.run.runId, mlflow_tracking_uri: mlflow.options.trackingUri } : undefined;
    kfp = await timed(stages, 'kfp', logger, () => trainOnKfp(options.kfp!, { cwd: options.workingDirectory, env, logger, spell, ...kfpDeps, declaredOnly }));
  }
  if (mlflow && trains) {
    const failed = (training !== undefined && training.kind !== 'succeeded') || (kfp !== undefined && kfp.kind !== 'succeeded');
    await closeMlflowRun(mlflow, { failed, checkedOut: mlflowDeps!.facts.sha }, logger);
  }

  // Training is over: from here on the revisions, the dvc.yaml files and what they declare stay
  // put, and the metrics, params and plots look each up once. The plots are read beside the diff.
  const reads = new CollectMemo();
  const plotsRead = options.charts === 'none' ? undefined : readPlots(options, shown(options.baseRef), env, reads);

  let mlflowCurves: MlflowValues['curves'] | undefined;
  let mlflowBase: MlflowValues['baseRun'];
  const compared = await timed(stages, 'metrics', logger, async () => {
    const result: Compared & { failure?: string } = await compare(options, reads).catch((error: unknown) => nothingCompared(options, describeError(error)));
    if (kfp) withKfpMetrics(result, kfp);
    if (mlflow) {
      const values = await mlflowValues(mlflow, { event: options.event, baseCommit }, result.warnings);
      if (values) withMlflowValues(result, values);
      mlflowCurves = values?.curves;
      mlflowBase = values?.baseRun;
    }
    if (result.failure) logger.error(result.failure);
    for (const warning of result.warnings) logger.warning(warning);
    const metricsText = logTable(result.metricsDiff, 'metric', (diff) => renderMetricsDiff(diff, result.base.name, result.head.name, { precision: options.precision }));
    logger.info(metricsText || `No metric changed against ${result.base.name}.`);
    const paramsText = logTable(result.paramsDiff, 'param', (diff) => renderParamsDiff(diff, result.base.name, result.head.name));
    logger.info(`\n${paramsText || `No param changed against ${result.base.name}.`}`);
    return { ...result, metricsText, paramsText };
  });
  const metrics = compareMetrics(compared.metricsDiff, options.directions);
  const params = compareMetrics(compared.paramsDiff, new Map());

  // With the evaluation's predictions: intervals, and changes judged against the noise.
  const noise = options.noise && !compared.failure
    ? await timed(stages, 'noise', logger, async () => {
        const warnings: string[] = [];
        const found = await noiseOf(options.noise!, metrics, { cwd: options.workingDirectory, baseCommit: compared.base.commit, baseName: compared.base.name, warnings });
        for (const warning of warnings) logger.warning(warning);
        compared.warnings.push(...warnings);
        if (found && found.metrics.size > 0) logger.info(`Intervals for ${[...found.metrics.values()].map((metric) => `${metric.key}${metric.verdict ? ` (${metric.verdict})` : ''}`).join(', ')}.`);
        return found;
      })
    : undefined;

  const gates = options.gates.length > 0
    ? await timed(stages, 'gates', logger, async () => {
        // `significant` gates read the paired interval of the change, where the predictions gave one
        const results = evaluateGates(options.gates, metrics, (row) => {
          const found = noise?.metrics.get(noiseKey(row.path, row.key));
          return found?.paired ? found.diff : undefined;
        });
        for (const result of results) (result.passed ? logger.info : logger.error).call(logger, result.reason);
        return results;
      })
    : [];

  let outcome: RunOutcome =
    training && training.kind !== 'succeeded'
      ? { kind: 'training-failed', reason: describeTraining(training) }
      : kfp?.kind === 'not-started' && kfp.optionError
        ? { kind: 'invalid-options', reason: describeError(kfp.optionError.spelled(spell)) }
        : kfp && kfp.kind !== 'succeeded'
          ? { kind: 'training-failed', reason: describeKfpTraining(kfp) }
          : compared.failure
        ? { kind: 'metrics-unreadable', reason: compared.failure }
        : compared.unreadableHead.length > 0
        ? { kind: 'metrics-unreadable', reason: `${compared.unreadableHead.join('; ')}; the gates cannot be judged without the head's metrics` }
        : gates.some((gate) => !gate.passed)
          ? { kind: 'gates-failed', failures: gates.filter((gate) => !gate.passed).map((gate) => gate.reason) }
          : { kind: 'passed' };

  const visuals = compared.failure
    ? {}
    : await timed(stages, 'plots', logger, () =>
        gatherVisuals({
          options, baseCommit: compared.base.commit, baseName: compared.base.name, headLabel: revisionText(compared.head), env, logger, publishImages, plotsRead,
          headline: headlineRow({ metrics, gates, headline: options.headline }),
        }).then((gathered) => withCurves(gathered, mlflow && mlflowCurves && options.charts !== 'none' ? { path: `mlflow:${mlflow.options.experiment}`, curves: mlflowCurves } : undefined, compared)),
      );

  // A nightly model ships only when asked to and when it beats production by the margin.
  const nightlyHold = options.event === 'schedule' ? nightlyShipBlocker(options, metrics, gates, spell) : undefined;

  let image: ImageStageResult | undefined;
  if (options.image) {
    image = await timed(stages, 'image', logger, async () => {
      if (outcome.kind !== 'passed') return { kind: 'skipped' as const, reason: 'the model did not pass (training, metrics or gates)' };
      if (nightlyHold) return { kind: 'skipped' as const, reason: nightlyHold };
      if (!imageDeps) return { kind: 'skipped' as const, reason: 'no Docker client was given to this run' };
      // metadata-action's rules are a large module: loaded only for runs that build an image
      const { runImageStage } = await import('./image/stage.js');
      let meta: MetaEventContext;
      try {
        meta = await imageDeps.meta();
      } catch (error) {
        return { kind: 'failed' as const, stage: 'build' as const, reason: describeError(error), pushed: [], notPushed: [] };
      }
      return runImageStage({
        options: resolveImagePaths(options.image!, options.workingDirectory),
        meta, now: imageDeps.now, docker: imageDeps.docker, password: imageDeps.password,
        metrics, params, gatesPassed: gates.length > 0 ? gates.every((gate) => gate.passed) : undefined, logger,
      });
    });
    if (image.kind === 'skipped') logger.info(`No image: ${image.reason}.`);
    if (image.kind === 'failed') {
      logger.error(image.reason);
      outcome = { kind: 'image-failed', reason: image.reason };
    }
  }

  let promotion: RunResult['promotion'];
  // Served from MLflow's registry when nothing else says what to serve: a version staged, its alias moved after the rollout.
  let staged: StagedVersion | undefined;
  let servingLine: string | undefined;
  if (options.kserve) {
    promotion = await timed(stages, 'promote', logger, async () => {
      if (nightlyHold) return { kind: 'skipped' as const, reason: nightlyHold };
      const kserve = options.kserve!;
      const fromRegistry = mlflow?.used && mlflow.options.model && !kserve.storageUri && !kserve.servingImage && image?.kind !== 'pushed';
      if (!fromRegistry || outcome.kind !== 'passed' || !kserveDeps || 'skip' in kserveDeps) return promoteStage(options, outcome, image, kserveDeps, logger, spell, env);
      try {
        staged = await stageForServing(mlflow, mlflowDeps!.facts, logger);
      } catch (error) {
        return { kind: 'failed' as const, reason: `nothing to serve from MLflow: ${describeError(error).replace(/\.$/, '')}` };
      }
      return promoteStage({ ...options, kserve: { ...kserve, storageUri: staged.storageUri } }, outcome, image, kserveDeps, logger, spell, env);
    });
    if (promotion.kind === 'skipped') logger.info(`No promotion: ${promotion.reason}.`);
    else {
      const { describePromotion } = await import('./kserve/promote.js');
      const line = describePromotion(promotion, `${options.kserve.namespace}/${options.kserve.name}`);
      servingLine = line;
      if (promotion.kind === 'promoted' || promotion.kind === 'deployed') logger.info(line);
      else {
        logger.error(line);
        outcome = { kind: 'promote-failed', reason: line };
      }
    }
  }

  // What shipped becomes the production baseline the nightly run compares with.
  const shipped = promotion ? promotion.kind === 'promoted' || promotion.kind === 'deployed' : !options.kserve && image?.kind === 'pushed';
  // In MLflow's registry, a merge that passed ships too when there is neither an image nor KServe.
  const mlflowShips = trains && outcome.kind === 'passed' && (shipped || (!options.kserve && !options.image && !!mlflowDeps?.defaultBranchPush)) && (options.event === 'push' || options.event === 'schedule');
  const modelVersion = !mlflow
    ? undefined
    : staged
      ? await settleStaged(mlflow, staged, shipped && outcome.kind === 'passed' ? 'promoted' : promotion?.kind === 'rolled-back' ? 'rolled-back' : 'not-shipped', logger)
      : mlflowShips
        ? await timed(stages, 'mlflow registry', logger, () => shipToMlflow(mlflow, mlflowDeps!.facts, logger))
        : undefined;
  if (shipped && outcome.kind === 'passed' && (options.event === 'push' || options.event === 'schedule')) {
    await timed(stages, 'baseline', logger, async () => {
      const message = `Production baseline: ${compared.head.commit ?? 'workspace'}${image?.kind === 'pushed' ? ` (${image.digest})` : ''}`;
      const recorded = await recordBaseline({ cwd: options.workingDirectory, files: options.noise ? [...new Set([...compared.headFiles, options.noise.predictions])] : compared.headFiles, ref: options.baselineRef, message, remote: options.baselineRemote, env }).catch(
        (error: unknown) => {
          // What shipped stays shipped: a baseline that could not be written is a warning, not a failed run.
          logger.warning(describeError(error));
          return undefined;
        },
      );
      if (!recorded) return;
      logger.info(`Baseline recorded at ${options.baselineRef} (${recorded.commit.slice(0, 7)})${recorded.pushed ? ` and pushed to ${options.baselineRemote}` : ''}.`);
      if (recorded.pushError) logger.warning(`The baseline ref was not pushed to ${options.baselineRemote}: ${recorded.pushError}`);
      // DVC Studio's model registry sees production: GTO's tags for the artifacts dvc.yaml declares
      if (compared.head.commit) await shipGtoTags({ cwd: options.workingDirectory, commit: compared.head.commit, remote: options.baselineRemote, env }, logger);
    });
  }

  const reportPath = resolve(options.workingDirectory, options.reportPath);
  const reportInput: ReportInput = {
    reportId: options.reportId, base: compared.base, head: compared.head, training, kfp, metrics, params, gates,
    problem: outcome.kind === 'metrics-unreadable' || outcome.kind === 'invalid-options' ? outcome.reason : undefined,
    headline: options.headline, charts: options.charts, precision: options.precision, warnings: compared.warnings, visuals,
    image: image && image.kind !== 'skipped' ? imageSummary(image) : undefined,
    serving: servingLine,
    analysis: promotion && 'analysis' in promotion ? promotion.analysis : undefined,
    noise,
    mlflow: mlflow?.used
      ? { experiment: mlflow.options.experiment, run: mlflow.used, baseRun: mlflowBase, ...(modelVersion ? { model: mlflow.options.model, version: modelVersion, alias: mlflow.options.alias } : {}) }
      : undefined,
  };
  const report = await timed(stages, 'report', logger, async () => {
    const markdown = await renderReport(reportInput);
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFileAtomic(reportPath, markdown);
    logger.info(`Report written to ${reportPath}`);
    return markdown;
  });

  return {
    outcome, stages, training, kfp, base: compared.base, head: compared.head, metrics, params, gates,
    metricsDiffText: compared.metricsText,
    paramsDiffText: compared.paramsText,
    report, reportInput, reportPath, warnings: compared.warnings, image, promotion,
    ...(mlflow?.used ? { mlflow: { ...mlflow.used, ...(modelVersion ? { modelVersion } : {}) } } : {}),
  };
}
