export const id = 5532;
export const ids = [5532];
export const modules = {

/***/ 78046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ RememberingLogger),
/* harmony export */   c2: () => (/* binding */ closingError),
/* harmony export */   fo: () => (/* binding */ unlessPrinted),
/* harmony export */   r6: () => (/* binding */ AlreadyPrinted),
/* harmony export */   uc: () => (/* binding */ errorFileText)
/* harmony export */ });
/* unused harmony export GatesFailed */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _platform_console_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56823);
/**
 * How a CLI event run ends when it failed: the one decision `mlops run`/`report` and the Jenkins
 * runner's `mlops step report|pipeline` share. A failure the run's log has already printed (a
 * training command's failure, each failed gate) is not printed again; the CLI still exits with
 * its code and hands the message to MLOPS_ERROR_FILE.
 */


/** A failure the run's log has already printed: the CLI ends with its exit code, without saying it again. */
class AlreadyPrinted extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
}
/** Failed gates, already listed one per line: the CLI says how many; MLOPS_ERROR_FILE still gets them all. */
class GatesFailed extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    full;
    constructor(message, full, exitCode) {
        super(message, { exitCode });
        this.full = full;
    }
}
/** What MLOPS_ERROR_FILE (the Jenkins build's one error message) says for a thrown error. */
function errorFileText(error) {
    return error instanceof GatesFailed ? error.full : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error);
}
/** The console logger, remembering the errors it printed (a few: one per failed stage at most). */
class RememberingLogger extends _platform_console_logger_js__WEBPACK_IMPORTED_MODULE_1__.ConsoleLogger {
    printed = new Set();
    error(message) {
        if (this.printed.size < 100)
            this.printed.add(message);
        super.error(message);
    }
}
/** What to throw for a failed event run, or undefined when it did not fail. */
function closingError(result, log) {
    if (!result.failure)
        return undefined;
    const exitCode = result.exitCode === 2 ? 2 : 1;
    // the gates' own lines are in the log already: the closing error counts them, not repeats them
    const failures = result.outcome.kind === 'gates-failed' ? result.outcome.failures : [];
    if (failures.length > 0 && failures.every((line) => log.printed.has(line))) {
        return new GatesFailed(`${failures.length} of ${result.run?.gates.length ?? failures.length} gates failed (listed above); the report says why.`, result.failure, exitCode);
    }
    return log.printed.has(result.failure) ? new AlreadyPrinted(result.failure, { exitCode }) : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(result.failure, { exitCode });
}
/** A thrown error the log has already printed becomes AlreadyPrinted, keeping its exit code. */
function unlessPrinted(error, log) {
    return log.printed.has((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)) ? new AlreadyPrinted((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error), { exitCode: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeOf */ .FO)(error) }) : error;
}


/***/ }),

/***/ 35532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildProgram: () => (/* binding */ buildProgram),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/cli/comment.ts
function addCommentCommand(program, io, cwdOf) {
    const comment = program.command('comment').description('publish a markdown report as a sticky comment (like `cml comment create`)');
    for (const verb of ['create', 'update']) {
        comment
            .command(verb)
            .description(verb === 'create'
            ? 'create or update the one comment keyed by --watermark-title on a pull request, commit or issue'
            : 'update the newest comment keyed by --watermark-title (create one if there is none), like `cml comment update`')
            .argument('<markdown-file>', 'the report to publish')
            .option('--target <target>', 'pr (this run\'s pull request), pr/<n>, commit, commit/<sha> or issue/<n> (default: pr if there is one, else commit)')
            .option('--watermark-title <id>', 'key of the sticky comment, so one thread can carry several reports', 'default')
            .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
            .option('--publish', 'show local images: committed ones from their commit, the others from the mlops-assets branch (default)')
            .option('--no-publish', 'post the markdown as it is, local image paths included')
            .action(async (file, flags) => {
            const { publishComment } = await Promise.all(/* import() */[__webpack_require__.e(5658), __webpack_require__.e(3496)]).then(__webpack_require__.bind(__webpack_require__, 43496));
            await publishComment(verb, file, flags, io, cwdOf);
        });
    }
}

;// CONCATENATED MODULE: ./src/cli/history.ts
/** `metrics history` under the `metrics` command. */
function addHistoryCommand(metrics, io, cwdOf) {
    metrics
        .command('history')
        .description('show the metrics at the last commits of a branch that changed them, oldest first (first parents only)')
        // 20 is DEFAULT_LAST (src/metrics/history.ts), not imported: this file loads before every verb
        .option('--last <n>', 'how many commits (default 20)')
        .option('--json', 'print the history as JSON')
        .option('--targets <paths...>', 'limit to these files (default: from dvc.yaml, else metrics.json)')
        .option('--key <key>', 'only this metric (dotted for nested keys, e.g. test.r2)')
        .option('--rev <ref>', 'the branch, tag or commit whose history is read (default: HEAD)')
        .action(async (flags) => {
        const { runHistory } = await __webpack_require__.e(/* import() */ 3626).then(__webpack_require__.bind(__webpack_require__, 33626));
        await runHistory(flags, io, cwdOf());
    });
}

// EXTERNAL MODULE: ./src/config-name.ts
var config_name = __webpack_require__(34793);
;// CONCATENATED MODULE: ./src/cli/image.ts
/**
 * `mlops image meta` and `mlops image build`: tags and labels like docker/metadata-action, and a
 * build + push that never moves a tag before a digest is in the registry. The registry password
 * comes from MLOPS_REGISTRY_PASSWORD, never from a flag. Build secrets are BuildKit secrets:
 * --secret-env (a variable's name) keeps the value off the command line; --secret id=value is
 * there for build-push-action's `secrets` syntax, where the shell history is the user's choice.
 */




const collect = (value, previous = []) => [...previous, value];
/** How these verbs spell the image options (the action's inputs and mlops.yaml keys otherwise). */
const IMAGE_FLAGS = {
    image: '--images', 'image-tags': '--tags', 'image-flavor': '--flavor', 'image-labels': '--labels', dockerfile: '--file', context: '--context',
    push: '--push', registry: '--registry', 'registry-username': '--username', 'build-args': '--build-arg',
    'image-secrets': '--secret', 'image-secret-files': '--secret-file', 'image-secret-envs': '--secret-env',
};
function addImageCommands(program, io, cwdOf, logger) {
    const image = program.command('image').description('serving image: tags and labels like docker/metadata-action, build and push');
    // The flags are metadata-action's inputs: each repeatable, and a value may hold several lines.
    const common = (command) => {
        // the old singular names add to the same list, so the order on the command line is kept
        const alias = (to) => (value) => {
            const all = collect(value, command.getOptionValue(to));
            command.setOptionValueWithSource(to, all, 'cli');
            return all;
        };
        return command
            .option('--images <name>', 'image repository, as metadata-action `images:` (repeatable, or one per line; --image also works)', collect)
            .addOption(new esm/* Option */.c$('--image <name>').argParser(alias('images')).hideHelp())
            .option('--tags <rule>', 'a metadata-action tag rule, e.g. "type=sha" or "type=semver,pattern={{version}}" (repeatable, or one per line)', collect)
            .option('--flavor <line>', 'a metadata-action flavor line, e.g. "latest=false" (repeatable, or one per line)', collect)
            .option('--labels <key=value>', 'an extra label, overriding computed ones (repeatable, or one per line; --label also works)', collect)
            .addOption(new esm/* Option */.c$('--label <key=value>').argParser(alias('labels')).hideHelp());
    };
    /** The flags as raw options over mlops.yaml: the one parser, as `mlops run` reads them. */
    const layers = async (flags) => {
        const { readConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660));
        if (!flags.images?.length && !(await readConfigFile((0,external_node_path_.resolve)(cwdOf(), config_name/* CONFIG_FILE */.g))).image) {
            throw new errors/* UsageError */.eb('--images is required.', 'Name the repository, e.g. --images ghcr.io/acme/housing (or image: in mlops.yaml).');
        }
        return [
            // build only, unless --push (or push: true in mlops.yaml) says so
            { push: 'false', 'registry-username': io.env.MLOPS_REGISTRY_USERNAME },
            await readConfigFile((0,external_node_path_.resolve)(cwdOf(), config_name/* CONFIG_FILE */.g)),
            {
                'working-directory': cwdOf(), image: flags.images, 'image-tags': flags.tags, 'image-flavor': flags.flavor, 'image-labels': flags.labels,
                dockerfile: flags.file, context: flags.context, push: flags.push ? 'true' : undefined,
                registry: flags.registry, 'registry-username': flags.username, 'build-args': flags.buildArg,
                'image-secrets': flags.secret, 'image-secret-files': flags.secretFile, 'image-secret-envs': flags.secretEnv,
            },
        ];
    };
    const platform = async (flags) => (await __webpack_require__.e(/* import() */ 9747).then(__webpack_require__.bind(__webpack_require__, 69747))).terminalPlatform({ event: 'manual', cwd: cwdOf(), env: io.env, logger: logger(), options: await layers(flags), flags: IMAGE_FLAGS });
    common(image.command('meta').description('print the tags and labels for this commit (like docker/metadata-action)'))
        .option('--json', 'print {"version", "tags", "labels", "annotations"} as JSON (metadata-action\'s json output, with the version)')
        .action(async (flags) => {
        const [{ buildRunOptionsWith }, { workspaceRows }, { metaJson }, { pyJsonDumps }, { terminalImageEvent }, { imageMeta }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397)]).then(__webpack_require__.bind(__webpack_require__, 17397)), __webpack_require__.e(/* import() */ 7679).then(__webpack_require__.bind(__webpack_require__, 97679)), __webpack_require__.e(/* import() */ 7971).then(__webpack_require__.bind(__webpack_require__, 37971)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3317)), __webpack_require__.e(/* import() */ 9747).then(__webpack_require__.bind(__webpack_require__, 69747)), Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(7826), __webpack_require__.e(9092), __webpack_require__.e(1434)]).then(__webpack_require__.bind(__webpack_require__, 91434)),
        ]);
        const cwd = cwdOf();
        let options;
        try {
            options = buildRunOptionsWith(io.env, ...(await layers(flags))).image;
        }
        catch (error) {
            throw error instanceof errors/* OptionError */.eR ? error.spelled((key) => IMAGE_FLAGS[key] ?? `${key} (mlops.yaml)`) : error;
        }
        const rows = await workspaceRows(cwd);
        const meta = imageMeta({ options, meta: await terminalImageEvent(io.env, cwd, (line) => io.stderr(`WARNING: ${line}\n`)), now: new Date(), ...rows, gatesPassed: undefined });
        for (const warning of meta.warnings)
            io.stderr(`WARNING: ${warning}\n`);
        if (flags.json)
            io.stdout(`${pyJsonDumps({ version: meta.version, ...metaJson(meta) }, 2)}\n`);
        else
            io.stdout(`${meta.tags.join('\n')}\n\n${meta.labelLines.join('\n')}\n`);
    });
    common(image.command('build').description('build the image and push every tag, immutable tag first (needs a Docker engine)'))
        .option('-f, --file <Dockerfile>', 'the Dockerfile (default: <context>/Dockerfile)')
        .option('--context <dir>', 'build context (default: .)')
        .option('--push', 'push the tags (default: build only)')
        .option('--registry <host>', 'registry to log in to, e.g. ghcr.io (password from MLOPS_REGISTRY_PASSWORD)')
        .option('--username <user>', 'registry user')
        .option('--build-arg <NAME=value>', 'a build argument (repeatable)', collect)
        .option('--secret-env <id=ENVNAME>', 'a BuildKit secret from an environment variable, for RUN --mount=type=secret,id=<id> (repeatable)', collect)
        .option('--secret-file <id=path>', 'a BuildKit secret from a file, relative to the current directory (repeatable)', collect)
        .option('--secret <id=value>', 'a BuildKit secret given as its value (repeatable; --secret-env keeps it out of the shell history)', collect)
        .option('--json', 'print {"digest", "tags"} as JSON')
        .action(async (flags) => {
        const [{ imageStage }, { pyJsonDumps }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533), __webpack_require__.e(8628)]).then(__webpack_require__.bind(__webpack_require__, 38628)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3317))]);
        const outcome = await imageStage(await platform(flags));
        if (outcome.exitCode !== 0)
            throw new errors/* MlopsError */.IC(outcome.message, { exitCode: outcome.exitCode });
        io.stdout(flags.json && outcome.data ? `${pyJsonDumps(outcome.data, 2)}\n` : `${outcome.message}\n`);
    });
}

;// CONCATENATED MODULE: ./src/cli/kserve.ts



const kserve_collect = (value, previous = []) => [...previous, value];
/** How these verbs spell the KServe options: the same keys as the action inputs and mlops.yaml. */
const KSERVE_FLAGS = {
    'kserve-name': '--name', 'kserve-namespace': '--namespace', 'kserve-model-format': '--model-format', 'kserve-storage-uri': '--storage-uri',
    'kserve-runtime': '--runtime', protocol: '--protocol', 'serving-image': '--image', 'kserve-env': '--env', 'kserve-min-replicas': '--min-replicas',
    'kserve-max-replicas': '--max-replicas', 'kserve-resources': '--resources', 'canary-percent': '--canary-percent', 'smoke-test': '--smoke-test',
    'kserve-model-name': '--model-name', 'kserve-timeout': '--timeout', 'canary-analysis': '--analysis',
};
/** The flags as raw options, so they go through the one parser and layer over mlops.yaml like `mlops run`. */
function rawFrom(flags, cwd) {
    return {
        'working-directory': cwd, 'kserve-name': flags.name, 'kserve-namespace': flags.namespace, 'kserve-model-format': flags.modelFormat,
        'kserve-storage-uri': flags.storageUri, 'kserve-runtime': flags.runtime, protocol: flags.protocol, 'serving-image': flags.image, 'kserve-env': flags.env,
        'kserve-min-replicas': flags.minReplicas, 'kserve-max-replicas': flags.maxReplicas, 'kserve-resources': flags.resources,
        'canary-percent': flags.canaryPercent, 'smoke-test': flags.smokeTest, 'kserve-model-name': flags.modelName, 'kserve-timeout': flags.timeout,
        'canary-analysis': flags.analysis,
    };
}
function spelled(error) {
    return error instanceof errors/* OptionError */.eR ? error.spelled((key) => KSERVE_FLAGS[key] ?? `${key} (mlops.yaml)`) : error;
}
function addKserveCommands(program, io, cwdOf, logger) {
    const kserve = program.command('kserve').description('KServe InferenceService: manifest, canary promotion with verification, rollback');
    const target = (command) => command.option('--name <name>', 'InferenceService name (or kserve-name in mlops.yaml)').option('--namespace <namespace>', 'namespace (default: default)');
    const model = (command) => target(command)
        .option('--model-format <format>', 'sklearn, xgboost, lightgbm, onnx, pytorch, tensorflow, …')
        .option('--storage-uri <uri>', 'where the model is (s3://, gs://, pvc://, https://); with --image, KServe downloads it to /mnt/models (STORAGE_URI)')
        .option('--runtime <runtime>', 'a ServingRuntime to use (default: KServe picks one for the format)')
        .option('--protocol <v1|v2>', 'inference protocol (V2 = Open Inference Protocol)')
        .option('--image <image>', 'serve this image as a custom container instead of a model')
        .option('--env <NAME=value>', 'an environment variable of the serving container (repeatable)', kserve_collect)
        .option('--min-replicas <n>', 'minimum replicas (0 allows scale to zero)')
        .option('--max-replicas <n>', 'maximum replicas')
        .option('--resources <list>', 'cpu=1,memory=2Gi (requests and limits) or requests.cpu=…,limits.memory=…');
    /** The KServe options from mlops.yaml under these flags, through the one option parser. */
    const kserveOf = async (flags) => {
        const [{ readConfigFile }, { buildRunOptionsWith }, { preflight }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660)), Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397)]).then(__webpack_require__.bind(__webpack_require__, 17397)), __webpack_require__.e(/* import() */ 4504).then(__webpack_require__.bind(__webpack_require__, 4504))]);
        const config = await readConfigFile((0,external_node_path_.resolve)(cwdOf(), config_name/* CONFIG_FILE */.g));
        let options;
        try {
            options = buildRunOptionsWith(io.env, config, rawFrom(flags, cwdOf()));
            await preflight(options);
        }
        catch (error) {
            throw spelled(error);
        }
        if (!options.kserve)
            throw new errors/* UsageError */.eb('--name is required (or kserve-name in mlops.yaml).');
        return { options, kserve: options.kserve };
    };
    model(kserve.command('manifest').description('print a serving.kserve.io/v1beta1 InferenceService'))
        .option('--canary-percent <n>', 'canaryTrafficPercent to set')
        .option('--output <yaml|json>', 'format', 'yaml')
        .action(async (flags) => {
        if (flags.output !== 'json' && flags.output !== 'yaml')
            throw new errors/* UsageError */.eb(`--output: '${flags.output}' is not yaml or json.`);
        const { kserve: options } = await kserveOf(flags);
        const [{ inferenceService }, { manifestInputOf }, { stringify }] = await Promise.all([__webpack_require__.e(/* import() */ 6995).then(__webpack_require__.bind(__webpack_require__, 16995)), Promise.all(/* import() */[__webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(5262)]).then(__webpack_require__.bind(__webpack_require__, 7653)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19))]);
        let manifest;
        try {
            manifest = inferenceService({ ...manifestInputOf(options, undefined), canaryPercent: flags.canaryPercent === undefined ? undefined : options.canaryPercent });
        }
        catch (error) {
            throw spelled(error);
        }
        io.stdout(flags.output === 'json' ? `${JSON.stringify(manifest, null, 2)}\n` : stringify(manifest));
    });
    model(kserve.command('promote').description('roll the model out: canary, wait for Ready (watch), smoke test, then promote or roll back'))
        .option('--canary-percent <n>', 'traffic for the canary, 1–99; 100 replaces directly (still verified) (default: 10)')
        .option('--smoke-test <request.json>', 'a request file {"instances": [[…]], "expected": […], "tolerance": …} sent to the new revision')
        .option('--model-name <name>', 'model name in the predict URL (default: the InferenceService name)')
        .option('--timeout <seconds>', 'how long the new revision may take to become Ready (default: 600)')
        .option('--analysis <file>', 'a canary analysis file (YAML): Prometheus measures the canary against thresholds and the stable revision after the smoke test')
        .action(async (flags) => {
        const [{ readConfigFile }, { terminalPlatform }, { promoteStage }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660)), __webpack_require__.e(/* import() */ 9747).then(__webpack_require__.bind(__webpack_require__, 69747)), Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533), __webpack_require__.e(8628)]).then(__webpack_require__.bind(__webpack_require__, 38628))]);
        const platform = await terminalPlatform({
            event: 'manual', cwd: cwdOf(), env: io.env, logger: logger(), flags: KSERVE_FLAGS,
            options: [await readConfigFile((0,external_node_path_.resolve)(cwdOf(), config_name/* CONFIG_FILE */.g)), rawFrom(flags, cwdOf())],
        });
        const outcome = await promoteStage(platform);
        if (outcome.stdout)
            io.stdout(outcome.stdout);
        if (outcome.exitCode !== 0)
            throw new errors/* MlopsError */.IC(outcome.message, { exitCode: outcome.exitCode });
        io.stdout(`${outcome.message}\n`);
    });
    kserve
        .command('analyze')
        .description('canary analysis: measure the canary in Prometheus at intervals against thresholds and the stable revision (exit 0 passed, 1 failed, 2 usage)')
        .option('--analysis <file>', 'the canary analysis file (YAML): prometheus, schema, interval, window, count, failure-limit, min-requests, inconclusive, metrics')
        .option('--name <name>', 'InferenceService name (or kserve-name in mlops.yaml)')
        .option('--namespace <namespace>', 'namespace (default: default)')
        .option('--canary-revision <revision>', "the canary's revision (default: the InferenceService's latestReadyRevision)")
        .option('--stable-revision <revision>', "the stable revision (default: its latestRolledoutRevision); with both given, no Kubernetes API call is made")
        .option('--json', 'print the verdict and the measurements as JSON')
        .action(async (flags) => {
        const [{ readConfigFile }, { ConsoleLogger }, { analyze }, { promDuration, readAnalysisFile }, { analysisJson, analysisTable }, { describeSchema }, { connectPrometheus, prepareAnalysis }, { kubeClientFrom }, { predictorStatus }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 56823)), __webpack_require__.e(/* import() */ 2402).then(__webpack_require__.bind(__webpack_require__, 72402)), __webpack_require__.e(/* import() */ 8838).then(__webpack_require__.bind(__webpack_require__, 18838)), Promise.all(/* import() */[__webpack_require__.e(2402), __webpack_require__.e(4844)]).then(__webpack_require__.bind(__webpack_require__, 64844)),
            __webpack_require__.e(/* import() */ 8807).then(__webpack_require__.bind(__webpack_require__, 58807)), __webpack_require__.e(/* import() */ 9736).then(__webpack_require__.bind(__webpack_require__, 9736)), __webpack_require__.e(/* import() */ 8199).then(__webpack_require__.bind(__webpack_require__, 88199)), __webpack_require__.e(/* import() */ 8368).then(__webpack_require__.bind(__webpack_require__, 78368)),
        ]);
        // stdout carries only the table or the JSON; progress goes to stderr
        const log = new ConsoleLogger({ stdout: io.stderr, stderr: io.stderr }, io.env.GITHUB_ACTIONS === 'true');
        const config = await readConfigFile((0,external_node_path_.resolve)(cwdOf(), config_name/* CONFIG_FILE */.g));
        const text = (value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
        const name = flags.name ?? text(config['kserve-name']);
        const namespace = flags.namespace ?? text(config['kserve-namespace']) ?? 'default';
        if (!flags.analysis)
            throw new errors/* UsageError */.eb('--analysis is required: the canary analysis file, e.g. --analysis canary-analysis.yaml.');
        if (!name)
            throw new errors/* UsageError */.eb('--name is required (or kserve-name in mlops.yaml).');
        let analysis;
        try {
            analysis = await readAnalysisFile((0,external_node_path_.resolve)(cwdOf(), flags.analysis), flags.analysis);
        }
        catch (error) {
            if (error instanceof errors/* UsageError */.eb)
                throw new errors/* UsageError */.eb(`--analysis: ${error.message}`, error.hint);
            throw error;
        }
        const kubeconfig = io.env.MLOPS_KUBECONFIG || undefined;
        const prometheus = await connectPrometheus(analysis, io.env, { kubeconfig });
        let canary = flags.canaryRevision;
        let stable = flags.stableRevision;
        if (!canary || !stable) {
            const current = await (await kubeClientFrom(kubeconfig)).get(namespace, name);
            if (!current)
                throw new errors/* UsageError */.eb(`--name: inferenceservice ${namespace}/${name} does not exist.`, 'Give --canary-revision and --stable-revision to analyse revisions by name.');
            const status = predictorStatus(current);
            canary ??= status.latestReadyRevision;
            stable ??= status.latestRolledoutRevision;
            if (!canary || !stable)
                throw new errors/* UsageError */.eb(`${namespace}/${name} has no ${!canary ? 'latestReadyRevision' : 'latestRolledoutRevision'} in its status.`, 'Give --canary-revision and --stable-revision.');
        }
        if (canary === stable)
            throw new errors/* UsageError */.eb(`the canary and the stable revision are both ${canary}: no canary is rolling out.`, 'Give --canary-revision (and --stable-revision) to analyse other revisions.');
        const target = { namespace, name, canary, stable };
        const prepared = await prepareAnalysis(analysis, prometheus, target, Date.now());
        log.info(`Prometheus at ${prometheus.where}: ${describeSchema(prepared.schema)}${prepared.alsoFound.length ? `; also found ${prepared.alsoFound.map(describeSchema).join(', ')}` : ''}.`);
        log.info(`Canary ${canary} against stable ${stable} in ${namespace}: up to ${analysis.count} measurements, one every ${promDuration(analysis.intervalMs)} over ${analysis.window}.`);
        const result = await analyze({
            config: analysis, prometheus, schema: prepared.schema, target,
            onMeasurement: (measurement, index) => log.info(`Measurement ${index} of ${analysis.count} (${measurement.at}): ${measurement.verdict}.`),
        });
        io.stdout(flags.json ? `${JSON.stringify(analysisJson(result), null, io.stdoutIsTTY ? 2 : undefined)}\n` : analysisTable(result));
        if (result.verdict === 'failed')
            throw new errors/* MlopsError */.IC(`Canary analysis failed: ${result.summary}.`, { exitCode: 1 });
    });
    target(kserve.command('rollback').description('restore the predictor recorded before the last rollout (traffic stays on the previous revision)')).action(async (flags) => {
        const { kserve: target } = await kserveOf(flags);
        const [{ kubeClientFrom }, { rollback }] = await Promise.all([__webpack_require__.e(/* import() */ 8199).then(__webpack_require__.bind(__webpack_require__, 88199)), Promise.all(/* import() */[__webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(2400)]).then(__webpack_require__.bind(__webpack_require__, 16834))]);
        const client = await kubeClientFrom(io.env.MLOPS_KUBECONFIG);
        const { restored } = await rollback(client, target.namespace, target.name, logger());
        io.stdout(`Rolled back ${target.namespace}/${target.name}: previous predictor restored (resourceVersion ${restored.metadata.resourceVersion}).\n`);
    });
}

