/** The numbers under the plots: plain decimals, axis ranges, the even grid, the sparkline and the trend block. */
import { axisRange, decimalsFor, fixedDecimal, inlineCode, linearAxisFits, markdownText, mermaidString, plainDecimal, uniqueLabels } from '../../src/report/mermaid.js';
import { commonGrid, curveOf, interpolate, MAX_POINTS } from '../../src/report/resample.js';
import { sparkline } from '../../src/report/sparkline.js';
import { renderTrend } from '../../src/report/trend.js';

test.each([
  [0, '0'],
  [-0, '0'],
  [1, '1'],
  [0.1, '0.1'],
  [1e-5, '0.00001'],
  [-2.5e-7, '-0.00000025'],
  [1.23456789e-7, '0.000000123457'],
  [123456789, '123457000'],
  [1e21, '1000000000000000000000'],
  [1.5e22, '15000000000000000000000'],
  [0.30000000000000004, '0.3'],
  [99999.95, '99999.9'],
  [-1e-30, '-0.000000000000000000000000000001'],
])('plainDecimal(%p) is %p: never exponent notation', (x, text) => {
  expect(plainDecimal(x)).toBe(text);
  expect(plainDecimal(x)).not.toMatch(/e/i);
});

test('plainDecimal keeps as many significant digits as asked', () => {
  expect(plainDecimal(Math.PI, 3)).toBe('3.14');
  expect(plainDecimal(Math.PI, 12)).toBe('3.14159265359');
  expect(plainDecimal(-1234.5678, 2)).toBe('-1200');
  expect(() => plainDecimal(NaN)).toThrow(RangeError);
});

test.each([
  [0.12345, 3, '0.123'],
  [1.5, 0, '2'],
  [-0.0001, 2, '0'],
  [2.5e-7, 8, '0.00000025'],
  [1e22, 2, '10000000000000000000000'],
  [0.1, 4, '0.1'],
])('fixedDecimal(%p, %p) is %p', (x, decimals, text) => {
  expect(fixedDecimal(x, decimals)).toBe(text);
});

test.each([
  [0, 1, 3],
  [0.18, 0.52, 4],
  [0.95, 0.96, 5],
  [0, 46000, 0],
  [5, 5, 3],
  [0, 0, 3],
])('decimalsFor(%p, %p) is %p: four significant digits of the spread', (lo, hi, decimals) => {
  expect(decimalsFor(lo, hi)).toBe(decimals);
});

test.each([
  [[0.2, 0.5], false, [0.18, 0.52]],
  [[0.000005, 0.00002], false, [0.000004, 0.000021]],
  [[0.05, 0.3], true, [0, 0.32]],
  [[-0.5, 1.2], true, [-0.6, 1.3]],
  [[0.1, 0.3, 0.00000001], false, [0, 0.32]],
  [[-3, -1], false, [-3.1, -0.9]],
  [[-3, -0.01], false, [-3.2, 0]],
  [[7, 7], false, [6.3, 7.7]],
  [[0, 0], false, [0, 1]],
  [[-2, 0], false, [-2.1, 0.1]],
  [[1e22, 5e22], false, [8e21, 5.2e22]],
])('axisRange(%p, zero %p) is %p: padded, outwards, never across zero', (values, zero, range) => {
  expect(axisRange(values, zero)).toEqual(range);
});

test.each([
  // mermaid 11 steps i += (max − min) / (n − 1) while i <= max: 49 steps of 119/49 reach 119.00000000000006
  [0, 119, 50, false],
  [0, 119, 47, true],
  [0, 1, 50, false],
  [0, 1, 11, true],
  [0, 999, 38, true],
  [-20, 0, 21, true],
  [5, 5, 2, false],
  [0, 1, 1, true],
])('linearAxisFits(%p, %p, %p) is %p', (min, max, n, fits) => {
  expect(linearAxisFits(min, max, n)).toBe(fits);
});

