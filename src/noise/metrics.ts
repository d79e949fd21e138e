/**
 * Metrics recomputed from per-example predictions, exactly as scikit-learn defines them (checked
 * against the installed sklearn 1.2 in test/integration/noise-sklearn.test.ts), and fast enough to
 * be recomputed a thousand times: every metric is a weighted sum over the rows, the weights being
 * how often a resample drew each row, so one pass over typed arrays gives one value.
 */
import { MlopsError, OptionError, UsageError } from '../errors.js';
import { classesOf, positiveClass, type Predictions } from './predictions.js';

export type MetricName = 'r2' | 'rmse' | 'mse' | 'mae' | 'mape' | 'accuracy' | 'precision' | 'recall' | 'f1' | 'roc_auc' | 'log_loss';
export type Average = 'binary' | 'macro' | 'micro' | 'weighted';

/**
 * A metric and, for precision/recall/f1, how it averages over classes. Without `average` they
 * average as 'binary' for two classes and as 'macro' for more (sklearn would refuse the latter).
 */
export interface MetricSpec {
  metric: MetricName;
  average?: Average;
}

export const REGRESSION_METRICS: readonly MetricName[] = ['r2', 'rmse', 'mse', 'mae', 'mape'];
export const CLASSIFICATION_METRICS: readonly MetricName[] = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss'];
const METRICS: readonly MetricName[] = [...REGRESSION_METRICS, ...CLASSIFICATION_METRICS];
const AVERAGED: ReadonlySet<MetricName> = new Set(['precision', 'recall', 'f1']);
const AVERAGES: readonly Average[] = ['binary', 'macro', 'micro', 'weighted'];
const HIGHER: ReadonlySet<MetricName> = new Set(['r2', 'accuracy', 'precision', 'recall', 'f1', 'roc_auc']);

/** sklearn's `np.finfo(np.float64).eps`: MAPE's floor on |y_true| and log_loss's clipping ("auto" for float64). */
export const EPSILON = 2.220446049250313e-16;

/** Whether the metric fits predictions of this kind. */
export function metricFitsKind(metric: MetricName, kind: Predictions['kind']): boolean {
  return (kind === 'regression' ? REGRESSION_METRICS : CLASSIFICATION_METRICS).includes(metric);
}

/** r2, accuracy, precision, recall, f1 and roc_auc are better higher; the errors and log_loss lower. */
export function higherIsBetter(metric: MetricName): boolean {
  return HIGHER.has(metric);
}

/** `r2`, `f1:macro` …: how a spec is written in metric-definitions and in messages. */
export function describeSpec(spec: MetricSpec): string {
  return spec.average ? `${spec.metric}:${spec.average}` : spec.metric;
}

/**
 * `name=metric` or `name=metric:average` lines (`f1_macro=f1:macro`, `auc=roc_auc`); blank lines
 * and lines starting with `#` are skipped. The name is a metric key or its last dotted segment.
 */
export function parseMetricDefinitions(lines: readonly string[]): Map<string, MetricSpec> {
  const result = new Map<string, MetricSpec>();
  const where = new Map<string, number>();
  const example = 'Example: f1_macro=f1:macro or auc=roc_auc';
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const at = `line ${index + 1} '${line}'`;
    const match = /^(.+?)\s*=\s*([A-Za-z0-9_]+)\s*(?::\s*([A-Za-z]+))?$/.exec(line);
    if (!match) throw new OptionError('metric-definitions', `${at} is not of the form name=metric or name=metric:average.`, example);
    const [, name, metricText, averageText] = match as unknown as [string, string, string, string | undefined];
    const metric = metricText.toLowerCase() as MetricName;
    if (!METRICS.includes(metric)) {
      throw new OptionError('metric-definitions', `${at}: '${metricText}' is not a metric that can be recomputed from predictions.`, `Use one of ${METRICS.join(', ')}.`);
    }
    let average: Average | undefined;
    if (averageText !== undefined) {
      average = averageText.toLowerCase() as Average;
      if (!AVERAGED.has(metric)) throw new OptionError('metric-definitions', `${at}: ${metric} takes no average.`, 'Only precision, recall and f1 take one: binary, macro, micro or weighted.');
      if (!AVERAGES.includes(average)) throw new OptionError('metric-definitions', `${at}: '${averageText}' is not an average.`, `Use one of ${AVERAGES.join(', ')}.`);
    }
    const before = where.get(name);
    if (before !== undefined) throw new OptionError('metric-definitions', `${at}: '${name}' is already defined on line ${before}.`, 'Define each metric once.');
    where.set(name, index + 1);
    result.set(name, average ? { metric, average } : { metric });
  });
  return result;
}

