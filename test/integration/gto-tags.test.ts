/**
 * GTO's tags when a model ships, in real repositories: a bare origin, shallow clones of it as CI
 * checks out (no tags), and the tags read back with git as GTO and DVC Studio read them
 * (annotated, at the shipped commit, GTO's messages, tagged by mlops-action).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shipGtoTags } from '../../src/gto.js';
import { GitRepo } from '../helpers/git-repo.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const ENV = { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const temp = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

const DVC_YAML = 'stages:\n  train:\n    cmd: python train.py\n    outs: [model.pkl]\nartifacts:\n  housing-model:\n    path: model.pkl\n    type: model\n';

/** A bare origin with `commits` commits on main, each a dvc.yaml declaring the artifact. */
function origin(commits: number, files: Record<string, string> = { 'dvc.yaml': DVC_YAML }): { bare: string; work: GitRepo; shas: string[] } {
  const work = GitRepo.create('mlops-gto-work-');
  dirs.push(work.dir);
  const shas = Array.from({ length: commits }, (_, i) => work.commitFiles(`train ${i}`, { ...files, 'params.yaml': `trees: ${100 + i}\n` }));
  const bare = temp('mlops-gto-origin-');
  git(bare, 'clone', '-q', '--bare', work.dir, '.');
  return { bare, work, shas };
}

/** actions/checkout's fetch-depth 1 at `sha`: one commit, no tags. */
function checkout(bare: string, sha: string): string {
  const dir = temp('mlops-gto-clone-');
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${bare}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', sha);
  git(dir, 'checkout', '-q', 'FETCH_HEAD');
  return dir;
}

/** What GTO reads of a tag: its target commit, type, tagger and message (`git cat-file tag`). */
function readTag(repo: string, name: string): { type: string; commit: string; tagger: string; message: string } {
  return {
    type: git(repo, 'cat-file', '-t', `refs/tags/${name}`),
    commit: git(repo, 'rev-parse', `refs/tags/${name}^{commit}`),
    tagger: git(repo, 'for-each-ref', '--format=%(taggername) %(taggeremail)', `refs/tags/${name}`),
    message: git(repo, 'for-each-ref', '--format=%(contents)', `refs/tags/${name}`),
  };
}

const tags = (repo: string): string[] => git(repo, 'tag', '--list').split('\n').filter(Boolean).sort();

async function ship(cwd: string, commit: string, remote: string | undefined = 'origin'): Promise<RecordingLogger> {
  const logger = new RecordingLogger();
  await shipGtoTags({ cwd, commit, remote, env: ENV }, logger);
  return logger;
}

test('the first model that ships: housing-model@v0.0.1 and housing-model#prod#1 on origin, annotated at the commit, as `gto assign` writes them', async () => {
  const { bare, shas } = origin(1);
  const clone = checkout(bare, shas[0]!);
  const logger = await ship(clone, shas[0]!);
  expect(logger.lines).toEqual(['GTO tags housing-model@v0.0.1, housing-model#prod#1 pushed to origin.']);
  expect(tags(bare)).toEqual(['housing-model#prod#1', 'housing-model@v0.0.1']);
  expect(readTag(bare, 'housing-model@v0.0.1')).toEqual({ type: 'tag', commit: shas[0], tagger: 'mlops-action <mlops-action@users.noreply.github.com>', message: 'Registering artifact housing-model version v0.0.1' });
  expect(readTag(bare, 'housing-model#prod#1')).toEqual({ type: 'tag', commit: shas[0], tagger: 'mlops-action <mlops-action@users.noreply.github.com>', message: 'Assigning stage prod to artifact housing-model version v0.0.1' });
});

test('later ships from fresh shallow clones read the remote\'s tags: the next version and counter; the same commit again adds nothing; a rollback is a new assignment', async () => {
  const { bare, shas } = origin(3);
  await ship(checkout(bare, shas[0]!), shas[0]!);
  const second = await ship(checkout(bare, shas[1]!), shas[1]!);
  expect(second.lines).toEqual(['GTO tags housing-model@v0.0.2, housing-model#prod#2 pushed to origin.']);
  const again = await ship(checkout(bare, shas[1]!), shas[1]!);
  expect(again.lines).toEqual(['GTO: housing-model is in prod at this commit already.']);
  const back = await ship(checkout(bare, shas[0]!), shas[0]!);
  expect(back.lines).toEqual(['GTO tags housing-model#prod#3 pushed to origin.']);
  expect(tags(bare)).toEqual(['housing-model#prod#1', 'housing-model#prod#2', 'housing-model#prod#3', 'housing-model@v0.0.1', 'housing-model@v0.0.2']);
  expect(readTag(bare, 'housing-model#prod#3').message).toBe('Assigning stage prod to artifact housing-model version v0.0.1');
});

