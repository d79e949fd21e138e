export const id = 139;
export const ids = [139,653];
export const modules = {

/***/ 53113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parseImages)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92143);
/**
 * metadata-action's `images:` input: one image per line (`ghcr.io/acme/app`), or
 * `name=…,enable=false` to switch one off; a single line may also list several names with commas.
 */


const EXPECTED = 'ghcr.io/owner/app, or name=ghcr.io/owner/app[,enable=true|false]';
function fieldsOf(entry) {
    try {
        return (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFields */ .L5)(entry);
    }
    catch (error) {
        if (error instanceof _csv_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvError */ .J$)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`images: '${entry}' ${error.message}.`, `Expected: ${EXPECTED}`);
        throw error;
    }
}
/** The `images:` input, line by line as written. Names keep their case here; tags lower-case them. */
function parseImages(lines) {
    const entries = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)('images', lines);
    // the old form: one line of comma-separated names, none with `=`
    const only = entries.length === 1 ? fieldsOf(entries[0]) : undefined;
    if (only && only.every((field) => !field.includes('='))) {
        return only.map((field) => ({ name: field.trim(), enable: true }));
    }
    return entries.map((entry) => {
        const image = { name: '', enable: true };
        for (const field of fieldsOf(entry)) {
            const parts = field.split('=').map((part) => part.trim());
            if (parts.length === 1) {
                image.name = parts[0];
                continue;
            }
            const key = parts[0].toLowerCase();
            const value = parts[1];
            if (key === 'name') {
                image.name = value;
            }
            else if (key === 'enable') {
                if (value !== 'true' && value !== 'false')
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`images: '${entry}' has enable=${value}; it is true or false.`, `Expected: ${EXPECTED}`);
                image.enable = value === 'true';
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`images: '${entry}' has the unknown key '${key}'.`, `Expected: ${EXPECTED}`);
            }
        }
        if (image.name === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`images: '${entry}' has no image name.`, `Expected: ${EXPECTED}`);
        return image;
    });
}


/***/ }),

/***/ 40913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   On: () => (/* binding */ PipelineIrError),
/* harmony export */   fE: () => (/* binding */ runtimeParameters),
/* harmony export */   gr: () => (/* binding */ readPipelineIr),
/* harmony export */   vp: () => (/* binding */ inlinePipelineSpec)
/* harmony export */ });
/* unused harmony export parsePipelineIr */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _metrics_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76598);
/**
 * The compiled pipeline (KFP's PipelineSpec IR, as kfp.compiler writes it): read from the
 * working directory, and used to type the run's parameters before anything is submitted.
 *
 * - A YAML file holds the PipelineSpec first and, when the pipeline uses kfp-kubernetes, a
 *   PlatformSpec document after it; sent inline, the two travel as {pipeline_spec, platform_spec},
 *   as the KFP SDK's client does (kfp/client/client.py `_PipelineDoc.to_dict`).
 * - Parameters are typed by root.inputDefinitions.parameters.<name>.parameterType; the KFP API
 *   server checks the same (backend/src/apiserver/template/v2_template.go
 *   `validatePipelineJobInputs`): numbers must be JSON numbers, booleans JSON booleans, lists and
 *   structs JSON values, never strings; an undeclared parameter is refused, and one without a
 *   default that is neither optional nor given.
 */





