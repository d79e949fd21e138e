/**
 * The local KFP API server (test/helpers/kfp-server.ts) answers as KFP's v2beta1 API does, so
 * the train stage's tests mean something: every field it writes is one the swagger defines
 * (property lists below, from kubeflow/pipelines 2.17.0 backend/api/v2beta1/swagger/*.json, and
 * for the task API from the mlmd-removal branch's run.swagger.json), zero values are left out,
 * and it refuses what KFP refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startKfpServer, type KfpServer, type KfpServerOptions } from '../helpers/kfp-server.js';
import { EXAMPLE } from '../helpers/paths.js';

type Obj = Record<string, unknown>;

const SWAGGER: Record<string, string[]> = {
  Run: ['created_at', 'description', 'display_name', 'error', 'experiment_id', 'finished_at', 'pipeline_spec', 'pipeline_version_id', 'pipeline_version_reference', 'plugins_input', 'plugins_output', 'recurring_run_id', 'run_details', 'run_id', 'runtime_config', 'scheduled_at', 'service_account', 'state', 'state_history', 'storage_state'],
  RunDetails: ['pipeline_context_id', 'pipeline_run_context_id', 'task_details'],
  PipelineTaskDetail: ['child_tasks', 'create_time', 'display_name', 'end_time', 'error', 'execution_id', 'executor_detail', 'inputs', 'outputs', 'parent_task_id', 'pod_name', 'run_id', 'start_time', 'state', 'state_history', 'task_id'],
  RuntimeStatus: ['error', 'state', 'update_time'],
  RpcStatus: ['code', 'details', 'message'],
  Pipeline: ['created_at', 'description', 'display_name', 'error', 'name', 'namespace', 'pipeline_id', 'tags'],
  PipelineVersion: ['code_source_url', 'created_at', 'description', 'display_name', 'error', 'name', 'package_url', 'pipeline_id', 'pipeline_spec', 'pipeline_version_id', 'tags'],
  ListPipelinesResponse: ['next_page_token', 'pipelines', 'total_size'],
  ListPipelineVersionsResponse: ['next_page_token', 'pipeline_versions', 'total_size'],
  Experiment: ['created_at', 'description', 'display_name', 'experiment_id', 'last_run_created_at', 'namespace', 'storage_state'],
  ListExperimentsResponse: ['experiments', 'next_page_token', 'total_size'],
  // swagger: multi_user, pipeline_store; main.go's healthzResponse also writes commit_sha and tag_name
  Healthz: ['commit_sha', 'multi_user', 'pipeline_store', 'tag_name'],
  TaskApiRun: ['created_at', 'description', 'display_name', 'error', 'experiment_id', 'finished_at', 'pipeline_reference', 'pipeline_spec', 'pipeline_version_id', 'pipeline_version_reference', 'recurring_run_id', 'run_details', 'run_id', 'runtime_config', 'scheduled_at', 'service_account', 'state', 'state_history', 'storage_state', 'task_count', 'tasks'],
  PipelineTask: ['cache_fingerprint', 'child_tasks', 'create_time', 'display_name', 'end_time', 'inputs', 'name', 'outputs', 'parent_task_id', 'pods', 'run_id', 'scope_path', 'state', 'state_history', 'status_metadata', 'task_id', 'type', 'type_attributes'],
  IOArtifact: ['artifact_key', 'artifacts', 'producer', 'type'],
  Artifact: ['artifact_id', 'created_at', 'description', 'metadata', 'name', 'namespace', 'number_value', 'type', 'uri'],
};

const RUNTIME_STATES = ['RUNTIME_STATE_UNSPECIFIED', 'PENDING', 'RUNNING', 'SUCCEEDED', 'SKIPPED', 'FAILED', 'CANCELING', 'CANCELED', 'PAUSED'];
const IR_TEXT = readFileSync(join(EXAMPLE, 'pipeline.yaml'), 'utf8');
const IR = parse(IR_TEXT) as Obj;

let server: KfpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: KfpServerOptions = {}): Promise<KfpServer> {
  server = await startKfpServer(options);
  return server;
}

async function call(s: KfpServer, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Obj; text: string; type: string }> {
  const response = await fetch(`${s.url}${path}`, {
    method, redirect: 'manual',
    headers: { ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : body instanceof FormData ? body : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: Obj = {};
  try {
    json = JSON.parse(text) as Obj;
  } catch {
    // not JSON
  }
  return { status: response.status, json, text, type: response.headers.get('content-type') ?? '' };
}

function upload(fileName = 'pipeline.yaml', text = IR_TEXT): FormData {
  const form = new FormData();
  form.append('uploadfile', new Blob([text]), fileName);
  return form;
}

/** Every key is in the swagger's list, and no zero scalar or empty list was written. */
function expectShape(object: Obj, definition: string): void {
  expect(Object.keys(object).filter((key) => !SWAGGER[definition]!.includes(key))).toEqual([]);
  for (const [key, value] of Object.entries(object)) {
    expect([key, value]).not.toEqual([key, '']);
    expect([key, value]).not.toEqual([key, 0]);
    expect([key, value]).not.toEqual([key, false]);
    if (Array.isArray(value)) expect([key, value.length]).not.toEqual([key, 0]);
  }
}

