export const id = 3775;
export const ids = [3775];
export const modules = {

/***/ 88471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ isIndexLike),
/* harmony export */   FB: () => (/* binding */ rememberKeyOrder),
/* harmony export */   Pz: () => (/* binding */ copyKeyOrder),
/* harmony export */   ir: () => (/* binding */ orderedKeys)
/* harmony export */ });
/**
 * A file's key order where a JavaScript object would change it. An object lists the keys that
 * look like array indexes (`"2"`, `"10"`) first, in numeric order; Python's dict, and so `dvc
 * metrics show --json`, keeps the order of the file. The objects read from such a file carry the
 * file's order here, for the writers that print keys as they come (`show --json`).
 */
const fileOrder = new WeakMap();
/** A key JavaScript moves to the front of an object: the canonical form of an integer below 2³² − 1. */
const isIndexLike = (key) => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
/** The keys of an object read from a file, in the file's order. */
function orderedKeys(object) {
    const order = fileOrder.get(object);
    return order ? [...order] : Object.keys(object);
}
/** Give `copy` (made from `source`, with some of its keys) the file order `source` has. */
function copyKeyOrder(source, copy) {
    const order = fileOrder.get(source);
    if (order)
        fileOrder.set(copy, order.filter((key) => Object.hasOwn(copy, key)));
}
/** Remember `keys`, the file's order of `object`'s keys. */
function rememberKeyOrder(object, keys) {
    fileOrder.set(object, keys);
}


/***/ }),

/***/ 43775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o2: () => (/* binding */ UnreadableFileError),
  BQ: () => (/* binding */ checkYamlDepth),
  be: () => (/* binding */ formatOf),
  _1: () => (/* binding */ loadTomlParser),
  FA: () => (/* binding */ parseConfigYaml),
  jE: () => (/* binding */ parseStructured)
});

// UNUSED EXPORTS: MAX_YAML_DEPTH, parseNumberLiteral

// EXTERNAL MODULE: ./node_modules/lossless-json/lib/esm/index.js + 6 modules
var esm = __webpack_require__(875);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/metrics/key-order.ts
var key_order = __webpack_require__(88471);
// EXTERNAL MODULE: ./src/metrics/value.ts
var metrics_value = __webpack_require__(41048);
;// CONCATENATED MODULE: ./src/metrics/yaml-key-order.ts
/**
 * The file order of the objects parsed from a YAML or JSON file, where JavaScript's differs (see
 * key-order.ts), read from the YAML document's maps (JSON is YAML 1.2).
 */



/**
 * Remember the order of a YAML document's maps for the objects `value` holds (the document's
 * JavaScript form, same shape). Only a map with an index-like key and nothing unusual (merge keys,
 * aliases, repeated keys) is remembered; every other object's own order is the file's already.
 */
function recordYamlOrder(node, value) {
    if ((0,dist.isAlias)(node))
        return;
    if ((0,dist.isSeq)(node) && Array.isArray(value)) {
        node.items.forEach((item, index) => recordYamlOrder(item, value[index]));
        return;
    }
    if (!(0,dist.isMap)(node) || !(0,metrics_value/* isPlainObject */.Qd)(value))
        return;
    const keys = [];
    for (const pair of node.items) {
        if (!(0,dist.isScalar)(pair.key))
            return;
        const key = String(pair.key.value);
        keys.push(key);
        recordYamlOrder(pair.value, value[key]);
    }
    const own = Object.keys(value);
    if (keys.length !== own.length || new Set(keys).size !== keys.length || !keys.every((key) => Object.hasOwn(value, key)))
        return;
    if (keys.some(key_order/* isIndexLike */.CQ) && keys.some((key, index) => key !== own[index]))
        (0,key_order/* rememberKeyOrder */.FB)(value, keys);
}
/** The same for a JSON file's objects: its text read for structure (JSON is YAML 1.2), only when a key in it may be index-like. */
function recordJsonOrder(text, value) {
    if (!/"(?:0|[1-9]\d{0,9})"\s*:/.test(text))
        return;
    const document = (0,dist.parseDocument)(text, { uniqueKeys: false, logLevel: 'silent' });
    if (document.errors.length === 0)
        recordYamlOrder(document.contents, value);
}