/** A pipeline file that cannot be used: a user error, shown as the reason nothing was submitted. */
class PipelineIrError extends Error {
    name = 'PipelineIrError';
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The deprecated PrimitiveType of IRs written before KFP SDK 2.0. */
const LEGACY_TYPES = { INT: 'NUMBER_INTEGER', DOUBLE: 'NUMBER_DOUBLE', STRING: 'STRING' };
function parameterSpecs(spec) {
    const root = isObject(spec.root) ? spec.root : {};
    const inputs = isObject(root.inputDefinitions) ? root.inputDefinitions : {};
    const parameters = isObject(inputs.parameters) ? inputs.parameters : {};
    const specs = new Map();
    for (const [name, value] of Object.entries(parameters)) {
        const parameter = isObject(value) ? value : {};
        const type = typeof parameter.parameterType === 'string'
            ? parameter.parameterType
            : (LEGACY_TYPES[String(parameter.type)] ?? 'PARAMETER_TYPE_ENUM_UNSPECIFIED');
        specs.set(name, {
            parameterType: type,
            defaultValue: parameter.defaultValue,
            isOptional: parameter.isOptional === true,
            literals: Array.isArray(parameter.literals) && parameter.literals.length > 0 ? parameter.literals : undefined,
        });
    }
    return specs;
}
function taskNamesOf(spec) {
    const names = new Set();
    const addDag = (component) => {
        const dag = isObject(component) && isObject(component.dag) ? component.dag : undefined;
        if (dag && isObject(dag.tasks))
            for (const task of Object.keys(dag.tasks))
                names.add(task);
    };
    addDag(spec.root);
    if (isObject(spec.components))
        for (const component of Object.values(spec.components))
            addDag(component);
    return names;
}
/** Parse IR text (YAML or JSON). Throws PipelineIrError saying what is wrong with it. */
function parsePipelineIr(text, fileName) {
    let documents;
    try {
        if (fileName.toLowerCase().endsWith('.json'))
            documents = [JSON.parse(text)];
        else {
            // an IR may carry a second document (its platform spec), so not the one-document reader; bounded the same
            (0,_metrics_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlDepth */ .BQ)(text);
            const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_2__.parseAllDocuments)(text, { logLevel: 'silent' });
            const list = Array.isArray(parsed) ? parsed : [parsed];
            const broken = list.find((document) => document.errors.length > 0);
            if (broken)
                throw new Error(broken.errors[0].message);
            documents = list.map((document) => document.toJS({ maxAliasCount: 100 })).filter((document) => document !== null && document !== undefined);
        }
    }
    catch (error) {
        throw new PipelineIrError(`${fileName} is not valid ${fileName.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML'}: ${error.message}`);
    }
    const [spec, ...platforms] = documents;
    if (!isObject(spec))
        throw new PipelineIrError(`${fileName} holds no pipeline: expected the PipelineSpec kfp.compiler writes.`);
    const info = isObject(spec.pipelineInfo) ? spec.pipelineInfo : undefined;
    if (!info || typeof info.name !== 'string' || info.name === '' || !isObject(spec.root)) {
        throw new PipelineIrError(`${fileName} is not a compiled KFP pipeline (no pipelineInfo.name or root): compile it with kfp.compiler.Compiler().compile(...).`);
    }
    if (typeof spec.kind === 'string' && typeof spec.apiVersion === 'string') {
        throw new PipelineIrError(`${fileName} is a Kubernetes manifest (${spec.kind}), not the pipeline IR: compile without kubernetes_manifest_format.`);
    }
    const platformSpec = platforms.filter(isObject).reduce((merged, document) => ({ ...(merged ?? {}), ...document }), undefined);
    return {
        text,
        fileName,
        name: info.name,
        spec,
        platformSpec,
        parameters: parameterSpecs(spec),
        taskNames: taskNamesOf(spec),
    };
}
/** Read and parse the pipeline file, relative to the working directory. */
async function readPipelineIr(cwd, file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new PipelineIrError(code === 'ENOENT' ? `${file} does not exist in ${cwd} (is the pipeline compiled before this step?)` : `${file} could not be read: ${error.message}`);
    }
    return parsePipelineIr(text, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file));
}
/** What is sent as a run's pipeline_spec: the spec alone, or with its platform spec. */
function inlinePipelineSpec(ir) {
    return ir.platformSpec ? { pipeline_spec: ir.spec, platform_spec: ir.platformSpec } : ir.spec;
}
/** MLflow's parameters are filled in by the MLflow integration, not by kfp-params. */
const FILLED_ELSEWHERE = /^mlflow_/;
function typed(param, spec) {
    const { name, text } = param;
    const declared = `(the pipeline declares it ${spec.parameterType})`;
    switch (spec.parameterType) {
        case 'NUMBER_INTEGER': {
            const value = Number(text);
            if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(value))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: '${text}' is not a whole number ${declared}.`);
            return value;
        }
        case 'NUMBER_DOUBLE': {
            const value = Number(text);
            if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || !Number.isFinite(value))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: '${text}' is not a number ${declared}.`);
            return value;
        }
        case 'BOOLEAN':
            if (/^true$/i.test(text))
                return true;
            if (/^false$/i.test(text))
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: '${text}' is not true or false ${declared}.`);
        case 'STRING':
            return text;
        case 'LIST':
        case 'STRUCT': {
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                value = undefined;
            }
            const ok = spec.parameterType === 'LIST' ? Array.isArray(value) : isObject(value);
            if (!ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: '${text}' is not a JSON ${spec.parameterType === 'LIST' ? 'list, e.g. [1, 2]' : 'object, e.g. {"a": 1}'} ${declared}.`);
            return value;
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: the pipeline declares it ${spec.parameterType}, which a run cannot be given.`);
    }
}
const sameValue = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * kfp-params typed for `runtime_config.parameters`. Throws OptionError('kfp-params') naming
 * every parameter that is not declared, does not parse as its type, or is required and missing.
 */
function runtimeParameters(ir, params) {
    const declared = [...ir.parameters.keys()].sort();
    const unknown = params.filter((param) => !ir.parameters.has(param.name)).map((param) => param.name);
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `the pipeline ${ir.name} declares no parameter ${unknown.map((name) => `'${name}'`).join(', ')}.`, declared.length > 0 ? `It declares: ${declared.join(', ')}.` : 'It declares no parameters.');
    }
    const values = {};
    for (const param of params) {
        const spec = ir.parameters.get(param.name);
        const value = typed(param, spec);
        if (spec.literals && !spec.literals.some((literal) => sameValue(literal, value))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${param.name}: '${param.text}' is not one of ${spec.literals.map((literal) => JSON.stringify(literal)).join(', ')}.`);
        }
        values[param.name] = value;
    }
    const missing = [...ir.parameters].filter(([name, spec]) => !(name in values) && !spec.isOptional && spec.defaultValue === undefined && !FILLED_ELSEWHERE.test(name));
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `the pipeline ${ir.name} needs ${missing.map(([name]) => name).join(', ')}, which ${missing.length === 1 ? 'has' : 'have'} no default.`, `Give ${missing.length === 1 ? 'it' : 'them'}, e.g. ${missing.map(([name, spec]) => `${name}=<${spec.parameterType}>`).join(', ')}.`);
    }
    return values;
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
        ? { request: await (0,_smoke_js__WEBPACK_IMPORTED_MODULE_4__/* .readSmokeRequest */ .Dw)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.cwd, kserve.smokeTest), kserve.smokeTest), protocol: kserve.protocol, model: kserve.modelName }
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

/***/ 74291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ metricKernel),
/* harmony export */   IK: () => (/* binding */ parseMetricDefinitions),
/* harmony export */   VT: () => (/* binding */ whyUndefined),
/* harmony export */   i2: () => (/* binding */ higherIsBetter),
/* harmony export */   l9: () => (/* binding */ describeSpec),
/* harmony export */   lm: () => (/* binding */ metricSpecFor),
/* harmony export */   sX: () => (/* binding */ newStamp)
/* harmony export */ });
/* unused harmony exports REGRESSION_METRICS, CLASSIFICATION_METRICS, EPSILON, metricFitsKind, countsOf, computeMetric, allRows */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61600);
/**
 * Metrics recomputed from per-example predictions, exactly as scikit-learn defines them (checked
 * against the installed sklearn 1.2 in test/integration/noise-sklearn.test.ts), and fast enough to
 * be recomputed a thousand times: every metric is a weighted sum over the rows, the weights being
 * how often a resample drew each row, so one pass over typed arrays gives one value.
 */


const REGRESSION_METRICS = ['r2', 'rmse', 'mse', 'mae', 'mape'];
const CLASSIFICATION_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss'];
const METRICS = [...REGRESSION_METRICS, ...CLASSIFICATION_METRICS];
const AVERAGED = new Set(['precision', 'recall', 'f1']);
const AVERAGES = ['binary', 'macro', 'micro', 'weighted'];
const HIGHER = new Set(['r2', 'accuracy', 'precision', 'recall', 'f1', 'roc_auc']);
/** sklearn's `np.finfo(np.float64).eps`: MAPE's floor on |y_true| and log_loss's clipping ("auto" for float64). */
const EPSILON = 2.220446049250313e-16;
/** Whether the metric fits predictions of this kind. */
function metricFitsKind(metric, kind) {
    return (kind === 'regression' ? REGRESSION_METRICS : CLASSIFICATION_METRICS).includes(metric);
}
/** r2, accuracy, precision, recall, f1 and roc_auc are better higher; the errors and log_loss lower. */
function higherIsBetter(metric) {
    return HIGHER.has(metric);
}
/** `r2`, `f1:macro` …: how a spec is written in metric-definitions and in messages. */
function describeSpec(spec) {
    return spec.average ? `${spec.metric}:${spec.average}` : spec.metric;
}
/**
 * `name=metric` or `name=metric:average` lines (`f1_macro=f1:macro`, `auc=roc_auc`); blank lines
 * and lines starting with `#` are skipped. The name is a metric key or its last dotted segment.
 */
