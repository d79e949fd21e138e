/**
 * `mlops plots show --json` on real git repositories, ported from DVC's tests/func/plots/test_show.py
 * and tests/integration/plots/test_plots.py (same files, same expectations, asserted on the JSON
 * DVC prints). Where DVC's test reads its cache, the outputs are committed with `cache: false`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { useProjects } from '../helpers/dvc-project.js';
import { DVC_DIR, json, plotsJson, rowsOf, stagesYaml, withRev } from '../fixtures/plots/projects.js';

const project = useProjects();
const metric = [{ first_val: 100, val: 2 }, { first_val: 200, val: 3 }];
/** DVC's rows for a file without x: `step` is the index, y the last field. */
const stepped = (rows: object[], rev = 'workspace'): object[] => rows.map((row, step) => ({ ...row, step, rev }));

describe('tests/func/plots/test_show.py', () => {
  test('test_show_targets: a file named on the command line, no dvc.yaml', async () => {
    const repo = project([{ ...DVC_DIR, 'metric.json': json(metric) }]);
    const { run, doc } = await plotsJson(repo.dir, 'show', 'metric.json');
    expect(run.stderr).toBe('');
    expect(rowsOf(doc, 'metric.json')).toEqual(stepped(metric));
    expect(doc.data!['metric.json']![0]!.content!.encoding).toMatchObject({ x: { field: 'step' } });
    // an absolute path names the same plot
    expect((await plotsJson(repo.dir, 'show', join(repo.dir, 'metric.json'))).doc).toEqual(doc);
  });

  test('test_plot_wrong_metric_type: a .txt plot is a PlotMetricTypeError', async () => {
    const repo = project([{ ...DVC_DIR, 'metric.txt': 'some text', 'dvc.yaml': stagesYaml({ 'copy-metric': { plots: ['metric.txt'] } }) }]);
    const { run, doc } = await plotsJson(repo.dir, 'show', 'metric.txt');
    expect(run.code).toBe(0);
    expect(doc).toEqual({
      errors: [{ name: 'metric.txt', rev: 'workspace', source: 'metric.txt', type: 'PlotMetricTypeError', msg: "'metric.txt' - file type error\nOnly JSON, YAML, CSV and TSV formats are supported." }],
      data: { 'metric.txt': [] },
    });
    expect(run.stderr).toBe("DVC failed to load some plots for following revisions: 'workspace'.\n");
  });

  test('test_show_non_plot_and_plot_with_params: a plain file and a stage plot with a title', async () => {
    const repo = project([{ ...DVC_DIR, 'metric.json': json(metric), 'metric2.json': json(metric), 'dvc.yaml': stagesYaml({ train: { plots: [{ 'metric2.json': { title: 'TITLE' } }] } }) }]);
    const { doc } = await plotsJson(repo.dir, 'show', 'metric.json', 'metric2.json');
    expect(Object.keys(doc.data!)).toEqual(['metric2.json', 'metric.json']);
    expect(rowsOf(doc, 'metric.json')).toEqual(stepped(metric));
    expect(rowsOf(doc, 'metric2.json')).toEqual(stepped(metric));
    expect(doc.data!['metric2.json']![0]!.content!.title).toEqual({ text: 'TITLE', anchor: 'middle' });
    expect(doc.data!['metric.json']![0]!.content!.title).toEqual({ text: 'metric.json', anchor: 'middle' });
  });

  test('test_show_from_subdir: ids are relative to where the command runs', async () => {
    const repo = project([{ ...DVC_DIR, 'subdir/metric.json': json(metric) }]);
    const { doc } = await plotsJson(join(repo.dir, 'subdir'), 'show', 'metric.json');
    expect(rowsOf(doc, 'metric.json')).toEqual(stepped(metric));
  });

  test('test_plots_show_non_existing: a FileNotFoundError, and DVC\'s line on stderr', async () => {
    const repo = project([DVC_DIR]);
    const { run, doc } = await plotsJson(repo.dir, 'show', 'plot.json');
    expect(doc.errors).toEqual([{ name: 'plot.json', rev: 'workspace', source: 'plot.json', type: 'FileNotFoundError', msg: `[Errno 2] No such file or directory: '${join(repo.dir, 'plot.json')}'` }]);
    expect(doc.data).toEqual({ 'plot.json': [] });
    expect(run.stderr).toContain("DVC failed to load some plots for following revisions: 'workspace'");
  });

  test('test_dir_plots: a stage output folder is one plot per file, each with its props', async () => {
    const repo = project([{ ...DVC_DIR, 'subdir/p1.json': json(metric), 'subdir/p2.json': json(metric), 'dvc.yaml': stagesYaml({ copy_double: { plots: [{ subdir: { title: 'TITLE' } }] } }) }]);
    const { doc } = await plotsJson(repo.dir, 'show');
    expect(Object.keys(doc.data!)).toEqual(['subdir/p1.json', 'subdir/p2.json']);
    for (const id of ['subdir/p1.json', 'subdir/p2.json']) expect(doc.data![id]![0]!.content!.title).toEqual({ text: 'TITLE', anchor: 'middle' });
  });

  test('test_ignore_parsing_error: bytes that are not UTF-8 are an EncodingError', async () => {
    const repo = project([{ ...DVC_DIR, 'dvc.yaml': stagesYaml({ 'copy-metric': { plots: ['plot_file.json'] } }) }]);
    repo.write('plot_file.json', Buffer.from([0xc1]));
    const { doc } = await plotsJson(repo.dir, 'show');
    expect(doc.errors).toEqual([{ name: 'plot_file.json', rev: 'workspace', source: 'plot_file.json', type: 'EncodingError', msg: "unable to read: 'plot_file.json', is not valid utf8" }]);
  });

  test.each([
    ['dvc.yaml', [{ rev: 'workspace', type: 'YAMLSyntaxError', msg: "unable to read: 'dvc.yaml', YAML file structure is corrupted" }]],
    ['plot.yaml', [{ name: 'plot.yaml', rev: 'workspace', source: 'plot.yaml', type: 'YAMLFileCorruptedError', msg: "unable to read: 'plot.yaml', YAML file structure is corrupted" }]],
  ])('test_log_errors: %s corrupted', async (file, errors) => {
    const repo = project([{ ...DVC_DIR, 'plot.yaml': stringify([{ val: 2 }, { val: 3 }]), 'dvc.yaml': stagesYaml({ train: { plots: ['plot.yaml'] } }) }]);
    repo.write(file, `${readFileSync(join(repo.dir, file), 'utf8')}\nMALFORMED!`);
    const { run, doc } = await plotsJson(repo.dir, 'show');
    expect(run.code).toBe(0);
    expect(doc.errors).toEqual(errors);
    expect(run.stderr).toContain("DVC failed to load some plots for following revisions: 'workspace'.");
  });

  test.each(['jpg', 'svg'])('test_plots_binary: %s images at v1 and in the workspace', async (ext) => {
    const repo = project([{ ...DVC_DIR, [`plot.${ext}`]: 'content', 'dvc.yaml': stagesYaml({ s2: { plots: [`plot.${ext}`] } }) }], { [`plot.${ext}`]: 'content2' });
    repo.git('tag', 'v1');
    const { doc } = await plotsJson(repo.dir, 'diff', 'v1', 'workspace');
    expect(doc.data![`plot.${ext}`]).toEqual([
      { type: 'image', revisions: ['workspace'], url: join(repo.dir, 'dvc_plots', `workspace_plot.${ext}`) },
      { type: 'image', revisions: ['v1'], url: join(repo.dir, 'dvc_plots', `v1_plot.${ext}`) },
    ]);
    expect(readFileSync(join(repo.dir, 'dvc_plots', `v1_plot.${ext}`), 'utf8')).toBe('content');
    expect(readFileSync(join(repo.dir, 'dvc_plots', `workspace_plot.${ext}`), 'utf8')).toBe('content2');
  });

  test('test_collect_non_existing_dir: a missing output folder fails alone (no extension: not a plot type), the others load', async () => {
    const repo = project([{ ...DVC_DIR, 'plot.json': json(metric), 'dvc.yaml': stagesYaml({ copy_double: { plots: ['subdir'] }, 'copy-metric': { plots: ['plot.json'] } }) }]);
    const { doc } = await plotsJson(repo.dir, 'show');
    expect(doc.errors).toEqual([expect.objectContaining({ name: 'subdir', source: 'subdir', type: 'PlotMetricTypeError' })]);
    expect(rowsOf(doc, 'plot.json')).toEqual(stepped(metric));
  });

  const data = {
    'data1.json': [{ a: 1, b: 0.1, c: 0.01 }, { a: 2, b: 0.2, c: 0.02 }],
    'sub/dir/data.json': [{ a: 6, b: 0.6, c: 0.06 }, { a: 7, b: 0.7, c: 0.07 }],
    'sub/dir/data2.json': [{ a: 8, b: 0.8, c: 0.08 }, { a: 9, b: 0.9, c: 0.09 }],
  };
  test.each([
    ['a named plot with x and y files', { comparison: { x: { 'data1.json': 'a' }, y: { 'sub/dir/data2.json': 'b' } } }, 'comparison', [{ a: 1, b: 0.8, c: 0.08, rev: 'workspace' }, { a: 2, b: 0.9, c: 0.09, rev: 'workspace' }]],
    ['a file as key', { 'data1.json': { x: 'c', y: 'a', title: 'File as key test' } }, 'data1.json', withRev(data['data1.json'], 'workspace')],
    // files and fields both differ: one `filename::field` key, the y values under dvc_inferred_y_value
    ['x a field, y from two files', { infer_data_from_y: { x: 'a', y: { 'data1.json': 'b', 'sub/dir/data2.json': 'c' } } }, 'infer_data_from_y', [
      ...data['data1.json'].map((row) => ({ ...row, dvc_inferred_y_value: row.b, rev: 'workspace', 'filename::field': 'data1.json::b' })),
      ...data['sub/dir/data2.json'].map((row) => ({ ...row, dvc_inferred_y_value: row.c, rev: 'workspace', 'filename::field': 'sub/dir/data2.json::c' })),
    ]],
  ])('test_top_level_plots: %s', async (_name, config, id, rows) => {
    const repo = project([{ ...DVC_DIR, ...Object.fromEntries(Object.entries(data).map(([path, rows]) => [path, json(rows)])), 'dvc.yaml': stringify({ plots: [config] }) }]);
    const { run, doc } = await plotsJson(repo.dir, 'show');
    expect(run.stderr).toBe('');
    expect(Object.keys(doc.data!)).toEqual([id]);
    expect(rowsOf(doc, id)).toEqual(rows);
  });

  test('test_show_plots_defined_with_native_os_path: a top-level CSV and a stage CSV in a folder', async () => {
    const repo = project([{ ...DVC_DIR, 'subdir/top_level_plot.csv': 'foo,bar\n1,2', 'subdir/stage_plot.csv': 'foo,bar\n1,2', 'dvc.yaml': stagesYaml({ foo: { plots: ['subdir/stage_plot.csv'] } }, { plots: ['subdir/top_level_plot.csv'] }) }]);
    const { doc } = await plotsJson(repo.dir, 'show');
    expect(doc.errors).toBeUndefined();
    expect(rowsOf(doc, 'subdir/top_level_plot.csv')).toEqual([{ foo: '1', bar: '2', step: 0, rev: 'workspace' }]);
    expect(rowsOf(doc, 'subdir/stage_plot.csv')).toEqual([{ foo: '1', bar: '2', step: 0, rev: 'workspace' }]);
  });
});

