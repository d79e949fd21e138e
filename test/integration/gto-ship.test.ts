/**
 * What shipped is in DVC Studio's model registry: `mlops run` on a merge that promotes to KServe
 * writes GTO's tags for the artifacts dvc.yaml declares and pushes them with the baseline, and a
 * pull request writes none. In-process, on a real repository cloned from a real bare origin, with
 * the local Kubernetes API server (the test playing KServe's controller) and the model server.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { inferenceService } from '../../src/kserve/manifest.js';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { playController, readyStatus } from '../helpers/kserve-controller.js';
import { startKubeServer, type KubeServer } from '../helpers/kube-server.js';
import { startModelServer, type ModelServer } from '../helpers/model-server.js';

const NS = 'models';
let kube: KubeServer;
let model: ModelServer;
let stop: () => void;
const dirs: string[] = [];

beforeAll(async () => {
  kube = await startKubeServer();
  model = await startModelServer({ model: 'housing' });
});

afterAll(async () => {
  stop?.();
  await model.close();
  await kube.close();
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

test('a merge that ships writes housing-model@v0.0.1 and housing-model#prod#1 and pushes them; a pull request writes none', async () => {
  const work = GitRepo.create('mlops-gto-work-');
  dirs.push(work.dir);
  work.write('dvc.yaml', stringify({ artifacts: { 'housing-model': { path: 'model/model.joblib', type: 'model' } } }));
  work.write('metrics.json', JSON.stringify({ r2: 0.8 }));
  work.write('smoke.json', JSON.stringify({ instances: [[1, 2]] }));
  work.write('mlops.yaml', stringify({
    metrics: ['metrics.json'], gates: ['r2 >= 0.5'], 'kserve-name': 'gto', 'kserve-namespace': NS, 'kserve-model-format': 'sklearn',
    'kserve-storage-uri': 's3://models/housing/v2', 'smoke-test': 'smoke.json', 'kserve-model-name': 'housing', 'kserve-timeout': '10',
  }));
  work.commit('base');
  work.write('metrics.json', JSON.stringify({ r2: 0.82 }));
  const head = work.commit('better');
  const bare = mkdtempSync(join(tmpdir(), 'mlops-gto-origin-'));
  dirs.push(bare);
  git(bare, 'clone', '-q', '--bare', work.dir, '.');
  work.git('remote', 'add', 'origin', bare);

  kube.put(inferenceService({ name: 'gto', namespace: NS, modelFormat: 'sklearn', storageUri: 's3://models/housing/v1', protocol: 'v1' }));
  kube.setStatus(NS, 'gto', readyStatus('gto', NS, 1, 1, 1, undefined, model.url));
  stop = playController(kube, NS, 'gto', model.url, () => 'ready');
  const env = { PATH: process.env.PATH, HOME: work.dir, MLOPS_DEFAULT_BRANCH: 'main', MLOPS_KUBECONFIG: kube.kubeconfig({ namespace: NS }) };

  const pr = await mlops(work.dir, ['run', '--event', 'pr', '--base', 'HEAD~1'], env);
  expect(pr.code).toBe(0);
  expect(git(work.dir, 'tag', '--list')).toBe('');

  const merge = await mlops(work.dir, ['run', '--event', 'push'], env);
  expect(merge.stderr).toBe('');
  expect(merge.code).toBe(0);
  expect(git(work.dir, 'tag', '--list').split('\n').sort()).toEqual(['housing-model#prod#1', 'housing-model@v0.0.1']);
  expect(git(work.dir, 'rev-list', '-n', '1', 'housing-model@v0.0.1')).toBe(head);
  expect(git(work.dir, 'cat-file', '-t', 'housing-model#prod#1')).toBe('tag');
  // pushed with the baseline, for DVC Studio to read from origin
  expect(git(bare, 'tag', '--list').split('\n').sort()).toEqual(['housing-model#prod#1', 'housing-model@v0.0.1']);
});
