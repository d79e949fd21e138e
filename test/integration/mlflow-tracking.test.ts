/**
 * The MLflow tracking core (src/mlflow/tracking.ts over src/mlflow/client.ts) against the local
 * MLflow server: the CI run opened, resumed by a training that logs to MLFLOW_RUN_ID and closed;
 * the training's own run; values, the base run, the alias's run, curves with paging; and every
 * kind of error, retry and credential handling of the client.
 */
import { MlopsError } from '../../src/errors.js';
import { MlflowApiError, MlflowClient, type MlflowClientSettings } from '../../src/mlflow/client.js';
import { mlflowAuth } from '../../src/mlflow/credentials.js';
import { aliasRun, findBaseRun, finishCiRun, metricHistories, runValues, searchString, startCiRun, type CiRun } from '../../src/mlflow/tracking.js';
import { startMlflowServer, type MlflowServer, type MlflowServerOptions } from '../helpers/mlflow-server.js';

let server: MlflowServer;
afterEach(async () => server?.close());

function clientFor(settings: Partial<MlflowClientSettings> = {}): MlflowClient {
  return new MlflowClient({ trackingUri: server.url, headers: {}, secrets: [], retry: { attempts: 3, delayMs: () => 0 }, ...settings });
}

async function start(options: MlflowServerOptions = {}): Promise<MlflowClient> {
  server = await startMlflowServer(options);
  return clientFor();
}

/** What train.py does with the run it is handed: log metrics and params over REST (NaN as protobuf's JSON writes it). */
async function trainLogs(runId: string, metrics: Record<string, number[]>, params: Record<string, string> = {}): Promise<void> {
  const body = {
    run_id: runId,
    metrics: Object.entries(metrics).flatMap(([key, values]) => values.map((value, step) => ({ key, value: Number.isFinite(value) ? value : String(value), timestamp: 1000 + step, step }))),
    params: Object.entries(params).map(([key, value]) => ({ key, value })),
  };
  const response = await fetch(`${server.url}/api/2.0/mlflow/runs/log-batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
}

/** A run the training script made itself (mlflow.start_run() without MLFLOW_RUN_ID). */
async function ownRun(experimentId: string, commit: string, startTime: number): Promise<string> {
  const response = await fetch(`${server.url}/api/2.0/mlflow/runs/create`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ experiment_id: experimentId, start_time: startTime, run_name: 'script-run', tags: [{ key: 'mlflow.source.git.commit', value: commit }] }),
  });
  return ((await response.json()) as { run: { info: { run_id: string } } }).run.info.run_id;
}

const TAGS = { 'mlflow.source.git.commit': 'a'.repeat(40), 'mlops.event': 'pr', 'mlops.ci.pr': '12' };

async function caught(promise: Promise<unknown>): Promise<MlflowApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(MlflowApiError);
    return error as MlflowApiError;
  }
  throw new Error('expected an MlflowApiError');
}

describe('startCiRun', () => {
  it('creates the missing experiment, then the run: named, tagged, its URL; every POST is JSON', async () => {
    const client = await start();
    const run = await startCiRun(client, { experiment: 'housing', name: 'pr-12-aaaaaaa', tags: TAGS, now: () => 5000 });
    expect(run).toEqual({ experimentId: '1', runId: expect.stringMatching(/^[0-9a-f]{32}$/), url: `${server.url}/#/experiments/1/runs/${run.runId}`, startTime: 5000, experimentName: 'housing' });
    expect(server.requests.map((r) => `${r.method} ${r.path.replace('/api/2.0/mlflow/', '')} ${r.status}`)).toEqual(['GET experiments/get-by-name 404', 'POST experiments/create 200', 'POST runs/create 200']);
    expect(server.requests.filter((r) => r.method === 'POST').map((r) => r.headers['content-type'])).toEqual(['application/json', 'application/json']);
    const stored = server.runs()[0]!;
    expect(stored).toMatchObject({ run_name: 'pr-12-aaaaaaa', status: 'RUNNING', start_time: 5000, experiment_id: '1' });
    expect(Object.fromEntries(stored.tags)).toEqual({ ...TAGS, 'mlflow.runName': 'pr-12-aaaaaaa' });
  });

  it('reuses an existing experiment', async () => {
    const client = await start();
    await client.createExperiment('housing');
    const run = await startCiRun(client, { experiment: 'housing', name: 'push-aaaaaaa', tags: {} });
    expect(run.experimentId).toBe('1');
    expect(server.experiments().map((e) => e.name)).toEqual(['Default', 'housing']);
  });

  it('another job creating the experiment at the same time: RESOURCE_ALREADY_EXISTS means read it again', async () => {
    const client = await start();
    await client.createExperiment('housing');
    server.fault({ path: /get-by-name/, status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: "Could not find experiment with name 'housing'" } });
    const run = await startCiRun(client, { experiment: 'housing', name: 'push-aaaaaaa', tags: {} });
    expect(run.experimentId).toBe('1');
    expect(server.requests.map((r) => `${r.path.replace('/api/2.0/mlflow/', '')} ${r.status}`).slice(1)).toEqual(['experiments/get-by-name 404', 'experiments/create 400', 'experiments/get-by-name 200', 'runs/create 200']);
  });

  it('a credential in a tag value is scrubbed before it reaches MLflow', async () => {
    await start();
    const client = clientFor(mlflowAuth({ MLFLOW_TRACKING_TOKEN: 'tok-secret-1' }));
    await startCiRun(client, { experiment: 'e', name: 'n', tags: { 'mlops.ci.run_url': 'https://ci.example.com/job/1?token=tok-secret-1' } });
    expect(server.runs()[0]!.tags.get('mlops.ci.run_url')).toBe('https://ci.example.com/job/1?token=***');
    expect(server.requests.find((r) => r.path.endsWith('runs/create'))!.body).not.toContain('tok-secret-1');
  });

  it('a deleted experiment is an error saying how to restore it', async () => {
    const client = await start();
    await client.createExperiment('housing');
    server.experiments()[1]!.lifecycle_stage = 'deleted';
    await expect(startCiRun(client, { experiment: 'housing', name: 'x', tags: {} })).rejects.toThrow(new MlopsError('the MLflow experiment housing (id 1) is deleted.'));
  });
});

