/**
 * scripts/release.sh in a temporary project with a real bare origin: the release tag and the
 * moving major/minor tags as GitHub's guidance for actions has them, pushed together or not at all,
 * and every refusal before anything is tagged. The project is a small stand-in whose
 * scripts/bundle.mjs keeps the real one's contract (`--out DIR` writes what dist/ must be; without
 * it, dist/ and jenkins/resources/mlops), so the script's own checks are what is tested.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const ENV = {
  PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Manager', GIT_AUTHOR_EMAIL: 'rm@example.com', GIT_COMMITTER_NAME: 'Release Manager', GIT_COMMITTER_EMAIL: 'rm@example.com',
};
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, env: ENV, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

const FAKE_BUNDLER = `import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
const at = process.argv.indexOf('--out');
const out = at > 0 ? process.argv[at + 1] : 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out + '/cli', { recursive: true });
writeFileSync(out + '/index.js', '// action\\n' + readFileSync('src/main.js', 'utf8'));
writeFileSync(out + '/cli/index.js', '// cli\\n' + readFileSync('src/cli.js', 'utf8'));
writeFileSync(out + '/cli/7.index.js', '// chunk\\n');
writeFileSync(out + '/package.json', '{\\n  "type": "module"\\n}\\n');
if (at < 0) {
  const res = 'jenkins/resources/mlops';
  rmSync(res, { recursive: true, force: true });
  mkdirSync(res + '/cli', { recursive: true });
  for (const name of ['7.index.js', 'index.js']) copyFileSync(out + '/cli/' + name, res + '/cli/' + name);
  copyFileSync(out + '/package.json', res + '/package.json');
  writeFileSync(res + '/files.txt', 'package.json\\ncli/7.index.js\\ncli/index.js\\n');
}
`;

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** Set the version and its changelog section, bundle, commit. */
function bump(work: string, version: string): string {
  write(work, 'package.json', `${JSON.stringify({ name: 'mlops-action', version, private: true }, null, 2)}\n`);
  write(work, 'CHANGELOG.md', `# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-12-03\n\n### Added\n- ${version}\n`);
  write(work, 'src/main.js', `export const version = '${version}';\n`);
  spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: work, env: ENV });
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', `Release ${version}`);
  return git(work, 'rev-parse', 'HEAD');
}

/** A project at 1.2.3 and a bare origin it is pushed to. */
function project(): { work: string; bare: string; head: string } {
  const base = mkdtempSync(join(tmpdir(), 'mlops-release-'));
  dirs.push(base);
  const work = join(base, 'work');
  const bare = join(base, 'origin.git');
  git(base, 'init', '-q', '--bare', '-b', 'main', bare);
  git(base, 'init', '-q', '-b', 'main', work);
  mkdirSync(join(work, 'scripts'));
  copyFileSync(join(ROOT, 'scripts', 'release.sh'), join(work, 'scripts', 'release.sh'));
  chmodSync(join(work, 'scripts', 'release.sh'), 0o755);
  write(work, 'scripts/bundle.mjs', FAKE_BUNDLER);
  write(work, 'src/cli.js', "console.log('mlops');\n");
  const head = bump(work, '1.2.3');
  git(work, 'remote', 'add', 'origin', bare);
  git(work, 'push', '-q', 'origin', 'main');
  return { work, bare, head };
}

