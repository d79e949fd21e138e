export const id = 3150;
export const ids = [3150,4660,8628,7653];
export const modules = {

/***/ 23150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStep: () => (/* binding */ runStep)
});

// UNUSED EXPORTS: stepResult

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/event-run.ts + 14 modules
var event_run = __webpack_require__(1533);
// EXTERNAL MODULE: ./src/publish.ts + 1 modules
var publish = __webpack_require__(65071);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config-file.ts
var config_file = __webpack_require__(24660);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
// EXTERNAL MODULE: ./src/image/docker.ts
var docker = __webpack_require__(19261);
// EXTERNAL MODULE: ./src/kserve/kube-client.ts
var kube_client = __webpack_require__(88199);
// EXTERNAL MODULE: ./src/options.ts + 3 modules
var options = __webpack_require__(17397);
// EXTERNAL MODULE: ./src/platform/cancel.ts
var cancel = __webpack_require__(14737);
// EXTERNAL MODULE: ./src/platform/github-context.ts
var github_context = __webpack_require__(10838);
;// CONCATENATED MODULE: ./src/platform/jenkins.ts
/**
 * The CiPlatform of a Jenkins build, for `mlops step <name>` (what the shared library's runner
 * calls). The context comes from the variables Jenkins sets: CHANGE_ID / CHANGE_TARGET /
 * CHANGE_URL on a multibranch pull-request build, BRANCH_NAME, GIT_COMMIT, GIT_URL, BUILD_URL,
 * and MLOPS_EVENT=schedule that the runner sets for a cron-triggered build. Options come as JSON
 * in MLOPS_OPTIONS (action input names as keys), secrets from the variables `withCredentials`
 * binds (GITHUB_TOKEN, MLOPS_REGISTRY_USERNAME/PASSWORD, MLOPS_KUBECONFIG_FILE, MLOPS_ALERT_WEBHOOK).
 */











/** `owner/name` of a GitHub repository from a clone URL or a pull-request URL. */
function githubRepository(url) {
    if (!url)
        return undefined;
    const match = /^(?:https?:\/\/[^/]+\/|git@[^:]+:|ssh:\/\/git@[^/]+\/)([^/]+)\/([^/]+?)(?:\.git)?(?:\/pull\/\d+)?\/?$/.exec(url.trim());
    return match ? `${match[1]}/${match[2]}` : undefined;
}
/** The GitHub API base for a repository URL: api.github.com, or <host>/api/v3 for Enterprise Server. */
function githubApiUrl(url) {
    const host = url ? /^(?:https?:\/\/|git@|ssh:\/\/git@)([^/:]+)/.exec(url.trim())?.[1] : undefined;
    return !host || host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
}
function jenkinsContext(env) {
    const changeId = env.CHANGE_ID && /^\d+$/.test(env.CHANGE_ID) ? Number(env.CHANGE_ID) : undefined;
    const event = env.MLOPS_EVENT === 'schedule' ? 'schedule' : changeId !== undefined ? 'pr' : env.BRANCH_NAME ? 'push' : 'manual';
    const repository = githubRepository(env.CHANGE_URL) ?? githubRepository(env.GIT_URL);
    // A pull request is compared with its target branch; a branch build with the last green build
    // (Jenkins' GIT_PREVIOUS_SUCCESSFUL_COMMIT), or its parent commit when there is none.
    const defaultBase = event === 'pr' && env.CHANGE_TARGET ? `origin/${env.CHANGE_TARGET}` : event === 'push' ? env.GIT_PREVIOUS_SUCCESSFUL_COMMIT || 'HEAD~1' : 'HEAD';
    return {
        event,
        defaultBase,
        repository,
        sha: env.GIT_COMMIT || undefined,
        runUrl: env.BUILD_URL || undefined,
        apiUrl: env.GITHUB_API_URL || githubApiUrl(env.CHANGE_URL ?? env.GIT_URL),
        pullRequest: changeId !== undefined && env.GIT_COMMIT ? { number: changeId, headSha: env.GIT_COMMIT, baseSha: '', baseRef: env.CHANGE_TARGET, fork: Boolean(env.CHANGE_FORK) } : undefined,
    };
}
/** MLOPS_OPTIONS: `{"train-command": "…", "gates": ["…"], "canary-percent": 10}`. */
function parseOptionsJson(text) {
    if (!text || !text.trim())
        return {};
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`MLOPS_OPTIONS is not JSON: ${error instanceof Error ? error.message : String(error)}.`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new errors/* UsageError */.eb('MLOPS_OPTIONS must be a JSON object of option names to values.');
    const raw = {};
    for (const [key, value] of Object.entries(data)) {
        if (!options.RAW_KEYS.includes(key))
            throw new errors/* UsageError */.eb(`MLOPS_OPTIONS: unknown option '${camel(key)}'.`, `Known options: ${options.RAW_KEYS.map(camel).join(', ')}.`);
        if (value === null || value === undefined)
            continue;
        if (Array.isArray(value))
            raw[key] = value.map(String);
        else if (typeof value === 'object')
            throw new errors/* UsageError */.eb(`MLOPS_OPTIONS: '${camel(key)}' must be text, a number, true/false or a list.`);
        else
            raw[key] = String(value);
    }
    return raw;
}
/** `kserve-name` → `kserveName`: how a Jenkinsfile writes an option. */
function camel(key) {
    return key.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}
