export const id = 9747;
export const ids = [9747,8199];
export const modules = {

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

/***/ 69747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   terminalImageEvent: () => (/* binding */ terminalImageEvent),
/* harmony export */   terminalPlatform: () => (/* binding */ terminalPlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71243);
/* harmony import */ var _image_docker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19261);
/* harmony import */ var _kserve_kube_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88199);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14737);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10838);






async function terminalPlatform(settings) {
    const { env, cwd } = settings;
    const refs = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .headRefs */ .tw)(cwd).catch(() => undefined);
    const facts = {
        event: settings.event,
        sha: refs?.sha,
        branch: refs?.ref.startsWith('refs/heads/') ? refs.ref.slice('refs/heads/'.length) : undefined,
        defaultBranch: env.MLOPS_DEFAULT_BRANCH || refs?.defaultBranch,
        defaultBranchHint: 'set MLOPS_DEFAULT_BRANCH, or let origin/HEAD name it: git remote set-head origin --auto',
        // as on GitHub and Jenkins: a push is compared with the commit before it, other events with HEAD
        defaultBase: settings.event === 'push' ? 'HEAD~1' : undefined,
    };
    return {
        name: 'terminal',
        facts,
        options: [{ 'registry-username': env.MLOPS_REGISTRY_USERNAME }, ...settings.options],
        secrets: { registryPassword: env.MLOPS_REGISTRY_PASSWORD || undefined, kubeconfig: env.MLOPS_KUBECONFIG || undefined, alertWebhook: env.MLOPS_ALERT_WEBHOOK || undefined, kfpToken: env.KFP_TOKEN || undefined },
        env,
        logger: settings.logger,
        wording: {
            option: (key) => settings.flags[key] ?? `${key} (mlops.yaml)`,
            reportLocation: 'the report file',
            grant: (permission) => `the token \`${permission}\``,
        },
        setOutput: settings.setOutput,
        imageEvent: () => terminalImageEvent(env, cwd, (line) => settings.logger.warning(line)),
        docker: () => (0,_image_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerCli */ .R)(env),
        kubeClient: () => (0,_kserve_kube_client_js__WEBPACK_IMPORTED_MODULE_3__.kubeClientFrom)(env.MLOPS_KUBECONFIG || undefined),
        forge: async () => ({ skip: '`mlops run` publishes nothing itself (`mlops comment create report.md` does)' }),
        now: () => new Date(),
        signal: (0,_cancel_js__WEBPACK_IMPORTED_MODULE_5__/* .cancellation */ .W)(),
    };
}
/**
 * The event facts: the runner's when inside GitHub Actions, else the local git checkout's (a push
 * of HEAD). With no commit to read (not a git repository, or none committed yet) they are
 * metadata-action's null event, computed from nothing but the rules, with a warning saying so.
 */
async function terminalImageEvent(env, cwd, warn) {
    if (env.GITHUB_EVENT_NAME && env.GITHUB_REF && env.GITHUB_SHA) {
        const { payload } = await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readEventPayload */ .N5)(env.GITHUB_EVENT_PATH);
        const { eventContextFromGitHub } = await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(7826), __webpack_require__.e(9092), __webpack_require__.e(2143)]).then(__webpack_require__.bind(__webpack_require__, 99092));
        return eventContextFromGitHub({ eventName: env.GITHUB_EVENT_NAME, ref: env.GITHUB_REF, sha: env.GITHUB_SHA, payload: payload });
    }
    const missing = await whyNoCommit(cwd);
    if (missing) {
        warn(`${missing}, so there is no commit to tag: tags come from metadata-action's rules as for an event with no ref and no sha (type=raw gives its value; ref, sha and semver rules give nothing).`);
        const { nullEventContext } = await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(7826), __webpack_require__.e(9092), __webpack_require__.e(2143)]).then(__webpack_require__.bind(__webpack_require__, 99092));
        return nullEventContext();
    }
    const { ref, sha, defaultBranch } = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .headRefs */ .tw)(cwd);
    return { eventName: 'push', ref, sha, defaultBranch };
}
/** Why HEAD names no commit here, or undefined when it does. A missing git is still an error. */
async function whyNoCommit(cwd) {
    if (!(await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitRepository */ .XY)(cwd))) {
        const dubious = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .dubiousOwnership */ .XD)(cwd);
        if (dubious)
            throw dubious;
        return `${cwd} is not in a git repository`;
    }
    // inside a work tree, HEAD fails to resolve only before the first commit
    const resolved = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(cwd, 'HEAD').then(() => true, (error) => {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC)
            return false;
        throw error;
    });
    return resolved ? undefined : `the git repository at ${cwd} has no commit yet`;
}


/***/ })

};
