/**
 * `mlops run` with MLflow's registry and KServe, in-process, on real git repositories: the model
 * served from the registry when nothing else says what to serve (a version staged, KServe given
 * its artifact location, the alias moved only once promoted, a rolled-back version tagged), a
 * store KServe cannot read refused before the cluster is touched, and a nightly run compared with
 * the run behind the production alias. Against the local MLflow server (MLflow's REST API 2.0 as
 * its protos define it) and the local Kubernetes API server with the test playing KServe's
 * controller (neither can run here), and the local model server for the smoke test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { inferenceService } from '../../src/kserve/manifest.js';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { playController, readyStatus } from '../helpers/kserve-controller.js';
import { startKubeServer, type KubeServer } from '../helpers/kube-server.js';
import { startMlflowServer, type MlflowServer } from '../helpers/mlflow-server.js';
import { startModelServer, type ModelServer } from '../helpers/model-server.js';

const NS = 'models';
let kube: KubeServer;
let model: ModelServer;
const repos: GitRepo[] = [];
const servers: MlflowServer[] = [];
const stops: (() => void)[] = [];

beforeAll(async () => {
  kube = await startKubeServer();
  model = await startModelServer({ model: 'housing' });
});

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  model.setBehaviour('ok');
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await model.close();
  await kube.close();
  repos.forEach((repo) => repo.cleanup());
});

async function mlflowServer(artifactRoot: string): Promise<MlflowServer> {
  const server = await startMlflowServer({ artifactRoot });
  servers.push(server);
  return server;
}

/** Training that logs r2 to the run it is given, over MLflow's REST API (as the example's train.py does). */
const TRAIN = `python3 -c "
import json, os, time, urllib.request
body = {'run_id': os.environ['MLFLOW_RUN_ID'], 'metrics': [{'key': 'r2', 'value': float(open('r2.txt').read()), 'timestamp': int(time.time() * 1000), 'step': 0}]}
urllib.request.urlopen(urllib.request.Request(os.environ['MLFLOW_TRACKING_URI'] + '/api/2.0/mlflow/runs/log-batch', json.dumps(body).encode(), {'Content-Type': 'application/json'}))
"`;

function project(name: string, config: Record<string, unknown>): GitRepo {
  const repo = GitRepo.create('mlops-mlflow-rollout-');
  repos.push(repo);
  repo.write('r2.txt', '0.80');
  repo.write('smoke.json', JSON.stringify({ instances: [[1, 2]] }));
  repo.write('mlops.yaml', stringify({
    'train-command': TRAIN, 'mlflow-experiment': 'housing', 'mlflow-model': 'housing', gates: ['r2 >= 0.5'],
    'kserve-name': name, 'kserve-namespace': NS, 'kserve-model-format': 'sklearn', 'smoke-test': 'smoke.json', 'kserve-model-name': 'housing', 'kserve-timeout': '10',
    ...config,
  }));
  repo.commit('base');
  repo.write('r2.txt', '0.82');
  repo.commit('better');
  return repo;
}

function existing(name: string): void {
  kube.put(inferenceService({ name, namespace: NS, modelFormat: 'sklearn', storageUri: 's3://models/housing/v0', protocol: 'v1' }));
  kube.setStatus(NS, name, readyStatus(name, NS, 1, 1, 1, undefined, model.url));
  stops.push(playController(kube, NS, name, model.url, () => 'ready'));
}

const run = (repo: GitRepo, server: MlflowServer, event = 'push') =>
  mlops(repo.dir, ['run', '--event', event], { PATH: process.env.PATH, HOME: repo.dir, MLFLOW_TRACKING_URI: server.url, MLOPS_DEFAULT_BRANCH: 'main', MLOPS_KUBECONFIG: kube.kubeconfig({ namespace: NS }) });

test('served from the registry: the staged version\'s artifact location goes to KServe, and @champion moves once it is promoted', async () => {
  const server = await mlflowServer('s3://bucket/mlflow');
  existing('registry');
  const repo = project('registry', {});
  const result = await run(repo, server);
  // the first run in the experiment: the base commit has none
  expect(result.stderr).toBe(`WARNING: MLflow: no FINISHED run in experiment housing is tagged mlflow.source.git.commit = ${repo.git('rev-parse', 'HEAD~1').trim()}; its values show as new.\n`);
  expect(result.code).toBe(0);
  const [version] = server.versions();
  expect(version).toMatchObject({ version: '1', status: 'READY', source: `${server.runs()[0]!.artifact_uri}/model` });
  expect(version!.source).toMatch(/^s3:\/\/bucket\/mlflow\//);
  expect(kube.get(NS, 'registry')!.spec.predictor.model.storageUri).toBe(version!.source);
  expect(Object.fromEntries(server.models()[0]!.aliases)).toEqual({ champion: '1' });
  expect(result.stdout).toContain('mlflow-model-version: 1\n');
  expect(readFileSync(join(repo.dir, 'report.md'), 'utf8')).toContain('registered as `housing` version 1, now `@champion`');
});

test('a rolled-back version is tagged mlops.rolled_back=true and the alias stays where it was', async () => {
  const server = await mlflowServer('s3://bucket/mlflow');
  existing('failing');
  const repo = project('failing', {});
  expect((await run(repo, server)).code).toBe(0);
  model.setBehaviour('error-500');
  repo.write('r2.txt', '0.85');
  repo.commit('even better, but it does not serve');
  const result = await run(repo, server);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/Rolled back models\/failing: smoke test failed/);
  expect(server.versions().map((version) => [version.version, Object.fromEntries(version.tags)['mlops.rolled_back']])).toEqual([['1', undefined], ['2', 'true']]);
  expect(Object.fromEntries(server.models()[0]!.aliases)).toEqual({ champion: '1' });
  expect(result.stdout).not.toContain('mlflow-model-version');
});

