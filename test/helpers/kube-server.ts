/**
 * A local Kubernetes API server for tests: the KServe InferenceService resource
 * (serving.kserve.io/v1beta1, namespaced, with the status subresource) answered the way
 * kube-apiserver answers for a custom resource, so the real @kubernetes/client-node
 * (CustomObjectsApi and Watch) can be pointed at it through the kubeconfig it hands out.
 *
 * What it follows from the Kubernetes API concepts and the apiserver's behaviour for CRDs:
 * - resourceVersion is one global counter (as etcd's revision), a string on the wire; every
 *   write bumps it; a list carries the collection's resourceVersion.
 * - PUT needs metadata.resourceVersion (custom resources do not allow unconditional update:
 *   422 "must be specified for an update") and a stale one is 409 Conflict; a
 *   resourceVersion in a PATCH body is the same precondition.
 * - The main resource ignores .status and the /status subresource ignores everything but
 *   .status; status in a create is dropped; metadata.generation counts changes to anything
 *   but .metadata and .status; a write that changes nothing is a no-op (no new resourceVersion,
 *   no event).
 * - PATCH: application/merge-patch+json (RFC 7386), application/json-patch+json (RFC 6902) and
 *   application/apply-patch+yaml (server-side apply, here a merge that creates when missing;
 *   fieldManager is required). Strategic merge is 415, as for every custom resource.
 * - DELETE of an object with finalizers only sets deletionTimestamp; it goes when the last
 *   finalizer is removed.
 * - Watches stream newline-delimited JSON events over a chunked 200 response: without
 *   resourceVersion (or "0") the current objects come first as ADDED; from resourceVersion N
 *   the kept history after N is replayed; older than the kept history is an ERROR event with a
 *   410 Expired Status; timeoutSeconds ends the stream (after a BOOKMARK when bookmarks were
 *   allowed); fieldSelector metadata.name/metadata.namespace and labelSelector filter, with
 *   ADDED/DELETED when an object starts/stops matching.
 * - Every error is a `Status` body (kind Status, apiVersion v1, status Failure, message,
 *   reason, code and, where the apiserver gives them, details). A missing or wrong bearer token
 *   is 401 everywhere (anonymous auth off).
 *
 * Not modelled: namespaces (any name exists), managedFields, limit/continue paging, CBOR and
 * protobuf, admission webhooks, the 3-second wait before "Too large resource version".
 *
 * The server runs inside the test process: run a CLI under test with the asynchronous
 * `spawn`/`execFile`, never `spawnSync`, or the server cannot answer while the test waits.
 */
import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/** A Kubernetes object or Status as parsed JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type KubeJson = any;

export type KubeEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface KubeEvent {
  type: KubeEventType;
  object: KubeJson;
}

export interface KubeRequest {
  method: string;
  /** The path without the query. */
  path: string;
  query: Record<string, string>;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  /** 200 for a watch as soon as the stream starts. */
  status: number;
}

export interface KubeFault {
  method?: string;
  /** Tested against the path without the query. */
  path?: RegExp;
  /** Only watch requests (true) or only non-watch requests (false). */
  watch?: boolean;
  status: number;
  /** JSON unless a string. Default: a Status for `status` (the real message for 404/409 on an object path). */
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests get it (default 1). */
  times?: number;
}

export interface KubeServerOptions {
  /** The bearer token the server accepts (default 'kube-test-token'). */
  token?: string;
  /** How many watch events are kept for resuming watches (default 1000); older resourceVersions get 410. */
  historyLimit?: number;
}

export interface KubeServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /**
   * A kubeconfig (YAML) for `url`: cluster, user and context all named 'test', bearer token
   * (default the accepted one), namespace (default 'default') and `insecure-skip-tls-verify: true`,
   * without which @kubernetes/client-node 1.x refuses an http: server.
   */
  kubeconfig(options?: { token?: string; namespace?: string }): string;
  /** Every request in arrival order, faulted and rejected ones included. */
  requests: KubeRequest[];
  /** The stored InferenceService (a deep copy), or undefined. */
  get(namespace: string, name: string): KubeJson | undefined;
  /**
   * Create or replace as the controller (or kubectl with cluster-admin) would: no
   * resourceVersion check; status is taken from `object` when it has one, else kept; bumps
   * resourceVersion and generation (on a spec change); emits ADDED/MODIFIED. Returns the stored copy.
   */
  put(object: KubeJson): KubeJson;
  /** What KServe's controller does: replace .status, bump resourceVersion, emit MODIFIED. */
  setStatus(namespace: string, name: string, status: KubeJson): void;
  /**
   * Every ADDED/MODIFIED/DELETED, whoever wrote it, called after the write on a later turn of
   * the event loop (the client gets its response first), with a copy of the object. A
   * listener's exception makes `close()` reject. Returns an unsubscribe function.
   */
  onChange(listener: (event: KubeEvent) => void): () => void;
  /** End every open watch stream abruptly (the socket is destroyed mid-stream). */
  dropWatches(): void;
  /** How many watch streams are open. */
  openWatches(): number;
  /** Send a BOOKMARK with the current resourceVersion to every open watch that allowed bookmarks. */
  bookmark(): void;
  /** Forget the watch history up to now, as etcd compaction does: older resourceVersions get 410. */
  compact(): void;
  /** The current (latest) resourceVersion. */
  resourceVersion(): string;
  fault(fault: KubeFault): void;
  close(): Promise<void>;
}

export const KSERVE_GROUP = 'serving.kserve.io';
export const KSERVE_VERSION = 'v1beta1';
export const KSERVE_PLURAL = 'inferenceservices';
export const KSERVE_KIND = 'InferenceService';
export const KSERVE_API_VERSION = `${KSERVE_GROUP}/${KSERVE_VERSION}`;
export const DEFAULT_KUBE_TOKEN = 'kube-test-token';

