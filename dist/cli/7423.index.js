export const id = 7423;
export const ids = [7423,3577];
export const modules = {

/***/ 68514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ specialKind),
/* harmony export */   b$: () => (/* binding */ readPlainFile)
/* harmony export */ });
/* unused harmony export refusal */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** What a file that is not a regular file is, in words. */
function specialKind(info) {
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}
/** Why a file with these stats is not read, or undefined when it may be. */
function refusal(info, maxBytes) {
    if (info.isDirectory())
        return 'is a folder, not a file';
    if (!info.isFile())
        return `is not a regular file (${specialKind(info)})`;
    if (info.size > maxBytes)
        return `is ${(info.size / 2 ** 20).toFixed(1)} MiB, over the ${(maxBytes / 2 ** 20).toFixed(0)} MiB this file may have`;
    return undefined;
}
/** The bytes of `path`, or that it is missing, or why it is not read. */
async function readPlainFile(path, maxBytes) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'missing' };
        return { kind: 'refused', reason: `cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemErrorWords */ .N1)(error)})` };
    }
    const refused = refusal(info, maxBytes);
    if (refused)
        return { kind: 'refused', reason: refused };
    try {
        return { kind: 'read', bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path) };
    }
    catch (error) {
        return { kind: 'refused', reason: `cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemErrorWords */ .N1)(error)})` };
    }
}


/***/ }),

/***/ 92939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ collectMetrics),
/* harmony export */   Kv: () => (/* binding */ flattenedFile),
/* harmony export */   Tm: () => (/* binding */ collectParams),
/* harmony export */   eZ: () => (/* binding */ resolveRevision)
/* harmony export */ });
/* unused harmony export selectKeys */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71243);
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58655);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79341);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43775);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79671);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41048);
/**
 * Everything DVC reads at one revision: the metrics files (numbers, strings and bools only) or
 * the params files (filtered to the keys stages use, with `--deps`). A file that is missing or
 * unreadable becomes an error entry, never a crash: DVC shows its values as missing.
 */







/** `workspace` is the working tree; anything else is resolved with git (clear errors for unknown revs). */
async function resolveRevision(cwd, name) {
    if (name === 'workspace')
        return _load_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE */ .un;
    return { name, commit: await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(cwd, name) };
}
function errorType(path, error) {
    if (!/^malformed/.test(error.reason))
        return 'OSError';
    const format = path.toLowerCase().endsWith('.json') ? 'JSON' : path.toLowerCase().endsWith('.toml') ? 'TOML' : /\.[ct]sv$/i.test(path) ? 'CSV' : 'YAML';
    return `${format}FileCorruptedError`;
}
async function readEach(snapshot, paths, options, transform) {
    for (const path of paths) {
        try {
            const value = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(snapshot.revision, path, { cwd: options.cwd, row: options.row, keyOrder: options.keyOrder });
            if (value === undefined) {
                snapshot.errors.push({ path, type: 'FileNotFoundError', message: `does not exist at ${snapshot.revision.name}` });
                snapshot.files.set(path, null);
                continue;
            }
            snapshot.files.set(path, transform(path, value));
        }
        catch (error) {
            if (!(error instanceof _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .UnreadableFileError */ .o2))
                throw error;
            snapshot.errors.push({ path, type: errorType(path, error), message: error.reason });
            snapshot.files.set(path, null);
        }
    }
}
async function targetsOrError(snapshot, options) {
    try {
        return await (options.memo ? options.memo.targetsAt(snapshot.revision, options.cwd, options.targets) : (0,_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .findTargets */ .q8)(snapshot.revision, { cwd: options.cwd }, options.targets));
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC))
            throw error;
        snapshot.revisionError = error.message;
        return undefined;
    }
}
/** Metrics at a revision: DVC's `_read_metric` (`_extract_metrics(val) or {}`). */
async function collectMetrics(revision, options) {
    const snapshot = { revision, files: new Map(), errors: [] };
    const targets = await targetsOrError(snapshot, options);
    if (targets) {
        await readEach(snapshot, targets.metrics, options, (_path, value) => {
            const extracted = (0,_flatten_js__WEBPACK_IMPORTED_MODULE_2__/* .extractMetrics */ .$)(value);
            return isFalsy(extracted) ? {} : extracted;
        });
    }
    return snapshot;
}
function isFalsy(value) {
    return value === null || value === false || value === '' || value === 0 || value === 0n || ((0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(value) && Object.keys(value).length === 0);
}
/** Exact segments need no glob library; picomatch loads only when a key has a wildcard. */
async function matcherFor(keys) {
    if (!keys.some((key) => /[*?[\]{}!]/.test(key)))
        return (pattern) => (text) => text === pattern;
    const picomatch = (await __webpack_require__.e(/* import() */ 4006).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23))).default;
    return (pattern) => picomatch(pattern, { dot: true });
}
function selectKeys(data, keys, matcher = (pattern) => (text) => text === pattern) {
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(data))
        return data;
    const selected = (0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .newRecord */ .Mx)();
    const place = (path, value) => {
        let node = selected;
        for (const segment of path.slice(0, -1)) {
            if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(node[segment]))
                node[segment] = (0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .newRecord */ .Mx)();
            node = node[segment];
        }
        node[path.at(-1)] = value;
    };
    const walk = (node, patterns, path) => {
        if (patterns.length === 0) {
            place(path, node);
            return;
        }
        if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(node))
            return;
        const [head, ...rest] = patterns;
        const matches = matcher(head);
        for (const [key, value] of Object.entries(node))
            if (matches(key))
                walk(value, rest, [...path, key]);
    };
    for (const key of keys)
        walk(data, key.split('.'), []);
    return selected;
}
function paramsPlan(targets, options, defaultExists) {
    if (targets.source === 'targets')
        return targets.params;
    // --deps keeps every stage dependency (`- file.yaml:` without keys is the whole file)
    const plan = [...targets.params];
    // Without --deps DVC adds top-level params files and the whole default params.yaml, tracked by a stage or not.
    if (!options.deps)
        plan.push(...targets.topLevelParams.map((path) => ({ path })));
    if (!options.deps && defaultExists)
        plan.push({ path: targets.defaultParams });
    const merged = new Map();
    for (const target of plan) {
        const seen = merged.get(target.path);
        if (!seen || !target.keys)
            merged.set(target.path, target);
        else if (seen.keys)
            merged.set(target.path, { path: target.path, keys: [...new Set([...seen.keys, ...target.keys])] });
    }
    return [...merged.values()];
}
/** Params at a revision, as `dvc params diff` reads them. */
async function collectParams(revision, options) {
    const snapshot = { revision, files: new Map(), errors: [] };
    const targets = await targetsOrError(snapshot, options);
    if (!targets)
        return snapshot;
    const defaultExists = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(revision, targets.defaultParams, { cwd: options.cwd }).then((value) => value !== undefined, () => true);
    const plan = paramsPlan(targets, options, defaultExists);
    const keysOf = new Map(plan.map((target) => [(0,_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .normalisePath */ .qb)(target.path), target.keys]));
    const matcher = await matcherFor(plan.flatMap((target) => target.keys ?? []));
    await readEach(snapshot, plan.map((target) => target.path), options, (path, value) => {
        const keys = keysOf.get(path);
        return keys ? selectKeys(value, keys, matcher) : value;
    });
    await readVars(snapshot, targets.vars.filter((target) => !keysOf.has(target.path)), options);
    return snapshot;
}
/**
 * DVC's `_collect_vars`: the vars values stages interpolate are shown too, `--deps` or not.
 * A vars file that is absent, or holds none of the keys, adds nothing (DVC would not track it).
 */
