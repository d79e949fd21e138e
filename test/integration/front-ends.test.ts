/**
 * The three front ends over the one event runner, in-process: the action's entry (runAction)
 * with the runner's environment, and the Jenkins step (`mlops step pipeline`) with Jenkins'
 * variables, against a local server that speaks the GitHub REST/GraphQL API and one that speaks
 * the Kubernetes API as documented (neither can run here), on real git repositories.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionInProcess } from '../helpers/action-in-process.js';
import type { ActionRunOptions } from '../helpers/action-runner.js';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { startKubeServer, type KubeServer } from '../helpers/kube-server.js';

const TOKEN = 'ghs_FrontEndTestTokenNeverPrinted0123456';
const REPO = 'acme/housing';
const NS = 'models';

let github: GitHubServer;
let kube: KubeServer;
let repo: GitRepo;
let shas: { base: string; head: string };
const dirs: string[] = [];

beforeAll(async () => {
  github = await startGitHubServer();
  github.addRepo(REPO);
  github.addToken(TOKEN, { login: 'github-actions', type: 'Bot' });
  kube = await startKubeServer();
  repo = GitRepo.create('mlops-front-ends-');
  const base = repo.commitFiles('base', { 'metrics.json': '{"acc": 0.9}', 'params.yaml': 'lr: 0.1\n', 'smoke.json': '{"instances": [[1, 2]]}' });
  const head = repo.commitFiles('head', { 'params.yaml': 'lr: 0.05\n' });
  shas = { base, head };
});

afterAll(async () => {
  await github.close();
  await kube.close();
  repo.cleanup();
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const train = (acc: number): string => `node -e "require('fs').writeFileSync('metrics.json', JSON.stringify({acc: ${acc}}))"`;
const KSERVE = { 'kserve-name': 'housing', 'kserve-namespace': NS, 'kserve-model-format': 'sklearn', 'kserve-storage-uri': 'gs://models/housing/v2', 'kserve-timeout': '5' };

function pullRequest(number: number, inputs: Record<string, string>, overrides: Partial<ActionRunOptions> = {}) {
  github.addPull(REPO, { number, headSha: shas.head, baseSha: shas.base });
  return runActionInProcess({
    workspace: repo.dir, eventName: 'pull_request', fixture: 'pull_request.synchronize', shas, apiUrl: github.url,
    edit: (payload) => {
      (payload.pull_request as { number: number }).number = number;
      payload.number = number;
    },
    ...overrides,
    inputs: { 'github-token': TOKEN, gates: 'acc >= 0.8', 'train-command': train(0.93), ...inputs },
  });
}

function merge(inputs: Record<string, string>) {
  return runActionInProcess({
    workspace: repo.dir, eventName: 'push', fixture: 'push.default-branch', shas: { ...shas, before: shas.base }, apiUrl: github.url,
    env: { GITHUB_REF: 'refs/heads/main' },
    inputs: { 'github-token': TOKEN, gates: 'acc >= 0.8', 'train-command': train(0.93), ...inputs },
  });
}

describe('the action', () => {
  test('a pull request with kserve-name set never touches the cluster', async () => {
    const before = kube.requests.length;
    const run = await pullRequest(301, { ...KSERVE, kubeconfig: kube.kubeconfig({ namespace: NS }) });
    expect(run.status).toBe(0);
    expect(kube.requests.length).toBe(before);
    expect(run.stdout).toContain('No promotion: a pull request never promotes.');
    expect(run.outputs.promoted).toBeUndefined();
    expect(run.outputs['gates-passed']).toBe('true');
  });

  test('a cluster that refuses the rollout (403) fails the step, and report, summary and outputs are all written', async () => {
    kube.fault({ method: 'GET', path: /inferenceservices\/housing$/, status: 403, times: 5 });
    const run = await merge({ ...KSERVE, kubeconfig: kube.kubeconfig({ namespace: NS }) });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::Rollout failed: Kubernetes forbids .*\(403\)/);
    expect(run.outputs['report-path']).toBe(join(repo.dir, 'report.md'));
    expect(run.outputs['gates-passed']).toBe('true');
    expect(run.outputs.promoted).toBe('false');
    expect(readFileSync(join(repo.dir, 'report.md'), 'utf8')).toContain('Rollout failed: Kubernetes forbids');
    expect(run.summary).toContain('Rollout failed: Kubernetes forbids');
    // the kubeconfig, and each of its lines, is masked; beyond the masking commands its token is nowhere
    const printed = `${run.stdout}${run.stderr}`.split('\n');
    expect(printed).toContain('::add-mask::token: "kube-test-token"');
    expect(printed.filter((line) => !line.startsWith('::add-mask::')).join('\n') + run.summary).not.toContain('kube-test-token');
  });

  test('an invalid InferenceService name is refused before training, naming the input', async () => {
    rmSync(join(repo.dir, 'trained'), { force: true });
    const run = await pullRequest(302, { ...KSERVE, 'kserve-name': 'Housing_RF', 'train-command': 'touch trained' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::kserve-name: 'Housing_RF' is not a valid InferenceService name.");
    expect(existsSync(join(repo.dir, 'trained'))).toBe(false);
  });

  test('a smoke-test file that does not exist is refused before training, naming the input', async () => {
    const run = await pullRequest(303, { ...KSERVE, 'smoke-test': 'missing.json', 'train-command': 'touch trained' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::smoke-test: cannot read');
    expect(existsSync(join(repo.dir, 'trained'))).toBe(false);
  });

  test('with GitHub down, the report cannot be posted: a warning, and the verdict stands', async () => {
    github.fault({ status: 503, times: 200 });
    try {
      const run = await pullRequest(304, {});
      expect(run.stdout).toMatch(/::warning::Could not publish the report: .*The report is in the job summary\./);
      expect(run.status).toBe(0);
      expect(run.outputs['gates-passed']).toBe('true');
      expect(run.summary).toContain('Gate passed');
    } finally {
      github.clearFaults();
    }
  });

  test('a shallow checkout (fetch-depth: 1) fetches the base commit and reports against it', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'mlops-bare-'));
    const clone = mkdtempSync(join(tmpdir(), 'mlops-shallow-'));
    dirs.push(bare, clone);
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, bare]);
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${bare}`, clone]);
    github.addPull(REPO, { number: 305, headSha: shas.head, baseSha: shas.base });
    const run = await runActionInProcess({
      workspace: clone, eventName: 'pull_request', fixture: 'pull_request.synchronize', shas, apiUrl: github.url,
      edit: (payload) => {
        (payload.pull_request as { number: number }).number = 305;
      },
      inputs: { 'github-token': TOKEN, gates: 'acc >= 0.8', 'train-command': train(0.95) },
    });
    expect(run.stdout).toContain(`Fetched the base revision ${shas.base.slice(0, 7)}, which the checkout did not have: git fetch --no-tags --depth=1 origin ${shas.base}`);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.outputs['metrics-json']!)).toEqual({ 'metrics.json': { acc: { old: 0.9, new: 0.95, diff: expect.closeTo(0.05, 10) } } });
  });
});

describe('the Jenkins step', () => {
  const jenkins = (env: NodeJS.ProcessEnv, options: Record<string, unknown>) =>
    mlops(repo.dir, ['step', 'pipeline'], {
      PATH: process.env.PATH, GIT_URL: `https://github.com/${REPO}.git`, GITHUB_API_URL: github.url, GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
      GIT_COMMIT: shas.head, BUILD_URL: 'https://jenkins.example.com/job/housing/42/', MLOPS_OPTIONS: JSON.stringify(options), ...env,
    });

  test('a pull-request build with kserveName set never touches the cluster', async () => {
    github.addPull(REPO, { number: 401, headSha: shas.head, baseSha: shas.base });
    const before = kube.requests.length;
    const run = await jenkins(
      { CHANGE_ID: '401', CHANGE_TARGET: 'main', BRANCH_NAME: 'PR-401', GITHUB_TOKEN: TOKEN, MLOPS_KUBECONFIG: kube.kubeconfig({ namespace: NS }) },
      { 'base-ref': shas.base, gates: ['acc >= 0.8'], 'train-command': train(0.93), ...KSERVE },
    );
    expect(run.code).toBe(0);
    expect(kube.requests.length).toBe(before);
    expect(run.stdout).toContain('No promotion: a pull request never promotes.');
    expect(github.comments(REPO, 401)).toHaveLength(1);
  });

  test('with GitHub down, publishing is a warning and the build keeps the model verdict', async () => {
    github.addPull(REPO, { number: 402, headSha: shas.head, baseSha: shas.base });
    github.fault({ status: 502, times: 200 });
    try {
      const run = await jenkins({ CHANGE_ID: '402', CHANGE_TARGET: 'main', BRANCH_NAME: 'PR-402', GITHUB_TOKEN: TOKEN }, { 'base-ref': shas.base, gates: ['acc >= 0.8'], 'train-command': train(0.93) });
      expect(run.stderr).toMatch(/WARNING: Could not publish the report: .*The report is in the report archived with the build\./);
      expect(run.code).toBe(0);
    } finally {
      github.clearFaults();
    }
  });

  test('an invalid option is named the way a Jenkinsfile writes it', async () => {
    const run = await jenkins({ BRANCH_NAME: 'main' }, { ...KSERVE, 'canary-percent': 150 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ERROR: canaryPercent: 150 is over 100.');
  });
});
