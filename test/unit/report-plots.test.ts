/** The Plots section line by line, from small PlotsResult fixtures: what a reviewer reads. */
import type { PlotsResult } from '../../src/plots/types.js';
import { renderPlotsSection, type PlotsSectionOptions } from '../../src/report/plots-section.js';
import { vegaPlot } from '../helpers/render-report.js';

const options: PlotsSectionOptions = { base: 'main', head: 'feature' };
const section = (result: Partial<PlotsResult>, extra: Partial<PlotsSectionOptions> = {}): string[] =>
  renderPlotsSection({ plots: [], errors: [], ...result }, { ...options, ...extra });

const PALETTE_BASE_HEAD = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#ff7f0e, #1f77b4"}}}}%%';

test('no plots and no errors: no section', () => {
  expect(section({})).toEqual([]);
});

test('a line plot: one line per revision, the legend under it, the numbers folded', () => {
  const plot = vegaPlot('linear', { id: 'loss.json', x: 'step', y: 'loss' }, {
    main: [{ step: 0, loss: 0.5 }, { step: 1, loss: 0.4 }, { step: 2, loss: 0.3 }],
    feature: [{ step: 0, loss: 0.45 }, { step: 1, loss: 0.35 }, { step: 2, loss: 0.2 }],
  });
  expect(section({ plots: [plot] })).toEqual([
    '### Plots',
    '',
    '#### `loss.json`',
    '',
    '```mermaid',
    PALETTE_BASE_HEAD,
    'xychart-beta',
    '    title "loss.json"',
    '    x-axis "step" 0 --> 2',
    '    y-axis "loss" 0.18 --> 0.52',
    '    line "main" [0.5, 0.4, 0.3]',
    '    line "feature" [0.45, 0.35, 0.2]',
    '```',
    '',
    '🟧 orange: base `main` · 🟦 blue: head `feature`',
    '',
    '<details><summary>Numbers: loss.json</summary>',
    '',
    '| step | `main` | `feature` |',
    '| --- | ---: | ---: |',
    '| 0 | 0.5 | 0.45 |',
    '| 1 | 0.4 | 0.35 |',
    '| 2 | 0.3 | 0.2 |',
    '',
    '</details>',
    '',
  ]);
});

test('the base is drawn first and the head last (on top), whatever order the revisions come in', () => {
  const plot = vegaPlot('simple', { id: 'a.json', x: 'step', y: 'v' }, {
    feature: [{ step: 0, v: 1 }, { step: 1, v: 2 }],
    main: [{ step: 0, v: 2 }, { step: 1, v: 3 }],
  });
  const lines = section({ plots: [plot] });
  expect(lines.filter((line) => line.startsWith('    line '))).toEqual(['    line "main" [2, 3]', '    line "feature" [1, 2]']);
  expect(lines).toContain(PALETTE_BASE_HEAD);
});

test('a new plot (head only) is drawn in the head colour alone', () => {
  const plot = vegaPlot('linear', { id: 'new.json', x: 'step', y: 'v' }, { feature: [{ step: 0, v: 1 }, { step: 1, v: 2 }] });
  const lines = section({ plots: [plot] });
  expect(lines).toContain('%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f77b4"}}}}%%');
  expect(lines).toContain('🟦 blue: head `feature`');
});

test('text x: a categorical axis over the values every revision has, in their order', () => {
  const plot = vegaPlot('simple', { id: 'acc.json', x: 'split', y: 'acc' }, {
    main: [{ split: 'train', acc: 0.9 }, { split: 'val', acc: 0.8 }],
    feature: [{ split: 'train', acc: 0.92 }, { split: 'val', acc: 0.85 }, { split: 'test', acc: 0.8 }],
  });
  const lines = section({ plots: [plot] });
  expect(lines).toContain('    x-axis "split" ["train", "val"]');
  expect(lines).toContain('    line "main" [0.9, 0.8]');
  expect(lines).toContain('    line "feature" [0.92, 0.85]');
  expect(lines).toContain('_2 of 3 split values drawn (those every revision has)._');
});

