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
  TOP_LEVEL_VERBS: () => (/* binding */ TOP_LEVEL_VERBS),
  buildProgram: () => (/* binding */ buildProgram),
  runCli: () => (/* binding */ runCli),
  verbNamed: () => (/* binding */ verbNamed)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/cli/comment.ts
/**
 * `mlops comment create|update <file>`: publish any markdown as the sticky comment, like
 * `cml comment create` / `cml comment update` (`--target`, `--watermark-title` as the report id),
 * and CML's older `send-comment`. The token is CML's: `--token` first, then the environment in
 * CML's order (REPO_TOKEN, repo_token, then GITHUB_TOKEN), which keeps it out of shell history.
 * CML's other flags are read as CML reads them (src/cli/comment-cml-flags.ts).
 *
 * `update` is CML's: the newest report comment with the same watermark is updated, one is created
 * when there is none. `create` is sticky too (CML's posts a new comment each time): one report per
 * watermark title and thread is the rule here, so a CML script that runs on every push leaves one.
 *
 * Local images are published the way a private repository can show them, never to a third
 * party (`--publish`, on by default as in CML; `--no-publish` posts the text as it is): committed
 * ones link to their blob at the commit, the others go to the `mlops-assets` branch through
 * `origin` (src/report/images.ts).
 */

