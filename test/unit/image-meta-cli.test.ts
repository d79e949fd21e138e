/**
 * `mlops image meta` and `mlops image build` as users run them (in-process): metadata-action's input
 * names `--images`, `--tags`, `--flavor`, `--labels`, each repeatable and each value possibly several
 * lines, as the action's inputs are; the old `--image`/`--label`; and a folder with no commit to read,
 * where the event is metadata-action's "null" one (its __tests__/meta.test.ts null01 and null02, on
 * event_null.env and event_empty.env: no event name, ref or sha).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';

interface MetaJson {
  version: string;
  tags: string[];
  labels: Record<string, string>;
}

const A = 'ghcr.io/acme/a';
const B = 'ghcr.io/acme/b';
const NO_VERSION = 'WARNING: No Docker image version has been generated. Check tags input.';
const NO_TAG = 'WARNING: No Docker tag has been generated. Check tags input.';

async function meta(dir: string, args: string[]) {
  const result = await mlops(dir, ['image', 'meta', ...args, '--json']);
  return { ...result, json: (result.code === 0 ? JSON.parse(result.stdout) : undefined) as MetaJson | undefined };
}

describe('on a commit of branch main', () => {
  let repo: GitRepo;
  let short: string;
  beforeAll(() => {
    repo = GitRepo.create('mlops-meta-cli-');
    short = repo.commitFiles('model', { 'metrics.json': '{"r2": 0.8}' }).slice(0, 7);
  });
  afterAll(() => repo.cleanup());

  test.each([
    ['--images a --images b', ['--images', A, '--images', B], [`${A}:main`, `${B}:main`]],
    ['--images with one line per image', ['--images', `${A}\n${B}`], [`${A}:main`, `${B}:main`]],
    ['--images a,b: one line of names, split at commas as metadata-action does', ['--images', `${A},${B}`], [`${A}:main`, `${B}:main`]],
    ['--images with a # comment line and an image switched off', ['--images', `# the registries\n${A}\nname=${B},enable=false`], [`${A}:main`]],
    ['--image, the old name, still works', ['--image', A], [`${A}:main`]],
    ['--image and --images add to one list, in the order given', ['--image', B, '--images', A], [`${B}:main`, `${A}:main`]],
  ])('%s', async (_name, args, tags) => {
    const result = await meta(repo.dir, args);
    expect(result.stderr).toBe('');
    expect(result.json?.tags).toEqual(tags);
  });

  test.each([
    ['--tags repeated', ['--tags', 'type=ref,event=branch', '--tags', 'type=sha']],
    ['--tags with one rule per line', ['--tags', 'type=ref,event=branch\ntype=sha']],
    ['--tags with a # comment line and a blank line', ['--tags', '# the branch, then the commit\ntype=ref,event=branch\n\ntype=sha']],
  ])('%s: every rule applies, in priority order', async (_name, args) => {
    const result = await meta(repo.dir, ['--images', A, ...args]);
    expect(result.json).toMatchObject({ version: 'main', tags: [`${A}:main`, `${A}:sha-${short}`] });
  });

  test('--labels repeated, several lines in one, and the old --label: all of them, over the computed ones', async () => {
    const result = await meta(repo.dir, ['--images', A, '--labels', 'team=ml', '--labels', 'stage=dev\norg.opencontainers.image.title=Housing', '--label', 'owner=ana']);
    expect(result.json?.labels).toMatchObject({ team: 'ml', stage: 'dev', owner: 'ana', 'org.opencontainers.image.title': 'Housing', 'org.opencontainers.image.version': 'main' });
  });

  test('the plain output: the tags, a blank line, then the labels', async () => {
    const result = await mlops(repo.dir, ['image', 'meta', '--images', A, '--labels', 'team=ml']);
    expect(result.stdout).toMatch(new RegExp(`^${A}:main\n\n(.+=.*\n)+$`));
    expect(result.stdout).toContain('\nteam=ml\n');
  });

  test('without --images: refused, naming the flag', async () => {
    const result = await mlops(repo.dir, ['image', 'meta', '--tags', 'type=sha']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--images is required.');
  });
});

describe('on a release tag', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = GitRepo.create('mlops-meta-cli-tag-');
    repo.commitFiles('model', { 'metrics.json': '{"r2": 0.8}' });
    repo.git('tag', 'v1.2.3');
    repo.git('checkout', '-q', 'v1.2.3');
  });
  afterAll(() => repo.cleanup());

  test.each([
    ['no --flavor: latest=auto adds latest to a release', [], [`${A}:1.2.3`, `${A}:latest`]],
    ['--flavor latest=false', ['--flavor', 'latest=false'], [`${A}:1.2.3`]],
    ['--flavor repeated', ['--flavor', 'latest=false', '--flavor', 'suffix=-cpu'], [`${A}:1.2.3-cpu`]],
    ['--flavor with one line per setting', ['--flavor', 'latest=true\nprefix=v,onlatest=true'], [`${A}:v1.2.3`, `${A}:vlatest`]],
  ])('%s', async (_name, args, tags) => {
    const result = await meta(repo.dir, ['--images', A, '--tags', 'type=semver,pattern={{version}}', ...args]);
    expect(result.json?.tags).toEqual(tags);
  });
});

/** Each case in a folder with no commit: not a git repository, and a `git init` never committed to. */
const places: Array<[string, () => { dir: string; cleanup: () => void }]> = [
  ['a folder that is not a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-meta-nogit-'));
    return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }],
  ['a fresh git init with no commit', () => GitRepo.create('mlops-meta-nocommit-')],
];