test('CSV cells (strings) are numbers when they read as numbers; exponents never reach the chart', () => {
  const plot = vegaPlot('linear', { id: 'lr.csv', x: 'step', y: 'lr' }, {
    main: [{ step: '0', lr: '1e-05' }, { step: '1', lr: '5e-06' }],
    feature: [{ step: '0', lr: '2e-05' }, { step: '1', lr: '1e-05' }],
  });
  const chart = section({ plots: [plot] }).filter((line) => line.startsWith('    '));
  expect(chart).toEqual([
    '    title "lr.csv"',
    '    x-axis "step" 0 --> 1',
    '    y-axis "lr" 0.000004 --> 0.000021',
    '    line "main" [0.00001, 0.000005]',
    '    line "feature" [0.00002, 0.00001]',
  ]);
  expect(chart.join('\n')).not.toMatch(/\de[-+]?\d/);
});

test('revisions over different x ranges: drawn where both have data, and what is cut said in numbers', () => {
  const plot = vegaPlot('linear', { id: 'loss.json', x: 'step', y: 'loss' }, {
    main: [0, 1, 2].map((step) => ({ step, loss: 1 - step / 10 })),
    feature: [0, 1, 2, 3, 4].map((step) => ({ step, loss: 1 - step / 5 })),
  });
  const lines = section({ plots: [plot] });
  expect(lines).toContain('    x-axis "step" 0 --> 2');
  expect(lines).toContain('    line "feature" [1, 0.8, 0.6]');
  expect(lines).toContain('_Drawn where every revision has data, step 0 to 2; `feature` goes on to 4 (loss 0.2)._');
});

test('revisions with no x in common: the head alone, and why', () => {
  const plot = vegaPlot('linear', { id: 'loss.json', x: 'step', y: 'loss' }, {
    main: [{ step: 0, loss: 1 }, { step: 1, loss: 0.9 }],
    feature: [{ step: 5, loss: 0.5 }, { step: 6, loss: 0.4 }],
  });
  const lines = section({ plots: [plot] });
  expect(lines.filter((line) => line.startsWith('    line '))).toEqual(['    line "feature" [0.5, 0.4]']);
  expect(lines).toContain('_`main` shares no step range with `feature`: only `feature` is drawn._');
});

test('several y fields (DVC adds `field`): a chart for each', () => {
  const rows = (rev: string, shift: number) =>
    ['train_loss', 'val_loss'].flatMap((field) => [0, 1].map((step) => ({ step, dvc_inferred_y_value: step + shift + (field === 'val_loss' ? 1 : 0), field, rev })));
  const plot = { ...vegaPlot('linear', { id: 'logs.csv', x: 'step', y: 'dvc_inferred_y_value', yLabel: 'loss' }, { main: [], feature: [] }), rows: [...rows('main', 0), ...rows('feature', 2)] };
  const lines = section({ plots: [plot] });
  expect(lines.filter((line) => line.startsWith('**') || line.startsWith('    title') || line.startsWith('    line'))).toEqual([
    '**train\\_loss**',
    '    title "logs.csv · train_loss"',
    '    line "main" [0, 1]',
    '    line "feature" [2, 3]',
    '**val\\_loss**',
    '    title "logs.csv · val_loss"',
    '    line "main" [1, 2]',
    '    line "feature" [3, 4]',
  ]);
});

test('a confusion matrix: actual down, predicted across, the head with its change per cell', () => {
  const pairs = (list: string[]) => list.map((pair) => ({ actual: pair[0]!, predicted: pair[1]! }));
  const plot = vegaPlot('confusion', { id: 'confusion.json', x: 'actual', y: 'predicted' }, {
    main: pairs(['aa', 'aa', 'ab', 'bb']),
    feature: pairs(['aa', 'aa', 'aa', 'ba', 'bb']),
  });
  expect(section({ plots: [plot] })).toEqual([
    '### Plots',
    '',
    '#### `confusion.json`',
    '',
    '`feature`, with the change from `main` in brackets. On the diagonal: 3 of 4 (75.0%) at `main` → 4 of 5 (80.0%) at `feature`.',
    '',
    '| actual ↓ predicted → | a | b |',
    '| --- | ---: | ---: |',
    '| a | **3** (+1) | 0 (−1) |',
    '| b | 1 (+1) | **1** |',
    '',
  ]);
});

