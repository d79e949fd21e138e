/**
 * The port to an MLflow tracking server's REST API 2.0: one typed method per endpoint used, over
 * one request function with a per-call timeout, retries with backoff and errors that say what to
 * fix. Nothing here knows about CI runs; tracking.ts and registry.ts do.
 *
 * What the server answers, and how it is read:
 * - Errors are `{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "…"}` with the status MLflow
 *   maps the code to (404 here, 400 for INVALID_PARAMETER_VALUE and RESOURCE_ALREADY_EXISTS).
 * - MLflow's basic-auth app answers 401 and 403 with a line of HTML: still an authentication or
 *   permission failure, named with the variables to check and the permission the call needs.
 * - Any other answer that is not JSON (an auth proxy's login page, even with status 200, or its
 *   redirect) is named as such: it is not MLflow answering.
 * - 429 and 503 (not handled) and refused connections are retried for every call; 502, 504 and
 *   dropped connections only for calls that do no harm when sent twice (a create might have been
 *   done before the connection dropped).
 * Every text in an error has the credentials scrubbed out.
 */
import { redact } from '../analysis/credentials.js';
import { MlopsError } from '../errors.js';
import type {
  Experiment, KeyValue, Metric, MetricHistoryResponse, ModelVersion, RegisteredModel, Run, RunInfo, RunStatus, SearchRunsRequest, SearchRunsResponse,
} from './api-types.js';
import { MLFLOW_CREDENTIAL_VARIABLES } from './credentials.js';

export const MLFLOW_API_PREFIX = '/api/2.0/mlflow';

export interface MlflowRetry {
  /** Tries in all, the first included (1 = no retry). */
  attempts: number;
  /** The wait before try `attempt + 1`, in ms (attempt is 1-based). A Retry-After (at most 30 s) wins. */
  delayMs(attempt: number): number;
}

export interface MlflowClientSettings {
  /** The tracking server's base URL, without a trailing slash. */
  trackingUri: string;
  /** `Authorization` (from mlflowAuth) and any other header to send. */
  headers: Record<string, string>;
  /** Values no message may show. */
  secrets: readonly string[];
  retry?: MlflowRetry;
  /** How long one try may take (default 30 s). */
  timeoutMs?: number;
  /** Told about each retry (the stage logs it); the text is scrubbed. */
  onRetry?: (message: string) => void;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}

export const DEFAULT_MLFLOW_RETRY: MlflowRetry = { attempts: 5, delayMs: (attempt) => Math.min(500 * 2 ** (attempt - 1), 8000) };
const DEFAULT_TIMEOUT_MS = 30_000;

/** What went wrong: MLflow's own error, credentials refused, an answer that is not MLflow's JSON, or no answer. */
export type MlflowErrorKind = 'api' | 'unauthenticated' | 'forbidden' | 'not-json' | 'bad-answer' | 'network';

export class MlflowApiError extends MlopsError {
  readonly endpoint: string;
  readonly kind: MlflowErrorKind;
  readonly status?: number;
  /** MLflow's error_code, e.g. RESOURCE_DOES_NOT_EXIST. */
  readonly errorCode?: string;
  /** MLflow's message, scrubbed. */
  readonly serverMessage?: string;
  constructor(message: string, details: { endpoint: string; kind: MlflowErrorKind; status?: number; errorCode?: string; serverMessage?: string; hint?: string }) {
    super(message, { hint: details.hint });
    this.name = 'MlflowApiError';
    this.endpoint = details.endpoint;
    this.kind = details.kind;
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.serverMessage = details.serverMessage;
  }
}

/** True for MLflow's error `code` (e.g. RESOURCE_DOES_NOT_EXIST). */
export function isMlflowError(error: unknown, code: string): error is MlflowApiError {
  return error instanceof MlflowApiError && error.errorCode === code;
}

interface EndpointSpec {
  method: 'GET' | 'POST';
  /** What MLflow's auth app requires for the call, for a 403. */
  permission: string;
  /** False: sending it twice may do it twice. */
  idempotent: boolean;
}

