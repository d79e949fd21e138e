export const id = 6834;
export const ids = [6834,6995,8199,8368,3585];
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


/***/ }),

/***/ 88199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConflictError: () => (/* binding */ ConflictError),
/* harmony export */   GROUP: () => (/* binding */ GROUP),
/* harmony export */   PLURAL: () => (/* binding */ PLURAL),
/* harmony export */   VERSION: () => (/* binding */ VERSION),
/* harmony export */   kubeClientFrom: () => (/* binding */ kubeClientFrom)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const GROUP = 'serving.kserve.io';
const VERSION = 'v1beta1';
const PLURAL = 'inferenceservices';
/** A write lost to a newer resourceVersion (HTTP 409): read again and retry. */
class ConflictError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConflictError';
    }
}
function statusCode(error) {
    return error.code ?? error.statusCode;
}
function kubeMessage(error) {
    const body = error.body;
    try {
        const parsed = typeof body === 'string' ? JSON.parse(body) : body;
        if (parsed?.message)
            return parsed.message;
    }
    catch {
        // not JSON
    }
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
function explain(error, what) {
    const code = statusCode(error);
    if (code === 409)
        throw new ConflictError(kubeMessage(error));
    if (code === 401)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`Kubernetes refused the credentials while trying to ${what} (401): ${kubeMessage(error)}`, { hint: 'Check the kubeconfig (its token or certificate may have expired).' });
    if (code === 403)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`Kubernetes forbids ${what} (403): ${kubeMessage(error)}`, { hint: 'Grant the kubeconfig user get, create, update, patch and watch on inferenceservices.serving.kserve.io in that namespace.' });
    if (code === 404)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`${what}: not found (404). Is KServe installed in the cluster (the InferenceService CRD)?`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`Could not ${what}: ${kubeMessage(error)}${code ? ` (HTTP ${code})` : ''}`);
}
/**
 * The Kubernetes client loads on first use: it is large, and its fetch dependency pulls in Node's
 * deprecated `punycode`, which would warn on every run of every verb.
 */
async function k8sModule() {
    quietDependencyDeprecations();
    return __webpack_require__.e(/* import() */ 4433).then(__webpack_require__.bind(__webpack_require__, 14433));
}
/**
 * client-node 1.x (the line that still runs on Node 20) fetches through node-fetch 2, which makes
 * Node print DEP0040 (punycode) and DEP0169 (url.parse) on every rollout: noise no user can act on.
 * Exactly those two codes are dropped; every other warning still prints.
 */
