/**
 * Per-example evaluation predictions: the file a project writes next to its metrics so that the
 * metrics can be recomputed, resampled and compared. Reading the file is the caller's job (it
 * also bounds the file's size); this module parses its text and bounds the number of rows.
 *
 * Columns: `y_true`, `y_pred`; for classification the per-class probabilities `p_<class>` or one
 * `p` for two classes (the probability of the positive class, see {@link positiveClass}); an
 * optional `id` (to align two revisions) and an optional `group` (to stratify the bootstrap).
 * Other columns are ignored, so a frame with its features may be written as it is.
 *
 * Kind, unless `options.kind` says it:
 * - classification when there are probability columns, or when a y value is not a number
 *   (labels such as `cat`, `True`), unless the other y values include decimals (then the file is
 *   regression with one bad value, and that value is reported);
 * - regression otherwise, also for integer y without probabilities (0/1 labels without a `p`
 *   column are read as numbers: pass `kind: 'classification'` or add the probabilities).
 */
import { parse } from 'csv-parse/sync';
import { UsageError } from '../errors.js';

export interface Predictions {
  kind: 'regression' | 'classification';
  /** Number of examples (rows). */
  n: number;
  /** Regression: the values. Classification: the class labels (numbers written canonically, `1.0` → `1`; `True` → `true`). */
  yTrue: Float64Array | string[];
  yPred: Float64Array | string[];
  /** Class probabilities: `classes` sorted (numerically when all are numbers), one column of length n per class. */
  proba?: { classes: string[]; p: Float64Array[] };
  ids?: string[];
  groups?: string[];
}

export interface ParseOptions {
  /** More rows than this is an error (default 5,000,000). */
  maxRows?: number;
  /** Overrides the guess described at the top of this module. */
  kind?: Predictions['kind'];
}

export const DEFAULT_MAX_ROWS = 5_000_000;

const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(nan|inf|infinity)$/i;
const OTHER_FORMATS: Record<string, string> = {
  parquet: 'Parquet', pq: 'Parquet', feather: 'Feather', arrow: 'Arrow', pkl: 'pickle', pickle: 'pickle', npy: 'NumPy',
  npz: 'NumPy', h5: 'HDF5', hdf5: 'HDF5', xlsx: 'Excel', xls: 'Excel', avro: 'Avro', orc: 'ORC', gz: 'compressed', zip: 'compressed',
};
const WRITE_HINT = "Write it with pandas: pd.DataFrame({'y_true': y_test, 'y_pred': model.predict(X_test)}).to_csv('predictions.csv', index=False).";

type Format = { kind: 'csv'; delimiter: ',' | '\t' } | { kind: 'jsonl' };

