export const id = 4504;
export const ids = [4504];
export const modules = {

/***/ 4504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflight: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * What can be checked before training is checked before training: a bad InferenceService name,
 * an unreadable smoke-test request or malformed image settings would otherwise surface after the
 * model was trained and the image pushed. Each problem is an OptionError naming the option.
 */


/** A check whose errors do not name an option yet: re-keyed to the option they are about. */
function as(key, check) {
    try {
        check();
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OptionError */ .eR || !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OptionError */ .eR(key, error.message.replace(/^[-\w]+: /, ''), error.hint);
    }
}
/** A stand-in for the image a run will push: its digest is not known before the build. */
const PUSHED_PLACEHOLDER = 'registry.invalid/preflight@sha256:' + '0'.repeat(64);
/** A stand-in for the artifact location of the version MLflow's registry will hold. */
const REGISTRY_PLACEHOLDER = 's3://mlflow-registry.invalid/preflight';
/** `env`: where the canary analysis' credential variables are read, on an event that will roll out (none: the file only). */
async function preflight(options, { env } = {}) {
    // the pipeline file, or (when train-command compiles it first) what can be known without it
    // each stage's checks load with the stage: a report without KServe never loads the Prometheus client
    if (options.kfp) {
        const { preflightKfp } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(5716)]).then(__webpack_require__.bind(__webpack_require__, 25716));
        await preflightKfp(options.kfp, options.workingDirectory, { compiledFirst: options.trainCommand !== undefined });
    }
    // a metric-definitions line that does not parse is the user's typo: refused before training
    if (options.noise)
        (await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(4291), __webpack_require__.e(2016)]).then(__webpack_require__.bind(__webpack_require__, 74291))).parseMetricDefinitions(options.noise.definitions);
    if (options.image) {
        const [{ parseImages }, { checkSecretFiles }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(3113)]).then(__webpack_require__.bind(__webpack_require__, 53113)), Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(9643)]).then(__webpack_require__.bind(__webpack_require__, 69643))]);
        const { images } = options.image;
        as('image', () => parseImages(images));
        // a secret file that is not there would fail the build after training, or leave a RUN without it
        await checkSecretFiles(options.image.secrets, options.workingDirectory);
    }
    const kserve = options.kserve;
    if (!kserve)
        return;
    const [{ inferenceService }, { manifestInputOf }, { readSmokeRequest }] = await Promise.all([__webpack_require__.e(/* import() */ 6995).then(__webpack_require__.bind(__webpack_require__, 16995)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(5262)]).then(__webpack_require__.bind(__webpack_require__, 7653)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(3585)]).then(__webpack_require__.bind(__webpack_require__, 23585))]);
    // The whole InferenceService, as the rollout will build it: names, env, resources, replicas.
    // Without a storage URI or an image, MLflow's registry says where the model is (after training).
    const fromRegistry = options.mlflow?.model !== undefined && !kserve.storageUri && !kserve.servingImage && !options.image?.push;
    inferenceService(manifestInputOf(fromRegistry ? { ...kserve, storageUri: REGISTRY_PLACEHOLDER } : kserve, options.image?.push ? PUSHED_PLACEHOLDER : undefined));
    if (kserve.smokeTest) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.workingDirectory, kserve.smokeTest);
        try {
            await readSmokeRequest(path, kserve.smokeTest);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OptionError */ .eR('smoke-test', error.message.replace(/^smoke-test: /, ''), error.hint);
        }
    }
    if (kserve.canaryAnalysis)
        await (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(9736)]).then(__webpack_require__.bind(__webpack_require__, 9736))).checkAnalysisOption(kserve.canaryAnalysis, { cwd: options.workingDirectory, env });
}


/***/ })

};