/** Words that say where a metric was measured, not which metric it is (`test_r2`, `val_acc`, `accuracy_score`). */
const NOISE_WORDS = new Set(['test', 'val', 'valid', 'validation', 'eval', 'evaluation', 'holdout', 'score', 'final', 'best']);
/** Words that say the value is not the metric itself (`train_r2` is not computed on the evaluation set; `neg_mse` is negated). */
const REFUSE_WORDS = new Set(['train', 'training', 'neg', 'negative', 'std', 'var', 'delta', 'diff', 'change']);
const NAMES: Record<string, MetricSpec> = {
  r2: { metric: 'r2' }, rsquared: { metric: 'r2' }, r_squared: { metric: 'r2' },
  rmse: { metric: 'rmse' }, root_mean_squared_error: { metric: 'rmse' },
  mse: { metric: 'mse' }, mean_squared_error: { metric: 'mse' },
  mae: { metric: 'mae' }, mean_absolute_error: { metric: 'mae' },
  mape: { metric: 'mape' }, mean_absolute_percentage_error: { metric: 'mape' },
  accuracy: { metric: 'accuracy' }, acc: { metric: 'accuracy' },
  roc_auc: { metric: 'roc_auc' }, auc: { metric: 'roc_auc' }, auroc: { metric: 'roc_auc' }, roc_auc_ovr: { metric: 'roc_auc' },
  log_loss: { metric: 'log_loss' }, logloss: { metric: 'log_loss' },
};
for (const metric of ['precision', 'recall', 'f1'] as const) {
  NAMES[metric] = { metric };
  for (const average of AVERAGES) {
    NAMES[`${metric}_${average}`] = { metric, average };
    NAMES[`${average}_${metric}`] = { metric, average };
  }
}
NAMES.f1_binary = { metric: 'f1', average: 'binary' };

/**
 * The metric behind a metric key: its definition (by key, then by last dotted segment), else a
 * guess from the last dotted segment, case-insensitive (`r2_score`, `test.acc`, `f1_macro`,
 * `val_roc_auc`, and classification_report's `macro avg.f1-score`), only for metrics that fit `kind`. A definition wins even when it does not fit
 * `kind` (computeMetric then says why it cannot be computed). Undefined when the key names no
 * metric that can be recomputed, or one measured elsewhere (`train_r2`) or negated (`neg_mse`).
 */
export function metricSpecFor(key: string, definitions: ReadonlyMap<string, MetricSpec>, kind: Predictions['kind']): MetricSpec | undefined {
  const segments = key.split('.');
  const last = segments[segments.length - 1]!;
  const defined = definitions.get(key) ?? definitions.get(last);
  if (defined) return defined;
  const words = last.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.some((word) => REFUSE_WORDS.has(word))) return undefined;
  let spec = NAMES[words.filter((word) => !NOISE_WORDS.has(word)).join('_')];
  // sklearn's classification_report(output_dict=True): `macro avg.f1-score`, `weighted avg.recall`
  const parent = segments[segments.length - 2]?.trim() ?? '';
  // …and its per-class entries (`1.f1-score`): one class's score, not one of ours
  if (/^-?\d+(\.\d+)?$/.test(parent) && spec && AVERAGED.has(spec.metric)) return undefined;
  const report = /^(macro|micro|weighted) avg$/i.exec(parent);
  if (spec && report && AVERAGED.has(spec.metric) && spec.average === undefined) spec = { metric: spec.metric, average: report[1]!.toLowerCase() as Average };
  return spec && metricFitsKind(spec.metric, kind) ? spec : undefined;
}

