export const id = 2402;
export const ids = [2402,8838,8807];
export const modules = {

/***/ 72402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QueryShapeError: () => (/* binding */ QueryShapeError),
/* harmony export */   SYSTEM_CLOCK: () => (/* binding */ SYSTEM_CLOCK),
/* harmony export */   analyze: () => (/* binding */ analyze),
/* harmony export */   formatNumber: () => (/* binding */ formatNumber),
/* harmony export */   judge: () => (/* binding */ judge),
/* harmony export */   measure: () => (/* binding */ measure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18838);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58807);
/**
 * The canary analysis itself: `count` measurements, one every `interval` (the first one `interval`
 * after the start), each querying canary and stable at the same evaluation time, each metric held
 * to its thresholds and to the stable revision. Stops early once failures exceed `failure-limit`.
 *
 * A measurement is never a crash or a pass for lack of data: NaN, an empty vector or fewer than
 * `min-requests` canary requests make it inconclusive, and a breached threshold wins over too few
 * requests. `inconclusive: fail` counts an inconclusive measurement as failed, `pass` as passed, but
 * a canary with no passing measurement at all is never passed. A Prometheus that fails (no answer,
 * an error answer) or a custom query that returns more than one series ends the analysis as failed
 * at once, whatever `inconclusive` says.
 */