test('curveOf: sorted by x, non-finite points dropped, the y of a repeated x averaged', () => {
  expect(curveOf([[2, 1], [0, 5], [1, NaN], [Infinity, 1], [2, 3], [-0, 1]])).toEqual({ x: [0, 2], y: [3, 2] });
});

test('interpolate: linear between neighbours, exact at the rows', () => {
  const curve = { x: [0, 10, 20], y: [0, 100, 0] };
  expect(interpolate(curve, [0, 2.5, 10, 15, 20])).toEqual([0, 25, 100, 50, 0]);
});

describe('commonGrid', () => {
  const line = (xs: number[], f: (x: number) => number = (x) => x * 2) => curveOf(xs.map((x) => [x, f(x)] as const));
  const range = (n: number, step = 1) => Array.from({ length: n }, (_, i) => i * step);

  test('the data\'s own x when they are even, shared and few: no interpolation', () => {
    const grid = commonGrid([line(range(10, 0.5)), line(range(10, 0.5), (x) => x)]);
    expect(grid).toEqual({ x: range(10, 0.5), y: [range(10, 0.5).map((x) => x * 2), range(10, 0.5)], resampled: false, clipped: false });
  });

  test('uneven x: an even grid, interpolated, both ends kept', () => {
    const grid = commonGrid([line([0, 1, 3, 7, 15], (x) => x * x)])!;
    expect(grid.resampled).toBe(true);
    expect(grid.x).toEqual(range(16));
    expect(grid.y[0]!.slice(0, 5)).toEqual([0, 1, 5, 9, 19]);
    expect(grid.y[0]!.at(-1)).toBe(225);
  });

  test('many rows: at most 50 points, on whole numbers when a step divides the range', () => {
    const grid = commonGrid([line(range(1000))])!;
    expect(grid.x).toHaveLength(38);
    expect(grid.x.slice(0, 3)).toEqual([0, 27, 54]);
    expect(grid.x.at(-1)).toBe(999);
  });

  test('many rows over a range no step divides: the most points mermaid 11 places one by one', () => {
    const grid = commonGrid([line(range(120))])!;
    expect(grid.x).toHaveLength(47);
    expect([grid.x[0], grid.x.at(-1)]).toEqual([0, 119]);
    expect(linearAxisFits(0, 119, grid.x.length)).toBe(true);
  });

  test('different ranges: the range every curve covers, said as clipped', () => {
    const grid = commonGrid([line(range(5)), line(range(8))])!;
    expect(grid.x).toEqual(range(5));
    expect(grid.clipped).toBe(true);
  });

  test('nothing shared, or a single x: no grid', () => {
    expect(commonGrid([line([0, 1]), line([2, 3])])).toBeUndefined();
    expect(commonGrid([line([4])])).toBeUndefined();
    expect(commonGrid([line([0, 1]), { x: [], y: [] }])).toBeUndefined();
  });

  test.each([
    ['fractions', range(300).map((i) => i / 300)],
    ['large', range(200).map((i) => 1e9 + i * 1234.5)],
    ['negative', range(77).map((i) => -5 + i * 0.13)],
    ['sqrt', range(90).map((i) => Math.sqrt(i))],
  ])('every grid fits mermaid 11\'s axis and holds at most %s points', (_name, xs) => {
    const grid = commonGrid([line(xs)])!;
    expect(grid.x.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(grid.x.length).toBeGreaterThan(MAX_POINTS / 2);
    expect(linearAxisFits(Number(plainDecimal(grid.x[0]!, 12)), Number(plainDecimal(grid.x.at(-1)!, 12)), grid.x.length)).toBe(true);
  });
});

test.each([
  [[], ''],
  [[1, 2, 3, 4, 5, 6, 7, 8], '▁▂▃▄▅▆▇█'],
  [[0, 10], '▁█'],
  [[3, 3, 3], '▄▄▄'],
  [[1, NaN, 2, NaN], '▁█'],
  [[NaN], ''],
  [[5, Infinity, -Infinity, 5], '▄▄'],
  [[0.8, 0.81, 0.79, 0.83], '▃▅▁█'],
  [[-Number.MAX_VALUE, Number.MAX_VALUE], '▁█'],
])('sparkline(%p) is %p', (values, bars) => {
  expect(sparkline(values)).toBe(bars);
});

test.each([
  ['plain', 'plain'],
  ['*bold* _it_ [link](x) <b> & `code` #1 ~s~ !', '\\*bold\\* \\_it\\_ \\[link\\]\\(x\\) &lt;b&gt; &amp; \\`code\\` \\#1 \\~s\\~ \\!'],
  ['two\nlines', 'two lines'],
])('markdownText(%p)', (text, escaped) => {
  expect(markdownText(text)).toBe(escaped);
});

test.each([
  ['a.csv', '`a.csv`'],
  ['a`b', '`` a`b ``'],
  ['``x', '``` ``x ```'],
  ['two\nlines', '`two lines`'],
])('inlineCode(%p) is %p', (text, code) => {
  expect(inlineCode(text)).toBe(code);
});

test('mermaid labels: cut to 60 characters, never empty, unique on a band axis', () => {
  expect(mermaidString('x'.repeat(70))).toBe(`"${'x'.repeat(59)}…"`);
  expect(mermaidString('')).toBe('" "');
  expect(uniqueLabels(['a"b', "a'b", 'c'])).toEqual(['"a\'b"', '"a\'b (2)"', '"c"']);
});

describe('renderTrend', () => {
  const history = [
    { commit: 'a'.repeat(40), date: '2024-05-01T10:00:00+02:00', value: 0.8 },
    { commit: 'b'.repeat(40), date: '2024-05-02T10:00:00+02:00', value: 0.82 },
  ];

  test('the history then the head: sparkline, a line chart counting commits back to 0, the numbers folded', () => {
    expect(renderTrend(history, { value: 0.85, label: 'feature (ccccccc)' }, 'test.r2')).toEqual([
      '### Trend of `test.r2`',
      '',
      '▁▄█ 0.8 at `aaaaaaa` (2024-05-01) → 0.85 at `feature (ccccccc)`, over the last 2 commits that wrote it',
      '',
      '```mermaid',
      '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f77b4"}}}}%%',
      'xychart-beta',
      '    title "test.r2"',
      '    x-axis "commits before this head (0)" -2 --> 0',
      '    y-axis "test.r2" 0.797 --> 0.853',
      '    line "test.r2" [0.8, 0.82, 0.85]',
      '```',
      '',
      '🟦 blue: `test.r2` at each commit of the base branch that wrote it; the last point (0) is `feature (ccccccc)`',
      '',
      '<details><summary>Numbers: test.r2 over 3 points</summary>',
      '',
      '| # | Commit | Date | `test.r2` |',
      '| ---: | --- | --- | ---: |',
      '| -2 | `aaaaaaa` | 2024-05-01 | 0.8 |',
      '| -1 | `bbbbbbb` | 2024-05-02 | 0.82 |',
      '| 0 | `feature (ccccccc)` | this head | 0.85 |',
      '',
      '</details>',
      '',
    ]);
  });

  test('no history, or no number for the head: no trend', () => {
    expect(renderTrend([], { value: 0.85, label: 'feature' }, 'r2')).toEqual([]);
    expect(renderTrend(history, { value: NaN, label: 'feature' }, 'r2')).toEqual([]);
  });

  test('NaN in the history is left out of the chart and the sparkline', () => {
    const lines = renderTrend([...history, { commit: 'd'.repeat(40), date: '2024-05-03T00:00:00Z', value: NaN }], { value: 0.85, label: 'feature' }, 'r2');
    expect(lines).toContain('    line "r2" [0.8, 0.82, 0.85]');
    expect(lines[2]).toMatch(/^▁▄█ /);
  });
});
