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


/***/ })

};
