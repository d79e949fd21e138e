export const id = 7679;
export const ids = [7679];
export const modules = {

/***/ 97679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workspaceRows: () => (/* binding */ workspaceRows)
/* harmony export */ });
/* harmony import */ var _metrics_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92939);
/* harmony import */ var _metrics_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31766);
/* harmony import */ var _metrics_dvc_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24868);
/* harmony import */ var _metrics_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79341);
/** The workspace's metrics and params as rows, for labelling an image built outside a full run. */




async function workspaceRows(cwd) {
    const [metrics, params] = await Promise.all([(0,_metrics_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .collectMetrics */ .IE)(_metrics_load_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE */ .un, { cwd }), (0,_metrics_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .collectParams */ .Tm)(_metrics_load_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE */ .un, { cwd })]);
    const ok = (snapshot) => new Map([...snapshot.files].filter(([path]) => !snapshot.errors.some((error) => error.path === path)));
    return {
        metrics: (0,_metrics_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMetrics */ .f)((0,_metrics_dvc_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .dvcDiff */ .p$)(new Map(), ok(metrics), true), new Map()),
        params: (0,_metrics_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMetrics */ .f)((0,_metrics_dvc_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .dvcDiff */ .p$)(new Map(), ok(params), true), new Map()),
        warnings: [...metrics.errors, ...params.errors].map((error) => `${error.path}: ${error.message}`),
    };
}


/***/ }),

/***/ 31766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ compareMetrics)
/* harmony export */ });
/* harmony import */ var _direction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5544);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41048);
/**
 * Beyond DVC: each metric with its relative change and whether it got better or worse.
 * Built on the DVC diff (taken with `all`), so the numbers are the same ones DVC shows.
 */


function verdictOf(oldValue, newValue, direction) {
    if (oldValue === null && newValue !== null)
        return 'added';
    if (newValue === null && oldValue !== null)
        return 'removed';
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .pyEquals */ .PU)(oldValue, newValue))
        return 'unchanged';
    const before = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .toFloat */ .SP)(oldValue);
    const after = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .toFloat */ .SP)(newValue);
    if (direction === undefined || before === undefined || after === undefined || Number.isNaN(before) || Number.isNaN(after))
        return 'changed';
    return (after > before) === (direction === 'higher') ? 'better' : 'worse';
}
function compareMetrics(diff, overrides) {
    const rows = [];
    const guesses = new Map();
    for (const [path, changes] of diff) {
        for (const [key, change] of changes) {
            const direction = (0,_direction_js__WEBPACK_IMPORTED_MODULE_0__/* .directionOf */ .FR)(path, key, overrides, guesses);
            const row = { path, key, old: change.old, new: change.new, verdict: verdictOf(change.old, change.new, direction) };
            if (change.diff !== undefined)
                row.diff = change.diff;
            if (direction)
                row.direction = direction;
            if (change.oldUnreadable !== undefined) {
                row.baseUnreadable = change.oldUnreadable;
                // not "new": it may well have been there, only unreadable
                if (row.verdict === 'added')
                    row.verdict = 'changed';
            }
            const before = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .toFloat */ .SP)(change.old);
            const delta = change.diff === undefined ? undefined : Number(change.diff);
            if (before !== undefined && before !== 0 && delta !== undefined && Number.isFinite(delta / before)) {
                row.relativePercent = (delta / Math.abs(before)) * 100;
            }
            rows.push(row);
        }
    }
    return rows;
}


/***/ }),

/***/ 5544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   af: () => (/* binding */ parseDirections)
/* harmony export */ });
/* unused harmony export guessDirection */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Whether a metric is better higher or lower, guessed from its name (the last dotted segment,
 * split at `_`/`-`), unless the user said so. A wrong guess is worse than none, so names that
 * match neither list have no direction and are never called better or worse.
 */

const LOWER = new Set(['loss', 'error', 'err', 'rmse', 'mae', 'mse', 'mape', 'smape', 'rmsle', 'msle', 'logloss', 'wer', 'cer', 'perplexity', 'ppl', 'latency', 'brier', 'fpr', 'fnr']);
const HIGHER = new Set(['acc', 'accuracy', 'auc', 'roc', 'f1', 'f2', 'precision', 'recall', 'r2', 'map', 'ndcg', 'bleu', 'rouge', 'iou', 'dice', 'tpr', 'tnr', 'specificity', 'sensitivity', 'mcc', 'kappa', 'throughput']);
/** The last dotted segment: the metric's own name. */
const leafOf = (key) => key.slice(key.lastIndexOf('.') + 1);
function guessDirection(key) {
    const name = leafOf(key);
    const words = name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    // The last word that names a known metric decides: `val_loss` → lower, `loss_auc` → higher.
    for (const word of [...words].reverse()) {
        if (LOWER.has(word))
            return 'lower';
        if (HIGHER.has(word))
            return 'higher';
    }
    return undefined;
}
/**
 * An override (by `path:key`, key or name) or the guess from the name. `guesses` remembers the
 * guess per name for a caller that asks for many keys (a 100k-key diff has a few hundred names).
 */
