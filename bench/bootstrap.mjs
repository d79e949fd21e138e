// Cost of the noise-aware verdicts: bootstrapping N examples × 1,000 resamples × 10 metrics
// (accuracy, precision, recall, f1 binary/macro/weighted, precision/recall macro, roc_auc,
// log_loss on binary predictions with probabilities). Goal: under 1 s at 10,000 examples.
// Measured against a minimal reference loop in the same run (plain JS: per resample, gather the
// drawn rows into arrays and compute each metric over them, AUC by sorting the resample), as a
// ratio, and at 1k, 10k and 100k examples to show how time grows. Never part of the test suite.
// The core is bundled from src/noise at run time, so this measures the working tree.
import ncc from '@vercel/ncc';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'mlops-bench-bootstrap-'));
// transpileOnly: the bench measures speed; type errors are the compiler's and the tests' to find
const { code } = await ncc(join(root, 'src', 'noise', 'bootstrap.ts'), { quiet: true, target: 'es2022', transpileOnly: true });
writeFileSync(join(work, 'package.json'), '{"type": "module"}');
writeFileSync(join(work, 'bootstrap.js'), code);
const { bootstrapInterval, bootstrapIntervals } = await import(pathToFileURL(join(work, 'bootstrap.js')).href);
rmSync(work, { recursive: true, force: true });

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = [1_000, 10_000, 100_000];
const SPECS = [
  { metric: 'accuracy' },
  { metric: 'precision', average: 'binary' },
  { metric: 'recall', average: 'binary' },
  { metric: 'f1', average: 'binary' },
  { metric: 'f1', average: 'macro' },
  { metric: 'f1', average: 'weighted' },
  { metric: 'precision', average: 'macro' },
  { metric: 'recall', average: 'macro' },
  { metric: 'roc_auc' },
  { metric: 'log_loss' },
];

function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function predictions(n) {
  const random = mulberry32(n);
  const yTrue = [];
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = random() < 0.4 ? 1 : 0;
    yTrue.push(String(y));
    // two decimals: ties in the scores, as real classifiers give
    p[i] = Math.round(Math.min(1, Math.max(0, 0.5 + (y ? 0.15 : -0.15) + 0.5 * (random() - 0.5))) * 100) / 100;
  }
  const yPred = Array.from(p, (x) => (x >= 0.5 ? '1' : '0'));
  return { kind: 'classification', n, yTrue, yPred, proba: { classes: ['0', '1'], p: [p.map((x) => 1 - x), p] } };
}

// ---- the reference: what a straightforward implementation does, per resample and metric ----

function referenceMetric(spec, t, q, s) {
  const n = t.length;
  if (spec.metric === 'accuracy') {
    let c = 0;
    for (let i = 0; i < n; i++) if (t[i] === q[i]) c++;
    return c / n;
  }
  if (spec.metric === 'log_loss') {
    const eps = 2.220446049250313e-16;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const p1 = Math.min(Math.max(s[i], eps), 1 - eps);
      const p0 = Math.min(Math.max(1 - s[i], eps), 1 - eps);
      sum -= Math.log((t[i] === 1 ? p1 : p0) / (p0 + p1));
    }
    return sum / n;
  }
  if (spec.metric === 'roc_auc') {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => s[a] - s[b]);
    let rankSum = 0;
    let positives = 0;
    for (let j = 0; j < n; ) {
      let k = j;
      while (k + 1 < n && s[order[k + 1]] === s[order[j]]) k++;
      const rank = (j + k) / 2 + 1;
      for (let m = j; m <= k; m++) if (t[order[m]] === 1) {
        rankSum += rank;
        positives++;
      }
      j = k + 1;
    }
    const negatives = n - positives;
    return positives && negatives ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives) : NaN;
  }
  const per = [0, 1].map((c) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < n; i++) {
      if (q[i] === c && t[i] === c) tp++;
      else if (q[i] === c) fp++;
      else if (t[i] === c) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, support: tp + fn };
  });
  const value = (x) => x[spec.metric];
  if (spec.average === 'binary') return value(per[1]);
  if (spec.average === 'macro') return (value(per[0]) + value(per[1])) / 2;
  return (value(per[0]) * per[0].support + value(per[1]) * per[1].support) / n;
}