/** CML's hidden and global flags, kept out of the help text as CML keeps them (src/cli/comment-cml-flags.ts reads them). */
const cmlOnly = (flags, description) => new esm/* Option */.c$(flags, description).hideHelp();
const definedOnly = (record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
function addCommentCommand(program, io, cwdOf, verbs = { comment: true, sendComment: true }) {
    const define = (command, verb, deprecated) => {
        command
            .argument('<markdown-file>', 'the report to publish')
            .option('--target <target>', 'pr (this run\'s pull request), pr/<n>, commit, commit/<sha> or issue/<n> (default: pr if there is one, else commit)')
            .option('--watermark-title <id>', 'key of the sticky comment, so one thread can carry several reports; {workflow} and {run} become the workflow and the run id, as in CML', 'default')
            .option('--repo <owner/name>', 'repository, or its URL (default: GITHUB_REPOSITORY)')
            .option('--publish', 'show local images: committed ones from their commit, the others from the mlops-assets branch (default)')
            .option('--no-publish', 'post the markdown as it is, local image paths included')
            .option('--token <token>', 'a token that may write comments (default: REPO_TOKEN, then GITHUB_TOKEN, as CML reads them; the environment keeps it out of shell history)')
            .addOption(cmlOnly('--driver-token <token>', "CML's name for --token"))
            .addOption(cmlOnly('--driver <name>', "CML's git provider: github"))
            .addOption(new esm/* Option */.c$('--log <level>', "CML's logging verbosity").choices(['error', 'warn', 'info', 'debug']).hideHelp())
            .addOption(cmlOnly('--pr', "CML's older --target pr"))
            .addOption(cmlOnly('--commit-sha <sha>', "CML's older --target commit/<sha>"))
            .addOption(cmlOnly('--head-sha <sha>', "CML's name for --commit-sha"))
            .addOption(cmlOnly('--update', "CML's older `comment update`"))
            .addOption(cmlOnly('--native', 'CML: not available on GitHub, so no effect'))
            .addOption(cmlOnly('--publish-native', 'CML: not available on GitHub, so no effect'))
            .addOption(cmlOnly('--publish-url <url>', "CML's image server: not used (images stay in this repository)"))
            .addOption(cmlOnly('--watch', "CML's watcher: refused"))
            .addOption(cmlOnly('--trigger-file <file>', "CML's watcher: refused"))
            .addOption(cmlOnly('--rm-watermark', "CML's comment without a marker: refused"))
            .action(async (file, flags) => {
            if (deprecated)
                io.stderr(`WARNING: ${deprecated}\n`);
            // CML's global options may come before the verb (`cml --driver github comment create`); the verb's own win
            const { driver, token, driverToken, repo } = program.opts();
            const { publishComment } = await Promise.all(/* import() */[__webpack_require__.e(1243), __webpack_require__.e(5658), __webpack_require__.e(1233)]).then(__webpack_require__.bind(__webpack_require__, 81233));
            await publishComment(verb, file, { ...definedOnly({ driver, token, driverToken, repo }), ...flags }, io, cwdOf);
        });
    };
    for (const option of [cmlOnly('--driver <name>', "CML's git provider: github"), cmlOnly('--token <token>', "CML's token"), cmlOnly('--driver-token <token>', "CML's token"), cmlOnly('--repo <url-or-slug>', "CML's repository")])
        program.addOption(option);
    if (verbs.comment) {
        const comment = program.command('comment').description('publish a markdown report as a sticky comment (like `cml comment create`)');
        define(comment.command('create').description('create or update the one comment keyed by --watermark-title on a pull request, commit or issue'), 'create');
        define(comment.command('update').description('update the newest comment keyed by --watermark-title (create one if there is none), like `cml comment update`'), 'update');
    }
    // CML's name before 0.18, which CML still runs (with a notice): older report scripts call it
    // (hidden from the help, as CML hides it)
    if (verbs.sendComment)
        define(program.command('send-comment', { hidden: true }).description("CML's older name for `comment create`"), 'create', '`send-comment` is CML\'s older name: use `mlops comment create`.');
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
        const { runHistory } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(4189), __webpack_require__.e(3626)]).then(__webpack_require__.bind(__webpack_require__, 33626));
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
        const { readConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660));
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
    const platform = async (flags) => (await Promise.all(/* import() */[__webpack_require__.e(1243), __webpack_require__.e(9747)]).then(__webpack_require__.bind(__webpack_require__, 69747))).terminalPlatform({ event: 'manual', cwd: cwdOf(), env: io.env, logger: logger(), options: await layers(flags), flags: IMAGE_FLAGS });
    common(image.command('meta').description('print the tags and labels for this commit (like docker/metadata-action)'))
        .option('--json', 'print {"version", "tags", "labels", "annotations"} as JSON (metadata-action\'s json output, with the version)')
        .action(async (flags) => {
        const [{ buildRunOptionsWith }, { workspaceRows }, { metaJson }, { pyJsonDumps }, { terminalImageEvent }, { imageMeta }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397)]).then(__webpack_require__.bind(__webpack_require__, 17397)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(7679)]).then(__webpack_require__.bind(__webpack_require__, 97679)), __webpack_require__.e(/* import() */ 7971).then(__webpack_require__.bind(__webpack_require__, 37971)), __webpack_require__.e(/* import() */ 3317).then(__webpack_require__.bind(__webpack_require__, 3317)), Promise.all(/* import() */[__webpack_require__.e(1243), __webpack_require__.e(9747)]).then(__webpack_require__.bind(__webpack_require__, 69747)), Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(7826), __webpack_require__.e(9092), __webpack_require__.e(995), __webpack_require__.e(7666)]).then(__webpack_require__.bind(__webpack_require__, 20995)),
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
        const [{ imageStage }, { pyJsonDumps }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(6834), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533), __webpack_require__.e(8628)]).then(__webpack_require__.bind(__webpack_require__, 38628)), __webpack_require__.e(/* import() */ 3317).then(__webpack_require__.bind(__webpack_require__, 3317))]);
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
        const [{ readConfigFile }, { buildRunOptionsWith }, { preflight }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397)]).then(__webpack_require__.bind(__webpack_require__, 17397)), __webpack_require__.e(/* import() */ 4504).then(__webpack_require__.bind(__webpack_require__, 4504))]);
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
        const [{ inferenceService }, { manifestInputOf }, { stringify }] = await Promise.all([__webpack_require__.e(/* import() */ 6995).then(__webpack_require__.bind(__webpack_require__, 16995)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(5262)]).then(__webpack_require__.bind(__webpack_require__, 7653)), __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19))]);
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
        const [{ readConfigFile }, { terminalPlatform }, { promoteStage }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660)), Promise.all(/* import() */[__webpack_require__.e(1243), __webpack_require__.e(9747)]).then(__webpack_require__.bind(__webpack_require__, 69747)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(6834), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533), __webpack_require__.e(8628)]).then(__webpack_require__.bind(__webpack_require__, 38628))]);
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
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 56823)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(2402)]).then(__webpack_require__.bind(__webpack_require__, 72402)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(8838)]).then(__webpack_require__.bind(__webpack_require__, 18838)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(4844)]).then(__webpack_require__.bind(__webpack_require__, 64844)),
            __webpack_require__.e(/* import() */ 8807).then(__webpack_require__.bind(__webpack_require__, 58807)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(9736)]).then(__webpack_require__.bind(__webpack_require__, 9736)), __webpack_require__.e(/* import() */ 8199).then(__webpack_require__.bind(__webpack_require__, 88199)), __webpack_require__.e(/* import() */ 8368).then(__webpack_require__.bind(__webpack_require__, 78368)),
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
        const [{ kubeClientFrom }, { rollback }] = await Promise.all([__webpack_require__.e(/* import() */ 8199).then(__webpack_require__.bind(__webpack_require__, 88199)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(2400)]).then(__webpack_require__.bind(__webpack_require__, 16834))]);
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
        const { plotsShow } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(3383), __webpack_require__.e(2176), __webpack_require__.e(6773)]).then(__webpack_require__.bind(__webpack_require__, 66388));
        print(await plotsShow(input(flags, targets)));
    });
    common(plots
        .command('diff')
        .description('the plots at several revisions, overlaid (like `dvc plots diff`)')
        .argument('[revisions...]', 'git revisions ("workspace" is the working tree; default: the workspace, and HEAD when a tracked file changed)')
        .option('--targets <paths...>', 'plot ids or data files (default: every plot of every dvc.yaml)')).action(async (revisions, flags) => {
        const { plotsDiff } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(3383), __webpack_require__.e(2176), __webpack_require__.e(6773)]).then(__webpack_require__.bind(__webpack_require__, 66388));
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
        const { runStep } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(6834), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533), __webpack_require__.e(3150)]).then(__webpack_require__.bind(__webpack_require__, 23150));
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
    const { parseRowSelector } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(3577)]).then(__webpack_require__.bind(__webpack_require__, 13577));
    return parseRowSelector(value);
}
/**
 * Each verb loads what it runs when it runs: `mlops metrics diff` should start about as fast as
 * node itself, not parse the Kubernetes client, octokit and vega first.
 */
