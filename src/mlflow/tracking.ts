/**
 * Tracking for one CI job over the MLflow client: the run opened before training and closed after
 * it, the values of a run, the base commit's run, the run behind a registry alias and metric
 * curves. Every outcome a user can cause is data or an MlflowApiError that names it.
 */
import { MlopsError } from '../errors.js';
import type { KeyValue, Run } from './api-types.js';
import { isMlflowError, type MlflowClient } from './client.js';

export interface CiRun {
  experimentId: string;
  runId: string;
  /** `<tracking uri>/#/experiments/<id>/runs/<run id>`. */
  url: string;
  /** When the run started (ms since the epoch): a run the training script made itself starts at or after it. */
  startTime: number;
  experimentName: string;
}

/** The tag MLflow's own clients record the commit in; CI runs and the base run are found by it. */
export const COMMIT_TAG = 'mlflow.source.git.commit';

/** The run's page in MLflow's UI. */
export function runUrl(trackingUri: string, experimentId: string, runId: string): string {
  return `${trackingUri}/#/experiments/${encodeURIComponent(experimentId)}/runs/${encodeURIComponent(runId)}`;
}

/** Tags as MLflow takes them, with any credential scrubbed out (a CI URL may carry a token). */
export const tagList = (client: MlflowClient, tags: Record<string, string>): KeyValue[] => Object.entries(tags).map(([key, value]) => ({ key, value: client.scrub(value) }));

/**
 * A string constant of MLflow's search syntax. MLflow strips the quotes and reads no escapes
 * inside them (mlflow/utils/search_utils.py), so the value is quoted with a quote it does not
 * contain; a value with both kinds cannot be searched for.
 */
export function searchString(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  throw new MlopsError(`cannot search MLflow for ${JSON.stringify(value)}: a value with both ' and " cannot be written in MLflow's filter syntax.`);
}

/** A key of MLflow's search syntax (`tags.<key>`), in backticks for the dots. */
export function searchKey(key: string): string {
  if (key.includes('`')) throw new MlopsError(`cannot search MLflow for the key ${JSON.stringify(key)}: it contains a backtick.`);
  return `\`${key}\``;
}

async function experimentId(client: MlflowClient, name: string): Promise<string> {
  const existing = async (): Promise<string> => {
    const experiment = await client.getExperimentByName(name);
    if (experiment.lifecycle_stage === 'deleted') {
      throw new MlopsError(`the MLflow experiment ${name} (id ${experiment.experiment_id}) is deleted.`, {
        hint: `Restore it in the MLflow UI (or mlflow experiments restore --experiment-id ${experiment.experiment_id}), or set mlflow-experiment to another name.`,
      });
    }
    return experiment.experiment_id;
  };
  try {
    return await existing();
  } catch (error) {
    if (!isMlflowError(error, 'RESOURCE_DOES_NOT_EXIST')) throw error;
  }
  try {
    return await client.createExperiment(name);
  } catch (error) {
    // Another job created it between our get and our create.
    if (isMlflowError(error, 'RESOURCE_ALREADY_EXISTS')) return existing();
    throw error;
  }
}

/** Opens the CI run in the experiment (created when missing), named and tagged. */
export async function startCiRun(client: MlflowClient, input: { experiment: string; name: string; tags: Record<string, string>; now?: () => number }): Promise<CiRun> {
  const id = await experimentId(client, input.experiment);
  const startTime = (input.now ?? Date.now)();
  const run = await client.createRun({ experimentId: id, runName: input.name, startTime, tags: tagList(client, input.tags) });
  const runId = run.info.run_id ?? run.info.run_uuid;
  return { experimentId: id, runId, url: runUrl(client.trackingUri, id, runId), startTime: run.info.start_time ?? startTime, experimentName: input.experiment };
}

/** A double as MLflow writes it: a number, or "NaN" / "Infinity" / "-Infinity" as protobuf's JSON does. */
const double = (value: number | string): number => (typeof value === 'number' ? value : Number(value));

const hasMetrics = (run: Run): boolean => (run.data?.metrics?.length ?? 0) > 0;

/** The newest run in the experiment tagged with one of the commits, started at or after `since`, other than `except`. */
async function newestTaggedRun(client: MlflowClient, input: { experimentId: string; commits: string[]; since: number; except: string }): Promise<Run | undefined> {
  let newest: Run | undefined;
  for (const commit of new Set(input.commits)) {
    const found = await client.searchRuns({
      experiment_ids: [input.experimentId],
      filter: `tags.${searchKey(COMMIT_TAG)} = ${searchString(commit)} AND attributes.start_time >= ${input.since}`,
      order_by: ['attributes.start_time DESC'],
      max_results: 10,
    });
    const candidate = (found.runs ?? []).find((run) => run.info.run_id !== input.except);
    if (candidate && (newest === undefined || (candidate.info.start_time ?? 0) > (newest.info.start_time ?? 0))) newest = candidate;
  }
  return newest;
}

/**
 * Closes the CI run (FINISHED, or FAILED when training failed) unless the training closed it. When
 * it got no metrics but the training script made its own run, tagged with one of `commits` and
 * started during this job, that run is the one to use, and `note` says so.
 */
