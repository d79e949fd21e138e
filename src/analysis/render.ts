/**
 * The analysis as people and programs read it: the measurements table for a terminal, the same
 * table as markdown lines for the report and the job summary, and the `--json` document.
 */
import { markdownTable } from 'markdown-table';
import { cell, code } from '../report/format.js';
import { promDuration } from './config.js';
import { formatNumber, type AnalysisResult, type Verdict } from './analyze.js';

/** `mlops kserve analyze --json`: exactly these keys. */
export interface AnalysisJson {
  verdict: 'passed' | 'failed';
  schema: string;
  canary: string;
  stable: string;
  measurements: {
    at: string;
    results: { metric: string; canary: number | null; stable: number | null; requests: number | null; verdict: Verdict; reason: string }[];
    verdict: Verdict;
  }[];
}

export function analysisJson(result: AnalysisResult): AnalysisJson {
  return {
    verdict: result.verdict,
    schema: result.schema,
    canary: result.canary,
    stable: result.stable,
    measurements: result.measurements.map((measurement) => ({
      at: measurement.at,
      results: measurement.results.map(({ metric, canary, stable, requests, verdict, reason }) => ({ metric, canary, stable, requests, verdict, reason })),
      verdict: measurement.verdict,
    })),
  };
}

const isLatency = (metric: string): boolean => /^latency-p\d+$/.test(metric);

function shown(metric: string, value: number | null): string {
  if (value === null) return '–';
  return isLatency(metric) ? `${formatNumber(value)} ms` : formatNumber(value);
}

/** `12:00:01`: the JSON has the full evaluation time. */
function clockTime(iso: string): string {
  return iso.slice(11, 19);
}

function rows(result: AnalysisResult): string[][] {
  return result.measurements.flatMap((measurement, index) =>
    measurement.results.map((row, position) => [
      position === 0 ? String(index + 1) : '',
      position === 0 ? clockTime(measurement.at) : '',
      row.metric,
      shown(row.metric, row.canary),
      shown(row.metric, row.stable),
      row.requests === null ? '–' : String(row.requests),
      row.verdict,
      row.reason,
    ]),
  );
}

const HEADER = ['#', 'At (UTC)', 'Metric', 'Canary', 'Stable', 'Requests', 'Verdict', 'Reason'];

/** The headline: what was compared, how, and the verdict with its reason. */
export function analysisHeadline(result: AnalysisResult): string {
  return `Canary analysis ${result.verdict}: ${result.summary}.`;
}

function setting(result: AnalysisResult): string {
  return `canary ${result.canary} against stable ${result.stable} in ${result.namespace} (${result.schema}), a measurement every ${promDuration(result.intervalMs)} over a ${result.window} window, ${result.count} at most`;
}

/** The table for a terminal: aligned columns, the reason last. */
export function analysisTable(result: AnalysisResult): string {
  const table = [HEADER, ...rows(result)];
  const widths = HEADER.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const lines = table.map((row) =>
    row
      .map((text, column) => (column === row.length - 1 ? text : text.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
  return [`Canary analysis of ${result.namespace}/${result.name}: ${setting(result)}.`, '', ...lines, '', analysisHeadline(result), ''].join('\n');
}

/** The measurements for the report and the job summary, as markdown lines. */
export function analysisMarkdown(result: AnalysisResult): string[] {
  const mark = result.verdict === 'passed' ? '✅' : '❌';
  const verdictCell = (verdict: Verdict): string => `${verdict === 'passed' ? '✅' : verdict === 'failed' ? '❌' : '❔'} ${verdict}`;
  const body = rows(result).map((row) => row.map((text, column) => (column === 6 ? verdictCell(text as Verdict) : cell(text))));
  return [
    `#### Canary analysis ${mark} ${result.verdict}`,
    '',
    `${cell(result.summary.charAt(0).toUpperCase() + result.summary.slice(1))}: canary ${code(result.canary)} against stable ${code(result.stable)} in ${code(result.namespace)} (${result.schema}), a measurement every ${promDuration(result.intervalMs)} over a ${result.window} window.`,
    '',
    markdownTable([HEADER, ...body], { align: ['r', 'l', 'l', 'r', 'r', 'r', 'l', 'l'] }),
    '',
  ];
}