function parseMetricDefinitions(lines) {
    const result = new Map();
    const where = new Map();
    const example = 'Example: f1_macro=f1:macro or auc=roc_auc';
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const at = `line ${index + 1} '${line}'`;
        const match = /^(.+?)\s*=\s*([A-Za-z0-9_]+)\s*(?::\s*([A-Za-z]+))?$/.exec(line);
        if (!match)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at} is not of the form name=metric or name=metric:average.`, example);
        const [, name, metricText, averageText] = match;
        const metric = metricText.toLowerCase();
        if (!METRICS.includes(metric)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at}: '${metricText}' is not a metric that can be recomputed from predictions.`, `Use one of ${METRICS.join(', ')}.`);
        }
        let average;
        if (averageText !== undefined) {
            average = averageText.toLowerCase();
            if (!AVERAGED.has(metric))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at}: ${metric} takes no average.`, 'Only precision, recall and f1 take one: binary, macro, micro or weighted.');
            if (!AVERAGES.includes(average))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at}: '${averageText}' is not an average.`, `Use one of ${AVERAGES.join(', ')}.`);
        }
        const before = where.get(name);
        if (before !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OptionError */ .eR('metric-definitions', `${at}: '${name}' is already defined on line ${before}.`, 'Define each metric once.');
        where.set(name, index + 1);
        result.set(name, average ? { metric, average } : { metric });
    });
    return result;
}
/** Words that say where a metric was measured, not which metric it is (`test_r2`, `val_acc`, `accuracy_score`). */
const NOISE_WORDS = new Set(['test', 'val', 'valid', 'validation', 'eval', 'evaluation', 'holdout', 'score', 'final', 'best']);
/** Words that say the value is not the metric itself (`train_r2` is not computed on the evaluation set; `neg_mse` is negated). */
const REFUSE_WORDS = new Set(['train', 'training', 'neg', 'negative', 'std', 'var', 'delta', 'diff', 'change']);
const NAMES = {
    r2: { metric: 'r2' }, rsquared: { metric: 'r2' }, r_squared: { metric: 'r2' },
    rmse: { metric: 'rmse' }, root_mean_squared_error: { metric: 'rmse' },
    mse: { metric: 'mse' }, mean_squared_error: { metric: 'mse' },
    mae: { metric: 'mae' }, mean_absolute_error: { metric: 'mae' },
    mape: { metric: 'mape' }, mean_absolute_percentage_error: { metric: 'mape' },
    accuracy: { metric: 'accuracy' }, acc: { metric: 'accuracy' },
    roc_auc: { metric: 'roc_auc' }, auc: { metric: 'roc_auc' }, auroc: { metric: 'roc_auc' }, roc_auc_ovr: { metric: 'roc_auc' },
    log_loss: { metric: 'log_loss' }, logloss: { metric: 'log_loss' },
};
for (const metric of ['precision', 'recall', 'f1']) {
    NAMES[metric] = { metric };
    for (const average of AVERAGES) {
        NAMES[`${metric}_${average}`] = { metric, average };
        NAMES[`${average}_${metric}`] = { metric, average };
    }
}
NAMES.f1_binary = { metric: 'f1', average: 'binary' };
/**
 * The metric behind a metric key: its definition (by key, then by last dotted segment), else a
 * guess from the last dotted segment, case-insensitive (`r2_score`, `test.acc`, `f1_macro`,
 * `val_roc_auc`, and classification_report's `macro avg.f1-score`), only for metrics that fit `kind`. A definition wins even when it does not fit
 * `kind` (computeMetric then says why it cannot be computed). Undefined when the key names no
 * metric that can be recomputed, or one measured elsewhere (`train_r2`) or negated (`neg_mse`).
 */
function metricSpecFor(key, definitions, kind) {
    const segments = key.split('.');
    const last = segments[segments.length - 1];
    const defined = definitions.get(key) ?? definitions.get(last);
    if (defined)
        return defined;
    const words = last.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    if (words.some((word) => REFUSE_WORDS.has(word)))
        return undefined;
    let spec = NAMES[words.filter((word) => !NOISE_WORDS.has(word)).join('_')];
    // sklearn's classification_report(output_dict=True): `macro avg.f1-score`, `weighted avg.recall`
    const parent = segments[segments.length - 2]?.trim() ?? '';
    // …and its per-class entries (`1.f1-score`): one class's score, not one of ours
    if (/^-?\d+(\.\d+)?$/.test(parent) && spec && AVERAGED.has(spec.metric))
        return undefined;
    const report = /^(macro|micro|weighted) avg$/i.exec(parent);
    if (spec && report && AVERAGED.has(spec.metric) && spec.average === undefined)
        spec = { metric: spec.metric, average: report[1].toLowerCase() };
    return spec && metricFitsKind(spec.metric, kind) ? spec : undefined;
}
/** Why a metric has no value on some data: what a skipped resample or a refused point value means. */
function whyUndefined(metric) {
    if (metric === 'roc_auc')
        return 'roc_auc needs both classes in y_true (every class, for several)';
    if (metric === 'r2')
        return 'r2 needs y_true to vary';
    return `${metric} is not defined`;
}
let lastStamp = 0;
/**
 * A number naming one resample's weights: kernels of the same predictions given the same stamp
 * share work (the confusion counts of accuracy, precision, recall and f1 are summed once).
 * Without a stamp a kernel recomputes everything.
 */
