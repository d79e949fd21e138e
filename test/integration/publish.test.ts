/**
 * The action (its entry, in-process) publishing to a local server that speaks the GitHub REST and GraphQL APIs as
 * documented (no GitHub can be reached here): one sticky report per key, fork and permission
 * failures as warnings, retries on 5xx, waits on rate limits, and the token kept secret.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionInProcess } from '../helpers/action-in-process.js';
import type { ActionRun, ActionRunOptions } from '../helpers/action-runner.js';
import { GitRepo } from '../helpers/git-repo.js';
import { rateLimitFault, secondaryRateLimitFault, startGitHubServer, tooManyRequestsFault, type GitHubServer } from '../helpers/github-server.js';

const TOKEN = 'ghs_TestTokenThatMustNeverLeak0123456789';
const READ_ONLY = 'ghs_ReadOnlyForkToken9876543210abcdefgh';
const REPO = 'acme/housing';
const MARKER = '<!-- mlops-action report:default -->';

let server: GitHubServer;
let repo: GitRepo;
let shas: { base: string; head: string };
let nextPr = 100;

beforeAll(async () => {
  server = await startGitHubServer();
  server.addRepo(REPO);
  server.addToken(TOKEN, { login: 'github-actions', type: 'Bot' });
  server.addToken(READ_ONLY, { login: 'github-actions', type: 'Bot', permissions: { pullRequests: 'read', issues: 'read', checks: 'read', contents: 'read' } });
  repo = GitRepo.create('mlops-publish-');
  const base = repo.commitFiles('base', { 'metrics.json': '{"acc": 0.9, "loss": 0.3}', 'params.yaml': 'lr: 0.1\n' });
  const head = repo.commitFiles('head', { 'params.yaml': 'lr: 0.05\n' });
  shas = { base, head };
});

afterAll(async () => {
  await server.close();
  repo.cleanup();
});

/** A fresh pull request per test, so tests do not see each other's comments. */
function newPr(): number {
  const number = nextPr++;
  server.addPull(REPO, { number, headSha: shas.head, baseSha: shas.base });
  return number;
}

/** Training writes this accuracy, so each run can make a different report. */
function train(acc: number): string {
  return `node -e "require('fs').writeFileSync('metrics.json', JSON.stringify({acc: ${acc}, loss: 0.25}))"`;
}

function action(pr: number, inputs: Record<string, string> = {}, overrides: Partial<ActionRunOptions> = {}): Promise<ActionRun> {
  return runActionInProcess({
    workspace: repo.dir,
    eventName: 'pull_request',
    fixture: 'pull_request.synchronize',
    shas,
    apiUrl: server.url,
    edit: (payload) => {
      (payload.pull_request as { number: number }).number = pr;
      payload.number = pr;
    },
    ...overrides,
    inputs: { 'github-token': TOKEN, gates: 'acc >= 0.8', 'train-command': train(0.93), ...inputs },
  });
}

const reports = (pr: number, id = 'default') => server.comments(REPO, pr).filter((comment) => comment.body.includes(`<!-- mlops-action report:${id} -->`));

describe('sticky report on a pull request', () => {
  const pr = 7;
  let first: ActionRun;
  let second: ActionRun;
  beforeAll(async () => {
    server.addPull(REPO, { number: pr, headSha: shas.head, baseSha: shas.base });
    first = await action(pr, { 'train-command': train(0.91) });
    second = await action(pr, { 'train-command': train(0.95) });
  });

  it('the first run creates the comment and the second updates that same comment', () => {
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(reports(pr)).toHaveLength(1);
    expect(reports(pr)[0]!.body).toContain('acc 0.9 → 0.95');
    expect(first.outputs['comment-id']).toBe(String(reports(pr)[0]!.id));
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(second.outputs['comment-url']).toBe(`https://github.com/acme/housing/pull/7#issuecomment-${reports(pr)[0]!.id}`);
    expect(second.stdout).toMatch(/Report comment updated: .* \(2 API calls\)/);
  });

  it('creates the "mlops: gates" check run on the pull request head (not the merge commit)', () => {
    expect(server.checkRuns(REPO).at(-1)).toMatchObject({
      name: 'mlops: gates', headSha: shas.head, status: 'completed', conclusion: 'success',
      output: { title: 'All 1 gate passed', summary: '✅ acc >= 0.8: passed, acc is 0.95' },
    });
  });

  it('writes the job summary on every run', () => {
    expect(first.summary).toContain('## ✅ **Gate passed** · acc 0.9 → 0.91');
    expect(second.summary).toContain('## ✅ **Gate passed** · acc 0.9 → 0.95 (+5.56%, better)');
  });
});

