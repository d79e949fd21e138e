/** Gates and directions, table-driven over the pure core. */
import { compareMetrics } from '../../src/metrics/compare.js';
import { guessDirection, parseDirections } from '../../src/metrics/direction.js';
import type { DvcDiff } from '../../src/metrics/dvc-diff.js';
import { evaluateGates, parseGates } from '../../src/metrics/gates.js';
import type { Value } from '../../src/metrics/value.js';

function rows(files: Record<string, Record<string, [Value, Value]>>) {
  const diff: DvcDiff = new Map();
  for (const [path, metrics] of Object.entries(files)) {
    diff.set(path, new Map(Object.entries(metrics).map(([key, [old, now]]) => [key, { old, new: now, ...(typeof old === 'number' && typeof now === 'number' ? { diff: now - old } : {}) }])));
  }
  return compareMetrics(diff, new Map());
}

const METRICS = rows({ 'metrics.json': { r2: [0.82, 0.78], rmse: [100, 101.5], mae: [50, 49], name: ['a', 'b'], nan: [1, NaN] }, 'eval/metrics.json': { r2: [0.7, 0.71] } });

describe.each([
  ['metrics.json:r2 >= 0.75', true, 'metrics.json:r2 >= 0.75: passed, r2 is 0.78'],
  ['metrics.json:r2 > 0.78', false, 'metrics.json:r2 > 0.78: failed, r2 is 0.78'],
  ['eval/metrics.json:r2 <= 0.75', true, 'eval/metrics.json:r2 <= 0.75: passed, r2 is 0.71'],
  ['rmse < 100', false, 'rmse < 100: failed, rmse is 101.5'],
  ['rmse max-rise 2%', true, 'rmse max-rise 2%: passed, rmse rose by 1.50% (100 → 101.5)'],
  ['rmse max-rise 1%', false, 'rmse max-rise 1%: failed, rmse rose by 1.50% (100 → 101.5)'],
  ['rmse max-rise 1', false, 'rmse max-rise 1: failed, rmse rose by 1.5 (100 → 101.5)'],
  ['mae max-rise 0%', true, 'mae max-rise 0%: passed, mae dropped by 2.00% (50 → 49)'],
  ['metrics.json:r2 max-drop 0.05', true, 'metrics.json:r2 max-drop 0.05: passed, r2 dropped by 0.04 (0.82 → 0.78)'],
  ['metrics.json:r2 max-drop 0.01', false, 'metrics.json:r2 max-drop 0.01: failed, r2 dropped by 0.04 (0.82 → 0.78)'],
  ['metrics.json:r2 max-drop 1%', false, 'metrics.json:r2 max-drop 1%: failed, r2 dropped by 4.88% (0.82 → 0.78)'],
  ['r2 >= 0.5', false, "r2 >= 0.5: failed, metric 'r2' is in several files (metrics.json, eval/metrics.json); name one, e.g. metrics.json:r2"],
  ['f1 >= 0.5', false, "f1 >= 0.5: failed, metric 'f1' was not found (metrics files: metrics.json, eval/metrics.json)"],
  ['name >= 0.5', false, 'name >= 0.5: failed, name in metrics.json is "b", not a finite number'],
  ['nan >= 0.5', false, 'nan >= 0.5: failed, nan in metrics.json is "nan", not a finite number'],
])('gate %s', (text, passed, reason) => {
  it(`${passed ? 'passes' : 'fails'} with the reason a reviewer reads`, () => {
    const [result] = evaluateGates(parseGates([text]), METRICS);
    expect(result).toMatchObject({ passed, reason });
  });
});

test('gates come from lines, semicolons and repeated flags; comments and blank lines are skipped', () => {
  const gates = parseGates(['r2 >= 0.75  # floor\n\n rmse max-rise 2%; mae<=60', 'acc>0.9']);
  expect(gates.map((gate) => gate.text)).toEqual(['r2 >= 0.75', 'rmse max-rise 2%', 'mae<=60', 'acc>0.9']);
});

it.each([
  ['val_loss', 'lower'], ['train.loss', 'lower'], ['rmse', 'lower'], ['test/mae', 'lower'], ['mape', 'lower'], ['error_rate', 'lower'],
  ['accuracy', 'higher'], ['val_acc', 'higher'], ['roc_auc', 'higher'], ['f1_macro', 'higher'], ['eval.r2', 'higher'], ['precision', 'higher'],
  ['epochs', undefined], ['n_estimators', undefined], ['loss_auc', 'higher'],
])('the direction of %s is guessed as %s', (name, direction) => {
  expect(guessDirection(name)).toBe(direction);
});

test('a user direction wins over the guess, and the verdict follows it', () => {
  const diff: DvcDiff = new Map([['m.json', new Map([['coverage_loss', { old: 0.5, new: 0.6, diff: 0.1 }]])]]);
  expect(compareMetrics(diff, new Map())[0]).toMatchObject({ direction: 'lower', verdict: 'worse' });
  expect(compareMetrics(diff, parseDirections(['coverage_loss=higher']))[0]).toMatchObject({ direction: 'higher', verdict: 'better', relativePercent: expect.closeTo(20, 6) });
});
