/**
 * What the train stage says when the KFP API (the local server of test/helpers/kfp-server.ts)
 * refuses, fails or is not there: the HTTP status and the endpoint with KFP's own message in
 * each of its shapes, the option to fix, and which failures are retried.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kfpOptions, type KfpOptions } from '../../src/kfp/options.js';
import { trainOnKfp, type KfpTrainDependencies, type KfpTrainResult } from '../../src/kfp/train.js';
import { startKfpServer, type KfpServer, type KfpServerOptions } from '../helpers/kfp-server.js';
import { EXAMPLE } from '../helpers/paths.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const SHA = 'c0ffee0123456789abcdef0123456789abcdef01';
let dir: string;
let server: KfpServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-kfp-'));
  writeFileSync(join(dir, 'pipeline.yaml'), readFileSync(join(EXAMPLE, 'pipeline.yaml'), 'utf8'));
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function serve(options: KfpServerOptions = {}): Promise<KfpServer> {
  server = await startKfpServer(options);
  return server;
}

const optionsFor = (host: string): KfpOptions => kfpOptions({ 'kfp-host': host, 'kfp-pipeline': 'pipeline.yaml' })!;

async function train(options: KfpOptions, more: Partial<KfpTrainDependencies> = {}): Promise<{ result: KfpTrainResult; logger: RecordingLogger }> {
  const logger = new RecordingLogger();
  const result = await trainOnKfp(options, {
    cwd: dir, env: {}, logger, facts: { event: 'pr', repository: 'acme/housing', sha: SHA, defaultBranchPush: false },
    poll: { initialMs: 2, maxMs: 10 }, retry: { attempts: 3, delayMs: () => 5 },
    ...more,
  });
  return { result, logger };
}

async function reasonOf(promise: Promise<{ result: KfpTrainResult }>): Promise<string> {
  const { result } = await promise;
  if (result.kind !== 'not-started') throw new Error(`expected not-started, got ${result.kind}`);
  return result.reason;
}

describe('no KFP API there', () => {
  it('a refused connection names kfp-host, after retrying', async () => {
    const s = await serve();
    const url = s.url;
    await s.close();
    server = undefined;
    const { result, logger } = await train(optionsFor(url), { spell: (key) => `--${key}` });
    expect(result).toMatchObject({ kind: 'not-started', reason: `could not connect to the KFP API at ${url} (connection refused): check --kfp-host` });
    expect(logger.lines.filter((line) => line.startsWith('warning: KFP API GET /apis/v2beta1/healthz: ECONNREFUSED; retrying'))).toHaveLength(2);
  });

  it('a host that does not resolve names kfp-host', async () => {
    const reason = await reasonOf(train(optionsFor('http://kfp.invalid'), { retry: { attempts: 1, delayMs: () => 1 } }));
    expect(reason).toBe('the KFP API host of http://kfp.invalid was not found: check kfp-host');
  });
});

describe('authentication', () => {
  it("KFP's own 401 (multi-user, no token): says a token is needed and how to give one", async () => {
    const s = await serve({ multiUser: true, tokens: ['the-token'] });
    const reason = await reasonOf(train(kfpOptions({ 'kfp-host': s.url, 'kfp-pipeline': 'pipeline.yaml', 'kfp-namespace': 'kubeflow-user-example-com' })!));
    expect(reason).toBe(
      'KFP API GET /apis/v2beta1/experiments answered 401 Unauthorized: Failed to authorize with API: Unauthenticated: Failed to check authorization. User identity is empty in the request header: Request header error: there is no user identity header.: Request header error: there is no user identity header.; the KFP API needs a token: none of kfp-token, KFP_TOKEN or kfp-token-file is set',
    );
    // 401 is not retried
    expect(s.requests.filter((r) => r.path === '/apis/v2beta1/experiments')).toHaveLength(1);
  });

  it('a wrong token: 401 naming where the token came from', async () => {
    const s = await serve({ tokens: ['the-token'] });
    const reason = await reasonOf(train(optionsFor(s.url), { token: 'an-old-token' }));
    expect(reason).toMatch(/answered 401 Unauthorized: .*; the token was not accepted: check kfp-token$/);
  });

  it("an auth proxy's login page (HTML, 200): the KFP API answered with a login page", async () => {
    const s = await serve({ tokens: ['the-token'], authProxy: 'login-page' });
    const reason = await reasonOf(train(optionsFor(s.url), { env: { KFP_TOKEN: 'expired-token' } }));
    expect(reason).toBe('the KFP API answered with a login page: check the token (the KFP_TOKEN environment variable); GET /apis/v2beta1/healthz answered 200 with HTML');
  });

  it("an auth proxy's redirect to its login page: the same, with where it points (no query)", async () => {
    const s = await serve({ tokens: ['the-token'], authProxy: 'redirect' });
    const reason = await reasonOf(train(optionsFor(s.url)));
    expect(reason).toBe(`the KFP API answered with a login page: check the token (none of kfp-token, KFP_TOKEN or kfp-token-file is set): GET /apis/v2beta1/healthz answered 302 Found, a redirect to ${s.url}/oauth2/start`);
    expect(reason).not.toContain('s3cr3t-state');
  });
});

describe("KFP's error shapes", () => {
  it('grpc-gateway v2 ({code, message, details}): the message with the status and endpoint', async () => {
    const s = await serve();
    s.fault({ method: 'POST', path: /\/runs$/, status: 500, body: { code: 13, message: 'Failed to create a run: InternalServerError: Failed to create a workflow for (default): etcdserver: request timed out', details: [] } });
    const reason = await reasonOf(train(optionsFor(s.url)));
    expect(reason).toBe('KFP API POST /apis/v2beta1/runs answered 500 Internal Server Error: Failed to create a run: InternalServerError: Failed to create a workflow for (default): etcdserver: request timed out');
  });

  it('grpc-gateway v1 ({error, code, message, details}, KFP 2.0–2.5)', async () => {
    const s = await serve({ errorShape: 'v1', multiUser: true });
    const reason = await reasonOf(train(kfpOptions({ 'kfp-host': s.url, 'kfp-pipeline': 'pipeline.yaml', 'kfp-namespace': 'other' })!));
    expect(reason).toMatch(/^KFP API GET \/apis\/v2beta1\/experiments answered 403 Forbidden: List experiments failed: Failed to authorize with API: PermissionDenied: User 'system:serviceaccount:ci:mlops' is not authorized/);
  });

  it('the upload endpoints ({error_message, error_details}): the message, not the Go stack; an authorization failure is a 400', async () => {
    const s = await serve({ multiUser: true, namespaces: ['team-a'] });
    const stack = 'Failed to create a pipeline\ngithub.com/kubeflow/pipelines/backend/src/apiserver/server.(*PipelineUploadServer).uploadPipeline\n\t/go/src/github.com/kubeflow/pipelines/backend/src/apiserver/server/pipeline_upload_server.go:186';
    s.fault({ method: 'POST', path: /\/pipelines\/upload$/, status: 400, body: { error_message: 'Failed to create a pipeline', error_details: stack }, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const reason = await reasonOf(train(kfpOptions({ 'kfp-host': s.url, 'kfp-pipeline': 'pipeline.yaml', 'kfp-namespace': 'team-a' })!, { facts: { event: 'push', repository: 'acme/housing', sha: SHA, defaultBranchPush: true } }));
    expect(reason).toBe('KFP API POST /apis/v2beta1/pipelines/upload answered 400 Bad Request: Failed to create a pipeline; KFP answers an authorization failure on upload this way too: check kfp-namespace and kfp-token');
    expect(reason).not.toContain('pipeline_upload_server.go');
  });

  it('plain text (http.Error): its first line', async () => {
    const s = await serve();
    s.fault({ method: 'POST', path: /\/runs$/, status: 400, body: 'Invalid input error: Namespace is required for pipeline operations\n' });
    const reason = await reasonOf(train(optionsFor(s.url)));
    expect(reason).toBe('KFP API POST /apis/v2beta1/runs answered 400 Bad Request: Invalid input error: Namespace is required for pipeline operations');
  });

  it('a request field KFP does not define would be a 400: every body the stage sends is accepted', async () => {
    const s = await serve();
    const { result } = await train(optionsFor(s.url), { facts: { event: 'push', repository: 'acme/housing', sha: SHA, defaultBranchPush: true } });
    expect(result.kind).toBe('succeeded');
    expect(s.requests.filter((r) => r.method === 'POST').map((r) => [r.path.replace(/runs\/[^:]+/, 'runs/ID'), r.status])).toEqual([
      ['/apis/v2beta1/experiments', 200],
      ['/apis/v2beta1/pipelines/upload', 200],
      ['/apis/v2beta1/pipelines/upload_version', 200],
      ['/apis/v2beta1/runs', 200],
    ]);
  });
});

describe('retries', () => {
  it('a 503 then OK while following: retried, with a warning, and the run ends normally', async () => {
    const s = await serve();
    s.fault({ method: 'GET', path: /^\/apis\/v2beta1\/runs\//, status: 503 });
    const { result, logger } = await train(optionsFor(s.url));
    expect(result.kind).toBe('succeeded');
    expect(logger.lines.some((line) => /^warning: KFP API GET \/apis\/v2beta1\/runs\/[0-9a-f-]+: 503 Service Unavailable; retrying in 0\.0 s \(attempt 2 of 3\)$/.test(line))).toBe(true);
  });

  it.each([429, 502, 504])('%i on a GET is retried', async (status) => {
    const s = await serve();
    s.fault({ method: 'GET', path: /\/experiments$/, status, times: 2, headers: status === 429 ? { 'retry-after': '0' } : {} });
    const { result } = await train(optionsFor(s.url));
    expect(result.kind).toBe('succeeded');
    expect(s.requests.filter((r) => r.path === '/apis/v2beta1/experiments' && r.method === 'GET').map((r) => r.status)).toEqual([status, status, 200]);
  });

  it('other 4xx are not retried', async () => {
    const s = await serve();
    s.fault({ method: 'GET', path: /\/experiments$/, status: 404, times: 5 });
    await train(optionsFor(s.url));
    expect(s.requests.filter((r) => r.path === '/apis/v2beta1/experiments')).toHaveLength(1);
  });

  it('creating a run is retried on 429 and 503 (not handled) but not on 502 or 504 (it may have started)', async () => {
    const s = await serve();
    s.fault({ method: 'POST', path: /\/runs$/, status: 503 });
    expect((await train(optionsFor(s.url))).result.kind).toBe('succeeded');
    s.fault({ method: 'POST', path: /\/runs$/, status: 504 });
    const reason = await reasonOf(train(optionsFor(s.url)));
    expect(reason).toBe('KFP API POST /apis/v2beta1/runs answered 504 Gateway Timeout: Gateway Timeout');
    expect(s.requests.filter((r) => r.method === 'POST' && r.path === '/apis/v2beta1/runs').map((r) => r.status)).toEqual([503, 200, 504]);
  });

  it('losing the API for good while following: failed, saying the run may still be running', async () => {
    const s = await serve();
    s.fault({ method: 'GET', path: /^\/apis\/v2beta1\/runs\//, status: 503, times: 10 });
    const { result, logger } = await train(optionsFor(s.url));
    if (result.kind !== 'failed') throw new Error(result.kind);
    expect(result.message).toMatch(/^could not follow the run: KFP API GET \/apis\/v2beta1\/runs\/[0-9a-f-]+ answered 503 Service Unavailable: upstream connect error/);
    expect(logger.lines.some((line) => line.startsWith('error: Lost the KFP run acme/housing pr c0ffee0') && line.endsWith(`It may still be running: ${result.run.url}`))).toBe(true);
  });
});
