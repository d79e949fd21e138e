// Benchmarks of the bundled CLI, printed as ratios measured in the same run (never asserted in tests).
// (a) `mlops metrics diff` + `mlops report` on the example against a bare `node -e ''` start.
// (b) N metric keys diffed and reported: wall time and peak memory at 10k, 100k and 1M keys.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const hook = join(root, 'bench', 'rss-hook.mjs');
const runs = Number(process.env.BENCH_RUNS ?? 7);

function git(cwd, ...args) {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}

function repoWith(files, change) {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, '-c', 'user.email=b@b', '-c', 'user.name=b', 'add', '-A');
  git(dir, '-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-qm', 'base');
  for (const [path, content] of Object.entries(change)) writeFileSync(join(dir, path), content);
  return dir;
}

/** One timed run: wall milliseconds and peak RSS in MB. */
function timed(args, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', hook, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && !args.includes('-e')) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  const rss = Number(/MLOPS_BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  return { ms, rss };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(label, commands, cwd, times = runs) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    let ms = 0;
    let rss = 0;
    for (const args of commands) {
      const one = timed(args, cwd);
      ms += one.ms;
      rss = Math.max(rss, one.rss);
    }
    samples.push({ ms, rss });
  }
  return { label, ms: median(samples.map((s) => s.ms)), rss: Math.max(...samples.map((s) => s.rss)) };
}

const rows = [];
const print = (text) => process.stdout.write(`${text}\n`);

// (a) the example project
const example = mkdtempSync(join(tmpdir(), 'mlops-bench-example-'));
cpSync(join(root, 'examples', 'california-housing'), example, { recursive: true });
writeFileSync(join(example, 'metrics.json'), '{"r2": 0.821376, "rmse": 46621.9785, "mae": 33620.041}');
git(example, 'init', '-q', '-b', 'main');
git(example, '-c', 'user.email=b@b', '-c', 'user.name=b', 'add', '-A', '-f');
git(example, '-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-qm', 'base');
writeFileSync(join(example, 'metrics.json'), '{"r2": 0.7821, "rmse": 51493.1498, "mae": 37002.4979}');
const bare = measure("bare `node -e ''`", [['-e', '']], example);
const ours = measure('mlops metrics diff + mlops report (example)', [[cli, 'metrics', 'diff'], [cli, 'report', '--out', join(example, 'r.md')]], example);
rmSync(example, { recursive: true, force: true });
print('## (a) start-up on the example');
print(`| what | median wall | peak RSS |\n|---|---:|---:|`);
for (const row of [bare, ours]) print(`| ${row.label} | ${row.ms.toFixed(0)} ms | ${row.rss.toFixed(0)} MB |`);
print(`ratio: ${(ours.ms / bare.ms).toFixed(2)}× a bare node start for two commands (${(ours.ms / 2 / bare.ms).toFixed(2)}× per command; goal ≤ 3×)\n`);

// (b) many keys
function metricsOf(keys, shift) {
  const groups = {};
  for (let i = 0; i < keys; i++) {
    const group = `layer_${Math.floor(i / 100)}`;
    (groups[group] ??= {})[`unit_${i % 100}_loss`] = 0.5 + ((i * 7919) % 1000) / 10000 + shift * (i % 3 === 0 ? 0.001 : 0);
  }
  return JSON.stringify(groups);
}
print('## (b) metric keys diffed and reported (metrics diff + report, two processes)');
print('| keys | median wall | peak RSS | wall per 10k keys |\n|---:|---:|---:|---:|');
for (const keys of [10_000, 100_000, 1_000_000]) {
  const dir = repoWith({ 'metrics.json': metricsOf(keys, 0) }, { 'metrics.json': metricsOf(keys, 1) });
  const times = keys >= 1_000_000 ? 1 : 3;
  const row = measure(`${keys}`, [[cli, 'metrics', 'diff'], [cli, 'report', '--out', join(dir, 'r.md')]], dir, times);
  rows.push({ keys, ...row });
  print(`| ${keys.toLocaleString('en')} | ${row.ms.toFixed(0)} ms | ${row.rss.toFixed(0)} MB | ${(row.ms / (keys / 10_000)).toFixed(0)} ms |`);
  rmSync(dir, { recursive: true, force: true });
}
const k100 = rows.find((row) => row.keys === 100_000);
print(`\n100k keys: ${k100.ms.toFixed(0)} ms (goal ≤ 1000 ms), ${k100.rss.toFixed(0)} MB peak (goal ≤ 300 MB)`);
