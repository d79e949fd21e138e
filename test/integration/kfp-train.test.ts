/**
 * The train stage on Kubeflow Pipelines, driven against the local KFP API server
 * (test/helpers/kfp-server.ts, the v2beta1 REST API as KFP's swagger and API server define it)
 * with the example's compiled pipeline: what is submitted for each event, how a run is followed
 * to each of its ends, and what comes back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { kfpOptions, type KfpOptions } from '../../src/kfp/options.js';
import { describeKfpTraining, kfpOutputs, kfpReportLines } from '../../src/kfp/report.js';
import { trainOnKfp, type KfpFacts, type KfpTrainDependencies, type KfpTrainResult } from '../../src/kfp/train.js';
import { GitRepo } from '../helpers/git-repo.js';
import { startKfpServer, type KfpServer, type KfpServerOptions } from '../helpers/kfp-server.js';
import { EXAMPLE } from '../helpers/paths.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const IR_TEXT = readFileSync(join(EXAMPLE, 'pipeline.yaml'), 'utf8');
const TASKS = ['load-data', 'preprocess', 'engineer-features', 'train-model', 'evaluate'];
const SHA = 'c0ffee0123456789abcdef0123456789abcdef01';
const PR_HEAD = 'beefcafe89abcdef0123456789abcdef01234567';

let dir: string;
let server: KfpServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-kfp-'));
  writeFileSync(join(dir, 'pipeline.yaml'), IR_TEXT);
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

function optionsFor(host: string, extra: Record<string, string> = {}): KfpOptions {
  return kfpOptions({ 'kfp-host': host, 'kfp-pipeline': 'pipeline.yaml', ...extra })!;
}

const facts = (event: KfpFacts['event'], more: Partial<KfpFacts> = {}): KfpFacts => ({ event, repository: 'acme/housing', sha: SHA, defaultBranchPush: event === 'push', ...more });

async function train(options: KfpOptions, more: Partial<KfpTrainDependencies> = {}): Promise<{ result: KfpTrainResult; logger: RecordingLogger }> {
  const logger = new RecordingLogger();
  const result = await trainOnKfp(options, {
    cwd: dir, env: {}, logger, facts: facts('pr', { prHeadSha: PR_HEAD, defaultBranchPush: false }),
    poll: { initialMs: 2, maxMs: 10 }, retry: { attempts: 3, delayMs: () => 5 },
    ...more,
  });
  return { result, logger };
}

const posted = (s: KfpServer, method: string, path: string) => s.requests.filter((r) => r.method === method && r.path === path);

describe('a pull request: the IR goes inline, nothing is registered', () => {
  it('submits the pipeline_spec, typed parameters and the display name, and follows the run to SUCCEEDED', async () => {
    const s = await serve();
    const { result, logger } = await train(optionsFor(s.url, { 'kfp-params': 'n_estimators=100\nadd_ratios=false\ntest_size=0.25\ndata_uri=s3://bucket/housing.csv' }));

    expect(result.kind).toBe('succeeded');
    const [run] = s.runs();
    expect(run!.posted.display_name).toBe('acme/housing pr beefcaf');
    expect(run!.posted.pipeline_spec).toEqual(parse(IR_TEXT));
    expect(run!.posted.pipeline_version_reference).toBeUndefined();
    expect(run!.posted.runtime_config).toEqual({ parameters: { n_estimators: 100, add_ratios: false, test_size: 0.25, data_uri: 's3://bucket/housing.csv' } });
    expect(s.pipelines()).toEqual([]);
    expect(s.experiments().map((e) => e.display_name)).toEqual(['mlops-action']);
    expect(run!.posted.experiment_id).toBe(s.experiments()[0]!.experiment_id);

    if (result.kind !== 'succeeded') throw new Error('unreachable');
    expect(result.run.url).toBe(`${s.url}/#/runs/details/${run!.run_id}`);
    expect(result.run.source).toEqual({ kind: 'inline' });
    expect(result.tasks.map((task) => [task.name, task.state, task.durationMs])).toEqual(TASKS.map((name) => [name, 'SUCCEEDED', 20_000]));
    expect(result.durationMs).toBe(110_000); // 1 pending step + 5 tasks × 2 steps of 10 s
    expect(result.metrics).toBeUndefined(); // released KFP: no task outputs
    expect(kfpOutputs(result)).toEqual({ 'kfp-run-id': run!.run_id, 'kfp-run-url': result.run.url });

    const changes = logger.lines.filter((line) => /^\[\d\d:\d\d:\d\d\] /.test(line)).map((line) => line.slice(11));
    expect(changes).toEqual([
      'run: PENDING',
      'run: PENDING → RUNNING',
      'task load-data: RUNNING',
      'task load-data: RUNNING → SUCCEEDED (20.0 s)',
      'task preprocess: RUNNING',
      'task preprocess: RUNNING → SUCCEEDED (20.0 s)',
      'task engineer-features: RUNNING',
      'task engineer-features: RUNNING → SUCCEEDED (20.0 s)',
      'task train-model: RUNNING',
      'task train-model: RUNNING → SUCCEEDED (20.0 s)',
      'task evaluate: RUNNING',
      'run: RUNNING → SUCCEEDED',
      'task evaluate: RUNNING → SUCCEEDED (20.0 s)',
    ]);
    expect(logger.lines).toContain('Sending pipeline.yaml inline: a pull request registers no pipeline version.');
    expect(describeKfpTraining(result)).toBe(`KFP run acme/housing pr beefcaf SUCCEEDED in 1 min 50 s: ${result.run.url}`);
  });

  it('polls GET /runs/{id}?view=FULL and never shows the workflow root, root, drivers or executors', async () => {
    const s = await serve();
    const { result } = await train(optionsFor(s.url));
    const gets = s.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/apis/v2beta1/runs/'));
    expect(gets.length).toBeGreaterThan(5);
    expect(gets.every((r) => r.query.view === 'FULL')).toBe(true);
    if (result.kind === 'not-started') throw new Error(result.reason);
    const names = result.tasks.map((task) => task.name);
    expect(names).toEqual(TASKS);
  });

  it('reuses an experiment that exists, and names it by kfp-experiment', async () => {
    const s = await serve();
    await train(optionsFor(s.url, { 'kfp-experiment': 'housing-ci' }));
    await train(optionsFor(s.url, { 'kfp-experiment': 'housing-ci' }));
    expect(s.experiments().map((e) => e.display_name)).toEqual(['housing-ci']);
    expect(posted(s, 'POST', '/apis/v2beta1/experiments')).toHaveLength(1);
    expect(new Set(s.runs().map((run) => run.experiment_id)).size).toBe(1);
  });
});

describe('a push to the default branch or a schedule: a pipeline version named after the commit', () => {
  it('uploads the pipeline when it is new, then the version; the run references it', async () => {
    const s = await serve();
    const { result, logger } = await train(optionsFor(s.url), { facts: facts('push') });
    expect(result.kind).toBe('succeeded');
    expect(s.pipelines().map((p) => p.name)).toEqual(['california-housing']);
    expect(s.versions().map((v) => v.name)).toEqual(['california-housing', SHA]);
    const version = s.versions()[1]!;
    expect(s.runs()[0]!.posted.pipeline_version_reference).toEqual({ pipeline_id: version.pipeline_id, pipeline_version_id: version.pipeline_version_id });
    expect(s.runs()[0]!.posted.pipeline_spec).toBeUndefined();
    expect(s.runs()[0]!.posted.display_name).toBe('acme/housing push c0ffee0');
    const uploads = s.requests.filter((r) => r.path.startsWith('/apis/v2beta1/pipelines/upload'));
    expect(uploads.map((r) => [r.path, r.query.name])).toEqual([['/apis/v2beta1/pipelines/upload', 'california-housing'], ['/apis/v2beta1/pipelines/upload_version', SHA]]);
    expect(uploads.every((r) => /filename="pipeline\.yaml"/.test(r.body) && r.headers['content-type']!.startsWith('multipart/form-data'))).toBe(true);
    expect(logger.lines).toEqual(expect.arrayContaining(['Registered the new KFP pipeline california-housing.', `Registered california-housing version ${SHA}.`]));
  });

  it('a re-run of the same commit gets a 409 for the version and reuses it', async () => {
    const s = await serve();
    await train(optionsFor(s.url), { facts: facts('push') });
    const { result, logger } = await train(optionsFor(s.url), { facts: facts('schedule', { defaultBranchPush: false }) });
    expect(result.kind).toBe('succeeded');
    expect(s.versions().map((v) => v.name)).toEqual(['california-housing', SHA]);
    expect(s.requests.filter((r) => r.path === '/apis/v2beta1/pipelines/upload_version').map((r) => r.status)).toEqual([200, 409]);
    expect(s.runs()[1]!.posted.pipeline_version_reference).toEqual(s.runs()[0]!.posted.pipeline_version_reference);
    expect(logger.lines).toContain(`Reusing california-housing version ${SHA}: this commit was registered before.`);
    if (result.kind === 'not-started') throw new Error(result.reason);
    expect(result.run.source).toMatchObject({ kind: 'version', versionReused: true, pipelineCreated: false });
  });

  it('registers under kfp-pipeline-name, and a new commit adds a version to the same pipeline', async () => {
    const s = await serve();
    const options = optionsFor(s.url, { 'kfp-pipeline-name': 'housing' });
    await train(options, { facts: facts('push') });
    await train(options, { facts: facts('push', { sha: 'a'.repeat(40) }) });
    expect(s.pipelines().map((p) => p.display_name)).toEqual(['housing']);
    expect(s.versions().map((v) => v.name)).toEqual(['housing', SHA, 'a'.repeat(40)]);
  });

  it('a push to another branch and a manual run send the IR inline', async () => {
    const s = await serve();
    await train(optionsFor(s.url), { facts: facts('push', { defaultBranchPush: false }) });
    await train(optionsFor(s.url), { facts: facts('manual') });
    expect(s.pipelines()).toEqual([]);
    expect(s.runs().map((run) => [run.posted.display_name, typeof run.posted.pipeline_spec])).toEqual([
      ['acme/housing push c0ffee0', 'object'],
      ['acme/housing manual c0ffee0', 'object'],
    ]);
  });

  it('names the version after the commit of a real repository', async () => {
    const repo = GitRepo.create('mlops-kfp-repo-');
    try {
      repo.write('pipeline.yaml', IR_TEXT);
      const sha = repo.commit('the pipeline');
      const s = await serve();
      const { result } = await train(optionsFor(s.url), { cwd: repo.dir, facts: facts('push', { sha }) });
      expect(result.kind).toBe('succeeded');
      expect(s.versions().at(-1)!.name).toBe(sha);
      expect(s.runs()[0]!.posted.display_name).toBe(`acme/housing push ${sha.slice(0, 7)}`);
    } finally {
      repo.cleanup();
    }
  });
});

describe('how a run ends', () => {
  it('FAILED: names the failing task and the run URL, and stops following', async () => {
    const s = await serve();
    s.planRuns({ outcome: 'FAILED', failTask: 'train-model' });
    const { result, logger } = await train(optionsFor(s.url));
    if (result.kind !== 'failed') throw new Error(result.kind);
    expect(result.state).toBe('FAILED');
    expect(result.failingTasks).toEqual(['train-model']);
    expect(result.message).toBeUndefined(); // released KFP gives no message
    expect(result.tasks.map((task) => [task.name, task.state])).toEqual([
      ['load-data', 'SUCCEEDED'], ['preprocess', 'SUCCEEDED'], ['engineer-features', 'SUCCEEDED'], ['train-model', 'FAILED'],
    ]);
    expect(describeKfpTraining(result)).toBe(`KFP run acme/housing pr beefcaf FAILED after 1 min 30 s; failed task: train-model: ${result.run.url}`);
    expect(logger.lines.some((line) => /^error: \[\d\d:\d\d:\d\d\] task train-model: RUNNING → FAILED \(20\.0 s\)$/.test(line))).toBe(true);
  });

  it('FAILED with an error message from the run and the task (task API)', async () => {
    const s = await serve({ taskApi: true });
    s.planRuns({ outcome: 'FAILED', failTask: 'preprocess', taskError: 'ValueError: housing.csv is missing columns: median_income', runError: 'Run failed: task preprocess failed' });
    const { result } = await train(optionsFor(s.url));
    if (result.kind !== 'failed') throw new Error(result.kind);
    expect(result.failingTasks).toEqual(['preprocess']);
    expect(result.message).toBe('Run failed: task preprocess failed');
    expect(result.tasks.find((task) => task.name === 'preprocess')!.error).toBe('ValueError: housing.csv is missing columns: median_income');
    const report = kfpReportLines(result).join('\n');
    expect(report).toMatch(/^\| `preprocess` +\| ❌ FAILED +\| 20\.0 s +\| ValueError: housing\.csv is missing columns: median_income +\|$/m);
    expect(report).toMatch(/^\| Task +\| State +\| Duration +\| Error +\|$/m);
  });

  it('CANCELED from the KFP UI ends the wait at once', async () => {
    const s = await serve();
    s.planRuns({ outcome: 'CANCELED' });
    const { result } = await train(optionsFor(s.url, { 'kfp-timeout': '30' }));
    if (result.kind !== 'failed') throw new Error(result.kind);
    expect(result.state).toBe('CANCELED');
    // PENDING, 3 × RUNNING, CANCELING, CANCELED: the poll stops there.
    expect(s.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/apis/v2beta1/runs/'))).toHaveLength(6);
    expect(result.tasks.map((task) => [task.name, task.state])).toEqual([['load-data', 'SUCCEEDED'], ['preprocess', 'CANCELED']]);
    expect(posted(s, 'POST', `/apis/v2beta1/runs/${s.runs()[0]!.run_id}:terminate`)).toHaveLength(0);
  });

  it('stuck in RUNNING past kfp-timeout: terminated, with the last state_history entry', async () => {
    const s = await serve();
    s.planRuns({ outcome: 'RUNNING' });
    const { result, logger } = await train(optionsFor(s.url, { 'kfp-timeout': '0.3' }));
    if (result.kind !== 'timed-out') throw new Error(result.kind);
    const id = s.runs()[0]!.run_id;
    expect(posted(s, 'POST', `/apis/v2beta1/runs/${id}:terminate`)).toHaveLength(1);
    expect(result.terminated).toBe(true);
    expect(result.lastState.state).toBe('RUNNING');
    expect(result.lastState.since).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(result.state).toBe('CANCELING');
    expect(describeKfpTraining(result)).toBe(`KFP run acme/housing pr beefcaf did not finish within 0.3 s and was terminated (last state RUNNING since ${result.lastState.since}): ${result.run.url}`);
    expect(logger.lines).toContain(`warning: The KFP run acme/housing pr beefcaf did not finish within 0.3 s (kfp-timeout): terminating it.`);
  });

  it('the job cancelled (SIGTERM): terminates the run before it returns', async () => {
    const s = await serve();
    s.planRuns({ outcome: 'RUNNING' });
    const controller = new AbortController();
    const gets = () => s.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/apis/v2beta1/runs/')).length;
    const timer = setInterval(() => {
      if (gets() >= 3) controller.abort();
    }, 1);
    try {
      const { result } = await train(optionsFor(s.url), { signal: controller.signal, poll: { initialMs: 5, maxMs: 5 } });
      if (result.kind !== 'interrupted') throw new Error(result.kind);
      expect(result.terminated).toBe(true);
      expect(posted(s, 'POST', `/apis/v2beta1/runs/${s.runs()[0]!.run_id}:terminate`)).toHaveLength(1);
      expect(describeKfpTraining(result)).toMatch(/^The job was cancelled: KFP run acme\/housing pr beefcaf was terminated \(last state RUNNING since .+\): http/);
    } finally {
      clearInterval(timer);
    }
  });

  it('the job cancelled before the run is submitted: nothing is submitted', async () => {
    const s = await serve();
    const controller = new AbortController();
    controller.abort();
    const { result } = await train(optionsFor(s.url), { signal: controller.signal });
    expect(result).toMatchObject({ kind: 'not-started', reason: 'the job was cancelled before the run was submitted' });
    expect(s.runs()).toEqual([]);
  });

  it('a run already over when terminated: the 400 is reported, the result stands', async () => {
    const s = await serve();
    s.planRuns({ outcome: 'RUNNING' });
    s.fault({ method: 'POST', path: /:terminate$/, status: 400, body: { code: 3, message: 'Failed to terminate a run: Invalid input error: Failed to terminate a run x. Row not found', details: [] } });
    const { result } = await train(optionsFor(s.url, { 'kfp-timeout': '0.2' }));
    if (result.kind !== 'timed-out') throw new Error(result.kind);
    expect(result.terminated).toEqual({ error: expect.stringContaining('answered 400 Bad Request: Failed to terminate a run') });
    expect(describeKfpTraining(result)).toContain('could not be terminated (KFP API POST /apis/v2beta1/runs/');
  });

  it('SKIPPED counts as passed', async () => {
    const s = await serve();
    s.planRuns({ outcome: 'SKIPPED' });
    const { result } = await train(optionsFor(s.url));
    expect(result).toMatchObject({ kind: 'succeeded', state: 'SKIPPED', tasks: [] });
  });
});

describe('metrics from task outputs', () => {
  it('reads Metric artifacts where the API returns them (the task API), under kfp:<task name>', async () => {
    const s = await serve({ taskApi: true });
    s.planRuns({ metrics: { evaluate: { r2: 0.821376, rmse: 46621.9785, mae: 33620.041 } } });
    const { result } = await train(optionsFor(s.url));
    if (result.kind !== 'succeeded') throw new Error(result.kind);
    expect(result.metrics).toEqual([{ path: 'kfp:evaluate', values: { r2: 0.821376, rmse: 46621.9785, mae: 33620.041 } }]);
    expect(result.tasks.map((task) => task.name)).toEqual(TASKS);
  });

  it('says so when the API has no task outputs (released KFP)', async () => {
    const s = await serve();
    const { result } = await train(optionsFor(s.url));
    const { kfpMetricsNote } = await import('../../src/kfp/report.js');
    expect(kfpMetricsNote(result)).toMatch(/^the KFP API returned no task outputs for run [0-9a-f-]+ \(GET \/apis\/v2beta1\/runs\/\{id\}\?view=FULL/);
  });
});

describe('multi-user and single-user servers', () => {
  it('multi-user without kfp-namespace: a usage error naming it, nothing submitted', async () => {
    const s = await serve({ multiUser: true });
    const { result } = await train(optionsFor(s.url), { spell: (key) => `--${key}` });
    if (result.kind !== 'not-started') throw new Error(result.kind);
    expect(result.optionError?.key).toBe('kfp-namespace');
    expect(result.reason).toBe(`--kfp-namespace: is required: the KFP server at ${s.url} is multi-user (one namespace per Kubeflow profile). Set it to your profile namespace, e.g. kubeflow-user-example-com.`);
    expect(s.requests.map((r) => r.path)).toEqual(['/apis/v2beta1/healthz']);
  });

  it('multi-user with kfp-namespace: the experiment and the pipeline live in it', async () => {
    const s = await serve({ multiUser: true, namespaces: ['team-a'] });
    const { result } = await train(optionsFor(s.url, { 'kfp-namespace': 'team-a' }), { facts: facts('push') });
    expect(result.kind).toBe('succeeded');
    expect(s.experiments()[0]).toMatchObject({ display_name: 'mlops-action', namespace: 'team-a' });
    expect(s.pipelines()[0]).toMatchObject({ name: 'california-housing', namespace: 'team-a' });
    expect(s.requests.find((r) => r.path === '/apis/v2beta1/experiments')!.query.namespace).toBe('team-a');
  });

  it('a namespace the token may not use: 403, naming kfp-namespace and kfp-token', async () => {
    const s = await serve({ multiUser: true, namespaces: ['team-a'] });
    const { result } = await train(optionsFor(s.url, { 'kfp-namespace': 'team-b' }));
    if (result.kind !== 'not-started') throw new Error(result.kind);
    expect(result.reason).toMatch(/^KFP API GET \/apis\/v2beta1\/experiments answered 403 Forbidden: List experiments failed: Failed to authorize with API: PermissionDenied: .*; the token may not do this in namespace team-b: check kfp-namespace and kfp-token$/);
  });

  it('single-user: kfp-namespace is not sent, and the log says it is not used', async () => {
    const s = await serve();
    const { result, logger } = await train(optionsFor(s.url, { 'kfp-namespace': 'team-a' }));
    expect(result.kind).toBe('succeeded');
    expect(s.requests.every((r) => r.query.namespace === undefined && !r.body.includes('team-a'))).toBe(true);
    expect(logger.lines).toContain('The KFP server is single-user: kfp-namespace (team-a) is not used.');
  });
});

describe('kfp-params are checked against the IR before anything is submitted', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an undeclared name', 'n_estimator=100', /^kfp-params: the pipeline california-housing declares no parameter 'n_estimator'\. It declares: add_bay_distance, add_ratios, data_random_state, data_uri, max_depth, min_samples_leaf, n_estimators, n_jobs, test_size, train_random_state\.$/],
    ['a whole number that is not', 'n_estimators=1.5', /^kfp-params: n_estimators: '1\.5' is not a whole number \(the pipeline declares it NUMBER_INTEGER\)\.$/],
    ['a number that is not', 'test_size=a fifth', /^kfp-params: test_size: 'a fifth' is not a number \(the pipeline declares it NUMBER_DOUBLE\)\.$/],
    ['a boolean that is not', 'add_ratios=yes', /^kfp-params: add_ratios: 'yes' is not true or false \(the pipeline declares it BOOLEAN\)\.$/],
  ];
  it.each(cases)('%s: a usage error naming it, and no request', async (_what, params, message) => {
    const s = await serve();
    const { result } = await train(optionsFor(s.url, { 'kfp-params': params }));
    if (result.kind !== 'not-started') throw new Error(result.kind);
    expect(result.optionError?.key).toBe('kfp-params');
    expect(result.reason).toMatch(message);
    expect(s.requests).toEqual([]);
  });

  it('a parameter without a default must be given; mlflow_* ones are left to MLflow', async () => {
    const ir = parse(IR_TEXT) as { root: { inputDefinitions: { parameters: Record<string, unknown> } } };
    ir.root.inputDefinitions.parameters.run_label = { parameterType: 'STRING' };
    ir.root.inputDefinitions.parameters.mlflow_tracking_uri = { parameterType: 'STRING' };
    writeFileSync(join(dir, 'pipeline.yaml'), JSON.stringify(ir));
    const s = await serve();
    const missing = await train(optionsFor(s.url));
    expect(missing.result).toMatchObject({ kind: 'not-started', reason: 'kfp-params: the pipeline california-housing needs run_label, which has no default. Give it, e.g. run_label=<STRING>.' });
    expect(s.requests).toEqual([]);
  });

  it('what the server itself checks agrees: a string for a number is refused there too', async () => {
    const s = await serve();
    const response = await fetch(`${s.url}/apis/v2beta1/runs`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ display_name: 'x', pipeline_spec: parse(IR_TEXT), runtime_config: { parameters: { n_estimators: '100' } } }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('input parameter n_estimators requires type double or integer, but the parameter value is not of number value type');
  });

  it('a missing pipeline file or one that is not an IR: not started, naming kfp-pipeline', async () => {
    const s = await serve();
    const missing = await train(optionsFor(s.url, { 'kfp-pipeline': 'build/pipeline.yaml' }));
    expect(missing.result).toMatchObject({ kind: 'not-started', reason: `kfp-pipeline: build/pipeline.yaml does not exist in ${dir} (is the pipeline compiled before this step?)` });
    writeFileSync(join(dir, 'pipeline.yaml'), 'stages:\n  train:\n    cmd: python train.py\n');
    const wrong = await train(optionsFor(s.url));
    expect(wrong.result).toMatchObject({ kind: 'not-started', reason: 'kfp-pipeline: pipeline.yaml is not a compiled KFP pipeline (no pipelineInfo.name or root): compile it with kfp.compiler.Compiler().compile(...).' });
    expect(s.requests).toEqual([]);
  });
});

describe('the MLflow run handed to a pipeline', () => {
  const withMlflowParams = (text: string): string =>
    text.replace(
      /^(root:[\s\S]*?\n {2}inputDefinitions:\n {4}parameters:\n)/m,
      '$1      mlflow_run_id:\n        parameterType: STRING\n      mlflow_tracking_uri:\n        parameterType: STRING\n',
    );

  test('a pipeline that declares mlflow_run_id and mlflow_tracking_uri gets them, as strings', async () => {
    writeFileSync(join(dir, 'pipeline.yaml'), withMlflowParams(IR_TEXT));
    const s = await serve();
    const { result } = await train(optionsFor(s.url), { declaredOnly: { mlflow_run_id: 'abc123', mlflow_tracking_uri: 'https://mlflow.example.com' } });
    expect(result.kind).toBe('succeeded');
    expect(s.runs()[0]!.posted.runtime_config).toEqual({ parameters: { mlflow_run_id: 'abc123', mlflow_tracking_uri: 'https://mlflow.example.com' } });
  });

  test('a pipeline that declares neither gets neither (KFP refuses parameters a pipeline does not take)', async () => {
    const s = await serve();
    const { result } = await train(optionsFor(s.url), { declaredOnly: { mlflow_run_id: 'abc123', mlflow_tracking_uri: 'https://mlflow.example.com' } });
    expect(result.kind).toBe('succeeded');
    expect(s.runs()[0]!.posted.runtime_config).toEqual({ parameters: {} });
  });
});
