/**
 * A run's tasks as a person reads them, from either shape the KFP API returns:
 *
 * - Released KFP (2.x): `run_details.task_details` are the Argo workflow's nodes (the
 *   persistence agent copies them: backend/src/apiserver/server/api_converter.go
 *   `toModelTasks`). Besides the pipeline's tasks that is the workflow root (named after the
 *   workflow), the `root` DAG, one `<task>-driver` pod per task and an `executor` pod inside each
 *   task (backend/src/v2/compiler/argocompiler). Times are Unix seconds turned into Timestamps,
 *   so an unset one reads `1970-01-01T00:00:00Z` and never means "finished". Errors are rarely
 *   there: Argo's node message is not copied.
 * - The task API (kubeflow/pipelines' MLMD removal; not in a release yet): `Run.tasks` with
 *   `?view=FULL`, typed ROOT / RUNTIME / DAG …, with `status_metadata.message` on a failure and
 *   metrics as output artifacts of type Metric (one per key, its `number_value`).
 *
 * Only the pipeline's own tasks are kept: names of the IR's DAG tasks.
 */
import type { PipelineTask, PipelineTaskDetail, Run, RuntimeState } from './api-types.js';

export interface KfpTask {
  /** Stable across polls: the task id (or pod name). */
  id: string;
  name: string;
  /** A RuntimeState, or CACHED from the task API. */
  state: string;
  startedAt?: string;
  finishedAt?: string;
  durationMs?: number;
  error?: string;
}

/** Metrics of one task, under the path `kfp:<task name>`. */
export interface KfpTaskMetrics {
  path: string;
  values: Record<string, number>;
}

const FINISHED_TASK_STATES = new Set(['SUCCEEDED', 'SKIPPED', 'FAILED', 'CANCELED', 'CACHED']);
/** Rows that are the workflow's machinery, not the pipeline's tasks. */
const MACHINERY = /^(root|executor)$|-driver$/;

/** A time the API gave, or undefined for none / the epoch placeholder. */
export function realTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) || ms <= 0 ? undefined : value;
}

function durationOf(start: string | undefined, end: string | undefined, state: string): number | undefined {
  if (!start || !end || !FINISHED_TASK_STATES.has(state)) return undefined;
  const ms = Date.parse(end) - Date.parse(start);
  return ms >= 0 ? ms : undefined;
}

const isOwn = (name: string, taskNames: ReadonlySet<string>): boolean =>
  taskNames.size > 0 ? taskNames.has(name) && !MACHINERY.test(name) : name !== '' && !MACHINERY.test(name);

function fromTaskApi(task: PipelineTask): KfpTask {
  const name = task.display_name || task.name || '';
  const state = task.state ?? 'RUNTIME_STATE_UNSPECIFIED';
  const history = task.state_history ?? [];
  const startedAt = realTime(task.create_time) ?? realTime(history[0]?.update_time);
  const finishedAt = FINISHED_TASK_STATES.has(state) ? realTime(task.end_time) : undefined;
  const error = task.status_metadata?.message || [...history].reverse().find((entry) => entry.error?.message)?.error?.message;
  return { id: task.task_id || name, name, state, startedAt, finishedAt, durationMs: durationOf(startedAt, finishedAt, state), ...(error ? { error } : {}) };
}

function fromArgoNode(node: PipelineTaskDetail): KfpTask {
  const name = node.display_name ?? '';
  const state: RuntimeState = node.state ?? 'RUNTIME_STATE_UNSPECIFIED';
  const startedAt = realTime(node.start_time);
  const finishedAt = FINISHED_TASK_STATES.has(state) ? realTime(node.end_time) : undefined;
  const error = node.error?.message || [...(node.state_history ?? [])].reverse().find((entry) => entry.error?.message)?.error?.message;
  return { id: node.task_id || node.pod_name || name, name, state, startedAt, finishedAt, durationMs: durationOf(startedAt, finishedAt, state), ...(error ? { error } : {}) };
}

/** Whether this answer carries the task API (only servers that have it answer `tasks`). */
export function hasTaskApi(run: Run): boolean {
  return Array.isArray(run.tasks);
}

/** The pipeline's own tasks of a run, in the order the API lists them. */
export function tasksOf(run: Run, taskNames: ReadonlySet<string>): KfpTask[] {
  if (hasTaskApi(run)) {
    return run.tasks!.filter((task) => task.type !== 'ROOT').map(fromTaskApi).filter((task) => isOwn(task.name, taskNames));
  }
  return (run.run_details?.task_details ?? []).map(fromArgoNode).filter((task) => isOwn(task.name, taskNames));
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // protojson writes NaN and Infinity as strings
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/**
 * Metric artifacts of the pipeline's tasks (`tasks[].outputs.artifacts[].artifacts[]` of type
 * Metric), under `kfp:<task name>`; undefined when the server has no task API (released KFP).
 */
export function metricsOf(run: Run, taskNames: ReadonlySet<string>): KfpTaskMetrics[] | undefined {
  if (!hasTaskApi(run)) return undefined;
  const byPath = new Map<string, Record<string, number>>();
  for (const task of run.tasks!) {
    const name = task.display_name || task.name || '';
    if (task.type === 'ROOT' || !isOwn(name, taskNames)) continue;
    for (const io of task.outputs?.artifacts ?? []) {
      for (const artifact of io.artifacts ?? []) {
        const value = numberOf(artifact.number_value);
        if (artifact.type !== 'Metric' || !artifact.name || value === undefined) continue;
        const values = byPath.get(`kfp:${name}`) ?? {};
        values[artifact.name] = value;
        byPath.set(`kfp:${name}`, values);
      }
    }
  }
  return [...byPath].map(([path, values]) => ({ path, values }));
}
