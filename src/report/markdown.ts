/**
 * The report a reviewer reads in ten seconds: a verdict line (gates, then the headline metric
 * with its change), the gates, a metrics table (base, head, change, %), the params that changed
 * (all of them folded away), charts, how training went, and the hidden marker for the sticky
 * comment. Pure: data in, markdown out.
 */
import { markdownTable } from 'markdown-table';
import type { MetricRow, Verdict } from '../metrics/compare.js';
import { headlineRow } from '../metrics/headline.js';
import type { GateResult } from '../metrics/gates.js';
import { describeTraining, type TrainResult } from '../train/run-command.js';
import type { ChartKind } from '../options.js';
import { chartPoints, quickchartUrl } from './charts.js';
import { renderPlotsSection } from './plots-section.js';
import { renderTrend } from './trend.js';
import { sparkline } from './sparkline.js';
import { PRIVATE_IMAGES_NOTE, unpublishedImageMarkdown } from './images.js';
import type { Visuals } from '../visuals.js';
import type { AnalysisResult } from '../analysis/analyze.js';
import { analysisMarkdown } from '../analysis/render.js';
import { changeWithInterval, headlineNoise, noiseKey, withInterval, type MetricNoise, type NoiseReport } from './noise-cells.js';
import type { KfpTrainResult } from '../kfp/train.js';
import { describeKfpTraining, kfpReportLines } from '../kfp/report.js';
import { basename } from 'node:path';
import { cell, code, formatPercent, formatValue } from './format.js';
import { reportMarker } from './marker.js';

export interface RevisionLabel {
  /** As the user named it: `main`, `HEAD~1`, `workspace`. */
  name: string;
  commit?: string;
}

export interface ReportInput {
  reportId: string;
  base: RevisionLabel;
  head: RevisionLabel;
  training?: TrainResult;
  /** The Kubeflow Pipelines run, when training ran there. */
  kfp?: KfpTrainResult;
  /** Every metric, unchanged ones included (the DVC diff taken with `all`). */
  metrics: MetricRow[];
  params: MetricRow[];
  gates: GateResult[];
  /** Metric for the verdict line; default: the first gated metric, else the first metric. */
  headline?: string;
  charts: ChartKind;
  precision: number;
  /** Why the run could not be judged (the head's metrics unreadable), shown as the verdict. */
  problem?: string;
  /** Files that could not be read, and other things a reviewer should know. */
  warnings: string[];
  /**
   * How much to show: `full`; `compact` drops the folded all-rows tables, charts and output tail;
   * `minimal` keeps the verdict, the gates and the changed metrics. Used to fit size limits.
   */
  detail?: DetailLevel;
  /** Where the full report is (the run's job summary), linked when detail is reduced. */
  fullReportUrl?: string;
  /** What that place is called on this platform (default "the job summary"). */
  fullReportName?: string;
  image?: ImageLine;
  /** The KServe rollout, in one line, when it ran. */
  serving?: string;
  /** The canary analysis' measurements, when the rollout ran one. */
  analysis?: AnalysisResult;
  /** Intervals and noise-aware verdicts, when the project declares its predictions. */
  noise?: NoiseReport;
  /** The MLflow run of this training, the base run compared with, and the version registered when it shipped. */
  mlflow?: { experiment: string; run: { runId: string; url: string }; baseRun?: { runId: string; url: string }; model?: string; version?: string; alias?: string };
  /** The project's plots, its images' links and the headline's trend (gathered by the run). */
  visuals?: Visuals;
}

/**
 * `full`; `plots` drops the folded all-rows tables; `compact` also the plots, trend, charts and
 * output tail; `minimal` keeps the verdict, the gates and the changed metrics.
 */
export type DetailLevel = 'full' | 'plots' | 'compact' | 'minimal';

/** The serving image, when the image stage ran. */
export type ImageLine =
  | { kind: 'pushed'; tags: string[]; digest: string }
  | { kind: 'built'; tags: string[] }
  | { kind: 'failed'; tags: string[]; reason: string };

