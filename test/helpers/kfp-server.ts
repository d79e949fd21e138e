/**
 * A local Kubeflow Pipelines API server for tests: the v2beta1 REST API that trainOnKfp uses,
 * answered the way KFP's API server answers (no KFP server can run here). What it follows, from
 * kubeflow/pipelines' backend/api/v2beta1/swagger/*.json and backend/src/apiserver:
 *
 * - JSON as protojson writes it with UseProtoNames and EmitUnpopulated off: snake_case, zero
 *   scalars and empty lists left out, int64 as strings, Timestamps always written (an unset one
 *   is the epoch, `1970-01-01T00:00:00Z`: `finished_at` of a running run, `end_time` of a
 *   running task). Request bodies are read with DiscardUnknown off: a field the API does not
 *   define is a 400 (`proto: (line 1:N): unknown field "x"`); protojson's lowerCamel names are
 *   accepted too.
 * - Errors of the gRPC gateway: `{code, message, details}` (grpc-gateway v2, KFP 2.14+), or with
 *   `error` too (`errorShape: 'v1'`, KFP 2.0–2.5); gRPC codes mapped to HTTP as the gateway
 *   does. The multipart upload endpoints write `{error_message, error_details}` (details: a Go
 *   stack) with no JSON content type, and answer an authorization failure with a 400.
 * - healthz is hand-written JSON: `multi_user` always present.
 * - Multi-user mode: experiments need a namespace ("An experiment cannot have an empty
 *   namespace in multi-user mode"), a token may use only its namespaces (403 PermissionDenied),
 *   a request without a known token is 401 Unauthenticated. With `authProxy`, a missing or
 *   wrong token gets what an auth proxy in front of KFP answers: its HTML login page, or a
 *   302 to it.
 * - Upload: the file name decides the format (.yaml/.yml/.json; else "Failed to read a pipeline
 *   spec file"); a new pipeline gets a first version named after it; a second version of the
 *   same name is a 409.
 * - Runs: parameters checked against the IR's root inputs with the messages of
 *   template/v2_template.go `validatePipelineJobInputs`; each GET of a run moves it one step:
 *   PENDING → RUNNING with one task after the other → SUCCEEDED, FAILED (a task fails), CANCELED
 *   (terminated from the UI) or RUNNING for ever. `:terminate` makes it CANCELING, then
 *   CANCELED; terminating a finished run is a 400. The released API lists tasks as Argo nodes in
 *   `run_details.task_details` (workflow root, root-driver, root, <task>-driver, <task>,
 *   executor); with `taskApi: true` the server speaks the task API instead (`tasks` with
 *   `?view=FULL`, metric artifacts with number_value). Unknown query parameters are ignored, as
 *   the gateway ignores them.
 * - Times are synthetic: a run's step n happens `stepSeconds` × n after its creation.
 *
 * Not modelled: paging (page_token), sort_by, recurring runs, archiving, caching, artifacts'
 * storage, the v1beta1 API.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAllDocuments } from 'yaml';

type Obj = Record<string, unknown>;

export interface KfpRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The body as text (a multipart body too). */
  body: string;
  status: number;
}

export interface KfpFault {
  method?: string;
  path?: RegExp;
  status: number;
  /** Default: a gRPC-gateway error for the status. A string is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests get it (default 1). */
  times?: number;
}

/** How a run goes, step by step (one step per GET of the run). */
export interface RunPlan {
  /** How it ends (default SUCCEEDED). RUNNING: it never ends. CANCELED: terminated from the UI. */
  outcome?: 'SUCCEEDED' | 'FAILED' | 'CANCELED' | 'RUNNING' | 'SKIPPED';
  /** The task that fails (default: the last one). */
  failTask?: string;
  /** The failed task's error: the task API's status_metadata.message (released KFP has none). */
  taskError?: string;
  /** An error in the run's last state_history entry. */
  runError?: string;
  /** GETs answered PENDING before the first task starts (default 1). */
  pendingSteps?: number;
  /** Metric artifacts per task (task API only): task name → key → value. */
  metrics?: Record<string, Record<string, number>>;
}

export interface KfpServerOptions {
  multiUser?: boolean;
  /** Bearer tokens accepted (none: any request is accepted, as a single-user KFP without auth). */
  tokens?: string[];
  /** Namespaces the tokens may use (multi-user; default ['kubeflow-user-example-com']). */
  namespaces?: string[];
  /** What a missing or wrong token gets: KFP's own 401 (default), or an auth proxy's login page / redirect. */
  authProxy?: 'none' | 'login-page' | 'redirect';
  errorShape?: 'v1' | 'v2';
  /** Speak the task API (`tasks` with view=FULL) instead of released KFP's Argo task_details. */
  taskApi?: boolean;
  /** Pipelines and versions have a `name` besides display_name (KFP 2.14+); the filter key `name` is an error without. */
  nameField?: boolean;
  stepSeconds?: number;
  /** Steps a run moves on after each GET of it (default 1); more lets an end-to-end test's run end within a poll or two. */
  stepsPerGet?: number;
  tagName?: string;
}

