export const id = 4189;
export const ids = [4189];
export const modules = {

/***/ 66754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ CollectMemo)
/* harmony export */ });
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92939);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42226);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79671);
/**
 * What several reads at the same revisions would each look up: a revision's commit, the project,
 * the dvc.yaml files at a revision and what they declare. One run's metrics, params and plots
 * share one (made after training, so nothing it remembers can change underneath); each git
 * question is then asked once.
 */



class CollectMemo {
    revisions = new Map();
    targets = new Map();
    projects = new Map();
    listed = new Map();
    project(cwd) {
        return remembered(this.projects, cwd, () => (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .findProject */ .t1)(cwd));
    }
    revision(cwd, name) {
        return remembered(this.revisions, `${cwd}\0${name}`, () => (0,_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRevision */ .eZ)(cwd, name));
    }
    /** The project's dvc.yaml files at a revision (a `git ls-tree` or `ls-files` and the .dvcignore files). */
    dvcYamlFiles(revision, project) {
        return remembered(this.listed, `${project.root}\0${revision.commit ?? ''}`, () => (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .dvcYamlFiles */ .Qg)(revision, project));
    }
    targetsAt(revision, cwd, explicit) {
        const key = [cwd, revision.commit ?? '', ...(explicit ?? [])].join('\0');
        return remembered(this.targets, key, () => (0,_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .findTargets */ .q8)(revision, { cwd }, explicit, this));
    }
}
function remembered(cache, key, compute) {
    let found = cache.get(key);
    if (!found)
        cache.set(key, (found = compute()));
    return found;
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


/***/ }),

/***/ 74189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_PRECISION: () => (/* binding */ DEFAULT_PRECISION),
/* harmony export */   diffMetricsData: () => (/* binding */ diffMetricsData),
/* harmony export */   diffParamsData: () => (/* binding */ diffParamsData),
/* harmony export */   firstChanged: () => (/* binding */ firstChanged),
/* harmony export */   formatField: () => (/* binding */ formatField),
/* harmony export */   metricsDiff: () => (/* binding */ metricsDiff),
/* harmony export */   metricsShow: () => (/* binding */ metricsShow),
/* harmony export */   paramsDiff: () => (/* binding */ paramsDiff),
/* harmony export */   paramsShow: () => (/* binding */ paramsShow),
/* harmony export */   renderMetricsDiff: () => (/* binding */ renderMetricsDiff),
/* harmony export */   renderParamsDiff: () => (/* binding */ renderParamsDiff),
/* harmony export */   warningsOf: () => (/* binding */ warningsOf),
/* harmony export */   writeDiffJson: () => (/* binding */ writeDiffJson)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71243);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92939);
/* harmony import */ var _collect_memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66754);
/* harmony import */ var _dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24868);
/* harmony import */ var _pyformat_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3317);
/* harmony import */ var _tabulate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80523);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41048);
/**
 * `metrics show|diff` and `params show|diff`, producing exactly what DVC 3 prints on stdout
 * (docs/dvc-compat.md): same columns, number formatting, ordering, markdown and JSON. Problems
 * with single files go to `warnings` (stderr), naming the file and the revision, and the
 * verb still succeeds, as DVC's does.
 */







const DEFAULT_PRECISION = 5;
const FILL = '-';
/** DVC's `_format_field`: floats rounded with `round(x, precision)` when a precision applies, then `str()`. */
function formatField(value, precision) {
    if (value === undefined || value === null)
        return FILL;
    if (typeof value === 'number' && precision)
        return (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.pyRepr)((0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.pyRound)(value, precision));
    return (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.pyStr)(value);
}
function renderTable(headers, rows, flags) {
    if (flags.markdown)
        return `${(0,_tabulate_js__WEBPACK_IMPORTED_MODULE_5__/* .githubTable */ .w)(headers, rows)}\n\n`;
    const text = (0,_tabulate_js__WEBPACK_IMPORTED_MODULE_5__/* .plainTable */ .$)(headers, rows);
    return text ? `${text}\n` : '';
}
function dropColumn(headers, rows, name) {
    const index = headers.indexOf(name);
    if (index < 0)
        return;
    headers.splice(index, 1);
    for (const row of rows)
        row.splice(index, 1);
}
function warningsOf(snapshots, what) {
    return snapshots.flatMap((snapshot) => [
        ...(snapshot.revisionError ? [`failed to load ${what} in revision '${snapshot.revision.name}', ${snapshot.revisionError}`] : []),
        ...snapshot.errors.map((error) => `${error.path} at ${snapshot.revision.name}: ${error.message} (shown as ${FILL})`),
    ]);
}
/** Files that loaded, for the diff: errored files count as `{}` there. */
function loaded(snapshot) {
    const failed = new Set(snapshot.errors.map((error) => error.path));
    return new Map([...snapshot.files].filter(([path]) => !failed.has(path)));
}
/**
 * `--json` of a diff: `{path: {key: {"old", "new", "diff"?}}}` as json.dumps prints it, written
 * straight from the diff (a million keys need no second copy of it), in the diff's sorted order;
 * `extra` is one more top-level key after the files (the report's `_mlops`).
 */
