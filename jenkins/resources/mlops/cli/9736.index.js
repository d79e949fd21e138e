export const id = 9736;
export const ids = [9736,8807,2400];
export const modules = {

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
