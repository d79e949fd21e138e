// Benchmarks of the bundled CLI, printed as ratios measured in the same run (never asserted in tests).
// (a) `mlops metrics diff` on the example against a bare `node -e 0` start (goal ≤ 2×).
// (b) The diff engine at 100k and 1M changed keys: `metrics diff --json`, `metrics show --json`
//     and `mlops report` against bench/reference-diff.mjs, the least a program can do for the
//     same answer (goal ≤ 1.25× its time, ≤ 1.2× its peak memory).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, git, repoWith, root, runs, sideBySide } from './measure.mjs';

const reference = join(root, 'bench', 'reference-diff.mjs');
const print = (text) => process.stdout.write(`${text}\n`);
const fixed = (value) => value.toFixed(2);

// (a) the example project
const example = mkdtempSync(join(tmpdir(), 'mlops-bench-example-'));
cpSync(join(root, 'examples', 'california-housing'), example, { recursive: true });
writeFileSync(join(example, 'metrics.json'), '{"r2": 0.821376, "rmse": 46621.9785, "mae": 33620.041}');
git(example, 'init', '-q', '-b', 'main');
git(example, 'add', '-A', '-f');
git(example, 'commit', '-qm', 'base');
writeFileSync(join(example, 'metrics.json'), '{"r2": 0.7821, "rmse": 51493.1498, "mae": 37002.4979}');
const startDiff = sideBySide(['-e', '0'], [cli, 'metrics', 'diff'], example, runs * 2);
const startReport = sideBySide(['-e', '0'], [cli, 'report', '--out', join(example, 'r.md')], example, runs);
// what the least diff program (told the file: no dvc.yaml, no project, one git call) costs here
const startFloor = sideBySide(['-e', '0'], [reference, 'diff', 'metrics.json'], example, runs * 2);
rmSync(example, { recursive: true, force: true });
print('## (a) start-up on the example');
print('| command | median wall | bare `node -e 0` | ratio | peak RSS |\n|---|---:|---:|---:|---:|');
print(`| mlops metrics diff | ${startDiff.ours.ms.toFixed(0)} ms | ${startDiff.reference.ms.toFixed(0)} ms | ${fixed(startDiff.time)}× (goal ≤ 2×) | ${startDiff.ours.rss.toFixed(0)} MB |`);
print(`| mlops report | ${startReport.ours.ms.toFixed(0)} ms | ${startReport.reference.ms.toFixed(0)} ms | ${fixed(startReport.time)}× | ${startReport.ours.rss.toFixed(0)} MB |`);
print(`| bench/reference-diff.mjs diff metrics.json | ${startFloor.ours.ms.toFixed(0)} ms | ${startFloor.reference.ms.toFixed(0)} ms | ${fixed(startFloor.time)}× (the floor) | ${startFloor.ours.rss.toFixed(0)} MB |\n`);

// (b) many changed keys, nested as a training log nests them (layer → unit → value)
function metricsOf(keys, shift) {
  const groups = {};
  for (let i = 0; i < keys; i++) {
    (groups[`layer_${Math.floor(i / 100)}`] ??= {})[`unit_${i % 100}_loss`] = 0.5 + ((i * 7919) % 1000) / 10000 + shift * 0.001;
  }
  return JSON.stringify(groups);
}
const sizes = (process.env.BENCH_KEYS ?? '100000,1000000').split(',').map(Number);
print('## (b) the diff engine against bench/reference-diff.mjs (goal ≤ 1.25× time, ≤ 1.2× memory)');
print('`metrics show` is measured against both floors: the issue\'s (the minimal diff program) and the stricter one of reading and printing one revision.\n');
print('Times are medians of the runs; peaks are the median run\'s peak resident memory (the worst run\'s in brackets).\n');
print('| keys | command | ours | reference | time ratio | our peak | reference peak | memory ratio |\n|---:|---|---:|---:|---:|---:|---:|---:|');
for (const keys of sizes) {
  const dir = repoWith({ 'metrics.json': metricsOf(keys, 0) }, { 'metrics.json': metricsOf(keys, 1) });
  const times = keys >= 1_000_000 ? 3 : 5;
  const cases = [
    ['metrics diff --json', 'minimal diff', [reference, 'diff', 'metrics.json'], [cli, 'metrics', 'diff', '--json']],
    ['metrics show --json', 'minimal diff', [reference, 'diff', 'metrics.json'], [cli, 'metrics', 'show', '--json']],
    ['metrics show --json', 'minimal show', [reference, 'show', 'metrics.json'], [cli, 'metrics', 'show', '--json']],
    ['report', 'minimal diff', [reference, 'diff', 'metrics.json'], [cli, 'report', '--out', join(dir, 'r.md')]],
  ];
  for (const [label, floor, ref, ours] of cases) {
    const row = sideBySide(ref, ours, dir, times);
    print(
      `| ${keys.toLocaleString('en')} | ${label} | ${row.ours.ms.toFixed(0)} ms | ${row.reference.ms.toFixed(0)} ms (${floor}) | ${fixed(row.time)}× | ` +
        `${row.ours.rss.toFixed(0)} MB (${row.ours.worstRss.toFixed(0)}) | ${row.reference.rss.toFixed(0)} MB (${row.reference.worstRss.toFixed(0)}) | ${fixed(row.memory)}× |`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}
