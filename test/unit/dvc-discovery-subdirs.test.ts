/**
 * Every dvc.yaml of the project is read, not only the one where the command runs: paths in a
 * dvc.yaml are relative to its own folder and are printed relative to where the command runs, at
 * each revision as that revision's tree holds them. An empty repository diffs to nothing.
 * DVC's own vectors: tests/func/metrics/test_diff.py `test_diff_top_level_metrics`,
 * tests/func/params/test_diff.py `test_diff_top_level_params` and `test_no_commits`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mlops } from '../helpers/cli.js';
import { lines, markdown, topLevelMetricsYaml, useProjects, type Files } from '../helpers/dvc-project.js';

const project = useProjects();

/** A stage that depends on `lr` of its params.yaml and writes scores.json. */
const TRAIN_YAML = 'stages:\n  train:\n    cmd: python train.py\n    params:\n      - lr\n    metrics:\n      - scores.json:\n          cache: false\n';

describe('top-level metrics: and params: of a dvc.yaml in a subfolder (DVC test_diff_top_level_*)', () => {
  it.each([
    ['dvc.yaml', 'my_metrics.yaml', 'my_metrics.yaml'],
    ['dir/dvc.yaml', 'my_metrics.yaml', 'dir/my_metrics.yaml'],
    ['dir/dvc.yaml', '../my_metrics.yaml', 'my_metrics.yaml'],
  ])('%s with `metrics: [%s]` diffs %s', async (dvcfile, entry, path) => {
    const repo = project([{ [dvcfile]: topLevelMetricsYaml(entry), [path]: 'foo: 3\n' }], { [path]: 'foo: 5\n' });
    const result = await mlops(repo.dir, ['metrics', 'diff', '--json']);
    expect(result).toEqual({ code: 0, stdout: `{"${path}": {"foo": {"old": 3, "new": 5, "diff": 2}}}\n`, stderr: '' });
  });

  it.each([
    ['dvc.yaml', 'my_params.yaml', 'my_params.yaml'],
    ['dir/dvc.yaml', 'my_params.yaml', 'dir/my_params.yaml'],
    ['dir/dvc.yaml', '../my_params.yaml', 'my_params.yaml'],
  ])('%s with `params: [%s]` diffs %s', async (dvcfile, entry, path) => {
    const repo = project([{ [dvcfile]: `params:\n  - ${entry}\n`, [path]: 'foo: 3\n' }], { [path]: 'foo: 5\n' });
    const result = await mlops(repo.dir, ['params', 'diff', '--json']);
    expect(result).toEqual({ code: 0, stdout: `{"${path}": {"foo": {"old": 3, "new": 5, "diff": 2}}}\n`, stderr: '' });
  });

  it('the table names the file from where the command runs', async () => {
    const repo = project([{ 'dir/dvc.yaml': topLevelMetricsYaml('my_metrics.yaml'), 'dir/my_metrics.yaml': 'foo: 3\n' }], {
      'dir/my_metrics.yaml': 'foo: 5\n',
    });
    expect(await mlops(repo.dir, ['metrics', 'diff'])).toEqual({
      code: 0,
      stdout: lines('Path                 Metric    HEAD    workspace    Change', 'dir/my_metrics.yaml  foo       3       5            2'),
      stderr: '',
    });
  });
});

describe('stages of a dvc.yaml in a subfolder', () => {
  const dvcYaml = [
    'stages:',
    '  train:',
    '    wdir: src',
    '    cmd: python train.py',
    '    params:',
    '      - lr',
    '      - ../config.yaml:',
    '          - model.depth',
    '    metrics:',
    '      - ../scores.json:',
    '          cache: false',
    '',
  ].join('\n');
  const head: Files = {
    'exp/dvc.yaml': dvcYaml,
    'exp/src/params.yaml': 'lr: 0.1\nunused: 1\n',
    'exp/config.yaml': 'model:\n  depth: 3\n  width: 8\n',
    'exp/scores.json': '{"acc": 0.5}',
    'params.yaml': 'seed: 1\n',
  };
  const workspace: Files = {
    'exp/src/params.yaml': 'lr: 0.2\nunused: 2\n',
    'exp/config.yaml': 'model:\n  depth: 4\n  width: 16\n',
    'exp/scores.json': '{"acc": 0.6}',
    'params.yaml': 'seed: 2\n',
  };

  it('metrics are relative to the stage wdir inside that folder', async () => {
    const result = await mlops(project([head], workspace).dir, ['metrics', 'diff']);
    expect(result).toEqual({
      code: 0,
      stdout: lines('Path             Metric    HEAD    workspace    Change', 'exp/scores.json  acc       0.5     0.6          0.1'),
      stderr: '',
    });
  });

  it("params: `- lr` is the stage's own params.yaml, only the tracked keys; the project's params.yaml is read whole", async () => {
    const result = await mlops(project([head], workspace).dir, ['params', 'diff']);
    expect(result).toEqual({
      code: 0,
      stdout: lines(
        'Path                 Param        HEAD    workspace',
        'exp/config.yaml      model.depth  3       4',
        'exp/src/params.yaml  lr           0.1     0.2',
        'params.yaml          seed         1       2',
      ),
      stderr: '',
    });
  });

  it('params --deps: the stage dependencies only', async () => {
    const result = await mlops(project([head], workspace).dir, ['params', 'diff', '--deps']);
    expect(result.stdout).toBe(
      lines('Path                 Param        HEAD    workspace', 'exp/config.yaml      model.depth  3       4', 'exp/src/params.yaml  lr           0.1     0.2'),
    );
  });
});

