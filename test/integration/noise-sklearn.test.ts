/**
 * The metrics recomputed from predictions equal scikit-learn's, checked against the sklearn on
 * this machine (Debian's python3-sklearn): each case is a predictions file written to a temp
 * folder, read by parsePredictions here and by pandas there, and every metric computed by both,
 * on all rows and on resamples (row indices with repetition).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/errors.js';
import { OptionError } from '../../src/errors.js';
import { computeMetric, higherIsBetter, metricSpecFor, parseMetricDefinitions, type MetricSpec } from '../../src/noise/metrics.js';
import { classesOf, parsePredictions, positiveClass, type Predictions } from '../../src/noise/predictions.js';
import { pythonPath } from '../helpers/paths.js';
import { normal, seeded } from '../helpers/seeded-random.js';

interface Case {
  name: string;
  csv: string;
  specs: MetricSpec[];
}

const REGRESSION: MetricSpec[] = ['r2', 'rmse', 'mse', 'mae', 'mape'].map((metric) => ({ metric }) as MetricSpec);
const AVERAGED = (averages: MetricSpec['average'][]): MetricSpec[] =>
  (['precision', 'recall', 'f1'] as const).flatMap((metric) => averages.map((average) => ({ metric, average })));
const BINARY: MetricSpec[] = [{ metric: 'accuracy' }, ...AVERAGED(['binary', 'macro', 'micro', 'weighted']), { metric: 'roc_auc' }, { metric: 'log_loss' }];
const MULTICLASS: MetricSpec[] = [{ metric: 'accuracy' }, ...AVERAGED(['macro', 'micro', 'weighted']), { metric: 'roc_auc' }, { metric: 'log_loss' }];

function csv(header: string[], rows: (string | number)[][]): string {
  return [header.join(','), ...rows.map((row) => row.map(String).join(','))].join('\n') + '\n';
}

function regression(name: string, n: number, seed: number, predict: (y: number, random: () => number) => number, truth?: (i: number, random: () => number) => number): Case {
  const random = seeded(seed);
  const rows = Array.from({ length: n }, (_, i) => {
    const y = truth ? truth(i, random) : 3 + 2 * normal(random);
    return [y, predict(y, random)];
  });
  return { name, csv: csv(['y_true', 'y_pred'], rows), specs: REGRESSION };
}

function binary(name: string, n: number, seed: number, options: { ties?: number; extremes?: boolean; oneClass?: boolean } = {}): Case {
  const random = seeded(seed);
  const rows = Array.from({ length: n }, () => {
    const y = options.oneClass ? 1 : random() < 0.35 ? 1 : 0;
    let p = Math.min(1, Math.max(0, 0.5 + (y ? 0.2 : -0.2) + 0.25 * normal(random)));
    if (options.ties) p = Math.round(p * options.ties) / options.ties;
    if (options.extremes && random() < 0.1) p = random() < 0.5 ? 0 : 1;
    return [y, p >= 0.5 ? 1 : 0, p];
  });
  return { name, csv: csv(['y_true', 'y_pred', 'p'], rows), specs: BINARY };
}

function multiclass(name: string, n: number, seed: number, classes: string[], options: { neverPredicted?: string; ties?: boolean } = {}): Case {
  const random = seeded(seed);
  const rows = Array.from({ length: n }, () => {
    const truth = Math.floor(random() * classes.length);
    const raw = classes.map((_, c) => Math.exp(normal(random) + (c === truth ? 1.2 : 0)));
    let p = raw.map((x) => x / raw.reduce((a, b) => a + b, 0));
    if (options.ties) {
      // two decimals, the rest on the last class, so that rows still sum to 1
      const rounded = p.slice(0, -1).map((x) => Math.round(x * 10) / 10);
      const rest = Math.max(0, 1 - rounded.reduce((a, b) => a + b, 0));
      p = [...rounded, rest].map((x) => x / Math.max(1, rounded.reduce((a, b) => a + b, 0) + rest));
    }
    let predicted = p.indexOf(Math.max(...p));
    if (options.neverPredicted !== undefined && classes[predicted] === options.neverPredicted) predicted = (predicted + 1) % classes.length;
    return [classes[truth]!, classes[predicted]!, ...p];
  });
  return { name, csv: csv(['y_true', 'y_pred', ...classes.map((c) => `p_${c}`)], rows), specs: MULTICLASS };
}

const CASES: Case[] = [
  regression('regression, random', 600, 1, (y, random) => y + 0.8 * normal(random)),
  regression('regression, a constant regressor', 300, 2, () => 3),
  regression('regression, y_true near and at zero (MAPE)', 300, 3, (y, random) => y + 0.1 * normal(random), (i, random) => (i % 10 === 0 ? 0 : 0.01 * normal(random))),
  regression('regression, constant y_true', 50, 4, (y, random) => y + normal(random), () => 7),
  regression('regression, constant y_true, perfect fit', 50, 5, (y) => y, () => 7),
  regression('regression, large offset', 400, 6, (y, random) => y + 0.01 * normal(random), (_, random) => 1e6 + normal(random)),
  binary('binary, random', 800, 7),
  binary('binary, ties in scores', 800, 8, { ties: 10 }),
  binary('binary, scores of exactly 0 and 1 (log_loss clipping)', 500, 9, { extremes: true }),
  binary('binary, all one class', 100, 10, { oneClass: true }),
  {
    name: 'binary, text labels with a column per class',
    csv: csv(['y_true', 'y_pred', 'p_ham', 'p_spam'], Array.from({ length: 300 }, (_, i) => {
      const random = seeded(100 + i);
      const spam = random() < 0.4;
      const p = Math.min(1, Math.max(0, (spam ? 0.65 : 0.35) + 0.2 * normal(random)));
      return [spam ? 'spam' : 'ham', p > 0.5 ? 'spam' : 'ham', 1 - p, p];
    })),
    specs: BINARY,
  },
  multiclass('multiclass, 4 classes', 900, 11, ['0', '1', '2', '3']),
  multiclass('multiclass, text labels and a class never predicted', 700, 12, ['bird', 'cat', 'dog'], { neverPredicted: 'bird' }),
  multiclass('multiclass, 10 numeric labels (numeric order)', 1200, 13, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
  multiclass('multiclass, ties in scores', 600, 14, ['a', 'b', 'c'], { ties: true }),
];

const PYTHON = String.raw`
import json, sys, warnings
import numpy as np, pandas as pd
from sklearn import metrics as M
warnings.simplefilter('ignore')
job = json.load(open(sys.argv[1]))
out = []
for case in job:
    df = pd.read_csv(case['file'], float_precision='round_trip')
    def label(v):
        return v if isinstance(v, str) else v
    yt_all, yp_all = df['y_true'].to_numpy(), df['y_pred'].to_numpy()
    pcols = [c for c in df.columns if c.startswith('p_')]
    classes = case['classes']
    if pcols:
        by = {str(c[2:]): c for c in pcols}
        P_all = np.column_stack([df[by[str(c)]].to_numpy() for c in classes])
    p_all = df['p'].to_numpy() if 'p' in df.columns else None
    results = []
    for idx in [None] + case['samples']:
        sel = slice(None) if idx is None else np.array(idx)
        yt, yp = yt_all[sel], yp_all[sel]
        row = []
        for spec in case['specs']:
            m, avg = spec['metric'], spec.get('average')
            try:
                if m == 'r2': v = M.r2_score(yt, yp)
                elif m == 'rmse': v = M.mean_squared_error(yt, yp, squared=False)
                elif m == 'mse': v = M.mean_squared_error(yt, yp)
                elif m == 'mae': v = M.mean_absolute_error(yt, yp)
                elif m == 'mape': v = M.mean_absolute_percentage_error(yt, yp)
                elif m == 'accuracy': v = M.accuracy_score(yt, yp)
                elif m in ('precision', 'recall', 'f1'):
                    f = {'precision': M.precision_score, 'recall': M.recall_score, 'f1': M.f1_score}[m]
                    v = f(yt, yp, average=avg, pos_label=case['pos']) if avg == 'binary' else f(yt, yp, average=avg)
                elif m == 'roc_auc':
                    if p_all is not None: v = M.roc_auc_score(yt == case['pos'], p_all[sel])
                    elif len(classes) == 2: v = M.roc_auc_score(yt == case['pos'], P_all[sel][:, classes.index(case['pos'])])
                    else: v = M.roc_auc_score(yt, P_all[sel], multi_class='ovr', average='macro', labels=classes)
                elif m == 'log_loss':
                    if p_all is not None: v = M.log_loss(yt, p_all[sel], labels=classes)
                    else: v = M.log_loss(yt, P_all[sel], labels=classes)
                row.append(float(v))
            except ValueError as e:
                row.append(None)
        results.append(row)
    out.append(results)
print(json.dumps(out))
`;

/** Labels as pandas reads them: numbers stay numbers (so that sklearn sorts them as we do). */
function asPandas(label: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(label) ? Number(label) : label;
}

