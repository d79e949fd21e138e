/**
 * The headline metric over time: its value at the last commits of the base branch that wrote it,
 * then this head, as a sparkline in the text, a mermaid line chart and the numbers folded under it.
 */
import type { HistoryPoint } from '../metrics/history.js';
import { sparkline } from './sparkline.js';
import { axisRange, COLOUR_MARK, decimalsFor, folded, HEAD_COLOUR, inlineCode, markdownRows, plainDecimal, TABLE_DIGITS, xychartBlock } from './mermaid.js';

export interface TrendHead {
  value: number;
  /** What this head is called in the report (`feature (abc1234)`, `workspace`). */
  label: string;
}

/**
 * A "Trend" block: the history (oldest first, as `metricHistory` returns it) with the head as the
 * last point. No history: nothing (an empty list), since one point is no trend.
 */
export function renderTrend(history: readonly HistoryPoint[], head: TrendHead, key: string): string[] {
  const points = history.filter((point) => Number.isFinite(point.value));
  if (points.length === 0 || !Number.isFinite(head.value)) return [];
  const values = [...points.map((point) => point.value), head.value];
  const [min, max] = axisRange(values);
  const decimals = decimalsFor(min, max);
  const first = points[0]!;
  // x counts commits back from the head (0): whole steps on a linear axis, placed alike by every mermaid version
  const chart = xychartBlock({
    title: key,
    x: { title: 'commits before this head (0)', min: -points.length, max: 0 },
    y: { title: key, min, max },
    series: [{ type: 'line', name: key, values, colour: HEAD_COLOUR }],
    decimals,
  });
  const rows = [
    ...points.map((point, i) => [String(i - points.length), inlineCode(point.commit.slice(0, 7)), point.date.slice(0, 10), plainDecimal(point.value, TABLE_DIGITS)]),
    ['0', inlineCode(head.label), 'this head', plainDecimal(head.value, TABLE_DIGITS)],
  ];
  return [
    `### Trend of ${inlineCode(key)}`,
    '',
    `${sparkline(values)} ${plainDecimal(first.value)} at ${inlineCode(first.commit.slice(0, 7))} (${first.date.slice(0, 10)}) → ${plainDecimal(head.value)} at ${inlineCode(head.label)}, over the last ${points.length} commit${points.length === 1 ? '' : 's'} that wrote it`,
    '',
    ...chart,
    '',
    `${COLOUR_MARK[HEAD_COLOUR]}: ${inlineCode(key)} at each commit of the base branch that wrote it; the last point (0) is ${inlineCode(head.label)}`,
    '',
    ...folded(`Numbers: ${key} over ${values.length} points`, markdownRows(['#', 'Commit', 'Date', inlineCode(key)], rows, ['r', 'l', 'l', 'r'])),
    '',
  ];
}
