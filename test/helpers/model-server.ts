/**
 * A local KServe model server for tests, speaking both data planes as KServe documents them and
 * as its Python model server (kserve.ModelServer) answers:
 *
 * V1 (TensorFlow-Serving style)
 *   GET  /v1/models                     {"models": [name]}
 *   GET  /v1/models/{name}              {"name": name, "ready": true} | 503 {"error": "Model with name X is not ready."}
 *   POST /v1/models/{name}:predict      {"instances": [[...], ...]} -> {"predictions": [...]}
 * Open Inference Protocol (V2)
 *   GET  /v2/health/live                {"live": true}
 *   GET  /v2/health/ready               {"ready": true} | 503 {"error": "Server is not ready."}
 *   GET  /v2/models/{name}/ready        {"name": name, "ready": true} | 503
 *   GET  /v2/models/{name}              model metadata
 *   POST /v2/models/{name}/infer        {"inputs": [{name, shape, datatype, data}]} ->
 *                                       {"model_name", "model_version", "id", "outputs": [{"name": "output-0", "shape": [n], "datatype": "FP64", "data": [...]}]}
 * (`/versions/{v}` forms of the V2 model paths are accepted too.)
 *
 * Errors are KServe's: {"error": "..."} with 404 for an unknown model ("Model with name X does not
 * exist."), 400 for input it cannot use, 503 when not ready, 500 for a failed inference; a V2
 * body that fails request validation is FastAPI's 422 {"detail": [...]}; unknown routes are
 * FastAPI's 404 {"detail": "Not Found"}.
 *
 * The "model": each instance (V1) or each row of the first input (V2) predicts the sum of its
 * numbers x 0.5. Behaviours change that: see ModelBehaviour.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * - 'ok': predictions = sum of each instance's numbers x 0.5 (finite).
 * - 'nan': the first prediction is NaN: the bare token `NaN` as Python's json module writes it,
 *   or `null` (as orjson writes it) with `nan: 'null'`.
 * - 'wrong-shape': one prediction fewer than instances (V2: data and shape both one short).
 * - 'error-500': inference answers 500 {"error": "..."}.
 * - 'slow': inference answers as 'ok' but after `slowMs` (readiness stays immediate).
 * - 'not-ready': readiness and inference answer 503 "Model with name X is not ready."
 */
export type ModelBehaviour = 'ok' | 'nan' | 'wrong-shape' | 'error-500' | 'slow' | 'not-ready';

export interface ModelServerOptions {
  /** The model name served (default 'model'); other names get 404. */
  model?: string;
  /** model_version in V2 answers (default null, as KServe's Python server writes it when unset). */
  version?: string | null;
  behaviour?: ModelBehaviour;
  /** Delay for 'slow' (default 2000 ms). */
  slowMs?: number;
  /** How 'nan' is written: the bare token NaN (default) or null. */
  nan?: 'NaN' | 'null';
}

export interface ModelRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case names, Host included. */
  headers: Record<string, string>;
  body: string;
  status: number;
}

export interface ModelServer {
  /** http://127.0.0.1:<port> */
  url: string;
  requests: ModelRequest[];
  setBehaviour(behaviour: ModelBehaviour, options?: { slowMs?: number }): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  /** Already serialized JSON. */
  json: string;
  delayMs?: number;
}

/** JSON with NaN/Infinity written as Python's json.dumps writes them, or as null. */
function pyJson(value: unknown, nan: 'NaN' | 'null'): string {
  const marker = `__nan_${randomUUID()}__`;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'number' || Number.isFinite(v)) return v;
    if (nan === 'null') return null;
    return `${marker}${Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity'}`;
  });
  return text.replace(new RegExp(`"${marker}(NaN|Infinity|-Infinity)"`, 'g'), '$1');
}

const json = (status: number, body: unknown): Reply => ({ status, json: JSON.stringify(body) });
const error = (status: number, message: string): Reply => json(status, { error: message });

