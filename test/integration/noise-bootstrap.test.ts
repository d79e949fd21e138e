/**
 * Bootstrap intervals against a reference bootstrap written in Python with numpy and sklearn,
 * over the same resampled row indices (`resampleIndices`, which is what `bootstrapInterval`
 * draws); their coverage on synthetic data with a known true value; paired against unpaired;
 * stratified by group; and the verdict and `significant` gate rules.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MlopsError, OptionError, UsageError } from '../../src/errors.js';
import {
  bootstrapInterval,
  bootstrapIntervals,
  pairedDifference,
  pairedDifferences,
  pairedVerdict,
  resampleIndices,
  significantDrop,
  significantGain,
  unpairedVerdict,
  type Interval,
} from '../../src/noise/bootstrap.js';
import { computeMetric, type MetricSpec } from '../../src/noise/metrics.js';
import { positiveClass, type Predictions } from '../../src/noise/predictions.js';
import { pythonPath } from '../helpers/paths.js';
import { normal, seeded } from '../helpers/seeded-random.js';

function regression(yTrue: number[], yPred: number[], extra: Partial<Predictions> = {}): Predictions {
  return { kind: 'regression', n: yTrue.length, yTrue: Float64Array.from(yTrue), yPred: Float64Array.from(yPred), ...extra };
}

function regressionData(n: number, seed: number, noise = 1): { y: number[]; e: number[] } {
  const random = seeded(seed);
  const y = Array.from({ length: n }, () => 10 + 3 * normal(random));
  const e = Array.from({ length: n }, () => noise * normal(random));
  return { y, e };
}

/** Binary predictions with the probability p of class 1; y_pred is p ≥ 0.5. */
function binary(n: number, seed: number, positives = 0.4, extra: Partial<Predictions> = {}): Predictions {
  const random = seeded(seed);
  const yTrue: string[] = [];
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = random() < positives ? 1 : 0;
    yTrue.push(String(y));
    p[i] = Math.min(1, Math.max(0, 0.5 + (y ? 0.15 : -0.15) + 0.25 * normal(random)));
  }
  const yPred = Array.from(p, (x) => (x >= 0.5 ? '1' : '0'));
  return { kind: 'classification', n, yTrue, yPred, proba: { classes: ['0', '1'], p: [p.map((x) => 1 - x), p] }, ...extra };
}

function multiclass(n: number, seed: number, classes: string[], forceEach = false): Predictions {
  const random = seeded(seed);
  const yTrue: string[] = [];
  const yPred: string[] = [];
  const columns = classes.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const truth = forceEach && i < classes.length ? i : Math.floor(random() * classes.length);
    const raw = classes.map((_, c) => Math.exp(normal(random) + (c === truth ? 1 : 0)));
    const sum = raw.reduce((a, b) => a + b, 0);
    raw.forEach((x, c) => (columns[c]![i] = x / sum));
    yTrue.push(classes[truth]!);
    yPred.push(classes[raw.indexOf(Math.max(...raw))]!);
  }
  return { kind: 'classification', n, yTrue, yPred, proba: { classes, p: columns } };
}

interface Reference {
  low: number;
  high: number;
  skipped: number;
}

const PYTHON = String.raw`
import json, sys, warnings
import numpy as np
from sklearn import metrics as M
warnings.simplefilter('ignore')

def value(m, avg, d, sel):
    yt, yp = d['y_true'][sel], d['y_pred'][sel]
    if m == 'r2':
        return None if np.ptp(yt) == 0 else M.r2_score(yt, yp)
    if m == 'mae': return M.mean_absolute_error(yt, yp)
    if m == 'rmse': return M.mean_squared_error(yt, yp, squared=False)
    if m == 'accuracy': return M.accuracy_score(yt, yp)
    if m == 'f1': return M.f1_score(yt, yp, average=avg, pos_label=d['pos']) if avg == 'binary' else M.f1_score(yt, yp, average=avg)
    P = d['proba'][sel]
    try:
        if m == 'roc_auc':
            if len(d['classes']) == 2: return M.roc_auc_score(yt == d['pos'], P[:, d['classes'].index(d['pos'])])
            return M.roc_auc_score(yt, P, multi_class='ovr', labels=d['classes'])
        if m == 'log_loss': return M.log_loss(yt, P, labels=d['classes'])
    except ValueError:
        return None
    raise Exception(m)

def arrays(d):
    out = dict(d)
    kind = d['kind']
    out['y_true'] = np.array(d['y_true'], dtype=float if kind == 'regression' else object)
    out['y_pred'] = np.array(d['y_pred'], dtype=float if kind == 'regression' else object)
    if d.get('proba') is not None: out['proba'] = np.array(d['proba'], dtype=float).T
    return out

job = json.load(open(sys.argv[1]))
results = []
for case in job:
    m, avg = case['metric'], case.get('average')
    head = arrays(case['head'])
    base = arrays(case['base']) if case.get('base') else None
    values, skipped = [], 0
    for row in case['indices']:
        sel = np.array(row)
        v = value(m, avg, head, sel)
        if base is not None and v is not None:
            b = value(m, avg, base, sel)
            v = None if b is None else v - b
        if v is None: skipped += 1
        else: values.append(v)
    level = case['level']
    low, high = np.percentile(values, [100 * (1 - level) / 2, 100 * (1 + level) / 2])
    results.append({'low': float(low), 'high': float(high), 'skipped': skipped})
print(json.dumps(results))
`;

