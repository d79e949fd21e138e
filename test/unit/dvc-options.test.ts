/**
 * The flags and the awkward inputs of the DVC verbs, as a user sees them on stdout/stderr:
 * --no-path, --all, --precision, JSON on a terminal, files missing or malformed at one revision,
 * int vs float in JSON/YAML/TOML, CSV rows, unknown revisions, params that are lists or null.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mlops } from '../helpers/cli.js';
import { lines, markdown, stageMetricsYaml, useProjects } from '../helpers/dvc-project.js';

const project = useProjects();

const METRICS_HEADER = 'Path    Metric    HEAD    workspace    Change';

/** m.json declared in dvc.yaml: `head` committed, `workspace` left uncommitted. */
const metricsProject = (head: string, workspace: string) =>
  project([{ 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': head }], { 'm.json': workspace });

/** Exactly one WARNING line on stderr, naming the file and the revision. */
function expectOneWarning(stderr: string, file: string, revision: string): void {
  const warnings = stderr.split('\n').filter(Boolean);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/^WARNING: /);
  expect(warnings[0]).toContain(file);
  expect(warnings[0]).toContain(revision);
}

describe('--no-path, --all, --md', () => {
  it('metrics diff --no-path drops the Path column', async () => {
    const result = await mlops(metricsProject('{"acc": 0.9}', '{"acc": 0.95}').dir, ['metrics', 'diff', '--no-path']);
    expect(result.stdout).toBe(lines('Metric    HEAD    workspace    Change', 'acc       0.9     0.95         0.05'));
  });

  it('metrics diff --all --no-path --md lists unchanged metrics too', async () => {
    const result = await mlops(metricsProject('{"acc": 0.9, "n": 10}', '{"acc": 0.95, "n": 10}').dir, ['metrics', 'diff', '--all', '--no-path', '--md']);
    expect(result.stdout).toBe(
      markdown(
        '| Metric   | HEAD   | workspace   | Change   |',
        '|----------|--------|-------------|----------|',
        '| acc      | 0.9    | 0.95        | 0.05     |',
        '| n        | 10     | 10          | 0        |',
      ),
    );
  });

  it('metrics diff --md --no-path with nothing changed prints the header, the rule and a blank line', async () => {
    const result = await mlops(metricsProject('{"acc": 0.9}', '{"acc": 0.9}').dir, ['metrics', 'diff', '--md', '--no-path']);
    expect(result.stdout).toBe(markdown('| Metric   | HEAD   | workspace   | Change   |', '|----------|--------|-------------|----------|'));
  });

  it('--all with nothing changed still lists every metric', async () => {
    const result = await mlops(metricsProject('{"acc": 0.9}', '{"acc": 0.9}').dir, ['metrics', 'diff', '--all']);
    expect(result.stdout).toBe(lines(METRICS_HEADER, 'm.json  acc       0.9     0.9          0.0'));
  });
});

describe('--precision', () => {
  const make = () => metricsProject('{"x": 0.123456789}', '{"x": 1.987654321}');

  it.each([
    ['no --precision rounds to 5 places', [], 'Path    Metric    HEAD     workspace    Change', '0.12346  1.98765      1.8642'],
    ['--precision 0 means the default, 5', ['--precision', '0'], 'Path    Metric    HEAD     workspace    Change', '0.12346  1.98765      1.8642'],
    ['--precision 3 rounds to 3 places', ['--precision', '3'], METRICS_HEADER, '0.123   1.988        1.864'],
    ['--precision 1 rounds to 1 place, keeping .0', ['--precision', '1'], METRICS_HEADER, '0.1     2.0          1.9'],
  ])('metrics diff: %s', async (_name, flags, header, cells) => {
    const result = await mlops(make().dir, ['metrics', 'diff', ...flags]);
    expect(result.stdout).toBe(lines(header, `m.json  x         ${cells}`));
  });

  it.each([
    ['no --precision rounds to 5 places', [], '1.98765'],
    ['--precision 0 means 5', ['--precision', '0'], '1.98765'],
    ['--precision 3 rounds to 3 places', ['--precision', '3'], '1.988'],
  ])('metrics show: %s', async (_name, flags, cell) => {
    const result = await mlops(make().dir, ['metrics', 'show', ...flags]);
    expect(result.stdout).toBe(lines('Path    x', `m.json  ${cell}`));
  });

  it('--json is never rounded', async () => {
    const result = await mlops(make().dir, ['metrics', 'diff', '--json', '--precision', '2']);
    expect(result.stdout).toBe('{"m.json": {"x": {"old": 0.123456789, "new": 1.987654321, "diff": 1.864197532}}}\n');
  });

  it('params diff prints floats in full (it has no rounding)', async () => {
    const repo = project([{ 'params.yaml': 'lr: 0.123456789\n' }], { 'params.yaml': 'lr: 1.987654321\n' });
    const result = await mlops(repo.dir, ['params', 'diff']);
    expect(result.stdout).toBe(lines('Path         Param    HEAD         workspace', 'params.yaml  lr       0.123456789  1.987654321'));
  });
});

describe('JSON on a terminal is indented by 2', () => {
  it('metrics diff --json', async () => {
    const result = await mlops(metricsProject('{"acc": 0.5}', '{"acc": 0.75}').dir, ['metrics', 'diff', '--json'], undefined, true);
    expect(result.stdout).toBe('{\n  "m.json": {\n    "acc": {\n      "old": 0.5,\n      "new": 0.75,\n      "diff": 0.25\n    }\n  }\n}\n');
  });

  it('params diff --json', async () => {
    const repo = project([{ 'params.yaml': 'opt: adam\n' }], { 'params.yaml': 'opt: sgd\n' });
    const result = await mlops(repo.dir, ['params', 'diff', '--json'], undefined, true);
    expect(result.stdout).toBe('{\n  "params.yaml": {\n    "opt": {\n      "old": "adam",\n      "new": "sgd"\n    }\n  }\n}\n');
  });

  it('metrics show --json', async () => {
    const result = await mlops(metricsProject('{"acc": 0.5}', '{"acc": 0.75}').dir, ['metrics', 'show', '--json'], undefined, true);
    expect(result.stdout).toBe('{\n  "": {\n    "data": {\n      "m.json": {\n        "data": {\n          "acc": 0.75\n        }\n      }\n    }\n  }\n}\n');
  });

  it('an empty diff is still {}', async () => {
    const result = await mlops(metricsProject('{"acc": 0.5}', '{"acc": 0.5}').dir, ['metrics', 'diff', '--json'], undefined, true);
    expect(result.stdout).toBe('{}\n');
  });

  it('piped (not a terminal) it is one line', async () => {
    const result = await mlops(metricsProject('{"acc": 0.5}', '{"acc": 0.75}').dir, ['metrics', 'show', '--json']);
    expect(result.stdout).toBe('{"": {"data": {"m.json": {"data": {"acc": 0.75}}}}}\n');
  });
});

describe('a file missing at one revision: `-`, one WARNING naming file and revision, exit 0', () => {
  it('metrics added since HEAD show `-` under HEAD', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json') }], { 'm.json': '{"acc": 0.9}' });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(lines(METRICS_HEADER, 'm.json  acc       -       0.9          -'));
    expectOneWarning(result.stderr, 'm.json', 'HEAD');
  });

  it('metrics deleted in the workspace are null under "new" (test_metrics_diff_deleted_metric)', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': '{"a": {"b": {"c": 1, "d": 1, "e": "3"}}}' }], { 'm.json': null });
    const result = await mlops(repo.dir, ['metrics', 'diff', '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('{"m.json": {"a.b.c": {"old": 1, "new": null}, "a.b.d": {"old": 1, "new": null}, "a.b.e": {"old": "3", "new": null}}}\n');
    expectOneWarning(result.stderr, 'm.json', 'workspace');
  });

  it('a params file named with --targets that is missing at HEAD', async () => {
    const repo = project([{ 'README.md': 'x\n' }], { 'custom.yaml': 'lr: 0.1\n' });
    const result = await mlops(repo.dir, ['params', 'diff', '--targets', 'custom.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(lines('Path         Param    HEAD    workspace', 'custom.yaml  lr       -       0.1'));
    expectOneWarning(result.stderr, 'custom.yaml', 'HEAD');
  });

  it('metrics show keeps a row of `-` for a declared file that is missing', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json', 'gone.json'), 'm.json': '{"acc": 0.9}' }]);
    const result = await mlops(repo.dir, ['metrics', 'show']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(lines('Path       acc', 'm.json     0.9', 'gone.json  -'));
    expectOneWarning(result.stderr, 'gone.json', 'workspace');
  });

  it('metrics show --json reports the missing file as a FileNotFoundError entry', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json', 'gone.json'), 'm.json': '{"acc": 0.9}' }]);
    const result = await mlops(repo.dir, ['metrics', 'show', '--json']);
    expect(result.stdout).toMatch(/^\{"": \{"data": \{"m\.json": \{"data": \{"acc": 0\.9\}\}, "gone\.json": \{"error": \{"type": "FileNotFoundError", "msg": "gone\.json: [^"]+"\}\}\}\}\}\n$/);
  });
});

describe('a file malformed at one revision: `-`, one WARNING naming file and revision, exit 0', () => {
  it.each([
    ['JSON', 'm.json', '{"acc": ', '{"acc": 0.9}'],
    ['YAML', 'm.yaml', 'acc: [1, 2\n', 'acc: 0.9\n'],
    ['TOML', 'm.toml', 'acc = \n', 'acc = 0.9\n'],
  ])('%s malformed at HEAD', async (_format, file, bad, good) => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml(file), [file]: bad }], { [file]: good });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(lines(METRICS_HEADER, `${file}  acc       -       0.9          -`));
    expectOneWarning(result.stderr, file, 'HEAD');
  });

  it('malformed in the workspace: the new side is `-`', async () => {
    const result = await mlops(metricsProject('{"acc": 0.9}', '{"acc": 0.9,,}').dir, ['metrics', 'diff']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(lines(METRICS_HEADER, 'm.json  acc       0.9     -            -'));
    expectOneWarning(result.stderr, 'm.json', 'workspace');
  });

  it('a malformed params file at HEAD', async () => {
    const repo = project([{ 'params.yaml': 'lr: [0.1\n' }], { 'params.yaml': 'lr: 0.2\n' });
    const result = await mlops(repo.dir, ['params', 'diff']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(lines('Path         Param    HEAD    workspace', 'params.yaml  lr       -       0.2'));
    expectOneWarning(result.stderr, 'params.yaml', 'HEAD');
  });
});

describe('int vs float is kept from the file (1 prints 1, 1.0 prints 1.0)', () => {
  it.each([
    ['JSON', 'json', '{"a": 1, "b": 1.0, "c": 3}', '{"a": 2, "b": 2.5, "c": 3.0}'],
    ['YAML', 'yaml', 'a: 1\nb: 1.0\nc: 3\n', 'a: 2\nb: 2.5\nc: 3.0\n'],
    ['TOML', 'toml', 'a = 1\nb = 1.0\nc = 3\n', 'a = 2\nb = 2.5\nc = 3.0\n'],
  ])('%s metrics: int − int is an int, anything with a float is a float, 3 == 3.0', async (_format, ext, head, workspace) => {
    const file = `m.${ext}`;
    const repo = project([{ 'dvc.yaml': stageMetricsYaml(file), [file]: head }], { [file]: workspace });
    expect((await mlops(repo.dir, ['metrics', 'diff'])).stdout).toBe(
      lines(METRICS_HEADER, `${file}  a         1       2            1`, `${file}  b         1.0     2.5          1.5`),
    );
    expect((await mlops(repo.dir, ['metrics', 'diff', '--all', '--json'])).stdout).toBe(
      `{"${file}": {"a": {"old": 1, "new": 2, "diff": 1}, "b": {"old": 1.0, "new": 2.5, "diff": 1.5}, "c": {"old": 3, "new": 3.0, "diff": 0.0}}}\n`,
    );
  });

  it.each([
    ['JSON', 'json', '{"a": 1, "b": 1.0}'],
    ['YAML', 'yaml', 'a: 1\nb: 1.0\n'],
    ['TOML', 'toml', 'a = 1\nb = 1.0\n'],
  ])('%s params: a new file shows 1 and 1.0 as written', async (_format, ext, content) => {
    const file = `p.${ext}`;
    const repo = project([{ 'README.md': 'x\n' }], { [file]: content });
    const result = await mlops(repo.dir, ['params', 'diff', '--targets', file]);
    expect(result.stdout).toBe(lines('Path    Param    HEAD    workspace', `${file}  a        -       1`, `${file}  b        -       1.0`));
  });

  it('YAML is read as YAML 1.2: 1e-3 is a float, yes and on are strings', async () => {
    const repo = project([{ 'params.yaml': 'a: 1e-3\nb: yes\nc: on\n' }]);
    const result = await mlops(repo.dir, ['params', 'show']);
    expect(result.stdout).toBe(lines('Path         a      b    c', 'params.yaml  0.001  yes  on'));
  });
});

describe('what a metrics file may hold', () => {
  it('lists, nulls and empty dicts are dropped; numbers, strings and bools stay', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': '{"acc": 0.9, "hist": [1, 2], "note": null, "nested": {"empty": {}}, "ok": true, "tag": "v1"}' }]);
    const result = await mlops(repo.dir, ['metrics', 'show']);
    expect(result.stdout).toBe(lines('Path    acc    ok    tag', 'm.json  0.9    True  v1'));
  });

  it('a change in a list-valued metric is not a metrics change', async () => {
    const result = await mlops(metricsProject('{"acc": 0.9, "hist": [1, 2]}', '{"acc": 0.9, "hist": [3]}').dir, ['metrics', 'diff']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a dict on one side and a scalar on the other: the scalar side reads "unable to parse"', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.yaml'), 'm.yaml': 'acc: 0.9\n' }], { 'm.yaml': '5\n' });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result.stdout).toBe(lines('Path    Metric    HEAD    workspace        Change', 'm.yaml  acc       0.9     unable to parse  -'));
    expect((await mlops(repo.dir, ['metrics', 'diff', '--json'])).stdout).toBe('{"m.yaml": {"acc": {"old": 0.9, "new": "unable to parse"}}}\n');
  });

  it('a scalar file holding 0 counts as empty, so 0 → 1 prints no row', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('s.yaml'), 's.yaml': '0\n' }], { 's.yaml': '1\n' });
    expect(await mlops(repo.dir, ['metrics', 'diff'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each([
    ['JSON', 'm.json', '{"loss": 0.5, "acc": 1}', '{"loss": NaN, "acc": Infinity}'],
    ['YAML', 'm.yaml', 'loss: 0.5\nacc: 1\n', 'loss: .nan\nacc: .inf\n'],
    ['TOML', 'm.toml', 'loss = 0.5\nacc = 1\n', 'loss = nan\nacc = inf\n'],
  ])('%s NaN and infinity print as nan/inf, and as bare NaN/Infinity in JSON', async (_format, file, head, workspace) => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml(file), [file]: head }], { [file]: workspace });
    expect((await mlops(repo.dir, ['metrics', 'diff'])).stdout).toBe(lines(METRICS_HEADER, `${file}  acc       1       inf          inf`, `${file}  loss      0.5     nan          nan`));
    expect((await mlops(repo.dir, ['metrics', 'diff', '--json'])).stdout).toBe(
      `{"${file}": {"acc": {"old": 1, "new": Infinity, "diff": Infinity}, "loss": {"old": 0.5, "new": NaN, "diff": NaN}}}\n`,
    );
  });

  it('integers beyond 2^53 are printed and subtracted exactly', async () => {
    const result = await mlops(metricsProject('{"steps": 12345678901234567890}', '{"steps": 12345678901234567891}').dir, ['metrics', 'diff', '--no-path']);
    expect(result.stdout).toBe(lines('Metric    HEAD                  workspace             Change', 'steps     12345678901234567890  12345678901234567891  1'));
  });

  it('non-ASCII is escaped in JSON and counted by code point in tables', async () => {
    const result = await mlops(metricsProject('{"model": "naïve"}', '{"model": "café"}').dir, ['metrics', 'diff']);
    expect(result.stdout).toBe(lines(METRICS_HEADER, 'm.json  model     naïve   café         -'));
    const json = await mlops(metricsProject('{"model": "naïve"}', '{"model": "café"}').dir, ['metrics', 'diff', '--json']);
    expect(json.stdout).toBe('{"m.json": {"model": {"old": "na\\u00efve", "new": "caf\\u00e9"}}}\n');
  });
});