test('a store KServe cannot read (mlflow-artifacts:) is refused with what to configure, before the cluster is touched', async () => {
  const server = await mlflowServer('mlflow-artifacts:');
  existing('proxied');
  const repo = project('proxied', {});
  const writes = kube.requests.filter((request) => request.method !== 'GET').length;
  const result = await run(repo, server);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('nothing to serve from MLflow: housing version 1 is stored at mlflow-artifacts:');
  expect(result.stderr).toContain('which KServe cannot fetch');
  expect(kube.requests.filter((request) => request.method !== 'GET').length).toBe(writes);
  expect(server.models()[0]!.aliases.size).toBe(0);
});

test('a nightly run is compared with the run behind models:/housing@champion', async () => {
  const server = await mlflowServer('s3://bucket/mlflow');
  existing('nightly');
  const repo = project('nightly', {});
  expect((await run(repo, server)).code).toBe(0);
  const production = server.runs()[0]!;
  repo.write('r2.txt', '0.70');
  const result = await run(repo, server, 'schedule');
  expect(result.code).toBe(0);
  const report = readFileSync(join(repo.dir, 'report.md'), 'utf8');
  expect(report).toMatch(/\| r2 +\| +0\.82 \| +0\.7 \|/);
  expect(report).toContain(`compared with the base's run [\`${production.run_id.slice(0, 8)}\`]`);
  // a nightly run reports; it ships nothing unless on-improvement says so
  expect(server.versions()).toHaveLength(1);
});

test('every verb reads MLFLOW_TRACKING_URI from the environment, as mlops run does (mlops.yaml names only the experiment)', async () => {
  const repo = project('verbs', {});
  const env = { PATH: process.env.PATH, HOME: repo.dir, MLFLOW_TRACKING_URI: 'https://mlflow.example.com' };
  const manifest = await mlops(repo.dir, ['kserve', 'manifest', '--storage-uri', 's3://models/housing/v2'], env);
  expect(manifest.stderr).toBe('');
  expect(manifest.code).toBe(0);
  const without = await mlops(repo.dir, ['kserve', 'manifest', '--storage-uri', 's3://models/housing/v2'], { PATH: process.env.PATH, HOME: repo.dir });
  expect(without.code).toBe(2);
  expect(without.stderr).toContain('mlflow-tracking-uri (mlops.yaml): is required with mlflow-experiment (or MLFLOW_TRACKING_URI in the environment).');
});

test('mlops report creates no MLflow run: it reads the head commit\'s finished run, and registers nothing', async () => {
  const server = await mlflowServer('s3://bucket/mlflow');
  const repo = GitRepo.create('mlops-mlflow-report-');
  repos.push(repo);
  repo.write('r2.txt', '0.80');
  repo.write('mlops.yaml', stringify({ 'train-command': TRAIN, 'mlflow-experiment': 'housing', 'mlflow-model': 'housing', gates: ['mlflow:housing:r2 >= 0.5'] }));
  repo.commit('base');
  const env = { PATH: process.env.PATH, HOME: repo.dir, MLFLOW_TRACKING_URI: server.url, MLOPS_DEFAULT_BRANCH: 'main' };
  // the merge's CI run trained and shipped: one run, one version
  expect((await mlops(repo.dir, ['run', '--event', 'push', '--base', 'HEAD'], env)).code).toBe(0);
  expect([server.runs().length, server.versions().length]).toEqual([1, 1]);
  const report = await mlops(repo.dir, ['report', '--base', 'HEAD', '--check'], env);
  expect(report.stderr).toBe('');
  expect(report.code).toBe(0);
  expect([server.runs().length, server.versions().length]).toEqual([1, 1]);
  expect(report.stdout).toContain('mlflow:housing:r2 >= 0.5: passed, r2 is 0.8');
  expect(report.stdout).toContain(`mlflow-run-id: ${server.runs()[0]!.run_id}`);
});
