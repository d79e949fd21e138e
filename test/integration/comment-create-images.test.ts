/**
 * `mlops comment create` with local images, in-process (src/, not the bundle) against the local
 * GitHub server and a real clone of a real bare origin: a CML report script's `![](plot.png)`
 * becomes a link private repositories render — the committed image's blob at the PR's head, the
 * image the job made on the mlops-assets branch — and nothing else in the text changes.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mlops } from '../helpers/cli.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

let server: GitHubServer;
const root = mkdtempSync(join(tmpdir(), 'mlops-comment-images-'));
const TOKEN = 'ghs_commentImagesToken0000000000000000';
const ENV = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1' };

const run = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const write = (path: string, content: string | Buffer): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
};
const png = (seed: string): Buffer => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(seed)]);

const REPORT = [
  '# Model report',
  '',
  '![confusion matrix](plots/confusion.png)',
  '',
  '![residuals](out/residuals.png "made by this job")',
  '',
  '<img src="out/residuals.png" width="400">',
  '',
  '![from the web](https://example.com/chart.png)',
  '',
  '![inline](data:image/png;base64,iVBORw0KGgo=)',
  '',
  '```sh',
  'cml comment create --publish report.md  # ![not an image](plots/confusion.png)',
  '```',
  '',
].join('\n');

let counter = 0;
/** A bare origin whose main holds plots/confusion.png, a clone with the report and an image the job made, and a PR whose head is that commit. */
function project(): { bare: string; clone: string; head: string; pr: number; env: NodeJS.ProcessEnv } {
  const base = join(root, `case-${++counter}`);
  const bare = join(base, 'origin.git');
  run(root, 'init', '-q', '--bare', '-b', 'main', bare);
  const clone = join(base, 'clone');
  run(root, 'init', '-q', '-b', 'main', clone);
  write(join(clone, 'plots/confusion.png'), png('confusion'));
  run(clone, 'add', '-A');
  run(clone, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'model');
  run(clone, 'remote', 'add', 'origin', bare);
  run(clone, 'push', '-q', 'origin', 'main');
  write(join(clone, 'out/residuals.png'), png('residuals'));
  write(join(clone, 'report.md'), REPORT);
  const head = run(clone, 'rev-parse', 'HEAD');
  const pr = 10 + counter;
  server.addPull('acme/housing', { number: pr, headSha: head, baseSha: 'b'.repeat(40) });
  // The runner's pull_request event: GITHUB_SHA is the merge commit; the payload names the PR's head.
  const eventPath = join(base, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ pull_request: { number: pr, head: { sha: head, repo: { full_name: 'acme/housing', fork: false } }, base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/housing' } } } }));
  const env = {
    ...ENV,
    GITHUB_TOKEN: TOKEN,
    GITHUB_REPOSITORY: 'acme/housing',
    GITHUB_API_URL: server.url,
    GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '4242',
  };
  return { bare, clone, head, pr, env };
}

beforeAll(async () => {
  server = await startGitHubServer();
  server.addRepo('acme/housing');
  server.addToken(TOKEN, { login: 'github-actions', type: 'Bot' });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const RUN_URL = 'https://github.com/acme/housing/actions/runs/4242';
const NOTE = '<sub>Images are stored in this repository: only people with access to it can see them.</sub>';

/** The report as it should be posted, given the two image URLs (or the stand-in for the made one). */
function expected(confusion: string, residuals: { url: string } | { text: string }): string {
  const made = 'url' in residuals ? `![residuals](${residuals.url} "made by this job")` : residuals.text;
  const tag = 'url' in residuals ? `<img src="${residuals.url}" width="400">` : residuals.text;
  return [
    '<!-- mlops-action report:training -->',
    '# Model report',
    '',
    `![confusion matrix](${confusion})`,
    '',
    made,
    '',
    tag,
    '',
    '![from the web](https://example.com/chart.png)',
    '',
    '![inline](data:image/png;base64,iVBORw0KGgo=)',
    '',
    '```sh',
    'cml comment create --publish report.md  # ![not an image](plots/confusion.png)',
    '```',
    '',
    NOTE,
    '',
  ].join('\n');
}

test('a CML script unchanged (`--publish`): the committed image links to its blob at the PR head, the made one to its mlops-assets commit', async () => {
  const { bare, clone, head, pr, env } = project();
  const result = await mlops(clone, ['comment', 'create', '--publish', 'report.md', '--watermark-title', 'training'], env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const assets = run(bare, 'rev-parse', 'refs/heads/mlops-assets');
  const comments = server.comments('acme/housing', pr);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toBe(
    expected(`https://github.com/acme/housing/blob/${head}/plots/confusion.png?raw=true`, {
      url: `https://github.com/acme/housing/blob/${assets}/training/${head.slice(0, 7)}/out/residuals.png?raw=true`,
    }),
  );
  // One commit on the branch, holding the made image only; the clone untouched.
  expect(run(bare, 'ls-tree', '-r', '--name-only', assets)).toBe(`training/${head.slice(0, 7)}/out/residuals.png`);
  expect(run(clone, 'status', '--porcelain')).toBe('?? out/\n?? report.md');

  // Publishing again (the default, no flag) updates the one comment and adds a child commit.
  const again = await mlops(clone, ['comment', 'create', 'report.md', '--watermark-title', 'training'], env);
  expect(again.code).toBe(0);
  expect(run(bare, 'rev-parse', 'refs/heads/mlops-assets^')).toBe(assets);
  expect(server.comments('acme/housing', pr)).toHaveLength(1);
});

test('--no-publish posts the text as it is and pushes nothing', async () => {
  const { bare, clone, pr, env } = project();
  const result = await mlops(clone, ['comment', 'create', 'report.md', '--no-publish', '--watermark-title', 'training'], env);
  expect(result.code).toBe(0);
  expect(server.comments('acme/housing', pr)[0]!.body).toBe(`<!-- mlops-action report:training -->\n${REPORT}`);
  expect(() => run(bare, 'rev-parse', '--verify', 'refs/heads/mlops-assets')).toThrow();
});

test('no origin: a warning naming the image; it becomes a link to the run; the committed one still shows', async () => {
  const { clone, head, pr, env } = project();
  run(clone, 'remote', 'remove', 'origin');
  const result = await mlops(clone, ['comment', 'create', 'report.md', '--watermark-title', 'training'], env);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe("WARNING: There is no git remote 'origin' to push the mlops-assets branch to: `out/residuals.png` is listed with a link to the run instead of shown.\n");
  const text = `[out/residuals.png (image not published: see the run's summary and artifacts)](${RUN_URL})`;
  expect(server.comments('acme/housing', pr)[0]!.body).toBe(expected(`https://github.com/acme/housing/blob/${head}/plots/confusion.png?raw=true`, { text }));
});

test('a token that may not push: the warning names the image and `contents: write`', async () => {
  const { bare, clone, pr, env } = project();
  writeFileSync(join(bare, 'hooks/pre-receive'), '#!/bin/sh\necho "Permission to acme/housing.git denied to github-actions[bot]." >&2\nexit 1\n');
  chmodSync(join(bare, 'hooks/pre-receive'), 0o755);
  const result = await mlops(clone, ['comment', 'create', 'report.md', '--watermark-title', 'training'], env);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe(
    'WARNING: Could not push the mlops-assets branch (Permission to acme/housing.git denied to github-actions[bot].); the token git uses needs `contents: write`: `out/residuals.png` is listed with a link to the run instead of shown.\n',
  );
  expect(server.comments('acme/housing', pr)[0]!.body).toContain(`[out/residuals.png (image not published: see the run's summary and artifacts)](${RUN_URL})`);
});

test('a missing image is named in a warning and left as written', async () => {
  const { clone, pr, env } = project();
  write(join(clone, 'report.md'), '![gone](plots/gone.png)\n![web](https://example.com/a.png)\n');
  const result = await mlops(clone, ['comment', 'create', 'report.md', '--watermark-title', 'training'], env);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe(`WARNING: The image 'plots/gone.png' is not a file in ${clone}; its reference is left as it is.\n`);
  expect(server.comments('acme/housing', pr)[0]!.body).toBe('<!-- mlops-action report:training -->\n![gone](plots/gone.png)\n![web](https://example.com/a.png)\n');
});