async function readVars(snapshot, vars, options) {
    for (const target of vars) {
        try {
            const value = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(snapshot.revision, target.path, { cwd: options.cwd, keyOrder: options.keyOrder });
            if (value === undefined)
                continue;
            const selected = selectKeys(value, target.keys ?? []);
            if ((0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(selected) && Object.keys(selected).length > 0)
                snapshot.files.set(target.path, selected);
        }
        catch (error) {
            if (!(error instanceof _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .UnreadableFileError */ .o2))
                throw error;
            snapshot.errors.push({ path: target.path, type: errorType(target.path, error), message: error.reason });
            snapshot.files.set(target.path, null);
        }
    }
}
/** The flattened keys a snapshot holds, for tables that list every metric. */
function flattenedFile(path, value) {
    return (0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(value) ? (0,_flatten_js__WEBPACK_IMPORTED_MODULE_2__/* .flatten */ .B)(value, path) : new Map([['', value]]);
}


/***/ }),

/***/ 13577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ LAST_ROW),
/* harmony export */   Nq: () => (/* binding */ readCsvRow),
/* harmony export */   parseRowSelector: () => (/* binding */ parseRowSelector)
/* harmony export */ });
/* unused harmony export csvCell */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43775);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41048);



const LAST_ROW = { kind: 'index', index: -1 };
/** `last`, `first`, a 0-based row number (negative counts from the end) or `column=value` (its last match). */
function parseRowSelector(text) {
    const trimmed = text.trim();
    if (trimmed === 'last')
        return LAST_ROW;
    if (trimmed === 'first')
        return { kind: 'index', index: 0 };
    if (/^-?\d+$/.test(trimmed))
        return { kind: 'index', index: Number(trimmed) };
    const equals = trimmed.indexOf('=');
    if (equals > 0)
        return { kind: 'match', column: trimmed.slice(0, equals).trim(), value: trimmed.slice(equals + 1).trim() };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--row: '${text}' is not a row selector.`, 'Use last (the default), first, a row number such as 0 or -2, or column=value such as epoch=10.');
}
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT = /^[+-]?\d+$/;
/** A CSV cell as Python's float()/int() would take it; anything else stays text. */
function csvCell(text) {
    const cell = text.trim();
    if (cell === '')
        return null;
    if (INT.test(cell))
        return BigInt(cell);
    if (FLOAT.test(cell))
        return Number(cell);
    const lower = cell.toLowerCase();
    if (lower === 'nan')
        return NaN;
    if (lower === 'inf' || lower === '+inf' || lower === 'infinity')
        return Infinity;
    if (lower === '-inf' || lower === '-infinity')
        return -Infinity;
    return cell;
}
function describeSelector(selector) {
    return selector.kind === 'match' ? `${selector.column}=${selector.value}` : `row ${selector.index}`;
}
/** Read the selected row of a CSV/TSV stream as `{column: value}`. */
async function readCsvRow(source, delimiter, selector, path) {
    // Loaded here, not at start-up: most projects have no CSV metrics.
    const { parse } = await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(8075)]).then(__webpack_require__.bind(__webpack_require__, 68075));
    const parser = source.pipe(parse({ delimiter, columns: true, skip_empty_lines: true, trim: true, relax_column_count: false }));
    const keepLast = selector.kind === 'index' && selector.index < 0 ? -selector.index : 0;
    const window = [];
    let chosen;
    let seen = 0;
    let columns;
    try {
        for await (const record of parser) {
            columns ??= Object.keys(record);
            if (selector.kind === 'match') {
                if (!(selector.column in record))
                    break;
                if (record[selector.column] === selector.value)
                    chosen = record;
            }
            else if (keepLast > 0) {
                window.push(record);
                if (window.length > keepLast)
                    window.shift();
            }
            else if (seen === selector.index) {
                chosen = record;
                break;
            }
            seen++;
        }
    }
    catch (error) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o2(path, `malformed CSV: ${error instanceof Error ? error.message : String(error)}`);
    }
    finally {
        source.destroy();
    }
    if (keepLast > 0 && window.length === keepLast)
        chosen = window[0];
    if (columns === undefined)
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o2(path, 'the CSV has a header but no data rows (or is empty).');
    if (selector.kind === 'match' && !columns.includes(selector.column)) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o2(path, `the CSV has no column '${selector.column}' (columns: ${columns.join(', ')}).`);
    }
    if (chosen === undefined)
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o2(path, `the CSV has no ${describeSelector(selector)} (${seen} data rows).`);
    const row = (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .newRecord */ .Mx)();
    for (const [column, cell] of Object.entries(chosen))
        row[column] = csvCell(cell);
    return row;
}


/***/ }),

/***/ 42226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qg: () => (/* binding */ dvcYamlFiles),
  t1: () => (/* binding */ findProject),
  Be: () => (/* binding */ fromCwd)
});

// UNUSED EXPORTS: DVC_YAML

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fs/plain-file.ts
var plain_file = __webpack_require__(68514);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
;// CONCATENATED MODULE: ./src/metrics/dvcignore.ts
/**
 * `.dvcignore` as DVC applies it when it looks for dvc.yaml files (dvc/ignore.py): gitignore
 * patterns (pathspec's "gitwildmatch"), each file's patterns relative to its own folder, the last
 * matching pattern deciding, and a path ignored as soon as one of its folders is.
 */
/**
 * One bracket expression starting at `start` (`[`) as pathspec translates it: `[!…]` negates,
 * a leading `^` or `]` is one of the characters; undefined when it is not closed.
 */
function bracket(pattern, start) {
    let i = start + 1;
    let head = '';
    if (pattern[i] === '!' || pattern[i] === '^')
        head = pattern[i++] === '!' ? '^' : '\\^';
    const first = i;
    if (pattern[i] === ']')
        i++;
    while (i < pattern.length && pattern[i] !== ']')
        i++;
    if (i >= pattern.length)
        return undefined;
    const body = pattern.slice(first, i).replace(/\\/g, '\\\\').replace(/^\]/, '\\]');
    return { source: `[${head}${body}]`, end: i };
}
/** One path segment (no `/`) of a pattern as a regex source: `*` and `?` stop at `/`. */
function segmentSource(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i];
        const set = char === '[' ? bracket(segment, i) : undefined;
        if (set) {
            source += set.source;
            i = set.end;
        }
        else if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else if (char === '\\' && i + 1 < segment.length)
            source += escapeRegex(segment[++i]);
        else
            source += escapeRegex(char);
    }
    return source;
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * pathspec's `GitWildMatchPattern.pattern_to_regex`: a single name matches at any depth, a `/`
 * anywhere but the end anchors the pattern to its folder, `**` spans folders, a trailing `/`
 * matches what is inside, and every pattern also matches the paths below what it names.
 */
function patternRegex(pattern) {
    const segments = pattern.split('/');
    if (!segments[0])
        segments.shift();
    else if (segments.length === 1 || (segments.length === 2 && !segments[1])) {
        if (segments[0] !== '**')
            segments.unshift('**');
    }
    if (segments.length > 1 && !segments.at(-1))
        segments[segments.length - 1] = '**';
    for (let i = segments.length - 1; i > 0; i--)
        if (segments[i] === '**' && segments[i - 1] === '**')
            segments.splice(i, 1);
    const end = segments.length - 1;
    let source = '';
    let needSlash = false;
    segments.forEach((segment, i) => {
        if (segment === '**') {
            if (i === 0 && i === end)
                source += '[^/]+(?:/.*)?';
            else if (i === 0)
                source += '(?:.+/)?';
            else if (i === end)
                source += '/.*';
            else
                source += '(?:/.+)?';
            needSlash = i > 0 && i < end;
            return;
        }
        source += (needSlash ? '/' : '') + (segment === '*' ? '[^/]+' : segmentSource(segment)) + (i === end ? '(?:/.*)?' : '');
        needSlash = true;
    });
    return new RegExp(`^${source}$`);
}
/** The rules of one .dvcignore (DVC strips each line and skips blanks and `#` comments; `\#`, `\!` escape). */
function parseDvcIgnore(base, text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const negate = line.startsWith('!');
        const pattern = negate ? line.slice(1) : line;
        if (!pattern || pattern === '/')
            continue;
        rules.push({ base, negate, dirOnly: pattern.endsWith('/'), regex: patternRegex(pattern) });
    }
    return rules;
}
/** DvcIgnoreFilter's built-in patterns: other tools' metadata and DVC's own folder, at any depth. */
const DEFAULT_IGNORE_RULES = parseDvcIgnore('', '.hg/\n.git/\n.git\n.dvc/\n');
/** The last rule that matches `path` (relative to the root) decides; none matching: not ignored. */
function matches(rules, path, isDir) {
    for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (rule.dirOnly && !isDir)
            continue;
        if (rule.base && !path.startsWith(`${rule.base}/`))
            continue;
        const relative = rule.base ? path.slice(rule.base.length + 1) : path;
        // DVC tries a folder as `name` and as `name/`
        if (rule.regex.test(relative) || (isDir && rule.regex.test(`${relative}/`)))
            return !rule.negate;
    }
    return false;
}
/** DVC's `_ignore`: each folder on the way is checked first, and an ignored folder ignores all below it. */
function isIgnored(rules, path, isDir = false) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
        if (matches(rules, parts.slice(0, i).join('/'), isDir || i < parts.length))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/metrics/discover.ts






