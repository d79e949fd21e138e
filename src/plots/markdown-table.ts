/**
 * The markdown `mlops plots show|diff` prints without `--json` (DVC writes an HTML page there;
 * mlops writes none): per plot a heading with its id and title, the revisions, the axes, and
 * its rows as a table (the first 50, with a note saying how many there are); image plots as
 * links to the files written; then the errors, as `--json` lists them.
 */
import { pyStr } from '../metrics/pyformat.js';
import { githubTable } from '../metrics/tabulate.js';
import type { Value } from '../metrics/value.js';
import type { ImagePlot, PlotsResult, VegaPlot } from './types.js';

export const MAX_TABLE_ROWS = 50;

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;
/** A table cell: on one line, with `|` escaped. */
const cell = (value: Value | undefined): string => (value === undefined ? '' : pyStr(value)).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

function vegaSection(plot: VegaPlot): string[] {
  const lines = [`### ${plot.id}`, ''];
  if (plot.title && plot.title !== plot.id) lines.push(`**${plot.title}**`, '');
  const rows: { [key: string]: Value }[] = plot.pyRows ?? plot.rows;
  if (rows.length === 0) return [...lines, '_No data at any revision._', ''];
  const axis = (field: string, label: string): string => (label && label !== field ? `${code(field)} (${label})` : code(field));
  lines.push(`Revisions: ${plot.revisions.map(code).join(', ')} · x: ${axis(plot.x, plot.xLabel)} · y: ${axis(plot.y, plot.yLabel)} · template: ${code(plot.template)}`, '');
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  lines.push(githubTable(columns.map((column) => cell(column)), shown.map((row) => columns.map((column) => cell(row[column])))), '');
  if (rows.length > shown.length) lines.push(`_The first ${shown.length} of ${rows.length} rows; \`--json\` has them all._`, '');
  return lines;
}

function imageSection(id: string, images: readonly ImagePlot[]): string[] {
  return [`### ${id}`, '', ...images.flatMap((image) => [`${code(image.revision)}: ![${id} at ${image.revision}](${encodeURI(image.file)})`, ''])];
}

/** The markdown for a PlotsResult (empty when there are no plots and no errors). */
export function plotsMarkdown(result: PlotsResult): string {
  // an image plot is one entry per revision: one section for all of them, where the first was
  const sections = new Map<string, VegaPlot | ImagePlot[]>();
  for (const plot of result.plots) {
    const seen = sections.get(plot.id);
    if (plot.kind === 'vega') sections.set(plot.id, plot);
    else if (Array.isArray(seen)) seen.push(plot);
    else sections.set(plot.id, [plot]);
  }
  const lines = [...sections].flatMap(([id, section]) => (Array.isArray(section) ? imageSection(id, section) : vegaSection(section)));
  if (result.errors.length > 0) {
    lines.push('### Errors', '');
    for (const error of result.errors) {
      const what = [error.name && code(error.name), error.source && error.source !== error.name ? `(${code(error.source)})` : ''].filter(Boolean).join(' ');
      lines.push(`- ${what ? `${what} ` : ''}at ${code(error.rev || 'workspace')}: ${error.type}: ${error.msg.replace(/\n/g, ' ')}`);
    }
    lines.push('');
  }
  return lines.length > 0 ? `${lines.join('\n').replace(/\n+$/, '')}\n` : '';
}
