/**
 * Predictions files: what they are read as, and every bad input ending in one message that names
 * the file, the line and the column, and what to do.
 */
import { UsageError } from '../../src/errors.js';
import { classesOf, parsePredictions, positiveClass, sortLabels } from '../../src/noise/predictions.js';

function failure(text: string, file = 'predictions.csv', options: Parameters<typeof parsePredictions>[2] = {}): UsageError {
  try {
    parsePredictions(text, file, options);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

describe('what a predictions file is read as', () => {
  it('reads regression from CSV, with ids and groups, other columns ignored', () => {
    const p = parsePredictions('id,feature,y_true,y_pred,group\na,9,1.5,1.25,x\nb,8,-2,1e-3,y\nc,7, 3 ,3,x\n', 'eval/predictions.csv');
    expect(p.kind).toBe('regression');
    expect(p.n).toBe(3);
    expect(Array.from(p.yTrue as Float64Array)).toEqual([1.5, -2, 3]);
    expect(Array.from(p.yPred as Float64Array)).toEqual([1.25, 0.001, 3]);
    expect(p.ids).toEqual(['a', 'b', 'c']);
    expect(p.groups).toEqual(['x', 'y', 'x']);
    expect(p.proba).toBeUndefined();
  });

  it('reads TSV by extension, and sniffs it under another name', () => {
    for (const file of ['p.tsv', 'p.txt', 'predictions']) {
      const p = parsePredictions('y_true\ty_pred\n1\t2\n3\t4\n', file);
      expect(Array.from(p.yPred as Float64Array)).toEqual([2, 4]);
    }
  });

  it('reads JSON lines (.jsonl, .ndjson, or sniffed), blank lines skipped', () => {
    const text = '{"y_true": "cat", "y_pred": "dog", "id": 1}\n\n{"y_true": "dog", "y_pred": "dog", "id": 2}\n';
    for (const file of ['p.jsonl', 'p.ndjson', 'p.json', 'p']) {
      const p = parsePredictions(text, file);
      expect(p).toMatchObject({ kind: 'classification', n: 2, yTrue: ['cat', 'dog'], yPred: ['dog', 'dog'], ids: ['1', '2'] });
    }
  });

  it('Windows line endings are read as line ends', () => {
    expect(Array.from(parsePredictions('y_true,y_pred\r\n1,2\r\n3,4\r\n', 'p.csv').yPred as Float64Array)).toEqual([2, 4]);
    expect(parsePredictions('{"y_true": "a", "y_pred": "b"}\r\n{"y_true": "b", "y_pred": "b"}\r\n', 'p.jsonl').yTrue).toEqual(['a', 'b']);
  });

  it('column names are matched without case or surrounding space; a BOM is skipped', () => {
    const p = parsePredictions('\uFEFF Y_True ,Y_PRED\n1,2\n3,4\n', 'p.csv');
    expect(Array.from(p.yTrue as Float64Array)).toEqual([1, 3]);
  });

  it('binary with p: the positive class is 1 (or true, or the larger label), and p is its probability', () => {
    const p = parsePredictions('y_true,y_pred,p\n0,0,0.2\n1,1,0.9\n1,0,0.4\n', 'p.csv');
    expect(p.kind).toBe('classification');
    expect(p.yTrue).toEqual(['0', '1', '1']);
    expect(p.proba!.classes).toEqual(['0', '1']);
    expect(Array.from(p.proba!.p[1]!)).toEqual([0.2, 0.9, 0.4]);
    expect(Array.from(p.proba!.p[0]!).map((x) => +x.toFixed(12))).toEqual([0.8, 0.1, 0.6]);
    expect(positiveClass(['false', 'true'])).toBe('true');
    expect(positiveClass(['1', '2'])).toBe('1');
    expect(positiveClass(['ham', 'spam'])).toBe('spam');
    expect(positiveClass(['-1', '1'])).toBe('1');
  });

  it('pandas booleans and 1.0-style labels name the same classes as their columns', () => {
    const p = parsePredictions('y_true,y_pred,p_True,p_False\nTrue,False,0.3,0.7\nFalse,False,0.1,0.9\n', 'p.csv');
    expect(p.yTrue).toEqual(['true', 'false']);
    expect(p.proba!.classes).toEqual(['false', 'true']);
    expect(Array.from(p.proba!.p[1]!)).toEqual([0.3, 0.1]);
    const q = parsePredictions('y_true,y_pred,p_0,p_1,p_2\n1.0,2,0.2,0.3,0.5\n0,0,0.6,0.2,0.2\n', 'p.csv');
    expect(q.yTrue).toEqual(['1', '0']);
    expect(classesOf(q)).toEqual(['0', '1', '2']);
  });

  it('classes sort as numbers when they all are (as numpy sorts them), else as text', () => {
    expect(sortLabels(['10', '9', '-1', '2'])).toEqual(['-1', '2', '9', '10']);
    expect(sortLabels(['b', 'B', 'a', '10', '9'])).toEqual(['10', '9', 'B', 'a', 'b']);
  });

  it.each([
    ['integer labels without probabilities are numbers', 'y_true,y_pred\n0,1\n1,1\n', undefined, 'regression'],
    ['integer labels with probabilities are classes', 'y_true,y_pred,p\n0,1,0.6\n1,1,0.7\n', undefined, 'classification'],
    ['text labels are classes', 'y_true,y_pred\nno,yes\nyes,yes\n', undefined, 'classification'],
    ['the caller may say it is classification', 'y_true,y_pred\n0,1\n1,1\n', 'classification', 'classification'],
  ] as const)('kind: %s', (_, text, kind, expected) => {
    expect(parsePredictions(text, 'p.csv', kind ? { kind } : {}).kind).toBe(expected);
  });

  it('reads the rows of a large file, and the bound is the caller’s to lower', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},${i + 0.5}`).join('\n');
    expect(parsePredictions(`y_true,y_pred\n${rows}\n`, 'p.csv').n).toBe(20_000);
    expect(parsePredictions(`y_true,y_pred\n${rows}\n`, 'p.csv', { maxRows: 20_000 }).n).toBe(20_000);
  });
});

describe('bad predictions files end in one message naming the file, the line and the column', () => {
  it.each([
    ['a missing column', 'y_true,prediction\n1,2\n3,4\n', 'p.csv', /^p\.csv, line 1, column y_pred: there is no column 'y_pred' \(columns: y_true, prediction\)\.$/, /y_true and y_pred/],
    ['a column twice', 'y_true,y_pred,Y_PRED\n1,2,3\n', 'p.csv', /line 1, column Y_PRED: the column 'Y_PRED' appears twice/, /own name/],
    ['NaN in a regression column', 'y_true,y_pred\n1,2\n3,NaN\n', 'p.csv', /^p\.csv, line 3, column y_pred: 'NaN' is not a finite number \(a regression prediction\)\.$/, /Drop or fix/],
    ['inf in a regression column', 'y_true,y_pred\ninf,2\n3,4\n', 'p.csv', /line 2, column y_true: 'inf' is not a finite number/, /Drop or fix/],
    ['an empty value', 'y_true,y_pred\n1,2\n3,\n', 'p.csv', /^p\.csv, line 3, column y_pred: the y_pred value is empty\.$/, /Every row needs a value/],
    ['a non-numeric value among decimals', 'y_true,y_pred\n1.5,2.25\n3.5,abc\n', 'p.csv', /line 3, column y_pred: 'abc' is not a number \(a regression prediction\)/, /Drop or fix/],
    ['a forced regression with labels', 'y_true,y_pred\ncat,dog\ndog,dog\n', 'p.csv', /line 2, column y_true: 'cat' is not a number/, /Drop or fix/],
    ['a JSON null', '{"y_true": 1, "y_pred": null}\n{"y_true": 1, "y_pred": 2}\n', 'p.jsonl', /^p\.jsonl, line 1, column y_pred: the y_pred value is empty/, /Every row/],
    ['a JSON line without y_pred', '{"y_true": 1, "y_pred": 2}\n{"y_true": 1}\n', 'p.jsonl', /^p\.jsonl, line 2, column y_pred: the row has no y_pred value/, /Every row/],
    ['a JSON object as a value', '{"y_true": 1, "y_pred": {"a": 1}}\n{"y_true": 1, "y_pred": 2}\n', 'p.jsonl', /line 1, column y_pred: the value is an object or a list/, /one number or label/],
    ['broken JSON', '{"y_true": 1, "y_pred": 2}\n{"y_true": 1, "y_pred": 2\n', 'p.jsonl', /^p\.jsonl, line 2: not valid JSON/, /one object per line/],
    ['a JSON line that is not an object', '{"y_true": 1, "y_pred": 2}\n[1, 2]\n', 'p.jsonl', /^p\.jsonl, line 2: not a JSON object\.$/, /one object per line/],
    ['a probability above 1', 'y_true,y_pred,p\n0,0,0.2\n1,1,1.5\n', 'p.csv', /^p\.csv, line 3, column p: 1\.5 is not a probability \(outside \[0, 1\]\)\.$/, /predict_proba/],
    ['a negative probability', 'y_true,y_pred,p_a,p_b\na,a,-0.1,1.1\nb,b,0.5,0.5\n', 'p.csv', /line 2, column p_a: -0\.1 is not a probability/, /predict_proba/],
    ['a non-numeric probability', 'y_true,y_pred,p\n0,0,high\n1,1,0.5\n', 'p.csv', /line 2, column p: 'high' is not a number \(a probability\)/, /Drop or fix/],
    ['a class without a probability column', 'y_true,y_pred,p_a,p_b\na,a,0.5,0.5\nc,b,0.5,0.5\n', 'p.csv', /^p\.csv, line 3, column y_true: the class 'c' has no probability column p_c \(columns for: a, b\)\.$/, /model\.classes_/],
    ['p and p_<class> together', 'y_true,y_pred,p,p_1\n0,0,0.2,0.2\n', 'p.csv', /line 1, column p: both a column 'p' and per-class columns \(p_1\)/, /one p_<class> column per class/],
    ['two columns for one class', 'y_true,y_pred,p_1,p_1.0\n0,0,0.2,0.2\n', 'p.csv', /the columns 'p_1' and 'p_1\.0' name the same class/, /Keep one/],
    ['one p column for three classes', 'y_true,y_pred,p\na,b,0.2\nc,c,0.3\n', 'p.csv', /^p\.csv: a single probability column 'p' is for two classes; y_true and y_pred have 3 \(a, b, c\)\.$/, /p_<class> per class/],
    ['one p column and one class it cannot name', 'y_true,y_pred,p\ncat,cat,0.2\ncat,cat,0.3\n', 'p.csv', /every example has the class 'cat', so a single column 'p' does not say which class it scores/, /p_cat and p_<other class>/],
    ['a duplicate id', 'id,y_true,y_pred\na,1,2\nb,1,2\na,3,4\n', 'p.csv', /^p\.csv, line 4, column id: the id 'a' is also on line 2\.$/, /its own/],
    ['an empty id', 'id,y_true,y_pred\na,1,2\n,1,2\n', 'p.csv', /line 3, column id: the id is empty/, /Every row needs a value/],
    ['one example', 'y_true,y_pred\n1,2\n', 'p.csv', /^p\.csv: one example; an interval needs at least 2/, /pandas/],
    ['no examples', 'y_true,y_pred\n', 'p.csv', /^p\.csv: no examples; an interval needs at least 2/, /pandas/],
    ['an empty file', '', 'p.csv', /^p\.csv: the file is empty\.$/, /to_csv/],
    ['a row with too many cells', 'y_true,y_pred\n1,2\n3,4,5\n', 'p.csv', /^p\.csv, line 3: not valid CSV: /, /as many cells as the first line/],
    ['a Parquet file', 'PAR1…', 'p.parquet', /^p\.parquet: a Parquet file; predictions are read from CSV, TSV or JSON lines\.$/, /to_csv/],
    ['a binary file', 'y_true\u0000\u0001\u0002', 'p.csv', /^p\.csv: not a text file/, /to_csv/],
    ['a JSON array', '[{"y_true": 1, "y_pred": 2}]', 'p.json', /^p\.json: a JSON array; predictions in JSON are read one object per line/, /lines=True/],
    ['JSON that is not JSON lines', 'y_true: 1\n', 'p.json', /^p\.json: not JSON lines/, /lines=True/],
    ['text that is no table', 'hello world\n', 'p.txt', /^p\.txt: not CSV, TSV or JSON lines \(its first line has neither a comma nor a tab: 'hello world'\)\.$/, /y_true,y_pred/],
  ])('%s', (what, text, file, message, hint) => {
    const error = failure(text, file, what === 'a forced regression with labels' ? { kind: 'regression' } : {});
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(hint);
    expect(error.exitCode).toBe(2);
  });

  it('more rows than the bound: one message giving the bound, read no further than it', () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `${i},${i}`).join('\n');
    const error = failure(`y_true,y_pred\n${rows}\n`, 'big.csv', { maxRows: 1000 });
    expect(error.message).toBe('big.csv: more than 1,000 rows (line 1002); predictions are bounded to 1,000 examples.');
    expect(error.hint).toMatch(/sample/);
    const lines = Array.from({ length: 1001 }, (_, i) => `{"y_true": ${i}, "y_pred": ${i}}`).join('\n') + '\n{broken';
    expect(failure(lines, 'big.jsonl', { maxRows: 1000 }).message).toMatch(/^big\.jsonl: more than 1,000 rows \(line 1001\)/);
  });

  it('the default bound is 5,000,000 rows, said in the message', () => {
    // a row count over the bound, as cheap text: ten million rows of "1,1"
    const text = 'y_true,y_pred\n' + '1,1\n'.repeat(5_000_001);
    const error = failure(text, 'huge.csv');
    expect(error.message).toBe('huge.csv: more than 5,000,000 rows (line 5000002); predictions are bounded to 5,000,000 examples.');
  });
});
