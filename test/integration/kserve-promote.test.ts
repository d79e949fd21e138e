/**
 * The KServe rollout against a local server that speaks the Kubernetes API as documented (no API
 * server can run here: resourceVersion, 409 conflicts, merge patches, watch streams) and a local
 * model server answering V1 and V2. The test plays KServe's controller: it answers the rollout's
 * writes with the status transitions KServe documents (revisions, traffic, conditions, modelStatus).
 */
import { RecordingLogger } from '../helpers/recording-logger.js';
import { kubeClientFrom } from '../../src/kserve/kube-client.js';
import { inferenceService } from '../../src/kserve/manifest.js';
import { promote, rollback, type PromoteInput } from '../../src/kserve/promote.js';
import { rollOut } from '../../src/kserve/rollout.js';
import { validateInferenceService } from '../helpers/kserve-schema.js';
import { mlops } from '../helpers/cli.js';
import { startKubeServer, type KubeServer } from '../helpers/kube-server.js';
import { startModelServer, type ModelServer } from '../helpers/model-server.js';
import { playController, readyStatus as readyStatusFor, type ControllerBehaviour } from '../helpers/kserve-controller.js';

const NS = 'models';
let kube: KubeServer;
let model: ModelServer;
let stopController: (() => void) | undefined;


beforeAll(async () => {
  kube = await startKubeServer();
  model = await startModelServer({ model: 'housing' });
});
afterAll(async () => {
  await model.close();
  await kube.close();
});
afterEach(() => {
  stopController?.();
  stopController = undefined;
  model.setBehaviour('ok');
});

function controller(name: string, behaviour: () => ControllerBehaviour, delayMs = 150): void {
  stopController = playController(kube, NS, name, model.url, behaviour, delayMs);
}

function readyStatus(name: string, generation: number, latest: number, rolledOut: number, canary: number | undefined) {
  return readyStatusFor(name, NS, generation, latest, rolledOut, canary, model.url);
}

const client = () => kubeClientFrom(kube.kubeconfig({ namespace: NS }));

async function input(name: string, storageUri: string, overrides: Partial<PromoteInput> = {}): Promise<PromoteInput & { logger: RecordingLogger }> {
  return {
    client: await client(),
    desired: inferenceService({ name, namespace: NS, modelFormat: 'sklearn', storageUri, protocol: 'v1' }),
    canaryPercent: 10,
    readyTimeoutMs: 5000,
    smoke: { request: { instances: [[1, 2], [3, 4]] }, protocol: 'v1', model: 'housing' },
    logger: new RecordingLogger(),
    ...overrides,
  } as PromoteInput & { logger: RecordingLogger };
}

/** An InferenceService already serving `storageUri` at revision 1. */
async function existing(name: string, storageUri: string, annotations: Record<string, string> = {}): Promise<void> {
  const manifest = inferenceService({ name, namespace: NS, modelFormat: 'sklearn', storageUri, protocol: 'v1', annotations });
  kube.put(manifest);
  kube.setStatus(NS, name, readyStatus(name, 1, 1, 1, undefined));
}

const storedPredictor = (name: string) => kube.get(NS, name)?.spec.predictor;

test('first deploy: created at 100%, verified when Ready', async () => {
  controller('first', () => 'ready');
  const outcome = await promote(await input('first', 'gs://models/housing/v1'));
  expect(outcome).toMatchObject({ kind: 'deployed', revision: 'first-predictor-00001' });
  expect(storedPredictor('first')).toMatchObject({ model: { storageUri: 'gs://models/housing/v1' } });
  expect(storedPredictor('first').canaryTrafficPercent).toBeUndefined();
  expect(model.requests.some((request) => request.method === 'POST' && request.path === '/v1/models/housing:predict')).toBe(true);
});

