/**
 * GitHub Actions artifacts for tests, over three local listeners, one for each service a real
 * artifact passes through, speaking each as its public definition says:
 *
 * - **results** (ACTIONS_RESULTS_URL): the Twirp service `github.actions.results.api.v1.ArtifactService`
 *   (CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL, DeleteArtifact) in
 *   its JSON encoding (proto field names, int64 as strings, Timestamps as RFC 3339), as
 *   @actions/artifact's generated client calls it: `POST /twirp/<service>/<method>`, the job's
 *   ACTIONS_RUNTIME_TOKEN (a JWT whose `scp` carries `Actions.Results:<run>:<job>`) as Bearer,
 *   errors as Twirp's `{"code", "msg"}` with their HTTP statuses.
 * - **blob**: Azure Blob Storage for a SAS URL, path style (`/<account>/<container>/<blob>`), as
 *   @azure/storage-blob's BlockBlobClient uses it: Put Block (`comp=block&blockid=`), Put Block
 *   List (`comp=blocklist`, `<BlockList><Latest>…`), Put Blob (`x-ms-blob-type: BlockBlob`),
 *   Get Blob / Get Blob Properties (`rscd` sets Content-Disposition); the SAS's `sig`, `sp` and
 *   `se` are checked; errors are Azure's XML `<Error><Code>` with `x-ms-error-code`.
 * - **api** (GITHUB_API_URL): GitHub's REST artifacts endpoints (list a workflow run's artifacts
 *   with `name`, `per_page`, `page` and a Link header; get an artifact; download one: a 302 to a
 *   read-only SAS URL of the blob, which expires, 410 once the artifact has), with
 *   `actions: read` checked per token. Every other request is forwarded unchanged to `upstream`
 *   (the local GitHub of github-server.ts), so one API URL serves pulls, comments and check runs
 *   as well, the way api.github.com does.
 *
 * Listens on 127.0.0.1 only; started and closed by the test.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateRawSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export interface ArtifactRequest {
  service: 'results' | 'blob' | 'api';
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  status: number;
  /** Sent on to the upstream GitHub (api only). */
  forwarded: boolean;
  /** When it arrived and when it was answered (Date.now() ms). */
  at: number;
  answeredAt: number;
}

export interface StoredArtifactView {
  id: number;
  name: string;
  runId: number;
  size: number;
  digest?: string;
  finalized: boolean;
  contentType: string;
}

export interface ArtifactServer {
  /** ACTIONS_RESULTS_URL. */
  resultsUrl: string;
  /** GITHUB_API_URL: artifacts here, everything else forwarded to the upstream GitHub. */
  apiUrl: string;
  /** The storage account host the signed URLs point at. */
  blobUrl: string;
  requests: ArtifactRequest[];
  /**
   * A workflow run of `repository` for `headSha`, with one job: its REST run id and the job's
   * ACTIONS_RUNTIME_TOKEN (what the runner gives every step of the job).
   */
  startRun(run: { repository: string; headSha: string; headBranch?: string; headRepositoryId?: number }): { runId: number; runtimeToken: string };
  /** What a token may do with the actions API (`actions: read` lists and downloads); default none. */
  grantActions(token: string, level: 'read' | 'write' | 'none'): void;
  /**
   * Store `bytes` as a finalized artifact of the run, as a fork's job that talks to the results
   * service itself (it holds the runtime token) could upload anything; the digest is the bytes'
   * sha256 unless given. Returns its id.
   */
  addArtifact(runId: number, name: string, bytes: Buffer, options?: { digest?: string; contentType?: string }): number;
  /** Change one byte of a finalized artifact's blob (its recorded digest stays). */
  corruptBlob(artifactId: number): void;
  /** Mark an artifact expired (the REST API answers 410 for its download). */
  expire(artifactId: number): void;
  artifacts(runId?: number): StoredArtifactView[];
  /** The committed bytes of an artifact's blob. */
  blob(artifactId: number): Buffer | undefined;
  close(): Promise<void>;
}