/** Why a metric has no value on some data: what a skipped resample or a refused point value means. */
export function whyUndefined(metric: MetricName): string {
  if (metric === 'roc_auc') return 'roc_auc needs both classes in y_true (every class, for several)';
  if (metric === 'r2') return 'r2 needs y_true to vary';
  return `${metric} is not defined`;
}

/**
 * A metric compiled for one predictions set: its value for row weights `w` (how often each row is
 * drawn; length n). NaN where the metric is undefined: roc_auc without both classes always, and
 * r2 with constant y_true when `strict` (sklearn gives 1 or 0 there, a value a resample should not
 * contribute).
 */
export type MetricKernel = (w: Uint32Array, stamp?: number) => number;

let lastStamp = 0;

/**
 * A number naming one resample's weights: kernels of the same predictions given the same stamp
 * share work (the confusion counts of accuracy, precision, recall and f1 are summed once).
 * Without a stamp a kernel recomputes everything.
 */
export function newStamp(): number {
  return ++lastStamp;
}

interface Encoded {
  classes: string[];
  k: number;
  yt: Int32Array;
  yp: Int32Array;
  /** The positive class's code. */
  pos: number;
  /** How many classes appear in y_true or y_pred. */
  present: number;
  tp: Float64Array;
  trueSum: Float64Array;
  predSum: Float64Array;
  /** The counts above are those of the weights stamped so (0: none). */
  stamp: number;
  total: number;
  counter?: (w: Uint32Array) => number;
}

interface Ranked {
  order: Uint32Array;
  positive: Uint8Array;
  tieStart: Uint8Array;
}

interface Prepared {
  ones: Uint32Array;
  encoded?: Encoded;
  ranked: Map<number, Ranked>;
  rowLoss?: Float64Array;
}

const cache = new WeakMap<Predictions, Prepared>();

function prepared(p: Predictions): Prepared {
  let entry = cache.get(p);
  if (!entry) {
    entry = { ones: new Uint32Array(p.n).fill(1), ranked: new Map() };
    cache.set(p, entry);
  }
  return entry;
}

function encode(p: Predictions): Encoded {
  const entry = prepared(p);
  if (entry.encoded) return entry.encoded;
  const classes = classesOf(p);
  const code = new Map(classes.map((label, i) => [label, i]));
  const codes = (labels: string[]) => Int32Array.from(labels, (label) => code.get(label)!);
  const yt = codes(p.yTrue as string[]);
  const yp = codes(p.yPred as string[]);
  const seen = new Uint8Array(classes.length);
  for (let i = 0; i < p.n; i++) seen[yt[i]!] = seen[yp[i]!] = 1;
  const present = seen.reduce((sum, s) => sum + s, 0);
  const k = classes.length;
  const pos = code.get(classes.length === 1 ? soleClassPositive(classes[0]!) : positiveClass(classes)) ?? -1;
  entry.encoded = { classes, k, yt, yp, pos, present, tp: new Float64Array(k), trueSum: new Float64Array(k), predSum: new Float64Array(k), stamp: 0, total: 0 };
  return entry.encoded;
}

/** With one class only, sklearn's pos_label=1 is absent for 0/false labels: nothing is positive. */
function soleClassPositive(label: string): string {
  return label === '0' ? '1' : label === 'false' ? 'true' : label;
}

