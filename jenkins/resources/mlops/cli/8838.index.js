export const id = 8838;
export const ids = [8838,6598];
export const modules = {

/***/ 18838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILT_IN_METRICS: () => (/* binding */ BUILT_IN_METRICS),
/* harmony export */   SCHEMAS: () => (/* binding */ SCHEMAS),
/* harmony export */   TEMPLATE_VARIABLES: () => (/* binding */ TEMPLATE_VARIABLES),
/* harmony export */   parseAnalysisFile: () => (/* binding */ parseAnalysisFile),
/* harmony export */   parseDuration: () => (/* binding */ parseDuration),
/* harmony export */   promDuration: () => (/* binding */ promDuration),
/* harmony export */   readAnalysisFile: () => (/* binding */ readAnalysisFile),
/* harmony export */   renderQuery: () => (/* binding */ renderQuery)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _metrics_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * The canary analysis file (`canary-analysis: analysis.yaml`): where Prometheus is, which request
 * metrics schema the cluster exports, how often and how long to measure, and the thresholds each
 * metric is held to, absolutely and against the stable revision. Parsed into one typed object; a
 * key the file does not know, a wrong type or an unknown metric name is a usage error naming the
 * key, so a typo never quietly turns a check off.
 */



const SCHEMAS = ['auto', 'knative-opencensus', 'knative-otel', 'custom'];
/** The built-in metrics: the share of non-5xx responses, and latency quantiles in milliseconds. */
const BUILT_IN_METRICS = ['success-rate', 'latency-p50', 'latency-p95', 'latency-p99'];
/** The variables a custom query may use. */
const TEMPLATE_VARIABLES = ['canary', 'stable', 'namespace', 'name', 'window'];
const DEFAULTS = { interval: '30s', window: '2m', count: 5, failureLimit: 0, minRequests: 20 };
const TOP_KEYS = ['prometheus', 'schema', 'interval', 'window', 'count', 'failure-limit', 'min-requests', 'inconclusive', 'metrics'];
const PROMETHEUS_KEYS = ['url', 'service', 'bearer-token-env', 'basic-auth-env', 'headers'];
const BASIC_AUTH_KEYS = ['username', 'password'];
const METRIC_KEYS = ['name', 'query', 'min', 'max', 'max-drop-vs-stable', 'max-ratio-vs-stable'];
const isMapping = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (isMapping(value))
        return 'a mapping';
    return typeof value === 'string' ? `'${value}'` : String(value);
}
/** Parses one file; every error names the file and the key (`metrics[1].max`). */
class Reader {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(key, detail, hint) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${this.file}: ${key}: ${detail}`, hint);
    }
    known(mapping, keys, where) {
        for (const key of Object.keys(mapping)) {
            if (!keys.includes(key))
                this.fail(where ? `${where}.${key}` : key, 'unknown key.', `Known keys${where ? ` of ${where}` : ''}: ${keys.join(', ')}.`);
        }
    }
    mapping(value, key) {
        if (!isMapping(value))
            this.fail(key, `expected a mapping, got ${describe(value)}.`);
        return value;
    }
    string(value, key) {
        if (typeof value !== 'string' || value.trim() === '')
            this.fail(key, `expected text, got ${describe(value)}.`);
        return value.trim();
    }
    number(value, key, { min, above } = {}) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            this.fail(key, `expected a number, got ${describe(value)}.`);
        if (min !== undefined && value < min)
            this.fail(key, `${value} is below ${min}.`);
        if (above !== undefined && value <= above)
            this.fail(key, `${value} must be above ${above}.`);
        return value;
    }
    count(value, key, min) {
        if (typeof value !== 'number' || !Number.isInteger(value))
            this.fail(key, `expected a whole number, got ${describe(value)}.`);
        if (value < min)
            this.fail(key, `${value} is below ${min}.`);
        return value;
    }
    envName(value, key) {
        const name = this.string(value, key);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            this.fail(key, `'${name}' is not an environment variable name.`, 'Name the variable that holds the secret (e.g. PROM_TOKEN), never the secret itself.');
        return name;
    }
    duration(value, key) {
        if (typeof value !== 'string')
            this.fail(key, `expected a duration like 30s or 2m, got ${describe(value)}.`);
        const ms = parseDuration(value.trim());
        if (ms === undefined || ms <= 0)
            this.fail(key, `'${value}' is not a duration like 30s, 2m or 1m30s.`);
        return { ms, text: promDuration(ms) };
    }
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };
/** A Prometheus duration (`30s`, `2m`, `1m30s`, `500ms`) in milliseconds; undefined when it is not one. */
function parseDuration(text) {
    if (!/^(\d+(ms|s|m|h|d|w|y))+$/.test(text))
        return undefined;
    let ms = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g))
        ms += Number(amount) * UNIT_MS[unit];
    return ms;
}
/** Milliseconds as the shortest Prometheus duration (`120000` → `2m`). */
function promDuration(ms) {
    for (const [unit, size] of [['h', 3_600_000], ['m', 60_000], ['s', 1000]]) {
        if (ms % size === 0)
            return `${ms / size}${unit}`;
    }
    return `${ms}ms`;
}
function prometheusSettings(reader, value) {
    const raw = reader.mapping(value, 'prometheus');
    reader.known(raw, PROMETHEUS_KEYS, 'prometheus');
    if (raw.url !== undefined && raw.service !== undefined)
        reader.fail('prometheus', 'give url or service, not both.');
    let location;
    if (raw.url !== undefined) {
        const text = reader.string(raw.url, 'prometheus.url');
        let url;
        try {
            url = new URL(text);
        }
        catch {
            reader.fail('prometheus.url', `'${text}' is not a URL.`, 'e.g. url: http://prometheus.monitoring:9090');
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            reader.fail('prometheus.url', `'${text}' is not an http(s) URL.`);
        if (url.username || url.password)
            reader.fail('prometheus.url', 'carries credentials.', 'Put them in environment variables and name those: bearer-token-env or basic-auth-env.');
        location = { kind: 'url', url: text.replace(/\/+$/, '') };
    }
    else if (raw.service !== undefined) {
        const text = reader.string(raw.service, 'prometheus.service');
        const match = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([a-z0-9]([-a-z0-9]*[a-z0-9])?):([a-z0-9-]+)$/.exec(text);
        if (!match)
            reader.fail('prometheus.service', `'${text}' is not namespace/service:port.`, 'e.g. service: monitoring/prometheus-operated:9090');
        location = { kind: 'service', namespace: match[1], service: match[3], port: match[5] };
    }
    else {
        reader.fail('prometheus', 'give url (http://prometheus.monitoring:9090) or service (monitoring/prometheus-operated:9090).');
    }
    if (raw['bearer-token-env'] !== undefined && raw['basic-auth-env'] !== undefined)
        reader.fail('prometheus', 'give bearer-token-env or basic-auth-env, not both.');
    let credentials = { kind: 'none' };
    if (raw['bearer-token-env'] !== undefined)
        credentials = { kind: 'bearer', tokenEnv: reader.envName(raw['bearer-token-env'], 'prometheus.bearer-token-env') };
    if (raw['basic-auth-env'] !== undefined) {
        const basic = reader.mapping(raw['basic-auth-env'], 'prometheus.basic-auth-env');
        reader.known(basic, BASIC_AUTH_KEYS, 'prometheus.basic-auth-env');
        credentials = {
            kind: 'basic',
            usernameEnv: reader.envName(basic.username, 'prometheus.basic-auth-env.username'),
            passwordEnv: reader.envName(basic.password, 'prometheus.basic-auth-env.password'),
        };
    }
    if (location.kind === 'service' && credentials.kind !== 'none') {
        // kube-apiserver authenticates the proxy request with the kubeconfig and drops its Authorization header
        reader.fail('prometheus', `${credentials.kind === 'bearer' ? 'bearer-token-env' : 'basic-auth-env'} cannot reach Prometheus through the API server's service proxy, which authenticates with the kubeconfig and does not pass an Authorization header on.`, 'Use url: with the credentials, or service: without them (the kubeconfig authenticates).');
    }
    const headers = {};
    if (raw.headers !== undefined) {
        for (const [name, header] of Object.entries(reader.mapping(raw.headers, 'prometheus.headers'))) {
            const key = `prometheus.headers.${name}`;
            if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
                reader.fail(key, 'is not an HTTP header name.');
            if (/^(authorization|proxy-authorization|cookie)$/i.test(name))
                reader.fail(key, 'would put a credential in the file.', 'Name an environment variable instead: bearer-token-env or basic-auth-env.');
            if (typeof header !== 'string' && typeof header !== 'number')
                reader.fail(key, `expected text, got ${describe(header)}.`);
            headers[name] = String(header);
        }
    }
    return { location, credentials, headers };
}
function metricRule(reader, value, index) {
    const where = `metrics[${index}]`;
    const raw = reader.mapping(value, where);
    reader.known(raw, METRIC_KEYS, where);
    const name = reader.string(raw.name, `${where}.name`);
    const thresholds = {};
    if (raw.min !== undefined)
        thresholds.min = reader.number(raw.min, `${where}.min`);
    if (raw.max !== undefined)
        thresholds.max = reader.number(raw.max, `${where}.max`);
    if (raw['max-drop-vs-stable'] !== undefined)
        thresholds.maxDropVsStable = reader.number(raw['max-drop-vs-stable'], `${where}.max-drop-vs-stable`, { min: 0 });
    if (raw['max-ratio-vs-stable'] !== undefined)
        thresholds.maxRatioVsStable = reader.number(raw['max-ratio-vs-stable'], `${where}.max-ratio-vs-stable`, { above: 0 });
    if (Object.keys(thresholds).length === 0)
        reader.fail(where, `${name} has no threshold, so it would judge nothing.`, 'Give min, max, max-drop-vs-stable or max-ratio-vs-stable.');
    if (thresholds.min !== undefined && thresholds.max !== undefined && thresholds.min > thresholds.max)
        reader.fail(where, `min ${thresholds.min} is above max ${thresholds.max}.`);
    const builtIn = BUILT_IN_METRICS.includes(name);
    if (raw.query === undefined) {
        if (!builtIn)
            reader.fail(`${where}.name`, `unknown metric '${name}'.`, `Built in: ${BUILT_IN_METRICS.join(', ')}; any other name needs a query.`);
        return { kind: 'built-in', name: name, ...thresholds };
    }
    if (builtIn)
        reader.fail(`${where}.query`, `${name} is built in and takes no query.`, 'Give the custom metric a name of its own.');
    const query = reader.string(raw.query, `${where}.query`);
    for (const [, variable] of query.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!TEMPLATE_VARIABLES.includes(variable)) {
            reader.fail(`${where}.query`, `unknown template variable {{${variable}}}.`, `Known: ${TEMPLATE_VARIABLES.map((known) => `{{${known}}}`).join(', ')}.`);
        }
    }
    for (const key of ['maxDropVsStable', 'maxRatioVsStable']) {
        if (thresholds[key] !== undefined) {
            reader.fail(`${where}.${key === 'maxDropVsStable' ? 'max-drop-vs-stable' : 'max-ratio-vs-stable'}`, 'compares a built-in metric with the stable revision; a custom query has no stable counterpart.', 'Write the comparison into the query ({{canary}} and {{stable}}) and give min or max.');
        }
    }
    return { kind: 'custom', name, query, ...thresholds };
}
/** The analysis file's text (YAML) as a checked configuration. `file` names it in messages. */
function parseAnalysisFile(text, file) {
    const reader = new Reader(file);
    let data;
    try {
        data = (0,_metrics_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfigYaml */ .FA)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
    }
    if (!isMapping(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: expected a mapping with prometheus and metrics, got ${describe(data)}.`);
    reader.known(data, TOP_KEYS, '');
    if (data.prometheus === undefined)
        reader.fail('prometheus', 'missing.', 'e.g. prometheus: {url: http://prometheus.monitoring:9090}');
    const prometheus = prometheusSettings(reader, data.prometheus);
    let schema = 'auto';
    if (data.schema !== undefined) {
        const given = reader.string(data.schema, 'schema');
        if (!SCHEMAS.includes(given))
            reader.fail('schema', `'${given}' is not one of ${SCHEMAS.join(', ')}.`);
        schema = given;
    }
    const interval = reader.duration(data.interval ?? DEFAULTS.interval, 'interval');
    const window = reader.duration(data.window ?? DEFAULTS.window, 'window');
    const count = data.count === undefined ? DEFAULTS.count : reader.count(data.count, 'count', 1);
    const failureLimit = data['failure-limit'] === undefined ? DEFAULTS.failureLimit : reader.count(data['failure-limit'], 'failure-limit', 0);
    if (failureLimit >= count)
        reader.fail('failure-limit', `${failureLimit} tolerates every one of the ${count} measurements, so the analysis could never fail.`, `Give a failure-limit below count (${count}).`);
    let inconclusive = 'fail';
    if (data.inconclusive !== undefined) {
        const given = reader.string(data.inconclusive, 'inconclusive');
        if (given !== 'fail' && given !== 'pass')
            reader.fail('inconclusive', `'${given}' is not fail or pass.`);
        inconclusive = given;
    }
    if (!Array.isArray(data.metrics) || data.metrics.length === 0)
        reader.fail('metrics', 'expected a non-empty list, e.g. - {name: success-rate, min: 0.99}.');
    const metrics = data.metrics.map((item, index) => metricRule(reader, item, index));
    const seen = new Set();
    metrics.forEach((metric, index) => {
        if (seen.has(metric.name))
            reader.fail(`metrics[${index}].name`, `${metric.name} is listed twice.`);
        seen.add(metric.name);
    });
    let minRequests = data['min-requests'] === undefined ? DEFAULTS.minRequests : reader.count(data['min-requests'], 'min-requests', 0);
    if (schema === 'custom') {
        const builtIn = metrics.findIndex((metric) => metric.kind === 'built-in');
        if (builtIn >= 0)
            reader.fail(`metrics[${builtIn}].name`, `${metrics[builtIn].name} reads Knative's request metrics, which schema custom does not use.`, 'Use schema auto (or knative-opencensus / knative-otel), or give the metric a query.');
        if (data['min-requests'] !== undefined)
            reader.fail('min-requests', "counts Knative's requests, which schema custom does not use.", 'Remove it, or use schema auto.');
        minRequests = undefined;
    }
    return { file, prometheus, schema, intervalMs: interval.ms, windowMs: window.ms, window: window.text, count, failureLimit, minRequests, inconclusive, metrics };
}
/** The analysis file at `path`, shown as `file` in messages. */
async function readAnalysisFile(path, file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot read the analysis file ${file} (${path}).`, 'Give a file relative to the project folder, e.g. canary-analysis.yaml.');
    }
    return parseAnalysisFile(text, file);
}
/** A custom query with its template variables filled in. */
function renderQuery(query, values) {
    return query.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_whole, variable) => values[variable]);
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