function newStamp() {
    return ++lastStamp;
}
const cache = new WeakMap();
function prepared(p) {
    let entry = cache.get(p);
    if (!entry) {
        entry = { ones: new Uint32Array(p.n).fill(1), ranked: new Map() };
        cache.set(p, entry);
    }
    return entry;
}
function encode(p) {
    const entry = prepared(p);
    if (entry.encoded)
        return entry.encoded;
    const classes = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_1__/* .classesOf */ .OX)(p);
    const code = new Map(classes.map((label, i) => [label, i]));
    const codes = (labels) => Int32Array.from(labels, (label) => code.get(label));
    const yt = codes(p.yTrue);
    const yp = codes(p.yPred);
    const seen = new Uint8Array(classes.length);
    for (let i = 0; i < p.n; i++)
        seen[yt[i]] = seen[yp[i]] = 1;
    const present = seen.reduce((sum, s) => sum + s, 0);
    const k = classes.length;
    const pos = code.get(classes.length === 1 ? soleClassPositive(classes[0]) : (0,_predictions_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveClass */ .UG)(classes)) ?? -1;
    entry.encoded = { classes, k, yt, yp, pos, present, tp: new Float64Array(k), trueSum: new Float64Array(k), predSum: new Float64Array(k), stamp: 0, total: 0 };
    return entry.encoded;
}
/** With one class only, sklearn's pos_label=1 is absent for 0/false labels: nothing is positive. */
function soleClassPositive(label) {
    return label === '0' ? '1' : label === 'false' ? 'true' : label;
}
function ranked(p, column, positiveCode, yt) {
    const entry = prepared(p);
    const cached = entry.ranked.get(column);
    if (cached)
        return cached;
    const score = p.proba.p[column];
    const order = new Uint32Array(p.n);
    for (let i = 0; i < p.n; i++)
        order[i] = i;
    order.sort((a, b) => score[a] - score[b]);
    const positive = new Uint8Array(p.n);
    const tieStart = new Uint8Array(p.n);
    for (let j = 0; j < p.n; j++) {
        positive[j] = yt[order[j]] === positiveCode ? 1 : 0;
        tieStart[j] = j > 0 && score[order[j]] !== score[order[j - 1]] ? 1 : 0;
    }
    const result = { order, positive, tieStart };
    entry.ranked.set(column, result);
    return result;
}
/** Mann-Whitney AUC over rows sorted by score once: ties count one half, weights are draw counts. */
function weightedAuc(r, w) {
    const { order, positive, tieStart } = r;
    let below = 0;
    let pos = 0;
    let neg = 0;
    let area = 0;
    let totalPos = 0;
    for (let j = 0; j < order.length; j++) {
        if (tieStart[j]) {
            area += pos * (below + 0.5 * neg);
            below += neg;
            totalPos += pos;
            pos = neg = 0;
        }
        const weight = w[order[j]];
        if (positive[j])
            pos += weight;
        else
            neg += weight;
    }
    area += pos * (below + 0.5 * neg);
    below += neg;
    totalPos += pos;
    return totalPos > 0 && below > 0 ? area / (totalPos * below) : NaN;
}
function regressionKernel(spec, p, strict) {
    const yt = p.yTrue;
    const yp = p.yPred;
    const n = p.n;
    const perRow = (f) => {
        const values = new Float64Array(n);
        for (let i = 0; i < n; i++)
            values[i] = f(yt[i], yp[i]);
        return values;
    };
    const mean = (values) => (w) => {
        let sum = 0;
        let total = 0;
        for (let i = 0; i < n; i++) {
            const wi = w[i];
            sum += wi * values[i];
            total += wi;
        }
        return sum / total;
    };
    switch (spec.metric) {
        case 'mse':
            return mean(perRow((t, q) => (t - q) ** 2));
        case 'rmse': {
            const mse = mean(perRow((t, q) => (t - q) ** 2));
            return (w) => Math.sqrt(mse(w));
        }
        case 'mae':
            return mean(perRow((t, q) => Math.abs(q - t)));
        case 'mape':
            return mean(perRow((t, q) => Math.abs(q - t) / Math.max(Math.abs(t), EPSILON)));
        case 'r2': {
            const se = perRow((t, q) => (t - q) ** 2);
            // y_true centred on its mean over all rows: one pass gives the resample's sum of squares
            // without the cancellation of Σy² − (Σy)²/W, since a resample's mean is near the full mean
            let full = 0;
            for (let i = 0; i < n; i++)
                full += yt[i];
            full /= n;
            const yc = perRow((t) => t - full);
            const constant = (w) => {
                let first;
                for (let i = 0; i < n; i++) {
                    if (w[i] === 0)
                        continue;
                    if (first === undefined)
                        first = yt[i];
                    else if (yt[i] !== first)
                        return false;
                }
                return true;
            };
            return (w) => {
                let total = 0;
                let sum = 0;
                let squares = 0;
                let sse = 0;
                for (let i = 0; i < n; i++) {
                    const wi = w[i];
                    const d = yc[i];
                    total += wi;
                    sum += wi * d;
                    squares += wi * d * d;
                    sse += wi * se[i];
                }
                const sst = squares - (sum * sum) / total;
                // sklearn's force_finite: constant y_true gives 1 for a perfect fit, else 0
                if (sst <= 1e-12 * squares && constant(w))
                    return strict ? NaN : sse === 0 ? 1 : 0;
                return 1 - sse / sst;
            };
        }
        default:
            throw new Error(`not a regression metric: ${spec.metric}`);
    }
}
/**
 * Fills tp / trueSum / predSum (per class) for row weights w and returns the total weight. With
 * few classes, one histogram of (true, predicted) cells: one add per row, then k² to sum it up.
 */
function countsKernel(e, n) {
    e.counter ??= counter(e, n);
    const count = e.counter;
    return (w, stamp) => {
        if (stamp !== undefined && stamp === e.stamp)
            return e.total;
        e.total = count(w);
        e.stamp = stamp ?? 0;
        return e.total;
    };
}
function counter(e, n) {
    const { yt, yp, k, tp, trueSum, predSum } = e;
    if (k <= 32) {
        const cells = new Int32Array(n);
        for (let i = 0; i < n; i++)
            cells[i] = yt[i] * k + yp[i];
        const histogram = new Float64Array(k * k);
        return (w) => {
            histogram.fill(0);
            for (let i = 0; i < n; i++)
                histogram[cells[i]] += w[i];
            tp.fill(0);
            trueSum.fill(0);
            predSum.fill(0);
            let total = 0;
            for (let a = 0; a < k; a++) {
                for (let b = 0; b < k; b++) {
                    const count = histogram[a * k + b];
                    trueSum[a] += count;
                    predSum[b] += count;
                    total += count;
                }
                tp[a] = histogram[a * k + a];
            }
            return total;
        };
    }
    return (w) => {
        tp.fill(0);
        trueSum.fill(0);
        predSum.fill(0);
        let total = 0;
        for (let i = 0; i < n; i++) {
            const wi = w[i];
            const a = yt[i];
            const b = yp[i];
            trueSum[a] += wi;
            predSum[b] += wi;
            if (a === b)
                tp[a] += wi;
            total += wi;
        }
        return total;
    };
}
function needProba(spec, p) {
    if (!p.proba) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${spec.metric} needs the predicted probabilities, and the predictions have none.`, "Add a column p (two classes: the positive class's probability) or p_<class> per class, from predict_proba().");
    }
    return p.proba;
}
function classificationKernel(spec, p) {
    const e = encode(p);
    const { yt, k, tp, trueSum, predSum } = e;
    const n = p.n;
    if (spec.metric === 'log_loss') {
        const proba = needProba(spec, p);
        const entry = prepared(p);
        if (!entry.rowLoss) {
            const column = new Map(proba.classes.map((label, i) => [label, i]));
            const truth = Int32Array.from(e.classes, (label) => column.get(label) ?? -1);
            const clip = (x) => Math.min(Math.max(x, EPSILON), 1 - EPSILON);
            const loss = new Float64Array(n);
            for (let i = 0; i < n; i++) {
                let sum = 0;
                for (const c of proba.p)
                    sum += clip(c[i]);
                const at = truth[yt[i]];
                if (at < 0)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`log_loss: the class '${e.classes[yt[i]]}' of y_true has no probability column.`, 'Write one column p_<class> per class the model knows.');
                loss[i] = -Math.log(clip(proba.p[at][i]) / sum);
            }
            entry.rowLoss = loss;
        }
        const loss = entry.rowLoss;
        return (w) => {
            let sum = 0;
            let total = 0;
            for (let i = 0; i < n; i++) {
                sum += w[i] * loss[i];
                total += w[i];
            }
            return sum / total;
        };
    }
    if (spec.metric === 'roc_auc') {
        const proba = needProba(spec, p);
        const codeOf = new Map(e.classes.map((label, i) => [label, i]));
        if (proba.classes.length === 2) {
            const positive = (0,_predictions_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveClass */ .UG)(proba.classes);
            const r = ranked(p, proba.classes.indexOf(positive), codeOf.get(positive), yt);
            return (w) => weightedAuc(r, w);
        }
        if (proba.classes.length * n > 100_000_000) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`roc_auc over ${proba.classes.length} classes × ${n} examples is too large to resample (more than 100 million class-examples).`, { hint: 'Define the metric on a sample of the evaluation set.' });
        }
        const per = proba.classes.map((label, column) => ranked(p, column, codeOf.get(label), yt));
        // one-vs-rest, macro: sklearn's roc_auc_score(multi_class='ovr'); undefined when a class is missing from y_true
        return (w) => {
            let sum = 0;
            for (const r of per)
                sum += weightedAuc(r, w);
            return sum / per.length;
        };
    }
    const average = spec.average ?? (e.present <= 2 ? 'binary' : 'macro');
    if (average === 'binary' && e.present > 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${describeSpec(spec)}: average 'binary' needs two classes; the predictions have ${e.present} (${e.classes.slice(0, 10).join(', ')}).`, `Say which average in metric-definitions, e.g. name=${spec.metric}:macro.`);
    }
    const count = countsKernel(e, n);
    if (spec.metric === 'accuracy' || average === 'micro') {
        // micro precision = recall = f1 = accuracy when every present class counts (sklearn's labels=None)
        return (w, stamp) => {
            const total = count(w, stamp);
            let correct = 0;
            for (let c = 0; c < k; c++)
                correct += tp[c];
            return correct / total;
        };
    }
    const metric = spec.metric;
    // sklearn's zero_division="warn": a 0/0 precision or recall counts 0, and so does f1 of two zeros
    const score = (c) => {
        const precision = predSum[c] > 0 ? tp[c] / predSum[c] : 0;
        const recall = trueSum[c] > 0 ? tp[c] / trueSum[c] : 0;
        if (metric === 'precision')
            return precision;
        if (metric === 'recall')
            return recall;
        const denominator = precision + recall;
        return (2 * precision * recall) / (denominator === 0 ? 1 : denominator);
    };
    if (average === 'binary') {
        const pos = e.pos;
        return (w, stamp) => {
            count(w, stamp);
            return pos < 0 ? 0 : score(pos);
        };
    }
    return (w, stamp) => {
        count(w, stamp);
        let sum = 0;
        let weights = 0;
        for (let c = 0; c < k; c++) {
            if (trueSum[c] === 0 && predSum[c] === 0)
                continue;
            const weight = average === 'weighted' ? trueSum[c] : 1;
            sum += weight * score(c);
            weights += weight;
        }
        return weights > 0 ? sum / weights : 0;
    };
}
/**
 * The kernel of a metric for one predictions set, its checks done once: a metric that does not fit
 * the predictions (f1 on regression, roc_auc without probabilities, average 'binary' on three
 * classes) is a UsageError saying what to change.
 */