function ranked(p: Predictions, column: number, positiveCode: number, yt: Int32Array): Ranked {
  const entry = prepared(p);
  const cached = entry.ranked.get(column);
  if (cached) return cached;
  const score = p.proba!.p[column]!;
  const order = new Uint32Array(p.n);
  for (let i = 0; i < p.n; i++) order[i] = i;
  order.sort((a, b) => score[a]! - score[b]!);
  const positive = new Uint8Array(p.n);
  const tieStart = new Uint8Array(p.n);
  for (let j = 0; j < p.n; j++) {
    positive[j] = yt[order[j]!] === positiveCode ? 1 : 0;
    tieStart[j] = j > 0 && score[order[j]!] !== score[order[j - 1]!] ? 1 : 0;
  }
  const result = { order, positive, tieStart };
  entry.ranked.set(column, result);
  return result;
}

/** Mann-Whitney AUC over rows sorted by score once: ties count one half, weights are draw counts. */
function weightedAuc(r: Ranked, w: Uint32Array): number {
  const { order, positive, tieStart } = r;
  let below = 0;
  let pos = 0;
  let neg = 0;
  let area = 0;
  let totalPos = 0;
  for (let j = 0; j < order.length; j++) {
    if (tieStart[j]) {
      area += pos * (below + 0.5 * neg);
      below += neg;
      totalPos += pos;
      pos = neg = 0;
    }
    const weight = w[order[j]!]!;
    if (positive[j]) pos += weight;
    else neg += weight;
  }
  area += pos * (below + 0.5 * neg);
  below += neg;
  totalPos += pos;
  return totalPos > 0 && below > 0 ? area / (totalPos * below) : NaN;
}

function regressionKernel(spec: MetricSpec, p: Predictions, strict: boolean): MetricKernel {
  const yt = p.yTrue as Float64Array;
  const yp = p.yPred as Float64Array;
  const n = p.n;
  const perRow = (f: (t: number, q: number) => number) => {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = f(yt[i]!, yp[i]!);
    return values;
  };
  const mean = (values: Float64Array): MetricKernel => (w) => {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const wi = w[i]!;
      sum += wi * values[i]!;
      total += wi;
    }
    return sum / total;
  };
  switch (spec.metric) {
    case 'mse':
      return mean(perRow((t, q) => (t - q) ** 2));
    case 'rmse': {
      const mse = mean(perRow((t, q) => (t - q) ** 2));
      return (w) => Math.sqrt(mse(w));
    }
    case 'mae':
      return mean(perRow((t, q) => Math.abs(q - t)));
    case 'mape':
      return mean(perRow((t, q) => Math.abs(q - t) / Math.max(Math.abs(t), EPSILON)));
    case 'r2': {
      const se = perRow((t, q) => (t - q) ** 2);
      // y_true centred on its mean over all rows: one pass gives the resample's sum of squares
      // without the cancellation of Σy² − (Σy)²/W, since a resample's mean is near the full mean
      let full = 0;
      for (let i = 0; i < n; i++) full += yt[i]!;
      full /= n;
      const yc = perRow((t) => t - full);
      const constant = (w: Uint32Array): boolean => {
        let first: number | undefined;
        for (let i = 0; i < n; i++) {
          if (w[i] === 0) continue;
          if (first === undefined) first = yt[i]!;
          else if (yt[i] !== first) return false;
        }
        return true;
      };
      return (w) => {
        let total = 0;
        let sum = 0;
        let squares = 0;
        let sse = 0;
        for (let i = 0; i < n; i++) {
          const wi = w[i]!;
          const d = yc[i]!;
          total += wi;
          sum += wi * d;
          squares += wi * d * d;
          sse += wi * se[i]!;
        }
        const sst = squares - (sum * sum) / total;
        // sklearn's force_finite: constant y_true gives 1 for a perfect fit, else 0
        if (sst <= 1e-12 * squares && constant(w)) return strict ? NaN : sse === 0 ? 1 : 0;
        return 1 - sse / sst;
      };
    }
    default:
      throw new Error(`not a regression metric: ${spec.metric}`);
  }
}

/**
 * Fills tp / trueSum / predSum (per class) for row weights w and returns the total weight. With
 * few classes, one histogram of (true, predicted) cells: one add per row, then k² to sum it up.
 */