;// CONCATENATED MODULE: ./src/plots/types.ts
/** DVC's templates (dvc-render), by the name a dvc.yaml gives. */
const PLOT_TEMPLATES = ['linear', 'simple', 'smooth', 'confusion', 'confusion_normalized', 'scatter', 'scatter_jitter', 'bar_horizontal', 'bar_horizontal_sorted'];

;// CONCATENATED MODULE: ./src/cli/plots.ts
/**
 * `mlops plots show|diff`: DVC 3's `dvc plots show|diff` flags over src/plots. `--json` prints
 * DVC's JSON; without it, markdown (DVC writes an HTML page there, mlops writes none, so
 * `--show-vega`, `--open` and `--html-template` are usage errors).
 */



const NO_HTML = 'mlops writes no HTML or Vega page: use --json for DVC\'s JSON (each plot\'s Vega-Lite spec is its "content"), or read the markdown it prints without it.';
/** `-t`: one of dvc-render's templates (custom template files are not read). */
function template(name) {
    if (name === undefined || PLOT_TEMPLATES.includes(name))
        return name;
    throw new errors/* UsageError */.eb(`--template: '${name}' is not one of DVC's templates.`, `Use one of ${PLOT_TEMPLATES.join(', ')} (custom template files are not read).`);
}
function overrides(flags) {
    return {
        template: template(flags.template),
        x: flags.x,
        y: flags.y,
        header: flags.header === false ? false : undefined,
        title: flags.title,
        xLabel: flags.xLabel,
        yLabel: flags.yLabel,
    };
}
function addPlotsCommands(program, io, cwdOf) {
    const plots = program.command('plots').description('show or compare plots, exactly like `dvc plots` (`--json`), else as markdown');
    const common = (command) => command
        .option('-t, --template <name>', `template of every plot shown (${PLOT_TEMPLATES.join(', ')})`)
        .option('-x <field>', 'field for the x axis')
        .option('-y <field>', 'field for the y axis')
        .option('--no-header', 'the CSV/TSV data files have no header row')
        .option('--title <text>', 'plot title')
        .option('--x-label <text>', 'x axis label')
        .option('--y-label <text>', 'y axis label')
        .option('-o, --out <dir>', 'where image plots are written, as <rev>_<path with / → _> (default: dvc_plots)')
        .option('--json', "print DVC's JSON instead of markdown")
        .option('--split', 'with --json: the rows, title and labels in "anchor_definitions", their anchors left in "content"')
        .addOption(new esm/* Option */.c$('--show-vega').hideHelp())
        .addOption(new esm/* Option */.c$('--open').hideHelp())
        .addOption(new esm/* Option */.c$('--html-template <path>').hideHelp());
    const input = (flags, targets) => {
        for (const [given, flag] of [[flags.showVega, '--show-vega'], [flags.open, '--open'], [flags.htmlTemplate !== undefined, '--html-template']]) {
            if (given)
                throw new errors/* UsageError */.eb(`${flag}: ${NO_HTML}`);
        }
        return { cwd: cwdOf(), targets, overrides: overrides(flags), outDir: flags.out, json: flags.json, split: flags.split, jsonIndent: io.stdoutIsTTY ? 2 : undefined };
    };
    const print = (output) => {
        for (const line of output.stderr)
            io.stderr(`${line}\n`);
        io.stdout(output.stdout);
    };
    common(plots
        .command('show')
        .description('the plots in the workspace (like `dvc plots show`)')
        .argument('[targets...]', 'plot ids or data files (default: every plot of every dvc.yaml)')).action(async (targets, flags) => {
        const { plotsShow } = await Promise.all(/* import() */[__webpack_require__.e(3383), __webpack_require__.e(2176), __webpack_require__.e(6388)]).then(__webpack_require__.bind(__webpack_require__, 66388));
        print(await plotsShow(input(flags, targets)));
    });
    common(plots
        .command('diff')
        .description('the plots at several revisions, overlaid (like `dvc plots diff`)')
        .argument('[revisions...]', 'git revisions ("workspace" is the working tree; default: the workspace, and HEAD when a tracked file changed)')
        .option('--targets <paths...>', 'plot ids or data files (default: every plot of every dvc.yaml)')).action(async (revisions, flags) => {
        const { plotsDiff } = await Promise.all(/* import() */[__webpack_require__.e(3383), __webpack_require__.e(2176), __webpack_require__.e(6388)]).then(__webpack_require__.bind(__webpack_require__, 66388));
        print(await plotsDiff({ ...input(flags, flags.targets ?? []), revisions }));
    });
}

;// CONCATENATED MODULE: ./src/cli/step.ts

const STEPS = ['train', 'metricsDiff', 'report', 'dockerBuild', 'promote', 'pipeline'];
function addStepCommand(program, io, cwdOf, logger) {
    program
        .command('step')
        .description(`run one Jenkins library step (${STEPS.join(', ')}); options as JSON in MLOPS_OPTIONS`)
        .argument('<name>', 'the step')
        .action(async (name) => {
        if (!STEPS.includes(name))
            throw new errors/* UsageError */.eb(`step: '${name}' is not a step.`, `Steps: ${STEPS.join(', ')}.`);
        const { runStep } = await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533), __webpack_require__.e(3150)]).then(__webpack_require__.bind(__webpack_require__, 23150));
        await runStep(name, io, cwdOf(), logger());
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/cli/closing-error.ts
var closing_error = __webpack_require__(78046);
;// CONCATENATED MODULE: ./src/version.ts
/** The version shown by `mlops --version`; kept equal to package.json by a test. */
const VERSION = '1.0.0-rc.1';

;// CONCATENATED MODULE: ./src/cli/program.ts
/**
 * The `mlops` command line: one verb per stage, DVC's flags on the DVC verbs. Built with
 * commander; everything it touches (output, cwd, env) is passed in, so tests run it in-process.
 */














function integer(name, value) {
    if (value === undefined)
        return undefined;
    if (!/^-?\d+$/.test(value))
        throw new errors/* UsageError */.eb(`${name}: '${(0,errors/* escapeText */.X1)(value)}' is not a whole number.`);
    return Number(value);
}
async function rowOf(value) {
    if (value === undefined)
        return undefined;
    const { parseRowSelector } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 13577));
    return parseRowSelector(value);
}
/**
 * Each verb loads what it runs when it runs: `mlops metrics diff` should start about as fast as
 * node itself, not parse the Kubernetes client, octokit and vega first.
 */
const dvcVerbs = () => Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 74189));
const program_collect = (value, previous = []) => [...previous, value];
function buildProgram(io) {
    const program = new esm/* Command */.uB('mlops');
    const cwdOf = () => (0,external_node_path_.resolve)(io.cwd, program.opts().cd ?? '.');
    const logger = () => new closing_error/* RememberingLogger */._Z(io, io.env.GITHUB_ACTIONS === 'true');
    const print = (output) => {
        for (const warning of output.warnings)
            io.stderr(`WARNING: ${warning}\n`);
        if (typeof output.stdout === 'string')
            io.stdout(output.stdout);
        else
            for (const piece of output.stdout)
                io.stdout(piece);
    };
    const dvcInput = async (flags) => ({
        cwd: cwdOf(),
        targets: flags.targets,
        json: flags.json,
        markdown: flags.md,
        jsonIndent: io.stdoutIsTTY ? 2 : undefined,
        precision: integer('--precision', flags.precision),
        noPath: flags.path === false,
        row: await rowOf(flags.row),
        deps: flags.deps,
    });
    program
        .description('CI/CD for machine-learning projects: train, DVC-identical metrics/params diffs, gates and a PR-ready report.')
        .version(VERSION, '-V, --version')
        .option('--cd <path>', 'run as if started in <path> (the project folder with dvc.yaml); goes before the verb')
        .enablePositionalOptions()
        .showHelpAfterError('(run with --help for usage)')
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .exitOverride()
        .hook('preAction', async () => {
        const cd = program.opts().cd;
        if (cd === undefined)
            return;
        const info = await (0,promises_.stat)((0,external_node_path_.resolve)(io.cwd, cd)).catch(() => undefined);
        if (!info)
            throw new errors/* UsageError */.eb(`--cd: ${cd} does not exist.`, 'Name the project folder (the one with dvc.yaml), relative to where mlops runs.');
        if (!info.isDirectory())
            throw new errors/* UsageError */.eb(`--cd: ${cd} is not a folder.`);
    });
    const targets = () => new esm/* Option */.c$('--targets <paths...>', 'limit to these files (default: from dvc.yaml, else metrics.json / params.yaml)');
    const output = (command) => command.option('--json', 'print the result as JSON').option('--md', 'print the table as markdown');
    const row = () => new esm/* Option */.c$('--row <selector>', 'CSV/TSV metrics: which row (last, first, N, -N or column=value)').default(undefined);
    const metrics = program.command('metrics').description('show or compare metrics, exactly like `dvc metrics`');
    output(metrics
        .command('show')
        .description('show the metrics in the workspace (like `dvc metrics show`)')
        .argument('[targets...]', 'metrics files to show')
        .addOption(targets())
        .option('-R, --recursive', 'accepted for DVC compatibility (directories are always expanded)')
        .option('--precision <n>', 'round floats to <n> digits after the point (default 5)')
        .addOption(row())).action(async (positional, flags) => {
        const input = await dvcInput({ ...flags, targets: [...positional, ...(flags.targets ?? [])] });
        print(await (await dvcVerbs()).metricsShow(input));
    });
    output(metrics
        .command('diff')
        .description('compare metrics between two revisions (like `dvc metrics diff`)')
        .argument('[a_rev]', 'old revision', 'HEAD')
        .argument('[b_rev]', 'new revision ("workspace" is the working tree)', 'workspace')
        .addOption(targets())
        .option('-R, --recursive', 'accepted for DVC compatibility')
        .option('--all', 'show unchanged metrics as well')
        .option('--no-path', "don't show the metric's file path")
        .option('--precision <n>', 'round floats to <n> digits after the point (default 5)')
        .addOption(row())).action(async (aRev, bRev, flags) => {
        print(await (await dvcVerbs()).metricsDiff({ ...(await dvcInput(flags)), aRev, bRev, all: flags.all }));
    });
    addHistoryCommand(metrics, io, cwdOf);
    const params = program.command('params').description('show or compare params, exactly like `dvc params diff`');
    output(params
        .command('show')
        .description('show the params in the workspace (DVC has no such command: laid out like `dvc metrics show`)')
        .addOption(targets())
        .option('--deps', 'only params that stages depend on')).action(async (flags) => {
        print(await (await dvcVerbs()).paramsShow(await dvcInput(flags)));
    });
    output(params
        .command('diff')
        .description('compare params between two revisions (like `dvc params diff`)')
        .argument('[a_rev]', 'old revision', 'HEAD')
        .argument('[b_rev]', 'new revision ("workspace" is the working tree)', 'workspace')
        .addOption(targets())
        .option('--all', 'show unchanged params as well')
        .option('--deps', 'only params that stages depend on')
        .option('--no-path', "don't show the param's file path")).action(async (aRev, bRev, flags) => {
        print(await (await dvcVerbs()).paramsDiff({ ...(await dvcInput(flags)), aRev, bRev, all: flags.all }));
    });
    /** A terminal platform for a verb: its flags' spellings, mlops.yaml and flag layers, the event. */
    const terminal = async (layers, flags, event = 'manual') => {
        const { terminalPlatform } = await __webpack_require__.e(/* import() */ 9747).then(__webpack_require__.bind(__webpack_require__, 69747));
        return terminalPlatform({ event, cwd: cwdOf(), env: io.env, logger: logger(), options: layers, flags });
    };
    program
        .command('train')
        .description('run the training command as a stage (live output, duration, exit status); with --kfp, then as a Kubeflow Pipelines run')
        .argument('[command...]', 'the command and its arguments, after -- (with --kfp: optional, e.g. what compiles the pipeline)')
        .option('--timeout <seconds>', 'stop the command (and its children) after this long')
        .option('--kfp', 'train on Kubeflow Pipelines (the --kfp-* flags or mlops.yaml\'s kfp-* keys; token from KFP_TOKEN)')
        .option('--kfp-host <url>', 'the KFP API base URL (paths are <url>/apis/v2beta1/…)')
        .option('--kfp-pipeline <file>', 'the compiled pipeline (IR YAML or JSON)')
        .option('--kfp-pipeline-name <name>', "name it is registered under (default: the IR's pipelineInfo.name)")
        .option('--kfp-experiment <name>', 'experiment, created when missing (default: mlops-action)')
        .option('--kfp-namespace <ns>', 'the Kubeflow profile namespace (multi-user KFP)')
        .option('--kfp-params <name=value>', 'a pipeline parameter, typed by the IR (repeatable)', program_collect)
        .option('--kfp-timeout <seconds>', 'terminate the run after this long (default: 3600)')
        .option('--kfp-token-file <file>', 'a file holding the bearer token, re-read before every request')
        .passThroughOptions()
        .action(async (command, flags) => {
        const kfpFlags = {
            'kfp-host': flags.kfpHost, 'kfp-pipeline': flags.kfpPipeline, 'kfp-pipeline-name': flags.kfpPipelineName, 'kfp-experiment': flags.kfpExperiment,
            'kfp-namespace': flags.kfpNamespace, 'kfp-params': flags.kfpParams, 'kfp-timeout': flags.kfpTimeout, 'kfp-token-file': flags.kfpTokenFile,
        };
        // with --kfp the kfp-* keys (and a compiling train-command) may come from mlops.yaml, as for `mlops run`
        const { readConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660));
        const layers = flags.kfp ? [await readConfigFile((0,external_node_path_.resolve)(cwdOf(), config_name/* CONFIG_FILE */.g))] : [];
        const platform = await terminal([...layers, { 'working-directory': cwdOf(), 'train-command': command.length > 0 ? command : undefined, 'train-timeout': flags.timeout, ...kfpFlags }], { 'train-timeout': '--timeout', 'train-command': 'the command', ...Object.fromEntries(Object.keys(kfpFlags).map((key) => [key, `--${key}`])) });
        const { trainStage } = await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533), __webpack_require__.e(8628)]).then(__webpack_require__.bind(__webpack_require__, 38628));
        const outcome = await trainStage(platform, {}, { kfp: flags.kfp === true });
        if (outcome.exitCode !== 0)
            throw new errors/* MlopsError */.IC(outcome.message, { exitCode: outcome.exitCode });
        io.stdout(`${outcome.message}\n`);
    });
    const runFlags = (command) => command
        .option('--base <rev>', 'revision to compare against (default: HEAD)')
        .option('--gate <gate>', 'a gate, e.g. "r2 >= 0.75" or "rmse max-rise 2%" (repeatable)', program_collect)
        .option('--direction <name=higher|lower>', 'override the guessed direction of a metric (repeatable)', program_collect)
        .option('--headline <metric>', 'the metric named in the verdict line')
        .option('--metrics <paths...>', 'metrics files (default: from dvc.yaml, else metrics.json)')
        .option('--params <paths...>', 'params files (default: from dvc.yaml, plus params.yaml)')
        .addOption(row())
        .addOption(new esm/* Option */.c$('--charts <kind>', 'charts in the report').choices(['mermaid', 'quickchart', 'none']))
        .option('--out <path>', 'where to write the report (default: report.md)')
        .option('--report-id <id>', 'key of the sticky PR comment (several reports per PR)')
        .option('--precision <n>', 'digits after the point for floats (default 5)')
        .option('--predictions <file>', 'the evaluation predictions (y_true, y_pred per example): intervals and noise-aware verdicts')
        .option('--config <file>', `options file (default: ${config_name/* CONFIG_FILE */.g} in the project folder, if present)`);
    const rawFrom = (flags) => ({
        'working-directory': cwdOf(), 'train-command': flags.train, 'train-timeout': flags.timeout,
        'base-ref': flags.base, 'head-ref': flags.head, gates: flags.gate, direction: flags.direction, headline: flags.headline,
        metrics: flags.metrics, params: flags.params, 'csv-row': flags.row, charts: flags.charts, 'report-path': flags.out,
        'report-id': flags.reportId, precision: flags.precision, predictions: flags.predictions,
    });
    const configOf = async (flags) => {
        const { readConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660));
        return readConfigFile((0,external_node_path_.resolve)(cwdOf(), flags.config ?? config_name/* CONFIG_FILE */.g), { required: flags.config !== undefined, name: flags.config ?? config_name/* CONFIG_FILE */.g });
    };
    /** How `mlops run` and `mlops report` spell the options they have flags for; the rest live in mlops.yaml. */
    const RUN_FLAGS = {
        event: '--event', 'train-command': '--train', 'train-timeout': '--timeout', 'base-ref': '--base', 'head-ref': '--head', gates: '--gate',
        direction: '--direction', headline: '--headline', metrics: '--metrics', params: '--params', 'csv-row': '--row', charts: '--charts',
        'report-path': '--out', 'report-id': '--report-id', precision: '--precision', predictions: '--predictions',
    };
    const runEventFrom = async (flags, verb) => {
        const [{ EVENTS, parseChoice }, { terminalPlatform }, { closingLines, runEvent }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397)]).then(__webpack_require__.bind(__webpack_require__, 17397)), __webpack_require__.e(/* import() */ 9747).then(__webpack_require__.bind(__webpack_require__, 69747)), Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(2402), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533)]).then(__webpack_require__.bind(__webpack_require__, 1533)),
        ]);
        const event = parseChoice('--event', flags.event, EVENTS, 'manual');
        // --json: stdout carries only the JSON, progress goes to stderr
        const log = new closing_error/* RememberingLogger */._Z(flags.json ? { ...io, stdout: io.stderr } : io, io.env.GITHUB_ACTIONS === 'true');
        const platform = await terminalPlatform({ event, cwd: cwdOf(), env: io.env, logger: log, options: [await configOf(flags), rawFrom(flags)], flags: RUN_FLAGS });
        const result = await runEvent(platform, { verb, gatesFail: verb === 'run' || flags.check === true }).catch((error) => {
            throw (0,closing_error/* unlessPrinted */.fo)(error, log);
        });
        // DVC's metrics diff shape, plus the extra key with intervals and noise-aware verdicts
        if (flags.json && result.run)
            io.stdout(`${result.outputs['metrics-json']}\n`);
        for (const line of closingLines(result))
            (flags.json ? io.stderr : io.stdout)(`${line}\n`);
        if (result.outcome.kind === 'gates-failed' && result.exitCode === 0)
            io.stderr(`${result.outcome.failures.length} of ${result.run?.gates.length} gates failed (listed above); the report says why.\n`);
        const failed = (0,closing_error/* closingError */.c2)(result, log);
        if (failed)
            throw failed;
    };
    runFlags(program
        .command('run')
        .description('plan and run the stages for an event: train → metrics diff → gates → report')
        .addOption(new esm/* Option */.c$('--event <event>', 'which event this run is for').choices(['pr', 'push', 'schedule', 'manual']))
        .option('--train <command>', 'training command, run through the shell (default: none; metrics as they are)')
        .option('--timeout <seconds>', 'stop training after this long')).action((flags) => runEventFrom(flags, 'run'));
    runFlags(program
        .command('report')
        .description('render the markdown report from the metrics diff and gates (no training)')
        .option('--head <rev>', 'revision to report on (default: the workspace)')
        .option('--check', 'exit 1 when a gate fails (the report is still written)')
        .option('--json', "print the metrics diff as DVC's --json shape, with intervals and noise-aware verdicts under _mlops (progress goes to stderr)")).action((flags) => runEventFrom(flags, 'report'));
    addCommentCommand(program, io, cwdOf);
    addImageCommands(program, io, cwdOf, logger);
    addKserveCommands(program, io, cwdOf, logger);
    addPlotsCommands(program, io, cwdOf);
    addStepCommand(program, io, cwdOf, logger);
    return program;
}
/** Run the CLI to completion; returns the exit code (0 ok, 1 failure, 2 usage). Never throws. */
async function runCli(argv, io) {
    const program = buildProgram(io);
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return 0;
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
                return 0;
            // help printed because no verb was given (`mlops`, `mlops metrics`) is a usage error
            if (error.code === 'commander.help')
                return error.exitCode === 0 ? 0 : 2;
            // commander already printed its message
            return error.exitCode === 0 ? 0 : 2;
        }
        if (!(error instanceof closing_error/* AlreadyPrinted */.r6))
            io.stderr(`ERROR: ${(0,errors/* describeSystemError */.Zo)(error) ?? (0,errors/* describeError */.Uc)(error)}\n`);
        // The Jenkins runner turns this file into the build's one error message.
        if (io.env.MLOPS_ERROR_FILE) {
            try {
                (0,external_node_fs_.writeFileSync)(io.env.MLOPS_ERROR_FILE, (0,closing_error/* errorFileText */.uc)(error));
            }
            catch {
                // the message is on stderr already
            }
        }
        return (0,errors/* exitCodeOf */.FO)(error);
    }
}


