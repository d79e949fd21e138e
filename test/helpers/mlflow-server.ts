/**
 * A local MLflow tracking server for tests: the REST API 2.0 endpoints this project uses, answered
 * the way MLflow's server answers them (no MLflow server can run here). What it follows, from
 * mlflow/protos/service.proto, model_registry.proto and the REST API docs:
 *
 * - Paths below `/api/2.0/mlflow/`; GET endpoints read query parameters, POST endpoints a JSON
 *   body, and a POST whose Content-Type is not application/json is a 400 INVALID_PARAMETER_VALUE.
 *   A known path with the wrong method is a 405 (Flask's HTML), an unknown one a 404
 *   ENDPOINT_NOT_FOUND.
 * - JSON with the proto field names (snake_case), int64 as numbers, enums by name, unset fields
 *   left out. Errors: `{"error_code", "message"}` with MLflow's statuses (RESOURCE_DOES_NOT_EXIST
 *   404; INVALID_PARAMETER_VALUE and RESOURCE_ALREADY_EXISTS 400).
 * - Experiments: "Default" (id 0) exists; get-by-name of a missing one is 404; a second create of a
 *   name is RESOURCE_ALREADY_EXISTS.
 * - Runs: run_id = run_uuid (32 hex), RUNNING on create, the run name also as tag mlflow.runName,
 *   artifact_uri `<artifactRoot>/<experiment id>/<run id>/artifacts`; runs/get gives the latest
 *   value per metric key (latest timestamp, then the largest value); a param cannot change value.
 * - runs/search: MLflow's filter syntax for what is used here: clauses joined by AND, each
 *   `tags.<key>`, `params.<key>`, `metrics.<key>` or `attributes.<key>` (keys plain, in backticks
 *   or double quotes) against a quoted string or a number; attributes run_id, run_name, status
 *   (strings) and start_time, end_time (numbers). Anything else is a 400 INVALID_PARAMETER_VALUE.
 *   order_by on attributes start_time / end_time / run_name, ASC or DESC; default start_time DESC
 *   then run_id. Paging with max_results and page_token (an opaque token; a bad one is a 400).
 * - metrics/get-history: every value in the order logged; with max_results, pages and
 *   next_page_token.
 * - Registry: registered models, versions numbered from 1 per model, PENDING_REGISTRATION →
 *   READY (or FAILED_REGISTRATION) after `registrationSteps` GETs of the version; aliases (a
 *   missing alias answers 400 INVALID_PARAMETER_VALUE "Registered model alias … not found.");
 *   get-download-uri: the source, a `runs:/<id>/<path>` source resolved to the run's artifacts.
 * - Authentication as MLflow's basic-auth app: with `users` or `tokens` set, a request without
 *   good credentials is a 401 (`authStyle: 'html'`, the default, answers with the app's line of
 *   HTML and WWW-Authenticate; 'json' with UNAUTHENTICATED); a user with READ permission only gets
 *   403 on a POST. `loginPage`: an auth proxy in front answers what it does not let through with
 *   its HTML login page and status 200.
 *
 * Not modelled: deleting and restoring, experiment search, datasets, inputs/outputs, logged
 * models, stages, the artifact endpoints, filters beyond the clauses above.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Obj = Record<string, unknown>;

export interface MlflowRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The body as sent. */
  body: string;
  status: number;
}

export interface MlflowFault {
  method?: string;
  path?: RegExp;
  /** The status to answer with (default 503); ignored with `reset`. */
  status?: number;
  /** Default: MLflow's error JSON for the status. A string is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Drop the connection instead of answering. */
  reset?: boolean;
  /** Never answer (the request is recorded with status 0). */
  hang?: boolean;
  /** How many matching requests get it (default 1). */
  times?: number;
}

export interface MlflowServerOptions {
  /** Basic-auth users: name → password. */
  users?: Record<string, string>;
  /** Users (of `users`) that may only read: a POST gets 403. */
  readOnlyUsers?: string[];
  /** Bearer tokens accepted. */
  tokens?: string[];
  /** How a 401/403 is written: MLflow's basic-auth app (HTML, the default) or JSON. */
  authStyle?: 'json' | 'html';
  /** An auth proxy in front: what it does not let through gets its login page, status 200. */
  loginPage?: boolean;
  /** The most runs or history values one page holds, whatever max_results asks (default: no cap). */
  pageSize?: number;
  /** GETs of a new version answered PENDING_REGISTRATION before it is READY (default 0: READY at once). */
  registrationSteps?: number;
  /** The version ends FAILED_REGISTRATION instead of READY. */
  failRegistration?: boolean;
  /** Where runs' artifacts are (default `mlflow-artifacts:`, as `mlflow server` serving artifacts). */
  artifactRoot?: string;
}

