/**
 * quickchart.io bar charts of base vs head for the metrics that matter (gated ones and the
 * headline), when `charts: quickchart` is chosen (the URLs carry the chart's numbers and labels to
 * quickchart.io). One chart per metric, because r2 (~0.8) and rmse (~46,000) on one axis would
 * flatten one of them to nothing. The default draws the trend and the plots instead (trend.ts,
 * plots-section.ts), which GitHub renders itself.
 */
import type QuickChartModule from 'quickchart-js';
import type { MetricRow } from '../metrics/compare.js';
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