/***/ }),

/***/ 34793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/** The options file a project may keep beside dvc.yaml (its own module: the CLI names it before loading the options code). */
const CONFIG_FILE = 'mlops.yaml';


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   IC: () => (/* binding */ MlopsError),
/* harmony export */   N1: () => (/* binding */ systemErrorWords),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   Zo: () => (/* binding */ describeSystemError),
/* harmony export */   eR: () => (/* binding */ OptionError),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/**
 * Errors a user can cause. Each carries the exit code the CLI ends with and, where it helps,
 * one line saying what to do. Anything else that is thrown is a bug and exits 1 with its message.
 */
class MlopsError extends Error {
    /** 1: a command, a gate or a file failed; 2: the command line or an option was wrong. */
    exitCode;
    hint;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'MlopsError';
        this.exitCode = options.exitCode ?? 1;
        this.hint = options.hint;
    }
}
/** A bad flag, input or option value: exit code 2, like argparse and DVC. */
class UsageError extends MlopsError {
    constructor(message, hint) {
        super(message, { exitCode: 2, hint });
        this.name = 'UsageError';
    }
}
/**
 * A bad value of one option. The core names the option by its key (`kserve-name`); each front
 * end spells it its own way (`kserve-name`, `--name`, `kserveName`) through `spelled`.
 */
class OptionError extends UsageError {
    key;
    detail;
    constructor(key, detail, hint) {
        super(`${key}: ${detail}`, hint);
        this.key = key;
        this.detail = detail;
        this.name = 'OptionError';
    }
    /** The same error, naming the option as the user's front end spells it. */
    spelled(spell) {
        return new UsageError(`${spell(this.key)}: ${this.detail}`, this.hint);
    }
}
/** One line for a person, whatever was thrown (strings, objects, Errors). */
function describeError(error) {
    if (error instanceof MlopsError)
        return error.hint ? `${error.message}\n${error.hint}` : error.message;
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
function exitCodeOf(error) {
    return error instanceof MlopsError ? error.exitCode : 1;
}
const SYSTEM_ERRORS = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file would be too large',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOENT: 'it does not exist',
    ENOTDIR: 'a part of its path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file of that name is in the way',
    EIO: 'an input/output error',
    ELOOP: 'its links go round in a loop',
    ENAMETOOLONG: 'its name is too long',
};
/** A system error (EISDIR, EFBIG …) in words, never its code: what a person reads after "cannot write x: ". */
function systemErrorWords(error) {
    const code = error?.code;
    return SYSTEM_ERRORS[code ?? ''] ?? (error instanceof Error ? error.message.replace(/^E[A-Z]+: /, '') : String(error));
}
/**
 * Input bytes quoted in a message are escaped: control characters, NUL and invalid UTF-8 (already
 * U+FFFD) never reach a terminal or a log raw.
 */
function escapeText(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/g, (char) => char === '\ufffd' ? '\\ufffd' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/\n/g, '\\n');
}
const SYSCALLS = { mkdir: 'cannot create the folder', open: 'cannot open', rename: 'cannot replace', write: 'cannot write', read: 'cannot read', unlink: 'cannot remove', scandir: 'cannot list', stat: 'cannot read' };
/**
 * A raw system error (`EISDIR: illegal operation…`) that escaped the code that should have named
 * it, said as a person would: what could not be done to which file, and why, in words.
 */
function describeSystemError(error) {
    const failure = error;
    if (error instanceof MlopsError || typeof failure?.code !== 'string' || !/^E[A-Z]+$/.test(failure.code))
        return undefined;
    const doing = SYSCALLS[failure.syscall ?? ''] ?? 'cannot use';
    return failure.path ? `${doing} ${escapeText(failure.path)}: ${systemErrorWords(error)}.` : `${doing} a file: ${systemErrorWords(error)}.`;
}


/***/ }),

/***/ 68514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ specialKind),
/* harmony export */   b$: () => (/* binding */ readPlainFile)
/* harmony export */ });
/* unused harmony export refusal */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** What a file that is not a regular file is, in words. */
function specialKind(info) {
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}
/** Why a file with these stats is not read, or undefined when it may be. */
function refusal(info, maxBytes) {
    if (info.isDirectory())
        return 'is a folder, not a file';
    if (!info.isFile())
        return `is not a regular file (${specialKind(info)})`;
    if (info.size > maxBytes)
        return `is ${(info.size / 2 ** 20).toFixed(1)} MiB, over the ${(maxBytes / 2 ** 20).toFixed(0)} MiB this file may have`;
    return undefined;
}
/** The bytes of `path`, or that it is missing, or why it is not read. */
async function readPlainFile(path, maxBytes) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'missing' };
        return { kind: 'refused', reason: `cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemErrorWords */ .N1)(error)})` };
    }
    const refused = refusal(info, maxBytes);
    if (refused)
        return { kind: 'refused', reason: refused };
    try {
        return { kind: 'read', bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path) };
    }
    catch (error) {
        return { kind: 'refused', reason: `cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemErrorWords */ .N1)(error)})` };
    }
}


/***/ }),

/***/ 71243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Ft: () => (/* binding */ listWorkTreeFiles),
/* harmony export */   KY: () => (/* binding */ workTreeRoot),
/* harmony export */   Oh: () => (/* binding */ ensureRevision),
/* harmony export */   Q7: () => (/* binding */ BatchReader),
/* harmony export */   R4: () => (/* binding */ listFilesAt),
/* harmony export */   VH: () => (/* binding */ objectInfoAt),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   XD: () => (/* binding */ dubiousOwnership),
/* harmony export */   XY: () => (/* binding */ isGitRepository),
/* harmony export */   Z8: () => (/* binding */ UnreadableBlobError),
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   pf: () => (/* binding */ readBlobAt),
/* harmony export */   qR: () => (/* binding */ GitStoppedError),
/* harmony export */   s2: () => (/* binding */ hasNoCommits),
/* harmony export */   tw: () => (/* binding */ headRefs),
/* harmony export */   un: () => (/* binding */ streamFileAt)
/* harmony export */ });
/* unused harmony export gitReason */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * The git reads the core needs: resolve a revision, list and read files as they were at a
 * revision (`git ls-tree`, `git cat-file`, never a checkout), and tell a shallow clone how to
 * fetch what it lacks.
 */



const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** One git runner: results as data; only a missing git is thrown. `env` replaces the inherited environment. */
async function git(cwd, args, env) {
    try {
        const { stdout } = await execFileAsync('git', args, { cwd, env, maxBuffer: 256 << 20, encoding: 'utf8' });
        return { ok: true, stdout };
    }
    catch (error) {
        const failure = error;
        if (failure.code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC('git is not installed or not on PATH; install git to compare revisions.');
        return { ok: false, stderr: String(failure.stderr ?? '') };
    }
}
/**
 * The same read-only git call made twice at once (both revisions of a diff ask for the work
 * tree's root and HEAD's commit together) runs once; nothing is kept after it settles.
 */
const inFlight = new Map();
function gitOnce(cwd, args) {
    const key = `${cwd}\0${args.join('\0')}`;
    const running = inFlight.get(key);
    if (running)
        return running;
    const started = git(cwd, args).finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
}
/**
 * git refuses a repository another user owns ("dubious ownership", common in containers): the
 * error that says so, with git's own fix, or undefined when that is not why git fails here. Never
 * to be reported as "not a git repository".
 */
async function dubiousOwnership(cwd) {
    const result = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
    if (result.ok || !/dubious ownership/.test(result.stderr))
        return undefined;
    const at = /dubious ownership in repository at '([^']+)'/.exec(result.stderr)?.[1] ?? cwd;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`git refuses to read the repository at ${at}: it belongs to another user ("dubious ownership").`, {
        hint: `If you trust it, run \`git config --global --add safe.directory ${at}\` (in a container, the checkout is often owned by another user).`,
    });
}
async function isGitRepository(cwd) {
    const result = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
    return result.ok && result.stdout.trim() === 'true';
}
async function isShallow(cwd) {
    const result = await git(cwd, ['rev-parse', '--is-shallow-repository']);
    return result.ok && result.stdout.trim() === 'true';
}
/** The commit a revision names (`HEAD`, `main`, `HEAD~1`, a sha), or a clear error saying how to get it. */
async function resolveCommit(cwd, rev) {
    const result = await gitOnce(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    if (result.ok)
        return result.stdout.trim();
    // Only a failure pays for working out why.
    const dubious = await dubiousOwnership(cwd);
    if (dubious)
        throw dubious;
    if (!(await isGitRepository(cwd))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`${cwd} is not inside a git repository, so revision '${rev}' cannot be read.`, {
            hint: 'Run inside a git checkout, or compare against the workspace only.',
        });
    }
    if (await isShallow(cwd)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`unknown revision '${rev}': this is a shallow clone that does not contain it.`, {
            hint: `Fetch it with \`git fetch --depth=1 origin ${rev}\`, or check out with \`fetch-depth: 0\` (actions/checkout).`,
        });
    }
    const noCommits = await hasNoCommits(cwd);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(noCommits ? `unknown revision '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(rev)}': the repository has no commits yet.` : `unknown revision '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(rev)}'.`, { hint: 'Name a branch, tag or commit that exists in this clone (see `git log --oneline`).' });
}
/**
 * The fetch that brings `rev`: a sha or a ref (at depth 1 in a shallow clone, which keeps it
 * shallow), `HEAD~N` by deepening; undefined when no fetch can bring it.
 */
