/** `mlops comment create` (CML-compatible) against the local GitHub API test server. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { CLI_BUNDLE } from '../helpers/paths.js';

let server: GitHubServer;
const dir = mkdtempSync(join(tmpdir(), 'mlops-comment-'));
const TOKEN = 'ghs_commentCreateToken00000000000000000';

beforeAll(async () => {
  server = await startGitHubServer();
  server.addRepo('acme/housing');
  server.addToken(TOKEN, { login: 'github-actions', type: 'Bot' });
  server.addToken('ghs_readonly', { login: 'github-actions', type: 'Bot', permissions: { pullRequests: 'read', issues: 'read' } });
  server.addPull('acme/housing', { number: 3, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) });
  writeFileSync(join(dir, 'report.md'), '# My own report\n\nacc went up.\n');
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function cml(args: string[], token = TOKEN): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, 'comment', 'create', ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH, GITHUB_TOKEN: token, GITHUB_REPOSITORY: 'acme/housing', GITHUB_API_URL: server.url, GITHUB_GRAPHQL_URL: `${server.url}/graphql` },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('publishing twice with one watermark title leaves one comment, updated, and prints its URL', async () => {
  const first = await cml(['report.md', '--target', 'pr/3', '--watermark-title', 'training']);
  writeFileSync(join(dir, 'report.md'), '# My own report\n\nacc went up again.\n');
  const second = await cml(['report.md', '--target', 'pr/3', '--watermark-title', 'training']);
  expect([first.code, second.code]).toEqual([0, 0]);
  const comments = server.comments('acme/housing', 3);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toBe('<!-- mlops-action report:training -->\n# My own report\n\nacc went up again.\n');
  expect(second.stdout.trim()).toBe(`https://github.com/acme/housing/pull/3#issuecomment-${comments[0]!.id}`);
});

test('an issue target', async () => {
  const issue = server.addIssue('acme/housing', { title: 'Nightly model regression' });
  const result = await cml(['report.md', '--target', `issue/${issue}`]);
  expect(result.code).toBe(0);
  expect(server.comments('acme/housing', issue)).toHaveLength(1);
});

test('a token that may not comment: exit 1 naming the permission', async () => {
  const result = await cml(['report.md', '--target', 'pr/3', '--watermark-title', 'other'], 'ghs_readonly');
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('ERROR: could not comment on pull request #3: Resource not accessible by integration.\nThe token needs `pull-requests: write`.');
});

test('no token: exit 2 saying which variable to set', async () => {
  const result = await cml(['report.md'], '');
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Set REPO_TOKEN (or GITHUB_TOKEN)');
});