/** The endpoints used, as the protos declare them (GET with query parameters, POST with JSON). */
const ENDPOINTS = {
  'experiments/get-by-name': { method: 'GET', permission: 'READ on the experiment', idempotent: true },
  'experiments/create': { method: 'POST', permission: 'an account that may create experiments', idempotent: false },
  'runs/create': { method: 'POST', permission: 'EDIT on the experiment', idempotent: false },
  'runs/update': { method: 'POST', permission: 'EDIT on the experiment of the run', idempotent: true },
  'runs/get': { method: 'GET', permission: 'READ on the experiment of the run', idempotent: true },
  'runs/search': { method: 'POST', permission: 'READ on the experiment', idempotent: true },
  'runs/log-batch': { method: 'POST', permission: 'EDIT on the experiment of the run', idempotent: false },
  'runs/set-tag': { method: 'POST', permission: 'EDIT on the experiment of the run', idempotent: true },
  'metrics/get-history': { method: 'GET', permission: 'READ on the experiment of the run', idempotent: true },
  'registered-models/create': { method: 'POST', permission: 'an account that may create registered models', idempotent: false },
  'registered-models/get': { method: 'GET', permission: 'READ on the registered model', idempotent: true },
  'registered-models/alias (set)': { method: 'POST', permission: 'EDIT on the registered model', idempotent: true },
  'registered-models/alias (get)': { method: 'GET', permission: 'READ on the registered model', idempotent: true },
  'model-versions/create': { method: 'POST', permission: 'EDIT on the registered model', idempotent: false },
  'model-versions/get': { method: 'GET', permission: 'READ on the registered model', idempotent: true },
  'model-versions/get-download-uri': { method: 'GET', permission: 'READ on the registered model', idempotent: true },
  'model-versions/set-tag': { method: 'POST', permission: 'EDIT on the registered model', idempotent: true },
} as const satisfies Record<string, EndpointSpec>;

export type MlflowEndpoint = keyof typeof ENDPOINTS;

/** The path below /api/2.0/mlflow/: `registered-models/alias (set)` is POST registered-models/alias. */
const pathOf = (endpoint: MlflowEndpoint): string => endpoint.replace(/ \(\w+\)$/, '');

const RETRIED_STATUS = new Set([429, 502, 503, 504]);
const NOT_HANDLED_STATUS = new Set([429, 503]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EAI_AGAIN', 'TIMEOUT']);

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; name?: string } })?.cause;
  if ((error as Error)?.name === 'TimeoutError' || cause?.name === 'TimeoutError') return 'TIMEOUT';
  return cause?.code ?? (error as { code?: string })?.code;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, 30_000) : undefined;
}

function looksLikeHtml(contentType: string, text: string): boolean {
  return /text\/html/i.test(contentType) || /^\s*<(!doctype html|html|head|body)[\s>]/i.test(text);
}

export class MlflowClient {
  readonly trackingUri: string;
  private readonly settings: MlflowClientSettings;
  private readonly fetchImpl: typeof fetch;

  constructor(settings: MlflowClientSettings) {
    this.settings = settings;
    this.trackingUri = settings.trackingUri.replace(/\/+$/, '');
    this.fetchImpl = settings.fetch ?? fetch;
  }

  /** `text` without any credential. */
  scrub(text: string): string {
    return redact(text, this.settings.secrets);
  }

  // ---- tracking ------------------------------------------------------------------------------

  async getExperimentByName(name: string): Promise<Experiment> {
    return this.field<Experiment>('experiments/get-by-name', { query: { experiment_name: name } }, 'experiment');
  }

  /** The new experiment's id. */
  async createExperiment(name: string, tags: KeyValue[] = []): Promise<string> {
    return this.field<string>('experiments/create', { json: { name, ...(tags.length ? { tags } : {}) } }, 'experiment_id');
  }

  async createRun(request: { experimentId: string; runName?: string; startTime: number; tags?: KeyValue[] }): Promise<Run> {
    const json = { experiment_id: request.experimentId, run_name: request.runName, start_time: request.startTime, tags: request.tags?.length ? request.tags : undefined };
    return this.field<Run>('runs/create', { json }, 'run');
  }

