/**
 * CI checkouts are shallow (actions/checkout's default `fetch-depth: 1`; Jenkins' shallow clone
 * option): the base commit and the baseline ref are not in the clone. A run fetches just what it
 * needs through `origin`, says so in one line, and only when that fails falls back to the message
 * that says how. Real repositories: a bare origin and real shallow clones of it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';

const env = { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A bare origin whose main has three commits (r2 0.70 → 0.75 → 0.80) and a feature branch on top. */
function origin(): { bare: string; shas: string[] } {
  const work = GitRepo.create('mlops-origin-work-');
  dirs.push(work.dir);
  const shas = [0.7, 0.75, 0.8].map((r2, i) => work.commitFiles(`train ${i}`, { 'metrics.json': JSON.stringify({ r2 }), 'params.yaml': `trees: ${100 + i}\n` }));
  work.git('checkout', '-q', '-b', 'feature');
  shas.push(work.commitFiles('bigger forest', { 'metrics.json': JSON.stringify({ r2: 0.85 }), 'params.yaml': 'trees: 400\n' }));
  const bare = mkdtempSync(join(tmpdir(), 'mlops-origin-'));
  dirs.push(bare);
  git(bare, 'clone', '-q', '--bare', work.dir, '.');
  return { bare, shas };
}

/** What actions/checkout does with fetch-depth 1: one commit, no other refs. */
function shallowClone(bare: string, branch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-shallow-'));
  dirs.push(dir);
  git(dir, 'clone', '-q', '--depth=1', '--single-branch', '--branch', branch, `file://${bare}`, '.');
  expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
  return dir;
}

test('a pull request build fetches the base commit it lacks, says so, and compares with it', async () => {
  const { bare, shas } = origin();
  const clone = shallowClone(bare, 'feature');
  const base = shas[2]!;
  expect(() => git(clone, 'cat-file', '-e', `${base}^{commit}`)).toThrow();

  const result = await mlops(clone, ['run', '--event', 'pr', '--base', base, '--gate', 'r2 max-drop 0.01'], env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`Fetched the base revision ${base.slice(0, 7)}, which the checkout did not have: git fetch --no-tags --depth=1 origin ${base}`);
  const report = readFileSync(join(clone, 'report.md'), 'utf8');
  expect(report).toMatch(/\| r2 +\| +0\.8 \| +0\.85 \|/);
  expect(git(clone, 'cat-file', '-t', base)).toBe('commit');
  // the trend then reads the base's first-parent history, fetched to a bounded depth, and says so
  expect(result.stdout).toContain(`Fetched 60 commits of ${base.slice(0, 12)}'s history for the trend (the checkout is shallow).`);
  expect(git(clone, 'cat-file', '-t', shas[1]!)).toBe('commit');
  expect(report).toMatch(/ 0\.7 at `[0-9a-f]{7}` \(\d{4}-\d\d-\d\d\) → 0\.85 at .*, over the last \d+ commits that wrote it/);
});

test('a push build compares with HEAD~1 by deepening the clone by one commit', async () => {
  const { bare } = origin();
  const clone = shallowClone(bare, 'main');
  const result = await mlops(clone, ['run', '--event', 'push', '--base', 'HEAD~1'], env);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Fetched the base revision HEAD~1, which the checkout did not have: git fetch --no-tags --deepen=1 origin');
  expect(readFileSync(join(clone, 'report.md'), 'utf8')).toMatch(/\| r2 +\| +0\.75 \| +0\.8 \|/);
});

test("a Jenkins pull-request build's origin/<target> is fetched into its remote-tracking ref", async () => {
  const { bare } = origin();
  const clone = shallowClone(bare, 'feature');
  expect(() => git(clone, 'rev-parse', '--verify', 'origin/main')).toThrow();
  const result = await mlops(clone, ['run', '--event', 'pr', '--base', 'origin/main'], env);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('git fetch --no-tags --depth=1 origin +refs/heads/main:refs/remotes/origin/main');
  expect(readFileSync(join(clone, 'report.md'), 'utf8')).toMatch(/\| r2 +\| +0\.8 \| +0\.85 \|/);
});

test('when the fetch fails, the run says what git said and how to get the commit', async () => {
  const { bare, shas } = origin();
  const clone = shallowClone(bare, 'feature');
  rmSync(bare, { recursive: true, force: true });
  const result = await mlops(clone, ['run', '--event', 'pr', '--base', shas[2]!], env);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(`Could not fetch the base revision ${shas[2]!.slice(0, 7)} (git fetch --no-tags --depth=1 origin ${shas[2]}):`);
  expect(result.stderr).toContain(`unknown revision '${shas[2]}': this is a shallow clone that does not contain it.`);
  expect(result.stderr).toContain('fetch-depth: 0');
});

test('a nightly build in a shallow clone fetches the production baseline ref from origin', async () => {
  const { bare, shas } = origin();
  // what shipped: the second commit's metrics, recorded on the baseline ref in origin
  git(bare, 'update-ref', 'refs/mlops/baseline/default', shas[1]!);
  const clone = shallowClone(bare, 'main');
  const result = await mlops(clone, ['run', '--event', 'schedule'], { ...env });
  // the CLI names its remote like the action and Jenkins do: origin
  expect(result.stdout).toContain('Fetched the production baseline: git fetch --no-tags --depth=1 origin +refs/mlops/baseline/default:refs/mlops/baseline/default');
  expect(result.stdout).toContain('Comparing with the production baseline refs/mlops/baseline/default.');
  expect(readFileSync(join(clone, 'report.md'), 'utf8')).toMatch(/\| r2 +\| +0\.75 \| +0\.8 \|/);
  expect(result.code).toBe(0);
});