const DEPENDENCY_DEPRECATIONS = new Set(['DEP0040', 'DEP0169']);
let quieted = false;
function quietDependencyDeprecations() {
    if (quieted)
        return;
    quieted = true;
    const emit = process.emitWarning.bind(process);
    process.emitWarning = ((warning, ...rest) => {
        const code = typeof rest[0] === 'object' && rest[0] !== null ? rest[0].code : rest[1];
        if (typeof code === 'string' && DEPENDENCY_DEPRECATIONS.has(code))
            return;
        emit(warning, ...rest);
    });
}
/** A client from kubeconfig text (the `kubeconfig` input) or, without it, KUBECONFIG / ~/.kube/config / in-cluster. */
async function kubeClientFrom(text) {
    const k8s = await k8sModule();
    return kubeIsvcClient(k8s, loadKubeConfig(k8s, text));
}
function loadKubeConfig(k8s, text) {
    const config = new k8s.KubeConfig();
    try {
        if (text && text.trim())
            config.loadFromString(text);
        else
            config.loadFromDefault();
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`The kubeconfig could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { hint: 'Pass the kubeconfig file content (kubeconfig input, or MLOPS_KUBECONFIG / KUBECONFIG for the CLI).' });
    }
    if (!config.getCurrentCluster())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC('The kubeconfig names no current cluster.', { hint: 'Set current-context in the kubeconfig.' });
    return config;
}
/**
 * client-node types a custom object as `any` (the parsed response body). What the API server sends
 * back is an InferenceService it has checked against the CRD's schema and given a resourceVersion
 * and generation, so this is the one place that JSON takes the type.
 */
function stored(body) {
    return body;
}
function kubeIsvcClient(k8s, config) {
    const api = config.makeApiClient(k8s.CustomObjectsApi);
    const base = (namespace) => ({ group: GROUP, version: VERSION, namespace, plural: PLURAL });
    return {
        async get(namespace, name) {
            try {
                return stored(await api.getNamespacedCustomObject({ ...base(namespace), name }));
            }
            catch (error) {
                if (statusCode(error) === 404)
                    return undefined;
                explain(error, `read inferenceservice ${namespace}/${name}`);
            }
        },
        async create(object) {
            try {
                return stored(await api.createNamespacedCustomObject({ ...base(object.metadata.namespace), body: object, fieldManager: 'mlops-action' }));
            }
            catch (error) {
                explain(error, `create inferenceservice ${object.metadata.namespace}/${object.metadata.name}`);
            }
        },
        async replace(object) {
            try {
                return stored(await api.replaceNamespacedCustomObject({ ...base(object.metadata.namespace), name: object.metadata.name, body: object, fieldManager: 'mlops-action' }));
            }
            catch (error) {
                explain(error, `update inferenceservice ${object.metadata.namespace}/${object.metadata.name}`);
            }
        },
        async mergePatch(namespace, name, patch) {
            try {
                return stored(await api.patchNamespacedCustomObject({ ...base(namespace), name, body: patch, fieldManager: 'mlops-action' }, k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch)));
            }
            catch (error) {
                explain(error, `patch inferenceservice ${namespace}/${name}`);
            }
        },
        async watch(namespace, name, resourceVersion, onEvent, onEnd) {
            const watch = new k8s.Watch(config);
            const controller = await watch.watch(`/apis/${GROUP}/${VERSION}/namespaces/${namespace}/${PLURAL}`, { fieldSelector: `metadata.name=${name}`, resourceVersion, allowWatchBookmarks: true }, (type, object) => {
                if (type === 'ERROR') {
                    // the object of an ERROR event is a metav1.Status
                    const status = object;
                    onEvent({ type: 'ERROR', code: status?.code, message: status?.message });
                }
                else if (type === 'BOOKMARK')
                    onEvent({ type, object: object });
                else
                    onEvent({ type: type, object: stored(object) });
            }, (error) => onEnd(error ?? undefined));
            return () => controller.abort();
        },
    };
}


/***/ }),

/***/ 16995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEPLOYMENT_MODE_ANNOTATION: () => (/* binding */ DEPLOYMENT_MODE_ANNOTATION),
/* harmony export */   SERVING_CONTAINER: () => (/* binding */ SERVING_CONTAINER),
/* harmony export */   STORAGE_URI_ENV: () => (/* binding */ STORAGE_URI_ENV),
/* harmony export */   TAG_ROUTING_ANNOTATION: () => (/* binding */ TAG_ROUTING_ANNOTATION),
/* harmony export */   checkName: () => (/* binding */ checkName),
/* harmony export */   checkNamespace: () => (/* binding */ checkNamespace),
/* harmony export */   inferenceService: () => (/* binding */ inferenceService),
/* harmony export */   parseEnv: () => (/* binding */ parseEnv),
/* harmony export */   parseResources: () => (/* binding */ parseResources)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * A `serving.kserve.io/v1beta1` InferenceService for a model: `predictor.model` (a model format,
 * a storage URI, a runtime) or, with an image, a custom container. Names are checked the way
 * KServe's webhook and Kubernetes check them, before anything reaches a cluster.
 */

const TAG_ROUTING_ANNOTATION = 'serving.kserve.io/enable-tag-routing';
/**
 * KServe's `constants.CustomSpecStorageUriEnvVarKey`: `CustomPredictor.GetStorageUri` reads it from
 * the container named `kserve-container`, and the storage initializer then fetches that URI.
 */
const STORAGE_URI_ENV = 'STORAGE_URI';
/** KServe's `constants.InferenceServiceContainerName`: the container it serves and mounts the model in. */
const SERVING_CONTAINER = 'kserve-container';
const DEPLOYMENT_MODE_ANNOTATION = 'serving.kserve.io/deploymentMode';
// KServe's webhook: '[a-z]([-a-z0-9]*[a-z0-9])?'; the predictor service `<name>-predictor` must
// still be a DNS-1035 label (63 characters), so the name may have at most 53.
const ISVC_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAME = 63 - '-predictor'.length;
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function checkName(name) {
    if (!ISVC_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-name', `'${name}' is not a valid InferenceService name.`, "Use lower-case letters, digits and '-', starting with a letter and ending with a letter or digit (KServe checks '[a-z]([-a-z0-9]*[a-z0-9])?'), e.g. housing-rf.");
    }
    if (name.length > MAX_NAME) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-name', `'${name}' is ${name.length} characters; at most ${MAX_NAME} fit, because KServe names the predictor service '${name}-predictor' and that must stay within 63.`);
    }
}
function checkNamespace(namespace) {
    if (!DNS_1123_LABEL.test(namespace) || namespace.length > 63) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-namespace', `'${namespace}' is not a valid namespace (lower-case letters, digits and '-', at most 63 characters).`);
    }
}
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|e[+-]?\d+)?$/;
/** `cpu=1,memory=2Gi` → requests and limits; `requests.cpu=…`/`limits.…` set one side. */
function parseResources(text) {
    const requests = {};
    const limits = {};
    for (const item of text.split(',').map((part) => part.trim()).filter(Boolean)) {
        const match = /^(?:(requests|limits)\.)?([a-z0-9./-]+)=(.+)$/i.exec(item);
        if (!match || !QUANTITY.test(match[3])) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-resources', `'${item}' is not resource=quantity.`, 'Example: --resources cpu=1,memory=2Gi or requests.cpu=500m,limits.memory=4Gi.');
        }
        const [, side, resource, quantity] = match;
        if (side !== 'limits')
            requests[resource] = quantity;
        if (side !== 'requests')
            limits[resource] = quantity;
    }
    return { ...(Object.keys(requests).length ? { requests } : {}), ...(Object.keys(limits).length ? { limits } : {}) };
}
// Kubernetes' IsEnvVarName (a C identifier, also allowing '-' and '.')
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
/** `NAME=value` items (`--env`), in order; the value may be empty or hold `=`. */
function parseEnv(items) {
    const env = {};
    for (const item of items) {
        const at = item.indexOf('=');
        if (at < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-env', `'${item}' is not NAME=value.`, 'Example: --env MODEL_NAME=housing.');
        const name = item.slice(0, at).trim();
        const value = item.slice(at + 1);
        if (!ENV_NAME.test(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-env', `'${name}' is not an environment variable name (letters, digits, '_', '-' and '.', not starting with a digit).`);
        if (Object.hasOwn(env, name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-env', `${name} is given twice (${env[name]}, then ${value}).`);
        env[name] = value;
    }
    return env;
}
function checkStorageUri(uri) {
    if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(uri))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-storage-uri', `'${uri}' is not a URI like s3://bucket/path.`);
}
/** The container's env: the given variables, then STORAGE_URI unless it is among them with the same value. */
function containerEnv(env, storageUri) {
    const merged = { ...env };
    if (storageUri !== undefined) {
        const given = merged[STORAGE_URI_ENV];
        if (given !== undefined && given !== storageUri) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-env', `${STORAGE_URI_ENV}=${given} and the storage URI ${storageUri} name two models; give one (the storage URI becomes ${STORAGE_URI_ENV} of the custom container).`);
        }
        merged[STORAGE_URI_ENV] = storageUri;
    }
    return Object.entries(merged).map(([name, value]) => ({ name, value }));
}
function whole(name, value, min, max = Infinity) {
    if (value === undefined)
        return undefined;
    if (!Number.isInteger(value) || value < min || value > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR(name, `${value} is not a whole number from ${min}${max === Infinity ? '' : ` to ${max}`}.`);
    return value;
}
/** The InferenceService object (ready to print as YAML/JSON, or to apply). */
function inferenceService(input) {
    checkName(input.name);
    checkNamespace(input.namespace);
    const canary = whole('canary-percent', input.canaryPercent, 0, 100);
    const minReplicas = whole('kserve-min-replicas', input.minReplicas, 0);
    const maxReplicas = whole('kserve-max-replicas', input.maxReplicas, 1);
    if (minReplicas !== undefined && maxReplicas !== undefined && maxReplicas < minReplicas) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-max-replicas', `${maxReplicas} is below the minimum replicas (${minReplicas}).`);
    }
    const resources = input.resources ? parseResources(input.resources) : undefined;
    if (input.storageUri !== undefined)
        checkStorageUri(input.storageUri);
    let workload;
    if (input.image) {
        // a custom container has no storageUri field: KServe takes the model's URI from its env
        const env = containerEnv(input.env ?? {}, input.storageUri);
        workload = {
            containers: [{ name: SERVING_CONTAINER, image: input.image, ...(env.length ? { env } : {}), ...(resources ? { resources } : {}) }],
        };
    }
    else {
        if (!input.modelFormat)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-model-format', 'required unless a container image is served (serving-image, or the image the run pushes).', 'Name the format KServe serves it with: sklearn, xgboost, lightgbm, onnx, pytorch, tensorflow, …');
        if (!input.storageUri)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('kserve-storage-uri', 'required unless a container image is served (serving-image, or the image the run pushes).', 'Where the model is stored, e.g. gs://bucket/models/housing/v3 or s3://… or pvc://….');
        const env = containerEnv(input.env ?? {}, undefined);
        workload = {
            model: {
                modelFormat: { name: input.modelFormat },
                ...(input.runtime ? { runtime: input.runtime } : {}),
                ...(input.protocol ? { protocolVersion: input.protocol } : {}),
                storageUri: input.storageUri,
                ...(env.length ? { env } : {}),
                ...(resources ? { resources } : {}),
            },
        };
    }
    return {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name: input.name,
            namespace: input.namespace,
            // lets the canary be called directly (latest-<name>…) for the smoke test
            annotations: { [TAG_ROUTING_ANNOTATION]: 'true', ...input.annotations },
        },
        spec: {
            predictor: {
                ...(minReplicas !== undefined ? { minReplicas } : {}),
                ...(maxReplicas !== undefined ? { maxReplicas } : {}),
                ...(canary !== undefined && canary < 100 ? { canaryTrafficPercent: canary } : {}),
                ...workload,
            },
        },
    };
}


