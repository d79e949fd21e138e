/**
 * CSV/TSV plot data against the reference: DVC's `_load_sv` (dvc/repo/plots/__init__.py, copied
 * into the script below) run by python3 over the same text, with Python's own csv module.
 */
import { execFileSync } from 'node:child_process';
import { pyJsonDumps } from '../../src/metrics/pyformat.js';
import { loadSv } from '../../src/plots/sv.js';
import { PyException } from '../../src/plots/vega-converter.js';

const LOAD_SV = `
import csv, io, json, sys
from itertools import islice

def first(seq):
    return next(iter(seq), None)

def _load_sv(content, delimiter=",", header=True):
    if header:
        reader = csv.DictReader(io.StringIO(content), delimiter=delimiter)
    else:
        first_row = first(csv.reader(io.StringIO(content)))
        reader = csv.DictReader(
            io.StringIO(content),
            delimiter=delimiter,
            fieldnames=[str(i) for i in range(len(first_row))],
        )
    return list(reader)

request = json.load(sys.stdin)
try:
    print(json.dumps(_load_sv(request["text"], request["delimiter"], request["header"])))
except Exception as e:
    print(json.dumps({"error": {"type": type(e).__name__, "msg": str(e)}}))
`;

function reference(text: string, delimiter: ',' | '\t', header: boolean): string {
  return execFileSync('python3', ['-c', LOAD_SV], { input: JSON.stringify({ text, delimiter, header }), encoding: 'utf8' });
}

function ours(text: string, delimiter: ',' | '\t', header: boolean): string {
  try {
    return `${pyJsonDumps(loadSv(text, delimiter, header))}\n`;
  } catch (error) {
    if (!(error instanceof PyException)) throw error;
    return `${pyJsonDumps({ error: { type: error.type, msg: error.message } })}\n`;
  }
}

const CASES: [string, string][] = [
  ['plain', 'x,y\n1,0.5\n2,0.6\n'],
  ['no final newline', 'x,y\n1,0.5\n2,0.6'],
  ['blank lines skipped', 'x,y\n\n1,0.5\n\n\n2,0.6\n'],
  ['quoted fields with commas, quotes and newlines', 'name,note\n"a, b","say ""hi"""\n"multi\nline",x\n'],
  ['text after a closing quote', 'a,b\n"q"rest,2\n'],
  ['short rows get None', 'a,b,c\n1,2\n1\n'],
  ['long rows: extras under None', 'a,b\n1,2,3,4\n'],
  ['duplicate header: the last cell wins', 'a,a,b\n1,2,3\n'],
  ['spaces kept', ' a , b \n 1 , 2 \n'],
  ['empty cells', 'a,b\n,\n1,\n'],
  ['header only', 'a,b\n'],
  ['empty', ''],
  ['unclosed quote at the end', 'a,b\n1,"open\n'],
  ['a blank first line is the header', '\na,b\n1,2\n'],
  ['TSV', 'step\tError\n0\t0.11\n1\t0.22\n'],
  ['TSV with commas in cells', 'a\tb\n1,5\t2\n'],
  ['JSON in a .tsv (DVC test_repo_with_dvclive_plots)', '[{"step": 1, "metric": 0.1}, {"step": 2, "metric": 0.2}]'],
  ['unicode', 'größe,ß\n1,2\n'],
];

describe.each([true, false])('header %s', (header) => {
  it.each(CASES)('%s: as DVC reads it', (_name, text) => {
    const delimiter = _name.startsWith('TSV') || _name.includes('.tsv') ? '\t' : ',';
    expect(ours(text, delimiter, header)).toBe(reference(text, delimiter, header));
  });
});