const GROUP_RESOURCE = `${KSERVE_PLURAL}.${KSERVE_GROUP}`;
const GROUP_KIND = `${KSERVE_KIND}.${KSERVE_GROUP}`;
const BASE = `/apis/${KSERVE_GROUP}/${KSERVE_VERSION}`;
const MODIFIED_MESSAGE = 'the object has been modified; please apply your changes to the latest version and try again';
const PATCH_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/apply-patch+yaml'];

// ---------------------------------------------------------------------------------------------
// Errors: Kubernetes Status bodies
// ---------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;

class StatusError extends Error {
  constructor(
    readonly code: number,
    readonly body: Obj,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

function statusBody(code: number, reason: string, message: string, details?: Obj): Obj {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code };
}

function failure(code: number, reason: string, message: string, details?: Obj): StatusError {
  return new StatusError(code, statusBody(code, reason, message, details));
}

const objectDetails = (name: string): Obj => ({ name, group: KSERVE_GROUP, kind: KSERVE_PLURAL });
const notFound = (name: string) => failure(404, 'NotFound', `${GROUP_RESOURCE} "${name}" not found`, objectDetails(name));
const alreadyExists = (name: string) => failure(409, 'AlreadyExists', `${GROUP_RESOURCE} "${name}" already exists`, objectDetails(name));
const conflict = (name: string, why = MODIFIED_MESSAGE) => failure(409, 'Conflict', `Operation cannot be fulfilled on ${GROUP_RESOURCE} "${name}": ${why}`, objectDetails(name));
const badRequest = (message: string) => failure(400, 'BadRequest', message);
const pathNotFound = () => failure(404, 'NotFound', 'the server could not find the requested resource', {});
const methodNotAllowed = () => failure(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource', {});
const unauthorized = () => failure(401, 'Unauthorized', 'Unauthorized');

interface Cause {
  field: string;
  type: string;
  message: string;
}

function invalid(name: string, causes: Cause[]): StatusError {
  const list = causes.map((c) => `${c.field}: ${c.message}`);
  return failure(422, 'Invalid', `${GROUP_KIND} "${name}" is invalid: ${list.length === 1 ? list[0] : `[${list.join(', ')}]`}`, {
    name,
    group: KSERVE_GROUP,
    kind: KSERVE_KIND,
    causes: causes.map((c) => ({ reason: c.type, message: c.message, field: c.field })),
  });
}

const DEFAULT_REASONS: Record<number, [string, string]> = {
  400: ['BadRequest', 'the server rejected our request for an unknown reason'],
  401: ['Unauthorized', 'Unauthorized'],
  403: ['Forbidden', 'forbidden'],
  404: ['NotFound', 'the server could not find the requested resource'],
  405: ['MethodNotAllowed', 'the server does not allow this method on the requested resource'],
  409: ['Conflict', 'the server reported a conflict'],
  410: ['Expired', 'the resource version is too old'],
  415: ['UnsupportedMediaType', 'the server does not support the media type'],
  422: ['Invalid', 'the server rejected our request due to an error in our request'],
  429: ['TooManyRequests', 'Too many requests, please try again later.'],
  500: ['InternalError', 'Internal error occurred: injected fault'],
  503: ['ServiceUnavailable', 'the server is currently unable to handle the request'],
  504: ['Timeout', 'the server was unable to return a response in the time allotted, but may still be processing the request'],
};

function faultBody(status: number, path: string): Obj {
  const name = path.match(/\/inferenceservices\/([^/]+)/)?.[1];
  if (name !== undefined && status === 404) return notFound(decodeURIComponent(name)).body;
  if (name !== undefined && status === 409) return conflict(decodeURIComponent(name)).body;
  const [reason, message] = DEFAULT_REASONS[status] ?? [status >= 500 ? 'InternalError' : 'Unknown', STATUS_CODES[status] ?? 'Unknown'];
  return statusBody(status, reason, message, status === 429 ? { retryAfterSeconds: 1 } : undefined);
}

// ---------------------------------------------------------------------------------------------
// JSON helpers
// ---------------------------------------------------------------------------------------------

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Keys sorted at every level, as the apiserver writes unstructured (custom resource) objects. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isObj(value)) {
    const out: Obj = {};
    for (const key of Object.keys(value).sort()) if (value[key] !== undefined) out[key] = canonical(value[key]);
    return out;
  }
  return value;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function meta(object: Obj): Obj {
  if (!isObj(object.metadata)) object.metadata = {};
  return object.metadata as Obj;
}

function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Everything but metadata and status: what metadata.generation counts. */
function specPart(object: Obj): Obj {
  const rest = { ...object };
  delete rest.metadata;
  delete rest.status;
  return rest;
}

/** RFC 7386 JSON Merge Patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return clone(patch);
  const out: Obj = isObj(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

class JsonPatchError extends Error {}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new JsonPatchError(`invalid JSON pointer "${path}"`);
  return path
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function arrayIndex(token: string, length: number, forAdd: boolean): number {
  if (forAdd && token === '-') return length;
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new JsonPatchError(`invalid array index "${token}"`);
  const index = Number(token);
  if (index > length || (!forAdd && index === length)) throw new JsonPatchError(`array index ${index} out of bounds`);
  return index;
}

function getAt(doc: unknown, tokens: string[]): unknown {
  let node = doc;
  for (const token of tokens) {
    if (Array.isArray(node)) node = node[arrayIndex(token, node.length, false)];
    else if (isObj(node) && Object.hasOwn(node, token)) node = node[token];
    else throw new JsonPatchError(`doc is missing path: "/${tokens.join('/')}": missing value`);
  }
  return node;
}

/** RFC 6902 JSON Patch; returns the new document. */
export function jsonPatch(document: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) throw new JsonPatchError('a JSON patch is an array of operations');
  let doc = clone(document);
  const put = (tokens: string[], value: unknown, mode: 'add' | 'replace') => {
    if (tokens.length === 0) {
      doc = value;
      return;
    }
    const parent = getAt(doc, tokens.slice(0, -1));
    const last = tokens[tokens.length - 1]!;
    if (Array.isArray(parent)) {
      const index = arrayIndex(last, parent.length, mode === 'add');
      parent.splice(index, mode === 'add' ? 0 : 1, value);
    } else if (isObj(parent)) {
      if (mode === 'replace' && !Object.hasOwn(parent, last)) throw new JsonPatchError(`doc is missing key: /${tokens.join('/')}: missing value`);
      parent[last] = value;
    } else throw new JsonPatchError(`doc is missing path: "/${tokens.join('/')}": missing value`);
  };
  const remove = (tokens: string[]): unknown => {
    if (tokens.length === 0) throw new JsonPatchError('cannot remove the whole document');
    const parent = getAt(doc, tokens.slice(0, -1));
    const last = tokens[tokens.length - 1]!;
    if (Array.isArray(parent)) return parent.splice(arrayIndex(last, parent.length, false), 1)[0];
    if (isObj(parent) && Object.hasOwn(parent, last)) {
      const value = parent[last];
      delete parent[last];
      return value;
    }
    throw new JsonPatchError(`doc is missing path: "/${tokens.join('/')}": missing value`);
  };
  for (const operation of operations) {
    if (!isObj(operation) || typeof operation.op !== 'string' || typeof operation.path !== 'string') throw new JsonPatchError('each operation needs "op" and "path"');
    const path = pointer(operation.path);
    const from = () => {
      if (typeof operation.from !== 'string') throw new JsonPatchError(`${operation.op} operation needs "from"`);
      return pointer(operation.from);
    };
    const value = () => {
      if (!Object.hasOwn(operation, 'value')) throw new JsonPatchError(`${operation.op} operation needs "value"`);
      return clone(operation.value);
    };
    try {
      switch (operation.op) {
        case 'add':
          put(path, value(), 'add');
          break;
        case 'remove':
          remove(path);
          break;
        case 'replace':
          getAt(doc, path);
          put(path, value(), 'replace');
          break;
        case 'move': {
          const moved = remove(from());
          put(path, moved, 'add');
          break;
        }
        case 'copy':
          put(path, clone(getAt(doc, from())), 'add');
          break;
        case 'test':
          if (!deepEqual(getAt(doc, path), value())) throw new JsonPatchError(`testing value ${operation.path} failed: test failed`);
          break;
        default:
          throw new JsonPatchError(`Unexpected kind: ${operation.op}`);
      }
    } catch (error) {
      if (error instanceof JsonPatchError && !error.message.includes('operation does not apply') && ['add', 'remove', 'replace'].includes(operation.op)) {
        throw new JsonPatchError(`${operation.op} operation does not apply: ${error.message}`);
      }
      throw error;
    }
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Selectors
// ---------------------------------------------------------------------------------------------

interface FieldRequirement {
  field: 'metadata.name' | 'metadata.namespace';
  equal: boolean;
  value: string;
}

interface LabelRequirement {
  key: string;
  op: 'in' | 'notin' | 'exists' | '!exists';
  values: string[];
}

interface Selector {
  fields: FieldRequirement[];
  labels: LabelRequirement[];
}

function parseFieldSelector(text: string | undefined): FieldRequirement[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    const m = part.trim().match(/^([^=!]+?)\s*(==|=|!=)\s*(.*)$/);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    const field = m[1]!.trim();
    if (field !== 'metadata.name' && field !== 'metadata.namespace') {
      throw badRequest(`"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
    }
    return { field, equal: m[2] !== '!=', value: m[3]!.trim() };
  });
}

function parseLabelSelector(text: string | undefined): LabelRequirement[] {
  if (!text) return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((raw) => {
    const part = raw.trim();
    let m = part.match(/^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/);
    if (m) return { key: m[1]!, op: m[2] === '!=' ? 'notin' : 'in', values: [m[3]!] };
    m = part.match(/^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/);
    if (m) return { key: m[1]!, op: m[2] as 'in' | 'notin', values: m[3]!.split(',').map((v) => v.trim()) };
    m = part.match(/^(!?)([\w./-]+)$/);
    if (m) return { key: m[2]!, op: m[1] ? '!exists' : 'exists', values: [] };
    throw badRequest(`unable to parse requirement: found '${part}', expected: in, notin, =, ==, !=, gt, lt`);
  });
}

function matches(object: Obj, selector: Selector): boolean {
  const metadata = meta(object);
  for (const f of selector.fields) {
    const actual = f.field === 'metadata.name' ? metadata.name : metadata.namespace;
    if ((actual === f.value) !== f.equal) return false;
  }
  const labels = isObj(metadata.labels) ? (metadata.labels as Record<string, string>) : {};
  for (const l of selector.labels) {
    const has = Object.hasOwn(labels, l.key);
    if (l.op === 'exists' && !has) return false;
    if (l.op === '!exists' && has) return false;
    if (l.op === 'in' && !(has && l.values.includes(labels[l.key]!))) return false;
    if (l.op === 'notin' && has && l.values.includes(labels[l.key]!)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

interface HistoryEvent {
  rv: number;
  type: KubeEventType;
  object: Obj;
  prev?: Obj;
}

interface Watcher {
  res: ServerResponse;
  namespace?: string;
  selector: Selector;
  bookmarks: boolean;
  timer?: NodeJS.Timeout;
}

class State {
  url = '';
  rv = 1;
  /** Watches from a resourceVersion below this get 410. */
  compactedRv = 1;
  readonly objects = new Map<string, Obj>();
  readonly history: HistoryEvent[] = [];
  readonly watchers = new Set<Watcher>();
  readonly listeners = new Set<(event: KubeEvent) => void>();
  readonly listenerErrors: unknown[] = [];
  readonly requests: KubeRequest[] = [];
  readonly faults: (KubeFault & { left: number })[] = [];
  closed = false;

  constructor(
    readonly token: string,
    readonly historyLimit: number,
  ) {}

  key(namespace: string, name: string): string {
    return `${namespace}/${name}`;
  }

  find(namespace: string, name: string): Obj | undefined {
    return this.objects.get(this.key(namespace, name));
  }

  /** Store (or delete) and tell watchers and listeners; `object` gets the new resourceVersion. */
  commit(type: KubeEventType, object: Obj, prev?: Obj): Obj {
    this.rv++;
    meta(object).resourceVersion = String(this.rv);
    const stored = canonical(object) as Obj;
    const metadata = meta(stored);
    const key = this.key(String(metadata.namespace), String(metadata.name));
    if (type === 'DELETED') this.objects.delete(key);
    else this.objects.set(key, stored);
    const event: HistoryEvent = { rv: this.rv, type, object: stored, prev };
    this.history.push(event);
    while (this.history.length > this.historyLimit) this.compactedRv = this.history.shift()!.rv;
    for (const watcher of this.watchers) this.deliver(watcher, event);
    if (this.listeners.size > 0) {
      const copy = clone(stored);
      setImmediate(() => {
        if (this.closed) return;
        for (const listener of [...this.listeners]) {
          try {
            listener({ type, object: clone(copy) });
          } catch (error) {
            this.listenerErrors.push(error);
          }
        }
      });
    }
    return clone(stored);
  }

  /** The event as this watcher sees it, or undefined when it concerns no object it selects. */
  view(watcher: Watcher, event: HistoryEvent): { type: KubeEventType; object: Obj } | undefined {
    const selected = (object: Obj | undefined) => object !== undefined && (watcher.namespace === undefined || meta(object).namespace === watcher.namespace) && matches(object, watcher.selector);
    if (event.type === 'ADDED') return selected(event.object) ? { type: 'ADDED', object: event.object } : undefined;
    if (event.type === 'DELETED') return selected(event.object) ? { type: 'DELETED', object: event.object } : undefined;
    const now = selected(event.object);
    const before = selected(event.prev);
    if (now && before) return { type: 'MODIFIED', object: event.object };
    if (now) return { type: 'ADDED', object: event.object };
    if (before) return { type: 'DELETED', object: event.object };
    return undefined;
  }

  deliver(watcher: Watcher, event: HistoryEvent): void {
    const seen = this.view(watcher, event);
    if (seen) writeEvent(watcher.res, seen.type, seen.object);
  }

  sendBookmark(watcher: Watcher, annotations?: Record<string, string>): void {
    if (!watcher.bookmarks) return;
    writeEvent(watcher.res, 'BOOKMARK', { apiVersion: KSERVE_API_VERSION, kind: KSERVE_KIND, metadata: { resourceVersion: String(this.rv), ...(annotations ? { annotations } : {}) } });
  }

  endWatch(watcher: Watcher, abrupt: boolean): void {
    if (watcher.timer) clearTimeout(watcher.timer);
    this.watchers.delete(watcher);
    if (abrupt) watcher.res.destroy();
    else watcher.res.end();
  }
}

function writeEvent(res: ServerResponse, type: string, object: unknown): void {
  if (!res.writableEnded && !res.destroyed) res.write(`${JSON.stringify({ type, object })}\n`);
}

// ---------------------------------------------------------------------------------------------
// Writes, shared by the HTTP handlers and the test-side put/setStatus
// ---------------------------------------------------------------------------------------------

/** A new object as the apiserver stores it on create (status dropped: status subresource). */
function prepareCreate(state: State, body: Obj, namespace: string, keepStatus: boolean): Obj {
  const object = clone(body);
  const metadata = meta(object);
  if (typeof metadata.name !== 'string' || metadata.name === '') {
    if (typeof metadata.generateName === 'string' && metadata.generateName !== '') {
      const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
      let suffix = '';
      for (let i = 0; i < 5; i++) suffix += alphabet[Math.floor(Math.random() * alphabet.length)];
      metadata.name = `${metadata.generateName}${suffix}`;
    } else {
      throw invalid('', [{ field: 'metadata.name', type: 'FieldValueRequired', message: 'Required value: name or generateName is required' }]);
    }
  }
  const name = String(metadata.name);
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name) || name.length > 253) {
    throw invalid(name, [
      {
        field: 'metadata.name',
        type: 'FieldValueInvalid',
        message: `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
      },
    ]);
  }
  object.apiVersion = KSERVE_API_VERSION;
  object.kind = KSERVE_KIND;
  metadata.namespace = namespace;
  metadata.uid = randomUUID();
  metadata.creationTimestamp = timestamp();
  metadata.generation = 1;
  delete metadata.resourceVersion;
  delete metadata.deletionTimestamp;
  delete metadata.deletionGracePeriodSeconds;
  if (!keepStatus) delete object.status;
  if (state.find(namespace, name)) throw alreadyExists(name);
  return object;
}