  async updateRun(request: { runId: string; status?: RunStatus; endTime?: number; runName?: string }): Promise<RunInfo> {
    const json = { run_id: request.runId, status: request.status, end_time: request.endTime, run_name: request.runName };
    return this.field<RunInfo>('runs/update', { json }, 'run_info');
  }

  async getRun(runId: string): Promise<Run> {
    return this.field<Run>('runs/get', { query: { run_id: runId } }, 'run');
  }

  /** One page of runs/search. */
  async searchRuns(request: SearchRunsRequest): Promise<SearchRunsResponse> {
    return this.call<SearchRunsResponse>('runs/search', { json: request });
  }

  async logBatch(request: { runId: string; metrics?: Metric[]; params?: KeyValue[]; tags?: KeyValue[] }): Promise<void> {
    await this.call('runs/log-batch', { json: { run_id: request.runId, metrics: request.metrics ?? [], params: request.params ?? [], tags: request.tags ?? [] } });
  }

  async setTag(runId: string, key: string, value: string): Promise<void> {
    await this.call('runs/set-tag', { json: { run_id: runId, key, value } });
  }

  /** One page of metrics/get-history (all values when maxResults is unset). */
  async getMetricHistory(request: { runId: string; metricKey: string; maxResults?: number; pageToken?: string }): Promise<MetricHistoryResponse> {
    const query = { run_id: request.runId, metric_key: request.metricKey, max_results: request.maxResults?.toString(), page_token: request.pageToken };
    return this.call<MetricHistoryResponse>('metrics/get-history', { query });
  }

  // ---- registry ------------------------------------------------------------------------------

  async createRegisteredModel(name: string, tags: KeyValue[] = []): Promise<RegisteredModel> {
    return this.field<RegisteredModel>('registered-models/create', { json: { name, ...(tags.length ? { tags } : {}) } }, 'registered_model');
  }

  async getRegisteredModel(name: string): Promise<RegisteredModel> {
    return this.field<RegisteredModel>('registered-models/get', { query: { name } }, 'registered_model');
  }

  async setRegisteredModelAlias(name: string, alias: string, version: string): Promise<void> {
    await this.call('registered-models/alias (set)', { json: { name, alias, version } });
  }

  /** The version behind `models:/<name>@<alias>`; a missing alias is a 400 INVALID_PARAMETER_VALUE, a missing model a 404. */
  async getModelVersionByAlias(name: string, alias: string): Promise<ModelVersion> {
    return this.field<ModelVersion>('registered-models/alias (get)', { query: { name, alias } }, 'model_version');
  }

  async createModelVersion(request: { name: string; source: string; runId?: string; tags?: KeyValue[]; runLink?: string; description?: string }): Promise<ModelVersion> {
    const json = { name: request.name, source: request.source, run_id: request.runId, tags: request.tags?.length ? request.tags : undefined, run_link: request.runLink, description: request.description };
    return this.field<ModelVersion>('model-versions/create', { json }, 'model_version');
  }

  async getModelVersion(name: string, version: string): Promise<ModelVersion> {
    return this.field<ModelVersion>('model-versions/get', { query: { name, version } }, 'model_version');
  }

  async getModelVersionDownloadUri(name: string, version: string): Promise<string> {
    return this.field<string>('model-versions/get-download-uri', { query: { name, version } }, 'artifact_uri');
  }

  async setModelVersionTag(name: string, version: string, key: string, value: string): Promise<void> {
    await this.call('model-versions/set-tag', { json: { name, version, key, value } });
  }

  // ---- one request ---------------------------------------------------------------------------

  /** The answer's `key`, which the proto's response always has; an answer without it is not MLflow's. */
  private async field<T>(endpoint: MlflowEndpoint, input: { query?: Record<string, string | undefined>; json?: unknown }, key: string): Promise<T> {
    const body = await this.call<Record<string, unknown>>(endpoint, input);
    const value = body[key];
    if (value === undefined || value === null) {
      throw new MlflowApiError(`MLflow ${ENDPOINTS[endpoint].method} ${pathOf(endpoint)} (${this.trackingUri}) answered without ${key}: is mlflow-tracking-uri an MLflow tracking server?`, { endpoint, kind: 'bad-answer' });
    }
    return value as T;
  }

