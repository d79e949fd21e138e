/**
 * `mlops plots diff` on real git repositories: DVC's revision rules (tests/unit/repo/plots/test_diff.py),
 * tests/func/plots/test_diff.py, and what DVC does with revisions that are unknown, repeated,
 * broken or empty.
 */
import { join } from 'node:path';
import { stringify } from 'yaml';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { useProjects } from '../helpers/dvc-project.js';
import { collectPlots } from '../../src/plots/collect.js';
import { plotsDiffRevisions } from '../../src/plots/verbs.js';
import { DVC_DIR, json, plotsJson, rowsOf, stagesYaml, withRev } from '../fixtures/plots/projects.js';

const project = useProjects();
const pipeline = stagesYaml({ train: { plots: ['metric.json'] } });
const stepped = (rows: object[], rev: string): object[] => rows.map((row, step) => ({ ...row, step, rev }));

describe('dvc/repo/plots/diff.py _revisions (tests/unit/repo/plots/test_diff.py, on a real repository)', () => {
  test.each([
    [[], false, ['workspace']],
    [[], true, ['HEAD', 'workspace']],
    [['v1'], false, ['v1', 'workspace']],
    [['v1', 'v2'], true, ['v1', 'v2']],
    [['v1', 'v2', 'workspace'], false, ['v1', 'v2', 'workspace']],
    [['v1', 'v2', 'workspace'], true, ['v1', 'v2', 'workspace']],
  ])('%j, dirty %s → %j', async (given, dirty, expected) => {
    const repo = project([{ ...DVC_DIR, 'metric.json': json([{ y: 1 }]), 'dvc.yaml': pipeline }], dirty ? { 'metric.json': json([{ y: 2 }]) } : {});
    expect(await plotsDiffRevisions(repo.dir, given)).toEqual(expected);
  });

  test('an untracked file does not make the workspace dirty', async () => {
    const repo = project([{ ...DVC_DIR, 'dvc.yaml': pipeline }], { 'metric.json': json([{ y: 2 }]) });
    expect(await plotsDiffRevisions(repo.dir, [])).toEqual(['workspace']);
  });

  test('no commits: none (DVC returns {})', async () => {
    const repo = GitRepo.create();
    try {
      expect(await plotsDiffRevisions(repo.dir, ['HEAD'])).toBeUndefined();
    } finally {
      repo.cleanup();
    }
  });
});

describe('tests/func/plots/test_diff.py', () => {
  test('test_diff_dirty: HEAD joins the workspace once a tracked file changed', async () => {
    const head = [{ y: 3 }, { y: 5 }];
    const repo = project([{ ...DVC_DIR, 'metric.json': json([{ y: 2 }, { y: 3 }]), 'dvc.yaml': pipeline }, { 'metric.json': json(head) }]);
    let { doc } = await plotsJson(repo.dir, 'diff');
    expect(doc.data!['metric.json']![0]!.revisions).toEqual(['workspace']);
    expect(rowsOf(doc, 'metric.json')).toEqual(stepped(head, 'workspace'));

    const workspace = [{ y: 5 }, { y: 6 }];
    repo.write('metric.json', json(workspace));
    ({ doc } = await plotsJson(repo.dir, 'diff'));
    expect(doc.data!['metric.json']![0]!.revisions).toEqual(['workspace', 'HEAD']);
    expect(rowsOf(doc, 'metric.json')).toEqual([...stepped(workspace, 'workspace'), ...stepped(head, 'HEAD')]);
  });

  test('test_no_commits: {} (and no markdown, with DVC\'s line on stderr)', async () => {
    const repo = GitRepo.create();
    try {
      repo.write('dvc.yaml', pipeline).write('metric.json', json([{ y: 1 }]));
      expect(await mlops(repo.dir, ['plots', 'diff', '--json'])).toEqual({ code: 0, stdout: '{}\n', stderr: '' });
      expect(await mlops(repo.dir, ['plots', 'diff'])).toEqual({ code: 0, stdout: '', stderr: 'No plots were loaded, visualization file will not be created.\n' });
    } finally {
      repo.cleanup();
    }
  });
});

