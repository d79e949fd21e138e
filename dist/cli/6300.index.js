export const id = 6300;
export const ids = [6300,6598];
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
/* harmony import */ var _pyformat_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3317);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41048);
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
    if (!withUnchanged && (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .pyEquals */ .PU)(oldValue, newValue))
        return undefined;
    const change = { old: oldValue, new: newValue };
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyNumber */ .XI)(oldValue) && (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyNumber */ .XI)(newValue))
        change.diff = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .pySubtract */ .ix)(newValue, oldValue);
    return change;
}
function lookup(data, path) {
    const empty = data === null || data === '' || data === 0 || data === 0n || data === false || (Array.isArray(data) && data.length === 0);
    if (empty)
        return { flat: new Map(), missing: null };
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(data))
        return { flat: new Map(), missing: 'unable to parse' };
    return { flat: (0,_flatten_js__WEBPACK_IMPORTED_MODULE_0__/* .flatten */ .B)(data, path), missing: null };
}
/** DVC's `format_dict`: lists become their Python repr (so `[64, 32]` diffs as text), dicts recurse. */
function formatDict(value) {
    if (!containsList(value))
        return value; // nothing to change: no copy of a 100k-key file
    if (Array.isArray(value))
        return (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_2__.pyRepr)(value);
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value)) {
        const out = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .newRecord */ .Mx)();
        for (const [key, item] of Object.entries(value))
            out[key] = formatDict(item);
        return out;
    }
    return value;
}
function containsList(value) {
    if (Array.isArray(value))
        return true;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value))
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
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(oldData) && !(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(newData)) {
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


/***/ }),

/***/ 76598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ checkYamlDepth),
/* harmony export */   FA: () => (/* binding */ parseConfigYaml),
/* harmony export */   _1: () => (/* binding */ loadTomlParser),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   jE: () => (/* binding */ parseStructured),
/* harmony export */   o2: () => (/* binding */ UnreadableFileError)
/* harmony export */ });
/* unused harmony exports parseNumberLiteral, MAX_YAML_DEPTH */
/* harmony import */ var lossless_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(875);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41048);
/**
 * Turns the text of a metrics or params file into values, keeping Python's int/float split.
 * Libraries do the parsing (lossless-json, yaml, smol-toml, csv-parse); this file only picks one
 * by extension (unknown extensions are YAML, as in DVC) and turns their errors into messages that
 * name the file and the place.
 */




function formatOf(path) {
    const extension = path.toLowerCase().split('.').pop();
    switch (extension) {
        case 'json':
            return 'json';
        case 'toml':
            return 'toml';
        case 'csv':
            return 'csv';
        case 'tsv':
            return 'tsv';
        default:
            return 'yaml';
    }
}
/** A file (at a revision) that could not be read: DVC's verbs warn and show it as missing. */
class UnreadableFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC {
    path;
    reason;
    constructor(path, reason) {
        super(`${path}: ${reason}`);
        this.path = path;
        this.reason = reason;
        this.name = 'UnreadableFileError';
    }
}
/** A number literal as Python reads it: digits only is an int, anything else a float. */
function parseNumberLiteral(text) {
    return (0,lossless_json__WEBPACK_IMPORTED_MODULE_0__/* .isInteger */ .Fq)(text) ? BigInt(text) : Number(text);
}
/**
 * Python's json module (so DVC, and `json.dump` in a training script) reads and writes NaN,
 * Infinity and -Infinity; strict JSON parsers refuse them. Outside strings they become marked
 * strings for the parser and numbers again afterwards.
 */
const NON_FINITE_MARK = '\u0000mlops-nonfinite:';
const NON_FINITE_TOKEN = /"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g;
function markNonFinite(text) {
    return text.replace(NON_FINITE_TOKEN, (token) => (token.startsWith('"') ? token : `"${NON_FINITE_MARK.replace('\u0000', '\\u0000')}${token}"`));
}
function unmarkNonFinite(value) {
    if (typeof value === 'string' && value.startsWith(NON_FINITE_MARK))
        return Number(value.slice(NON_FINITE_MARK.length));
    if (Array.isArray(value))
        return value.map(unmarkNonFinite);
    if (typeof value === 'object' && value !== null) {
        const object = value;
        for (const key of Object.keys(object))
            object[key] = unmarkNonFinite(object[key]);
    }
    return value;
}
/** The index just past the string whose opening quote is before `from` (escaped quotes skipped). */
function stringEnd(text, from) {
    for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === 0x5c)
            backslashes++;
        if (backslashes % 2 === 0)
            return quote + 1;
    }
    return text.length;
}
/** Whether the token ends in a point and zeros only (`1.0`, `-2.000`): a float whose value is an integer. */
function endsInPointZeros(text, start, end) {
    let at = end - 1;
    while (at > start && text.charCodeAt(at) === 0x30)
        at--;
    return at < end - 1 && text.charCodeAt(at) === 0x2e;
}
/**
 * Whether the native parser would lose Python's view of a number: a float token with an integral
 * value (`1.0`, `2e3`) or an integer too long for a double. Any other token reads back exactly:
 * integral means int, anything else float. One pass over the text, strings skipped whole; only a
 * token that could be ambiguous (an exponent, 16 characters or more, a point and zeros) is
 * converted and looked at.
 */
