export const id = 5716;
export const ids = [5716];
export const modules = {

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
/* harmony import */ var _metrics_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43775);
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

/***/ 25716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflightKfp: () => (/* binding */ preflightKfp)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _pipeline_ir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40913);
/**
 * What can be checked about a KFP training before anything runs: the pipeline file parses and
 * kfp-params fit its parameters. When train-command compiles the pipeline first, a missing file
 * is expected and the check waits for trainOnKfp (which runs it again on the file it submits).
 */




/** Throws OptionError (kfp-pipeline, kfp-params) for what would stop the run before it is submitted. */
async function preflightKfp(options, cwd, { compiledFirst }) {
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, options.pipeline)).then(() => true, () => false);
    if (!exists) {
        if (compiledFirst)
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR('kfp-pipeline', `${options.pipeline} does not exist in ${cwd}.`, 'Compile the pipeline first, e.g. train-command: python pipeline.py.');
    }
    try {
        (0,_pipeline_ir_js__WEBPACK_IMPORTED_MODULE_3__/* .runtimeParameters */ .fE)(await (0,_pipeline_ir_js__WEBPACK_IMPORTED_MODULE_3__/* .readPipelineIr */ .gr)(cwd, options.pipeline), options.params);
    }
    catch (error) {
        // The train command may rewrite a stale file: only a file nobody rewrites must be right now.
        if (compiledFirst)
            return;
        if (error instanceof _pipeline_ir_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineIrError */ .On)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR('kfp-pipeline', error.message);
        throw error;
    }
}


/***/ })

};
