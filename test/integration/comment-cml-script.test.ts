/**
 * A CML user's report script with `cml` replaced by `mlops`, run by a real shell in a real clone
 * of a real bare origin, against the local GitHub API server: `mlops` on PATH is src/'s CLI
 * (test/helpers/cli-shim.ts). The token is read in CML's order (REPO_TOKEN before GITHUB_TOKEN),
 * the local plot is published as the report's own images are (the mlops-assets branch of origin,
 * never a third-party host), and `comment update` updates the newest report comment.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { startCliShim, type CliShim } from '../helpers/cli-shim.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

const execFileAsync = promisify(execFile);
let server: GitHubServer;
let shim: CliShim;
const root = mkdtempSync(join(tmpdir(), 'mlops-cml-script-'));
const PAT = 'ghp_cmlUsersPersonalToken000000000000000';
const JOB_TOKEN = 'ghs_jobTokenThatMayOnlyRead00000000000';
const ENV = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1' };
const NOTE = '<sub>Images are stored in this repository: only people with access to it can see them.</sub>';
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('plot')]);

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** CML's documented report script, `cml` → `mlops`, word for word otherwise. */
const CML_SCRIPT = "cat metrics.txt >> report.md\necho '![](plot.png)' >> report.md\nmlops comment create report.md\n";