function metricKernel(spec, p, options = {}) {
    if (!metricFitsKind(spec.metric, p.kind)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${describeSpec(spec)} is a ${p.kind === 'regression' ? 'classification' : 'regression'} metric, and the predictions are ${p.kind}.`, p.kind === 'regression' ? `Regression predictions give ${REGRESSION_METRICS.join(', ')}; a classifier's file has labels or probability columns.` : `Classification predictions give ${CLASSIFICATION_METRICS.join(', ')}.`);
    }
    return p.kind === 'regression' ? regressionKernel(spec, p, options.strict ?? false) : classificationKernel(spec, p);
}
/** Draw counts per row from row indices (with repetition). */
function countsOf(sample, n) {
    const counts = new Uint32Array(n);
    for (let j = 0; j < sample.length; j++) {
        const i = sample[j];
        if (i >= n)
            throw new RangeError(`row index ${i} is out of range (n = ${n})`);
        counts[i]++;
    }
    return counts;
}
/**
 * The metric as scikit-learn computes it, over all rows or over `sample` (row indices, with
 * repetition: a resample). NaN where sklearn raises: roc_auc when y_true lacks a class.
 */
function computeMetric(spec, p, sample) {
    const kernel = metricKernel(spec, p);
    return kernel(sample ? countsOf(sample, p.n) : prepared(p).ones);
}
/** All-ones weights for `p` (every row once), shared. */
function allRows(p) {
    return prepared(p).ones;
}


/***/ }),

/***/ 61600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OX: () => (/* binding */ classesOf),
/* harmony export */   UG: () => (/* binding */ positiveClass),
/* harmony export */   Y8: () => (/* binding */ parsePredictions)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_ROWS, sortLabels */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42016);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Per-example evaluation predictions: the file a project writes next to its metrics so that the
 * metrics can be recomputed, resampled and compared. Reading the file is the caller's job (it
 * also bounds the file's size); this module parses its text and bounds the number of rows.
 *
 * Columns: `y_true`, `y_pred`; for classification the per-class probabilities `p_<class>` or one
 * `p` for two classes (the probability of the positive class, see {@link positiveClass}); an
 * optional `id` (to align two revisions) and an optional `group` (to stratify the bootstrap).
 * Other columns are ignored, so a frame with its features may be written as it is.
 *
 * Kind, unless `options.kind` says it:
 * - classification when there are probability columns, or when a y value is not a number
 *   (labels such as `cat`, `True`), unless the other y values include decimals (then the file is
 *   regression with one bad value, and that value is reported);
 * - regression otherwise, also for integer y without probabilities (0/1 labels without a `p`
 *   column are read as numbers: pass `kind: 'classification'` or add the probabilities).
 */


