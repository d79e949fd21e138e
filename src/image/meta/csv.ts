/**
 * metadata-action's inputs go through csv-parse twice, and so do they here, with the same
 * options: the whole block as a list (@docker/actions-toolkit `Util.getInputList`: quotes
 * relaxed, whole `#` lines dropped, a line's fields joined back with `,`), then each rule's fields
 * again (strict quotes, first record only). Only csv-parse's refusals are put in plain words.
 */
import { CsvError as CsvParseError, parse } from 'csv-parse/sync';
import { UsageError } from '../../errors.js';

/** A line that csv-parse refuses; the message is csv-parse's reason, in plain words. */
export class CsvError extends Error {}

interface CsvOptions {
  /** csv-parse `relax_quotes`: a quote inside a field is text instead of an error. */
  relaxQuotes?: boolean;
  /** csv-parse `comment` with `comment_no_infix`: only a record starting with it is a comment. */
  comment?: string;
}

/**
 * The text of the quoted field number `column` of `line`, unescaped, for the message about its
 * closing quote (csv-parse says which field, not what it held). The fields before it were read
 * without error, so they are well-formed.
 */
function quotedField(line: string, column: number): string | undefined {
  let pos = 0;
  const skipQuoted = (): string => {
    let text = '';
    for (pos++; pos < line.length; pos++) {
      if (line[pos] !== '"') text += line[pos];
      else if (line[pos + 1] === '"') text += line[++pos];
      else return text;
    }
    return text;
  };
  for (let field = 0; field < column; field++) {
    if (line[pos] === '"') skipQuoted();
    pos = line.indexOf(',', pos);
    if (pos === -1) return undefined;
    pos++;
  }
  return line[pos] === '"' ? skipQuoted() : undefined;
}

function explain(error: CsvParseError, input: string): string {
  const at = error as CsvParseError & { field?: string; column?: number | string | null; lines?: number };
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return `has a " inside the field '${at.field ?? ''}"…'; quote a whole field ("key=value") or none of it`;
    case 'CSV_INVALID_CLOSING_QUOTE': {
      const line = input.split(/\r\n|\n|\r/)[(at.lines ?? 1) - 1] ?? '';
      const field = typeof at.column === 'number' ? quotedField(line, at.column) : undefined;
      return field === undefined ? 'has text after a closing quote; a quoted field ends at a comma' : `has text after the closing quote of '"${field}"'; a quoted field ends at a comma`;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'has a quote that is never closed';
    default:
      return `cannot be read as CSV (${error.message})`;
  }
}

/** Records of `input` as csv-parse gives them: `,` between fields, `"` quotes, empty records skipped. */
export function parseCsv(input: string, options: CsvOptions = {}): string[][] {
  try {
    // the per-rule call is metadata-action's `parse(s, {relaxColumnCount, skipEmptyLines})`;
    // the list call adds Util.getList's options
    return parse(input, {
      ...(options.relaxQuotes !== undefined && { columns: false, relaxQuotes: options.relaxQuotes }),
      ...(options.comment !== undefined && { comment: options.comment, comment_no_infix: true }),
      relaxColumnCount: true,
      skipEmptyLines: true,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvParseError) throw new CsvError(explain(error, input));
    throw error;
  }
}

/**
 * An action input (tags, flavor, labels, images) as metadata-action reads it: one entry per
 * line, `#` lines skipped, fields re-joined with `,` after the list-level quote handling, trimmed.
 * Blank entries are dropped (metadata-action fails on a line of only spaces with a TypeError).
 */
export function parseInputList(lines: readonly string[]): string[] {
  const input = lines.join('\n');
  if (input === '') return [];
  return parseCsv(input, { relaxQuotes: true, comment: '#' })
    .map((fields) => fields.join(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** {@link parseInputList} for the input called `name`, with csv-parse's refusals as usage errors. */
export function readInput(name: string, lines: readonly string[]): string[] {
  try {
    return parseInputList(lines);
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(`${name}: the input ${error.message}.`, 'Quote a whole field ("key=value") or none of it.');
    throw error;
  }
}

/** The fields of one entry, as the per-rule pass reads them (strict quotes, first record only). */
export function parseFields(entry: string): string[] {
  return parseCsv(entry)[0] ?? [];
}
