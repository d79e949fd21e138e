export const id = 4291;
export const ids = [4291];
export const modules = {

/***/ 74291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLASSIFICATION_METRICS: () => (/* binding */ CLASSIFICATION_METRICS),
/* harmony export */   EPSILON: () => (/* binding */ EPSILON),
/* harmony export */   REGRESSION_METRICS: () => (/* binding */ REGRESSION_METRICS),
/* harmony export */   allRows: () => (/* binding */ allRows),
/* harmony export */   computeMetric: () => (/* binding */ computeMetric),
/* harmony export */   countsOf: () => (/* binding */ countsOf),
/* harmony export */   describeSpec: () => (/* binding */ describeSpec),
/* harmony export */   higherIsBetter: () => (/* binding */ higherIsBetter),
/* harmony export */   metricFitsKind: () => (/* binding */ metricFitsKind),
/* harmony export */   metricKernel: () => (/* binding */ metricKernel),
/* harmony export */   metricSpecFor: () => (/* binding */ metricSpecFor),
/* harmony export */   newStamp: () => (/* binding */ newStamp),
/* harmony export */   parseMetricDefinitions: () => (/* binding */ parseMetricDefinitions),
/* harmony export */   whyUndefined: () => (/* binding */ whyUndefined)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61600);
/**
 * Metrics recomputed from per-example predictions, exactly as scikit-learn defines them (checked
 * against the installed sklearn 1.2 in test/integration/noise-sklearn.test.ts), and fast enough to
 * be recomputed a thousand times: every metric is a weighted sum over the rows, the weights being
 * how often a resample drew each row, so one pass over typed arrays gives one value.
 */


const REGRESSION_METRICS = ['r2', 'rmse', 'mse', 'mae', 'mape'];
const CLASSIFICATION_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss'];
const METRICS = [...REGRESSION_METRICS, ...CLASSIFICATION_METRICS];
const AVERAGED = new Set(['precision', 'recall', 'f1']);
const AVERAGES = ['binary', 'macro', 'micro', 'weighted'];
const HIGHER = new Set(['r2', 'accuracy', 'precision', 'recall', 'f1', 'roc_auc']);
/** sklearn's `np.finfo(np.float64).eps`: MAPE's floor on |y_true| and log_loss's clipping ("auto" for float64). */
const EPSILON = 2.220446049250313e-16;
/** Whether the metric fits predictions of this kind. */
function metricFitsKind(metric, kind) {
    return (kind === 'regression' ? REGRESSION_METRICS : CLASSIFICATION_METRICS).includes(metric);
}
/** r2, accuracy, precision, recall, f1 and roc_auc are better higher; the errors and log_loss lower. */
function higherIsBetter(metric) {
    return HIGHER.has(metric);
}
/** `r2`, `f1:macro` …: how a spec is written in metric-definitions and in messages. */
function describeSpec(spec) {
    return spec.average ? `${spec.metric}:${spec.average}` : spec.metric;
}
/**
 * `name=metric` or `name=metric:average` lines (`f1_macro=f1:macro`, `auc=roc_auc`); blank lines
 * and lines starting with `#` are skipped. The name is a metric key or its last dotted segment.
 */