function percentileInterval(values) {
  values.sort((a, b) => a - b);
  const at = (q) => {
    const h = q * (values.length - 1);
    const lo = Math.floor(h);
    return values[lo] + (h - lo) * (values[Math.min(lo + 1, values.length - 1)] - values[lo]);
  };
  return { low: at(0.025), high: at(0.975) };
}

function reference(p, samples) {
  const n = p.n;
  const t = p.yTrue.map(Number);
  const q = p.yPred.map(Number);
  const s = p.proba.p[1];
  const random = mulberry32(1);
  const values = SPECS.map(() => []);
  const bt = new Array(n);
  const bq = new Array(n);
  const bs = new Array(n);
  for (let b = 0; b < samples; b++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(random() * n);
      bt[i] = t[j];
      bq[i] = q[j];
      bs[i] = s[j];
    }
    SPECS.forEach((spec, m) => {
      const v = referenceMetric(spec, bt, bq, bs);
      if (!Number.isNaN(v)) values[m].push(v);
    });
  }
  return { points: SPECS.map((spec) => referenceMetric(spec, t, q, s)), intervals: values.map(percentileInterval) };
}

// ---- timing ----

function best(run, runs = RUNS) {
  let fastest = Infinity;
  let result;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return { ms: fastest, result };
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(8);
console.log(`## Bootstrap: examples × ${SAMPLES} resamples × ${SPECS.length} metrics (Node ${process.versions.node}; ours best of ${RUNS}, the reference one run)`);
console.log('examples | batch (bootstrapIntervals) ms | per metric (10 × bootstrapInterval) ms | reference loop ms | reference ÷ batch | reference ÷ per metric');
const rows = [];
for (const n of SIZES) {
  const p = predictions(n);
  bootstrapIntervals(p, SPECS, { samples: 20, seed: 1 }); // warm up the JIT
  const batch = best(() => bootstrapIntervals(p, SPECS, { samples: SAMPLES, seed: 1 }));
  const single = best(() => SPECS.map((spec) => bootstrapInterval(p, spec, { samples: SAMPLES, seed: 1 })));
  // the reference sorts every resample: above 10k examples it runs a tenth of the resamples, scaled up
  const referenceSamples = n > 10_000 ? SAMPLES / 10 : SAMPLES;
  const ref = best(() => reference(p, referenceSamples), 1);
  const refMs = (ref.ms * SAMPLES) / referenceSamples;
  // the two compute the same metrics: equal on all rows, and intervals alike (other draws)
  const worstPoint = Math.max(...batch.result.map((r, m) => Math.abs(r.interval.point - ref.result.points[m])));
  if (worstPoint > 1e-9) throw new Error(`the reference disagrees with the core on all rows by ${worstPoint}`);
  rows.push({ n, batch: batch.ms, single: single.ms, ref: refMs });
  console.log(`${String(n).padStart(8)} | ${fmt(batch.ms)} | ${fmt(single.ms)} | ${fmt(refMs)}${referenceSamples < SAMPLES ? ' (scaled)' : ''} | ${(refMs / batch.ms).toFixed(1).padStart(6)}× | ${(refMs / single.ms).toFixed(1).padStart(6)}×`);
}
console.log('growth per 10× examples (1 = linear):');
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1], rows[i]];
  const grow = (x, y) => (y / x / (b.n / a.n)).toFixed(2);
  console.log(`  ${a.n} → ${b.n}: batch ${grow(a.batch, b.batch)}, per metric ${grow(a.single, b.single)}, reference ${grow(a.ref, b.ref)}`);
}
const goal = rows.find((r) => r.n === 10_000);
const met = goal.batch < 1000 && goal.single < 1000;
console.log(`10,000 examples × ${SAMPLES} × ${SPECS.length} metrics: batch ${goal.batch.toFixed(0)} ms, per metric ${goal.single.toFixed(0)} ms (goal < 1000 ms: ${met ? 'met' : 'NOT met'})`);
if (!met) process.exitCode = 1;