/** What metadata-action would see for this Jenkins build. */
async function jenkinsMeta(env, cwd) {
    const local = await (0,git/* headRefs */.tw)(cwd);
    const sha = env.GIT_COMMIT || local.sha;
    if (env.TAG_NAME)
        return { eventName: 'push', ref: `refs/tags/${env.TAG_NAME}`, sha, defaultBranch: local.defaultBranch };
    if (env.CHANGE_ID)
        return { eventName: 'pull_request', ref: `refs/pull/${env.CHANGE_ID}/merge`, sha, baseRef: env.CHANGE_TARGET, defaultBranch: local.defaultBranch };
    if (env.BRANCH_NAME)
        return { eventName: 'push', ref: `refs/heads/${env.BRANCH_NAME}`, sha, defaultBranch: local.defaultBranch };
    return { eventName: 'push', ref: local.ref, sha, defaultBranch: local.defaultBranch };
}
/**
 * The runner found the Checks API plugin (MLOPS_CHECKS=publishChecks): it publishes the gates'
 * check run itself with the job's GitHub App credentials (a personal token cannot create check
 * runs), from what `mlops step` writes to MLOPS_RESULT_FILE; the token only comments.
 */
function checksByPlugin(forge) {
    return {
        upsertAlertIssue: (marker, title, body, labels) => forge.upsertAlertIssue(marker, title, body, labels),
        closeAlertIssue: (marker, comment) => forge.closeAlertIssue(marker, comment),
        upsertComment: (target, marker, body) => forge.upsertComment(target, marker, body),
        createCheckRun: async () => ({ kind: 'delegated', to: "the Checks API plugin's publishChecks" }),
    };
}
/** The platform for the build `env` describes; `cwd` is where the step runs (the workspace). */
async function jenkinsPlatform(env, cwd, logger) {
    const context = jenkinsContext(env);
    const raw = parseOptionsJson(env.MLOPS_OPTIONS);
    const workingDirectory = (0,external_node_path_.resolve)(cwd, typeof raw['working-directory'] === 'string' ? raw['working-directory'] : '.');
    const local = await (0,git/* headRefs */.tw)(workingDirectory).catch(() => undefined);
    const facts = {
        ...context,
        branch: env.BRANCH_NAME || undefined,
        // Promotion only from the default branch: MLOPS_DEFAULT_BRANCH, else what origin/HEAD names.
        defaultBranch: env.MLOPS_DEFAULT_BRANCH || local?.defaultBranch,
        defaultBranchHint: 'set MLOPS_DEFAULT_BRANCH (the defaultBranch option of the step)',
        // github.com, or the Enterprise Server the repository URL names (its API is <host>/api/v3)
        serverUrl: context.repository ? context.apiUrl.replace(/^https:\/\/api\.github\.com$/, 'https://github.com').replace(/\/api\/v3$/, '') : undefined,
    };
    const kubeconfig = env.MLOPS_KUBECONFIG_FILE ? await (0,promises_.readFile)(env.MLOPS_KUBECONFIG_FILE, 'utf8') : env.MLOPS_KUBECONFIG || undefined;
    const outputs = {};
    return {
        name: 'jenkins',
        facts,
        workingDirectory,
        raw,
        options: [
            { 'registry-username': env.MLOPS_REGISTRY_USERNAME },
            await (0,config_file.readConfigFile)((0,external_node_path_.resolve)(workingDirectory, options.CONFIG_FILE)),
            { ...raw, 'working-directory': workingDirectory },
        ],
        secrets: { githubToken: env.GITHUB_TOKEN || undefined, registryPassword: env.MLOPS_REGISTRY_PASSWORD || undefined, kubeconfig, alertWebhook: env.MLOPS_ALERT_WEBHOOK || undefined, kfpToken: env.KFP_TOKEN || undefined },
        env,
        logger,
        wording: {
            option: camel,
            reportLocation: 'the report archived with the build',
            grant: (permission) => `the token of githubTokenCredentialsId \`${permission}\``,
        },
        // The runner may ask for the outputs as a JSON file (MLOPS_OUTPUT_FILE), as the action has its outputs.
        setOutput: (name, value) => {
            outputs[name] = value;
            if (env.MLOPS_OUTPUT_FILE)
                (0,external_node_fs_.writeFileSync)(env.MLOPS_OUTPUT_FILE, `${JSON.stringify(outputs, null, 2)}\n`);
        },
        imageEvent: () => jenkinsMeta(env, workingDirectory),
        docker: () => (0,docker/* dockerCli */.R)(env),
        kubeClient: () => (0,kube_client.kubeClientFrom)(kubeconfig),
        forge: async () => {
            if (!env.GITHUB_TOKEN)
                return { skip: 'no githubTokenCredentialsId was given; the report is archived with the build' };
            if (!context.repository)
                return { skip: 'the repository is not on GitHub (GIT_URL); the report is archived with the build' };
            const { createForge } = await Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(9378)]).then(__webpack_require__.bind(__webpack_require__, 6997));
            const urls = (0,github_context/* apiUrls */.zd)({ GITHUB_API_URL: context.apiUrl, GITHUB_GRAPHQL_URL: env.GITHUB_GRAPHQL_URL });
            const forge = createForge({ token: env.GITHUB_TOKEN, repository: context.repository, ...urls, onWait: (message) => logger.info(message) });
            return { forge: env.MLOPS_CHECKS === 'publishChecks' ? checksByPlugin(forge) : forge };
        },
        now: () => new Date(),
        signal: (0,cancel/* cancellation */.W)(),
    };
}