function parseMetricDefinitions(lines) {
    const result = new Map();
    const where = new Map();
    const example = 'Example: f1_macro=f1:macro or auc=roc_auc';
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const at = `line ${index + 1} '${line}'`;
        const match = /^(.+?)\s*=\s*([A-Za-z0-9_]+)\s*(?::\s*([A-Za-z]+))?$/.exec(line);
        if (!match)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at} is not of the form name=metric or name=metric:average.`, example);
        const [, name, metricText, averageText] = match;
        const metric = metricText.toLowerCase();
        if (!METRICS.includes(metric)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at}: '${metricText}' is not a metric that can be recomputed from predictions.`, `Use one of ${METRICS.join(', ')}.`);
        }
        let average;
        if (averageText !== undefined) {
            average = averageText.toLowerCase();
            if (!AVERAGED.has(metric))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at}: ${metric} takes no average.`, 'Only precision, recall and f1 take one: binary, macro, micro or weighted.');
            if (!AVERAGES.includes(average))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at}: '${averageText}' is not an average.`, `Use one of ${AVERAGES.join(', ')}.`);
        }
        const before = where.get(name);
        if (before !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at}: '${name}' is already defined on line ${before}.`, 'Define each metric once.');
        where.set(name, index + 1);
        result.set(name, average ? { metric, average } : { metric });
    });
    return result;
}
/** Words that say where a metric was measured, not which metric it is (`test_r2`, `val_acc`, `accuracy_score`). */
const NOISE_WORDS = new Set(['test', 'val', 'valid', 'validation', 'eval', 'evaluation', 'holdout', 'score', 'final', 'best']);
/** Words that say the value is not the metric itself (`train_r2` is not computed on the evaluation set; `neg_mse` is negated). */
const REFUSE_WORDS = new Set(['train', 'training', 'neg', 'negative', 'std', 'var', 'delta', 'diff', 'change']);
const NAMES = {
    r2: { metric: 'r2' }, rsquared: { metric: 'r2' }, r_squared: { metric: 'r2' },
    rmse: { metric: 'rmse' }, root_mean_squared_error: { metric: 'rmse' },
    mse: { metric: 'mse' }, mean_squared_error: { metric: 'mse' },
    mae: { metric: 'mae' }, mean_absolute_error: { metric: 'mae' },
    mape: { metric: 'mape' }, mean_absolute_percentage_error: { metric: 'mape' },
    accuracy: { metric: 'accuracy' }, acc: { metric: 'accuracy' },
    roc_auc: { metric: 'roc_auc' }, auc: { metric: 'roc_auc' }, auroc: { metric: 'roc_auc' }, roc_auc_ovr: { metric: 'roc_auc' },
    log_loss: { metric: 'log_loss' }, logloss: { metric: 'log_loss' },
};
for (const metric of ['precision', 'recall', 'f1']) {
    NAMES[metric] = { metric };
    for (const average of AVERAGES) {
        NAMES[`${metric}_${average}`] = { metric, average };
        NAMES[`${average}_${metric}`] = { metric, average };
    }
}
NAMES.f1_binary = { metric: 'f1', average: 'binary' };
/**
 * The metric behind a metric key: its definition (by key, then by last dotted segment), else a
 * guess from the last dotted segment, case-insensitive (`r2_score`, `test.acc`, `f1_macro`,
 * `val_roc_auc`, and classification_report's `macro avg.f1-score`), only for metrics that fit `kind`. A definition wins even when it does not fit
 * `kind` (computeMetric then says why it cannot be computed). Undefined when the key names no
 * metric that can be recomputed, or one measured elsewhere (`train_r2`) or negated (`neg_mse`).
 */
function metricSpecFor(key, definitions, kind) {
    const segments = key.split('.');
    const last = segments[segments.length - 1];
    const defined = definitions.get(key) ?? definitions.get(last);
    if (defined)
        return defined;
    const words = last.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    if (words.some((word) => REFUSE_WORDS.has(word)))
        return undefined;
    let spec = NAMES[words.filter((word) => !NOISE_WORDS.has(word)).join('_')];
    // sklearn's classification_report(output_dict=True): `macro avg.f1-score`, `weighted avg.recall`
    const parent = segments[segments.length - 2]?.trim() ?? '';
    // …and its per-class entries (`1.f1-score`): one class's score, not one of ours
    if (/^-?\d+(\.\d+)?$/.test(parent) && spec && AVERAGED.has(spec.metric))
        return undefined;
    const report = /^(macro|micro|weighted) avg$/i.exec(parent);
    if (spec && report && AVERAGED.has(spec.metric) && spec.average === undefined)
        spec = { metric: spec.metric, average: report[1].toLowerCase() };
    return spec && metricFitsKind(spec.metric, kind) ? spec : undefined;
}
/** Why a metric has no value on some data: what a skipped resample or a refused point value means. */
function whyUndefined(metric) {
    if (metric === 'roc_auc')
        return 'roc_auc needs both classes in y_true (every class, for several)';
    if (metric === 'r2')
        return 'r2 needs y_true to vary';
    return `${metric} is not defined`;
}
let lastStamp = 0;
/**
 * A number naming one resample's weights: kernels of the same predictions given the same stamp
 * share work (the confusion counts of accuracy, precision, recall and f1 are summed once).
 * Without a stamp a kernel recomputes everything.
 */
function newStamp() {
    return ++lastStamp;
}
const cache = new WeakMap();
function prepared(p) {
    let entry = cache.get(p);
    if (!entry) {
        entry = { ones: new Uint32Array(p.n).fill(1), ranked: new Map() };
        cache.set(p, entry);
    }
    return entry;
}
function encode(p) {
    const entry = prepared(p);
    if (entry.encoded)
        return entry.encoded;
    const classes = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_1__/* .classesOf */ .OX)(p);
    const code = new Map(classes.map((label, i) => [label, i]));
    const codes = (labels) => Int32Array.from(labels, (label) => code.get(label));
    const yt = codes(p.yTrue);
    const yp = codes(p.yPred);
    const seen = new Uint8Array(classes.length);
    for (let i = 0; i < p.n; i++)
        seen[yt[i]] = seen[yp[i]] = 1;
    const present = seen.reduce((sum, s) => sum + s, 0);
    const k = classes.length;
    const pos = code.get(classes.length === 1 ? soleClassPositive(classes[0]) : (0,_predictions_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveClass */ .UG)(classes)) ?? -1;
    entry.encoded = { classes, k, yt, yp, pos, present, tp: new Float64Array(k), trueSum: new Float64Array(k), predSum: new Float64Array(k), stamp: 0, total: 0 };
    return entry.encoded;
}
/** With one class only, sklearn's pos_label=1 is absent for 0/false labels: nothing is positive. */
function soleClassPositive(label) {
    return label === '0' ? '1' : label === 'false' ? 'true' : label;
}
function ranked(p, column, positiveCode, yt) {
    const entry = prepared(p);
    const cached = entry.ranked.get(column);
    if (cached)
        return cached;
    const score = p.proba.p[column];
    const order = new Uint32Array(p.n);
    for (let i = 0; i < p.n; i++)
        order[i] = i;
    order.sort((a, b) => score[a] - score[b]);
    const positive = new Uint8Array(p.n);
    const tieStart = new Uint8Array(p.n);
    for (let j = 0; j < p.n; j++) {
        positive[j] = yt[order[j]] === positiveCode ? 1 : 0;
        tieStart[j] = j > 0 && score[order[j]] !== score[order[j - 1]] ? 1 : 0;
    }
    const result = { order, positive, tieStart };
    entry.ranked.set(column, result);
    return result;
}
/** Mann-Whitney AUC over rows sorted by score once: ties count one half, weights are draw counts. */
function weightedAuc(r, w) {
    const { order, positive, tieStart } = r;
    let below = 0;
    let pos = 0;
    let neg = 0;
    let area = 0;
    let totalPos = 0;
    for (let j = 0; j < order.length; j++) {
        if (tieStart[j]) {
            area += pos * (below + 0.5 * neg);
            below += neg;
            totalPos += pos;
            pos = neg = 0;
        }
        const weight = w[order[j]];
        if (positive[j])
            pos += weight;
        else
            neg += weight;
    }
    area += pos * (below + 0.5 * neg);
    below += neg;
    totalPos += pos;
    return totalPos > 0 && below > 0 ? area / (totalPos * below) : NaN;
}
function regressionKernel(spec, p, strict) {
    const yt = p.yTrue;
    const yp = p.yPred;
    const n = p.n;
    const perRow = (f) => {
        const values = new Float64Array(n);
        for (let i = 0; i < n; i++)
            values[i] = f(yt[i], yp[i]);
        return values;
    };
    const mean = (values) => (w) => {
        let sum = 0;
        let total = 0;
        for (let i = 0; i < n; i++) {
            const wi = w[i];
            sum += wi * values[i];
            total += wi;
        }
        return sum / total;
    };
    switch (spec.metric) {
        case 'mse':
            return mean(perRow((t, q) => (t - q) ** 2));
        case 'rmse': {
            const mse = mean(perRow((t, q) => (t - q) ** 2));
            return (w) => Math.sqrt(mse(w));
        }
        case 'mae':
            return mean(perRow((t, q) => Math.abs(q - t)));
        case 'mape':
            return mean(perRow((t, q) => Math.abs(q - t) / Math.max(Math.abs(t), EPSILON)));
        case 'r2': {
            const se = perRow((t, q) => (t - q) ** 2);
            // y_true centred on its mean over all rows: one pass gives the resample's sum of squares
            // without the cancellation of Σy² − (Σy)²/W, since a resample's mean is near the full mean
            let full = 0;
            for (let i = 0; i < n; i++)
                full += yt[i];
            full /= n;
            const yc = perRow((t) => t - full);
            const constant = (w) => {
                let first;
                for (let i = 0; i < n; i++) {
                    if (w[i] === 0)
                        continue;
                    if (first === undefined)
                        first = yt[i];
                    else if (yt[i] !== first)
                        return false;
                }
                return true;
            };
            return (w) => {
                let total = 0;
                let sum = 0;
                let squares = 0;
                let sse = 0;
                for (let i = 0; i < n; i++) {
                    const wi = w[i];
                    const d = yc[i];
                    total += wi;
                    sum += wi * d;
                    squares += wi * d * d;
                    sse += wi * se[i];
                }
                const sst = squares - (sum * sum) / total;
                // sklearn's force_finite: constant y_true gives 1 for a perfect fit, else 0
                if (sst <= 1e-12 * squares && constant(w))
                    return strict ? NaN : sse === 0 ? 1 : 0;
                return 1 - sse / sst;
            };
        }
        default:
            throw new Error(`not a regression metric: ${spec.metric}`);
    }
}
/**
 * Fills tp / trueSum / predSum (per class) for row weights w and returns the total weight. With
 * few classes, one histogram of (true, predicted) cells: one add per row, then k² to sum it up.
 */
function countsKernel(e, n) {
    e.counter ??= counter(e, n);
    const count = e.counter;
    return (w, stamp) => {
        if (stamp !== undefined && stamp === e.stamp)
            return e.total;
        e.total = count(w);
        e.stamp = stamp ?? 0;
        return e.total;
    };
}
function counter(e, n) {
    const { yt, yp, k, tp, trueSum, predSum } = e;
    if (k <= 32) {
        const cells = new Int32Array(n);
        for (let i = 0; i < n; i++)
            cells[i] = yt[i] * k + yp[i];
        const histogram = new Float64Array(k * k);
        return (w) => {
            histogram.fill(0);
            for (let i = 0; i < n; i++)
                histogram[cells[i]] += w[i];
            tp.fill(0);
            trueSum.fill(0);
            predSum.fill(0);
            let total = 0;
            for (let a = 0; a < k; a++) {
                for (let b = 0; b < k; b++) {
                    const count = histogram[a * k + b];
                    trueSum[a] += count;
                    predSum[b] += count;
                    total += count;
                }
                tp[a] = histogram[a * k + a];
            }
            return total;
        };
    }
    return (w) => {
        tp.fill(0);
        trueSum.fill(0);
        predSum.fill(0);
        let total = 0;
        for (let i = 0; i < n; i++) {
            const wi = w[i];
            const a = yt[i];
            const b = yp[i];
            trueSum[a] += wi;
            predSum[b] += wi;
            if (a === b)
                tp[a] += wi;
            total += wi;
        }
        return total;
    };
}
function needProba(spec, p) {
    if (!p.proba) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${spec.metric} needs the predicted probabilities, and the predictions have none.`, "Add a column p (two classes: the positive class's probability) or p_<class> per class, from predict_proba().");
    }
    return p.proba;
}
function classificationKernel(spec, p) {
    const e = encode(p);
    const { yt, k, tp, trueSum, predSum } = e;
    const n = p.n;
    if (spec.metric === 'log_loss') {
        const proba = needProba(spec, p);
        const entry = prepared(p);
        if (!entry.rowLoss) {
            const column = new Map(proba.classes.map((label, i) => [label, i]));
            const truth = Int32Array.from(e.classes, (label) => column.get(label) ?? -1);
            const clip = (x) => Math.min(Math.max(x, EPSILON), 1 - EPSILON);
            const loss = new Float64Array(n);
            for (let i = 0; i < n; i++) {
                let sum = 0;
                for (const c of proba.p)
                    sum += clip(c[i]);
                const at = truth[yt[i]];
                if (at < 0)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`log_loss: the class '${e.classes[yt[i]]}' of y_true has no probability column.`, 'Write one column p_<class> per class the model knows.');
                loss[i] = -Math.log(clip(proba.p[at][i]) / sum);
            }
            entry.rowLoss = loss;
        }
        const loss = entry.rowLoss;
        return (w) => {
            let sum = 0;
            let total = 0;
            for (let i = 0; i < n; i++) {
                sum += w[i] * loss[i];
                total += w[i];
            }
            return sum / total;
        };
    }
    if (spec.metric === 'roc_auc') {
        const proba = needProba(spec, p);
        const codeOf = new Map(e.classes.map((label, i) => [label, i]));
        if (proba.classes.length === 2) {
            const positive = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveClass */ .UG)(proba.classes);
            const r = ranked(p, proba.classes.indexOf(positive), codeOf.get(positive), yt);
            return (w) => weightedAuc(r, w);
        }
        if (proba.classes.length * n > 100_000_000) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`roc_auc over ${proba.classes.length} classes × ${n} examples is too large to resample (more than 100 million class-examples).`, { hint: 'Define the metric on a sample of the evaluation set.' });
        }
        const per = proba.classes.map((label, column) => ranked(p, column, codeOf.get(label), yt));
        // one-vs-rest, macro: sklearn's roc_auc_score(multi_class='ovr'); undefined when a class is missing from y_true
        return (w) => {
            let sum = 0;
            for (const r of per)
                sum += weightedAuc(r, w);
            return sum / per.length;
        };
    }
    const average = spec.average ?? (e.present <= 2 ? 'binary' : 'macro');
    if (average === 'binary' && e.present > 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${describeSpec(spec)}: average 'binary' needs two classes; the predictions have ${e.present} (${e.classes.slice(0, 10).join(', ')}).`, `Say which average in metric-definitions, e.g. name=${spec.metric}:macro.`);
    }
    const count = countsKernel(e, n);
    if (spec.metric === 'accuracy' || average === 'micro') {
        // micro precision = recall = f1 = accuracy when every present class counts (sklearn's labels=None)
        return (w, stamp) => {
            const total = count(w, stamp);
            let correct = 0;
            for (let c = 0; c < k; c++)
                correct += tp[c];
            return correct / total;
        };
    }
    const metric = spec.metric;
    // sklearn's zero_division="warn": a 0/0 precision or recall counts 0, and so does f1 of two zeros
    const score = (c) => {
        const precision = predSum[c] > 0 ? tp[c] / predSum[c] : 0;
        const recall = trueSum[c] > 0 ? tp[c] / trueSum[c] : 0;
        if (metric === 'precision')
            return precision;
        if (metric === 'recall')
            return recall;
        const denominator = precision + recall;
        return (2 * precision * recall) / (denominator === 0 ? 1 : denominator);
    };
    if (average === 'binary') {
        const pos = e.pos;
        return (w, stamp) => {
            count(w, stamp);
            return pos < 0 ? 0 : score(pos);
        };
    }
    return (w, stamp) => {
        count(w, stamp);
        let sum = 0;
        let weights = 0;
        for (let c = 0; c < k; c++) {
            if (trueSum[c] === 0 && predSum[c] === 0)
                continue;
            const weight = average === 'weighted' ? trueSum[c] : 1;
            sum += weight * score(c);
            weights += weight;
        }
        return weights > 0 ? sum / weights : 0;
    };
}
/**
 * The kernel of a metric for one predictions set, its checks done once: a metric that does not fit
 * the predictions (f1 on regression, roc_auc without probabilities, average 'binary' on three
 * classes) is a UsageError saying what to change.
 */
function metricKernel(spec, p, options = {}) {
    if (!metricFitsKind(spec.metric, p.kind)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${describeSpec(spec)} is a ${p.kind === 'regression' ? 'classification' : 'regression'} metric, and the predictions are ${p.kind}.`, p.kind === 'regression' ? `Regression predictions give ${REGRESSION_METRICS.join(', ')}; a classifier's file has labels or probability columns.` : `Classification predictions give ${CLASSIFICATION_METRICS.join(', ')}.`);
    }
    return p.kind === 'regression' ? regressionKernel(spec, p, options.strict ?? false) : classificationKernel(spec, p);
}
/** Draw counts per row from row indices (with repetition). */
function countsOf(sample, n) {
    const counts = new Uint32Array(n);
    for (let j = 0; j < sample.length; j++) {
        const i = sample[j];
        if (i >= n)
            throw new RangeError(`row index ${i} is out of range (n = ${n})`);
        counts[i]++;
    }
    return counts;
}
/**
 * The metric as scikit-learn computes it, over all rows or over `sample` (row indices, with
 * repetition: a resample). NaN where sklearn raises: roc_auc when y_true lacks a class.
 */