export interface StoredRun {
  run_id: string;
  /** The body as posted. */
  posted: Obj;
  experiment_id: string;
  namespace: string;
  state: string;
  step: number;
  /** The step at which :terminate was called. */
  terminatedAt?: number;
  plan: RunPlan;
  spec: Obj;
}

export interface KfpServer {
  url: string;
  requests: KfpRequest[];
  fault(fault: KfpFault): void;
  /** Plans for the next runs created, in order; afterwards the default plan. */
  planRuns(...plans: RunPlan[]): void;
  setTokens(tokens: string[]): void;
  runs(): StoredRun[];
  experiments(): Obj[];
  pipelines(): Obj[];
  versions(): Obj[];
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

const GRPC_HTTP: Record<number, number> = { 3: 400, 5: 404, 6: 409, 7: 403, 8: 429, 9: 400, 13: 500, 14: 503, 16: 401, 4: 504 };
const HTTP_GRPC: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 409: 6, 429: 8, 500: 13, 502: 14, 503: 14, 504: 4 };

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Obj | string,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'string' ? body : String(body.message ?? body.error_message));
  }
}

/** The error shape of the server whose request is being handled (handlers run synchronously). */
let errorShape: 'v1' | 'v2' = 'v2';

function grpcBody(code: number, message: string, external?: string): Obj {
  const details = [{ '@type': 'type.googleapis.com/google.rpc.Status', code, message: external ?? message }];
  return errorShape === 'v1' ? { error: message, code, message, details } : { code, message, details };
}

function grpcError(code: number, message: string, external?: string): ApiError {
  return new ApiError(GRPC_HTTP[code] ?? 500, grpcBody(code, message, external));
}

const invalidInput = (message: string, wrap: string) => grpcError(3, `${wrap}: Invalid input error: ${message}`, message);
const notFound = (what: string, id: string, wrap: string) => grpcError(5, `${wrap}: ResourceNotFoundError: ${what} ${id} not found`, `${what} ${id} not found`);

/** What writeErrorToResponse writes: error_message and the Go stack as error_details. */
function uploadError(status: number, message: string): ApiError {
  const stack = `${message}\ngithub.com/kubeflow/pipelines/backend/src/apiserver/server.(*PipelineUploadServer).uploadPipeline\n\t/go/src/github.com/kubeflow/pipelines/backend/src/apiserver/server/pipeline_upload_server.go:186\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2220\nruntime.goexit\n\t/usr/local/go/src/runtime/asm_amd64.s:1700`;
  return new ApiError(status, { error_message: message, error_details: stack });
}

const LOGIN_PAGE = '<!DOCTYPE html>\n<html lang="en"><head><title>Sign in · Kubeflow</title></head><body><form method="post" action="/oauth2/start"><button>Sign in with Dex</button></form></body></html>\n';

// ---------------------------------------------------------------------------------------------
// protojson-like output
// ---------------------------------------------------------------------------------------------