function fetchArgs(remote, rev, shallow) {
    const depth = shallow ? ['--depth=1'] : [];
    const ancestor = /^HEAD(?:~(\d+)|(\^+))$/.exec(rev);
    if (ancestor)
        return shallow ? ['fetch', '--no-tags', '--quiet', `--deepen=${ancestor[1] ?? ancestor[2].length}`, remote] : undefined;
    const branch = [`${remote}/`, `refs/remotes/${remote}/`].map((prefix) => (rev.startsWith(prefix) ? rev.slice(prefix.length) : '')).find(Boolean);
    if (branch)
        return ['fetch', '--no-tags', '--quiet', ...depth, remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`];
    if (rev.startsWith('refs/'))
        return ['fetch', '--no-tags', '--quiet', ...depth, remote, `+${rev}:${rev}`];
    return ['fetch', '--no-tags', '--quiet', ...depth, remote, rev];
}
/**
 * Make sure `rev` can be read: CI checkouts are shallow (actions/checkout's `fetch-depth: 1`), so
 * the base commit or the baseline ref is often missing. Fetch just that, through `remote` with the
 * credentials the checkout left in git's config; a failure is data, with git's own words.
 */
async function ensureRevision(cwd, rev, remote, env) {
    if (rev === 'workspace')
        return { kind: 'present' };
    const present = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], env);
    if (present.ok)
        return { kind: 'present', commit: present.stdout.trim() };
    if (!(await git(cwd, ['remote', 'get-url', remote], env)).ok)
        return { kind: 'not-fetched', reason: `there is no git remote '${remote}' to fetch it from` };
    const shallow = await isShallow(cwd);
    const args = fetchArgs(remote, rev, shallow);
    if (!args)
        return { kind: 'not-fetched', reason: `'${rev}' is not in this clone` };
    const command = `git ${args.filter((arg) => arg !== '--quiet').join(' ')}`;
    const fetched = await git(cwd, args, env);
    if (!fetched.ok)
        return { kind: 'not-fetched', command, reason: fetched.stderr.trim().split('\n').pop() || 'git fetch failed' };
    const there = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], env);
    return there.ok ? { kind: 'fetched', command, commit: there.stdout.trim() } : { kind: 'not-fetched', command, reason: `${remote} has no commit '${rev}'` };
}
/** A git repository whose HEAD names no commit yet (just `git init`ed): scmrepo's `no_commits`. */
async function hasNoCommits(cwd) {
    // the call resolveCommit makes for HEAD: a diff asks both at once, and git runs once
    if ((await gitOnce(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', 'HEAD^{commit}'])).ok)
        return false;
    return isGitRepository(cwd);
}
/** The top folder of the work tree `cwd` is in; undefined outside a git repository. */
async function workTreeRoot(cwd) {
    const result = await gitOnce(cwd, ['rev-parse', '--show-toplevel']);
    return result.ok ? result.stdout.trim() : undefined;
}
function nulSeparated(text) {
    return text.split('\0').filter(Boolean);
}
/** Every file under `cwd` in a commit's tree, relative to `cwd` (`git ls-tree`, no checkout). */
async function listFilesAt(cwd, commit) {
    const result = await git(cwd, ['ls-tree', '-r', '-z', '--name-only', commit]);
    if (!result.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`cannot list the files of commit ${commit}: ${result.stderr.trim()}`);
    return nulSeparated(result.stdout);
}
/**
 * The files under `cwd` that git does not ignore, tracked or not, relative to `cwd`. Tracked files
 * deleted from the work tree are listed too: the caller checks what it needs exists.
 */
async function listWorkTreeFiles(cwd) {
    const result = await git(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    if (!result.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`cannot list the files of the work tree at ${cwd}: ${result.stderr.trim()}`);
    return nulSeparated(result.stdout);
}
/** `<commit>:./<path>`: a path relative to `cwd`, as git resolves it. */
function objectName(commit, path) {
    return `${commit}:./${path.replace(/^\.\//, '')}`;
}
/**
 * A path that is in a commit's tree but whose blob git cannot produce: a partial clone
 * (`--filter=blob:none`) whose promisor remote is gone, a corrupt object store. It is not
 * "absent": callers must say the file could not be read, never treat it as missing.
 */
class UnreadableBlobError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC {
    path;
    gitMessage;
    constructor(path, gitMessage) {
        super(`${path}: ${gitMessage}`);
        this.path = path;
        this.gitMessage = gitMessage;
        this.name = 'UnreadableBlobError';
    }
}
/** git's own reason, one line: the most specific `fatal:`/`error:` line of its stderr. */
function gitReason(stderr) {
    const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    const fetch = lines.find((line) => /could not fetch .* from promisor remote/.test(line));
    const chosen = fetch ?? lines.at(-1) ?? 'git could not read it';
    return chosen.replace(/^(?:fatal|error): /, '');
}
/** The reason shown for an unreadable blob, with what to do. */
function unreadableBlob(path, stderr) {
    const reason = gitReason(stderr);
    const promisor = /promisor remote/.test(reason);
    return new UnreadableBlobError(path, `git cannot read it (${reason})${promisor ? '; this partial clone cannot fetch it: run `git fetch` with access to the remote, or clone without --filter' : ''}`);
}
/** Whether a path is an entry of a commit's tree (trees are present even where blobs are not). */
async function inTree(cwd, commit, path) {
    const result = await git(cwd, ['ls-tree', '-z', commit, '--', `./${path.replace(/^\.\//, '')}`]);
    return result.ok && /^\d+ blob /.test(result.stdout);
}
/**
 * Type (`blob`, `tree`) and size of what a path names at a commit, in one git call; undefined when
 * absent. Throws UnreadableBlobError when the path is there but git cannot read it.
 */
function objectInfoAt(cwd, commit, path) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch-check'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => (out += chunk.toString('utf8')));
        child.stderr.on('data', (chunk) => {
            if (err.length < 8192)
                err += chunk.toString('utf8');
        });
        child.on('error', reject);
        child.on('close', (code) => {
            // "<sha> <type> <size>", or "<name> missing"
            const [, type, size] = out.trim().split(' ');
            if (out.trim().endsWith(' missing'))
                resolve(undefined);
            else if (code === 0 && type && size !== undefined)
                resolve({ type, size: Number(size) });
            else
                reject(unreadableBlob(path, err));
        });
        child.stdin.end(`${objectName(commit, path)}\n`);
    });
}
/**
 * The text of a file at a commit, or undefined when it does not exist there. Throws
 * UnreadableBlobError when it exists but git cannot read it.
 */
async function readFileAt(cwd, commit, path) {
    const result = await git(cwd, ['cat-file', 'blob', objectName(commit, path)]);
    if (result.ok)
        return result.stdout;
    if (await inTree(cwd, commit, path))
        throw unreadableBlob(path, result.stderr);
    return undefined;
}
/** A stream of a file at a commit, for files too big to hold (long CSV logs). */
function streamFileAt(cwd, commit, path) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', 'blob', objectName(commit, path)], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    return child.stdout;
}
/** The branch or tag HEAD is on, as a full ref (`refs/heads/main`, `refs/tags/v1.2.3`), and the default branch if known. */
async function headRefs(cwd) {
    // three independent questions, asked at once
    const [sha, branch, origin] = await Promise.all([
        resolveCommit(cwd, 'HEAD'),
        git(cwd, ['symbolic-ref', '-q', 'HEAD']),
        git(cwd, ['symbolic-ref', '-q', 'refs/remotes/origin/HEAD']),
    ]);
    let ref = branch.ok ? branch.stdout.trim() : '';
    if (!ref) {
        const tag = await git(cwd, ['describe', '--exact-match', '--tags', 'HEAD']);
        ref = tag.ok ? `refs/tags/${tag.stdout.trim()}` : sha;
    }
    const defaultBranch = origin.ok ? origin.stdout.trim().replace(/^refs\/remotes\/origin\//, '') : undefined;
    return { ref, sha, defaultBranch };
}
/** git's `cat-file --batch` ended before it answered: what it said on stderr (a partial clone's blob it cannot fetch). */
class GitStoppedError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC {
    said;
    constructor(said) {
        super(`git stopped before answering${said.trim() ? ` (${gitReason(said)})` : ''}`);
        this.said = said;
        this.name = 'GitStoppedError';
    }
}
/**
 * One `git cat-file --batch`: a request per line, answered in order with
 * `<oid> <type> <size>\n<content>\n` or `<name> missing\n`. Requests go one at a time, so the
 * caller can stop as soon as it has enough. What git sends is kept as it came and joined once
 * per answer, so a 50 MB blob is not copied again for every 64 KiB that arrives.
 */
class BatchReader {
    child;
    chunks = [];
    length = 0;
    waiting;
    ended = false;
    failure;
    /** What git said before it stopped, bounded. */
    said = '';
    constructor(cwd, env) {
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stdout.on('data', (chunk) => {
            this.chunks.push(chunk);
            this.length += chunk.length;
            this.wake();
        });
        // 'close', not stdout's 'end': by then git's stderr has been read too
        this.child.on('close', () => {
            this.ended = true;
            this.wake();
        });
        this.child.on('error', (error) => {
            this.failure = error.code === 'ENOENT' ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC('git is not installed or not on PATH; install git to compare revisions.') : error;
            this.ended = true;
            this.wake();
        });
        // a request after git has gone would throw EPIPE: the read below reports it instead
        this.child.stdin.on('error', () => undefined);
        this.child.stderr.on('data', (chunk) => {
            if (this.said.length < 8192)
                this.said += chunk.toString('utf8');
        });
    }
    wake() {
        const waiting = this.waiting;
        this.waiting = undefined;
        waiting?.();
    }
    async until(ready) {
        while (!ready()) {
            if (this.failure)
                throw this.failure;
            if (this.ended)
                throw new GitStoppedError(this.said);
            await new Promise((resolve) => (this.waiting = resolve));
        }
    }
    newlineAt() {
        let offset = 0;
        for (const chunk of this.chunks) {
            const at = chunk.indexOf(10);
            if (at >= 0)
                return offset + at;
            offset += chunk.length;
        }
        return -1;
    }
    /** The first `count` bytes that arrived, as one buffer, no longer waiting. */
    take(count) {
        const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        const rest = all.subarray(count);
        this.chunks = rest.length > 0 ? [rest] : [];
        this.length = rest.length;
        return all.subarray(0, count);
    }
    /** What `name` (`<commit>:./<path>`) names; a blob over `maxBytes` is not read (and the reader is done). */
    async read(name, maxBytes = Infinity) {
        this.child.stdin.write(`${name}\n`);
        let newline = -1;
        await this.until(() => (newline = this.newlineAt()) >= 0);
        const header = this.take(newline + 1).subarray(0, newline).toString('utf8');
        if (header.endsWith(' missing') || header.endsWith(' ambiguous'))
            return { kind: 'missing' };
        const [, type, sizeText] = header.split(' ');
        const size = Number(sizeText);
        if (!type || !Number.isSafeInteger(size))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`git cat-file --batch answered '${header}' for ${name}.`);
        if (type === 'blob' && size > maxBytes) {
            this.child.kill();
            return { kind: 'too-big', size };
        }
        await this.until(() => this.length >= size + 1);
        const content = this.take(size + 1).subarray(0, size);
        return type === 'blob' ? { kind: 'blob', content } : { kind: 'other', type };
    }
    close() {
        this.child.stdin.end();
    }
}
/**
 * Type, size and text of a path at a commit in one git process (the header comes before the
 * bytes, so a blob over `maxBytes` is refused without reading it). Throws UnreadableBlobError
 * when the path is in the tree but git cannot produce the blob.
 */
async function readBlobAt(cwd, commit, path, maxBytes) {
    const reader = new BatchReader(cwd);
    try {
        const entry = await reader.read(objectName(commit, path), maxBytes);
        if (entry.kind === 'blob')
            return { kind: 'blob', size: entry.content.length, text: entry.content.toString('utf8') };
        return entry.kind === 'other' ? { kind: 'tree' } : entry;
    }
    catch (error) {
        if (!(error instanceof GitStoppedError))
            throw error;
        // git stopped before the whole blob: in the tree but unreadable, or not there at all
        if (await inTree(cwd, commit, path))
            throw unreadableBlob(path, error.said);
        return { kind: 'missing' };
    }
    finally {
        reader.close();
    }
}


/***/ }),

/***/ 66754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ CollectMemo)
/* harmony export */ });
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92939);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42226);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79671);
/**
 * What several reads at the same revisions would each look up: a revision's commit, the project,
 * the dvc.yaml files at a revision and what they declare. One run's metrics, params and plots
 * share one (made after training, so nothing it remembers can change underneath); each git
 * question is then asked once.
 */



class CollectMemo {
    revisions = new Map();
    targets = new Map();
    projects = new Map();
    listed = new Map();
    project(cwd) {
        return remembered(this.projects, cwd, () => (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .findProject */ .t1)(cwd));
    }
    revision(cwd, name) {
        return remembered(this.revisions, `${cwd}\0${name}`, () => (0,_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRevision */ .eZ)(cwd, name));
    }
    /** The project's dvc.yaml files at a revision (a `git ls-tree` or `ls-files` and the .dvcignore files). */
    dvcYamlFiles(revision, project) {
        return remembered(this.listed, `${project.root}\0${revision.commit ?? ''}`, () => (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .dvcYamlFiles */ .Qg)(revision, project));
    }
    targetsAt(revision, cwd, explicit) {
        const key = [cwd, revision.commit ?? '', ...(explicit ?? [])].join('\0');
        return remembered(this.targets, key, () => (0,_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .findTargets */ .q8)(revision, { cwd }, explicit, this));
    }
}
function remembered(cache, key, compute) {
    let found = cache.get(key);
    if (!found)
        cache.set(key, (found = compute()));
    return found;
}


/***/ }),

/***/ 92939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ collectMetrics),
/* harmony export */   Kv: () => (/* binding */ flattenedFile),
/* harmony export */   Tm: () => (/* binding */ collectParams),
/* harmony export */   eZ: () => (/* binding */ resolveRevision)
/* harmony export */ });
/* unused harmony export selectKeys */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71243);
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58655);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79341);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76598);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79671);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41048);
/**
 * Everything DVC reads at one revision: the metrics files (numbers, strings and bools only) or
 * the params files (filtered to the keys stages use, with `--deps`). A file that is missing or
 * unreadable becomes an error entry, never a crash: DVC shows its values as missing.
 */







/** `workspace` is the working tree; anything else is resolved with git (clear errors for unknown revs). */
async function resolveRevision(cwd, name) {
    if (name === 'workspace')
        return _load_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE */ .un;
    return { name, commit: await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(cwd, name) };
}
function errorType(path, error) {
    if (!/^malformed/.test(error.reason))
        return 'OSError';
    const format = path.toLowerCase().endsWith('.json') ? 'JSON' : path.toLowerCase().endsWith('.toml') ? 'TOML' : /\.[ct]sv$/i.test(path) ? 'CSV' : 'YAML';
    return `${format}FileCorruptedError`;
}
async function readEach(snapshot, paths, options, transform) {
    for (const path of paths) {
        try {
            const value = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(snapshot.revision, path, { cwd: options.cwd, row: options.row });
            if (value === undefined) {
                snapshot.errors.push({ path, type: 'FileNotFoundError', message: `does not exist at ${snapshot.revision.name}` });
                snapshot.files.set(path, null);
                continue;
            }
            snapshot.files.set(path, transform(path, value));
        }
        catch (error) {
            if (!(error instanceof _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .UnreadableFileError */ .o2))
                throw error;
            snapshot.errors.push({ path, type: errorType(path, error), message: error.reason });
            snapshot.files.set(path, null);
        }
    }
}
async function targetsOrError(snapshot, options) {
    try {
        return await (options.memo ? options.memo.targetsAt(snapshot.revision, options.cwd, options.targets) : (0,_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .findTargets */ .q8)(snapshot.revision, { cwd: options.cwd }, options.targets));
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC))
            throw error;
        snapshot.revisionError = error.message;
        return undefined;
    }
}
/** Metrics at a revision: DVC's `_read_metric` (`_extract_metrics(val) or {}`). */
async function collectMetrics(revision, options) {
    const snapshot = { revision, files: new Map(), errors: [] };
    const targets = await targetsOrError(snapshot, options);
    if (targets) {
        await readEach(snapshot, targets.metrics, options, (_path, value) => {
            const extracted = (0,_flatten_js__WEBPACK_IMPORTED_MODULE_2__/* .extractMetrics */ .$)(value);
            return isFalsy(extracted) ? {} : extracted;
        });
    }
    return snapshot;
}
function isFalsy(value) {
    return value === null || value === false || value === '' || value === 0 || value === 0n || ((0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(value) && Object.keys(value).length === 0);
}
/** Exact segments need no glob library; picomatch loads only when a key has a wildcard. */
async function matcherFor(keys) {
    if (!keys.some((key) => /[*?[\]{}!]/.test(key)))
        return (pattern) => (text) => text === pattern;
    const picomatch = (await __webpack_require__.e(/* import() */ 4006).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23))).default;
    return (pattern) => picomatch(pattern, { dot: true });
}
function selectKeys(data, keys, matcher = (pattern) => (text) => text === pattern) {
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(data))
        return data;
    const selected = (0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .newRecord */ .Mx)();
    const place = (path, value) => {
        let node = selected;
        for (const segment of path.slice(0, -1)) {
            if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(node[segment]))
                node[segment] = (0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .newRecord */ .Mx)();
            node = node[segment];
        }
        node[path.at(-1)] = value;
    };
    const walk = (node, patterns, path) => {
        if (patterns.length === 0) {
            place(path, node);
            return;
        }
        if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(node))
            return;
        const [head, ...rest] = patterns;
        const matches = matcher(head);
        for (const [key, value] of Object.entries(node))
            if (matches(key))
                walk(value, rest, [...path, key]);
    };
    for (const key of keys)
        walk(data, key.split('.'), []);
    return selected;
}
function paramsPlan(targets, options, defaultExists) {
    if (targets.source === 'targets')
        return targets.params;
    // --deps keeps every stage dependency (`- file.yaml:` without keys is the whole file)
    const plan = [...targets.params];
    // Without --deps DVC adds top-level params files and the whole default params.yaml, tracked by a stage or not.
    if (!options.deps)
        plan.push(...targets.topLevelParams.map((path) => ({ path })));
    if (!options.deps && defaultExists)
        plan.push({ path: targets.defaultParams });
    const merged = new Map();
    for (const target of plan) {
        const seen = merged.get(target.path);
        if (!seen || !target.keys)
            merged.set(target.path, target);
        else if (seen.keys)
            merged.set(target.path, { path: target.path, keys: [...new Set([...seen.keys, ...target.keys])] });
    }
    return [...merged.values()];
}
/** Params at a revision, as `dvc params diff` reads them. */
async function collectParams(revision, options) {
    const snapshot = { revision, files: new Map(), errors: [] };
    const targets = await targetsOrError(snapshot, options);
    if (!targets)
        return snapshot;
    const defaultExists = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(revision, targets.defaultParams, { cwd: options.cwd }).then((value) => value !== undefined, () => true);
    const plan = paramsPlan(targets, options, defaultExists);
    const keysOf = new Map(plan.map((target) => [(0,_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .normalisePath */ .qb)(target.path), target.keys]));
    const matcher = await matcherFor(plan.flatMap((target) => target.keys ?? []));
    await readEach(snapshot, plan.map((target) => target.path), options, (path, value) => {
        const keys = keysOf.get(path);
        return keys ? selectKeys(value, keys, matcher) : value;
    });
    await readVars(snapshot, targets.vars.filter((target) => !keysOf.has(target.path)), options);
    return snapshot;
}
/**
 * DVC's `_collect_vars`: the vars values stages interpolate are shown too, `--deps` or not.
 * A vars file that is absent, or holds none of the keys, adds nothing (DVC would not track it).
 */
async function readVars(snapshot, vars, options) {
    for (const target of vars) {
        try {
            const value = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(snapshot.revision, target.path, { cwd: options.cwd });
            if (value === undefined)
                continue;
            const selected = selectKeys(value, target.keys ?? []);
            if ((0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(selected) && Object.keys(selected).length > 0)
                snapshot.files.set(target.path, selected);
        }
        catch (error) {
            if (!(error instanceof _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .UnreadableFileError */ .o2))
                throw error;
            snapshot.errors.push({ path: target.path, type: errorType(target.path, error), message: error.reason });
            snapshot.files.set(target.path, null);
        }
    }
}
/** The flattened keys a snapshot holds, for tables that list every metric. */
function flattenedFile(path, value) {
    return (0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(value) ? (0,_flatten_js__WEBPACK_IMPORTED_MODULE_2__/* .flatten */ .B)(value, path) : new Map([['', value]]);
}


/***/ }),

/***/ 13577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ LAST_ROW),
/* harmony export */   Nq: () => (/* binding */ readCsvRow),
/* harmony export */   parseRowSelector: () => (/* binding */ parseRowSelector)
/* harmony export */ });
/* unused harmony export csvCell */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76598);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41048);