const DEFAULT_MAX_ROWS = 5_000_000;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(nan|inf|infinity)$/i;
const OTHER_FORMATS = {
    parquet: 'Parquet', pq: 'Parquet', feather: 'Feather', arrow: 'Arrow', pkl: 'pickle', pickle: 'pickle', npy: 'NumPy',
    npz: 'NumPy', h5: 'HDF5', hdf5: 'HDF5', xlsx: 'Excel', xls: 'Excel', avro: 'Avro', orc: 'ORC', gz: 'compressed', zip: 'compressed',
};
const WRITE_HINT = "Write it with pandas: pd.DataFrame({'y_true': y_test, 'y_pred': model.predict(X_test)}).to_csv('predictions.csv', index=False).";
/** A number as Python's float() takes it (finite only); undefined otherwise. */
function finiteNumber(cell) {
    const text = cell.trim();
    if (!FLOAT.test(text))
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
/** One spelling per label, so that `1`, `1.0` and `p_1` name the same class and `True` matches `true`. */
function canonicalLabel(cell) {
    const text = cell.trim();
    const number = finiteNumber(text);
    if (number !== undefined)
        return String(number);
    if (/^(true|false)$/i.test(text))
        return text.toLowerCase();
    return text;
}
/** Labels in scikit-learn's order (np.unique): numerically when all are numbers, else by code unit. */
function sortLabels(labels) {
    const unique = [...new Set(labels)];
    if (unique.every((label) => finiteNumber(label) !== undefined))
        return unique.sort((a, b) => Number(a) - Number(b));
    return unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * The positive class of two (sorted) classes: `1` or `true` when one of them is, else the larger.
 * Precision, recall and f1 with `average: 'binary'` count it; roc_auc and a `p` column score it.
 */
function positiveClass(classes) {
    const named = classes.find((label) => label === '1' || label === 'true');
    return named ?? classes[classes.length - 1];
}
/** The sorted classes of classification predictions: those of the probabilities, y_true and y_pred together. */
function classesOf(p) {
    if (p.kind !== 'classification')
        return [];
    return sortLabels([...(p.proba?.classes ?? []), ...p.yTrue, ...p.yPred]);
}
function extensionOf(file) {
    const base = file.split(/[\\/]/).pop() ?? file;
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
function detectFormat(text, file) {
    const extension = extensionOf(file);
    const other = OTHER_FORMATS[extension];
    if (other)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: a ${other} file; predictions are read from CSV, TSV or JSON lines.`, WRITE_HINT);
    if (text.slice(0, 8192).includes('\u0000')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: not a text file; predictions are read from CSV, TSV or JSON lines.`, WRITE_HINT);
    }
    // the first 64 KiB tell the format; a copy of the whole text would double a large file's memory
    const start = text.slice(0, 65536).replace(/^\uFEFF/, '').trimStart();
    if (extension === 'jsonl' || extension === 'ndjson')
        return { kind: 'jsonl' };
    if (start.startsWith('[')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: a JSON array; predictions in JSON are read one object per line (JSON lines).`, "With pandas: df.to_json('predictions.jsonl', orient='records', lines=True).");
    }
    if (start.startsWith('{'))
        return { kind: 'jsonl' };
    const newline = start.indexOf('\n');
    const header = newline < 0 ? start : start.slice(0, newline);
    if (extension === 'json') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: not JSON lines (its first line does not start with '{').`, "With pandas: df.to_json('predictions.jsonl', orient='records', lines=True).");
    }
    const tabs = header.includes('\t');
    const commas = header.includes(',');
    // The extension decides, unless the header plainly uses the other delimiter.
    if (extension === 'tsv' || extension === 'tab')
        return { kind: 'csv', delimiter: tabs || !commas ? '\t' : ',' };
    if (extension === 'csv')
        return { kind: 'csv', delimiter: commas || !tabs ? ',' : '\t' };
    if (tabs)
        return { kind: 'csv', delimiter: '\t' };
    if (commas)
        return { kind: 'csv', delimiter: ',' };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: not CSV, TSV or JSON lines (its first line has neither a comma nor a tab: '${header.slice(0, 60)}').`, 'The first line names the columns: y_true,y_pred[,p_<class>…][,id][,group]. ' + WRITE_HINT);
}
class Reader {
    file;
    maxRows;
    table;
    columns;
    constructor(file, maxRows) {
        this.file = file;
        this.maxRows = maxRows;
        this.table = { yTrue: [], yPred: [], proba: new Map(), single: false, lines: [] };
    }
    /** Column names as written; matched without case and surrounding space. */
    header(names, line) {
        const seen = new Map();
        for (const name of names) {
            const key = name.trim().toLowerCase();
            if (seen.has(key))
                throw this.error(line, name, `the column '${name}' appears twice.`, 'Give every column its own name.');
            seen.set(key, name);
        }
        const yTrue = seen.get('y_true');
        const yPred = seen.get('y_pred');
        for (const [key, name] of [['y_true', yTrue], ['y_pred', yPred]]) {
            if (name === undefined) {
                throw this.error(line, key, `there is no column '${key}' (columns: ${names.join(', ') || 'none'}).`, `The columns are y_true and y_pred, with p_<class> or p for classification. ${WRITE_HINT}`);
            }
        }
        const proba = [];
        for (const [key, name] of seen) {
            if (key === 'p')
                proba.push(['', name]);
            else if (key.startsWith('p_') && key.length > 2)
                proba.push([name.trim().slice(2), name]);
        }
        const single = proba.some(([label]) => label === '');
        if (single && proba.length > 1) {
            throw this.error(line, 'p', `both a column 'p' and per-class columns (${proba.filter(([l]) => l).map(([, n]) => n).join(', ')}).`, "Use 'p' (the positive class's probability) for two classes, or one p_<class> column per class.");
        }
        const canonical = new Map();
        for (const [label, name] of proba) {
            const key = canonicalLabel(label);
            const before = canonical.get(key);
            if (before !== undefined)
                throw this.error(line, name, `the columns '${before}' and '${name}' name the same class.`, 'Keep one of them.');
            canonical.set(key, name);
            this.table.proba.set(key, []);
        }
        this.table.single = single;
        this.columns = { yTrue: yTrue, yPred: yPred, proba: proba.map(([label, name]) => [canonicalLabel(label), name]), id: seen.get('id'), group: seen.get('group') };
        if (this.columns.id !== undefined)
            this.table.ids = [];
        if (this.columns.group !== undefined)
            this.table.groups = [];
    }
    row(get, line) {
        const columns = this.columns;
        if (this.table.lines.length >= this.maxRows) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${this.file}: more than ${this.maxRows.toLocaleString('en-US')} rows (line ${line}); predictions are bounded to ${this.maxRows.toLocaleString('en-US')} examples.`, 'Write a sample of the evaluation set (e.g. df.sample(n=1_000_000, random_state=0)): the interval of a metric over a million examples is already tiny.');
        }
        const cell = (column, what) => {
            const value = get(column);
            if (value === undefined)
                throw this.error(line, column, `the row has no ${what}.`, 'Every row needs a value in every column.');
            if (value.trim() === '')
                throw this.error(line, column, `the ${what} is empty.`, 'Every row needs a value; drop the examples without one before writing the file.');
            return value;
        };
        this.table.yTrue.push(cell(columns.yTrue, 'y_true value'));
        this.table.yPred.push(cell(columns.yPred, 'y_pred value'));
        for (const [label, name] of columns.proba)
            this.table.proba.get(label).push(cell(name, `probability ${name}`));
        if (columns.id !== undefined)
            this.table.ids.push(cell(columns.id, 'id').trim());
        if (columns.group !== undefined)
            this.table.groups.push(cell(columns.group, 'group').trim());
        this.table.lines.push(line);
    }
    hasHeader() {
        return this.columns !== undefined;
    }
    error(line, column, problem, hint) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${this.file}, line ${line}, column ${column}: ${problem}`, hint);
    }
}
function readCsv(text, delimiter, reader, file, maxRows) {
    let index = new Map();
    try {
        (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, {
            delimiter,
            bom: true,
            skip_empty_lines: true,
            // one more than allowed, so that "too many" is seen without reading the rest
            to: maxRows + 2,
            on_record: (record, context) => {
                if (!reader.hasHeader()) {
                    reader.header(record, context.lines);
                    index = new Map(record.map((name, at) => [name, at]));
                }
                else {
                    reader.row((column) => record[index.get(column)], context.lines);
                }
                return null;
            },
        });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
            throw error;
        const line = error.lines;
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}${line ? `, line ${line}` : ''}: not valid ${delimiter === ',' ? 'CSV' : 'TSV'}: ${message}`, 'Every row has as many cells as the first line has columns; quote cells that contain the delimiter.');
    }
}
function jsonCell(value) {
    if (value === undefined)
        return undefined;
    if (value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return '\u0000object';
}
function readJsonLines(text, reader, file) {
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        line++;
        const source = text.slice(start, end).trim();
        start = end + 1;
        if (source === '')
            continue;
        let object;
        try {
            object = JSON.parse(source);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}, line ${line}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`, 'JSON lines: one object per line, such as {"y_true": 1.5, "y_pred": 1.2}.');
        }
        if (typeof object !== 'object' || object === null || Array.isArray(object)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}, line ${line}: not a JSON object.`, 'JSON lines: one object per line, such as {"y_true": 1.5, "y_pred": 1.2}.');
        }
        const record = object;
        if (!reader.hasHeader())
            reader.header(Object.keys(record), line);
        reader.row((column) => {
            const cell = jsonCell(record[column]);
            if (cell === '\u0000object')
                throw reader.error(line, column, 'the value is an object or a list, not a number or a label.', 'Write one number or label per column.');
            return cell;
        }, line);
    }
}
function numbers(cells, column, lines, reader, what) {
    const values = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
        const value = finiteNumber(cells[i]);
        if (value === undefined) {
            const cell = cells[i].trim();
            const problem = NOT_FINITE.test(cell) ? `'${cell}' is not a finite number` : `'${cell.slice(0, 40)}' is not a number`;
            throw reader.error(lines[i], column, `${problem} (${what}).`, 'Drop or fix the examples without a prediction before writing the file.');
        }
        values[i] = value;
    }
    return values;
}
function guessKind(table) {
    if (table.proba.size > 0)
        return 'classification';
    let text = false;
    let decimals = false;
    for (const cells of [table.yTrue, table.yPred]) {
        for (const cell of cells) {
            const value = finiteNumber(cell);
            if (value === undefined)
                text ||= !NOT_FINITE.test(cell.trim());
            else
                decimals ||= !Number.isInteger(value);
            if (text && decimals)
                return 'regression';
        }
    }
    return text ? 'classification' : 'regression';
}
function classification(table, reader, file) {
    const labelsOf = (cells, column) => cells.map((cell, i) => {
        if (NOT_FINITE.test(cell.trim()))
            throw reader.error(table.lines[i], column, `'${cell.trim()}' is not a class label.`, 'Drop the examples without a label before writing the file.');
        return canonicalLabel(cell);
    });
    const yTrue = labelsOf(table.yTrue, 'y_true');
    const yPred = labelsOf(table.yPred, 'y_pred');
    const n = yTrue.length;
    let proba;
    if (table.proba.size > 0) {
        const columns = new Map();
        for (const [label, cells] of table.proba) {
            const name = table.single ? 'p' : `p_${label}`;
            const values = numbers(cells, name, table.lines, reader, 'a probability');
            for (let i = 0; i < n; i++) {
                if (values[i] < 0 || values[i] > 1)
                    throw reader.error(table.lines[i], name, `${cells[i].trim()} is not a probability (outside [0, 1]).`, 'Write predict_proba() values, not scores or logits.');
            }
            columns.set(label, values);
        }
        if (table.single) {
            const present = sortLabels([...yTrue, ...yPred]);
            let classes;
            if (present.length === 2)
                classes = present;
            else if (present.length === 1)
                classes = sortLabels([present[0], complement(present[0], file)]);
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: a single probability column 'p' is for two classes; y_true and y_pred have ${present.length} (${present.slice(0, 10).join(', ')}).`, 'Write one column p_<class> per class (predict_proba() in the order of model.classes_).');
            }
            const positive = positiveClass(classes);
            const p = columns.get('');
            const q = new Float64Array(n);
            for (let i = 0; i < n; i++)
                q[i] = 1 - p[i];
            proba = { classes, p: classes.map((label) => (label === positive ? p : q)) };
        }
        else {
            const classes = sortLabels(columns.keys());
            for (const [cells, column] of [[yTrue, 'y_true'], [yPred, 'y_pred']]) {
                for (let i = 0; i < n; i++) {
                    if (!columns.has(cells[i])) {
                        throw reader.error(table.lines[i], column, `the class '${cells[i]}' has no probability column p_${cells[i]} (columns for: ${classes.slice(0, 10).join(', ')}).`, 'Write one column p_<class> per class the model knows (model.classes_).');
                    }
                }
            }
            proba = { classes, p: classes.map((label) => columns.get(label)) };
        }
    }
    return { kind: 'classification', n, yTrue, yPred, ...(proba ? { proba } : {}) };
}
/** The other class of a binary problem whose file shows only one. */
function complement(label, file) {
    const pairs = { '0': '1', '1': '0', true: 'false', false: 'true', '-1': '1' };
    const other = pairs[label];
    if (other === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: every example has the class '${label}', so a single column 'p' does not say which class it scores.`, `Name the columns after the classes: p_${label} and p_<other class>.`);
    }
    return other;
}
function checkIds(ids, lines, reader) {
    const first = new Map();
    for (let i = 0; i < ids.length; i++) {
        const before = first.get(ids[i]);
        if (before !== undefined) {
            throw reader.error(lines[i], 'id', `the id '${ids[i].slice(0, 60)}' is also on line ${lines[before]}.`, 'Ids align the examples of two revisions: each example needs its own.');
        }
        first.set(ids[i], i);
    }
}
/**
 * Parse a predictions file's text (CSV, TSV or JSON lines, by the extension of `file` or sniffed).
 * Every problem is a UsageError naming the file, the line and the column, and what to do.
 */
