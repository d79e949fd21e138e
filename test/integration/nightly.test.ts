/**
 * The nightly loop, end to end with the bundled action: a push to main ships a model (KServe
 * rollout against the local Kubernetes API server) and records the production baseline as a git
 * ref pushed to `origin`; scheduled runs in fresh clones compare with that baseline (not with
 * HEAD), keep one alert issue on the local GitHub API server (opened, updated, closed) and tell a
 * local webhook receiver when the gates fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionInProcess } from '../helpers/action-in-process.js';
import type { ActionRun } from '../helpers/action-runner.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { playController } from '../helpers/kserve-controller.js';
import { startKubeServer, type KubeServer } from '../helpers/kube-server.js';
import { startModelServer, type ModelServer } from '../helpers/model-server.js';

const TOKEN = 'ghs_nightlyToken0000000000000000000000';
const REPO = 'acme/housing';
const root = mkdtempSync(join(tmpdir(), 'mlops-nightly-'));
const origin = join(root, 'origin.git');
let github: GitHubServer;
let kube: KubeServer;
let model: ModelServer;
let webhook: Server;
let webhookUrl: string;
const received: { contentType?: string; body: string }[] = [];
let stopController: () => void;
let head: string;
let shipped: ActionRun;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
}

function clone(name: string): string {
  const dir = join(root, name);
  git(root, 'clone', '-q', origin, dir);
  return dir;
}

const train = (r2: number) => `node -e "require('fs').writeFileSync('metrics.json', JSON.stringify({r2: ${r2}, rmse: 10}))"`;

function nightly(dir: string, r2: number): Promise<ActionRun> {
  return runActionInProcess({
    workspace: dir, eventName: 'schedule', fixture: 'schedule', shas: { head }, apiUrl: github.url,
    inputs: { 'github-token': TOKEN, 'train-command': train(r2), gates: 'r2 max-drop 0.01', 'alert-webhook': webhookUrl },
  });
}

const openAlerts = () => github.issues(REPO).filter((issue) => issue.state === 'open' && issue.title === 'Nightly model regression');

beforeAll(async () => {
  github = await startGitHubServer();
  github.addRepo(REPO);
  github.addToken(TOKEN, { login: 'github-actions', type: 'Bot' });
  kube = await startKubeServer();
  model = await startModelServer({ model: 'housing' });
  stopController = playController(kube, 'models', 'housing', model.url, () => 'ready');
  webhook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk));
    request.on('end', () => {
      received.push({ contentType: request.headers['content-type'], body });
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  const address = webhook.address();
  webhookUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hooks/T000/B000/XXXX`;

  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  const work = clone('work');
  git(work, 'checkout', '-q', '-b', 'main');
  execFileSync('bash', ['-c', `echo '{"r2": 0.80, "rmse": 10}' > metrics.json && echo 'depth: 8' > params.yaml`], { cwd: work });
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'model');
  git(work, 'push', '-q', 'origin', 'main');
  head = git(work, 'rev-parse', 'HEAD');
  // The merge build ships r2 0.82: that, not the committed 0.80, is what production serves.
  shipped = await runActionInProcess({
    workspace: work, eventName: 'push', fixture: 'push.default-branch', shas: { head, before: head }, apiUrl: github.url,
    env: { GITHUB_REF: 'refs/heads/main' },
    inputs: {
      'github-token': TOKEN, 'train-command': train(0.82), 'kserve-name': 'housing', 'kserve-namespace': 'models', 'kserve-model-format': 'sklearn',
      'kserve-storage-uri': 'gs://models/housing/v2', kubeconfig: kube.kubeconfig({ namespace: 'models' }), 'kserve-timeout': '20',
    },
  });
}, 120000);

afterAll(async () => {
  stopController();
  await new Promise((resolve) => webhook.close(resolve));
  await Promise.all([github.close(), kube.close(), model.close()]);
  rmSync(root, { recursive: true, force: true });
});

test('the merge build promotes the model and records the shipped metrics as refs/mlops/baseline/default on origin', () => {
  expect(shipped.stderr).toBe('');
  expect(shipped.status).toBe(0);
  expect(shipped.outputs.promoted).toBe('true');
  expect(shipped.stdout).toMatch(/Baseline recorded at refs\/mlops\/baseline\/default \([0-9a-f]{7}\) and pushed to origin\./);
  expect(JSON.parse(git(origin, 'show', 'refs/mlops/baseline/default:metrics.json'))).toEqual({ r2: 0.82, rmse: 10 });
  expect(git(origin, 'show', 'refs/mlops/baseline/default:params.yaml')).toBe('depth: 8');
});

describe('nightly runs', () => {
  let first: ActionRun;
  let second: ActionRun;
  let third: ActionRun;
  beforeAll(async () => {
    first = await nightly(clone('night-1'), 0.79);
    second = await nightly(clone('night-2'), 0.78);
    third = await nightly(clone('night-3'), 0.825);
  }, 120000);

  it('compare with production (0.82 from the baseline ref), not with HEAD (0.80)', () => {
    expect(first.stdout).toContain('Comparing with the production baseline refs/mlops/baseline/default.');
    expect(first.summary).toContain('r2 0.82 → 0.79');
  });

  it('a regression fails the run and opens one alert issue with the report', () => {
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/Alert issue #\d+ created: https:\/\/github\.com\/acme\/housing\/issues\/\d+/);
  });

  it('a second regression updates that issue instead of opening another', () => {
    expect(second.status).toBe(1);
    expect(second.stdout).toMatch(/Alert issue #\d+ updated/);
  });

  it('a passing night closes it with a comment', () => {
    expect(third.status).toBe(0);
    expect(third.stdout).toMatch(/Alert issue #\d+ closed/);
    expect(openAlerts()).toHaveLength(0);
    const closed = github.issues(REPO).filter((issue) => issue.title === 'Nightly model regression');
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ state: 'closed', labels: ['mlops-alert'], author: 'github-actions[bot]' });
    expect(closed[0]!.body).toContain('<!-- mlops-action alert:default -->');
    expect(closed[0]!.body).toContain('r2 0.82 → 0.78');
    expect(closed[0]!.comments.at(-1)!.body).toMatch(/^✅ The gates pass again/);
  });

  it('the webhook got one well-formed Slack-style message per failing night, and its URL is never printed', () => {
    expect(received).toHaveLength(2);
    for (const message of received) {
      expect(message.contentType).toBe('application/json');
      const body = JSON.parse(message.body) as { text: string };
      expect(Object.keys(body)).toEqual(['text']);
      expect(body.text).toMatch(/^:rotating_light: \*Nightly model regression\* in acme\/housing\n• r2 max-drop 0\.01: failed, r2 dropped by 0\.0[34]/);
    }
    for (const run of [first, second, third]) {
      expect(run.stdout.split('\n').filter((line) => line.includes(webhookUrl))).toEqual([`::add-mask::${webhookUrl}`]);
      expect(run.summary).not.toContain(webhookUrl);
    }
  });
});

test('a failing webhook is a warning, not a red build (the gates decide)', async () => {
  const dir = clone('night-4');
  const run = await runActionInProcess({
    workspace: dir, eventName: 'schedule', fixture: 'schedule', shas: { head }, apiUrl: github.url,
    inputs: { 'github-token': TOKEN, 'train-command': train(0.70), gates: 'r2 max-drop 0.5', 'alert-webhook': 'http://127.0.0.1:9/unreachable' },
  });
  expect(run.status).toBe(0);
  expect(run.stdout).not.toContain('::warning::The alert webhook');
  const failing = await runActionInProcess({
    workspace: dir, eventName: 'schedule', fixture: 'schedule', shas: { head }, apiUrl: github.url,
    inputs: { 'github-token': TOKEN, 'train-command': train(0.70), gates: 'r2 >= 0.9', 'alert-webhook': 'http://127.0.0.1:9/unreachable' },
  });
  expect(failing.status).toBe(1);
  expect(failing.stdout).toContain('::warning::The alert webhook was not delivered: the webhook could not be reached');
  expect(failing.stdout).toContain('::error::Gates failed');
});

describe('on-improvement: promote', () => {
  const nightlyPromote = (name: string, r2: number, margin: string) =>
    runActionInProcess({
      workspace: clone(name), eventName: 'schedule', fixture: 'schedule', shas: { head }, apiUrl: github.url,
      inputs: {
        'github-token': TOKEN, 'train-command': train(r2), gates: 'r2 max-drop 0.01', 'on-improvement': 'promote', 'improvement-margin': margin,
        'kserve-name': 'housing', 'kserve-namespace': 'models', 'kserve-model-format': 'sklearn', 'kserve-storage-uri': `gs://models/housing/nightly-${name}`,
        kubeconfig: kube.kubeconfig({ namespace: 'models' }), 'kserve-timeout': '20',
      },
    });

  it('a nightly model that beats production by less than the margin is only reported', async () => {
    const run = await nightlyPromote('night-5', 0.83, '5%');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/No promotion: r2 improved by 1\.\d\d%, less than the improvement-margin of 5%\./);
    expect(kube.get('models', 'housing').spec.predictor.model.storageUri).toBe('gs://models/housing/v2');
  });

  it('one that beats it by the margin is rolled out and becomes the new baseline', async () => {
    const run = await nightlyPromote('night-6', 0.9, '5%');
    expect(run.status).toBe(0);
    expect(run.outputs.promoted).toBe('true');
    expect(kube.get('models', 'housing').spec.predictor.model.storageUri).toBe('gs://models/housing/nightly-night-6');
    expect(JSON.parse(git(origin, 'show', 'refs/mlops/baseline/default:metrics.json'))).toEqual({ r2: 0.9, rmse: 10 });
    expect(git(origin, 'rev-list', '--count', 'refs/mlops/baseline/default')).toBe('2');
  });
});
