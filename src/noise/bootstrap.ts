/**
 * Seeded bootstrap intervals over examples, and verdicts that know the noise. The resamples
 * depend on the seed, the number of rows and the groups only, so the same files give the same
 * intervals on every run and machine, and two revisions' predictions can be resampled alike
 * (the paired comparison draws the same examples for both).
 *
 * The interval is the percentile interval (numpy's default linear interpolation) of the metric
 * over `samples` resamples of the rows, drawn with replacement; with groups, within each group,
 * so every resample keeps the group sizes (stratified bootstrap).
 */
import { MlopsError, OptionError, UsageError } from '../errors.js';
import { describeSpec, metricKernel, newStamp, whyUndefined, type MetricSpec } from './metrics.js';
import type { Predictions } from './predictions.js';

export interface Interval {
  /** The metric on all rows (sklearn's value). */
  point: number;
  low: number;
  high: number;
  /** 0.95 for a 95% interval. */
  level: number;
  /** Resamples that gave a value (the interval is over these). */
  samples: number;
  /** Resamples on which the metric was undefined (one class only for roc_auc, constant y_true for r2). */
  skipped: number;
}

export interface BootstrapOptions {
  samples: number;
  seed: number;
  /** Default 0.95. */
  level?: number;
}

export type NoiseVerdict = 'better' | 'worse' | 'within noise';

/** Most resamples one interval may take: 10⁶ (a thousand is plenty; more only costs time). */
export const MAX_SAMPLES = 1_000_000;

// Module-scope copies: inside a vm context (Jest) every global lookup in a hot loop is slow.
const imul = Math.imul;

/**
 * xoshiro128** (Blackman & Vigna), seeded through splitmix32: small, fast and the same
 * everywhere. One generator draws the resamples: each one n rows with replacement, stratum by
 * stratum. `counts` and `indices` consume it identically, so they describe the same resamples;
 * the state lives in locals while drawing, which is what makes a draw cost a few nanoseconds.
 */
class Resampler {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(
    seed: number,
    private readonly strata: Uint32Array[],
  ) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** How often each row is drawn in the next resample. */
  counts(out: Uint32Array): void {
    out.fill(0);
    this.draw(out, 'counts');
  }

  /** The rows of the next resample, in the order drawn. */
  indices(out: Uint32Array): void {
    this.draw(out, 'indices');
  }

