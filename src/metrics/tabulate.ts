/**
 * The two table layouts DVC prints through python-tabulate with `disable_numparse=True`:
 * "plain" (columns split by two spaces) and "github" (markdown with `|`). Every cell is left
 * aligned text, and each column is at least its header plus tabulate's MIN_PADDING of 2 wide.
 */
const MIN_PADDING = 2;

const SURROGATE = /[\uD800-\uDFFF]/;

/** Width as tabulate measures it without wcwidth: code points (UTF-16 units unless a pair is there). */
const width = (text: string): number => (SURROGATE.test(text) ? [...text].length : text.length);
const pad = (text: string, size: number): string => {
  const missing = size - width(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
};

/** tabulate strips every cell (PRESERVE_WHITESPACE is off). */
function stripped(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => row.map((cell) => cell.trim()));
}

function columnWidths(headers: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const widths = headers.map((header) => width(header) + MIN_PADDING);
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const cell = width(row[i]!);
      if (cell > (widths[i] ?? 0)) widths[i] = cell;
    }
  }
  return widths;
}

/** tabulate(..., tablefmt="plain"). No rows prints nothing, as DVC's `ui.table` does. */
export function plainTable(headers: readonly string[], rawRows: readonly (readonly string[])[]): string {
  if (rawRows.length === 0) return '';
  const rows = stripped(rawRows);
  const widths = columnWidths(headers, rows);
  // tabulate's _build_simple_row right-trims each line
  const line = (cells: readonly string[]): string => cells.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

/** tabulate(..., tablefmt="github"): a header row, a dashed rule, the rows. */
export function githubTable(headers: readonly string[], rawRows: readonly (readonly string[])[]): string {
  const rows = stripped(rawRows);
  const widths = columnWidths(headers, rows);
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, i) => pad(cell, widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
