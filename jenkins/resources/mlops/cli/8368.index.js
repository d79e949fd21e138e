export const id = 8368;
export const ids = [8368,6995];
export const modules = {

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