function parsePredictions(text, file, options = {}) {
    const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    if (!Number.isInteger(maxRows) || maxRows < 2)
        throw new RangeError(`maxRows ${maxRows} is not an integer of at least 2`);
    const format = detectFormat(text, file);
    const reader = new Reader(file, maxRows);
    if (format.kind === 'csv')
        readCsv(text, format.delimiter, reader, file, maxRows);
    else
        readJsonLines(text, reader, file);
    if (!reader.hasHeader())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: the file is empty.`, WRITE_HINT);
    const table = reader.table;
    const n = table.lines.length;
    if (n < 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}: ${n === 0 ? 'no examples' : 'one example'}; an interval needs at least 2 (and is only useful with many more).`, WRITE_HINT);
    }
    if (table.ids)
        checkIds(table.ids, table.lines, reader);
    const kind = options.kind ?? guessKind(table);
    let predictions;
    if (kind === 'regression') {
        if (table.proba.size > 0)
            throw reader.error(1, table.single ? 'p' : 'p_…', 'probability columns in regression predictions.', 'Drop the probability columns, or read the file as classification.');
        predictions = {
            kind,
            n,
            yTrue: numbers(table.yTrue, 'y_true', table.lines, reader, 'a regression target'),
            yPred: numbers(table.yPred, 'y_pred', table.lines, reader, 'a regression prediction'),
        };
    }
    else {
        predictions = classification(table, reader, file);
    }
    if (table.ids)
        predictions.ids = table.ids;
    if (table.groups)
        predictions.groups = table.groups;
    return predictions;
}