const LAST_ROW = { kind: 'index', index: -1 };
/** `last`, `first`, a 0-based row number (negative counts from the end) or `column=value` (its last match). */
function parseRowSelector(text) {
    const trimmed = text.trim();
    if (trimmed === 'last')
        return LAST_ROW;
    if (trimmed === 'first')
        return { kind: 'index', index: 0 };
    if (/^-?\d+$/.test(trimmed))
        return { kind: 'index', index: Number(trimmed) };
    const equals = trimmed.indexOf('=');
    if (equals > 0)
        return { kind: 'match', column: trimmed.slice(0, equals).trim(), value: trimmed.slice(equals + 1).trim() };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--row: '${text}' is not a row selector.`, 'Use last (the default), first, a row number such as 0 or -2, or column=value such as epoch=10.');
}
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT = /^[+-]?\d+$/;
/** A CSV cell as Python's float()/int() would take it; anything else stays text. */
function csvCell(text) {
    const cell = text.trim();
    if (cell === '')
        return null;
    if (INT.test(cell))
        return BigInt(cell);
    if (FLOAT.test(cell))
        return Number(cell);
    const lower = cell.toLowerCase();
    if (lower === 'nan')
        return NaN;
    if (lower === 'inf' || lower === '+inf' || lower === 'infinity')
        return Infinity;
    if (lower === '-inf' || lower === '-infinity')
        return -Infinity;
    return cell;
}
function describeSelector(selector) {
    return selector.kind === 'match' ? `${selector.column}=${selector.value}` : `row ${selector.index}`;
}
/** Read the selected row of a CSV/TSV stream as `{column: value}`. */
async function readCsvRow(source, delimiter, selector, path) {
    // Loaded here, not at start-up: most projects have no CSV metrics.
    const { parse } = await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(8075)]).then(__webpack_require__.bind(__webpack_require__, 68075));
    const parser = source.pipe(parse({ delimiter, columns: true, skip_empty_lines: true, trim: true, relax_column_count: false }));
    const keepLast = selector.kind === 'index' && selector.index < 0 ? -selector.index : 0;
    const window = [];
    let chosen;
    let seen = 0;
    let columns;
    try {
        for await (const record of parser) {
            columns ??= Object.keys(record);
            if (selector.kind === 'match') {
                if (!(selector.column in record))
                    break;
                if (record[selector.column] === selector.value)
                    chosen = record;
            }
            else if (keepLast > 0) {
                window.push(record);
                if (window.length > keepLast)
                    window.shift();
            }
            else if (seen === selector.index) {
                chosen = record;
                break;
            }
            seen++;
        }
    }
    catch (error) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o2(path, `malformed CSV: ${error instanceof Error ? error.message : String(error)}`);
    }
    finally {
        source.destroy();
    }
    if (keepLast > 0 && window.length === keepLast)
        chosen = window[0];
    if (columns === undefined)
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o2(path, 'the CSV has a header but no data rows (or is empty).');
    if (selector.kind === 'match' && !columns.includes(selector.column)) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o2(path, `the CSV has no column '${selector.column}' (columns: ${columns.join(', ')}).`);
    }
    if (chosen === undefined)
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableFileError */ .o2(path, `the CSV has no ${describeSelector(selector)} (${seen} data rows).`);
    const row = (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .newRecord */ .Mx)();
    for (const [column, cell] of Object.entries(chosen))
        row[column] = csvCell(cell);
    return row;
}


/***/ }),

/***/ 42226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qg: () => (/* binding */ dvcYamlFiles),
  t1: () => (/* binding */ findProject),
  Be: () => (/* binding */ fromCwd)
});

// UNUSED EXPORTS: DVC_YAML

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fs/plain-file.ts
var plain_file = __webpack_require__(68514);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
;// CONCATENATED MODULE: ./src/metrics/dvcignore.ts
/**
 * `.dvcignore` as DVC applies it when it looks for dvc.yaml files (dvc/ignore.py): gitignore
 * patterns (pathspec's "gitwildmatch"), each file's patterns relative to its own folder, the last
 * matching pattern deciding, and a path ignored as soon as one of its folders is.
 */
/**
 * One bracket expression starting at `start` (`[`) as pathspec translates it: `[!…]` negates,
 * a leading `^` or `]` is one of the characters; undefined when it is not closed.
 */
function bracket(pattern, start) {
    let i = start + 1;
    let head = '';
    if (pattern[i] === '!' || pattern[i] === '^')
        head = pattern[i++] === '!' ? '^' : '\\^';
    const first = i;
    if (pattern[i] === ']')
        i++;
    while (i < pattern.length && pattern[i] !== ']')
        i++;
    if (i >= pattern.length)
        return undefined;
    const body = pattern.slice(first, i).replace(/\\/g, '\\\\').replace(/^\]/, '\\]');
    return { source: `[${head}${body}]`, end: i };
}
/** One path segment (no `/`) of a pattern as a regex source: `*` and `?` stop at `/`. */
function segmentSource(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i];
        const set = char === '[' ? bracket(segment, i) : undefined;
        if (set) {
            source += set.source;
            i = set.end;
        }
        else if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else if (char === '\\' && i + 1 < segment.length)
            source += escapeRegex(segment[++i]);
        else
            source += escapeRegex(char);
    }
    return source;
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * pathspec's `GitWildMatchPattern.pattern_to_regex`: a single name matches at any depth, a `/`
 * anywhere but the end anchors the pattern to its folder, `**` spans folders, a trailing `/`
 * matches what is inside, and every pattern also matches the paths below what it names.
 */
function patternRegex(pattern) {
    const segments = pattern.split('/');
    if (!segments[0])
        segments.shift();
    else if (segments.length === 1 || (segments.length === 2 && !segments[1])) {
        if (segments[0] !== '**')
            segments.unshift('**');
    }
    if (segments.length > 1 && !segments.at(-1))
        segments[segments.length - 1] = '**';
    for (let i = segments.length - 1; i > 0; i--)
        if (segments[i] === '**' && segments[i - 1] === '**')
            segments.splice(i, 1);
    const end = segments.length - 1;
    let source = '';
    let needSlash = false;
    segments.forEach((segment, i) => {
        if (segment === '**') {
            if (i === 0 && i === end)
                source += '[^/]+(?:/.*)?';
            else if (i === 0)
                source += '(?:.+/)?';
            else if (i === end)
                source += '/.*';
            else
                source += '(?:/.+)?';
            needSlash = i > 0 && i < end;
            return;
        }
        source += (needSlash ? '/' : '') + (segment === '*' ? '[^/]+' : segmentSource(segment)) + (i === end ? '(?:/.*)?' : '');
        needSlash = true;
    });
    return new RegExp(`^${source}$`);
}
/** The rules of one .dvcignore (DVC strips each line and skips blanks and `#` comments; `\#`, `\!` escape). */
function parseDvcIgnore(base, text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const negate = line.startsWith('!');
        const pattern = negate ? line.slice(1) : line;
        if (!pattern || pattern === '/')
            continue;
        rules.push({ base, negate, dirOnly: pattern.endsWith('/'), regex: patternRegex(pattern) });
    }
    return rules;
}
/** DvcIgnoreFilter's built-in patterns: other tools' metadata and DVC's own folder, at any depth. */
const DEFAULT_IGNORE_RULES = parseDvcIgnore('', '.hg/\n.git/\n.git\n.dvc/\n');
/** The last rule that matches `path` (relative to the root) decides; none matching: not ignored. */
function matches(rules, path, isDir) {
    for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (rule.dirOnly && !isDir)
            continue;
        if (rule.base && !path.startsWith(`${rule.base}/`))
            continue;
        const relative = rule.base ? path.slice(rule.base.length + 1) : path;
        // DVC tries a folder as `name` and as `name/`
        if (rule.regex.test(relative) || (isDir && rule.regex.test(`${relative}/`)))
            return !rule.negate;
    }
    return false;
}
/** DVC's `_ignore`: each folder on the way is checked first, and an ignored folder ignores all below it. */
function isIgnored(rules, path, isDir = false) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
        if (matches(rules, parts.slice(0, i).join('/'), isDir || i < parts.length))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/metrics/discover.ts






const DVC_YAML = 'dvc.yaml';
const DVC_DIR = '.dvc';
const DVCIGNORE = '.dvcignore';
async function isDirectory(path) {
    return (0,promises_.stat)(path).then((info) => info.isDirectory(), () => false);
}
/**
 * DVC's `Repo.find_root`, searching no higher than the git work tree. Without a `.dvc` folder DVC
 * would not run at all; we treat the command's folder as the project, as before dvc.yaml
 * discovery, so a CI job pointed at one project folder reads that project.
 */
async function findProject(cwd) {
    // git prints the top folder with links resolved; compare like with like
    const here = await (0,promises_.realpath)(cwd).catch(() => undefined);
    if (here === undefined)
        return { root: cwd, cwdFromRoot: '', inGit: false }; // no such folder: nothing to find
    const top = await (0,git/* workTreeRoot */.KY)(here);
    for (let dir = here;; dir = (0,external_node_path_.dirname)(dir)) {
        if (await isDirectory((0,external_node_path_.join)(dir, DVC_DIR)))
            return { root: dir, cwdFromRoot: (0,external_node_path_.relative)(dir, here).split(external_node_path_.sep).join('/'), inGit: top !== undefined, workTree: top };
        if (dir === top || (0,external_node_path_.dirname)(dir) === dir)
            break;
    }
    return { root: here, cwdFromRoot: '', inGit: top !== undefined, workTree: top };
}
/** A root-relative path as DVC prints it: relative to the command's folder (`os.path.relpath`). */
function fromCwd(project, path) {
    if (path.startsWith('../'))
        return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.relative(`/${project.cwdFromRoot}`, '/') || '.', path));
    return external_node_path_.posix.relative(`/${project.cwdFromRoot}`, `/${path}`) || '.';
}
/**
 * Every file below `root` without git (DVC walks the file system then), not following links.
 * A `.dvc` folder is listed as `<folder>/.dvc/` rather than walked: it marks a repository, and
 * its cache can hold thousands of files.
 */
async function walkFiles(root, folder = '') {
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, folder), { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        if (entry.name === DVC_DIR && entry.isDirectory())
            files.push(`${path}/`);
        else if (entry.isDirectory()) {
            if (entry.name !== '.git' && entry.name !== '.hg')
                files.push(...(await walkFiles(root, path)));
        }
        else
            files.push(path);
    }
    return files;
}
function listFiles(revision, project) {
    if (revision.commit !== undefined)
        return (0,git/* listFilesAt */.R4)(project.root, revision.commit);
    return project.inGit ? (0,git/* listWorkTreeFiles */.Ft)(project.root) : walkFiles(project.root);
}
/** A .dvcignore is a few lines: a bigger one is a mistake, not read. */
const MAX_IGNORE_BYTES = 1 << 20;
async function readText(revision, project, path) {
    if (revision.commit !== undefined)
        return (0,git/* readFileAt */._T)(project.root, revision.commit, path);
    const file = await (0,plain_file/* readPlainFile */.b$)((0,external_node_path_.join)(project.root, path), MAX_IGNORE_BYTES);
    if (file.kind === 'refused')
        throw new errors/* MlopsError */.IC(`${path}: ${file.reason}.`);
    return file.kind === 'read' ? file.bytes.toString('utf8') : undefined;
}
/** Folders (other than the root) holding a `.dvc` folder: DVC skips them as repositories of their own. */
function subrepos(files) {
    const found = new Set();
    for (const file of files) {
        const parts = file.split('/');
        const at = parts.indexOf(DVC_DIR);
        if (at > 0 && at < parts.length - 1)
            found.add(parts.slice(0, at).join('/'));
    }
    return [...found];
}
const folderOf = (path) => external_node_path_.posix.dirname(path).replace(/^\.$/, '');
const depth = (path) => path.split('/').length;
/** os.walk's top-down order: a folder's own dvc.yaml before those of the folders in it, folders by name. */
function walkOrder(a, b) {
    const x = folderOf(a) ? folderOf(a).split('/') : [];
    const y = folderOf(b) ? folderOf(b).split('/') : [];
    for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i])
            return x[i] < y[i] ? -1 : 1;
    return x.length - y.length;
}
/** The rules of every .dvcignore that is itself read (not in an ignored folder or a subrepo), parents first. */
async function ignoreRules(revision, project, files, skipped) {
    const rules = [...DEFAULT_IGNORE_RULES];
    const sources = files.filter((file) => external_node_path_.posix.basename(file) === DVCIGNORE).sort((a, b) => depth(a) - depth(b));
    for (const source of sources) {
        if (skipped(source) || isIgnored(rules, source))
            continue;
        const text = await readText(revision, project, source);
        if (text !== undefined)
            rules.push(...parseDvcIgnore(folderOf(source), text));
    }
    return rules;
}
/** The dvc.yaml files of the project at a revision, relative to its root, in the order DVC collects them. */
async function dvcYamlFiles(revision, project) {
    const files = await listFiles(revision, project);
    const repos = subrepos(files);
    const inSubrepo = (path) => repos.some((repo) => path.startsWith(`${repo}/`));
    const rules = await ignoreRules(revision, project, files, inSubrepo);
    const found = files.filter((file) => external_node_path_.posix.basename(file) === DVC_YAML && !inSubrepo(file) && !isIgnored(rules, file));
    // a file in a merge conflict is listed once per stage
    return [...new Set(found)].sort(walkOrder);
}


/***/ }),

/***/ 24868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   W7: () => (/* binding */ formatDict),
/* harmony export */   p$: () => (/* binding */ dvcDiff)
/* harmony export */ });
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58655);
/* harmony import */ var _pyformat_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3317);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41048);
/**
 * The comparison behind `dvc metrics diff` and `dvc params diff` (dvc/utils/diff.py), ported
 * rule for rule: flattened keys, a `diff` only when both sides are numbers (bools count, as in
 * Python), one-element lists unwrapped, unchanged entries dropped unless `all`.
 */



function diffValues(oldValue, newValue, withUnchanged) {
    // the usual pair, two floats, without the general rules' conversions (NaN differs from itself, as in Python)
    if (typeof oldValue === 'number' && typeof newValue === 'number') {
        if (!withUnchanged && oldValue === newValue)
            return undefined;
        return { old: oldValue, new: newValue, diff: newValue - oldValue };
    }
    if (Array.isArray(oldValue) && Array.isArray(newValue) && oldValue.length === 1 && newValue.length === 1) {
        return diffValues(oldValue[0], newValue[0], withUnchanged);
    }
    if (!withUnchanged && (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .pyEquals */ .PU)(oldValue, newValue))
        return undefined;
    const change = { old: oldValue, new: newValue };
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyNumber */ .XI)(oldValue) && (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPyNumber */ .XI)(newValue))
        change.diff = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .pySubtract */ .ix)(newValue, oldValue);
    return change;
}
function lookup(data, path) {
    const empty = data === null || data === '' || data === 0 || data === 0n || data === false || (Array.isArray(data) && data.length === 0);
    if (empty)
        return { flat: new Map(), missing: null };
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(data))
        return { flat: new Map(), missing: 'unable to parse' };
    return { flat: (0,_flatten_js__WEBPACK_IMPORTED_MODULE_0__/* .flatten */ .B)(data, path), missing: null };
}
/** DVC's `format_dict`: lists become their Python repr (so `[64, 32]` diffs as text), dicts recurse. */
function formatDict(value) {
    if (!containsList(value))
        return value; // nothing to change: no copy of a 100k-key file
    if (Array.isArray(value))
        return (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_2__.pyRepr)(value);
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value)) {
        const out = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .newRecord */ .Mx)();
        for (const [key, item] of Object.entries(value))
            out[key] = formatDict(item);
        return out;
    }
    return value;
}
function containsList(value) {
    if (Array.isArray(value))
        return true;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value))
        return false;
    for (const key in value)
        if (containsList(value[key]))
            return true;
    return false;
}
/**
 * Python's `sorted()` of strings (code points). JS's default sort compares UTF-16 units, which is
 * the same order unless a string has characters beyond U+FFFF, and much faster on 100k keys.
 */
function sortedKeys(keys) {
    // an array is sorted in place (the diff's own list of a million keys needs no copy)
    const list = Array.isArray(keys) ? keys : [...keys];
    return list.some((key) => /[\uD800-\uDFFF]/.test(key)) ? list.sort((a, b) => {
        const x = [...a];
        const y = [...b];
        for (let i = 0; i < Math.min(x.length, y.length); i++) {
            const d = x[i].codePointAt(0) - y[i].codePointAt(0);
            if (d !== 0)
                return d;
        }
        return x.length - y.length;
    }) : list.sort();
}
/** Both sides' keys once each: the old side's, then the new side's that the old lacks. */
function keysOf(old, now) {
    const all = [...old.keys()];
    for (const key of now.keys())
        if (!old.has(key))
            all.push(key);
    return all;
}
function diffFile(path, oldData, newData, withUnchanged) {
    const changes = new Map();
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(oldData) && !(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(newData)) {
        const change = diffValues(oldData, newData, withUnchanged);
        if (change)
            changes.set('', change);
        return changes;
    }
    const oldFlat = lookup(oldData, path);
    const newFlat = lookup(newData, path);
    for (const key of sortedKeys(keysOf(oldFlat.flat, newFlat.flat))) {
        const change = diffValues(oldFlat.flat.get(key) ?? oldFlat.missing, newFlat.flat.get(key) ?? newFlat.missing, withUnchanged);
        if (change)
            changes.set(key, change);
    }
    return changes;
}
/** Compare every file at two revisions. Files with no changes are left out. */
function dvcDiff(oldRevision, newRevision, withUnchanged) {
    const result = new Map();
    const paths = sortedKeys(new Set([...oldRevision.keys(), ...newRevision.keys()]));
    for (const path of paths) {
        // A file missing at a revision counts as `{}`, as DVC's `.get("data", {})` makes it.
        const changes = diffFile(path, formatDict(oldRevision.get(path) ?? {}), formatDict(newRevision.get(path) ?? {}), withUnchanged);
        if (changes.size > 0)
            result.set(path, changes);
    }
    return result;
}


/***/ }),

/***/ 74189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_PRECISION: () => (/* binding */ DEFAULT_PRECISION),
/* harmony export */   diffMetricsData: () => (/* binding */ diffMetricsData),
/* harmony export */   diffParamsData: () => (/* binding */ diffParamsData),
/* harmony export */   firstChanged: () => (/* binding */ firstChanged),
/* harmony export */   formatField: () => (/* binding */ formatField),
/* harmony export */   metricsDiff: () => (/* binding */ metricsDiff),
/* harmony export */   metricsShow: () => (/* binding */ metricsShow),
/* harmony export */   paramsDiff: () => (/* binding */ paramsDiff),
/* harmony export */   paramsShow: () => (/* binding */ paramsShow),
/* harmony export */   renderMetricsDiff: () => (/* binding */ renderMetricsDiff),
/* harmony export */   renderParamsDiff: () => (/* binding */ renderParamsDiff),
/* harmony export */   warningsOf: () => (/* binding */ warningsOf),
/* harmony export */   writeDiffJson: () => (/* binding */ writeDiffJson)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71243);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92939);
/* harmony import */ var _collect_memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66754);
/* harmony import */ var _dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24868);
/* harmony import */ var _pyformat_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3317);
/* harmony import */ var _tabulate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80523);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41048);
/**
 * `metrics show|diff` and `params show|diff`, producing exactly what DVC 3 prints on stdout
 * (docs/dvc-compat.md): same columns, number formatting, ordering, markdown and JSON. Problems
 * with single files go to `warnings` (stderr), naming the file and the revision, and the
 * verb still succeeds, as DVC's does.
 */







const DEFAULT_PRECISION = 5;
const FILL = '-';
/** DVC's `_format_field`: floats rounded with `round(x, precision)` when a precision applies, then `str()`. */
function formatField(value, precision) {
    if (value === undefined || value === null)
        return FILL;
    if (typeof value === 'number' && precision)
        return (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.pyRepr)((0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.pyRound)(value, precision));
    return (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.pyStr)(value);
}
function renderTable(headers, rows, flags) {
    if (flags.markdown)
        return `${(0,_tabulate_js__WEBPACK_IMPORTED_MODULE_5__/* .githubTable */ .w)(headers, rows)}\n\n`;
    const text = (0,_tabulate_js__WEBPACK_IMPORTED_MODULE_5__/* .plainTable */ .$)(headers, rows);
    return text ? `${text}\n` : '';
}
function dropColumn(headers, rows, name) {
    const index = headers.indexOf(name);
    if (index < 0)
        return;
    headers.splice(index, 1);
    for (const row of rows)
        row.splice(index, 1);
}
function warningsOf(snapshots, what) {
    return snapshots.flatMap((snapshot) => [
        ...(snapshot.revisionError ? [`failed to load ${what} in revision '${snapshot.revision.name}', ${snapshot.revisionError}`] : []),
        ...snapshot.errors.map((error) => `${error.path} at ${snapshot.revision.name}: ${error.message} (shown as ${FILL})`),
    ]);
}
/** Files that loaded, for the diff: errored files count as `{}` there. */
function loaded(snapshot) {
    const failed = new Set(snapshot.errors.map((error) => error.path));
    return new Map([...snapshot.files].filter(([path]) => !failed.has(path)));
}
/**
 * `--json` of a diff: `{path: {key: {"old", "new", "diff"?}}}` as json.dumps prints it, written
 * straight from the diff (a million keys need no second copy of it), in the diff's sorted order;
 * `extra` is one more top-level key after the files (the report's `_mlops`).
 */