  private async call<T>(endpoint: MlflowEndpoint, input: { query?: Record<string, string | undefined>; json?: unknown }): Promise<T> {
    const spec: EndpointSpec = ENDPOINTS[endpoint];
    const path = pathOf(endpoint);
    const retry = this.settings.retry ?? DEFAULT_MLFLOW_RETRY;
    const label = `${spec.method} ${path}`;
    for (let attempt = 1; ; attempt++) {
      let reason: string;
      let wait: number | undefined;
      try {
        const response = await this.send(spec.method, path, input);
        const text = await response.text();
        const retryable = spec.idempotent ? RETRIED_STATUS.has(response.status) : NOT_HANDLED_STATUS.has(response.status);
        if (!retryable || attempt >= retry.attempts) return this.read<T>(endpoint, spec, label, response, text);
        reason = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        wait = retryAfterMs(response.headers.get('retry-after'));
      } catch (error) {
        if (error instanceof MlflowApiError) throw error;
        const code = networkCode(error);
        const retryable = code === 'ECONNREFUSED' || (spec.idempotent && code !== undefined && DROPPED.has(code));
        if (!retryable || attempt >= retry.attempts) throw this.networkError(endpoint, label, error, code, attempt);
        reason = code === 'TIMEOUT' ? 'no answer' : code;
      }
      const delay = wait ?? retry.delayMs(attempt);
      this.settings.onRetry?.(this.scrub(`MLflow ${label}: ${reason}; retrying in ${(delay / 1000).toFixed(1)} s (try ${attempt + 1} of ${retry.attempts})`));
      await new Promise((done) => setTimeout(done, delay));
    }
  }