let counter = 0;
/** A clone of a bare origin whose training just wrote metrics.txt and plot.png, and a PR whose head is the clone's HEAD. */
function project(): { bare: string; clone: string; head: string; pr: number; env: NodeJS.ProcessEnv } {
  const base = join(root, `case-${++counter}`);
  const bare = join(base, 'origin.git');
  const clone = join(base, 'clone');
  git(root, 'init', '-q', '--bare', '-b', 'main', bare);
  git(root, 'init', '-q', '-b', 'main', clone);
  writeFileSync(join(clone, 'train.py'), 'print("training")\n');
  git(clone, 'add', '-A');
  git(clone, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'model');
  git(clone, 'remote', 'add', 'origin', bare);
  git(clone, 'push', '-q', 'origin', 'main');
  writeFileSync(join(clone, 'metrics.txt'), 'r2: 0.81\nrmse: 0.52\n');
  writeFileSync(join(clone, 'plot.png'), png);
  const head = git(clone, 'rev-parse', 'HEAD');
  const pr = 20 + counter;
  server.addPull('acme/housing', { number: pr, headSha: head, baseSha: 'b'.repeat(40) });
  const eventPath = join(base, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ pull_request: { number: pr, head: { sha: head, repo: { full_name: 'acme/housing', fork: false } }, base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/housing' } } } }));
  const env = {
    ...ENV,
    PATH: `${shim.bin}${delimiter}${ENV.PATH}`,
    // As a CML workflow sets them: the user's token as REPO_TOKEN, the job's own GITHUB_TOKEN beside it.
    REPO_TOKEN: PAT,
    GITHUB_TOKEN: JOB_TOKEN,
    GITHUB_REPOSITORY: 'acme/housing',
    GITHUB_API_URL: server.url,
    GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '77',
  };
  return { bare, clone, head, pr, env };
}

async function sh(cwd: string, script: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  mkdirSync(cwd, { recursive: true });
  try {
    const { stdout, stderr } = await execFileAsync('sh', ['-e', '-c', script], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

beforeAll(async () => {
  server = await startGitHubServer();
  server.addRepo('acme/housing');
  server.addToken(PAT, { login: 'cml-user', type: 'User' });
  server.addToken(JOB_TOKEN, { login: 'github-actions', type: 'Bot', permissions: { pullRequests: 'read', issues: 'read', contents: 'read' } });
  shim = await startCliShim();
});
afterAll(async () => {
  await shim.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test("CML's report script with `mlops` for `cml`: one comment by REPO_TOKEN's user, the metrics as written, the plot from origin's mlops-assets branch", async () => {
  const { bare, clone, head, pr, env } = project();
  const result = await sh(clone, CML_SCRIPT, env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const comments = server.comments('acme/housing', pr);
  expect(comments).toHaveLength(1);
  expect(result.stdout).toBe(`https://github.com/acme/housing/pull/${pr}#issuecomment-${comments[0]!.id}\n`);
  // REPO_TOKEN is read first: the job's read-only GITHUB_TOKEN would have been refused.
  expect(comments[0]!.author).toBe('cml-user');
  const assets = git(bare, 'rev-parse', 'refs/heads/mlops-assets');
  expect(comments[0]!.body).toBe(
    ['<!-- mlops-action report:default -->', 'r2: 0.81', 'rmse: 0.52', `![](https://github.com/acme/housing/blob/${assets}/default/${head.slice(0, 7)}/plot.png?raw=true)`, '', NOTE, ''].join('\n'),
  );
  expect(git(bare, 'ls-tree', '-r', '--name-only', assets)).toBe(`default/${head.slice(0, 7)}/plot.png`);
  expect(shim.calls).toContainEqual(['comment', 'create', 'report.md']);
});

test('the same script run again (`comment create` or CML\'s `comment update`) updates that one comment', async () => {
  const { clone, pr, env } = project();
  expect((await sh(clone, CML_SCRIPT, env)).code).toBe(0);
  const [first] = server.comments('acme/housing', pr);
  writeFileSync(join(clone, 'metrics.txt'), 'r2: 0.83\n');
  const again = await sh(clone, 'rm report.md\ncat metrics.txt >> report.md\nmlops comment update report.md\n', env);
  expect(again.stderr).toBe('');
  expect(again.code).toBe(0);
  const comments = server.comments('acme/housing', pr);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.id).toBe(first!.id);
  expect(comments[0]!.body).toBe('<!-- mlops-action report:default -->\nr2: 0.83\n');
});

test('`comment update` with no report comment yet creates one; another watermark title is another comment', async () => {
  const { clone, pr, env } = project();
  const first = await sh(clone, "echo '# Data report' > data.md\nmlops comment update data.md --watermark-title data\n", env);
  expect(first.code).toBe(0);
  expect(server.comments('acme/housing', pr).map((comment) => comment.body)).toEqual(['<!-- mlops-action report:data -->\n# Data report\n']);
  expect((await sh(clone, CML_SCRIPT.replace('create', 'update'), env)).code).toBe(0);
  expect(server.comments('acme/housing', pr).map((comment) => comment.body.split('\n')[0])).toEqual(['<!-- mlops-action report:data -->', '<!-- mlops-action report:default -->']);
});

test('only the job token (no REPO_TOKEN): it is used, and its refusal names the permission', async () => {
  const { clone, env } = project();
  const result = await sh(clone, CML_SCRIPT, { ...env, REPO_TOKEN: '' });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('could not comment on pull request');
  expect(result.stderr).toContain('The token needs `pull-requests: write`.');
});

describe("CML's other flags, as CML's own scripts pass them", () => {
  test('--driver github --token, {workflow} and {run} in --watermark-title, --native: the flag token wins, the title is filled in', async () => {
    const { clone, pr, env } = project();
    const script = 'cat metrics.txt >> report.md\nmlops comment create --driver=github --token="$MY_PAT" --native --watermark-title="{workflow} run {run}" --no-publish report.md\n';
    // REPO_TOKEN is the read-only job token here: only the --token one may write
    const result = await sh(clone, script, { ...env, REPO_TOKEN: JOB_TOKEN, MY_PAT: PAT, GITHUB_WORKFLOW: 'train' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const comments = server.comments('acme/housing', pr);
    expect(comments.map((comment) => [comment.author, comment.body])).toEqual([['cml-user', '<!-- mlops-action report:train-run-77 -->\nr2: 0.81\nrmse: 0.52\n']]);
  });

  test("CML's older `send-comment`, and `comment create --update`: the same one comment, with a notice for the old name", async () => {
    const { clone, pr, env } = project();
    const first = await sh(clone, 'cat metrics.txt >> report.md\nmlops send-comment --no-publish report.md\n', env);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('WARNING: `send-comment` is CML\'s older name: use `mlops comment create`.\n');
    const again = await sh(clone, "echo 'r2: 0.9' > report.md\nmlops comment create --update --no-publish report.md\n", env);
    expect(again.code).toBe(0);
    expect(server.comments('acme/housing', pr).map((comment) => comment.body)).toEqual(['<!-- mlops-action report:default -->\nr2: 0.9\n']);
  });

  test('--commit-sha HEAD (CML\'s older target): a comment on the commit git resolves it to; --repo as a URL', async () => {
    const { clone, head, env } = project();
    const result = await sh(clone, "echo '# at this commit' > report.md\nmlops comment create --commit-sha=HEAD --repo https://github.com/acme/housing.git --no-publish report.md\n", env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(server.commitComments('acme/housing', head).map((comment) => comment.body)).toEqual(['<!-- mlops-action report:default -->\n# at this commit\n']);
  });

  test.each([
    ['--watch', 'comment create --watch: mlops does not watch the file.'],
    ['--rm-watermark', 'comment create --rm-watermark: mlops keys the one report comment by its marker, so it cannot leave it out.'],
    ['--driver gitlab', '--driver gitlab: mlops comments on GitHub only.'],
    ['--pr --target pr/3', 'comment create: --target cannot be given with --pr'],
  ])('%s: refused with one message, nothing posted', async (flags, message) => {
    const { clone, pr, env } = project();
    const result = await sh(clone, `echo x > report.md\nmlops comment create ${flags} report.md\n`, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(server.comments('acme/housing', pr)).toEqual([]);
  });

  test('--publish-url (CML\'s image server): said and not used; the plot still goes to the repository', async () => {
    const { bare, clone, pr, env } = project();
    const result = await sh(clone, CML_SCRIPT.replace('comment create', 'comment create --publish-url https://assets.example.com'), env);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('WARNING: --publish-url https://assets.example.com is not used: mlops never uploads images to an image server; they are stored in this repository (committed ones linked at their commit, the others on the mlops-assets branch).\n');
    const assets = git(bare, 'rev-parse', 'refs/heads/mlops-assets');
    expect(server.comments('acme/housing', pr)[0]!.body).toContain(`https://github.com/acme/housing/blob/${assets}/`);
  });
});

describe("CML's target on a push (its `auto`: the pull request of the commit, else the commit)", () => {
  /** The same project as its push workflow sees it: no pull request in the event, GITHUB_SHA the pushed commit. */
  function onPush(): ReturnType<typeof project> {
    const made = project();
    const eventPath = join(made.clone, '..', 'push.json');
    writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/feature', after: made.head, repository: { full_name: 'acme/housing' } }));
    return { ...made, env: { ...made.env, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath, GITHUB_SHA: made.head } };
  }

  test('a push whose commit is an open pull request\'s head: the comment goes to that pull request, as with CML', async () => {
    const { clone, pr, env } = onPush();
    const result = await sh(clone, "echo '# on push' > report.md\nmlops comment create --no-publish report.md\n", env);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`/pull/${pr}#issuecomment-`));
    expect(server.comments('acme/housing', pr).map((comment) => comment.body)).toEqual(['<!-- mlops-action report:default -->\n# on push\n']);
  });

  test('no open pull request for the commit (a closed one only): the default comments on the commit, --pr is refused with the commit named', async () => {
    const { bare, clone, head, env } = onPush();
    const other = { ...env, GITHUB_SHA: 'c'.repeat(40) };
    // a closed pull request had that head once: not a place to comment
    server.addPull('acme/housing', { number: 500, headSha: 'c'.repeat(40), baseSha: 'b'.repeat(40), state: 'closed' });
    const auto = await sh(clone, "echo '# pushed' > report.md\nmlops comment create --no-publish report.md\n", other);
    expect(auto.code).toBe(0);
    expect(server.commitComments('acme/housing', 'c'.repeat(40)).map((comment) => comment.body)).toEqual(['<!-- mlops-action report:default -->\n# pushed\n']);
    // with a local plot to publish: the refusal comes first, so nothing reaches origin
    const pr = await sh(clone, "echo '![](plot.png)' >> report.md\nmlops comment create --pr report.md\n", other);
    expect(pr.code).toBe(2);
    expect(pr.stderr).toContain('--target pr: this run is not for a pull request, and no open pull request has commit ccccccc as its head.');
    expect(server.commitComments('acme/housing', head)).toEqual([]);
    expect(git(bare, 'for-each-ref', 'refs/heads/mlops-assets')).toBe('');
  });

  test("CML's global options before the verb: `mlops --driver github --token … comment create`", async () => {
    const { clone, pr, env } = project();
    const result = await sh(clone, "echo '# globals' > report.md\nmlops --driver github --token \"$MY_PAT\" comment create --no-publish report.md\n", { ...env, REPO_TOKEN: JOB_TOKEN, MY_PAT: PAT });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(server.comments('acme/housing', pr).map((comment) => comment.author)).toEqual(['cml-user']);
  });
});
