/**
 * A metric over the first-parent history of a branch, read from real git repositories: merges
 * count as the branch's own commits (their side branches do not), commits without the file or the
 * key are skipped, nested keys are dotted, and `--last` keeps the newest.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metricHistory, metricsHistory } from '../../src/metrics/history.js';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

function newRepo(): GitRepo {
  const repo = GitRepo.create('mlops-history-');
  repos.push(repo);
  return repo;
}

let clock = 0;
/** Commit with a known, increasing date (git takes the dates from its environment). */
function commitAt(repo: GitRepo, message: string, files: Record<string, string> = {}, remove: string[] = []): string {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  for (const path of remove) repo.remove(path);
  const date = `2024-05-${String(1 + (clock++ % 28)).padStart(2, '0')}T10:00:00+02:00`;
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  repo.git('add', '-A');
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: repo.dir, env, stdio: 'ignore' });
  return repo.git('rev-parse', 'HEAD').trim();
}

const r2 = (value: number, rmse = 100): string => JSON.stringify({ test: { r2: value, rmse }, train: { r2: value + 0.1 } });
const dateOf = (repo: GitRepo, commit: string): string => repo.git('log', '-1', '--format=%cI', commit).trim();

describe('a branch with a merge, a deletion and commits that do not touch the metrics', () => {
  const repo = newRepo();
  const c1 = commitAt(repo, 'first model', { 'metrics.json': r2(0.7) });
  commitAt(repo, 'docs only', { 'README.md': 'hello' });
  repo.git('checkout', '-q', '-b', 'feature');
  const f1 = commitAt(repo, 'feature: better', { 'metrics.json': r2(0.75) });
  const f2 = commitAt(repo, 'feature: best', { 'metrics.json': r2(0.78) });
  repo.git('checkout', '-q', 'main');
  commitAt(repo, 'code on main', { 'train.py': 'print(1)' });
  execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'merge feature', 'feature'], { cwd: repo.dir, env: { ...process.env, GIT_COMMITTER_DATE: '2024-05-20T10:00:00+02:00' }, stdio: 'ignore' });
  const merge = repo.git('rev-parse', 'HEAD').trim();
  const removed = commitAt(repo, 'metrics gone for a while', {}, ['metrics.json']);
  const c3 = commitAt(repo, 'retrained', { 'metrics.json': r2(0.8, 90) });
  const c4 = commitAt(repo, 'yaml keys too', { 'metrics.json': JSON.stringify({ test: { rmse: 80 } }) });

  test('first-parent commits that wrote the file, oldest first: the merge is one, its side branch is not', async () => {
    const history = await metricHistory({ cwd: repo.dir, path: 'metrics.json', key: 'test.r2' });
    expect(history).toEqual([
      { commit: c1, date: dateOf(repo, c1), value: 0.7 },
      { commit: merge, date: dateOf(repo, merge), value: 0.78 },
      { commit: c3, date: dateOf(repo, c3), value: 0.8 },
    ]);
    const commits = history.map((point) => point.commit);
    expect(commits).not.toContain(f1);
    expect(commits).not.toContain(f2);
    // the deletion changed the file, but has no value; c4 has the file but not the key
    expect(commits).not.toContain(removed);
    expect(commits).not.toContain(c4);
  });

  test('last: the newest N that have a value', async () => {
    expect((await metricHistory({ cwd: repo.dir, path: 'metrics.json', key: 'test.r2', last: 2 })).map((point) => point.commit)).toEqual([merge, c3]);
    expect((await metricHistory({ cwd: repo.dir, path: 'metrics.json', key: 'test.rmse', last: 1 })).map((point) => [point.commit, point.value])).toEqual([[c4, 80]]);
    await expect(metricHistory({ cwd: repo.dir, path: 'metrics.json', key: 'test.r2', last: 0 })).rejects.toThrow('last: 0 is not a whole number of commits above 0.');
  });

  test('ref: the history of another branch, up to its tip', async () => {
    const history = await metricHistory({ cwd: repo.dir, ref: 'feature', path: 'metrics.json', key: 'train.r2' });
    expect(history.map((point) => [point.commit, point.value])).toEqual([[c1, 0.7 + 0.1], [f1, 0.75 + 0.1], [f2, 0.78 + 0.1]]);
  });

  test('every key of the files, ints kept as ints', async () => {
    const entries = await metricsHistory({ cwd: repo.dir, paths: ['metrics.json'], last: 2 });
    expect(entries.map((entry) => [entry.commit, Object.fromEntries(entry.files.get('metrics.json')!)])).toEqual([
      [c3, { 'test.r2': 0.8, 'test.rmse': 90n, 'train.r2': 0.9 }],
      [c4, { 'test.rmse': 80n }],
    ]);
  });

  test('an unknown ref is a clear error', async () => {
    await expect(metricHistory({ cwd: repo.dir, ref: 'nope', path: 'metrics.json', key: 'r2' })).rejects.toThrow("unknown revision 'nope'.");
  });

  test('mlops metrics history: a table, oldest first, a column per metric', async () => {
    const run = await mlops(repo.dir, ['metrics', 'history', '--last', '3']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const short = (sha: string) => sha.slice(0, 7);
    expect(run.stdout).toBe(
      [
        'Commit    Date                       test.r2    test.rmse    train.r2',
        `${short(merge)}   2024-05-20T10:00:00+02:00  0.78       100          0.88`,
        `${short(c3)}   ${dateOf(repo, c3)}  0.8        90           0.9`,
        `${short(c4)}   ${dateOf(repo, c4)}  -          80           -`,
        '',
      ].join('\n'),
    );
  });

  test('mlops metrics history --key --json: one metric, as JSON', async () => {
    const run = await mlops(repo.dir, ['metrics', 'history', '--key', 'test.r2', '--json', '--last', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`[{"commit": "${merge}", "date": "${dateOf(repo, merge)}", "values": {"test.r2": 0.78}}, {"commit": "${c3}", "date": "${dateOf(repo, c3)}", "values": {"test.r2": 0.8}}]\n`);
  });

  test('mlops metrics history --rev feature, indented JSON on a terminal', async () => {
    const run = await mlops(repo.dir, ['metrics', 'history', '--rev', 'feature', '--key', 'test.rmse', '--json', '--last', '1'], { PATH: process.env.PATH }, true);
    expect(JSON.parse(run.stdout)).toEqual([{ commit: f2, date: dateOf(repo, f2), values: { 'test.rmse': 100 } }]);
    expect(run.stdout).toContain('\n  {\n    "commit"');
  });

  test('bad flags and unknown keys say what is wrong', async () => {
    expect(await mlops(repo.dir, ['metrics', 'history', '--last', 'ten'])).toEqual({ code: 2, stdout: '', stderr: "ERROR: --last: 'ten' is not a whole number above 0.\n" });
    const unknown = await mlops(repo.dir, ['metrics', 'history', '--key', 'r2']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe("ERROR: no commit of HEAD has a number 'r2' in metrics.json.\nNested keys are dotted (test.r2); `mlops metrics show` lists the keys.\n");
  });
});

test('YAML, TOML and CSV (its last row) files, in a project folder below the repository root', async () => {
  const repo = newRepo();
  const project = join(repo.dir, 'project');
  const c1 = commitAt(repo, 'one', {
    'project/dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n    metrics:\n      - eval/metrics.yaml\n      - eval/scores.toml\n      - eval/log.csv\n',
    'project/eval/metrics.yaml': 'test:\n  r2: 0.61\n',
    'project/eval/scores.toml': '[test]\nmae = 12\n',
    'project/eval/log.csv': 'epoch,loss\n1,0.9\n2,0.5\n',
  });
  const c2 = commitAt(repo, 'two', { 'project/eval/metrics.yaml': 'test:\n  r2: 0.66\n', 'project/eval/log.csv': 'epoch,loss\n1,0.8\n2,0.4\n3,0.3\n' });
  expect(await metricHistory({ cwd: project, path: 'eval/metrics.yaml', key: 'test.r2' })).toEqual([
    { commit: c1, date: dateOf(repo, c1), value: 0.61 },
    { commit: c2, date: dateOf(repo, c2), value: 0.66 },
  ]);
  expect((await metricHistory({ cwd: project, path: 'eval/log.csv', key: 'loss' })).map((point) => point.value)).toEqual([0.5, 0.3]);
  expect((await metricHistory({ cwd: project, path: 'eval/scores.toml', key: 'test.mae' })).map((point) => point.value)).toEqual([12]);
  const run = await mlops(project, ['metrics', 'history']);
  expect(run.code).toBe(0);
  expect(run.stdout.split('\n')[0]).toBe('Commit    Date                       eval/metrics.yaml:test.r2    eval/scores.toml:test.mae    eval/log.csv:epoch    eval/log.csv:loss');
  expect(run.stdout.split('\n')[2]).toBe(`${c2.slice(0, 7)}   ${dateOf(repo, c2)}  0.66                         12                           3                     0.3`);
});

test('a file that cannot be read at a commit is skipped with a warning naming it', async () => {
  const repo = newRepo();
  const c1 = commitAt(repo, 'good', { 'metrics.json': '{"r2": 0.5}' });
  const bad = commitAt(repo, 'bad', { 'metrics.json': '{"r2": ' });
  const c3 = commitAt(repo, 'good again', { 'metrics.json': '{"r2": 0.6}' });
  const warnings: string[] = [];
  const history = await metricHistory({ cwd: repo.dir, path: 'metrics.json', key: 'r2', onWarning: (message) => warnings.push(message) });
  expect(history.map((point) => point.commit)).toEqual([c1, c3]);
  expect(warnings).toEqual([expect.stringMatching(new RegExp(`^metrics.json at ${bad.slice(0, 7)}: malformed JSON: .* \\(skipped\\)$`))]);
  const run = await mlops(repo.dir, ['metrics', 'history']);
  expect(run.stderr).toMatch(/^WARNING: metrics.json at [0-9a-f]{7}: malformed JSON/);
});

test('a repository whose branch never had the file: an empty history', async () => {
  const repo = newRepo();
  commitAt(repo, 'code', { 'train.py': 'x = 1' });
  expect(await metricHistory({ cwd: repo.dir, path: 'metrics.json', key: 'r2' })).toEqual([]);
});

test('every blob is read through one git cat-file --batch, after one git log', async () => {
  const repo = newRepo();
  for (let i = 0; i < 30; i++) commitAt(repo, `model ${i}`, { 'metrics.json': JSON.stringify({ r2: i / 100 }), 'scores.yaml': `mae: ${i}\n` });
  const bin = mkdtempSync(join(tmpdir(), 'mlops-git-spy-'));
  const log = join(bin, 'calls.log');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
  const entries = await metricsHistory({ cwd: repo.dir, paths: ['metrics.json', 'scores.yaml'], last: 25, env });
  expect(entries).toHaveLength(25);
  expect(entries.map((entry) => entry.files.get('metrics.json')!.get('r2'))).toEqual(Array.from({ length: 25 }, (_, i) => (i + 5) / 100));
  expect(Object.fromEntries(entries.at(-1)!.files.get('scores.yaml')!)).toEqual({ mae: 29n });
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  expect(calls.filter((call) => call === 'cat-file')).toHaveLength(1);
  expect(calls.filter((call) => call === 'log')).toHaveLength(1);
  rmSync(bin, { recursive: true, force: true });
});

test('`mlops metrics history --help` names the default the history reads', async () => {
  const { DEFAULT_LAST } = await import('../../src/metrics/history.js');
  const { mlops } = await import('../helpers/cli.js');
  const help = await mlops('.', ['metrics', 'history', '--help']);
  expect(help.stdout).toContain(`how many commits (default ${DEFAULT_LAST})`);
});