function writeDiffJson(files, indent, extra) {
    const out = new _pyformat_js__WEBPACK_IMPORTED_MODULE_4__.TextBuilder();
    // json.dumps with an indent breaks the line before each item; without one, ", " separates them
    const [pad0, pad1, pad2, pad3] = [0, 1, 2, 3].map((level) => (indent === undefined ? '' : `\n${' '.repeat(indent * level)}`));
    const comma = indent === undefined ? ', ' : ',';
    let firstPath = true;
    for (const [path, changes] of files) {
        out.add(`${firstPath ? '{' : comma}${pad1}${(0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.jsonString)(path)}: `);
        firstPath = false;
        let first = true;
        for (const [key, change] of changes) {
            out.add(`${first ? '{' : comma}${pad2}${(0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.jsonString)(key)}: {${pad3}"old": `);
            first = false;
            (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.appendJson)(out, change.old, indent, 3);
            out.add(`${comma}${pad3}"new": `);
            (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.appendJson)(out, change.new, indent, 3);
            out.add(change.diff === undefined ? `${pad2}}` : `${comma}${pad3}"diff": ${(0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.jsonScalar)(change.diff)}${pad2}}`);
        }
        out.add(first ? '{}' : `${pad1}}`);
    }
    if (extra) {
        out.add(`${firstPath ? '{' : comma}${pad1}${(0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.jsonString)(extra[0])}: `);
        firstPath = false;
        (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.appendJson)(out, extra[1], indent, 1);
    }
    out.add(firstPath ? '{}' : `${pad0}}`);
    return out;
}
function diffJson(diff, indent) {
    const out = writeDiffJson(diff, indent);
    out.add('\n');
    return out.pieces();
}
/** dvc/compare.py `diff_table`. */
function diffTable(diff, title, aRev, bRev, showChange, precision, flags) {
    const headers = ['Path', title, aRev, bRev, 'Change'];
    const rows = [];
    for (const [path, changes] of diff) {
        for (const [key, change] of changes) {
            rows.push([path, key, formatField(change.old, precision), formatField(change.new, precision), formatField(change.diff, precision)]);
        }
    }
    if (flags.noPath)
        dropColumn(headers, rows, 'Path');
    if (!showChange)
        dropColumn(headers, rows, 'Change');
    return renderTable(headers, rows, flags);
}
async function readBoth(input, collect) {
    const aRev = input.aRev ?? 'HEAD';
    const bRev = input.bRev ?? 'workspace';
    // Each side is read as soon as its revision is known: the workspace's at once, beside git
    // resolving the other; both share the project's lookup and, for one revision, its dvc.yaml.
    const memo = input.memo ?? new _collect_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .CollectMemo */ .r();
    const shared = { ...input, memo };
    const revisions = [memo.revision(input.cwd, aRev), memo.revision(input.cwd, bRev)];
    const snapshots = revisions.map((revision) => revision.then((known) => collect(known, shared)));
    for (const snapshot of snapshots)
        snapshot.catch(() => undefined); // awaited below, after the revisions
    await Promise.all(revisions); // an unknown revision is the error, whatever a read would say
    const [old, now] = (await Promise.all(snapshots));
    return [old, now, aRev, bRev];
}
/**
 * Marks the changes whose old value is unknown because the old file (or dvc.yaml) was there but
 * could not be read: "absent at the base" lets a regression gate pass, "unreadable" must not.
 */
function markUnreadableOld(diff, old) {
    const reasons = new Map();
    for (const error of old.errors) {
        if (error.type !== 'FileNotFoundError')
            reasons.set(error.path, `${error.path} at ${old.revision.name}: ${error.message}`);
    }
    const everywhere = old.revisionError === undefined ? undefined : `the ${old.revision.name} revision: ${old.revisionError}`;
    for (const [path, changes] of diff) {
        const reason = reasons.get(path) ?? everywhere;
        if (reason === undefined)
            continue;
        for (const change of changes.values())
            if (change.old === null)
                change.oldUnreadable = reason;
    }
    return diff;
}
/** The diff itself, for callers that need the data rather than the text (the report). */
async function diffMetricsData(input) {
    const [old, now] = await readBoth(input, _collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectMetrics */ .IE);
    return { diff: markUnreadableOld((0,_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .dvcDiff */ .p$)(loaded(old), loaded(now), input.all ?? false), old), snapshots: [old, now] };
}
async function diffParamsData(input) {
    const [old, now] = await readBoth(input, _collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectParams */ .Tm);
    return { diff: (0,_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .dvcDiff */ .p$)(loaded(old), loaded(now), input.all ?? false), snapshots: [old, now] };
}
/**
 * The first `limit` changed entries of a diff taken with `all` (in DVC's table order), and how
 * many more changed: a run's log shows a table a person reads, not a million lines.
 */
function firstChanged(diff, limit) {
    const shown = new Map();
    let kept = 0;
    let more = 0;
    for (const [path, changes] of diff) {
        for (const [key, change] of changes) {
            if ((0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .pyEquals */ .PU)(change.old, change.new))
                continue;
            if (kept === limit) {
                more++;
                continue;
            }
            kept++;
            const entries = shown.get(path);
            if (entries)
                entries.set(key, change);
            else
                shown.set(path, new Map([[key, change]]));
        }
    }
    return { diff: shown, more };
}
/** The `dvc metrics diff` table for a diff already taken. */
function renderMetricsDiff(diff, aRev, bRev, flags = {}) {
    return diffTable(diff, 'Metric', aRev, bRev, true, flags.precision || DEFAULT_PRECISION, flags);
}
/** The `dvc params diff` table for a diff already taken. */
function renderParamsDiff(diff, aRev, bRev, flags = {}) {
    return diffTable(diff, 'Param', aRev, bRev, false, undefined, flags);
}
/**
 * DVC's `metrics diff`/`params diff` return `{}` before reading anything when the repository has
 * no commits yet (`if repo.scm.no_commits`), whatever revisions were named: an empty table, exit 0.
 * The check runs beside the reads (one git call less to wait for); their failure then counts
 * only when there are commits.
 */
async function diffVerb(input, take, what, render) {
    const taken = take(input).then((data) => ({ data }), (error) => ({ error }));
    const aRev = input.aRev ?? 'HEAD';
    const bRev = input.bRev ?? 'workspace';
    if (await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNoCommits */ .s2)(input.cwd))
        return { stdout: input.json ? diffJson(new Map(), input.jsonIndent) : render(new Map(), aRev, bRev, input), warnings: [] };
    const result = await taken;
    if ('error' in result)
        throw result.error;
    const { diff, snapshots } = result.data;
    const warnings = warningsOf(snapshots, what);
    return { stdout: input.json ? diffJson(diff, input.jsonIndent) : render(diff, aRev, bRev, input), warnings };
}
/** `dvc metrics diff [a_rev] [b_rev]`. */
function metricsDiff(input) {
    return diffVerb(input, diffMetricsData, 'metrics', renderMetricsDiff);
}
/** `dvc params diff [a_rev] [b_rev]`: no Change column, values as Python prints them. */
function paramsDiff(input) {
    return diffVerb(input, diffParamsData, 'params', renderParamsDiff);
}
/** dvc/compare.py `metrics_table`: a row per file, a column per (sorted) key, `-` where a file lacks one. */
function showTable(snapshot, precision, flags) {
    const failed = new Set(snapshot.errors.map((error) => error.path));
    const columns = new Set();
    const cells = [];
    for (const [path, value] of snapshot.files) {
        const row = new Map();
        if (!failed.has(path)) {
            for (const [key, item] of (0,_collect_js__WEBPACK_IMPORTED_MODULE_1__/* .flattenedFile */ .Kv)(path, (0,_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDict */ .W7)(value))) {
                row.set(key, formatField(item, precision));
                columns.add(key);
            }
        }
        cells.push(row);
    }
    const keys = (0,_dvc_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .sortedKeys */ .Mf)(columns);
    const headers = ['Path', ...keys];
    const paths = [...snapshot.files.keys()];
    const rows = cells.map((row, i) => [paths[i], ...keys.map((key) => row.get(key) ?? FILL)]);
    if (flags.noPath)
        dropColumn(headers, rows, 'Path');
    return renderTable(headers, rows, flags);
}
/** `metrics show --json`: `{"": {"data": {path: {"data": …} | {"error": {type, msg}}}}}`, as DVC nests it. */
function showJson(snapshot, indent) {
    const errors = new Map(snapshot.errors.map((error) => [error.path, error]));
    const files = (0,_value_js__WEBPACK_IMPORTED_MODULE_6__/* .newRecord */ .Mx)();
    for (const [path, value] of snapshot.files) {
        const error = errors.get(path);
        files[path] = error ? { error: { type: error.type, msg: `${path}: ${error.message}` } } : { data: value };
    }
    const revision = snapshot.revisionError ? { error: { type: 'DvcException', msg: snapshot.revisionError } } : { data: files };
    const out = new _pyformat_js__WEBPACK_IMPORTED_MODULE_4__.TextBuilder();
    (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_4__.appendJson)(out, { '': revision }, indent);
    out.add('\n');
    return out.pieces();
}
async function show(input, what) {
    const collect = what === 'metrics' ? _collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectMetrics */ .IE : _collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectParams */ .Tm;
    const snapshot = await collect(await (0,_collect_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRevision */ .eZ)(input.cwd, 'workspace'), input);
    const warnings = warningsOf([snapshot], what);
    if (input.json)
        return { stdout: showJson(snapshot, input.jsonIndent), warnings };
    const precision = what === 'metrics' ? input.precision || DEFAULT_PRECISION : undefined;
    return { stdout: showTable(snapshot, precision, input), warnings };
}
/** `dvc metrics show`. */
function metricsShow(input) {
    return show(input, 'metrics');
}
/**
 * `mlops params show`: DVC has no such command (only the Python API), so this shows params the way
 * `metrics show` shows metrics, with values printed as `params diff` prints them.
 */
function paramsShow(input) {
    return show(input, 'params');
}


/***/ }),

/***/ 58655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ extractMetrics),
/* harmony export */   B: () => (/* binding */ flatten)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76598);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41048);
/**
 * Nested keys to dotted keys, as DVC does with `flatten_dict.flatten(d, reducer="dot")`:
 * nested dicts are walked, lists stay values, empty dicts vanish, a clash is an error.
 * Iterative, so deeply nested files cannot overflow the stack.
 */


function flatten(data, path) {
    const flat = new Map();
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(data))
        return flat;
    const stack = [[undefined, data, Object.keys(data), 0]];
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const [prefix, object, keys, index] = frame;
        if (index >= keys.length) {
            stack.pop();
            continue;
        }
        frame[3] = index + 1;
        const key = keys[index];
        const value = object[key];
        const dotted = prefix === undefined ? key : `${prefix}.${key}`;
        if ((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value)) {
            stack.push([dotted, value, Object.keys(value), 0]);
            continue;
        }
        if (flat.has(dotted))
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreadableFileError */ .o2(path, `the key '${dotted}' appears twice once nested keys are joined with dots.`);
        flat.set(dotted, value);
    }
    return flat;
}
/**
 * What DVC keeps of a metrics file: numbers, strings and bools, walked through dicts.
 * Lists and nulls are dropped (DVC logs them at debug level and moves on).
 */
function extractMetrics(data) {
    return keepsAll(data) ? data : extractCopy(data);
}
/** Whether extraction would keep everything (the usual file): then no copy is made. */
function keepsAll(data) {
    if (typeof data === 'bigint' || typeof data === 'number' || typeof data === 'string' || typeof data === 'boolean')
        return true;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(data))
        return false;
    let empty = true;
    for (const key in data) {
        empty = false;
        if (!keepsAll(data[key]))
            return false;
    }
    return !empty;
}
function extractCopy(data) {
    if (typeof data === 'bigint' || typeof data === 'number' || typeof data === 'string' || typeof data === 'boolean')
        return data;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(data))
        return null;
    const kept = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .newRecord */ .Mx)();
    for (const [key, value] of Object.entries(data)) {
        const extracted = extractCopy(value);
        if (extracted !== null && !((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(extracted) && Object.keys(extracted).length === 0))
            kept[key] = extracted;
    }
    return kept;
}


/***/ }),

/***/ 79341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZN: () => (/* binding */ loadFile),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   un: () => (/* binding */ WORKSPACE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fs_plain_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68514);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71243);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13577);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76598);
/**
 * Reads one metrics or params file as it is in the workspace or was at a commit.
 * Missing is not an error here (DVC shows it as `-`); unreadable is, and names the file.
 */







const WORKSPACE = { name: 'workspace' };
/** 64 MiB: far above any real metrics file, far below what would exhaust a runner's memory. */
const DEFAULT_MAX_BYTES = 64 << 20;
async function sizeOf(revision, cwd, path) {
    if (revision.commit === undefined) {
        // links are followed: what counts is what they lead to
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, path)).catch(() => undefined);
        if (info === undefined)
            return undefined;
        if (info.isDirectory())
            return 'directory';
        // a device (/dev/zero), a FIFO or a socket never ends, or never starts: refused before a read
        if (!info.isFile())
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, `is not a regular file (${(0,_fs_plain_file_js__WEBPACK_IMPORTED_MODULE_3__/* .specialKind */ .I2)(info)}); metrics and params are read from plain files.`);
        return info.size;
    }
    const info = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .objectInfoAt */ .VH)(cwd, revision.commit, path);
    if (!info)
        return undefined;
    return info.type === 'tree' ? 'directory' : info.size;
}
function open(revision, cwd, path) {
    return revision.commit === undefined ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, path)) : (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .streamFileAt */ .un)(cwd, revision.commit, path);
}
/** The parsed file, or undefined when it does not exist at that revision. */
async function loadFile(revision, path, options) {
    try {
        return await loadExisting(revision, path, options);
    }
    catch (error) {
        // in the tree but not readable (a partial clone's missing blob): unreadable, never "absent"
        if (error instanceof _git_js__WEBPACK_IMPORTED_MODULE_4__/* .UnreadableBlobError */ .Z8)
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, error.gitMessage);
        throw error;
    }
}
function tooBig(path, size, maxBytes) {
    return new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, `is ${(size / 2 ** 20).toFixed(1)} MiB; ${(0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(path).toUpperCase()} metrics and params files over ${(maxBytes / 2 ** 20).toFixed(0)} MiB are not read. Write only the summary numbers to it (a per-step log can be a CSV, which is streamed).`);
}
const DIRECTORY = 'is a directory; name the files in it.';
async function loadExisting(revision, path, options) {
    const format = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(path);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (revision.commit !== undefined && format !== 'csv' && format !== 'tsv') {
        // type, size and text from one git process: the common case, a JSON or YAML file at the base
        const blob = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .readBlobAt */ .pf)(options.cwd, revision.commit, path, maxBytes);
        if (blob.kind === 'missing')
            return undefined;
        if (blob.kind === 'tree')
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, DIRECTORY);
        if (blob.kind === 'too-big')
            throw tooBig(path, blob.size, maxBytes);
        if (format === 'toml')
            await (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTomlParser */ ._1)();
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStructured */ .jE)(blob.text, format, path);
    }
    const size = await sizeOf(revision, options.cwd, path);
    if (size === undefined)
        return undefined;
    if (size === 'directory')
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, DIRECTORY);
    if (format === 'csv' || format === 'tsv') {
        return (0,_csv_js__WEBPACK_IMPORTED_MODULE_5__/* .readCsvRow */ .Nq)(open(revision, options.cwd, path), format === 'csv' ? ',' : '\t', options.row ?? _csv_js__WEBPACK_IMPORTED_MODULE_5__/* .LAST_ROW */ .Im, path);
    }
    if (size > maxBytes)
        throw tooBig(path, size, maxBytes);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.cwd, path), 'utf8');
    if (format === 'toml')
        await (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTomlParser */ ._1)();
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStructured */ .jE)(text, format, path);
}


/***/ }),

/***/ 76598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ checkYamlDepth),
/* harmony export */   FA: () => (/* binding */ parseConfigYaml),
/* harmony export */   _1: () => (/* binding */ loadTomlParser),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   jE: () => (/* binding */ parseStructured),
/* harmony export */   o2: () => (/* binding */ UnreadableFileError)
/* harmony export */ });
/* unused harmony exports parseNumberLiteral, MAX_YAML_DEPTH */
/* harmony import */ var lossless_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(875);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41048);
/**
 * Turns the text of a metrics or params file into values, keeping Python's int/float split.
 * Libraries do the parsing (lossless-json, yaml, smol-toml, csv-parse); this file only picks one
 * by extension (unknown extensions are YAML, as in DVC) and turns their errors into messages that
 * name the file and the place.
 */




function formatOf(path) {
    const extension = path.toLowerCase().split('.').pop();
    switch (extension) {
        case 'json':
            return 'json';
        case 'toml':
            return 'toml';
        case 'csv':
            return 'csv';
        case 'tsv':
            return 'tsv';
        default:
            return 'yaml';
    }
}
/** A file (at a revision) that could not be read: DVC's verbs warn and show it as missing. */
class UnreadableFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC {
    path;
    reason;
    constructor(path, reason) {
        super(`${path}: ${reason}`);
        this.path = path;
        this.reason = reason;
        this.name = 'UnreadableFileError';
    }
}
/** A number literal as Python reads it: digits only is an int, anything else a float. */
function parseNumberLiteral(text) {
    return (0,lossless_json__WEBPACK_IMPORTED_MODULE_0__/* .isInteger */ .Fq)(text) ? BigInt(text) : Number(text);
}
/**
 * Python's json module (so DVC, and `json.dump` in a training script) reads and writes NaN,
 * Infinity and -Infinity; strict JSON parsers refuse them. Outside strings they become marked
 * strings for the parser and numbers again afterwards.
 */
const NON_FINITE_MARK = '\u0000mlops-nonfinite:';
const NON_FINITE_TOKEN = /"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g;
function markNonFinite(text) {
    return text.replace(NON_FINITE_TOKEN, (token) => (token.startsWith('"') ? token : `"${NON_FINITE_MARK.replace('\u0000', '\\u0000')}${token}"`));
}
function unmarkNonFinite(value) {
    if (typeof value === 'string' && value.startsWith(NON_FINITE_MARK))
        return Number(value.slice(NON_FINITE_MARK.length));
    if (Array.isArray(value))
        return value.map(unmarkNonFinite);
    if (typeof value === 'object' && value !== null) {
        const object = value;
        for (const key of Object.keys(object))
            object[key] = unmarkNonFinite(object[key]);
    }
    return value;
}
/** The index just past the string whose opening quote is before `from` (escaped quotes skipped). */
function stringEnd(text, from) {
    for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === 0x5c)
            backslashes++;
        if (backslashes % 2 === 0)
            return quote + 1;
    }
    return text.length;
}
/** Whether the token ends in a point and zeros only (`1.0`, `-2.000`): a float whose value is an integer. */
function endsInPointZeros(text, start, end) {
    let at = end - 1;
    while (at > start && text.charCodeAt(at) === 0x30)
        at--;
    return at < end - 1 && text.charCodeAt(at) === 0x2e;
}
/**
 * Whether the native parser would lose Python's view of a number: a float token with an integral
 * value (`1.0`, `2e3`) or an integer too long for a double. Any other token reads back exactly:
 * integral means int, anything else float. One pass over the text, strings skipped whole; only a
 * token that could be ambiguous (an exponent, 16 characters or more, a point and zeros) is
 * converted and looked at.
 */