export interface StoredExperiment {
  experiment_id: string;
  name: string;
  artifact_location: string;
  lifecycle_stage: 'active' | 'deleted';
  creation_time: number;
  last_update_time: number;
  tags: Map<string, string>;
}

export interface StoredMetric {
  key: string;
  value: number;
  timestamp: number;
  step: number;
}

export interface StoredRun {
  run_id: string;
  experiment_id: string;
  run_name: string;
  status: string;
  start_time?: number;
  end_time?: number;
  artifact_uri: string;
  lifecycle_stage: 'active' | 'deleted';
  /** Every value logged, in order. */
  metrics: StoredMetric[];
  params: Map<string, string>;
  tags: Map<string, string>;
}

export interface StoredModel {
  name: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  description?: string;
  tags: Map<string, string>;
  aliases: Map<string, string>;
}

export interface StoredVersion {
  name: string;
  version: string;
  creation_timestamp: number;
  source: string;
  run_id?: string;
  run_link?: string;
  description?: string;
  status: 'PENDING_REGISTRATION' | 'FAILED_REGISTRATION' | 'READY';
  status_message?: string;
  tags: Map<string, string>;
  /** GETs left before registration ends. */
  pending: number;
}

export interface MlflowServer {
  url: string;
  requests: MlflowRequest[];
  fault(fault: MlflowFault): void;
  experiments(): StoredExperiment[];
  runs(): StoredRun[];
  models(): StoredModel[];
  versions(): StoredVersion[];
  close(): Promise<void>;
}

const PREFIX = '/api/2.0/mlflow/';

const ERROR_STATUS: Record<string, number> = {
  INVALID_PARAMETER_VALUE: 400, RESOURCE_ALREADY_EXISTS: 400, BAD_REQUEST: 400, RESOURCE_DOES_NOT_EXIST: 404, ENDPOINT_NOT_FOUND: 404,
  UNAUTHENTICATED: 401, PERMISSION_DENIED: 403, REQUEST_LIMIT_EXCEEDED: 429, INTERNAL_ERROR: 500, TEMPORARILY_UNAVAILABLE: 503,
};
const CODE_OF_STATUS: Record<number, string> = { 400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'ENDPOINT_NOT_FOUND', 429: 'REQUEST_LIMIT_EXCEEDED', 500: 'INTERNAL_ERROR', 502: 'TEMPORARILY_UNAVAILABLE', 503: 'TEMPORARILY_UNAVAILABLE' };

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Obj | string,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'string' ? body : String(body.message));
  }
}

const mlflowError = (code: keyof typeof ERROR_STATUS, message: string): ApiError => new ApiError(ERROR_STATUS[code]!, { error_code: code, message });
const invalid = (message: string): ApiError => mlflowError('INVALID_PARAMETER_VALUE', message);
const missing = (name: string): ApiError => invalid(`Missing value for required parameter '${name}'. See the API docs for more information about request parameters.`);

/** Drops what protobuf's JSON leaves out: unset fields and empty repeated fields. */
function message(fields: Obj): Obj {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

const keyValues = (map: Map<string, string>): Obj[] => [...map].map(([key, value]) => ({ key, value }));

/** A metric as protobuf's JSON writes a double: NaN and ±Infinity as strings. */
const metricJson = (metric: StoredMetric): Obj => ({ ...metric, value: Number.isFinite(metric.value) ? metric.value : String(metric.value) });

const MLFLOW_AUTH_401 = 'You are not authenticated. Please see https://www.mlflow.org/docs/latest/auth/index.html#authenticating-to-mlflow on how to authenticate.';
const LOGIN_PAGE = '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form action="/oauth2/sign_in"><input name="username"><input name="password" type="password"></form></body></html>\n';

type Handler = (input: { query: Record<string, string>; json: Obj }) => Obj;

const encodeToken = (offset: number): string => Buffer.from(JSON.stringify({ offset })).toString('base64');
function decodeToken(token: string | undefined): number {
  if (token === undefined || token === '') return 0;
  let offset: unknown;
  try {
    offset = (JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { offset?: unknown }).offset;
  } catch {
    throw invalid('Invalid page token, could not base64-decode');
  }
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw invalid(`Invalid page token, offset is not a non-negative integer`);
  return offset;
}

// ---------------------------------------------------------------------------------------------
// Search filters (the subset of mlflow/utils/search_utils.py used here)
// ---------------------------------------------------------------------------------------------

interface Clause {
  entity: 'tags' | 'params' | 'metrics' | 'attributes';
  key: string;
  op: string;
  value: string | number;
}

const ENTITIES: Record<string, Clause['entity']> = { tags: 'tags', tag: 'tags', params: 'params', param: 'params', parameter: 'params', parameters: 'params', metrics: 'metrics', metric: 'metrics', attributes: 'attributes', attribute: 'attributes', attr: 'attributes', run: 'attributes' };
const STRING_ATTRIBUTES = ['run_id', 'run_name', 'status', 'artifact_uri', 'user_id'];
const NUMBER_ATTRIBUTES = ['start_time', 'end_time'];
const STRING_OPS = ['=', '!=', 'LIKE', 'ILIKE'];
const NUMBER_OPS = ['=', '!=', '>', '>=', '<', '<='];

/** Splits on AND outside quotes. */
function splitClauses(filter: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < filter.length; i++) {
    const char = filter[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
      current += char;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      quote = char;
      current += char;
      continue;
    }
    const rest = filter.slice(i);
    // MLflow's filters AND clauses together; nothing else joins them.
    if (/^\sOR\s/i.test(rest)) throw invalid('Invalid clause(s) in filter string: OR');
    if (/^\sAND\s/i.test(rest)) {
      parts.push(current);
      current = '';
      i += 4;
      continue;
    }
    current += char;
  }
  if (quote) throw invalid(`Invalid filter '${filter}'. Could not be parsed: an unterminated quote.`);
  parts.push(current);
  return parts.map((part) => part.trim());
}

