/**
 * Images made during a run, published to the append-only `mlops-assets` branch of a REAL bare
 * origin from real clones: the links, the commits and their parents, what the bare repository's
 * reflog says about every update (never a force push), pushes racing with another clone's, and
 * every way the branch cannot be written (no remote, a refused token, a read-only run).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { commitToAssetsBranch } from '../../src/report/assets-branch.js';
import { publishImages, type PublishImagesInput } from '../../src/report/images.js';

const root = mkdtempSync(join(tmpdir(), 'mlops-assets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1' };
const run = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const write = (path: string, content: string | Buffer): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
};
const png = (seed: string): Buffer => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(seed)]);

let counter = 0;
/** A bare origin with one commit on main (holding plots/committed.png), and a clone of it. */
function setup(): { bare: string; clone: string; head: string; fresh: (name: string) => string } {
  const base = join(root, `case-${++counter}`);
  const bare = join(base, 'origin.git');
  run(root, 'init', '-q', '--bare', '-b', 'main', bare);
  // A reflog on the bare repository: every update of the branch, to check none was forced.
  run(bare, 'config', 'core.logAllRefUpdates', 'always');
  run(bare, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  const seed = join(base, 'seed');
  run(root, 'init', '-q', '-b', 'main', seed);
  write(join(seed, 'plots/committed.png'), png('committed'));
  write(join(seed, 'train.py'), 'print(1)\n');
  run(seed, 'add', '-A');
  run(seed, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'model');
  run(seed, 'push', '-q', bare, 'main');
  const fresh = (name: string): string => {
    const dir = join(base, name);
    run(root, 'clone', '-q', bare, dir);
    return dir;
  };
  const clone = fresh('clone');
  return { bare, clone, head: run(clone, 'rev-parse', 'HEAD'), fresh };
}

const input = (clone: string, head: string, files: PublishImagesInput['files'], extra: Partial<PublishImagesInput> = {}): PublishImagesInput => ({
  cwd: clone,
  env: ENV,
  remote: 'origin',
  mode: 'branch',
  files,
  serverUrl: 'https://github.com',
  repository: 'acme/housing',
  runUrl: 'https://github.com/acme/housing/actions/runs/42',
  reportId: 'training',
  headSha: head,
  ...extra,
});

/** The bare repository's reflog of the branch, oldest first, and whether each update was a fast-forward of the one before. */
function history(bare: string, branch = 'mlops-assets'): { shas: string[]; fastForwards: boolean[] } {
  const shas = run(bare, 'reflog', 'show', '--format=%H', `refs/heads/${branch}`).split('\n').filter(Boolean).reverse();
  const fastForwards = shas.slice(1).map((sha, i) => {
    try {
      run(bare, 'merge-base', '--is-ancestor', shas[i]!, sha);
      return true;
    } catch {
      return false;
    }
  });
  return { shas, fastForwards };
}

/** A commit on the assets branch from another clone, as a concurrent job would push it. */
function otherCommit(clone: string, label: string): string {
  run(clone, 'fetch', '-q', 'origin', '+refs/heads/mlops-assets:refs/remotes/origin/mlops-assets');
  write(join(clone, `${label}.png`), png(label));
  const blob = run(clone, 'hash-object', '-w', `${label}.png`);
  const tree = execFileSync('git', ['mktree'], { cwd: clone, env: ENV, input: `100644 blob ${blob}\tother-${label}.png\n`, encoding: 'utf8' }).trim();
  return run(clone, '-c', 'user.name=Other', '-c', 'user.email=o@example.com', 'commit-tree', tree, '-p', 'refs/remotes/origin/mlops-assets', '-m', label);
}

test('committed images link to their blob at the head; made ones to an assets commit; a second publish is the child of the first; never forced', async () => {
  const { bare, clone, head } = setup();
  write(join(clone, 'out/made.png'), png('run 1'));
  const first = await publishImages(input(clone, head, [{ localPath: 'plots/committed.png' }, { localPath: 'out/made.png' }]));

  expect(first.warnings).toEqual([]);
  expect(first.commit).toMatch(/^[0-9a-f]{40}$/);
  expect(Object.fromEntries(first.links)).toEqual({
    [join(clone, 'plots/committed.png')]: `https://github.com/acme/housing/blob/${head}/plots/committed.png?raw=true`,
    [join(clone, 'out/made.png')]: `https://github.com/acme/housing/blob/${first.commit}/training/${head.slice(0, 7)}/out/made.png?raw=true`,
  });
  // The commit holds the image, byte for byte, and only it; it is the branch's root.
  expect(run(bare, 'rev-parse', 'refs/heads/mlops-assets')).toBe(first.commit);
  expect(run(bare, 'ls-tree', '-r', '--name-only', first.commit!)).toBe(`training/${head.slice(0, 7)}/out/made.png`);
  expect(execFileSync('git', ['cat-file', 'blob', `${first.commit}:training/${head.slice(0, 7)}/out/made.png`], { cwd: bare })).toEqual(png('run 1'));
  expect(run(bare, 'rev-list', '--parents', '-n', '1', first.commit!)).toBe(first.commit);

  write(join(clone, 'out/made.png'), png('run 2'));
  const second = await publishImages(input(clone, head, [{ localPath: join(clone, 'out/made.png') }]));
  expect(second.warnings).toEqual([]);
  expect(second.commit).not.toBe(first.commit);
  expect(run(bare, 'rev-parse', `${second.commit}^`)).toBe(first.commit);
  // The first comment's link still names its image.
  expect(execFileSync('git', ['cat-file', 'blob', `${first.commit}:training/${head.slice(0, 7)}/out/made.png`], { cwd: bare })).toEqual(png('run 1'));
  expect(history(bare)).toEqual({ shas: [first.commit, second.commit], fastForwards: [true] });

  // The checkout is as it was: same HEAD, nothing staged, no local branch.
  expect(run(clone, 'rev-parse', 'HEAD')).toBe(head);
  expect(run(clone, 'status', '--porcelain')).toBe('?? out/');
  expect(run(clone, 'branch', '--list')).toBe('* main');
});

test('an image committed at the head but changed in the workspace goes to the branch; one at another commit (a base) links to that commit', async () => {
  const { clone, head } = setup();
  write(join(clone, 'plots/committed.png'), png('retrained'));
  const base = run(clone, 'rev-parse', 'HEAD');
  write(join(root, 'rendered/base.png'), png('committed'));
  const result = await publishImages(input(clone, head, [{ localPath: 'plots/committed.png' }, { localPath: join(root, 'rendered/base.png'), repoPath: 'plots/committed.png', commit: base }]));
  expect(result.warnings).toEqual([]);
  expect(result.links.get(join(clone, 'plots/committed.png'))).toBe(`https://github.com/acme/housing/blob/${result.commit}/training/${head.slice(0, 7)}/plots/committed.png?raw=true`);
  expect(result.links.get(join(root, 'rendered/base.png'))).toBe(`https://github.com/acme/housing/blob/${base}/plots/committed.png?raw=true`);
});

test('a shallow CI checkout: the head commit it lacks is fetched to compare; two publishes still chain', async () => {
  const { bare, clone: dev } = setup();
  // The PR's head (with the image) is the parent of what the shallow checkout has, as a merge commit's is.
  const prHead = run(dev, 'rev-parse', 'HEAD');
  run(dev, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '--allow-empty', '-m', 'merge');
  run(dev, 'push', '-q', 'origin', 'main');
  const clone = join(root, `shallow-${counter}`);
  run(root, 'clone', '-q', '--depth=1', `file://${bare}`, clone);
  expect(run(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
  expect(() => run(clone, 'cat-file', '-e', prHead)).toThrow();

  write(join(clone, 'made.png'), png('a'));
  const one = await publishImages(input(clone, prHead, [{ localPath: 'plots/committed.png' }, { localPath: 'made.png' }]));
  write(join(clone, 'made.png'), png('b'));
  const two = await publishImages(input(clone, prHead, [{ localPath: 'made.png' }]));
  expect([...one.warnings, ...two.warnings]).toEqual([]);
  expect(one.links.get(join(clone, 'plots/committed.png'))).toBe(`https://github.com/acme/housing/blob/${prHead}/plots/committed.png?raw=true`);
  expect(run(bare, 'rev-parse', `${two.commit}^`)).toBe(one.commit);
  expect(history(bare).fastForwards).toEqual([true]);
});

test('someone else pushes in between (git sees the branch moved, "fetch first"): fetched, re-parented, retried; both kept', async () => {
  const { bare, clone, fresh } = setup();
  const other = fresh('other');
  const earlier = await commitToAssetsBranch({ cwd: other, env: ENV, remote: 'origin', files: [{ localPath: join(other, 'train.py'), path: 'seed/train.py' }], message: 'earlier' });
  expect(earlier.kind).toBe('pushed');
  // The other job's push lands after our fetch and before our push: run by our first push's receive-pack.
  const theirs = otherCommit(other, 'theirs');
  const wrapper = join(root, `receive-pack-${counter}.sh`);
  writeFileSync(wrapper, `#!/bin/sh\nif [ ! -e "${wrapper}.done" ]; then touch "${wrapper}.done"; git -C "${other}" push -q origin ${theirs}:refs/heads/mlops-assets >&2; fi\nexec git-receive-pack "$@"\n`);
  chmodSync(wrapper, 0o755);
  run(clone, 'config', 'remote.origin.receivepack', wrapper);

  write(join(clone, 'made.png'), png('ours'));
  const files = [{ localPath: join(clone, 'made.png'), path: 'training/x/made.png' }];
  const result = await commitToAssetsBranch({ cwd: clone, env: ENV, remote: 'origin', files, message: 'ours' });
  expect(result).toEqual({ kind: 'pushed', commit: expect.stringMatching(/^[0-9a-f]{40}$/), parent: theirs, attempts: 2 });
  if (result.kind !== 'pushed') return;
  expect(run(bare, 'rev-list', '--first-parent', 'refs/heads/mlops-assets').split('\n')).toEqual([result.commit, theirs, (earlier as { commit: string }).commit]);
  expect(history(bare).fastForwards).toEqual([true, true]);
});

test('someone else pushes while the server takes ours (a lock race): retried on the new tip; both kept', async () => {
  const { bare, clone, head, fresh } = setup();
  const other = fresh('other');
  write(join(clone, 'first.png'), png('first'));
  const first = await publishImages(input(clone, head, [{ localPath: 'first.png' }]));
  const theirs = otherCommit(other, 'theirs');
  const hook = join(bare, 'hooks/pre-receive');
  writeFileSync(hook, `#!/bin/sh\nif [ ! -e "${hook}.done" ]; then touch "${hook}.done"; cd "${other}" && env -u GIT_DIR -u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY -u GIT_ALTERNATE_OBJECT_DIRECTORIES git push -q origin ${theirs}:refs/heads/mlops-assets >&2; fi\n`);
  chmodSync(hook, 0o755);

  write(join(clone, 'second.png'), png('second'));
  const second = await publishImages(input(clone, head, [{ localPath: 'second.png' }]));
  expect(second.warnings).toEqual([]);
  expect(run(bare, 'rev-list', '--first-parent', 'refs/heads/mlops-assets').split('\n')).toEqual([second.commit, theirs, first.commit]);
  expect(history(bare)).toEqual({ shas: [first.commit, theirs, second.commit], fastForwards: [true, true] });
});

test('a branch that moves before every push: three tries, then a warning, the image listed with the run', async () => {
  const { bare, clone, head, fresh } = setup();
  const other = fresh('other');
  await commitToAssetsBranch({ cwd: other, env: ENV, remote: 'origin', files: [{ localPath: join(other, 'train.py'), path: 'x/train.py' }], message: 'start' });
  // Every push of ours is beaten by one from the other clone, pushed while the server holds ours.
  const racer = join(root, `racer-${counter}.sh`);
  writeFileSync(racer, `#!/bin/sh\ncd "${other}" && git fetch -q origin +refs/heads/mlops-assets:refs/remotes/origin/mlops-assets && t=$(git -c user.name=o -c user.email=o@x commit-tree -p refs/remotes/origin/mlops-assets -m race $(git mktree </dev/null)) && git push -q origin $t:refs/heads/mlops-assets\n`);
  chmodSync(racer, 0o755);
  const hook = join(bare, 'hooks/pre-receive');
  writeFileSync(hook, `#!/bin/sh\nread old new ref\n[ "$(git log -1 --format=%s "$new")" = race ] && exit 0\nenv -u GIT_DIR -u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY -u GIT_ALTERNATE_OBJECT_DIRECTORIES "${racer}" >&2\nexit 0\n`);
  chmodSync(hook, 0o755);

  write(join(clone, 'made.png'), png('ours'));
  const result = await publishImages(input(clone, head, [{ localPath: 'made.png' }]));
  expect(result.links.size).toBe(0);
  expect(result.unpublished).toEqual([join(clone, 'made.png')]);
  expect(result.warnings).toEqual([
    expect.stringMatching(/^Could not push the mlops-assets branch: mlops-assets kept moving while we pushed \(3 tries\); last: .+: `made\.png` is listed with a link to the run instead of shown\.$/),
  ]);
  expect(run(bare, 'log', '--format=%s', 'refs/heads/mlops-assets').split('\n')).toEqual(['race', 'race', 'race', 'start']);
  expect(history(bare).fastForwards).toEqual([true, true, true]);
});

test('no remote: the made image is listed with the run, with a warning; the committed one still links', async () => {
  const { clone, head } = setup();
  run(clone, 'remote', 'remove', 'origin');
  write(join(clone, 'out/made.png'), png('x'));
  const result = await publishImages(input(clone, head, [{ localPath: 'plots/committed.png' }, { localPath: 'out/made.png' }]));
  expect(Object.fromEntries(result.links)).toEqual({ [join(clone, 'plots/committed.png')]: `https://github.com/acme/housing/blob/${head}/plots/committed.png?raw=true` });
  expect(result.unpublished).toEqual([join(clone, 'out/made.png')]);
  expect(result.commit).toBeUndefined();
  expect(result.warnings).toEqual(["There is no git remote 'origin' to push the mlops-assets branch to: `out/made.png` is listed with a link to the run instead of shown."]);
});

test("a token that may not push (GitHub's refusal): a warning naming the image and `contents: write`", async () => {
  const { bare, clone, head } = setup();
  // What github.com answers a read-only GITHUB_TOKEN, through a hook.
  writeFileSync(join(bare, 'hooks/pre-receive'), '#!/bin/sh\necho "Permission to acme/housing.git denied to github-actions[bot]." >&2\nexit 1\n');
  chmodSync(join(bare, 'hooks/pre-receive'), 0o755);
  write(join(clone, 'made.png'), png('x'));
  const result = await publishImages(input(clone, head, [{ localPath: 'made.png' }]));
  expect(result.warnings).toEqual([
    'Could not push the mlops-assets branch (Permission to acme/housing.git denied to github-actions[bot].); the token git uses needs `contents: write`: `made.png` is listed with a link to the run instead of shown.',
  ]);
  expect(result.unpublished).toEqual([join(clone, 'made.png')]);
  expect(() => run(bare, 'rev-parse', '--verify', 'refs/heads/mlops-assets')).toThrow();
});

test.each([
  ['auto, read-only token', { mode: 'auto' as const, canWriteContents: false }, { unpublished: 1, omitted: 0, warned: 'The token may not write contents (`contents: write`), so images made during the run cannot go to the mlops-assets branch: `made.png` is listed with a link to the run instead of shown.' }],
  ['link', { mode: 'link' as const }, { unpublished: 1, omitted: 0, warned: undefined }],
  ['none', { mode: 'none' as const }, { unpublished: 0, omitted: 1, warned: undefined }],
])('%s: nothing is pushed', async (_, extra, expected) => {
  const { bare, clone, head } = setup();
  write(join(clone, 'made.png'), png('x'));
  const result = await publishImages(input(clone, head, [{ localPath: 'made.png' }, { localPath: 'plots/committed.png' }], extra));
  expect([result.unpublished.length, result.omitted.length, result.warnings[0]]).toEqual([expected.unpublished, expected.omitted, expected.warned]);
  expect([...result.links.keys()]).toEqual([join(clone, 'plots/committed.png')]);
  expect(() => run(bare, 'rev-parse', '--verify', 'refs/heads/mlops-assets')).toThrow();
});

test('auto with a token that may write: the branch', async () => {
  const { clone, head } = setup();
  write(join(clone, 'made.png'), png('x'));
  const result = await publishImages(input(clone, head, [{ localPath: 'made.png' }], { mode: 'auto' }));
  expect(result.warnings).toEqual([]);
  expect(result.links.get(join(clone, 'made.png'))).toBe(`https://github.com/acme/housing/blob/${result.commit}/training/${head.slice(0, 7)}/made.png?raw=true`);
});

test('images outside the work tree keep their names, two alike get a suffix; odd report ids make a safe folder', async () => {
  const { bare, clone, head } = setup();
  write(join(root, `a-${counter}/loss curve.png`), png('a'));
  write(join(root, `b-${counter}/loss curve.png`), png('b'));
  const result = await publishImages(input(clone, head, [{ localPath: join(root, `a-${counter}/loss curve.png`) }, { localPath: join(root, `b-${counter}/loss curve.png`) }], { reportId: 'nightly run/2' }));
  const folder = `nightly-run-2/${head.slice(0, 7)}`;
  expect(run(bare, 'ls-tree', '-r', '--name-only', result.commit!).split('\n')).toEqual([`${folder}/loss curve-2.png`, `${folder}/loss curve.png`]);
  expect(result.links.get(join(root, `b-${counter}/loss curve.png`))).toBe(`https://github.com/acme/housing/blob/${result.commit}/${folder}/loss%20curve-2.png?raw=true`);
});