/** One entry of a zip made by hand (a fork's own tooling), for archives no archiver would write. */
export interface HandMadeZipEntry {
  name: string;
  data: Buffer;
  /** Default deflate. */
  method?: 'store' | 'deflate';
  /** The uncompressed size the headers claim (default the real one). */
  declaredSize?: number;
}

/** A zip archive of `entries`, written the plain way (local headers with sizes, central directory, end record). */
export function handMadeZip(entries: HandMadeZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method === 'store' ? 0 : 8;
    const packed = method === 0 ? entry.data : deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}


// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

interface Run {
  id: number;
  backendId: string;
  repository: string;
  headSha: string;
  headBranch: string;
  headRepositoryId: number;
  jobBackendId: string;
  runtimeToken: string;
}

interface Blob {
  /** `/<account>/<container>/<path>` */
  path: string;
  writeSig: string;
  readSig: string;
  uncommitted: Map<string, Buffer>;
  /** Block id length, in bytes decoded: all of a blob's blocks must share it. */
  blockIdLength?: number;
  committed?: { data: Buffer; blocks: { id: string; data: Buffer }[]; contentType: string; etag: string; lastModified: string };
}

interface Artifact {
  id: number;
  name: string;
  run: Run;
  blob: Blob;
  finalized: boolean;
  size: number;
  digest?: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  mimeType: string;
}

const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-results';
const SERVICE = 'github.actions.results.api.v1.ArtifactService';
const SAS_VERSION = '2024-08-04';
const X_MS_VERSION = '2026-02-06';
const DOCS = {
  list: 'https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts',
  get: 'https://docs.github.com/rest/actions/artifacts#get-an-artifact',
  download: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact',
};

class State {
  resultsUrl = '';
  apiUrl = '';
  blobUrl = '';
  upstream = '';
  readonly runs = new Map<number, Run>();
  readonly runsByBackend = new Map<string, Run>();
  readonly runtimeTokens = new Map<string, Run>();
  readonly actions = new Map<string, 'read' | 'write' | 'none'>();
  readonly artifacts = new Map<number, Artifact>();
  readonly blobs = new Map<string, Blob>();
  readonly requests: ArtifactRequest[] = [];
  private nextRun = 9_000_000_000;
  private nextArtifact = 3_100_000_000;

  runId(): number {
    return ++this.nextRun;
  }
  artifactId(): number {
    return ++this.nextArtifact;
  }

  newBlob(run: Run): Blob {
    const path = `/${ACCOUNT}/${CONTAINER}/${run.backendId}/workflow-job-run-${run.jobBackendId}/artifacts/${randomBytes(32).toString('hex')}.zip`;
    const blob: Blob = { path, writeSig: randomBytes(32).toString('base64'), readSig: randomBytes(32).toString('base64'), uncommitted: new Map() };
    this.blobs.set(path, blob);
    return blob;
  }

  /** A SAS URL of the blob: `sp=cw` to upload, `sp=r` to read, expiring `seconds` from now. */
  sasUrl(blob: Blob, permissions: 'cw' | 'r', seconds: number, disposition?: string): string {
    const url = new URL(`${this.blobUrl}${blob.path}`);
    url.searchParams.set('sv', SAS_VERSION);
    url.searchParams.set('spr', 'https');
    url.searchParams.set('se', new Date(Date.now() + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    url.searchParams.set('sr', 'b');
    url.searchParams.set('sp', permissions);
    if (disposition) url.searchParams.set('rscd', disposition);
    url.searchParams.set('sig', permissions === 'r' ? blob.readSig : blob.writeSig);
    return url.toString();
  }

  artifactsOf(run: Run): Artifact[] {
    return [...this.artifacts.values()].filter((artifact) => artifact.run === run);
  }
}

function iso(ms = Date.now()): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

function record(state: State, service: ArtifactRequest['service'], req: IncomingMessage, url: URL, headers: Record<string, string>): ArtifactRequest {
  const entry: ArtifactRequest = { service, method: (req.method ?? 'GET').toUpperCase(), path: url.pathname, query: Object.fromEntries(url.searchParams), headers, status: 0, forwarded: false, at: Date.now(), answeredAt: 0 };
  state.requests.push(entry);
  return entry;
}

function send(res: ServerResponse, entry: ArtifactRequest, status: number, headers: Record<string, string>, body: string | Buffer = ''): void {
  entry.status = status;
  entry.answeredAt = Date.now();
  const payload = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'content-length': String(payload.length) });
  res.end(payload);
}