/***/ }),

/***/ 16834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PREVIOUS_PREDICTOR_ANNOTATION: () => (/* binding */ PREVIOUS_PREDICTOR_ANNOTATION),
  describePromotion: () => (/* binding */ describePromotion),
  promote: () => (/* binding */ promote),
  rollback: () => (/* binding */ rollback),
  updateWithRetry: () => (/* binding */ updateWithRetry)
});

// EXTERNAL MODULE: ./src/analysis/analyze.ts
var analyze = __webpack_require__(72402);
// EXTERNAL MODULE: ./src/analysis/config.ts
var config = __webpack_require__(18838);
// EXTERNAL MODULE: ./src/analysis/schema.ts
var schema = __webpack_require__(58807);
// EXTERNAL MODULE: ./src/analysis/setup.ts + 2 modules
var setup = __webpack_require__(9736);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/kserve/kube-client.ts
var kube_client = __webpack_require__(88199);
// EXTERNAL MODULE: ./src/kserve/manifest.ts
var manifest = __webpack_require__(16995);
// EXTERNAL MODULE: ./src/kserve/smoke.ts
var kserve_smoke = __webpack_require__(23585);
// EXTERNAL MODULE: ./src/kserve/status.ts
var kserve_status = __webpack_require__(78368);
;// CONCATENATED MODULE: ./src/kserve/watch-until.ts
function watchUntil(input) {
    return new Promise((resolve) => {
        let last = input.initial;
        let resourceVersion = input.resourceVersion;
        let reconnects = 0;
        let stop;
        let finished = false;
        const finish = (outcome) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            stop?.();
            resolve(outcome);
        };
        const judge = (object) => {
            last = object;
            resourceVersion = object?.metadata?.resourceVersion ?? resourceVersion;
            const decision = input.decide(object);
            if (decision !== undefined)
                finish({ kind: 'decided', decision, object, reconnects });
        };
        const timer = setTimeout(() => finish({ kind: 'timed-out', last, reconnects }), input.timeoutMs);
        const restartFromRead = async (why) => {
            input.onReconnect?.(why);
            const fresh = await input.client.get(input.namespace, input.name).catch(() => undefined);
            if (fresh)
                judge(fresh);
            if (!finished)
                void start();
        };
        const start = async () => {
            if (finished)
                return;
            try {
                stop = await input.client.watch(input.namespace, input.name, resourceVersion, (event) => {
                    if (finished)
                        return;
                    if (event.type === 'ERROR') {
                        // 410 Gone: our resourceVersion is older than the server keeps; read and watch anew.
                        if (event.code === 410) {
                            stop?.();
                            void restartFromRead('the watch position expired (410 Gone)');
                        }
                        return;
                    }
                    if (event.type === 'BOOKMARK') {
                        resourceVersion = event.object?.metadata?.resourceVersion ?? resourceVersion;
                        return;
                    }
                    if (event.type !== 'DELETED')
                        judge(event.object);
                }, () => {
                    if (finished)
                        return;
                    reconnects++;
                    input.onReconnect?.(`the watch stream ended; resuming from resourceVersion ${resourceVersion}`);
                    setTimeout(() => void start(), 100);
                });
            }
            catch (error) {
                if (finished)
                    return;
                reconnects++;
                input.onReconnect?.(`the watch could not start (${error instanceof Error ? error.message : String(error)}); trying again`);
                setTimeout(() => void start(), 500);
            }
        };
        if (input.initial)
            judge(input.initial);
        void start();
    });
}