// EXTERNAL MODULE: ./src/single-stage.ts
var single_stage = __webpack_require__(38628);
// EXTERNAL MODULE: ./src/cli/closing-error.ts
var closing_error = __webpack_require__(78046);
;// CONCATENATED MODULE: ./src/cli/step-run.ts
/** What `mlops step <name>` does once parsed (src/cli/step.ts defines the verb, loaded before this). */







async function runStep(name, io, cwd, log) {
    const platform = await jenkinsPlatform(io.env, cwd, log);
    const finish = (outcome) => {
        if (outcome.stdout)
            io.stdout(outcome.stdout);
        if (outcome.exitCode !== 0)
            throw new errors/* MlopsError */.IC(outcome.message, { exitCode: outcome.exitCode });
        if (outcome.message)
            io.stdout(`${outcome.message}\n`);
    };
    switch (name) {
        case 'report':
        case 'pipeline': {
            const result = await (0,event_run.runEvent)(platform, { verb: name === 'report' ? 'report' : 'run' }).catch((error) => {
                throw (0,closing_error/* unlessPrinted */.fo)(error, log);
            });
            if (io.env.MLOPS_RESULT_FILE)
                (0,external_node_fs_.writeFileSync)(io.env.MLOPS_RESULT_FILE, `${JSON.stringify(stepResult(result))}\n`);
            for (const line of (0,event_run.closingLines)(result))
                io.stdout(`${line}\n`);
            const failed = (0,closing_error/* closingError */.c2)(result, log);
            if (failed)
                throw failed;
            return;
        }
        case 'train':
            return finish(await (0,single_stage.trainStage)(platform));
        case 'metricsDiff':
            return finish(await (0,single_stage.metricsDiffStage)(platform));
        case 'dockerBuild':
            return finish(await (0,single_stage.imageStage)(platform));
        case 'promote': {
            // `image` on mlopsPromote once named the image to serve; serving-image is its name now.
            const legacy = platform.raw.image !== undefined && platform.raw['serving-image'] === undefined;
            if (legacy)
                platform.logger.warning('mlopsPromote: image names an image to build; the image to serve is servingImage (read from image this time).');
            return finish(await (0,single_stage.promoteStage)(platform, legacy ? { 'serving-image': platform.raw.image, image: undefined } : {}));
        }
    }
}
function stepResult(result) {
    const gates = result.run?.gates ?? [];
    if (gates.length === 0)
        return { outcome: result.outcome.kind };
    return { outcome: result.outcome.kind, check: { name: publish/* CHECK_NAME */.$c, conclusion: gates.every((gate) => gate.passed) ? 'success' : 'failure', ...(0,publish/* checkText */.qW)(gates) } };
}


