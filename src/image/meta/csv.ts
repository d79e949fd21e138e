/**
 * The slice of csv-parse that metadata-action's inputs go through. The action parses each input
 * twice: the whole block as a list (quotes relaxed, `#` lines dropped, a line's fields joined
 * back with `,`), then each rule's fields again (strict quotes). Quoting only behaves like the
 * action's when both passes are the same, so both are ported here rather than split on `,`.
 */
import { UsageError } from '../../errors.js';

/** A line that csv-parse would refuse; the message is csv-parse's reason, in plain words. */
export class CsvError extends Error {}

interface CsvOptions {
  /** csv-parse `relax_quotes`: a quote inside a field is text instead of an error. */
  relaxQuotes?: boolean;
  /** csv-parse `comment` with `comment_no_infix`: only a record starting with it is a comment. */
  comment?: string;
}

const RECORD_DELIMITERS = ['\r\n', '\n', '\r'];

/** Records of `input`: `,` between fields, `"` quotes with `""` inside, empty records skipped. */
export function parseCsv(input: string, options: CsvOptions = {}): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoting = false;
  let wasQuoting = false;
  let commenting = false;
  // csv-parse takes the first record delimiter it meets as the only one.
  let recordDelimiter: string | undefined;

  const recordDelimiterAt = (pos: number): number => {
    if (recordDelimiter !== undefined) return input.startsWith(recordDelimiter, pos) ? recordDelimiter.length : 0;
    const found = RECORD_DELIMITERS.find((candidate) => input.startsWith(candidate, pos));
    if (found === undefined) return 0;
    recordDelimiter = found;
    return found.length;
  };
  const endField = (): void => {
    record.push(field);
    field = '';
    wasQuoting = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  const isEmpty = (): boolean => record.length === 0 && field.length === 0 && !wasQuoting;

  for (let pos = 0; pos < input.length; pos++) {
    const chr = input[pos]!;
    if (quoting) {
      if (chr !== '"') {
        field += chr;
      } else if (input[pos + 1] === '"') {
        field += '"';
        pos++;
      } else if (pos + 1 === input.length || input[pos + 1] === ',' || recordDelimiterAt(pos + 1) > 0 || (options.comment !== undefined && input.startsWith(options.comment, pos + 1))) {
        quoting = false;
        wasQuoting = true;
      } else if (!options.relaxQuotes) {
        throw new CsvError(`has text after the closing quote of '"${field}"'; a quoted field ends at a comma`);
      } else {
        // relaxed: the quotes were text after all, both of them
        quoting = false;
        wasQuoting = true;
        field = `"${field}"`;
      }
      continue;
    }
    if (chr === '"' && !commenting) {
      if (field.length === 0) {
        quoting = true;
        continue;
      }
      if (!options.relaxQuotes) {
        throw new CsvError(`has a " inside the field '${field}"…'; quote a whole field ("key=value") or none of it`);
      }
    }
    const delimiterLength = recordDelimiterAt(pos);
    if (delimiterLength > 0) {
      // a comment line leaves the record empty, so it is skipped like an empty line
      if (!isEmpty()) endRecord();
      commenting = false;
      pos += delimiterLength - 1;
      continue;
    }
    if (commenting) continue;
    if (options.comment !== undefined && record.length === 0 && field.length === 0 && input.startsWith(options.comment, pos)) {
      commenting = true;
      continue;
    }
    if (chr === ',') {
      endField();
      continue;
    }
    field += chr;
  }
  if (quoting) throw new CsvError('has a quote that is never closed');
  if (!isEmpty()) endRecord();
  return records;
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
