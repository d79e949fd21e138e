/**
 * The CLI's side of the Jenkins runner's gateFailure and publishChecks, in-process against the
 * local GitHub API server on a real repository: `mlops step pipeline` writes what the run ended
 * with to MLOPS_RESULT_FILE (the outcome, the gates' check run), and with MLOPS_CHECKS=publishChecks
 * leaves the check run to the Checks API plugin instead of creating it with the token (a personal
 * token cannot: today a 403 warning).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

const REPO = 'acme/housing';
const APP = 'ghs_jenkinsStepResultToken000000000000000';
const PAT = 'ghp_aPersonalTokenThatCannotCreateChecks00';
let github: GitHubServer;
let repo: GitRepo;
let shas: { base: string; head: string };
const scratch = mkdtempSync(join(tmpdir(), 'mlops-step-result-'));

beforeAll(async () => {
  github = await startGitHubServer();
  github.addRepo(REPO);
  github.addToken(APP, { login: 'jenkins-app', type: 'Bot' });
  // As GitHub answers a personal token's POST /check-runs: 403.
  github.addToken(PAT, { login: 'jenkins-user', type: 'User', permissions: { pullRequests: 'write', issues: 'write', checks: 'read' } });
  repo = GitRepo.create('mlops-step-result-');
  const base = repo.commitFiles('base', { 'metrics.json': '{"acc": 0.9}', 'params.yaml': 'lr: 0.1\n' });
  const head = repo.commitFiles('head', { 'params.yaml': 'lr: 0.05\n' });
  shas = { base, head };
});
afterAll(async () => {
  await github.close();
  repo.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const train = (acc: number): string => `node -e "require('fs').writeFileSync('metrics.json', JSON.stringify({acc: ${acc}}))"`;

let pr = 500;
async function pullRequestBuild(token: string, acc: number, env: NodeJS.ProcessEnv) {
  const number = ++pr;
  github.addPull(REPO, { number, headSha: shas.head, baseSha: shas.base });
  const resultFile = join(scratch, `result-${number}.json`);
  const run = await mlops(repo.dir, ['step', 'pipeline'], {
    PATH: process.env.PATH, GIT_URL: `https://github.com/${REPO}.git`, GITHUB_API_URL: github.url, GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    GIT_COMMIT: shas.head, BUILD_URL: 'https://jenkins.example.com/job/housing/42/', CHANGE_ID: String(number), CHANGE_TARGET: 'main', BRANCH_NAME: `PR-${number}`,
    GITHUB_TOKEN: token, MLOPS_RESULT_FILE: resultFile,
    MLOPS_OPTIONS: JSON.stringify({ 'base-ref': shas.base, gates: ['acc >= 0.8', 'acc max-drop 0.01'], 'train-command': train(acc) }),
    ...env,
  });
  return { run, number, result: JSON.parse(readFileSync(resultFile, 'utf8')) as unknown };
}

test('with the Checks API plugin: the comment is posted, no check run is attempted with the token, and the result file carries the check and the gates-failed outcome', async () => {
  const before = github.checkRuns(REPO).length;
  const { run, number, result } = await pullRequestBuild(PAT, 0.85, { MLOPS_CHECKS: 'publishChecks' });
  expect(run.code).toBe(1);
  expect(run.stderr).not.toContain('check run');
  expect(github.checkRuns(REPO)).toHaveLength(before);
  expect(github.comments(REPO, number)).toHaveLength(1);
  expect(result).toEqual({
    outcome: 'gates-failed',
    check: { name: 'mlops: gates', conclusion: 'failure', title: '1 of 2 gates failed', summary: expect.stringMatching(/^✅ acc .*\n❌ acc .*$/) },
  });
});

test('without it: the check run is created with the token as before, with the same text the result file carries', async () => {
  const { run, result } = await pullRequestBuild(APP, 0.95, {});
  expect(run.code).toBe(0);
  const created = github.checkRuns(REPO).at(-1)!;
  expect(result).toEqual({ outcome: 'passed', check: { name: created.name, conclusion: created.conclusion, title: created.output!.title, summary: created.output!.summary } });
  expect(created.output!.title).toBe('All 2 gates passed');
});

test('a personal token without the plugin: the 403 warning names the permission (what publishChecks avoids)', async () => {
  const { run, result } = await pullRequestBuild(PAT, 0.95, {});
  expect(run.code).toBe(0);
  expect(run.stderr).toContain('Could not create the "mlops: gates" check run');
  expect(result).toMatchObject({ outcome: 'passed', check: { conclusion: 'success' } });
});
