/**
 * The train stage on Kubeflow Pipelines: submit the compiled pipeline as a run, follow it to its
 * end with every state change in the log, and return what happened as data.
 *
 * - A pull request, a manual run or a push to another branch sends the IR inline
 *   (`pipeline_spec`): nothing is registered for an unmerged change. A push to the default
 *   branch or a schedule registers it as a pipeline version named after the commit's full sha
 *   (uploading the pipeline first when it is new); the same commit again finds its version by
 *   the upload's 409 and reuses it.
 * - The run is polled every 2 s, backing off to 15 s. SUCCEEDED, SKIPPED, FAILED and CANCELED end
 *   the wait (the KFP SDK's wait_for_run_completion does not stop on CANCELED:
 *   kubeflow/pipelines#14473, #3576). Past kfp-timeout, or when the job is cancelled (`signal`),
 *   the run is terminated (`POST /runs/{id}:terminate`) before this returns.
 * - Nothing a user can cause throws: a bad option found here (a parameter the pipeline does not
 *   take, a multi-user server without kfp-namespace) is `not-started` with its OptionError.
 */
import { OptionError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { EventName } from '../options.js';
import { formatSeconds } from '../report/seconds.js';
import type { CreateRunBody, Experiment, Healthz, ListExperimentsResponse, ListPipelinesResponse, ListPipelineVersionsResponse, Pipeline, PipelineVersion, Run } from './api-types.js';
import { TERMINAL_STATES } from './api-types.js';
import { KfpApiError, KfpClient, SecretScrubber, tokenSource } from './client.js';
import type { KfpOptions } from './options.js';
import { inlinePipelineSpec, PipelineIrError, readPipelineIr, runtimeParameters, type PipelineIr } from './pipeline-ir.js';
import { metricsOf, realTime, tasksOf, type KfpTask, type KfpTaskMetrics } from './tasks.js';

/** What the stage needs to know about the build. */
export interface KfpFacts {
  event: EventName;
  /** `owner/name`, for the run's display name. */
  repository?: string;
  /** The commit built: its full sha names the registered pipeline version. */
  sha?: string;
  /** On a pull request, the PR head's commit (not the merge commit the checkout sits on). */
  prHeadSha?: string;
  /** A push to the repository's default branch (a merge): the pipeline is registered. */
  defaultBranchPush: boolean;
}

export interface KfpTrainDependencies {
  /** The working directory: kfp-pipeline and kfp-token-file are relative to it. */
  cwd: string;
  /** The front end's environment (KFP_TOKEN is read from it); the process's own is never read. */
  env: NodeJS.ProcessEnv;
  logger: Logger;
  facts: KfpFacts;
  /** The kfp-token secret, when the platform has one. */
  token?: string;
  /** Aborted when the job is cancelled (SIGTERM / SIGINT): the run is terminated. */
  signal?: AbortSignal;
  /** An option key as the front end spells it (default: the key). */
  spell?: (key: string) => string;
  /** Called with each token value read (a rotated file token too), for the platform to mask it. */
  mask?: (secret: string) => void;
  now?: () => Date;
  fetch?: typeof fetch;
  /** Poll interval: first, and the most it backs off to (default 2 s → 15 s). */
  poll?: { initialMs: number; maxMs: number };
  /** Request retries (default 5 attempts, 1 s doubling to 30 s). */
  retry?: { attempts: number; delayMs: (retry: number) => number };
  /** Values for parameters the pipeline may declare (the MLflow run's `mlflow_run_id`, `mlflow_tracking_uri`): passed only where declared, as strings. */
  declaredOnly?: Record<string, string>;
}

/** Where the run's pipeline came from. */
export type KfpPipelineSource =
  | { kind: 'inline' }
  | { kind: 'version'; pipelineId: string; pipelineName: string; versionId: string; versionName: string; pipelineCreated: boolean; versionReused: boolean };

export interface KfpRunInfo {
  id: string;
  /** `<kfp-host>/#/runs/details/<id>`. */
  url: string;
  displayName: string;
  experiment: { id: string; name: string; created: boolean };
  source: KfpPipelineSource;
  namespace?: string;
}

/** The last entry of the run's state_history: what the run was doing when it was stopped. */
export interface KfpLastState {
  state: string;
  since?: string;
}

interface Followed {
  run: KfpRunInfo;
  /** The run's final (or last seen) state. */
  state: string;
  durationMs: number;
  tasks: KfpTask[];
  /** Metric artifacts by task; undefined when the API has no task outputs (released KFP). */
  metrics?: KfpTaskMetrics[];
}

export type KfpTrainResult =
  | (Followed & { kind: 'succeeded'; state: 'SUCCEEDED' | 'SKIPPED' })
  | (Followed & {
      kind: 'failed';
      /** FAILED or CANCELED; the last state seen when the API was lost while following. */
      state: string;
      failingTasks: string[];
      /** The error KFP gave, when it gave one (released KFP often gives none). */
      message?: string;
    })
  | (Followed & { kind: 'timed-out'; timeoutSeconds: number; lastState: KfpLastState; terminated: true | { error: string } })
  | (Followed & { kind: 'interrupted'; lastState: KfpLastState; terminated: true | { error: string } })
  | { kind: 'not-started'; reason: string; durationMs: number; optionError?: OptionError };

const MAX_TASK_ERROR = 500;

/** A logger that scrubs secrets from every line before it goes out. */
function scrubbed(logger: Logger, scrubber: SecretScrubber): Logger {
  return {
    info: (message) => logger.info(scrubber.scrub(message)),
    warning: (message) => logger.warning(scrubber.scrub(message)),
    error: (message) => logger.error(scrubber.scrub(message)),
    group: (name, fn) => logger.group(name, fn),
    output: (chunk, stream) => logger.output(chunk, stream),
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal?.aborted || ms <= 0) return done();
    const timer = setTimeout(finish, ms);
    function finish(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      done();
    }
    signal?.addEventListener('abort', finish, { once: true });
  });
}