function computeMetric(spec, p, sample) {
    const kernel = metricKernel(spec, p);
    return kernel(sample ? countsOf(sample, p.n) : prepared(p).ones);
}
/** All-ones weights for `p` (every row once), shared. */
function allRows(p) {
    return prepared(p).ones;
}


/***/ }),

/***/ 61600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OX: () => (/* binding */ classesOf),
/* harmony export */   UG: () => (/* binding */ positiveClass),
/* harmony export */   Y8: () => (/* binding */ parsePredictions)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_ROWS, sortLabels */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42016);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
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


const DEFAULT_MAX_ROWS = 5_000_000;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(nan|inf|infinity)$/i;
const OTHER_FORMATS = {
    parquet: 'Parquet', pq: 'Parquet', feather: 'Feather', arrow: 'Arrow', pkl: 'pickle', pickle: 'pickle', npy: 'NumPy',
    npz: 'NumPy', h5: 'HDF5', hdf5: 'HDF5', xlsx: 'Excel', xls: 'Excel', avro: 'Avro', orc: 'ORC', gz: 'compressed', zip: 'compressed',
};
const WRITE_HINT = "Write it with pandas: pd.DataFrame({'y_true': y_test, 'y_pred': model.predict(X_test)}).to_csv('predictions.csv', index=False).";
/** A number as Python's float() takes it (finite only); undefined otherwise. */
function finiteNumber(cell) {
    const text = cell.trim();
    if (!FLOAT.test(text))
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
/** One spelling per label, so that `1`, `1.0` and `p_1` name the same class and `True` matches `true`. */
function canonicalLabel(cell) {
    const text = cell.trim();
    const number = finiteNumber(text);
    if (number !== undefined)
        return String(number);
    if (/^(true|false)$/i.test(text))
        return text.toLowerCase();
    return text;
}
/** Labels in scikit-learn's order (np.unique): numerically when all are numbers, else by code unit. */
function sortLabels(labels) {
    const unique = [...new Set(labels)];
    if (unique.every((label) => finiteNumber(label) !== undefined))
        return unique.sort((a, b) => Number(a) - Number(b));
    return unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * The positive class of two (sorted) classes: `1` or `true` when one of them is, else the larger.
 * Precision, recall and f1 with `average: 'binary'` count it; roc_auc and a `p` column score it.
 */
function positiveClass(classes) {
    const named = classes.find((label) => label === '1' || label === 'true');
    return named ?? classes[classes.length - 1];
}
/** The sorted classes of classification predictions: those of the probabilities, y_true and y_pred together. */
function classesOf(p) {
    if (p.kind !== 'classification')
        return [];
    return sortLabels([...(p.proba?.classes ?? []), ...p.yTrue, ...p.yPred]);
}
function extensionOf(file) {
    const base = file.split(/[\\/]/).pop() ?? file;
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
function detectFormat(text, file) {
    const extension = extensionOf(file);
    const other = OTHER_FORMATS[extension];
    if (other)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: a ${other} file; predictions are read from CSV, TSV or JSON lines.`, WRITE_HINT);
    if (text.slice(0, 8192).includes('\u0000')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: not a text file; predictions are read from CSV, TSV or JSON lines.`, WRITE_HINT);
    }
    // the first 64 KiB tell the format; a copy of the whole text would double a large file's memory
    const start = text.slice(0, 65536).replace(/^\uFEFF/, '').trimStart();
    if (extension === 'jsonl' || extension === 'ndjson')
        return { kind: 'jsonl' };
    if (start.startsWith('[')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: a JSON array; predictions in JSON are read one object per line (JSON lines).`, "With pandas: df.to_json('predictions.jsonl', orient='records', lines=True).");
    }
    if (start.startsWith('{'))
        return { kind: 'jsonl' };
    const newline = start.indexOf('\n');
    const header = newline < 0 ? start : start.slice(0, newline);
    if (extension === 'json') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: not JSON lines (its first line does not start with '{').`, "With pandas: df.to_json('predictions.jsonl', orient='records', lines=True).");
    }
    const tabs = header.includes('\t');
    const commas = header.includes(',');
    // The extension decides, unless the header plainly uses the other delimiter.
    if (extension === 'tsv' || extension === 'tab')
        return { kind: 'csv', delimiter: tabs || !commas ? '\t' : ',' };
    if (extension === 'csv')
        return { kind: 'csv', delimiter: commas || !tabs ? ',' : '\t' };
    if (tabs)
        return { kind: 'csv', delimiter: '\t' };
    if (commas)
        return { kind: 'csv', delimiter: ',' };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: not CSV, TSV or JSON lines (its first line has neither a comma nor a tab: '${header.slice(0, 60)}').`, 'The first line names the columns: y_true,y_pred[,p_<class>…][,id][,group]. ' + WRITE_HINT);
}
class Reader {
    file;
    maxRows;
    table;
    columns;
    constructor(file, maxRows) {
        this.file = file;
        this.maxRows = maxRows;
        this.table = { yTrue: [], yPred: [], proba: new Map(), single: false, lines: [] };
    }
    /** Column names as written; matched without case and surrounding space. */
    header(names, line) {
        const seen = new Map();
        for (const name of names) {
            const key = name.trim().toLowerCase();
            if (seen.has(key))
                throw this.error(line, name, `the column '${name}' appears twice.`, 'Give every column its own name.');
            seen.set(key, name);
        }
        const yTrue = seen.get('y_true');
        const yPred = seen.get('y_pred');
        for (const [key, name] of [['y_true', yTrue], ['y_pred', yPred]]) {
            if (name === undefined) {
                throw this.error(line, key, `there is no column '${key}' (columns: ${names.join(', ') || 'none'}).`, `The columns are y_true and y_pred, with p_<class> or p for classification. ${WRITE_HINT}`);
            }
        }
        const proba = [];
        for (const [key, name] of seen) {
            if (key === 'p')
                proba.push(['', name]);
            else if (key.startsWith('p_') && key.length > 2)
                proba.push([name.trim().slice(2), name]);
        }
        const single = proba.some(([label]) => label === '');
        if (single && proba.length > 1) {
            throw this.error(line, 'p', `both a column 'p' and per-class columns (${proba.filter(([l]) => l).map(([, n]) => n).join(', ')}).`, "Use 'p' (the positive class's probability) for two classes, or one p_<class> column per class.");
        }
        const canonical = new Map();
        for (const [label, name] of proba) {
            const key = canonicalLabel(label);
            const before = canonical.get(key);
            if (before !== undefined)
                throw this.error(line, name, `the columns '${before}' and '${name}' name the same class.`, 'Keep one of them.');
            canonical.set(key, name);
            this.table.proba.set(key, []);
        }
        this.table.single = single;
        this.columns = { yTrue: yTrue, yPred: yPred, proba: proba.map(([label, name]) => [canonicalLabel(label), name]), id: seen.get('id'), group: seen.get('group') };
        if (this.columns.id !== undefined)
            this.table.ids = [];
        if (this.columns.group !== undefined)
            this.table.groups = [];
    }
    row(get, line) {
        const columns = this.columns;
        if (this.table.lines.length >= this.maxRows) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${this.file}: more than ${this.maxRows.toLocaleString('en-US')} rows (line ${line}); predictions are bounded to ${this.maxRows.toLocaleString('en-US')} examples.`, 'Write a sample of the evaluation set (e.g. df.sample(n=1_000_000, random_state=0)): the interval of a metric over a million examples is already tiny.');
        }
        const cell = (column, what) => {
            const value = get(column);
            if (value === undefined)
                throw this.error(line, column, `the row has no ${what}.`, 'Every row needs a value in every column.');
            if (value.trim() === '')
                throw this.error(line, column, `the ${what} is empty.`, 'Every row needs a value; drop the examples without one before writing the file.');
            return value;
        };
        this.table.yTrue.push(cell(columns.yTrue, 'y_true value'));
        this.table.yPred.push(cell(columns.yPred, 'y_pred value'));
        for (const [label, name] of columns.proba)
            this.table.proba.get(label).push(cell(name, `probability ${name}`));
        if (columns.id !== undefined)
            this.table.ids.push(cell(columns.id, 'id').trim());
        if (columns.group !== undefined)
            this.table.groups.push(cell(columns.group, 'group').trim());
        this.table.lines.push(line);
    }
    hasHeader() {
        return this.columns !== undefined;
    }
    error(line, column, problem, hint) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${this.file}, line ${line}, column ${column}: ${problem}`, hint);
    }
}
function readCsv(text, delimiter, reader, file, maxRows) {
    let index = new Map();
    try {
        (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, {
            delimiter,
            bom: true,
            skip_empty_lines: true,
            // one more than allowed, so that "too many" is seen without reading the rest
            to: maxRows + 2,
            on_record: (record, context) => {
                if (!reader.hasHeader()) {
                    reader.header(record, context.lines);
                    index = new Map(record.map((name, at) => [name, at]));
                }
                else {
                    reader.row((column) => record[index.get(column)], context.lines);
                }
                return null;
            },
        });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
            throw error;
        const line = error.lines;
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}${line ? `, line ${line}` : ''}: not valid ${delimiter === ',' ? 'CSV' : 'TSV'}: ${message}`, 'Every row has as many cells as the first line has columns; quote cells that contain the delimiter.');
    }
}
function jsonCell(value) {
    if (value === undefined)
        return undefined;
    if (value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return '\u0000object';
}
function readJsonLines(text, reader, file) {
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        line++;
        const source = text.slice(start, end).trim();
        start = end + 1;
        if (source === '')
            continue;
        let object;
        try {
            object = JSON.parse(source);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}, line ${line}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`, 'JSON lines: one object per line, such as {"y_true": 1.5, "y_pred": 1.2}.');
        }
        if (typeof object !== 'object' || object === null || Array.isArray(object)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}, line ${line}: not a JSON object.`, 'JSON lines: one object per line, such as {"y_true": 1.5, "y_pred": 1.2}.');
        }
        const record = object;
        if (!reader.hasHeader())
            reader.header(Object.keys(record), line);
        reader.row((column) => {
            const cell = jsonCell(record[column]);
            if (cell === '\u0000object')
                throw reader.error(line, column, 'the value is an object or a list, not a number or a label.', 'Write one number or label per column.');
            return cell;
        }, line);
    }
}
function numbers(cells, column, lines, reader, what) {
    const values = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
        const value = finiteNumber(cells[i]);
        if (value === undefined) {
            const cell = cells[i].trim();
            const problem = NOT_FINITE.test(cell) ? `'${cell}' is not a finite number` : `'${cell.slice(0, 40)}' is not a number`;
            throw reader.error(lines[i], column, `${problem} (${what}).`, 'Drop or fix the examples without a prediction before writing the file.');
        }
        values[i] = value;
    }
    return values;
}
function guessKind(table) {
    if (table.proba.size > 0)
        return 'classification';
    let text = false;
    let decimals = false;
    for (const cells of [table.yTrue, table.yPred]) {
        for (const cell of cells) {
            const value = finiteNumber(cell);
            if (value === undefined)
                text ||= !NOT_FINITE.test(cell.trim());
            else
                decimals ||= !Number.isInteger(value);
            if (text && decimals)
                return 'regression';
        }
    }
    return text ? 'classification' : 'regression';
}
function classification(table, reader, file) {
    const labelsOf = (cells, column) => cells.map((cell, i) => {
        if (NOT_FINITE.test(cell.trim()))
            throw reader.error(table.lines[i], column, `'${cell.trim()}' is not a class label.`, 'Drop the examples without a label before writing the file.');
        return canonicalLabel(cell);
    });
    const yTrue = labelsOf(table.yTrue, 'y_true');
    const yPred = labelsOf(table.yPred, 'y_pred');
    const n = yTrue.length;
    let proba;
    if (table.proba.size > 0) {
        const columns = new Map();
        for (const [label, cells] of table.proba) {
            const name = table.single ? 'p' : `p_${label}`;
            const values = numbers(cells, name, table.lines, reader, 'a probability');
            for (let i = 0; i < n; i++) {
                if (values[i] < 0 || values[i] > 1)
                    throw reader.error(table.lines[i], name, `${cells[i].trim()} is not a probability (outside [0, 1]).`, 'Write predict_proba() values, not scores or logits.');
            }
            columns.set(label, values);
        }
        if (table.single) {
            const present = sortLabels([...yTrue, ...yPred]);
            let classes;
            if (present.length === 2)
                classes = present;
            else if (present.length === 1)
                classes = sortLabels([present[0], complement(present[0], file)]);
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: a single probability column 'p' is for two classes; y_true and y_pred have ${present.length} (${present.slice(0, 10).join(', ')}).`, 'Write one column p_<class> per class (predict_proba() in the order of model.classes_).');
            }
            const positive = positiveClass(classes);
            const p = columns.get('');
            const q = new Float64Array(n);
            for (let i = 0; i < n; i++)
                q[i] = 1 - p[i];
            proba = { classes, p: classes.map((label) => (label === positive ? p : q)) };
        }
        else {
            const classes = sortLabels(columns.keys());
            for (const [cells, column] of [[yTrue, 'y_true'], [yPred, 'y_pred']]) {
                for (let i = 0; i < n; i++) {
                    if (!columns.has(cells[i])) {
                        throw reader.error(table.lines[i], column, `the class '${cells[i]}' has no probability column p_${cells[i]} (columns for: ${classes.slice(0, 10).join(', ')}).`, 'Write one column p_<class> per class the model knows (model.classes_).');
                    }
                }
            }
            proba = { classes, p: classes.map((label) => columns.get(label)) };
        }
    }
    return { kind: 'classification', n, yTrue, yPred, ...(proba ? { proba } : {}) };
}
/** The other class of a binary problem whose file shows only one. */
function complement(label, file) {
    const pairs = { '0': '1', '1': '0', true: 'false', false: 'true', '-1': '1' };
    const other = pairs[label];
    if (other === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: every example has the class '${label}', so a single column 'p' does not say which class it scores.`, `Name the columns after the classes: p_${label} and p_<other class>.`);
    }
    return other;
}
function checkIds(ids, lines, reader) {
    const first = new Map();
    for (let i = 0; i < ids.length; i++) {
        const before = first.get(ids[i]);
        if (before !== undefined) {
            throw reader.error(lines[i], 'id', `the id '${ids[i].slice(0, 60)}' is also on line ${lines[before]}.`, 'Ids align the examples of two revisions: each example needs its own.');
        }
        first.set(ids[i], i);
    }
}
/**
 * Parse a predictions file's text (CSV, TSV or JSON lines, by the extension of `file` or sniffed).
 * Every problem is a UsageError naming the file, the line and the column, and what to do.
 */