describe('CSV metrics: one row of a training log', () => {
  const log = (...rows: string[]): string => ['epoch,loss,acc', ...rows].join('\n') + '\n';
  const full = log('1,0.9,0.5', '2,0.5,0.7', '3,0.3,0.8', '4,0.35,0.82');

  it.each([
    ['the last row by default', [], 'log.csv  0.82   4        0.35'],
    ['--row 0: the first row', ['--row', '0'], 'log.csv  0.5    1        0.9'],
    ['--row epoch=3: the row whose epoch is 3', ['--row', 'epoch=3'], 'log.csv  0.8    3        0.3'],
    ['--row -2: the second to last row', ['--row', '-2'], 'log.csv  0.8    3        0.3'],
  ])('metrics show --targets log.csv: %s', async (_name, flags, row) => {
    const repo = project([{ 'log.csv': full }]);
    const result = await mlops(repo.dir, ['metrics', 'show', '--targets', 'log.csv', ...flags]);
    expect(result).toEqual({ code: 0, stdout: lines('Path     acc    epoch    loss', row), stderr: '' });
  });

  const grown = () => project([{ 'dvc.yaml': stageMetricsYaml('log.csv'), 'log.csv': log('1,0.9,0.5', '2,0.5,0.7') }], { 'log.csv': full });

  it('metrics diff compares the last rows of the two revisions', async () => {
    const result = await mlops(grown().dir, ['metrics', 'diff']);
    expect(result.stdout).toBe(
      lines('Path     Metric    HEAD    workspace    Change', 'log.csv  acc       0.7     0.82         0.12', 'log.csv  epoch     2       4            2', 'log.csv  loss      0.5     0.35         -0.15'),
    );
  });

  it('metrics diff --json keeps CSV integers as ints and the raw float difference', async () => {
    const result = await mlops(grown().dir, ['metrics', 'diff', '--json']);
    expect(result.stdout).toBe(
      '{"log.csv": {"acc": {"old": 0.7, "new": 0.82, "diff": 0.12}, "epoch": {"old": 2, "new": 4, "diff": 2}, "loss": {"old": 0.5, "new": 0.35, "diff": -0.15000000000000002}}}\n',
    );
  });

  it('metrics diff --row 0: the same first row at both revisions prints nothing', async () => {
    expect(await mlops(grown().dir, ['metrics', 'diff', '--row', '0'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a --row that one revision lacks: `-` there and a WARNING naming the file and revision', async () => {
    const result = await mlops(grown().dir, ['metrics', 'diff', '--row', 'epoch=4']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      lines('Path     Metric    HEAD    workspace    Change', 'log.csv  acc       -       0.82         -', 'log.csv  epoch     -       4            -', 'log.csv  loss      -       0.35         -'),
    );
    expectOneWarning(result.stderr, 'log.csv', 'HEAD');
  });
});

describe('revisions', () => {
  const history = () =>
    project(
      [
        { 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': '{"acc": 0.5}' },
        { 'm.json': '{"acc": 0.6}' },
      ],
      { 'm.json': '{"acc": 0.7}' },
    );

  it('two revisions: the columns are named as typed and the workspace is ignored', async () => {
    const result = await mlops(history().dir, ['metrics', 'diff', 'HEAD~1', 'HEAD']);
    expect(result.stdout).toBe(lines('Path    Metric    HEAD~1    HEAD    Change', 'm.json  acc       0.5       0.6     0.1'));
  });

  it('a branch name and a commit sha are headers as typed', async () => {
    const repo = history();
    const sha = repo.git('rev-parse', 'HEAD~1').trim();
    const result = await mlops(repo.dir, ['metrics', 'diff', sha, 'main']);
    // the sha column is 40 + 2 wide, then the two-space separator
    expect(result.stdout).toBe(lines(`Path    Metric    ${sha}    main    Change`, `m.json  acc       0.5${' '.repeat(41)}0.6     0.1`));
  });

  it('the same commit under two names: nothing changed, --all lists it with change 0.0', async () => {
    const repo = history();
    expect((await mlops(repo.dir, ['metrics', 'diff', 'main', 'HEAD'])).stdout).toBe('');
    expect((await mlops(repo.dir, ['metrics', 'diff', '--all', 'main', 'HEAD'])).stdout).toBe(lines('Path    Metric    main    HEAD    Change', 'm.json  acc       0.6     0.6     0.0'));
  });

  it('-R is accepted (DVC parses it and ignores it)', async () => {
    const result = await mlops(history().dir, ['metrics', 'diff', '-R', 'HEAD~1', 'HEAD']);
    expect(result.stdout).toBe(lines('Path    Metric    HEAD~1    HEAD    Change', 'm.json  acc       0.5       0.6     0.1'));
  });

  it.each([
    ['metrics diff with an unknown old revision', ['metrics', 'diff', 'no-such-rev']],
    ['metrics diff with an unknown new revision', ['metrics', 'diff', 'HEAD', 'no-such-rev']],
    ['params diff with an unknown revision', ['params', 'diff', 'no-such-rev']],
    ['metrics diff --json with an unknown revision', ['metrics', 'diff', '--json', 'no-such-rev']],
  ])('%s: exit 1, nothing on stdout, stderr names the revision', async (_name, args) => {
    const result = await mlops(history().dir, args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("'no-such-rev'");
  });

  it('a revision beyond the history (HEAD~5) is unknown too', async () => {
    const result = await mlops(history().dir, ['metrics', 'diff', 'HEAD~5']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("'HEAD~5'");
  });

  describe('outside a git repository', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'mlops-nogit-'));
      writeFileSync(join(dir, 'metrics.json'), '{"acc": 0.5}');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('metrics show still shows the workspace', async () => {
      expect(await mlops(dir, ['metrics', 'show'])).toEqual({ code: 0, stdout: lines('Path          acc', 'metrics.json  0.5'), stderr: '' });
    });

    it('metrics diff fails with exit 1, naming HEAD', async () => {
      const result = await mlops(dir, ['metrics', 'diff']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain("'HEAD'");
    });
  });
});

describe('params diff: lists, null and other Python values', () => {
  it.each([
    ['a list of bools and None', 'x: [true, null]', 'x: [false]', '[True, None]', '[False]'],
    ['a list of dicts', 'x: [{a: 1}]', 'x: [{a: 2}]', "[{'a': 1}]", "[{'a': 2}]"],
    ['one-element lists (compared as text, not unwrapped)', 'x: [1]', 'x: [2]', '[1]', '[2]'],
    ['a list becoming a number', 'x: [1, 2]', 'x: 3', '[1, 2]', '3'],
    ['strings with quotes', `x: ["it's", 'a"b']`, 'x: []', `["it's", 'a"b']`, '[]'],
    ['a value becoming null', 'x: 1', 'x: null', '1', '-'],
    ['a bool', 'x: false', 'x: true', 'False', 'True'],
  ])('%s', async (_name, head, workspace, old, now) => {
    const repo = project([{ 'params.yaml': `${head}\n` }], { 'params.yaml': `${workspace}\n` });
    const result = await mlops(repo.dir, ['params', 'diff', '--no-path']);
    const width = Math.max(6, old.length);
    expect(result.stdout).toBe(lines(`Param    ${'HEAD'.padEnd(width)}  workspace`, `x        ${old.padEnd(width)}  ${now}`));
  });

  it('1 → true is no change (Python: 1 == True); --all shows both as written', async () => {
    const repo = project([{ 'params.yaml': 'x: 1\n' }], { 'params.yaml': 'x: true\n' });
    expect((await mlops(repo.dir, ['params', 'diff'])).stdout).toBe('');
    expect((await mlops(repo.dir, ['params', 'diff', '--all'])).stdout).toBe(lines('Path         Param    HEAD    workspace', 'params.yaml  x        1       True'));
  });

  it('--json: list reprs are strings, null is null, bools subtract as ints', async () => {
    const repo = project([{ 'params.yaml': 'l: [1, 2]\nn: null\nb: false\n' }], { 'params.yaml': 'l: [1, 2, 3]\nn: 0.5\nb: true\n' });
    const result = await mlops(repo.dir, ['params', 'diff', '--json']);
    expect(result.stdout).toBe('{"params.yaml": {"b": {"old": false, "new": true, "diff": 1}, "l": {"old": "[1, 2]", "new": "[1, 2, 3]"}, "n": {"old": null, "new": 0.5}}}\n');
  });
});