const filterEquals = (key: string, value: string): string => JSON.stringify({ predicates: [{ operation: 'EQUALS', key, string_value: value }] });

/** The run's display name: `<repository> <event> <short sha>`. */
export function runDisplayName(facts: KfpFacts, fallbackName: string): string {
  const sha = facts.event === 'pr' ? (facts.prHeadSha ?? facts.sha) : facts.sha;
  return [facts.repository ?? fallbackName, facts.event, sha ? sha.slice(0, 7) : 'workspace'].join(' ');
}

/** Whether this event registers the pipeline (a merge or a schedule) or sends it inline. */
export function registersPipeline(facts: KfpFacts): boolean {
  return facts.defaultBranchPush || facts.event === 'schedule';
}

async function ensureExperiment(client: KfpClient, name: string, namespace: string | undefined, log: Logger): Promise<{ id: string; name: string; created: boolean }> {
  const find = async (): Promise<Experiment | undefined> => {
    const { body } = await client.request<ListExperimentsResponse>('GET', '/experiments', { query: { filter: filterEquals('display_name', name), namespace, page_size: '2' } });
    return body.experiments?.find((experiment) => experiment.display_name === name && experiment.experiment_id);
  };
  const found = await find();
  if (found) {
    if (found.storage_state === 'ARCHIVED') log.warning(`The KFP experiment ${name} is archived: KFP may refuse runs in it (unarchive it, or set another kfp-experiment).`);
    return { id: found.experiment_id!, name, created: false };
  }
  const { status, body } = await client.request<Experiment>('POST', '/experiments', { json: { display_name: name, description: 'Runs started by mlops-action.', ...(namespace ? { namespace } : {}) }, accept: [409] });
  if (status === 409) {
    // Created meanwhile by another job.
    const again = await find();
    if (again) return { id: again.experiment_id!, name, created: false };
    throw new KfpApiError(`KFP API POST /apis/v2beta1/experiments answered 409: an experiment named ${name} exists but cannot be listed${namespace ? ` in namespace ${namespace}` : ''}`, { status, endpoint: 'POST /apis/v2beta1/experiments', kind: 'http' });
  }
  if (!body.experiment_id) throw new KfpApiError('KFP API POST /apis/v2beta1/experiments answered without an experiment_id', { endpoint: 'POST /apis/v2beta1/experiments', kind: 'bad-answer' });
  log.info(`Created the KFP experiment ${name}${namespace ? ` in namespace ${namespace}` : ''}.`);
  return { id: body.experiment_id, name, created: true };
}

