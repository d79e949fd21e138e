export const id = 8199;
export const ids = [8199];
export const modules = {

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


/***/ })

};