function hasAmbiguousNumber(text) {
    const length = text.length;
    let i = 0;
    while (i < length) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            i = stringEnd(text, i + 1);
            continue;
        }
        if (c !== 0x2d && (c < 0x30 || c > 0x39)) {
            i++;
            continue;
        }
        const start = i++;
        let point = false;
        let exponent = false;
        for (; i < length; i++) {
            const d = text.charCodeAt(i);
            if (d >= 0x30 && d <= 0x39)
                continue;
            if (d === 0x2e)
                point = true;
            else if (d === 0x65 || d === 0x45)
                exponent = true;
            else if (!((d === 0x2b || d === 0x2d) && exponent))
                break;
        }
        if (!exponent && i - start < 16 && !(point && endsInPointZeros(text, start, i)))
            continue;
        const value = Number(text.slice(start, i));
        if (point || exponent ? Number.isInteger(value) : !Number.isSafeInteger(value))
            return true;
    }
    return false;
}
/**
 * The native parser's result with integral numbers as ints (bigint), as Python reads them. Only
 * what changes is written back: rewriting every float would box each one again.
 */
function intsAsBigInt(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? BigInt(value) : value;
    if (typeof value !== 'object' || value === null)
        return value;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (typeof item === 'object' ? item !== null : typeof item === 'number' && Number.isInteger(item))
                value[i] = intsAsBigInt(item);
        }
        return value;
    }
    const object = value;
    for (const key in object) {
        const item = object[key];
        if (typeof item === 'object' ? item !== null : typeof item === 'number' && Number.isInteger(item))
            object[key] = intsAsBigInt(item);
    }
    return value;
}
/** Python's json keeps the last of duplicate keys. */
const JSON_OPTIONS = { parseNumber: parseNumberLiteral, onDuplicateKey: ({ newValue }) => newValue };
/** Normalise what a parser returned into our Value model (dates become ISO strings). */
function normalise(raw) {
    if (raw === undefined)
        return null;
    if (raw instanceof Date)
        return raw.toISOString();
    if (Array.isArray(raw))
        return raw.map(normalise);
    if (typeof raw === 'object' && raw !== null) {
        const out = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .newRecord */ .Mx)();
        for (const [key, value] of Object.entries(raw))
            out[key] = normalise(value);
        return out;
    }
    return raw;
}
function describeParseError(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError || /Maximum call stack size exceeded/.test(message))
        return 'it is nested too deeply to read';
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(message.split('\n')[0].replace(/:$/, ''));
}
/** Deeper nesting than any metrics, params or options file needs; far below what overflows the stack. */
const MAX_YAML_DEPTH = 256;
/** Nodes a YAML file may expand to through aliases, beyond its own size: a billion laughs is refused. */
const MAX_YAML_NODES = 1_000_000;
/**
 * An upper bound of how deep YAML text nests, without parsing it (the parser itself recurses and
 * overflows the stack thousands of levels down): distinct indentation levels plus the `- ` / `? `
 * entries that open a collection on the same line, plus open flow brackets. The line of the first
 * place past the limit, or undefined.
 */
