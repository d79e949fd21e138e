export const id = 8807;
export const ids = [8807];
export const modules = {

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
