/**
 * The golden vectors of docs/dvc-compat.md §9 (V1–V11), each built as real files in a real git
 * history and run through the CLI, with stdout compared byte for byte. Vectors that DVC checks
 * at the unit level (V2–V5) are fed through equivalent files, so the assertion is on what a user sees.
 */
import { mlops } from '../helpers/cli.js';
import { lines, markdown, stageMetricsYaml, topLevelMetricsYaml, useProjects } from '../helpers/dvc-project.js';

const project = useProjects();

describe('V1 (test_metrics_diff_cli): three commits of m.yaml, `metrics diff HEAD~2`', () => {
  it('prints HEAD~2 and workspace columns with floats rounded to 5 places', async () => {
    const repo = project([
      { 'dvc.yaml': stageMetricsYaml('m.yaml'), 'm.yaml': 'foo: 1.23456789\n' },
      { 'm.yaml': 'foo: 2.34567891011\n' },
      { 'm.yaml': 'foo: 3.45678910111213\n' },
    ]);
    const result = await mlops(repo.dir, ['metrics', 'diff', 'HEAD~2']);
    expect(result).toEqual({
      code: 0,
      stdout: 'Path    Metric    HEAD~2    workspace    Change\nm.yaml  foo       1.23457   3.45679      2.22222\n',
      stderr: '',
    });
  });
});

// V2/V3 (test_diff_default, test_metrics_diff_md): x.b holds strings so it has no Change.
const v2Head = 'x:\n  b: "5"\na:\n  d:\n    e: 3\n  b:\n    c: 1\n';
const v2Workspace = 'x:\n  b: "6"\na:\n  d:\n    e: 4\n  b:\n    c: 2\n';

describe('V2/V3: nested metrics.yaml, HEAD vs workspace', () => {
  it('V2: plain table, keys sorted, `-` where a change cannot be computed', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('metrics.yaml'), 'metrics.yaml': v2Head }], { 'metrics.yaml': v2Workspace });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result.stdout).toBe(
      lines(
        'Path          Metric    HEAD    workspace    Change',
        'metrics.yaml  a.b.c     1       2            1',
        'metrics.yaml  a.d.e     3       4            1',
        'metrics.yaml  x.b       5       6            -',
      ),
    );
    expect(result.code).toBe(0);
  });

  it('V3: --md prints a github table followed by a blank line', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('metrics.yaml'), 'metrics.yaml': v2Head }], { 'metrics.yaml': v2Workspace });
    const result = await mlops(repo.dir, ['metrics', 'diff', '--md']);
    expect(result.stdout).toBe(
      markdown(
        '| Path         | Metric   | HEAD   | workspace   | Change   |',
        '|--------------|----------|--------|-------------|----------|',
        '| metrics.yaml | a.b.c    | 1      | 2           | 1        |',
        '| metrics.yaml | a.d.e    | 3      | 4           | 1        |',
        '| metrics.yaml | x.b      | 5      | 6           | -        |',
      ),
    );
  });
});

describe('V4 (test_metrics_show_default/markdown): one row per file, one sorted column per key', () => {
  // The CLI has no -a/-T/-A, so the two branches' files sit side by side in one revision instead
  // of under a Revision column: same flattening, column order and `-` fill.
  const files = {
    'dvc.yaml': topLevelMetricsYaml('branch_1.json', 'branch_2.json'),
    'branch_1.json': '{"b": {"ad": 1, "bc": 2}, "c": 4}',
    'branch_2.json': '{"a": 1, "b": {"ad": 3, "bc": 4}}',
  };

  it('V4: plain', async () => {
    const repo = project([files]);
    const result = await mlops(repo.dir, ['metrics', 'show']);
    expect(result).toEqual({
      code: 0,
      stdout: lines('Path           a    b.ad    b.bc    c', 'branch_1.json  -    1       2       4', 'branch_2.json  1    3       4       -'),
      stderr: '',
    });
  });

  it('V4b: --md', async () => {
    const repo = project([files]);
    const result = await mlops(repo.dir, ['metrics', 'show', '--md']);
    expect(result.stdout).toBe(
      markdown(
        '| Path          | a   | b.ad   | b.bc   | c   |',
        '|---------------|-----|--------|--------|-----|',
        '| branch_1.json | -   | 1      | 2      | 4   |',
        '| branch_2.json | 1   | 3      | 4      | -   |',
      ),
    );
  });

  it('V4b: a revision whose dvc.yaml cannot be read contributes no rows (warning on stderr)', async () => {
    const repo = project([{ 'dvc.yaml': 'stages: [unclosed\n' }]);
    const result = await mlops(repo.dir, ['metrics', 'show', '--md']);
    expect(result.stdout).toBe(markdown('| Path   |', '|--------|'));
    expect(result.stderr).toMatch(/^WARNING: failed to load metrics in revision 'workspace', .*dvc\.yaml/m);
    expect(result.code).toBe(0);
  });
});