describe('finishCiRun', () => {
  async function opened(client: MlflowClient): Promise<CiRun> {
    return startCiRun(client, { experiment: 'housing', name: 'pr-12-aaaaaaa', tags: TAGS, now: () => 5000 });
  }

  it('closes the run the training resumed and logged to: FINISHED, or FAILED, with end_time', async () => {
    const client = await start();
    const run = await opened(client);
    await trainLogs(run.runId, { rmse: [0.5] });
    expect(await finishCiRun(client, run, { failed: false, commits: [TAGS['mlflow.source.git.commit']], now: () => 9000 })).toEqual({ runId: run.runId, url: run.url });
    expect(server.runs()[0]).toMatchObject({ status: 'FINISHED', end_time: 9000 });
    const second = await opened(client);
    await finishCiRun(client, second, { failed: true, commits: [], now: () => 9500 });
    expect(server.runs()[1]).toMatchObject({ status: 'FAILED', end_time: 9500 });
  });

  it('leaves a run the training closed itself as it is', async () => {
    const client = await start();
    const run = await opened(client);
    await trainLogs(run.runId, { rmse: [0.5] });
    await client.updateRun({ runId: run.runId, status: 'KILLED', endTime: 7000 });
    await finishCiRun(client, run, { failed: false, commits: [] });
    expect(server.runs()[0]).toMatchObject({ status: 'KILLED', end_time: 7000 });
    expect(server.requests.filter((r) => r.path.endsWith('runs/update'))).toHaveLength(1);
  });

  it('our run got no metrics but the script made its own run for the merge commit during the job: that run, with a note', async () => {
    const client = await start();
    const run = await opened(client);
    await ownRun(run.experimentId, 'b'.repeat(40), 4000); // before this job: not ours
    const scripts = await ownRun(run.experimentId, 'm'.repeat(40), 6000);
    await ownRun(run.experimentId, 'c'.repeat(40), 7000); // another commit
    await trainLogs(scripts, { rmse: [0.4] });
    const closed = await finishCiRun(client, run, { failed: false, commits: [TAGS['mlflow.source.git.commit'], 'm'.repeat(40)] });
    expect(closed).toEqual({
      runId: scripts, url: `${server.url}/#/experiments/1/runs/${scripts}`,
      note: `MLflow: the CI run ${run.runId} got no metrics; the training made its own run ${scripts} (script-run), tagged mlflow.source.git.commit = ${'m'.repeat(40)}, which is used instead: ${server.url}/#/experiments/1/runs/${scripts}`,
    });
    expect(server.runs()[0]!.status).toBe('FINISHED');
    const searches = server.requests.filter((r) => r.path.endsWith('runs/search')).map((r) => JSON.parse(r.body) as { filter: string; order_by: string[] });
    expect(searches.map((s) => s.filter)).toEqual([
      `tags.\`mlflow.source.git.commit\` = '${'a'.repeat(40)}' AND attributes.start_time >= 5000`,
      `tags.\`mlflow.source.git.commit\` = '${'m'.repeat(40)}' AND attributes.start_time >= 5000`,
    ]);
    expect(searches[0]!.order_by).toEqual(['attributes.start_time DESC']);
  });

  it('no metrics and no other run: ours', async () => {
    const client = await start();
    const run = await opened(client);
    await ownRun(run.experimentId, TAGS['mlflow.source.git.commit'], 1000); // before the job
    expect(await finishCiRun(client, run, { failed: false, commits: [TAGS['mlflow.source.git.commit']] })).toEqual({ runId: run.runId, url: run.url });
  });
});