// ---------------------------------------------------------------------------------------------
// Twirp: github.actions.results.api.v1.ArtifactService
// ---------------------------------------------------------------------------------------------

const TWIRP_STATUS: Record<string, number> = {
  canceled: 408, unknown: 500, invalid_argument: 400, malformed: 400, deadline_exceeded: 408, not_found: 404, bad_route: 404,
  already_exists: 409, permission_denied: 403, unauthenticated: 401, resource_exhausted: 429, failed_precondition: 412,
  aborted: 409, out_of_range: 400, unimplemented: 501, internal: 500, unavailable: 503, dataloss: 500,
};

class TwirpError extends Error {
  constructor(readonly code: keyof typeof TWIRP_STATUS, message: string) {
    super(message);
  }
}

type JsonObject = { [key: string]: unknown };

function field(body: JsonObject, name: string, camel: string): unknown {
  // protojson accepts a field by its proto name or its JSON (lowerCamelCase) name.
  return body[name] !== undefined ? body[name] : body[camel];
}

function stringField(body: JsonObject, name: string, camel: string, required = true): string {
  const value = field(body, name, camel);
  if (value === undefined || value === '') {
    if (required) throw new TwirpError('invalid_argument', `${name} is required`);
    return '';
  }
  if (typeof value !== 'string') throw new TwirpError('malformed', `${name}: expected a string`);
  return value;
}

function int64Field(body: JsonObject, name: string, camel: string): bigint | undefined {
  const value = field(body, name, camel);
  if (value === undefined) return undefined;
  if ((typeof value === 'string' && /^-?\d+$/.test(value)) || (typeof value === 'number' && Number.isSafeInteger(value))) return BigInt(value);
  throw new TwirpError('malformed', `${name}: expected an int64 (a decimal string)`);
}

function monolith(artifact: Artifact): JsonObject {
  return {
    workflow_run_backend_id: artifact.run.backendId,
    workflow_job_run_backend_id: artifact.run.jobBackendId,
    database_id: String(artifact.id),
    name: artifact.name,
    size: String(artifact.size),
    created_at: artifact.createdAt,
    ...(artifact.digest ? { digest: artifact.digest } : {}),
  };
}

