export const id = 8628;
export const ids = [8628,7653];
export const modules = {

/***/ 97679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workspaceRows: () => (/* binding */ workspaceRows)
/* harmony export */ });
/* harmony import */ var _metrics_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92939);
/* harmony import */ var _metrics_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31766);
/* harmony import */ var _metrics_dvc_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24868);
/* harmony import */ var _metrics_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79341);
/** The workspace's metrics and params as rows, for labelling an image built outside a full run. */




async function workspaceRows(cwd) {
    const [metrics, params] = await Promise.all([(0,_metrics_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .collectMetrics */ .IE)(_metrics_load_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE */ .un, { cwd }), (0,_metrics_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .collectParams */ .Tm)(_metrics_load_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE */ .un, { cwd })]);
    const ok = (snapshot) => new Map([...snapshot.files].filter(([path]) => !snapshot.errors.some((error) => error.path === path)));
    return {
        metrics: (0,_metrics_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMetrics */ .f)((0,_metrics_dvc_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .dvcDiff */ .p$)(new Map(), ok(metrics), true), new Map()),
        params: (0,_metrics_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMetrics */ .f)((0,_metrics_dvc_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .dvcDiff */ .p$)(new Map(), ok(params), true), new Map()),
        warnings: [...metrics.errors, ...params.errors].map((error) => `${error.path}: ${error.message}`),
    };
}


/***/ }),

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


/***/ }),

/***/ 38628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imageStage: () => (/* binding */ imageStage),
/* harmony export */   metricsDiffStage: () => (/* binding */ metricsDiffStage),
/* harmony export */   promoteStage: () => (/* binding */ promoteStage),
/* harmony export */   trainStage: () => (/* binding */ trainStage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71243);
/* harmony import */ var _image_head_metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97679);
/* harmony import */ var _image_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80469);
/* harmony import */ var _kserve_promote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16834);
/* harmony import */ var _analysis_render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64844);
/* harmony import */ var _image_meta_outputs_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(37971);
/* harmony import */ var _kserve_rollout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7653);
/* harmony import */ var _metrics_dvc_verbs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74189);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17397);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4504);
/* harmony import */ var _train_run_command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(76195);
/* harmony import */ var _event_run_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1533);
/* harmony import */ var _kfp_train_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8177);
/* harmony import */ var _kfp_report_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(81245);















