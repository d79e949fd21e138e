export const id = 736;
export const ids = [736];
export const modules = {

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
        const config = await (0,analysis_config/* readAnalysisFile */.x)((0,external_node_path_.resolve)(cwd, file), file);
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
        const { serviceProxyEndpoint } = await __webpack_require__.e(/* import() */ 644).then(__webpack_require__.bind(__webpack_require__, 64644));
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
    const probe = await (0,schema/* probeSchema */.ul)(prometheus, config.schema, target.namespace, nowMs);
    const variables = { canary: target.stable, stable: target.stable, namespace: target.namespace, name: target.name, window: config.window };
    for (const rule of config.metrics) {
        if (rule.kind !== 'custom')
            continue;
        const promql = (0,analysis_config/* renderQuery */.no)(rule.query, variables);
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
