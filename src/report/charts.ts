/**
 * Charts of base vs head for the metrics that matter (gated ones and the headline): mermaid
 * `xychart-beta` blocks that GitHub renders itself (nothing leaves the runner), or, when chosen,
 * quickchart.io image URLs (those carry only the numbers in the chart). One chart per metric,
 * because r2 (~0.8) and rmse (~46,000) on one axis would flatten one of them to nothing.
 */
import type QuickChartModule from 'quickchart-js';
import type { MetricRow } from '../metrics/compare.js';
import { pyFormatG } from '../metrics/pyformat.js';
import { toFloat } from '../metrics/value.js';

type QuickChartClass = typeof QuickChartModule.default;

/**
 * quickchart-js is loaded only when chosen: its fetch dependency pulls in Node's deprecated
 * `punycode`, which would print a deprecation warning on every run for everyone.
 */
async function loadQuickChart(): Promise<QuickChartClass> {
  const loaded = (await import('quickchart-js')) as unknown as { default: unknown };
  // Its types describe a CommonJS module; at run time the default may be the class or the module.
  const inner = (loaded.default as { default?: unknown }).default;
  return (inner ?? loaded.default) as QuickChartClass;
}

export interface ChartPoint {
  label: string;
  base: number;
  head: number;
}

export const MAX_CHARTS = 6;

/** Metrics worth a chart: numeric on both sides and finite, in the order given, at most MAX_CHARTS. */
export function chartPoints(rows: readonly MetricRow[]): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const row of rows) {
    const base = toFloat(row.old);
    const head = toFloat(row.new);
    if (base === undefined || head === undefined || !Number.isFinite(base) || !Number.isFinite(head)) continue;
    points.push({ label: row.key, base, head });
    if (points.length === MAX_CHARTS) break;
  }
  return points;
}

function axisRange(point: ChartPoint): [number, number] {
  const low = Math.min(0, point.base, point.head);
  const high = Math.max(0, point.base, point.head);
  const span = high - low || 1;
  return [Number(pyFormatG(low === 0 ? 0 : low - span * 0.1, 3)), Number(pyFormatG(high === 0 ? 0 : high + span * 0.1, 3))];
}

const mermaidText = (text: string): string => `"${text.replace(/"/g, "'")}"`;

export function mermaidChart(point: ChartPoint, baseLabel: string, headLabel: string): string {
  const [low, high] = axisRange(point);
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${mermaidText(point.label)}`,
    `    x-axis [${mermaidText(baseLabel)}, ${mermaidText(headLabel)}]`,
    `    y-axis ${mermaidText(point.label)} ${low} --> ${high}`,
    `    bar [${point.base}, ${point.head}]`,
    '```',
  ].join('\n');
}

export async function quickchartUrl(point: ChartPoint, baseLabel: string, headLabel: string): Promise<string> {
  const QuickChart = await loadQuickChart();
  const chart = new QuickChart();
  chart
    .setConfig({
      type: 'bar',
      data: { labels: [baseLabel, headLabel], datasets: [{ label: point.label, data: [point.base, point.head], backgroundColor: ['#9e9e9e', '#1f77b4'] }] },
      options: { legend: { display: false }, title: { display: true, text: point.label }, scales: { yAxes: [{ ticks: { beginAtZero: true } }] } },
    })
    .setWidth(360)
    .setHeight(220)
    .setBackgroundColor('white');
  return chart.getUrl();
}
