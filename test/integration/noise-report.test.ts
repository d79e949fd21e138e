/**
 * Noise-aware verdicts in `mlops report`, in-process, on real git repositories: predictions files
 * committed at the base and written at the head, the reported metrics computed by scikit-learn
 * (python3) from those same predictions, so the tool's recomputation is checked against the
 * reference and not against itself.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { pythonPath } from '../helpers/paths.js';
import { normal, seeded } from '../helpers/seeded-random.js';

const PATH = pythonPath();
const repos: GitRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** A seeded stream of normal deviates. */
function normals(seed: number): () => number {
  const random = seeded(seed);
  return () => normal(random);
}

/** `n` examples: y_true, and a prediction with error of the given size. */
function predictions(n: number, errorSize: number, seed: number): string {
  const truth = normals(1);
  const error = normals(seed);
  const rows = ['id,y_true,y_pred'];
  for (let i = 0; i < n; i++) {
    const y = 10 + 3 * truth();
    rows.push(`${i},${y.toFixed(6)},${(y + errorSize * error()).toFixed(6)}`);
  }
  return `${rows.join('\n')}\n`;
}

/** metrics.json as the project writes it: sklearn's r2 and mae of the predictions, rounded to 6 digits. */
function sklearnMetrics(dir: string): string {
  const script = [
    'import json, pandas as pd',
    'from sklearn.metrics import r2_score, mean_absolute_error',
    "d = pd.read_csv('predictions.csv')",
    "print(json.dumps({'r2': round(float(r2_score(d.y_true, d.y_pred)), 6), 'mae': round(float(mean_absolute_error(d.y_true, d.y_pred)), 6)}))",
  ].join('\n');
  return execFileSync('python3', ['-c', script], { cwd: dir, env: { PATH }, encoding: 'utf8' });
}

function project(baseError: number, headError: number, { basePredictions = true } = {}): GitRepo {
  const repo = GitRepo.create('mlops-noise-');
  repos.push(repo);
  repo.write('mlops.yaml', 'predictions: predictions.csv\nheadline: r2\n');
  repo.write('predictions.csv', predictions(800, baseError, 7));
  repo.write('metrics.json', sklearnMetrics(repo.dir));
  if (!basePredictions) repo.remove('predictions.csv');
  repo.commit('base');
  repo.write('predictions.csv', predictions(800, headError, 8));
  repo.write('metrics.json', sklearnMetrics(repo.dir));
  return repo;
}

type Extra = { noise: Record<string, Record<string, { interval: [number, number]; base_interval: [number, number] | null; change_interval: [number, number] | null; verdict: string | null; paired: boolean }>>; samples: number; level: number };

async function report(repo: GitRepo, extra: string[] = []) {
  const result = await mlops(repo.dir, ['report', '--base', 'HEAD', '--json', ...extra], { PATH, HOME: repo.dir });
  const json = JSON.parse(result.stdout) as Record<string, unknown> & { _mlops?: Extra };
  return { result, json, markdown: readFileSync(join(repo.dir, 'report.md'), 'utf8') };
}

test('a retrain whose change is smaller than the evaluation noise reads "within noise", with intervals in the table and the verdict line', async () => {
  const repo = project(1.0, 1.01);
  const { result, json, markdown } = await report(repo);
  expect(result.code).toBe(0);
  // DVC's shape stays as it is; the intervals live under the extra key
  expect(Object.keys(json['metrics.json'] as object).sort()).toEqual(['mae', 'r2']);
  const r2 = json._mlops!.noise['metrics.json']!.r2!;
  expect(r2).toMatchObject({ verdict: 'within noise', paired: true });
  expect(r2.change_interval![0]).toBeLessThan(0);
  expect(r2.change_interval![1]).toBeGreaterThan(0);
  expect(json._mlops).toMatchObject({ samples: 1000, level: 0.95 });
  expect(markdown).toMatch(/^\| r2 +\| +[\d.]+ ± [\d.]+ \| +[\d.]+ ± [\d.]+ \| +[-+][\d.]+ \[-[\d.]+, \+[\d.]+\] \| +[^|]+ \| 〰️ within noise \|/m);
  expect(markdown).toMatch(/^## ℹ️ \*\*No gates set\*\* · r2 [\d.]+ → [\d.]+ \([^)]*\[-[\d.]+, \+[\d.]+\], within noise\)$/m);
  expect(markdown).toContain('95% bootstrap intervals over the evaluation examples (1000 resamples), the change paired over the same examples');
});

test('a real improvement is "better": the paired interval of the change excludes 0', async () => {
  const repo = project(1.5, 0.8);
  const { json, markdown } = await report(repo);
  const noise = json._mlops!.noise['metrics.json']!;
  expect(noise.r2!.verdict).toBe('better');
  expect(noise.r2!.change_interval![0]).toBeGreaterThan(0);
  // lower is better for mae: a smaller error is better too
  expect(noise.mae!.verdict).toBe('better');
  expect(noise.mae!.change_interval![1]).toBeLessThan(0);
  expect(markdown).toMatch(/^\| r2 +\| +[\d.]+ ± [\d.]+ \| +[\d.]+ ± [\d.]+ \| +\+[\d.]+ \[\+[\d.]+, \+[\d.]+\] \| +[^|]+ \| 🟢 better \|/m);
});

test('without the base predictions: the head\'s intervals alone, and the report says so', async () => {
  const repo = project(1.0, 1.0, { basePredictions: false });
  const { result, json, markdown } = await report(repo);
  expect(result.stderr).toContain('WARNING: predictions.csv is not in HEAD: the changes are not judged against the noise');
  expect(json._mlops!.noise['metrics.json']!.r2).toMatchObject({ base_interval: null, change_interval: null, verdict: null, paired: false });
  expect(markdown).toContain('No predictions at HEAD: the intervals are the head\'s alone.');
});

test('predictions that are not the reported metric\'s are named, not used', async () => {
  const repo = project(1.0, 1.0);
  repo.write('metrics.json', JSON.stringify({ r2: 0.5, mae: 0.8 }));
  const { result, json } = await report(repo);
  expect(result.stderr).toContain('WARNING: metrics.json: r2 is 0.5, but predictions.csv gives');
  expect(result.stderr).toContain('the predictions do not belong to that metric');
  expect(json._mlops?.noise['metrics.json']?.r2).toBeUndefined();
});

test('a predictions file that cannot be read is one warning naming it; the report is still written', async () => {
  const repo = project(1.0, 1.0);
  repo.write('predictions.csv', 'id,y_true\n1,2\n');
  const { result, json, markdown } = await report(repo);
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/WARNING: No intervals: predictions\.csv.*y_pred/);
  expect(json._mlops).toBeUndefined();
  expect(markdown).toMatch(/^\| r2 /m);
});