async function findPipeline(client: KfpClient, name: string, namespace: string | undefined, key: 'display_name' | 'name'): Promise<Pipeline | undefined> {
  const { body } = await client.request<ListPipelinesResponse>('GET', '/pipelines', { query: { filter: filterEquals(key, name), namespace, page_size: '2' } });
  return body.pipelines?.find((pipeline) => (pipeline[key] ?? pipeline.display_name) === name && pipeline.pipeline_id);
}

async function findVersion(client: KfpClient, pipelineId: string, name: string): Promise<PipelineVersion | undefined> {
  for (const key of ['display_name', 'name'] as const) {
    const { body } = await client.request<ListPipelineVersionsResponse>('GET', `/pipelines/${encodeURIComponent(pipelineId)}/versions`, { query: { filter: filterEquals(key, name), page_size: '2' } });
    const found = body.pipeline_versions?.find((version) => (version.name === name || version.display_name === name) && version.pipeline_version_id);
    if (found) return found;
  }
  return undefined;
}

function uploadForm(ir: PipelineIr): FormData {
  const form = new FormData();
  // KFP picks the format by the file name: .yaml, .yml or .json (backend/src/apiserver/server/util.go ReadPipelineFile).
  const fileName = /\.(ya?ml|json)$/i.test(ir.fileName) ? ir.fileName : `${ir.fileName}.yaml`;
  form.append('uploadfile', new Blob([ir.text], { type: fileName.endsWith('.json') ? 'application/json' : 'application/yaml' }), fileName);
  return form;
}

async function registerVersion(client: KfpClient, ir: PipelineIr, pipelineName: string, sha: string, namespace: string | undefined, repository: string | undefined, log: Logger): Promise<Extract<KfpPipelineSource, { kind: 'version' }>> {
  let pipeline = await findPipeline(client, pipelineName, namespace, 'display_name');
  let pipelineCreated = false;
  if (!pipeline) {
    const { status, body } = await client.request<Pipeline>('POST', '/pipelines/upload', {
      query: { name: pipelineName, namespace, description: repository ? `Registered by mlops-action from ${repository}.` : 'Registered by mlops-action.' },
      form: uploadForm(ir), idempotent: true, accept: [409],
    });
    if (status === 409) {
      // Uploaded meanwhile, or registered under this name with another display name (KFP 2.14+).
      pipeline = (await findPipeline(client, pipelineName, namespace, 'display_name')) ?? (await findPipeline(client, pipelineName, namespace, 'name').catch(() => undefined));
      if (!pipeline) throw new KfpApiError(`KFP API POST /apis/v2beta1/pipelines/upload answered 409: a pipeline named ${pipelineName} exists but cannot be listed${namespace ? ` in namespace ${namespace}` : ''}`, { status, endpoint: 'POST /apis/v2beta1/pipelines/upload', kind: 'http' });
    } else {
      pipeline = body;
      pipelineCreated = true;
      log.info(`Registered the new KFP pipeline ${pipelineName}.`);
    }
  }
  const pipelineId = pipeline.pipeline_id;
  if (!pipelineId) throw new KfpApiError('KFP API POST /apis/v2beta1/pipelines/upload answered without a pipeline_id', { endpoint: 'POST /apis/v2beta1/pipelines/upload', kind: 'bad-answer' });
  const { status, body } = await client.request<PipelineVersion>('POST', '/pipelines/upload_version', {
    query: { name: sha, pipelineid: pipelineId, description: `Commit ${sha}${repository ? ` of ${repository}` : ''}.` },
    form: uploadForm(ir), idempotent: true, accept: [409],
  });
  if (status !== 409) {
    if (!body.pipeline_version_id) throw new KfpApiError('KFP API POST /apis/v2beta1/pipelines/upload_version answered without a pipeline_version_id', { endpoint: 'POST /apis/v2beta1/pipelines/upload_version', kind: 'bad-answer' });
    log.info(`Registered ${pipelineName} version ${sha}.`);
    return { kind: 'version', pipelineId, pipelineName, versionId: body.pipeline_version_id, versionName: sha, pipelineCreated, versionReused: false };
  }
  // 409: this commit was registered before (a re-run, or the nightly run of an unchanged commit).
  const existing = await findVersion(client, pipelineId, sha);
  if (!existing) throw new KfpApiError(`KFP API POST /apis/v2beta1/pipelines/upload_version answered 409 for version ${sha}, but no version of ${pipelineName} has that name`, { status: 409, endpoint: 'POST /apis/v2beta1/pipelines/upload_version', kind: 'http' });
  log.info(`Reusing ${pipelineName} version ${sha}: this commit was registered before.`);
  return { kind: 'version', pipelineId, pipelineName, versionId: existing.pipeline_version_id!, versionName: sha, pipelineCreated, versionReused: true };
}