const DVC_YAML = 'dvc.yaml';
const DVC_DIR = '.dvc';
const DVCIGNORE = '.dvcignore';
async function isDirectory(path) {
    return (0,promises_.stat)(path).then((info) => info.isDirectory(), () => false);
}
/**
 * DVC's `Repo.find_root`, searching no higher than the git work tree. Without a `.dvc` folder DVC
 * would not run at all; we treat the command's folder as the project, as before dvc.yaml
 * discovery, so a CI job pointed at one project folder reads that project.
 */
async function findProject(cwd) {
    // git prints the top folder with links resolved; compare like with like
    const here = await (0,promises_.realpath)(cwd).catch(() => undefined);
    if (here === undefined)
        return { root: cwd, cwdFromRoot: '', inGit: false }; // no such folder: nothing to find
    const top = await (0,git/* workTreeRoot */.KY)(here);
    for (let dir = here;; dir = (0,external_node_path_.dirname)(dir)) {
        if (await isDirectory((0,external_node_path_.join)(dir, DVC_DIR)))
            return { root: dir, cwdFromRoot: (0,external_node_path_.relative)(dir, here).split(external_node_path_.sep).join('/'), inGit: top !== undefined, workTree: top };
        if (dir === top || (0,external_node_path_.dirname)(dir) === dir)
            break;
    }
    return { root: here, cwdFromRoot: '', inGit: top !== undefined, workTree: top };
}
/** A root-relative path as DVC prints it: relative to the command's folder (`os.path.relpath`). */
function fromCwd(project, path) {
    if (path.startsWith('../'))
        return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.relative(`/${project.cwdFromRoot}`, '/') || '.', path));
    return external_node_path_.posix.relative(`/${project.cwdFromRoot}`, `/${path}`) || '.';
}
/**
 * Every file below `root` without git (DVC walks the file system then), not following links.
 * A `.dvc` folder is listed as `<folder>/.dvc/` rather than walked: it marks a repository, and
 * its cache can hold thousands of files.
 */
