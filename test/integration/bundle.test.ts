/**
 * The bundled CLI as users run it: `node dist/cli/index.js`, copied where no node_modules can be
 * found, on Node 24 (GitHub's node24 runtime), refusing Node 20 (below the floor, 22); and dist/ is exactly
 * what `npm run bundle` makes from src/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join, relative } from 'node:path';
import { GitRepo } from '../helpers/git-repo.js';
import { CLI_BUNDLE, nodeBinaries, ROOT } from '../helpers/paths.js';

const nodes = nodeBinaries();
const isolated = mkdtempSync(join(tmpdir(), 'mlops-bundle-'));
const cli = join(isolated, 'cli', 'index.js');
let repo: GitRepo;

beforeAll(() => {
  mkdirSync(join(isolated, 'cli'));
  // the entry and the chunks each verb loads when it runs, as dist/cli holds them
  for (const name of readdirSync(dirname(CLI_BUNDLE)).filter((file) => file.endsWith('.js'))) copyFileSync(join(dirname(CLI_BUNDLE), name), join(isolated, 'cli', name));
  copyFileSync(join(ROOT, 'dist', 'package.json'), join(isolated, 'package.json'));
  repo = GitRepo.create();
  repo.commitFiles('base', { 'dvc.yaml': 'metrics:\n  - metrics.json\n', 'metrics.json': '{"auc": 0.9643, "loss": {"train": 0.25}}' });
  repo.write('metrics.json', '{"auc": 0.9671, "loss": {"train": 0.2}}');
});

afterAll(() => {
  repo.cleanup();
  rmSync(isolated, { recursive: true, force: true });
});

test('Node 20 and Node 24 are both here to run the bundle on', () => {
  expect([...nodes.keys()]).toEqual(expect.arrayContaining([20, 24]));
});

test('on Node 20, past its end of life and below the floor, the bundled CLI refuses with what to install (exit 2)', () => {
  const result = spawnSync(nodes.get(20)!, [cli, 'metrics', 'diff'], { cwd: repo.dir, encoding: 'utf8' });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^ERROR: mlops needs Node\.js 22 or later; this is v20\.\d+\.\d+\.\nInstall Node\.js 22 or 24 /);
});

describe.each([24])('the bundled CLI on Node %i, with no node_modules in reach', (major) => {
  const node = (): string => nodes.get(major)!;
  // a CLI that its git readers kept running (the shared cat-file, idle) would be killed here and fail
  const mlops = (...args: string[]) => spawnSync(node(), [cli, ...args], { cwd: repo.dir, encoding: 'utf8', timeout: 30_000 });

  it('prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(mlops('--version').stdout.trim()).toBe(version);
  });

  it('prints the DVC metrics diff table of a real git repository', () => {
    const result = mlops('metrics', 'diff');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'Path          Metric      HEAD    workspace    Change\n' +
        'metrics.json  auc         0.9643  0.9671       0.0028\n' +
        'metrics.json  loss.train  0.25    0.2          -0.05\n',
    );
  });

  it('reads everything at the base through one git cat-file, which ends with the CLI', async () => {
    // a git first on PATH that logs each start (pid and arguments), then is the real git
    const bin = mkdtempSync(join(tmpdir(), 'mlops-git-log-'));
    const log = join(bin, 'calls.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$$ $*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    try {
      const result = spawnSync(node(), [cli, 'metrics', 'diff', '--all'], { cwd: repo.dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
      expect(result.status).toBe(0);
      const batches = readFileSync(log, 'utf8').split('\n').filter((line) => / cat-file --batch$/.test(line));
      // dvc.yaml and metrics.json at HEAD: one git for both
      expect(batches).toHaveLength(1);
      // HEAD and the work tree's root: one rev-parse for both
      expect(readFileSync(log, 'utf8').split('\n').filter((line) => / rev-parse /.test(line))).toHaveLength(1);
      const pid = Number(batches[0]!.split(' ')[0]);
      // it ends when the CLI does (its stdin closes): gone, or a zombie its new parent has yet to reap
      const state = (): string | undefined => {
        try {
          return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
        } catch {
          return undefined;
        }
      };
      for (let i = 0; i < 20 && state() !== undefined && state() !== 'Z'; i++) await sleep(100);
      expect(state() ?? 'gone').toMatch(/^(gone|Z)$/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('ends a usage error with exit code 2 and says what is wrong', () => {
    const result = mlops('metrics', 'diff', '--precision', 'many');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--precision: 'many' is not a whole number.");
  });
});

describe('--help on every verb', () => {
  const verbs = [[], ['run'], ['train'], ['report'], ['metrics'], ['metrics', 'show'], ['metrics', 'diff'], ['metrics', 'history'], ['params'], ['params', 'show'], ['params', 'diff'], ['plots'], ['plots', 'show'], ['plots', 'diff'], ['comment'], ['comment', 'create'], ['comment', 'update'], ['image'], ['image', 'meta'], ['image', 'build'], ['kserve'], ['kserve', 'manifest'], ['kserve', 'promote'], ['kserve', 'analyze'], ['kserve', 'rollback'], ['step']];
  it.each(verbs.map((verb) => [verb.join(' ') || '(none)', verb]))('mlops %s --help', (_name, verb) => {
    const result = spawnSync(process.execPath, [cli, ...(verb as string[]), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatchSnapshot();
  });
});

test('dist/ is exactly what `npm run bundle` makes from the sources', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'mlops-dist-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs'), '--out', fresh], { stdio: 'pipe' });
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .sort();
    expect(files(join(ROOT, 'dist'))).toEqual(files(fresh));
    for (const file of files(fresh)) {
      const same = readFileSync(join(fresh, file)).equals(readFileSync(join(ROOT, 'dist', file)));
      expect({ file, same }).toEqual({ file, same: true });
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});

test('the Jenkins library ships the same CLI build as dist/cli (files.txt lists exactly those files)', () => {
  const resources = join(ROOT, 'jenkins', 'resources', 'mlops');
  const listed = readFileSync(join(resources, 'files.txt'), 'utf8').trim().split('\n');
  const built = readdirSync(join(ROOT, 'dist', 'cli')).filter((name) => name.endsWith('.js')).map((name) => `cli/${name}`);
  expect(listed.sort()).toEqual(['package.json', ...built].sort());
  for (const file of listed) {
    const source = file === 'package.json' ? join(ROOT, 'dist', 'package.json') : join(ROOT, 'dist', file);
    expect({ file, same: readFileSync(join(resources, file)).equals(readFileSync(source)) }).toEqual({ file, same: true });
  }
});