function parsePredictions(text, file, options = {}) {
    const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    if (!Number.isInteger(maxRows) || maxRows < 2)
        throw new RangeError(`maxRows ${maxRows} is not an integer of at least 2`);
    const format = detectFormat(text, file);
    const reader = new Reader(file, maxRows);
    if (format.kind === 'csv')
        readCsv(text, format.delimiter, reader, file, maxRows);
    else
        readJsonLines(text, reader, file);
    if (!reader.hasHeader())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: the file is empty.`, WRITE_HINT);
    const table = reader.table;
    const n = table.lines.length;
    if (n < 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: ${n === 0 ? 'no examples' : 'one example'}; an interval needs at least 2 (and is only useful with many more).`, WRITE_HINT);
    }
    if (table.ids)
        checkIds(table.ids, table.lines, reader);
    const kind = options.kind ?? guessKind(table);
    let predictions;
    if (kind === 'regression') {
        if (table.proba.size > 0)
            throw reader.error(1, table.single ? 'p' : 'p_…', 'probability columns in regression predictions.', 'Drop the probability columns, or read the file as classification.');
        predictions = {
            kind,
            n,
            yTrue: numbers(table.yTrue, 'y_true', table.lines, reader, 'a regression target'),
            yPred: numbers(table.yPred, 'y_pred', table.lines, reader, 'a regression prediction'),
        };
    }
    else {
        predictions = classification(table, reader, file);
    }
    if (table.ids)
        predictions.ids = table.ids;
    if (table.groups)
        predictions.groups = table.groups;
    return predictions;
}


/***/ })

};