;// CONCATENATED MODULE: ./src/kserve/promote.ts
/**
 * The rollout on merge: read the InferenceService, apply the new model as a canary (tag routing
 * on), watch until its revision is Ready, smoke-test it, then promote it to all traffic or roll
 * back: traffic to the previous revision (canaryTrafficPercent 0) and the previous predictor spec
 * restored, so a later edit cannot promote the bad model by accident. RawDeployment, where KServe
 * ignores canaryTrafficPercent, is refused rather than silently "promoted".
 *
 * With a canary analysis, Prometheus is probed before anything is written (its schema, the custom
 * queries), and the analysis runs after the smoke test passed and before promoting: a failed
 * analysis rolls back exactly as a failed smoke test does.
 */










/** Where the predictor spec before our change is kept, for `mlops kserve rollback`. */
const PREVIOUS_PREDICTOR_ANNOTATION = 'mlops-action.io/previous-predictor';
const CONFLICT_RETRIES = 5;
/** Read, change, replace; on a 409 (someone else wrote meanwhile) read again and redo the change. */
async function updateWithRetry(client, namespace, name, change, logger) {
    for (let attempt = 1;; attempt++) {
        const current = await client.get(namespace, name);
        if (!current)
            throw new errors/* MlopsError */.IC(`inferenceservice ${namespace}/${name} disappeared during the rollout.`);
        try {
            return await client.replace(change(structuredClone(current)));
        }
        catch (error) {
            if (!(error instanceof kube_client.ConflictError) || attempt >= CONFLICT_RETRIES)
                throw error;
            logger.info(`Conflict writing ${namespace}/${name} (${error.message}); reading it again (attempt ${attempt + 1} of ${CONFLICT_RETRIES}).`);
        }
    }
}
function withPredictor(current, predictor, annotations) {
    current.metadata.annotations = { ...current.metadata.annotations, ...annotations };
    current.spec = { ...current.spec, predictor };
    return current;
}
async function waitReady(input, written, previousRevision) {
    const { namespace, name } = written.metadata;
    const generation = Number(written.metadata.generation ?? 0);
    return input.logger.group('kserve: wait for Ready', async () => {
        const outcome = await watchUntil({
            client: input.client, namespace, name, resourceVersion: written.metadata.resourceVersion, initial: written, timeoutMs: input.readyTimeoutMs,
            decide: (object) => {
                const state = (0,kserve_status.readiness)(object, generation, previousRevision);
                return state.kind === 'waiting' ? undefined : state;
            },
            onReconnect: (why) => input.logger.info(`Watch: ${why}.`),
        });
        if (outcome.kind === 'timed-out') {
            const last = outcome.last ? (0,kserve_status.readiness)(outcome.last, generation, previousRevision) : undefined;
            return { kind: 'failed', reason: `not Ready within ${Math.round(input.readyTimeoutMs / 1000)}s${last?.kind === 'waiting' ? ` (${last.why})` : ''}` };
        }
        input.logger.info(outcome.decision.kind === 'ready' ? `Revision ${outcome.decision.revision ?? '(new)'} is Ready.` : `Failed: ${outcome.decision.reason}`);
        return outcome.decision;
    });
}
async function verify(input, url, name) {
    if (!input.smoke)
        return undefined;
    const smoke = input.smoke;
    return input.logger.group('kserve: smoke test', async () => {
        if (!url)
            return 'the new revision has no URL to call (is tag routing on?)';
        const result = await (0,kserve_smoke.smokeTest)({ url, model: smoke.model ?? name, protocol: smoke.protocol, request: smoke.request, headers: smoke.headers });
        input.logger.info(result.ok ? `${smoke.protocol} predictions ${JSON.stringify(result.predictions)} in ${result.ms} ms.` : `Smoke test failed: ${result.reason}`);
        return result.ok ? undefined : `smoke test failed: ${result.reason}`;
    });
}
/**
 * Before anything is written: the stable revision the canary will be compared with, the schema
 * probe and the custom queries. A problem here refuses the rollout with nothing changed.
 */