function hasAmbiguousNumber(text) {
    const length = text.length;
    let i = 0;
    while (i < length) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            i = stringEnd(text, i + 1);
            continue;
        }
        if (c !== 0x2d && (c < 0x30 || c > 0x39)) {
            i++;
            continue;
        }
        const start = i++;
        let point = false;
        let exponent = false;
        for (; i < length; i++) {
            const d = text.charCodeAt(i);
            if (d >= 0x30 && d <= 0x39)
                continue;
            if (d === 0x2e)
                point = true;
            else if (d === 0x65 || d === 0x45)
                exponent = true;
            else if (!((d === 0x2b || d === 0x2d) && exponent))
                break;
        }
        if (!exponent && i - start < 16 && !(point && endsInPointZeros(text, start, i)))
            continue;
        const value = Number(text.slice(start, i));
        if (point || exponent ? Number.isInteger(value) : !Number.isSafeInteger(value))
            return true;
    }
    return false;
}
/**
 * The native parser's result with integral numbers as ints (bigint), as Python reads them. Only
 * what changes is written back: rewriting every float would box each one again.
 */
function intsAsBigInt(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? BigInt(value) : value;
    if (typeof value !== 'object' || value === null)
        return value;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (typeof item === 'object' ? item !== null : typeof item === 'number' && Number.isInteger(item))
                value[i] = intsAsBigInt(item);
        }
        return value;
    }
    const object = value;
    for (const key in object) {
        const item = object[key];
        if (typeof item === 'object' ? item !== null : typeof item === 'number' && Number.isInteger(item))
            object[key] = intsAsBigInt(item);
    }
    return value;
}
/** Python's json keeps the last of duplicate keys. */
const JSON_OPTIONS = { parseNumber: parseNumberLiteral, onDuplicateKey: ({ newValue }) => newValue };
/** Normalise what a parser returned into our Value model (dates become ISO strings). */
function normalise(raw) {
    if (raw === undefined)
        return null;
    if (raw instanceof Date)
        return raw.toISOString();
    if (Array.isArray(raw))
        return raw.map(normalise);
    if (typeof raw === 'object' && raw !== null) {
        const out = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .newRecord */ .Mx)();
        for (const [key, value] of Object.entries(raw))
            out[key] = normalise(value);
        return out;
    }
    return raw;
}
function describeParseError(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError || /Maximum call stack size exceeded/.test(message))
        return 'it is nested too deeply to read';
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(message.split('\n')[0].replace(/:$/, ''));
}
/** Deeper nesting than any metrics, params or options file needs; far below what overflows the stack. */
const MAX_YAML_DEPTH = 256;
/** Nodes a YAML file may expand to through aliases, beyond its own size: a billion laughs is refused. */
const MAX_YAML_NODES = 1_000_000;
/**
 * An upper bound of how deep YAML text nests, without parsing it (the parser itself recurses and
 * overflows the stack thousands of levels down): distinct indentation levels plus the `- ` / `? `
 * entries that open a collection on the same line, plus open flow brackets. The line of the first
 * place past the limit, or undefined.
 */
function lineTooDeep(text, limit) {
    const indents = [];
    let flow = 0;
    let line = 0;
    for (const raw of text.split('\n')) {
        line++;
        const body = raw.replace(/^ +/, '');
        if (body === '' || body.startsWith('#'))
            continue;
        const indent = raw.length - body.length;
        if (flow === 0) {
            while (indents.length > 0 && indents.at(-1) >= indent)
                indents.pop();
            indents.push(indent);
        }
        const entries = /^(?:[-?:](?:[ \t]+|$))*/.exec(body)[0].replace(/[^-?:]/g, '').length;
        const block = indents.length + entries;
        if (block > limit)
            return line;
        for (const char of body) {
            if (char === '[' || char === '{') {
                if (block + ++flow > limit)
                    return line;
            }
            else if ((char === ']' || char === '}') && flow > 0)
                flow--;
        }
    }
    return undefined;
}
/**
 * How many nodes the document becomes with every alias expanded (each anchor counted once). An
 * alias inside the value it names (`a: &a {b: *a}`) would make a value without end: refused.
 */
function expandedSize(document, text) {
    const sizes = new Map();
    const open = new Set();
    const size = (node) => {
        if (node === null || node === undefined || (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(node))
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        if (open.has(node))
            return 1;
        open.add(node);
        let count = 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isAlias)(node)) {
            const target = node.resolve(document);
            const line = node.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
            if (target === undefined)
                throw new Error(`the alias *${node.source}${line ? ` at line ${line}` : ''} names no anchor (&${node.source}) before it`);
            if (open.has(target)) {
                throw new Error(`the alias *${node.source}${line ? ` at line ${line}` : ''} is inside the value it names, which would never end`);
            }
            count = size(target);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isPair)(node))
            count = size(node.key) + size(node.value);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isCollection)(node))
            for (const item of node.items)
                count += size(item);
        open.delete(node);
        sizes.set(node, count);
        return count;
    };
    return size(document.contents);
}
/**
 * The one YAML reader (metrics and params files, dvc.yaml, mlops.yaml): YAML 1.2 core schema, as
 * ruamel.yaml (DVC's loader) reads it, ints as bigint; duplicate keys, unknown tags, directives
 * and warnings refused as ruamel refuses them; nesting and alias expansion bounded. Throws plain
 * errors; parseStructured names the file.
 */
function parseYamlText(text, { bigInts = true } = {}) {
    const deep = lineTooDeep(text, MAX_YAML_DEPTH);
    if (deep !== undefined)
        throw new Error(`nested more than ${MAX_YAML_DEPTH} levels deep at line ${deep}; flatten it`);
    const documents = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text, { intAsBigInt: bigInts, uniqueKeys: true, logLevel: 'silent', prettyErrors: true });
    // an empty stream is null, as an empty document is
    if (!Array.isArray(documents) || documents.length === 0)
        return null;
    if (documents.length > 1) {
        const second = documents[1].range[0];
        throw new Error(`holds ${documents.length} YAML documents (a second one starts at line ${text.slice(0, second).split('\n').length}); a metrics, params or options file is one document: remove the --- separator`);
    }
    const document = documents[0];
    const problem = document.errors[0] ?? document.warnings[0];
    if (problem)
        throw new Error(describeYamlProblem(problem, text));
    const limit = MAX_YAML_NODES + text.length;
    if (expandedSize(document, text) > limit)
        throw new Error('its aliases expand to more than a million values; write the values out or use fewer aliases');
    return document.toJS({ maxAliasCount: -1 });
}
/**
 * The same bounded, strict YAML reader for the tool's own configuration files (a canary analysis
 * file): plain JS numbers, errors in our words; throws a plain Error the caller names the file in.
 */
function parseConfigYaml(text) {
    return parseYamlText(text, { bigInts: false });
}
/** Throws when the text nests deeper than the YAML reader allows (a reader with its own rules, like the KFP IR's, checks this first). */
function checkYamlDepth(text) {
    const deep = lineTooDeep(text, MAX_YAML_DEPTH);
    if (deep !== undefined)
        throw new Error(`nested more than ${MAX_YAML_DEPTH} levels deep at line ${deep}; flatten it`);
}
/** The key a DUPLICATE_KEY error points at, quoted, read from its line (the parser gives only where it starts). */
function repeatedKey(problem, text) {
    const at = problem.linePos?.[0];
    const rest = at ? (text.split('\n')[at.line - 1] ?? '').slice(at.col - 1) : '';
    const key = /^(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^:]*?))\s*:(?:\s|$)/.exec(rest);
    const name = key ? (key[1] ?? key[2] ?? key[3] ?? '').slice(0, 80) : '';
    return name ? `the key '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(name)}'` : 'a key';
}
/** The parser's complaint in our words: what is wrong and where, never the library's code names. */
function describeYamlProblem(problem, text) {
    const where = problem.linePos ? ` at line ${problem.linePos[0].line}, column ${problem.linePos[0].col}` : '';
    const first = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    switch (problem.code) {
        case 'DUPLICATE_KEY':
            return `${repeatedKey(problem, text)} is repeated${where}; each key may appear once (the first value would be lost)`;
        case 'TAG_RESOLVE_FAILED':
            return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(first.replace(/^Unresolved tag/, 'unknown tag'))}${where}; only plain YAML values are read (no language-specific tags such as !!python/object)`;
        case 'BAD_DIRECTIVE':
            return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(first)}${where}; remove the %YAML directive or write %YAML 1.2`;
        default:
            return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(first)}${where}`;
    }
}
let tomlParser;
/** TOML is rare in ML projects: its parser loads when the first TOML file does, not at start-up. */
async function loadTomlParser() {
    tomlParser ??= (await __webpack_require__.e(/* import() */ 3292).then(__webpack_require__.bind(__webpack_require__, 3292))).parse;
}
/**
 * Parse JSON, YAML or TOML text (TOML after `loadTomlParser()`).
 * Throws UnreadableFileError naming the file and what is wrong.
 */
function parseStructured(text, format, path) {
    try {
        switch (format) {
            case 'json':
                // Fast and exact for the usual file; lossless-json where a token's text matters.
                if (!/NaN|Infinity/.test(text) && !hasAmbiguousNumber(text))
                    return intsAsBigInt(JSON.parse(text));
                if (!/NaN|Infinity/.test(text))
                    return (0,lossless_json__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, null, JSON_OPTIONS);
                return normalise(unmarkNonFinite((0,lossless_json__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(markNonFinite(text), null, JSON_OPTIONS)));
            case 'toml':
                if (!tomlParser)
                    throw new Error('the TOML parser is not loaded (call loadTomlParser first)');
                return normalise(tomlParser(text, { integersAsBigInt: true }));
            case 'yaml':
                return normalise(parseYamlText(text));
        }
    }
    catch (error) {
        throw new UnreadableFileError(path, `malformed ${format.toUpperCase()}: ${describeParseError(error)}`);
    }
}


/***/ }),

/***/ 3317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TextBuilder: () => (/* binding */ TextBuilder),
/* harmony export */   appendJson: () => (/* binding */ appendJson),
/* harmony export */   isPlainObject: () => (/* reexport safe */ _value_js__WEBPACK_IMPORTED_MODULE_0__.Qd),
/* harmony export */   jsonScalar: () => (/* binding */ jsonScalar),
/* harmony export */   jsonString: () => (/* binding */ jsonString),
/* harmony export */   pyFloatRepr: () => (/* binding */ pyFloatRepr),
/* harmony export */   pyFormatG: () => (/* binding */ pyFormatG),
/* harmony export */   pyJsonDumps: () => (/* binding */ pyJsonDumps),
/* harmony export */   pyRepr: () => (/* binding */ pyRepr),
/* harmony export */   pyRound: () => (/* binding */ pyRound),
/* harmony export */   pyStr: () => (/* binding */ pyStr)
/* harmony export */ });
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41048);
/**
 * Python's ways of printing numbers and values, because DVC prints through them:
 * `str(float)` (repr), `format(x, '.5g')` for `metrics diff`, `round(x, 5)` for `metrics show`,
 * `str(list)` for params, and `json.dumps` for `--json`. JS's own number printing differs
 * (`1` vs `1.0`, `1e-7` vs `1e-07`, ties rounded up instead of to even), so these are exact ports.
 */

function splitExponential(text) {
    const [mantissa, exponent] = text.split('e');
    return { digits: mantissa.replace('.', ''), exp: Number(exponent) };
}
/**
 * Whether `x` lies exactly halfway after `keep` significant digits. JS rounds such ties away
 * from zero; Python rounds them to even. 101 digits hold the exact value of any double a
 * metric is likely to be, so a run of zeros there means an exact tie.
 */
function tieAt(exact, keep) {
    return exact[keep] === '5' && /^0*$/.test(exact.slice(keep + 1));
}
/** `x` (positive, finite) rounded to `precision` significant digits, ties to even. */
function roundSignificant(x, precision) {
    const rounded = splitExponential(x.toExponential(precision - 1));
    const exact = splitExponential(x.toExponential(100));
    const truncated = exact.digits.slice(0, precision);
    if (tieAt(exact.digits, precision) && Number(truncated.at(-1)) % 2 === 0) {
        return { digits: truncated, exp: exact.exp };
    }
    return rounded;
}
function exponentSuffix(exp) {
    const sign = exp < 0 ? '-' : '+';
    return `e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
}
/** Fixed notation of digits × 10^exp with exactly `decimals` digits after the point. */
function fixed({ digits, exp }, decimals) {
    const pointAt = exp + 1;
    let whole;
    let fraction;
    if (pointAt <= 0) {
        whole = '0';
        fraction = '0'.repeat(-pointAt) + digits;
    }
    else {
        whole = digits.slice(0, pointAt).padEnd(pointAt, '0');
        fraction = digits.slice(pointAt);
    }
    fraction = fraction.padEnd(decimals, '0').slice(0, decimals);
    return decimals > 0 ? `${whole}.${fraction}` : whole;
}
function nonFinite(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (x === Infinity)
        return 'inf';
    if (x === -Infinity)
        return '-inf';
    return undefined;
}
function signOf(x) {
    return x < 0 || Object.is(x, -0) ? '-' : '';
}
/** Python's `repr(x)` / `str(x)` for a float: `1.0`, `0.1`, `1e-05`, `1e+16`, `nan`. */
function pyFloatRepr(x) {
    const special = nonFinite(x);
    if (special)
        return special;
    const sign = signOf(x);
    const magnitude = Math.abs(x);
    if (magnitude === 0)
        return `${sign}0.0`;
    // Where both print fixed notation (JS up to 1e21, Python up to 1e16) the shortest digits agree.
    if (magnitude >= 1e-4 && magnitude < 1e16) {
        const text = String(x);
        return text.includes('.') ? text : `${text}.0`;
    }
    // toExponential() with no argument gives the shortest digits that read back the same, like repr.
    const shortest = splitExponential(magnitude.toExponential());
    if (shortest.exp >= -4 && shortest.exp < 16) {
        const decimals = Math.max(1, shortest.digits.length - shortest.exp - 1);
        return sign + fixed(shortest, decimals);
    }
    const mantissa = shortest.digits.length > 1 ? `${shortest.digits[0]}.${shortest.digits.slice(1)}` : shortest.digits;
    return sign + mantissa + exponentSuffix(shortest.exp);
}
/** Python's `format(x, f'.{precision}g')` for a float. */
function pyFormatG(x, precision) {
    const special = nonFinite(x);
    if (special)
        return special;
    const p = precision === 0 ? 1 : precision;
    const sign = signOf(x);
    const magnitude = Math.abs(x);
    if (magnitude === 0)
        return `${sign}0`;
    const rounded = roundSignificant(magnitude, p);
    if (rounded.exp >= -4 && rounded.exp < p) {
        const text = fixed(rounded, p - 1 - rounded.exp);
        return sign + (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);
    }
    const rest = rounded.digits.slice(1).replace(/0+$/, '');
    return sign + rounded.digits[0] + (rest ? `.${rest}` : '') + exponentSuffix(rounded.exp);
}
/** The exact decimal digits of a finite double: digits with the point after `point` of them. */
function exactDecimal(magnitude) {
    // Doubles of 2^53 and more are integers, which BigInt prints exactly; below, toFixed(100) is exact.
    if (magnitude >= 2 ** 53) {
        const digits = BigInt(magnitude).toString();
        return { digits, point: digits.length };
    }
    const [whole, fraction] = magnitude.toFixed(100).split('.');
    return { digits: whole + fraction, point: whole.length };
}
/** Python's `round(x, ndigits)` for a float (correctly rounded, ties to even, ndigits may be negative). */
function pyRound(x, ndigits) {
    if (!Number.isFinite(x))
        return x;
    const magnitude = Math.abs(x);
    // Fast path: JS and Python both round the exact value and differ only at exact ties; in this
    // range an exact tie at ndigits+1 places prints (shortest digits) as exactly that, ending in 5.
    if (ndigits >= 0 && ndigits <= 100 && magnitude >= 1e-6 && magnitude < 1e9) {
        const fraction = String(magnitude).split('.')[1] ?? '';
        if (fraction.length <= ndigits)
            return x;
        if (!(fraction.length === ndigits + 1 && fraction.endsWith('5'))) {
            const rounded = Number(magnitude.toFixed(ndigits));
            return x < 0 ? -rounded : rounded;
        }
    }
    const { digits, point } = exactDecimal(magnitude);
    const keep = point + ndigits;
    if (keep >= digits.length)
        return x;
    let kept = keep > 0 ? digits.slice(0, keep) : '0';
    const next = keep >= 0 ? digits[keep] : '0';
    const rest = keep >= 0 ? digits.slice(keep + 1) : '';
    const tie = next === '5' && /^0*$/.test(rest);
    const up = next > '5' || (next === '5' && !tie) || (tie && Number(kept.at(-1)) % 2 === 1);
    if (up && keep >= 0)
        kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
    // kept holds the digits up to 10^-ndigits; put the point (or the zeros) back.
    const value = ndigits >= 0 ? Number(`${kept.slice(0, kept.length - ndigits) || '0'}.${kept.slice(kept.length - ndigits) || '0'}`) : Number(kept + '0'.repeat(-ndigits));
    return x < 0 || Object.is(x, -0) ? -value : value;
}
function pyStringRepr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += `\\${quote}`;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else
            out += ch;
    }
    return out + quote;
}
/** Python's `repr(value)`: how a value nested in a list or dict is printed. */
function pyRepr(value) {
    if (value === null)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'number')
        return pyFloatRepr(value);
    if (typeof value === 'string')
        return pyStringRepr(value);
    if (Array.isArray(value))
        return `[${value.map(pyRepr).join(', ')}]`;
    return `{${Object.entries(value).map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
}
/** Python's `str(value)`: strings as they are, everything else as its repr. */
function pyStr(value) {
    return typeof value === 'string' ? value : pyRepr(value);
}
/** Printable ASCII without `"` and `\\`: a string json.dumps prints as it is, between quotes. */
const PLAIN_JSON_STRING = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function jsonString(text) {
    if (PLAIN_JSON_STRING.test(text))
        return `"${text}"`;
    let out = '"';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const code = text.charCodeAt(i);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\b')
            out += '\\b';
        else if (ch === '\f')
            out += '\\f';
        // ensure_ascii: everything outside ASCII as \uXXXX (UTF-16 units, so astral chars become pairs)
        else if (code < 0x20 || code > 0x7e)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return `${out}"`;
}
/** A scalar as json.dumps prints it; undefined for a list or dict. */
function jsonScalar(value) {
    if (value === undefined || value === null)
        return 'null';
    switch (typeof value) {
        case 'number':
            if (Number.isNaN(value))
                return 'NaN';
            if (!Number.isFinite(value))
                return value > 0 ? 'Infinity' : '-Infinity';
            return pyFloatRepr(value);
        case 'string':
            return jsonString(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'bigint':
            return value.toString();
        default:
            return undefined;
    }
}
/**
 * ASCII text built piece by piece, for output that can run to hundreds of megabytes (a
 * million-key diff): pieces are joined into a short string, copied into 1 MiB buffers every
 * 16 KiB (so no long chain of joined strings is kept for the garbage collector, and a buffer is
 * written to a few times, not once a piece), and turned into text once. Only for text that is
 * ASCII by construction (json.dumps' ensure_ascii output): other characters would not survive.
 */
class TextBuilder {
    chunks = [];
    buffer = Buffer.allocUnsafe(1 << 20);
    used = 0;
    pending = '';
    add(text) {
        this.pending += text;
        if (this.pending.length > 16384)
            this.flush();
    }
    flush() {
        const text = this.pending;
        this.pending = '';
        if (this.used + text.length > this.buffer.length) {
            this.chunks.push(this.buffer.subarray(0, this.used));
            this.buffer = Buffer.allocUnsafe(Math.max(1 << 20, text.length));
            this.used = 0;
        }
        this.used += this.buffer.write(text, this.used, 'latin1');
    }
    finish() {
        this.flush();
        this.chunks.push(this.buffer.subarray(0, this.used));
        this.buffer = Buffer.allocUnsafe(0);
        this.used = 0;
    }
    /**
     * The text as strings of up to 1 MiB, for writing out one after another: a million-key diff
     * is never one string (nor one more buffer) beside the buffers it was written into.
     */
    *pieces() {
        this.finish();
        while (this.chunks.length > 0)
            yield this.chunks.shift().toString('latin1');
    }
    toString() {
        this.finish();
        const text = Buffer.concat(this.chunks).toString('latin1');
        this.chunks.length = 0;
        return text;
    }
}
/** Appends `value` as Python's `json.dumps(value, indent=indent)` prints it at nesting `level`. */
function appendJson(out, value, indent, level = 0) {
    const scalar = jsonScalar(value);
    if (scalar !== undefined)
        return out.add(scalar);
    const list = Array.isArray(value);
    const keys = list ? undefined : Object.keys(value);
    const length = list ? value.length : keys.length;
    const [open, close] = list ? ['[', ']'] : ['{', '}'];
    if (length === 0)
        return out.add(open + close);
    const separator = indent === undefined ? ', ' : `,\n${' '.repeat(indent * (level + 1))}`;
    out.add(indent === undefined ? open : `${open}\n${' '.repeat(indent * (level + 1))}`);
    for (let i = 0; i < length; i++) {
        if (i > 0)
            out.add(separator);
        if (list) {
            appendJson(out, value[i], indent, level + 1);
        }
        else {
            const key = keys[i];
            out.add(`${jsonString(key)}: `);
            appendJson(out, value[key], indent, level + 1);
        }
    }
    out.add(indent === undefined ? close : `\n${' '.repeat(indent * level)}${close}`);
}
/** Python's `json.dumps(value, indent=indent)` with its defaults (ensure_ascii, NaN allowed). */
function pyJsonDumps(value, indent) {
    const scalar = jsonScalar(value);
    if (scalar !== undefined)
        return scalar;
    const out = new TextBuilder();
    appendJson(out, value, indent);
    return out.toString();
}



/***/ }),