function flatten(value: unknown): number[] | undefined {
  if (typeof value === 'number') return [value];
  if (typeof value === 'boolean') return [value ? 1 : 0];
  if (!Array.isArray(value)) return undefined;
  const out: number[] = [];
  for (const item of value) {
    const inner = flatten(item);
    if (!inner) return undefined;
    out.push(...inner);
  }
  return out;
}

const predict = (numbers: number[]) => numbers.reduce((sum, n) => sum + n, 0) * 0.5;

class ModelState {
  behaviour: ModelBehaviour;
  slowMs: number;
  readonly requests: ModelRequest[] = [];
  readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    readonly model: string,
    readonly version: string | null,
    readonly nan: 'NaN' | 'null',
    behaviour: ModelBehaviour,
    slowMs: number,
  ) {
    this.behaviour = behaviour;
    this.slowMs = slowMs;
  }

  notReady(): Reply {
    return error(503, `Model with name ${this.model} is not ready.`);
  }

  /** Predictions for `rows`, shaped by the behaviour; or an error reply. */
  predictions(rows: number[][]): { values: number[]; delayMs?: number } | Reply {
    switch (this.behaviour) {
      case 'error-500':
        return error(500, `InferenceError: model ${this.model} failed to predict: injected error`);
      case 'nan':
        return { values: rows.map((row, i) => (i === 0 ? Number.NaN : predict(row))) };
      case 'wrong-shape':
        return { values: rows.map(predict).slice(0, Math.max(0, rows.length - 1)) };
      case 'slow':
        return { values: rows.map(predict), delayMs: this.slowMs };
      default:
        return { values: rows.map(predict) };
    }
  }

  v1Predict(raw: string): Reply {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch (e) {
      return error(400, `Unrecognized request format: ${e instanceof Error ? e.message : String(e)}`);
    }
    const instances = typeof body === 'object' && body !== null ? ((body as Record<string, unknown>).instances ?? (body as Record<string, unknown>).inputs) : undefined;
    if (!Array.isArray(instances)) return error(400, 'Expected "instances" or "inputs" to be a list');
    const rows: number[][] = [];
    for (const instance of instances) {
      const numbers = flatten(instance);
      if (!numbers) return error(400, `could not convert instance ${JSON.stringify(instance)} to numbers`);
      rows.push(numbers);
    }
    const result = this.predictions(rows);
    if ('status' in result) return result;
    return { status: 200, json: pyJson({ predictions: result.values }, this.nan), delayMs: result.delayMs };
  }

  v2Infer(raw: string): Reply {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch (e) {
      return json(422, { detail: [{ type: 'json_invalid', loc: ['body', 0], msg: 'JSON decode error', input: {}, ctx: { error: e instanceof Error ? e.message : String(e) } }] });
    }
    const request = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (!Array.isArray(request.inputs)) {
      return json(422, { detail: [{ type: 'missing', loc: ['body', 'inputs'], msg: 'Field required', input: request }] });
    }
    const first = request.inputs[0] as Record<string, unknown> | undefined;
    if (!first || typeof first !== 'object') return error(400, 'Expected at least one input tensor');
    for (const field of ['name', 'shape', 'datatype', 'data'] as const) {
      if (!(field in first)) return json(422, { detail: [{ type: 'missing', loc: ['body', 'inputs', 0, field], msg: 'Field required', input: first }] });
    }
    const shape = first.shape;
    const data = flatten(first.data);
    if (!Array.isArray(shape) || shape.length === 0 || !shape.every((d) => Number.isInteger(d) && d >= 0) || !data) {
      return error(400, `Invalid input ${String(first.name)}: shape ${JSON.stringify(shape)} and numeric data are required`);
    }
    const dims = shape as number[];
    const rowsCount = dims[0]!;
    const rowSize = dims.slice(1).reduce((a, b) => a * b, 1);
    if (rowsCount * rowSize !== data.length) {
      return error(400, `Invalid input ${String(first.name)}: shape ${JSON.stringify(dims)} does not match ${data.length} data elements`);
    }
    const rows: number[][] = [];
    for (let i = 0; i < rowsCount; i++) rows.push(data.slice(i * rowSize, (i + 1) * rowSize));
    const result = this.predictions(rows);
    if ('status' in result) return result;
    const response = {
      model_name: this.model,
      model_version: this.version,
      id: typeof request.id === 'string' ? request.id : randomUUID(),
      outputs: [{ name: 'output-0', shape: [result.values.length], datatype: 'FP64', data: result.values }],
    };
    return { status: 200, json: pyJson(response, this.nan), delayMs: result.delayMs };
  }

  route(method: string, path: string, raw: string): Reply {
    const v1 = path.match(/^\/v1\/models\/([^/:]+)(:predict|:explain)?$/);
    if (v1) {
      const name = decodeURIComponent(v1[1]!);
      if (v1[2] === ':explain') return json(404, { detail: 'Not Found' });
      if (v1[2] === ':predict') {
        if (method !== 'POST') return json(405, { detail: 'Method Not Allowed' });
        if (name !== this.model) return error(404, `Model with name ${name} does not exist.`);
        if (this.behaviour === 'not-ready') return this.notReady();
        return this.v1Predict(raw);
      }
      if (method !== 'GET') return json(405, { detail: 'Method Not Allowed' });
      if (name !== this.model) return error(404, `Model with name ${name} does not exist.`);
      if (this.behaviour === 'not-ready') return this.notReady();
      return json(200, { name, ready: true });
    }
    if (path === '/v1/models' && method === 'GET') return json(200, { models: [this.model] });
    if (path === '/v2/health/live' && method === 'GET') return json(200, { live: true });
    if (path === '/v2/health/ready' && method === 'GET') {
      return this.behaviour === 'not-ready' ? error(503, 'Server is not ready.') : json(200, { ready: true });
    }
    if (path === '/v2' && method === 'GET') return json(200, { name: 'kserve-model-server', version: '0.15.0', extensions: ['model_repository_extension'] });
    const v2 = path.match(/^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/);
    if (v2) {
      const name = decodeURIComponent(v2[1]!);
      const action = v2[3];
      if (action === '/infer' ? method !== 'POST' : method !== 'GET') return json(405, { detail: 'Method Not Allowed' });
      if (name !== this.model) return error(404, `Model with name ${name} does not exist.`);
      if (this.behaviour === 'not-ready') return this.notReady();
      if (action === '/infer') return this.v2Infer(raw);
      if (action === '/ready') return json(200, { name, ready: true });
      return json(200, {
        name,
        versions: this.version === null ? null : [this.version],
        platform: '',
        inputs: [{ name: 'input-0', datatype: 'FP64', shape: [-1, -1] }],
        outputs: [{ name: 'output-0', datatype: 'FP64', shape: [-1] }],
      });
    }
    return json(404, { detail: 'Not Found' });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handle(state: ModelState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://model.local');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  const record: ModelRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body, status: 0 };
  state.requests.push(record);
  const reply = state.route(method, url.pathname, body);
  const answer = () => {
    record.status = reply.status;
    if (res.destroyed) return;
    res.writeHead(reply.status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(reply.json)), date: new Date().toUTCString(), server: 'uvicorn' });
    res.end(reply.json);
  };
  if (reply.delayMs && reply.delayMs > 0) {
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      answer();
    }, reply.delayMs);
    state.timers.add(timer);
  } else answer();
}

export async function startModelServer(options: ModelServerOptions = {}): Promise<ModelServer> {
  const state = new ModelState(options.model ?? 'model', options.version ?? null, options.nan ?? 'NaN', options.behaviour ?? 'ok', options.slowMs ?? 2000);
  const server: Server = createServer((req, res) => {
    handle(state, req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `model-server: ${String(e)}` }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: state.requests,
    setBehaviour(behaviour, { slowMs } = {}) {
      state.behaviour = behaviour;
      if (slowMs !== undefined) state.slowMs = slowMs;
    },
    close() {
      for (const timer of state.timers) clearTimeout(timer);
      state.timers.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