async function prepare(input, current) {
    const analysis = input.analysis;
    const { namespace, name } = current.metadata;
    const status = (0,kserve_status.predictorStatus)(current);
    // The revision that serves: after a rollback the latest ready one may hold no traffic.
    const stable = status.latestRolledoutRevision ?? status.latestReadyRevision;
    if (!stable)
        return { refused: `canary analysis compares the canary with the stable revision, and ${namespace}/${name} has none rolled out (status.components.predictor.latestRolledoutRevision)` };
    return input.logger.group('kserve: canary analysis check', async () => {
        try {
            const prepared = await (0,setup.prepareAnalysis)(analysis.config, analysis.prometheus, { namespace, name, stable }, (analysis.clock ?? Date).now());
            input.logger.info(`Prometheus at ${analysis.prometheus.where}: ${(0,schema.describeSchema)(prepared.schema)}${prepared.alsoFound.length ? `; also found ${prepared.alsoFound.map(schema.describeSchema).join(', ')}` : ''}. Stable revision: ${stable}.`);
            return { prepared, stable };
        }
        catch (error) {
            return { refused: `canary analysis: ${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}` };
        }
    });
}
async function runAnalysis(input, prepared, target) {
    const { logger } = input;
    return logger.group('kserve: canary analysis', async () => {
        logger.info(`Canary ${target.canary} against stable ${target.stable}: ${prepared.config.count} measurements, one every ${(0,config.promDuration)(prepared.config.intervalMs)} over ${prepared.config.window}.`);
        const result = await (0,analyze.analyze)({
            config: prepared.config, prometheus: prepared.prometheus, schema: prepared.schema, target, clock: input.analysis?.clock,
            onMeasurement: (measurement, index) => {
                const line = `Measurement ${index} of ${prepared.config.count} (${measurement.at}): ${measurement.verdict}. ${measurement.results.map((result) => `${result.metric} ${result.verdict}: ${result.reason}`).join(' | ')}`;
                (measurement.verdict === 'failed' ? logger.warning : logger.info).call(logger, line);
            },
        });
        (result.verdict === 'passed' ? logger.info : logger.error).call(logger, `Canary analysis ${result.verdict}: ${result.summary}.`);
        return result;
    });
}
async function promote(input) {
    const { namespace, name } = input.desired.metadata;
    const { logger } = input;
    const current = await logger.group('kserve: read', async () => {
        const found = await input.client.get(namespace, name);
        logger.info(found ? `Found ${namespace}/${name}, serving ${(0,kserve_status.predictorStatus)(found).latestReadyRevision ?? 'no ready revision'}.` : `${namespace}/${name} does not exist yet: first deploy.`);
        return found;
    });
    const rawDesired = (0,kserve_status.deploymentMode)(input.desired) === 'RawDeployment';
    if (!current) {
        if (input.analysis)
            logger.warning(`First deploy of ${namespace}/${name}: there is no stable revision to compare with and no canary, so the canary analysis runs from the next rollout on.`);
        const created = await logger.group('kserve: create', () => input.client.create(input.desired));
        const ready = await waitReady(input, created, undefined);
        if (ready.kind === 'failed')
            return { kind: 'failed', reason: `first deploy of ${namespace}/${name} is not serving: ${ready.reason}; there is no previous model to roll back to` };
        const smokeFailure = await verify(input, ready.url, name);
        if (smokeFailure)
            return { kind: 'failed', reason: `first deploy of ${namespace}/${name}: ${smokeFailure}; there is no previous model to roll back to` };
        return { kind: 'deployed', revision: ready.revision, url: ready.url };
    }
    if (((0,kserve_status.deploymentMode)(current) === 'RawDeployment' || rawDesired) && input.canaryPercent < 100) {
        return {
            kind: 'refused',
            reason: `${namespace}/${name} runs in RawDeployment (Standard) mode, where KServe ignores canaryTrafficPercent: a ${input.canaryPercent}% canary would take all the traffic at once. Use Serverless mode for canaries, or set canary-percent 100 to replace the model directly (still verified, and rolled back on failure).`,
        };
    }
    const analysis = input.analysis ? await prepare(input, current) : undefined;
    if (analysis && 'refused' in analysis)
        return { kind: 'refused', reason: analysis.refused };
    const previousPredictor = current.spec?.predictor;
    const previousRevision = (0,kserve_status.predictorStatus)(current).latestReadyRevision;
    const canary = input.canaryPercent < 100;
    const written = await logger.group(canary ? `kserve: apply canary (${input.canaryPercent}%)` : 'kserve: apply', () => updateWithRetry(input.client, namespace, name, (latest) => {
        const predictor = { ...input.desired.spec.predictor, ...(canary ? { canaryTrafficPercent: input.canaryPercent } : {}) };
        if (!canary)
            delete predictor.canaryTrafficPercent;
        return withPredictor(latest, predictor, {
            ...input.desired.metadata.annotations,
            [manifest.TAG_ROUTING_ANNOTATION]: 'true',
            [PREVIOUS_PREDICTOR_ANNOTATION]: JSON.stringify(previousPredictor ?? null),
        });
    }, logger));
    const ready = await waitReady(input, written, previousRevision);
    let failure = ready.kind === 'failed' ? ready.reason : await verify(input, ready.url, name);
    let measured;
    if (!failure && analysis && ready.kind === 'ready') {
        if (!ready.revision)
            failure = 'canary analysis: the new revision has no name in the status (latestReadyRevision) to query Prometheus for';
        else {
            measured = await runAnalysis(input, analysis.prepared, { namespace, name, canary: ready.revision, stable: analysis.stable });
            if (measured.verdict === 'failed')
                failure = `canary analysis failed: ${measured.summary}`;
        }
    }
    if (failure) {
        await logger.group('kserve: roll back', async () => {
            const restored = await updateWithRetry(input.client, namespace, name, (latest) => withPredictor(latest, restoredPredictor(previousPredictor, canary), {}), logger);
            logger.info(`Traffic back on ${analysis?.stable ?? previousRevision ?? 'the previous revision'}; spec restored (resourceVersion ${restored.metadata.resourceVersion}).`);
        });
        return { kind: 'rolled-back', reason: failure, revision: analysis?.stable ?? previousRevision, url: (0,kserve_status.serviceUrl)(current), ...(measured ? { analysis: measured } : {}) };
    }
    const promoted = await logger.group('kserve: promote', async () => {
        const patched = canary ? await input.client.mergePatch(namespace, name, { spec: { predictor: { canaryTrafficPercent: null } } }) : written;
        logger.info(`${ready.kind === 'ready' ? ready.revision ?? 'the new revision' : ''} takes all traffic.`);
        return patched;
    });
    return { kind: 'promoted', revision: ready.kind === 'ready' ? ready.revision : undefined, url: (0,kserve_status.serviceUrl)(promoted) ?? (0,kserve_status.serviceUrl)(current), previousRevision, ...(measured ? { analysis: measured } : {}) };
}
/**
 * The previous predictor to write back. Mid-canary, `canaryTrafficPercent: 0` keeps all traffic on
 * the previous revision while the restored spec becomes the latest; without a canary the restored
 * spec simply replaces the current one.
 */