/***/ }),

/***/ 93139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflight: () => (/* binding */ preflight)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/image/meta/images.ts
var meta_images = __webpack_require__(53113);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/image/secrets.ts
var image_secrets = __webpack_require__(57100);
;// CONCATENATED MODULE: ./src/image/secret-files.ts
/**
 * image-secret-files are checked before anything is trained or built: docker names a missing
 * file only after the context is sent (and buildx not at all for some drivers), and a folder
 * would be read as no secret. Paths are relative to working-directory, as the build reads them.
 */




async function checkSecretFiles(secrets, workingDirectory) {
    for (const secret of secrets) {
        if (secret.source !== 'file')
            continue;
        const path = (0,external_node_path_.resolve)(workingDirectory, secret.path);
        let isFile;
        try {
            isFile = (await (0,promises_.stat)(path)).isFile();
        }
        catch (error) {
            throw new errors/* OptionError */.eR(image_secrets/* SECRET_KEYS */.GR.file, `${secret.id}: cannot read ${path}: ${(0,errors/* systemErrorWords */.N1)(error)}.`, 'Paths are relative to working-directory.');
        }
        if (!isFile)
            throw new errors/* OptionError */.eR(image_secrets/* SECRET_KEYS */.GR.file, `${secret.id}: ${path} is not a file.`, 'Give the file that holds the secret, relative to working-directory.');
    }
}

// EXTERNAL MODULE: ./src/analysis/setup.ts + 2 modules
var setup = __webpack_require__(9736);
// EXTERNAL MODULE: ./src/kserve/manifest.ts
var manifest = __webpack_require__(16995);
// EXTERNAL MODULE: ./src/noise/metrics.ts
var metrics = __webpack_require__(74291);
// EXTERNAL MODULE: ./src/kserve/rollout.ts
var rollout = __webpack_require__(7653);
// EXTERNAL MODULE: ./src/kserve/smoke.ts
var smoke = __webpack_require__(23585);
// EXTERNAL MODULE: ./src/kfp/pipeline-ir.ts
var pipeline_ir = __webpack_require__(40913);
;// CONCATENATED MODULE: ./src/kfp/preflight.ts
/**
 * What can be checked about a KFP training before anything runs: the pipeline file parses and
 * kfp-params fit its parameters. When train-command compiles the pipeline first, a missing file
 * is expected and the check waits for trainOnKfp (which runs it again on the file it submits).
 */




/** Throws OptionError (kfp-pipeline, kfp-params) for what would stop the run before it is submitted. */
async function preflightKfp(options, cwd, { compiledFirst }) {
    const exists = await (0,promises_.access)((0,external_node_path_.resolve)(cwd, options.pipeline)).then(() => true, () => false);
    if (!exists) {
        if (compiledFirst)
            return;
        throw new errors/* OptionError */.eR('kfp-pipeline', `${options.pipeline} does not exist in ${cwd}.`, 'Compile the pipeline first, e.g. train-command: python pipeline.py.');
    }
    try {
        (0,pipeline_ir/* runtimeParameters */.fE)(await (0,pipeline_ir/* readPipelineIr */.gr)(cwd, options.pipeline), options.params);
    }
    catch (error) {
        // The train command may rewrite a stale file: only a file nobody rewrites must be right now.
        if (compiledFirst)
            return;
        if (error instanceof pipeline_ir/* PipelineIrError */.On)
            throw new errors/* OptionError */.eR('kfp-pipeline', error.message);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/preflight.ts
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
        if (error instanceof errors/* OptionError */.eR || !(error instanceof errors/* UsageError */.eb))
            throw error;
        throw new errors/* OptionError */.eR(key, error.message.replace(/^[-\w]+: /, ''), error.hint);
    }
}
/** A stand-in for the image a run will push: its digest is not known before the build. */
const PUSHED_PLACEHOLDER = 'registry.invalid/preflight@sha256:' + '0'.repeat(64);
/** A stand-in for the artifact location of the version MLflow's registry will hold. */
const REGISTRY_PLACEHOLDER = 's3://mlflow-registry.invalid/preflight';
/** `env`: where the canary analysis' credential variables are read, on an event that will roll out (none: the file only). */
async function preflight(options, { env } = {}) {
    // the pipeline file, or (when train-command compiles it first) what can be known without it
    if (options.kfp)
        await preflightKfp(options.kfp, options.workingDirectory, { compiledFirst: options.trainCommand !== undefined });
    // a metric-definitions line that does not parse is the user's typo: refused before training
    if (options.noise)
        (0,metrics/* parseMetricDefinitions */.IK)(options.noise.definitions);
    if (options.image) {
        const { images } = options.image;
        as('image', () => (0,meta_images/* parseImages */.e)(images));
        // a secret file that is not there would fail the build after training, or leave a RUN without it
        await checkSecretFiles(options.image.secrets, options.workingDirectory);
    }
    const kserve = options.kserve;
    if (!kserve)
        return;
    // The whole InferenceService, as the rollout will build it: names, env, resources, replicas.
    // Without a storage URI or an image, MLflow's registry says where the model is (after training).
    const fromRegistry = options.mlflow?.model !== undefined && !kserve.storageUri && !kserve.servingImage && !options.image?.push;
    (0,manifest.inferenceService)((0,rollout.manifestInputOf)(fromRegistry ? { ...kserve, storageUri: REGISTRY_PLACEHOLDER } : kserve, options.image?.push ? PUSHED_PLACEHOLDER : undefined));
    if (kserve.smokeTest) {
        const path = (0,external_node_path_.resolve)(options.workingDirectory, kserve.smokeTest);
        try {
            await (0,smoke/* readSmokeRequest */.Dw)(path, kserve.smokeTest);
        }
        catch (error) {
            if (!(error instanceof errors/* UsageError */.eb))
                throw error;
            throw new errors/* OptionError */.eR('smoke-test', error.message.replace(/^smoke-test: /, ''), error.hint);
        }
    }
    if (kserve.canaryAnalysis)
        await (0,setup.checkAnalysisOption)(kserve.canaryAnalysis, { cwd: options.workingDirectory, env });
}


/***/ })

};