function directionOf(path, key, overrides, guesses) {
    const leaf = leafOf(key);
    const overridden = overrides.size === 0 ? undefined : (overrides.get(`${path}:${key}`) ?? overrides.get(key) ?? overrides.get(leaf));
    if (overridden)
        return overridden;
    if (!guesses)
        return guessDirection(leaf);
    if (!guesses.has(leaf))
        guesses.set(leaf, guessDirection(leaf));
    return guesses.get(leaf);
}
/** `name=higher` / `name=lower` entries (from flags, action inputs or mlops.yaml). */
function parseDirections(entries) {
    const result = new Map();
    for (const entry of entries) {
        const match = /^\s*(.+?)\s*[=:]\s*(higher|lower)\s*$/i.exec(entry);
        if (!match) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`direction: '${entry}' is not of the form name=higher or name=lower.`, 'Example: --direction val_loss=lower');
        }
        result.set(match[1], match[2].toLowerCase());
    }
    return result;
}


/***/ }),

/***/ 24868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   W7: () => (/* binding */ formatDict),
/* harmony export */   p$: () => (/* binding */ dvcDiff)
/* harmony export */ });
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58655);
/* harmony import */ var _pyformat_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3317);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41048);
/**
 * The comparison behind `dvc metrics diff` and `dvc params diff` (dvc/utils/diff.py), ported
 * rule for rule: flattened keys, a `diff` only when both sides are numbers (bools count, as in
 * Python), one-element lists unwrapped, unchanged entries dropped unless `all`.
 */



function diffValues(oldValue, newValue, withUnchanged) {
    // the usual pair, two floats, without the general rules' conversions (NaN differs from itself, as in Python)
    if (typeof oldValue === 'number' && typeof newValue === 'number') {
        if (!withUnchanged && oldValue === newValue)
            return undefined;
        return { old: oldValue, new: newValue, diff: newValue - oldValue };
    }
    if (Array.isArray(oldValue) && Array.isArray(newValue) && oldValue.length === 1 && newValue.length === 1) {
        return diffValues(oldValue[0], newValue[0], withUnchanged);
    }
    if (!withUnchanged && (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .pyEquals */ .PU)(oldValue, newValue))
        return undefined;
    const change = { old: oldValue, new: newValue };
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyNumber */ .XI)(oldValue) && (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyNumber */ .XI)(newValue))
        change.diff = (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .pySubtract */ .ix)(newValue, oldValue);
    return change;
}
function lookup(data, path) {
    const empty = data === null || data === '' || data === 0 || data === 0n || data === false || (Array.isArray(data) && data.length === 0);
    if (empty)
        return { flat: new Map(), missing: null };
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(data))
        return { flat: new Map(), missing: 'unable to parse' };
    return { flat: (0,_flatten_js__WEBPACK_IMPORTED_MODULE_0__/* .flatten */ .B)(data, path), missing: null };
}
/** DVC's `format_dict`: lists become their Python repr (so `[64, 32]` diffs as text), dicts recurse. */
function formatDict(value) {
    if (!containsList(value))
        return value; // nothing to change: no copy of a 100k-key file
    if (Array.isArray(value))
        return (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_1__.pyRepr)(value);
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value)) {
        const out = (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .newRecord */ .Mx)();
        for (const [key, item] of Object.entries(value))
            out[key] = formatDict(item);
        return out;
    }
    return value;
}
function containsList(value) {
    if (Array.isArray(value))
        return true;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return false;
    for (const key in value)
        if (containsList(value[key]))
            return true;
    return false;
}
/**
 * Python's `sorted()` of strings (code points). JS's default sort compares UTF-16 units, which is
 * the same order unless a string has characters beyond U+FFFF, and much faster on 100k keys.
 */
function sortedKeys(keys) {
    // an array is sorted in place (the diff's own list of a million keys needs no copy)
    const list = Array.isArray(keys) ? keys : [...keys];
    return list.some((key) => /[\uD800-\uDFFF]/.test(key)) ? list.sort((a, b) => {
        const x = [...a];
        const y = [...b];
        for (let i = 0; i < Math.min(x.length, y.length); i++) {
            const d = x[i].codePointAt(0) - y[i].codePointAt(0);
            if (d !== 0)
                return d;
        }
        return x.length - y.length;
    }) : list.sort();
}
/** Both sides' keys once each: the old side's, then the new side's that the old lacks. */
function keysOf(old, now) {
    const all = [...old.keys()];
    for (const key of now.keys())
        if (!old.has(key))
            all.push(key);
    return all;
}
function diffFile(path, oldData, newData, withUnchanged) {
    const changes = new Map();
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(oldData) && !(0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(newData)) {
        const change = diffValues(oldData, newData, withUnchanged);
        if (change)
            changes.set('', change);
        return changes;
    }
    const oldFlat = lookup(oldData, path);
    const newFlat = lookup(newData, path);
    for (const key of sortedKeys(keysOf(oldFlat.flat, newFlat.flat))) {
        const change = diffValues(oldFlat.flat.get(key) ?? oldFlat.missing, newFlat.flat.get(key) ?? newFlat.missing, withUnchanged);
        if (change)
            changes.set(key, change);
    }
    return changes;
}
/** Compare every file at two revisions. Files with no changes are left out. */
function dvcDiff(oldRevision, newRevision, withUnchanged) {
    const result = new Map();
    const paths = sortedKeys(new Set([...oldRevision.keys(), ...newRevision.keys()]));
    for (const path of paths) {
        // A file missing at a revision counts as `{}`, as DVC's `.get("data", {})` makes it.
        const changes = diffFile(path, formatDict(oldRevision.get(path) ?? {}), formatDict(newRevision.get(path) ?? {}), withUnchanged);
        if (changes.size > 0)
            result.set(path, changes);
    }
    return result;
}


/***/ })

};