function restoredPredictor(previous, midCanary) {
    const predictor = { ...previous };
    if (midCanary)
        predictor.canaryTrafficPercent = 0;
    else
        delete predictor.canaryTrafficPercent;
    return predictor;
}
/** `mlops kserve rollback`: the predictor recorded before the last rollout, with traffic kept on the previous revision. */
async function rollback(client, namespace, name, logger) {
    const current = await client.get(namespace, name);
    if (!current)
        throw new errors/* MlopsError */.IC(`inferenceservice ${namespace}/${name} does not exist.`);
    const recorded = current.metadata?.annotations?.[PREVIOUS_PREDICTOR_ANNOTATION];
    if (!recorded || recorded === 'null')
        throw new errors/* MlopsError */.IC(`${namespace}/${name} has no previous predictor recorded (annotation ${PREVIOUS_PREDICTOR_ANNOTATION}); was it rolled out by mlops?`);
    // the annotation holds the predictor as this module wrote it (JSON.stringify above)
    const previous = JSON.parse(recorded);
    const midCanary = current.spec?.predictor?.canaryTrafficPercent !== undefined && current.spec.predictor.canaryTrafficPercent < 100;
    const restored = await updateWithRetry(client, namespace, name, (latest) => withPredictor(latest, restoredPredictor(previous, midCanary), {}), logger);
    return { restored };
}
/** One line for logs, errors and the job summary. */
function describePromotion(outcome, target) {
    switch (outcome.kind) {
        case 'deployed':
            return `Deployed ${target} (first deploy) and verified it${outcome.url ? `: ${outcome.url}` : ''}.`;
        case 'promoted':
            return `Promoted ${target}: ${outcome.revision ?? 'the new revision'} takes all traffic${outcome.url ? ` at ${outcome.url}` : ''}.${outcome.analysis ? ` Canary analysis passed: ${outcome.analysis.summary}.` : ''}`;
        case 'rolled-back':
            return `Rolled back ${target}: ${outcome.reason}. Traffic stays on ${outcome.revision ?? 'the previous revision'} and the previous spec is restored.`;
        case 'refused':
            return `Not rolled out: ${outcome.reason}`;
        case 'failed':
            return `Rollout failed: ${outcome.reason}.`;
    }
}