test('a normalized confusion matrix divides by each predicted value, as DVC does', () => {
  const pairs = (list: string[]) => list.map((pair) => ({ actual: pair[0]!, predicted: pair[1]! }));
  const plot = vegaPlot('confusion_normalized', { id: 'confusion.json', x: 'actual', y: 'predicted' }, {
    main: pairs(['aa', 'aa', 'ab', 'bb']),
    feature: pairs(['aa', 'aa', 'aa', 'ba', 'bb']),
  });
  expect(section({ plots: [plot] }).filter((line) => line.startsWith('| '))).toEqual([
    '| actual ↓ predicted → | a | b |',
    '| --- | ---: | ---: |',
    '| a | **0.75** (−0.25) | 0.00 (−0.50) |',
    '| b | 0.25 (+0.25) | **1.00** (+0.50) |',
  ]);
});

test('horizontal bars: the head as bars, the base as a line, a category the base lacks drawn as 0 and named', () => {
  const plot = vegaPlot('bar_horizontal', { id: 'importance.json', x: 'imp', y: 'feat' }, {
    main: [{ feat: 'a', imp: 0.1 }, { feat: 'b', imp: 0.3 }],
    feature: [{ feat: 'a', imp: 0.2 }, { feat: 'b', imp: 0.3 }, { feat: 'c', imp: 0.05 }],
  });
  expect(section({ plots: [plot] })).toEqual([
    '### Plots',
    '',
    '#### `importance.json`',
    '',
    '```mermaid',
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f77b4, #ff7f0e"}}}}%%',
    'xychart-beta horizontal',
    '    title "importance.json"',
    '    x-axis "feat" ["a", "b", "c"]',
    '    y-axis "imp" 0 --> 0.32',
    '    bar "feature" [0.2, 0.3, 0.05]',
    '    line "main" [0.1, 0.3, 0]',
    '```',
    '',
    '🟧 orange line: base `main` · 🟦 blue bars: head `feature`',
    '',
    '_Not in `main`, drawn there as 0: `c`._',
    '',
    '<details><summary>Numbers: importance.json</summary>',
    '',
    '| feat | `main` | `feature` | Change |',
    '| --- | ---: | ---: | ---: |',
    '| a | 0.1 | 0.2 | +0.1 |',
    '| b | 0.3 | 0.3 |  |',
    '| c | — | 0.05 |  |',
    '',
    '</details>',
    '',
  ]);
});

test('bars: the 20 largest of the head; sorted largest first for bar_horizontal_sorted, file order otherwise', () => {
  const rows = (scale: number) => Array.from({ length: 25 }, (_, i) => ({ feat: `f${i}`, imp: ((i * 7) % 25) * scale }));
  const categories = (template: 'bar_horizontal' | 'bar_horizontal_sorted') =>
    section({ plots: [vegaPlot(template, { id: 'imp.json', x: 'imp', y: 'feat' }, { main: rows(1), feature: rows(2) })] }).find((line) => line.startsWith('    x-axis'))!;
  const kept = Array.from({ length: 25 }, (_, i) => i).filter((i) => (i * 7) % 25 >= 5);
  expect(categories('bar_horizontal')).toBe(`    x-axis "feat" [${kept.map((i) => `"f${i}"`).join(', ')}]`);
  const sorted = [...kept].sort((a, b) => ((b * 7) % 25) - ((a * 7) % 25));
  expect(categories('bar_horizontal_sorted')).toBe(`    x-axis "feat" [${sorted.map((i) => `"f${i}"`).join(', ')}]`);
});