const dvcVerbs = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(4189)]).then(__webpack_require__.bind(__webpack_require__, 74189));
const program_collect = (value, previous = []) => [...previous, value];
/** The verbs at the top of `mlops`: a command line that names one builds only that one. */
const TOP_LEVEL_VERBS = ['metrics', 'params', 'train', 'run', 'report', 'comment', 'send-comment', 'image', 'kserve', 'plots', 'step'];
/**
 * The verb a command line names (its first word after the program's own options), when it is one
 * of ours: `mlops metrics diff` then defines only `metrics` (a few ms of start-up), while help, a
 * typo or no verb at all get the whole program, its listing and its suggestions.
 */
function verbNamed(argv) {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--cd')
            i++;
        else if (!arg.startsWith('--cd='))
            return arg.startsWith('-') ? undefined : TOP_LEVEL_VERBS.includes(arg) ? arg : undefined;
    }
    return undefined;
}
/** The program with every verb, or with `only` that one (see verbNamed). */
function buildProgram(io, only) {
    const wanted = (verb) => only === undefined || only === verb;
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
    if (wanted('metrics')) {
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
    }
    if (wanted('params')) {
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
    }
    /** A terminal platform for a verb: its flags' spellings, mlops.yaml and flag layers, the event. */
    const terminal = async (layers, flags, event = 'manual') => {
        const { terminalPlatform } = await Promise.all(/* import() */[__webpack_require__.e(1243), __webpack_require__.e(9747)]).then(__webpack_require__.bind(__webpack_require__, 69747));
        return terminalPlatform({ event, cwd: cwdOf(), env: io.env, logger: logger(), options: layers, flags });
    };
    if (wanted('train')) {
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
            const { readConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660));
            const layers = flags.kfp ? [await readConfigFile((0,external_node_path_.resolve)(cwdOf(), config_name/* CONFIG_FILE */.g))] : [];
            const platform = await terminal([...layers, { 'working-directory': cwdOf(), 'train-command': command.length > 0 ? command : undefined, 'train-timeout': flags.timeout, ...kfpFlags }], { 'train-timeout': '--timeout', 'train-command': 'the command', ...Object.fromEntries(Object.keys(kfpFlags).map((key) => [key, `--${key}`])) });
            const { trainStage } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(6834), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533), __webpack_require__.e(8628)]).then(__webpack_require__.bind(__webpack_require__, 38628));
            const outcome = await trainStage(platform, {}, { kfp: flags.kfp === true });
            if (outcome.exitCode !== 0)
                throw new errors/* MlopsError */.IC(outcome.message, { exitCode: outcome.exitCode });
            io.stdout(`${outcome.message}\n`);
        });
    }
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
        const { readConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(4660)]).then(__webpack_require__.bind(__webpack_require__, 24660));
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
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397)]).then(__webpack_require__.bind(__webpack_require__, 17397)), Promise.all(/* import() */[__webpack_require__.e(1243), __webpack_require__.e(9747)]).then(__webpack_require__.bind(__webpack_require__, 69747)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(7084), __webpack_require__.e(3775), __webpack_require__.e(1243), __webpack_require__.e(7423), __webpack_require__.e(2402), __webpack_require__.e(4189), __webpack_require__.e(3383), __webpack_require__.e(5658), __webpack_require__.e(7397), __webpack_require__.e(2176), __webpack_require__.e(4291), __webpack_require__.e(1533)]).then(__webpack_require__.bind(__webpack_require__, 1533)),
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
    if (wanted('run')) {
        runFlags(program
            .command('run')
            .description('plan and run the stages for an event: train → metrics diff → gates → report')
            .addOption(new esm/* Option */.c$('--event <event>', 'which event this run is for').choices(['pr', 'push', 'schedule', 'manual']))
            .option('--train <command>', 'training command, run through the shell (default: none; metrics as they are)')
            .option('--timeout <seconds>', 'stop training after this long')).action((flags) => runEventFrom(flags, 'run'));
    }
    if (wanted('report')) {
        runFlags(program
            .command('report')
            .description('render the markdown report from the metrics diff and gates (no training)')
            .option('--head <rev>', 'revision to report on (default: the workspace)')
            .option('--check', 'exit 1 when a gate fails (the report is still written)')
            .option('--json', "print the metrics diff as DVC's --json shape, with intervals and noise-aware verdicts under _mlops (progress goes to stderr)")).action((flags) => runEventFrom(flags, 'report'));
    }
    if (wanted('comment') || wanted('send-comment'))
        addCommentCommand(program, io, cwdOf, { comment: wanted('comment'), sendComment: wanted('send-comment') });
    if (wanted('image'))
        addImageCommands(program, io, cwdOf, logger);
    if (wanted('kserve'))
        addKserveCommands(program, io, cwdOf, logger);
    if (wanted('plots'))
        addPlotsCommands(program, io, cwdOf);
    if (wanted('step'))
        addStepCommand(program, io, cwdOf, logger);
    return program;
}
/** Run the CLI to completion; returns the exit code (0 ok, 1 failure, 2 usage). Never throws. */
async function runCli(argv, io) {
    const program = buildProgram(io, verbNamed(argv));
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

/***/ 56823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConsoleLogger: () => (/* binding */ ConsoleLogger)
/* harmony export */ });
/* harmony import */ var _report_seconds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58771);

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
            const took = (0,_report_seconds_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .X)(performance.now() - started);
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

/***/ 58771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ formatSeconds)
/* harmony export */ });
/** A duration as the log and the report print it (`4.2 s`, `3 min 5 s`); its own file, so the logger loads no number formatting. */
function formatSeconds(ms) {
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}


/***/ })

};