/** The object after an update of the main resource (status kept) or of /status (only status taken). */
function prepareUpdate(current: Obj, incoming: Obj, target: 'main' | 'status' | 'all'): Obj {
  const cur = meta(current);
  let next: Obj;
  if (target === 'status') {
    next = clone(current);
    if (incoming.status === undefined) delete next.status;
    else next.status = clone(incoming.status);
  } else {
    next = clone(incoming);
    if (target === 'main') {
      if (current.status === undefined) delete next.status;
      else next.status = clone(current.status);
    } else if (next.status === undefined && current.status !== undefined) next.status = clone(current.status);
    const metadata = meta(next);
    for (const key of ['name', 'namespace', 'uid', 'creationTimestamp', 'generation', 'deletionTimestamp', 'deletionGracePeriodSeconds'] as const) {
      if (cur[key] === undefined) delete metadata[key];
      else metadata[key] = cur[key];
    }
    next.apiVersion = KSERVE_API_VERSION;
    next.kind = KSERVE_KIND;
    if (!deepEqual(specPart(current), specPart(next))) metadata.generation = Number(cur.generation ?? 0) + 1;
  }
  meta(next).resourceVersion = cur.resourceVersion;
  return next;
}

/** Commit an update (no-op when nothing changed); removes the object once deleting and finalizer-free. */
function commitUpdate(state: State, current: Obj, next: Obj, dryRun: boolean): Obj {
  if (deepEqual(current, next)) return clone(current);
  const metadata = meta(next);
  const finalizers = Array.isArray(metadata.finalizers) ? metadata.finalizers : [];
  if (metadata.deletionTimestamp !== undefined && finalizers.length === 0) {
    if (dryRun) return next;
    return state.commit('DELETED', next, current);
  }
  if (dryRun) return next;
  return state.commit('MODIFIED', next, current);
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface Ctx {
  state: State;
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  record: KubeRequest;
  rawBody: string;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function mediaType(ctx: Ctx): string {
  return (ctx.record.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A create/replace body: JSON or YAML, a single object of our kind. */
function objectBody(ctx: Ctx): Obj {
  const type = mediaType(ctx);
  if (type !== '' && type !== 'application/json' && type !== 'application/yaml' && type !== '*/*') {
    throw failure(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml`);
  }
  let body: unknown;
  try {
    body = type === 'application/yaml' ? parseYaml(ctx.rawBody) : JSON.parse(ctx.rawBody);
  } catch (error) {
    throw badRequest(`couldn't get version/kind; json parse error: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObj(body)) throw badRequest(`couldn't get version/kind; json parse error: the body is not an object`);
  if (typeof body.kind !== 'string' || body.kind === '') throw badRequest(`Object 'Kind' is missing in '${ctx.rawBody}'`);
  if (body.apiVersion !== KSERVE_API_VERSION) throw badRequest(`the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${KSERVE_API_VERSION})`);
  if (body.kind !== KSERVE_KIND) throw badRequest(`the kind in the data (${body.kind}) does not match the expected kind (${KSERVE_KIND})`);
  return body;
}

function checkNamespace(body: Obj, namespace: string): void {
  const given = meta(body).namespace;
  if (given !== undefined && given !== '' && given !== namespace) throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
}

function isDryRun(ctx: Ctx): boolean {
  const dryRun = ctx.url.searchParams.get('dryRun');
  if (dryRun !== null && dryRun !== 'All') throw badRequest(`Invalid dryRun value: ${dryRun}; the only supported value is "All"`);
  return dryRun === 'All';
}

function listBody(state: State, namespace: string | undefined, selector: Selector): Obj {
  const items = [...state.objects.values()]
    .filter((o) => (namespace === undefined || meta(o).namespace === namespace) && matches(o, selector))
    .sort((a, b) => `${String(meta(a).namespace)}/${String(meta(a).name)}`.localeCompare(`${String(meta(b).namespace)}/${String(meta(b).name)}`))
    .map(clone);
  return { apiVersion: KSERVE_API_VERSION, items, kind: `${KSERVE_KIND}List`, metadata: { continue: '', resourceVersion: String(state.rv) } };
}

function selectorOf(ctx: Ctx, name?: string): Selector {
  const fields = parseFieldSelector(ctx.url.searchParams.get('fieldSelector') ?? undefined);
  if (name !== undefined) fields.push({ field: 'metadata.name', equal: true, value: name });
  return { fields, labels: parseLabelSelector(ctx.url.searchParams.get('labelSelector') ?? undefined) };
}

function isWatch(url: URL): boolean {
  const watch = url.searchParams.get('watch');
  return watch === 'true' || watch === '1';
}

/** A watch: a chunked 200 of newline-delimited events until timeoutSeconds, dropWatches or close. */
function startWatch(ctx: Ctx, namespace: string | undefined, name: string | undefined): undefined {
  const { state, url, res } = ctx;
  const selector = selectorOf(ctx, name);
  const bookmarks = url.searchParams.get('allowWatchBookmarks') === 'true';
  const rvParam = url.searchParams.get('resourceVersion') ?? '';
  const sendInitialEvents = url.searchParams.get('sendInitialEvents') === 'true';
  let from: number | undefined;
  if (rvParam !== '' && rvParam !== '0') {
    if (!/^\d+$/.test(rvParam)) throw badRequest(`resourceVersion: Invalid value: "${rvParam}": strconv.ParseUint: parsing "${rvParam}": invalid syntax`);
    from = Number(rvParam);
  }
  if (sendInitialEvents && (url.searchParams.get('resourceVersionMatch') !== 'NotOlderThan' || !bookmarks)) {
    throw failure(422, 'Invalid', `ListOptions.meta.k8s.io "" is invalid: sendInitialEvents: Forbidden: sendInitialEvents is forbidden for watch unless resourceVersionMatch is set to NotOlderThan and allowWatchBookmarks is set to true`, {
      group: 'meta.k8s.io',
      kind: 'ListOptions',
      causes: [{ reason: 'FieldValueForbidden', message: 'Forbidden: sendInitialEvents is forbidden for watch unless resourceVersionMatch is set to NotOlderThan and allowWatchBookmarks is set to true', field: 'sendInitialEvents' }],
    });
  }
  let timeout: number | undefined;
  const timeoutParam = url.searchParams.get('timeoutSeconds');
  if (timeoutParam !== null && timeoutParam !== '') {
    if (!/^\d+$/.test(timeoutParam)) throw badRequest(`timeoutSeconds: Invalid value: "${timeoutParam}": invalid syntax`);
    timeout = Number(timeoutParam);
  }

  ctx.record.status = 200;
  res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'cache-control': 'no-cache, private', 'audit-id': randomUUID() });
  res.flushHeaders();
  const watcher: Watcher = { res, namespace, selector, bookmarks };

  if (from !== undefined && !sendInitialEvents && from < state.compactedRv) {
    writeEvent(res, 'ERROR', statusBody(410, 'Expired', `too old resource version: ${from} (${state.compactedRv})`));
    res.end();
    return;
  }
  if (from !== undefined && from > state.rv) {
    writeEvent(res, 'ERROR', statusBody(504, 'Timeout', `Too large resource version: ${from}, current: ${state.rv}`, { causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }], retryAfterSeconds: 1 }));
    res.end();
    return;
  }

  state.watchers.add(watcher);
  res.on('close', () => {
    if (watcher.timer) clearTimeout(watcher.timer);
    state.watchers.delete(watcher);
  });
  if (from === undefined || sendInitialEvents) {
    for (const object of listBody(state, namespace, selector).items as Obj[]) writeEvent(res, 'ADDED', { ...object });
    if (sendInitialEvents) state.sendBookmark(watcher, { 'k8s.io/initial-events-end': 'true' });
  } else {
    for (const event of state.history) if (event.rv > from) state.deliver(watcher, event);
  }
  if (timeout !== undefined) {
    watcher.timer = setTimeout(() => {
      state.sendBookmark(watcher);
      state.endWatch(watcher, false);
    }, timeout * 1000);
  }
  return undefined;
}

function discovery(state: State, path: string): Reply | undefined {
  const host = state.url.replace(/^http:\/\//, '');
  switch (path) {
    case '/version':
      return {
        status: 200,
        body: { major: '1', minor: '31', gitVersion: 'v1.31.0', gitCommit: '0000000000000000000000000000000000000000', gitTreeState: 'clean', buildDate: '2024-08-13T07:28:49Z', goVersion: 'go1.22.5', compiler: 'gc', platform: 'linux/amd64' },
      };
    case '/api':
      return { status: 200, body: { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: host }] } };
    case '/apis': {
      const group = { name: KSERVE_GROUP, versions: [{ groupVersion: KSERVE_API_VERSION, version: KSERVE_VERSION }], preferredVersion: { groupVersion: KSERVE_API_VERSION, version: KSERVE_VERSION } };
      return { status: 200, body: { kind: 'APIGroupList', apiVersion: 'v1', groups: [group] } };
    }
    case `/apis/${KSERVE_GROUP}`:
      return { status: 200, body: { kind: 'APIGroup', apiVersion: 'v1', name: KSERVE_GROUP, versions: [{ groupVersion: KSERVE_API_VERSION, version: KSERVE_VERSION }], preferredVersion: { groupVersion: KSERVE_API_VERSION, version: KSERVE_VERSION } } };
    case BASE:
      return {
        status: 200,
        body: {
          kind: 'APIResourceList',
          apiVersion: 'v1',
          groupVersion: KSERVE_API_VERSION,
          resources: [
            { name: KSERVE_PLURAL, singularName: 'inferenceservice', namespaced: true, kind: KSERVE_KIND, verbs: ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'], shortNames: ['isvc'], categories: ['all'] },
            { name: `${KSERVE_PLURAL}/status`, singularName: '', namespaced: true, kind: KSERVE_KIND, verbs: ['get', 'patch', 'update'] },
          ],
        },
      };
    default:
      return undefined;
  }
}

function route(ctx: Ctx): Reply | undefined {
  const { state, method, url } = ctx;
  const path = url.pathname;
  if (['/healthz', '/livez', '/readyz'].includes(path) && method === 'GET') return { status: 200, body: 'ok' };
  const found = discovery(state, path);
  if (found) {
    if (method !== 'GET') throw methodNotAllowed();
    return found;
  }

  if (path === `${BASE}/${KSERVE_PLURAL}`) {
    if (method !== 'GET') throw methodNotAllowed();
    if (isWatch(url)) return startWatch(ctx, undefined, undefined);
    return { status: 200, body: listBody(state, undefined, selectorOf(ctx)) };
  }
  const m = path.match(new RegExp(`^${BASE.replace(/\./g, '\\.')}/namespaces/([^/]+)/${KSERVE_PLURAL}(?:/([^/]+)(?:/(status))?)?$`));
  if (!m) throw pathNotFound();
  const namespace = decodeURIComponent(m[1]!);
  const name = m[2] === undefined ? undefined : decodeURIComponent(m[2]);
  const sub = m[3] === 'status' ? 'status' : 'main';

  if (name === undefined) {
    if (method === 'GET') {
      if (isWatch(url)) return startWatch(ctx, namespace, undefined);
      return { status: 200, body: listBody(state, namespace, selectorOf(ctx)) };
    }
    if (method === 'POST') {
      const body = objectBody(ctx);
      checkNamespace(body, namespace);
      const dryRun = isDryRun(ctx);
      const object = prepareCreate(state, body, namespace, false);
      return { status: 201, body: dryRun ? canonical(object) : state.commit('ADDED', object) };
    }
    throw methodNotAllowed();
  }

  const current = state.find(namespace, name);
  switch (method) {
    case 'GET':
      if (isWatch(url) && sub === 'main') return startWatch(ctx, namespace, name);
      if (!current) throw notFound(name);
      return { status: 200, body: clone(current) };

    case 'PUT': {
      const body = objectBody(ctx);
      checkNamespace(body, namespace);
      const bodyName = meta(body).name;
      if (bodyName !== name) throw badRequest(`the name of the object (${String(bodyName ?? '')}) does not match the name on the URL (${name})`);
      const dryRun = isDryRun(ctx);
      if (!current) throw notFound(name);
      const rv = meta(body).resourceVersion;
      if (rv === undefined || rv === '') {
        throw invalid(name, [{ field: 'metadata.resourceVersion', type: 'FieldValueInvalid', message: 'Invalid value: 0x0: must be specified for an update' }]);
      }
      if (rv !== meta(current).resourceVersion) throw conflict(name);
      const next = prepareUpdate(current, body, sub);
      return { status: 200, body: commitUpdate(state, current, next, dryRun) };
    }

    case 'PATCH':
      return patch(ctx, namespace, name, sub, current);

    case 'DELETE': {
      if (sub === 'status') throw methodNotAllowed();
      const dryRun = isDryRun(ctx);
      if (!current) throw notFound(name);
      let options: unknown = {};
      if (ctx.rawBody.trim() !== '') {
        try {
          options = JSON.parse(ctx.rawBody);
        } catch {
          throw badRequest('invalid DeleteOptions body');
        }
      }
      const preconditions = isObj(options) && isObj(options.preconditions) ? options.preconditions : {};
      const cur = meta(current);
      if (typeof preconditions.uid === 'string' && preconditions.uid !== cur.uid) {
        throw conflict(name, `Precondition failed: UID in precondition: ${preconditions.uid}, UID in object meta: ${String(cur.uid)}`);
      }
      if (typeof preconditions.resourceVersion === 'string' && preconditions.resourceVersion !== cur.resourceVersion) {
        throw conflict(name, `Precondition failed: ResourceVersion in precondition: ${preconditions.resourceVersion}, ResourceVersion in object meta: ${String(cur.resourceVersion)}`);
      }
      const finalizers = Array.isArray(cur.finalizers) ? cur.finalizers : [];
      if (finalizers.length > 0) {
        if (cur.deletionTimestamp !== undefined || dryRun) return { status: 200, body: clone(current) };
        const next = clone(current);
        const metadata = meta(next);
        metadata.deletionTimestamp = timestamp();
        metadata.deletionGracePeriodSeconds = 0;
        metadata.generation = Number(metadata.generation ?? 0) + 1;
        return { status: 200, body: state.commit('MODIFIED', next, current) };
      }
      if (!dryRun) state.commit('DELETED', clone(current), current);
      return {
        status: 200,
        body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name, group: KSERVE_GROUP, kind: KSERVE_PLURAL, uid: cur.uid } },
      };
    }

    default:
      throw methodNotAllowed();
  }
}

function patch(ctx: Ctx, namespace: string, name: string, sub: 'main' | 'status', current: Obj | undefined): Reply {
  const { state, url } = ctx;
  const type = mediaType(ctx);
  if (!PATCH_TYPES.includes(type)) {
    throw failure(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.join(', ')}`);
  }
  const dryRun = isDryRun(ctx);
  const apply = type === 'application/apply-patch+yaml';
  if (apply && !url.searchParams.get('fieldManager')) {
    throw failure(422, 'Invalid', 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch', {
      group: 'meta.k8s.io',
      kind: 'PatchOptions',
      causes: [{ reason: 'FieldValueRequired', message: 'Required value: is required for apply patch', field: 'fieldManager' }],
    });
  }
  let body: unknown;
  try {
    body = apply ? parseYaml(ctx.rawBody) : JSON.parse(ctx.rawBody);
  } catch (error) {
    throw badRequest(`error decoding patch: ${error instanceof Error ? error.message : String(error)}`);
  }

  if (!current) {
    if (!apply || sub === 'status') throw notFound(name);
    if (!isObj(body)) throw badRequest('error decoding patch: the apply configuration is not an object');
    if (meta(body).name !== undefined && meta(body).name !== name) throw badRequest(`the name of the object (${String(meta(body).name)}) does not match the name on the URL (${name})`);
    checkNamespace(body, namespace);
    const object = prepareCreate(state, { ...body, metadata: { ...meta(clone(body)), name } }, namespace, false);
    return { status: 201, body: dryRun ? canonical(object) : state.commit('ADDED', object) };
  }

  let patched: unknown;
  if (type === 'application/json-patch+json') {
    if (!Array.isArray(body)) throw badRequest(`error decoding patch: json: cannot unmarshal ${isObj(body) ? 'object' : typeof body} into Go value of type []handlers.jsonPatchOp`);
    try {
      patched = jsonPatch(current, body);
    } catch (error) {
      if (error instanceof JsonPatchError) throw failure(422, 'Invalid', 'the server rejected our request due to an error in our request', {});
      throw error;
    }
  } else {
    if (!isObj(body)) throw badRequest(`error decoding patch: json: cannot unmarshal ${Array.isArray(body) ? 'array' : typeof body} into Go value of type map[string]interface {}`);
    if (apply) {
      if (meta(body).name !== undefined && meta(body).name !== name) throw badRequest(`the name of the object (${String(meta(body).name)}) does not match the name on the URL (${name})`);
      checkNamespace(body, namespace);
    }
    patched = mergePatch(current, body);
  }
  if (!isObj(patched)) throw failure(422, 'Invalid', 'the server rejected our request due to an error in our request', {});
  const rv = meta(patched).resourceVersion;
  if (rv !== undefined && rv !== meta(current).resourceVersion) throw conflict(name);
  const next = prepareUpdate(current, patched, sub);
  return { status: 200, body: commitUpdate(state, current, next, dryRun) };
}

function takeFault(state: State, method: string, path: string, watch: boolean): KubeFault | undefined {
  const index = state.faults.findIndex((f) => {
    if (f.path) f.path.lastIndex = 0;
    return (f.method === undefined || f.method.toUpperCase() === method) && (f.path === undefined || f.path.test(path)) && (f.watch === undefined || f.watch === watch);
  });
  if (index < 0) return undefined;
  const fault = state.faults[index]!;
  if (--fault.left <= 0) state.faults.splice(index, 1);
  return fault;
}

function send(ctx: Ctx, reply: Reply): void {
  ctx.record.status = reply.status;
  const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const contentType = typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  ctx.res.writeHead(reply.status, {
    'content-type': contentType,
    'cache-control': 'no-cache, private',
    'audit-id': randomUUID(),
    ...(reply.headers ?? {}),
    'content-length': String(Buffer.byteLength(payload)),
  });
  ctx.res.end(payload);
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const rawBody = await readBody(req);
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', state.url);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  const record: KubeRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: rawBody, status: 0 };
  state.requests.push(record);
  const ctx: Ctx = { state, req, res, method, url, record, rawBody };

  const fault = takeFault(state, method, url.pathname, method === 'GET' && isWatch(url));
  if (fault) {
    const body = fault.body === undefined ? faultBody(fault.status, url.pathname) : fault.body;
    const headers = { ...(fault.status === 429 ? { 'retry-after': '1' } : {}), ...(fault.headers ?? {}) };
    send(ctx, { status: fault.status, body, headers });
    return;
  }
  try {
    const auth = headers.authorization?.match(/^bearer\s+(\S+)\s*$/i);
    if (!auth || auth[1] !== state.token) throw unauthorized();
    const reply = route(ctx);
    if (reply) send(ctx, reply);
  } catch (error) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (error instanceof StatusError) send(ctx, { status: error.code, body: error.body, headers: error.headers });
    else send(ctx, { status: 500, body: statusBody(500, 'InternalError', `Internal error occurred: kube-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`) });
  }
}

export async function startKubeServer(options: KubeServerOptions = {}): Promise<KubeServer> {
  const state = new State(options.token ?? DEFAULT_KUBE_TOKEN, options.historyLimit ?? 1000);
  const server: Server = createServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify(statusBody(500, 'InternalError', `kube-server: ${String(error)}`)));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;

  return {
    url: state.url,
    requests: state.requests,

    kubeconfig({ token = state.token, namespace = 'default' } = {}) {
      return [
        'apiVersion: v1',
        'kind: Config',
        'preferences: {}',
        'clusters:',
        '  - name: test',
        '    cluster:',
        `      server: ${state.url}`,
        // @kubernetes/client-node 1.x refuses an http: server unless TLS verification is off
        '      insecure-skip-tls-verify: true',
        'users:',
        '  - name: test',
        '    user:',
        `      token: ${JSON.stringify(token)}`,
        'contexts:',
        '  - name: test',
        '    context:',
        '      cluster: test',
        '      user: test',
        `      namespace: ${JSON.stringify(namespace)}`,
        'current-context: test',
        '',
      ].join('\n');
    },

    get(namespace, name) {
      const object = state.find(namespace, name);
      return object ? clone(object) : undefined;
    },

    put(object) {
      if (!isObj(object)) throw new Error('kube-server: put() needs an object');
      const body = clone(object);
      const metadata = meta(body);
      if (typeof metadata.name !== 'string' || metadata.name === '') throw new Error('kube-server: put() needs metadata.name');
      const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default';
      body.apiVersion ??= KSERVE_API_VERSION;
      body.kind ??= KSERVE_KIND;
      const current = state.find(namespace, metadata.name);
      if (!current) return state.commit('ADDED', prepareCreate(state, body, namespace, true));
      return commitUpdate(state, current, prepareUpdate(current, body, 'all'), false);
    },

    setStatus(namespace, name, status) {
      const current = state.find(namespace, name);
      if (!current) throw new Error(`kube-server: no InferenceService ${namespace}/${name}`);
      const next = clone(current);
      next.status = clone(status);
      state.commit('MODIFIED', next, current);
    },

    onChange(listener) {
      state.listeners.add(listener);
      return () => {
        state.listeners.delete(listener);
      };
    },

    dropWatches() {
      for (const watcher of [...state.watchers]) state.endWatch(watcher, true);
    },

    openWatches() {
      return state.watchers.size;
    },

    bookmark() {
      for (const watcher of state.watchers) state.sendBookmark(watcher);
    },

    compact() {
      state.history.length = 0;
      state.compactedRv = state.rv;
    },

    resourceVersion() {
      return String(state.rv);
    },

    fault(fault) {
      state.faults.push({ ...fault, left: fault.times ?? 1 });
    },

    close() {
      state.closed = true;
      for (const watcher of [...state.watchers]) state.endWatch(watcher, true);
      return new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else if (state.listenerErrors.length > 0) reject(state.listenerErrors[0] instanceof Error ? state.listenerErrors[0] : new Error(String(state.listenerErrors[0])));
          else resolve();
        });
        server.closeAllConnections();
      });
    },
  };
}