/** Above this many rows the main tables keep only what changed; the rest is folded. */
export const FULL_TABLE_LIMIT = 20;
/** At most this many changed metrics in the main table: the largest relative changes. */
export const CHANGED_ROWS_LIMIT = 50;
/** At most this many rows in a folded table: nobody reads more in a comment. */
export const FOLDED_ROWS_LIMIT = 1000;
/** Changed metrics kept when a report must be as short as it can be. */
export const MINIMAL_ROWS_LIMIT = 20;

/** The first `limit` rows, and a note of how many more there are of `total` (by default, all the rows given). */
function capped<T>(rows: readonly T[], limit: number, what: string, total = rows.length): { rows: readonly T[]; note: string[] } {
  if (total <= limit) return { rows, note: [] };
  return { rows: rows.slice(0, limit), note: ['', `_… and ${total - limit} more ${what}: \`mlops metrics diff --all\` lists them all._`] };
}

const byChangeSize = (a: MetricRow, b: MetricRow): number => Math.abs(b.relativePercent ?? 0) - Math.abs(a.relativePercent ?? 0);

/**
 * The first `count` items of a stable sort by `compare`, without sorting them all: a 1M-key diff
 * shows its 50 largest changes. Items go in after those that compare equal, as a stable sort keeps them.
 */
