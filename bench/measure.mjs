// What the CLI benchmarks need: throwaway git repositories, and two commands timed side by side
// (wall time and peak memory, median of N alternating runs) in child processes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cli = join(root, 'dist', 'cli', 'index.js');
const hook = join(root, 'bench', 'rss-hook.mjs');
export const runs = Number(process.env.BENCH_RUNS ?? 7);

export function git(cwd, ...args) {
  execFileSync('git', ['-c', 'user.email=b@b', '-c', 'user.name=b', ...args], { cwd, stdio: 'ignore' });
}

/** A repository with `files` committed, then `change` written to the workspace. */
export function repoWith(files, change) {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  for (const [path, content] of Object.entries(change)) writeFileSync(join(dir, path), content);
  return dir;
}

/** One run of node with `args`: wall milliseconds and peak RSS in MB. */
function timed(args, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', hook, ...args], { cwd, encoding: 'utf8', maxBuffer: 2 ** 31 - 1 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr}`);
  const rss = Number(/MLOPS_BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  return { ms, rss, stdout: result.stdout };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * A reference command and ours, run alternately (so a busy machine slows both alike): the median
 * wall time and the median peak memory of each (a run's peak moves with when V8 collects, by
 * ±10% here; the worst run's is kept too), and ours as ratios of the reference.
 */
export function sideBySide(reference, ours, cwd, times = runs) {
  const a = [];
  const b = [];
  for (let i = 0; i < times; i++) {
    a.push(timed(reference, cwd));
    b.push(timed(ours, cwd));
  }
  const summary = (samples) => ({ ms: median(samples.map((s) => s.ms)), rss: median(samples.map((s) => s.rss)), worstRss: Math.max(...samples.map((s) => s.rss)) });
  const ref = summary(a);
  const our = summary(b);
  return { reference: ref, ours: our, time: our.ms / ref.ms, memory: our.rss / ref.rss };
}