/** A number as Python's float() takes it (finite only); undefined otherwise. */
function finiteNumber(cell: string): number | undefined {
  const text = cell.trim();
  if (!FLOAT.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** One spelling per label, so that `1`, `1.0` and `p_1` name the same class and `True` matches `true`. */
function canonicalLabel(cell: string): string {
  const text = cell.trim();
  const number = finiteNumber(text);
  if (number !== undefined) return String(number);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase();
  return text;
}

/** Labels in scikit-learn's order (np.unique): numerically when all are numbers, else by code unit. */
export function sortLabels(labels: Iterable<string>): string[] {
  const unique = [...new Set(labels)];
  if (unique.every((label) => finiteNumber(label) !== undefined)) return unique.sort((a, b) => Number(a) - Number(b));
  return unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The positive class of two (sorted) classes: `1` or `true` when one of them is, else the larger.
 * Precision, recall and f1 with `average: 'binary'` count it; roc_auc and a `p` column score it.
 */
export function positiveClass(classes: readonly string[]): string {
  const named = classes.find((label) => label === '1' || label === 'true');
  return named ?? classes[classes.length - 1]!;
}

/** The sorted classes of classification predictions: those of the probabilities, y_true and y_pred together. */
export function classesOf(p: Predictions): string[] {
  if (p.kind !== 'classification') return [];
  return sortLabels([...(p.proba?.classes ?? []), ...(p.yTrue as string[]), ...(p.yPred as string[])]);
}

function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function detectFormat(text: string, file: string): Format {
  const extension = extensionOf(file);
  const other = OTHER_FORMATS[extension];
  if (other) throw new UsageError(`${file}: a ${other} file; predictions are read from CSV, TSV or JSON lines.`, WRITE_HINT);
  if (text.slice(0, 8192).includes('\u0000')) {
    throw new UsageError(`${file}: not a text file; predictions are read from CSV, TSV or JSON lines.`, WRITE_HINT);
  }
  // the first 64 KiB tell the format; a copy of the whole text would double a large file's memory
  const start = text.slice(0, 65536).replace(/^\uFEFF/, '').trimStart();
  if (extension === 'jsonl' || extension === 'ndjson') return { kind: 'jsonl' };
  if (start.startsWith('[')) {
    throw new UsageError(`${file}: a JSON array; predictions in JSON are read one object per line (JSON lines).`, "With pandas: df.to_json('predictions.jsonl', orient='records', lines=True).");
  }
  if (start.startsWith('{')) return { kind: 'jsonl' };
  const newline = start.indexOf('\n');
  const header = newline < 0 ? start : start.slice(0, newline);
  if (extension === 'json') {
    throw new UsageError(`${file}: not JSON lines (its first line does not start with '{').`, "With pandas: df.to_json('predictions.jsonl', orient='records', lines=True).");
  }
  const tabs = header.includes('\t');
  const commas = header.includes(',');
  // The extension decides, unless the header plainly uses the other delimiter.
  if (extension === 'tsv' || extension === 'tab') return { kind: 'csv', delimiter: tabs || !commas ? '\t' : ',' };
  if (extension === 'csv') return { kind: 'csv', delimiter: commas || !tabs ? ',' : '\t' };
  if (tabs) return { kind: 'csv', delimiter: '\t' };
  if (commas) return { kind: 'csv', delimiter: ',' };
  throw new UsageError(
    `${file}: not CSV, TSV or JSON lines (its first line has neither a comma nor a tab: '${header.slice(0, 60)}').`,
    'The first line names the columns: y_true,y_pred[,p_<class>…][,id][,group]. ' + WRITE_HINT,
  );
}

/** The rows as read, before the kind is known: cells as text, with the line each row ends on. */
interface RawTable {
  yTrue: string[];
  yPred: string[];
  /** `p` or the `p_<class>` columns, by class as written. */
  proba: Map<string, string[]>;
  single: boolean;
  ids?: string[];
  groups?: string[];
  lines: number[];
}

class Reader {
  readonly table: RawTable;
  private columns: { yTrue: string; yPred: string; proba: [string, string][]; id?: string; group?: string } | undefined;

  constructor(
    private readonly file: string,
    private readonly maxRows: number,
  ) {
    this.table = { yTrue: [], yPred: [], proba: new Map(), single: false, lines: [] };
  }

  /** Column names as written; matched without case and surrounding space. */
  header(names: readonly string[], line: number): void {
    const seen = new Map<string, string>();
    for (const name of names) {
      const key = name.trim().toLowerCase();
      if (seen.has(key)) throw this.error(line, name, `the column '${name}' appears twice.`, 'Give every column its own name.');
      seen.set(key, name);
    }
    const yTrue = seen.get('y_true');
    const yPred = seen.get('y_pred');
    for (const [key, name] of [['y_true', yTrue], ['y_pred', yPred]] as const) {
      if (name === undefined) {
        throw this.error(line, key, `there is no column '${key}' (columns: ${names.join(', ') || 'none'}).`, `The columns are y_true and y_pred, with p_<class> or p for classification. ${WRITE_HINT}`);
      }
    }
    const proba: [string, string][] = [];
    for (const [key, name] of seen) {
      if (key === 'p') proba.push(['', name]);
      else if (key.startsWith('p_') && key.length > 2) proba.push([name.trim().slice(2), name]);
    }
    const single = proba.some(([label]) => label === '');
    if (single && proba.length > 1) {
      throw this.error(line, 'p', `both a column 'p' and per-class columns (${proba.filter(([l]) => l).map(([, n]) => n).join(', ')}).`, "Use 'p' (the positive class's probability) for two classes, or one p_<class> column per class.");
    }
    const canonical = new Map<string, string>();
    for (const [label, name] of proba) {
      const key = canonicalLabel(label);
      const before = canonical.get(key);
      if (before !== undefined) throw this.error(line, name, `the columns '${before}' and '${name}' name the same class.`, 'Keep one of them.');
      canonical.set(key, name);
      this.table.proba.set(key, []);
    }
    this.table.single = single;
    this.columns = { yTrue: yTrue!, yPred: yPred!, proba: proba.map(([label, name]) => [canonicalLabel(label), name]), id: seen.get('id'), group: seen.get('group') };
    if (this.columns.id !== undefined) this.table.ids = [];
    if (this.columns.group !== undefined) this.table.groups = [];
  }

  row(get: (column: string) => string | undefined, line: number): void {
    const columns = this.columns!;
    if (this.table.lines.length >= this.maxRows) {
      throw new UsageError(
        `${this.file}: more than ${this.maxRows.toLocaleString('en-US')} rows (line ${line}); predictions are bounded to ${this.maxRows.toLocaleString('en-US')} examples.`,
        'Write a sample of the evaluation set (e.g. df.sample(n=1_000_000, random_state=0)): the interval of a metric over a million examples is already tiny.',
      );
    }
    const cell = (column: string, what: string): string => {
      const value = get(column);
      if (value === undefined) throw this.error(line, column, `the row has no ${what}.`, 'Every row needs a value in every column.');
      if (value.trim() === '') throw this.error(line, column, `the ${what} is empty.`, 'Every row needs a value; drop the examples without one before writing the file.');
      return value;
    };
    this.table.yTrue.push(cell(columns.yTrue, 'y_true value'));
    this.table.yPred.push(cell(columns.yPred, 'y_pred value'));
    for (const [label, name] of columns.proba) this.table.proba.get(label)!.push(cell(name, `probability ${name}`));
    if (columns.id !== undefined) this.table.ids!.push(cell(columns.id, 'id').trim());
    if (columns.group !== undefined) this.table.groups!.push(cell(columns.group, 'group').trim());
    this.table.lines.push(line);
  }

  hasHeader(): boolean {
    return this.columns !== undefined;
  }

  error(line: number, column: string, problem: string, hint: string): UsageError {
    return new UsageError(`${this.file}, line ${line}, column ${column}: ${problem}`, hint);
  }
}

function readCsv(text: string, delimiter: ',' | '\t', reader: Reader, file: string, maxRows: number): void {
  let index = new Map<string, number>();
  try {
    parse(text, {
      delimiter,
      bom: true,
      skip_empty_lines: true,
      // one more than allowed, so that "too many" is seen without reading the rest
      to: maxRows + 2,
      on_record: (record: string[], context: { lines: number }) => {
        if (!reader.hasHeader()) {
          reader.header(record, context.lines);
          index = new Map(record.map((name, at) => [name, at]));
        } else {
          reader.row((column) => record[index.get(column)!], context.lines);
        }
        return null;
      },
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const line = (error as { lines?: number }).lines;
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `${file}${line ? `, line ${line}` : ''}: not valid ${delimiter === ',' ? 'CSV' : 'TSV'}: ${message}`,
      'Every row has as many cells as the first line has columns; quote cells that contain the delimiter.',
    );
  }
}

function jsonCell(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '\u0000object';
}

function readJsonLines(text: string, reader: Reader, file: string): void {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const source = text.slice(start, end).trim();
    start = end + 1;
    if (source === '') continue;
    let object: unknown;
    try {
      object = JSON.parse(source);
    } catch (error) {
      throw new UsageError(`${file}, line ${line}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`, 'JSON lines: one object per line, such as {"y_true": 1.5, "y_pred": 1.2}.');
    }
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      throw new UsageError(`${file}, line ${line}: not a JSON object.`, 'JSON lines: one object per line, such as {"y_true": 1.5, "y_pred": 1.2}.');
    }
    const record = object as Record<string, unknown>;
    if (!reader.hasHeader()) reader.header(Object.keys(record), line);
    reader.row((column) => {
      const cell = jsonCell(record[column]);
      if (cell === '\u0000object') throw reader.error(line, column, 'the value is an object or a list, not a number or a label.', 'Write one number or label per column.');
      return cell;
    }, line);
  }
}

function numbers(cells: readonly string[], column: string, lines: readonly number[], reader: Reader, what: string): Float64Array {
  const values = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const value = finiteNumber(cells[i]!);
    if (value === undefined) {
      const cell = cells[i]!.trim();
      const problem = NOT_FINITE.test(cell) ? `'${cell}' is not a finite number` : `'${cell.slice(0, 40)}' is not a number`;
      throw reader.error(lines[i]!, column, `${problem} (${what}).`, 'Drop or fix the examples without a prediction before writing the file.');
    }
    values[i] = value;
  }
  return values;
}

function guessKind(table: RawTable): Predictions['kind'] {
  if (table.proba.size > 0) return 'classification';
  let text = false;
  let decimals = false;
  for (const cells of [table.yTrue, table.yPred]) {
    for (const cell of cells) {
      const value = finiteNumber(cell);
      if (value === undefined) text ||= !NOT_FINITE.test(cell.trim());
      else decimals ||= !Number.isInteger(value);
      if (text && decimals) return 'regression';
    }
  }
  return text ? 'classification' : 'regression';
}

function classification(table: RawTable, reader: Reader, file: string): Predictions {
  const labelsOf = (cells: string[], column: string): string[] =>
    cells.map((cell, i) => {
      if (NOT_FINITE.test(cell.trim())) throw reader.error(table.lines[i]!, column, `'${cell.trim()}' is not a class label.`, 'Drop the examples without a label before writing the file.');
      return canonicalLabel(cell);
    });
  const yTrue = labelsOf(table.yTrue, 'y_true');
  const yPred = labelsOf(table.yPred, 'y_pred');
  const n = yTrue.length;
  let proba: Predictions['proba'];
  if (table.proba.size > 0) {
    const columns = new Map<string, Float64Array>();
    for (const [label, cells] of table.proba) {
      const name = table.single ? 'p' : `p_${label}`;
      const values = numbers(cells, name, table.lines, reader, 'a probability');
      for (let i = 0; i < n; i++) {
        if (values[i]! < 0 || values[i]! > 1) throw reader.error(table.lines[i]!, name, `${cells[i]!.trim()} is not a probability (outside [0, 1]).`, 'Write predict_proba() values, not scores or logits.');
      }
      columns.set(label, values);
    }
    if (table.single) {
      const present = sortLabels([...yTrue, ...yPred]);
      let classes: string[];
      if (present.length === 2) classes = present;
      else if (present.length === 1) classes = sortLabels([present[0]!, complement(present[0]!, file)]);
      else {
        throw new UsageError(
          `${file}: a single probability column 'p' is for two classes; y_true and y_pred have ${present.length} (${present.slice(0, 10).join(', ')}).`,
          'Write one column p_<class> per class (predict_proba() in the order of model.classes_).',
        );
      }
      const positive = positiveClass(classes);
      const p = columns.get('')!;
      const q = new Float64Array(n);
      for (let i = 0; i < n; i++) q[i] = 1 - p[i]!;
      proba = { classes, p: classes.map((label) => (label === positive ? p : q)) };
    } else {
      const classes = sortLabels(columns.keys());
      for (const [cells, column] of [[yTrue, 'y_true'], [yPred, 'y_pred']] as const) {
        for (let i = 0; i < n; i++) {
          if (!columns.has(cells[i]!)) {
            throw reader.error(table.lines[i]!, column, `the class '${cells[i]}' has no probability column p_${cells[i]} (columns for: ${classes.slice(0, 10).join(', ')}).`, 'Write one column p_<class> per class the model knows (model.classes_).');
          }
        }
      }
      proba = { classes, p: classes.map((label) => columns.get(label)!) };
    }
  }
  return { kind: 'classification', n, yTrue, yPred, ...(proba ? { proba } : {}) };
}

/** The other class of a binary problem whose file shows only one. */
function complement(label: string, file: string): string {
  const pairs: Record<string, string> = { '0': '1', '1': '0', true: 'false', false: 'true', '-1': '1' };
  const other = pairs[label];
  if (other === undefined) {
    throw new UsageError(`${file}: every example has the class '${label}', so a single column 'p' does not say which class it scores.`, `Name the columns after the classes: p_${label} and p_<other class>.`);
  }
  return other;
}

function checkIds(ids: readonly string[], lines: readonly number[], reader: Reader): void {
  const first = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const before = first.get(ids[i]!);
    if (before !== undefined) {
      throw reader.error(lines[i]!, 'id', `the id '${ids[i]!.slice(0, 60)}' is also on line ${lines[before]}.`, 'Ids align the examples of two revisions: each example needs its own.');
    }
    first.set(ids[i]!, i);
  }
}