function release(work: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['scripts/release.sh', ...args], { cwd: work, env: ENV, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Tag → the commit it points to, and its type, as the remote has them. */
function remoteTags(bare: string): Record<string, string> {
  const listing = git(bare, 'for-each-ref', 'refs/tags', '--format=%(refname:strip=2) %(objecttype) %(*objectname)%(if)%(*objectname)%(then)%(else)%(objectname)%(end)');
  return Object.fromEntries(listing.split('\n').filter(Boolean).map((line) => {
    const [name, type, commit] = line.split(' ');
    return [name!, `${type} ${commit!.slice(0, 7)}`];
  }));
}

test('--dry-run says what it would tag and move, and tags nothing', () => {
  const { work, bare, head } = project();
  const result = release(work, '--dry-run', '1.2.3');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const short = git(work, 'rev-parse', '--short', 'HEAD');
  expect(result.stdout).toBe(
    `Would tag v1.2.3 at ${short} (annotated).\nWould move v1.2 to ${short}.\nWould move v1 to ${short}.\n` +
      'Would push refs/tags/v1.2.3 refs/tags/v1.2 refs/tags/v1 to origin in one atomic push (dry run: nothing was tagged or pushed).\n',
  );
  expect(head.startsWith(short)).toBe(true);
  expect(remoteTags(bare)).toEqual({});
  expect(git(work, 'tag', '--list')).toBe('');
});

test('releases tag vX.Y.Z once and move vX and vX.Y to the newest; a pre-release moves neither', () => {
  const { work, bare, head } = project();
  const first = release(work, '1.2.3');
  expect(first.stderr).toBe('');
  expect(first.stdout).toBe(`Released v1.2.3 at ${head.slice(0, 7)}; moved v1.2 v1 to it; pushed to origin.\n`);
  expect(remoteTags(bare)).toEqual({ 'v1.2.3': `tag ${head.slice(0, 7)}`, 'v1.2': `tag ${head.slice(0, 7)}`, v1: `tag ${head.slice(0, 7)}` });
  expect(git(bare, 'for-each-ref', '--format=%(contents:subject)', 'refs/tags/v1.2.3')).toBe('mlops-action v1.2.3');

  const patch = bump(work, '1.2.4');
  expect(release(work, '--dry-run', '1.2.4').stdout).toContain(`Would move v1 to ${patch.slice(0, 7)} (from ${head.slice(0, 7)}).`);
  expect(release(work, '1.2.4').code).toBe(0);
  const minor = bump(work, '1.3.0');
  expect(release(work, 'v1.3.0').code).toBe(0);
  const rc = bump(work, '2.0.0-rc.1');
  const pre = release(work, '2.0.0-rc.1');
  expect(pre.stdout).toBe(`Released v2.0.0-rc.1 at ${rc.slice(0, 7)}; pushed to origin.\n`);
  expect(remoteTags(bare)).toEqual({
    'v1.2.3': `tag ${head.slice(0, 7)}`,
    'v1.2.4': `tag ${patch.slice(0, 7)}`,
    'v1.2': `tag ${patch.slice(0, 7)}`,
    'v1.3.0': `tag ${minor.slice(0, 7)}`,
    'v1.3': `tag ${minor.slice(0, 7)}`,
    v1: `tag ${minor.slice(0, 7)}`,
    'v2.0.0-rc.1': `tag ${rc.slice(0, 7)}`,
  });
});

test.each<[string, (work: string) => void, string, string]>([
  ['a dirty tree', (work) => write(work, 'notes.txt', 'wip\n'), '1.2.3', 'release: the working tree is not clean; commit or remove these first:\n?? notes.txt\n'],
  ['a version that is not package.json\'s', () => undefined, '1.2.4', 'release: package.json says 1.2.3, not 1.2.4: set its version (and CHANGELOG.md) in a commit first.\n'],
  ['no changelog section', (work) => {
    write(work, 'CHANGELOG.md', '# Changelog\n\n## [Unreleased]\n');
    git(work, 'commit', '-q', '-am', 'changelog');
  }, '1.2.3', "release: CHANGELOG.md has no '## [1.2.3]' section.\n"],
  ['sources changed since dist/ was bundled', (work) => {
    write(work, 'src/cli.js', "console.log('mlops 2');\n");
    git(work, 'commit', '-q', '-am', 'cli change, no bundle');
  }, '1.2.3', 'release: dist/ is not what the sources bundle to; run `npm run bundle` and commit dist/:\nFiles (fresh)/cli/index.js and dist/cli/index.js differ\n'],
  ['jenkins/resources/ not the bundled CLI', (work) => {
    write(work, 'jenkins/resources/mlops/cli/index.js', '// an older cli\n');
    git(work, 'commit', '-q', '-am', 'stale resources');
  }, '1.2.3', 'release: jenkins/resources/mlops is not the CLI the sources bundle to; run `npm run bundle` and commit jenkins/resources/:\nFiles (fresh)/cli/index.js and jenkins/resources/mlops/cli/index.js differ\n'],
  ['a release tag the remote has already', (work) => {
    git(work, 'tag', '-a', '-m', 'earlier', 'v1.2.3');
    git(work, 'push', '-q', 'origin', 'v1.2.3');
    git(work, 'tag', '-d', 'v1.2.3');
  }, '1.2.3', 'release: v1.2.3 exists on origin already (a release tag never moves).\n'],
])('refused before any tag: %s', (_, setup, version, message) => {
  const { work, bare } = project();
  setup(work);
  const before = remoteTags(bare);
  const result = release(work, version);
  expect(result.stderr).toBe(message);
  expect(result.code).toBe(1);
  expect(remoteTags(bare)).toEqual(before);
});

test('the remote refuses the push: nothing is released, no new tag is left in the clone', () => {
  const { work, bare } = project();
  writeFileSync(join(bare, 'hooks/pre-receive'), '#!/bin/sh\necho "tags are protected" >&2\nexit 1\n');
  chmodSync(join(bare, 'hooks/pre-receive'), 0o755);
  const result = release(work, '1.2.3');
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('tags are protected');
  expect(result.stderr).toContain('release: the push to origin was refused; nothing was released.\n');
  expect(git(work, 'tag', '--list')).toBe('');
  expect(remoteTags(bare)).toEqual({});
});
