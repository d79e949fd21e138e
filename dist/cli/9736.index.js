export const id = 9736;
export const ids = [9736,8838,8807,2400];
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


/***/ }),

/***/ 62400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   h: () => (/* binding */ resolveAuth)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Prometheus credentials, named in the analysis file by environment variable and read from the
 * environment the front end passes in (never from the process). The values go into request headers
 * only; they are also handed to the HTTP layer so that no message can carry them.
 */

function required(config, env, key, name) {
    const value = env[name];
    if (value === undefined || value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${config.file}: prometheus.${key} names ${name}, which is ${value === undefined ? 'not set' : 'empty'} in this environment.`, `Set ${name} in the job's environment from a secret (GitHub: env: ${name}: \${{ secrets.${name} }}; Jenkins: withCredentials).`);
    }
    return value;
}
/** The request headers for the file's Prometheus; a named variable that is unset or empty is a usage error. */
function resolveAuth(config, env) {
    const { credentials, headers } = config.prometheus;
    switch (credentials.kind) {
        case 'none':
            return { headers: { ...headers }, secrets: [] };
        case 'bearer': {
            const token = required(config, env, 'bearer-token-env', credentials.tokenEnv);
            return { headers: { ...headers, Authorization: `Bearer ${token}` }, secrets: [token] };
        }
        case 'basic': {
            const username = required(config, env, 'basic-auth-env.username', credentials.usernameEnv);
            const password = required(config, env, 'basic-auth-env.password', credentials.passwordEnv);
            const encoded = Buffer.from(`${username}:${password}`).toString('base64');
            return { headers: { ...headers, Authorization: `Basic ${encoded}` }, secrets: [password, encoded] };
        }
    }
}
/** `text` with every secret replaced by `***`, longest first (a secret may contain a shorter one). */
function redact(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((value) => value.length >= 3).sort((a, b) => b.length - a.length))
        out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 58807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OTEL_HISTOGRAMS: () => (/* binding */ OTEL_HISTOGRAMS),
