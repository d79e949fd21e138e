/**
 * The local MLflow tracking server held to what mlflow/protos/service.proto, model_registry.proto
 * and MLflow's REST API docs say, with plain HTTP requests: the field names and zero values of its
 * JSON, its error shapes and statuses, the content type it demands, its filter syntax, paging,
 * the registration states and its basic-auth app's answers.
 */
import { startMlflowServer, type MlflowServer } from '../helpers/mlflow-server.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let server: MlflowServer;
afterEach(async () => server?.close());

async function call(method: 'GET' | 'POST', path: string, body?: Obj | Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; json: Obj; text: string; contentType: string }> {
  const url = new URL(`${server.url}/api/2.0/mlflow/${path}`);
  if (method === 'GET') for (const [key, value] of Object.entries(body ?? {})) url.searchParams.set(key, String(value));
  const response = await fetch(url, { method, headers: method === 'POST' ? { 'Content-Type': 'application/json', ...headers } : headers, body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined });
  const text = await response.text();
  let json: Obj = {};
  try {
    json = JSON.parse(text) as Obj;
  } catch {
    // not JSON: the test looks at text
  }
  return { status: response.status, json, text, contentType: response.headers.get('content-type') ?? '' };
}

async function newRun(experimentId = '0', extra: Obj = {}): Promise<Obj> {
  return (await call('POST', 'runs/create', { experiment_id: experimentId, start_time: 1000, ...extra })).json.run;
}

describe('experiments', () => {
  it('get-by-name finds Default; a missing name is 404 RESOURCE_DOES_NOT_EXIST; create returns the id; a second create is RESOURCE_ALREADY_EXISTS (400)', async () => {
    server = await startMlflowServer();
    expect((await call('GET', 'experiments/get-by-name', { experiment_name: 'Default' })).json.experiment).toMatchObject({ experiment_id: '0', name: 'Default', lifecycle_stage: 'active', artifact_location: 'mlflow-artifacts:/0' });
    expect(await call('GET', 'experiments/get-by-name', { experiment_name: 'housing' })).toMatchObject({ status: 404, json: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: "Could not find experiment with name 'housing'" } });
    expect(await call('POST', 'experiments/create', { name: 'housing' })).toMatchObject({ status: 200, json: { experiment_id: '1' } });
    expect(await call('POST', 'experiments/create', { name: 'housing' })).toMatchObject({ status: 400, json: { error_code: 'RESOURCE_ALREADY_EXISTS' } });
    expect(await call('GET', 'experiments/get-by-name', {})).toMatchObject({ status: 400, json: { error_code: 'INVALID_PARAMETER_VALUE', message: expect.stringContaining("'experiment_name'") } });
  });
});