describe('gates that do not flap', () => {
  // with --json the gate lines, as all progress, are on stderr
  const gates = async (repo: GitRepo, ...lines: string[]) => {
    const result = await mlops(repo.dir, ['report', '--base', 'HEAD', '--check', ...lines.flatMap((line) => ['--gate', line])], { PATH, HOME: repo.dir });
    return { ...result, log: result.stdout + result.stderr };
  };

  test('max-drop … significant passes a drop the noise allows, where the plain gate fails on it', async () => {
    const repo = project(1.0, 1.01);
    const plain = await gates(repo, 'r2 max-drop 0.001');
    expect(plain.code).toBe(1);
    expect(plain.log).toMatch(/r2 max-drop 0\.001: failed, r2 dropped by 0\.01\d+/);
    const significant = await gates(repo, 'r2 max-drop 0.001 significant');
    expect(significant.code).toBe(0);
    expect(significant.log).toMatch(/r2 max-drop 0\.001 significant: passed, r2 dropped by 0\.01\d+ \([\d.]+ → [\d.]+\), within the noise: its interval \[-0\.0\d+, 0\.00\d+\] allows a drop of at most 0\.001/);
  });

  test('max-drop … significant fails a drop the data show', async () => {
    const repo = project(0.8, 1.5);
    const result = await gates(repo, 'r2 max-drop 0.05 significant');
    expect(result.code).toBe(1);
    expect(result.log).toMatch(/r2 max-drop 0\.05 significant: failed, r2 dropped by 0\.1\d+ .*, and its interval \[-0\.\d+, -0\.\d+\] shows it/);
  });

  test('min-gain: the least improvement, by the values or (significant) by the whole interval', async () => {
    const repo = project(1.5, 0.8);
    expect((await gates(repo, 'r2 min-gain 0.1 significant')).code).toBe(0);
    const strict = await gates(repo, 'r2 min-gain 0.16 significant', 'r2 min-gain 0.16');
    expect(strict.code).toBe(1);
    expect(strict.log).toMatch(/r2 min-gain 0\.16 significant: failed, r2 gained 0\.17\d+ .*, at least 0\.1[0-5]\d* by its interval/);
    expect(strict.log).toMatch(/r2 min-gain 0\.16: passed, r2 gained 0\.17\d+/);
    // lower is better: a smaller error is the gain
    expect((await gates(repo, 'mae min-gain 0.4')).code).toBe(0);
  });

  test('significant on a threshold, or on a gate without intervals, says what it means', async () => {
    const repo = project(1.0, 1.0);
    const threshold = await gates(repo, 'r2 >= 0.5 significant');
    expect(threshold.code).toBe(2);
    expect(threshold.log).toContain("gate 'r2 >= 0.5 significant': significant goes with a change gate (max-drop, max-rise, min-gain), not a threshold.");
    repo.remove('predictions.csv');
    const without = await gates(repo, 'r2 max-drop 0.5 significant');
    expect(without.log).toContain('; no interval (predictions), judged as a plain gate');
  });
});

test('predictions of different examples at the two revisions: judged by the two intervals, and the report says it is the weaker test', async () => {
  const repo = project(1.0, 1.0);
  repo.write('predictions.csv', predictions(800, 1.0, 8).replace(/^(\d+),/gm, (_, id: string) => `${Number(id) + 5000},`));
  const { result, json, markdown } = await report(repo);
  expect(result.stderr).toContain('WARNING: The base and head predictions are not of the same examples: 1600 ids differ (800 only in the base, 800 only in the head;');
  expect(result.stderr).toContain('; the changes are judged by the two intervals instead (keep the test split fixed, a seeded split, to pair them).');
  expect(json._mlops!.noise['metrics.json']!.r2).toMatchObject({ paired: false, verdict: 'within noise' });
  expect(markdown).toContain('a weaker test than pairing over the same examples');
  expect(markdown).toMatch(/\(−?\+?\d\.\d\d%, [-+][\d.]+ \[-[\d.]+, \+[\d.]+\], within noise, unpaired\)$/m);
});

test('a metric-definitions line that does not parse is a usage error before anything runs', async () => {
  const repo = project(1.0, 1.0);
  repo.write('mlops.yaml', 'predictions: predictions.csv\nmetric-definitions: |\n  f1_macro=f9\n');
  const result = await mlops(repo.dir, ['report', '--base', 'HEAD'], { PATH, HOME: repo.dir });
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^ERROR: metric-definitions \(mlops\.yaml\): .*f1_macro=f9/m);
});