function writeDiffJson(files, indent, extra) {
    const out = new _pyformat_js__WEBPACK_IMPORTED_MODULE_4__.TextBuilder();
    // json.dumps with an indent breaks the line before each item; without one, ", " separates them
    const [pad0, pad1, pad2, pad3] = [0, 1, 2, 3].map((level) => (indent === undefined ? '' : `\n${' '.repeat(indent * level)}`));
    const comma = indent === undefined ? ', ' : ',';
    let firstPath = true;
    for (const [path, changes] of files) {
        out.add(`${firstPath ? '{' : comma}${pad1}${(0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.jsonString)(path)}: `);
        firstPath = false;
        let first = true;
        for (const [key, change] of changes) {
            out.add(`${first ? '{' : comma}${pad2}${(0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.jsonString)(key)}: {${pad3}"old": `);
            first = false;
            (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.appendJson)(out, change.old, indent, 3);
            out.add(`${comma}${pad3}"new": `);
            (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.appendJson)(out, change.new, indent, 3);
            out.add(change.diff === undefined ? `${pad2}}` : `${comma}${pad3}"diff": ${(0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.jsonScalar)(change.diff)}${pad2}}`);
        }
        out.add(first ? '{}' : `${pad1}}`);
    }
    if (extra) {
        out.add(`${firstPath ? '{' : comma}${pad1}${(0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.jsonString)(extra[0])}: `);
        firstPath = false;
        (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.appendJson)(out, extra[1], indent, 1);
    }
    out.add(firstPath ? '{}' : `${pad0}}`);
    return out;
}
function diffJson(diff, indent) {
    const out = writeDiffJson(diff, indent);
    out.add('\n');
    return out.pieces();
}
/** dvc/compare.py `diff_table`. */
function diffTable(diff, title, aRev, bRev, showChange, precision, flags) {
    const headers = ['Path', title, aRev, bRev, 'Change'];
    const rows = [];
    for (const [path, changes] of diff) {
        for (const [key, change] of changes) {
            rows.push([path, key, formatField(change.old, precision), formatField(change.new, precision), formatField(change.diff, precision)]);
        }
    }
    if (flags.noPath)
        dropColumn(headers, rows, 'Path');
    if (!showChange)
        dropColumn(headers, rows, 'Change');
    return renderTable(headers, rows, flags);
}
async function readBoth(input, collect) {
    const aRev = input.aRev ?? 'HEAD';
    const bRev = input.bRev ?? 'workspace';
    // Each side is read as soon as its revision is known: the workspace's at once, beside git
    // resolving the other; both share the project's lookup and, for one revision, its dvc.yaml.
    const memo = input.memo ?? new _collect_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .CollectMemo */ .r();
    const shared = { ...input, memo };
    const revisions = [memo.revision(input.cwd, aRev), memo.revision(input.cwd, bRev)];
    const snapshots = revisions.map((revision) => revision.then((known) => collect(known, shared)));
    for (const snapshot of snapshots)
        snapshot.catch(() => undefined); // awaited below, after the revisions
    await Promise.all(revisions); // an unknown revision is the error, whatever a read would say
    const [old, now] = (await Promise.all(snapshots));
    return [old, now, aRev, bRev];
}
/**
 * Marks the changes whose old value is unknown because the old file (or dvc.yaml) was there but
 * could not be read: "absent at the base" lets a regression gate pass, "unreadable" must not.
 */
