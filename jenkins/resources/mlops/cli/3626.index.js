export const id = 3626;
export const ids = [3626];
export const modules = {

/***/ 33626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runHistory: () => (/* binding */ runHistory)
/* harmony export */ });
/* unused harmony export renderHistory */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _metrics_targets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79671);
/* harmony import */ var _metrics_collect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92939);
/* harmony import */ var _metrics_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24868);
/* harmony import */ var _metrics_dvc_verbs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74189);
/* harmony import */ var _metrics_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75561);
/* harmony import */ var _metrics_pyformat_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3317);
/* harmony import */ var _metrics_tabulate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(80523);
/** What `mlops metrics history` does once parsed (src/cli/history.ts defines the verb, loaded before this). */








function columnsOf(entries) {
    const byPath = new Map();
    for (const entry of entries) {
        for (const [path, values] of entry.files) {
            const keys = byPath.get(path) ?? new Set();
            for (const key of values.keys())
                keys.add(key);
            byPath.set(path, keys);
        }
    }
    const several = byPath.size > 1;
    return [...byPath].flatMap(([path, keys]) => (0,_metrics_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .sortedKeys */ .Mf)(keys).map((key) => ({ path, key, name: several ? `${path}:${key}` : key })));
}
function lastOf(text) {
    if (text === undefined)
        return _metrics_history_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_LAST */ .zq;
    if (!/^\d+$/.test(text) || Number(text) < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--last: '${text}' is not a whole number above 0.`);
    return Number(text);
}
function renderHistory(entries, json, jsonIndent) {
    const columns = columnsOf(entries);
    if (json) {
        const list = entries.map((entry) => {
            const values = {};
            for (const column of columns) {
                const value = entry.files.get(column.path)?.get(column.key);
                if (value !== undefined)
                    values[column.name] = value;
            }
            return { commit: entry.commit, date: entry.date, values };
        });
        return `${(0,_metrics_pyformat_js__WEBPACK_IMPORTED_MODULE_6__.pyJsonDumps)(list, jsonIndent)}\n`;
    }
    const rows = entries.map((entry) => [
        entry.commit.slice(0, 7),
        entry.date,
        ...columns.map((column) => (0,_metrics_dvc_verbs_js__WEBPACK_IMPORTED_MODULE_4__.formatField)(entry.files.get(column.path)?.get(column.key), _metrics_dvc_verbs_js__WEBPACK_IMPORTED_MODULE_4__.DEFAULT_PRECISION)),
    ]);
    const text = (0,_metrics_tabulate_js__WEBPACK_IMPORTED_MODULE_7__/* .plainTable */ .$)(['Commit', 'Date', ...columns.map((column) => column.name)], rows);
    return text ? `${text}\n` : '';
}
async function runHistory(flags, io, cwd) {
    const last = lastOf(flags.last);
    const ref = flags.rev ?? 'HEAD';
    const targets = await (0,_metrics_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .findTargets */ .q8)(await (0,_metrics_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRevision */ .eZ)(cwd, ref), { cwd }, flags.targets);
    if (targets.metrics.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`no metrics files at ${ref}.`, { hint: 'Declare them in dvc.yaml, or name them with --targets.' });
    const entries = await (0,_metrics_history_js__WEBPACK_IMPORTED_MODULE_5__/* .metricsHistory */ .uX)({
        cwd,
        ref,
        paths: targets.metrics,
        last,
        keys: flags.key === undefined ? undefined : [flags.key],
        onWarning: (message) => io.stderr(`WARNING: ${message}\n`),
        env: io.env,
    });
    if (flags.key !== undefined && entries.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`no commit of ${ref} has a number '${flags.key}' in ${targets.metrics.join(', ')}.`, { hint: 'Nested keys are dotted (test.r2); `mlops metrics show` lists the keys.' });
    }
    io.stdout(renderHistory(entries, flags.json === true, io.stdoutIsTTY ? 2 : undefined));
}


/***/ }),

/***/ 75561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ metricHistory),
/* harmony export */   uX: () => (/* binding */ metricsHistory),
/* harmony export */   zq: () => (/* binding */ DEFAULT_LAST)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71243);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13577);
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58655);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79341);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43775);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41048);
/**
 * A metric over time, from git alone: the metrics files at the last first-parent commits of a
 * branch that changed them (`git log --first-parent -- <files>`: the commits of the branch itself,
 * merges included, not those of the branches merged into it), each blob read through ONE
 * `git cat-file --batch` process, and parsed as `metrics show` parses them (JSON, YAML, TOML; the
 * last row of a CSV/TSV; nested keys joined with dots). Commits where a file is missing, unreadable
 * or lacks the key are skipped, so `last` counts commits that have a value.
 */








const DEFAULT_LAST = 20;
/** A history's read: git stopping before it answers (a partial clone's old blob) is said as that. */
async function readAt(reader, name) {
    try {
        return await reader.read(name);
    }
    catch (error) {
        if (!(error instanceof _git_js__WEBPACK_IMPORTED_MODULE_2__/* .GitStoppedError */ .qR))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`${error.message}; the history cannot be read.`, {
            hint: /promisor remote/.test(error.said) ? 'This partial clone cannot fetch the old versions: run `git fetch` with access to the remote, or clone without --filter.' : undefined,
        });
    }
}
/** The commits of `ref`'s first-parent line that changed any of the paths, newest first. */
async function commitsTouching(cwd, commit, paths, env) {
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['log', '--first-parent', '--format=%H %cI', commit, '--', ...paths], env);
    if (!result.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`cannot read the history of ${paths.join(', ')}: ${result.stderr.trim()}`);
    return result.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha, date] = line.split(' ');
        return { commit: sha, date };
    });
}
/** A metrics file's numeric values by dotted key, as `metrics show` reads the file. */
async function parseMetrics(path, content, row) {
    const format = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(path);
    let data;
    if (format === 'csv' || format === 'tsv') {
        data = await (0,_csv_js__WEBPACK_IMPORTED_MODULE_3__/* .readCsvRow */ .Nq)(node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([content]), format === 'csv' ? ',' : '\t', row, path);
    }
    else {
        if (content.length > _load_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_BYTES */ .fS)
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, `is ${(content.length / 2 ** 20).toFixed(1)} MiB; ${format.toUpperCase()} metrics files over ${_load_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_BYTES */ .fS / 2 ** 20} MiB are not read.`);
        if (format === 'toml')
            await (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTomlParser */ ._1)();
        data = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStructured */ .jE)(content.toString('utf8'), format, path);
    }
    const extracted = (0,_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .extractMetrics */ .$)(data);
    const values = new Map();
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_7__/* .isPlainObject */ .Qd)(extracted))
        return values;
    for (const [key, value] of (0,_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .flatten */ .B)(extracted, path)) {
        if (typeof value === 'bigint' || typeof value === 'number')
            values.set(key, value);
    }
    return values;
}
function checkedLast(last) {
    const count = last ?? DEFAULT_LAST;
    if (!Number.isSafeInteger(count) || count < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`last: ${count} is not a whole number of commits above 0.`, { exitCode: 2 });
    return count;
}
/**
 * The metrics files at the last `last` first-parent commits of `ref` that changed them and have a
 * value, oldest first (the order a chart reads).
 */
async function metricsHistory(options) {
    const last = checkedLast(options.last);
    const ref = options.ref ?? 'HEAD';
    const tip = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCommit */ .WL)(options.cwd, ref);
    const commits = await commitsTouching(options.cwd, tip, options.paths, options.env);
    const keys = options.keys ? new Set(options.keys) : undefined;
    const entries = [];
    if (commits.length === 0)
        return entries;
    // started at the first commit not known already: a trend of only the diff's base reads nothing
    let reader;
    try {
        for (const { commit, date } of commits) {
            if (entries.length === last)
                break;
            const files = new Map();
            for (const path of options.paths) {
                const known = options.known?.commit === commit ? options.known.files.get(path) : undefined;
                if (known) {
                    const kept = keys ? new Map([...keys].flatMap((key) => (known.has(key) ? [[key, known.get(key)]] : []))) : known;
                    if (kept.size > 0)
                        files.set(path, kept);
                    continue;
                }
                const blob = await readAt((reader ??= new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .BatchReader */ .Q7(options.cwd, options.env)), `${commit}:./${path.replace(/^\.\//, '')}`);
                if (blob.kind === 'missing')
                    continue;
                if (blob.kind !== 'blob') {
                    options.onWarning?.(`${path} at ${commit.slice(0, 7)} is a ${blob.kind === 'other' ? blob.type : 'blob too big to read'}, not a file: skipped.`);
                    continue;
                }
                try {
                    const values = await parseMetrics(path, blob.content, options.row ?? _csv_js__WEBPACK_IMPORTED_MODULE_3__/* .LAST_ROW */ .Im);
                    const kept = keys ? new Map([...values].filter(([key]) => keys.has(key))) : values;
                    if (kept.size > 0)
                        files.set(path, kept);
                }
                catch (error) {
                    if (!(error instanceof _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2))
                        throw error;
                    options.onWarning?.(`${path} at ${commit.slice(0, 7)}: ${error.reason} (skipped)`);
                }
            }
            if (files.size > 0)
                entries.push({ commit, date, files });
        }
    }
    finally {
        reader?.close();
    }
    return entries.reverse();
}
/** One metric of one file at the last `last` first-parent commits of `ref` that have it, oldest first. */
async function metricHistory(options) {
    const known = options.known && { commit: options.known.commit, files: new Map([[options.path, new Map([[options.key, options.known.value]])]]) };
    const entries = await metricsHistory({ ...options, paths: [options.path], keys: [options.key], known });
    return entries.map((entry) => ({ commit: entry.commit, date: entry.date, value: (0,_value_js__WEBPACK_IMPORTED_MODULE_7__/* .toFloat */ .SP)(entry.files.get(options.path).get(options.key)) }));
}


/***/ })

};