describe('V5 (test_compare.py cell values) through files', () => {
  it('--precision 3 rounds 1.1234 → 1.123 and 2.2345 → 2.235 (round(), not :.3g)', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': '{"x": 1.1234, "y": 2.2345}' }], {
      'm.json': '{"x": 2.2345, "y": 3.3456}',
    });
    const result = await mlops(repo.dir, ['metrics', 'diff', '--precision', '3']);
    expect(result.stdout).toBe(
      lines('Path    Metric    HEAD    workspace    Change', 'm.json  x         1.123   2.235        1.111', 'm.json  y         2.235   3.346        1.111'),
    );
  });

  it('falsy values: int 0 vs float 0.0 print as 0, 0.0 and 0.0 with --all; a new string key shows `-`', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': '{"z": 0}' }], { 'm.json': '{"z": 0.0, "s": "new"}' });
    const result = await mlops(repo.dir, ['metrics', 'diff', '--all']);
    expect(result.stdout).toBe(lines('Path    Metric    HEAD    workspace    Change', 'm.json  s         -       new          -', 'm.json  z         0       0.0          0.0'));
  });

  it('a composite param value prints as its Python repr: [2, 3]', async () => {
    const repo = project([{ 'params.yaml': 'p: 1\n' }], { 'params.yaml': 'p: [2, 3]\n' });
    const result = await mlops(repo.dir, ['params', 'diff']);
    expect(result.stdout).toBe(lines('Path         Param    HEAD    workspace', 'params.yaml  p        1       [2, 3]'));
  });

  it('metrics show --precision 4: 1.098765366365355 → 1.0988, 1.5342673 → 1.5343', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': '{"a": 1.098765366365355, "b": 1.5342673}' }]);
    const result = await mlops(repo.dir, ['metrics', 'show', '--precision', '4']);
    expect(result.stdout).toBe(lines('Path    a       b', 'm.json  1.0988  1.5343'));
  });

  it('params diff --json (test_params_diff_show_json): one changed string', async () => {
    const repo = project([{ 'params.yaml': 'a: x\n' }], { 'params.yaml': 'a: b\n' });
    const result = await mlops(repo.dir, ['params', 'diff', '--json']);
    expect(result.stdout).toBe('{"params.yaml": {"a": {"old": "x", "new": "b"}}}\n');
  });
});

describe('V6 (func API results) as --json', () => {
  it('metrics: a changed number gets a diff, a changed string does not, unchanged keys are left out', async () => {
    const file = (v: number): string => `a:\n  b:\n    c: ${v}\n    d: 1\n    e: "${v}"\n`;
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.yaml'), 'm.yaml': file(1) }], { 'm.yaml': file(3) });
    const result = await mlops(repo.dir, ['metrics', 'diff', '--json']);
    expect(result.stdout).toBe('{"m.yaml": {"a.b.c": {"old": 1, "new": 3, "diff": 2}, "a.b.e": {"old": "1", "new": "3"}}}\n');
  });

  it('metrics --all: an unchanged number has diff 0', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.yaml'), 'm.yaml': 'foo: 1\nxyz: 10\n' }], { 'm.yaml': 'foo: 3\nxyz: 10\n' });
    const result = await mlops(repo.dir, ['metrics', 'diff', '--all', '--json']);
    expect(result.stdout).toBe('{"m.yaml": {"foo": {"old": 1, "new": 3, "diff": 2}, "xyz": {"old": 10, "new": 10, "diff": 0}}}\n');
  });

  it('params: lists compare as their Python repr strings', async () => {
    const repo = project([{ 'params.yaml': 'foo: [bar, baz]\n' }], { 'params.yaml': 'foo: [bar, baz, qux]\n' });
    const result = await mlops(repo.dir, ['params', 'diff', '--json']);
    expect(result.stdout).toBe(`{"params.yaml": {"foo": {"old": "['bar', 'baz']", "new": "['bar', 'baz', 'qux']"}}}\n`);
  });

  it('params: nested keys are dotted', async () => {
    const repo = project([{ 'params.yaml': 'foo:\n  bar: baz\n' }], { 'params.yaml': 'foo:\n  bar: qux\n' });
    const result = await mlops(repo.dir, ['params', 'diff', '--json']);
    expect(result.stdout).toBe('{"params.yaml": {"foo.bar": {"old": "baz", "new": "qux"}}}\n');
  });

  it('params: a `vars:` file used by a foreach stage is diffed (test_vars_shows_on_params_diff)', async () => {
    const dvcYaml = 'vars:\n  - test_params.yaml\nstages:\n  build:\n    foreach: ${vars}\n    do:\n      cmd: script --epoch ${item.epoch}\n';
    const params = (epoch: number): string => `vars:\n  model1:\n    epoch: ${epoch}\n  model2:\n    epoch: 35\n`;
    const repo = project([{ 'dvc.yaml': dvcYaml, 'test_params.yaml': params(15) }]);
    expect((await mlops(repo.dir, ['params', 'diff', '--json'])).stdout).toBe('{}\n');
    repo.write('test_params.yaml', params(20));
    const result = await mlops(repo.dir, ['params', 'diff', '--json']);
    expect(result.stdout).toBe('{"test_params.yaml": {"vars.model1.epoch": {"old": 15, "new": 20, "diff": 5}}}\n');
  });
});

