// Reads at a commit share one `git cat-file --batch` per repository folder (real git, real
// commits): every answer must still be the file's own, in any order, around a refused big blob, a
// missing path or a folder, and after the shared git has gone idle and ended.
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
  commit = repo.commitFiles('files', files);
  // the workspace moves on: reads at the commit must not see it
  repo.write('dir0/file0.json', '{"changed": true}');
});
afterAll(() => repo.cleanup());

test('forty reads at once each get their own file', async () => {
  const paths = Object.keys(files).filter((path) => path !== 'big.json');
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