function sklearn(cases: { file: string; p: Predictions; specs: MetricSpec[]; samples: number[][] }[]): (number | null)[][][] {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-noise-sklearn-'));
  try {
    const job = cases.map(({ file, p, specs, samples }) => {
      const classes = classesOf(p);
      return { file, specs, samples, classes: classes.map(asPandas), pos: p.kind === 'classification' ? asPandas(classes.length === 1 ? '1' : positiveClass(classes)) : null };
    });
    writeFileSync(join(dir, 'job.json'), JSON.stringify(job));
    writeFileSync(join(dir, 'check.py'), PYTHON);
    const out = execFileSync('python3', [join(dir, 'check.py'), join(dir, 'job.json')], { env: { ...process.env, PATH: pythonPath() }, encoding: 'utf8', maxBuffer: 64 << 20 });
    return JSON.parse(out) as (number | null)[][][];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

describe('metrics recomputed from predictions equal scikit-learn’s', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-noise-cases-'));
  const prepared = CASES.map((c, at) => {
    const file = join(dir, `case-${at}.csv`);
    writeFileSync(file, c.csv);
    const p = parsePredictions(c.csv, file);
    const random = seeded(1000 + at);
    const samples = Array.from({ length: 3 }, () => Array.from({ length: p.n }, () => Math.floor(random() * p.n)));
    return { ...c, file, p, samples };
  });
  const expected = sklearn(prepared.map(({ file, p, specs, samples }) => ({ file, p, specs, samples })));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const rows = prepared.flatMap((c, at) =>
    c.specs.map((spec, s) => [`${c.name}: ${spec.metric}${spec.average ? `:${spec.average}` : ''}`, c, expected[at]!.map((sample) => sample[s]!), spec] as const),
  );

  it.each(rows)('%s', (_, c, values, spec) => {
    const ours = [computeMetric(spec, c.p), ...c.samples.map((sample) => computeMetric(spec, c.p, Uint32Array.from(sample)))];
    ours.forEach((value, i) => {
      const theirs = values[i];
      // sklearn raises exactly where ours is NaN (roc_auc on one class)
      if (theirs === null || theirs === undefined) expect(value).toBeNaN();
      else if (!close(value, theirs)) throw new Error(`${i === 0 ? 'all rows' : `resample ${i}`}: ours ${value}, sklearn ${theirs}`);
    });
  });

  it('the edge cases are really edge cases (sklearn refuses roc_auc on one class; r2 of a constant regressor is at most 0)', () => {
    const oneClass = CASES.findIndex((c) => c.name === 'binary, all one class');
    expect(expected[oneClass]![0]![BINARY.findIndex((s) => s.metric === 'roc_auc')]).toBeNull();
    const constant = CASES.findIndex((c) => c.name === 'regression, a constant regressor');
    expect(expected[constant]![0]![0]).toBeLessThanOrEqual(0);
    const perfect = CASES.findIndex((c) => c.name === 'regression, constant y_true, perfect fit');
    expect(expected[perfect]![0]![0]).toBe(1);
    const ties = prepared.find((c) => c.name === 'binary, ties in scores')!;
    expect(new Set(ties.p.proba!.p[1]).size).toBeLessThan(12);
  });
});

describe('a metric that does not fit the predictions is a usage error', () => {
  const regression = parsePredictions('y_true,y_pred\n1,2\n3,4\n', 'r.csv');
  const noProba = parsePredictions('y_true,y_pred\na,b\nb,c\nc,c\n', 'c.csv');
  it.each([
    ['f1 on regression', { metric: 'f1' }, regression, /^f1 is a classification metric, and the predictions are regression\.$/],
    ['r2 on classification', { metric: 'r2' }, noProba, /^r2 is a regression metric, and the predictions are classification\.$/],
    ['roc_auc without probabilities', { metric: 'roc_auc' }, noProba, /^roc_auc needs the predicted probabilities/],
    ['log_loss without probabilities', { metric: 'log_loss' }, noProba, /^log_loss needs the predicted probabilities/],
    ['binary f1 on three classes', { metric: 'f1', average: 'binary' }, noProba, /^f1:binary: average 'binary' needs two classes; the predictions have 3 \(a, b, c\)\.$/],
  ] as const)('%s', (_, spec, p, message) => {
    expect(() => computeMetric(spec, p)).toThrow(UsageError);
    expect(() => computeMetric(spec, p)).toThrow(message);
  });

  it('without an average, f1 is binary on two classes and macro on more', () => {
    const two = parsePredictions('y_true,y_pred\nx,y\ny,y\ny,x\nx,x\ny,y\n', 'c.csv');
    expect(computeMetric({ metric: 'f1' }, two)).toBe(computeMetric({ metric: 'f1', average: 'binary' }, two));
    expect(computeMetric({ metric: 'f1' }, noProba)).toBe(computeMetric({ metric: 'f1', average: 'macro' }, noProba));
  });
});

describe('which metric a metric key is', () => {
  it.each([
    ['r2', 'regression', { metric: 'r2' }],
    ['r2_score', 'regression', { metric: 'r2' }],
    ['test.R2', 'regression', { metric: 'r2' }],
    ['eval.rmse', 'regression', { metric: 'rmse' }],
    ['mean_squared_error', 'regression', { metric: 'mse' }],
    ['val_mae', 'regression', { metric: 'mae' }],
    ['mape', 'regression', { metric: 'mape' }],
    ['accuracy', 'classification', { metric: 'accuracy' }],
    ['val_acc', 'classification', { metric: 'accuracy' }],
    ['accuracy_score', 'classification', { metric: 'accuracy' }],
    ['precision', 'classification', { metric: 'precision' }],
    ['recall_weighted', 'classification', { metric: 'recall', average: 'weighted' }],
    ['f1', 'classification', { metric: 'f1' }],
    ['F1-Score', 'classification', { metric: 'f1' }],
    ['f1_macro', 'classification', { metric: 'f1', average: 'macro' }],
    ['macro_f1', 'classification', { metric: 'f1', average: 'macro' }],
    ['f1_micro', 'classification', { metric: 'f1', average: 'micro' }],
    ['report.macro avg.f1-score', 'classification', { metric: 'f1', average: 'macro' }],
    ['report.weighted avg.precision', 'classification', { metric: 'precision', average: 'weighted' }],
    ['roc_auc', 'classification', { metric: 'roc_auc' }],
    ['test.auc', 'classification', { metric: 'roc_auc' }],
    ['roc_auc_score', 'classification', { metric: 'roc_auc' }],
    ['log_loss', 'classification', { metric: 'log_loss' }],
    ['logloss', 'classification', { metric: 'log_loss' }],
  ] as const)('%s (%s) → %o', (key, kind, spec) => {
    expect(metricSpecFor(key, new Map(), kind)).toEqual(spec);
  });

  it.each([
    ['rmse', 'classification', 'a regression metric on classification predictions'],
    ['accuracy', 'regression', 'a classification metric on regression predictions'],
    ['train_r2', 'regression', 'measured on the training set'],
    ['neg_mean_squared_error', 'regression', 'negated'],
    ['r2_std', 'regression', 'a spread, not the metric'],
    ['loss', 'classification', 'any loss'],
    ['epoch', 'regression', 'not a metric'],
    ['report.1.f1-score', 'classification', "one class's score in classification_report"],
  ] as const)('%s (%s) → none: %s', (key, kind, _why) => {
    expect(metricSpecFor(key, new Map(), kind)).toBeUndefined();
  });

  it('a definition wins, by key or last segment, even over the kind', () => {
    const definitions = parseMetricDefinitions(['score=f1:macro', 'eval.quality = roc_auc', '', '# a comment', 'loss=log_loss']);
    expect([...definitions]).toEqual([['score', { metric: 'f1', average: 'macro' }], ['eval.quality', { metric: 'roc_auc' }], ['loss', { metric: 'log_loss' }]]);
    expect(metricSpecFor('test.score', definitions, 'classification')).toEqual({ metric: 'f1', average: 'macro' });
    expect(metricSpecFor('eval.quality', definitions, 'classification')).toEqual({ metric: 'roc_auc' });
    expect(metricSpecFor('quality', definitions, 'classification')).toBeUndefined();
    expect(metricSpecFor('loss', definitions, 'regression')).toEqual({ metric: 'log_loss' });
  });

  it.each([
    ['f1_macro', /^metric-definitions: line 1 'f1_macro' is not of the form name=metric or name=metric:average\.$/, /f1_macro=f1:macro/],
    ['x=bleu', /^metric-definitions: line 1 'x=bleu': 'bleu' is not a metric that can be recomputed from predictions\.$/, /r2, rmse, mse, mae, mape, accuracy, precision, recall, f1, roc_auc, log_loss/],
    ['x=r2:macro', /^metric-definitions: line 1 'x=r2:macro': r2 takes no average\.$/, /precision, recall and f1/],
    ['x=f1:median', /^metric-definitions: line 1 'x=f1:median': 'median' is not an average\.$/, /binary, macro, micro, weighted/],
    ['a=r2\n\na=mae', /^metric-definitions: line 3 'a=mae': 'a' is already defined on line 1\.$/, /once/],
  ])('%j is an option error naming the line', (text, message, hint) => {
    let error: unknown;
    try {
      parseMetricDefinitions(text.split('\n'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OptionError);
    expect((error as OptionError).key).toBe('metric-definitions');
    expect((error as OptionError).message).toMatch(message);
    expect((error as OptionError).hint).toMatch(hint);
  });

  it('direction: scores higher, errors and log_loss lower', () => {
    expect((['r2', 'accuracy', 'precision', 'recall', 'f1', 'roc_auc'] as const).every(higherIsBetter)).toBe(true);
    expect((['rmse', 'mse', 'mae', 'mape', 'log_loss'] as const).some(higherIsBetter)).toBe(false);
  });
});