test('tags a user made with gto before (a version by hand, a staging assignment) are continued from', async () => {
  const { bare, work, shas } = origin(2);
  work.git('tag', '-a', '-m', 'Registering artifact housing-model version v1.4.0', 'housing-model@v1.4.0', shas[0]!);
  work.git('tag', '-a', '-m', 'Assigning stage staging to artifact housing-model version v1.4.0', 'housing-model#staging#6', shas[0]!);
  work.git('push', '-q', bare, '--tags');
  const logger = await ship(checkout(bare, shas[1]!), shas[1]!);
  expect(logger.lines).toEqual(['GTO tags housing-model@v1.4.1, housing-model#prod#7 pushed to origin.']);
});

test('a dvc.yaml in a folder names its artifacts folder:name (folder=name in tags); a name GTO refuses is warned about', async () => {
  const yaml = 'artifacts:\n  classifier:\n    path: model.pkl\n  _bad_:\n    path: x\n';
  const { bare, shas } = origin(1, { 'models/nlp/dvc.yaml': yaml });
  const clone = checkout(bare, shas[0]!);
  const logger = await ship(join(clone, 'models/nlp'), shas[0]!);
  expect(logger.lines).toEqual([
    "warning: dvc.yaml artifact 'models/nlp:_bad_' is not a name GTO accepts (letters, digits, '-', '_', '/'; starting and ending with a letter or digit): no GTO tags for it.",
    'GTO tags models/nlp=classifier@v0.0.1, models/nlp=classifier#prod#1 pushed to origin.',
  ]);
  expect(readTag(bare, 'models/nlp=classifier#prod#1').message).toBe('Assigning stage prod to artifact models/nlp:classifier version v0.0.1');
});

test('origin refuses the push: a warning with git\'s words, and no tag left behind in the clone', async () => {
  const { bare, shas } = origin(1);
  writeFileSync(join(bare, 'hooks/pre-receive'), '#!/bin/sh\necho "tags are protected" >&2\nexit 1\n');
  chmodSync(join(bare, 'hooks/pre-receive'), 0o755);
  const clone = checkout(bare, shas[0]!);
  const logger = await ship(clone, shas[0]!);
  expect(logger.lines).toEqual(['warning: The GTO tags were not pushed to origin: tags are protected']);
  expect(tags(clone)).toEqual([]);
  expect(tags(bare)).toEqual([]);
});

test('another job shipped between our look at the tags and our push: its tags stand, ours are planned again after them', async () => {
  const { bare, shas } = origin(2);
  const clone = checkout(bare, shas[1]!);
  // git runs this as origin's upload-pack (what ls-remote talks to): it lists the tags, then the
  // other job's tags land on origin, before our push.
  const other = join(temp('mlops-gto-race-'), 'upload-pack');
  const theirs = `git -C "$1" -c user.name=other -c user.email=o@example.com tag -a -m 'Registering artifact housing-model version v0.0.1' 'housing-model@v0.0.1' ${shas[0]} && git -C "$1" -c user.name=other -c user.email=o@example.com tag -a -m 'Assigning stage prod to artifact housing-model version v0.0.1' 'housing-model#prod#1' ${shas[0]}`;
  writeFileSync(other, `#!/bin/sh\ngit-upload-pack "$@"; status=$?\nif [ ! -e "$0.done" ]; then touch "$0.done"; ${theirs}; fi\nexit $status\n`);
  chmodSync(other, 0o755);
  git(clone, 'config', 'remote.origin.uploadpack', other);
  const logger = await ship(clone, shas[1]!);
  expect(logger.lines).toEqual(['GTO tags housing-model@v0.0.2, housing-model#prod#2 pushed to origin.']);
  expect(readTag(bare, 'housing-model#prod#1').commit).toBe(shas[0]);
  expect(readTag(bare, 'housing-model#prod#2').commit).toBe(shas[1]);
  expect(tags(clone)).toEqual(['housing-model#prod#2', 'housing-model@v0.0.2']);
});

test('no dvc.yaml or no artifacts: nothing at all; no remote: the tags stay local', async () => {
  const { bare, shas } = origin(1, { 'dvc.yaml': 'stages: {}\n' });
  const clone = checkout(bare, shas[0]!);
  expect((await ship(clone, shas[0]!)).lines).toEqual([]);
  rmSync(join(clone, 'dvc.yaml'));
  expect((await ship(clone, shas[0]!)).lines).toEqual([]);
  writeFileSync(join(clone, 'dvc.yaml'), DVC_YAML);
  git(clone, 'remote', 'remove', 'origin');
  expect((await ship(clone, shas[0]!)).lines).toEqual(['GTO tags housing-model@v0.0.1, housing-model#prod#1 created.']);
  expect(tags(clone)).toEqual(['housing-model#prod#1', 'housing-model@v0.0.1']);
  expect(tags(bare)).toEqual([]);
});
