/**
 * Every mistake a user can make with files, revisions and options ends in one clear message that
 * names the file or option, with the documented exit code: 2 for usage, 1 for failed commands
 * and gates. In the DVC verbs an unreadable file at one revision is a warning and `-`, as in DVC;
 * in `mlops report` / `mlops run` an unreadable head metrics file is an error.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { CLI_BUNDLE } from '../helpers/paths.js';

const BASE = { 'metrics.json': '{"r2": 0.8, "rmse": 10}', 'params.yaml': 'lr: 0.1\n' };

interface Case {
  name: string;
  /** Files changed in the workspace after the base commit. */
  head: Record<string, string>;
  args: string[];
  code: 0 | 1 | 2;
  stderr: RegExp;
  stdout?: RegExp;
  /** Files in the base commit, when not BASE. */
  base?: Record<string, string>;
}

const cases: Case[] = [
  // the DVC verbs: warn, show '-', exit 0
  { name: 'malformed JSON at the workspace (metrics diff)', head: { 'metrics.json': '{"r2": 0.9,' }, args: ['metrics', 'diff'], code: 0, stderr: /WARNING: metrics\.json at workspace: malformed JSON: .+\(shown as -\)/, stdout: /^metrics\.json {2}r2 {8}0\.8 {5}- {12}-$/m },
  { name: 'malformed YAML at the workspace (params diff)', head: { 'params.yaml': 'lr: [0.1\n' }, args: ['params', 'diff'], code: 0, stderr: /WARNING: params\.yaml at workspace: malformed YAML/, stdout: /^params\.yaml {2}lr {7}0\.1 {5}-$/m },
  { name: 'malformed TOML target', head: { 'm.toml': 'a = = 1' }, args: ['metrics', 'show', 'm.toml'], code: 0, stderr: /WARNING: m\.toml at workspace: malformed TOML/, stdout: /^Path$|^m\.toml$/m },
  { name: 'CSV with a short row', head: { 'log.csv': 'epoch,loss\n1,0.5\n2\n' }, args: ['metrics', 'show', 'log.csv'], code: 0, stderr: /WARNING: log\.csv at workspace: malformed CSV/ },
  { name: 'CSV with a header only', head: { 'log.csv': 'epoch,loss\n' }, args: ['metrics', 'show', 'log.csv'], code: 0, stderr: /log\.csv at workspace: the CSV has a header but no data rows/ },
  { name: 'a target that does not exist at the base', head: { 'new.json': '{"f1": 0.5}' }, args: ['metrics', 'diff', '--targets', 'new.json'], code: 0, stderr: /WARNING: new\.json at HEAD: does not exist at HEAD \(shown as -\)/, stdout: /^new\.json {2}f1 {8}- {7}0\.5 {10}-$/m },
  { name: 'a metric that is a string or NaN is shown as DVC shows it', head: { 'metrics.json': '{"r2": "high", "rmse": NaN}' }, args: ['metrics', 'diff'], code: 0, stderr: /^$/, stdout: /r2 +0\.8 +high +-\n.*rmse +10 +nan +nan\n/ },
  { name: 'an unknown revision', head: {}, args: ['metrics', 'diff', 'no-such-branch'], code: 1, stderr: /ERROR: unknown revision 'no-such-branch'\.\nName a branch, tag or commit/ },
  { name: 'a precision that is not a number', head: {}, args: ['metrics', 'diff', '--precision', 'x'], code: 2, stderr: /--precision: 'x' is not a whole number/ },
  { name: 'a row selector that is not one', head: {}, args: ['metrics', 'show', '--row', 'the last'], code: 2, stderr: /--row: 'the last' is not a row selector/ },
  { name: 'an unknown flag', head: {}, args: ['metrics', 'diff', '--colour'], code: 2, stderr: /unknown option '--colour'/ },
  // report / run: the head's metrics must be readable, gates must be understood
  { name: 'report with malformed head metrics', head: { 'metrics.json': '{"r2": 0.9,' }, args: ['report', '--gate', 'r2 >= 0.5'], code: 1, stderr: /ERROR: metrics\.json: malformed JSON: .+; the gates cannot be judged without the head's metrics/ },
  { name: 'report --check with a gate on a string metric', head: { 'metrics.json': '{"r2": "high", "rmse": 10}' }, args: ['report', '--check', '--gate', 'r2 >= 0.5'], code: 1, stderr: /r2 >= 0\.5: failed, r2 in metrics\.json is "high", not a finite number/ },
  { name: 'report --check with a gate on a NaN metric', head: { 'metrics.json': '{"r2": NaN, "rmse": 10}' }, args: ['report', '--check', '--gate', 'r2 >= 0.5'], code: 1, stderr: /r2 in metrics\.json is "nan", not a finite number/ },
  { name: 'report --check with a gate on a missing metric', head: {}, args: ['report', '--check', '--gate', 'f1 >= 0.5'], code: 1, stderr: /f1 >= 0\.5: failed, metric 'f1' was not found \(metrics files: metrics\.json\)/ },
  { name: 'report without --check: a failed gate is reported, exit 0', head: { 'metrics.json': '{"r2": 0.4, "rmse": 10}' }, args: ['report', '--gate', 'r2 >= 0.5'], code: 0, stderr: /r2 >= 0\.5: failed, r2 is 0\.4/ },
  { name: 'a gate that is not understood', head: {}, args: ['report', '--gate', 'r2 is good'], code: 2, stderr: /gate 'r2 is good' is not understood\.\nWrite `<metric> >= <number>`/ },
  { name: 'a percentage on a threshold', head: {}, args: ['report', '--gate', 'r2 >= 75%'], code: 2, stderr: /gate 'r2 >= 75%': a threshold takes a plain number/ },
  { name: 'an unknown option in mlops.yaml', head: { 'mlops.yaml': 'gate: r2 >= 0.5\n' }, args: ['report'], code: 2, stderr: /mlops\.yaml: unknown option 'gate'\.\nKnown options: .*gates/ },
  { name: 'a direction that is neither higher nor lower', head: {}, args: ['report', '--direction', 'r2=up'], code: 2, stderr: /direction: 'r2=up' is not of the form name=higher or name=lower/ },
  { name: 'a training command that fails', head: {}, args: ['run', '--train', 'echo boom >&2; exit 3'], code: 1, stderr: /boom\n(.|\n)*ERROR: `echo boom >&2; exit 3` failed with exit code 3 after/ },
  { name: 'a training command that is not installed', head: {}, args: ['train', '--', 'no-such-trainer', '--epochs', '3'], code: 1, stderr: /ERROR: `no-such-trainer --epochs 3` could not start: 'no-such-trainer' was not found \(is it installed and on PATH\?\)/ },
  { name: 'a training command that runs past --timeout', head: {}, args: ['run', '--timeout', '1', '--train', 'sleep 30'], code: 1, stderr: /ERROR: `sleep 30` timed out after 1s and was stopped/ },
];

describe.each(cases)('$name', ({ head, args, code, stderr, stdout, base }) => {
  let repo: GitRepo;
  let result: Awaited<ReturnType<typeof mlops>>;
  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commitFiles('base', base ?? BASE);
    for (const [path, content] of Object.entries(head)) repo.write(path, content);
    result = await mlops(repo.dir, args, { PATH: process.env.PATH });
  });
  afterAll(() => repo.cleanup());

  it(`exits ${code} with a message that names the problem`, () => {
    expect(result.stderr).toMatch(stderr);
    if (stdout) expect(result.stdout).toMatch(stdout);
    expect(result.code).toBe(code);
  });
});