;// CONCATENATED MODULE: ./src/metrics/parse.ts
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
class UnreadableFileError extends errors/* MlopsError */.IC {
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
    return (0,esm/* isInteger */.Fq)(text) ? BigInt(text) : Number(text);
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
        const out = (0,metrics_value/* newRecord */.Mx)();
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
    return (0,errors/* escapeText */.X1)(message.split('\n')[0].replace(/:$/, ''));
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
        if (node === null || node === undefined || (0,dist.isScalar)(node))
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        if (open.has(node))
            return 1;
        open.add(node);
        let count = 1;
        if ((0,dist.isAlias)(node)) {
            const target = node.resolve(document);
            const line = node.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
            if (target === undefined)
                throw new Error(`the alias *${node.source}${line ? ` at line ${line}` : ''} names no anchor (&${node.source}) before it`);
            if (open.has(target)) {
                throw new Error(`the alias *${node.source}${line ? ` at line ${line}` : ''} is inside the value it names, which would never end`);
            }
            count = size(target);
        }
        else if ((0,dist.isPair)(node))
            count = size(node.key) + size(node.value);
        else if ((0,dist.isCollection)(node))
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
function parseYamlText(text, { bigInts = true, keep } = {}) {
    const deep = lineTooDeep(text, MAX_YAML_DEPTH);
    if (deep !== undefined)
        throw new Error(`nested more than ${MAX_YAML_DEPTH} levels deep at line ${deep}; flatten it`);
    const documents = (0,dist.parseAllDocuments)(text, { intAsBigInt: bigInts, uniqueKeys: true, logLevel: 'silent', prettyErrors: true });
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
    keep?.(document);
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
    return name ? `the key '${(0,errors/* escapeText */.X1)(name)}'` : 'a key';
}
/** The parser's complaint in our words: what is wrong and where, never the library's code names. */
function describeYamlProblem(problem, text) {
    const where = problem.linePos ? ` at line ${problem.linePos[0].line}, column ${problem.linePos[0].col}` : '';
    const first = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    switch (problem.code) {
        case 'DUPLICATE_KEY':
            return `${repeatedKey(problem, text)} is repeated${where}; each key may appear once (the first value would be lost)`;
        case 'TAG_RESOLVE_FAILED':
            return `${(0,errors/* escapeText */.X1)(first.replace(/^Unresolved tag/, 'unknown tag'))}${where}; only plain YAML values are read (no language-specific tags such as !!python/object)`;
        case 'BAD_DIRECTIVE':
            return `${(0,errors/* escapeText */.X1)(first)}${where}; remove the %YAML directive or write %YAML 1.2`;
        default:
            return `${(0,errors/* escapeText */.X1)(first)}${where}`;
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
function parseStructured(text, format, path, { keyOrder = false } = {}) {
    let document;
    let value;
    try {
        value = parseValue(text, format, keyOrder ? (parsed) => (document = parsed) : undefined);
    }
    catch (error) {
        throw new UnreadableFileError(path, `malformed ${format.toUpperCase()}: ${describeParseError(error)}`);
    }
    try {
        if (keyOrder && format === 'json')
            recordJsonOrder(text, value);
        if (document)
            recordYamlOrder(document.contents, value);
    }
    catch {
        // a file too deep for the order's reader (JSON has no depth bound here): JavaScript's order
    }
    return value;
}
function parseValue(text, format, keep) {
    switch (format) {
        case 'json':
            // Fast and exact for the usual file; lossless-json where a token's text matters.
            if (!/NaN|Infinity/.test(text) && !hasAmbiguousNumber(text))
                return intsAsBigInt(JSON.parse(text));
            if (!/NaN|Infinity/.test(text))
                return (0,esm/* parse */.qg)(text, null, JSON_OPTIONS);
            return normalise(unmarkNonFinite((0,esm/* parse */.qg)(markNonFinite(text), null, JSON_OPTIONS)));
        case 'toml':
            if (!tomlParser)
                throw new Error('the TOML parser is not loaded (call loadTomlParser first)');
            return normalise(tomlParser(text, { integersAsBigInt: true }));
        case 'yaml':
            return normalise(parseYamlText(text, { keep }));
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