async function runToEnd(s: KfpServer, id: string, view = 'FULL'): Promise<Obj[]> {
  const seen: Obj[] = [];
  for (let i = 0; i < 30; i++) {
    const { json } = await call(s, 'GET', `/apis/v2beta1/runs/${id}?view=${view}`);
    seen.push(json);
    if (['SUCCEEDED', 'FAILED', 'CANCELED', 'SKIPPED'].includes(String(json.state))) break;
  }
  return seen;
}

async function createRun(s: KfpServer, extra: Obj = {}): Promise<{ status: number; json: Obj }> {
  const experiment = await call(s, 'POST', '/apis/v2beta1/experiments', { display_name: `e-${Math.random()}` });
  return call(s, 'POST', '/apis/v2beta1/runs', { display_name: 'a run', experiment_id: experiment.json.experiment_id, pipeline_spec: IR, runtime_config: { parameters: {} }, ...extra });
}

describe('healthz', () => {
  it.each([true, false])('multi_user is always written (multi-user %s), with commit_sha and tag_name', async (multiUser) => {
    const s = await serve({ multiUser });
    const { status, json } = await call(s, 'GET', '/apis/v2beta1/healthz');
    expect(status).toBe(200);
    expect(json).toEqual({ commit_sha: expect.any(String), tag_name: '2.17.0', multi_user: multiUser, pipeline_store: 'database' });
    expect(Object.keys(json).every((key) => SWAGGER.Healthz!.includes(key))).toBe(true);
  });
});

describe('runs (released KFP: Argo nodes in run_details.task_details)', () => {
  it('PENDING → RUNNING → SUCCEEDED, each answer in the swagger shape, finished_at the epoch until it ends', async () => {
    const s = await serve();
    const created = await createRun(s);
    expect(created.status).toBe(200);
    expectShape(created.json, 'Run');
    expect(created.json.state).toBe('PENDING');
    const seen = await runToEnd(s, String(created.json.run_id));
    expect([...new Set(seen.map((run) => run.state))]).toEqual(['PENDING', 'RUNNING', 'SUCCEEDED']);
    for (const run of seen) {
      expectShape(run, 'Run');
      expect(RUNTIME_STATES).toContain(run.state);
      expect(run.finished_at === '1970-01-01T00:00:00Z').toBe(run.state !== 'SUCCEEDED');
      for (const entry of run.state_history as Obj[]) expectShape(entry, 'RuntimeStatus');
      const details = run.run_details as Obj | undefined;
      if (!details) continue;
      expectShape(details, 'RunDetails');
      expect(typeof details.pipeline_context_id).toBe('string'); // int64 as a string
      for (const task of (details.task_details as Obj[] | undefined) ?? []) {
        expectShape(task, 'PipelineTaskDetail');
        if (task.state === 'RUNNING') expect(task.end_time).toBe('1970-01-01T00:00:00Z');
      }
    }
    const last = seen.at(-1)!;
    const names = ((last.run_details as Obj).task_details as Obj[]).map((task) => task.display_name);
    expect(names).toEqual(expect.arrayContaining(['root-driver', 'root', 'load-data-driver', 'load-data', 'executor', 'evaluate']));
    expect(names.filter((name) => name === 'executor')).toHaveLength(5);
    expect(names[0]).toMatch(/^california-housing-[0-9a-f]{5}$/); // the workflow root
    expect(last.state_history).toEqual([
      { update_time: expect.any(String), state: 'PENDING' },
      { update_time: expect.any(String), state: 'RUNNING' },
      { update_time: expect.any(String), state: 'SUCCEEDED' },
    ]);
  });

  it('a task id stays the same from one GET to the next', async () => {
    const s = await serve();
    const { json } = await createRun(s);
    const seen = await runToEnd(s, String(json.run_id));
    const idsOf = (run: Obj) => Object.fromEntries((((run.run_details as Obj | undefined)?.task_details as Obj[] | undefined) ?? []).map((task) => [`${task.display_name}@${task.start_time}`, task.task_id]));
    const [a, b] = [idsOf(seen[3]!), idsOf(seen[4]!)];
    for (const key of Object.keys(a)) if (key in b) expect(b[key]).toBe(a[key]);
  });

  it(':terminate makes a running run CANCELING, then CANCELED; terminating it again is a 400', async () => {
    const s = await serve();
    s.planRuns({ outcome: 'RUNNING' });
    const { json } = await createRun(s);
    const id = String(json.run_id);
    await call(s, 'GET', `/apis/v2beta1/runs/${id}`);
    await call(s, 'GET', `/apis/v2beta1/runs/${id}`);
    expect((await call(s, 'POST', `/apis/v2beta1/runs/${id}:terminate`)).status).toBe(200);
    expect((await call(s, 'GET', `/apis/v2beta1/runs/${id}`)).json.state).toBe('CANCELING');
    const after = await call(s, 'GET', `/apis/v2beta1/runs/${id}`);
    expect(after.json.state).toBe('CANCELED');
    expect(after.json.finished_at).not.toBe('1970-01-01T00:00:00Z');
    const again = await call(s, 'POST', `/apis/v2beta1/runs/${id}:terminate`);
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ code: 3, message: expect.stringContaining('Row not found'), details: [expect.objectContaining({ '@type': 'type.googleapis.com/google.rpc.Status' })] });
  });

  it('a stuck run stays RUNNING', async () => {
    const s = await serve();
    s.planRuns({ outcome: 'RUNNING' });
    const { json } = await createRun(s);
    const seen = await runToEnd(s, String(json.run_id));
    expect(seen).toHaveLength(30);
    expect(seen.at(-1)!.state).toBe('RUNNING');
  });

  it('an unknown query parameter is ignored, as the gateway ignores it', async () => {
    const s = await serve();
    const { json } = await createRun(s);
    expect((await call(s, 'GET', `/apis/v2beta1/runs/${json.run_id}?view=FULL&no_such=1`)).status).toBe(200);
  });
});