describe('tests/integration/plots/test_plots.py', () => {
  const linearV1 = [{ x: 1, y: 0.1 }, { x: 2, y: 0.2 }, { x: 3, y: 0.3 }];
  const linearV2 = [{ x: 1, y: 0.2 }, { x: 2, y: 0.3 }, { x: 3, y: 0.4 }];
  const confusionV1 = [{ actual: 0, predicted: 1 }, { actual: 0, predicted: 1 }, { actual: 1, predicted: 0 }, { actual: 1, predicted: 0 }];
  const confusionV2 = [{ actual: 0, predicted: 0 }, { actual: 0, predicted: 0 }, { actual: 1, predicted: 1 }, { actual: 1, predicted: 1 }];
  const confusionProps = { title: 'confusion matrix', x: 'predicted', y: 'actual', template: 'confusion' };
  const pipeline = stagesYaml({
    linear: { plots: [{ 'linear.json': { title: 'linear', x: 'x' } }] },
    confusion: { plots: [{ 'confusion.json': confusionProps }] },
    image: { plots: ['image.png'] },
  });
  /** repo_with_plots: v1 committed, v2 in the workspace. */
  const repoWithPlots = () =>
    project([{ ...DVC_DIR, 'linear.json': json(linearV1), 'confusion.json': json(confusionV1), 'image.png': 'content', 'dvc.yaml': pipeline }], {
      'linear.json': json(linearV2),
      'confusion.json': json(confusionV2),
      'image.png': 'content2',
    });

  test('test_no_plots: {} with and without --split', async () => {
    const repo = project([DVC_DIR]);
    for (const split of [[], ['--split']]) expect((await plotsJson(repo.dir, 'show', ...split)).run.stdout).toBe('{}\n');
  });

  test('test_repo_with_plots: show, then diff from the root and from a subfolder', async () => {
    const repo = project([{ ...DVC_DIR, 'linear.json': json(linearV1), 'confusion.json': json(confusionV1), 'image.png': 'content', 'dvc.yaml': pipeline }]);
    const show = await plotsJson(repo.dir, 'show', '-o', 'vis_data');
    expect(show.doc.errors).toBeUndefined();
    expect(rowsOf(show.doc, 'linear.json')).toEqual(withRev(linearV1, 'workspace'));
    expect(rowsOf(show.doc, 'confusion.json')).toEqual(withRev(confusionV1, 'workspace'));
    expect(show.doc.data!['image.png']).toEqual([{ type: 'image', revisions: ['workspace'], url: join(repo.dir, 'vis_data', 'workspace_image.png') }]);
    const confusion = show.doc.data!['confusion.json']![0]!.content!;
    expect(confusion.title).toEqual({ text: 'confusion matrix', anchor: 'middle' });
    expect((confusion.spec as { encoding: unknown }).encoding).toMatchObject({ x: { field: 'predicted', title: 'predicted' }, y: { field: 'actual', title: 'actual' } });
    const split = await plotsJson(repo.dir, 'show', '-o', 'vis_data', '--split');
    for (const id of ['linear.json', 'confusion.json']) {
      const entry = split.doc.data![id]![0]!;
      expect(entry.anchor_definitions!['<DVC_METRIC_DATA>']).toEqual(rowsOf(show.doc, id));
      expect(JSON.stringify(entry.content)).toEqual(expect.stringContaining('<DVC_METRIC_X_LABEL>'));
    }

    repo.write('linear.json', json(linearV2)).write('confusion.json', json(confusionV2)).write('image.png', 'content2');
    const diff = await plotsJson(repo.dir, 'diff', '-o', 'vis_data');
    expect(diff.doc.errors).toBeUndefined();
    expect(diff.doc.data!['linear.json']![0]!.revisions).toEqual(['workspace', 'HEAD']);
    expect(rowsOf(diff.doc, 'linear.json')).toEqual([...withRev(linearV2, 'workspace'), ...withRev(linearV1, 'HEAD')]);
    expect(rowsOf(diff.doc, 'confusion.json')).toEqual([...withRev(confusionV2, 'workspace'), ...withRev(confusionV1, 'HEAD')]);
    expect(readFileSync(join(repo.dir, 'vis_data', 'HEAD_image.png'), 'utf8')).toBe('content');
    expect(readFileSync(join(repo.dir, 'vis_data', 'workspace_image.png'), 'utf8')).toBe('content2');

    repo.write('subdir/.keep', '');
    const sub = await plotsJson(join(repo.dir, 'subdir'), 'diff', '-o', 'vis_data');
    expect(Object.keys(sub.doc.data!)).toEqual(['../linear.json', '../confusion.json', '../image.png']);
    expect(rowsOf(sub.doc, '../linear.json')).toEqual([...withRev(linearV2, 'workspace'), ...withRev(linearV1, 'HEAD')]);
    expect(sub.doc.data!['../image.png']).toEqual([
      { type: 'image', revisions: ['workspace'], url: join(repo.dir, 'subdir', 'vis_data', 'workspace_.._image.png') },
      { type: 'image', revisions: ['HEAD'], url: join(repo.dir, 'subdir', 'vis_data', 'HEAD_.._image.png') },
    ]);
  });

  test('test_repo_with_removed_plots: every file gone is an error, every plot []', async () => {
    const repo = repoWithPlots();
    for (const file of ['linear.json', 'confusion.json', 'image.png']) repo.remove(file);
    for (const verb of ['show', 'diff'] as const) {
      for (const split of [[], ['--split']]) {
        const { doc } = await plotsJson(repo.dir, verb, ...split);
        const errors = ['linear.json', 'confusion.json', 'image.png'].map((p) => ({ name: p, source: p, rev: 'workspace', type: 'FileNotFoundError', msg: `[Errno 2] No such file or directory: '${join(repo.dir, p)}'` }));
        // diff: the workspace changed tracked files, so HEAD is read too (and has them)
        if (verb === 'show') expect(doc).toEqual({ errors, data: { 'linear.json': [], 'confusion.json': [], 'image.png': [] } });
        else expect(doc.errors).toEqual(errors);
      }
    }
  });

  test('test_repo_with_config_plots: folder ids, defaults, several y files', async () => {
    const files = {
      'subdirA/linear_subdir.json': [{ x: 1, y: 0.2 }, { x: 2, y: 0.3 }, { x: 3, y: 0.4 }],
      'subdirB/linear_subdir.json': [{ step: 1, y: 0.2 }, { step: 2, y: 0.3 }, { step: 3, y: 0.4 }],
      'linear_train.json': [{ x: 1, y: 0.1 }, { x: 2, y: 0.2 }, { x: 3, y: 0.3 }],
      'linear_test.json': [{ x: 1, y: 0.3 }, { x: 2, y: 0.4 }, { x: 3, y: 0.5 }],
      'confusion_train.json': confusionV1,
      'confusion_test.json': confusionV2,
    };
    const plots = [
      { subdirA: { x: 'x', y: 'y', title: 'subdir plots with x and y defined' } },
      { subdirB: { title: 'subdir plots with default x and y' } },
      { linear_train_vs_test: { x: 'x', y: { 'linear_train.json': 'y', 'linear_test.json': 'y' }, title: 'linear plot' } },
      { confusion_train_vs_test: { x: 'actual', y: { 'confusion_train.json': 'predicted', 'confusion_test.json': 'predicted' }, template: 'confusion' } },
    ];
    const repo = project([{ ...DVC_DIR, ...Object.fromEntries(Object.entries(files).map(([path, rows]) => [path, json(rows)])), 'dvc.yaml': stringify({ plots }) }]);
    const { doc } = await plotsJson(repo.dir, 'show', '--split');
    expect(Object.keys(doc.data!)).toEqual(['subdirA/linear_subdir.json', 'subdirB/linear_subdir.json', 'linear_train_vs_test', 'confusion_train_vs_test']);
    expect(rowsOf(doc, 'linear_train_vs_test')).toEqual([
      ...withRev(files['linear_train.json'], 'workspace', { filename: 'linear_train.json' }),
      ...withRev(files['linear_test.json'], 'workspace', { filename: 'linear_test.json' }),
    ]);
    const layer = (id: string) => (doc.data![id]![0]!.content!.layer as { encoding: { x: { field: string }; y: { field: string } } }[])[1]!.encoding;
    expect([layer('subdirA/linear_subdir.json').x.field, layer('subdirA/linear_subdir.json').y.field]).toEqual(['x', 'y']);
    expect([layer('subdirB/linear_subdir.json').x.field, layer('subdirB/linear_subdir.json').y.field]).toEqual(['step', 'y']);
  });

  test('test_repo_with_dvclive_plots: a .tsv holding JSON is a plot with no rows, in dvclive/dvc.yaml or at the root', async () => {
    const metrics = json([{ step: 1, metric: 0.1 }, { step: 2, metric: 0.2 }, { step: 3, metric: 0.3 }]);
    const v1 = project([{ ...DVC_DIR, 'dvclive/plots/metrics/metric.tsv': metrics, 'dvclive/dvc.yaml': stringify({ plots: [{ 'plots/metrics': { x: 'step' } }] }) }]);
    const v2 = project([{ ...DVC_DIR, 'dvclive/plots/metrics/metric.tsv': metrics, 'dvc.yaml': stringify({ plots: [{ 'dvclive/plots/metrics': { x: 'step' } }] }) }]);
    for (const repo of [v1, v2]) {
      for (const verb of ['show', 'diff'] as const) {
        for (const split of [[], ['--split']]) expect((await plotsJson(repo.dir, verb, ...split)).doc).toEqual({ data: { 'dvclive/plots/metrics/metric.tsv': [] } });
      }
    }
  });

  test('test_nested_x_defn_collection (and test_plots_show_nested_x_dict): x from another file, several y fields, inferred x', async () => {
    const dir = 'pipelines/data-increment';
    const repo = project([{
      ...DVC_DIR,
      [`${dir}/dvc.yaml`]: stringify({
        plots: [
          { 'Error vs max_leaf_nodes': { template: 'simple', x: { 'dvclive/plots/metrics/Max_Leaf_Nodes.tsv': 'Max_Leaf_Nodes' }, y: { 'dvclive/plots/metrics/Error.tsv': 'Error' } } },
          { 'other/logger/multiple_metrics.json': { x: 'x', y: ['y1', 'y2'] } },
          { 'dvclive/plots/metrics/Error.tsv': { y: ['Error'] } },
          { 'max leaf nodes': { y: { 'dvclive/plots/metrics/Max_Leaf_Nodes.tsv': 'Max_Leaf_Nodes' } } },
        ],
      }),
      [`${dir}/dvclive/plots/metrics/Error.tsv`]: 'step\tError\n0\t0.11\n1\t0.22\n2\t0.44\n',
      [`${dir}/dvclive/plots/metrics/Max_Leaf_Nodes.tsv`]: 'step\tMax_Leaf_Nodes\n0\t5\n1\t50\n2\t500\n',
      [`${dir}/other/logger/multiple_metrics.json`]: json([{ x: 0, y1: 0.1, y2: 10 }, { x: 1, y1: 0.2, y2: 22 }]),
    }]);
    const { doc } = await plotsJson(repo.dir, 'diff', '--split');
    expect(Object.keys(doc)).toEqual(['data']);
    expect(Object.keys(doc.data!)).toHaveLength(4);
    expect(rowsOf(doc, 'Error vs max_leaf_nodes')).toEqual([
      { Error: '0.11', Max_Leaf_Nodes: '5', step: '0', rev: 'workspace' },
      { Error: '0.22', Max_Leaf_Nodes: '50', step: '1', rev: 'workspace' },
      { Error: '0.44', Max_Leaf_Nodes: '500', step: '2', rev: 'workspace' },
    ]);
    expect(rowsOf(doc, `${dir}/other/logger/multiple_metrics.json`)).toEqual([
      { x: 0, y1: 0.1, y2: 10, dvc_inferred_y_value: 0.1, field: 'y1', rev: 'workspace' },
      { x: 1, y1: 0.2, y2: 22, dvc_inferred_y_value: 0.2, field: 'y1', rev: 'workspace' },
      { x: 0, y1: 0.1, y2: 10, dvc_inferred_y_value: 10, field: 'y2', rev: 'workspace' },
      { x: 1, y1: 0.2, y2: 22, dvc_inferred_y_value: 22, field: 'y2', rev: 'workspace' },
    ]);
    expect(rowsOf(doc, `${dir}/dvclive/plots/metrics/Error.tsv`)).toEqual([
      { step: 0, Error: '0.11', rev: 'workspace' },
      { step: 1, Error: '0.22', rev: 'workspace' },
      { step: 2, Error: '0.44', rev: 'workspace' },
    ]);
    expect(rowsOf(doc, 'max leaf nodes')).toEqual([
      { step: 0, Max_Leaf_Nodes: '5', rev: 'workspace' },
      { step: 1, Max_Leaf_Nodes: '50', rev: 'workspace' },
      { step: 2, Max_Leaf_Nodes: '500', rev: 'workspace' },
    ]);
  });

  test('test_plots_empty_directory: an empty folder id is no plot at all', async () => {
    const repo = project([{ ...DVC_DIR, 'dvc.yaml': stringify({ plots: [{ empty: {} }] }) }]);
    repo.write('empty/.keep', '').remove('empty/.keep');
    expect((await plotsJson(repo.dir, 'show', '--split')).run.stdout).toBe('{}\n');
  });
});