function twirpMethod(state: State, run: Run, method: string, body: JsonObject): JsonObject {
  const runId = stringField(body, 'workflow_run_backend_id', 'workflowRunBackendId');
  const jobId = stringField(body, 'workflow_job_run_backend_id', 'workflowJobRunBackendId');
  if (runId !== run.backendId || jobId !== run.jobBackendId) throw new TwirpError('permission_denied', 'the runtime token is not scoped to this workflow run and job');
  const finalized = () => state.artifactsOf(run).filter((artifact) => artifact.finalized);
  switch (method) {
    case 'CreateArtifact': {
      const name = stringField(body, 'name', 'name');
      const version = field(body, 'version', 'version');
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 4) throw new TwirpError('invalid_argument', `version ${String(version)} is not supported`);
      if (/[":<>|*?\\/\r\n]/.test(name)) throw new TwirpError('invalid_argument', `artifact name ${JSON.stringify(name)} has a character artifact names may not contain`);
      if (state.artifactsOf(run).some((artifact) => artifact.name === name)) throw new TwirpError('already_exists', `an artifact with this name already exists on the workflow run`);
      const expires = field(body, 'expires_at', 'expiresAt');
      const mimeType = field(body, 'mime_type', 'mimeType');
      const artifact: Artifact = {
        id: state.artifactId(),
        name,
        run,
        blob: state.newBlob(run),
        finalized: false,
        size: 0,
        createdAt: iso(),
        expiresAt: typeof expires === 'string' ? expires : iso(Date.now() + 90 * 86400_000),
        expired: false,
        mimeType: typeof mimeType === 'string' ? mimeType : 'application/zip',
      };
      state.artifacts.set(artifact.id, artifact);
      return { ok: true, signed_upload_url: state.sasUrl(artifact.blob, 'cw', 6 * 3600) };
    }
    case 'FinalizeArtifact': {
      const name = stringField(body, 'name', 'name');
      const artifact = state.artifactsOf(run).find((candidate) => candidate.name === name);
      if (!artifact) throw new TwirpError('not_found', `no artifact named ${name} was created in this job`);
      if (artifact.finalized) throw new TwirpError('failed_precondition', `the artifact ${name} is already finalized`);
      const committed = artifact.blob.committed;
      if (!committed) throw new TwirpError('failed_precondition', `nothing was uploaded for the artifact ${name}`);
      const size = int64Field(body, 'size', 'size');
      if (size === undefined || size !== BigInt(committed.data.length)) throw new TwirpError('invalid_argument', `size ${String(size)} does not match the ${committed.data.length} bytes uploaded`);
      const hash = field(body, 'hash', 'hash');
      if (hash !== undefined && (typeof hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(hash))) throw new TwirpError('invalid_argument', 'hash must be sha256:<64 hex digits>');
      artifact.finalized = true;
      artifact.size = committed.data.length;
      artifact.digest = typeof hash === 'string' ? hash : undefined;
      return { ok: true, artifact_id: String(artifact.id) };
    }
    case 'ListArtifacts': {
      const nameFilter = field(body, 'name_filter', 'nameFilter');
      const idFilter = int64Field(body, 'id_filter', 'idFilter');
      return {
        artifacts: finalized()
          .filter((artifact) => (nameFilter === undefined || artifact.name === nameFilter) && (idFilter === undefined || BigInt(artifact.id) === idFilter))
          .map(monolith),
      };
    }
    case 'GetSignedArtifactURL': {
      const name = stringField(body, 'name', 'name');
      const artifact = finalized().find((candidate) => candidate.name === name);
      if (!artifact) throw new TwirpError('not_found', `no artifact named ${name}`);
      return { signed_url: state.sasUrl(artifact.blob, 'r', 60, `attachment; filename="${artifact.name}.zip"`) };
    }
    case 'DeleteArtifact': {
      const name = stringField(body, 'name', 'name');
      const artifact = finalized().find((candidate) => candidate.name === name);
      if (!artifact) throw new TwirpError('not_found', `no artifact named ${name}`);
      state.artifacts.delete(artifact.id);
      state.blobs.delete(artifact.blob.path);
      return { ok: true, artifact_id: String(artifact.id) };
    }
    default:
      throw new TwirpError('bad_route', `no handler for path "/twirp/${SERVICE}/${method}"`);
  }
}

async function handleResults(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', state.resultsUrl);
  const headers = headersOf(req);
  const entry = record(state, 'results', req, url, headers);
  const raw = await readBody(req);
  const reply = (status: number, body: JsonObject) => send(res, entry, status, { 'content-type': 'application/json' }, JSON.stringify(body));
  const fail = (error: TwirpError) => reply(TWIRP_STATUS[error.code]!, { code: error.code, msg: error.message });
  try {
    const match = url.pathname.match(/^\/twirp\/([^/]+)\/([^/]+)$/);
    if (!match || match[1] !== SERVICE) throw new TwirpError('bad_route', `no handler for path ${JSON.stringify(url.pathname)}`);
    if (entry.method !== 'POST') throw new TwirpError('bad_route', `unsupported method ${entry.method} (only POST is allowed)`);
    const contentType = (headers['content-type'] ?? '').split(';')[0]!.trim();
    if (contentType !== 'application/json') throw new TwirpError('bad_route', `unexpected Content-Type: ${JSON.stringify(headers['content-type'] ?? '')}`);
    const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/);
    const run = bearer ? state.runtimeTokens.get(bearer[1]!) : undefined;
    if (!run) throw new TwirpError('unauthenticated', 'the request carries no valid runtime token');
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      throw new TwirpError('malformed', `the json request could not be decoded: ${(error as Error).message}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TwirpError('malformed', 'the json request could not be decoded: not an object');
    reply(200, twirpMethod(state, run, match[2]!, body as JsonObject));
  } catch (error) {
    if (error instanceof TwirpError) fail(error);
    else fail(new TwirpError('internal', String(error)));
  }
}

// ---------------------------------------------------------------------------------------------
// Azure Blob Storage (a SAS URL, path style)
// ---------------------------------------------------------------------------------------------

class StorageError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function storageHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': X_MS_VERSION, date: new Date().toUTCString(), server: 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0' };
}

/** The SAS must be the one issued for this blob, unexpired, and grant what the operation needs. */
function checkSas(blob: Blob, url: URL, need: 'r' | 'w'): void {
  const sp = url.searchParams.get('sp') ?? '';
  const se = Date.parse(url.searchParams.get('se') ?? '');
  const sig = url.searchParams.get('sig');
  const expected = sp === 'r' ? blob.readSig : sp === 'cw' ? blob.writeSig : undefined;
  const denied = () => new StorageError(403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.');
  if (!sig || sig !== expected || url.searchParams.get('sv') !== SAS_VERSION) throw denied();
  if (!Number.isFinite(se) || se < Date.now()) throw new StorageError(403, 'AuthenticationFailed', 'Signed expiry time has to be after signed start time / the signature has expired.');
  if (!sp.includes(need) && !(need === 'w' && sp.includes('c'))) throw new StorageError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.');
}

function decodeBlockId(text: string | null): Buffer {
  if (!text || !/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) throw new StorageError(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid (blockid).');
  const id = Buffer.from(text, 'base64');
  if (id.length === 0 || id.length > 64) throw new StorageError(400, 'InvalidBlockId', 'The specified block ID is invalid. The block ID must be Base64-encoded and at most 64 bytes.');
  return id;
}

function parseBlockList(xml: string): { list: 'Committed' | 'Uncommitted' | 'Latest'; id: string }[] {
  const body = xml.replace(/^\uFEFF/, '').replace(/^<\?xml[^>]*\?>\s*/, '').trim();
  const match = body.match(/^<BlockList>([\s\S]*)<\/BlockList>$/);
  if (!match) throw new StorageError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
  const items: { list: 'Committed' | 'Uncommitted' | 'Latest'; id: string }[] = [];
  const rest = match[1]!.replace(/<(Committed|Uncommitted|Latest)>([^<]*)<\/\1>/g, (_whole, list: 'Committed' | 'Uncommitted' | 'Latest', id: string) => {
    items.push({ list, id: id.trim() });
    return '';
  });
  if (rest.trim() !== '') throw new StorageError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
  return items;
}

function commit(blob: Blob, blocks: { id: string; data: Buffer }[], contentType: string): void {
  blob.committed = { data: Buffer.concat(blocks.map((block) => block.data)), blocks, contentType, etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`, lastModified: new Date().toUTCString() };
  blob.uncommitted.clear();
  blob.blockIdLength = blocks[0] ? Buffer.from(blocks[0].id, 'base64').length : undefined;
}

async function handleBlob(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', state.blobUrl);
  const headers = headersOf(req);
  const entry = record(state, 'blob', req, url, headers);
  const body = await readBody(req);
  const ok = (status: number, extra: Record<string, string> = {}, payload: Buffer | string = '') => send(res, entry, status, { ...storageHeaders(), ...extra }, entry.method === 'HEAD' ? '' : payload);
  try {
    const blob = state.blobs.get(url.pathname);
    if (!blob) throw new StorageError(404, 'ResourceNotFound', 'The specified resource does not exist.');
    const comp = url.searchParams.get('comp');
    if (entry.method === 'PUT') {
      checkSas(blob, url, 'w');
      if (headers['content-length'] === undefined) throw new StorageError(411, 'MissingContentLengthHeader', 'Content-Length HTTP header is missing.');
      const md5 = createHash('md5').update(body).digest('base64');
      if (headers['content-md5'] && headers['content-md5'] !== md5) throw new StorageError(400, 'Md5Mismatch', 'The MD5 value specified in the request did not match with the MD5 value calculated by the server.');
      if (comp === 'block') {
        const id = decodeBlockId(url.searchParams.get('blockid'));
        const lengths = [...blob.uncommitted.keys()].map((known) => Buffer.from(known, 'base64').length);
        if ((lengths.length > 0 && lengths[0] !== id.length) || (blob.blockIdLength !== undefined && blob.blockIdLength !== id.length)) {
          throw new StorageError(400, 'InvalidBlobOrBlock', 'The specified blob or block content is invalid (block ids of one blob must have the same length).');
        }
        if (body.length > 4000 * 1024 * 1024) throw new StorageError(413, 'RequestBodyTooLarge', 'The request body is too large.');
        blob.uncommitted.set(url.searchParams.get('blockid')!, body);
        return ok(201, { 'content-md5': md5, 'x-ms-request-server-encrypted': 'true' });
      }
      if (comp === 'blocklist') {
        const wanted = parseBlockList(body.toString('utf8'));
        const committed = new Map((blob.committed?.blocks ?? []).map((block) => [block.id, block.data] as const));
        const blocks = wanted.map(({ list, id }) => {
          const data = list === 'Committed' ? committed.get(id) : list === 'Uncommitted' ? blob.uncommitted.get(id) : (blob.uncommitted.get(id) ?? committed.get(id));
          if (!data) throw new StorageError(400, 'InvalidBlockList', 'The specified block list is invalid.');
          return { id, data };
        });
        commit(blob, blocks, headers['x-ms-blob-content-type'] ?? 'application/octet-stream');
        return ok(201, { etag: blob.committed!.etag, 'last-modified': blob.committed!.lastModified, 'x-ms-request-server-encrypted': 'true' });
      }
      if (comp === null) {
        if (headers['x-ms-blob-type'] !== 'BlockBlob') throw new StorageError(400, 'InvalidHeaderValue', 'The value for one of the HTTP headers is not in the correct format (x-ms-blob-type).');
        const id = Buffer.from('put-blob').toString('base64');
        commit(blob, [{ id, data: body }], headers['x-ms-blob-content-type'] ?? headers['content-type'] ?? 'application/octet-stream');
        blob.blockIdLength = undefined;
        return ok(201, { etag: blob.committed!.etag, 'last-modified': blob.committed!.lastModified, 'content-md5': md5, 'x-ms-request-server-encrypted': 'true' });
      }
      throw new StorageError(400, 'InvalidQueryParameterValue', `Value for one of the query parameters specified in the request URI is invalid (comp=${comp}).`);
    }
    if (entry.method === 'GET' || entry.method === 'HEAD') {
      checkSas(blob, url, 'r');
      if (comp !== null) throw new StorageError(400, 'InvalidQueryParameterValue', `Value for one of the query parameters specified in the request URI is invalid (comp=${comp}).`);
      const committed = blob.committed;
      if (!committed) throw new StorageError(404, 'BlobNotFound', 'The specified blob does not exist.');
      const disposition = url.searchParams.get('rscd');
      return ok(200, {
        'content-type': committed.contentType,
        etag: committed.etag,
        'last-modified': committed.lastModified,
        'accept-ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-server-encrypted': 'true',
        ...(disposition ? { 'content-disposition': disposition } : {}),
      }, committed.data);
    }
    throw new StorageError(405, 'UnsupportedHttpVerb', 'The resource doesn\'t support the specified HTTP verb.');
  } catch (error) {
    const failure = error instanceof StorageError ? error : new StorageError(500, 'InternalError', String(error));
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>${failure.code}</Code><Message>${failure.message}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`;
    send(res, entry, failure.status, { ...storageHeaders(), 'x-ms-error-code': failure.code, 'content-type': 'application/xml' }, entry.method === 'HEAD' ? '' : xml);
  }
}

// ---------------------------------------------------------------------------------------------
// GitHub REST: artifacts; everything else forwarded upstream
// ---------------------------------------------------------------------------------------------

function restArtifact(state: State, artifact: Artifact): JsonObject {
  const url = `${state.apiUrl}/repos/${artifact.run.repository}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${base64url(String(artifact.id))}`,
    name: artifact.name,
    size_in_bytes: artifact.size,
    url,
    archive_download_url: `${url}/zip`,
    expired: artifact.expired,
    created_at: artifact.createdAt,
    updated_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    ...(artifact.digest ? { digest: artifact.digest } : {}),
    workflow_run: { id: artifact.run.id, repository_id: 700_000_001, head_repository_id: artifact.run.headRepositoryId, head_branch: artifact.run.headBranch, head_sha: artifact.run.headSha },
  };
}

function restError(status: number, message: string, doc: string): { status: number; body: JsonObject } {
  return { status, body: { message, documentation_url: doc, status: String(status) } };
}

/** The artifacts routes, or undefined for a request that goes upstream. */
function artifactsRoute(state: State, method: string, url: URL, token: string | undefined): { status: number; body?: JsonObject; headers?: Record<string, string> } | undefined {
  const m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/(?:runs\/(\d+)\/artifacts|artifacts\/(\d+)(?:\/([^/]+))?)$/);
  if (!m) return undefined;
  const repository = `${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`;
  const doc = m[3] ? DOCS.list : m[5] ? DOCS.download : DOCS.get;
  if (method !== 'GET') return restError(404, 'Not Found', doc);
  if (token === undefined) return restError(401, 'Requires authentication', doc);
  const level = state.actions.get(token);
  if (level === undefined) return restError(401, 'Bad credentials', doc);
  if (level === 'none') return restError(403, 'Resource not accessible by integration', doc);
  const sameRepo = (run: Run) => run.repository.toLowerCase() === repository.toLowerCase();

  if (m[3]) {
    const run = state.runs.get(Number(m[3]));
    if (!run || !sameRepo(run)) return restError(404, 'Not Found', doc);
    const name = url.searchParams.get('name');
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const all = state.artifactsOf(run).filter((artifact) => artifact.finalized && (name === null || artifact.name === name)).sort((a, b) => b.id - a.id);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(p));
      next.searchParams.set('per_page', String(perPage));
      return `<${state.apiUrl}${next.pathname}${next.search}>; rel="${rel}"`;
    };
    const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
    return { status: 200, body: { total_count: all.length, artifacts: slice.map((artifact) => restArtifact(state, artifact)) }, headers: links.length ? { link: links.join(', ') } : {} };
  }

  const artifact = state.artifacts.get(Number(m[4]));
  if (!artifact || !artifact.finalized || !sameRepo(artifact.run)) return restError(404, 'Not Found', doc);
  if (m[5] === undefined) return { status: 200, body: restArtifact(state, artifact) };
  if (m[5] !== 'zip') return restError(404, 'Not Found', doc);
  if (artifact.expired) return restError(410, 'Artifact has expired', doc);
  // "This URL expires after 1 minute. Look for Location: in the response header."
  return { status: 302, headers: { location: state.sasUrl(artifact.blob, 'r', 60, `attachment; filename="${artifact.name}.zip"`) } };
}

function forward(state: State, req: IncomingMessage, res: ServerResponse, entry: ArtifactRequest, body: Buffer, headers: Record<string, string>): Promise<void> {
  entry.forwarded = true;
  return new Promise((resolve, reject) => {
    const target = new URL(req.url ?? '/', state.upstream);
    const outgoing = { ...headers, host: target.host };
    const upstream = httpRequest(target, { method: entry.method, headers: outgoing }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        entry.status = answer.statusCode ?? 502;
        entry.answeredAt = Date.now();
        const out: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && name !== 'connection' && name !== 'keep-alive' && name !== 'transfer-encoding') out[name] = value;
        res.writeHead(entry.status, out);
        res.end(Buffer.concat(chunks));
        resolve();
      });
      answer.on('error', reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

async function handleApi(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', state.apiUrl);
  const headers = headersOf(req);
  const entry = record(state, 'api', req, url, headers);
  const body = await readBody(req);
  const token = headers.authorization?.match(/^(?:token|bearer)\s+(\S+)\s*$/i)?.[1];
  const reply = artifactsRoute(state, entry.method, url, token);
  if (!reply) return forward(state, req, res, entry, body, headers);
  const common = {
    'x-github-request-id': `${randomBytes(2).toString('hex').toUpperCase()}:${randomBytes(3).toString('hex').toUpperCase()}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    'x-github-api-version-selected': '2022-11-28',
  };
  const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
  send(res, entry, reply.status, { ...common, ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...(reply.headers ?? {}) }, payload);
}

// ---------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`artifact-server: ${String(error)} (${STATUS_CODES[500]})`);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Start the three services; `upstream` is the GitHub API every non-artifact request goes to. */
export async function startArtifactServer(options: { upstream: string }): Promise<ArtifactServer> {
  const state = new State();
  state.upstream = options.upstream;
  const results = await listen((req, res) => handleResults(state, req, res));
  const blob = await listen((req, res) => handleBlob(state, req, res));
  const api = await listen((req, res) => handleApi(state, req, res));
  state.resultsUrl = results.url;
  state.blobUrl = blob.url;
  state.apiUrl = api.url;

  const view = (artifact: Artifact): StoredArtifactView => ({
    id: artifact.id, name: artifact.name, runId: artifact.run.id, size: artifact.size, digest: artifact.digest, finalized: artifact.finalized, contentType: artifact.blob.committed?.contentType ?? '',
  });

  return {
    resultsUrl: results.url,
    apiUrl: api.url,
    blobUrl: blob.url,
    requests: state.requests,

    startRun(run) {
      const id = state.runId();
      const backendId = randomUUID();
      const jobBackendId = randomUUID();
      const claims = { scp: `Actions.ExampleScope Actions.Results:${backendId}:${jobBackendId}`, iss: 'https://token.actions.githubusercontent.com', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 6 * 3600 };
      const runtimeToken = `${base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5t: base64url(randomBytes(20)) }))}.${base64url(JSON.stringify(claims))}.${base64url(randomBytes(64))}`;
      const stored: Run = { id, backendId, repository: run.repository, headSha: run.headSha, headBranch: run.headBranch ?? 'feature', headRepositoryId: run.headRepositoryId ?? 700_000_002, jobBackendId, runtimeToken };
      state.runs.set(id, stored);
      state.runsByBackend.set(backendId, stored);
      state.runtimeTokens.set(runtimeToken, stored);
      return { runId: id, runtimeToken };
    },

    grantActions(token, level) {
      state.actions.set(token, level);
    },

    addArtifact(runId, name, bytes, extra = {}) {
      const run = state.runs.get(runId);
      if (!run) throw new Error(`artifact-server: no run ${runId}`);
      if (state.artifactsOf(run).some((artifact) => artifact.name === name)) throw new Error(`artifact-server: run ${runId} already has ${name}`);
      const blob = state.newBlob(run);
      commit(blob, [{ id: Buffer.from('hand-made').toString('base64'), data: bytes }], extra.contentType ?? 'application/zip');
      const artifact: Artifact = {
        id: state.artifactId(), name, run, blob, finalized: true, size: bytes.length, digest: extra.digest ?? `sha256:${sha256(bytes)}`,
        createdAt: iso(), expiresAt: iso(Date.now() + 7 * 86400_000), expired: false, mimeType: 'application/zip',
      };
      state.artifacts.set(artifact.id, artifact);
      return artifact.id;
    },

    corruptBlob(artifactId) {
      const data = state.artifacts.get(artifactId)?.blob.committed?.data;
      if (!data || data.length === 0) throw new Error(`artifact-server: artifact ${artifactId} has no blob`);
      const at = Math.floor(data.length / 2);
      data[at] = data[at]! ^ 0xff;
    },

    expire(artifactId) {
      const artifact = state.artifacts.get(artifactId);
      if (!artifact) throw new Error(`artifact-server: no artifact ${artifactId}`);
      artifact.expired = true;
    },

    artifacts(runId) {
      return [...state.artifacts.values()].filter((artifact) => runId === undefined || artifact.run.id === runId).map(view);
    },

    blob(artifactId) {
      return state.artifacts.get(artifactId)?.blob.committed?.data;
    },

    async close() {
      await Promise.all(
        [results.server, blob.server, api.server].map(
          (server) =>
            new Promise<void>((resolve, reject) => {
              server.close((error) => (error ? reject(error) : resolve()));
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}