async function walkFiles(root, folder = '') {
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, folder), { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        if (entry.name === DVC_DIR && entry.isDirectory())
            files.push(`${path}/`);
        else if (entry.isDirectory()) {
            if (entry.name !== '.git' && entry.name !== '.hg')
                files.push(...(await walkFiles(root, path)));
        }
        else
            files.push(path);
    }
    return files;
}
function listFiles(revision, project) {
    if (revision.commit !== undefined)
        return (0,git/* listFilesAt */.R4)(project.root, revision.commit);
    return project.inGit ? (0,git/* listWorkTreeFiles */.Ft)(project.root) : walkFiles(project.root);
}
/** A .dvcignore is a few lines: a bigger one is a mistake, not read. */
const MAX_IGNORE_BYTES = 1 << 20;
async function readText(revision, project, path) {
    if (revision.commit !== undefined)
        return (0,git/* readFileAt */._T)(project.root, revision.commit, path, MAX_IGNORE_BYTES);
    const file = await (0,plain_file/* readPlainFile */.b$)((0,external_node_path_.join)(project.root, path), MAX_IGNORE_BYTES);
    if (file.kind === 'refused')
        throw new errors/* MlopsError */.IC(`${path}: ${file.reason}.`);
    return file.kind === 'read' ? file.bytes.toString('utf8') : undefined;
}
/** Folders (other than the root) holding a `.dvc` folder: DVC skips them as repositories of their own. */
function subrepos(files) {
    const found = new Set();
    for (const file of files) {
        const parts = file.split('/');
        const at = parts.indexOf(DVC_DIR);
        if (at > 0 && at < parts.length - 1)
            found.add(parts.slice(0, at).join('/'));
    }
    return [...found];
}
const folderOf = (path) => external_node_path_.posix.dirname(path).replace(/^\.$/, '');
const depth = (path) => path.split('/').length;
/** os.walk's top-down order: a folder's own dvc.yaml before those of the folders in it, folders by name. */
function walkOrder(a, b) {
    const x = folderOf(a) ? folderOf(a).split('/') : [];
    const y = folderOf(b) ? folderOf(b).split('/') : [];
    for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i])
            return x[i] < y[i] ? -1 : 1;
    return x.length - y.length;
}
/** The rules of every .dvcignore that is itself read (not in an ignored folder or a subrepo), parents first. */
async function ignoreRules(revision, project, files, skipped) {
    const rules = [...DEFAULT_IGNORE_RULES];
    const sources = files.filter((file) => external_node_path_.posix.basename(file) === DVCIGNORE).sort((a, b) => depth(a) - depth(b));
    for (const source of sources) {
        if (skipped(source) || isIgnored(rules, source))
            continue;
        const text = await readText(revision, project, source);
        if (text !== undefined)
            rules.push(...parseDvcIgnore(folderOf(source), text));
    }
    return rules;
}
/** The dvc.yaml files of the project at a revision, relative to its root, in the order DVC collects them. */
async function dvcYamlFiles(revision, project) {
    const files = await listFiles(revision, project);
    const repos = subrepos(files);
    const inSubrepo = (path) => repos.some((repo) => path.startsWith(`${repo}/`));
    const rules = await ignoreRules(revision, project, files, inSubrepo);
    const found = files.filter((file) => external_node_path_.posix.basename(file) === DVC_YAML && !inSubrepo(file) && !isIgnored(rules, file));
    // a file in a merge conflict is listed once per stage
    return [...new Set(found)].sort(walkOrder);
}


/***/ }),

/***/ 58655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ extractMetrics),
/* harmony export */   B: () => (/* binding */ flatten)
/* harmony export */ });
/* harmony import */ var _key_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88471);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43775);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41048);
/**
 * Nested keys to dotted keys, as DVC does with `flatten_dict.flatten(d, reducer="dot")`:
 * nested dicts are walked, lists stay values, empty dicts vanish, a clash is an error.
 * Iterative, so deeply nested files cannot overflow the stack.
 */



function flatten(data, path) {
    const flat = new Map();
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(data))
        return flat;
    const stack = [[undefined, data, Object.keys(data), 0]];
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const [prefix, object, keys, index] = frame;
        if (index >= keys.length) {
            stack.pop();
            continue;
        }
        frame[3] = index + 1;
        const key = keys[index];
        const value = object[key];
        const dotted = prefix === undefined ? key : `${prefix}.${key}`;
        if ((0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value)) {
            stack.push([dotted, value, Object.keys(value), 0]);
            continue;
        }
        if (flat.has(dotted))
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o2(path, `the key '${dotted}' appears twice once nested keys are joined with dots.`);
        flat.set(dotted, value);
    }
    return flat;
}
/**
 * What DVC keeps of a metrics file: numbers, strings and bools, walked through dicts.
 * Lists and nulls are dropped (DVC logs them at debug level and moves on).
 */
function extractMetrics(data) {
    return keepsAll(data) ? data : extractCopy(data);
}
/** Whether extraction would keep everything (the usual file): then no copy is made. */
function keepsAll(data) {
    if (typeof data === 'bigint' || typeof data === 'number' || typeof data === 'string' || typeof data === 'boolean')
        return true;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(data))
        return false;
    let empty = true;
    for (const key in data) {
        empty = false;
        if (!keepsAll(data[key]))
            return false;
    }
    return !empty;
}
function extractCopy(data) {
    if (typeof data === 'bigint' || typeof data === 'number' || typeof data === 'string' || typeof data === 'boolean')
        return data;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(data))
        return null;
    const kept = (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .newRecord */ .Mx)();
    for (const [key, value] of Object.entries(data)) {
        const extracted = extractCopy(value);
        if (extracted !== null && !((0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(extracted) && Object.keys(extracted).length === 0))
            kept[key] = extracted;
    }
    (0,_key_order_js__WEBPACK_IMPORTED_MODULE_0__/* .copyKeyOrder */ .Pz)(data, kept);
    return kept;
}


/***/ }),

/***/ 79341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZN: () => (/* binding */ loadFile),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   un: () => (/* binding */ WORKSPACE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fs_plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68514);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71243);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13577);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43775);
/**
 * Reads one metrics or params file as it is in the workspace or was at a commit.
 * Missing is not an error here (DVC shows it as `-`); unreadable is, and names the file.
 */







