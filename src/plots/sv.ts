/**
 * CSV/TSV plot data as DVC reads it (`_load_sv` in dvc/repo/plots/__init__.py): Python's
 * `csv.DictReader` over the whole text, every cell a string. This is a port of CPython's reader
 * (Modules/_csv.c, the excel dialect: `"` quotes, doubled to escape, no escape character,
 * strict off), so quoting, ragged rows and blank lines come out as Python's do: a short row's
 * missing cells are None, a long row's extras go under the key None (`null` in JSON).
 */
import type { Value } from '../metrics/value.js';
import { PyException } from './vega-converter.js';

const enum State {
  StartRecord,
  StartField,
  InField,
  InQuotedField,
  QuoteInQuotedField,
  EatCrnl,
}

const EOL = -1;
const QUOTE = '"';

/** `csv.reader(io.StringIO(text), delimiter=...)`: the records, each a list of fields. */
export function* csvRecords(text: string, delimiter: string): Generator<string[]> {
  // io.StringIO yields lines ending in "\n"
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let fields: string[] = [];
  let field = '';
  let state = State.StartRecord;
  const save = (): void => {
    fields.push(field);
    field = '';
  };
  const endOfLine = (c: string | typeof EOL): State => (c === EOL ? State.StartRecord : State.EatCrnl);
  const step = (c: string | typeof EOL): void => {
    const newline = c === '\n' || c === '\r' || c === EOL;
    switch (state) {
      case State.StartRecord:
        if (c === EOL) return;
        if (c === '\n' || c === '\r') {
          state = State.EatCrnl;
          return;
        }
        state = State.StartField;
        step(c);
        return;
      case State.StartField:
        if (newline) {
          save();
          state = endOfLine(c);
        } else if (c === QUOTE) state = State.InQuotedField;
        else if (c === delimiter) save();
        else {
          field += c;
          state = State.InField;
        }
        return;
      case State.InField:
        if (newline) {
          save();
          state = endOfLine(c);
        } else if (c === delimiter) {
          save();
          state = State.StartField;
        } else field += c;
        return;
      case State.InQuotedField:
        if (c === EOL) return;
        if (c === QUOTE) state = State.QuoteInQuotedField;
        else field += c;
        return;
      case State.QuoteInQuotedField:
        if (c === QUOTE) {
          field += c;
          state = State.InQuotedField;
        } else if (c === delimiter) {
          save();
          state = State.StartField;
        } else if (newline) {
          save();
          state = endOfLine(c);
        } else {
          // strict=False: the rest of the field is taken as it is
          field += c;
          state = State.InField;
        }
        return;
      case State.EatCrnl:
        if (c === '\n' || c === '\r') return;
        if (c === EOL) {
          state = State.StartRecord;
          return;
        }
        throw new PyException('Error', "new-line character seen in unquoted field - do you need to open the file with newline=''?");
    }
  };
  let line = 0;
  while (line < lines.length) {
    fields = [];
    field = '';
    state = State.StartRecord;
    do {
      if (line >= lines.length) {
        // end of input inside a record: what was read is the last record
        if (field.length !== 0 || (state as State) === State.InQuotedField) {
          save();
          break;
        }
        return;
      }
      for (const c of lines[line++]!) step(c);
      step(EOL);
    } while ((state as State) !== State.StartRecord);
    yield fields;
  }
}

/** The key Python's DictReader files a long row's extra cells under (`restkey=None`). */
export const REST_KEY = 'null';

/** `list(csv.DictReader(io.StringIO(text), delimiter=..., fieldnames=...))`. */
export function dictReader(text: string, delimiter: string, fieldnames?: string[]): { [key: string]: Value }[] {
  const records = csvRecords(text, delimiter);
  let names = fieldnames;
  if (names === undefined) {
    const first = records.next();
    if (first.done) return [];
    names = first.value;
  }
  const rows: { [key: string]: Value }[] = [];
  for (const record of records) {
    if (record.length === 0) continue;
    const row: { [key: string]: Value } = {};
    names.forEach((name, i) => {
      if (i < record.length) row[name] = record[i]!;
    });
    if (names.length < record.length) row[REST_KEY] = record.slice(names.length);
    else for (const name of names.slice(record.length)) row[name] = null;
    rows.push(row);
  }
  return rows;
}

/** `_load_sv(content, delimiter, header)`. */
export function loadSv(text: string, delimiter: ',' | '\t', header: boolean): { [key: string]: Value }[] {
  if (header) return dictReader(text, delimiter);
  // DVC counts the columns with the default (comma) reader, whatever the delimiter
  const first = csvRecords(text, ',').next();
  if (first.done) throw new PyException('TypeError', "object of type 'NoneType' has no len()");
  return dictReader(text, delimiter, first.value.map((_, i) => String(i)));
}
