/**
 * The KFP bearer token: where it comes from (kfp-token, else KFP_TOKEN, else kfp-token-file
 * re-read before every request, as a projected service-account token rotates), that it reaches
 * the server, and that it never shows in the log, the result, the report lines or the outputs,
 * even when the server echoes it back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kfpOptions, type KfpOptions } from '../../src/kfp/options.js';
import { describeKfpTraining, kfpOutputs, kfpReportLines } from '../../src/kfp/report.js';
import { trainOnKfp, type KfpTrainDependencies, type KfpTrainResult } from '../../src/kfp/train.js';
import { startKfpServer, type KfpServer } from '../helpers/kfp-server.js';
import { EXAMPLE } from '../helpers/paths.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.kfp-secret-token-1';
const ROTATED = 'eyJhbGciOiJSUzI1NiJ9.kfp-secret-token-2';
let dir: string;
let server: KfpServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-kfp-'));
  writeFileSync(join(dir, 'pipeline.yaml'), readFileSync(join(EXAMPLE, 'pipeline.yaml'), 'utf8'));
  server = await startKfpServer({ tokens: [TOKEN] });
});

afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const optionsFor = (extra: Record<string, string> = {}): KfpOptions => kfpOptions({ 'kfp-host': server.url, 'kfp-pipeline': 'pipeline.yaml', ...extra })!;

async function train(options: KfpOptions, more: Partial<KfpTrainDependencies> = {}): Promise<{ result: KfpTrainResult; logger: RecordingLogger; masked: string[] }> {
  const logger = new RecordingLogger();
  const masked: string[] = [];
  const result = await trainOnKfp(options, {
    cwd: dir, env: {}, logger, facts: { event: 'push', repository: 'acme/housing', sha: 'c0ffee0123456789abcdef0123456789abcdef01', defaultBranchPush: true },
    poll: { initialMs: 2, maxMs: 10 }, retry: { attempts: 2, delayMs: () => 5 }, mask: (secret) => masked.push(secret),
    ...more,
  });
  return { result, logger, masked };
}

/** Everything the stage hands back or prints. */
function everything(result: KfpTrainResult, logger: RecordingLogger): string {
  return [JSON.stringify(result), ...logger.lines, describeKfpTraining(result), ...kfpReportLines(result), JSON.stringify(kfpOutputs(result))].join('\n');
}

const bearers = (): string[] => [...new Set(server.requests.map((r) => r.headers.authorization ?? '(none)'))];

it('kfp-token: sent as the bearer on every request, masked, and nowhere in what the stage says', async () => {
  const { result, logger, masked } = await train(optionsFor(), { token: TOKEN });
  expect(result.kind).toBe('succeeded');
  expect(bearers()).toEqual([`Bearer ${TOKEN}`]);
  expect(masked).toEqual([TOKEN]);
  expect(everything(result, logger)).not.toContain('kfp-secret-token');
});

it('KFP_TOKEN from the given environment when kfp-token is not set; kfp-token wins over it', async () => {
  await train(optionsFor(), { env: { KFP_TOKEN: `${TOKEN}\n` } });
  expect(bearers()).toEqual([`Bearer ${TOKEN}`]);
  server.requests.length = 0;
  const { result } = await train(optionsFor(), { token: TOKEN, env: { KFP_TOKEN: 'other' } });
  expect(result.kind).toBe('succeeded');
  expect(bearers()).toEqual([`Bearer ${TOKEN}`]);
});

it('kfp-token-file: re-read before every request, so a rotated token is used from the next request on', async () => {
  writeFileSync(join(dir, 'token'), `${TOKEN}\n`);
  let rotated = false;
  const fetchThatRotates: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const gets = server.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/apis/v2beta1/runs/')).length;
    if (!rotated && gets === 3) {
      // the kubelet writes the new projected token; the old one stops working
      rotated = true;
      writeFileSync(join(dir, 'token'), ROTATED);
      server.setTokens([ROTATED]);
    }
    return response;
  };
  const { result, logger, masked } = await train(optionsFor({ 'kfp-token-file': 'token' }), { fetch: fetchThatRotates });
  expect(result.kind).toBe('succeeded');
  expect(bearers()).toEqual([`Bearer ${TOKEN}`, `Bearer ${ROTATED}`]);
  expect(server.requests.every((r) => r.status === 200)).toBe(true);
  expect(masked).toEqual([TOKEN, ROTATED]);
  expect(everything(result, logger)).not.toContain('kfp-secret-token');
});

it('an empty or missing token file: nothing submitted, naming kfp-token-file', async () => {
  writeFileSync(join(dir, 'token'), '\n');
  const empty = await train(optionsFor({ 'kfp-token-file': 'token' }));
  expect(empty.result).toMatchObject({ kind: 'not-started', reason: 'kfp-token-file (token) is empty' });
  const missing = await train(optionsFor({ 'kfp-token-file': 'secrets/kfp' }));
  expect(missing.result).toMatchObject({ kind: 'not-started', reason: expect.stringMatching(/^could not read the token from kfp-token-file \(secrets\/kfp\): ENOENT/) });
  expect(server.requests).toEqual([]);
});

it('a server that echoes the token in its error: scrubbed from the log, the result and the report', async () => {
  server.fault({ method: 'POST', path: /\/runs$/, status: 403, body: { code: 7, message: `Failed to create a run: PermissionDenied: token "${TOKEN}" may not create runs in namespace kubeflow`, details: [] } });
  const { result, logger } = await train(optionsFor(), { token: TOKEN });
  if (result.kind !== 'not-started') throw new Error(result.kind);
  expect(result.reason).toBe('KFP API POST /apis/v2beta1/runs answered 403 Forbidden: Failed to create a run: PermissionDenied: token "***" may not create runs in namespace kubeflow; the token may not do this: check kfp-namespace and kfp-token');
  expect(everything(result, logger)).not.toContain('kfp-secret-token');
});

it('a retry warning and a lost run never carry it either', async () => {
  server.fault({ method: 'GET', path: /^\/apis\/v2beta1\/runs\//, status: 503, times: 5, body: { code: 14, message: `upstream rejected Authorization: Bearer ${TOKEN}`, details: [] } });
  const { result, logger } = await train(optionsFor(), { token: TOKEN });
  expect(result.kind).toBe('failed');
  const text = everything(result, logger);
  expect(text).toContain('upstream rejected Authorization: Bearer ***');
  expect(text).not.toContain('kfp-secret-token');
});