describe('runs (the task API)', () => {
  it('tasks only with view=FULL, typed ROOT and RUNTIME, metrics as Metric artifacts with number_value', async () => {
    const s = await serve({ taskApi: true });
    s.planRuns({ metrics: { evaluate: { r2: 0.82 } } });
    const { json } = await createRun(s);
    await call(s, 'GET', `/apis/v2beta1/runs/${json.run_id}?view=FULL`);
    const plain = await call(s, 'GET', `/apis/v2beta1/runs/${json.run_id}`);
    expect(plain.json.tasks).toBeUndefined();
    const seen = await runToEnd(s, String(json.run_id));
    const last = seen.at(-1)!;
    expectShape(last, 'TaskApiRun');
    const tasks = last.tasks as Obj[];
    for (const task of tasks) expectShape(task, 'PipelineTask');
    expect(tasks.map((task) => [task.name, task.type])).toEqual([['root', 'ROOT'], ...['load-data', 'preprocess', 'engineer-features', 'train-model', 'evaluate'].map((name) => [name, 'RUNTIME'])]);
    const io = ((tasks.at(-1)!.outputs as Obj).artifacts as Obj[])[0]!;
    expectShape(io, 'IOArtifact');
    const artifact = (io.artifacts as Obj[])[0]!;
    expectShape(artifact, 'Artifact');
    expect(artifact).toMatchObject({ name: 'r2', type: 'Metric', number_value: 0.82 });
  });
});