describe.each(places)('in %s: metadata-action’s null event (no event name, ref or sha)', (_place, make) => {
  let place: { dir: string; cleanup: () => void };
  beforeAll(() => {
    place = make();
  });
  afterAll(() => place.cleanup());

  test('null01: the default rules give no version and no tag; it still succeeds, with the action’s warnings', async () => {
    const result = await meta(place.dir, ['--images', 'user/app']);
    expect(result.code).toBe(0);
    expect(result.json).toMatchObject({ version: '', tags: [] });
    expect(result.json?.labels).toMatchObject({ 'org.opencontainers.image.revision': '', 'org.opencontainers.image.version': '' });
    const warnings = result.stderr.trim().split('\n');
    expect(warnings[0]).toMatch(/^WARNING: .* no commit to tag: tags come from metadata-action's rules as for an event with no ref and no sha/);
    expect(warnings.slice(1)).toEqual([NO_VERSION, NO_TAG]);
  });

  test('null02: type=sha and type=raw,{{branch}} give nothing either', async () => {
    const result = await meta(place.dir, ['--images', 'user/app', '--tags', 'type=sha\ntype=raw,{{branch}}']);
    expect(result.json).toMatchObject({ version: '', tags: [] });
  });

  test('a rule that needs no ref or sha still gives its tag: type=raw,value=x', async () => {
    const result = await mlops(place.dir, ['image', 'meta', '--images', 'user/app', '--tags', 'type=raw,value=x\ntype=sha\ntype=ref,event=branch']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^user\/app:x\n\n/);
    expect(result.stdout).toContain('\norg.opencontainers.image.revision=\n');
    expect(result.stdout).toContain('\norg.opencontainers.image.version=x\n');
    expect(result.stderr).not.toContain(NO_TAG);
  });

  test('image build refuses moving tags with no sha-<commit> tag to push first, before any docker call', async () => {
    const result = await mlops(place.dir, ['image', 'build', '--images', 'user/app', '--image', 'user/other', '--tags', 'type=raw,value=x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing built: there is no commit, so no sha-<commit> tag can be pushed before the moving tags user/app:x, user/other:x (add an immutable tag, e.g. type=raw,value=1.0.0, or build from a commit).');
  });
});
