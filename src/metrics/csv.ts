/**
 * CSV/TSV metrics: a training log with one row per epoch or run. DVC dropped these; we read one
 * row of them (the last by default) while streaming, so a 100 MB log costs no more memory than a row.
 */
import type { Readable } from 'node:stream';
import { UsageError } from '../errors.js';
import { UnreadableFileError } from './parse.js';
import { newRecord, type Value } from './value.js';

export type RowSelector =
  | { kind: 'index'; index: number }
  | { kind: 'match'; column: string; value: string };

export const LAST_ROW: RowSelector = { kind: 'index', index: -1 };

/** `last`, `first`, a 0-based row number (negative counts from the end) or `column=value` (its last match). */
export function parseRowSelector(text: string): RowSelector {
  const trimmed = text.trim();
  if (trimmed === 'last') return LAST_ROW;
  if (trimmed === 'first') return { kind: 'index', index: 0 };
  if (/^-?\d+$/.test(trimmed)) return { kind: 'index', index: Number(trimmed) };
  const equals = trimmed.indexOf('=');
  if (equals > 0) return { kind: 'match', column: trimmed.slice(0, equals).trim(), value: trimmed.slice(equals + 1).trim() };
  throw new UsageError(
    `--row: '${text}' is not a row selector.`,
    'Use last (the default), first, a row number such as 0 or -2, or column=value such as epoch=10.',
  );
}

const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT = /^[+-]?\d+$/;

/** A CSV cell as Python's float()/int() would take it; anything else stays text. */
export function csvCell(text: string): Value {
  const cell = text.trim();
  if (cell === '') return null;
  if (INT.test(cell)) return BigInt(cell);
  if (FLOAT.test(cell)) return Number(cell);
  const lower = cell.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === 'inf' || lower === '+inf' || lower === 'infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  return cell;
}

function describeSelector(selector: RowSelector): string {
  return selector.kind === 'match' ? `${selector.column}=${selector.value}` : `row ${selector.index}`;
}

/** Read the selected row of a CSV/TSV stream as `{column: value}`. */
export async function readCsvRow(source: Readable, delimiter: ',' | '\t', selector: RowSelector, path: string): Promise<Value> {
  // Loaded here, not at start-up: most projects have no CSV metrics.
  const { parse } = await import('csv-parse');
  const parser = source.pipe(parse({ delimiter, columns: true, skip_empty_lines: true, trim: true, relax_column_count: false }));
  const keepLast = selector.kind === 'index' && selector.index < 0 ? -selector.index : 0;
  const window: Record<string, string>[] = [];
  let chosen: Record<string, string> | undefined;
  let seen = 0;
  let columns: string[] | undefined;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      columns ??= Object.keys(record);
      if (selector.kind === 'match') {
        if (!(selector.column in record)) break;
        if (record[selector.column] === selector.value) chosen = record;
      } else if (keepLast > 0) {
        window.push(record);
        if (window.length > keepLast) window.shift();
      } else if (seen === selector.index) {
        chosen = record;
        break;
      }
      seen++;
    }
  } catch (error) {
    throw new UnreadableFileError(path, `malformed CSV: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    source.destroy();
  }
  if (keepLast > 0 && window.length === keepLast) chosen = window[0];
  if (columns === undefined) throw new UnreadableFileError(path, 'the CSV has a header but no data rows (or is empty).');
  if (selector.kind === 'match' && !columns.includes(selector.column)) {
    throw new UnreadableFileError(path, `the CSV has no column '${selector.column}' (columns: ${columns.join(', ')}).`);
  }
  if (chosen === undefined) throw new UnreadableFileError(path, `the CSV has no ${describeSelector(selector)} (${seen} data rows).`);
  const row = newRecord();
  for (const [column, cell] of Object.entries(chosen)) row[column] = csvCell(cell);
  return row;
}