describe('what KFP refuses', () => {
  it.each([
    ['v2' as const, /^proto: \(line 1:\d+\): unknown field "labels"$/],
    ['v1' as const, /^unknown field "labels" in v2beta1\.Message$/],
  ])('an unknown field in a POST body is a 400 (%s error shape)', async (errorShape, message) => {
    const s = await serve({ errorShape });
    const { status, json } = await createRun(s, { labels: { team: 'a' } });
    expect(status).toBe(400);
    expect(json.message).toMatch(message);
    expect(Object.keys(json).sort()).toEqual(errorShape === 'v1' ? ['code', 'details', 'error', 'message'] : ['code', 'details', 'message']);
    const nested = await createRun(s, { runtime_config: { parameters: {}, parameter_values: {} } });
    expect(nested.status).toBe(400);
  });

  it('reads protojson lowerCamel names too', async () => {
    const s = await serve();
    const experiment = await call(s, 'POST', '/apis/v2beta1/experiments', { displayName: 'camel' });
    expect(experiment.json.display_name).toBe('camel');
  });

  it.each([
    [{ n_estimators: '100' }, 'input parameter n_estimators requires type double or integer, but the parameter value is not of number value type'],
    [{ add_ratios: 'true' }, 'input parameter add_ratios requires type bool, but the input parameter is not of bool value type'],
    [{ data_uri: 3 }, 'input parameter data_uri requires type string, but the input parameter is not of string value type'],
    [{ n_trees: 3 }, 'parameter(s) provided are not required by pipeline: n_trees'],
  ])('parameters are checked against the IR: %j', async (parameters, message) => {
    const s = await serve();
    const { status, json } = await createRun(s, { runtime_config: { parameters } });
    expect(status).toBe(400);
    expect(json.message).toContain(message);
  });

  it('multi-user: experiments need a namespace; another namespace is 403; no token is 401', async () => {
    const s = await serve({ multiUser: true, namespaces: ['team-a'], tokens: ['t'] });
    const auth = { authorization: 'Bearer t' };
    expect((await call(s, 'GET', '/apis/v2beta1/experiments', undefined, auth)).json.message).toBe('List experiments failed: Failed to authorize with API: Invalid input error: An experiment cannot have an empty namespace in multi-user mode');
    expect((await call(s, 'GET', '/apis/v2beta1/experiments?namespace=team-b', undefined, auth)).status).toBe(403);
    expect((await call(s, 'GET', '/apis/v2beta1/experiments?namespace=team-a', undefined, auth)).status).toBe(200);
    expect((await call(s, 'GET', '/apis/v2beta1/experiments?namespace=team-a')).status).toBe(401);
    expect((await call(s, 'GET', '/apis/v2beta1/healthz')).status).toBe(200); // healthz is served outside the gateway
  });

  it('an auth proxy answers a missing token with its login page or a redirect', async () => {
    const page = await serve({ tokens: ['t'], authProxy: 'login-page' });
    const html = await call(page, 'GET', '/apis/v2beta1/healthz');
    expect([html.status, html.type]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html.text).toMatch(/^<!DOCTYPE html>/);
    await page.close();
    const redirect = await serve({ tokens: ['t'], authProxy: 'redirect' });
    const found = await call(redirect, 'GET', '/apis/v2beta1/runs/x');
    expect(found.status).toBe(302);
  });
});

describe('pipelines and versions (the multipart upload endpoints)', () => {
  it('upload creates the pipeline and a first version named after it; a second version of the same name is a 409', async () => {
    const s = await serve();
    const pipeline = await call(s, 'POST', '/apis/v2beta1/pipelines/upload?name=housing', upload());
    expect(pipeline.status).toBe(200);
    expectShape(pipeline.json, 'Pipeline');
    expect(pipeline.json).toMatchObject({ name: 'housing', display_name: 'housing' });
    const id = String(pipeline.json.pipeline_id);
    const version = await call(s, 'POST', `/apis/v2beta1/pipelines/upload_version?name=abc&pipelineid=${id}`, upload());
    expectShape(version.json, 'PipelineVersion');
    const duplicate = await call(s, 'POST', `/apis/v2beta1/pipelines/upload_version?name=abc&pipelineid=${id}`, upload());
    expect(duplicate.status).toBe(409);
    expect(duplicate.type).toBe('text/plain; charset=utf-8');
    expect(duplicate.json).toEqual({ error_message: 'Failed to create a pipeline version', error_details: expect.stringContaining('pipeline_upload_server.go') });
    const listed = await call(s, 'GET', `/apis/v2beta1/pipelines/${id}/versions?filter=${encodeURIComponent(JSON.stringify({ predicates: [{ operation: 'EQUALS', key: 'display_name', string_value: 'abc' }] }))}`);
    expectShape(listed.json, 'ListPipelineVersionsResponse');
    expect((listed.json.pipeline_versions as Obj[]).map((v) => v.name)).toEqual(['abc']);
    expect((await call(s, 'POST', '/apis/v2beta1/pipelines/upload?name=housing', upload())).status).toBe(409);
  });

  it('the file name decides the format: .yaml, .yml, .json; anything else is a 400', async () => {
    const s = await serve();
    expect((await call(s, 'POST', '/apis/v2beta1/pipelines/upload?name=a', upload('pipeline.yml'))).status).toBe(200);
    expect((await call(s, 'POST', '/apis/v2beta1/pipelines/upload?name=b', upload('pipeline.json', JSON.stringify(IR)))).status).toBe(200);
    const bad = await call(s, 'POST', '/apis/v2beta1/pipelines/upload?name=c', upload('pipeline.txt'));
    expect([bad.status, bad.json.error_message]).toEqual([400, 'Failed to read a pipeline spec file']);
  });

  it('list filters: display_name, and name only where pipelines have one (KFP 2.14+)', async () => {
    const s = await serve({ nameField: false });
    const filter = (key: string) => encodeURIComponent(JSON.stringify({ predicates: [{ operation: 'EQUALS', key, string_value: 'x' }] }));
    expect((await call(s, 'GET', `/apis/v2beta1/pipelines?filter=${filter('display_name')}`)).status).toBe(200);
    const byName = await call(s, 'GET', `/apis/v2beta1/pipelines?filter=${filter('name')}`);
    expect(byName.status).toBe(400);
    expect(byName.json.message).toContain('invalid filter key "name"');
  });
});