const WORKSPACE = { name: 'workspace' };
/** 64 MiB: far above any real metrics file, far below what would exhaust a runner's memory. */
const DEFAULT_MAX_BYTES = 64 << 20;
async function sizeOf(revision, cwd, path) {
    if (revision.commit === undefined) {
        // links are followed: what counts is what they lead to
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, path)).catch(() => undefined);
        if (info === undefined)
            return undefined;
        if (info.isDirectory())
            return 'directory';
        // a device (/dev/zero), a FIFO or a socket never ends, or never starts: refused before a read
        if (!info.isFile())
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, `is not a regular file (${(0,_fs_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .specialKind */ .I2)(info)}); metrics and params are read from plain files.`);
        return info.size;
    }
    const info = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .objectInfoAt */ .VH)(cwd, revision.commit, path);
    if (!info)
        return undefined;
    return info.type === 'tree' ? 'directory' : info.size;
}
function open(revision, cwd, path) {
    return revision.commit === undefined ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, path)) : (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .streamFileAt */ .un)(cwd, revision.commit, path);
}
/** The parsed file, or undefined when it does not exist at that revision. */
async function loadFile(revision, path, options) {
    try {
        return await loadExisting(revision, path, options);
    }
    catch (error) {
        // in the tree but not readable (a partial clone's missing blob): unreadable, never "absent"
        if (error instanceof _git_js__WEBPACK_IMPORTED_MODULE_4__/* .UnreadableBlobError */ .Z8)
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, error.gitMessage);
        throw error;
    }
}
function tooBig(path, size, maxBytes) {
    return new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, `is ${(size / 2 ** 20).toFixed(1)} MiB; ${(0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(path).toUpperCase()} metrics and params files over ${(maxBytes / 2 ** 20).toFixed(0)} MiB are not read. Write only the summary numbers to it (a per-step log can be a CSV, which is streamed).`);
}
const DIRECTORY = 'is a directory; name the files in it.';
async function loadExisting(revision, path, options) {
    const format = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(path);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (revision.commit !== undefined && format !== 'csv' && format !== 'tsv') {
        // type, size and text from one git process: the common case, a JSON or YAML file at the base
        const blob = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .readBlobAt */ .pf)(options.cwd, revision.commit, path, maxBytes);
        if (blob.kind === 'missing')
            return undefined;
        if (blob.kind === 'tree')
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, DIRECTORY);
        if (blob.kind === 'too-big')
            throw tooBig(path, blob.size, maxBytes);
        if (format === 'toml')
            await (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTomlParser */ ._1)();
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStructured */ .jE)(blob.text, format, path, { keyOrder: options.keyOrder });
    }
    const size = await sizeOf(revision, options.cwd, path);
    if (size === undefined)
        return undefined;
    if (size === 'directory')
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, DIRECTORY);
    if (format === 'csv' || format === 'tsv') {
        return (0,_csv_js__WEBPACK_IMPORTED_MODULE_5__/* .readCsvRow */ .Nq)(open(revision, options.cwd, path), format === 'csv' ? ',' : '\t', options.row ?? _csv_js__WEBPACK_IMPORTED_MODULE_5__/* .LAST_ROW */ .Im, path);
    }
    if (size > maxBytes)
        throw tooBig(path, size, maxBytes);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.cwd, path), 'utf8');
    if (format === 'toml')
        await (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTomlParser */ ._1)();
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStructured */ .jE)(text, format, path, { keyOrder: options.keyOrder });
}


/***/ }),

/***/ 3317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TextBuilder: () => (/* binding */ TextBuilder),
/* harmony export */   appendJson: () => (/* binding */ appendJson),
/* harmony export */   isPlainObject: () => (/* reexport safe */ _value_js__WEBPACK_IMPORTED_MODULE_1__.Qd),
/* harmony export */   jsonScalar: () => (/* binding */ jsonScalar),
/* harmony export */   jsonString: () => (/* binding */ jsonString),
/* harmony export */   pyFloatRepr: () => (/* binding */ pyFloatRepr),
/* harmony export */   pyFormatG: () => (/* binding */ pyFormatG),
/* harmony export */   pyJsonDumps: () => (/* binding */ pyJsonDumps),
/* harmony export */   pyRepr: () => (/* binding */ pyRepr),
/* harmony export */   pyRound: () => (/* binding */ pyRound),
/* harmony export */   pyStr: () => (/* binding */ pyStr)
/* harmony export */ });
/* harmony import */ var _key_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88471);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41048);
/**
 * Python's ways of printing numbers and values, because DVC prints through them:
 * `str(float)` (repr), `format(x, '.5g')` for `metrics diff`, `round(x, 5)` for `metrics show`,
 * `str(list)` for params, and `json.dumps` for `--json`. JS's own number printing differs
 * (`1` vs `1.0`, `1e-7` vs `1e-07`, ties rounded up instead of to even), so these are exact ports.
 */


function splitExponential(text) {
    const [mantissa, exponent] = text.split('e');
    return { digits: mantissa.replace('.', ''), exp: Number(exponent) };
}
/**
 * Whether `x` lies exactly halfway after `keep` significant digits. JS rounds such ties away
 * from zero; Python rounds them to even. 101 digits hold the exact value of any double a
 * metric is likely to be, so a run of zeros there means an exact tie.
 */