const clock = (date: Date): string => date.toISOString().slice(11, 19);

/** Prints what changed since the last poll: the run's state and each task's, with the time. */
class ChangeLog {
  private runState: string | undefined;
  private readonly taskStates = new Map<string, string>();
  constructor(private readonly log: Logger, private readonly now: () => Date) {}

  observe(state: string, tasks: readonly KfpTask[]): void {
    const at = `[${clock(this.now())}]`;
    if (state !== this.runState) {
      this.log.info(`${at} run: ${this.runState ? `${this.runState} → ` : ''}${state}`);
      this.runState = state;
    }
    for (const task of tasks) {
      const before = this.taskStates.get(task.id);
      if (before === task.state) continue;
      this.taskStates.set(task.id, task.state);
      const took = task.durationMs !== undefined ? ` (${formatSeconds(task.durationMs)})` : '';
      const error = task.error ? `: ${task.error.slice(0, MAX_TASK_ERROR)}` : '';
      const line = `${at} task ${task.name}: ${before ? `${before} → ` : ''}${task.state}${took}${error}`;
      (task.state === 'FAILED' ? this.log.error : this.log.info).call(this.log, line);
    }
  }
}

function lastStateOf(run: Run | undefined, fallback: string): KfpLastState {
  const entry = run?.state_history?.at(-1);
  return entry?.state ? { state: entry.state, since: realTime(entry.update_time) } : { state: fallback };
}

function runDuration(run: Run | undefined, localMs: number): number {
  const start = realTime(run?.created_at);
  const end = realTime(run?.finished_at);
  if (start && end && run?.state && TERMINAL_STATES.includes(run.state)) {
    const ms = Date.parse(end) - Date.parse(start);
    if (ms >= 0) return ms;
  }
  return localMs;
}

function failureMessageOf(run: Run, tasks: readonly KfpTask[]): string | undefined {
  const fromHistory = [...(run.state_history ?? [])].reverse().find((entry) => entry.error?.message)?.error?.message;
  const fromTasks = tasks.find((task) => task.state === 'FAILED' && task.error)?.error;
  const message = run.error?.message || fromHistory || fromTasks;
  return message ? message.slice(0, MAX_TASK_ERROR) : undefined;
}

/**
 * Run the pipeline on KFP and follow it to its end. Never throws for anything the user or the
 * server can cause: see the result's `kind`.
 */