const SYSTEM_CLOCK = { now: () => Date.now(), sleep: (ms) => new Promise((done) => setTimeout(done, Math.max(0, ms))) };
/** A custom query that does not give one value: a mistake in the file, the same at every measurement. */
class QueryShapeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    constructor(message) {
        super(message);
        this.name = 'QueryShapeError';
    }
}
/** Numbers as the tables and reasons show them: four significant digits, Prometheus' spellings for the rest. */
function formatNumber(value) {
    if (value === null || value === undefined)
        return '–';
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(Number(value.toPrecision(4)));
}
const finiteOrNull = (value) => (value !== undefined && Number.isFinite(value) ? value : null);
/** One value from an answer: undefined when empty; more than one series is a QueryShapeError naming the query. */
function single(answer, metric, query) {
    if (answer.samples.length > 1) {
        const shown = answer.samples.slice(0, 3).map((sample) => JSON.stringify(sample.labels)).join(', ');
        throw new QueryShapeError(`${metric}: the query ${query} returned ${answer.samples.length} series (${shown}${answer.samples.length > 3 ? ', …' : ''}); it must return one. Aggregate it, e.g. sum(…) or max(…).`);
    }
    return answer.samples[0]?.value;
}
const hasVsStable = (rule) => rule.maxDropVsStable !== undefined || rule.maxRatioVsStable !== undefined;
const WHOLE_SECONDS = 'latency recorded in whole seconds (the histogram’s _sum stays 0 while _count grows): Knative’s OpenTelemetry latency needs Knative 1.19.9, 1.20.2 or 1.21 and later';
/** The verdict of one metric at one measurement. */
function judge(rule, seen, minRequests, window) {
    const requests = seen.canaryRequests === undefined ? null : Math.round(seen.canaryRequests);
    const result = (verdict, reason) => ({
        metric: rule.name, canary: seen.canaryUnreadable ? null : finiteOrNull(seen.canary), stable: seen.stableUnreadable ? null : finiteOrNull(seen.stable), requests, verdict, reason,
    });
    if (seen.canaryUnreadable)
        return result('inconclusive', seen.canaryUnreadable);
    const canary = seen.canary;
    const readable = canary !== undefined && !Number.isNaN(canary);
    const breaches = [];
    const passes = [];
    const notes = [];
    if (readable) {
        if (rule.min !== undefined)
            (canary < rule.min ? breaches : passes).push(`${formatNumber(canary)} ${canary < rule.min ? '<' : '≥'} min ${formatNumber(rule.min)}`);
        if (rule.max !== undefined)
            (canary > rule.max ? breaches : passes).push(`${formatNumber(canary)} ${canary > rule.max ? '>' : '≤'} max ${formatNumber(rule.max)}`);
    }
    let judgedVsStable = false;
    if (hasVsStable(rule)) {
        const stable = seen.stable;
        const stableRequests = seen.stableRequests === undefined ? undefined : Math.round(seen.stableRequests);
        if (minRequests !== undefined && (stableRequests ?? 0) < minRequests)
            notes.push(`vs stable skipped: the stable had ${stableRequests ?? 0} requests in ${window} (min-requests ${minRequests})`);
        else if (seen.stableUnreadable)
            notes.push(`vs stable skipped: the stable’s ${seen.stableUnreadable}`);
        else if (stable === undefined || Number.isNaN(stable))
            notes.push(`vs stable skipped: the stable has no value (${stable === undefined ? 'empty result' : 'NaN'})`);
        else if (readable) {
            judgedVsStable = true;
            if (rule.maxDropVsStable !== undefined) {
                const floor = stable - rule.maxDropVsStable;
                if (canary < floor)
                    breaches.push(`${formatNumber(stable - canary)} below stable ${formatNumber(stable)} (max-drop-vs-stable ${formatNumber(rule.maxDropVsStable)})`);
                else
                    passes.push(`within ${formatNumber(rule.maxDropVsStable)} of stable ${formatNumber(stable)}`);
            }
            if (rule.maxRatioVsStable !== undefined) {
                if (stable <= 0) {
                    if (canary > 0)
                        breaches.push(`${formatNumber(canary)} against a stable of ${formatNumber(stable)} (max-ratio-vs-stable ${formatNumber(rule.maxRatioVsStable)})`);
                    else
                        passes.push(`not above stable ${formatNumber(stable)}`);
                }
                else {
                    const ratio = canary / stable;
                    (ratio > rule.maxRatioVsStable ? breaches : passes).push(`${formatNumber(ratio)}× stable ${formatNumber(stable)} ${ratio > rule.maxRatioVsStable ? '>' : '≤'} max-ratio-vs-stable ${formatNumber(rule.maxRatioVsStable)}`);
                }
            }
        }
    }
    const withNotes = (text) => [text, ...notes].filter(Boolean).join('; ');
    // A breached threshold wins over too few requests: a canary answering only errors fails.
    if (breaches.length > 0)
        return result('failed', withNotes(breaches.join('; ')));
    if (minRequests !== undefined && (requests ?? 0) < minRequests)
        return result('inconclusive', withNotes(`only ${requests ?? 0} canary requests in ${window} (min-requests ${minRequests})`));
    if (!readable)
        return result('inconclusive', withNotes(canary === undefined ? 'no data (empty result)' : 'NaN (no requests to divide by in the window)'));
    const judgedAbsolute = rule.min !== undefined || rule.max !== undefined;
    if (!judgedAbsolute && !judgedVsStable)
        return result('inconclusive', withNotes('nothing to judge'));
    return result('passed', withNotes(passes.join('; ')));
}
function measurementVerdict(results) {
    if (results.some((result) => result.verdict === 'failed'))
        return 'failed';
    if (results.some((result) => result.verdict === 'inconclusive'))
        return 'inconclusive';
    return 'passed';
}
/** One measurement at `atMs`: every query evaluated at that same time. */
async function measure(input, atMs) {
    const { config, prometheus, schema, target } = input;
    const variables = { canary: target.canary, stable: target.stable, namespace: target.namespace, name: target.name, window: config.window };
    // First every query is asked (each PromQL once), then all of them settle: none is still running,
    // or retrying, when the measurement ends, failed or not.
    const asked = new Map();
    const ask = (promql) => {
        if (!asked.has(promql))
            asked.set(promql, prometheus.query(promql, atMs));
        return promql;
    };
    const plans = config.metrics.map((rule) => {
        if (rule.kind === 'custom')
            return { rule, custom: ask((0,_config_js__WEBPACK_IMPORTED_MODULE_1__.renderQuery)(rule.query, variables)) };
        if (schema.kind === 'custom')
            throw new Error(`${rule.name} is built in, and schema custom has none`); // the file parser refuses this
        const of = (revision) => {
            const queries = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__.builtInQueries)(schema, rule.name, target.namespace, revision, config.window);
            return { value: ask(queries.value), sum: queries.latencySum === undefined ? undefined : ask(queries.latencySum), requests: ask(queries.requests) };
        };
        return { rule, canary: of(target.canary), stable: hasVsStable(rule) ? of(target.stable) : undefined };
    });
    const requestsQuery = (revision) => schema.kind === 'custom' ? undefined : ask((0,_schema_js__WEBPACK_IMPORTED_MODULE_2__.builtInQueries)(schema, 'success-rate', target.namespace, revision, config.window).requests);
    const canaryRequestsQuery = requestsQuery(target.canary);
    const stableRequestsQuery = config.metrics.some(hasVsStable) ? requestsQuery(target.stable) : undefined;
    const promqls = [...asked.keys()];
    const settled = await Promise.allSettled(asked.values());
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure)
        throw failure.reason;
    const answers = new Map(promqls.map((promql, index) => [promql, settled[index].value]));
    const value = (promql, metric) => single(answers.get(promql), metric, promql);
    // no series at all is no request at all
    const requests = (promql) => {
        if (promql === undefined)
            return undefined;
        const count = value(promql, 'requests');
        return count === undefined || Number.isNaN(count) ? 0 : count;
    };
    const canaryRequests = requests(canaryRequestsQuery);
    const stableRequests = requests(stableRequestsQuery);
    const results = plans.map((plan) => {
        let seen;
        if ('custom' in plan)
            seen = { canary: value(plan.custom, plan.rule.name) };
        else {
            const read = (queries) => {
                const wholeSeconds = queries.sum !== undefined && value(queries.sum, plan.rule.name) === 0 && (requests(queries.requests) ?? 0) > 0;
                return { value: value(queries.value, plan.rule.name), unreadable: wholeSeconds ? WHOLE_SECONDS : undefined };
            };
            const canary = read(plan.canary);
            const stable = plan.stable ? read(plan.stable) : undefined;
            seen = { canary: canary.value, canaryUnreadable: canary.unreadable, stable: stable?.value, stableUnreadable: stable?.unreadable };
        }
        return judge(plan.rule, { ...seen, canaryRequests, stableRequests }, config.minRequests, config.window);
    });
    return { at: new Date(atMs).toISOString(), results, verdict: measurementVerdict(results) };
}
const describeError = (error) => (error instanceof Error ? error.message : String(error));
/** The analysis from start to verdict. Never throws for what Prometheus or the file's queries do: that is a failed analysis. */
async function analyze(input) {
    const { config, target } = input;
    const clock = input.clock ?? SYSTEM_CLOCK;
    const measurements = [];
    const done = (verdict, summary, error) => ({
        verdict, schema: (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__.schemaName)(input.schema), namespace: target.namespace, name: target.name, canary: target.canary, stable: target.stable,
        measurements, summary, ...(error ? { error } : {}), intervalMs: config.intervalMs, window: config.window, count: config.count,
    });
    const start = clock.now();
    let failures = 0;
    for (let index = 1; index <= config.count; index++) {
        const at = start + index * config.intervalMs;
        await clock.sleep(at - clock.now());
        let measurement;
        try {
            measurement = await measure(input, at);
        }
        catch (error) {
            const reason = describeError(error).replace(/\.$/, '');
            measurements.push({
                at: new Date(at).toISOString(),
                results: config.metrics.map((rule) => ({ metric: rule.name, canary: null, stable: null, requests: null, verdict: 'failed', reason })),
                verdict: 'failed',
            });
            input.onMeasurement?.(measurements.at(-1), index);
            return done('failed', `measurement ${index} of ${config.count} could not be made: ${reason}`, reason);
        }
        measurements.push(measurement);
        input.onMeasurement?.(measurement, index);
        if (measurement.verdict === 'failed' || (measurement.verdict === 'inconclusive' && config.inconclusive === 'fail'))
            failures++;
        if (failures > config.failureLimit) {
            return done('failed', `${failures} of ${index} measurements failed${config.inconclusive === 'fail' ? ' or were inconclusive' : ''}, more than failure-limit ${config.failureLimit}`);
        }
    }
    const passed = measurements.filter((measurement) => measurement.verdict === 'passed').length;
    if (passed === 0) {
        const inconclusive = measurements.filter((measurement) => measurement.verdict === 'inconclusive').length;
        return done('failed', `no measurement passed (${inconclusive} of ${config.count} inconclusive): a canary is never promoted without a conclusive, passing measurement`);
    }
    return done('passed', `${passed} of ${config.count} measurements passed${failures > 0 ? `, ${failures} within failure-limit ${config.failureLimit}` : ''}`);
}


/***/ }),

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


/***/ })

};
