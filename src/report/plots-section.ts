/**
 * The report's "Plots" section: the plots a project declares, base against head, as GitHub can
 * show them without anything leaving the runner. Lines as mermaid line charts (one line per
 * revision on one even grid), bars as horizontal bars for the head with the base as a line,
 * confusion matrices as tables with the change per cell, scatter plots as a summary table, images
 * as links. Every chart carries its numbers in a folded table, for the places mermaid does not
 * draw (mail, the mobile app, Jenkins). Pure: a PlotsResult in, markdown lines out.
 */
import type { ImagePlot, PlotRow, PlotsResult, VegaPlot } from '../plots/types.js';
import {
  axisRange,
  BASE_COLOUR,
  COLOUR_MARK,
  decimalsFor,
  fixedDecimal,
  folded,
  HEAD_COLOUR,
  inlineCode,
  markdownRows,
  markdownText,
  OTHER_COLOUR,
  plainDecimal,
  TABLE_DIGITS,
  xychartBlock,
} from './mermaid.js';
import { commonGrid, curveOf, MAX_POINTS } from './resample.js';

export interface PlotsSectionOptions {
  /** The base and head revisions as the plots name them (`VegaPlot.revisions`, `ImagePlot.revision`). */
  base: string;
  head: string;
  /** Plots shown; the rest are named in one line. Default MAX_PLOTS. */
  maxPlots?: number;
  /** Where an image can be seen (an uploaded artifact, a blob URL); undefined: the file is named instead. */
  imageLink?: (plot: ImagePlot) => string | undefined;
}

export const MAX_PLOTS = 6;
/** Bars in a bar chart: the largest of the head. */
export const MAX_BARS = 20;
/** Classes per side of a confusion table. */
export const MAX_CLASSES = 20;
/** Charts per plot when it has several files or y fields (DVC draws them in one, told apart by dash and shape). */
export const MAX_VARIANTS = 4;
/** Plot errors listed, one line each. */
export const MAX_ERRORS = 20;
/** Names in the line that lists the plots not shown. */
const MAX_NAMED = 20;

type Role = 'base' | 'head' | 'other';

interface Revision {
  name: string;
  role: Role;
  colour: string;
}

/** A plot's revisions in drawing order: the base first, the head last (drawn on top). */
function revisionsOf(names: readonly string[], options: PlotsSectionOptions): Revision[] {
  const role = (name: string): Role => (name === options.head ? 'head' : name === options.base ? 'base' : 'other');
  const colour: Record<Role, string> = { base: BASE_COLOUR, head: HEAD_COLOUR, other: OTHER_COLOUR };
  const rank: Record<Role, number> = { base: 0, other: 1, head: 2 };
  return [...new Set(names)].map((name) => ({ name, role: role(name), colour: colour[role(name)] })).sort((a, b) => rank[a.role] - rank[b.role]);
}