function tieAt(exact, keep) {
    return exact[keep] === '5' && /^0*$/.test(exact.slice(keep + 1));
}
/** `x` (positive, finite) rounded to `precision` significant digits, ties to even. */
function roundSignificant(x, precision) {
    const rounded = splitExponential(x.toExponential(precision - 1));
    const exact = splitExponential(x.toExponential(100));
    const truncated = exact.digits.slice(0, precision);
    if (tieAt(exact.digits, precision) && Number(truncated.at(-1)) % 2 === 0) {
        return { digits: truncated, exp: exact.exp };
    }
    return rounded;
}
function exponentSuffix(exp) {
    const sign = exp < 0 ? '-' : '+';
    return `e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
}
/** Fixed notation of digits × 10^exp with exactly `decimals` digits after the point. */
function fixed({ digits, exp }, decimals) {
    const pointAt = exp + 1;
    let whole;
    let fraction;
    if (pointAt <= 0) {
        whole = '0';
        fraction = '0'.repeat(-pointAt) + digits;
    }
    else {
        whole = digits.slice(0, pointAt).padEnd(pointAt, '0');
        fraction = digits.slice(pointAt);
    }
    fraction = fraction.padEnd(decimals, '0').slice(0, decimals);
    return decimals > 0 ? `${whole}.${fraction}` : whole;
}
function nonFinite(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (x === Infinity)
        return 'inf';
    if (x === -Infinity)
        return '-inf';
    return undefined;
}
function signOf(x) {
    return x < 0 || Object.is(x, -0) ? '-' : '';
}
/** Python's `repr(x)` / `str(x)` for a float: `1.0`, `0.1`, `1e-05`, `1e+16`, `nan`. */
function pyFloatRepr(x) {
    const special = nonFinite(x);
    if (special)
        return special;
    const sign = signOf(x);
    const magnitude = Math.abs(x);
    if (magnitude === 0)
        return `${sign}0.0`;
    // Where both print fixed notation (JS up to 1e21, Python up to 1e16) the shortest digits agree.
    if (magnitude >= 1e-4 && magnitude < 1e16) {
        const text = String(x);
        return text.includes('.') ? text : `${text}.0`;
    }
    // toExponential() with no argument gives the shortest digits that read back the same, like repr.
    const shortest = splitExponential(magnitude.toExponential());
    if (shortest.exp >= -4 && shortest.exp < 16) {
        const decimals = Math.max(1, shortest.digits.length - shortest.exp - 1);
        return sign + fixed(shortest, decimals);
    }
    const mantissa = shortest.digits.length > 1 ? `${shortest.digits[0]}.${shortest.digits.slice(1)}` : shortest.digits;
    return sign + mantissa + exponentSuffix(shortest.exp);
}
/** Python's `format(x, f'.{precision}g')` for a float. */
function pyFormatG(x, precision) {
    const special = nonFinite(x);
    if (special)
        return special;
    const p = precision === 0 ? 1 : precision;
    const sign = signOf(x);
    const magnitude = Math.abs(x);
    if (magnitude === 0)
        return `${sign}0`;
    const rounded = roundSignificant(magnitude, p);
    if (rounded.exp >= -4 && rounded.exp < p) {
        const text = fixed(rounded, p - 1 - rounded.exp);
        return sign + (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);
    }
    const rest = rounded.digits.slice(1).replace(/0+$/, '');
    return sign + rounded.digits[0] + (rest ? `.${rest}` : '') + exponentSuffix(rounded.exp);
}
/** The exact decimal digits of a finite double: digits with the point after `point` of them. */
function exactDecimal(magnitude) {
    // Doubles of 2^53 and more are integers, which BigInt prints exactly; below, toFixed(100) is exact.
    if (magnitude >= 2 ** 53) {
        const digits = BigInt(magnitude).toString();
        return { digits, point: digits.length };
    }
    const [whole, fraction] = magnitude.toFixed(100).split('.');
    return { digits: whole + fraction, point: whole.length };
}
/** Python's `round(x, ndigits)` for a float (correctly rounded, ties to even, ndigits may be negative). */
function pyRound(x, ndigits) {
    if (!Number.isFinite(x))
        return x;
    const magnitude = Math.abs(x);
    // Fast path: JS and Python both round the exact value and differ only at exact ties; in this
    // range an exact tie at ndigits+1 places prints (shortest digits) as exactly that, ending in 5.
    if (ndigits >= 0 && ndigits <= 100 && magnitude >= 1e-6 && magnitude < 1e9) {
        const fraction = String(magnitude).split('.')[1] ?? '';
        if (fraction.length <= ndigits)
            return x;
        if (!(fraction.length === ndigits + 1 && fraction.endsWith('5'))) {
            const rounded = Number(magnitude.toFixed(ndigits));
            return x < 0 ? -rounded : rounded;
        }
    }
    const { digits, point } = exactDecimal(magnitude);
    const keep = point + ndigits;
    if (keep >= digits.length)
        return x;
    let kept = keep > 0 ? digits.slice(0, keep) : '0';
    const next = keep >= 0 ? digits[keep] : '0';
    const rest = keep >= 0 ? digits.slice(keep + 1) : '';
    const tie = next === '5' && /^0*$/.test(rest);
    const up = next > '5' || (next === '5' && !tie) || (tie && Number(kept.at(-1)) % 2 === 1);
    if (up && keep >= 0)
        kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
    // kept holds the digits up to 10^-ndigits; put the point (or the zeros) back.
    const value = ndigits >= 0 ? Number(`${kept.slice(0, kept.length - ndigits) || '0'}.${kept.slice(kept.length - ndigits) || '0'}`) : Number(kept + '0'.repeat(-ndigits));
    return x < 0 || Object.is(x, -0) ? -value : value;
}
function pyStringRepr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += `\\${quote}`;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else
            out += ch;
    }
    return out + quote;
}
/** Python's `repr(value)`: how a value nested in a list or dict is printed. */
function pyRepr(value) {
    if (value === null)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'number')
        return pyFloatRepr(value);
    if (typeof value === 'string')
        return pyStringRepr(value);
    if (Array.isArray(value))
        return `[${value.map(pyRepr).join(', ')}]`;
    return `{${Object.entries(value).map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
}
/** Python's `str(value)`: strings as they are, everything else as its repr. */
function pyStr(value) {
    return typeof value === 'string' ? value : pyRepr(value);
}
/** Printable ASCII without `"` and `\\`: a string json.dumps prints as it is, between quotes. */
const PLAIN_JSON_STRING = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function jsonString(text) {
    if (PLAIN_JSON_STRING.test(text))
        return `"${text}"`;
    let out = '"';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const code = text.charCodeAt(i);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\b')
            out += '\\b';
        else if (ch === '\f')
            out += '\\f';
        // ensure_ascii: everything outside ASCII as \uXXXX (UTF-16 units, so astral chars become pairs)
        else if (code < 0x20 || code > 0x7e)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return `${out}"`;
}
/** A scalar as json.dumps prints it; undefined for a list or dict. */
function jsonScalar(value) {
    if (value === undefined || value === null)
        return 'null';
    switch (typeof value) {
        case 'number':
            if (Number.isNaN(value))
                return 'NaN';
            if (!Number.isFinite(value))
                return value > 0 ? 'Infinity' : '-Infinity';
            return pyFloatRepr(value);
        case 'string':
            return jsonString(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'bigint':
            return value.toString();
        default:
            return undefined;
    }
}
/**
 * ASCII text built piece by piece, for output that can run to hundreds of megabytes (a
 * million-key diff): pieces are joined into a short string, copied into 1 MiB buffers every
 * 16 KiB (so no long chain of joined strings is kept for the garbage collector, and a buffer is
 * written to a few times, not once a piece), and turned into text once. Only for text that is
 * ASCII by construction (json.dumps' ensure_ascii output): other characters would not survive.
 */
class TextBuilder {
    chunks = [];
    buffer = Buffer.allocUnsafe(1 << 20);
    used = 0;
    pending = '';
    add(text) {
        this.pending += text;
        if (this.pending.length > 16384)
            this.flush();
    }
    flush() {
        const text = this.pending;
        this.pending = '';
        if (this.used + text.length > this.buffer.length) {
            this.chunks.push(this.buffer.subarray(0, this.used));
            this.buffer = Buffer.allocUnsafe(Math.max(1 << 20, text.length));
            this.used = 0;
        }
        this.used += this.buffer.write(text, this.used, 'latin1');
    }
    finish() {
        this.flush();
        this.chunks.push(this.buffer.subarray(0, this.used));
        this.buffer = Buffer.allocUnsafe(0);
        this.used = 0;
    }
    /**
     * The text as strings of up to 1 MiB, for writing out one after another: a million-key diff
     * is never one string (nor one more buffer) beside the buffers it was written into.
     */
    *pieces() {
        this.finish();
        while (this.chunks.length > 0)
            yield this.chunks.shift().toString('latin1');
    }
    toString() {
        this.finish();
        const text = Buffer.concat(this.chunks).toString('latin1');
        this.chunks.length = 0;
        return text;
    }
}
/** Appends `value` as Python's `json.dumps(value, indent=indent)` prints it at nesting `level`. */
function appendJson(out, value, indent, level = 0) {
    const scalar = jsonScalar(value);
    if (scalar !== undefined)
        return out.add(scalar);
    const list = Array.isArray(value);
    // as the file has them: a key like "10" after "b" stays there (Python's dict order)
    const keys = list ? undefined : (0,_key_order_js__WEBPACK_IMPORTED_MODULE_0__/* .orderedKeys */ .ir)(value);
    const length = list ? value.length : keys.length;
    const [open, close] = list ? ['[', ']'] : ['{', '}'];
    if (length === 0)
        return out.add(open + close);
    const separator = indent === undefined ? ', ' : `,\n${' '.repeat(indent * (level + 1))}`;
    out.add(indent === undefined ? open : `${open}\n${' '.repeat(indent * (level + 1))}`);
    for (let i = 0; i < length; i++) {
        if (i > 0)
            out.add(separator);
        if (list) {
            appendJson(out, value[i], indent, level + 1);
        }
        else {
            const key = keys[i];
            out.add(`${jsonString(key)}: `);
            appendJson(out, value[key], indent, level + 1);
        }
    }
    out.add(indent === undefined ? close : `\n${' '.repeat(indent * level)}${close}`);
}
/** Python's `json.dumps(value, indent=indent)` with its defaults (ensure_ascii, NaN allowed). */
function pyJsonDumps(value, indent) {
    const scalar = jsonScalar(value);
    if (scalar !== undefined)
        return scalar;
    const out = new TextBuilder();
    appendJson(out, value, indent);
    return out.toString();
}



/***/ }),

/***/ 79671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q8: () => (/* binding */ findTargets),
/* harmony export */   qb: () => (/* binding */ normalisePath)
/* harmony export */ });
/* unused harmony exports DEFAULT_PARAMS_FILE, DEFAULT_METRICS_FILE, checkDvcYamlTypes, targetsFromDvcYaml */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42226);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79341);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41048);
/**
 * Which files hold the metrics and params, at one revision: the `--targets` given, else what the
 * project's dvc.yaml files declare (stage `metrics:`/`params:`, top-level `metrics:`/`params:`),
 * else `metrics.json` / `params.yaml` when they exist. Every dvc.yaml of the project counts, each
 * read at the same revision, as DVC reads the repository as it was; paths in one are relative to
 * its own folder and come out relative to the folder the command runs in, as DVC prints them.
 */