test('two report ids leave two comments, each one sticky', async () => {
  const pr = newPr();
  await action(pr);
  await action(pr, { 'report-id': 'eval-b' });
  await action(pr, { 'report-id': 'eval-b', 'train-command': train(0.96) });
  expect(reports(pr)).toHaveLength(1);
  expect(reports(pr, 'eval-b')).toHaveLength(1);
  expect(reports(pr, 'eval-b')[0]!.body).toContain('acc 0.9 → 0.96');
});

test('a failed gate fails the step, with a failing check run, and the report is still posted', async () => {
  const pr = newPr();
  const run = await action(pr, { 'train-command': train(0.5) });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('::error::Gates failed:%0Aacc >= 0.8: failed, acc is 0.5');
  expect(server.checkRuns(REPO).at(-1)).toMatchObject({ conclusion: 'failure', output: { title: '1 of 1 gate failed' } });
  expect(reports(pr)[0]!.body).toContain('## ❌ **1 of 1 gate failed**');
});

test('a report among the newest of 3,000 comments is updated with 2 API calls', async () => {
  const pr = newPr();
  server.seedComments(REPO, pr, 3000, (i) => ({ body: `review comment ${i}`, author: i % 2 ? 'alice' : 'bob' }));
  server.seedComments(REPO, pr, 1, () => ({ body: `${MARKER}\nan earlier report`, author: 'github-actions[bot]' }));
  server.seedComments(REPO, pr, 40, (i) => ({ body: `later comment ${i}`, author: 'carol' }));
  const before = server.requests.length;
  const run = await action(pr, { 'train-command': train(0.94) });
  const calls = server.requests.slice(before);
  expect(run.status).toBe(0);
  expect(calls.map((call) => `${call.method} ${call.kind === 'graphql' ? 'graphql' : call.path.replace(/\d+/g, 'N')}`)).toEqual([
    'POST graphql',
    'PATCH /repos/acme/housing/issues/comments/N',
    'POST /repos/acme/housing/check-runs',
  ]);
  expect(reports(pr)).toHaveLength(1);
});

test('a report buried under 300 newer comments is still found and updated, never duplicated', async () => {
  const pr = newPr();
  await action(pr);
  server.seedComments(REPO, pr, 300, (i) => ({ body: i === 5 ? `quoting the bot: ${MARKER}` : `review comment ${i}`, author: i % 2 ? 'alice' : 'bob' }));
  const run = await action(pr, { 'train-command': train(0.97) });
  expect(run.status).toBe(0);
  expect(reports(pr).filter((comment) => comment.author === 'github-actions[bot]')).toHaveLength(1);
  expect(reports(pr).find((comment) => comment.author === 'github-actions[bot]')!.body).toContain('acc 0.9 → 0.97');
  expect(run.stdout).toMatch(/Report comment updated: .* \(5 API calls\)/);
});

test('a minimized (hidden) old report is left alone and a new one is posted', async () => {
  const pr = newPr();
  server.seedComments(REPO, pr, 1, () => ({ body: `${MARKER}\nold`, author: 'github-actions[bot]', minimized: true }));
  await action(pr);
  expect(reports(pr)).toHaveLength(2);
  expect(reports(pr).filter((comment) => !comment.minimized)).toHaveLength(1);
});

test('duplicates left by an earlier race are removed: one report remains', async () => {
  const pr = newPr();
  server.seedComments(REPO, pr, 2, (i) => ({ body: `${MARKER}\nrace ${i}`, author: 'github-actions[bot]' }));
  const run = await action(pr);
  expect(run.stdout).toContain('1 duplicate(s) removed');
  expect(reports(pr)).toHaveLength(1);
});

