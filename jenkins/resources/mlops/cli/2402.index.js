export const id = 2402;
export const ids = [2402,8807];
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