test('bars with negative values are drawn as lines (mermaid bars start at the end of the axis)', () => {
  const plot = vegaPlot('bar_horizontal_sorted', { id: 'coef.json', x: 'coef', y: 'name' }, {
    main: [{ name: 'bias', coef: -0.5 }, { name: 'age', coef: 1 }],
    feature: [{ name: 'bias', coef: -0.4 }, { name: 'age', coef: 1.2 }],
  });
  const lines = section({ plots: [plot] });
  expect(lines.filter((line) => /^ {4}(bar|line) /.test(line))).toEqual(['    line "main" [1, -0.5]', '    line "feature" [1.2, -0.4]']);
  expect(lines).toContain('    y-axis "coef" -0.6 --> 1.3');
  expect(lines).toContain("_Some values are negative, so both revisions are drawn as lines (mermaid's bars start at the end of the axis, not at 0)._");
});

test('a scatter plot: points and ranges per revision', () => {
  const plot = vegaPlot('scatter', { id: 'pred.csv', x: 'y_true', y: 'y_pred' }, {
    main: [{ y_true: '1', y_pred: '1.5' }, { y_true: '3', y_pred: '2.5' }],
    feature: [{ y_true: '1', y_pred: '0.00001' }, { y_true: '2', y_pred: '2' }, { y_true: '3', y_pred: '3.25' }],
  });
  expect(section({ plots: [plot] })).toEqual([
    '### Plots',
    '',
    '#### `pred.csv`',
    '',
    '| Revision | Points | y\\_true | y\\_pred |',
    '| --- | ---: | --- | --- |',
    '| base `main` | 2 | 1 – 3 | 1.5 – 2.5 |',
    '| head `feature` | 3 | 1 – 3 | 0.00001 – 3.25 |',
    '',
  ]);
});

test('scatter_jitter over text x counts its values', () => {
  const plot = vegaPlot('scatter_jitter', { id: 'err.csv', x: 'class', y: 'error' }, { feature: [{ class: 'a', error: 0.1 }, { class: 'b', error: 0.3 }, { class: 'a', error: 0.2 }] });
  expect(section({ plots: [plot] })).toContain('| head `feature` | 3 | 2 values | 0.1 – 0.3 |');
});

test('images: linked when a link is given, the file named when not; one block for both revisions', () => {
  const plots: PlotsResult['plots'] = [
    { kind: 'image', id: 'roc (test).png', revision: 'feature', repoPath: 'roc (test).png', file: '/out/feature_roc (test).png' },
    { kind: 'image', id: 'roc (test).png', revision: 'main', repoPath: 'roc (test).png', file: '/out/main_roc (test).png' },
  ];
  const imageLink = (plot: { revision: string }) => (plot.revision === 'feature' ? 'https://example.com/runs/1/roc (test).png' : undefined);
  expect(section({ plots }, { imageLink })).toEqual([
    '### Plots',
    '',
    '#### `roc (test).png`',
    '',
    '`roc (test).png` at `main`: `/out/main_roc (test).png` (not uploaded, so not shown)',
    '',
    '![roc \\(test\\).png \\(feature\\)](https://example.com/runs/1/roc%20%28test%29.png)',
    '',
  ]);
});

test('more plots than shown: the rest named in one line; errors one line each', () => {
  const plot = (id: string) => vegaPlot('scatter', { id, x: 'a', y: 'b' }, { feature: [{ a: 1, b: 2 }] });
  const lines = section(
    {
      plots: ['p1.json', 'p2.json', 'p3.json'].map(plot),
      errors: [
        { name: 'gone.csv', rev: 'main', source: 'gone.csv', type: 'FileNotFoundError', msg: 'no such file' },
        { name: 'bad|*name*.json', rev: 'feature', source: 'bad.json', type: 'JSONFileCorruptedError', msg: 'Expecting value' },
      ],
    },
    { maxPlots: 1 },
  );
  expect(lines.slice(lines.indexOf('#### `p1.json`'))).toEqual([
    '#### `p1.json`',
    '',
    '| Revision | Points | a | b |',
    '| --- | ---: | --- | --- |',
    '| head `feature` | 1 | 1 – 1 | 2 – 2 |',
    '',
    '_… and 2 more plots: `p2.json`, `p3.json`._',
    '',
    '- _⚠️ `gone.csv` at `main` could not be plotted: FileNotFoundError_',
    '- _⚠️ `bad|*name*.json` at `feature` could not be plotted: JSONFileCorruptedError_',
    '',
  ]);
});