function countsKernel(e: Encoded, n: number): (w: Uint32Array, stamp?: number) => number {
  e.counter ??= counter(e, n);
  const count = e.counter;
  return (w, stamp) => {
    if (stamp !== undefined && stamp === e.stamp) return e.total;
    e.total = count(w);
    e.stamp = stamp ?? 0;
    return e.total;
  };
}

function counter(e: Encoded, n: number): (w: Uint32Array) => number {
  const { yt, yp, k, tp, trueSum, predSum } = e;
  if (k <= 32) {
    const cells = new Int32Array(n);
    for (let i = 0; i < n; i++) cells[i] = yt[i]! * k + yp[i]!;
    const histogram = new Float64Array(k * k);
    return (w) => {
      histogram.fill(0);
      for (let i = 0; i < n; i++) histogram[cells[i]!]! += w[i]!;
      tp.fill(0);
      trueSum.fill(0);
      predSum.fill(0);
      let total = 0;
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          const count = histogram[a * k + b]!;
          trueSum[a]! += count;
          predSum[b]! += count;
          total += count;
        }
        tp[a] = histogram[a * k + a]!;
      }
      return total;
    };
  }
  return (w) => {
    tp.fill(0);
    trueSum.fill(0);
    predSum.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const wi = w[i]!;
      const a = yt[i]!;
      const b = yp[i]!;
      trueSum[a]! += wi;
      predSum[b]! += wi;
      if (a === b) tp[a]! += wi;
      total += wi;
    }
    return total;
  };
}

function needProba(spec: MetricSpec, p: Predictions): NonNullable<Predictions['proba']> {
  if (!p.proba) {
    throw new UsageError(`${spec.metric} needs the predicted probabilities, and the predictions have none.`, "Add a column p (two classes: the positive class's probability) or p_<class> per class, from predict_proba().");
  }
  return p.proba;
}

function classificationKernel(spec: MetricSpec, p: Predictions): MetricKernel {
  const e = encode(p);
  const { yt, k, tp, trueSum, predSum } = e;
  const n = p.n;
  if (spec.metric === 'log_loss') {
    const proba = needProba(spec, p);
    const entry = prepared(p);
    if (!entry.rowLoss) {
      const column = new Map(proba.classes.map((label, i) => [label, i]));
      const truth = Int32Array.from(e.classes, (label) => column.get(label) ?? -1);
      const clip = (x: number) => Math.min(Math.max(x, EPSILON), 1 - EPSILON);
      const loss = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (const c of proba.p) sum += clip(c[i]!);
        const at = truth[yt[i]!]!;
        if (at < 0) throw new UsageError(`log_loss: the class '${e.classes[yt[i]!]}' of y_true has no probability column.`, 'Write one column p_<class> per class the model knows.');
        loss[i] = -Math.log(clip(proba.p[at]![i]!) / sum);
      }
      entry.rowLoss = loss;
    }
    const loss = entry.rowLoss;
    return (w) => {
      let sum = 0;
      let total = 0;
      for (let i = 0; i < n; i++) {
        sum += w[i]! * loss[i]!;
        total += w[i]!;
      }
      return sum / total;
    };
  }
  if (spec.metric === 'roc_auc') {
    const proba = needProba(spec, p);
    const codeOf = new Map(e.classes.map((label, i) => [label, i]));
    if (proba.classes.length === 2) {
      const positive = positiveClass(proba.classes);
      const r = ranked(p, proba.classes.indexOf(positive), codeOf.get(positive)!, yt);
      return (w) => weightedAuc(r, w);
    }
    if (proba.classes.length * n > 100_000_000) {
      throw new MlopsError(`roc_auc over ${proba.classes.length} classes × ${n} examples is too large to resample (more than 100 million class-examples).`, { hint: 'Define the metric on a sample of the evaluation set.' });
    }
    const per = proba.classes.map((label, column) => ranked(p, column, codeOf.get(label)!, yt));
    // one-vs-rest, macro: sklearn's roc_auc_score(multi_class='ovr'); undefined when a class is missing from y_true
    return (w) => {
      let sum = 0;
      for (const r of per) sum += weightedAuc(r, w);
      return sum / per.length;
    };
  }
  const average = spec.average ?? (e.present <= 2 ? 'binary' : 'macro');
  if (average === 'binary' && e.present > 2) {
    throw new UsageError(`${describeSpec(spec)}: average 'binary' needs two classes; the predictions have ${e.present} (${e.classes.slice(0, 10).join(', ')}).`, `Say which average in metric-definitions, e.g. name=${spec.metric}:macro.`);
  }
  const count = countsKernel(e, n);
  if (spec.metric === 'accuracy' || average === 'micro') {
    // micro precision = recall = f1 = accuracy when every present class counts (sklearn's labels=None)
    return (w, stamp) => {
      const total = count(w, stamp);
      let correct = 0;
      for (let c = 0; c < k; c++) correct += tp[c]!;
      return correct / total;
    };
  }
  const metric = spec.metric as 'precision' | 'recall' | 'f1';
  // sklearn's zero_division="warn": a 0/0 precision or recall counts 0, and so does f1 of two zeros
  const score = (c: number): number => {
    const precision = predSum[c]! > 0 ? tp[c]! / predSum[c]! : 0;
    const recall = trueSum[c]! > 0 ? tp[c]! / trueSum[c]! : 0;
    if (metric === 'precision') return precision;
    if (metric === 'recall') return recall;
    const denominator = precision + recall;
    return (2 * precision * recall) / (denominator === 0 ? 1 : denominator);
  };
  if (average === 'binary') {
    const pos = e.pos;
    return (w, stamp) => {
      count(w, stamp);
      return pos < 0 ? 0 : score(pos);
    };
  }
  return (w, stamp) => {
    count(w, stamp);
    let sum = 0;
    let weights = 0;
    for (let c = 0; c < k; c++) {
      if (trueSum[c] === 0 && predSum[c] === 0) continue;
      const weight = average === 'weighted' ? trueSum[c]! : 1;
      sum += weight * score(c);
      weights += weight;
    }
    return weights > 0 ? sum / weights : 0;
  };
}