function markUnreadableOld(diff, old) {
    const reasons = new Map();
    for (const error of old.errors) {
        if (error.type !== 'FileNotFoundError')
            reasons.set(error.path, `${error.path} at ${old.revision.name}: ${error.message}`);
    }
    const everywhere = old.revisionError === undefined ? undefined : `the ${old.revision.name} revision: ${old.revisionError}`;
    for (const [path, changes] of diff) {
        const reason = reasons.get(path) ?? everywhere;
        if (reason === undefined)
            continue;
        for (const change of changes.values())
            if (change.old === null)
                change.oldUnreadable = reason;
    }
    return diff;
}
/** The diff itself, for callers that need the data rather than the text (the report). */
async function diffMetricsData(input) {
    const [old, now] = await readBoth(input, _collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectMetrics */ .IE);
    return { diff: markUnreadableOld((0,_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .dvcDiff */ .p$)(loaded(old), loaded(now), input.all ?? false), old), snapshots: [old, now] };
}
async function diffParamsData(input) {
    const [old, now] = await readBoth(input, _collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectParams */ .Tm);
    return { diff: (0,_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .dvcDiff */ .p$)(loaded(old), loaded(now), input.all ?? false), snapshots: [old, now] };
}
/**
 * The first `limit` changed entries of a diff taken with `all` (in DVC's table order), and how
 * many more changed: a run's log shows a table a person reads, not a million lines.
 */
function firstChanged(diff, limit) {
    const shown = new Map();
    let kept = 0;
    let more = 0;
    for (const [path, changes] of diff) {
        for (const [key, change] of changes) {
            if ((0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .pyEquals */ .PU)(change.old, change.new))
                continue;
            if (kept === limit) {
                more++;
                continue;
            }
            kept++;
            const entries = shown.get(path);
            if (entries)
                entries.set(key, change);
            else
                shown.set(path, new Map([[key, change]]));
        }
    }
    return { diff: shown, more };
}
/** The `dvc metrics diff` table for a diff already taken. */
function renderMetricsDiff(diff, aRev, bRev, flags = {}) {
    return diffTable(diff, 'Metric', aRev, bRev, true, flags.precision || DEFAULT_PRECISION, flags);
}
/** The `dvc params diff` table for a diff already taken. */
function renderParamsDiff(diff, aRev, bRev, flags = {}) {
    return diffTable(diff, 'Param', aRev, bRev, false, undefined, flags);
}
/**
 * DVC's `metrics diff`/`params diff` return `{}` before reading anything when the repository has
 * no commits yet (`if repo.scm.no_commits`), whatever revisions were named: an empty table, exit 0.
 * The check runs beside the reads (one git call less to wait for); their failure then counts
 * only when there are commits.
 */