/* harmony export */   PROBE_LOOKBACK_MS: () => (/* binding */ PROBE_LOOKBACK_MS),
/* harmony export */   builtInQueries: () => (/* binding */ builtInQueries),
/* harmony export */   describeSchema: () => (/* binding */ describeSchema),
/* harmony export */   literal: () => (/* binding */ literal),
/* harmony export */   probeMatchers: () => (/* binding */ probeMatchers),
/* harmony export */   probeSchema: () => (/* binding */ probeSchema),
/* harmony export */   revisionSelector: () => (/* binding */ revisionSelector),
/* harmony export */   schemaName: () => (/* binding */ schemaName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Which request metrics the cluster exports, and the PromQL that reads them for one revision.
 *
 * - Knative ≤ 1.18 (OpenCensus): `revision_request_count` and `revision_request_latencies_bucket`
 *   (milliseconds), labelled `namespace_name`, `revision_name`, `response_code_class`.
 * - Knative ≥ 1.19 (OpenTelemetry): the histogram `kn_queueproxy_app_duration_seconds` (1.19.0–1.19.7
 *   and 1.20.0) or `kn_serving_invocation_duration_seconds` (from 1.19.8, 1.20.1, 1.21), in seconds,
 *   labelled `http_response_status_code`; the revision is `kn_revision_name` (with the namespace as
 *   `k8s_namespace_name`) when resource attributes are promoted to labels, else only the scrape's
 *   `namespace` and `pod` labels say it: a revision's pods are named `<revision>-deployment-…`.
 *
 * Every query filters the namespace: staging and production share revision names.
 */

const OTEL_HISTOGRAMS = ['kn_serving_invocation_duration_seconds', 'kn_queueproxy_app_duration_seconds'];
/** How far back the probe looks for series: an idle stable revision may have been scaled to zero for hours. */
const PROBE_LOOKBACK_MS = 6 * 3_600_000;
/** A PromQL string literal. */
function literal(value) {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
const regexEscape = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The label matchers of one revision's series in one namespace. */
function revisionSelector(schema, namespace, revision) {
    if (schema.kind === 'knative-opencensus')
        return `namespace_name=${literal(namespace)},revision_name=${literal(revision)}`;
    if (schema.revisionBy === 'kn_revision_name')
        return `k8s_namespace_name=${literal(namespace)},kn_revision_name=${literal(revision)}`;
    return `namespace=${literal(namespace)},pod=~${literal(`${regexEscape(revision)}-deployment-.*`)}`;
}
const QUANTILE = { 'latency-p50': '0.5', 'latency-p95': '0.95', 'latency-p99': '0.99' };
/** The PromQL of a built-in metric for one revision, over `window` (a PromQL duration). */
function builtInQueries(schema, metric, namespace, revision, window) {
    const selector = revisionSelector(schema, namespace, revision);
    const otel = schema.kind === 'knative-otel';
    const counter = otel ? `${schema.histogram}_count` : 'revision_request_count';
    const errors = otel ? 'http_response_status_code=~"5.."' : 'response_code_class="5xx"';
    const requests = `sum(increase(${counter}{${selector}}[${window}]))`;
    if (metric === 'success-rate') {
        // `or vector(0)`: a canary that answers only errors reads 0, never "no data"
        return { requests, value: `1 - (sum(rate(${counter}{${selector},${errors}}[${window}])) or vector(0)) / sum(rate(${counter}{${selector}}[${window}]))` };
    }
    const buckets = otel ? `${schema.histogram}_bucket` : 'revision_request_latencies_bucket';
    const quantile = `histogram_quantile(${QUANTILE[metric]}, sum by (le) (rate(${buckets}{${selector}}[${window}])))`;
    if (!otel)
        return { requests, value: quantile };
    return { requests, value: `${quantile} * 1000`, latencySum: `sum(rate(${schema.histogram}_sum{${selector}}[${window}]))` };
}
/** The schema as one word for tables and JSON. */
function schemaName(schema) {
    return schema.kind;
}
/** The schema with what was found, for the log. */
function describeSchema(schema) {
    switch (schema.kind) {
        case 'knative-opencensus':
            return 'knative-opencensus (revision_request_count, revision_request_latencies; Knative ≤ 1.18)';
        case 'knative-otel':
            return `knative-otel (${schema.histogram}; revision from ${schema.revisionBy === 'pod' ? 'the pod name <revision>-deployment-…' : 'kn_revision_name'}; Knative ≥ 1.19)`;
        case 'custom':
            return 'custom (the file’s own queries)';
    }
}
const ENABLE_HINT = "Enable Knative's request metrics and scrape each revision's queue-proxy on port 9091 (http-usermetric): Knative ≤ 1.18 exports them " +
    'with metrics.request-metrics-backend-destination: prometheus in config-observability; Knative ≥ 1.19 with request-metrics-protocol: prometheus. ' +
    'Or use schema: custom with queries of your own.';
function classify(series, namespace) {
    const found = [];
    const has = (schema) => found.some((known) => JSON.stringify(known) === JSON.stringify(schema));
    for (const labels of series) {
        const name = labels.__name__ ?? '';
        let schema;
        if (name === 'revision_request_count' && labels.namespace_name === namespace)
            schema = { kind: 'knative-opencensus' };
        for (const histogram of OTEL_HISTOGRAMS) {
            if (name !== `${histogram}_count`)
                continue;
            if (labels.kn_revision_name && labels.k8s_namespace_name === namespace)
                schema = { kind: 'knative-otel', histogram, revisionBy: 'kn_revision_name' };
            else if (labels.namespace === namespace && labels.pod)
                schema = { kind: 'knative-otel', histogram, revisionBy: 'pod' };
        }
        if (schema && !has(schema))
            found.push(schema);
    }
    // The newest exporter first: during an upgrade the canary runs the new queue-proxy.
    const rank = (schema) => schema.kind === 'knative-otel' ? OTEL_HISTOGRAMS.indexOf(schema.histogram) * 2 + (schema.revisionBy === 'kn_revision_name' ? 0 : 1) : 10;
    return found.sort((a, b) => rank(a) - rank(b));
}
/** What the probe looks for, by the schema the file asks for. */
function probeMatchers(choice, namespace) {
    const otelNames = OTEL_HISTOGRAMS.map((histogram) => `${histogram}_count`).join('|');
    const otel = [`{__name__=~${literal(otelNames)},k8s_namespace_name=${literal(namespace)}}`, `{__name__=~${literal(otelNames)},namespace=${literal(namespace)}}`];
    const opencensus = [`revision_request_count{namespace_name=${literal(namespace)}}`];
    return choice === 'knative-otel' ? otel : choice === 'knative-opencensus' ? opencensus : [...otel, ...opencensus];
}
/**
 * Which request metrics Prometheus has for the namespace (over the last PROBE_LOOKBACK_MS). None
 * is a configuration error that says how to enable them or to use `schema: custom`.
 */
async function probeSchema(prometheus, choice, namespace, nowMs) {
    if (choice === 'custom')
        return { schema: { kind: 'custom' }, alsoFound: [] };
    const matchers = probeMatchers(choice, namespace);
    const found = classify(await prometheus.series(matchers, nowMs - PROBE_LOOKBACK_MS, nowMs), namespace);
    if (found.length === 0) {
        const looked = choice === 'knative-otel'
            ? `${OTEL_HISTOGRAMS.map((histogram) => `${histogram}_count`).join(' or ')} with k8s_namespace_name or namespace="${namespace}" (Knative ≥ 1.19)`
            : choice === 'knative-opencensus'
                ? `revision_request_count{namespace_name="${namespace}"} (Knative ≤ 1.18)`
                : `revision_request_count{namespace_name="${namespace}"} (Knative ≤ 1.18) or ${OTEL_HISTOGRAMS.map((histogram) => `${histogram}_count`).join(' / ')} with k8s_namespace_name or namespace="${namespace}" (Knative ≥ 1.19)`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`Prometheus at ${prometheus.where} has no Knative request metrics for namespace ${namespace} in the last ${PROBE_LOOKBACK_MS / 3_600_000}h: looked for ${looked}.`, ENABLE_HINT);
    }
    return { schema: found[0], alsoFound: found.slice(1) };
}


/***/ }),