function parseFilter(filter: string | undefined): Clause[] {
  if (filter === undefined || filter.trim() === '') return [];
  return splitClauses(filter).map((text) => {
    const match = /^([A-Za-z_]+)\.(`[^`]+`|"[^"]+"|[A-Za-z0-9_.\-:/]+)\s*(!=|>=|<=|=|>|<|\bNOT ILIKE\b|\bNOT LIKE\b|\bILIKE\b|\bLIKE\b|\bIN\b)\s*(.+)$/i.exec(text);
    if (!match) throw invalid(`Invalid clause(s) in filter string: '${text}'`);
    const [, entityText, keyText, opText, valueText] = match as unknown as [string, string, string, string, string];
    const entity = ENTITIES[entityText.toLowerCase()];
    if (!entity) throw invalid(`Invalid entity type '${entityText}'. Valid values are ['attribute', 'metric', 'parameter', 'tag']`);
    const key = /^[`"]/.test(keyText) ? keyText.slice(1, -1) : keyText;
    const op = opText.toUpperCase();
    const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(valueText.trim());
    const numeric = entity === 'metrics' || (entity === 'attributes' && NUMBER_ATTRIBUTES.includes(key));
    if (entity === 'attributes' && !STRING_ATTRIBUTES.includes(key) && !NUMBER_ATTRIBUTES.includes(key)) {
      throw invalid(`Invalid attribute key '${key}' specified. Valid keys are '${[...STRING_ATTRIBUTES, ...NUMBER_ATTRIBUTES].join("', '")}'`);
    }
    if (numeric) {
      if (!NUMBER_OPS.includes(op)) throw invalid(`Invalid comparator '${opText}' not one of '${NUMBER_OPS.join("', '")}'`);
      const value = Number(valueText.trim());
      if (quoted || !Number.isFinite(value)) throw invalid(`Expected numeric value type for ${entity === 'metrics' ? 'metric' : 'numeric attribute'}. Found ${valueText.trim()}`);
      return { entity, key, op, value };
    }
    if (!STRING_OPS.includes(op)) throw invalid(`Invalid comparator '${opText}' not one of '${STRING_OPS.join("', '")}'`);
    if (!quoted) throw invalid(`Expected a quoted string value for ${entity === 'attributes' ? 'attributes' : entity.replace(/s$/, '')}. Got value ${valueText.trim()}`);
    return { entity, key, op, value: quoted[1] ?? quoted[2] ?? '' };
  });
}