describe('V7: nothing changed', () => {
  const committed = (): Parameters<typeof project>[0] => [
    { 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': '{"acc": 0.9}', 'params.yaml': 'lr: 0.1\n' },
  ];

  it.each([
    ['metrics diff prints nothing at all', ['metrics', 'diff'], ''],
    ['metrics diff --json prints {}', ['metrics', 'diff', '--json'], '{}\n'],
    [
      'metrics diff --md prints the header, the rule and a blank line',
      ['metrics', 'diff', '--md'],
      markdown('| Path   | Metric   | HEAD   | workspace   | Change   |', '|--------|----------|--------|-------------|----------|'),
    ],
    ['params diff prints nothing at all', ['params', 'diff'], ''],
    ['params diff --md --no-path prints Param/HEAD/workspace headers only', ['params', 'diff', '--md', '--no-path'], markdown('| Param   | HEAD   | workspace   |', '|---------|--------|-------------|')],
  ])('%s', async (_name, args, stdout) => {
    const repo = project(committed());
    const result = await mlops(repo.dir, args);
    expect(result).toEqual({ code: 0, stdout, stderr: '' });
  });

  it('metrics show --md with no metrics files prints a Path-only header', async () => {
    const repo = project([{ 'README.md': 'nothing here\n' }]);
    const result = await mlops(repo.dir, ['metrics', 'show', '--md']);
    expect(result).toEqual({ code: 0, stdout: '| Path   |\n|--------|\n\n', stderr: '' });
  });
});

describe('V8: params diff of params.yaml', () => {
  const head = 'lr: 0.0041\ntrain:\n  epochs: 70\n  layers: 9\nopt: adam\n';
  const workspace = 'lr: 0.0043\ntrain:\n  epochs: 110\n  layers: 9\nopt: sgd\n';
  const make = () => project([{ 'params.yaml': head }], { 'params.yaml': workspace });

  it('plain: changed params, no Change column, floats in full', async () => {
    const result = await mlops(make().dir, ['params', 'diff']);
    expect(result).toEqual({
      code: 0,
      stdout: lines(
        'Path         Param         HEAD    workspace',
        'params.yaml  lr            0.0041  0.0043',
        'params.yaml  opt           adam    sgd',
        'params.yaml  train.epochs  70      110',
      ),
      stderr: '',
    });
  });

  it('--json: numbers get an unrounded diff, keys sorted', async () => {
    const result = await mlops(make().dir, ['params', 'diff', '--json']);
    expect(result.stdout).toBe(
      '{"params.yaml": {"lr": {"old": 0.0041, "new": 0.0043, "diff": 0.00019999999999999966}, "opt": {"old": "adam", "new": "sgd"}, "train.epochs": {"old": 70, "new": 110, "diff": 40}}}\n',
    );
  });

  it('--all --no-path --md: unchanged train.layers too, no Path column', async () => {
    const result = await mlops(make().dir, ['params', 'diff', '--all', '--no-path', '--md']);
    expect(result.stdout).toBe(
      markdown(
        '| Param        | HEAD   | workspace   |',
        '|--------------|--------|-------------|',
        '| lr           | 0.0041 | 0.0043      |',
        '| opt          | adam   | sgd         |',
        '| train.epochs | 70     | 110         |',
        '| train.layers | 9      | 9           |',
      ),
    );
  });
});

describe('V9: metrics edge values', () => {
  const head = '{"acc": 0.9, "flag": false, "name": "a", "tiny": 1e-07, "q": 0.015625, "big": 1e16, "n": 3, "gone": 2}';
  const workspace = '{"acc": 0.95, "flag": true, "name": "b", "tiny": 0.0, "q": 0.046875, "big": 2e16, "n": 3.0, "added": 0.5}';
  const make = () => project([{ 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': head }], { 'm.json': workspace });
  const header = 'Path    Metric    HEAD     workspace    Change';
  const rows = [
    'm.json  acc       0.9      0.95         0.05',
    'm.json  added     -        0.5          -',
    'm.json  big       1e+16    2e+16        1e+16',
    'm.json  flag      False    True         1',
    'm.json  gone      2        -            -',
    'm.json  name      a        b            -',
    'm.json  q         0.01562  0.04688      0.03125',
    'm.json  tiny      0.0      0.0          -0.0',
  ];

  it('Python float repr, half-even rounding, bools subtract as ints; 3 vs 3.0 is unchanged', async () => {
    const result = await mlops(make().dir, ['metrics', 'diff']);
    expect(result).toEqual({ code: 0, stdout: lines(header, ...rows), stderr: '' });
  });

  it('--all adds the unchanged n row: 3 vs 3.0 with change 0.0', async () => {
    const result = await mlops(make().dir, ['metrics', 'diff', '--all']);
    expect(result.stdout).toBe(lines(header, ...rows.slice(0, 5), 'm.json  n         3        3.0          0.0', ...rows.slice(5)));
  });

  it('--json: raw values, null for a missing side', async () => {
    const result = await mlops(make().dir, ['metrics', 'diff', '--json']);
    expect(result.stdout).toBe(
      '{"m.json": {' +
        '"acc": {"old": 0.9, "new": 0.95, "diff": 0.04999999999999993}, ' +
        '"added": {"old": null, "new": 0.5}, ' +
        '"big": {"old": 1e+16, "new": 2e+16, "diff": 1e+16}, ' +
        '"flag": {"old": false, "new": true, "diff": 1}, ' +
        '"gone": {"old": 2, "new": null}, ' +
        '"name": {"old": "a", "new": "b"}, ' +
        '"q": {"old": 0.015625, "new": 0.046875, "diff": 0.03125}, ' +
        '"tiny": {"old": 1e-07, "new": 0.0, "diff": -1e-07}}}\n',
    );
  });
});

describe('V10: params lists and null', () => {
  const make = () =>
    project([{ 'params.yaml': 'layers: [64, 32]\nnames: ["it\'s", b]\nx: null\n' }], { 'params.yaml': 'layers: [64, 32, 16]\nnames: [a]\nx: 1\n' });

  it('plain: lists as Python reprs (double quotes around a quote), null as `-`', async () => {
    const result = await mlops(make().dir, ['params', 'diff']);
    expect(result.stdout).toBe(
      lines(
        'Path         Param    HEAD           workspace',
        'params.yaml  layers   [64, 32]       [64, 32, 16]',
        `params.yaml  names    ["it's", 'b']  ['a']`,
        'params.yaml  x        -              1',
      ),
    );
  });

  it('--json: list reprs as strings, null without a diff', async () => {
    const result = await mlops(make().dir, ['params', 'diff', '--json']);
    expect(result.stdout).toBe(
      `{"params.yaml": {"layers": {"old": "[64, 32]", "new": "[64, 32, 16]"}, "names": {"old": "[\\"it's\\", 'b']", "new": "['a']"}, "x": {"old": null, "new": 1}}}\n`,
    );
  });
});

describe('V11: metrics show with a scalar file and an unreadable file', () => {
  const files = {
    'dvc.yaml': topLevelMetricsYaml('metrics.json', 'scalar.yaml', 'bad.json'),
    'metrics.json': '{"auc": 0.912345678, "loss": 0.1, "epochs": 10}',
    'scalar.yaml': '1.1\n',
    'bad.json': '{"auc": ',
  };

  it('plain: the scalar gets an empty-headed column, the bad file a row of `-`', async () => {
    const result = await mlops(project([files]).dir, ['metrics', 'show']);
    expect(result.stdout).toBe(
      lines('Path               auc      epochs    loss', 'metrics.json  -    0.91235  10        0.1', 'scalar.yaml   1.1  -        -         -', 'bad.json      -    -        -         -'),
    );
    expect(result.stderr).toMatch(/^WARNING: bad\.json at workspace: .+$/m);
    expect(result.code).toBe(0);
  });

  it('--md', async () => {
    const result = await mlops(project([files]).dir, ['metrics', 'show', '--md']);
    expect(result.stdout).toBe(
      markdown(
        '| Path         |     | auc     | epochs   | loss   |',
        '|--------------|-----|---------|----------|--------|',
        '| metrics.json | -   | 0.91235 | 10       | 0.1    |',
        '| scalar.yaml  | 1.1 | -       | -        | -      |',
        '| bad.json     | -   | -       | -        | -      |',
      ),
    );
  });

  it('scalar files in diff: 1 → 3 is a row with an empty Metric cell', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('s.yaml'), 's.yaml': '1\n' }], { 's.yaml': '3\n' });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result.stdout).toBe(lines('Path    Metric    HEAD    workspace    Change', 's.yaml            1       3            2'));
  });

  it.each([
    ['holds {}', { 's.yaml': '{}\n' }],
    ['is missing', {}],
  ])('scalar files in diff: no row when the old file %s and the new one is 5', async (_name, old) => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('s.yaml'), ...old }], { 's.yaml': '5\n' });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });
});