describe('revisions', () => {
  const v1 = [{ x: 1, y: 0.1 }];
  const v2 = [{ x: 1, y: 0.2 }];
  const v3 = [{ x: 1, y: 0.3 }];
  const history = () => {
    const repo = project([{ ...DVC_DIR, 'm.json': json(v1), 'dvc.yaml': stringify({ plots: [{ 'm.json': { x: 'x' } }] }) }, { 'm.json': json(v2) }], { 'm.json': json(v3) });
    repo.git('tag', 'v1', 'HEAD~1');
    return repo;
  };

  test('as typed, in the order given, the workspace read first', async () => {
    const repo = history();
    const { doc } = await plotsJson(repo.dir, 'diff', 'HEAD~1', 'HEAD', 'workspace');
    expect(doc.data!['m.json']![0]!.revisions).toEqual(['workspace', 'HEAD~1', 'HEAD']);
    expect(rowsOf(doc, 'm.json')).toEqual([...withRev(v3, 'workspace'), ...withRev(v1, 'HEAD~1'), ...withRev(v2, 'HEAD')]);
  });

  test('one revision: it and the workspace; a revision named twice is read once', async () => {
    const repo = history();
    expect((await plotsJson(repo.dir, 'diff', 'v1')).doc.data!['m.json']![0]!.revisions).toEqual(['workspace', 'v1']);
    expect((await plotsJson(repo.dir, 'diff', 'v1', 'v1', 'HEAD')).doc.data!['m.json']![0]!.revisions).toEqual(['v1', 'HEAD']);
  });

  test('an unknown revision: exit 1 and nothing on stdout', async () => {
    const repo = history();
    const run = await mlops(repo.dir, ['plots', 'diff', 'nope', '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("unknown revision 'nope'");
  });

  test('a revision whose dvc.yaml is broken is an error of that revision; the others still show', async () => {
    const repo = history();
    repo.write('dvc.yaml', 'plots: [').commit('broken');
    repo.write('dvc.yaml', stringify({ plots: [{ 'm.json': { x: 'x' } }] }));
    const { run, doc } = await plotsJson(repo.dir, 'diff', 'HEAD', 'workspace');
    expect(run.code).toBe(0);
    expect(doc.errors).toEqual([{ rev: 'HEAD', type: 'YAMLSyntaxError', msg: "unable to read: 'dvc.yaml', YAML file structure is corrupted" }]);
    expect(doc.data!['m.json']![0]!.revisions).toEqual(['workspace']);
    expect(run.stderr).toBe("DVC failed to load some plots for following revisions: 'HEAD'.\n");
  });

  test('a plot only one revision defines comes after the ones the first defines', async () => {
    const repo = history();
    repo.write('n.json', json(v1)).write('dvc.yaml', stringify({ plots: ['n.json', { 'm.json': { x: 'x' } }] })).commit('n');
    repo.write('dvc.yaml', stringify({ plots: [{ 'm.json': { x: 'x' } }] }));
    const { doc } = await plotsJson(repo.dir, 'diff', 'HEAD', 'workspace');
    expect(Object.keys(doc.data!)).toEqual(['m.json', 'n.json']);
    expect(doc.data!['n.json']![0]!.revisions).toEqual(['HEAD']);
  });

  test('an invalid plot definition fails its revision as DVC\'s schema does', async () => {
    const repo = history();
    repo.write('dvc.yaml', stringify({ plots: [{ 'm.json': { x: 5 } }] })).commit('bad');
    const sha = repo.git('rev-parse', 'HEAD').trim().slice(0, 7);
    repo.write('dvc.yaml', stringify({ plots: [{ 'm.json': { x: 'x', header: false } }] }));
    const { doc } = await plotsJson(repo.dir, 'diff', 'HEAD', 'workspace');
    expect(doc.errors).toEqual([
      { rev: 'workspace', type: 'YAMLValidationError', msg: "'./dvc.yaml' validation failed" },
      { rev: 'HEAD', type: 'YAMLValidationError', msg: `'./dvc.yaml' validation failed in revision '${sha}'` },
    ]);
  });
});

describe('collectPlots (what the report calls)', () => {
  test('[base, workspace]: the workspace first, rows with JSON numbers, images with their repository path', async () => {
    const repo = project([{ ...DVC_DIR, 'ml/m.json': json([{ x: 1, y: 0.5 }]), 'ml/cm.png': 'png1', 'ml/dvc.yaml': stringify({ plots: [{ 'm.json': { x: 'x' } }, 'cm.png'] }) }], { 'ml/m.json': json([{ x: 1, y: 0.25 }]) });
    const base = repo.git('rev-parse', 'HEAD').trim();
    const result = await collectPlots({ cwd: repo.dir, revisions: [base, 'workspace'], outDir: 'out' });
    expect(result.revisions).toEqual(['workspace', base]);
    expect(result.errors).toEqual([]);
    const [vega, ...images] = result.plots;
    expect(vega).toMatchObject({ kind: 'vega', id: 'ml/m.json', revisions: ['workspace', base], template: 'linear', title: 'ml/m.json', x: 'x', y: 'y', xLabel: 'x', yLabel: 'y' });
    expect(vega?.kind === 'vega' && vega.rows).toEqual([{ x: 1, y: 0.25, rev: 'workspace' }, { x: 1, y: 0.5, rev: base }]);
    expect(vega?.kind === 'vega' && (vega.content.encoding as { x: unknown }).x).toEqual({ field: 'x', type: 'quantitative', title: 'x' });
    expect(images).toEqual([
      { kind: 'image', id: 'ml/cm.png', revision: 'workspace', repoPath: 'ml/cm.png', file: join(repo.dir, 'out', 'workspace_ml_cm.png') },
      { kind: 'image', id: 'ml/cm.png', revision: base, repoPath: 'ml/cm.png', file: join(repo.dir, 'out', `${base}_ml_cm.png`) },
    ]);
  });
});