const DEFAULT_PARAMS_FILE = 'params.yaml';
const DEFAULT_METRICS_FILE = 'metrics.json';
/** A path as DVC names it: relative, with forward slashes and no `./`. */
function normalisePath(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
}
/** `- metrics.json` or `- metrics.json: {cache: false}`: the path of one output entry. */
function outputPaths(entries) {
    if (!Array.isArray(entries))
        return [];
    return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : (0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(entry) ? Object.keys(entry) : []));
}
function paramsEntries(entries, wdir) {
    if (!Array.isArray(entries))
        return [];
    const targets = [];
    for (const entry of entries) {
        if (typeof entry === 'string') {
            targets.push({ path: normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(wdir, DEFAULT_PARAMS_FILE)), keys: [entry] });
        }
        else if ((0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(entry)) {
            for (const [file, keys] of Object.entries(entry)) {
                const path = normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(wdir, file));
                // `- custom.yaml:` with no keys (or []) tracks the whole file
                targets.push(Array.isArray(keys) && keys.length > 0 ? { path, keys: keys.map(String) } : { path });
            }
        }
    }
    return targets;
}
/** Merge entries for the same file: a whole-file entry wins over key lists. */
function mergeParams(targets) {
    const merged = new Map();
    for (const target of targets) {
        const seen = merged.get(target.path);
        if (!seen)
            merged.set(target.path, target.keys ? { path: target.path, keys: [...target.keys] } : { path: target.path });
        else if (!seen.keys || !target.keys)
            merged.set(target.path, { path: target.path });
        else
            seen.keys.push(...target.keys.filter((key) => !seen.keys.includes(key)));
    }
    return [...merged.values()];
}
/** The key paths a stage interpolates, `${train.lr}` → `train.lr` (indexes like `[0]` cut off). */
function interpolatedKeys(node, into) {
    if (typeof node === 'string') {
        for (const match of node.matchAll(/\$\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)/g))
            into.add(match[1]);
    }
    else if (Array.isArray(node)) {
        for (const item of node)
            interpolatedKeys(item, into);
    }
    else if ((0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(node)) {
        for (const [key, item] of Object.entries(node)) {
            interpolatedKeys(key, into);
            interpolatedKeys(item, into);
        }
    }
}
/**
 * `vars:` files with the keys stages interpolate from them: DVC's `tracked_vars`, which
 * `params diff` shows too. Approximation: every `${...}` of every stage is looked up in every
 * vars file (keys a file lacks select nothing), and a foreach over `${x}` tracks all of `x`.
 */