test('a good canary: 10% with tag routing, Ready, smoke test passes, promoted to all traffic', async () => {
  await existing('good', 'gs://models/housing/v1');
  const seen: number[] = [];
  const stop = kube.onChange((event) => event.object.metadata.name === 'good' && seen.push(event.object.spec.predictor.canaryTrafficPercent));
  controller('good', () => 'ready');
  const run = await input('good', 'gs://models/housing/v2');
  const outcome = await promote(run);
  stop();
  expect(outcome).toMatchObject({ kind: 'promoted', revision: 'good-predictor-00002', previousRevision: 'good-predictor-00001' });
  expect(seen).toContain(10);
  const stored = kube.get(NS, 'good');
  expect(stored.spec.predictor.canaryTrafficPercent).toBeUndefined();
  expect(stored.spec.predictor.model.storageUri).toBe('gs://models/housing/v2');
  expect(stored.metadata.annotations['serving.kserve.io/enable-tag-routing']).toBe('true');
  expect(run.logger.lines).toEqual(expect.arrayContaining(['[kserve: read]', '[kserve: apply canary (10%)]', '[kserve: wait for Ready]', '[kserve: smoke test]', '[kserve: promote]']));
});

test('a canary that never becomes Ready is rolled back within the timeout: traffic to the old revision, spec restored', async () => {
  await existing('stuck', 'gs://models/housing/v1');
  controller('stuck', () => 'never-ready');
  const started = Date.now();
  const outcome = await promote(await input('stuck', 'gs://models/housing/v2', { readyTimeoutMs: 1500 }));
  expect(Date.now() - started).toBeLessThan(5000);
  expect(outcome).toMatchObject({ kind: 'rolled-back', reason: expect.stringMatching(/^not Ready within 2s|^not Ready within 1s|^not Ready within \d+s/) });
  expect(storedPredictor('stuck')).toMatchObject({ canaryTrafficPercent: 0, model: { storageUri: 'gs://models/housing/v1' } });
});

test('BlockedByFailedLoad ends the wait at once, with the reason from lastFailureInfo, and rolls back', async () => {
  await existing('broken', 'gs://models/housing/v1');
  controller('broken', () => 'failed-load');
  const started = Date.now();
  const outcome = await promote(await input('broken', 'gs://models/housing/v2', { readyTimeoutMs: 30000 }));
  expect(Date.now() - started).toBeLessThan(5000);
  expect(outcome).toMatchObject({ kind: 'rolled-back', reason: 'BlockedByFailedLoad (ModelLoadFailed: unpickling error: invalid load key)' });
  expect(storedPredictor('broken')).toMatchObject({ canaryTrafficPercent: 0, model: { storageUri: 'gs://models/housing/v1' } });
});

test.each([
  ['wrong-shape', /smoke test failed: wrong shape: 1 predictions for 2 instances/],
  ['error-500', /smoke test failed: POST .*\/v1\/models\/housing:predict answered 500/],
  ['nan', /smoke test failed: predictions are not all finite numbers/],
] as const)('Ready but the smoke test fails (%s): rolled back with the spec restored', async (behaviour, reason) => {
  const name = `smoke-${behaviour}`;
  await existing(name, 'gs://models/housing/v1');
  controller(name, () => 'ready');
  model.setBehaviour(behaviour);
  const outcome = await promote(await input(name, 'gs://models/housing/v2'));
  expect(outcome.kind).toBe('rolled-back');
  expect(outcome.kind === 'rolled-back' && outcome.reason).toMatch(reason);
  expect(storedPredictor(name)).toMatchObject({ canaryTrafficPercent: 0, model: { storageUri: 'gs://models/housing/v1' } });
});

test('a 409 conflict (someone else wrote meanwhile) is read again and retried', async () => {
  await existing('busy', 'gs://models/housing/v1');
  controller('busy', () => 'ready');
  kube.fault({ method: 'PUT', path: /\/inferenceservices\/busy$/, status: 409, times: 1 });
  const run = await input('busy', 'gs://models/housing/v2');
  const outcome = await promote(run);
  expect(outcome.kind).toBe('promoted');
  expect(run.logger.lines.some((line) => /^Conflict writing models\/busy .*attempt 2 of 5/.test(line))).toBe(true);
});

test('a watch that drops mid-way is resumed from its resourceVersion, and the decision still comes from the stream', async () => {
  await existing('dropped', 'gs://models/housing/v1');
  controller('dropped', () => 'ready', 800);
  setTimeout(() => kube.dropWatches(), 300);
  const before = kube.requests.length;
  const run = await input('dropped', 'gs://models/housing/v2');
  const outcome = await promote(run);
  expect(outcome.kind).toBe('promoted');
  expect(run.logger.lines.some((line) => line.startsWith('Watch: the watch stream ended; resuming from resourceVersion'))).toBe(true);
  const watches = kube.requests.slice(before).filter((request) => request.query.watch === 'true');
  expect(watches.length).toBeGreaterThanOrEqual(2);
  // watched, not polled: the only plain GETs are the reads before each write
  expect(kube.requests.slice(before).filter((request) => request.method === 'GET' && request.query.watch !== 'true').length).toBeLessThanOrEqual(3);
});

