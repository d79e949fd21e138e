/**
 * The `mlops plots` flags, in-process on real repositories: DVC's props flags (tests/unit/command/test_plots.py
 * test_plots_diff / test_plots_show_vega pass them as props that override every plot), targets
 * as DVC matches them, `--out`, the stderr lines, the markdown printed without `--json`, and the
 * HTML flags mlops refuses.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { mlops } from '../helpers/cli.js';
import { useProjects } from '../helpers/dvc-project.js';
import { plotsMarkdown } from '../../src/plots/markdown-table.js';
import { DVC_DIR, json, plotsJson, rowsOf, stagesYaml } from '../fixtures/plots/projects.js';

const project = useProjects();
const linear = [{ x: 1, y: 0.1, z: 5 }, { x: 2, y: 0.2, z: 6 }];

const repoWithPlots = () =>
  project([{
    ...DVC_DIR,
    'linear.json': json(linear),
    'linear_train.json': json(linear),
    'data.csv': '1,2\n3,4\n',
    'image.png': 'png',
    'dvc.yaml': stagesYaml({ linear: { plots: [{ 'linear.json': { title: 'linear', x: 'x' } }] }, image: { plots: ['image.png'] } }, { plots: [{ linear_train_vs: { x: 'x', y: { 'linear_train.json': 'y' } } }] }),
  }]);

describe('props flags override every selected plot', () => {
  test('-t -x -y --title --x-label --y-label', async () => {
    const repo = repoWithPlots();
    const { doc } = await plotsJson(repo.dir, 'show', 'linear.json', '-t', 'scatter', '-x', 'z', '-y', 'y', '--title', 'my_title', '--x-label', 'x_title', '--y-label', 'y_title');
    const content = doc.data!['linear.json']![0]!.content!;
    expect(content.title).toEqual({ text: 'my_title', anchor: 'middle' });
    expect(content.mark).toEqual({ type: 'point', tooltip: { content: 'data' } });
    expect(content.encoding).toMatchObject({ x: { field: 'z', title: 'x_title' }, y: { field: 'y', title: 'y_title' } });
  });

  test('--no-header: CSV columns are numbered, every cell a string', async () => {
    const repo = repoWithPlots();
    const { doc } = await plotsJson(repo.dir, 'show', 'data.csv', '--no-header');
    expect(rowsOf(doc, 'data.csv')).toEqual([{ 0: '1', 1: '2', step: 0, rev: 'workspace' }, { 0: '3', 1: '4', step: 1, rev: 'workspace' }]);
  });

  test('a field that is not in the data: the plot has no rows, a FieldNotFoundError, DVC\'s warning', async () => {
    const repo = repoWithPlots();
    const { run, doc } = await plotsJson(repo.dir, 'show', 'linear.json', '-x', 'nope');
    expect(doc).toEqual({
      errors: [{ name: 'linear.json', rev: 'workspace', type: 'FieldNotFoundError', msg: "Could not find provided field ('nope') in data fields ('x, y, z')." }],
      data: { 'linear.json': [] },
    });
    expect(run.stderr).toBe("WARNING: In 'workspace', could not find provided field ('nope') in data fields ('x, y, z').\n");
  });
});

describe('targets', () => {
  test('regular expressions matched at the start of the id, as DVC\'s re.match', async () => {
    const repo = repoWithPlots();
    expect(Object.keys((await plotsJson(repo.dir, 'show', 'linear')).doc.data!)).toEqual(['linear_train_vs', 'linear.json']);
    expect(Object.keys((await plotsJson(repo.dir, 'show', 'dvc.yaml::linear_t')).doc.data!)).toEqual(['linear_train_vs']);
    expect(Object.keys((await plotsJson(repo.dir, 'diff', '--targets', 'image')).doc.data!)).toEqual(['image.png']);
  });

  test('an existing file not in dvc.yaml is added; a missing one is not when dvc.yaml has plots', async () => {
    const repo = repoWithPlots();
    expect(Object.keys((await plotsJson(repo.dir, 'show', 'data.csv', 'missing.json')).doc.data!)).toEqual(['data.csv']);
  });
});

test('-o: where images go, as <rev>_<path>', async () => {
  const repo = repoWithPlots();
  const { doc } = await plotsJson(repo.dir, 'show', '-o', 'some/out');
  expect(doc.data!['image.png']).toEqual([{ type: 'image', revisions: ['workspace'], url: join(repo.dir, 'some', 'out', 'workspace_image.png') }]);
  expect(existsSync(join(repo.dir, 'some', 'out', 'workspace_image.png'))).toBe(true);
});

test('JSON is indented on a terminal, as DVC indents it', async () => {
  const repo = project([DVC_DIR]);
  repo.write('m.json', json([{ a: 1 }]));
  const run = await mlops(repo.dir, ['plots', 'show', 'm.json', '--json'], { PATH: process.env.PATH }, true);
  expect(run.stdout.startsWith('{\n  "data": {\n    "m.json": [\n')).toBe(true);
});

describe.each(['--show-vega', '--open', ['--html-template', 'page.html']])('%s', (flag) => {
  test('is a usage error: mlops writes no HTML', async () => {
    const repo = repoWithPlots();
    const run = await mlops(repo.dir, ['plots', 'show', ...[flag].flat()]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('mlops writes no HTML or Vega page: use --json');
  });
});

test('-t with a name that is no DVC template is a usage error', async () => {
  const run = await mlops(repoWithPlots().dir, ['plots', 'show', '-t', 'fancy.json']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("--template: 'fancy.json' is not one of DVC's templates.");
});

describe('markdown without --json', () => {
  test("the report's Plots section: a mermaid chart per line plot, images by their file, errors by file, revision and type", async () => {
    const repo = repoWithPlots();
    repo.write('bad.json', '{');
    const run = await mlops(repo.dir, ['plots', 'show', 'linear.json', 'image.png', 'bad.json']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('### Plots\n')).toBe(true);
    expect(run.stdout).toMatch(/```mermaid\n[^`]*xychart-beta[^`]*line "workspace" \[5, 6\][^`]*```/);
    expect(run.stdout).toContain(join(repo.dir, 'dvc_plots', 'workspace_image.png'));
    expect(run.stdout).toContain('- _⚠️ `bad.json` at `workspace` could not be plotted: JSONFileCorruptedError_');
    expect(run.stderr).toBe("DVC failed to load some plots for following revisions: 'workspace'.\n");
  });

  test('no plots: nothing on stdout, DVC\'s line on stderr', async () => {
    const repo = project([{ ...DVC_DIR, 'dvc.yaml': stringify({ stages: {} }) }]);
    expect(await mlops(repo.dir, ['plots', 'show'])).toEqual({ code: 0, stdout: '', stderr: 'No plots were loaded, visualization file will not be created.\n' });
    expect(plotsMarkdown({ plots: [], errors: [] })).toBe('');
  });
});