function lineTooDeep(text, limit) {
    const indents = [];
    let flow = 0;
    let line = 0;
    for (const raw of text.split('\n')) {
        line++;
        const body = raw.replace(/^ +/, '');
        if (body === '' || body.startsWith('#'))
            continue;
        const indent = raw.length - body.length;
        if (flow === 0) {
            while (indents.length > 0 && indents.at(-1) >= indent)
                indents.pop();
            indents.push(indent);
        }
        const entries = /^(?:[-?:](?:[ \t]+|$))*/.exec(body)[0].replace(/[^-?:]/g, '').length;
        const block = indents.length + entries;
        if (block > limit)
            return line;
        for (const char of body) {
            if (char === '[' || char === '{') {
                if (block + ++flow > limit)
                    return line;
            }
            else if ((char === ']' || char === '}') && flow > 0)
                flow--;
        }
    }
    return undefined;
}
/**
 * How many nodes the document becomes with every alias expanded (each anchor counted once). An
 * alias inside the value it names (`a: &a {b: *a}`) would make a value without end: refused.
 */
function expandedSize(document, text) {
    const sizes = new Map();
    const open = new Set();
    const size = (node) => {
        if (node === null || node === undefined || (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(node))
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        if (open.has(node))
            return 1;
        open.add(node);
        let count = 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isAlias)(node)) {
            const target = node.resolve(document);
            const line = node.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
            if (target === undefined)
                throw new Error(`the alias *${node.source}${line ? ` at line ${line}` : ''} names no anchor (&${node.source}) before it`);
            if (open.has(target)) {
                throw new Error(`the alias *${node.source}${line ? ` at line ${line}` : ''} is inside the value it names, which would never end`);
            }
            count = size(target);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isPair)(node))
            count = size(node.key) + size(node.value);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isCollection)(node))
            for (const item of node.items)
                count += size(item);
        open.delete(node);
        sizes.set(node, count);
        return count;
    };
    return size(document.contents);
}
/**
 * The one YAML reader (metrics and params files, dvc.yaml, mlops.yaml): YAML 1.2 core schema, as
 * ruamel.yaml (DVC's loader) reads it, ints as bigint; duplicate keys, unknown tags, directives
 * and warnings refused as ruamel refuses them; nesting and alias expansion bounded. Throws plain
 * errors; parseStructured names the file.
 */
function parseYamlText(text, { bigInts = true } = {}) {
    const deep = lineTooDeep(text, MAX_YAML_DEPTH);
    if (deep !== undefined)
        throw new Error(`nested more than ${MAX_YAML_DEPTH} levels deep at line ${deep}; flatten it`);
    const documents = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text, { intAsBigInt: bigInts, uniqueKeys: true, logLevel: 'silent', prettyErrors: true });
    // an empty stream is null, as an empty document is
    if (!Array.isArray(documents) || documents.length === 0)
        return null;
    if (documents.length > 1) {
        const second = documents[1].range[0];
        throw new Error(`holds ${documents.length} YAML documents (a second one starts at line ${text.slice(0, second).split('\n').length}); a metrics, params or options file is one document: remove the --- separator`);
    }
    const document = documents[0];
    const problem = document.errors[0] ?? document.warnings[0];
    if (problem)
        throw new Error(describeYamlProblem(problem, text));
    const limit = MAX_YAML_NODES + text.length;
    if (expandedSize(document, text) > limit)
        throw new Error('its aliases expand to more than a million values; write the values out or use fewer aliases');
    return document.toJS({ maxAliasCount: -1 });
}
/**
 * The same bounded, strict YAML reader for the tool's own configuration files (a canary analysis
 * file): plain JS numbers, errors in our words; throws a plain Error the caller names the file in.
 */