function like(value: string, pattern: string, caseless: boolean): boolean {
  const regex = new RegExp(`^${pattern.split('').map((char) => (char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, caseless ? 'is' : 's');
  return regex.test(value);
}

function compare(actual: string | number | undefined, op: string, expected: string | number): boolean {
  if (actual === undefined) return false;
  switch (op) {
    case '=': return actual === expected;
    case '!=': return actual !== expected;
    case '>': return actual > expected;
    case '>=': return actual >= expected;
    case '<': return actual < expected;
    case '<=': return actual <= expected;
    case 'LIKE': return like(String(actual), String(expected), false);
    case 'ILIKE': return like(String(actual), String(expected), true);
    default: return false;
  }
}

function latestMetrics(run: StoredRun): StoredMetric[] {
  const latest = new Map<string, StoredMetric>();
  for (const metric of run.metrics) {
    const seen = latest.get(metric.key);
    if (!seen || metric.timestamp > seen.timestamp || (metric.timestamp === seen.timestamp && metric.value > seen.value)) latest.set(metric.key, metric);
  }
  return [...latest.values()];
}

function matches(run: StoredRun, clause: Clause): boolean {
  switch (clause.entity) {
    case 'tags': return compare(run.tags.get(clause.key), clause.op, clause.value);
    case 'params': return compare(run.params.get(clause.key), clause.op, clause.value);
    case 'metrics': return compare(latestMetrics(run).find((metric) => metric.key === clause.key)?.value, clause.op, clause.value);
    case 'attributes': return compare((run as unknown as Record<string, string | number | undefined>)[clause.key], clause.op, clause.value);
  }
}

function parseOrderBy(orderBy: unknown): { key: 'start_time' | 'end_time' | 'run_name'; desc: boolean }[] {
  const list = Array.isArray(orderBy) ? orderBy : orderBy === undefined ? [] : [orderBy];
  return list.map((item) => {
    const match = /^(?:(?:attributes|attribute|attr|run)\.)?`?(start_time|end_time|run_name)`?(?:\s+(ASC|DESC))?$/i.exec(String(item).trim());
    if (!match) throw invalid(`Invalid order_by clause '${String(item)}'. Could not be parsed.`);
    return { key: match[1]!.toLowerCase() as 'start_time' | 'end_time' | 'run_name', desc: (match[2] ?? 'ASC').toUpperCase() === 'DESC' };
  });
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

export async function startMlflowServer(options: MlflowServerOptions = {}): Promise<MlflowServer> {
  const artifactRoot = (options.artifactRoot ?? 'mlflow-artifacts:').replace(/\/+$/, '');
  const users = options.users ?? {};
  const tokens = new Set(options.tokens ?? []);
  const authOn = Object.keys(users).length > 0 || tokens.size > 0;
  const requests: MlflowRequest[] = [];
  const faults: Array<MlflowFault & { left: number }> = [];
  const now = Date.now();
  const experiments: StoredExperiment[] = [
    { experiment_id: '0', name: 'Default', artifact_location: `${artifactRoot}/0`, lifecycle_stage: 'active', creation_time: now, last_update_time: now, tags: new Map() },
  ];
  const runs: StoredRun[] = [];
  const models: StoredModel[] = [];
  const versions: StoredVersion[] = [];

  const cap = (asked: number): number => Math.min(asked, options.pageSize ?? Number.POSITIVE_INFINITY);

  function text(value: unknown, name: string, required = true): string {
    if (value === undefined || value === null || value === '') {
      if (required) throw missing(name);
      return '';
    }
    if (typeof value !== 'string') throw invalid(`Invalid value ${JSON.stringify(value)} for parameter '${name}' supplied. Hint: Value was of type '${typeof value}'. See the API docs for more information about request parameters.`);
    return value;
  }

  function int(value: unknown, name: string): number | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number)) throw invalid(`Invalid value ${JSON.stringify(value)} for parameter '${name}' supplied.`);
    return number;
  }

  function tagsOf(value: unknown, name = 'tags'): Map<string, string> {
    const map = new Map<string, string>();
    if (value === undefined) return map;
    if (!Array.isArray(value)) throw invalid(`Invalid value ${JSON.stringify(value)} for parameter '${name}' supplied.`);
    for (const item of value as Obj[]) map.set(text(item?.key, `${name}.key`), typeof item?.value === 'string' ? item.value : text(item?.value, `${name}.value`));
    return map;
  }

  const experimentJson = (e: StoredExperiment): Obj => message({
    experiment_id: e.experiment_id, name: e.name, artifact_location: e.artifact_location, lifecycle_stage: e.lifecycle_stage, last_update_time: e.last_update_time, creation_time: e.creation_time, tags: keyValues(e.tags),
  });

  const runInfoJson = (r: StoredRun): Obj => message({
    run_uuid: r.run_id, experiment_id: r.experiment_id, run_name: r.run_name, user_id: r.tags.get('mlflow.user'), status: r.status, start_time: r.start_time, end_time: r.end_time, artifact_uri: r.artifact_uri, lifecycle_stage: r.lifecycle_stage, run_id: r.run_id,
  });

  const runJson = (r: StoredRun): Obj => ({
    info: runInfoJson(r),
    data: message({ metrics: latestMetrics(r).map(metricJson), params: keyValues(r.params), tags: keyValues(r.tags) }),
    inputs: {},
  });

  const versionJson = (v: StoredVersion): Obj => {
    const model = models.find((m) => m.name === v.name);
    return message({
      name: v.name, version: v.version, creation_timestamp: v.creation_timestamp, last_updated_timestamp: v.creation_timestamp, current_stage: 'None', description: v.description, source: v.source, run_id: v.run_id, status: v.status,
      status_message: v.status_message, tags: keyValues(v.tags), run_link: v.run_link, aliases: [...(model?.aliases ?? [])].filter(([, version]) => version === v.version).map(([alias]) => alias),
    });
  };

  const modelJson = (m: StoredModel): Obj => {
    const mine = versions.filter((v) => v.name === m.name);
    return message({
      name: m.name, creation_timestamp: m.creation_timestamp, last_updated_timestamp: m.last_updated_timestamp, description: m.description,
      latest_versions: mine.length > 0 ? [versionJson(mine[mine.length - 1]!)] : [], tags: keyValues(m.tags), aliases: [...m.aliases].map(([alias, version]) => ({ alias, version })),
    });
  };

  function experimentById(id: string): StoredExperiment {
    const experiment = experiments.find((e) => e.experiment_id === id);
    if (!experiment) throw mlflowError('RESOURCE_DOES_NOT_EXIST', `No Experiment with id=${id} exists`);
    return experiment;
  }

  function runById(query: Obj, json: Obj): StoredRun {
    const id = text(query.run_id ?? json.run_id ?? query.run_uuid ?? json.run_uuid, 'run_id');
    const run = runs.find((r) => r.run_id === id);
    if (!run) throw mlflowError('RESOURCE_DOES_NOT_EXIST', `Run with id=${id} not found`);
    return run;
  }

  function modelByName(name: string): StoredModel {
    const model = models.find((m) => m.name === name);
    if (!model) throw mlflowError('RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
    return model;
  }

  function versionOf(name: string, version: string): StoredVersion {
    modelByName(name);
    const found = versions.find((v) => v.name === name && v.version === version);
    if (!found) throw mlflowError('RESOURCE_DOES_NOT_EXIST', `Model Version (name=${name}, version=${version}) not found`);
    return found;
  }

  function activeRun(run: StoredRun): void {
    if (run.lifecycle_stage !== 'active') throw invalid(`The run ${run.run_id} must be in the 'active' state. Current state is ${run.lifecycle_stage}.`);
  }

  function logMetric(run: StoredRun, item: Obj): void {
    const key = text(item.key, 'key');
    const value = typeof item.value === 'number' ? item.value : typeof item.value === 'string' && /^(NaN|-?Infinity)$/.test(item.value) ? Number(item.value) : undefined;
    if (value === undefined) throw item.value === undefined ? missing('value') : invalid(`Got invalid value ${JSON.stringify(item.value)} for metric '${key}' (timestamp=${String(item.timestamp)}). Please specify value as a valid double (64-bit floating point)`);
    const timestamp = int(item.timestamp, 'timestamp');
    if (timestamp === undefined) throw missing('timestamp');
    run.metrics.push({ key, value, timestamp, step: int(item.step, 'step') ?? 0 });
  }

  function logParam(run: StoredRun, key: string, value: string): void {
    const old = run.params.get(key);
    if (old !== undefined && old !== value) {
      throw invalid(`Changing param values is not allowed. Param with key='${key}' was already logged with value='${old}' for run ID='${run.run_id}'. Attempted logging new value '${value}'.`);
    }
    run.params.set(key, value);
  }

  const GET: Record<string, Handler> = {
    'experiments/get-by-name': ({ query }) => {
      const name = text(query.experiment_name, 'experiment_name');
      const found = experiments.filter((e) => e.name === name).sort((a, b) => (a.lifecycle_stage === 'active' ? -1 : 0) - (b.lifecycle_stage === 'active' ? -1 : 0))[0];
      if (!found) throw mlflowError('RESOURCE_DOES_NOT_EXIST', `Could not find experiment with name '${name}'`);
      return { experiment: experimentJson(found) };
    },
    'runs/get': ({ query }) => ({ run: runJson(runById(query, {})) }),
    'metrics/get-history': ({ query }) => {
      const run = runById(query, {});
      const key = text(query.metric_key, 'metric_key');
      const all = run.metrics.filter((m) => m.key === key);
      const maxResults = int(query.max_results, 'max_results');
      if (maxResults === undefined && options.pageSize === undefined) return message({ metrics: all.map(metricJson) });
      const offset = decodeToken(query.page_token);
      const size = cap(maxResults ?? 25_000);
      const page = all.slice(offset, offset + size);
      return message({ metrics: page.map(metricJson), next_page_token: offset + size < all.length ? encodeToken(offset + size) : undefined });
    },
    'registered-models/get': ({ query }) => ({ registered_model: modelJson(modelByName(text(query.name, 'name'))) }),
    'registered-models/alias': ({ query }) => {
      const model = modelByName(text(query.name, 'name'));
      const alias = text(query.alias, 'alias');
      const version = model.aliases.get(alias);
      if (version === undefined) throw invalid(`Registered model alias ${alias} not found.`);
      return { model_version: versionJson(versionOf(model.name, version)) };
    },
    'model-versions/get': ({ query }) => {
      const version = versionOf(text(query.name, 'name'), text(query.version, 'version'));
      const answer = { model_version: versionJson(version) };
      if (version.status === 'PENDING_REGISTRATION') {
        version.pending -= 1;
        if (version.pending <= 0) {
          version.status = options.failRegistration ? 'FAILED_REGISTRATION' : 'READY';
          if (options.failRegistration) version.status_message = `Failed to copy model artifacts from ${version.source}: no such file or directory`;
        }
      }
      return answer;
    },
    'model-versions/get-download-uri': ({ query }) => {
      const version = versionOf(text(query.name, 'name'), text(query.version, 'version'));
      const runsUri = /^runs:\/([^/]+)\/(.*)$/.exec(version.source);
      const run = runsUri ? runs.find((r) => r.run_id === runsUri[1]) : undefined;
      return { artifact_uri: run && runsUri ? `${run.artifact_uri}/${runsUri[2]}` : version.source };
    },
  };

  const POST: Record<string, Handler> = {
    'experiments/create': ({ json }) => {
      const name = text(json.name, 'name');
      if (experiments.some((e) => e.name === name)) throw mlflowError('RESOURCE_ALREADY_EXISTS', `Experiment '${name}' already exists.`);
      const id = String(Math.max(...experiments.map((e) => Number(e.experiment_id))) + 1);
      const at = Date.now();
      experiments.push({ experiment_id: id, name, artifact_location: text(json.artifact_location, 'artifact_location', false) || `${artifactRoot}/${id}`, lifecycle_stage: 'active', creation_time: at, last_update_time: at, tags: tagsOf(json.tags) });
      return { experiment_id: id };
    },
    'runs/create': ({ json }) => {
      const experiment = experimentById(text(json.experiment_id, 'experiment_id', false) || '0');
      if (experiment.lifecycle_stage !== 'active') throw invalid(`The experiment ${experiment.experiment_id} must be in the 'active' state. Current state is ${experiment.lifecycle_stage}.`);
      const tags = tagsOf(json.tags);
      const runName = text(json.run_name, 'run_name', false) || tags.get('mlflow.runName') || `run-${randomUUID().slice(0, 8)}`;
      if (tags.has('mlflow.runName') && tags.get('mlflow.runName') !== runName) throw invalid(`Both 'run_name' argument and 'mlflow.runName' tag are specified, but with different values (run_name='${runName}', mlflow.runName='${tags.get('mlflow.runName')}').`);
      tags.set('mlflow.runName', runName);
      const runId = randomUUID().replace(/-/g, '');
      const run: StoredRun = {
        run_id: runId, experiment_id: experiment.experiment_id, run_name: runName, status: 'RUNNING', start_time: int(json.start_time, 'start_time') ?? Date.now(),
        artifact_uri: `${experiment.artifact_location}/${runId}/artifacts`, lifecycle_stage: 'active', metrics: [], params: new Map(), tags,
      };
      runs.push(run);
      return { run: runJson(run) };
    },
    'runs/update': ({ json }) => {
      const run = runById({}, json);
      activeRun(run);
      const status = text(json.status, 'status', false);
      if (status) {
        if (!['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'].includes(status)) throw invalid(`Invalid value "${status}" for parameter 'status' supplied.`);
        run.status = status;
      }
      const endTime = int(json.end_time, 'end_time');
      if (endTime !== undefined) run.end_time = endTime;
      const name = text(json.run_name, 'run_name', false);
      if (name) {
        run.run_name = name;
        run.tags.set('mlflow.runName', name);
      }
      return { run_info: runInfoJson(run) };
    },
    'runs/search': ({ json }) => {
      const ids = json.experiment_ids;
      if (!Array.isArray(ids) || ids.length === 0) throw invalid('experiment_ids must be a non-empty list of experiment ids');
      for (const id of ids) experimentById(String(id));
      const maxResults = int(json.max_results, 'max_results') ?? 1000;
      if (maxResults < 1 || maxResults > 50_000) throw invalid(`Invalid value ${maxResults} for parameter 'max_results' supplied. It must be at most 50000, but got value ${maxResults}`);
      const clauses = parseFilter(typeof json.filter === 'string' ? json.filter : undefined);
      const order = parseOrderBy(json.order_by);
      const view = text(json.run_view_type, 'run_view_type', false) || 'ACTIVE_ONLY';
      const found = runs
        .filter((r) => ids.map(String).includes(r.experiment_id))
        .filter((r) => view === 'ALL' || (view === 'DELETED_ONLY' ? r.lifecycle_stage === 'deleted' : r.lifecycle_stage === 'active'))
        .filter((r) => clauses.every((clause) => matches(r, clause)))
        .sort((a, b) => {
          for (const { key, desc } of [...order, { key: 'start_time' as const, desc: true }]) {
            const x = a[key];
            const y = b[key];
            if (x === y) continue;
            // MLflow sorts unset values last.
            if (x === undefined) return 1;
            if (y === undefined) return -1;
            return (x < y ? -1 : 1) * (desc ? -1 : 1);
          }
          return a.run_id < b.run_id ? -1 : 1;
        });
      const offset = decodeToken(typeof json.page_token === 'string' ? json.page_token : undefined);
      const size = cap(maxResults);
      return message({ runs: found.slice(offset, offset + size).map(runJson), next_page_token: offset + size < found.length ? encodeToken(offset + size) : undefined });
    },
    'runs/log-batch': ({ json }) => {
      const run = runById({}, json);
      activeRun(run);
      const metrics = (json.metrics ?? []) as Obj[];
      const params = (json.params ?? []) as Obj[];
      if (metrics.length > 1000) throw invalid(`A batch logging request can contain at most 1000 metrics. Got ${metrics.length} metrics. Please split up metrics across multiple requests and try again.`);
      if (params.length > 100) throw invalid(`A batch logging request can contain at most 100 params. Got ${params.length} params. Please split up params across multiple requests and try again.`);
      for (const [key, value] of tagsOf(json.params, 'params')) logParam(run, key, value);
      for (const metric of metrics) logMetric(run, metric);
      for (const [key, value] of tagsOf(json.tags)) run.tags.set(key, value);
      return {};
    },
    'runs/log-metric': ({ json }) => {
      const run = runById({}, json);
      activeRun(run);
      logMetric(run, json);
      return {};
    },
    'runs/log-parameter': ({ json }) => {
      const run = runById({}, json);
      activeRun(run);
      logParam(run, text(json.key, 'key'), text(json.value, 'value', false));
      return {};
    },
    'runs/set-tag': ({ json }) => {
      const run = runById({}, json);
      activeRun(run);
      run.tags.set(text(json.key, 'key'), typeof json.value === 'string' ? json.value : text(json.value, 'value'));
      return {};
    },
    'registered-models/create': ({ json }) => {
      const name = text(json.name, 'name');
      if (models.some((m) => m.name === name)) throw mlflowError('RESOURCE_ALREADY_EXISTS', `Registered Model (name=${name}) already exists.`);
      const at = Date.now();
      const model: StoredModel = { name, creation_timestamp: at, last_updated_timestamp: at, description: text(json.description, 'description', false) || undefined, tags: tagsOf(json.tags), aliases: new Map() };
      models.push(model);
      return { registered_model: modelJson(model) };
    },
    'registered-models/alias': ({ json }) => {
      const model = modelByName(text(json.name, 'name'));
      const alias = text(json.alias, 'alias');
      if (!/^[\w-]+$/.test(alias) || alias.toLowerCase() === 'latest' || /^[vV]\d+$/.test(alias)) throw invalid(`Invalid alias name: '${alias}'. Names may only contain alphanumerics, underscores (_), and dashes (-).`);
      const version = versionOf(model.name, text(json.version, 'version')).version;
      model.aliases.set(alias, version);
      return {};
    },
    'model-versions/create': ({ json }) => {
      const model = modelByName(text(json.name, 'name'));
      const source = text(json.source, 'source');
      const runId = text(json.run_id, 'run_id', false) || undefined;
      if (runId !== undefined && !runs.some((r) => r.run_id === runId)) throw mlflowError('RESOURCE_DOES_NOT_EXIST', `Run with id=${runId} not found`);
      const number = versions.filter((v) => v.name === model.name).length + 1;
      const steps = options.registrationSteps ?? 0;
      const version: StoredVersion = {
        name: model.name, version: String(number), creation_timestamp: Date.now(), source, run_id: runId, run_link: text(json.run_link, 'run_link', false) || undefined,
        description: text(json.description, 'description', false) || undefined, status: steps > 0 ? 'PENDING_REGISTRATION' : options.failRegistration ? 'FAILED_REGISTRATION' : 'READY', tags: tagsOf(json.tags), pending: steps,
      };
      if (steps === 0 && options.failRegistration) version.status_message = `Failed to copy model artifacts from ${source}: no such file or directory`;
      versions.push(version);
      model.last_updated_timestamp = version.creation_timestamp;
      return { model_version: versionJson(version) };
    },
    'model-versions/set-tag': ({ json }) => {
      const version = versionOf(text(json.name, 'name'), text(json.version, 'version'));
      version.tags.set(text(json.key, 'key'), typeof json.value === 'string' ? json.value : text(json.value, 'value'));
      return {};
    },
  };

  /** The user or token behind a request, undefined when auth is on and none is good. */
  function identity(headers: IncomingMessage['headers']): { user: string; readOnly: boolean } | undefined {
    if (!authOn) return { user: 'anonymous', readOnly: false };
    const authorization = String(headers.authorization ?? '');
    const bearer = /^Bearer (.+)$/i.exec(authorization)?.[1];
    if (bearer !== undefined && tokens.has(bearer)) return { user: 'token', readOnly: false };
    const basic = /^Basic (.+)$/i.exec(authorization)?.[1];
    if (basic !== undefined) {
      const decoded = Buffer.from(basic, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const user = decoded.slice(0, colon);
      if (colon > 0 && Object.hasOwn(users, user) && users[user] === decoded.slice(colon + 1)) return { user, readOnly: (options.readOnlyUsers ?? []).includes(user) };
    }
    return undefined;
  }

  function authError(status: 401 | 403): ApiError {
    if (options.authStyle === 'json') {
      return status === 401 ? mlflowError('UNAUTHENTICATED', 'You are not authenticated.') : mlflowError('PERMISSION_DENIED', 'Permission denied');
    }
    // MLflow's basic-auth app: Flask responses with its default content type.
    return status === 401
      ? new ApiError(401, MLFLOW_AUTH_401, { 'content-type': 'text/html; charset=utf-8', 'www-authenticate': 'Basic realm="mlflow"' })
      : new ApiError(403, 'Permission denied', { 'content-type': 'text/html; charset=utf-8' });
  }

  function handle(req: IncomingMessage, path: string, query: Record<string, string>, body: string): Obj {
    const who = identity(req.headers);
    if (options.loginPage && (!authOn || !who)) throw new ApiError(200, LOGIN_PAGE, { 'content-type': 'text/html; charset=utf-8' });
    if (!path.startsWith(PREFIX)) throw new ApiError(404, '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n', { 'content-type': 'text/html; charset=utf-8' });
    if (!who) throw authError(401);
    const endpoint = path.slice(PREFIX.length);
    const handlers = req.method === 'GET' ? GET : req.method === 'POST' ? POST : {};
    const handler = Object.hasOwn(handlers, endpoint) ? handlers[endpoint] : undefined;
    if (!handler) {
      if (Object.hasOwn(GET, endpoint) || Object.hasOwn(POST, endpoint)) {
        throw new ApiError(405, '<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n', { 'content-type': 'text/html; charset=utf-8' });
      }
      throw mlflowError('ENDPOINT_NOT_FOUND', `No API endpoint found for path ${path}`);
    }
    if (req.method === 'POST') {
      if (who.readOnly) throw authError(403);
      const contentType = String(req.headers['content-type'] ?? '');
      if (!/^application\/json\b/i.test(contentType)) throw invalid("Bad Request. Content-Type must be one of ['application/json'].");
      let json: unknown;
      try {
        json = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        throw mlflowError('BAD_REQUEST', `Malformed json: ${body.slice(0, 100)}`);
      }
      if (json === null || typeof json !== 'object' || Array.isArray(json)) throw mlflowError('BAD_REQUEST', 'The request body must be a JSON object');
      return handler({ query, json: json as Obj });
    }
    return handler({ query, json: {} });
  }

  const send = (res: ServerResponse, record: MlflowRequest, status: number, body: Obj | string, headers: Record<string, string> = {}): void => {
    record.status = status;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json', ...headers });
    res.end(text);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value ?? '')]));
      const record: MlflowRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body, status: 0 };
      requests.push(record);
      const fault = faults.find((f) => f.left > 0 && (!f.method || f.method === record.method) && (!f.path || f.path.test(url.pathname)));
      if (fault) {
        fault.left -= 1;
        if (fault.hang) return;
        if (fault.reset) {
          record.status = -1;
          req.socket.destroy();
          return;
        }
        const status = fault.status ?? 503;
        const faultBody = fault.body ?? { error_code: CODE_OF_STATUS[status] ?? 'INTERNAL_ERROR', message: status === 429 ? 'Too many requests' : 'The server is busy' };
        send(res, record, status, typeof faultBody === 'string' ? faultBody : (faultBody as Obj), fault.headers);
        return;
      }
      try {
        send(res, record, 200, handle(req, url.pathname, record.query, body));
      } catch (error) {
        if (error instanceof ApiError) send(res, record, error.status, error.body, error.headers);
        else send(res, record, 500, { error_code: 'INTERNAL_ERROR', message: String(error) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    experiments: () => experiments,
    runs: () => runs,
    models: () => models,
    versions: () => versions,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
