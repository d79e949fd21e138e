/**
 * The MLflow part of a run, over src/mlflow/: a tracked run opened before training (its ids handed
 * to the training), closed after it; its metrics and params beside the files' under
 * `mlflow:<experiment>`, the base being the base commit's run (on schedule: the run behind the
 * production alias); and, when the model ships, a registered version with the alias moved.
 * MLflow never fails a run by itself: what cannot be reached is a warning, and a gate that needs a
 * metric it would have given fails naming that metric.
 */
import { describeError } from './errors.js';
import type { Logger } from './logger.js';
import { MlflowClient } from './mlflow/client.js';
import { mlflowAuth } from './mlflow/credentials.js';
import type { MlflowOptions } from './mlflow/options.js';
import { registerModel, servingUri, tagRolledBack } from './mlflow/registry.js';
import { aliasRun, findBaseRun, finishCiRun, metricHistories, runValues, startCiRun, type CiRun } from './mlflow/tracking.js';
import { dvcDiff, type DvcDiff } from './metrics/dvc-diff.js';
import type { Value } from './metrics/value.js';
import type { EventName } from './options.js';
import type { PlotRow, VegaPlot } from './plots/types.js';

/** What the run knows about the build, for the run's name and tags. */
export interface MlflowFacts {
  event: EventName;
  /** The commit checked out (on GitHub, a pull request's merge commit). */
  sha?: string;
  /** On a pull request, its head commit: what the run is tagged with and later searched for. */
  prHeadSha?: string;
  prNumber?: number;
  /** The CI run's page (GitHub Actions run, Jenkins build). */
  runUrl?: string;
}

export interface MlflowSession {
  client: MlflowClient;
  options: MlflowOptions;
  /** The commit the run is tagged with. */
  commit?: string;
  /** Absent when the run could not be opened (a warning said why). */
  run?: CiRun;
  /** The run the training logged to (ours, or the script's own), once closed. */
  used?: { runId: string; url: string };
}

/** The MLflow comparison, merged into the files' diffs. */
export interface MlflowValues {
  path: string;
  metrics: DvcDiff;
  params: DvcDiff;
  baseRun?: { runId: string; url: string };
  /** Metrics logged at more than one step in the head run: key → [step, value][], with the base's when it has them. */
  curves: Map<string, { head: [number, number][]; base?: [number, number][] }>;
}

const shortSha = (sha: string | undefined): string => (sha ?? 'workspace').slice(0, 7);

/** `pr-12-abc1234`, `push-abc1234`: the event as `--event` spells it, and the commit tagged. */
export function mlflowRunName(facts: MlflowFacts): string {
  const commit = shortSha(facts.prHeadSha ?? facts.sha);
  return facts.event === 'pr' && facts.prNumber !== undefined ? `pr-${facts.prNumber}-${commit}` : `${facts.event}-${commit}`;
}

/** The client, with MLflow's own credential variables from the front end's environment. */
export function mlflowSession(options: MlflowOptions, facts: MlflowFacts, env: NodeJS.ProcessEnv, logger: Logger): MlflowSession {
  const auth = mlflowAuth(env);
  if (auth.warning) logger.warning(auth.warning);
  return { client: new MlflowClient({ trackingUri: options.trackingUri, headers: auth.headers, secrets: auth.secrets }), options, commit: facts.prHeadSha ?? facts.sha };
}

/** Opens the CI run before training; a failure is a warning (the run goes on without MLflow). */
export async function openMlflowRun(session: MlflowSession, facts: MlflowFacts, baseCommit: string | undefined, logger: Logger): Promise<void> {
  const tags: Record<string, string> = { 'mlops.event': facts.event };
  if (session.commit) tags['mlflow.source.git.commit'] = session.commit;
  if (baseCommit) tags['mlops.git.base_sha'] = baseCommit;
  if (facts.runUrl) tags['mlops.ci.run_url'] = facts.runUrl;
  if (facts.prNumber !== undefined) tags['mlops.ci.pr'] = String(facts.prNumber);
  try {
    session.run = await startCiRun(session.client, { experiment: session.options.experiment, name: mlflowRunName(facts), tags });
    logger.info(`MLflow run ${mlflowRunName(facts)} in experiment ${session.options.experiment}: ${session.run.url}`);
  } catch (error) {
    logger.warning(`No MLflow run: ${describeError(error).replace(/\.$/, '')}. The run goes on without MLflow.`);
  }
}

/** What the training command gets, so that `mlflow.start_run()` resumes the CI run. */
export function mlflowTrainingEnv(session: MlflowSession | undefined): Record<string, string> {
  if (!session?.run) return {};
  return { MLFLOW_TRACKING_URI: session.options.trackingUri, MLFLOW_EXPERIMENT_ID: session.run.experimentId, MLFLOW_RUN_ID: session.run.runId };
}