/***/ }),

/***/ 23585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSmokeRequest: () => (/* binding */ parseSmokeRequest),
/* harmony export */   readSmokeRequest: () => (/* binding */ readSmokeRequest),
/* harmony export */   smokeTest: () => (/* binding */ smokeTest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _metrics_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43775);
/* harmony import */ var _metrics_value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41048);
/**
 * The smoke test: one real prediction request to the new revision, V1 (`:predict` with
 * `instances`) or V2 / Open Inference Protocol (`/infer` with `inputs`), checked for status,
 * shape and finite numbers, and against expected values within a tolerance when given.
 */




/** The request file: `{"instances": [[…] or {…}, …], "expected": […], "tolerance": 0.01}`. */
function parseSmokeRequest(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`smoke-test: ${path} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    const request = data;
    const rows = request.instances;
    if (!Array.isArray(rows) || rows.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`smoke-test: ${path} needs "instances": a non-empty list, e.g. {"instances": [[8.3, 41, 6.9]]}.`);
    }
    if (request.expected !== undefined && (!Array.isArray(request.expected) || request.expected.length !== rows.length || !request.expected.every((v) => typeof v === 'number'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`smoke-test: "expected" in ${path} must have one number per instance (${rows.length}).`);
    }
    return { instances: rows, expected: request.expected, tolerance: typeof request.tolerance === 'number' ? request.tolerance : undefined };
}
function finiteNumbers(values) {
    const flat = values.map((value) => (Array.isArray(value) && value.length === 1 ? value[0] : value));
    return flat.every((value) => typeof value === 'number' && Number.isFinite(value)) ? flat : undefined;
}
/** Model servers are Python: their JSON may say NaN. Read it as Python wrote it; ints as numbers. */
function readJson(text) {
    const plain = (value) => typeof value === 'bigint' ? Number(value) : Array.isArray(value) ? value.map(plain) : (0,_metrics_value_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)])) : value;
    return plain((0,_metrics_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStructured */ .jE)(text, 'json', 'the response'));
}
async function smokeTest(input) {
    const { request } = input;
    const base = input.url.replace(/\/$/, '');
    const numeric = request.instances.every((row) => Array.isArray(row) && row.length > 0 && row.every((value) => typeof value === 'number'));
    if (input.protocol === 'v2' && !numeric)
        return { ok: false, reason: 'a V2 smoke test needs instances that are rows of numbers (they become one FP64 tensor)' };
    const rows = request.instances;
    const [path, body] = input.protocol === 'v1'
        ? [`${base}/v1/models/${input.model}:predict`, { instances: request.instances }]
        : [`${base}/v2/models/${input.model}/infer`, { inputs: [{ name: 'input-0', shape: [rows.length, rows[0].length], datatype: 'FP64', data: rows.flat() }] }];
    const started = performance.now();
    let response;
    try {
        response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', ...input.headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(input.timeoutMs ?? 30000) });
    }
    catch (error) {
        return { ok: false, reason: `POST ${path} did not answer: ${error instanceof Error ? error.message : String(error)}` };
    }
    const text = await response.text();
    if (!response.ok)
        return { ok: false, reason: `POST ${path} answered ${response.status}: ${text.slice(0, 200)}` };
    let data;
    try {
        data = readJson(text);
    }
    catch {
        return { ok: false, reason: `POST ${path} answered with something that is not JSON: ${text.slice(0, 200)}` };
    }
    const raw = input.protocol === 'v1' ? data.predictions : data.outputs?.[0]?.data;
    if (!Array.isArray(raw))
        return { ok: false, reason: `the ${input.protocol} response has no ${input.protocol === 'v1' ? '"predictions"' : '"outputs"[0].data'} list` };
    if (raw.length !== request.instances.length)
        return { ok: false, reason: `wrong shape: ${raw.length} predictions for ${request.instances.length} instances` };
    const predictions = finiteNumbers(raw);
    if (!predictions)
        return { ok: false, reason: `predictions are not all finite numbers: ${JSON.stringify(raw.map((value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value))).slice(0, 200)}` };
    if (request.expected) {
        const tolerance = request.tolerance ?? 1e-6;
        const off = predictions.findIndex((value, i) => Math.abs(value - request.expected[i]) > tolerance);
        if (off >= 0)
            return { ok: false, reason: `prediction ${off} is ${predictions[off]}, expected ${request.expected[off]} ± ${tolerance}` };
    }
    return { ok: true, predictions, ms: Math.round(performance.now() - started) };
}
/** The request file at `path` (shown as `name` in messages), read and checked. */
async function readSmokeRequest(path, name) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`smoke-test: cannot read ${path}.`, 'Give a request file relative to the project folder, e.g. smoke-request.json.');
    }
    return parseSmokeRequest(text, name);
}


/***/ }),

/***/ 78368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canaryUrl: () => (/* binding */ canaryUrl),
/* harmony export */   conditionOf: () => (/* binding */ conditionOf),
/* harmony export */   deploymentMode: () => (/* binding */ deploymentMode),
/* harmony export */   failureOf: () => (/* binding */ failureOf),
/* harmony export */   predictorStatus: () => (/* binding */ predictorStatus),
/* harmony export */   readiness: () => (/* binding */ readiness),
/* harmony export */   serviceUrl: () => (/* binding */ serviceUrl)
/* harmony export */ });
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16995);

function conditionOf(isvc, type) {
    return isvc?.status?.conditions?.find((condition) => condition.type === type);
}
function predictorStatus(isvc) {
    return isvc?.status?.components?.predictor ?? {};
}
/**
 * RawDeployment ("Standard" since KServe 0.15) has no revisions or traffic splitting, so
 * canaryTrafficPercent is ignored there: a "canary" would silently take all the traffic.
 */
function deploymentMode(isvc) {
    const mode = isvc?.metadata?.annotations?.[_manifest_js__WEBPACK_IMPORTED_MODULE_0__.DEPLOYMENT_MODE_ANNOTATION] ?? isvc?.status?.deploymentMode;
    if (!mode)
        return undefined;
    if (/^(raw|rawdeployment|standard)$/i.test(mode))
        return 'RawDeployment';
    if (/^modelmesh$/i.test(mode))
        return 'ModelMesh';
    return 'Serverless';
}
const FAILED_TRANSITIONS = new Set(['BlockedByFailedLoad', 'InvalidSpec']);
/** A failure KServe reports for the model: ends any wait at once, with its reason. */
function failureOf(isvc) {
    const model = isvc?.status?.modelStatus;
    const info = model?.lastFailureInfo;
    const detail = info ? `${info.reason ?? 'failure'}${info.message ? `: ${info.message}` : ''}` : undefined;
    if (model?.transitionStatus && FAILED_TRANSITIONS.has(model.transitionStatus))
        return `${model.transitionStatus}${detail ? ` (${detail})` : ''}`;
    if (model?.states?.targetModelState === 'FailedToLoad' || model?.states?.activeModelState === 'FailedToLoad')
        return `FailedToLoad${detail ? ` (${detail})` : ''}`;
    const predictor = conditionOf(isvc, 'PredictorReady');
    if (predictor?.status === 'False' && /fail/i.test(`${predictor.reason ?? ''}`))
        return `${predictor.reason}: ${predictor.message ?? ''}`.trim();
    return undefined;
}
/**
 * Whether the spec we wrote (generation `generation`) is served: observed by the controller, a new
 * revision created after `previousRevision` and ready, the model up to date, and Ready True.
 */
function readiness(isvc, generation, previousRevision) {
    const failure = failureOf(isvc);
    if (failure)
        return { kind: 'failed', reason: failure };
    const observed = Number(isvc?.status?.observedGeneration ?? 0);
    if (observed < generation)
        return { kind: 'waiting', why: `the controller has not seen generation ${generation} yet (observed ${observed})` };
    const predictor = predictorStatus(isvc);
    const created = predictor.latestCreatedRevision;
    if (previousRevision !== undefined && (created === undefined || created === previousRevision))
        return { kind: 'waiting', why: 'no new revision yet' };
    if (created !== undefined && predictor.latestReadyRevision !== created)
        return { kind: 'waiting', why: `revision ${created} is not ready yet` };
    const transition = isvc?.status?.modelStatus?.transitionStatus;
    if (transition !== undefined && transition !== 'UpToDate')
        return { kind: 'waiting', why: `model transition ${transition}` };
    const ready = conditionOf(isvc, 'Ready');
    if (ready?.status !== 'True')
        return { kind: 'waiting', why: `Ready is ${ready?.status ?? 'unknown'}${ready?.reason ? ` (${ready.reason})` : ''}` };
    return { kind: 'ready', revision: created, url: canaryUrl(isvc) };
}
/** The URL of the newest revision: its `latest` tag route with tag routing, else the service URL. */
function canaryUrl(isvc) {
    const traffic = predictorStatus(isvc).traffic ?? [];
    const latest = traffic.find((target) => target.tag === 'latest' && target.url) ?? traffic.find((target) => target.latestRevision && target.url);
    return latest?.url ?? isvc?.status?.url ?? isvc?.status?.address?.url;
}
function serviceUrl(isvc) {
    return isvc?.status?.url ?? isvc?.status?.address?.url;
}


/***/ })

};