function parseConfigYaml(text) {
    return parseYamlText(text, { bigInts: false });
}
/** Throws when the text nests deeper than the YAML reader allows (a reader with its own rules, like the KFP IR's, checks this first). */
function checkYamlDepth(text) {
    const deep = lineTooDeep(text, MAX_YAML_DEPTH);
    if (deep !== undefined)
        throw new Error(`nested more than ${MAX_YAML_DEPTH} levels deep at line ${deep}; flatten it`);
}
/** The key a DUPLICATE_KEY error points at, quoted, read from its line (the parser gives only where it starts). */
function repeatedKey(problem, text) {
    const at = problem.linePos?.[0];
    const rest = at ? (text.split('\n')[at.line - 1] ?? '').slice(at.col - 1) : '';
    const key = /^(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^:]*?))\s*:(?:\s|$)/.exec(rest);
    const name = key ? (key[1] ?? key[2] ?? key[3] ?? '').slice(0, 80) : '';
    return name ? `the key '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(name)}'` : 'a key';
}
/** The parser's complaint in our words: what is wrong and where, never the library's code names. */
function describeYamlProblem(problem, text) {
    const where = problem.linePos ? ` at line ${problem.linePos[0].line}, column ${problem.linePos[0].col}` : '';
    const first = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    switch (problem.code) {
        case 'DUPLICATE_KEY':
            return `${repeatedKey(problem, text)} is repeated${where}; each key may appear once (the first value would be lost)`;
        case 'TAG_RESOLVE_FAILED':
            return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(first.replace(/^Unresolved tag/, 'unknown tag'))}${where}; only plain YAML values are read (no language-specific tags such as !!python/object)`;
        case 'BAD_DIRECTIVE':
            return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(first)}${where}; remove the %YAML directive or write %YAML 1.2`;
        default:
            return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(first)}${where}`;
    }
}
let tomlParser;
/** TOML is rare in ML projects: its parser loads when the first TOML file does, not at start-up. */
async function loadTomlParser() {
    tomlParser ??= (await __webpack_require__.e(/* import() */ 3292).then(__webpack_require__.bind(__webpack_require__, 3292))).parse;
}
/**
 * Parse JSON, YAML or TOML text (TOML after `loadTomlParser()`).
 * Throws UnreadableFileError naming the file and what is wrong.
 */
function parseStructured(text, format, path) {
    try {
        switch (format) {
            case 'json':
                // Fast and exact for the usual file; lossless-json where a token's text matters.
                if (!/NaN|Infinity/.test(text) && !hasAmbiguousNumber(text))
                    return intsAsBigInt(JSON.parse(text));
                if (!/NaN|Infinity/.test(text))
                    return (0,lossless_json__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, null, JSON_OPTIONS);
                return normalise(unmarkNonFinite((0,lossless_json__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(markNonFinite(text), null, JSON_OPTIONS)));
            case 'toml':
                if (!tomlParser)
                    throw new Error('the TOML parser is not loaded (call loadTomlParser first)');
                return normalise(tomlParser(text, { integersAsBigInt: true }));
            case 'yaml':
                return normalise(parseYamlText(text));
        }
    }
    catch (error) {
        throw new UnreadableFileError(path, `malformed ${format.toUpperCase()}: ${describeParseError(error)}`);
    }
}


/***/ }),

/***/ 41048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ newRecord),
/* harmony export */   PU: () => (/* binding */ pyEquals),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   SP: () => (/* binding */ toFloat),
/* harmony export */   XI: () => (/* binding */ isPyNumber),
/* harmony export */   ix: () => (/* binding */ pySubtract)
/* harmony export */ });
/**
 * An empty mapping for keys that come from input files: no prototype, so a key such as
 * `__proto__` or `constructor` is a key like any other, never an inherited value or a setter.
 */
function newRecord() {
    return Object.create(null);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `isinstance(v, (int, float))` in Python: true for bools too. */
function isPyNumber(value) {
    return typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean';
}
/** Python's `new - old` for two numbers: int − int stays int, anything with a float is a float. */
function pySubtract(a, b) {
    const ai = typeof a === 'boolean' ? BigInt(a) : a;
    const bi = typeof b === 'boolean' ? BigInt(b) : b;
    if (typeof ai === 'bigint' && typeof bi === 'bigint')
        return ai - bi;
    return Number(ai) - Number(bi);
}
/** A number as a JS float, for arithmetic that leaves DVC's outputs (percentages, gates, charts). */
function toFloat(value) {
    if (typeof value === 'bigint' || typeof value === 'number')
        return Number(value);
    return undefined;
}
/** Python's `==` for the values DVC compares (1 == 1.0 is True, True == 1 is True). */
function pyEquals(a, b) {
    // two floats, nearly every metric: IEEE equality is Python's (nan != nan, -0.0 == 0.0)
    if (typeof a === 'number' && typeof b === 'number')
        return a === b;
    if (a === undefined || b === undefined)
        return a === b;
    if (isPyNumber(a) && isPyNumber(b)) {
        const an = typeof a === 'boolean' ? BigInt(a) : a;
        const bn = typeof b === 'boolean' ? BigInt(b) : b;
        if (typeof an === 'bigint' && typeof bn === 'bigint')
            return an === bn;
        // bigint == number compares exact values, as Python's int == float does
        return an == bn;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => pyEquals(item, b[i]));
    }
    if (isPlainObject(a) || isPlainObject(b)) {
        if (!isPlainObject(a) || !isPlainObject(b))
            return false;
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((key) => key in b && pyEquals(a[key], b[key]));
    }
    return a === b;
}


/***/ })

};