export async function trainOnKfp(options: KfpOptions, deps: KfpTrainDependencies): Promise<KfpTrainResult> {
  const now = deps.now ?? (() => new Date());
  const spell = deps.spell ?? ((key: string) => key);
  const scrubber = new SecretScrubber(deps.mask);
  scrubber.add(deps.token);
  const log = scrubbed(deps.logger, scrubber);
  const started = now().getTime();
  const elapsed = (): number => now().getTime() - started;
  const notStarted = (reason: string, optionError?: OptionError): KfpTrainResult => {
    const message = scrubber.scrub(reason);
    log.error(`Nothing was submitted to Kubeflow Pipelines: ${message}`);
    return { kind: 'not-started', reason: message, durationMs: elapsed(), ...(optionError ? { optionError } : {}) };
  };

  let ir: PipelineIr;
  let parameters: Record<string, unknown>;
  try {
    ir = await readPipelineIr(deps.cwd, options.pipeline);
    parameters = runtimeParameters(ir, options.params);
    for (const [name, value] of Object.entries(deps.declaredOnly ?? {})) if (ir.parameters.has(name) && !(name in parameters)) parameters[name] = value;
  } catch (error) {
    if (error instanceof OptionError) return notStarted(error.spelled(spell).message + (error.hint ? ` ${error.hint}` : ''), error);
    if (error instanceof PipelineIrError) return notStarted(`${spell('kfp-pipeline')}: ${error.message}`);
    throw error;
  }
  const register = registersPipeline(deps.facts);
  if (register && !deps.facts.sha) return notStarted('the commit is not known, so the pipeline version cannot be named after it');
  const pipelineName = options.pipelineName ?? ir.name;
  const displayName = runDisplayName(deps.facts, pipelineName);

  const client = new KfpClient({
    host: options.host,
    token: tokenSource({ token: deps.token, env: deps.env, tokenFile: options.tokenFile, cwd: deps.cwd, spell }),
    scrubber,
    spell,
    namespace: options.namespace,
    fetch: deps.fetch,
    attempts: deps.retry?.attempts,
    retryDelayMs: deps.retry?.delayMs,
    onRetry: (message) => log.warning(message),
  });

  let info: KfpRunInfo;
  let submitted: Run;
  try {
    const { body: health } = await client.request<Healthz>('GET', '/healthz');
    const multiUser = health.multi_user === true;
    if (multiUser && !options.namespace) {
      const error = new OptionError('kfp-namespace', `is required: the KFP server at ${options.host} is multi-user (one namespace per Kubeflow profile).`, 'Set it to your profile namespace, e.g. kubeflow-user-example-com.');
      return notStarted(`${error.spelled(spell).message} ${error.hint}`, error);
    }
    if (!multiUser && options.namespace) log.info(`The KFP server is single-user: ${spell('kfp-namespace')} (${options.namespace}) is not used.`);
    const namespace = multiUser ? options.namespace : undefined;
    const experiment = await ensureExperiment(client, options.experiment, namespace, log);
    let source: KfpPipelineSource;
    if (register) source = await registerVersion(client, ir, pipelineName, deps.facts.sha!, namespace, deps.facts.repository, log);
    else {
      source = { kind: 'inline' };
      log.info(`Sending ${options.pipeline} inline: a ${deps.facts.event === 'pr' ? 'pull request' : `${deps.facts.event} run`} registers no pipeline version.`);
    }
    const body: CreateRunBody = {
      display_name: displayName,
      description: `Started by mlops-action${deps.facts.repository ? ` for ${deps.facts.repository}` : ''} (${deps.facts.event}${deps.facts.sha ? `, commit ${deps.facts.sha}` : ''}).`,
      experiment_id: experiment.id,
      ...(source.kind === 'inline' ? { pipeline_spec: inlinePipelineSpec(ir) } : { pipeline_version_reference: { pipeline_id: source.pipelineId, pipeline_version_id: source.versionId } }),
      runtime_config: { parameters },
    };
    // Not after the job is cancelled; and the request itself is not cancelled, or a run could start unseen.
    if (deps.signal?.aborted) return notStarted('the job was cancelled before the run was submitted');
    ({ body: submitted } = await client.request<Run>('POST', '/runs', { json: body, idempotent: false }));
    if (!submitted.run_id) throw new KfpApiError('KFP API POST /apis/v2beta1/runs answered without a run_id', { endpoint: 'POST /apis/v2beta1/runs', kind: 'bad-answer' });
    info = { id: submitted.run_id, url: `${options.host}/#/runs/details/${submitted.run_id}`, displayName, experiment, source, ...(namespace ? { namespace } : {}) };
  } catch (error) {
    if (error instanceof KfpApiError) return notStarted(error.message);
    throw error;
  }
  log.info(`Started the KFP run ${displayName} in experiment ${info.experiment.name}: ${info.url}`);
  return follow(client, info, submitted, ir, options, deps, log, now);
}

