export const id = 8838;
export const ids = [8838];
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
/* harmony import */ var _metrics_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43775);
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


/***/ })

};