function toJson(p: Predictions) {
  return {
    kind: p.kind,
    y_true: Array.from(p.yTrue as ArrayLike<number | string>),
    y_pred: Array.from(p.yPred as ArrayLike<number | string>),
    proba: p.proba ? p.proba.p.map((column) => Array.from(column)) : null,
    classes: p.proba?.classes ?? [],
    pos: p.kind === 'classification' && p.proba ? positiveClass(p.proba.classes) : null,
  };
}

interface ReferenceCase {
  head: Predictions;
  base?: Predictions;
  spec: MetricSpec;
  samples: number;
  seed: number;
  level: number;
}

function reference(cases: ReferenceCase[]): Reference[] {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-noise-bootstrap-'));
  try {
    const job = cases.map(({ head, base, spec, samples, seed, level }) => ({
      metric: spec.metric,
      average: spec.average,
      level,
      head: toJson(head),
      base: base ? toJson(base) : null,
      indices: resampleIndices(head.n, samples, seed, (base ?? head).groups).map((row) => Array.from(row)),
    }));
    writeFileSync(join(dir, 'job.json'), JSON.stringify(job));
    writeFileSync(join(dir, 'reference.py'), PYTHON);
    const out = execFileSync('python3', [join(dir, 'reference.py'), join(dir, 'job.json')], { env: { ...process.env, PATH: pythonPath() }, encoding: 'utf8', maxBuffer: 256 << 20 });
    return JSON.parse(out) as Reference[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function near(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

const reg = regressionData(300, 1);
const REG = regression(reg.y, reg.y.map((y, i) => y + reg.e[i]!));
const GROUPS = Array.from({ length: 300 }, (_, i) => (i % 10 < 2 ? 'rare' : i % 10 < 5 ? 'mid' : 'common'));
const REG_GROUPED = { ...REG, groups: GROUPS };
const headReg = regression(reg.y, reg.y.map((y, i) => y + 0.9 * reg.e[i]! + 0.2));
const BIN = binary(400, 2);
const RARE = binary(30, 3, 0.08);
const MULTI = multiclass(300, 4, ['a', 'b', 'c', 'd']);

const REFERENCE_CASES: [string, ReferenceCase][] = [
  ['r2, regression', { head: REG, spec: { metric: 'r2' }, samples: 1000, seed: 7, level: 0.95 }],
  ['mae, 90% interval', { head: REG, spec: { metric: 'mae' }, samples: 500, seed: 8, level: 0.9 }],
  ['rmse, stratified by group', { head: REG_GROUPED, spec: { metric: 'rmse' }, samples: 500, seed: 9, level: 0.95 }],
  ['accuracy, binary', { head: BIN, spec: { metric: 'accuracy' }, samples: 1000, seed: 10, level: 0.95 }],
  ['f1 binary', { head: BIN, spec: { metric: 'f1', average: 'binary' }, samples: 500, seed: 11, level: 0.95 }],
  ['roc_auc, binary', { head: BIN, spec: { metric: 'roc_auc' }, samples: 500, seed: 12, level: 0.95 }],
  ['roc_auc, rare positives (resamples without one are skipped)', { head: RARE, spec: { metric: 'roc_auc' }, samples: 500, seed: 13, level: 0.95 }],
  ['log_loss, multiclass', { head: MULTI, spec: { metric: 'log_loss' }, samples: 500, seed: 14, level: 0.95 }],
  ['f1 macro, multiclass', { head: MULTI, spec: { metric: 'f1', average: 'macro' }, samples: 500, seed: 15, level: 0.95 }],
  ['roc_auc ovr, multiclass', { head: MULTI, spec: { metric: 'roc_auc' }, samples: 300, seed: 16, level: 0.95 }],
  ['paired mae, head − base', { head: headReg, base: REG, spec: { metric: 'mae' }, samples: 1000, seed: 17, level: 0.95 }],
  ['paired r2, stratified', { head: { ...headReg, groups: GROUPS }, base: REG_GROUPED, spec: { metric: 'r2' }, samples: 500, seed: 18, level: 0.95 }],
];

describe('intervals equal a numpy/sklearn bootstrap over the same resamples', () => {
  const expected = reference(REFERENCE_CASES.map(([, c]) => c));

  it.each(REFERENCE_CASES.map(([name, c], at) => [name, c, at] as const))('%s', (_, c, at) => {
    const options = { samples: c.samples, seed: c.seed, level: c.level };
    const ours: Interval = c.base ? pairedDifference(c.base, c.head, c.spec, options).diff : bootstrapInterval(c.head, c.spec, options);
    const theirs = expected[at]!;
    expect({ low: near(ours.low, theirs.low), high: near(ours.high, theirs.high), skipped: ours.skipped }).toEqual({ low: true, high: true, skipped: theirs.skipped });
    expect(ours.samples + ours.skipped).toBe(c.samples);
    expect(ours.level).toBe(c.level);
    const point = c.base ? computeMetric(c.spec, c.head) - computeMetric(c.spec, c.base) : computeMetric(c.spec, c.head);
    expect(ours.point).toBe(point);
    expect(ours.low).toBeLessThan(ours.high);
  });

  it('the rare-positives case really skips resamples, and counts them', () => {
    const at = REFERENCE_CASES.findIndex(([name]) => name.startsWith('roc_auc, rare'));
    expect(expected[at]!.skipped).toBeGreaterThan(0);
  });
});

describe('resamples', () => {
  it('are seeded: the same seed, the same resamples and interval; another seed, others', () => {
    expect(resampleIndices(50, 3, 1)).toEqual(resampleIndices(50, 3, 1));
    expect(resampleIndices(50, 3, 1)).not.toEqual(resampleIndices(50, 3, 2));
    const options = { samples: 200, seed: 5 };
    expect(bootstrapInterval(REG, { metric: 'mae' }, options)).toEqual(bootstrapInterval(REG, { metric: 'mae' }, options));
    expect(bootstrapInterval(REG, { metric: 'mae' }, options)).not.toEqual(bootstrapInterval(REG, { metric: 'mae' }, { ...options, seed: 6 }));
  });

  it('draw every row about equally often (the generator is uniform)', () => {
    const counts = new Array<number>(10).fill(0);
    for (const row of resampleIndices(10, 10_000, 3)) for (const i of row) counts[i]!++;
    for (const count of counts) expect(Math.abs(count - 10_000) / 10_000).toBeLessThan(0.03);
  });

  it('with groups, keep every group at its size and draw only within it', () => {
    const groups = ['a', 'b', 'b', 'c', 'c', 'c', 'a', 'b', 'c', 'c'];
    for (const row of resampleIndices(groups.length, 200, 4, groups)) {
      const size = (g: string, of: readonly string[]) => of.filter((x) => x === g).length;
      const drawn = Array.from(row, (i) => groups[i]!);
      for (const g of ['a', 'b', 'c']) expect(size(g, drawn)).toBe(size(g, groups));
    }
  });

  it('stratified by group, the interval is narrower when the groups differ (the mix is no longer random)', () => {
    const random = seeded(21);
    const n = 400;
    const groups = Array.from({ length: n }, (_, i) => (i < 100 ? 'hard' : 'easy'));
    const yTrue = Array.from({ length: n }, () => (random() < 0.5 ? '1' : '0'));
    const yPred = yTrue.map((y, i) => ((i < 100 ? random() < 0.5 : random() < 0.97) ? y : y === '1' ? '0' : '1'));
    const p: Predictions = { kind: 'classification', n, yTrue, yPred };
    const plain = bootstrapInterval(p, { metric: 'accuracy' }, { samples: 1000, seed: 1 });
    const stratified = bootstrapInterval({ ...p, groups }, { metric: 'accuracy' }, { samples: 1000, seed: 1 });
    expect(stratified.point).toBe(plain.point);
    expect(stratified.high - stratified.low).toBeLessThan(0.9 * (plain.high - plain.low));
  });
});

describe('coverage: about 95% of 95% intervals contain the true value', () => {
  const runs = 200;

  it('mae of N(0, 1) errors (true value √(2/π)), 200 examples each', () => {
    const truth = Math.sqrt(2 / Math.PI);
    let covered = 0;
    for (let run = 0; run < runs; run++) {
      const { y, e } = regressionData(200, 1000 + run);
      const interval = bootstrapInterval(regression(y, y.map((v, i) => v + e[i]!)), { metric: 'mae' }, { samples: 500, seed: run });
      if (interval.low <= truth && truth <= interval.high) covered++;
    }
    expect(covered / runs).toBeGreaterThanOrEqual(0.9);
    expect(covered / runs).toBeLessThanOrEqual(0.99);
  });

  it('accuracy of a classifier right 80% of the time, 300 examples each', () => {
    let covered = 0;
    for (let run = 0; run < runs; run++) {
      const random = seeded(5000 + run);
      const yTrue = Array.from({ length: 300 }, () => (random() < 0.5 ? 'x' : 'y'));
      const yPred = yTrue.map((y) => (random() < 0.8 ? y : y === 'x' ? 'y' : 'x'));
      const interval = bootstrapInterval({ kind: 'classification', n: 300, yTrue, yPred }, { metric: 'accuracy' }, { samples: 500, seed: run });
      if (interval.low <= 0.8 && 0.8 <= interval.high) covered++;
    }
    expect(covered / runs).toBeGreaterThanOrEqual(0.9);
    expect(covered / runs).toBeLessThanOrEqual(0.99);
  });

  it('a 50% interval covers about half the time (the level is honoured, not just wide)', () => {
    const truth = Math.sqrt(2 / Math.PI);
    let covered = 0;
    for (let run = 0; run < runs; run++) {
      const { y, e } = regressionData(200, 9000 + run);
      const interval = bootstrapInterval(regression(y, y.map((v, i) => v + e[i]!)), { metric: 'mae' }, { samples: 500, seed: run, level: 0.5 });
      if (interval.low <= truth && truth <= interval.high) covered++;
    }
    expect(covered / runs).toBeGreaterThanOrEqual(0.38);
    expect(covered / runs).toBeLessThanOrEqual(0.62);
  });
});

describe('paired against unpaired', () => {
  const { y, e } = regressionData(2000, 31);
  const base = regression(y, y.map((v, i) => v + e[i]!));
  // the same examples, every error 3% smaller: a real, small improvement
  const head = regression(y, y.map((v, i) => v + 0.97 * e[i]!));
  const options = { samples: 1000, seed: 3 };

  it('a small real change on the same examples: the paired test sees it, the unpaired one calls it noise', () => {
    const paired = pairedDifference(base, head, { metric: 'mae' }, options);
    expect(paired.alignment).toBe('row');
    expect(paired.mismatchedTruth).toBe(0);
    expect(paired.diff.high).toBeLessThan(0);
    expect(pairedVerdict(paired.diff, false)).toBe('better');
    const unpaired = unpairedVerdict(bootstrapInterval(base, { metric: 'mae' }, options), bootstrapInterval(head, { metric: 'mae' }, options), false);
    expect(unpaired).toBe('within noise');
  });

  it('another model of the same quality (errors drawn afresh): within noise', () => {
    const other = regressionData(2000, 32);
    const retrained = regression(y, y.map((v, i) => v + other.e[i]!));
    const paired = pairedDifference(base, retrained, { metric: 'mae' }, options);
    expect(paired.diff.low).toBeLessThan(0);
    expect(paired.diff.high).toBeGreaterThan(0);
    expect(pairedVerdict(paired.diff, false)).toBe('within noise');
  });

  it('aligns by id when both files have ids: a shuffled head gives the same interval as the rows in order', () => {
    const ids = y.map((_, i) => `ex-${i}`);
    const order = Array.from({ length: y.length }, (_, i) => (i * 7919) % y.length);
    const shuffled = regression(order.map((i) => y[i]!), order.map((i) => (head.yPred as Float64Array)[i]!), { ids: order.map((i) => ids[i]!) });
    const byId = pairedDifference({ ...base, ids }, shuffled, { metric: 'mae' }, options);
    const byRow = pairedDifference(base, head, { metric: 'mae' }, options);
    expect(byId.alignment).toBe('id');
    expect(byId.diff.point).toBeCloseTo(byRow.diff.point, 12);
    expect(byId.diff.low).toBeCloseTo(byRow.diff.low, 12);
    expect(byId.diff.high).toBeCloseTo(byRow.diff.high, 12);
    expect(byId.mismatchedTruth).toBe(0);
    // by row, the shuffled file pairs other examples: their y_true differ, which the result says
    expect(pairedDifference(base, { ...shuffled, ids: undefined }, { metric: 'mae' }, options).mismatchedTruth).toBeGreaterThan(1900);
  });

  it('ids that differ are a usage error saying how many', () => {
    const baseIds = { ...base, ids: y.map((_, i) => `ex-${i}`) };
    const headIds = { ...head, ids: y.map((_, i) => (i < 5 ? `new-${i}` : `ex-${i}`)) };
    expect(() => pairedDifference(baseIds, headIds, { metric: 'mae' }, options)).toThrow(UsageError);
    expect(() => pairedDifference(baseIds, headIds, { metric: 'mae' }, options)).toThrow(
      /^The base and head predictions are not of the same examples: 10 ids differ \(5 only in the base, 5 only in the head; e\.g\. 'ex-0' only in the base/,
    );
  });

  it('without ids, different row counts are a usage error; so are different kinds', () => {
    const shorter = regression(y.slice(1), y.slice(1));
    expect(() => pairedDifference(base, shorter, { metric: 'mae' }, options)).toThrow(/^The base predictions have 2000 examples and the head's 1999: without an id column in both, examples are paired by row/);
    expect(() => pairedDifference(base, binary(2000, 1), { metric: 'mae' }, options)).toThrow(/^The base predictions are regression and the head's are classification/);
  });
});

describe('several metrics over one set of draws', () => {
  const specs: MetricSpec[] = [{ metric: 'accuracy' }, { metric: 'f1', average: 'binary' }, { metric: 'precision', average: 'macro' }, { metric: 'recall', average: 'weighted' }, { metric: 'roc_auc' }, { metric: 'log_loss' }, { metric: 'r2' }];
  const options = { samples: 300, seed: 4 };

  it('give each metric exactly the interval it gets alone; a metric that does not fit is an error in its place', () => {
    const results = bootstrapIntervals(BIN, specs, options);
    expect(results.map((r) => r.kind)).toEqual(['interval', 'interval', 'interval', 'interval', 'interval', 'interval', 'error']);
    specs.slice(0, 6).forEach((spec, i) => expect(results[i]).toEqual({ kind: 'interval', spec, interval: bootstrapInterval(BIN, spec, options) }));
    const last = results[6]!;
    expect(last.kind === 'error' && last.error instanceof UsageError && last.error.message).toBe('r2 is a regression metric, and the predictions are classification.');
  });

  it('paired: each metric its own difference, the alignment shared', () => {
    const head = binary(400, 99);
    const batch = pairedDifferences(BIN, head, specs.slice(0, 6), options);
    expect(batch.alignment).toBe('row');
    specs.slice(0, 6).forEach((spec, i) => expect(batch.results[i]).toEqual({ kind: 'diff', spec, diff: pairedDifference(BIN, head, spec, options).diff }));
  });

  it('a metric undefined on most resamples is an error in its place; the others still get intervals', () => {
    const p = multiclass(6, 40, ['a', 'b', 'c', 'd', 'e', 'f'], true);
    const [accuracy, auc] = bootstrapIntervals(p, [{ metric: 'accuracy' }, { metric: 'roc_auc' }], { samples: 200, seed: 1 });
    expect(accuracy!.kind).toBe('interval');
    expect(auc!.kind === 'error' && auc!.error.message).toMatch(/^roc_auc was undefined on \d+ of 200 resamples/);
  });
});

describe('undefined resamples and bad options', () => {
  it('a metric undefined on more than half the resamples is an error saying so', () => {
    // six classes with one example each: almost no resample holds them all
    const p = multiclass(6, 40, ['a', 'b', 'c', 'd', 'e', 'f'], true);
    expect(Number.isNaN(computeMetric({ metric: 'roc_auc' }, p))).toBe(false);
    expect(() => bootstrapInterval(p, { metric: 'roc_auc' }, { samples: 200, seed: 1 })).toThrow(MlopsError);
    expect(() => bootstrapInterval(p, { metric: 'roc_auc' }, { samples: 200, seed: 1 })).toThrow(/^roc_auc was undefined on 1\d\d of 200 resamples \(roc_auc needs both classes in y_true/);
  });

  it('a metric undefined on all rows is an error, not an interval', () => {
    const oneClass: Predictions = { ...binary(50, 1), yTrue: new Array<string>(50).fill('1') };
    expect(() => bootstrapInterval(oneClass, { metric: 'roc_auc' }, { samples: 100, seed: 1 })).toThrow(/^roc_auc cannot be computed from the predictions: roc_auc needs both classes/);
    const constant = regression(new Array<number>(20).fill(2), Array.from({ length: 20 }, (_, i) => i));
    expect(computeMetric({ metric: 'r2' }, constant)).toBe(0);
    expect(() => bootstrapInterval(constant, { metric: 'r2' }, { samples: 100, seed: 1 })).toThrow(/^r2 was undefined on 100 of 100 resamples \(r2 needs y_true to vary\)/);
  });

  it.each([0, -1, 1.5, 2_000_000])('bootstrap-samples %p is an option error', (samples) => {
    expect(() => bootstrapInterval(REG, { metric: 'mae' }, { samples, seed: 1 })).toThrow(OptionError);
    expect(() => bootstrapInterval(REG, { metric: 'mae' }, { samples, seed: 1 })).toThrow(/^bootstrap-samples: .* is not a number of resamples from 1 to 1,000,000\.$/);
  });
});

describe('verdicts and the significant gate', () => {
  const interval = (low: number, high: number): Interval => ({ point: (low + high) / 2, low, high, level: 0.95, samples: 1000, skipped: 0 });

  it.each([
    [0.01, 0.03, true, 'better'],
    [0.01, 0.03, false, 'worse'],
    [-0.03, -0.01, true, 'worse'],
    [-0.03, -0.01, false, 'better'],
    [-0.01, 0.02, true, 'within noise'],
    [0, 0.02, true, 'within noise'],
    [-0.02, 0, false, 'within noise'],
  ] as const)('paired: head − base in [%p, %p], higher is better %p → %p', (low, high, higher, verdict) => {
    expect(pairedVerdict(interval(low, high), higher)).toBe(verdict);
  });

  it.each([
    [[0.8, 0.82], [0.83, 0.85], true, 'better'],
    [[0.8, 0.82], [0.83, 0.85], false, 'worse'],
    [[0.8, 0.82], [0.77, 0.79], true, 'worse'],
    [[0.8, 0.82], [0.815, 0.84], true, 'within noise'],
    [[0.8, 0.82], [0.82, 0.84], true, 'within noise'],
    [[0.8, 0.82], [0.7, 0.9], false, 'within noise'],
  ] as const)('unpaired: base %p, head %p, higher is better %p → %p', (base, head, higher, verdict) => {
    expect(unpairedVerdict(interval(base[0], base[1]), interval(head[0], head[1]), higher)).toBe(verdict);
  });

  it.each([
    // r2 max-drop 0.01 significant: fails only when the whole interval of the change is a drop beyond 0.01
    [-0.05, -0.02, 0.01, true, true],
    [-0.05, -0.005, 0.01, true, false],
    [-0.05, -0.01, 0.01, true, false],
    [-0.005, 0.01, 0.01, true, false],
    // lower is better (rmse): a rise beyond max-drop
    [0.02, 0.05, 0.01, false, true],
    [0.005, 0.05, 0.01, false, false],
    [-0.05, -0.02, 0.01, false, false],
  ] as const)('significantDrop: change in [%p, %p], max-drop %p, higher is better %p → %p', (low, high, maxDrop, higher, expected) => {
    expect(significantDrop(interval(low, high), maxDrop, higher)).toBe(expected);
  });

  it.each([
    [0.006, 0.02, 0.005, true, true],
    [0.004, 0.02, 0.005, true, false],
    [-0.02, -0.006, 0.005, false, true],
    [-0.02, -0.004, 0.005, false, false],
  ] as const)('significantGain: change in [%p, %p], min-gain %p, higher is better %p → %p', (low, high, minGain, higher, expected) => {
    expect(significantGain(interval(low, high), minGain, higher)).toBe(expected);
  });

  it('on real data: a model made worse by a known amount fails the significant gate only beyond it', () => {
    const { y, e } = regressionData(3000, 50);
    const base = regression(y, y.map((v, i) => v + e[i]!));
    const worse = regression(y, y.map((v, i) => v + 1.1 * e[i]!));
    const diff = pairedDifference(base, worse, { metric: 'r2' }, { samples: 500, seed: 2 }).diff;
    const drop = -diff.point;
    expect(drop).toBeGreaterThan(0);
    expect(significantDrop(diff, drop / 2, true)).toBe(true);
    expect(significantDrop(diff, drop * 1.5, true)).toBe(false);
  });
});
