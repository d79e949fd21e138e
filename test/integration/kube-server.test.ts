/**
 * The local Kubernetes API test server answers for KServe InferenceServices as kube-apiserver
 * does for a custom resource (resourceVersion, conflicts, patch types, status subresource,
 * Status error bodies, watches with replay, bookmarks and 410 Expired), and the local KServe
 * model server answers the V1 and Open Inference (V2) protocols. Checked with plain fetch, then
 * with the real @kubernetes/client-node (CustomObjectsApi and Watch).
 */
import { request } from 'node:http';
import { CustomObjectsApi, KubeConfig, PatchStrategy, setHeaderOptions, Watch } from '@kubernetes/client-node';
import { parse as parseYaml } from 'yaml';
import { KSERVE_API_VERSION, startKubeServer, type KubeEvent, type KubeJson, type KubeServer } from '../helpers/kube-server.js';
import { startModelServer, type ModelServer } from '../helpers/model-server.js';

const TOKEN = 'kube-test-token';
const NS = 'models';
const COLLECTION = `/apis/serving.kserve.io/v1beta1/namespaces/${NS}/inferenceservices`;
const CONFLICT = 'Operation cannot be fulfilled on inferenceservices.serving.kserve.io "iris": the object has been modified; please apply your changes to the latest version and try again';

interface Answer {
  status: number;
  headers: Headers;
  body: KubeJson;
}

function isvc(name: string, storageUri = 'gs://models/iris/v1', extra: Record<string, unknown> = {}): KubeJson {
  return {
    apiVersion: KSERVE_API_VERSION,
    kind: 'InferenceService',
    metadata: { name, namespace: NS, ...extra },
    spec: { predictor: { model: { modelFormat: { name: 'sklearn' }, storageUri } } },
  };
}

function readyStatus(generation: number): KubeJson {
  const at = '2025-01-01T00:00:00Z';
  return {
    observedGeneration: generation,
    url: `http://iris.${NS}.example.com`,
    conditions: ['IngressReady', 'PredictorReady', 'Ready'].map((type) => ({ type, status: 'True', lastTransitionTime: at })),
    components: { predictor: { latestReadyRevision: 'iris-predictor-00001', latestCreatedRevision: 'iris-predictor-00001', traffic: [{ revisionName: 'iris-predictor-00001', percent: 100, latestRevision: true }] } },
    modelStatus: { transitionStatus: 'UpToDate', states: { activeModelState: 'Loaded', targetModelState: 'Loaded' } },
  };
}

