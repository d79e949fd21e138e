/**
 * Curves made drawable by a mermaid line chart: mermaid puts the values of a line at even steps
 * across the x-axis, whatever x they had, and every line of a chart across the same axis. So the
 * revisions' curves are read on one even grid over the x range they share, at most 50 points,
 * interpolated linearly between the rows either side. A grid that is the data's own x (even steps,
 * few enough) takes the values as they are.
 */
import { axisNumber, linearAxisFits } from './mermaid.js';

export const MAX_POINTS = 50;

/** One curve: x ascending and distinct, y at each x. */
export interface Curve {
  x: number[];
  y: number[];
}

/** A curve from raw points: non-finite ones dropped, sorted by x, the y of an x given twice averaged. */
export function curveOf(points: Iterable<readonly [number, number]>): Curve {
  const finite = [...points].filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).sort((a, b) => a[0] - b[0]);
  const curve: Curve = { x: [], y: [] };
  for (let i = 0; i < finite.length; ) {
    const at = finite[i]![0];
    let total = 0;
    let j = i;
    // -0 and 0 compare equal, so they are one x
    for (; j < finite.length && finite[j]![0] === at; j++) total += finite[j]![1];
    curve.x.push(at === 0 ? 0 : at);
    curve.y.push(total / (j - i));
    i = j;
  }
  return curve;
}

/** y at `at` by linear interpolation; `at` must lie within the curve's x range. */
export function interpolate(curve: Curve, at: readonly number[]): number[] {
  const { x, y } = curve;
  let j = 0;
  return at.map((target) => {
    while (j < x.length - 2 && x[j + 1]! < target) j++;
    // grids run forwards; a caller asking backwards still gets the right answer
    while (j > 0 && x[j]! > target) j--;
    const x0 = x[j]!;
    const x1 = x[j + 1] ?? x0;
    if (target <= x0 || x1 === x0) return y[j]!;
    if (target >= x1) return y[j + 1]!;
    const t = (target - x0) / (x1 - x0);
    return y[j]! + t * (y[j + 1]! - y[j]!);
  });
}

export interface Grid {
  /** The x of each plotted point, evenly spaced. */
  x: number[];
  /** Each curve's y on that grid, in the order given. */
  y: number[][];
  /** The curves' x were not the grid: values are interpolated. */
  resampled: boolean;
  /** Some curve reaches beyond the shared range, and that part is not drawn. */
  clipped: boolean;
}

const isEven = (x: readonly number[]): boolean => {
  if (x.length < 3) return x.length === 2;
  const step = (x[x.length - 1]! - x[0]!) / (x.length - 1);
  return x.every((value, i) => Math.abs(value - (x[0]! + i * step)) <= Math.abs(step) * 1e-9);
};

const sameX = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

/** n evenly spaced x from lo to hi, hi exact (no accumulated error). */
function evenX(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1)));
}

/**
 * The grid the curves are drawn on: over the x range every curve covers, at most `maxPoints`
 * points. Undefined when the curves share less than two x (nothing to draw as a line).
 */
export function commonGrid(curves: readonly Curve[], maxPoints = MAX_POINTS): Grid | undefined {
  const drawn = curves.filter((curve) => curve.x.length > 0);
  if (drawn.length === 0 || drawn.length !== curves.length) return undefined;
  const lo = Math.max(...drawn.map((curve) => curve.x[0]!));
  const hi = Math.min(...drawn.map((curve) => curve.x[curve.x.length - 1]!));
  if (!(hi > lo)) return undefined;
  const clipped = drawn.some((curve) => curve.x[0]! < lo || curve.x[curve.x.length - 1]! > hi);
  const inRange = drawn.map((curve) => curve.x.filter((x) => x >= lo && x <= hi));
  const first = inRange[0]!;
  // the axis as mermaid will read it back from the text
  const fits = (n: number): boolean => linearAxisFits(axisNumber(lo), axisNumber(hi), n);
  if (first.length <= maxPoints && isEven(first) && inRange.every((x) => sameX(x, first)) && fits(first.length)) {
    const y = drawn.map((curve) => curve.x.flatMap((x, i) => (x >= lo && x <= hi ? [curve.y[i]!] : [])));
    return { x: [...first], y, resampled: false, clipped };
  }
  const integral = drawn.every((curve) => curve.x.every(Number.isInteger));
  const densest = Math.max(...inRange.map((x) => x.length));
  let n = integral && hi - lo + 1 <= maxPoints ? hi - lo + 1 : Math.max(2, Math.min(maxPoints, densest));
  // whole-number x (steps, epochs) read best on a whole-number grid: a step that divides the range
  if (integral && n === maxPoints) {
    const divides = Array.from({ length: maxPoints - Math.ceil(maxPoints / 2) }, (_, i) => maxPoints - i).find((m) => (hi - lo) % (m - 1) === 0 && fits(m));
    if (divides !== undefined) n = divides;
  }
  while (n > 2 && !fits(n)) n--;
  const x = evenX(lo, hi, n);
  return { x, y: drawn.map((curve) => interpolate(curve, x)), resampled: true, clipped };
}
