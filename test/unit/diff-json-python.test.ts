/**
 * `metrics diff --json`, `params diff --json` and `metrics show --json` are written straight from
 * the diff, not through a generic serializer: each output is read back by the real python3 and
 * must be exactly what its json.dumps prints for the same data (compact, and with indent=2 as
 * on a terminal), with every file's keys in Python's sorted() order, as DVC's are.
 */
import { execFileSync } from 'node:child_process';
import { mlops } from '../helpers/cli.js';
import { useProjects } from '../helpers/dvc-project.js';

const project = useProjects();

const PYTHON = `
import json, sys
text = sys.stdin.read()
indent = int(sys.argv[1]) if sys.argv[1] != 'none' else None
data = json.loads(text, object_pairs_hook=lambda pairs: dict(pairs))
order_ok = True
if sys.argv[2] == 'diff':
    for path, changes in data.items():
        if list(changes.keys()) != sorted(changes.keys()):
            order_ok = False
print(json.dumps({'same': json.dumps(data, indent=indent) + '\\n' == text, 'sorted': order_ok, 'python': json.dumps(data, indent=indent)}))
`;

function python(text: string, indent: number | undefined, kind: 'diff' | 'show'): { same: boolean; sorted: boolean; python: string } {
  return JSON.parse(execFileSync('python3', ['-c', PYTHON, String(indent ?? 'none'), kind], { input: text, encoding: 'utf8' })) as { same: boolean; sorted: boolean; python: string };
}

// keys JS objects would reorder (integer-like), that need escaping, outside ASCII and beyond U+FFFF
const OLD = JSON.stringify({ '10': 1, '2': 2.5, 'quote"d': 'a\\b', 'ünï': true, '😀': 1e-7, nested: { deep: { x: 3 } }, gone: 'soon', nan: 1 });
const NEW = '{"10": 2, "2": 2.75, "quote\\"d": "a\\nb", "ünï": false, "😀": 1e21, "nested": {"deep": {"x": 3.0}}, "new": "\\u0007", "nan": NaN}';
const PARAMS_OLD = 'layers: [64, 32]\nlr: 0.001\nname: "x"\n10: 1\n';
const PARAMS_NEW = 'layers: [128, 32]\nlr: 1.0e-4\nname: "y\'z"\n10: 2\nextra: {a: [1, {b: null}]}\n';

describe('--json output is what python3 json.dumps prints for it', () => {
  const repoOf = () =>
    project([{ 'dvc.yaml': 'metrics:\n  - m.json\nparams:\n  - params.yaml\n', 'm.json': OLD, 'params.yaml': PARAMS_OLD }], { 'm.json': NEW, 'params.yaml': PARAMS_NEW });

  for (const [verb, kind] of [
    [['metrics', 'diff', '--json'], 'diff'],
    [['metrics', 'diff', '--json', '--all'], 'diff'],
    [['params', 'diff', '--json'], 'diff'],
    [['metrics', 'show', '--json'], 'show'],
  ] as const) {
    for (const tty of [false, true]) {
      it(`${verb.join(' ')}${tty ? ' on a terminal (indent=2)' : ''}`, async () => {
        const repo = repoOf();
        const result = await mlops(repo.dir, [...verb], { PATH: process.env.PATH }, tty);
        expect(result.code).toBe(0);
        expect(result.stdout.length).toBeGreaterThan(20);
        const check = python(result.stdout, tty ? 2 : undefined, kind);
        expect({ text: result.stdout, sorted: check.sorted }).toEqual({ text: `${check.python}\n`, sorted: true });
      });
    }
  }

  it('an empty diff is {} as DVC prints it', async () => {
    const repo = project([{ 'm.json': '{"a": 1}' }]);
    expect((await mlops(repo.dir, ['metrics', 'diff', '--json'])).stdout).toBe('{}\n');
    expect((await mlops(repo.dir, ['metrics', 'diff', '--json'], { PATH: process.env.PATH }, true)).stdout).toBe('{}\n');
  });
});

describe('show --json keeps each file\'s key order, as Python\'s dict does (keys like "10" included)', () => {
  // what DVC's show prints for a file's data: Python's own json / yaml reading of it, dumped as read
  const READ = `
import json, sys, yaml
path = sys.argv[1]
with open(path) as f:
    data = json.load(f) if path.endswith('.json') else yaml.safe_load(f)
print(json.dumps(data))
`;
  const files = {
    'metrics.json': '{"b": 1, "10": 2, "a": {"z": 1, "2": 5, "y": 3}, "0": {"x": 1}}',
    'more.yaml': 'zeta: 1\n"10": 2\nalpha:\n  "3": 0.5\n  b: 1\n  1: 2\n',
    // params keep lists (metrics do not, as DVC's _extract_metrics drops them)
    'params.yaml': 'train:\n  lr: 0.1\n  "7": 3\n  epochs: 5\nlayers: [{c: 2, "9": 1}]\n',
  };

  it.each([
    ['metrics show --json', ['metrics', 'show', '--json', '--targets', 'metrics.json', 'more.yaml'], ['metrics.json', 'more.yaml']],
    ['params show --json', ['params', 'show', '--json'], ['params.yaml']],
  ])('%s', async (_name, args, paths) => {
    const repo = project([files]);
    const result = await mlops(repo.dir, args, { PATH: process.env.PATH });
    expect(result.code).toBe(0);
    const shown = JSON.parse(result.stdout) as { '': { data: Record<string, { data: unknown }> } };
    for (const path of paths) {
      const python = execFileSync('python3', ['-c', READ, `${repo.dir}/${path}`], { encoding: 'utf8' }).trim();
      // the key order survives only in the text: compare the text of this file's data with Python's
      const ours = result.stdout.slice(result.stdout.indexOf(`"${path}": {"data": `) + `"${path}": {"data": `.length);
      expect(ours.slice(0, python.length)).toBe(python);
      expect(shown[''].data[path]!.data).toEqual(JSON.parse(python));
    }
  });
});
