export const id = 7653;
export const ids = [7653];
export const modules = {

/***/ 7653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   manifestInputOf: () => (/* binding */ manifestInputOf),
/* harmony export */   rollOut: () => (/* binding */ rollOut)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _analysis_setup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9736);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16995);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16834);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23585);
/**
 * A rollout from the KServe options (`kserve-*` inputs, mlops.yaml, CLI flags, Jenkins options):
 * the desired InferenceService, the smoke-test request file, the canary analysis file, then
 * `promote`. Shared by runs, the Jenkins step and `mlops kserve manifest|promote`.
 */





/**
 * The InferenceService the KServe options describe. `serving-image` asks for a container by name;
 * else a format and a URI let KServe's runtime serve the model; else `pushed` (the image this run
 * pushed) serves. A storage URI goes with a container as STORAGE_URI for KServe's storage
 * initializer (see manifest.ts).
 */
function manifestInputOf(kserve, pushed) {
    const runtimeModel = kserve.modelFormat !== undefined && kserve.storageUri !== undefined;
    const image = kserve.servingImage ?? (runtimeModel ? undefined : pushed);
    return {
        name: kserve.name, namespace: kserve.namespace, modelFormat: kserve.modelFormat, storageUri: kserve.storageUri, runtime: kserve.runtime,
        protocol: kserve.protocol, image: runtimeModel ? undefined : image, env: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__.parseEnv)(kserve.env),
        minReplicas: kserve.minReplicas, maxReplicas: kserve.maxReplicas, resources: kserve.resources,
    };
}
async function rollOut(kserve, input) {
    const desired = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__.inferenceService)(manifestInputOf(kserve, input.image));
    const smoke = kserve.smokeTest
        ? { request: await (0,_smoke_js__WEBPACK_IMPORTED_MODULE_4__.readSmokeRequest)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.cwd, kserve.smokeTest), kserve.smokeTest), protocol: kserve.protocol, model: kserve.modelName }
        : undefined;
    let analysis;
    if (kserve.canaryAnalysis) {
        const env = input.env ?? {};
        const config = await (0,_analysis_setup_js__WEBPACK_IMPORTED_MODULE_1__.checkAnalysisOption)(kserve.canaryAnalysis, { cwd: input.cwd, env });
        analysis = { config, prometheus: await (0,_analysis_setup_js__WEBPACK_IMPORTED_MODULE_1__.connectPrometheus)(config, env, { kubeconfig: input.kubeconfig }), clock: input.clock };
    }
    return (0,_promote_js__WEBPACK_IMPORTED_MODULE_3__.promote)({ client: input.client, desired, canaryPercent: kserve.canaryPercent, readyTimeoutMs: kserve.timeoutSeconds * 1000, smoke, analysis, logger: input.logger });
}


/***/ })

};