test('a failed training run still writes the report, with the failure as its verdict and the output tail', async () => {
  const repo = GitRepo.create();
  try {
    repo.commitFiles('base', BASE);
    const result = await mlops(repo.dir, ['run', '--train', 'echo "CUDA out of memory" >&2; exit 1']);
    expect(result.code).toBe(1);
    const report = readFileSync(join(repo.dir, 'report.md'), 'utf8');
    expect(report).toMatch(/^## ❌ \*\*Training failed\*\*: `.+` failed with exit code 1 after \d+\.\ds$/m);
    expect(report).toContain('<details><summary>Last lines of output</summary>\n\n```text\nCUDA out of memory\n```');
  } finally {
    repo.cleanup();
  }
});

test('a shallow clone without the base commit is told how to fetch it', async () => {
  const origin = GitRepo.create();
  const clone = GitRepo.create();
  try {
    const first = origin.commitFiles('one', BASE);
    origin.commitFiles('two', { 'metrics.json': '{"r2": 0.9, "rmse": 9}' });
    clone.git('fetch', '-q', '--depth=1', `file://${origin.dir}`, 'main');
    clone.git('checkout', '-q', 'FETCH_HEAD');
    const result = await mlops(clone.dir, ['metrics', 'diff', first]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`unknown revision '${first}': this is a shallow clone that does not contain it.`);
    expect(result.stderr).toContain(`git fetch --depth=1 origin ${first}`);
    expect(result.stderr).toContain('fetch-depth: 0');
  } finally {
    origin.cleanup();
    clone.cleanup();
  }
});

describe('big and deep files, with the CLI held to a 96 MB heap', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commitFiles('base', BASE);
    // 100 MB of JSON: refused by size before it is read.
    const json = createWriteStream(join(repo.dir, 'huge.json'));
    json.write('{"pad": "');
    for (let i = 0; i < 100; i++) json.write('x'.repeat(1 << 20));
    json.end('", "r2": 0.9}');
    await once(json, 'close');
    // 100 MB of CSV log: streamed, only the selected row kept.
    const csv = createWriteStream(join(repo.dir, 'log.csv'));
    csv.write('epoch,loss,acc\n');
    const chunk = Array.from({ length: 10000 }, (_, i) => `${i},0.${String(10000 - i).padStart(5, '0')},0.5\n`).join('');
    let epochs = 0;
    for (let written = 0; written < 100 << 20; written += chunk.length) {
      csv.write(chunk);
      epochs += 10000;
    }
    csv.end(`${epochs},0.01234,0.99\n`);
    await once(csv, 'close');
    repo.write('deep.json', '{"a":'.repeat(100000) + '1' + '}'.repeat(100000));
    repo.write('deep.yaml', 'a:\n' + Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i + 1)}a:`).join('\n') + ' 1\n');
  });
  afterAll(() => repo.cleanup());

  const bundled = (...args: string[]) =>
    spawnSync(process.execPath, ['--max-old-space-size=96', CLI_BUNDLE, ...args], { cwd: repo.dir, encoding: 'utf8' });

  it('a 100 MB JSON metrics file is refused by name and size, without crashing', () => {
    const result = bundled('metrics', 'show', 'huge.json');
    expect(result.stderr).toMatch(/WARNING: huge\.json at workspace: is 100\.0 MiB; JSON metrics and params files over 64 MiB are not read/);
    expect(result.status).toBe(0);
  });

  it('the last row of a 100 MB CSV log is read by streaming', () => {
    const result = bundled('metrics', 'show', 'log.csv');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^log\.csv {2}0\.99 {3}\d+ +0\.01234$/m);
  });

  it.each(['deep.json', 'deep.yaml'])('%s, nested thousands deep, is an unreadable file, not a crash', (file) => {
    const result = bundled('metrics', 'show', file);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`WARNING: ${file.replace('.', '\\.')} at workspace: `));
  });
});

test('the report is written even when the base has no metrics at all', async () => {
  const repo = GitRepo.create();
  try {
    repo.commitFiles('base', { 'params.yaml': 'lr: 0.1\n' });
    repo.write('metrics.json', '{"r2": 0.8}');
    const result = await mlops(repo.dir, ['report', '--check', '--gate', 'r2 max-drop 0.01']);
    expect(result.code).toBe(0);
    expect(existsSync(join(repo.dir, 'report.md'))).toBe(true);
    expect(readFileSync(join(repo.dir, 'report.md'), 'utf8')).toContain('passed, no base value of r2 to compare with');
  } finally {
    repo.cleanup();
  }
});