describe.each([
  ['a 502 once', () => server.fault({ method: 'PATCH', status: 502, body: { message: 'Server Error' } })],
  ['a 502 from GraphQL once', () => server.fault({ graphql: true, status: 502, body: { message: 'Server Error' } })],
  ['a primary rate limit (403, x-ratelimit-remaining: 0)', () => server.fault(rateLimitFault({ method: 'PATCH' }))],
  ['a secondary rate limit (403 with retry-after)', () => server.fault(secondaryRateLimitFault({ method: 'PATCH' }))],
  ['a 429 with retry-after', () => server.fault(tooManyRequestsFault({ method: 'PATCH' }))],
])('%s', (_name, inject) => {
  it('is waited out or retried, and the report is updated', async () => {
    const pr = newPr();
    await action(pr);
    inject();
    const run = await action(pr, { 'train-command': train(0.92) });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('::warning::');
    expect(reports(pr)).toHaveLength(1);
    expect(reports(pr)[0]!.body).toContain('acc 0.9 → 0.92');
  });
});

test('a fork pull request (read-only token) ends green with the summary written and warnings naming the permissions', async () => {
  const pr = newPr();
  const run = await action(pr, { 'github-token': READ_ONLY }, { fixture: 'pull_request.opened.fork' });
  expect(run.status).toBe(0);
  expect(run.summary).toContain('## ✅ **Gate passed**');
  expect(run.stdout).toContain('::warning::Could not comment on pull request #');
  expect(run.stdout).toContain('a pull request from a fork gets a read-only token). Grant `permissions: pull-requests: write`');
  expect(run.stdout).toContain('Grant `permissions: checks: write`');
  expect(server.comments(REPO, pr)).toHaveLength(0);
});

test('a pull request deleted meanwhile is a warning, not a red build', async () => {
  const pr = newPr();
  server.deletePull(REPO, pr);
  const run = await action(pr);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`::warning::Could not comment: pull request #${pr} was not found (deleted, or not visible to this token); the report is in the job summary.`);
});

test('a report over 65,536 characters is shortened to fit, with the verdict kept and the job summary linked', async () => {
  const pr = newPr();
  // 3,000 per-class scores with long names: far over the limit as a full report
  const script = "const m={acc:0.93};for(let i=0;i<3000;i++)m['class_'+i+'_'+'x'.repeat(40)+'_f1']=0.5+i/10000;require('fs').writeFileSync('metrics.json',JSON.stringify(m))";
  const run = await action(pr, { 'train-command': `node -e "${script}"` });
  expect(run.status).toBe(0);
  const body = reports(pr)[0]!.body;
  expect(body.length).toBeLessThanOrEqual(65536);
  expect(body).toMatch(/^## /m);
  expect(body).toContain("_Shortened to fit GitHub's comment size limit; the full report is in [the job summary](https://github.com/acme/housing/actions/runs/4242)._");
  expect(run.summary.length).toBeGreaterThan(body.length);
});

describe('push events', () => {
  const push = (inputs: Record<string, string>) =>
    runActionInProcess({ workspace: repo.dir, eventName: 'push', fixture: 'push.default-branch', shas: { ...shas, before: shas.base }, apiUrl: server.url, inputs: { 'github-token': TOKEN, 'train-command': train(0.93), ...inputs } });

  it('with comment: auto, no comment is made (the job summary has the report)', async () => {
    const run = await push({});
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No report comment: no pull request for this push event (set comment: always to comment on the commit).');
    expect(server.commitComments(REPO, shas.head)).toHaveLength(0);
  });

  it('with comment: always, one sticky comment on the commit', async () => {
    await push({ comment: 'always' });
    await push({ comment: 'always', 'train-command': train(0.99) });
    const comments = server.commitComments(REPO, shas.head).filter((comment) => comment.body.includes(MARKER));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('acc 0.9 → 0.99');
  });
});

test('the token appears in no output, file or request body: only in the Authorization header', async () => {
  const pr = newPr();
  const run = await action(pr, { 'train-command': `${train(0.93)} && echo "token is $INPUT_GITHUB_TOKEN"` });
  const texts = [run.stdout, run.stderr, run.summary, readFileSync(run.files.output, 'utf8'), ...readdirSync(repo.dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(repo.dir, f), 'utf8'))];
  // `::add-mask::` is how a step asks the runner to mask a value; the runner never shows that line.
  expect(run.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
  for (const text of texts.slice(1)) expect(text).not.toContain(TOKEN);
  for (const request of server.requests) {
    expect(request.body).not.toContain(TOKEN);
    expect(request.path).not.toContain(TOKEN);
    for (const [name, value] of Object.entries(request.headers)) if (name !== 'authorization') expect(value).not.toContain(TOKEN);
  }
  expect(server.requests.some((request) => request.headers.authorization === `token ${TOKEN}`)).toBe(true);
});