/** Closes the CI run after training (FINISHED, or FAILED when training failed). */
export async function closeMlflowRun(session: MlflowSession, { failed, checkedOut }: { failed: boolean; checkedOut?: string }, logger: Logger): Promise<void> {
  if (!session.run) return;
  try {
    const commits = [...new Set([session.commit, checkedOut].filter((commit): commit is string => !!commit))];
    const closed = await finishCiRun(session.client, session.run, { failed, commits });
    if (closed.note) logger.info(closed.note);
    session.used = { runId: closed.runId, url: closed.url };
  } catch (error) {
    logger.warning(`The MLflow run ${session.run.runId} could not be closed: ${describeError(error).replace(/\.$/, '')}.`);
    session.used = { runId: session.run.runId, url: session.run.url };
  }
}

/** MLflow hands params back as text: numbers among them compare as numbers. */
function paramValue(text: string): Value {
  return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : text;
}

async function valuesOf(session: MlflowSession, runId: string): Promise<{ metrics: Record<string, Value>; params: Record<string, Value> }> {
  const values = await runValues(session.client, runId);
  return { metrics: values.metrics, params: Object.fromEntries(Object.entries(values.params).map(([key, text]) => [key, paramValue(text)])) };
}

/** The run to compare with: the base commit's newest finished run, or on schedule the production alias's. */
async function baseRunOf(session: MlflowSession, { event, baseCommit }: { event: EventName; baseCommit?: string }, warnings: string[]): Promise<{ runId: string; url: string } | undefined> {
  const { options, client } = session;
  if (event === 'schedule' && options.model) {
    const aliased = await aliasRun(client, { model: options.model, alias: options.alias });
    if (aliased.kind === 'found') return { runId: aliased.runId, url: `${options.trackingUri}/#/models/${encodeURIComponent(options.model)}/versions/${aliased.version}` };
    warnings.push(`MLflow: no production model to compare with (${aliased.kind === 'no-model' ? `no registered model ${options.model}` : `models:/${options.model}@${options.alias} is not set`}); its values show as new.`);
    return undefined;
  }
  // the base is this very commit (a push compared with HEAD, a first run): nothing before it to compare with
  if (!baseCommit || !session.run || baseCommit === session.commit) return undefined;
  const found = await findBaseRun(client, { experimentId: session.run.experimentId, commit: baseCommit });
  if (!found) warnings.push(`MLflow: no FINISHED run in experiment ${options.experiment} is tagged mlflow.source.git.commit = ${baseCommit}; its values show as new.`);
  return found;
}

const points = (history: { step: number; value: number }[]): [number, number][] => history.map((point) => [point.step, point.value]);

/** The head run's values against the base run's, as the files' diffs are: path `mlflow:<experiment>`. */
export async function mlflowValues(session: MlflowSession, base: { event: EventName; baseCommit?: string }, warnings: string[]): Promise<MlflowValues | undefined> {
  const head = session.used;
  if (!head) return undefined;
  const path = `mlflow:${session.options.experiment}`;
  try {
    const headValues = await valuesOf(session, head.runId);
    const baseRun = await baseRunOf(session, base, warnings);
    const baseValues = baseRun ? await valuesOf(session, baseRun.runId) : { metrics: {}, params: {} };
    const side = (values: Record<string, Value>): Map<string, Value> => (Object.keys(values).length > 0 ? new Map([[path, values]]) : new Map());
    const curves: MlflowValues['curves'] = new Map();
    const histories = await metricHistories(session.client, head.runId, Object.keys(headValues.metrics));
    const stepped = [...histories].filter(([, history]) => new Set(history.map((point) => point.step)).size > 1);
    const baseHistories = baseRun && stepped.length > 0 ? await metricHistories(session.client, baseRun.runId, stepped.map(([key]) => key)) : new Map();
    for (const [key, history] of stepped) {
      const baseHistory = baseHistories.get(key);
      curves.set(key, { head: points(history), ...(baseHistory && baseHistory.length > 1 ? { base: points(baseHistory) } : {}) });
    }
    return {
      path,
      metrics: dvcDiff(side(baseValues.metrics), side(headValues.metrics), true),
      params: dvcDiff(side(baseValues.params), side(headValues.params), true),
      baseRun,
      curves,
    };
  } catch (error) {
    warnings.push(`MLflow values could not be read: ${describeError(error).replace(/\.$/, '')}.`);
    return undefined;
  }
}