describe('a monorepo: models/a/dvc.yaml and models/b/dvc.yaml', () => {
  const head: Files = {
    'models/a/dvc.yaml': TRAIN_YAML,
    'models/a/params.yaml': 'lr: 0.1\n',
    'models/a/scores.json': '{"acc": 0.8}',
    'models/b/dvc.yaml': TRAIN_YAML,
    'models/b/params.yaml': 'lr: 0.2\n',
    'models/b/scores.json': '{"acc": 0.7}',
  };
  const workspace: Files = { 'models/b/params.yaml': 'lr: 0.3\n', 'models/b/scores.json': '{"acc": 0.75}' };

  it('metrics diff shows the change in b; --all shows a too', async () => {
    const repo = project([head], workspace);
    expect(await mlops(repo.dir, ['metrics', 'diff'])).toEqual({
      code: 0,
      stdout: lines('Path                  Metric    HEAD    workspace    Change', 'models/b/scores.json  acc       0.7     0.75         0.05'),
      stderr: '',
    });
    expect((await mlops(repo.dir, ['metrics', 'diff', '--all'])).stdout).toBe(
      lines(
        'Path                  Metric    HEAD    workspace    Change',
        'models/a/scores.json  acc       0.8     0.8          0.0',
        'models/b/scores.json  acc       0.7     0.75         0.05',
      ),
    );
  });

  it('params diff shows the change in b; --all shows a too', async () => {
    const repo = project([head], workspace);
    expect(await mlops(repo.dir, ['params', 'diff'])).toEqual({
      code: 0,
      stdout: lines('Path                  Param    HEAD    workspace', 'models/b/params.yaml  lr       0.2     0.3'),
      stderr: '',
    });
    expect((await mlops(repo.dir, ['params', 'diff', '--all'])).stdout).toBe(
      lines('Path                  Param    HEAD    workspace', 'models/a/params.yaml  lr       0.1     0.1', 'models/b/params.yaml  lr       0.2     0.3'),
    );
  });

  it('metrics show lists both, a first', async () => {
    const result = await mlops(project([head], workspace).dir, ['metrics', 'show']);
    expect(result.stdout).toBe(lines('Path                  acc', 'models/a/scores.json  0.8', 'models/b/scores.json  0.75'));
  });

  it('each revision reads the dvc.yaml files its own tree holds', async () => {
    const repo = project([{ 'a/dvc.yaml': topLevelMetricsYaml('m.json'), 'a/m.json': '{"x": 1}' }], {
      'a/dvc.yaml': null,
      'b/dvc.yaml': topLevelMetricsYaml('m.json'),
      'b/m.json': '{"x": 2}',
    });
    expect(await mlops(repo.dir, ['metrics', 'diff'])).toEqual({
      code: 0,
      stdout: lines('Path      Metric    HEAD    workspace    Change', 'a/m.json  x         1       -            -', 'b/m.json  x         -       2            -'),
      stderr: '',
    });
  });
});

describe('folders that are not part of the project', () => {
  const files = (extra: Files): Files => ({
    ...extra,
    'models/dvc.yaml': topLevelMetricsYaml('m.json'),
    'models/m.json': '{"y": 1}',
    'skip/dvc.yaml': topLevelMetricsYaml('m.json'),
    'skip/m.json': '{"x": 1}',
  });
  const changed: Files = { 'models/m.json': '{"y": 2}', 'skip/m.json': '{"x": 2}' };

  it.each([
    ['.dvcignore names the folder', { '.dvcignore': '# not ours\nskip/\n' }],
    ['.dvcignore ignores every top-level folder but one', { '.dvcignore': '/*/\n!/models/\n' }],
    ['a .dvcignore in a parent folder matches it at any depth', { '.dvcignore': 'sk?p\n' }],
    ['the folder is a DVC repository of its own (a subrepo)', { 'skip/.dvc/config': '' }],
    ['git ignores it', { '.gitignore': 'skip/\n' }],
  ])('%s: its dvc.yaml is not read', async (_name, extra) => {
    const repo = project([files(extra)], changed);
    expect(await mlops(repo.dir, ['metrics', 'diff'])).toEqual({
      code: 0,
      stdout: lines('Path           Metric    HEAD    workspace    Change', 'models/m.json  y         1       2            1'),
      stderr: '',
    });
  });
});