/** "🟧 orange: base `main` · 🟦 blue: head `feature`", with what each is drawn as when the chart mixes marks. */
function legend(revisions: readonly Revision[], marks?: Partial<Record<Role, string>>): string {
  return revisions
    .map((revision) => {
      const mark = marks?.[revision.role];
      return `${COLOUR_MARK[revision.colour]}${mark ? ` ${mark}` : ''}: ${revision.role === 'other' ? '' : `${revision.role} `}${inlineCode(revision.name)}`;
    })
    .join(' · ');
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell as a number: numbers, and the number strings of CSV/TSV files; anything else is not one. */
export function numeric(value: PlotRow[string] | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  // Number() alone would take '', '0x1f' and ' ' too; the pattern is Python's float() without nan/inf
  const number = Number(value);
  return Number.isFinite(number) && NUMBER.test(value.trim()) ? number : undefined;
}

const label = (value: PlotRow[string] | undefined): string => (value === undefined ? '' : String(value));

/** DVC's natural order for nominal axes: numbers by value, then text. */
function byLabel(a: string, b: string): number {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return x - y;
  if (x !== undefined) return -1;
  if (y !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Variant {
  /** The file and y field this part of the plot is for, when a plot has several. */
  name?: string;
  rows: PlotRow[];
}

/** The rows of each file and y field of a plot (DVC adds `filename`/`field` when there are several). */
function variantsOf(plot: VegaPlot): Variant[] {
  const groups = new Map<string, { name: string; rows: PlotRow[] }>();
  for (const row of plot.rows) {
    const { filename, field } = row;
    const key = `${filename ?? ''}\u0000${field ?? ''}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else {
      const name = [filename, field].filter((part) => part !== undefined && part !== null).map(String).join(' · ');
      groups.set(key, { name, rows: [row] });
    }
  }
  const variants = [...groups.values()];
  return variants.length === 1 ? [{ rows: variants[0]!.rows }] : variants.map((variant) => ({ name: variant.name || undefined, rows: variant.rows }));
}

function rowsByRevision(rows: readonly PlotRow[]): Map<string, PlotRow[]> {
  const by = new Map<string, PlotRow[]>();
  for (const row of rows) {
    const rev = label(row.rev);
    const list = by.get(rev);
    if (list) list.push(row);
    else by.set(rev, [row]);
  }
  return by;
}

function note(text: string): string {
  return `_${text}_`;
}

/** A row with a numeric y: its x as a number when it is one, and as text. */
interface Point {
  x: number | undefined;
  label: string;
  y: number;
}

function pointsOf(rows: readonly PlotRow[], x: string, y: string): Point[] {
  const points: Point[] = [];
  for (const row of rows) {
    const value = numeric(row[y]);
    if (value !== undefined) points.push({ x: numeric(row[x]), label: label(row[x]), y: value });
  }
  return points;
}

/** The mean y of each x label, in the order the labels first appear. */
function meansByLabel(points: readonly Point[]): Map<string, number> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const point of points) {
    const sum = sums.get(point.label);
    if (sum) {
      sum.total += point.y;
      sum.count += 1;
    } else sums.set(point.label, { total: point.y, count: 1 });
  }
  return new Map([...sums].map(([key, sum]) => [key, sum.total / sum.count]));
}

/** The mean value of each category, in the order categories first appear. */
function categoryMeans(rows: readonly PlotRow[], category: string, value: string): Map<string, number> {
  return meansByLabel(pointsOf(rows, category, value));
}

interface Context {
  plot: VegaPlot;
  variant: Variant;
  options: PlotsSectionOptions;
}

const chartTitle = ({ plot, variant }: Context): string => (variant.name ? `${plot.title || plot.id} · ${variant.name}` : plot.title || plot.id);

/** Lines (linear, simple, smooth): one line per revision on a shared even grid, or over categories when x is text. */
function lineChart(context: Context): string[] {
  const { plot, variant, options } = context;
  const byRev = rowsByRevision(variant.rows);
  // each row read once: logs run to hundreds of thousands of rows
  const points = new Map<string, Point[]>();
  for (const [rev, rows] of byRev) points.set(rev, pointsOf(rows, plot.x, plot.y));
  const withY = (rev: Revision): Point[] => points.get(rev.name)!;
  let revisions = revisionsOf(plot.revisions.filter((rev) => byRev.has(rev)), options).filter((rev) => withY(rev).length > 0);
  if (revisions.length === 0) return [note(`No numeric ${markdownText(plot.yLabel || plot.y)} to draw.`)];
  const notes: string[] = [];
  const numericX = revisions.every((rev) => withY(rev).every((point) => point.x !== undefined));
  let x: { title: string; min: number; max: number } | { title: string; categories: string[] };
  let xs: string[];
  let ys: number[][];
  if (numericX) {
    let curves = revisions.map((rev) => curveOf(withY(rev).map((point) => [point.x!, point.y] as const)));
    let grid = commonGrid(curves);
    if (!grid && revisions.length > 1) {
      // no shared x range: the head alone (the newest curve) is still worth drawing
      const keep = revisions.length - 1;
      grid = commonGrid([curves[keep]!]);
      if (grid) {
        notes.push(`${revisions.slice(0, keep).map((rev) => inlineCode(rev.name)).join(', ')} shares no ${markdownText(plot.xLabel || plot.x)} range with ${inlineCode(revisions[keep]!.name)}: only ${inlineCode(revisions[keep]!.name)} is drawn.`);
        revisions = [revisions[keep]!];
        curves = [curves[keep]!];
      }
    }
    if (!grid) return [note(`Fewer than two ${markdownText(plot.xLabel || plot.x)} values: nothing to draw.`)];
    const rows = Math.max(...revisions.map((rev) => withY(rev).length));
    if (grid.resampled) notes.push(`Read on an even grid of ${grid.x.length} points (from up to ${rows} rows), as mermaid spaces a line's points evenly.`);
    if (grid.clipped) {
      const lo = grid.x[0]!;
      const hi = grid.x[grid.x.length - 1]!;
      const xName = markdownText(plot.xLabel || plot.x);
      const yName = markdownText(plot.yLabel || plot.y);
      // what is not drawn, said in numbers: where each longer curve starts or ends, and its value there
      const beyond = revisions.flatMap((rev, i) => {
        const curve = curves[i]!;
        const parts: string[] = [];
        if (curve.x[0]! < lo) parts.push(`starts at ${plainDecimal(curve.x[0]!)} (${yName} ${plainDecimal(curve.y[0]!)})`);
        const end = curve.x.length - 1;
        if (curve.x[end]! > hi) parts.push(`goes on to ${plainDecimal(curve.x[end]!)} (${yName} ${plainDecimal(curve.y[end]!)})`);
        return parts.length > 0 ? [`${inlineCode(rev.name)} ${parts.join(' and ')}`] : [];
      });
      notes.push(`Drawn where every revision has data, ${xName} ${plainDecimal(lo)} to ${plainDecimal(hi)}; ${beyond.join('; ')}.`);
    }
    x = { title: plot.xLabel || plot.x, min: grid.x[0]!, max: grid.x[grid.x.length - 1]! };
    xs = grid.x.map((value) => plainDecimal(value));
    ys = grid.y;
  } else {
    const means = revisions.map((rev) => meansByLabel(withY(rev)));
    const shared = [...means[0]!.keys()].filter((key) => means.every((mean) => mean.has(key)));
    const all = new Set(means.flatMap((mean) => [...mean.keys()])).size;
    // a line needs two points
    if (shared.length < 2) return [note(`The revisions share ${shared.length === 0 ? 'no' : 'only one'} ${markdownText(plot.xLabel || plot.x)} value: nothing to draw as a line.`)];
    const kept = shared.slice(0, MAX_POINTS);
    if (kept.length < all) notes.push(`${kept.length} of ${all} ${markdownText(plot.xLabel || plot.x)} values drawn (${shared.length > MAX_POINTS ? `the first ${MAX_POINTS}` : 'those every revision has'}).`);
    x = { title: plot.xLabel || plot.x, categories: kept };
    xs = kept;
    ys = means.map((mean) => kept.map((key) => mean.get(key)!));
  }
  const [min, max] = axisRange(ys.flat());
  const decimals = decimalsFor(min, max);
  const chart = xychartBlock({
    title: chartTitle(context),
    x,
    y: { title: plot.yLabel || plot.y, min, max },
    series: revisions.map((rev, i) => ({ type: 'line', name: rev.name, values: ys[i]!, colour: rev.colour })),
    decimals,
  });
  const table = markdownRows(
    [markdownText(plot.xLabel || plot.x), ...revisions.map((rev) => inlineCode(rev.name))],
    xs.map((at, i) => [markdownText(at), ...ys.map((values) => plainDecimal(values[i]!, TABLE_DIGITS))]),
    ['l', ...revisions.map(() => 'r' as const)],
  );
  return [...chart, '', legend(revisions), ...notes.flatMap((text) => ['', note(text)]), '', ...folded(`Numbers: ${chartTitle(context)}`, table)];
}

/** bar_horizontal(_sorted): the head's largest values as bars, the base's values for the same bars as a line. */
function barChart(context: Context, sorted: boolean): string[] {
  const { plot, variant, options } = context;
  // DVC's bars: x the value, y the category; take them the other way round when only that is numeric
  const numericField = (field: string): boolean => variant.rows.some((row) => numeric(row[field]) !== undefined);
  const [value, category] = !numericField(plot.x) && numericField(plot.y) ? [plot.y, plot.x] : [plot.x, plot.y];
  const [valueLabel, categoryLabel] = value === plot.x ? [plot.xLabel || plot.x, plot.yLabel || plot.y] : [plot.yLabel || plot.y, plot.xLabel || plot.x];
  const byRev = rowsByRevision(variant.rows);
  const revisions = revisionsOf(plot.revisions.filter((rev) => byRev.has(rev)), options);
  const means = new Map(revisions.map((rev) => [rev.name, categoryMeans(byRev.get(rev.name)!, category, value)]));
  const present = revisions.filter((rev) => means.get(rev.name)!.size > 0);
  if (present.length === 0) return [note(`No numeric ${markdownText(valueLabel)} to draw.`)];
  const bars = present.find((rev) => rev.role === 'head') ?? present[present.length - 1]!;
  const line = present.find((rev) => rev.role === 'base' && rev !== bars);
  const head = means.get(bars.name)!;
  const order = [...head.keys()];
  let kept = [...order].sort((a, b) => Math.abs(head.get(b)!) - Math.abs(head.get(a)!)).slice(0, MAX_BARS);
  kept = sorted ? kept.sort((a, b) => head.get(b)! - head.get(a)!) : order.filter((key) => kept.includes(key));
  const base = line ? means.get(line.name)! : undefined;
  const notes: string[] = [];
  if (bars.role !== 'head') notes.push(`The head ${inlineCode(options.head)} has no data for this plot: the bars are ${inlineCode(bars.name)}.`);
  if (kept.length < order.length) notes.push(`The ${kept.length} largest of ${order.length} ${markdownText(categoryLabel)} values.`);
  const missing = base ? kept.filter((key) => !base.has(key)) : [];
  if (missing.length > 0) notes.push(`Not in ${inlineCode(line!.name)}, drawn there as 0: ${missing.map((key) => inlineCode(key)).join(', ')}.`);
  const headValues = kept.map((key) => head.get(key)!);
  const baseValues = base ? kept.map((key) => base.get(key) ?? 0) : undefined;
  const all = [...headValues, ...(baseValues ?? [])];
  // mermaid's bars grow from the end of the axis, not from 0: a negative value would look positive
  const asBars = all.every((v) => v >= 0);
  if (!asBars) notes.push(`Some values are negative, so both revisions are drawn as lines (mermaid's bars start at the end of the axis, not at 0).`);
  const [min, max] = axisRange(all, true);
  const decimals = decimalsFor(min, max);
  const drawn = line ? [line, bars] : [bars];
  const chart = xychartBlock({
    title: chartTitle(context),
    horizontal: true,
    x: { title: categoryLabel, categories: kept },
    y: { title: valueLabel, min, max },
    series: [
      ...(baseValues && !asBars ? [{ type: 'line' as const, name: line!.name, values: baseValues, colour: line!.colour }] : []),
      { type: asBars ? ('bar' as const) : ('line' as const), name: bars.name, values: headValues, colour: bars.colour },
      ...(baseValues && asBars ? [{ type: 'line' as const, name: line!.name, values: baseValues, colour: line!.colour }] : []),
    ],
    decimals,
  });
  const marks: Partial<Record<Role, string>> = line && asBars ? { [bars.role]: 'bars', [line.role]: 'line' } : {};
  const change = (key: string): string => {
    const old = base?.get(key);
    // the change to the table's precision of the range, so float noise (0.3 − 0.3) is no change
    return old === undefined ? '' : signed(head.get(key)! - old, (x) => fixedDecimal(x, decimalsFor(min, max, TABLE_DIGITS)));
  };
  const table = markdownRows(
    [markdownText(categoryLabel), ...(line ? [inlineCode(line.name)] : []), inlineCode(bars.name), ...(line ? ['Change'] : [])],
    kept.map((key) => [
      markdownText(key),
      ...(line ? [base!.has(key) ? plainDecimal(base!.get(key)!, TABLE_DIGITS) : '—'] : []),
      plainDecimal(head.get(key)!, TABLE_DIGITS),
      ...(line ? [change(key)] : []),
    ]),
    ['l', 'r', 'r', 'r'],
  );
  return [...chart, '', legend(drawn, marks), ...notes.flatMap((text) => ['', note(text)]), '', ...folded(`Numbers: ${chartTitle(context)}`, table)];
}

/** `+3`, `−0.05` (the report's minus sign), or nothing for no change (at the precision shown). */
function signed(change: number, format: (x: number) => string): string {
  const text = format(Math.abs(change));
  if (Number(text) === 0) return '';
  return `${change > 0 ? '+' : '−'}${text}`;
}

/** confusion(_normalized): a table, actual down and predicted across, the head's value and its change against the base. */
function confusionTable(context: Context, normalized: boolean): string[] {
  const { plot, variant, options } = context;
  const byRev = rowsByRevision(variant.rows);
  const revisions = revisionsOf(plot.revisions.filter((rev) => byRev.has(rev)), options);
  if (revisions.length === 0) return [note('No rows to count.')];
  const counts = new Map(
    revisions.map((rev) => {
      const matrix = new Map<string, number>();
      for (const row of byRev.get(rev.name)!) {
        const key = JSON.stringify([label(row[plot.x]), label(row[plot.y])]);
        matrix.set(key, (matrix.get(key) ?? 0) + 1);
      }
      return [rev.name, matrix];
    }),
  );
  const shown = revisions.find((rev) => rev.role === 'head') ?? revisions[revisions.length - 1]!;
  const base = revisions.find((rev) => rev.role === 'base' && rev !== shown);
  const allRows = variant.rows.filter((row) => byRev.has(label(row.rev)));
  const actual = [...new Set(allRows.map((row) => label(row[plot.x])))].sort(byLabel);
  const predicted = [...new Set(allRows.map((row) => label(row[plot.y])))].sort(byLabel);
  const count = (rev: Revision, a: string, p: string): number => counts.get(rev.name)!.get(JSON.stringify([a, p])) ?? 0;
  // DVC's confusion_normalized divides by the total of each y (predicted) value
  const total = (rev: Revision, p: string): number => actual.reduce((sum, a) => sum + count(rev, a, p), 0);
  const value = (rev: Revision, a: string, p: string): number => {
    if (!normalized) return count(rev, a, p);
    const sum = total(rev, p);
    return sum === 0 ? 0 : count(rev, a, p) / sum;
  };
  const text = (x: number): string => (normalized ? x.toFixed(2) : String(x));
  const rows = actual.slice(0, MAX_CLASSES);
  const columns = predicted.slice(0, MAX_CLASSES);
  const notes: string[] = [];
  if (rows.length < actual.length || columns.length < predicted.length) {
    notes.push(`The first ${rows.length} of ${actual.length} ${markdownText(plot.xLabel || plot.x)} and ${columns.length} of ${predicted.length} ${markdownText(plot.yLabel || plot.y)} values.`);
  }
  const cellOf = (a: string, p: string): string => {
    const now = value(shown, a, p);
    const change = base ? signed(now - value(base, a, p), text) : '';
    const shownText = a === p ? `**${text(now)}**` : text(now);
    return change ? `${shownText} (${change})` : shownText;
  };
  const table = markdownRows(
    [`${markdownText(plot.xLabel || plot.x)} ↓ ${markdownText(plot.yLabel || plot.y)} →`, ...columns.map(markdownText)],
    rows.map((a) => [markdownText(a), ...columns.map((p) => cellOf(a, p))]),
    ['l', ...columns.map(() => 'r' as const)],
  );
  const diagonal = (rev: Revision): string => {
    let hits = 0;
    let all = 0;
    for (const a of actual) for (const p of predicted) {
      const n = count(rev, a, p);
      all += n;
      if (a === p) hits += n;
    }
    return `${hits} of ${all} (${all === 0 ? '0.0' : ((100 * hits) / all).toFixed(1)}%) at ${inlineCode(rev.name)}`;
  };
  const intro = base
    ? `${inlineCode(shown.name)}, with the change from ${inlineCode(base.name)} in brackets. On the diagonal: ${diagonal(base)} → ${diagonal(shown)}.`
    : `${inlineCode(shown.name)}. On the diagonal: ${diagonal(shown)}.`;
  if (shown.role !== 'head') notes.push(`The head ${inlineCode(options.head)} has no data for this plot.`);
  return [intro, '', ...table, ...notes.flatMap((line) => ['', note(line)])];
}

/** scatter(_jitter): how many points, and over what range, per revision. */
function scatterTable(context: Context): string[] {
  const { plot, variant, options } = context;
  const byRev = rowsByRevision(variant.rows);
  const revisions = revisionsOf(plot.revisions.filter((rev) => byRev.has(rev)), options);
  if (revisions.length === 0) return [note('No points.')];
  const range = (rows: readonly PlotRow[], field: string): string => {
    const values = rows.map((row) => numeric(row[field]));
    if (values.every((v) => v !== undefined)) {
      const numbers = values as number[];
      return `${plainDecimal(numbers.reduce((a, b) => Math.min(a, b)))} – ${plainDecimal(numbers.reduce((a, b) => Math.max(a, b)))}`;
    }
    const distinct = new Set(rows.map((row) => label(row[field]))).size;
    return `${distinct} value${distinct === 1 ? '' : 's'}`;
  };
  return markdownRows(
    ['Revision', 'Points', markdownText(plot.xLabel || plot.x), markdownText(plot.yLabel || plot.y)],
    revisions.map((rev) => {
      const rows = byRev.get(rev.name)!;
      return [`${rev.role === 'other' ? '' : `${rev.role} `}${inlineCode(rev.name)}`, String(rows.length), range(rows, plot.x), range(rows, plot.y)];
    }),
    ['l', 'r', 'l', 'l'],
  );
}

function vegaBody(plot: VegaPlot, options: PlotsSectionOptions): string[] {
  const variants = variantsOf(plot);
  const shown = variants.slice(0, MAX_VARIANTS);
  const parts = shown.map((variant) => {
    const context: Context = { plot, variant, options };
    const heading = variant.name ? [`**${markdownText(variant.name)}**`, ''] : [];
    switch (plot.template) {
      case 'linear':
      case 'simple':
      case 'smooth':
        return [...heading, ...lineChart(context)];
      case 'bar_horizontal':
      case 'bar_horizontal_sorted':
        return [...heading, ...barChart(context, plot.template === 'bar_horizontal_sorted')];
      case 'confusion':
      case 'confusion_normalized':
        return [...heading, ...confusionTable(context, plot.template === 'confusion_normalized')];
      case 'scatter':
      case 'scatter_jitter':
        return [...heading, ...scatterTable(context)];
    }
  });
  const more = variants.length > shown.length ? ['', note(`… and ${variants.length - shown.length} more: ${variants.slice(shown.length).map((variant) => inlineCode(variant.name ?? '')).join(', ')}.`)] : [];
  return [...parts.flatMap((part, i) => (i === 0 ? part : ['', ...part])), ...more];
}

/** A link that stays one markdown destination: spaces, brackets and angle brackets percent-encoded. */
function destination(link: string): string {
  return link.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function imageBody(images: readonly ImagePlot[], options: PlotsSectionOptions): string[] {
  const order = revisionsOf(images.map((image) => image.revision), options);
  const sorted = [...images].sort((a, b) => order.findIndex((rev) => rev.name === a.revision) - order.findIndex((rev) => rev.name === b.revision));
  return sorted.flatMap((image, i) => {
    const link = options.imageLink?.(image);
    const line = link
      ? `![${markdownText(`${image.id} (${image.revision})`)}](${destination(link)})`
      : `${inlineCode(image.id)} at ${inlineCode(image.revision)}: ${inlineCode(image.file)} (not uploaded, so not shown)`;
    return i === 0 ? [line] : ['', line];
  });
}

type Block = { kind: 'vega'; id: string; plot: VegaPlot } | { kind: 'image'; id: string; images: ImagePlot[] };

/** One block per plot id, in the result's order; an image's revisions share one block. */
function blocksOf(result: PlotsResult): Block[] {
  const blocks: Block[] = [];
  const images = new Map<string, ImagePlot[]>();
  for (const plot of result.plots) {
    if (plot.kind === 'vega') blocks.push({ kind: 'vega', id: plot.id, plot });
    else if (images.has(plot.id)) images.get(plot.id)!.push(plot);
    else {
      const list = [plot];
      images.set(plot.id, list);
      blocks.push({ kind: 'image', id: plot.id, images: list });
    }
  }
  return blocks;
}

function heading(block: Block): string {
  if (block.kind === 'image') return `#### ${inlineCode(block.id)}`;
  const title = block.plot.title;
  return title && title !== block.id ? `#### ${markdownText(title)} · ${inlineCode(block.id)}` : `#### ${inlineCode(block.id)}`;
}

/**
 * The "Plots" section of the report: a block per plot (at most `maxPlots`, the rest named in one
 * line), then one italic line per plot error. No plots and no errors: no section (an empty list).
 */
export function renderPlotsSection(result: PlotsResult, options: PlotsSectionOptions): string[] {
  const blocks = blocksOf(result);
  if (blocks.length === 0 && result.errors.length === 0) return [];
  const limit = Math.max(0, options.maxPlots ?? MAX_PLOTS);
  const shown = blocks.slice(0, limit);
  const rest = blocks.slice(limit);
  const lines = ['### Plots', ''];
  for (const block of shown) {
    lines.push(heading(block), '', ...(block.kind === 'vega' ? vegaBody(block.plot, options) : imageBody(block.images, options)), '');
  }
  if (rest.length > 0) {
    const named = rest.slice(0, MAX_NAMED).map((block) => inlineCode(block.id)).join(', ');
    lines.push(note(`… and ${rest.length} more plot${rest.length === 1 ? '' : 's'}: ${named}${rest.length > MAX_NAMED ? ', …' : ''}.`), '');
  }
  // a list, so that the lines stay lines where newlines are not breaks (files, job summaries)
  const errors = result.errors.slice(0, MAX_ERRORS);
  for (const error of errors) lines.push(`- ${note(`⚠️ ${inlineCode(error.name)} at ${inlineCode(error.rev)} could not be plotted: ${markdownText(error.type)}`)}`);
  if (result.errors.length > errors.length) lines.push(`- ${note(`… and ${result.errors.length - errors.length} more plot errors.`)}`);
  if (errors.length > 0) lines.push('');
  return lines;
}
