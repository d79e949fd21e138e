/**
 * The bundled example, end to end and for real: scikit-learn trains at a base commit and at a
 * head commit that changes params, and the bundled CLI diffs, gates and reports it the way the
 * pull-request job does. Also the README's first command (scripts/demo.sh), as a user runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from '../helpers/git-repo.js';
import { CLI_BUNDLE, EXAMPLE, pythonPath, ROOT } from '../helpers/paths.js';

const PATH = pythonPath();
let repo: GitRepo;
let run: ReturnType<typeof spawnSync>;

beforeAll(() => {
  repo = GitRepo.create('mlops-example-');
  cpSync(EXAMPLE, repo.dir, { recursive: true });
  repo.commit('base: 60 trees, depth 12');
  execFileSync('python3', ['train.py'], { cwd: repo.dir, env: { ...process.env, PATH }, stdio: 'ignore' });
  // metrics and plots are `cache: false` outputs in dvc.yaml: committed, as DVC users do
  repo.git('add', '-f', 'metrics.json', 'feature_importance.csv', 'training_curve.csv', 'predictions.csv');
  repo.commit('metrics and plots of the base');
  const params = readFileSync(join(repo.dir, 'params.yaml'), 'utf8');
  repo.write('params.yaml', params.replace('n_estimators: 60', 'n_estimators: 20').replace('max_depth: 12', 'max_depth: 6'));
  repo.commit('a smaller forest');
  // mlops.yaml in the example sets the training command and the gates r2 >= 0.75, rmse max-rise 5%.
  run = spawnSync(process.execPath, [CLI_BUNDLE, 'run', '--base', 'HEAD~1'], { cwd: repo.dir, env: { ...process.env, PATH }, encoding: 'utf8' });
});

afterAll(() => repo.cleanup());

describe('a params change that makes the model worse', () => {
  it('trains the head for real and shows the DVC metrics diff with all three metrics', () => {
    const stdout = String(run.stdout);
    expect(stdout).toContain('[train] fit: 20 trees');
    expect(stdout).toMatch(/^Path {10}Metric {4}HEAD~1 {6}workspace {4}Change$/m);
    expect(stdout).toMatch(/^metrics\.json {2}r2 {8}0\.8\d* +0\.7\d* +-0\.0\d+$/m);
    expect(stdout).toMatch(/^metrics\.json {2}rmse +4\d+\.\d+ +5\d+\.\d+ +\d+\.\d+$/m);
    expect(stdout).toMatch(/^params\.yaml {2}train\.max_depth {5}12 +6$/m);
  });

  it('fails the rmse gate, passes the r2 gate, and exits 1', () => {
    expect(String(run.stdout)).toContain('r2 >= 0.75: passed, r2 is 0.7');
    expect(String(run.stderr)).toMatch(/rmse max-rise 5%: failed, rmse rose by \d+\.\d\d% \(4\d+ → 5\d+\)/);
    expect(run.status).toBe(1);
  });

  it('still writes the report, whose verdict line names the failure and the headline metric', () => {
    const reportPath = join(repo.dir, 'report.md');
    expect(String(run.stdout)).toContain(`Report: ${reportPath}`);
    const report = readFileSync(reportPath, 'utf8');
    expect(report.split('\n')[0]).toBe('<!-- mlops-action report:default -->');
    expect(report).toMatch(/^## ❌ \*\*1 of 2 gates failed\*\* · r2 0\.8\d+ → 0\.7\d+ \(−\d\.\d\d%, -0\.0\d+ \[-0\.0\d+, -0\.0\d+\], worse\)$/m);
    expect(report).toMatch(/\| train\.n_estimators \| 60 +\| 20 +\|/);
    // predictions.csv at both commits: the change is judged over the same 1,200 test examples
    expect(report).toMatch(/^\| r2 +\| +0\.8\d+ ± 0\.0\d+ \| +0\.7\d+ ± 0\.0\d+ \| +-0\.0\d+ \[-0\.0\d+, -0\.0\d+\] \|/m);
    expect(report).toContain('the change paired over the same examples');
    // the example's two plots, base against head, drawn by GitHub's mermaid
    expect(report).toContain('### Plots');
    expect(report).toMatch(/^#### Test r2 by number of trees · `training_curve\.csv`$/m);
    expect(report).toContain("#### Feature importance \\(random forest\\) · `feature_importance.csv`");
    expect(report.match(/```mermaid\n%%\{init/g)?.length).toBeGreaterThanOrEqual(2);
    expect(report).not.toContain('could not be plotted');
    expect(report).toContain('✅ `python3 train.py` succeeded in');
  });
});

test('README first command: scripts/demo.sh trains both commits and ends with the gates passed and report.md', () => {
  const demo = spawnSync('bash', [join(ROOT, 'scripts', 'demo.sh')], { encoding: 'utf8', env: process.env });
  expect(demo.stderr).not.toMatch(/ERROR/);
  expect(demo.status).toBe(0);
  const reportLine = /The report as the pull request would show it: (\S+)/.exec(demo.stdout);
  expect(reportLine).not.toBeNull();
  const report = readFileSync(reportLine![1]!, 'utf8');
  expect(report).toMatch(/^## ✅ \*\*All 2 gates passed\*\* · r2 0\.7\d+ → 0\.8\d+ \(\+\d\.\d\d%, \+0\.0\d+ \[\+0\.0\d+, \+0\.0\d+\], better\)$/m);
  expect(demo.stdout).toMatch(/^metrics\.json {2}r2 {8}0\.7\d* +0\.8\d* +0\.0\d+$/m);
  expect(existsSync(reportLine![1]!)).toBe(true);
});