  private send(method: 'GET' | 'POST', path: string, input: { query?: Record<string, string | undefined>; json?: unknown }): Promise<Response> {
    const url = new URL(`${this.trackingUri}${MLFLOW_API_PREFIX}/${path}`);
    for (const [key, value] of Object.entries(input.query ?? {})) if (value !== undefined) url.searchParams.set(key, value);
    const headers: Record<string, string> = { ...this.settings.headers, Accept: 'application/json' };
    let body: string | undefined;
    if (method === 'POST') {
      // MLflow refuses a POST without this content type.
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(input.json ?? {});
    }
    // manual: an auth proxy's redirect to its login page is an answer to report, not to follow.
    return this.fetchImpl(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
  }

  private read<T>(endpoint: MlflowEndpoint, spec: EndpointSpec, label: string, response: Response, text: string): T {
    const status = response.status;
    const statusLine = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const contentType = response.headers.get('content-type') ?? '';
    const where = `MLflow ${label} (${this.trackingUri})`;
    if (status === 401 || status === 403) return this.authError(endpoint, spec, label, where, statusLine, status, text, contentType);
    if (status >= 300 && status < 400) {
      let target = '';
      try {
        const location = new URL(response.headers.get('location') ?? '', this.trackingUri);
        // Without its query: it may carry state or a return URL.
        if (response.headers.get('location')) target = ` to ${location.origin}${location.pathname}`;
      } catch {
        // not a URL: say nothing about it
      }
      throw new MlflowApiError(this.scrub(`${where} answered ${statusLine}, a redirect${target}, not MLflow's JSON: a login page in front of the tracking server?`), {
        endpoint, kind: 'not-json', status, hint: `Check mlflow-tracking-uri and the credentials (${MLFLOW_CREDENTIAL_VARIABLES}).`,
      });
    }
    let body: unknown;
    try {
      body = text.trim() === '' && status >= 200 && status < 300 ? {} : JSON.parse(text);
    } catch {
      const what = looksLikeHtml(contentType, text) ? 'an HTML page' : `something that is not JSON (${contentType || 'no content type'})`;
      throw new MlflowApiError(this.scrub(`${where} answered ${statusLine} with ${what}, not MLflow's JSON${what === 'an HTML page' ? ': a login page of a proxy in front of the tracking server?' : `: ${text.trim().slice(0, 200)}`}`), {
        endpoint, kind: 'not-json', status, hint: `Check mlflow-tracking-uri (it must be the tracking server itself) and the credentials (${MLFLOW_CREDENTIAL_VARIABLES}).`,
      });
    }
    if (status >= 200 && status < 300 && body !== null && typeof body === 'object') return body as T;
    const { error_code: errorCode, message } = (body ?? {}) as { error_code?: unknown; message?: unknown };
    const code = typeof errorCode === 'string' ? errorCode : undefined;
    const serverMessage = typeof message === 'string' ? this.scrub(message) : undefined;
    const detail = [code, serverMessage].filter(Boolean).join(': ');
    throw new MlflowApiError(this.scrub(`${where} answered ${statusLine}${detail ? `: ${detail}` : status >= 200 && status < 300 ? ' with JSON that is not an object' : ''}`), {
      endpoint, kind: 'api', status, errorCode: code, serverMessage,
    });
  }

  private authError(endpoint: MlflowEndpoint, spec: EndpointSpec, label: string, where: string, statusLine: string, status: 401 | 403, text: string, contentType: string): never {
    let code: string | undefined;
    let serverMessage: string | undefined;
    try {
      const body = JSON.parse(text) as { error_code?: unknown; message?: unknown };
      if (typeof body.error_code === 'string') code = body.error_code;
      if (typeof body.message === 'string') serverMessage = this.scrub(body.message);
    } catch {
      // MLflow's basic-auth app answers with a line of HTML; a proxy with a page.
      const line = looksLikeHtml(contentType, text) ? text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : text.trim();
      if (line && line.length <= 200) serverMessage = this.scrub(line);
    }
    const authorization = Object.entries(this.settings.headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '';
    const sent = /^basic /i.test(authorization) ? 'MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD' : /^bearer /i.test(authorization) ? 'MLFLOW_TRACKING_TOKEN' : undefined;
    const detail = [code, serverMessage].filter(Boolean).join(': ');
    const head = `${where} answered ${statusLine}${detail ? ` (${detail})` : ''}`;
    const message =
      status === 401
        ? sent ? `${head}: the tracking server did not accept the credentials: check ${sent}` : `${head}: the tracking server needs credentials: set ${MLFLOW_CREDENTIAL_VARIABLES}`
        : `${head}: the account${sent ? ` of ${sent}` : ''} lacks permission: ${label} needs ${spec.permission}`;
    throw new MlflowApiError(this.scrub(message), { endpoint, kind: status === 401 ? 'unauthenticated' : 'forbidden', status, errorCode: code, serverMessage });
  }

  private networkError(endpoint: MlflowEndpoint, label: string, error: unknown, code: string | undefined, tries: number): MlflowApiError {
    const uri = this.trackingUri;
    const after = tries > 1 ? ` after ${tries} tries` : '';
    const detail = this.scrub((error as { cause?: Error }).cause?.message ?? (error as Error)?.message ?? String(error));
    const message =
      code === 'ECONNREFUSED' ? `could not connect to the MLflow tracking server at ${uri} (connection refused${after}): check mlflow-tracking-uri`
      : code === 'ENOTFOUND' ? `the MLflow tracking server's host in ${uri} was not found: check mlflow-tracking-uri`
      : code === 'TIMEOUT' ? `MLflow ${label} (${uri}) did not answer within ${Number(((this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000).toFixed(1))} s${after}: check mlflow-tracking-uri`
      : /certificate|CERT_|SSL|TLS/i.test(`${code ?? ''} ${detail}`) ? `the TLS connection to the MLflow tracking server at ${uri} failed (${detail}): check mlflow-tracking-uri`
      : `MLflow ${label} (${uri}) failed${after}: ${detail}${code ? ` (${code})` : ''}`;
    return new MlflowApiError(this.scrub(message), { endpoint, kind: 'network' });
  }
}
