/**
 * MLflow end to end with the example's real training (scikit-learn; train.py logs to the run it
 * is given through MLFLOW_RUN_ID over the REST API), against the local MLflow server
 * (test/helpers/mlflow-server.ts: MLflow's REST API 2.0 as service.proto and model_registry.proto
 * define it; no MLflow can run here): the bundled CLI on the base commit's merge (a tracked run, a
 * registered version, @champion), the bundled action on a pull request (its run compared with the
 * base commit's) and on the merge after it (a new version, the alias moved), and mlopsPipeline
 * under real Groovy with the token from withCredentials.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction } from '../helpers/action-runner.js';
import { GitRepo } from '../helpers/git-repo.js';
import { spawnAsync } from '../helpers/spawn-async.js';
import { startMlflowServer, type MlflowServer, type StoredRun } from '../helpers/mlflow-server.js';
import { CLI_BUNDLE, EXAMPLE, pythonPath, ROOT } from '../helpers/paths.js';

const TOKEN = 'mlflow-BearerTokenNeverPrinted0123456789';
const JENKINS_USER = 'ci-bot';
const JENKINS_PASSWORD = 'mlflow-JenkinsPasswordNeverPrinted01234';
const JAVA_HOME = process.env.JAVA_HOME ?? '/usr/lib/jvm/java-17-openjdk-amd64';
const PATH = pythonPath();

let mlflow: MlflowServer;
let repo: GitRepo;
let base: string;
let head: string;

const tags = (run: StoredRun) => Object.fromEntries(run.tags);
const latest = (run: StoredRun, key: string) => run.metrics.filter((metric) => metric.key === key).at(-1)?.value;

beforeAll(async () => {
  mlflow = await startMlflowServer({ tokens: [TOKEN], users: { [JENKINS_USER]: JENKINS_PASSWORD }, artifactRoot: 's3://models/mlflow' });
  repo = GitRepo.create('mlops-mlflow-e2e-');
  cpSync(EXAMPLE, repo.dir, { recursive: true });
  // a gate on the MLflow run's r2 (metrics.json has one too: the gate names which), an experiment and a model
  repo.write('mlops.yaml', ['train-command: python3 train.py', 'gates:', '  - mlflow:housing:r2 >= 0.7', 'mlflow-experiment: housing', 'mlflow-model: housing', 'predictions: predictions.csv', ''].join('\n'));
  base = repo.commit('base: 60 trees');
  const params = readFileSync(join(repo.dir, 'params.yaml'), 'utf8');
  repo.write('params.yaml', params.replace('n_estimators: 60', 'n_estimators: 90'));
  head = repo.commit('more trees');
  repo.git('checkout', '-q', base);
}, 30_000);

afterAll(async () => {
  await mlflow.close();
  repo.cleanup();
});

test('the bundled CLI on the base commit merged: a tracked run the training logs to, a registered version, @champion', async () => {
  const env = { PATH, HOME: repo.dir, MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: TOKEN, MLOPS_DEFAULT_BRANCH: 'main' };
  repo.git('checkout', '-q', '-B', 'main', base);
  const result = await spawnAsync(process.execPath, [CLI_BUNDLE, 'run', '--event', 'push', '--base', 'HEAD'], { cwd: repo.dir, env });
  // the first commit has no metrics.json committed (a warning), and no run before it
  expect(result.stderr).not.toContain('ERROR');
  expect(result.status).toBe(0);
  const [run] = mlflow.runs();
  expect(run).toMatchObject({ run_name: `push-${base.slice(0, 7)}`, status: 'FINISHED' });
  expect(tags(run!)).toMatchObject({ 'mlflow.source.git.commit': base, 'mlops.event': 'push' });
  // train.py resumed the CI run through MLFLOW_RUN_ID: its params and metrics are there
  expect(run!.params.get('train.n_estimators')).toBe('60');
  expect(latest(run!, 'r2')).toBeGreaterThan(0.7);
  expect(new Set(run!.metrics.filter((metric) => metric.key === 'test_r2').map((metric) => metric.step)).size).toBeGreaterThan(1);
  expect(result.stdout).toContain(`mlflow-run-id: ${run!.run_id}\n`);
  expect(result.stdout).toContain(`mlflow-run-url: ${mlflow.url}/#/experiments/${run!.experiment_id}/runs/${run!.run_id}\n`);
  expect(result.stdout).toContain('mlflow-model-version: 1\n');
  expect(mlflow.versions()).toMatchObject([{ name: 'housing', version: '1', run_id: run!.run_id, source: `${run!.artifact_uri}/model`, status: 'READY' }]);
  expect(Object.fromEntries(mlflow.models()[0]!.aliases)).toEqual({ champion: '1' });
  expect(result.stdout).not.toContain(TOKEN);
});

test('the bundled action on a pull request: its run tagged with the PR head, compared with the base commit\'s run, nothing registered', async () => {
  repo.git('checkout', '-q', '-B', 'more-trees', head);
  const runsBefore = mlflow.runs().length;
  const pr = await runBundledAction({
    workspace: repo.dir, eventName: 'pull_request', fixture: 'pull_request.synchronize', shas: { base, head }, sha: head,
    env: { PATH, MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: TOKEN }, inputs: { comment: 'never' },
  });
  expect(pr.stderr).toBe('');
  expect(pr.status).toBe(0);
  const run = mlflow.runs()[runsBefore]!;
  expect(run).toMatchObject({ run_name: `pr-7-${head.slice(0, 7)}`, status: 'FINISHED' });
  expect(tags(run)).toMatchObject({ 'mlflow.source.git.commit': head, 'mlops.git.base_sha': base, 'mlops.event': 'pr', 'mlops.ci.pr': '7' });
  expect(pr.outputs['mlflow-run-id']).toBe(run.run_id);
  expect(pr.outputs['mlflow-run-url']).toBe(`${mlflow.url}/#/experiments/${run.experiment_id}/runs/${run.run_id}`);
  expect(pr.outputs['mlflow-model-version']).toBeUndefined();
  // the MLflow values beside the files': the base run's r2 as the old value, the PR's as the new
  const metricsJson = JSON.parse(pr.outputs['metrics-json']!) as Record<string, Record<string, { old: number; new: number }>>;
  expect(metricsJson['mlflow:housing']!.r2!.old).toBeCloseTo(latest(mlflow.runs()[0]!, 'r2')!, 10);
  expect(metricsJson['mlflow:housing']!.r2!.new).toBeCloseTo(latest(run, 'r2')!, 10);
  // the action's metrics-json keeps DVC's shape; the head's interval (the base commit has no predictions committed) is under _mlops
  const extra = (JSON.parse(pr.outputs['metrics-json']!) as { _mlops: { noise: Record<string, Record<string, { interval: [number, number]; verdict: string | null }>> } })._mlops;
  const [low, high] = extra.noise['metrics.json']!.r2!.interval;
  expect(low).toBeLessThan(metricsJson['metrics.json']!.r2!.new);
  expect(high).toBeGreaterThan(metricsJson['metrics.json']!.r2!.new);
  expect(pr.summary).toMatch(/MLflow run \[`[0-9a-f]{8}`\]\(.*\) in experiment `housing` · compared with the base's run/);
  expect(pr.summary).toContain('test_r2 by step (MLflow)');
  expect(pr.summary).toContain('| train.n_estimators');
  expect(mlflow.versions()).toHaveLength(1);
  expect(pr.stdout).toContain(`::add-mask::${TOKEN}`);
  expect(pr.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  expect(JSON.stringify([...run.tags])).not.toContain(TOKEN);
});

test('the bundled action on the merge: a new version from the merge\'s run, @champion moved to it', async () => {
  repo.git('checkout', '-q', '-B', 'main', head);
  const merge = await runBundledAction({
    workspace: repo.dir, eventName: 'push', fixture: 'push.default-branch', shas: { base, head, before: base }, sha: head,
    env: { PATH, GITHUB_REF: 'refs/heads/main', MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: TOKEN }, inputs: { comment: 'never' },
  });
  expect(merge.stderr).toBe('');
  expect(merge.status).toBe(0);
  const run = mlflow.runs().at(-1)!;
  expect(run.run_name).toBe(`push-${head.slice(0, 7)}`);
  expect(merge.outputs['mlflow-model-version']).toBe('2');
  expect(mlflow.versions().at(-1)).toMatchObject({ version: '2', run_id: run.run_id, status: 'READY' });
  expect(Object.fromEntries(mlflow.versions().at(-1)!.tags)).toMatchObject({ 'mlflow.source.git.commit': head });
  expect(Object.fromEntries(mlflow.models()[0]!.aliases)).toEqual({ champion: '2' });
  expect(merge.summary).toContain('registered as `housing` version 2, now `@champion`');
});

test('Jenkins: mlopsPipeline with mlflowExperiment and mlflowCredentialsId, under real Groovy', async () => {
  repo.git('checkout', '-q', '-B', 'main', head);
  const result = await spawnAsync('groovy', ['-cp', 'src:test/harness', 'test/mlflow/MlflowPipelineTest.groovy'], {
    cwd: join(ROOT, 'jenkins'),
    env: { ...process.env, PATH, JAVA_HOME, MLOPS_TEST_MLFLOW_URI: mlflow.url, MLOPS_TEST_REPO: repo.dir, MLOPS_TEST_MLFLOW_USER: JENKINS_USER, MLOPS_TEST_MLFLOW_PASSWORD: JENKINS_PASSWORD },
  });
  const output = `${result.stdout}\n${result.stderr.split('\n').filter((line) => !line.startsWith('WARNING')).join('\n')}`;
  expect({ status: result.status, closing: /^\d+ passed, \d+ failed$/m.exec(result.stdout)?.[0], output }).toEqual({ status: 0, closing: '1 passed, 0 failed', output: expect.any(String) });
  const run = mlflow.runs().at(-1)!;
  expect(tags(run)).toMatchObject({ 'mlflow.source.git.commit': head, 'mlops.ci.run_url': 'http://jenkins.invalid/job/housing/12/' });
  const basic = `Basic ${Buffer.from(`${JENKINS_USER}:${JENKINS_PASSWORD}`).toString('base64')}`;
  expect(mlflow.requests.filter((request) => request.path.endsWith('/runs/create')).at(-1)!.headers.authorization).toBe(basic);
});