describe('runs', () => {
  it('create: run_id = run_uuid, RUNNING, the name also as mlflow.runName, artifact_uri under the root, no end_time (unset fields left out)', async () => {
    server = await startMlflowServer({ artifactRoot: 's3://bucket/mlflow/' });
    const { experiment_id: id } = (await call('POST', 'experiments/create', { name: 'housing' })).json;
    const run = await newRun(id, { run_name: 'pr-1-abc', tags: [{ key: 'mlops.event', value: 'pr' }] });
    expect(run.info).toEqual({
      run_id: run.info.run_uuid, run_uuid: run.info.run_id, experiment_id: id, run_name: 'pr-1-abc', status: 'RUNNING', start_time: 1000,
      artifact_uri: `s3://bucket/mlflow/${id}/${run.info.run_id}/artifacts`, lifecycle_stage: 'active',
    });
    expect(run.info.run_id).toMatch(/^[0-9a-f]{32}$/);
    expect(run.data).toEqual({ tags: [{ key: 'mlops.event', value: 'pr' }, { key: 'mlflow.runName', value: 'pr-1-abc' }] });
    expect(await call('POST', 'runs/create', { experiment_id: '42' })).toMatchObject({ status: 404, json: { error_code: 'RESOURCE_DOES_NOT_EXIST' } });
  });

  it('log-batch and log-metric keep every value; runs/get gives the latest per key; a param cannot change; update closes the run', async () => {
    server = await startMlflowServer();
    const run = await newRun();
    const runId = run.info.run_id as string;
    expect((await call('POST', 'runs/log-batch', { run_id: runId, metrics: [{ key: 'loss', value: 0.9, timestamp: 10, step: 0 }, { key: 'loss', value: 0.5, timestamp: 20, step: 1 }], params: [{ key: 'n', value: '100' }] })).status).toBe(200);
    expect((await call('POST', 'runs/log-metric', { run_id: runId, key: 'rmse', value: 3.5, timestamp: 30 })).status).toBe(200);
    expect((await call('POST', 'runs/log-metric', { run_id: runId, key: 'rmse', value: 'NaN', timestamp: 5 })).status).toBe(200);
    const got = (await call('GET', 'runs/get', { run_id: runId })).json.run;
    expect(got.data.metrics).toEqual([{ key: 'loss', value: 0.5, timestamp: 20, step: 1 }, { key: 'rmse', value: 3.5, timestamp: 30, step: 0 }]);
    expect(got.data.params).toEqual([{ key: 'n', value: '100' }]);
    expect(await call('POST', 'runs/log-batch', { run_id: runId, params: [{ key: 'n', value: '200' }] })).toMatchObject({ status: 400, json: { error_code: 'INVALID_PARAMETER_VALUE', message: expect.stringContaining('Changing param values is not allowed') } });
    expect(await call('POST', 'runs/log-metric', { run_id: runId, key: 'x', value: 1 })).toMatchObject({ status: 400, json: { message: expect.stringContaining("'timestamp'") } });
    expect((await call('POST', 'runs/update', { run_id: runId, status: 'FINISHED', end_time: 99 })).json.run_info).toMatchObject({ status: 'FINISHED', end_time: 99 });
    expect(await call('GET', 'runs/get', { run_id: 'nope' })).toMatchObject({ status: 404, json: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Run with id=nope not found' } });
  });

  it('get-history: every value in order; with max_results, pages and next_page_token', async () => {
    server = await startMlflowServer();
    const runId = (await newRun()).info.run_id as string;
    await call('POST', 'runs/log-batch', { run_id: runId, metrics: [0, 1, 2, 3, 4].map((step) => ({ key: 'loss', value: 1 / (step + 1), timestamp: 100 + step, step })) });
    expect((await call('GET', 'metrics/get-history', { run_id: runId, metric_key: 'loss' })).json.metrics.map((m: Obj) => m.step)).toEqual([0, 1, 2, 3, 4]);
    const first = (await call('GET', 'metrics/get-history', { run_id: runId, metric_key: 'loss', max_results: '2' })).json;
    expect(first.metrics.map((m: Obj) => m.step)).toEqual([0, 1]);
    const second = (await call('GET', 'metrics/get-history', { run_id: runId, metric_key: 'loss', max_results: '2', page_token: first.next_page_token })).json;
    const third = (await call('GET', 'metrics/get-history', { run_id: runId, metric_key: 'loss', max_results: '2', page_token: second.next_page_token })).json;
    expect([second.metrics.map((m: Obj) => m.step), third.metrics.map((m: Obj) => m.step), third.next_page_token]).toEqual([[2, 3], [4], undefined]);
    expect(await call('GET', 'metrics/get-history', { run_id: runId, metric_key: 'loss', max_results: '2', page_token: '!!' })).toMatchObject({ status: 400, json: { error_code: 'INVALID_PARAMETER_VALUE' } });
  });
});

describe('runs/search', () => {
  async function seed(): Promise<string[]> {
    const ids: string[] = [];
    for (const [start, commit, status] of [[100, 'aaa', 'FINISHED'], [300, 'aaa', 'FINISHED'], [200, 'bbb', 'FAILED'], [400, 'aaa', 'RUNNING']] as const) {
      const run = await newRun('0', { start_time: start, tags: [{ key: 'mlflow.source.git.commit', value: commit }] });
      if (status !== 'RUNNING') await call('POST', 'runs/update', { run_id: run.info.run_id, status });
      ids.push(run.info.run_id);
    }
    return ids;
  }

  it('a tag in backticks, a status attribute, start_time DESC', async () => {
    server = await startMlflowServer();
    const ids = await seed();
    const found = await call('POST', 'runs/search', { experiment_ids: ['0'], filter: "tags.`mlflow.source.git.commit` = 'aaa' AND attributes.status = 'FINISHED'", order_by: ['attributes.start_time DESC'] });
    expect(found.json.runs.map((r: Obj) => r.info.run_id)).toEqual([ids[1], ids[0]]);
    const since = await call('POST', 'runs/search', { experiment_ids: ['0'], filter: 'tags."mlflow.source.git.commit" = "aaa" and attributes.start_time >= 300' });
    expect(since.json.runs.map((r: Obj) => r.info.run_id)).toEqual([ids[3], ids[1]]);
    expect((await call('POST', 'runs/search', { experiment_ids: ['0'], order_by: ['start_time ASC'] })).json.runs.map((r: Obj) => r.info.start_time)).toEqual([100, 200, 300, 400]);
    expect((await call('POST', 'runs/search', { experiment_ids: ['0'], filter: "tags.`mlflow.source.git.commit` = 'ccc'" })).json).toEqual({});
  });

  it('pages with max_results and page_token', async () => {
    server = await startMlflowServer();
    const ids = await seed();
    const first = (await call('POST', 'runs/search', { experiment_ids: ['0'], max_results: 3 })).json;
    const second = (await call('POST', 'runs/search', { experiment_ids: ['0'], max_results: 3, page_token: first.next_page_token })).json;
    expect([...first.runs, ...second.runs].map((r: Obj) => r.info.run_id)).toEqual([ids[3], ids[1], ids[2], ids[0]]);
    expect(second.next_page_token).toBeUndefined();
  });

  it.each([
    ["status = 'FINISHED'", 'Invalid clause'],
    ["attributes.colour = 'red'", "Invalid attribute key 'colour'"],
    ["tags.`a` = aaa", 'Expected a quoted string value'],
    ["metrics.rmse < 'low'", 'Expected numeric value type'],
    ["tags.a = 'x' OR tags.b = 'y'", 'Invalid clause(s) in filter string: OR'],
  ])('an unsupported filter is a 400 INVALID_PARAMETER_VALUE: %s', async (filter, message) => {
    server = await startMlflowServer();
    expect(await call('POST', 'runs/search', { experiment_ids: ['0'], filter })).toMatchObject({ status: 400, json: { error_code: 'INVALID_PARAMETER_VALUE', message: expect.stringContaining(message) } });
  });
});

describe('the registry', () => {
  it('models and versions: 404 for a missing model, versions from 1, PENDING_REGISTRATION → READY after the GETs, aliases, the download URI', async () => {
    server = await startMlflowServer({ registrationSteps: 2 });
    const run = await newRun();
    expect(await call('GET', 'registered-models/get', { name: 'housing' })).toMatchObject({ status: 404, json: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Registered Model with name=housing not found' } });
    expect((await call('POST', 'registered-models/create', { name: 'housing' })).json.registered_model).toMatchObject({ name: 'housing' });
    expect(await call('POST', 'registered-models/create', { name: 'housing' })).toMatchObject({ status: 400, json: { error_code: 'RESOURCE_ALREADY_EXISTS' } });
    const source = `${run.info.artifact_uri}/model`;
    const created = (await call('POST', 'model-versions/create', { name: 'housing', source, run_id: run.info.run_id, tags: [{ key: 'k', value: 'v' }] })).json.model_version;
    expect(created).toMatchObject({ name: 'housing', version: '1', source, run_id: run.info.run_id, status: 'PENDING_REGISTRATION', tags: [{ key: 'k', value: 'v' }] });
    const states = [];
    for (let i = 0; i < 3; i++) states.push((await call('GET', 'model-versions/get', { name: 'housing', version: '1' })).json.model_version.status);
    expect(states).toEqual(['PENDING_REGISTRATION', 'PENDING_REGISTRATION', 'READY']);
    expect(await call('GET', 'registered-models/alias', { name: 'housing', alias: 'champion' })).toMatchObject({ status: 400, json: { error_code: 'INVALID_PARAMETER_VALUE', message: 'Registered model alias champion not found.' } });
    expect((await call('POST', 'registered-models/alias', { name: 'housing', alias: 'champion', version: '1' })).status).toBe(200);
    expect((await call('GET', 'registered-models/alias', { name: 'housing', alias: 'champion' })).json.model_version).toMatchObject({ version: '1', run_id: run.info.run_id, aliases: ['champion'] });
    expect((await call('GET', 'registered-models/get', { name: 'housing' })).json.registered_model.aliases).toEqual([{ alias: 'champion', version: '1' }]);
    expect(await call('POST', 'registered-models/alias', { name: 'housing', alias: 'champion', version: '7' })).toMatchObject({ status: 404, json: { error_code: 'RESOURCE_DOES_NOT_EXIST' } });
    expect((await call('GET', 'model-versions/get-download-uri', { name: 'housing', version: '1' })).json).toEqual({ artifact_uri: source });
    await call('POST', 'model-versions/create', { name: 'housing', source: `runs:/${run.info.run_id}/model` });
    expect((await call('GET', 'model-versions/get-download-uri', { name: 'housing', version: '2' })).json).toEqual({ artifact_uri: `${run.info.artifact_uri}/model` });
    expect((await call('POST', 'model-versions/set-tag', { name: 'housing', version: '1', key: 'mlops.rolled_back', value: 'true' })).status).toBe(200);
    expect(server.versions()[0]!.tags.get('mlops.rolled_back')).toBe('true');
  });

  it('failRegistration: FAILED_REGISTRATION with a status_message', async () => {
    server = await startMlflowServer({ registrationSteps: 1, failRegistration: true });
    await call('POST', 'registered-models/create', { name: 'm' });
    await call('POST', 'model-versions/create', { name: 'm', source: 's3://b/m' });
    await call('GET', 'model-versions/get', { name: 'm', version: '1' });
    expect((await call('GET', 'model-versions/get', { name: 'm', version: '1' })).json.model_version).toMatchObject({ status: 'FAILED_REGISTRATION', status_message: expect.stringContaining('s3://b/m') });
  });
});

describe('the HTTP layer', () => {
  it('a POST without Content-Type application/json is refused; a wrong method is a 405; an unknown endpoint ENDPOINT_NOT_FOUND', async () => {
    server = await startMlflowServer();
    const plain = await fetch(`${server.url}/api/2.0/mlflow/experiments/create`, { method: 'POST', body: '{"name":"x"}', headers: { 'Content-Type': 'text/plain' } });
    expect(plain.status).toBe(400);
    expect(await plain.json()).toEqual({ error_code: 'INVALID_PARAMETER_VALUE', message: "Bad Request. Content-Type must be one of ['application/json']." });
    expect(server.experiments().map((e) => e.name)).toEqual(['Default']);
    expect((await fetch(`${server.url}/api/2.0/mlflow/runs/create`)).status).toBe(405);
    expect(await call('GET', 'runs/nope')).toMatchObject({ status: 404, json: { error_code: 'ENDPOINT_NOT_FOUND' } });
  });

  it('basic auth as MLflow\'s auth app: 401 as HTML with WWW-Authenticate, 403 for a read-only user on a POST; a token is accepted', async () => {
    server = await startMlflowServer({ users: { ci: 'pw-123' }, readOnlyUsers: ['viewer'], tokens: ['tok-123'] });
    const none = await call('GET', 'experiments/get-by-name', { experiment_name: 'Default' });
    expect(none).toMatchObject({ status: 401, text: expect.stringContaining('You are not authenticated'), contentType: expect.stringContaining('text/html') });
    const basic = { Authorization: `Basic ${Buffer.from('ci:pw-123').toString('base64')}` };
    expect((await call('GET', 'experiments/get-by-name', { experiment_name: 'Default' }, basic)).status).toBe(200);
    expect((await call('GET', 'experiments/get-by-name', { experiment_name: 'Default' }, { Authorization: 'Bearer tok-123' })).status).toBe(200);
    await server.close();
    server = await startMlflowServer({ users: { viewer: 'pw-456' }, readOnlyUsers: ['viewer'] });
    const viewer = { Authorization: `Basic ${Buffer.from('viewer:pw-456').toString('base64')}` };
    expect(await call('POST', 'experiments/create', { name: 'x' }, viewer)).toMatchObject({ status: 403, text: 'Permission denied' });
  });

  it('authStyle json: UNAUTHENTICATED as MLflow JSON; loginPage: an HTML page with status 200', async () => {
    server = await startMlflowServer({ tokens: ['tok-123'], authStyle: 'json' });
    expect(await call('GET', 'runs/get', { run_id: 'x' })).toMatchObject({ status: 401, json: { error_code: 'UNAUTHENTICATED' } });
    await server.close();
    server = await startMlflowServer({ loginPage: true });
    expect(await call('GET', 'runs/get', { run_id: 'x' })).toMatchObject({ status: 200, text: expect.stringContaining('<!DOCTYPE html>'), contentType: expect.stringContaining('text/html') });
  });

  it('faults: a status, a dropped connection; every request recorded with its status', async () => {
    server = await startMlflowServer();
    server.fault({ path: /get-by-name/, status: 429 });
    server.fault({ path: /get-by-name/, reset: true });
    expect((await call('GET', 'experiments/get-by-name', { experiment_name: 'Default' })).status).toBe(429);
    await expect(call('GET', 'experiments/get-by-name', { experiment_name: 'Default' })).rejects.toThrow();
    expect((await call('GET', 'experiments/get-by-name', { experiment_name: 'Default' })).status).toBe(200);
    expect(server.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/api/2.0/mlflow/experiments/get-by-name', 429], ['GET', '/api/2.0/mlflow/experiments/get-by-name', -1], ['GET', '/api/2.0/mlflow/experiments/get-by-name', 200],
    ]);
  });
});
