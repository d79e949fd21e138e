/**
 * Which files `metrics show|diff` and `params diff|show` read: `--targets`, dvc.yaml (stage
 * `metrics:`/`params:`, top-level `metrics:`/`params:`, `vars:`), params.yaml whole by default,
 * `--deps`, and our own fallback when there is no dvc.yaml (metrics.json / params.yaml).
 */
import { mlops } from '../helpers/cli.js';
import { lines, stageMetricsYaml, topLevelMetricsYaml, useProjects } from '../helpers/dvc-project.js';

const project = useProjects();

const METRICS_HEADER = 'Path    Metric    HEAD    workspace    Change';

describe('metrics: which files are read', () => {
  it('a stage `metrics:` entry is read; an undeclared metrics.json next to it is not', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': '{"acc": 1}', 'metrics.json': '{"loss": 1}' }], {
      'm.json': '{"acc": 2}',
      'metrics.json': '{"loss": 2}',
    });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result).toEqual({ code: 0, stdout: lines(METRICS_HEADER, 'm.json  acc       1       2            1'), stderr: '' });
  });

  it('a top-level `metrics:` entry is read', async () => {
    const repo = project([{ 'dvc.yaml': topLevelMetricsYaml('m.json'), 'm.json': '{"acc": 1}' }], { 'm.json': '{"acc": 2}' });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result.stdout).toBe(lines(METRICS_HEADER, 'm.json  acc       1       2            1'));
  });

  it('a stage with `wdir:` names its metrics relative to that folder', async () => {
    const dvcYaml = 'stages:\n  train:\n    wdir: model\n    cmd: python train.py\n    metrics:\n      - scores.json:\n          cache: false\n';
    const repo = project([{ 'dvc.yaml': dvcYaml, 'model/scores.json': '{"acc": 1}' }]);
    const result = await mlops(repo.dir, ['metrics', 'show']);
    expect(result.stdout).toBe(lines('Path               acc', 'model/scores.json  1'));
  });

  it('metrics show lists stage metrics, then top-level ones, each file once', async () => {
    const dvcYaml = `${stageMetricsYaml('b.json')}metrics:\n  - a.json\n  - b.json\n`;
    const repo = project([{ 'dvc.yaml': dvcYaml, 'a.json': '{"x": 1}', 'b.json': '{"y": 2}' }]);
    const result = await mlops(repo.dir, ['metrics', 'show']);
    expect(result.stdout).toBe(lines('Path    x    y', 'b.json  -    2', 'a.json  1    -'));
  });

  it('the dvc.yaml of each revision decides what is read at that revision', async () => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('old.json'), 'old.json': '{"acc": 1}', 'new.json': '{"acc": 5}' }], {
      'dvc.yaml': stageMetricsYaml('new.json'),
    });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result).toEqual({
      code: 0,
      stdout: lines('Path      Metric    HEAD    workspace    Change', 'new.json  acc       -       5            -', 'old.json  acc       1       -            -'),
      stderr: '',
    });
  });

  it.each([
    ['metrics diff --targets', ['metrics', 'diff', '--targets', 'other.json'], lines(METRICS_HEADER.replace('Path  ', 'Path      '), 'other.json  f         1       2            1')],
    ['metrics show with a positional target', ['metrics', 'show', 'other.json'], lines('Path        f', 'other.json  2')],
    ['metrics show --targets', ['metrics', 'show', '--targets', 'other.json'], lines('Path        f', 'other.json  2')],
  ])('%s reads only the named file, declared in dvc.yaml or not', async (_name, args, stdout) => {
    const repo = project([{ 'dvc.yaml': stageMetricsYaml('m.json'), 'm.json': '{"acc": 1}', 'other.json': '{"f": 1}' }], {
      'm.json': '{"acc": 2}',
      'other.json': '{"f": 2}',
    });
    const result = await mlops(repo.dir, args);
    expect(result).toEqual({ code: 0, stdout, stderr: '' });
  });

  it('without dvc.yaml, metrics.json is picked up when present (our fallback, not DVC)', async () => {
    const repo = project([{ 'metrics.json': '{"acc": 0.5}' }], { 'metrics.json': '{"acc": 0.75}' });
    const result = await mlops(repo.dir, ['metrics', 'diff']);
    expect(result.stdout).toBe(lines('Path          Metric    HEAD    workspace    Change', 'metrics.json  acc       0.5     0.75         0.25'));
  });

  it.each([
    ['metrics show', ['metrics', 'show']],
    ['metrics diff', ['metrics', 'diff']],
    ['params diff', ['params', 'diff']],
    ['params show', ['params', 'show']],
  ])('without dvc.yaml, metrics.json or params.yaml, %s prints nothing', async (_name, args) => {
    const repo = project([{ 'README.md': 'hello\n' }], { 'README.md': 'changed\n' });
    expect(await mlops(repo.dir, args)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('params: which files and keys are read', () => {
  const dvcYaml = [
    'params:',
    '  - extra.yaml',
    'stages:',
    '  train:',
    '    cmd: python train.py',
    '    params:',
    '      - lr',
    '      - custom.yaml:',
    '          - model.depth',
    '      - whole.yaml:',
    '',
  ].join('\n');
  const head = {
    'dvc.yaml': dvcYaml,
    'params.yaml': 'lr: 0.1\nseed: 1\n',
    'custom.yaml': 'model:\n  depth: 3\n  width: 8\n',
    'whole.yaml': 'a: 1\n',
    'extra.yaml': 'e: 1\n',
  };
  const workspace = {
    'params.yaml': 'lr: 0.2\nseed: 2\n',
    'custom.yaml': 'model:\n  depth: 4\n  width: 16\n',
    'whole.yaml': 'a: 2\n',
    'extra.yaml': 'e: 2\n',
  };

  it('by default: stage keys of their files, top-level params files whole, params.yaml whole (tracked or not)', async () => {
    const result = await mlops(project([head], workspace).dir, ['params', 'diff']);
    expect(result).toEqual({
      code: 0,
      stdout: lines(
        'Path         Param        HEAD    workspace',
        'custom.yaml  model.depth  3       4',
        'extra.yaml   e            1       2',
        'params.yaml  lr           0.1     0.2',
        'params.yaml  seed         1       2',
        'whole.yaml   a            1       2',
      ),
      stderr: '',
    });
  });

  it('--deps: only what stages depend on (their keys, or whole files they list without keys)', async () => {
    const result = await mlops(project([head], workspace).dir, ['params', 'diff', '--deps']);
    expect(result).toEqual({
      code: 0,
      stdout: lines(
        'Path         Param        HEAD    workspace',
        'custom.yaml  model.depth  3       4',
        'params.yaml  lr           0.1     0.2',
        'whole.yaml   a            1       2',
      ),
      stderr: '',
    });
  });

  it('--deps follows dpath globs such as `train.*`', async () => {
    const globYaml = 'stages:\n  train:\n    cmd: python train.py\n    params:\n      - train.*\n';
    const repo = project([{ 'dvc.yaml': globYaml, 'params.yaml': 'train:\n  lr: 0.1\n  epochs: 5\nother: 1\n' }], {
      'params.yaml': 'train:\n  lr: 0.2\n  epochs: 6\nother: 2\n',
    });
    const result = await mlops(repo.dir, ['params', 'diff', '--deps', '--no-path']);
    expect(result.stdout).toBe(lines('Param         HEAD    workspace', 'train.epochs  5       6', 'train.lr      0.1     0.2'));
  });

  it('--targets: the named file, whole, even when dvc.yaml tracks a single key of it', async () => {
    const result = await mlops(project([head], workspace).dir, ['params', 'diff', '--targets', 'custom.yaml']);
    expect(result.stdout).toBe(lines('Path         Param        HEAD    workspace', 'custom.yaml  model.depth  3       4', 'custom.yaml  model.width  8       16'));
  });

  it('without dvc.yaml, params.yaml is picked up whole', async () => {
    const repo = project([{ 'params.yaml': 'lr: 0.1\n' }], { 'params.yaml': 'lr: 0.01\n' });
    const result = await mlops(repo.dir, ['params', 'diff']);
    expect(result.stdout).toBe(lines('Path         Param    HEAD    workspace', 'params.yaml  lr       0.1     0.01'));
  });

  it('without dvc.yaml, --deps finds no stage params and prints nothing', async () => {
    const repo = project([{ 'params.yaml': 'lr: 0.1\n' }], { 'params.yaml': 'lr: 0.01\n' });
    expect(await mlops(repo.dir, ['params', 'diff', '--deps'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a `vars:` value a stage interpolates is diffed even with --deps; other vars keys are not', async () => {
    const varsYaml = 'vars:\n  - config.yaml\nstages:\n  train:\n    cmd: python train.py --lr ${train.lr}\n';
    const repo = project([{ 'dvc.yaml': varsYaml, 'config.yaml': 'train:\n  lr: 0.1\n  unused: 1\n' }], {
      'config.yaml': 'train:\n  lr: 0.3\n  unused: 2\n',
    });
    const expected = lines('Path         Param     HEAD    workspace', 'config.yaml  train.lr  0.1     0.3');
    expect((await mlops(repo.dir, ['params', 'diff'])).stdout).toBe(expected);
    expect((await mlops(repo.dir, ['params', 'diff', '--deps'])).stdout).toBe(expected);
  });
});

describe('params show (ours: laid out like metrics show, values as params diff prints them)', () => {
  const files = { 'params.yaml': 'lr: 0.001\nlayers: [64, 32]\nopt: adam\nshuffle: true\ntrain:\n  epochs: 10\n  dropout: null\n' };

  it('one row per file, a sorted column per key, lists as Python reprs, null as `-`, no rounding', async () => {
    const result = await mlops(project([files]).dir, ['params', 'show']);
    expect(result).toEqual({
      code: 0,
      stdout: lines(
        'Path         layers    lr     opt    shuffle    train.dropout    train.epochs',
        'params.yaml  [64, 32]  0.001  adam   True       -                10',
      ),
      stderr: '',
    });
  });

  it('--deps shows only the keys stages use', async () => {
    const dvcYaml = 'stages:\n  train:\n    cmd: python train.py\n    params:\n      - lr\n      - train.epochs\n';
    const result = await mlops(project([{ ...files, 'dvc.yaml': dvcYaml }]).dir, ['params', 'show', '--deps']);
    expect(result.stdout).toBe(lines('Path         lr     train.epochs', 'params.yaml  0.001  10'));
  });

  it('--json nests data per file under the "" revision, lists kept as lists', async () => {
    const result = await mlops(project([files]).dir, ['params', 'show', '--json']);
    expect(result.stdout).toBe(
      '{"": {"data": {"params.yaml": {"data": {"lr": 0.001, "layers": [64, 32], "opt": "adam", "shuffle": true, "train": {"epochs": 10, "dropout": null}}}}}}\n',
    );
  });
});
