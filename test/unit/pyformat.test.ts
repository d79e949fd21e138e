/**
 * DVC prints numbers through Python, so our ports are checked against the real python3 on this
 * machine: the same doubles formatted by both, compared string for string.
 */
import { execFileSync } from 'node:child_process';
import { pyFloatRepr, pyFormatG, pyJsonDumps, pyRepr, pyRound } from '../../src/metrics/pyformat.js';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const edgeCases = [
  0, -0, 1, -1, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 0.00012345,
  123456.7, 1234.5678, 0.1 + 0.2, 99999.5, 999995, 0.999995, 1e21, 1e22, 1.7976931348623157e308, 5e-324,
  0.9643, 0.0028000000000000247, 0.015625, 0.046875, 1e-7, -1e-7, 250, 350, 1e23, 2**60, 12345.5, 1234.55, 0.000015, 2.5e-5, 100, 1e5, 3.14159265358979, -7.25,
  NaN, Infinity, -Infinity,
];

function sample(): number[] {
  const random = seeded(42);
  const values = [...edgeCases];
  for (let i = 0; i < 3000; i++) {
    const magnitude = 10 ** Math.floor(random() * 24 - 10);
    const sign = random() < 0.3 ? -1 : 1;
    values.push(sign * random() * magnitude);
    // short decimals produce the exact ties where JS and Python round differently
    values.push(Number((random() * 1000).toFixed(Math.floor(random() * 5))));
  }
  return values;
}

function pythonFormats(values: number[]): string[][] {
  const script = [
    'import sys, json',
    'for line in sys.stdin.read().split():',
    '    x = float(line)',
    "    print(json.dumps([repr(x), format(x, '.5g'), format(x, '.3g'), format(x, '.1g'), repr(round(x, 5)), repr(round(x, 2)), repr(round(x, 0)), repr(round(x, -2))]))",
  ].join('\n');
  const input = values.map((x) => (Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : Object.is(x, -0) ? '-0.0' : String(x))).join('\n');
  const out = execFileSync('python3', ['-c', script], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.trim().split('\n').map((line) => JSON.parse(line) as string[]);
}

describe('Python number formatting, checked against real python3', () => {
  const values = sample();
  const expected = pythonFormats(values);

  it.each([
    ['repr(x)', 0, (x: number) => pyFloatRepr(x)],
    ["format(x, '.5g')", 1, (x: number) => pyFormatG(x, 5)],
    ["format(x, '.3g')", 2, (x: number) => pyFormatG(x, 3)],
    ["format(x, '.1g')", 3, (x: number) => pyFormatG(x, 1)],
    ['repr(round(x, 5))', 4, (x: number) => pyFloatRepr(pyRound(x, 5))],
    ['repr(round(x, 2))', 5, (x: number) => pyFloatRepr(pyRound(x, 2))],
    ['repr(round(x, 0))', 6, (x: number) => pyFloatRepr(pyRound(x, 0))],
    ['repr(round(x, -2))', 7, (x: number) => pyFloatRepr(pyRound(x, -2))],
  ] as const)('%s matches Python on 6,000+ doubles', (_name, column, format) => {
    const mismatches = values
      .map((x, i) => ({ x, ours: format(x), python: expected[i]?.[column] }))
      .filter(({ ours, python }) => ours !== python);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('repr of nested values and json.dumps match Python', () => {
    const value = { 'a"b': [1n, 2.5, 'it\'s', 'say "hi"', true, null, 'é\n'], n: { x: 1.0, y: NaN } };
    const script = `import json\nv = {'a"b': [1, 2.5, "it's", 'say "hi"', True, None, 'é\\n'], 'n': {'x': 1.0, 'y': float('nan')}}\nprint(repr(v['a"b']))\nprint(json.dumps(v))\nprint(json.dumps(v, indent=2))`;
    const [list, compact, ...indented] = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trimEnd().split('\n');
    expect(pyRepr(value['a"b'])).toBe(list);
    expect(pyJsonDumps(value)).toBe(compact);
    expect(pyJsonDumps(value, 2)).toBe(indented.join('\n'));
  });
});