export async function finishCiRun(client: MlflowClient, run: CiRun, input: { failed: boolean; commits: string[]; now?: () => number }): Promise<{ runId: string; url: string; note?: string }> {
  const ours = await client.getRun(run.runId);
  if (ours.info.status === 'RUNNING') {
    await client.updateRun({ runId: run.runId, status: input.failed ? 'FAILED' : 'FINISHED', endTime: (input.now ?? Date.now)() });
  }
  const mine = { runId: run.runId, url: run.url };
  if (hasMetrics(ours) || input.commits.length === 0) return mine;
  const other = await newestTaggedRun(client, { experimentId: run.experimentId, commits: input.commits, since: run.startTime, except: run.runId });
  if (!other) return mine;
  const otherId = other.info.run_id;
  const url = runUrl(client.trackingUri, other.info.experiment_id ?? run.experimentId, otherId);
  return {
    runId: otherId,
    url,
    note: `MLflow: the CI run ${run.runId} got no metrics; the training made its own run ${otherId}${other.info.run_name ? ` (${other.info.run_name})` : ''}, tagged ${COMMIT_TAG} = ${other.data?.tags?.find((tag) => tag.key === COMMIT_TAG)?.value ?? input.commits[0]}, which is used instead: ${url}`,
  };
}

/** The run's metrics (the latest value per key, as runs/get gives them) and params. */
export async function runValues(client: MlflowClient, runId: string): Promise<{ metrics: Record<string, number>; params: Record<string, string> }> {
  const run = await client.getRun(runId);
  const latest = new Map<string, { value: number; timestamp: number; step: number }>();
  for (const metric of run.data?.metrics ?? []) {
    const seen = latest.get(metric.key);
    const point = { value: double(metric.value), timestamp: metric.timestamp ?? 0, step: metric.step ?? 0 };
    // runs/get gives one value per key; should a server give more, the latest wins (then the largest, as MLflow picks).
    if (!seen || point.timestamp > seen.timestamp || (point.timestamp === seen.timestamp && (point.step > seen.step || (point.step === seen.step && point.value > seen.value)))) latest.set(metric.key, point);
  }
  return {
    metrics: Object.fromEntries([...latest].map(([key, point]) => [key, point.value])),
    params: Object.fromEntries((run.data?.params ?? []).map((param) => [param.key, param.value])),
  };
}

/** The newest FINISHED run in the experiment tagged with the commit, or undefined. */
export async function findBaseRun(client: MlflowClient, input: { experimentId: string; commit: string }): Promise<{ runId: string; url: string } | undefined> {
  const found = await client.searchRuns({
    experiment_ids: [input.experimentId],
    filter: `tags.${searchKey(COMMIT_TAG)} = ${searchString(input.commit)} AND attributes.status = 'FINISHED'`,
    order_by: ['attributes.start_time DESC'],
    max_results: 1,
  });
  const run = found.runs?.[0];
  return run ? { runId: run.info.run_id, url: runUrl(client.trackingUri, run.info.experiment_id ?? input.experimentId, run.info.run_id) } : undefined;
}

export type AliasRun = { kind: 'found'; version: string; runId: string } | { kind: 'no-model' } | { kind: 'no-alias' };

/**
 * The run behind `models:/<model>@<alias>`. MLflow answers a missing alias with 400
 * INVALID_PARAMETER_VALUE ("Registered model alias … not found."), a missing model with 404.
 */
export async function aliasRun(client: MlflowClient, input: { model: string; alias: string }): Promise<AliasRun> {
  let version;
  try {
    version = await client.getModelVersionByAlias(input.model, input.alias);
  } catch (error) {
    if (isMlflowError(error, 'INVALID_PARAMETER_VALUE') && /alias\b.*\bnot found/i.test(error.serverMessage ?? '')) return { kind: 'no-alias' };
    if (isMlflowError(error, 'RESOURCE_DOES_NOT_EXIST')) return /alias/i.test(error.serverMessage ?? '') ? { kind: 'no-alias' } : { kind: 'no-model' };
    throw error;
  }
  if (!version.run_id) {
    throw new MlopsError(`models:/${input.model}@${input.alias} is version ${version.version}, which was registered without a run (source ${version.source ?? 'unknown'}): there is no run to compare with.`);
  }
  return { kind: 'found', version: version.version, runId: version.run_id };
}

/** Values asked for per page of metrics/get-history. */
export const HISTORY_PAGE_SIZE = 1000;

/** Every logged value of each metric, following next_page_token, in step order. */
export async function metricHistories(client: MlflowClient, runId: string, keys: string[]): Promise<Map<string, { step: number; value: number; timestamp: number }[]>> {
  const histories = new Map<string, { step: number; value: number; timestamp: number }[]>();
  for (const key of keys) {
    const points: { step: number; value: number; timestamp: number }[] = [];
    const tokens = new Set<string>();
    let pageToken: string | undefined;
    do {
      const page = await client.getMetricHistory({ runId, metricKey: key, maxResults: HISTORY_PAGE_SIZE, pageToken });
      for (const metric of page.metrics ?? []) points.push({ step: metric.step ?? 0, value: double(metric.value), timestamp: metric.timestamp ?? 0 });
      pageToken = page.next_page_token || undefined;
      if (pageToken !== undefined) {
        // A server that hands the same token back would page for ever.
        if (tokens.has(pageToken)) throw new MlopsError(`MLflow metrics/get-history of ${key} in run ${runId} handed back a page token it gave before: the server's paging is broken.`);
        tokens.add(pageToken);
      }
    } while (pageToken !== undefined);
    histories.set(key, points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp));
  }
  return histories;
}