export function firstSorted<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (count <= 0) return best;
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(item, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

const VERDICT_MARK: Record<Verdict, string> = { better: '🟢 better', worse: '🔴 worse', unchanged: '', changed: 'changed', added: 'new', removed: 'removed' };

export function revisionText(revision: RevisionLabel): string {
  const short = revision.commit?.slice(0, 7);
  return short && short !== revision.name ? `${revision.name} (${short})` : revision.name;
}

/** "[the job summary](url)": where the full report is, linked when there is a link. */
export function fullReportLink(input: Pick<ReportInput, 'fullReportUrl' | 'fullReportName'>): string {
  const name = input.fullReportName ?? 'the job summary';
  return input.fullReportUrl ? `[${name}](${input.fullReportUrl})` : name;
}

export function trainingFailed(training: TrainResult | undefined): boolean {
  return training !== undefined && training.kind !== 'succeeded';
}

/** The row's noise, when the predictions gave it. */
const noiseOf = (input: Pick<ReportInput, 'noise'>, row: MetricRow): MetricNoise | undefined => input.noise?.metrics.get(noiseKey(row.path, row.key));

function headlineText(row: MetricRow | undefined, precision: number, noise?: MetricNoise): string {
  if (!row) return 'no metrics found';
  const change = formatPercent(row.relativePercent);
  // with the predictions, the interval of the change says whether it is more than noise
  const verdict = noise?.diff ? headlineNoise(noise, precision)! : row.verdict === 'better' || row.verdict === 'worse' ? row.verdict : '';
  const detail = [change, verdict].filter(Boolean).join(', ');
  // a base that is there but unreadable is not a new metric: say which it is
  if (row.old === null) return `${row.key} ${formatValue(row.new, precision)} (${row.baseUnreadable ? 'base unreadable' : 'new'})`;
  return `${row.key} ${formatValue(row.old, precision)} → ${formatValue(row.new, precision)}${detail ? ` (${detail})` : ''}`;
}

export function verdictLine(input: ReportInput): string {
  if (trainingFailed(input.training)) return `❌ **Training failed**: ${describeTraining(input.training!)}`;
  if (input.kfp && input.kfp.kind !== 'succeeded') return `❌ **Training failed**: ${describeKfpTraining(input.kfp)}`;
  if (input.problem) return `❌ **Metrics could not be read**: ${input.problem}`;
  const failed = input.gates.filter((gate) => !gate.passed).length;
  const row = headlineRow(input);
  const headline = headlineText(row, input.precision, row ? noiseOf(input, row) : undefined);
  if (input.gates.length === 0) return `ℹ️ **No gates set** · ${headline}`;
  if (failed > 0) return `❌ **${failed} of ${input.gates.length} gate${input.gates.length === 1 ? '' : 's'} failed** · ${headline}`;
  return `✅ **${input.gates.length === 1 ? 'Gate' : `All ${input.gates.length} gates`} passed** · ${headline}`;
}

function gatesSection(gates: readonly GateResult[]): string[] {
  if (gates.length === 0) return [];
  const rows = gates.map((result) => [result.passed ? '✅' : '❌', code(result.gate.text), cell(result.reason.slice(result.gate.text.length + 2))]);
  return ['### Gates', '', markdownTable([['', 'Gate', 'Result'], ...rows]), ''];
}

/** The headline's sparkline (its history, then this head), for the metrics table's Trend column. */
function trendCell(row: MetricRow, input: ReportInput): string | undefined {
  const trend = input.visuals?.trend;
  if (!trend || !showsPictures(input)) return undefined;
  const headline = headlineRow(input);
  return row === headline ? sparkline([...trend.history.map((point) => point.value), trend.head.value]) : '';
}

function metricsTable(rows: readonly MetricRow[], input: ReportInput, showPath: boolean): string {
  const withTrend = input.visuals?.trend !== undefined && showsPictures(input);
  const header = [...(showPath ? ['Path'] : []), 'Metric', `Base: ${revisionText(input.base)}`, `Head: ${revisionText(input.head)}`, 'Change', '%', '', ...(withTrend ? ['Trend'] : [])];
  const body = rows.map((row) => [
    ...(showPath ? [cell(row.path)] : []),
    cell(row.key),
    cell(withInterval(formatValue(row.old, input.precision), noiseOf(input, row)?.base)),
    cell(withInterval(formatValue(row.new, input.precision), noiseOf(input, row)?.head)),
    cell(changeWithInterval(formatValue(row.diff, input.precision), noiseOf(input, row)?.diff)),
    formatPercent(row.relativePercent),
    noiseOf(input, row)?.verdict === 'within noise' ? '〰️ within noise' : VERDICT_MARK[row.verdict],
    ...(withTrend ? [trendCell(row, input) ?? ''] : []),
  ]);
  return markdownTable([header, ...body], { align: ['l', ...(showPath ? ['l'] : []), 'r', 'r', 'r', 'r', 'l', ...(withTrend ? ['l' as const] : [])] });
}

/** How the intervals were made, and what the comparison could not do. */
function noiseNote(input: ReportInput): string[] {
  const noise = input.noise;
  if (!noise || noise.metrics.size === 0 || input.detail === 'minimal') return [];
  const paired = [...noise.metrics.values()].some((metric) => metric.paired);
  const how = `± and [ ]: ${Math.round(noise.level * 100)}% bootstrap intervals over the evaluation examples (${noise.samples} resamples)${paired ? ', the change paired over the same examples' : ''}; \`within noise\`: the interval of the change contains 0.`;
  return [`<sub>${[how, ...noise.notes].join(' ')}</sub>`, ''];
}

/** Rows from more than one file: the tables name each row's file. */
const manyFiles = (rows: readonly MetricRow[]): boolean => rows.some((row) => row.path !== rows[0]!.path);

function metricsSection(input: ReportInput): string[] {
  const detail = input.detail ?? 'full';
  if (input.metrics.length === 0) return ['### Metrics', '', '_No metrics files were found: declare them in dvc.yaml or pass `metrics`._', ''];
  const showPath = manyFiles(input.metrics);
  const gated = new Set(input.gates.map((result) => result.gate.metric.key));
  if (input.metrics.length <= FULL_TABLE_LIMIT && detail !== 'minimal') return ['### Metrics', '', metricsTable(input.metrics, input, showPath), ''];
  const limit = detail === 'minimal' ? MINIMAL_ROWS_LIMIT : CHANGED_ROWS_LIMIT;
  // one pass over what may be a million rows
  const gatedRows: MetricRow[] = [];
  const changed: MetricRow[] = [];
  for (const row of input.metrics) {
    if (gated.has(row.key)) gatedRows.push(row);
    else if (row.verdict !== 'unchanged') changed.push(row);
  }
  const main = capped([...gatedRows, ...firstSorted(changed, limit - gatedRows.length, byChangeSize)], limit, 'changed metrics', gatedRows.length + changed.length);
  const all = capped(input.metrics, FOLDED_ROWS_LIMIT, 'metrics');
  const head = ['### Metrics', '', main.rows.length > 0 ? metricsTable(main.rows, input, showPath) : '_No metric changed._', ...main.note, ''];
  if (detail !== 'full') return head;
  return [
    ...head,
    `<details><summary>All ${input.metrics.length} metrics</summary>`,
    '',
    metricsTable(all.rows, input, showPath),
    ...all.note,
    '',
    '</details>',
    '',
  ];
}

function paramsTable(rows: readonly MetricRow[], input: ReportInput, showPath: boolean): string {
  const header = [...(showPath ? ['Path'] : []), 'Param', `Base: ${revisionText(input.base)}`, `Head: ${revisionText(input.head)}`];
  const body = rows.map((row) => [...(showPath ? [cell(row.path)] : []), cell(row.key), cell(formatValue(row.old, 0)), cell(formatValue(row.new, 0))]);
  return markdownTable([header, ...body]);
}

function paramsSection(input: ReportInput): string[] {
  if (input.params.length === 0 || input.detail === 'minimal') return [];
  const showPath = manyFiles(input.params);
  const changed = capped(input.params.filter((row) => row.verdict !== 'unchanged'), FOLDED_ROWS_LIMIT, 'changed params');
  const all = capped(input.params, FOLDED_ROWS_LIMIT, 'params');
  return [
    '### Params',
    '',
    changed.rows.length > 0 ? paramsTable(changed.rows, input, showPath) : '_No param changed._',
    ...changed.note,
    '',
    ...((input.detail ?? 'full') !== 'full' ? [] : [
    `<details><summary>All ${input.params.length} params</summary>`,
    '',
    paramsTable(all.rows, input, showPath),
    ...all.note,
    '',
    '</details>',
    '',
    ]),
  ];
}

/** Plots and the trend: in the full report and in the first shortened form (they go right after the folded tables). */
const showsPictures = (input: ReportInput): boolean => input.charts !== 'none' && ['full', 'plots'].includes(input.detail ?? 'full');

function trendSection(input: ReportInput): string[] {
  const trend = input.visuals?.trend;
  return trend && showsPictures(input) ? renderTrend(trend.history, trend.head, trend.key) : [];
}

function plotsSection(input: ReportInput): string[] {
  const visuals = input.visuals;
  if (!visuals?.plots || !visuals.plotRevisions || !showsPictures(input)) return [];
  const links = visuals.imageLinks;
  const lines = renderPlotsSection(visuals.plots, { ...visuals.plotRevisions, imageLink: links ? (plot) => links.get(plot.file) : undefined });
  if (lines.length === 0) return [];
  const linked = links && [...links.keys()].length > 0;
  const unpublished = visuals.unpublishedImages ?? [];
  return [
    ...lines,
    ...unpublished.map((file) => unpublishedImageMarkdown(basename(file), input.fullReportUrl)),
    ...(unpublished.length ? [''] : []),
    ...(linked ? [`_${PRIVATE_IMAGES_NOTE}_`, ''] : []),
  ];
}

/** quickchart (opt-in, it uploads the numbers): one bar chart per changed scalar. The mermaid default draws plots and the trend instead. */
async function chartsSection(input: ReportInput): Promise<string[]> {
  if (input.charts !== 'quickchart' || (input.detail ?? 'full') !== 'full') return [];
  const head = headlineRow(input);
  const gated = new Set(input.gates.map((result) => result.gate.metric.key));
  // Gated metrics and the headline first, then whatever changed.
  const ordered = [
    ...input.metrics.filter((row) => row === head || gated.has(row.key)),
    ...input.metrics.filter((row) => row !== head && !gated.has(row.key) && row.verdict !== 'unchanged'),
  ];
  const points = chartPoints(ordered);
  if (points.length === 0) return [];
  const baseLabel = `base ${input.base.commit?.slice(0, 7) ?? input.base.name}`;
  const headLabel = `head ${input.head.commit?.slice(0, 7) ?? input.head.name}`;
  const charts = await Promise.all(points.map(async (point) => `![${point.label}: ${baseLabel} vs ${headLabel}](${await quickchartUrl(point, baseLabel, headLabel)})`));
  return ['### Charts', '', ...charts.flatMap((chart) => [chart, '']), ''];
}

/** The MLflow run, what it was compared with, and the version that shipped. */
function mlflowLines(mlflow: NonNullable<ReportInput['mlflow']>): string[] {
  const run = `MLflow run [${code(mlflow.run.runId.slice(0, 8))}](${mlflow.run.url}) in experiment ${code(mlflow.experiment)}`;
  const base = mlflow.baseRun ? `compared with the base's run [${code(mlflow.baseRun.runId.slice(0, 8))}](${mlflow.baseRun.url})` : 'no base run to compare with';
  const shipped = mlflow.version ? ` · registered as ${code(`${mlflow.model}`)} version ${mlflow.version}, now ${code(`@${mlflow.alias}`)}` : '';
  return [`📈 ${run} · ${base}${shipped}`, ''];
}

function trainingSection(training: TrainResult | undefined, detail: DetailLevel, kfp?: KfpTrainResult, mlflow?: ReportInput['mlflow']): string[] {
  const tracked = mlflow && detail !== 'minimal' ? mlflowLines(mlflow) : [];
  const onKfp = kfp && detail !== 'minimal' ? kfpReportLines(kfp, detail === 'plots' ? 'full' : detail, { heading: !training }) : [];
  if (!training || detail === 'minimal') return onKfp.length > 0 ? [...onKfp, ...tracked] : tracked.length > 0 ? ['### Training', '', ...tracked] : [];
  const lines = ['### Training', '', `${training.kind === 'succeeded' ? '✅' : '❌'} ${describeTraining(training)}, in ${code(training.cwd)}`, ''];
  if (training.kind !== 'succeeded' && training.outputTail.length > 0 && (detail === 'full' || detail === 'plots')) {
    lines.push('<details><summary>Last lines of output</summary>', '', '```text', ...training.outputTail.map((line) => line.replace(/```/g, "'''")), '```', '', '</details>', '');
  }
  return [...lines, ...onKfp, ...tracked];
}

function imageSection(image: ImageLine | undefined): string[] {
  if (!image) return [];
  const tags = image.tags.map((tag) => code(tag)).join(', ');
  switch (image.kind) {
    case 'pushed':
      return [`**Image** 📦 pushed ${tags} · digest ${code(image.digest)}`, ''];
    case 'built':
      return [`**Image** built (not pushed): ${tags}`, ''];
    case 'failed':
      return [`**Image** ❌ ${image.reason}`, ''];
  }
}

function warningsSection(warnings: readonly string[]): string[] {
  if (warnings.length === 0) return [];
  return ['### Warnings', '', ...warnings.map((warning) => `- ⚠️ ${warning}`), ''];
}

function shortenedNote(input: ReportInput): string[] {
  if ((input.detail ?? 'full') === 'full') return [];
  const where = fullReportLink(input);
  return [`_Shortened to fit GitHub's comment size limit; the full report is in ${where}._`, ''];
}

export async function renderReport(input: ReportInput): Promise<string> {
  const compared = `Compared ${code(revisionText(input.base))} → ${code(revisionText(input.head))}`;
  return [
    reportMarker(input.reportId),
    `## ${verdictLine(input)}`,
    '',
    compared,
    '',
    ...imageSection(input.image),
    ...(input.serving ? [`**Serving** ${/^(Promoted|Deployed)/.test(input.serving) ? '✅' : '❌'} ${input.serving}`, ''] : []),
    ...(input.analysis ? analysisMarkdown(input.analysis) : []),
    ...gatesSection(input.gates),
    ...metricsSection(input),
    ...noiseNote(input),
    ...paramsSection(input),
    ...trendSection(input),
    ...plotsSection(input),
    ...(await chartsSection(input)),
    ...trainingSection(input.training, input.detail ?? 'full', input.kfp, input.mlflow),
    ...warningsSection(input.warnings),
    ...shortenedNote(input),
    `<sub>Made by mlops-action · reproduce locally: ${code(`mlops metrics diff ${input.base.name} ${input.head.name === 'workspace' ? '' : input.head.name}`.trim())}</sub>`,
    '',
  ].join('\n');
}
