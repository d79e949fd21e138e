/**
 * A row of bars for a series, the way a trend fits in one line of text: `▁▂▄▆█`. Lowest value
 * the lowest bar, highest the highest; a flat series is a flat row of middle bars. Values that are
 * not finite (NaN from a failed run, ±Infinity) have no height and are left out.
 */
export const BARS = '▁▂▃▄▅▆▇█';

/** The middle bar: half a cell, for a series that does not move. */
const MIDDLE = BARS[3]!;

export function sparkline(values: readonly number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return '';
  const lo = finite.reduce((a, b) => Math.min(a, b));
  const hi = finite.reduce((a, b) => Math.max(a, b));
  if (lo === hi) return MIDDLE.repeat(finite.length);
  const top = BARS.length - 1;
  // halves, so that the spread of values near ±Number.MAX_VALUE does not overflow to Infinity
  const span = hi / 2 - lo / 2;
  return finite.map((value) => BARS[Math.round(((value / 2 - lo / 2) / span) * top)]!).join('');
}