/** A message without its zero scalars and empty lists (EmitUnpopulated off); messages are kept. */
function message(fields: Obj): Obj {
  const out: Obj = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === '' || value === 0 || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

const EPOCH = '1970-01-01T00:00:00Z';
const stamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

// ---------------------------------------------------------------------------------------------
// Request bodies: DiscardUnknown off
// ---------------------------------------------------------------------------------------------

const camel = (name: string): string => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const RUN_FIELDS = [
  'experiment_id', 'run_id', 'display_name', 'storage_state', 'description', 'pipeline_version_id', 'pipeline_spec', 'pipeline_version_reference',
  'runtime_config', 'service_account', 'created_at', 'scheduled_at', 'finished_at', 'state', 'error', 'run_details', 'recurring_run_id', 'state_history',
  'plugins_input', 'plugins_output',
];
const RUNTIME_CONFIG_FIELDS = ['parameters', 'pipeline_root'];
const VERSION_REFERENCE_FIELDS = ['pipeline_id', 'pipeline_version_id'];
const EXPERIMENT_FIELDS = ['experiment_id', 'display_name', 'description', 'created_at', 'namespace', 'storage_state', 'last_run_created_at'];

/** Unknown fields, named as protojson does; reads both proto and lowerCamel names. */
function checkFields(text: string, object: Obj, allowed: readonly string[], nested: Record<string, readonly string[]> = {}): Obj {
  const normal: Obj = {};
  for (const [key, value] of Object.entries(object)) {
    const name = allowed.find((field) => field === key || camel(field) === key);
    if (!name) {
      const at = text.indexOf(`"${key}"`);
      throw grpcError(3, errorShape === 'v1' ? `unknown field "${key}" in v2beta1.Message` : `proto: (line 1:${at + 1}): unknown field "${key}"`);
    }
    normal[name] = nested[name] && isObj(value) ? checkFields(text, value, nested[name]!) : value;
  }
  return normal;
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): Obj {
  try {
    const value: unknown = text.trim() === '' ? {} : JSON.parse(text);
    if (!isObj(value)) throw new Error('not an object');
    return value;
  } catch (error) {
    throw grpcError(3, errorShape === 'v1' ? `invalid character in JSON: ${(error as Error).message}` : `proto: syntax error (line 1:1): ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// multipart/form-data
// ---------------------------------------------------------------------------------------------

interface FormFile {
  name: string;
  filename?: string;
  content: Buffer;
}

function parseMultipart(body: Buffer, contentType: string): FormFile[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return [];
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: FormFile[] = [];
  let start = body.indexOf(marker);
  while (start >= 0) {
    const next = body.indexOf(marker, start + marker.length);
    if (next < 0) break;
    const part = body.subarray(start + marker.length + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    if (split >= 0) {
      const headers = part.subarray(0, split).toString('utf8');
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      const name = /\bname="([^"]*)"/.exec(disposition)?.[1] ?? '';
      const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
      parts.push({ name, filename, content: part.subarray(split + 4) });
    }
    start = next;
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Filters (filter.proto, JSON)
// ---------------------------------------------------------------------------------------------

function filterPredicates(text: string | undefined, keys: readonly string[], wrap: string): Array<{ key: string; value: string }> {
  if (!text) return [];
  let filter: unknown;
  try {
    filter = JSON.parse(text);
  } catch {
    throw invalidInput(`Failed to parse valid filter from "${text}"`, wrap);
  }
  const predicates = isObj(filter) && Array.isArray(filter.predicates) ? filter.predicates : [];
  return predicates.map((predicate: unknown) => {
    const p = isObj(predicate) ? predicate : {};
    const key = String(p.key ?? '');
    if (!keys.includes(key)) throw invalidInput(`Invalid list options: invalid filter key "${key}"`, wrap);
    if (p.operation !== 'EQUALS' && p.operation !== 1) throw invalidInput(`Unsupported operation ${String(p.operation)} in this test server`, wrap);
    return { key, value: String(p.string_value ?? p.stringValue ?? '') };
  });
}

// ---------------------------------------------------------------------------------------------
// The pipeline IR, as the server reads it
// ---------------------------------------------------------------------------------------------

function parseSpec(text: string, fileName: string): Obj | undefined {
  try {
    if (fileName.endsWith('.json')) return JSON.parse(text) as Obj;
    const docs = parseAllDocuments(text);
    const first = (Array.isArray(docs) ? docs : [docs])[0]?.toJS() as unknown;
    return isObj(first) ? first : undefined;
  } catch {
    return undefined;
  }
}

function rootParameters(spec: Obj): Record<string, Obj> {
  const root = isObj(spec.root) ? spec.root : {};
  const inputs = isObj(root.inputDefinitions) ? root.inputDefinitions : {};
  return (isObj(inputs.parameters) ? inputs.parameters : {}) as Record<string, Obj>;
}

/** The root DAG's tasks in an order that respects dependentTasks. */
function taskOrder(spec: Obj): string[] {
  const root = isObj(spec.root) ? spec.root : {};
  const dag = isObj(root.dag) ? root.dag : {};
  const tasks = (isObj(dag.tasks) ? dag.tasks : {}) as Record<string, Obj>;
  const order: string[] = [];
  const visit = (name: string, seen: Set<string>): void => {
    if (order.includes(name) || seen.has(name)) return;
    seen.add(name);
    for (const dependency of (tasks[name]?.dependentTasks as string[] | undefined) ?? []) visit(dependency, seen);
    order.push(name);
  };
  for (const name of Object.keys(tasks).sort()) visit(name, new Set());
  return order;
}

/** template/v2_template.go validatePipelineJobInputs, message for message. */
function validateParameters(spec: Obj, parameters: Obj | undefined, wrap: string): void {
  const required = rootParameters(spec);
  const given = parameters ?? {};
  for (const [name, param] of Object.entries(required)) {
    if (!(name in given)) {
      if (param.isOptional !== true && param.defaultValue === undefined) {
        throw invalidInput(`parameter ${name} is not optional, yet has neither default value nor user provided value`, wrap);
      }
      continue;
    }
    const value = given[name];
    const type = param.parameterType;
    const fail = (kind: string, what: string): never => {
      throw invalidInput(`input parameter ${name} requires type ${kind}, but the ${what} is not of ${kind === 'double or integer' ? 'number' : kind} value type`, wrap);
    };
    if (type === 'NUMBER_DOUBLE' || type === 'NUMBER_INTEGER') {
      if (typeof value !== 'number') fail('double or integer', 'parameter value');
    } else if (type === 'STRING') {
      if (typeof value !== 'string') fail('string', 'input parameter');
    } else if (type === 'BOOLEAN') {
      if (typeof value !== 'boolean') fail('bool', 'input parameter');
    } else if (type === 'LIST') {
      if (!Array.isArray(value)) fail('list', 'input parameter');
    } else if (type === 'STRUCT') {
      if (!isObj(value)) fail('struct', 'input parameter');
    } else {
      throw invalidInput(`input parameter ${name} has unspecified type`, wrap);
    }
  }
  const extra = Object.keys(given).filter((name) => !(name in required));
  if (extra.length > 0) throw invalidInput(`parameter(s) provided are not required by pipeline: ${extra.join(', ')}`, wrap);
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

interface Experiment {
  experiment_id: string;
  display_name: string;
  description: string;
  namespace: string;
  created_at: string;
}

interface PipelineRecord {
  pipeline_id: string;
  name: string;
  display_name: string;
  description: string;
  namespace: string;
  created_at: string;
}

interface VersionRecord {
  pipeline_id: string;
  pipeline_version_id: string;
  name: string;
  display_name: string;
  description: string;
  created_at: string;
  spec: Obj;
}

export async function startKfpServer(options: KfpServerOptions = {}): Promise<KfpServer> {
  const shape = options.errorShape ?? 'v2';
  const multiUser = options.multiUser ?? false;
  const namespaces = options.namespaces ?? ['kubeflow-user-example-com'];
  const nameField = options.nameField ?? true;
  const stepMs = (options.stepSeconds ?? 10) * 1000;
  let tokens = new Set(options.tokens ?? []);
  const requests: KfpRequest[] = [];
  const faults: Array<KfpFault & { left: number }> = [];
  const plans: RunPlan[] = [];
  const experiments: Experiment[] = [];
  const pipelines: PipelineRecord[] = [];
  const versions: VersionRecord[] = [];
  const runs: StoredRun[] = [];
  const created = new Map<string, number>();

  const identity = (headers: IncomingMessage['headers']): string | undefined => {
    const token = /^Bearer (.+)$/.exec(String(headers.authorization ?? ''))?.[1];
    return tokens.size === 0 ? 'anonymous' : token && tokens.has(token) ? token : undefined;
  };

  /** The auth proxy in front of KFP, or KFP's own authentication (multi-user). */
  function authenticate(req: IncomingMessage, path: string): void {
    if (identity(req.headers)) return;
    const proxy = options.authProxy ?? 'none';
    if (proxy === 'login-page') throw new ApiError(200, LOGIN_PAGE, { 'content-type': 'text/html; charset=utf-8' });
    if (proxy === 'redirect') throw new ApiError(302, '', { location: `/oauth2/start?rd=${encodeURIComponent(path)}&state=s3cr3t-state` });
    if (path === '/apis/v2beta1/healthz') return; // served outside the gateway, without auth
    throw grpcError(16, 'Failed to authorize with API: Unauthenticated: Failed to check authorization. User identity is empty in the request header: Request header error: there is no user identity header.: Request header error: there is no user identity header.', 'Failed to check authorization. User identity is empty in the request header');
  }

  function authorize(namespace: string, verb: string, resource: string, wrap: string): void {
    if (!multiUser) return;
    if (!namespaces.includes(namespace)) {
      const reason = `User 'system:serviceaccount:ci:mlops' is not authorized with reason:  (request: &ResourceAttributes{Namespace:${namespace},Verb:${verb},Group:pipelines.kubeflow.org,Version:v1beta1,Resource:${resource},Subresource:,Name:,})`;
      throw grpcError(7, `${wrap}: Failed to authorize with API: PermissionDenied: ${reason}: Unauthorized access`, reason);
    }
  }

  const experimentJson = (e: Experiment): Obj => message({ experiment_id: e.experiment_id, display_name: e.display_name, description: e.description, created_at: e.created_at, namespace: e.namespace, storage_state: 'AVAILABLE', last_run_created_at: EPOCH });
  const pipelineJson = (p: PipelineRecord): Obj => message({ pipeline_id: p.pipeline_id, ...(nameField ? { name: p.name } : {}), display_name: p.display_name, description: p.description, created_at: p.created_at, namespace: p.namespace });
  const versionJson = (v: VersionRecord): Obj => message({ pipeline_id: v.pipeline_id, pipeline_version_id: v.pipeline_version_id, ...(nameField ? { name: v.name } : {}), display_name: v.display_name, description: v.description, created_at: v.created_at, pipeline_spec: v.spec });

  function listExperiments(query: Record<string, string>): Obj {
    const wrap = 'List experiments failed';
    const namespace = query.namespace ?? '';
    if (multiUser && namespace === '') throw invalidInput('An experiment cannot have an empty namespace in multi-user mode', `${wrap}: Failed to authorize with API`);
    authorize(namespace, 'list', 'experiments', wrap);
    const predicates = filterPredicates(query.filter, ['display_name', 'name', 'experiment_id', 'created_at', 'description'], `${wrap}: Failed to create list options`);
    const found = experiments.filter((e) => e.namespace === (multiUser ? namespace : '') && predicates.every((p) => (p.key === 'name' ? e.display_name : String((e as unknown as Obj)[p.key])) === p.value));
    return message({ experiments: found.map(experimentJson), total_size: found.length });
  }

  function createExperiment(text: string): Obj {
    const wrap = 'Failed to create experiment';
    const body = checkFields(text, parseJson(text), EXPERIMENT_FIELDS);
    const name = String(body.display_name ?? '');
    if (name === '') throw invalidInput('Experiment must have a non-empty name', wrap);
    const namespace = multiUser ? String(body.namespace ?? '') : '';
    if (multiUser && namespace === '') throw invalidInput('An experiment cannot have an empty namespace in multi-user mode', `${wrap}: Failed to authorize with API`);
    authorize(namespace, 'create', 'experiments', wrap);
    if (experiments.some((e) => e.display_name === name && e.namespace === namespace)) {
      throw grpcError(6, `${wrap}: Failed to create a new experiment: Already exist error: Failed to create a new experiment. The name ${name} already exists. Please specify a new name`, `Failed to create a new experiment. The name ${name} already exists. Please specify a new name`);
    }
    const experiment: Experiment = { experiment_id: randomUUID(), display_name: name, description: String(body.description ?? ''), namespace, created_at: stamp(Date.now()) };
    experiments.push(experiment);
    return experimentJson(experiment);
  }

  function listPipelines(query: Record<string, string>): Obj {
    const wrap = 'Failed to list pipelines';
    const namespace = multiUser ? (query.namespace ?? '') : '';
    if (namespace !== '') authorize(namespace, 'list', 'pipelines', wrap);
    const keys = nameField ? ['display_name', 'name', 'pipeline_id', 'created_at', 'description'] : ['display_name', 'pipeline_id', 'created_at', 'description'];
    const predicates = filterPredicates(query.filter, keys, `${wrap}: Failed to create list options`);
    const found = pipelines.filter((p) => p.namespace === namespace && predicates.every((predicate) => String((p as unknown as Obj)[predicate.key]) === predicate.value));
    return message({ pipelines: found.map(pipelineJson), total_size: found.length });
  }

  function listVersions(pipelineId: string, query: Record<string, string>): Obj {
    const wrap = 'Failed to list pipeline versions';
    const pipeline = pipelines.find((p) => p.pipeline_id === pipelineId);
    if (!pipeline) throw notFound('Pipeline', pipelineId, wrap);
    if (pipeline.namespace !== '') authorize(pipeline.namespace, 'list', 'pipelines', wrap);
    const keys = nameField ? ['display_name', 'name', 'pipeline_version_id', 'created_at', 'description'] : ['display_name', 'pipeline_version_id', 'created_at', 'description'];
    const predicates = filterPredicates(query.filter, keys, `${wrap}: Failed to create list options`);
    const found = versions.filter((v) => v.pipeline_id === pipelineId && predicates.every((predicate) => String((v as unknown as Obj)[predicate.key]) === predicate.value));
    return message({ pipeline_versions: found.map(versionJson), total_size: found.length });
  }

  function readUpload(body: Buffer, contentType: string, failure: string): { spec: Obj; file: FormFile } {
    const file = parseMultipart(body, contentType).find((part) => part.name === 'uploadfile' && part.filename !== undefined);
    if (!file) throw uploadError(400, failure === 'pipeline' ? 'Failed to read pipeline from file' : 'Failed to create a pipeline version');
    const fileName = file.filename!;
    const unreadable = failure === 'pipeline' ? 'Failed to read a pipeline spec file' : 'Failed to create a pipeline version';
    if (!/\.(ya?ml|json)$/i.test(fileName)) throw uploadError(400, unreadable);
    const spec = parseSpec(file.content.toString('utf8'), fileName.toLowerCase());
    if (!spec || !isObj(spec.pipelineInfo) || !isObj(spec.root)) {
      throw uploadError(400, failure === 'pipeline' ? 'Failed to create a pipeline and a pipeline version' : 'Failed to create a pipeline version');
    }
    return { spec, file };
  }

  function uploadPipeline(query: Record<string, string>, body: Buffer, contentType: string): Obj {
    const { spec, file } = readUpload(body, contentType, 'pipeline');
    const namespace = multiUser ? (query.namespace ?? '') : '';
    // canUploadVersionedPipeline: an authorization failure is answered as a 400.
    if (multiUser && namespace !== '' && !namespaces.includes(namespace)) throw uploadError(400, 'Failed to create a pipeline');
    const name = query.name || query.display_name || file.filename!;
    if (pipelines.some((p) => p.name === name && p.namespace === namespace)) throw uploadError(409, 'Failed to create a pipeline and a pipeline version');
    const pipeline: PipelineRecord = { pipeline_id: randomUUID(), name, display_name: query.display_name || name, description: query.description ?? '', namespace, created_at: stamp(Date.now()) };
    pipelines.push(pipeline);
    versions.push({ pipeline_id: pipeline.pipeline_id, pipeline_version_id: randomUUID(), name, display_name: pipeline.display_name, description: pipeline.description, created_at: pipeline.created_at, spec });
    return pipelineJson(pipeline);
  }

  function uploadVersion(query: Record<string, string>, body: Buffer, contentType: string): Obj {
    const { spec, file } = readUpload(body, contentType, 'version');
    const pipelineId = query.pipelineid ?? '';
    const pipeline = pipelines.find((p) => p.pipeline_id === pipelineId);
    if (!pipeline) throw uploadError(400, 'Failed to create a pipeline version');
    if (multiUser && pipeline.namespace !== '' && !namespaces.includes(pipeline.namespace)) throw uploadError(400, 'Failed to create a pipeline version');
    const name = query.name || query.display_name || file.filename!;
    if (versions.some((v) => v.pipeline_id === pipelineId && v.name === name)) throw uploadError(409, 'Failed to create a pipeline version');
    const version: VersionRecord = { pipeline_id: pipelineId, pipeline_version_id: randomUUID(), name, display_name: query.display_name || name, description: query.description ?? '', created_at: stamp(Date.now()), spec };
    versions.push(version);
    return versionJson(version);
  }

  function createRun(text: string): Obj {
    const wrap = 'Failed to create a run';
    const body = checkFields(text, parseJson(text), RUN_FIELDS, { runtime_config: RUNTIME_CONFIG_FIELDS, pipeline_version_reference: VERSION_REFERENCE_FIELDS });
    if (!body.display_name) throw invalidInput('The run name is empty. Please specify a valid name', wrap);
    const experimentId = String(body.experiment_id ?? '');
    const experiment = experiments.find((e) => e.experiment_id === experimentId);
    if (!experiment) {
      if (multiUser || experimentId !== '') throw notFound('Experiment', experimentId || '(default)', wrap);
    }
    if (experiment) authorize(experiment.namespace, 'create', 'runs', wrap);
    let spec: Obj | undefined;
    if (isObj(body.pipeline_spec)) {
      const inline = body.pipeline_spec;
      spec = isObj(inline.pipeline_spec) ? inline.pipeline_spec : inline;
      if (!isObj(spec.pipelineInfo) || !isObj(spec.root)) throw invalidInput('Failed to parse the pipeline spec: no pipelineInfo or root', wrap);
    } else if (isObj(body.pipeline_version_reference)) {
      const reference = body.pipeline_version_reference;
      const version = versions.find((v) => v.pipeline_id === reference.pipeline_id && v.pipeline_version_id === reference.pipeline_version_id);
      if (!version) throw notFound('PipelineVersion', String(reference.pipeline_version_id ?? ''), wrap);
      spec = version.spec;
    } else {
      throw invalidInput('Failed to create a run due to missing pipeline spec or pipeline version reference', wrap);
    }
    const runtime = isObj(body.runtime_config) ? body.runtime_config : undefined;
    validateParameters(spec, isObj(runtime?.parameters) ? runtime.parameters : undefined, `${wrap}: Failed to create a new run`);
    const run: StoredRun = {
      run_id: randomUUID(), posted: body, experiment_id: experiment?.experiment_id ?? '', namespace: experiment?.namespace ?? '', state: 'PENDING', step: 0,
      plan: plans.shift() ?? {}, spec,
    };
    created.set(run.run_id, Date.now());
    runs.push(run);
    return runJson(run, 'DEFAULT');
  }

  /**
   * A run as of its current step. Task i runs from step pending + 2i to pending + 2i + 2; a halt
   * (terminated through the API at step t, or from the UI by the CANCELED plan) makes the run
   * CANCELING at the halt and CANCELED one step later, with the task running then CANCELED and
   * no task started after it.
   */
  function runJson(run: StoredRun, view: string): Obj {
    const at = (step: number): string => stamp(created.get(run.run_id)! + step * stepMs);
    const order = taskOrder(run.spec);
    const n = order.length;
    const plan = run.plan;
    const pending = plan.pendingSteps ?? 1;
    const outcome = plan.outcome ?? 'SUCCEEDED';
    const failIndex = outcome === 'FAILED' ? Math.max(0, plan.failTask ? order.indexOf(plan.failTask) : n - 1) : -1;
    const naturalEnd = outcome === 'SUCCEEDED' ? pending + 2 * n : outcome === 'FAILED' ? pending + 2 * failIndex + 2 : outcome === 'SKIPPED' ? pending : Infinity;
    const uiCancel = outcome === 'CANCELED' ? pending + 2 * Math.min(1, Math.max(n - 1, 0)) + 1 : Infinity;
    let halt = Math.min(uiCancel, run.terminatedAt ?? Infinity);
    if (halt >= naturalEnd) halt = Infinity;
    const s = run.step;
    const canceled = halt !== Infinity;
    const finished = canceled ? (s >= halt + 1 ? halt + 1 : undefined) : s >= naturalEnd ? naturalEnd : undefined;
    const state = canceled && s >= halt + 1 ? 'CANCELED' : canceled && s >= halt ? 'CANCELING' : !canceled && s >= naturalEnd ? outcome : s >= pending ? 'RUNNING' : 'PENDING';
    const history: Obj[] = [{ update_time: at(0), state: 'PENDING' }];
    if (s >= pending && pending < halt && outcome !== 'SKIPPED') history.push({ update_time: at(pending), state: 'RUNNING' });
    if (canceled && s >= halt) history.push({ update_time: at(halt), state: 'CANCELING' });
    if (finished !== undefined) history.push({ update_time: at(finished), state, ...(plan.runError ? { error: grpcBody(2, plan.runError) } : {}) });
    run.state = state;

    const cap = finished ?? s;
    const tasks: Array<{ name: string; state: string; start: number; end?: number; error?: string }> = [];
    order.forEach((name, i) => {
      const start = pending + 2 * i;
      if (outcome === 'SKIPPED' || start > cap || start >= halt || (failIndex >= 0 && i > failIndex)) return;
      const end = outcome === 'RUNNING' && i === n - 1 ? Infinity : start + 2;
      if (end > halt) {
        tasks.push(s >= halt + 1 ? { name, state: 'CANCELED', start, end: halt + 1 } : { name, state: 'RUNNING', start });
      } else if (cap >= end) {
        tasks.push({ name, state: i === failIndex ? 'FAILED' : 'SUCCEEDED', start, end, error: i === failIndex ? plan.taskError : undefined });
      } else tasks.push({ name, state: 'RUNNING', start });
    });

    const out: Obj = message({
      experiment_id: run.experiment_id,
      run_id: run.run_id,
      display_name: run.posted.display_name,
      storage_state: 'AVAILABLE',
      description: run.posted.description,
      runtime_config: isObj(run.posted.runtime_config) ? run.posted.runtime_config : undefined,
      service_account: 'pipeline-runner',
      created_at: at(0),
      scheduled_at: at(0),
      finished_at: finished !== undefined ? at(finished) : EPOCH,
      state,
      state_history: history,
    });
    if (isObj(run.posted.pipeline_version_reference)) out.pipeline_version_reference = run.posted.pipeline_version_reference;
    else out.pipeline_spec = run.posted.pipeline_spec;

    if (options.taskApi) {
      out.run_details = { pipeline_context_id: '12', pipeline_run_context_id: '13' };
      if (view === 'FULL' && state !== 'PENDING') {
        const rootId = `${run.run_id}-root`;
        const apiState = (s: string): string => (s === 'CANCELED' ? 'FAILED' : s);
        out.tasks = [
          message({ name: 'root', display_name: String((run.spec.pipelineInfo as Obj).name), task_id: rootId, run_id: run.run_id, type: 'ROOT', state: apiState(state === 'CANCELING' ? 'RUNNING' : state), create_time: at(pending), end_time: finished !== undefined ? at(finished) : EPOCH }),
          ...tasks.map((task, i) => {
            const metrics = task.state === 'SUCCEEDED' ? plan.metrics?.[task.name] : undefined;
            return message({
              name: task.name, display_name: task.name, task_id: `${run.run_id}-${i}`, run_id: run.run_id,
              pods: [{ name: `${task.name}-driver-${i}`, uid: stableId(run.run_id, task.name, 'driver'), type: 'DRIVER' }, { name: `${task.name}-executor-${i}`, uid: stableId(run.run_id, task.name, 'executor'), type: 'EXECUTOR' }],
              create_time: at(task.start), end_time: task.end !== undefined ? at(task.end) : EPOCH, state: apiState(task.state),
              status_metadata: task.error ? { message: task.error } : undefined,
              state_history: [{ update_time: at(task.start), state: 'RUNNING' }, ...(task.end !== undefined ? [{ update_time: at(task.end), state: apiState(task.state) }] : [])],
              type: 'RUNTIME', parent_task_id: rootId, scope_path: `root.${task.name}`,
              outputs: metrics ? { artifacts: [{ artifact_key: 'metrics', type: 'OUTPUT', producer: { task_name: task.name }, artifacts: Object.entries(metrics).map(([key, value], j) => ({ artifact_id: String(100 + i * 10 + j), name: key, type: 'Metric', number_value: value, created_at: at(task.end ?? task.start), namespace: run.namespace || undefined })) }] } : undefined,
            });
          }),
        ];
        out.task_count = (out.tasks as unknown[]).length;
      }
    } else {
      // Argo nodes: the workflow root, root-driver, root, and per task its driver, itself and its executor.
      const workflow = `${String((run.spec.pipelineInfo as Obj).name)}-${run.run_id.slice(0, 5)}`;
      const node = (displayName: string, nodeState: string, start: number | undefined, end: number | undefined, children: string[] = []): Obj => message({
        run_id: run.run_id, task_id: stableId(run.run_id, displayName, String(start ?? '')), display_name: displayName,
        create_time: at(0), start_time: start !== undefined ? at(start) : EPOCH, end_time: end !== undefined ? at(end) : EPOCH,
        state: nodeState, pod_name: `${workflow}-${Math.abs(hash(displayName)) % 1_000_000_000}`,
        child_tasks: children.map((child) => ({ pod_name: `${workflow}-${Math.abs(hash(child)) % 1_000_000_000}` })),
      });
      const finishedState = finished !== undefined ? (state === 'SKIPPED' ? 'SUCCEEDED' : state) : 'RUNNING';
      const nodes: Obj[] = [node(workflow, state === 'PENDING' ? 'PENDING' : finishedState, state === 'PENDING' ? undefined : pending, finished, ['root-driver', 'root'])];
      if (state !== 'PENDING') {
        nodes.push(node('root-driver', 'SUCCEEDED', pending, pending));
        nodes.push(node('root', finishedState, pending, finished, tasks.flatMap((task) => [`${task.name}-driver`, task.name])));
        for (const task of tasks) {
          nodes.push(node(`${task.name}-driver`, 'SUCCEEDED', task.start, task.start));
          nodes.push(node(task.name, task.state, task.start, task.end, ['executor']));
          nodes.push(node('executor', task.state, task.start, task.end));
        }
      }
      out.run_details = { pipeline_context_id: '12', pipeline_run_context_id: '13', task_details: nodes };
    }
    return out;
  }

  function getRun(id: string, query: Record<string, string>): Obj {
    const run = runs.find((candidate) => candidate.run_id === id);
    if (!run) throw notFound('Run', id, 'Failed to get a run: Failed to fetch run');
    authorize(run.namespace, 'get', 'runs', 'Failed to get a run');
    const json = runJson(run, query.view ?? 'DEFAULT');
    if (!['SUCCEEDED', 'FAILED', 'CANCELED', 'SKIPPED'].includes(run.state)) run.step += options.stepsPerGet ?? 1;
    return json;
  }

  function terminateRun(id: string): Obj {
    const run = runs.find((candidate) => candidate.run_id === id);
    if (!run) throw notFound('Run', id, 'Failed to terminate a run: Failed to terminate run');
    authorize(run.namespace, 'terminate', 'runs', 'Failed to terminate a run');
    runJson(run, 'DEFAULT'); // bring state up to date
    if (!['PENDING', 'RUNNING', 'PAUSED'].includes(run.state)) {
      throw invalidInput(`Failed to terminate a run ${id}. Row not found`, `Failed to terminate a run: Failed to terminate run ${id}`);
    }
    run.terminatedAt = run.step;
    run.state = 'CANCELING';
    return {};
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });

  function send(res: ServerResponse, record: KfpRequest, status: number, body: Obj | string, headers: Record<string, string> = {}): void {
    record.status = status;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, STATUS_CODES[status], { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json', ...headers });
    res.end(text);
  }

  function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    errorShape = shape;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : String(value ?? '')]));
    const record: KfpRequest = { method: req.method ?? 'GET', path, query, headers, body: raw.toString('utf8'), status: 0 };
    requests.push(record);
    const fault = faults.find((f) => f.left > 0 && (!f.method || f.method === record.method) && (!f.path || f.path.test(path)));
    if (fault) {
      fault.left -= 1;
      const body = fault.body ?? grpcBody(HTTP_GRPC[fault.status] ?? 2, fault.status === 503 ? 'upstream connect error or disconnect/reset before headers. reset reason: connection failure' : (STATUS_CODES[fault.status] ?? 'error'));
      send(res, record, fault.status, typeof body === 'string' ? body : (body as Obj), fault.headers);
      return;
    }
    try {
      authenticate(req, path);
      const text = record.body;
      const method = record.method;
      let answer: Obj;
      let match: RegExpExecArray | null;
      if (path === '/apis/v2beta1/healthz' && method === 'GET') {
        // healthzResponse in backend/src/apiserver/main.go: encoding/json, multi_user always written.
        answer = { commit_sha: '7b70c7b95f6832772efd6fd0029a4024491a0f44', tag_name: options.tagName ?? '2.17.0', multi_user: multiUser, pipeline_store: 'database' };
      } else if (path === '/apis/v2beta1/experiments' && method === 'GET') answer = listExperiments(query);
      else if (path === '/apis/v2beta1/experiments' && method === 'POST') answer = createExperiment(text);
      else if (path === '/apis/v2beta1/pipelines' && method === 'GET') answer = listPipelines(query);
      else if ((match = /^\/apis\/v2beta1\/pipelines\/([^/]+)\/versions$/.exec(path)) && method === 'GET') answer = listVersions(decodeURIComponent(match[1]!), query);
      else if (path === '/apis/v2beta1/pipelines/upload' && method === 'POST') answer = uploadPipeline(query, raw, String(req.headers['content-type'] ?? ''));
      else if (path === '/apis/v2beta1/pipelines/upload_version' && method === 'POST') answer = uploadVersion(query, raw, String(req.headers['content-type'] ?? ''));
      else if (path === '/apis/v2beta1/runs' && method === 'POST') answer = createRun(text);
      else if ((match = /^\/apis\/v2beta1\/runs\/([^/:]+):terminate$/.exec(path)) && method === 'POST') answer = terminateRun(decodeURIComponent(match[1]!));
      else if ((match = /^\/apis\/v2beta1\/runs\/([^/:]+)$/.exec(path)) && method === 'GET') answer = getRun(decodeURIComponent(match[1]!), query);
      else {
        // The gateway's answer for a path it does not route.
        send(res, record, 404, grpcBody(5, 'Not Found'));
        return;
      }
      send(res, record, 200, answer);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // The upload endpoints' errors carry no JSON content type (writeErrorToResponse sets none).
      const isUpload = path.includes('/pipelines/upload');
      const headers = { ...(isUpload && typeof error.body !== 'string' ? { 'content-type': 'text/plain; charset=utf-8' } : {}), ...error.headers };
      send(res, record, error.status, error.body, headers);
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    planRuns: (...next) => plans.push(...next),
    setTokens: (next) => {
      tokens = new Set(next);
    },
    runs: () => runs,
    experiments: () => experiments.map(experimentJson),
    pipelines: () => pipelines.map(pipelineJson),
    versions: () => versions.map(versionJson),
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

/** A stable id (UUID-shaped) for a node or task: KFP's ids do not change between GETs. */
function stableId(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('/')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