describe('values, the base run, the alias, curves', () => {
  it('runValues: the latest value per key and the params as text', async () => {
    const client = await start();
    const run = await startCiRun(client, { experiment: 'e', name: 'n', tags: {} });
    await trainLogs(run.runId, { loss: [0.9, 0.6, 0.3], r2: [0.8] }, { n_estimators: '100', criterion: 'gini' });
    expect(await runValues(client, run.runId)).toEqual({ metrics: { loss: 0.3, r2: 0.8 }, params: { n_estimators: '100', criterion: 'gini' } });
  });

  it('NaN and Infinity, as protobuf writes them, come back as numbers', async () => {
    const client = await start();
    const run = await startCiRun(client, { experiment: 'e', name: 'n', tags: {} });
    await trainLogs(run.runId, { loss: [0.5, Number.NaN], r2: [Number.NEGATIVE_INFINITY] });
    const got = await fetch(`${server.url}/api/2.0/mlflow/runs/get?run_id=${run.runId}`).then((r) => r.json() as Promise<{ run: { data: { metrics: { value: unknown }[] } } }>);
    expect(got.run.data.metrics.map((m) => m.value)).toEqual(['NaN', '-Infinity']);
    expect(await runValues(client, run.runId)).toEqual({ metrics: { loss: Number.NaN, r2: Number.NEGATIVE_INFINITY }, params: {} });
    expect((await metricHistories(client, run.runId, ['loss'])).get('loss')!.map((p) => p.value)).toEqual([0.5, Number.NaN]);
  });

  it('findBaseRun: the newest FINISHED run tagged with the commit; none: undefined', async () => {
    const client = await start();
    const commit = 'b'.repeat(40);
    const experimentId = await client.createExperiment('housing');
    const old = await ownRun(experimentId, commit, 100);
    const newest = await ownRun(experimentId, commit, 300);
    const failed = await ownRun(experimentId, commit, 400);
    await ownRun(experimentId, commit, 500); // still running
    await ownRun(experimentId, 'c'.repeat(40), 600);
    for (const id of [old, newest]) await client.updateRun({ runId: id, status: 'FINISHED' });
    await client.updateRun({ runId: failed, status: 'FAILED' });
    expect(await findBaseRun(client, { experimentId, commit })).toEqual({ runId: newest, url: `${server.url}/#/experiments/${experimentId}/runs/${newest}` });
    expect(await findBaseRun(client, { experimentId, commit: 'd'.repeat(40) })).toBeUndefined();
    expect(JSON.parse(server.requests.filter((r) => r.path.endsWith('runs/search'))[0]!.body)).toEqual({
      experiment_ids: [experimentId], filter: `tags.\`mlflow.source.git.commit\` = '${commit}' AND attributes.status = 'FINISHED'`, order_by: ['attributes.start_time DESC'], max_results: 1,
    });
  });

  it('a value with a quote is quoted with the other kind, which the server reads back', async () => {
    const client = await start();
    const experimentId = await client.createExperiment('housing');
    const id = await ownRun(experimentId, "it's", 100);
    await client.updateRun({ runId: id, status: 'FINISHED' });
    expect((await findBaseRun(client, { experimentId, commit: "it's" }))?.runId).toBe(id);
    expect(searchString('abc')).toBe("'abc'");
    expect(() => searchString(`a'b"c`)).toThrow("a value with both ' and \" cannot be written in MLflow's filter syntax");
  });

  it('aliasRun: no model, no alias (MLflow\'s 400), the version and its run', async () => {
    const client = await start();
    expect(await aliasRun(client, { model: 'housing', alias: 'champion' })).toEqual({ kind: 'no-model' });
    await client.createRegisteredModel('housing');
    expect(await aliasRun(client, { model: 'housing', alias: 'champion' })).toEqual({ kind: 'no-alias' });
    const run = await startCiRun(client, { experiment: 'e', name: 'n', tags: {} });
    await client.createModelVersion({ name: 'housing', source: 's3://b/m', runId: run.runId });
    await client.setRegisteredModelAlias('housing', 'champion', '1');
    expect(await aliasRun(client, { model: 'housing', alias: 'champion' })).toEqual({ kind: 'found', version: '1', runId: run.runId });
  });

  it('metricHistories: every step, page after page', async () => {
    const client = await start({ pageSize: 2 });
    const run = await startCiRun(client, { experiment: 'e', name: 'n', tags: {} });
    await trainLogs(run.runId, { loss: [0.9, 0.7, 0.5, 0.4, 0.3], rmse: [1.5] });
    const histories = await metricHistories(client, run.runId, ['loss', 'rmse']);
    expect(histories.get('loss')).toEqual([0.9, 0.7, 0.5, 0.4, 0.3].map((value, step) => ({ step, value, timestamp: 1000 + step })));
    expect(histories.get('rmse')).toEqual([{ step: 0, value: 1.5, timestamp: 1000 }]);
    const loss = server.requests.filter((r) => r.path.endsWith('get-history') && r.query.metric_key === 'loss');
    expect(loss.map((r) => r.query.page_token !== undefined)).toEqual([false, true, true]);
  });
});