test('only errors: the section says so', () => {
  expect(section({ errors: [{ name: 'gone.csv', rev: 'main', source: 'gone.csv', type: 'FileNotFoundError', msg: '' }] })).toEqual([
    '### Plots',
    '',
    '- _⚠️ `gone.csv` at `main` could not be plotted: FileNotFoundError_',
    '',
  ]);
});

test.each([
  ['a quote ends a mermaid string', 'say "hi"', '"say \'hi\'"'],
  ['a backtick opens a markdown string', '`code`', '"\'code\'"'],
  ['%% starts a comment or a directive', '%%{init: {}}%%', '"% %{init: {}}% %"'],
  ['#name; is an entity', 'x#quot;y', '"x# quot;y"'],
  ['angle brackets go through the sanitiser', '<b>bold</b>', '"‹b›bold‹/b›"'],
  ['a newline ends the statement', 'two\nlines', '"two lines"'],
  ['brackets and commas are safe inside the quotes', 'a [b], c', '"a [b], c"'],
])('labels in a chart: %s', (_what, label, quoted) => {
  const plot = vegaPlot('linear', { id: 'p.json', x: 'step', y: 'v', title: label }, { feature: [{ step: 0, v: 1 }, { step: 1, v: 2 }] });
  expect(section({ plots: [plot] })).toContain(`    title ${quoted}`);
});

test('labels outside charts: markdown escaped in headings, pipes escaped in tables, HTML in summaries', () => {
  const plot = vegaPlot('bar_horizontal', { id: 'p.json', x: 'v', y: 'name', title: '*Loss* [a] <b>' }, { feature: [{ name: 'a|b', v: 1 }, { name: '<i>x</i>', v: 2 }] });
  const lines = section({ plots: [plot] });
  expect(lines).toContain('#### \\*Loss\\* \\[a\\] &lt;b&gt; · `p.json`');
  expect(lines).toContain('<details><summary>Numbers: *Loss* [a] &lt;b&gt;</summary>');
  expect(lines).toContain('| a\\|b | 1 |');
  expect(lines).toContain('| &lt;i&gt;x&lt;/i&gt; | 2 |');
});

test('many points: at most 50 per line, the ends kept, the resampling said', () => {
  const plot = vegaPlot('linear', { id: 'loss.json', x: 'step', y: 'loss' }, {
    main: Array.from({ length: 1000 }, (_, step) => ({ step, loss: 1 / (step + 1) })),
    feature: Array.from({ length: 1000 }, (_, step) => ({ step, loss: 0.5 / (step + 1) })),
  });
  const lines = section({ plots: [plot] });
  const values = lines.filter((line) => line.startsWith('    line ')).map((line) => line.slice(line.indexOf('[') + 1, -1).split(', '));
  // 999 = 27 × 37: a whole-number grid of 38 points, step 27
  expect(values.map((list) => list.length)).toEqual([38, 38]);
  // the chart shows 3 digits of its 0–1 range; the table keeps 5 significant digits of each value
  expect(values.map((list) => [list[0], list.at(-1)])).toEqual([['1', '0.001'], ['0.5', '0.001']]);
  expect(lines).toContain('    x-axis "step" 0 --> 999');
  expect(lines).toContain('_Read on an even grid of 38 points (from up to 1000 rows), as mermaid spaces a line\'s points evenly._');
  expect(lines).toContain('| 27 | 0.035714 | 0.017857 |');
  expect(lines).toContain('| 999 | 0.001 | 0.0005 |');
});
