// HEAD and the work tree's root come from one `git rev-parse` when git can answer both (real git,
// real commits); where it cannot (no commits yet, outside a repository) each question still gets
// its own answer or its own error.
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasNoCommits, resolveCommit, workTreeRoot } from '../../src/git.js';
import { GitRepo } from '../helpers/git-repo.js';

const repos: GitRepo[] = [];
const made = (prefix?: string): GitRepo => {
  const repo = GitRepo.create(prefix);
  repos.push(repo);
  return repo;
};
afterAll(() => repos.forEach((repo) => repo.cleanup()));

test('from the root and from a subfolder: the same commit and the same root', async () => {
  const repo = made();
  const sha = repo.commitFiles('first', { 'models/metrics.json': '{"auc": 0.9}' });
  const root = realpathSync(repo.dir);
  for (const cwd of [repo.dir, join(repo.dir, 'models')]) {
    const [head, top, empty] = await Promise.all([resolveCommit(cwd, 'HEAD'), workTreeRoot(cwd), hasNoCommits(cwd)]);
    expect({ head, top, empty }).toEqual({ head: sha, top: root, empty: false });
  }
});

test('HEAD moves with a new commit: nothing is remembered between calls', async () => {
  const repo = made();
  repo.commitFiles('first', { 'a.txt': '1' });
  const second = repo.commitFiles('second', { 'a.txt': '2' });
  expect(await resolveCommit(repo.dir, 'HEAD')).toBe(second);
});

test('a repository with no commits yet: still a work tree with a root, and HEAD says why it is missing', async () => {
  const repo = made();
  expect(await hasNoCommits(repo.dir)).toBe(true);
  expect(await workTreeRoot(repo.dir)).toBe(realpathSync(repo.dir));
  await expect(resolveCommit(repo.dir, 'HEAD')).rejects.toThrow(/no commits yet/);
});

test('a root whose folder name holds a newline is read whole', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'mlops-newline-'));
  try {
    const dir = join(parent, 'two\nlines');
    mkdirSync(dir);
    const repo = GitRepo.create();
    repos.push(repo);
    // a repository made in the odd folder: git init there, commit, then ask
    repo.git('-C', dir, 'init', '-q', '-b', 'main');
    repo.git('-C', dir, '-c', 'user.email=t@example.com', '-c', 'user.name=T', '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'first');
    const sha = repo.git('-C', dir, 'rev-parse', 'HEAD').trim();
    expect(await workTreeRoot(dir)).toBe(realpathSync(dir));
    expect(await resolveCommit(dir, 'HEAD')).toBe(sha);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('outside any git repository there is no root', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-no-git-'));
  try {
    expect(await workTreeRoot(dir)).toBeUndefined();
    await expect(resolveCommit(dir, 'HEAD')).rejects.toThrow(/not inside a git repository/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
