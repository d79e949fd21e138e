export const id = 5716;
export const ids = [5716,6598];
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


/***/ })

};