/**
 * The kernel of a metric for one predictions set, its checks done once: a metric that does not fit
 * the predictions (f1 on regression, roc_auc without probabilities, average 'binary' on three
 * classes) is a UsageError saying what to change.
 */
export function metricKernel(spec: MetricSpec, p: Predictions, options: { strict?: boolean } = {}): MetricKernel {
  if (!metricFitsKind(spec.metric, p.kind)) {
    throw new UsageError(
      `${describeSpec(spec)} is a ${p.kind === 'regression' ? 'classification' : 'regression'} metric, and the predictions are ${p.kind}.`,
      p.kind === 'regression' ? `Regression predictions give ${REGRESSION_METRICS.join(', ')}; a classifier's file has labels or probability columns.` : `Classification predictions give ${CLASSIFICATION_METRICS.join(', ')}.`,
    );
  }
  return p.kind === 'regression' ? regressionKernel(spec, p, options.strict ?? false) : classificationKernel(spec, p);
}

/** Draw counts per row from row indices (with repetition). */
export function countsOf(sample: Uint32Array, n: number): Uint32Array {
  const counts = new Uint32Array(n);
  for (let j = 0; j < sample.length; j++) {
    const i = sample[j]!;
    if (i >= n) throw new RangeError(`row index ${i} is out of range (n = ${n})`);
    counts[i]!++;
  }
  return counts;
}

/**
 * The metric as scikit-learn computes it, over all rows or over `sample` (row indices, with
 * repetition: a resample). NaN where sklearn raises: roc_auc when y_true lacks a class.
 */
export function computeMetric(spec: MetricSpec, p: Predictions, sample?: Uint32Array): number {
  const kernel = metricKernel(spec, p);
  return kernel(sample ? countsOf(sample, p.n) : prepared(p).ones);
}

/** All-ones weights for `p` (every row once), shared. */
export function allRows(p: Predictions): Uint32Array {
  return prepared(p).ones;
}