/***/ 80523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ plainTable),
/* harmony export */   w: () => (/* binding */ githubTable)
/* harmony export */ });
/**
 * The two table layouts DVC prints through python-tabulate with `disable_numparse=True`:
 * "plain" (columns split by two spaces) and "github" (markdown with `|`). Every cell is left
 * aligned text, and each column is at least its header plus tabulate's MIN_PADDING of 2 wide.
 */
const MIN_PADDING = 2;
const SURROGATE = /[\uD800-\uDFFF]/;
/** Width as tabulate measures it without wcwidth: code points (UTF-16 units unless a pair is there). */
const width = (text) => (SURROGATE.test(text) ? [...text].length : text.length);
const pad = (text, size) => {
    const missing = size - width(text);
    return missing > 0 ? text + ' '.repeat(missing) : text;
};
/** tabulate strips every cell (PRESERVE_WHITESPACE is off). */
function stripped(rows) {
    return rows.map((row) => row.map((cell) => cell.trim()));
}
function columnWidths(headers, rows) {
    const widths = headers.map((header) => width(header) + MIN_PADDING);
    for (const row of rows) {
        for (let i = 0; i < row.length; i++) {
            const cell = width(row[i]);
            if (cell > (widths[i] ?? 0))
                widths[i] = cell;
        }
    }
    return widths;
}
/** tabulate(..., tablefmt="plain"). No rows prints nothing, as DVC's `ui.table` does. */
function plainTable(headers, rawRows) {
    if (rawRows.length === 0)
        return '';
    const rows = stripped(rawRows);
    const widths = columnWidths(headers, rows);
    // tabulate's _build_simple_row right-trims each line
    const line = (cells) => cells.map((cell, i) => pad(cell, widths[i])).join('  ').trimEnd();
    return [line(headers), ...rows.map(line)].join('\n');
}
/** tabulate(..., tablefmt="github"): a header row, a dashed rule, the rows. */
function githubTable(headers, rawRows) {
    const rows = stripped(rawRows);
    const widths = columnWidths(headers, rows);
    const line = (cells) => `| ${cells.map((cell, i) => pad(cell, widths[i])).join(' | ')} |`;
    const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
    return [line(headers), rule, ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 79671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q8: () => (/* binding */ findTargets),
/* harmony export */   qb: () => (/* binding */ normalisePath)
/* harmony export */ });
/* unused harmony exports DEFAULT_PARAMS_FILE, DEFAULT_METRICS_FILE, checkDvcYamlTypes, targetsFromDvcYaml */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42226);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79341);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41048);
/**
 * Which files hold the metrics and params, at one revision: the `--targets` given, else what the
 * project's dvc.yaml files declare (stage `metrics:`/`params:`, top-level `metrics:`/`params:`),
 * else `metrics.json` / `params.yaml` when they exist. Every dvc.yaml of the project counts, each
 * read at the same revision, as DVC reads the repository as it was; paths in one are relative to
 * its own folder and come out relative to the folder the command runs in, as DVC prints them.
 */





const DEFAULT_PARAMS_FILE = 'params.yaml';
const DEFAULT_METRICS_FILE = 'metrics.json';
/** A path as DVC names it: relative, with forward slashes and no `./`. */
function normalisePath(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
}
/** `- metrics.json` or `- metrics.json: {cache: false}`: the path of one output entry. */
function outputPaths(entries) {
    if (!Array.isArray(entries))
        return [];
    return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : (0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(entry) ? Object.keys(entry) : []));
}
function paramsEntries(entries, wdir) {
    if (!Array.isArray(entries))
        return [];
    const targets = [];
    for (const entry of entries) {
        if (typeof entry === 'string') {
            targets.push({ path: normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(wdir, DEFAULT_PARAMS_FILE)), keys: [entry] });
        }
        else if ((0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(entry)) {
            for (const [file, keys] of Object.entries(entry)) {
                const path = normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(wdir, file));
                // `- custom.yaml:` with no keys (or []) tracks the whole file
                targets.push(Array.isArray(keys) && keys.length > 0 ? { path, keys: keys.map(String) } : { path });
            }
        }
    }
    return targets;
}
/** Merge entries for the same file: a whole-file entry wins over key lists. */
function mergeParams(targets) {
    const merged = new Map();
    for (const target of targets) {
        const seen = merged.get(target.path);
        if (!seen)
            merged.set(target.path, target.keys ? { path: target.path, keys: [...target.keys] } : { path: target.path });
        else if (!seen.keys || !target.keys)
            merged.set(target.path, { path: target.path });
        else
            seen.keys.push(...target.keys.filter((key) => !seen.keys.includes(key)));
    }
    return [...merged.values()];
}
/** The key paths a stage interpolates, `${train.lr}` → `train.lr` (indexes like `[0]` cut off). */
function interpolatedKeys(node, into) {
    if (typeof node === 'string') {
        for (const match of node.matchAll(/\$\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)/g))
            into.add(match[1]);
    }
    else if (Array.isArray(node)) {
        for (const item of node)
            interpolatedKeys(item, into);
    }
    else if ((0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(node)) {
        for (const [key, item] of Object.entries(node)) {
            interpolatedKeys(key, into);
            interpolatedKeys(item, into);
        }
    }
}
/**
 * `vars:` files with the keys stages interpolate from them: DVC's `tracked_vars`, which
 * `params diff` shows too. Approximation: every `${...}` of every stage is looked up in every
 * vars file (keys a file lacks select nothing), and a foreach over `${x}` tracks all of `x`.
 */
function varsTargets(files, keys) {
    if (keys.size === 0)
        return [];
    const seen = new Set();
    const targets = [];
    for (const { path, only } of files) {
        if (seen.has(path))
            continue;
        seen.add(path);
        // `file.yaml:a,b` imports only those keys
        const wanted = [...keys].filter((key) => !only || only.some((name) => name.split('.')[0] === key.split('.')[0]));
        if (wanted.length > 0)
            targets.push({ path, keys: wanted });
    }
    return targets;
}
function varsFiles(entries, wdir) {
    if (!Array.isArray(entries))
        return [];
    // strings are files (`file.yaml` or `file.yaml:key1,key2`); dicts are inline values
    return entries.flatMap((entry) => {
        if (typeof entry !== 'string')
            return [];
        const [file, only] = entry.split(':');
        const path = normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(wdir, file));
        return [only ? { path, only: only.split(',').map((key) => key.trim()) } : { path }];
    });
}
function typeName(value) {
    if (value === null)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(value))
        return 'a mapping';
    return typeof value === 'string' ? 'text' : typeof value === 'boolean' ? 'true/false' : 'a number';
}
/**
 * The parts of a dvc.yaml this tool reads must have DVC's types; DVC refuses the file otherwise,
 * and skipping a `metrics: eval.json` (text, not a list) would silently read no metrics at all.
 */
function checkDvcYamlTypes(dvcYaml, file) {
    const fail = (where, expected, value) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`${file}: '${where}' must be ${expected}, not ${typeName(value)}.`, { hint: 'See https://dvc.org/doc/user-guide/project-structure/dvcyaml-files.' });
    };
    if (dvcYaml === null)
        return;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(dvcYaml))
        fail('(the file)', 'a mapping (stages:, metrics:, params:…)', dvcYaml);
    const object = dvcYaml;
    const lists = (node, prefix) => {
        for (const key of ['metrics', 'params', 'vars']) {
            if (key in node && node[key] !== null && !Array.isArray(node[key]))
                fail(`${prefix}${key}`, 'a list', node[key]);
        }
    };
    lists(object, '');
    if (!('stages' in object) || object.stages === null)
        return;
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(object.stages))
        fail('stages', 'a mapping of stage names to stages', object.stages);
    for (const [name, stage] of Object.entries(object.stages)) {
        if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(stage))
            fail(`stages.${name}`, 'a mapping (cmd:, deps:, outs:…)', stage);
        const body = (0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(stage.do) ? stage.do : stage;
        const prefix = body === stage ? `stages.${name}.` : `stages.${name}.do.`;
        lists(body, prefix);
        if ('wdir' in body && typeof body.wdir !== 'string')
            fail(`${prefix}wdir`, 'text (a folder)', body.wdir);
    }
}
/** The metrics and params a dvc.yaml in `folder` declares, with paths relative to the project root. */
function targetsFromDvcYaml(dvcYaml, folder = '.') {
    const declared = { stageMetrics: [], topLevelMetrics: [], params: [], topLevelParams: [], vars: [] };
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(dvcYaml))
        return declared;
    const inFolder = (path) => normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, path));
    if (Array.isArray(dvcYaml.params)) {
        for (const entry of dvcYaml.params)
            if (typeof entry === 'string')
                declared.topLevelParams.push(inFolder(entry));
    }
    // the default vars file is the params.yaml next to the dvc.yaml
    const vars = [{ path: inFolder(DEFAULT_PARAMS_FILE) }, ...varsFiles(dvcYaml.vars, folder)];
    const interpolated = new Set();
    const stages = (0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(dvcYaml.stages) ? dvcYaml.stages : {};
    for (const stage of Object.values(stages)) {
        if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(stage))
            continue;
        interpolatedKeys(stage, interpolated);
        // foreach/matrix stages keep their definition under `do`
        const body = (0,_value_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(stage.do) ? stage.do : stage;
        const wdir = inFolder(typeof body.wdir === 'string' ? body.wdir : '.');
        declared.stageMetrics.push(...outputPaths(body.metrics).map((path) => normalisePath(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(wdir, path))));
        declared.params.push(...paramsEntries(body.params, wdir));
        vars.push(...varsFiles(body.vars, wdir));
    }
    declared.topLevelMetrics.push(...outputPaths(dvcYaml.metrics).map(inFolder));
    declared.vars = varsTargets(vars, interpolated);
    return declared;
}
/** All dvc.yaml files together, paths as the command's folder sees them. */
function combine(all, project) {
    const shown = (path) => (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, path);
    const shownTargets = (targets) => mergeParams(targets.map((target) => ({ ...target, path: shown(target.path) })));
    const metrics = all.flatMap((one) => one.stageMetrics).concat(all.flatMap((one) => one.topLevelMetrics)).map(shown);
    return {
        metrics: [...new Set(metrics)],
        params: shownTargets(all.flatMap((one) => one.params)),
        topLevelParams: [...new Set(all.flatMap((one) => one.topLevelParams).map(shown))],
        vars: shownTargets(all.flatMap((one) => one.vars)),
    };
}
async function exists(revision, path, options) {
    try {
        return (await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(revision, path, options)) !== undefined;
    }
    catch {
        return true; // there, but unreadable: the caller reports it
    }
}
/** The targets at one revision. `explicit` (from --targets) wins; params `--targets` are whole files. */
async function findTargets(revision, options, explicit, memo) {
    if (explicit && explicit.length > 0) {
        // an absolute path names the same file as its path from here (`--targets $PWD/metrics.json`)
        const paths = explicit.map((path) => normalisePath((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(options.cwd, path) || '.' : path));
        return { metrics: paths, params: paths.map((path) => ({ path })), topLevelParams: [], vars: [], defaultParams: DEFAULT_PARAMS_FILE, source: 'targets' };
    }
    const project = await (memo ? memo.project(options.cwd) : (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .findProject */ .t1)(options.cwd));
    const declared = [];
    for (const file of await (memo ? memo.dvcYamlFiles(revision, project) : (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .dvcYamlFiles */ .Qg)(revision, project))) {
        // listed but gone from the workspace: nothing to read
        const dvcYaml = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadFile */ .ZN)(revision, (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, file), options);
        if (dvcYaml === undefined)
            continue;
        checkDvcYamlTypes(dvcYaml, (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, file));
        declared.push(targetsFromDvcYaml(dvcYaml, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file)));
    }
    const defaultParams = (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, DEFAULT_PARAMS_FILE);
    if (declared.length > 0)
        return { ...combine(declared, project), defaultParams, source: 'dvc.yaml' };
    const defaultMetrics = (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(project, DEFAULT_METRICS_FILE);
    return {
        metrics: (await exists(revision, defaultMetrics, options)) ? [defaultMetrics] : [],
        // params.yaml itself is added whole by the caller, as DVC does with or without dvc.yaml
        params: [],
        topLevelParams: [],
        vars: [],
        defaultParams,
        source: 'defaults',
    };
}


/***/ }),

/***/ 41048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ newRecord),
/* harmony export */   PU: () => (/* binding */ pyEquals),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   SP: () => (/* binding */ toFloat),
/* harmony export */   XI: () => (/* binding */ isPyNumber),
/* harmony export */   ix: () => (/* binding */ pySubtract)
/* harmony export */ });
/**
 * An empty mapping for keys that come from input files: no prototype, so a key such as
 * `__proto__` or `constructor` is a key like any other, never an inherited value or a setter.
 */
function newRecord() {
    return Object.create(null);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `isinstance(v, (int, float))` in Python: true for bools too. */
function isPyNumber(value) {
    return typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean';
}
/** Python's `new - old` for two numbers: int − int stays int, anything with a float is a float. */
function pySubtract(a, b) {
    const ai = typeof a === 'boolean' ? BigInt(a) : a;
    const bi = typeof b === 'boolean' ? BigInt(b) : b;
    if (typeof ai === 'bigint' && typeof bi === 'bigint')
        return ai - bi;
    return Number(ai) - Number(bi);
}
/** A number as a JS float, for arithmetic that leaves DVC's outputs (percentages, gates, charts). */
function toFloat(value) {
    if (typeof value === 'bigint' || typeof value === 'number')
        return Number(value);
    return undefined;
}
/** Python's `==` for the values DVC compares (1 == 1.0 is True, True == 1 is True). */
function pyEquals(a, b) {
    // two floats, nearly every metric: IEEE equality is Python's (nan != nan, -0.0 == 0.0)
    if (typeof a === 'number' && typeof b === 'number')
        return a === b;
    if (a === undefined || b === undefined)
        return a === b;
    if (isPyNumber(a) && isPyNumber(b)) {
        const an = typeof a === 'boolean' ? BigInt(a) : a;
        const bn = typeof b === 'boolean' ? BigInt(b) : b;
        if (typeof an === 'bigint' && typeof bn === 'bigint')
            return an === bn;
        // bigint == number compares exact values, as Python's int == float does
        return an == bn;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => pyEquals(item, b[i]));
    }
    if (isPlainObject(a) || isPlainObject(b)) {
        if (!isPlainObject(a) || !isPlainObject(b))
            return false;
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((key) => key in b && pyEquals(a[key], b[key]));
    }
    return a === b;
}


/***/ }),

/***/ 56823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConsoleLogger: () => (/* binding */ ConsoleLogger)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);

/** Workflow commands must not carry raw newlines or `%` (they would end or corrupt the command). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
class ConsoleLogger {
    sink;
    github;
    constructor(sink, github) {
        this.sink = sink;
        this.github = github;
    }
    info(message) {
        this.sink.stdout(`${message}\n`);
    }
    warning(message) {
        this.sink.stderr(this.github ? `::warning::${escapeData(message)}\n` : `WARNING: ${message}\n`);
    }
    error(message) {
        this.sink.stderr(this.github ? `::error::${escapeData(message)}\n` : `ERROR: ${message}\n`);
    }
    async group(name, fn) {
        const started = performance.now();
        this.sink.stdout(this.github ? `::group::${name}\n` : `▶ ${name}\n`);
        let failed = true;
        try {
            const result = await fn();
            failed = false;
            return result;
        }
        finally {
            const took = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(performance.now() - started);
            if (this.github)
                this.sink.stdout(`::endgroup::\n${name}: ${failed ? 'failed' : 'done'} in ${took}\n`);
            else
                this.sink.stdout(`${failed ? '✘' : '✔'} ${name} (${took})\n\n`);
        }
    }
    output(chunk, stream) {
        const text = chunk.toString('utf8');
        if (stream === 'stdout')
            this.sink.stdout(text);
        else
            this.sink.stderr(text);
    }
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* harmony import */ var _metrics_dvc_verbs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74189);
/** How numbers look in the report: the same rounding as the DVC tables, plus signed percentages. */

function formatValue(value, precision) {
    return (0,_metrics_dvc_verbs_js__WEBPACK_IMPORTED_MODULE_0__.formatField)(value, precision);
}
function formatPercent(percent) {
    if (percent === undefined || !Number.isFinite(percent))
        return '';
    const rounded = Math.abs(percent) < 0.005 ? 0 : percent;
    const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
    return `${sign}${Math.abs(rounded).toFixed(2)}%`;
}
function formatSeconds(ms) {
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
/** A table cell: pipes would split the cell, newlines would end the row. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Inline code that survives backticks in the text. */
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`;
}


/***/ })

};
