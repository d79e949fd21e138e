// Reads at a commit share one `git cat-file --batch` per repository folder (real git, real
// commits): every answer must still be the file's own, in any order, around a refused big blob, a
// missing path, a folder or a name git's line protocol cannot carry, and after the shared git has
// ended. (That a command's reads start one git: the bundle test, which can put a git on PATH.)
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { readBlobAt, readFileAt } from '../../src/git.js';
import { GitRepo } from '../helpers/git-repo.js';

let repo: GitRepo;
let commit: string;
const files: Record<string, string> = {};

beforeAll(() => {
  repo = GitRepo.create();
  for (let i = 0; i < 40; i++) files[`dir${i % 4}/file${i}.json`] = JSON.stringify({ index: i, text: 'x'.repeat(i * 97) });
  files['big.json'] = JSON.stringify({ values: Array.from({ length: 20_000 }, (_, i) => i) });
  files['huge.txt'] = 'x'.repeat(1.5 * 2 ** 20);
  commit = repo.commitFiles('files', files);
  // the workspace moves on: reads at the commit must not see it
  repo.write('dir0/file0.json', '{"changed": true}');
});
afterAll(() => repo.cleanup());

test('forty reads at once each get their own file', async () => {
  const paths = Object.keys(files).filter((path) => path.startsWith('dir'));
  const texts = await Promise.all(paths.map((path) => readFileAt(repo.dir, commit, path)));
  expect(texts).toEqual(paths.map((path) => files[path]));
});

test('a blob refused as too big, a missing path and a folder leave the next reads right', async () => {
  const [big, missing, folder, after] = await Promise.all([
    readBlobAt(repo.dir, commit, 'big.json', 1000),
    readBlobAt(repo.dir, commit, 'nope.json', Infinity),
    readBlobAt(repo.dir, commit, 'dir1', Infinity),
    readBlobAt(repo.dir, commit, 'dir1/file1.json', Infinity),
  ]);
  expect(big).toEqual({ kind: 'too-big', size: Buffer.byteLength(files['big.json']!) });
  expect(missing).toEqual({ kind: 'missing' });
  expect(folder).toEqual({ kind: 'tree' });
  expect(after).toEqual({ kind: 'blob', size: Buffer.byteLength(files['dir1/file1.json']!), text: files['dir1/file1.json'] });
  expect(await readFileAt(repo.dir, commit, 'big.json')).toBe(files['big.json']);
});

test('a read long after the last one (the shared git has ended) is answered by a new one', async () => {
  expect(await readFileAt(repo.dir, commit, 'dir2/file2.json')).toBe(files['dir2/file2.json']);
  await sleep(200);
  expect(await readFileAt(repo.dir, commit, 'dir3/file3.json')).toBe(files['dir3/file3.json']);
});

test('a path relative to a subfolder is read from that folder, as git resolves `<commit>:./path`', async () => {
  expect(await readFileAt(`${repo.dir}/dir2`, commit, 'file6.json')).toBe(files['dir2/file6.json']);
});

test('a path with a newline in its name is read as itself, and the reads beside it stay right', async () => {
  const odd = GitRepo.create();
  try {
    const at = odd.commitFiles('odd names', { a: 'A', 'a\nb': 'A-newline-B', b: 'B' });
    expect(await Promise.all(['a', 'a\nb', 'b', 'a\nmissing', 'b'].map((path) => readFileAt(odd.dir, at, path)))).toEqual(['A', 'A-newline-B', 'B', undefined, 'B']);
    expect(await readBlobAt(odd.dir, at, 'a\nb', 4)).toEqual({ kind: 'too-big', size: 11 });
  } finally {
    odd.cleanup();
  }
});

test('a file over the size asked for is refused by name, not read', async () => {
  await expect(readFileAt(repo.dir, commit, 'huge.txt', 2 ** 20)).rejects.toThrow(/^huge\.txt: is 1\.5 MiB, over the 1 MiB this file may have$/);
});

/** The `git cat-file --batch` this process has running in `dir` (from /proc), if any. */
function sharedGitIn(dir: string): number | undefined {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8') === 'git\0cat-file\0--batch\0' && readlinkSync(`/proc/${entry}/cwd`) === dir) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

test('a shared git killed between two reads (before node has heard) does not make the next file unreadable', async () => {
  expect(await readFileAt(repo.dir, commit, 'dir0/file4.json')).toBe(files['dir0/file4.json']);
  const pid = sharedGitIn(repo.dir);
  expect(pid).toBeDefined();
  process.kill(pid!, 'SIGKILL');
  expect(await readFileAt(repo.dir, commit, 'dir1/file5.json')).toBe(files['dir1/file5.json']);
});
