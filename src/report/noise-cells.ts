/**
 * How the evaluation's noise reads in the report: a value with its interval (`0.8214 ± 0.011`),
 * a change with the interval of the change (`+0.0393 [+0.021, +0.058]`), and the verdict a
 * reviewer can trust (`within noise` when the interval of the change contains 0).
 */
import { formatValue } from './format.js';

export interface IntervalText {
  point: number;
  low: number;
  high: number;
}

/** One metric's noise: recomputed from the predictions files, paired over the same examples where it could be. */
export interface MetricNoise {
  path: string;
  key: string;
  head: IntervalText;
  base?: IntervalText;
  /** head − base, from the paired bootstrap (or the two unpaired intervals). */
  diff?: IntervalText;
  paired: boolean;
  verdict?: 'better' | 'worse' | 'within noise';
}

export interface NoiseReport {
  /** By `path\0key`. */
  metrics: Map<string, MetricNoise>;
  samples: number;
  level: number;
  /** What the comparison could not do, said once (no base predictions, an unpaired comparison). */
  notes: string[];
}

export const noiseKey = (path: string, key: string): string => `${path}\0${key}`;

/**
 * An interval's bounds and widths to three significant digits: enough to read, and a bound near 0
 * keeps its digits (`+0.000412`, never a `+0.0` that looks like it touches 0).
 */
export function significant(x: number, digits = 3): string {
  if (!Number.isFinite(x) || x === 0) return String(x);
  const decimals = Math.min(12, Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x)))));
  return String(Number(x.toFixed(decimals)));
}

/** `0.8214 ± 0.011`: the half-width of the interval. */
export function withInterval(value: string, interval: IntervalText | undefined): string {
  if (!interval) return value;
  return `${value} ± ${significant((interval.high - interval.low) / 2)}`;
}

const signed = (x: number): string => `${x >= 0 ? '+' : ''}${significant(x)}`;

/** `+0.0393 [+0.021, +0.058]`. */
export function changeWithInterval(change: string, diff: IntervalText | undefined): string {
  if (!diff) return change;
  // signed, as its interval is: a gain reads +0.0393 beside [+0.021, +0.058]
  const shown = change !== '' && !change.startsWith('-') && diff.point > 0 ? `+${change}` : change;
  return `${shown} [${signed(diff.low)}, ${signed(diff.high)}]`;
}

/** The headline's change as the verdict line says it: `+0.0393 [+0.021, +0.058], within noise`. */
export function headlineNoise(noise: MetricNoise | undefined, precision: number): string | undefined {
  if (!noise?.diff) return undefined;
  const point = `${noise.diff.point >= 0 ? '+' : ''}${formatValue(noise.diff.point, precision)}`;
  const interval = `${point} [${signed(noise.diff.low)}, ${signed(noise.diff.high)}]`;
  return `${interval}${noise.verdict ? `, ${noise.verdict}` : ''}${noise.paired ? '' : ', unpaired'}`;
}