describe('errors', () => {
  it("MLflow's error: the endpoint, the status, error_code and message", async () => {
    const client = await start();
    const error = await caught(client.getRun('nope'));
    expect(error.message).toBe(`MLflow GET runs/get (${server.url}) answered 404 Not Found: RESOURCE_DOES_NOT_EXIST: Run with id=nope not found`);
    expect(error).toMatchObject({ kind: 'api', status: 404, errorCode: 'RESOURCE_DOES_NOT_EXIST', endpoint: 'runs/get' });
  });

  it('401 from the basic-auth app (HTML): names the variables that were used; the password is not in the message', async () => {
    server = await startMlflowServer({ users: { ci: 'right-password' } });
    const wrong = mlflowAuth({ MLFLOW_TRACKING_USERNAME: 'ci', MLFLOW_TRACKING_PASSWORD: 'wrong-password' });
    const error = await caught(startCiRun(clientFor(wrong), { experiment: 'e', name: 'n', tags: {} }));
    expect(error.message).toBe(`MLflow GET experiments/get-by-name (${server.url}) answered 401 Unauthorized (You are not authenticated. Please see https://www.mlflow.org/docs/latest/auth/index.html#authenticating-to-mlflow on how to authenticate.): the tracking server did not accept the credentials: check MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD`);
    expect(error.kind).toBe('unauthenticated');
    const right = mlflowAuth({ MLFLOW_TRACKING_USERNAME: 'ci', MLFLOW_TRACKING_PASSWORD: 'right-password' });
    await expect(startCiRun(clientFor(right), { experiment: 'e', name: 'n', tags: {} })).resolves.toMatchObject({ experimentId: '1' });
  });

  it('401 without credentials names every variable; with a token, MLFLOW_TRACKING_TOKEN', async () => {
    server = await startMlflowServer({ tokens: ['good-token'], authStyle: 'json' });
    expect((await caught(clientFor().getRun('x'))).message).toBe(`MLflow GET runs/get (${server.url}) answered 401 Unauthorized (UNAUTHENTICATED: You are not authenticated.): the tracking server needs credentials: set MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD or MLFLOW_TRACKING_TOKEN`);
    expect((await caught(clientFor(mlflowAuth({ MLFLOW_TRACKING_TOKEN: 'bad-token' })).getRun('x'))).message).toMatch(/did not accept the credentials: check MLFLOW_TRACKING_TOKEN$/);
  });

  it('403: the permission the call needs', async () => {
    server = await startMlflowServer({ users: { viewer: 'viewer-pw' }, readOnlyUsers: ['viewer'] });
    server.experiments().push({ ...server.experiments()[0]!, experiment_id: '1', name: 'housing' });
    const error = await caught(startCiRun(clientFor(mlflowAuth({ MLFLOW_TRACKING_USERNAME: 'viewer', MLFLOW_TRACKING_PASSWORD: 'viewer-pw' })), { experiment: 'housing', name: 'n', tags: {} }));
    expect(error.message).toBe(`MLflow POST runs/create (${server.url}) answered 403 Forbidden (Permission denied): the account of MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD lacks permission: POST runs/create needs EDIT on the experiment`);
    expect(error.kind).toBe('forbidden');
  });

  it("an auth proxy's login page with status 200 is named as such", async () => {
    server = await startMlflowServer({ loginPage: true });
    const error = await caught(clientFor().getRun('x'));
    expect(error.message).toBe(`MLflow GET runs/get (${server.url}) answered 200 OK with an HTML page, not MLflow's JSON: a login page of a proxy in front of the tracking server?`);
    expect(error).toMatchObject({ kind: 'not-json', status: 200 });
  });

  it('a redirect (to a login page) is not followed, and its query is not shown', async () => {
    const client = await start();
    server.fault({ path: /runs\/get/, status: 302, body: '', headers: { location: 'https://sso.example.com/login?state=s3cr3t' } });
    const error = await caught(client.getRun('x'));
    expect(error.message).toBe(`MLflow GET runs/get (${server.url}) answered 302 Found, a redirect to https://sso.example.com/login, not MLflow's JSON: a login page in front of the tracking server?`);
  });

  it('a non-JSON error from a proxy, after the retries', async () => {
    const client = await start();
    server.fault({ path: /runs\/get/, status: 502, body: 'upstream connect error', times: 3 });
    const error = await caught(client.getRun('x'));
    expect(error.message).toBe(`MLflow GET runs/get (${server.url}) answered 502 Bad Gateway with something that is not JSON (text/plain; charset=utf-8), not MLflow's JSON: upstream connect error`);
    expect(server.requests).toHaveLength(3);
  });

  it('429 and 503 are retried, with a scrubbed line for each retry', async () => {
    const retries: string[] = [];
    await start();
    const retrying = clientFor({ onRetry: (line) => retries.push(line) });
    server.fault({ path: /get-by-name/, status: 429, headers: { 'retry-after': '0' } });
    server.fault({ path: /get-by-name/, status: 503 });
    await expect(startCiRun(retrying, { experiment: 'Default', name: 'n', tags: {} })).resolves.toMatchObject({ experimentId: '0' });
    expect(retries).toEqual(['MLflow GET experiments/get-by-name: 429 Too Many Requests; retrying in 0.0 s (try 2 of 3)', 'MLflow GET experiments/get-by-name: 503 Service Unavailable; retrying in 0.0 s (try 3 of 3)']);
  });

  it('a create is retried on 503 (not handled) but not on 502 (it may have been done)', async () => {
    const client = await start();
    server.fault({ path: /runs\/create/, status: 503 });
    await expect(startCiRun(client, { experiment: 'Default', name: 'n', tags: {} })).resolves.toBeDefined();
    expect(server.runs()).toHaveLength(1);
    server.fault({ path: /runs\/create/, status: 502, body: { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'bad gateway' } });
    expect((await caught(startCiRun(client, { experiment: 'Default', name: 'n', tags: {} }))).status).toBe(502);
    expect(server.requests.filter((r) => r.path.endsWith('runs/create')).map((r) => r.status)).toEqual([503, 200, 502]);
  });

  it('a dropped connection is retried for a read, not for a create', async () => {
    const client = await start();
    server.fault({ path: /runs\/get/, reset: true, times: 2 });
    const run = await startCiRun(client, { experiment: 'Default', name: 'n', tags: {} });
    await expect(client.getRun(run.runId)).resolves.toMatchObject({ info: { run_id: run.runId } });
    server.fault({ path: /runs\/create/, reset: true });
    expect((await caught(startCiRun(client, { experiment: 'Default', name: 'n', tags: {} }))).kind).toBe('network');
    expect(server.runs()).toHaveLength(1);
  });

  it('no answer within the timeout: retried for a read, then named with the timeout', async () => {
    await start();
    server.fault({ path: /runs\/get/, hang: true, times: 2 });
    const error = await caught(clientFor({ timeoutMs: 200, retry: { attempts: 2, delayMs: () => 0 } }).getRun('x'));
    expect(error.message).toBe(`MLflow GET runs/get (${server.url}) did not answer within 0.2 s after 2 tries: check mlflow-tracking-uri`);
    expect(server.requests.map((r) => r.status)).toEqual([0, 0]);
  });

  it('a 200 without the field the proto answers with is not an MLflow server', async () => {
    await start();
    server.fault({ path: /runs\/get/, status: 200, body: { ok: true } });
    const error = await caught(clientFor().getRun('x'));
    expect(error.message).toBe(`MLflow GET runs/get (${server.url}) answered without run: is mlflow-tracking-uri an MLflow tracking server?`);
    expect(error.kind).toBe('bad-answer');
  });

  it('a refused connection names mlflow-tracking-uri, after the retries', async () => {
    const client = await start();
    const url = server.url;
    await server.close();
    const error = await caught(client.getRun('x'));
    expect(error.message).toBe(`could not connect to the MLflow tracking server at ${url} (connection refused after 3 tries): check mlflow-tracking-uri`);
    server = await startMlflowServer();
  });

  it('credentials never appear in a message, even when the server repeats them', async () => {
    await start();
    const auth = mlflowAuth({ MLFLOW_TRACKING_USERNAME: 'ci', MLFLOW_TRACKING_PASSWORD: 'hunter2-pw', MLFLOW_TRACKING_TOKEN: 'tok-secret-1' });
    const leaky = clientFor(auth);
    server.fault({ path: /runs\/get/, status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message: `bad header ${auth.headers.Authorization} (hunter2-pw, tok-secret-1)` } });
    const error = await caught(leaky.getRun('x'));
    expect(error.message).toBe(`MLflow GET runs/get (${server.url}) answered 400 Bad Request: INVALID_PARAMETER_VALUE: bad header Basic *** (***, ***)`);
    expect(error.serverMessage).toBe('bad header Basic *** (***, ***)');
    expect(server.requests[0]!.headers.authorization).toBe(auth.headers.Authorization);
  });
});
