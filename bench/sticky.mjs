// API calls and wall time to update the sticky report (the bundled CLI's `comment create`) on pull
// requests with 10, 300 and 3,000 comments, against the local GitHub API test server, with the
// report among the newest comments and buried as the oldest. The real octokit throttling applies:
// it spaces GraphQL queries and writes one second apart, as GitHub asks of integrations.
import ncc from '@vercel/ncc';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'mlops-bench-sticky-'));

// The test server is TypeScript; bundle it once for this run.
const { code } = await ncc(join(root, 'test', 'helpers', 'github-server.ts'), { quiet: true, target: 'es2022' });
writeFileSync(join(work, 'package.json'), '{"type": "module"}');
writeFileSync(join(work, 'server.js'), code);
const { startGitHubServer } = await import(pathToFileURL(join(work, 'server.js')).href);

const server = await startGitHubServer();
const token = 'ghs_benchToken000000000000000000000000';
server.addRepo('acme/housing');
server.addToken(token, { login: 'github-actions', type: 'Bot' });
writeFileSync(join(work, 'report.md'), '## ✅ Gate passed\n\nr2 0.78 → 0.82\n');
const marker = '<!-- mlops-action report:default -->';

function comment(pr) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'comment', 'create', 'report.md', '--target', `pr/${pr}`], {
      cwd: work,
      env: { PATH: process.env.PATH, GITHUB_TOKEN: token, GITHUB_REPOSITORY: 'acme/housing', GITHUB_API_URL: server.url, GITHUB_GRAPHQL_URL: `${server.url}/graphql` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(err))));
  });
}

console.log('## sticky report update: API calls and wall time (bundled CLI, local GitHub API server)');
console.log('| comments on the PR | report position | API calls | wall time |\n|---:|---|---:|---:|');
let pr = 1;
for (const count of [10, 300, 3000]) {
  for (const position of ['among the newest', 'the oldest (buried)']) {
    const number = pr++;
    server.addPull('acme/housing', { number, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) });
    const seed = (n) => server.seedComments('acme/housing', number, n, (i) => ({ body: `review comment ${i}`, author: i % 2 ? 'alice' : 'bob' }));
    const report = () => server.seedComments('acme/housing', number, 1, () => ({ body: `${marker}\nold report`, author: 'github-actions[bot]' }));
    if (position === 'among the newest') { seed(count - 1); report(); } else { report(); seed(count - 1); }
    const before = server.requests.length;
    const started = performance.now();
    await comment(number);
    const ms = performance.now() - started;
    const calls = server.requests.length - before;
    console.log(`| ${count.toLocaleString('en')} | ${position} | ${calls} | ${(ms / 1000).toFixed(2)} s |`);
  }
}
await server.close();