test('RawDeployment (canaryTrafficPercent ignored there) is refused and nothing is changed', async () => {
  await existing('raw', 'gs://models/housing/v1', { 'serving.kserve.io/deploymentMode': 'RawDeployment' });
  const before = JSON.stringify(kube.get(NS, 'raw'));
  const outcome = await promote(await input('raw', 'gs://models/housing/v2'));
  expect(outcome).toMatchObject({ kind: 'refused', reason: expect.stringContaining('runs in RawDeployment (Standard) mode, where KServe ignores canaryTrafficPercent') });
  expect(JSON.stringify(kube.get(NS, 'raw'))).toBe(before);
});

test('mlops kserve rollback restores the predictor recorded before the rollout', async () => {
  await existing('manual', 'gs://models/housing/v1');
  controller('manual', () => 'ready');
  expect((await promote(await input('manual', 'gs://models/housing/v2'))).kind).toBe('promoted');
  await rollback(await client(), NS, 'manual', new RecordingLogger());
  expect(storedPredictor('manual')).toMatchObject({ model: { storageUri: 'gs://models/housing/v1' } });
  expect(storedPredictor('manual').canaryTrafficPercent).toBeUndefined();
});

test('mlops kserve promote through the CLI: the kubeconfig (and its token) is never printed', async () => {
  await existing('cli', 'gs://models/housing/v1');
  controller('cli', () => 'ready');
  const kubeconfig = kube.kubeconfig({ namespace: NS });
  const result = await mlops(process.cwd(), ['kserve', 'promote', '--name', 'cli', '--namespace', NS, '--model-format', 'sklearn', '--storage-uri', 'gs://models/housing/v2', '--timeout', '10'], { PATH: process.env.PATH, MLOPS_KUBECONFIG: kubeconfig });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Promoted models/cli: cli-predictor-00002 takes all traffic at http://cli.models.example.com.');
  expect(result.stdout + result.stderr).not.toContain('kube-test-token');
});

describe('rollOut from the run options (runs and the Jenkins promote step)', () => {
  const image = `ghcr.io/acme/housing@sha256:${'b'.repeat(64)}`;
  const kserve = (name: string, extra: Record<string, string> = {}) => ({ name, namespace: NS, protocol: 'v1' as const, canaryPercent: 10, timeoutSeconds: 10, env: [] as string[], ...extra });

  test('a pushed image and a storage URI, no model format: the image serves, and STORAGE_URI tells KServe what to download', async () => {
    controller('custom-uri', () => 'ready');
    const outcome = await rollOut(kserve('custom-uri', { storageUri: 'gs://models/housing/v3' }), { cwd: process.cwd(), client: await client(), logger: new RecordingLogger(), image });
    expect(outcome.kind).toBe('deployed');
    const stored = kube.get(NS, 'custom-uri');
    expect(stored.spec.predictor).toEqual({ containers: [{ name: 'kserve-container', image, env: [{ name: 'STORAGE_URI', value: 'gs://models/housing/v3' }] }] });
    expect(validateInferenceService({ apiVersion: stored.apiVersion, kind: stored.kind, metadata: { name: stored.metadata.name, namespace: stored.metadata.namespace, annotations: stored.metadata.annotations }, spec: stored.spec })).toEqual({ valid: true, errors: [] });
  });

  test('a model format and a storage URI: KServe’s runtime serves the model, as before, even with an image pushed', async () => {
    controller('runtime-uri', () => 'ready');
    const outcome = await rollOut(kserve('runtime-uri', { modelFormat: 'sklearn', storageUri: 'gs://models/housing/v3' }), { cwd: process.cwd(), client: await client(), logger: new RecordingLogger(), image });
    expect(outcome.kind).toBe('deployed');
    expect(storedPredictor('runtime-uri')).toEqual({ model: { modelFormat: { name: 'sklearn' }, protocolVersion: 'v1', storageUri: 'gs://models/housing/v3' } });
  });
});