/**
 * Parse a predictions file's text (CSV, TSV or JSON lines, by the extension of `file` or sniffed).
 * Every problem is a UsageError naming the file, the line and the column, and what to do.
 */
export function parsePredictions(text: string, file: string, options: ParseOptions = {}): Predictions {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 2) throw new RangeError(`maxRows ${maxRows} is not an integer of at least 2`);
  const format = detectFormat(text, file);
  const reader = new Reader(file, maxRows);
  if (format.kind === 'csv') readCsv(text, format.delimiter, reader, file, maxRows);
  else readJsonLines(text, reader, file);
  if (!reader.hasHeader()) throw new UsageError(`${file}: the file is empty.`, WRITE_HINT);
  const table = reader.table;
  const n = table.lines.length;
  if (n < 2) {
    throw new UsageError(`${file}: ${n === 0 ? 'no examples' : 'one example'}; an interval needs at least 2 (and is only useful with many more).`, WRITE_HINT);
  }
  if (table.ids) checkIds(table.ids, table.lines, reader);
  const kind = options.kind ?? guessKind(table);
  let predictions: Predictions;
  if (kind === 'regression') {
    if (table.proba.size > 0) throw reader.error(1, table.single ? 'p' : 'p_…', 'probability columns in regression predictions.', 'Drop the probability columns, or read the file as classification.');
    predictions = {
      kind,
      n,
      yTrue: numbers(table.yTrue, 'y_true', table.lines, reader, 'a regression target'),
      yPred: numbers(table.yPred, 'y_pred', table.lines, reader, 'a regression prediction'),
    };
  } else {
    predictions = classification(table, reader, file);
  }
  if (table.ids) predictions.ids = table.ids;
  if (table.groups) predictions.groups = table.groups;
  return predictions;
}