/** Registers the model that ships from the run and moves the alias; the version, or a warning. */
export async function shipToMlflow(session: MlflowSession, facts: MlflowFacts, logger: Logger): Promise<string | undefined> {
  const { options } = session;
  if (!options.model || !session.used) return undefined;
  const tags: Record<string, string> = {};
  if (session.commit) tags['mlflow.source.git.commit'] = session.commit;
  if (facts.runUrl) tags['mlops.ci.run_url'] = facts.runUrl;
  try {
    const registered = await registerModel(session.client, { model: options.model, runId: session.used.runId, modelPath: options.modelPath, tags, alias: options.alias });
    logger.info(`MLflow: ${options.model} version ${registered.version} (${registered.source}) is now @${options.alias}.`);
    return registered.version;
  } catch (error) {
    logger.warning(`MLflow: the model shipped but was not registered: ${describeError(error).replace(/\.$/, '')}.`);
    return undefined;
  }
}


/** The stepped metrics as line plots (step on x), base against head, for the report's Plots section. */
export function mlflowCurvePlots(values: Pick<MlflowValues, 'path' | 'curves'>, revisions: { base: string; head: string }): VegaPlot[] {
  return [...values.curves].map(([key, curve]) => {
    const rows: PlotRow[] = [
      ...(curve.base ?? []).map(([step, value]) => ({ rev: revisions.base, step, [key]: value })),
      ...curve.head.map(([step, value]) => ({ rev: revisions.head, step, [key]: value })),
    ];
    return {
      kind: 'vega', id: `${values.path}/${key}`, revisions: curve.base ? [revisions.base, revisions.head] : [revisions.head], template: 'linear',
      title: `${key} by step (MLflow)`, x: 'step', y: key, xLabel: 'step', yLabel: key, rows, content: {},
    };
  });
}

/** A version registered before a KServe rollout (its artifact location served), the alias not moved yet. */
export interface StagedVersion {
  version: string;
  storageUri: string;
}

/** Registers the run's model without moving the alias, for KServe to serve from the registry; throws what KServe cannot fetch. */
export async function stageForServing(session: MlflowSession, facts: MlflowFacts, logger: Logger): Promise<StagedVersion> {
  const { options } = session;
  const tags: Record<string, string> = {};
  if (session.commit) tags['mlflow.source.git.commit'] = session.commit;
  if (facts.runUrl) tags['mlops.ci.run_url'] = facts.runUrl;
  const registered = await registerModel(session.client, { model: options.model!, runId: session.used!.runId, modelPath: options.modelPath, tags });
  const storageUri = await servingUri(session.client, { model: options.model!, version: registered.version });
  logger.info(`MLflow: serving ${options.model} version ${registered.version} from ${storageUri}; @${options.alias} moves once it is promoted.`);
  return { version: registered.version, storageUri };
}

/** After the rollout: a promoted version gets the alias; a rolled-back one is tagged; either way otherwise the alias stays. */
export async function settleStaged(session: MlflowSession, staged: StagedVersion, rollout: 'promoted' | 'rolled-back' | 'not-shipped', logger: Logger): Promise<string | undefined> {
  const { options, client } = session;
  if (rollout === 'not-shipped') return undefined;
  const promoted = rollout === 'promoted';
  try {
    if (promoted) {
      await client.setRegisteredModelAlias(options.model!, options.alias, staged.version);
      logger.info(`MLflow: ${options.model} version ${staged.version} is now @${options.alias}.`);
      return staged.version;
    }
    await tagRolledBack(client, { model: options.model!, version: staged.version });
    logger.info(`MLflow: ${options.model} version ${staged.version} was rolled back (tagged mlops.rolled_back=true); @${options.alias} stays where it was.`);
  } catch (error) {
    logger.warning(`MLflow: ${options.model} version ${staged.version} could not be ${promoted ? `made @${options.alias}` : 'tagged rolled back'}: ${describeError(error).replace(/\.$/, '')}.`);
  }
  return undefined;
}

/**
 * Without training (`mlops report`, a report-only step) no run is created: the head's newest
 * finished run in the experiment, tagged with the commit, is the one reported on.
 */
export async function adoptHeadRun(session: MlflowSession, logger: Logger): Promise<void> {
  if (!session.commit) return;
  try {
    const experiment = await session.client.getExperimentByName(session.options.experiment);
    const found = await findBaseRun(session.client, { experimentId: experiment.experiment_id, commit: session.commit });
    if (!found) {
      logger.info(`MLflow: no finished run of ${session.commit.slice(0, 7)} in experiment ${session.options.experiment}; nothing of MLflow is compared.`);
      return;
    }
    session.run = { experimentId: experiment.experiment_id, runId: found.runId, url: found.url, startTime: 0, experimentName: session.options.experiment };
    session.used = found;
  } catch (error) {
    logger.warning(`MLflow could not be read: ${describeError(error).replace(/\.$/, '')}.`);
  }
}