  private draw(out: Uint32Array, as: 'counts' | 'indices'): void {
    let { a, b, c, d } = this;
    let at = 0;
    for (const rows of this.strata) {
      const m = rows.length;
      // a uniform draw from 0 … m−1: x · m / 2³² truncated, below m since x < 2³²
      const scale = m / TWO_TO_32;
      for (let j = 0; j < m; j++) {
        // xoshiro128** inlined: no call per draw
        const x = imul(rotl(imul(b, 5), 7), 9) >>> 0;
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = (d << 11) | (d >>> 21);
        const row = rows[(x * scale) >>> 0]!;
        if (as === 'counts') out[row]!++;
        else out[at++] = row;
      }
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

const TWO_TO_32 = 4294967296;

/** The rows of each group (in order of first appearance), or all rows as one stratum. */
function strataOf(n: number, groups: readonly string[] | undefined): Uint32Array[] {
  if (!groups) return [Uint32Array.from({ length: n }, (_, i) => i)];
  if (groups.length !== n) throw new RangeError(`groups has ${groups.length} entries for ${n} rows`);
  const rows = new Map<string, number[]>();
  groups.forEach((group, i) => {
    let list = rows.get(group);
    if (!list) rows.set(group, (list = []));
    list.push(i);
  });
  return [...rows.values()].map((list) => Uint32Array.from(list));
}

/**
 * The row indices of the resamples `bootstrapInterval` draws for n rows (stratified by `groups`
 * when given): for checking the bootstrap against a reference implementation.
 */
export function resampleIndices(n: number, samples: number, seed: number, groups?: readonly string[]): Uint32Array[] {
  const resampler = new Resampler(seed, strataOf(n, groups));
  return Array.from({ length: samples }, () => {
    const out = new Uint32Array(n);
    resampler.indices(out);
    return out;
  });
}

/** numpy.percentile's default ('linear') of sorted values, q in [0, 1]. */
export function percentile(sorted: Float64Array, q: number): number {
  const h = q * (sorted.length - 1);
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  const t = h - below;
  const a = sorted[below]!;
  const b = sorted[above]!;
  // numpy's _lerp: exact at both ends
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

function checkOptions(options: BootstrapOptions): number {
  const { samples, seed } = options;
  const level = options.level ?? 0.95;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new OptionError('bootstrap-samples', `${samples} is not a number of resamples from 1 to ${MAX_SAMPLES.toLocaleString('en-US')}.`, 'The default, 1000, gives stable 95% intervals.');
  }
  if (!Number.isInteger(seed)) throw new RangeError(`bootstrap seed ${seed} is not an integer`);
  if (!(level > 0 && level < 1)) throw new RangeError(`interval level ${level} is not between 0 and 1`);
  return level;
}

function pointOf(kernel: (w: Uint32Array) => number, p: Predictions, spec: MetricSpec, what: string): number {
  const value = kernel(new Uint32Array(p.n).fill(1));
  if (Number.isNaN(value)) throw new MlopsError(`${describeSpec(spec)} cannot be computed from ${what}: ${whyUndefined(spec.metric)}.`);
  return value;
}

function intervalOf(values: Float64Array, taken: number, skipped: number, point: number, level: number, spec: MetricSpec): Interval {
  if (skipped * 2 > taken + skipped) {
    throw new MlopsError(
      `${describeSpec(spec)} was undefined on ${skipped} of ${taken + skipped} resamples (${whyUndefined(spec.metric)}), so it has no interval.`,
      { hint: 'Evaluate on more examples (or, with groups, on groups that each hold every class).' },
    );
  }
  const sorted = values.subarray(0, taken).sort();
  return { point, low: percentile(sorted, (1 - level) / 2), high: percentile(sorted, (1 + level) / 2), level, samples: taken, skipped };
}

/** One metric's value on a resample (NaN: undefined there, skipped). */
type Statistic = (w: Uint32Array, stamp: number) => number;

/**
 * Every statistic over the same resamples, drawn once: the resamples' values of each, NaNs
 * (undefined) left out, in `values[s].subarray(0, taken[s])`.
 */
function sweep(n: number, strata: Uint32Array[], options: BootstrapOptions, statistics: readonly Statistic[]): { values: Float64Array[]; taken: number[] } {
  const resampler = new Resampler(options.seed, strata);
  const counts = new Uint32Array(n);
  const values = statistics.map(() => new Float64Array(options.samples));
  const taken = statistics.map(() => 0);
  for (let b = 0; b < options.samples; b++) {
    resampler.counts(counts);
    const stamp = newStamp();
    for (let s = 0; s < statistics.length; s++) {
      const value = statistics[s]!(counts, stamp);
      // NaN (value !== value): undefined on this resample, skipped and counted
      if (value === value) values[s]![taken[s]!++] = value;
    }
  }
  return { values, taken };
}

/** One metric's outcome in a batch: its interval, or why it has none (the other metrics are unaffected). */
export type BootstrapResult = { kind: 'interval'; spec: MetricSpec; interval: Interval } | { kind: 'error'; spec: MetricSpec; error: MlopsError };

function settle<T>(spec: MetricSpec, run: () => T): { ok: T } | { kind: 'error'; spec: MetricSpec; error: MlopsError } {
  try {
    return { ok: run() };
  } catch (error) {
    if (error instanceof MlopsError) return { kind: 'error', spec, error };
    throw error;
  }
}

/**
 * Intervals of several metrics of one predictions set over the same resamples, drawn once: what
 * `bootstrapInterval` gives for each (the same values), at a fraction of the cost. A metric that
 * cannot be computed is an error in its place, not a failure of the batch.
 */
export function bootstrapIntervals(p: Predictions, specs: readonly MetricSpec[], options: BootstrapOptions): BootstrapResult[] {
  const level = checkOptions(options);
  const prepared = specs.map((spec) =>
    settle(spec, () => ({ point: pointOf(metricKernel(spec, p), p, spec, 'the predictions'), kernel: metricKernel(spec, p, { strict: true }) })),
  );
  const ready = prepared.flatMap((entry) => ('ok' in entry ? [entry.ok] : []));
  const { values, taken } = sweep(p.n, strataOf(p.n, p.groups), options, ready.map((entry) => entry.kernel));
  let at = 0;
  return prepared.map((entry, i): BootstrapResult => {
    const spec = specs[i]!;
    if (!('ok' in entry)) return entry;
    const s = at++;
    const result = settle(spec, () => intervalOf(values[s]!, taken[s]!, options.samples - taken[s]!, entry.ok.point, level, spec));
    return 'ok' in result ? { kind: 'interval', spec, interval: result.ok } : result;
  });
}

/**
 * The metric on all rows and its bootstrap percentile interval. A resample on which the metric
 * is undefined is skipped and counted; more than half skipped is an MlopsError saying so. For
 * several metrics of one file, `bootstrapIntervals` draws the resamples once.
 */
export function bootstrapInterval(p: Predictions, spec: MetricSpec, options: BootstrapOptions): Interval {
  const [result] = bootstrapIntervals(p, [spec], options);
  if (result!.kind === 'error') throw result!.error;
  return result!.interval;
}

function reorder(p: Predictions, order: Uint32Array): Predictions {
  const pick = <T>(values: readonly T[]): T[] => Array.from(order, (i) => values[i]!);
  const pickNumbers = (values: Float64Array): Float64Array => Float64Array.from(order, (i) => values[i]!);
  const column = (values: Float64Array | string[]) => (values instanceof Float64Array ? pickNumbers(values) : pick(values));
  return {
    kind: p.kind,
    n: p.n,
    yTrue: column(p.yTrue),
    yPred: column(p.yPred),
    ...(p.proba ? { proba: { classes: p.proba.classes, p: p.proba.p.map(pickNumbers) } } : {}),
    ...(p.ids ? { ids: pick(p.ids) } : {}),
    ...(p.groups ? { groups: pick(p.groups) } : {}),
  };
}

function align(base: Predictions, head: Predictions): { head: Predictions; alignment: 'id' | 'row' } {
  if (base.kind !== head.kind) throw new UsageError(`The base predictions are ${base.kind} and the head's are ${head.kind}: they cannot be compared.`, 'Write the same kind of predictions at both revisions.');
  if (base.ids && head.ids) {
    const headRow = new Map(head.ids.map((id, i) => [id, i]));
    const onlyBase = base.ids.filter((id) => !headRow.has(id));
    const baseIds = new Set(base.ids);
    const onlyHead = head.ids.filter((id) => !baseIds.has(id));
    if (onlyBase.length + onlyHead.length > 0) {
      const example = [...onlyBase.slice(0, 3).map((id) => `'${id}' only in the base`), ...onlyHead.slice(0, 3).map((id) => `'${id}' only in the head`)].join(', ');
      throw new UsageError(
        `The base and head predictions are not of the same examples: ${onlyBase.length + onlyHead.length} ids differ (${onlyBase.length} only in the base, ${onlyHead.length} only in the head; e.g. ${example}).`,
        'A paired comparison needs the same evaluation set at both revisions: keep the test split fixed (a seeded split), or drop the id column to compare the intervals unpaired.',
      );
    }
    const order = Uint32Array.from(base.ids, (id) => headRow.get(id)!);
    return { head: reorder(head, order), alignment: 'id' };
  }
  if (base.n !== head.n) {
    throw new UsageError(
      `The base predictions have ${base.n} examples and the head's ${head.n}: without an id column in both, examples are paired by row and need equal counts.`,
      'Add an id column to both files (e.g. the test frame index: df.reset_index().rename(columns={"index": "id"})), or keep the evaluation set fixed.',
    );
  }
  return { head, alignment: 'row' };
}

/** How many aligned examples have a different y_true at the two revisions (0 when they are the same evaluation set). */
function truthDiffers(base: Predictions, head: Predictions): number {
  let count = 0;
  for (let i = 0; i < base.n; i++) if (base.yTrue[i] !== head.yTrue[i]) count++;
  return count;
}

export interface PairedResult {
  diff: Interval;
  alignment: 'id' | 'row';
  /** Aligned examples whose y_true differ at the two revisions (not the same evaluation set: worth a warning). */
  mismatchedTruth: number;
}

export type PairedBatchResult = { kind: 'diff'; spec: MetricSpec; diff: Interval } | { kind: 'error'; spec: MetricSpec; error: MlopsError };

/**
 * `pairedDifference` for several metrics over the same resamples, drawn once. The alignment is
 * shared: a mismatch of ids or row counts is thrown (it concerns every metric); a metric that
 * cannot be computed is an error in its place.
 */
export function pairedDifferences(
  base: Predictions,
  head: Predictions,
  specs: readonly MetricSpec[],
  options: BootstrapOptions,
): { results: PairedBatchResult[]; alignment: 'id' | 'row'; mismatchedTruth: number } {
  const level = checkOptions(options);
  const aligned = align(base, head);
  const other = aligned.head;
  const prepared = specs.map((spec) =>
    settle(spec, () => {
      const point = pointOf(metricKernel(spec, other), other, spec, 'the head predictions') - pointOf(metricKernel(spec, base), base, spec, 'the base predictions');
      const headKernel = metricKernel(spec, other, { strict: true });
      const baseKernel = metricKernel(spec, base, { strict: true });
      return { point, statistic: (w: Uint32Array, stamp: number) => headKernel(w, stamp) - baseKernel(w, stamp) };
    }),
  );
  const ready = prepared.flatMap((entry) => ('ok' in entry ? [entry.ok] : []));
  const { values, taken } = sweep(base.n, strataOf(base.n, base.groups ?? other.groups), options, ready.map((entry) => entry.statistic));
  let at = 0;
  const results = prepared.map((entry, i): PairedBatchResult => {
    const spec = specs[i]!;
    if (!('ok' in entry)) return entry;
    const s = at++;
    const result = settle(spec, () => intervalOf(values[s]!, taken[s]!, options.samples - taken[s]!, entry.ok.point, level, spec));
    return 'ok' in result ? { kind: 'diff', spec, diff: result.ok } : result;
  });
  return { results, alignment: aligned.alignment, mismatchedTruth: truthDiffers(base, other) };
}

/**
 * The interval of head − base over the same resampled examples (aligned by id when both files
 * have ids, else by row), stratified by the base's groups when it has them (else the head's).
 */
export function pairedDifference(base: Predictions, head: Predictions, spec: MetricSpec, options: BootstrapOptions): PairedResult {
  const { results, alignment, mismatchedTruth } = pairedDifferences(base, head, [spec], options);
  const [result] = results;
  if (result!.kind === 'error') throw result!.error;
  return { diff: result!.diff, alignment, mismatchedTruth };
}

/** The paired verdict: `within noise` when the interval of head − base contains 0. */
export function pairedVerdict(diff: Interval, higherIsBetter: boolean): NoiseVerdict {
  if (diff.low <= 0 && diff.high >= 0) return 'within noise';
  const higher = diff.low > 0;
  return higher === higherIsBetter ? 'better' : 'worse';
}

/**
 * The unpaired verdict, from the two intervals alone: `within noise` when they overlap. The
 * weaker test: it ignores that both revisions were judged on the same examples, so a real change
 * smaller than the spread of the examples is called noise (report it as the weaker test).
 */
export function unpairedVerdict(base: Interval, head: Interval, higherIsBetter: boolean): NoiseVerdict {
  if (head.low <= base.high && base.low <= head.high) return 'within noise';
  const higher = head.low > base.high;
  return higher === higherIsBetter ? 'better' : 'worse';
}

/**
 * `max-drop … significant`: true when the paired interval excludes a drop of `maxDrop`, i.e. the
 * whole interval is a drop larger than it (high < −maxDrop when higher is better; low > maxDrop
 * when lower is better). The data then show the regression, not merely allow it.
 */
export function significantDrop(diff: Interval, maxDrop: number, higherIsBetter: boolean): boolean {
  return higherIsBetter ? diff.high < -maxDrop : diff.low > maxDrop;
}

/** `min-gain … significant`: true when the whole paired interval is a gain larger than `minGain`. */
export function significantGain(diff: Interval, minGain: number, higherIsBetter: boolean): boolean {
  return higherIsBetter ? diff.low > minGain : diff.high < -minGain;
}
