/**
 * `dvc plots show|diff --json [--split]` (dvc/commands/plots.py `_show_json`, dvc/render/convert.py
 * `to_json`): `{"errors": [...], "data": {id: [...]}}` with the empty keys left out, printed as
 * Python's `json.dumps` prints it. A vega plot is one entry with its filled template (`--split`:
 * the rows, title, labels and styling as `anchor_definitions`, their anchors left in `content`);
 * an image plot is one entry per revision; a plot with no data at any revision is `[]`.
 */
import { pyJsonDumps } from '../metrics/pyformat.js';
import type { Value } from '../metrics/value.js';
import type { PlotError, PlotRow, PlotsResult, VegaPlot } from './types.js';
import { renderVega, type Row } from './vega-render.js';

export interface PlotsJsonOptions {
  split?: boolean;
  /** Indent, as DVC does when stdout is a terminal (2); none: one line. */
  indent?: number;
}

/** Rows handed over without their Python types: integral numbers are taken as ints. */
function pyRowsOf(plot: VegaPlot): Row[] {
  if (plot.pyRows) return plot.pyRows;
  return plot.rows.map((row: PlotRow) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : value])),
  );
}

const given = (text: string): string | undefined => (text === '' ? undefined : text);

/** One vega plot's `to_json` entries. */
export function vegaEntries(plot: VegaPlot, split: boolean): Value[] {
  const rows = pyRowsOf(plot);
  if (rows.length === 0) return [];
  const props = {
    title: plot.title,
    x: given(plot.x),
    y: given(plot.y),
    xLabel: given(plot.xLabel),
    yLabel: given(plot.yLabel),
    ySources: plot.ySources ?? [],
    revisions: plot.revisions,
  };
  const { content, anchorDefinitions } = renderVega(plot.template, props, rows, split);
  const entry: { [key: string]: Value } = { type: 'vega', revisions: [...plot.revisions], content };
  if (split) entry.anchor_definitions = anchorDefinitions ?? {};
  return [entry];
}

/** An error as DVC lists it: source errors name their file, revision-level ones no plot. */
export function errorEntry(error: PlotError): { [key: string]: Value } {
  const entry: { [key: string]: Value } = {};
  if (error.name) entry.name = error.name;
  entry.rev = error.rev;
  if (error.source) entry.source = error.source;
  entry.type = error.type;
  entry.msg = error.msg;
  return entry;
}

/** DVC's `--json` document for a PlotsResult, as a Python value (key order as DVC's). */
export function plotsDocument(result: PlotsResult, split = false): { [key: string]: Value } {
  const data = new Map<string, Value[]>();
  for (const plot of result.plots) {
    if (plot.kind === 'vega') {
      data.set(plot.id, vegaEntries(plot, split));
      continue;
    }
    const entries = data.get(plot.id) ?? [];
    entries.push({ type: 'image', revisions: [plot.revision], url: plot.file });
    data.set(plot.id, entries);
  }
  const document: { [key: string]: Value } = {};
  if (result.errors.length > 0) document.errors = result.errors.map(errorEntry);
  if (data.size > 0) document.data = Object.fromEntries(data);
  return document;
}

/** `plots show|diff --json` stdout: the document and print's newline. */
export function plotsJson(result: PlotsResult, options: PlotsJsonOptions = {}): string {
  return `${pyJsonDumps(plotsDocument(result, options.split ?? false), options.indent)}\n`;
}