/***/ }),

/***/ 24660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readConfigFile: () => (/* binding */ readConfigFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _fs_plain_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68514);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17397);
/** Reads the project's `mlops.yaml` (the one reader the action, the CLI and the Jenkins steps share). */




/** Far above any options file; a bigger one is a mistake (a data file named by --config), not read. */
const MAX_CONFIG_BYTES = 1 << 20;
/**
 * The options in `path`; a missing file is no options, unless it was asked for by name. `name` is
 * how messages call the file (`--config ci/opts.yaml` names ci/opts.yaml, not mlops.yaml).
 */
async function readConfigFile(path, { required = false, name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path) } = {}) {
    const file = await (0,_fs_plain_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readPlainFile */ .b$)(path, MAX_CONFIG_BYTES);
    if (file.kind === 'missing') {
        if (required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--config: ${name} does not exist.`);
        return {};
    }
    if (file.kind === 'refused')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: ${file.reason}.`, 'Options are read from a plain YAML file of at most 1 MiB.');
    return (0,_options_js__WEBPACK_IMPORTED_MODULE_3__.parseConfigFile)(file.bytes.toString('utf8'), name);
}


/***/ }),

/***/ 19261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ dockerCli)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The docker CLI, run as a child process with its output streamed to a sink. Secrets go in
 * through stdin (`--password-stdin`), never on a command line or in the environment shown in logs.
 */