async function follow(client: KfpClient, info: KfpRunInfo, submitted: Run, ir: PipelineIr, options: KfpOptions, deps: KfpTrainDependencies, log: Logger, now: () => Date): Promise<KfpTrainResult> {
  const changes = new ChangeLog(log, now);
  const submittedAt = now().getTime();
  const deadline = submittedAt + options.timeoutSeconds * 1000;
  const initial = deps.poll?.initialMs ?? 2000;
  const max = deps.poll?.maxMs ?? 15_000;
  let interval = initial;
  let last: Run = submitted;
  const base = (run: Run): Followed => {
    const tasks = tasksOf(run, ir.taskNames);
    const metrics = metricsOf(run, ir.taskNames);
    return { run: info, state: run.state ?? 'RUNTIME_STATE_UNSPECIFIED', durationMs: runDuration(run, now().getTime() - submittedAt), tasks, ...(metrics ? { metrics } : {}) };
  };
  changes.observe(last.state ?? 'PENDING', tasksOf(last, ir.taskNames));

  for (;;) {
    if (last.state && TERMINAL_STATES.includes(last.state)) break;
    if (deps.signal?.aborted) return stop('interrupted');
    const left = deadline - now().getTime();
    if (left <= 0) return stop('timed-out');
    await sleep(Math.min(interval, left), deps.signal);
    interval = Math.min(Math.round(interval * 1.5), max);
    if (deps.signal?.aborted) return stop('interrupted');
    try {
      ({ body: last } = await client.request<Run>('GET', `/runs/${encodeURIComponent(info.id)}`, { query: { view: 'FULL' }, signal: deps.signal }));
    } catch (error) {
      if (!(error instanceof KfpApiError)) throw error;
      if (error.kind === 'aborted') return stop('interrupted');
      log.error(`Lost the KFP run ${info.displayName}: ${error.message}. It may still be running: ${info.url}`);
      const followed = base(last);
      return { ...followed, kind: 'failed', state: followed.state, failingTasks: [], message: `could not follow the run: ${error.message}` };
    }
    changes.observe(last.state ?? 'RUNTIME_STATE_UNSPECIFIED', tasksOf(last, ir.taskNames));
  }

  const followed = base(last);
  const took = formatSeconds(followed.durationMs);
  if (last.state === 'SUCCEEDED' || last.state === 'SKIPPED') {
    log.info(`KFP run ${info.displayName} ${last.state} in ${took}: ${info.url}`);
    return { ...followed, kind: 'succeeded', state: last.state };
  }
  const failingTasks = followed.tasks.filter((task) => task.state === 'FAILED').map((task) => task.name);
  const message = failureMessageOf(last, followed.tasks);
  log.error(`KFP run ${info.displayName} ${last.state} after ${took}${failingTasks.length ? `; failed: ${failingTasks.join(', ')}` : ''}${message ? `; ${message}` : ''}: ${info.url}`);
  return { ...followed, kind: 'failed', state: last.state!, failingTasks, ...(message ? { message } : {}) };

  async function stop(why: 'timed-out' | 'interrupted'): Promise<KfpTrainResult> {
    const lastState = lastStateOf(last, last.state ?? 'PENDING');
    log.warning(why === 'timed-out'
      ? `The KFP run ${info.displayName} did not finish within ${options.timeoutSeconds} s (${deps.spell?.('kfp-timeout') ?? 'kfp-timeout'}): terminating it.`
      : `The job was cancelled: terminating the KFP run ${info.displayName}.`);
    let terminated: true | { error: string } = true;
    try {
      // Not the job's signal: it has fired, and the run must still be stopped. A cancelled job
      // has seconds before it is killed (the runner's grace period): try briefly then.
      const quick = why === 'interrupted' ? { attempts: 2, timeoutMs: 3000 } : {};
      await client.request('POST', `/runs/${encodeURIComponent(info.id)}:terminate`, { idempotent: true, ...quick });
      log.info(`Terminated the KFP run ${info.displayName}: ${info.url}`);
    } catch (error) {
      if (!(error instanceof KfpApiError)) throw error;
      terminated = { error: error.message };
      log.error(`Could not terminate the KFP run ${info.displayName} (${info.url}): ${error.message}`);
    }
    try {
      ({ body: last } = await client.request<Run>('GET', `/runs/${encodeURIComponent(info.id)}`, { query: { view: 'FULL' }, attempts: 1, timeoutMs: 5000 }));
      changes.observe(last.state ?? 'RUNTIME_STATE_UNSPECIFIED', tasksOf(last, ir.taskNames));
    } catch {
      // what was seen last stands
    }
    const followed = base(last);
    return why === 'timed-out'
      ? { ...followed, kind: 'timed-out', timeoutSeconds: options.timeoutSeconds, lastState, terminated }
      : { ...followed, kind: 'interrupted', lastState, terminated };
  }
}