function varsTargets(files, keys) {
    if (keys.size === 0)
        return [];
    const seen = new Set();
    const targets = [];
    for (const { path, only } of files) {
        if (seen.has(path))
            continue;
        seen.add(path);
        // `file.yaml:a,b` imports only those keys
        const wanted = [...keys].filter((key) => !only || only.some((name) => name.split('.')[0] === key.split('.')[0]));
        if (wanted.length > 0)
            targets.push({ path, keys: wanted });
    }
    return targets;
}
function varsFiles(entries, wdir) {
    if (!Array.isArray(entries))
        return [];
    // strings are files (`file.yaml` or `file.yaml:key1,key2`); dicts are inline values
    return entries.flatMap((entry) => {
        if (typeof entry !== 'string')
            return [];
        const [file, only] = entry.split(':');
        const path = normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(wdir, file));
        return [only ? { path, only: only.split(',').map((key) => key.trim()) } : { path }];
    });
}
function typeName(value) {
    if (value === null)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(value))
        return 'a mapping';
    return typeof value === 'string' ? 'text' : typeof value === 'boolean' ? 'true/false' : 'a number';
}
/**
 * The parts of a dvc.yaml this tool reads must have DVC's types; DVC refuses the file otherwise,
 * and skipping a `metrics: eval.json` (text, not a list) would silently read no metrics at all.
 */
function checkDvcYamlTypes(dvcYaml, file) {
    const fail = (where, expected, value) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`${file}: '${where}' must be ${expected}, not ${typeName(value)}.`, { hint: 'See https://dvc.org/doc/user-guide/project-structure/dvcyaml-files.' });
    };
    if (dvcYaml === null)
        return;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(dvcYaml))
        fail('(the file)', 'a mapping (stages:, metrics:, params:…)', dvcYaml);
    const object = dvcYaml;
    const lists = (node, prefix) => {
        for (const key of ['metrics', 'params', 'vars']) {
            if (key in node && node[key] !== null && !Array.isArray(node[key]))
                fail(`${prefix}${key}`, 'a list', node[key]);
        }
    };
    lists(object, '');
    if (!('stages' in object) || object.stages === null)
        return;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(object.stages))
        fail('stages', 'a mapping of stage names to stages', object.stages);
    for (const [name, stage] of Object.entries(object.stages)) {
        if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(stage))
            fail(`stages.${name}`, 'a mapping (cmd:, deps:, outs:…)', stage);
        const body = (0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(stage.do) ? stage.do : stage;
        const prefix = body === stage ? `stages.${name}.` : `stages.${name}.do.`;
        lists(body, prefix);
        if ('wdir' in body && typeof body.wdir !== 'string')
            fail(`${prefix}wdir`, 'text (a folder)', body.wdir);
    }
}
/** The metrics and params a dvc.yaml in `folder` declares, with paths relative to the project root. */
function targetsFromDvcYaml(dvcYaml, folder = '.') {
    const declared = { stageMetrics: [], topLevelMetrics: [], params: [], topLevelParams: [], vars: [] };
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(dvcYaml))
        return declared;
    const inFolder = (path) => normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, path));
    if (Array.isArray(dvcYaml.params)) {
        for (const entry of dvcYaml.params)
            if (typeof entry === 'string')
                declared.topLevelParams.push(inFolder(entry));
    }
    // the default vars file is the params.yaml next to the dvc.yaml
    const vars = [{ path: inFolder(DEFAULT_PARAMS_FILE) }, ...varsFiles(dvcYaml.vars, folder)];
    const interpolated = new Set();
    const stages = (0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(dvcYaml.stages) ? dvcYaml.stages : {};
    for (const stage of Object.values(stages)) {
        if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(stage))
            continue;
        interpolatedKeys(stage, interpolated);
        // foreach/matrix stages keep their definition under `do`
        const body = (0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(stage.do) ? stage.do : stage;
        const wdir = inFolder(typeof body.wdir === 'string' ? body.wdir : '.');
        declared.stageMetrics.push(...outputPaths(body.metrics).map((path) => normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(wdir, path))));
        declared.params.push(...paramsEntries(body.params, wdir));
        vars.push(...varsFiles(body.vars, wdir));
    }
    declared.topLevelMetrics.push(...outputPaths(dvcYaml.metrics).map(inFolder));
    declared.vars = varsTargets(vars, interpolated);
    return declared;
}
/** All dvc.yaml files together, paths as the command's folder sees them. */
function combine(all, project) {
    const shown = (path) => (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, path);
    const shownTargets = (targets) => mergeParams(targets.map((target) => ({ ...target, path: shown(target.path) })));
    const metrics = all.flatMap((one) => one.stageMetrics).concat(all.flatMap((one) => one.topLevelMetrics)).map(shown);
    return {
        metrics: [...new Set(metrics)],
        params: shownTargets(all.flatMap((one) => one.params)),
        topLevelParams: [...new Set(all.flatMap((one) => one.topLevelParams).map(shown))],
        vars: shownTargets(all.flatMap((one) => one.vars)),
    };
}
async function exists(revision, path, options) {
    try {
        return (await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(revision, path, options)) !== undefined;
    }
    catch {
        return true; // there, but unreadable: the caller reports it
    }
}
/** The targets at one revision. `explicit` (from --targets) wins; params `--targets` are whole files. */
async function findTargets(revision, options, explicit, memo) {
    if (explicit && explicit.length > 0) {
        // an absolute path names the same file as its path from here (`--targets $PWD/metrics.json`)
        const paths = explicit.map((path) => normalisePath((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(options.cwd, path) || '.' : path));
        return { metrics: paths, params: paths.map((path) => ({ path })), topLevelParams: [], vars: [], defaultParams: DEFAULT_PARAMS_FILE, source: 'targets' };
    }
    const project = await (memo ? memo.project(options.cwd) : (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .findProject */ .t1)(options.cwd));
    const declared = [];
    for (const file of await (memo ? memo.dvcYamlFiles(revision, project) : (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .dvcYamlFiles */ .Qg)(revision, project))) {
        // listed but gone from the workspace: nothing to read
        const dvcYaml = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(revision, (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, file), options);
        if (dvcYaml === undefined)
            continue;
        checkDvcYamlTypes(dvcYaml, (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, file));
        declared.push(targetsFromDvcYaml(dvcYaml, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file)));
    }
    const defaultParams = (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, DEFAULT_PARAMS_FILE);
    if (declared.length > 0)
        return { ...combine(declared, project), defaultParams, source: 'dvc.yaml' };
    const defaultMetrics = (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, DEFAULT_METRICS_FILE);
    return {
        metrics: (await exists(revision, defaultMetrics, options)) ? [defaultMetrics] : [],
        // params.yaml itself is added whole by the caller, as DVC does with or without dvc.yaml
        params: [],
        topLevelParams: [],
        vars: [],
        defaultParams,
        source: 'defaults',
    };
}


/***/ })

};