/** The docker CLI on PATH (or `binary`), against the daemon the environment names (DOCKER_HOST). */
function dockerCli(env, binary = 'docker') {
    const configDir = env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
    return {
        configDir,
        buildxConfig: env.BUILDX_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, 'buildx'),
        run(args, options = {}) {
            return new Promise((resolve) => {
                const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(binary, [...args], { env: { ...env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
                let stdout = '';
                let stderr = '';
                child.stdout.on('data', (chunk) => {
                    stdout += chunk.toString('utf8');
                    options.onOutput?.(chunk, 'stdout');
                });
                child.stderr.on('data', (chunk) => {
                    stderr += chunk.toString('utf8');
                    options.onOutput?.(chunk, 'stderr');
                });
                child.on('error', (error) => resolve({ code: 127, stdout, stderr: error.code === 'ENOENT' ? `${binary} was not found on PATH: install the Docker CLI.` : error.message }));
                child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
                // docker may exit before reading stdin (a refused login, a missing binary): its exit code tells, not an EPIPE crash
                child.stdin.on('error', () => undefined);
                child.stdin.end(options.input ?? '');
            });
        },
    };
}


/***/ }),

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

/***/ 14737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ cancellation)
/* harmony export */ });
/**
 * The job being cancelled (the runner's or Jenkins' SIGTERM, a Ctrl-C): one signal for the whole
 * process, so a stage that started remote work (a Kubeflow run) can stop it before the step ends.
 */
let controller;
function cancellation() {
    if (!controller) {
        const created = new AbortController();
        controller = created;
        for (const signal of ['SIGTERM', 'SIGINT'])
            process.once(signal, () => created.abort(new Error(`the job was cancelled (${signal})`)));
    }
    return controller.signal;
}


/***/ }),

/***/ 10838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   UN: () => (/* binding */ ciContext),
/* harmony export */   zd: () => (/* binding */ apiUrls)
/* harmony export */ });
/* unused harmony export eventContext */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A GitHub Actions run's context, from the runner's environment variables and the event payload
 * file: the event mapped onto ours, the base it implies, the pull request, the API URLs. Used by
 * the action's platform and by the CLI verbs that work inside a GitHub job (comment, image meta).
 */

function apiUrls(env) {
    const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
    return { apiUrl, graphqlUrl: env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/api\/v3\/?$/, '/api').replace(/\/$/, '')}/graphql` };
}
function ciContext(env, payload) {
    const { event, defaultBase } = eventContext(env.GITHUB_EVENT_NAME ?? '', payload);
    const repository = env.GITHUB_REPOSITORY || undefined;
    const pr = payload.pull_request;
    const runUrl = env.GITHUB_SERVER_URL && repository && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    return {
        event,
        defaultBase,
        repository,
        sha: env.GITHUB_SHA || undefined,
        runUrl,
        pullRequest: pr?.number !== undefined && pr.head?.sha && pr.base?.sha
            ? {
                number: pr.number,
                headSha: pr.head.sha,
                baseSha: pr.base.sha,
                baseRef: pr.base.ref,
                // A deleted fork has no head repo; a fork's full name differs from the base's.
                fork: pr.head.repo?.fork === true || !pr.head.repo || pr.head.repo.full_name !== pr.base.repo?.full_name,
            }
            : undefined,
    };
}
/** The event payload file (GITHUB_EVENT_PATH); none: empty; unreadable: empty, and why, in the reader's words. */
async function readEventPayload(path) {
    if (!path)
        return { payload: {} };
    try {
        const data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
        if (typeof data === 'object' && data !== null && !Array.isArray(data))
            return { payload: data };
        return { payload: {}, warning: `The event payload ${path} is not a JSON object; reading the event from the environment alone.` };
    }
    catch (error) {
        return { payload: {}, warning: `Could not read the event payload ${path}: ${error.message}; reading the event from the environment alone.` };
    }
}
function eventContext(eventName, payload) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
            return { event: 'pr', defaultBase: payload.pull_request?.base?.sha };
        case 'push': {
            const before = payload.before;
            // A new branch's first push has no previous commit (all zeros): compare with its parent.
            return { event: 'push', defaultBase: before && !/^0+$/.test(before) ? before : 'HEAD~1' };
        }
        case 'schedule':
            return { event: 'schedule', defaultBase: 'HEAD' };
        default:
            return { event: 'manual', defaultBase: 'HEAD' };
    }
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