const failed = (message) => ({ exitCode: 1, message });
/** `rollsOut`: the stage rolls out, so the canary analysis' credential variables are checked too. */
async function optionsOf(platform, extra = {}, { rollsOut = false } = {}) {
    try {
        const options = (0,_options_js__WEBPACK_IMPORTED_MODULE_8__.buildRunOptionsWith)(platform.env, { 'base-ref': platform.facts.defaultBase }, ...platform.options, extra, { event: platform.facts.event });
        await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_9__.preflight)(options, { env: rollsOut ? platform.env : undefined });
        return options;
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw error;
        return { exitCode: 2, message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR ? error.spelled(platform.wording.option) : error) };
    }
}
const isOutcome = (value) => 'exitCode' in value;
const required = (platform, key) => ({ exitCode: 2, message: `${platform.wording.option(key)} is required.` });
/** The training command, then (with kfp-host) the Kubeflow Pipelines run; `kfp` demands the latter. */
async function trainStage(platform, extra = {}, { kfp: wantKfp = false } = {}) {
    const options = await optionsOf(platform, extra);
    if (isOutcome(options))
        return options;
    if (wantKfp && !options.kfp)
        return required(platform, 'kfp-host');
    if (!options.trainCommand && !options.kfp)
        return required(platform, 'train-command');
    const { logger } = platform;
    const lines = [];
    if (options.trainCommand) {
        const result = await logger.group('train', () => (0,_train_run_command_js__WEBPACK_IMPORTED_MODULE_10__/* .runTraining */ .qq)({ command: options.trainCommand, cwd: options.workingDirectory, timeoutSeconds: options.trainTimeout, env: platform.env, onOutput: (chunk, stream) => logger.output(chunk, stream) }));
        if (result.kind !== 'succeeded')
            return { exitCode: 1, message: (0,_train_run_command_js__WEBPACK_IMPORTED_MODULE_10__/* .describeTraining */ .yN)(result) };
        lines.push((0,_train_run_command_js__WEBPACK_IMPORTED_MODULE_10__/* .describeTraining */ .yN)(result));
    }
    if (options.kfp) {
        const facts = platform.facts;
        const result = await logger.group('kfp', () => (0,_kfp_train_js__WEBPACK_IMPORTED_MODULE_12__/* .trainOnKfp */ .tP)(options.kfp, {
            cwd: options.workingDirectory, env: platform.env, logger, spell: platform.wording.option, token: platform.secrets.kfpToken, signal: platform.signal,
            mask: platform.mask?.bind(platform),
            facts: { event: facts.event, repository: facts.repository, sha: facts.sha, prHeadSha: facts.pullRequest?.headSha, defaultBranchPush: (0,_event_run_js__WEBPACK_IMPORTED_MODULE_11__.isDefaultBranchPush)(facts) },
        }));
        for (const [name, value] of Object.entries((0,_kfp_report_js__WEBPACK_IMPORTED_MODULE_13__/* .kfpOutputs */ .IW)(result)))
            platform.setOutput?.(name, value);
        if (result.kind === 'not-started' && result.optionError)
            return { exitCode: 2, message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(result.optionError.spelled(platform.wording.option)) };
        if (result.kind !== 'succeeded')
            return { exitCode: 1, message: (0,_kfp_report_js__WEBPACK_IMPORTED_MODULE_13__/* .describeKfpTraining */ .xE)(result) };
        // trainOnKfp logged how the run ended; the outputs close the stage, as the CLI prints them
        lines.push(...Object.entries((0,_kfp_report_js__WEBPACK_IMPORTED_MODULE_13__/* .kfpOutputs */ .IW)(result)).map(([name, value]) => `${name}: ${value}`));
    }
    return { exitCode: 0, message: lines.join('\n') };
}
/** The DVC tables against the base, fetching the base into a shallow checkout first. */
async function metricsDiffStage(platform) {
    const options = await optionsOf(platform);
    if (isOutcome(options))
        return options;
    const ensured = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureRevision */ .Oh)(options.workingDirectory, options.baseRef, options.baselineRemote, platform.env);
    if (ensured.kind === 'fetched')
        platform.logger.info(`Fetched the base revision ${options.baseRef}, which the checkout did not have: ${ensured.command}`);
    const input = { cwd: options.workingDirectory, aRev: options.baseRef, bRev: 'workspace', targets: options.metrics, row: options.csvRow, precision: options.precision };
    let stdout = '';
    try {
        for (const output of [await (0,_metrics_dvc_verbs_js__WEBPACK_IMPORTED_MODULE_7__.metricsDiff)(input), await (0,_metrics_dvc_verbs_js__WEBPACK_IMPORTED_MODULE_7__.paramsDiff)({ ...input, targets: options.params })]) {
            for (const warning of output.warnings)
                platform.logger.warning(warning);
            stdout += typeof output.stdout === 'string' ? output.stdout : [...output.stdout].join('');
        }
    }
    catch (error) {
        return failed((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error));
    }
    return { exitCode: 0, message: '', stdout };
}
/** Build and push the serving image, labelled with the workspace's metrics. */
async function imageStage(platform, extra = {}) {
    const options = await optionsOf(platform, extra);
    if (isOutcome(options))
        return options;
    if (!options.image)
        return required(platform, 'image');
    const rows = await (0,_image_head_metrics_js__WEBPACK_IMPORTED_MODULE_2__.workspaceRows)(options.workingDirectory);
    for (const warning of rows.warnings)
        platform.logger.warning(warning);
    const { runImageStage } = await Promise.all(/* import() */[__webpack_require__.e(7826), __webpack_require__.e(9092), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 20995));
    let meta;
    try {
        meta = await platform.imageEvent();
    }
    catch (error) {
        return failed((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error));
    }
    const result = await runImageStage({
        options: (0,_image_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveImagePaths */ .M)(options.image, options.workingDirectory), meta, now: platform.now(), metrics: rows.metrics, params: rows.params, gatesPassed: undefined,
        password: platform.secrets.registryPassword, docker: platform.docker(), logger: platform.logger,
    });
    switch (result.kind) {
        case 'failed':
            return failed(result.reason);
        case 'skipped':
            return failed(`nothing built: ${result.reason}.`);
        case 'pushed':
            platform.setOutput?.('image-digest', result.digest);
            platform.setOutput?.('image-tags', result.tags.join('\n'));
            for (const [name, value] of Object.entries((0,_image_meta_outputs_js__WEBPACK_IMPORTED_MODULE_14__.metaOutputs)(result.meta)))
                platform.setOutput?.(name, value);
            return { exitCode: 0, message: `Pushed ${result.digest}: ${result.tags.join(', ')}`, data: { digest: result.digest, tags: result.tags } };
        case 'built':
            platform.setOutput?.('image-tags', result.tags.join('\n'));
            for (const [name, value] of Object.entries((0,_image_meta_outputs_js__WEBPACK_IMPORTED_MODULE_14__.metaOutputs)(result.meta)))
                platform.setOutput?.(name, value);
            // a multi-platform build left in buildx's cache has no one image id
            return { exitCode: 0, message: `Built ${result.imageId ? `${result.imageId}: ` : 'for the build cache: '}${result.tags.join(', ')}`, data: { digest: null, tags: result.tags } };
    }
}
/** Roll out to KServe what the options name (a storage URI or serving-image), verified; roll back on failure. */
async function promoteStage(platform, extra = {}) {
    const options = await optionsOf(platform, extra, { rollsOut: true });
    if (isOutcome(options))
        return options;
    const kserve = options.kserve;
    if (!kserve)
        return required(platform, 'kserve-name');
    let outcome;
    try {
        outcome = await (0,_kserve_rollout_js__WEBPACK_IMPORTED_MODULE_6__.rollOut)(kserve, {
            cwd: options.workingDirectory, client: await platform.kubeClient(), logger: platform.logger, image: kserve.servingImage, env: platform.env, kubeconfig: platform.secrets.kubeconfig,
        });
    }
    catch (error) {
        return failed((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error));
    }
    const line = (0,_kserve_promote_js__WEBPACK_IMPORTED_MODULE_4__.describePromotion)(outcome, `${kserve.namespace}/${kserve.name}`);
    platform.setOutput?.('promoted', String(outcome.kind === 'promoted' || outcome.kind === 'deployed'));
    platform.setOutput?.('rolled-back', String(outcome.kind === 'rolled-back'));
    if ('url' in outcome && outcome.url)
        platform.setOutput?.('inference-url', outcome.url);
    // the measurements, whatever the verdict: they say why it was promoted or rolled back
    const stdout = 'analysis' in outcome && outcome.analysis ? (0,_analysis_render_js__WEBPACK_IMPORTED_MODULE_5__.analysisTable)(outcome.analysis) : undefined;
    return { exitCode: outcome.kind === 'promoted' || outcome.kind === 'deployed' ? 0 : 1, message: line, ...(stdout ? { stdout } : {}) };
}


/***/ })

};