describe('outside git', () => {
  it('the folder is walked for dvc.yaml files, .dvcignore honoured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-nogit-'));
    try {
      const files: Record<string, string> = {
        '.dvcignore': 'old/\n',
        'dir/dvc.yaml': topLevelMetricsYaml('m.json'),
        'dir/m.json': '{"x": 1}',
        'old/dvc.yaml': topLevelMetricsYaml('m.json'),
        'old/m.json': '{"y": 1}',
      };
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      expect(await mlops(dir, ['metrics', 'show'])).toEqual({ code: 0, stdout: lines('Path        x', 'dir/m.json  1'), stderr: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('run from a subfolder of the project', () => {
  const head: Files = {
    '.dvc/config': '',
    'dvc.yaml': topLevelMetricsYaml('metrics.json'),
    'metrics.json': '{"r2": 0.5}',
    'params.yaml': 'seed: 1\n',
    'models/a/dvc.yaml': TRAIN_YAML,
    'models/a/params.yaml': 'lr: 0.1\n',
    'models/a/scores.json': '{"acc": 0.8}',
  };
  const workspace: Files = { 'metrics.json': '{"r2": 0.6}', 'params.yaml': 'seed: 2\n', 'models/a/params.yaml': 'lr: 0.2\n', 'models/a/scores.json': '{"acc": 0.9}' };
  const metricsDiff = lines(
    'Path                Metric    HEAD    workspace    Change',
    '../../metrics.json  r2        0.5     0.6          0.1',
    'scores.json         acc       0.8     0.9          0.1',
  );

  it.each([
    ['started there', (dir: string) => mlops(join(dir, 'models/a'), ['metrics', 'diff'])],
    ['with --cd', (dir: string) => mlops(dir, ['--cd', 'models/a', 'metrics', 'diff'])],
  ])('%s: every dvc.yaml of the project is read, paths relative to that folder', async (_name, run) => {
    expect(await run(project([head], workspace).dir)).toEqual({ code: 0, stdout: metricsDiff, stderr: '' });
  });

  it('params diff: the project params.yaml is ../../params.yaml', async () => {
    const result = await mlops(join(project([head], workspace).dir, 'models/a'), ['params', 'diff']);
    expect(result).toEqual({
      code: 0,
      stdout: lines('Path               Param    HEAD    workspace', '../../params.yaml  seed     1       2', 'params.yaml        lr       0.1     0.2'),
      stderr: '',
    });
  });

  it('metrics show: stage metrics first, then top-level ones', async () => {
    const result = await mlops(join(project([head], workspace).dir, 'models/a'), ['metrics', 'show']);
    expect(result.stdout).toBe(lines('Path                acc    r2', 'scores.json         0.9    -', '../../metrics.json  -      0.6'));
  });

  it('without a .dvc folder above it, the folder it runs in is the whole project (DVC would not run at all)', async () => {
    const noDvc = Object.fromEntries(Object.entries(head).filter(([path]) => !path.startsWith('.dvc/')));
    const result = await mlops(join(project([noDvc], workspace).dir, 'models/a'), ['metrics', 'diff']);
    expect(result.stdout).toBe(lines('Path         Metric    HEAD    workspace    Change', 'scores.json  acc       0.8     0.9          0.1'));
  });
});

describe('a repository with no commits yet (DVC test_no_commits: the diff is {})', () => {
  const workspace: Files = { 'dvc.yaml': TRAIN_YAML, 'scores.json': '{"acc": 1}', 'params.yaml': 'lr: 0.1\n' };

  it.each([
    ['metrics diff', ['metrics', 'diff'], ''],
    ['params diff', ['params', 'diff'], ''],
    ['metrics diff with revisions named', ['metrics', 'diff', 'HEAD~1', 'main'], ''],
    ['metrics diff --json', ['metrics', 'diff', '--json'], '{}\n'],
    ['params diff --json', ['params', 'diff', '--json'], '{}\n'],
    ['metrics diff --md', ['metrics', 'diff', '--md'], markdown('| Path   | Metric   | HEAD   | workspace   | Change   |', '|--------|----------|--------|-------------|----------|')],
  ])('%s prints the empty diff and succeeds', async (_name, args, stdout) => {
    expect(await mlops(project([], workspace).dir, args)).toEqual({ code: 0, stdout, stderr: '' });
  });

  it('metrics show still shows the workspace', async () => {
    expect((await mlops(project([], workspace).dir, ['metrics', 'show'])).stdout).toBe(lines('Path         acc', 'scores.json  1'));
  });
});