async function diffVerb(input, take, what, render) {
    const taken = take(input).then((data) => ({ data }), (error) => ({ error }));
    const aRev = input.aRev ?? 'HEAD';
    const bRev = input.bRev ?? 'workspace';
    if (await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNoCommits */ .s2)(input.cwd))
        return { stdout: input.json ? diffJson(new Map(), input.jsonIndent) : render(new Map(), aRev, bRev, input), warnings: [] };
    const result = await taken;
    if ('error' in result)
        throw result.error;
    const { diff, snapshots } = result.data;
    const warnings = warningsOf(snapshots, what);
    return { stdout: input.json ? diffJson(diff, input.jsonIndent) : render(diff, aRev, bRev, input), warnings };
}
/** `dvc metrics diff [a_rev] [b_rev]`. */
function metricsDiff(input) {
    return diffVerb(input, diffMetricsData, 'metrics', renderMetricsDiff);
}
/** `dvc params diff [a_rev] [b_rev]`: no Change column, values as Python prints them. */
function paramsDiff(input) {
    return diffVerb(input, diffParamsData, 'params', renderParamsDiff);
}
/** dvc/compare.py `metrics_table`: a row per file, a column per (sorted) key, `-` where a file lacks one. */
function showTable(snapshot, precision, flags) {
    const failed = new Set(snapshot.errors.map((error) => error.path));
    const columns = new Set();
    const cells = [];
    for (const [path, value] of snapshot.files) {
        const row = new Map();
        if (!failed.has(path)) {
            for (const [key, item] of (0,_collect_js__WEBPACK_IMPORTED_MODULE_1__/* .flattenedFile */ .Kv)(path, (0,_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDict */ .W7)(value))) {
                row.set(key, formatField(item, precision));
                columns.add(key);
            }
        }
        cells.push(row);
    }
    const keys = (0,_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .sortedKeys */ .Mf)(columns);
    const headers = ['Path', ...keys];
    const paths = [...snapshot.files.keys()];
    const rows = cells.map((row, i) => [paths[i], ...keys.map((key) => row.get(key) ?? FILL)]);
    if (flags.noPath)
        dropColumn(headers, rows, 'Path');
    return renderTable(headers, rows, flags);
}
/** `metrics show --json`: `{"": {"data": {path: {"data": …} | {"error": {type, msg}}}}}`, as DVC nests it. */
function showJson(snapshot, indent) {
    const errors = new Map(snapshot.errors.map((error) => [error.path, error]));
    const files = (0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .newRecord */ .Mx)();
    for (const [path, value] of snapshot.files) {
        const error = errors.get(path);
        files[path] = error ? { error: { type: error.type, msg: `${path}: ${error.message}` } } : { data: value };
    }
    const revision = snapshot.revisionError ? { error: { type: 'DvcException', msg: snapshot.revisionError } } : { data: files };
    const out = new _pyformat_js__WEBPACK_IMPORTED_MODULE_4__.TextBuilder();
    (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.appendJson)(out, { '': revision }, indent);
    out.add('\n');
    return out.pieces();
}
async function show(input, what) {
    const collect = what === 'metrics' ? _collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectMetrics */ .IE : _collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectParams */ .Tm;
    const snapshot = await collect(await (0,_collect_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRevision */ .eZ)(input.cwd, 'workspace'), { ...input, keyOrder: input.json === true });
    const warnings = warningsOf([snapshot], what);
    if (input.json)
        return { stdout: showJson(snapshot, input.jsonIndent), warnings };
    const precision = what === 'metrics' ? input.precision || DEFAULT_PRECISION : undefined;
    return { stdout: showTable(snapshot, precision, input), warnings };
}
/** `dvc metrics show`. */
function metricsShow(input) {
    return show(input, 'metrics');
}
/**
 * `mlops params show`: DVC has no such command (only the Python API), so this shows params the way
 * `metrics show` shows metrics, with values printed as `params diff` prints them.
 */
function paramsShow(input) {
    return show(input, 'params');
}


/***/ }),

/***/ 80523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ plainTable),
/* harmony export */   w: () => (/* binding */ githubTable)
/* harmony export */ });
/**
 * The two table layouts DVC prints through python-tabulate with `disable_numparse=True`:
 * "plain" (columns split by two spaces) and "github" (markdown with `|`). Every cell is left
 * aligned text, and each column is at least its header plus tabulate's MIN_PADDING of 2 wide.
 */
const MIN_PADDING = 2;
const SURROGATE = /[\uD800-\uDFFF]/;
/** Width as tabulate measures it without wcwidth: code points (UTF-16 units unless a pair is there). */
const width = (text) => (SURROGATE.test(text) ? [...text].length : text.length);
const pad = (text, size) => {
    const missing = size - width(text);
    return missing > 0 ? text + ' '.repeat(missing) : text;
};
/** tabulate strips every cell (PRESERVE_WHITESPACE is off). */
function stripped(rows) {
    return rows.map((row) => row.map((cell) => cell.trim()));
}
function columnWidths(headers, rows) {
    const widths = headers.map((header) => width(header) + MIN_PADDING);
    for (const row of rows) {
        for (let i = 0; i < row.length; i++) {
            const cell = width(row[i]);
            if (cell > (widths[i] ?? 0))
                widths[i] = cell;
        }
    }
    return widths;
}
/** tabulate(..., tablefmt="plain"). No rows prints nothing, as DVC's `ui.table` does. */
function plainTable(headers, rawRows) {
    if (rawRows.length === 0)
        return '';
    const rows = stripped(rawRows);
    const widths = columnWidths(headers, rows);
    // tabulate's _build_simple_row right-trims each line
    const line = (cells) => cells.map((cell, i) => pad(cell, widths[i])).join('  ').trimEnd();
    return [line(headers), ...rows.map(line)].join('\n');
}
/** tabulate(..., tablefmt="github"): a header row, a dashed rule, the rows. */
function githubTable(headers, rawRows) {
    const rows = stripped(rawRows);
    const widths = columnWidths(headers, rows);
    const line = (cells) => `| ${cells.map((cell, i) => pad(cell, widths[i])).join(' | ')} |`;
    const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
    return [line(headers), rule, ...rows.map(line)].join('\n');
}


/***/ })

};