describe('local Kubernetes API test server: objects', () => {
  let server: KubeServer;

  beforeEach(async () => {
    server = await startKubeServer();
  });
  afterEach(async () => {
    await server.close();
  });

  async function call(method: string, path: string, body?: unknown, options: { token?: string | null; contentType?: string } = {}): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json, */*;q=0.8' };
    const token = options.token === undefined ? TOKEN : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const response = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // plain text (healthz)
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  it('create answers 201 with server-set metadata and drops status; get answers 200; a second create is 409 AlreadyExists; a missing one is 404 NotFound', async () => {
    const created = await call('POST', COLLECTION, { ...isvc('iris'), status: { url: 'http://ignored' } });
    expect(created.status).toBe(201);
    expect(created.body.metadata).toMatchObject({ name: 'iris', namespace: NS, generation: 1 });
    expect(created.body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(created.body.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(created.body.status).toBeUndefined();
    expect(server.get(NS, 'iris')).toEqual(created.body);

    const got = await call('GET', `${COLLECTION}/iris`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(created.body);

    const again = await call('POST', COLLECTION, isvc('iris'));
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'inferenceservices.serving.kserve.io "iris" already exists',
      reason: 'AlreadyExists',
      details: { name: 'iris', group: 'serving.kserve.io', kind: 'inferenceservices' },
      code: 409,
    });

    const missing = await call('GET', `${COLLECTION}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'inferenceservices.serving.kserve.io "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', group: 'serving.kserve.io', kind: 'inferenceservices' },
      code: 404,
    });

    const list = await call('GET', COLLECTION);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ apiVersion: KSERVE_API_VERSION, kind: 'InferenceServiceList', metadata: { resourceVersion: server.resourceVersion() } });
    expect(list.body.items.map((i: KubeJson) => i.metadata.name)).toEqual(['iris']);
  });

  it('replace with a stale resourceVersion is 409 Conflict with the real message; with the current one it bumps resourceVersion and generation', async () => {
    const created = (await call('POST', COLLECTION, isvc('iris'))).body;
    const first = { ...created, spec: isvc('iris', 'gs://models/iris/v2').spec };
    const replaced = await call('PUT', `${COLLECTION}/iris`, first);
    expect(replaced.status).toBe(200);
    expect(Number(replaced.body.metadata.resourceVersion)).toBeGreaterThan(Number(created.metadata.resourceVersion));
    expect(replaced.body.metadata.generation).toBe(2);
    expect(replaced.body.spec.predictor.model.storageUri).toBe('gs://models/iris/v2');

    const stale = await call('PUT', `${COLLECTION}/iris`, { ...created, spec: isvc('iris', 'gs://models/iris/v3').spec });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: CONFLICT,
      reason: 'Conflict',
      details: { name: 'iris', group: 'serving.kserve.io', kind: 'inferenceservices' },
      code: 409,
    });
    expect(server.get(NS, 'iris').spec.predictor.model.storageUri).toBe('gs://models/iris/v2');

    const noVersion = structuredClone(replaced.body);
    delete noVersion.metadata.resourceVersion;
    const unconditional = await call('PUT', `${COLLECTION}/iris`, noVersion);
    expect(unconditional.status).toBe(422);
    expect(unconditional.body.message).toBe('InferenceService.serving.kserve.io "iris" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update');

    const labelled = await call('PUT', `${COLLECTION}/iris`, { ...replaced.body, metadata: { ...replaced.body.metadata, labels: { stage: 'canary' } } });
    expect(labelled.status).toBe(200);
    expect(labelled.body.metadata.generation).toBe(2);
    expect(labelled.body.metadata.labels).toEqual({ stage: 'canary' });

    const same = await call('PUT', `${COLLECTION}/iris`, labelled.body);
    expect(same.body.metadata.resourceVersion).toBe(labelled.body.metadata.resourceVersion);
  });

  it('merge patch (RFC 7386), JSON patch (RFC 6902), apply patch and the 400/415/422 answers for the wrong ones', async () => {
    await call('POST', COLLECTION, isvc('iris', 'gs://models/iris/v1', { annotations: { a: '1', b: '2' } }));
    const merge = 'application/merge-patch+json';
    const merged = await call('PATCH', `${COLLECTION}/iris`, { metadata: { annotations: { a: null, c: '3' } }, spec: { predictor: { canaryTrafficPercent: 10, model: { storageUri: 'gs://models/iris/v2' } } } }, { contentType: merge });
    expect(merged.status).toBe(200);
    expect(merged.body.metadata.annotations).toEqual({ b: '2', c: '3' });
    expect(merged.body.spec.predictor).toEqual({ canaryTrafficPercent: 10, model: { modelFormat: { name: 'sklearn' }, storageUri: 'gs://models/iris/v2' } });
    expect(merged.body.metadata.generation).toBe(2);

    const precondition = await call('PATCH', `${COLLECTION}/iris`, { metadata: { resourceVersion: '1' }, spec: { predictor: { canaryTrafficPercent: 50 } } }, { contentType: merge });
    expect(precondition.status).toBe(409);
    expect(precondition.body.message).toBe(CONFLICT);

    const json = 'application/json-patch+json';
    const patched = await call(
      'PATCH',
      `${COLLECTION}/iris`,
      [
        { op: 'test', path: '/spec/predictor/canaryTrafficPercent', value: 10 },
        { op: 'replace', path: '/spec/predictor/canaryTrafficPercent', value: 100 },
        { op: 'add', path: '/metadata/labels', value: { 'app.kubernetes.io/name': 'iris' } },
      ],
      { contentType: json },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.spec.predictor.canaryTrafficPercent).toBe(100);
    expect(patched.body.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'iris' });

    const failedTest = await call('PATCH', `${COLLECTION}/iris`, [{ op: 'test', path: '/spec/predictor/canaryTrafficPercent', value: 10 }], { contentType: json });
    expect(failedTest.status).toBe(422);
    expect(failedTest.body).toMatchObject({ kind: 'Status', reason: 'Invalid', code: 422 });

    // @kubernetes/client-node 1.x sends application/json-patch+json unless told otherwise
    const objectAsJsonPatch = await call('PATCH', `${COLLECTION}/iris`, { spec: {} }, { contentType: json });
    expect(objectAsJsonPatch.status).toBe(400);
    expect(objectAsJsonPatch.body.message).toBe('error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp');

    const strategic = await call('PATCH', `${COLLECTION}/iris`, { spec: {} }, { contentType: 'application/strategic-merge-patch+json' });
    expect(strategic.status).toBe(415);
    expect(strategic.body).toMatchObject({ kind: 'Status', reason: 'UnsupportedMediaType', code: 415 });

    const apply = 'application/apply-patch+yaml';
    const noManager = await call('PATCH', `${COLLECTION}/other`, isvc('other'), { contentType: apply });
    expect(noManager.status).toBe(422);
    const applied = await call('PATCH', `${COLLECTION}/other?fieldManager=mlops&force=true`, `apiVersion: ${KSERVE_API_VERSION}\nkind: InferenceService\nmetadata:\n  name: other\nspec:\n  predictor:\n    minReplicas: 1\n`, { contentType: apply });
    expect(applied.status).toBe(201);
    expect(applied.body.spec).toEqual({ predictor: { minReplicas: 1 } });
    const reapplied = await call('PATCH', `${COLLECTION}/other?fieldManager=mlops&force=true`, isvc('other'), { contentType: apply });
    expect(reapplied.status).toBe(200);
    expect(reapplied.body.spec.predictor).toMatchObject({ minReplicas: 1, model: { storageUri: 'gs://models/iris/v1' } });
  });

  it('keeps spec and status apart: the main resource ignores status, /status ignores everything else', async () => {
    const created = (await call('POST', COLLECTION, isvc('iris'))).body;
    server.setStatus(NS, 'iris', readyStatus(1));
    const withStatus = server.get(NS, 'iris');
    expect(Number(withStatus.metadata.resourceVersion)).toBe(Number(created.metadata.resourceVersion) + 1);

    const main = await call('PUT', `${COLLECTION}/iris`, { ...withStatus, status: { url: 'http://overwritten' } });
    expect(main.status).toBe(200);
    expect(main.body.status).toEqual(readyStatus(1));
    expect(main.body.metadata.resourceVersion).toBe(withStatus.metadata.resourceVersion);

    const status = await call('PATCH', `${COLLECTION}/iris/status`, { spec: { predictor: null }, status: { observedGeneration: 7 } }, { contentType: 'application/merge-patch+json' });
    expect(status.status).toBe(200);
    expect(status.body.spec).toEqual(created.spec);
    expect(status.body.status.observedGeneration).toBe(7);
    expect(status.body.metadata.generation).toBe(1);

    const got = await call('GET', `${COLLECTION}/iris/status`);
    expect(got.body.status.observedGeneration).toBe(7);
  });

  it('delete answers a Success Status; with a finalizer it only sets deletionTimestamp until the finalizer goes', async () => {
    await call('POST', COLLECTION, isvc('plain'));
    const deleted = await call('DELETE', `${COLLECTION}/plain`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'plain', group: 'serving.kserve.io', kind: 'inferenceservices' } });
    expect(server.get(NS, 'plain')).toBeUndefined();

    await call('POST', COLLECTION, isvc('iris', undefined, { finalizers: ['inferenceservice.finalizers'] }));
    const pending = await call('DELETE', `${COLLECTION}/iris`);
    expect(pending.status).toBe(200);
    expect(pending.body.metadata.deletionTimestamp).toBeDefined();
    const stored = server.get(NS, 'iris');
    server.put({ ...stored, metadata: { ...stored.metadata, finalizers: [] } });
    expect(server.get(NS, 'iris')).toBeUndefined();
  });

  it('rejects a missing or wrong bearer token with a 401 Status, and serves /version and discovery', async () => {
    for (const token of [null, 'wrong-token']) {
      const answer = await call('GET', COLLECTION, undefined, { token });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    }
    expect((await call('GET', '/version')).body).toMatchObject({ major: '1', gitVersion: expect.stringMatching(/^v1\.\d+\.\d+$/) });
    expect((await call('GET', '/apis/serving.kserve.io/v1beta1')).body.resources.map((r: KubeJson) => r.name)).toEqual(['inferenceservices', 'inferenceservices/status']);
    expect((await call('GET', '/api/v1/namespaces/x/pods')).body).toMatchObject({ kind: 'Status', reason: 'NotFound', code: 404 });
  });

  it('queues faults as Status bodies and records every request; the kubeconfig points at the server', async () => {
    server.fault({ method: 'GET', path: /\/inferenceservices\/iris$/, status: 503, times: 2 });
    server.fault({ method: 'PUT', status: 409 });
    expect((await call('GET', `${COLLECTION}/iris`)).body).toMatchObject({ kind: 'Status', reason: 'ServiceUnavailable', code: 503 });
    expect((await call('GET', `${COLLECTION}/iris`)).status).toBe(503);
    expect((await call('GET', `${COLLECTION}/iris`)).status).toBe(404);
    expect((await call('PUT', `${COLLECTION}/iris`, isvc('iris'))).body.message).toBe(CONFLICT);
    expect(server.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 503', 'GET 503', 'GET 404', 'PUT 409']);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);

    const config = parseYaml(server.kubeconfig({ namespace: NS }));
    expect(config['current-context']).toBe('test');
    expect(config.clusters[0].cluster).toEqual({ server: server.url, 'insecure-skip-tls-verify': true });
    expect(config.users[0].user.token).toBe(TOKEN);
    expect(config.contexts[0].context).toEqual({ cluster: 'test', user: 'test', namespace: NS });
    expect(parseYaml(server.kubeconfig({ token: 'other' })).users[0].user.token).toBe('other');
  });
});

interface WatchStream {
  status: number;
  headers: Headers;
  /** The next event, waiting for it. */
  next(): Promise<KubeJson>;
  /** Resolves with 'ended' (clean end) or 'broken' (connection dropped). */
  closed: Promise<'ended' | 'broken'>;
  abort(): void;
}

describe('local Kubernetes API test server: watch', () => {
  let server: KubeServer;
  const streams: WatchStream[] = [];

  beforeEach(async () => {
    server = await startKubeServer({ historyLimit: 50 });
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.abort();
    await server.close();
  });

  async function watch(query: Record<string, string>, token = TOKEN, path = COLLECTION): Promise<WatchStream> {
    const controller = new AbortController();
    const url = `${server.url}${path}?${new URLSearchParams({ watch: 'true', ...query })}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    const events: KubeJson[] = [];
    const waiters: ((event: KubeJson) => void)[] = [];
    let closedResolve: (how: 'ended' | 'broken') => void = () => {};
    const closed = new Promise<'ended' | 'broken'>((resolve) => (closedResolve = resolve));
    if (response.body) {
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true });
            let newline: number;
            while ((newline = buffer.indexOf('\n')) >= 0) {
              const event = JSON.parse(buffer.slice(0, newline));
              buffer = buffer.slice(newline + 1);
              const waiter = waiters.shift();
              if (waiter) waiter(event);
              else events.push(event);
            }
          }
          closedResolve('ended');
        } catch {
          closedResolve('broken');
        }
      })();
    }
    const stream: WatchStream = {
      status: response.status,
      headers: response.headers,
      next: () => (events.length > 0 ? Promise.resolve(events.shift()) : new Promise((resolve) => waiters.push(resolve))),
      closed,
      abort: () => controller.abort(),
    };
    streams.push(stream);
    return stream;
  }

  it('replays the history after a resourceVersion, filtered by fieldSelector, then streams live events such as setStatus', async () => {
    const created = server.put(isvc('iris'));
    server.put(isvc('other'));
    server.put(isvc('iris', 'gs://models/iris/v2'));
    const stream = await watch({ resourceVersion: created.metadata.resourceVersion, fieldSelector: 'metadata.name=iris', allowWatchBookmarks: 'true', timeoutSeconds: '30' });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('application/json');
    expect(stream.headers.get('transfer-encoding')).toBe('chunked');

    const replayed = await stream.next();
    expect(replayed.type).toBe('MODIFIED');
    expect(replayed.object.spec.predictor.model.storageUri).toBe('gs://models/iris/v2');
    expect(replayed.object.metadata.generation).toBe(2);

    server.setStatus(NS, 'iris', readyStatus(2));
    const live = await stream.next();
    expect(live).toMatchObject({ type: 'MODIFIED', object: { metadata: { name: 'iris', resourceVersion: server.resourceVersion() }, status: { observedGeneration: 2 } } });

    server.bookmark();
    expect(await stream.next()).toEqual({ type: 'BOOKMARK', object: { apiVersion: KSERVE_API_VERSION, kind: 'InferenceService', metadata: { resourceVersion: server.resourceVersion() } } });
  });

  it('starts with ADDED for current objects without a resourceVersion, and ends with a BOOKMARK at timeoutSeconds', async () => {
    server.put(isvc('iris'));
    const stream = await watch({ fieldSelector: 'metadata.name=iris', allowWatchBookmarks: 'true', timeoutSeconds: '1' });
    expect((await stream.next()).type).toBe('ADDED');
    expect((await stream.next()).type).toBe('BOOKMARK');
    expect(await stream.closed).toBe('ended');
  });

  it('dropWatches ends every open stream abruptly, and the client can resume from its last resourceVersion', async () => {
    const created = server.put(isvc('iris'));
    const stream = await watch({ resourceVersion: created.metadata.resourceVersion, fieldSelector: 'metadata.name=iris' });
    expect(server.openWatches()).toBe(1);
    server.dropWatches();
    expect(await stream.closed).toBe('broken');
    expect(server.openWatches()).toBe(0);

    server.setStatus(NS, 'iris', readyStatus(1));
    const resumed = await watch({ resourceVersion: created.metadata.resourceVersion, fieldSelector: 'metadata.name=iris' });
    expect(await resumed.next()).toMatchObject({ type: 'MODIFIED', object: { status: { observedGeneration: 1 } } });
  });

  it('answers an expired resourceVersion with an ERROR event carrying a 410 Expired Status, then ends the stream', async () => {
    const created = server.put(isvc('iris'));
    server.setStatus(NS, 'iris', readyStatus(1));
    server.compact();
    const stream = await watch({ resourceVersion: created.metadata.resourceVersion });
    expect(stream.status).toBe(200);
    const error = await stream.next();
    expect(error).toEqual({
      type: 'ERROR',
      object: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `too old resource version: ${created.metadata.resourceVersion} (${server.resourceVersion()})`, reason: 'Expired', code: 410 },
    });
    expect(await stream.closed).toBe('ended');

    const small = await startKubeServer({ historyLimit: 2 });
    try {
      const first = small.put(isvc('iris'));
      for (let i = 0; i < 3; i++) small.setStatus(NS, 'iris', readyStatus(i));
      const response = await fetch(`${small.url}${COLLECTION}?watch=true&resourceVersion=${first.metadata.resourceVersion}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const [line] = (await response.text()).trim().split('\n');
      expect(JSON.parse(line!).object).toMatchObject({ reason: 'Expired', code: 410 });
    } finally {
      await small.close();
    }
  });

  it('rejects a watch without a valid token with a 401 Status; a watch-only fault leaves lists alone', async () => {
    const response = await fetch(`${server.url}${COLLECTION}?watch=true`, { headers: { authorization: 'Bearer wrong' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401 });

    server.fault({ watch: true, status: 500 });
    const list = await fetch(`${server.url}${COLLECTION}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(list.status).toBe(200);
    const faulted = await fetch(`${server.url}${COLLECTION}?watch=true`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(faulted.status).toBe(500);
    expect(await faulted.json()).toMatchObject({ kind: 'Status', reason: 'InternalError', code: 500 });
  });

  it('lets a test play the controller through onChange, reacting to the client write', async () => {
    const seen: KubeEvent[] = [];
    server.onChange((event) => {
      seen.push(event);
      if (event.type === 'MODIFIED' && event.object.status === undefined) server.setStatus(NS, event.object.metadata.name, readyStatus(event.object.metadata.generation));
    });
    const created = server.put(isvc('iris'));
    const stream = await watch({ resourceVersion: created.metadata.resourceVersion, fieldSelector: 'metadata.name=iris' });
    const response = await fetch(`${server.url}${COLLECTION}/iris`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ spec: { predictor: { canaryTrafficPercent: 10 } } }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as KubeJson).status).toBeUndefined();
    expect((await stream.next()).object.spec.predictor.canaryTrafficPercent).toBe(10);
    expect((await stream.next()).object.status.observedGeneration).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'MODIFIED']);
  });
});

describe('local Kubernetes API test server: with the real @kubernetes/client-node', () => {
  let server: KubeServer;
  let api: CustomObjectsApi;
  let config: KubeConfig;
  const target = { group: 'serving.kserve.io', version: 'v1beta1', namespace: NS, plural: 'inferenceservices' };
  const aborts: AbortController[] = [];

  beforeEach(async () => {
    server = await startKubeServer();
    config = new KubeConfig();
    config.loadFromString(server.kubeconfig({ namespace: NS }));
    api = config.makeApiClient(CustomObjectsApi);
  });
  afterEach(async () => {
    for (const controller of aborts.splice(0)) controller.abort();
    await server.close();
  });

  it('create, get, a stale replace (409 ApiException with the Status body), merge patch, status patch and a 401 for a wrong token', async () => {
    const created: KubeJson = await api.createNamespacedCustomObject({ ...target, body: isvc('iris') });
    expect(created.metadata.generation).toBe(1);
    const got: KubeJson = await api.getNamespacedCustomObject({ ...target, name: 'iris' });
    expect(got).toEqual(created);

    server.setStatus(NS, 'iris', readyStatus(1));
    const stale = await api.replaceNamespacedCustomObject({ ...target, name: 'iris', body: created }).catch((error: unknown) => error);
    expect(stale).toMatchObject({ code: 409 });
    expect(JSON.parse((stale as { body: string }).body)).toMatchObject({ kind: 'Status', reason: 'Conflict', message: CONFLICT });

    // without a Content-Type option the client sends application/json-patch+json
    const wrongType = await api.patchNamespacedCustomObject({ ...target, name: 'iris', body: { spec: {} } }).catch((error: unknown) => error);
    expect(wrongType).toMatchObject({ code: 400 });

    const patched: KubeJson = await api.patchNamespacedCustomObject(
      { ...target, name: 'iris', body: { spec: { predictor: { canaryTrafficPercent: 10 } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(patched.spec.predictor.canaryTrafficPercent).toBe(10);
    expect(patched.metadata.generation).toBe(2);
    expect(patched.status.observedGeneration).toBe(1);

    const status: KubeJson = await api.patchNamespacedCustomObjectStatus({ ...target, name: 'iris', body: { status: { observedGeneration: 2 } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
    expect(status.status.observedGeneration).toBe(2);
    expect(server.requests.filter((r) => r.method === 'PATCH').map((r) => r.headers['content-type'])).toEqual(['application/json-patch+json', 'application/merge-patch+json', 'application/merge-patch+json']);

    const wrong = new KubeConfig();
    wrong.loadFromString(server.kubeconfig({ token: 'wrong' }));
    await expect(wrong.makeApiClient(CustomObjectsApi).getNamespacedCustomObject({ ...target, name: 'iris' })).rejects.toMatchObject({ code: 401 });
  });

  it('Watch: replays from a resourceVersion, sees setStatus, gets done() when the server drops the stream, resumes, and gets ERROR 410 after compaction', async () => {
    const created = server.put(isvc('iris'));
    const events: string[] = [];
    let done: (error: unknown) => void = () => {};
    const watch = (resourceVersion: string) => {
      const ended = new Promise<unknown>((resolve) => (done = resolve));
      const started = new Watch(config).watch(
        `/apis/serving.kserve.io/v1beta1/namespaces/${NS}/inferenceservices`,
        { resourceVersion, fieldSelector: 'metadata.name=iris', allowWatchBookmarks: true, timeoutSeconds: 60 },
        (type, object: KubeJson) => events.push(type === 'ERROR' ? `ERROR ${object.code} ${object.reason}` : `${type} ${object.metadata.resourceVersion}`),
        (error) => done(error),
      );
      return { started: started.then((controller) => aborts.push(controller)), ended };
    };
    const until = async (count: number) => {
      for (let i = 0; i < 200 && events.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    };

    server.put(isvc('iris', 'gs://models/iris/v2'));
    const first = watch(created.metadata.resourceVersion);
    await first.started;
    await until(1);
    server.setStatus(NS, 'iris', readyStatus(2));
    await until(2);
    expect(events).toEqual([`MODIFIED ${Number(created.metadata.resourceVersion) + 1}`, `MODIFIED ${server.resourceVersion()}`]);

    server.dropWatches();
    expect(await first.ended).toBeTruthy();
    server.setStatus(NS, 'iris', { ...readyStatus(2), url: 'http://changed' });
    const resumed = watch(String(Number(server.resourceVersion()) - 1));
    await resumed.started;
    await until(3);
    expect(events[2]).toBe(`MODIFIED ${server.resourceVersion()}`);

    server.compact();
    events.length = 0;
    const expired = watch(created.metadata.resourceVersion);
    await expired.started;
    expect(await expired.ended).toBeNull();
    expect(events).toEqual(['ERROR 410 Expired']);
  });
});

describe('local KServe model server: V1 and Open Inference Protocol', () => {
  let model: ModelServer;

  beforeEach(async () => {
    model = await startModelServer({ model: 'iris', version: '1' });
  });
  afterEach(async () => {
    await model.close();
  });

  async function post(path: string, body: unknown): Promise<{ status: number; text: string }> {
    const response = await fetch(`${model.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, text: await response.text() };
  }

  /** fetch cannot set Host (a forbidden header); node:http can, as a client addressing an InferenceService by host name does. */
  function postWithHost(path: string, host: string, body: unknown): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = request(`${model.url}${path}`, { method: 'POST', headers: { host, 'content-type': 'application/json' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  }

  const instances = [
    [1, 2],
    [3, 4],
    [5, 6],
  ];
  const v2Request = { id: 'req-1', inputs: [{ name: 'input-0', shape: [3, 2], datatype: 'FP64', data: instances.flat() }] };

  it('answers V1 readiness and predict with one prediction per instance', async () => {
    const ready = await fetch(`${model.url}/v1/models/iris`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ name: 'iris', ready: true });
    const predicted = await postWithHost('/v1/models/iris:predict', 'iris.models.example.com', { instances });
    expect(predicted.status).toBe(200);
    expect(JSON.parse(predicted.text)).toEqual({ predictions: [1.5, 3.5, 5.5] });
    expect(model.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v1/models/iris:predict', headers: { host: 'iris.models.example.com' } });
    expect(JSON.parse(model.requests.at(-1)!.body)).toEqual({ instances });

    const unknown = await post('/v1/models/other:predict', { instances });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toEqual({ error: 'Model with name other does not exist.' });
  });

  it('answers the Open Inference Protocol (V2) health, model readiness and infer', async () => {
    expect(await (await fetch(`${model.url}/v2/health/ready`)).json()).toEqual({ ready: true });
    expect(await (await fetch(`${model.url}/v2/models/iris/ready`)).json()).toEqual({ name: 'iris', ready: true });
    const inferred = await post('/v2/models/iris/infer', v2Request);
    expect(inferred.status).toBe(200);
    expect(JSON.parse(inferred.text)).toEqual({ model_name: 'iris', model_version: '1', id: 'req-1', outputs: [{ name: 'output-0', shape: [3], datatype: 'FP64', data: [1.5, 3.5, 5.5] }] });
    const invalid = await post('/v2/models/iris/infer', { instances });
    expect(invalid.status).toBe(422);
  });

  it('behaviours nan, wrong-shape, error-500, slow and not-ready', async () => {
    model.setBehaviour('nan');
    const nanV1 = await post('/v1/models/iris:predict', { instances });
    expect(nanV1.text).toBe('{"predictions":[NaN,3.5,5.5]}');
    expect(() => JSON.parse(nanV1.text)).toThrow();
    expect((await post('/v2/models/iris/infer', v2Request)).text).toContain('"data":[NaN,3.5,5.5]');

    model.setBehaviour('wrong-shape');
    expect(JSON.parse((await post('/v1/models/iris:predict', { instances })).text)).toEqual({ predictions: [1.5, 3.5] });
    expect(JSON.parse((await post('/v2/models/iris/infer', v2Request)).text).outputs[0]).toMatchObject({ shape: [2], data: [1.5, 3.5] });

    model.setBehaviour('error-500');
    const failed = await post('/v1/models/iris:predict', { instances });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.text).error).toEqual(expect.any(String));

    model.setBehaviour('slow', { slowMs: 300 });
    const started = Date.now();
    const slow = await post('/v2/models/iris/infer', v2Request);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(JSON.parse(slow.text).outputs[0].data).toEqual([1.5, 3.5, 5.5]);

    model.setBehaviour('not-ready');
    const notReady = await fetch(`${model.url}/v1/models/iris`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ error: 'Model with name iris is not ready.' });
    expect((await fetch(`${model.url}/v2/models/iris/ready`)).status).toBe(503);

    model.setBehaviour('ok');
    expect(JSON.parse((await post('/v1/models/iris:predict', { instances })).text).predictions).toEqual([1.5, 3.5, 5.5]);
  });

  it('writes NaN as null when asked to', async () => {
    const nulls = await startModelServer({ model: 'iris', behaviour: 'nan', nan: 'null' });
    try {
      const response = await fetch(`${nulls.url}/v1/models/iris:predict`, { method: 'POST', body: JSON.stringify({ instances: [[1], [2]] }) });
      expect(await response.json()).toEqual({ predictions: [null, 1] });
    } finally {
      await nulls.close();
    }
  });
});