/***/ 9736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANALYSIS_OPTION: () => (/* binding */ ANALYSIS_OPTION),
  checkAnalysisOption: () => (/* binding */ checkAnalysisOption),
  connectPrometheus: () => (/* binding */ connectPrometheus),
  prepareAnalysis: () => (/* binding */ prepareAnalysis)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/analysis/config.ts
var analysis_config = __webpack_require__(18838);
// EXTERNAL MODULE: ./src/analysis/credentials.ts
var credentials = __webpack_require__(62400);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/analysis/http.ts
/**
 * The one HTTP layer of the analysis: a form POST with a per-call timeout, retried with backoff on
 * 429, 5xx and dropped connections (never on another 4xx), through Prometheus' own URL or the
 * Kubernetes API server's service proxy. Every message it makes names where the request went and
 * has the secrets scrubbed out.
 */




/** No answer at all (refused, reset, timed out), after the retries. */
class UnreachableError extends errors/* MlopsError */.IC {
    constructor(message) {
        super(message);
        this.name = 'UnreachableError';
    }
}
const DEFAULT_RETRY = { timeoutMs: 30_000, attempts: 3, backoffMs: 250, sleep: (ms) => new Promise((done) => setTimeout(done, ms)) };
const RETRIED_STATUS = (status) => status === 429 || status >= 500;
const MAX_BODY = 16 * 1024 * 1024;
function once(url, body, endpoint, timeoutMs) {
    const request = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const req = request(url, {
            method: 'POST',
            agent: endpoint.agent,
            headers: { ...endpoint.headers, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body), Accept: 'application/json' },
            timeout: timeoutMs,
        }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY)
                    req.destroy(new Error(`the answer is over ${MAX_BODY / 1024 / 1024} MiB`));
                else
                    chunks.push(chunk);
            });
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                contentType: String(res.headers['content-type'] ?? ''),
                text: Buffer.concat(chunks).toString('utf8'),
                retryAfter: typeof res.headers['retry-after'] === 'string' ? res.headers['retry-after'] : undefined,
            }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)}s`)));
        req.on('error', reject);
        req.end(body);
    });
}
function retryDelay(retryAfter, fallback) {
    if (retryAfter === undefined)
        return fallback;
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, 5000) : fallback;
}
/**
 * POST `form` to `path` under the endpoint. Returns the last answer, whatever its status (the caller
 * names what a status means); throws UnreachableError when no answer came after the retries.
 */
async function postForm(endpoint, path, form, policy = DEFAULT_RETRY) {
    const url = new URL(`${endpoint.base}${path}`);
    const body = form.toString();
    for (let attempt = 1;; attempt++) {
        let wait = policy.backoffMs * 2 ** (attempt - 1);
        try {
            const answer = await once(url, body, endpoint, policy.timeoutMs);
            if (!RETRIED_STATUS(answer.status) || attempt >= policy.attempts)
                return { status: answer.status, contentType: answer.contentType, text: answer.text };
            wait = retryDelay(answer.retryAfter, wait);
        }
        catch (error) {
            const code = error.code;
            const problem = `${error instanceof Error ? error.message : String(error)}${code && !(error instanceof Error && error.message.includes(code)) ? ` (${code})` : ''}`;
            if (attempt >= policy.attempts) {
                throw new UnreachableError((0,credentials/* redact */.E)(`${endpoint.where} did not answer POST ${path}: ${problem}${policy.attempts > 1 ? ` (${policy.attempts} tries)` : ''}`, endpoint.secrets));
            }
        }
        await policy.sleep(wait);
    }
}

;// CONCATENATED MODULE: ./src/analysis/prometheus.ts
/**
 * The Prometheus port: instant queries (`POST /api/v1/query`, form-encoded, at an explicit
 * evaluation time) and series look-ups (`POST /api/v1/series`), over the HTTP layer. Answers are
 * read as the HTTP API documents them: an envelope with `status`, `data` or `errorType`/`error`,
 * sample values as strings ("NaN" and "+Inf" included). Anything else — 400/422/503, an error
 * envelope, a proxy's HTML page — is a PrometheusError naming the query and where it went.
 */



/** Prometheus answered, but not with a result: the message names the query (or look-up) and where. */
class PrometheusError extends errors/* MlopsError */.IC {
    status;
    errorType;
    constructor(message, status, errorType) {
        super(message);
        this.status = status;
        this.errorType = errorType;
        this.name = 'PrometheusError';
    }
}
/** A sample value as the HTTP API writes it. */
function sampleValue(text) {
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    if (text === 'NaN')
        return NaN;
    return typeof text === 'string' && text.trim() !== '' ? Number(text) : NaN;
}
const clip = (text, length = 200) => (text.length > length ? `${text.slice(0, length)}…` : text);
function envelopeOf(answer, what, where) {
    if (answer.status === 401 || answer.status === 403) {
        throw new PrometheusError(`${where} refused ${what} with HTTP ${answer.status}${answer.text.trim() ? ` (${JSON.stringify(clip(answer.text.trim(), 120))})` : ''}. Check the credentials the analysis file names (bearer-token-env, basic-auth-env) and, through the service proxy, that the kubeconfig may get services/proxy.`, answer.status);
    }
    const looksHtml = /html/i.test(answer.contentType) || /^\s*<(!doctype|html|head|body)/i.test(answer.text);
    if (looksHtml) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(answer.text)?.[1]?.trim();
        throw new PrometheusError(`${where} answered HTTP ${answer.status} with an HTML page${title ? ` ("${clip(title, 120)}")` : ''}, not Prometheus' JSON, for ${what}. Is a proxy or a login page in the way, or is the URL not Prometheus' own?`, answer.status);
    }
    let parsed;
    try {
        parsed = JSON.parse(answer.text);
    }
    catch {
        throw new PrometheusError(`${where} answered HTTP ${answer.status} with something that is not JSON (${JSON.stringify(clip(answer.text.trim()))}) for ${what}.`, answer.status);
    }
    const envelope = parsed;
    if (typeof parsed !== 'object' || parsed === null || (envelope.status !== 'success' && envelope.status !== 'error')) {
        throw new PrometheusError(`${where} answered HTTP ${answer.status} with JSON that is not a Prometheus API answer (no "status") for ${what}.`, answer.status);
    }
    if (envelope.status === 'error' || answer.status < 200 || answer.status >= 300) {
        const type = typeof envelope.errorType === 'string' ? envelope.errorType : undefined;
        const detail = typeof envelope.error === 'string' ? envelope.error : 'no error message';
        const meaning = answer.status === 400 ? ' (the query or its parameters are wrong)' : answer.status === 422 ? ' (the query cannot be executed)' : answer.status === 503 ? ' (the query timed out or was aborted)' : '';
        throw new PrometheusError(`${where} answered HTTP ${answer.status}${meaning}, ${type ?? 'error'}: ${clip(detail, 400)}; for ${what}.`, answer.status, type);
    }
    return envelope;
}
function samplesOf(data, what, where) {
    const { resultType, result } = (data ?? {});
    if (resultType === 'scalar' && Array.isArray(result))
        return [{ labels: {}, value: sampleValue(result[1]) }];
    if (resultType === 'vector' && Array.isArray(result)) {
        return result.map((item) => {
            const { metric, value } = item;
            return { labels: metric ?? {}, value: sampleValue(value?.[1]) };
        });
    }
    throw new PrometheusError(`${where} answered ${String(resultType)} for ${what}; expected an instant vector or a scalar.`, 200);
}
/** The Prometheus behind an HTTP endpoint (its URL, or the API server's service proxy). */
function prometheusAt(endpoint, policy = DEFAULT_RETRY) {
    const where = `Prometheus at ${endpoint.where}`;
    const clean = (text) => (0,credentials/* redact */.E)(text, endpoint.secrets);
    const call = async (path, form, what) => {
        const answer = await postForm(endpoint, path, form, policy);
        try {
            return envelopeOf(answer, what, where);
        }
        catch (error) {
            if (error instanceof PrometheusError)
                throw new PrometheusError(clean(error.message), error.status, error.errorType);
            throw error;
        }
    };
    return {
        where: endpoint.where,
        async query(promql, atMs) {
            const what = `the query ${promql}`;
            const envelope = await call('/api/v1/query', new URLSearchParams({ query: promql, time: (atMs / 1000).toFixed(3) }), what);
            return { samples: samplesOf(envelope.data, what, where), warnings: Array.isArray(envelope.warnings) ? envelope.warnings.map((w) => clean(String(w))) : [] };
        },
        async series(matchers, startMs, endMs) {
            const form = new URLSearchParams({ start: (startMs / 1000).toFixed(3), end: (endMs / 1000).toFixed(3) });
            for (const matcher of matchers)
                form.append('match[]', matcher);
            const envelope = await call('/api/v1/series', form, `the series look-up ${matchers.join(', ')}`);
            if (!Array.isArray(envelope.data))
                throw new PrometheusError(`${where} answered the series look-up without a list of series.`, 200);
            return envelope.data;
        },
    };
}

// EXTERNAL MODULE: ./src/analysis/schema.ts
var schema = __webpack_require__(58807);
;// CONCATENATED MODULE: ./src/analysis/setup.ts
/**
 * The checks around an analysis, each at the earliest point it can run:
 * - before training (`checkAnalysisOption`): the file parses and every credential variable it
 *   names is set;
 * - before the canary is deployed (`prepareAnalysis`): Prometheus answers, the schema probe finds
 *   the cluster's request metrics in the namespace, and every custom query parses.
 */







/** The option key of the analysis file (action input, mlops.yaml key; `--analysis` on the CLI). */
const ANALYSIS_OPTION = 'canary-analysis';
/**
 * Before training: the analysis file at `file` (relative to `cwd`) read and checked, and the
 * credential variables it names present in `env`. Without `env` (an event that will not promote,
 * such as a pull request from a fork, which gets no secrets) only the file is checked. Every
 * problem is an OptionError on canary-analysis.
 */
async function checkAnalysisOption(file, { cwd, env }) {
    try {
        const config = await (0,analysis_config.readAnalysisFile)((0,external_node_path_.resolve)(cwd, file), file);
        if (env)
            (0,credentials/* resolveAuth */.h)(config, env);
        return config;
    }
    catch (error) {
        if (error instanceof errors/* OptionError */.eR || !(error instanceof errors/* UsageError */.eb))
            throw error;
        throw new errors/* OptionError */.eR(ANALYSIS_OPTION, error.message, error.hint);
    }
}
/** The Prometheus the file names: its URL, or a Service through the API server (with the kubeconfig text, or the usual places). */
async function connectPrometheus(config, env, options = {}) {
    const auth = (0,credentials/* resolveAuth */.h)(config, env);
    const location = config.prometheus.location;
    let endpoint;
    if (location.kind === 'url') {
        endpoint = { base: location.url, headers: auth.headers, where: location.url, secrets: auth.secrets };
    }
    else {
        const { serviceProxyEndpoint } = await __webpack_require__.e(/* import() */ 4644).then(__webpack_require__.bind(__webpack_require__, 64644));
        endpoint = await serviceProxyEndpoint(location, auth, options.kubeconfig);
    }
    return prometheusAt(endpoint, options.retry ?? DEFAULT_RETRY);
}
/**
 * Before the canary is deployed: probe the schema in the namespace and evaluate every custom query
 * once (with the stable revision standing in for the canary), so a query Prometheus cannot parse
 * or run is a configuration error while nothing has changed yet. Configuration problems are
 * UsageErrors; a Prometheus that does not answer is an UnreachableError.
 */
async function prepareAnalysis(config, prometheus, target, nowMs) {
    const probe = await (0,schema.probeSchema)(prometheus, config.schema, target.namespace, nowMs);
    const variables = { canary: target.stable, stable: target.stable, namespace: target.namespace, name: target.name, window: config.window };
    for (const rule of config.metrics) {
        if (rule.kind !== 'custom')
            continue;
        const promql = (0,analysis_config.renderQuery)(rule.query, variables);
        try {
            await prometheus.query(promql, nowMs);
        }
        catch (error) {
            if (error instanceof PrometheusError && (error.status === 400 || error.status === 422)) {
                throw new errors/* UsageError */.eb(`${config.file}: metrics: ${rule.name}: ${error.message}`, 'Fix the query; try it in the Prometheus UI with the template variables filled in.');
            }
            throw error;
        }
    }
    return { ...probe, config, prometheus };
}


/***/ })

};
