export const id = 2176;
export const ids = [2176];
export const modules = {

/***/ 42176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pv: () => (/* binding */ collectPlots)
});

// UNUSED EXPORTS: DEFAULT_OUT_DIR, normpath, overrideProps, readingOrder

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
;// CONCATENATED MODULE: ./src/map-limited.ts
/**
 * `fn` over `items`, at most `limit` running at once, the results in the items' order: reads that
 * each start a git process overlap without starting hundreds at once.
 */
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/metrics/collect-memo.ts
var collect_memo = __webpack_require__(66754);
// EXTERNAL MODULE: ./src/metrics/discover.ts + 1 modules
var discover = __webpack_require__(42226);
// EXTERNAL MODULE: ./src/metrics/load.ts
var load = __webpack_require__(79341);
// EXTERNAL MODULE: ./src/metrics/parse.ts + 1 modules
var parse = __webpack_require__(43775);
// EXTERNAL MODULE: ./src/metrics/value.ts
var metrics_value = __webpack_require__(41048);
// EXTERNAL MODULE: ./src/metrics/pyformat.ts
var pyformat = __webpack_require__(3317);
;// CONCATENATED MODULE: ./src/plots/vega-converter.ts
/**
 * DVC's VegaConverter (dvc/render/converter/vega.py): the data files of one plot at one revision
 * turned into rows, with x and y inferred where the definition leaves them out: `step` (the row
 * index) without an x, the last field of the first row without a y, `dvc_inferred_y_value` /
 * `dvc_inferred_x_value` when several fields share an axis. Every row gets `rev`, `filename` and
 * `field` (the renderer drops the ones that do not vary). Python's exceptions are kept by name,
 * as `--json` reports them.
 */

const INDEX = 'step';
const REVISION = 'rev';
const FILENAME = 'filename';
const FIELD = 'field';
const INFERRED_X = 'dvc_inferred_x_value';
const INFERRED_Y = 'dvc_inferred_y_value';
/** A Python exception, by its class name and `str()`. */
class PyException extends Error {
    type;
    constructor(type, message) {
        super(message);
        this.type = type;
        this.name = type;
    }
}
function pyTypeName(value) {
    if (value === null)
        return 'NoneType';
    if (typeof value === 'bigint')
        return 'int';
    if (typeof value === 'number')
        return 'float';
    if (typeof value === 'string')
        return 'str';
    if (typeof value === 'boolean')
        return 'bool';
    return Array.isArray(value) ? 'list' : 'dict';
}
const noAttribute = (value, attribute) => new PyException('AttributeError', `'${pyTypeName(value)}' object has no attribute '${attribute}'`);
/** `_lists`: the lists in a file's content, a top-level list itself or the lists among its (nested) values. */
function* lists(blob) {
    if (Array.isArray(blob)) {
        yield blob;
        return;
    }
    if (!(0,metrics_value/* isPlainObject */.Qd)(blob))
        throw noAttribute(blob, 'values');
    for (const value of Object.values(blob)) {
        if ((0,metrics_value/* isPlainObject */.Qd)(value))
            yield* lists(value);
        else if (Array.isArray(value))
            yield value;
    }
}
function fileFields(...axes) {
    const pairs = [];
    for (const axis of axes) {
        if (!(0,metrics_value/* isPlainObject */.Qd)(axis))
            continue;
        for (const [file, value] of Object.entries(axis)) {
            if (typeof value === 'string')
                pairs.push([file, value]);
            else if (Array.isArray(value))
                for (const field of value)
                    pairs.push([file, field]);
        }
    }
    return pairs;
}
function verifyField(file2datapoints, filename, field) {
    const datapoints = file2datapoints.get(filename);
    if (!datapoints)
        return;
    const first = datapoints[0];
    if (first === undefined)
        throw new PyException('TypeError', "argument of type 'NoneType' is not iterable");
    if (!Object.hasOwn(first, field)) {
        throw new PyException('FieldNotFoundError', `Could not find provided field ('${field}') in data fields ('${Object.keys(first).join(', ')}').`);
    }
}
/** `_is_datapoints`: every item a dict, and the first one holding every key any of them has. */
function isDatapoints(list) {
    if (!list.every((item) => (0,metrics_value/* isPlainObject */.Qd)(item)))
        return false;
    const first = list[0];
    if (first === undefined)
        throw noAttribute(null, 'keys');
    const keys = new Set(Object.keys(first));
    return list.every((item) => Object.keys(item).every((key) => keys.has(key)));
}
/** `get_datapoints`: every list of datapoints in the file, merged by row index. */
function getDatapoints(content) {
    const result = [];
    for (const list of lists(content)) {
        if (!isDatapoints(list))
            continue;
        list.forEach((datapoint, index) => {
            result[index] = Object.assign(result[index] ?? {}, datapoint);
        });
    }
    return result;
}
/** `os.path.commonpath` for POSIX paths (empty and `.` components dropped). */
function commonPath(paths) {
    const split = paths.map((path) => path.split('/').filter((part) => part && part !== '.'));
    const common = [];
    for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0][i]); i++)
        common.push(split[0][i]);
    return (paths[0].startsWith('/') ? '/' : '') + common.join('/');
}
const shortYFile = (file, prefixLength) => file.slice(prefixLength).replace(/^[/\\]+|[/\\]+$/g, '');
function updateFromField(target, field, sourceField, source = target) {
    if (source.length !== target.length)
        throw new RangeError('Source and target datapoints must have the same length');
    target.forEach((datapoint, index) => {
        const from = source[index];
        if (Object.hasOwn(from, sourceField))
            datapoint[field] = from[sourceField];
    });
}
function inferYLabel(properties) {
    const label = properties.y_label;
    if (label !== undefined && label !== null)
        return label;
    const y = properties.y;
    if (typeof y === 'string')
        return y;
    if (Array.isArray(y))
        return 'y';
    if (!(0,metrics_value/* isPlainObject */.Qd)(y))
        return null;
    const fields = new Set(fileFields(y).map(([, field]) => field));
    return fields.size === 1 ? [...fields][0] : 'y';
}
function inferXLabel(properties) {
    const label = properties.x_label;
    if (label !== undefined && label !== null)
        return label;
    const x = properties.x;
    if (!(0,metrics_value/* isPlainObject */.Qd)(x))
        return INDEX;
    const fields = new Set(fileFields(x).map(([, field]) => field));
    return fields.size === 1 ? [...fields][0] : 'x';
}
/** `VegaConverter(plot_id, data, properties)`: `data` holds the non-empty data files of one revision. */
class VegaConverter {
    plotId;
    data;
    properties;
    constructor(plotId, data, properties) {
        this.plotId = plotId;
        this.data = data;
        this.properties = properties;
    }
    inferYFromData() {
        const content = this.data.get(this.plotId);
        if (content === undefined)
            return null;
        for (const list of lists(content)) {
            if (!list.every((item) => (0,metrics_value/* isPlainObject */.Qd)(item)))
                continue;
            const first = list[0];
            if (first === undefined)
                throw noAttribute(null, 'keys');
            return { [this.plotId]: Object.keys(first).at(-1) ?? null };
        }
        return null;
    }
    inferXY() {
        const { x, y } = this.properties;
        const inferred = {};
        if (typeof x === 'string') {
            const xs = {};
            if ((0,metrics_value/* isPlainObject */.Qd)(y)) {
                // one x per y field
                for (const [file, fields] of Object.entries(y))
                    xs[file] = Array.isArray(fields) ? fields.map(() => x) : x;
            }
            else
                xs[this.plotId] = x;
            inferred.x = xs;
        }
        if (y === undefined || y === null)
            inferred.y = this.inferYFromData();
        else if (!(0,metrics_value/* isPlainObject */.Qd)(y))
            inferred.y = { [this.plotId]: y };
        return inferred;
    }
    /** `convert()`: datapoints per file, and the properties with x, y and labels filled in. */
    convert() {
        const inferred = this.inferXY();
        const file2datapoints = new Map();
        for (const [file, content] of this.data)
            file2datapoints.set(file, getDatapoints(content));
        const properties = { ...this.properties, ...inferred };
        properties.y_label = inferYLabel(properties);
        properties.x_label = inferXLabel(properties);
        return { file2datapoints, properties };
    }
    /** `flat_datapoints(revision)`. */
    flatDatapoints(revision) {
        const { file2datapoints, properties } = this.convert();
        const xs = fileFields(properties.x).map(([file, field]) => {
            verifyField(file2datapoints, file, field);
            return [file, field];
        });
        let [xFile, xField] = xs.length === 0 ? [undefined, INDEX] : xs[0];
        const multipleXFields = xs.length > 1 && new Set(xs.map(([, field]) => field)).size > 1;
        const update = { x: multipleXFields ? INFERRED_X : xField };
        const ys = fileFields(properties.y).map(([file, field]) => {
            verifyField(file2datapoints, file, field);
            return [file, field];
        });
        if (xs.length > 1 && xs.length !== ys.length) {
            throw new PyException('DvcException', `Cannot have different number of x and y data sources. Found ${xs.length} x and ${ys.length} y data sources.`);
        }
        const yFields = new Set(ys.map(([, field]) => field));
        const yFiles = new Set(ys.map(([file]) => file));
        update.y = yFields.size > 1 ? INFERRED_Y : ([...yFields][0] ?? null);
        const prefixLength = yFiles.size > 1 ? commonPath([...yFiles]).length : 0;
        const ySources = ys.map(([file, field]) => ({ filename: shortYFile(file, prefixLength), field }));
        const all = [];
        ys.forEach(([yFile, yField], i) => {
            if (xs.length > 1)
                [xFile, xField] = xs[i];
            const datapoints = (file2datapoints.get(yFile) ?? []).map((row) => ({ ...row }));
            if (update.y === INFERRED_Y)
                updateFromField(datapoints, INFERRED_Y, yField);
            if (xField === INDEX && xFile === undefined) {
                datapoints.forEach((datapoint, index) => (datapoint[INDEX] = BigInt(index)));
            }
            else {
                try {
                    updateFromField(datapoints, multipleXFields ? INFERRED_X : xField, xField, file2datapoints.get(xFile) ?? []);
                }
                catch (error) {
                    if (!(error instanceof RangeError))
                        throw error;
                    throw new PyException('DvcException', `Cannot join '${xField}' from '${xFile}' and '${yField}' from '${yFile}'. They have to have same length.`);
                }
            }
            for (const datapoint of datapoints)
                Object.assign(datapoint, { [REVISION]: revision, [FILENAME]: shortYFile(yFile, prefixLength), [FIELD]: yField });
            all.push(...datapoints);
        });
        if (all.length === 0)
            return { rows: [], properties: {}, ySources: [] };
        return { rows: all, properties: { ...properties, ...update, anchors_y_definitions: ySources.map((source) => ({ ...source })) }, ySources };
    }
}

// EXTERNAL MODULE: ./src/plots/vega-render.ts + 1 modules
var vega_render = __webpack_require__(81701);
;// CONCATENATED MODULE: ./src/plots/match.ts
/**
 * DVC's `match_defs_renderers` (dvc/render/match.py) and `to_json`'s choice of renderer: the plot
 * definitions of every revision grouped by id, each group's data converted per revision and
 * joined into one plot, with the errors DVC reports for it. Pure but for the image files it
 * writes, as DVC's ImageConverter does.
 */






const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.gif', '.png', '.svg']);
/** `os.path.splitext(path)[1]`: a leading dot is part of the name, not an extension. */
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 && name.slice(0, dot).replace(/\./g, '') !== '' ? name.slice(dot) : '';
}
/** `ImageRenderer.matches`: `Path(id).suffix` is an image extension. */
const isImageId = (id) => IMAGE_EXTENSIONS.has(extensionOf(id));
/** `infer_data_sources`: the y files of a named plot (and its x file), else the id itself. */
function inferDataSources(plotId, config) {
    const y = config?.y;
    const sources = (0,metrics_value/* isPlainObject */.Qd)(y) ? Object.keys(y) : [plotId];
    const x = config?.x;
    if ((0,metrics_value/* isPlainObject */.Qd)(x)) {
        const first = Object.keys(x)[0];
        if (first !== undefined)
            sources.push(first);
    }
    return [...new Set(sources)];
}
const fullPlotId = (plotId, configFile) => (configFile ? `${configFile}::${plotId}` : plotId);
/** `group_definitions_by_id` per revision, then `PlotsData.group_definitions`. */
function groupDefinitions(data) {
    const groups = new Map();
    for (const [rev, revision] of data) {
        const byConfig = new Map();
        for (const [configFile, content] of revision.definitions) {
            for (const [plotId, definition] of content.data) {
                if (!byConfig.has(plotId))
                    byConfig.set(plotId, new Map());
                byConfig.get(plotId).set(configFile, definition);
            }
        }
        for (const [plotId, configs] of byConfig) {
            // the config file joins the id only when several define the same one
            for (const [configFile, definition] of configs) {
                const id = configs.size === 1 ? plotId : fullPlotId(plotId, configFile);
                if (!groups.has(id))
                    groups.set(id, []);
                groups.get(id).push({ rev, innerId: plotId, definition });
            }
        }
    }
    return groups;
}
/** `_squash_plots_properties`: the first revision's value of each property wins. */
function squash(group) {
    let resolved = {};
    for (const { definition } of [...group].reverse())
        resolved = { ...resolved, ...definition };
    return resolved;
}
/** Python truthiness of a parsed file (DVC keeps only truthy data). */
function truthy(value) {
    if (value === undefined || value === null || value === false || value === '' || value === 0 || value === 0n)
        return false;
    if (value instanceof Uint8Array || Array.isArray(value))
        return value.length > 0;
    if ((0,metrics_value/* isPlainObject */.Qd)(value))
        return Object.keys(value).length > 0;
    return true;
}
/** Python values as JSON-safe scalars for PlotRow (ints as numbers; lists and dicts as their JSON). */
function plotRow(row) {
    const out = {};
    for (const [key, value] of Object.entries(row)) {
        out[key] = typeof value === 'bigint' ? Number(value) : Array.isArray(value) || (0,metrics_value/* isPlainObject */.Qd)(value) ? JSON.stringify(jsonSafe(value)) : value;
    }
    return out;
}
/** A Python-typed value as plain JSON (bigint → number), for consumers of `content`. */
function jsonSafe(value) {
    if (typeof value === 'bigint')
        return Number(value);
    if (Array.isArray(value))
        return value.map(jsonSafe);
    if ((0,metrics_value/* isPlainObject */.Qd)(value))
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonSafe(item)]));
    return value;
}
const asText = (value) => (value === undefined || value === null ? undefined : typeof value === 'string' ? value : (0,pyformat.pyStr)(value));
function emptyPlot(id) {
    return { kind: 'vega', id, revisions: [], template: 'linear', title: id, x: '', y: '', xLabel: '', yLabel: '', rows: [], content: {}, pyRows: [], ySources: [] };
}
function describe(error) {
    if (error instanceof PyException || error instanceof vega_render/* RenderError */.vH)
        return { type: error.type, msg: error.message };
    throw error;
}
/** One group's vega plot: DVC's VegaRenderer over every revision's rows. */
function vegaPlot(id, rows, firstProps, revs) {
    const template = asText(firstProps.template) ?? 'linear';
    if (!(0,vega_render/* isTemplate */.Fl)(template))
        throw new vega_render/* RenderError */.vH('TemplateNotFoundError', `Template '${template}' not found.`);
    const ySources = firstProps.anchors_y_definitions ?? [];
    const shaped = (0,vega_render/* updateDatapoints */.DA)(rows, (0,vega_render/* variedKeys */.Md)(template, ySources));
    const x = asText(firstProps.x);
    const y = asText(firstProps.y);
    const title = asText(firstProps.title) ?? id;
    const xLabel = asText(firstProps.x_label) ?? x;
    const yLabel = asText(firstProps.y_label) ?? y;
    const revisions = revs.length > 0 ? revs : [...new Set(shaped.map((row) => asText(row.rev)).filter((rev) => Boolean(rev)))];
    const { content } = (0,vega_render/* renderVega */.G)(template, { title, x, y, xLabel, yLabel, ySources, revisions }, shaped, false);
    return {
        kind: 'vega', id, revisions, template, title, x: x ?? '', y: y ?? '', xLabel: xLabel ?? '', yLabel: yLabel ?? '',
        rows: shaped.map(plotRow), content: jsonSafe(content), pyRows: shaped, ySources,
    };
}
/** `ImageConverter._write_image`: `<out>/<rev>_<path with / → _>`. */
async function writeImage(outDir, revision, filename, bytes) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const file = (0,external_node_path_.join)(outDir, `${revision}_${filename}`.replace(/\//g, '_'));
    await (0,promises_.writeFile)(file, bytes);
    return file;
}
/**
 * `match_defs_renderers` + `to_json`'s renderers, as a PlotsResult: plots in the order their ids
 * first appear (revision by revision), then errors per plot (its sources', then its
 * conversion's), then the revisions that could not be read at all.
 */
async function matchPlots(data, options) {
    const plots = [];
    const errors = [];
    for (const [plotId, group] of groupDefinitions(data)) {
        const props = squash(group);
        let firstProps = {};
        let image = false;
        let name = plotId;
        const rows = [];
        const images = [];
        const revs = [];
        const sourceErrors = [];
        const definitionErrors = [];
        for (const { rev, innerId, definition } of group) {
            const sources = inferDataSources(innerId, definition);
            const revision = data.get(rev);
            const files = new Map();
            for (const source of sources) {
                const content = revision.sources.get(source)?.data;
                if (truthy(content))
                    files.set(source, content);
            }
            image = isImageId(innerId);
            name = image ? innerId : plotId;
            for (const source of sources) {
                const error = revision.sources.get(source)?.error;
                if (error)
                    sourceErrors.push({ name: '', rev, source, type: error.type, msg: error.msg });
            }
            if (image) {
                for (const [filename, bytes] of files) {
                    if (!(bytes instanceof Uint8Array))
                        continue;
                    const file = await writeImage(options.outDir, rev, filename, bytes);
                    images.push({ kind: 'image', id: innerId, revision: rev, repoPath: options.repoPath(filename), file });
                    if (!revs.includes(rev))
                        revs.push(rev);
                }
                continue;
            }
            try {
                const vegaData = new Map([...files].filter((entry) => !(entry[1] instanceof Uint8Array)));
                const converted = new VegaConverter(innerId, vegaData, { ...props }).flatDatapoints(rev);
                if (converted.rows.length > 0 && !revs.includes(rev))
                    revs.push(rev);
                if (Object.keys(firstProps).length === 0 && Object.keys(converted.properties).length > 0)
                    firstProps = converted.properties;
                rows.push(...converted.rows);
            }
            catch (error) {
                definitionErrors.push({ name: '', rev, source: '', ...describe(error) });
            }
        }
        const named = (list) => list.map((error) => ({ ...error, name }));
        errors.push(...named(sourceErrors), ...named(definitionErrors));
        if (image) {
            plots.push(...(images.length > 0 ? images : [emptyPlot(name)]));
            continue;
        }
        if (rows.length === 0) {
            plots.push(emptyPlot(name));
            continue;
        }
        try {
            plots.push(vegaPlot(name, rows, firstProps, revs));
        }
        catch (error) {
            // DVC stops with a traceback here; one plot that cannot be drawn is reported instead
            errors.push({ name, rev: revs[0] ?? '', source: '', ...describe(error) });
            plots.push(emptyPlot(name));
        }
    }
    for (const [rev, revision] of data)
        if (revision.error)
            errors.push({ name: '', rev, source: '', ...revision.error });
    return { plots, errors, revisions: [...data.keys()] };
}

;// CONCATENATED MODULE: ./src/plots/read.ts




/** What a path names at a revision. */
async function entryAt(revision, cwd, path) {
    if (revision.commit === undefined) {
        try {
            const info = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, path));
            return info.isDirectory() ? { kind: 'directory' } : info.isFile() ? { kind: 'file', size: info.size } : { kind: 'special' };
        }
        catch {
            return { kind: 'missing' };
        }
    }
    const info = await (0,git/* objectInfoAt */.VH)(cwd, revision.commit, path);
    if (!info)
        return { kind: 'missing' };
    return info.type === 'tree' ? { kind: 'directory' } : { kind: 'file', size: info.size };
}
/** The bytes of a file that `entryAt` found. */
async function readBytesAt(revision, cwd, path) {
    if (revision.commit === undefined)
        return (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path));
    const chunks = [];
    for await (const chunk of (0,git/* streamFileAt */.un)(cwd, revision.commit, path))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
async function walk(root, folder) {
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, folder), { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const path = `${folder}/${entry.name}`;
        if (entry.isDirectory())
            files.push(...(await walk(root, path)));
        else
            files.push(path);
    }
    return files;
}
/** Every file below a (normalised) folder, recursively, sorted as DVC's `fs.find` sorts them. */
async function filesUnder(revision, cwd, folder) {
    if (revision.commit === undefined)
        return (await walk(cwd, folder)).sort();
    const result = await (0,git/* git */.$Y)(cwd, ['ls-tree', '-r', '-z', '--name-only', revision.commit, '--', `${folder}/`]);
    if (!result.ok)
        throw new errors/* MlopsError */.IC(`cannot list ${folder} at ${revision.name}: ${result.stderr.trim()}`);
    // relative to cwd, as the (normalised) folder is
    return result.stdout.split('\0').filter(Boolean).sort();
}

// EXTERNAL MODULE: ./src/fs/plain-file.ts
var plain_file = __webpack_require__(68514);
;// CONCATENATED MODULE: ./src/plots/sv.ts

var State;
(function (State) {
    State[State["StartRecord"] = 0] = "StartRecord";
    State[State["StartField"] = 1] = "StartField";
    State[State["InField"] = 2] = "InField";
    State[State["InQuotedField"] = 3] = "InQuotedField";
    State[State["QuoteInQuotedField"] = 4] = "QuoteInQuotedField";
    State[State["EatCrnl"] = 5] = "EatCrnl";
})(State || (State = {}));
const EOL = -1;
const QUOTE = '"';
/** `csv.reader(io.StringIO(text), delimiter=...)`: the records, each a list of fields. */
function* csvRecords(text, delimiter) {
    // io.StringIO yields lines ending in "\n"
    const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    let fields = [];
    let field = '';
    let state = State.StartRecord;
    const save = () => {
        fields.push(field);
        field = '';
    };
    const endOfLine = (c) => (c === EOL ? State.StartRecord : State.EatCrnl);
    const step = (c) => {
        const newline = c === '\n' || c === '\r' || c === EOL;
        switch (state) {
            case State.StartRecord:
                if (c === EOL)
                    return;
                if (c === '\n' || c === '\r') {
                    state = State.EatCrnl;
                    return;
                }
                state = State.StartField;
                step(c);
                return;
            case State.StartField:
                if (newline) {
                    save();
                    state = endOfLine(c);
                }
                else if (c === QUOTE)
                    state = State.InQuotedField;
                else if (c === delimiter)
                    save();
                else {
                    field += c;
                    state = State.InField;
                }
                return;
            case State.InField:
                if (newline) {
                    save();
                    state = endOfLine(c);
                }
                else if (c === delimiter) {
                    save();
                    state = State.StartField;
                }
                else
                    field += c;
                return;
            case State.InQuotedField:
                if (c === EOL)
                    return;
                if (c === QUOTE)
                    state = State.QuoteInQuotedField;
                else
                    field += c;
                return;
            case State.QuoteInQuotedField:
                if (c === QUOTE) {
                    field += c;
                    state = State.InQuotedField;
                }
                else if (c === delimiter) {
                    save();
                    state = State.StartField;
                }
                else if (newline) {
                    save();
                    state = endOfLine(c);
                }
                else {
                    // strict=False: the rest of the field is taken as it is
                    field += c;
                    state = State.InField;
                }
                return;
            case State.EatCrnl:
                if (c === '\n' || c === '\r')
                    return;
                if (c === EOL) {
                    state = State.StartRecord;
                    return;
                }
                throw new PyException('Error', "new-line character seen in unquoted field - do you need to open the file with newline=''?");
        }
    };
    let line = 0;
    while (line < lines.length) {
        fields = [];
        field = '';
        state = State.StartRecord;
        do {
            if (line >= lines.length) {
                // end of input inside a record: what was read is the last record
                if (field.length !== 0 || state === State.InQuotedField) {
                    save();
                    break;
                }
                return;
            }
            for (const c of lines[line++])
                step(c);
            step(EOL);
        } while (state !== State.StartRecord);
        yield fields;
    }
}
/** The key Python's DictReader files a long row's extra cells under (`restkey=None`). */
const REST_KEY = 'null';
/** `list(csv.DictReader(io.StringIO(text), delimiter=..., fieldnames=...))`. */
function dictReader(text, delimiter, fieldnames) {
    const records = csvRecords(text, delimiter);
    let names = fieldnames;
    if (names === undefined) {
        const first = records.next();
        if (first.done)
            return [];
        names = first.value;
    }
    const rows = [];
    for (const record of records) {
        if (record.length === 0)
            continue;
        const row = {};
        names.forEach((name, i) => {
            if (i < record.length)
                row[name] = record[i];
        });
        if (names.length < record.length)
            row[REST_KEY] = record.slice(names.length);
        else
            for (const name of names.slice(record.length))
                row[name] = null;
        rows.push(row);
    }
    return rows;
}
/** `_load_sv(content, delimiter, header)`. */
function loadSv(text, delimiter, header) {
    if (header)
        return dictReader(text, delimiter);
    // DVC counts the columns with the default (comma) reader, whatever the delimiter
    const first = csvRecords(text, ',').next();
    if (first.done)
        throw new PyException('TypeError', "object of type 'NoneType' has no len()");
    return dictReader(text, delimiter, first.value.map((_, i) => String(i)));
}

;// CONCATENATED MODULE: ./src/plots/collect.ts
/**
 * The plots of a project at some revisions, as DVC 3's `Plots.show` collects them
 * (dvc/repo/plots/__init__.py) and `match_defs_renderers` joins them: the top-level `plots:` of
 * every dvc.yaml (paths, folders, named plots with `y: {file: field}`), stage `plots:` outputs
 * with their properties, and the targets given; then each data file read at each revision
 * (JSON, YAML, TOML, CSV/TSV, images). A file that cannot be read is an error entry, as in DVC;
 * only an unknown revision throws.
 */















const DEFAULT_OUT_DIR = 'dvc_plots';
const PLOT_PROPS = ['template', 'x', 'y', 'x_label', 'y_label', 'title', 'header'];
const SUPPORTED_EXTENSIONS = new Set(['.toml', '.json', '.py', '.yml', '.yaml', '.csv', '.tsv']);
/** DVC's props from the flags: only the ones given, so a definition's own stay. */
function overrideProps(overrides = {}) {
    const props = {};
    const set = (key, value) => {
        if (value !== undefined)
            props[key] = value;
    };
    set('template', overrides.template);
    set('x', overrides.x);
    set('y', overrides.y);
    set('header', overrides.header);
    set('title', overrides.title);
    set('x_label', overrides.xLabel);
    set('y_label', overrides.yLabel);
    return props;
}
/** `Plots.collect`'s order: the workspace first (as DVC's brancher reads it), each revision once. */
function readingOrder(revisions) {
    const unique = [...new Set(revisions)];
    return unique.includes('workspace') ? ['workspace', ...unique.filter((rev) => rev !== 'workspace')] : unique;
}
/** `posixpath.normpath`. */
function normpath(path) {
    if (path === '')
        return '.';
    const normal = external_node_path_.posix.normalize(path);
    return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}
const joinPath = (folder, path) => (folder ? external_node_path_.posix.join(folder, path) : path);
/** `os.path.commonpath` of two POSIX paths. */
function collect_commonPath(a, b) {
    const parts = (path) => path.split('/').filter((part) => part && part !== '.');
    const [x, y] = [parts(a), parts(b)];
    const common = [];
    for (let i = 0; i < Math.min(x.length, y.length) && x[i] === y[i]; i++)
        common.push(x[i]);
    return (a.startsWith('/') ? '/' : '') + common.join('/');
}
/** `_matches`: no targets, or one matching (at the start, as `re.match`) the id or `config::id`. */
function matches(targets, configPath, plotId) {
    if (targets.length === 0)
        return true;
    const full = fullPlotId(plotId, configPath);
    return targets.some((target) => [plotId, full].some((id) => ((target.lastIndex = 0), target.test(id))));
}
/** A revision-level failure, as DVC's `error_handler` records it. */
class RevisionError extends Error {
    error;
    constructor(error) {
        super(error.msg);
        this.error = error;
    }
}
/** `make_relpath`: how DVC names a dvc.yaml in a validation error. */
const dvcRelpath = (path) => (path.startsWith('..') ? path : `./${path}`);
function validationError(configPath, revision) {
    const where = revision.commit ? ` in revision '${revision.commit.slice(0, 7)}'` : '';
    return new RevisionError({ type: 'YAMLValidationError', msg: `'${dvcRelpath(configPath)}' validation failed${where}` });
}
const isString = (value) => typeof value === 'string';
const isStringMap = (value, item) => (0,metrics_value/* isPlainObject */.Qd)(value) && Object.values(value).every(item);
/** dvc/schema.py PLOT_DEFINITION: what a top-level plot may say. */
function validDefinition(props) {
    if (props === null)
        return true;
    if (!(0,metrics_value/* isPlainObject */.Qd)(props))
        return false;
    return Object.entries(props).every(([key, value]) => {
        switch (key) {
            case 'x':
                return isString(value) || isStringMap(value, isString);
            case 'y':
                return isString(value) || (Array.isArray(value) && value.every(isString)) || isStringMap(value, (v) => isString(v) || (Array.isArray(v) && v.every(isString)));
            case 'x_label':
            case 'y_label':
            case 'title':
            case 'template':
                return isString(value);
            default:
                return false;
        }
    });
}
/** PLOT_PROPS of a stage's plot output: strings, and `header` a bool. */
function validStageProps(flags) {
    if (!(0,metrics_value/* isPlainObject */.Qd)(flags))
        return false;
    return PLOT_PROPS.every((key) => flags[key] === undefined || (key === 'header' ? typeof flags[key] === 'boolean' : isString(flags[key])));
}
/** `_merge_data` over a stage's `plots:` list, then the plot props of each output. */
function stagePlots(entries, configPath, wdir, revision) {
    if (entries === undefined || entries === null)
        return [];
    if (!Array.isArray(entries))
        throw validationError(configPath, revision);
    const merged = new Map();
    for (const entry of entries) {
        if (typeof entry === 'string') {
            if (!merged.has(entry))
                merged.set(entry, {});
        }
        else if ((0,metrics_value/* isPlainObject */.Qd)(entry)) {
            for (const [path, flags] of Object.entries(entry)) {
                if (flags === null) {
                    if (!merged.has(path))
                        merged.set(path, {});
                    continue;
                }
                if (!validStageProps(flags))
                    throw validationError(configPath, revision);
                merged.set(path, { ...(merged.get(path) ?? {}), ...flags });
            }
        }
        else
            throw validationError(configPath, revision);
    }
    return [...merged].map(([path, flags]) => ({
        configPath,
        path: normpath(joinPath(wdir, path)),
        props: Object.fromEntries(PLOT_PROPS.filter((key) => flags[key] !== undefined).map((key) => [key, flags[key]])),
    }));
}
/** What one dvc.yaml declares about plots; `configPath` is the dvc.yaml relative to cwd. */
function plotsOfDvcYaml(dvcYaml, configPath, revision) {
    const file = { configPath, topLevel: [], stagePlots: [] };
    if (!(0,metrics_value/* isPlainObject */.Qd)(dvcYaml))
        return file;
    const folder = external_node_path_.posix.dirname(configPath) === '.' ? '' : external_node_path_.posix.dirname(configPath);
    const plots = dvcYaml.plots;
    if (plots !== undefined && plots !== null) {
        if (!Array.isArray(plots))
            throw validationError(configPath, revision);
        const defs = new Map();
        for (const element of plots) {
            if (typeof element === 'string')
                defs.set(element, null);
            else if ((0,metrics_value/* isPlainObject */.Qd)(element) && Object.keys(element).length > 0) {
                if (!Object.values(element).every(validDefinition))
                    throw validationError(configPath, revision);
                // DVC reads the first key of each entry
                const [id, props] = Object.entries(element)[0];
                defs.set(id, props);
            }
            else
                throw validationError(configPath, revision);
        }
        file.topLevel = [...defs];
    }
    const stages = (0,metrics_value/* isPlainObject */.Qd)(dvcYaml.stages) ? dvcYaml.stages : {};
    for (const stage of Object.values(stages)) {
        if (!(0,metrics_value/* isPlainObject */.Qd)(stage))
            continue;
        // foreach/matrix stages keep their definition under `do`
        const body = (0,metrics_value/* isPlainObject */.Qd)(stage.do) ? stage.do : stage;
        const wdir = normpath(joinPath(folder, typeof body.wdir === 'string' ? body.wdir : '.'));
        file.stagePlots.push(...stagePlots(body.plots, configPath, wdir === '.' ? '' : wdir, revision));
    }
    return file;
}
/** A shallow `dpath.merge` of one config's plots into another: later props win key by key. */
function mergeInto(config, data) {
    for (const [id, props] of data)
        config.data.set(id, { ...(config.data.get(id) ?? {}), ...props });
}
/** Reads one revision of the project. */
class RevisionReader {
    memo;
    project;
    cwd;
    revision;
    targets;
    patterns;
    props;
    here;
    constructor(memo, project, cwd, revision, targets, patterns, props, 
    /** cwd with links resolved, as Python's os.getcwd() names it in messages. */
    here) {
        this.memo = memo;
        this.project = project;
        this.cwd = cwd;
        this.revision = revision;
        this.targets = targets;
        this.patterns = patterns;
        this.props = props;
        this.here = here;
    }
    async readDvcYaml(file) {
        const configPath = (0,discover/* fromCwd */.Be)(this.project, file);
        const text = this.revision.commit === undefined ? await this.readWorkspaceDvcYaml(file, configPath) : await (0,git/* readFileAt */._T)(this.project.root, this.revision.commit, file);
        if (text === undefined)
            return undefined;
        try {
            return (0,parse/* parseStructured */.jE)(text, 'yaml', configPath);
        }
        catch (error) {
            if (!(error instanceof parse/* UnreadableFileError */.o2))
                throw error;
            throw new RevisionError({ type: 'YAMLSyntaxError', msg: `unable to read: '${configPath}', YAML file structure is corrupted` });
        }
    }
    /** A dvc.yaml of the workspace: a link to /dev/zero or a 100 MB file is refused, not read. */
    async readWorkspaceDvcYaml(file, configPath) {
        const read = await (0,plain_file/* readPlainFile */.b$)((0,external_node_path_.join)(this.project.root, file), load/* DEFAULT_MAX_BYTES */.fS);
        if (read.kind === 'missing')
            return undefined;
        if (read.kind === 'refused')
            throw new RevisionError({ type: 'DvcException', msg: `unable to read: '${configPath}', it ${read.reason}` });
        return decodeUtf8(read.bytes, configPath, 'utf-8');
    }
    /** `unpack_if_dir`: a folder's files (each with the props), or the path itself. */
    async unpack(path, props) {
        const entry = await entryAt(this.revision, this.cwd, path);
        const paths = entry.kind === 'directory' ? await filesUnder(this.revision, this.cwd, normpath(path)) : [path];
        return new Map(paths.map((file) => [file, { ...props }]));
    }
    /** `_resolve_definitions` for one dvc.yaml's top-level plots. */
    async resolveDefinitions(file) {
        const config = { data: new Map() };
        const folder = external_node_path_.posix.dirname(file.configPath) === '.' ? '' : external_node_path_.posix.dirname(file.configPath);
        const parents = file.topLevel.map(([id]) => normpath(joinPath(folder, id)));
        for (const [plotId, given] of file.topLevel) {
            const plotProps = given ?? {};
            if (!(0,metrics_value/* isPlainObject */.Qd)(plotProps.y)) {
                // the id is a data file or a folder of them
                const dataPath = normpath(joinPath(folder, plotId));
                if (!matches(this.patterns, file.configPath, plotId))
                    continue;
                const unpacked = await this.unpack(dataPath, { ...plotProps, ...this.props });
                // a file under several folder ids belongs to the closest one
                const closest = (path) => parents.reduce((best, parent) => {
                    const common = collect_commonPath(path, parent);
                    return common.length > best.length ? common : best;
                }, '');
                mergeInto(config, new Map([...unpacked].filter(([path]) => closest(path) === dataPath)));
            }
            else if (matches(this.patterns, file.configPath, plotId)) {
                mergeInto(config, new Map([[plotId, { ...adjustSources(plotProps, folder), ...this.props }]]));
            }
        }
        return config;
    }
    /** `_collect_definitions`: every dvc.yaml's plots, stage plots under '', then the targets. */
    async definitions() {
        const files = [];
        for (const file of await this.memo.dvcYamlFiles(this.revision, this.project)) {
            const dvcYaml = await this.readDvcYaml(file);
            if (dvcYaml !== undefined)
                files.push(plotsOfDvcYaml(dvcYaml, (0,discover/* fromCwd */.Be)(this.project, file), this.revision));
        }
        const result = new Map();
        for (const file of files) {
            if (file.topLevel.length > 0)
                result.set(file.configPath, await this.resolveDefinitions(file));
        }
        for (const plot of files.flatMap((file) => file.stagePlots)) {
            if (!matches(this.patterns, plot.configPath, plot.path))
                continue;
            const unpacked = await this.unpack(plot.path, { ...plot.props, ...this.props });
            if (!result.has(''))
                result.set('', { data: new Map() });
            mergeInto(result.get(''), unpacked);
        }
        for (const target of this.targets) {
            if (result.size > 0 && (await entryAt(this.revision, this.cwd, target)).kind === 'missing')
                continue;
            const unpacked = await this.unpack(target, this.props);
            if (!result.has(''))
                result.set('', { data: new Map() });
            mergeInto(result.get(''), unpacked);
        }
        return result;
    }
    /** `parse(fs, path, props)`: a data file's content, or the exception DVC records for it. */
    async source(path, header) {
        const extension = extensionOf(path);
        const image = IMAGE_EXTENSIONS.has(extension);
        if (!image && !SUPPORTED_EXTENSIONS.has(extension)) {
            return { error: { type: 'PlotMetricTypeError', msg: `'${path}' - file type error\nOnly JSON, YAML, CSV and TSV formats are supported.` } };
        }
        const entry = await entryAt(this.revision, this.cwd, path);
        const absolute = (0,external_node_path_.resolve)(this.here, path);
        if (entry.kind === 'missing')
            return { error: { type: 'FileNotFoundError', msg: `[Errno 2] No such file or directory: '${absolute}'` } };
        if (entry.kind === 'directory')
            return { error: { type: 'IsADirectoryError', msg: `[Errno 21] Is a directory: '${absolute}'` } };
        if (entry.kind === 'special')
            return { error: { type: 'DvcException', msg: `'${path}' is not a regular file (a device, pipe or socket); plot data is read from plain files.` } };
        if (entry.size > load/* DEFAULT_MAX_BYTES */.fS) {
            return { error: { type: 'DvcException', msg: `'${path}' is ${(entry.size / 2 ** 20).toFixed(1)} MiB; plot data over ${load/* DEFAULT_MAX_BYTES */.fS / 2 ** 20} MiB is not read.` } };
        }
        const bytes = await readBytesAt(this.revision, this.cwd, path);
        if (image)
            return bytes.length > 0 ? { data: new Uint8Array(bytes) } : {};
        if (extension === '.py')
            return { error: { type: 'DvcException', msg: `'${path}': mlops does not read Python files as plot data; write the data as JSON, YAML, CSV or TSV.` } };
        try {
            // text mode: universal newlines
            const text = decodeUtf8(bytes, normpath(path), 'utf8').replace(/\r\n?/g, '\n');
            const content = await parseData(text, extension, path, header);
            return truthyContent(content) ? { data: content } : {};
        }
        catch (error) {
            if (error instanceof PyException)
                return { error: { type: error.type, msg: error.message } };
            throw error;
        }
    }
}
function decodeUtf8(bytes, path, encoding) {
    try {
        // Python's utf8 codec keeps a BOM as a character
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new PyException('EncodingError', `unable to read: '${path}', is not valid ${encoding}`);
    }
}
/** Python truthiness of a parsed file (`... or {}`). */
function truthyContent(value) {
    if (value === null || value === false || value === '' || value === 0 || value === 0n)
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    if ((0,metrics_value/* isPlainObject */.Qd)(value))
        return Object.keys(value).length > 0;
    return true;
}
async function parseData(text, extension, path, header) {
    if (extension === '.csv' || extension === '.tsv')
        return loadSv(text, extension === '.tsv' ? '\t' : ',', header);
    const format = extension === '.json' ? 'json' : extension === '.toml' ? 'toml' : 'yaml';
    if (format === 'toml')
        await (0,parse/* loadTomlParser */._1)();
    try {
        return (0,parse/* parseStructured */.jE)(text, format, path);
    }
    catch (error) {
        if (!(error instanceof parse/* UnreadableFileError */.o2))
            throw error;
        throw new PyException(`${format.toUpperCase()}FileCorruptedError`, `unable to read: '${normpath(path)}', ${format.toUpperCase()} file structure is corrupted`);
    }
}
/** `_adjust_sources`: a named plot's `x`/`y` files made relative to cwd (an `x` field name stays). */
function adjustSources(props, folder) {
    const adjusted = { ...props };
    for (const axis of ['x', 'y']) {
        if (axis === 'x' && (!(axis in adjusted) || typeof adjusted[axis] === 'string'))
            continue;
        const old = adjusted[axis];
        delete adjusted[axis];
        const moved = {};
        if ((0,metrics_value/* isPlainObject */.Qd)(old))
            for (const [path, value] of Object.entries(old))
                moved[normpath(joinPath(folder, path))] = value;
        adjusted[axis] = moved;
    }
    return adjusted;
}
function compilePatterns(targets) {
    try {
        return targets.map((target) => new RegExp(target, 'y'));
    }
    catch (error) {
        return { type: 'error', msg: error instanceof Error ? error.message : String(error) };
    }
}
/** Data files read at once (each is a git process at a commit). */
const SOURCES_AT_ONCE = 8;
/** One revision: its definitions, then every data file they name (`Plots._collect_data_sources`). */
async function readRevision(reader, props, patterns) {
    if (!Array.isArray(patterns))
        return { definitions: new Map(), sources: new Map(), error: patterns };
    let definitions;
    try {
        definitions = await reader.definitions();
    }
    catch (error) {
        if (error instanceof RevisionError)
            return { definitions: new Map(), sources: new Map(), error: error.error };
        if (error instanceof PyException)
            return { definitions: new Map(), sources: new Map(), error: { type: error.type, msg: error.message } };
        if (error instanceof errors/* MlopsError */.IC)
            return { definitions: new Map(), sources: new Map(), error: { type: 'DvcException', msg: error.message } };
        throw error;
    }
    // a stage plot's own `header: false` applies to its data (the flag's wins)
    const stageHeader = new Map();
    const stage = definitions.get('');
    if (stage)
        for (const [path, plotProps] of stage.data)
            if (plotProps.header !== undefined)
                stageHeader.set(normpath(path), plotProps.header);
    const targets = new Set();
    for (const config of definitions.values())
        for (const [id, plotProps] of config.data)
            for (const source of inferDataSources(id, plotProps))
                targets.add(source);
    // each read at a commit is a git process: several at once, kept in DVC's order
    const list = [...targets];
    const read = await mapLimited(list, SOURCES_AT_ONCE, (source) => reader.source(source, (props.header ?? stageHeader.get(normpath(source)) ?? true) !== false));
    return { definitions, sources: new Map(list.map((source, index) => [source, read[index]])) };
}
/** A source's path from the top of the git work tree (else the project root), for blob links; `here` is cwd with links resolved. */
function repoPathOf(here, project) {
    const top = project.workTree ?? project.root;
    return (source) => {
        const path = (0,external_node_path_.relative)(top, (0,external_node_path_.isAbsolute)(source) ? source : (0,external_node_path_.join)(here, source));
        return path.split(external_node_path_.sep).join('/');
    };
}
/**
 * `dvc plots show|diff`'s plots for explicit revisions (`workspace` is the working tree), read in
 * DVC's order (the workspace first). Image plots are written to `outDir`. Throws only for a
 * revision git does not know (nothing is read then); every other problem is an error entry.
 */
async function collectPlots({ cwd, revisions, targets = [], overrides, outDir = DEFAULT_OUT_DIR, memo = new collect_memo/* CollectMemo */.r() }) {
    const project = await memo.project(cwd);
    const here = await (0,promises_.realpath)(cwd).catch(() => cwd);
    const order = readingOrder(revisions);
    const resolved = await Promise.all(order.map((name) => memo.revision(cwd, name)));
    const props = overrideProps(overrides);
    // DVC's `from_os_path`: an absolute target is named by its path inside the project
    const named = targets.map((target) => ((0,external_node_path_.isAbsolute)(target) ? (0,external_node_path_.relative)(cwd, target).split(external_node_path_.sep).join('/') || '.' : target));
    const patterns = compilePatterns(named);
    // the revisions are read side by side, and listed in DVC's order
    const read = await Promise.all(resolved.map((revision) => readRevision(new RevisionReader(memo, project, cwd, revision, named, Array.isArray(patterns) ? patterns : [], props, here), props, patterns)));
    const data = new Map(resolved.map((revision, index) => [revision.name, read[index]]));
    return matchPlots(data, { outDir: (0,external_node_path_.resolve)(cwd, outDir), repoPath: repoPathOf(here, project) });
}


/***/ }),

/***/ 81701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vH: () => (/* binding */ RenderError),
  Fl: () => (/* binding */ isTemplate),
  G: () => (/* binding */ renderVega),
  DA: () => (/* binding */ updateDatapoints),
  Md: () => (/* binding */ variedKeys)
});

// UNUSED EXPORTS: anchor, escapeField, templateContent

// EXTERNAL MODULE: ./src/metrics/value.ts
var metrics_value = __webpack_require__(41048);
;// CONCATENATED MODULE: ./src/plots/vega-templates.ts
const TEMPLATES = {
    "simple": {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": "<DVC_METRIC_DATA>"
        },
        "title": {
            "text": "<DVC_METRIC_TITLE>",
            "anchor": "middle"
        },
        "params": [
            "<DVC_METRIC_ZOOM_AND_PAN>"
        ],
        "width": "<DVC_METRIC_PLOT_WIDTH>",
        "height": "<DVC_METRIC_PLOT_HEIGHT>",
        "mark": {
            "type": "line",
            "tooltip": {
                "content": "data"
            }
        },
        "encoding": {
            "x": {
                "field": "<DVC_METRIC_X>",
                "type": "quantitative",
                "title": "<DVC_METRIC_X_LABEL>"
            },
            "y": {
                "field": "<DVC_METRIC_Y>",
                "type": "quantitative",
                "title": "<DVC_METRIC_Y_LABEL>",
                "scale": {
                    "zero": false
                }
            },
            "color": "<DVC_METRIC_COLOR>",
            "strokeDash": "<DVC_METRIC_STROKE_DASH>",
            "tooltip": "<DVC_METRIC_TOOLTIP>"
        }
    },
    "linear": {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": "<DVC_METRIC_DATA>"
        },
        "title": {
            "text": "<DVC_METRIC_TITLE>",
            "anchor": "middle"
        },
        "width": "<DVC_METRIC_PLOT_WIDTH>",
        "height": "<DVC_METRIC_PLOT_HEIGHT>",
        "params": [
            {
                "name": "smooth",
                "value": 0.001,
                "bind": {
                    "input": "range",
                    "min": 0.001,
                    "max": 1,
                    "step": 0.001
                }
            }
        ],
        "encoding": {
            "x": {
                "field": "<DVC_METRIC_X>",
                "type": "quantitative",
                "title": "<DVC_METRIC_X_LABEL>"
            },
            "color": "<DVC_METRIC_COLOR>",
            "strokeDash": "<DVC_METRIC_STROKE_DASH>"
        },
        "layer": [
            {
                "layer": [
                    {
                        "params": [
                            "<DVC_METRIC_ZOOM_AND_PAN>"
                        ],
                        "mark": "line"
                    },
                    {
                        "transform": [
                            {
                                "filter": {
                                    "param": "hover",
                                    "empty": false
                                }
                            }
                        ],
                        "mark": "point"
                    }
                ],
                "encoding": {
                    "y": {
                        "field": "<DVC_METRIC_Y>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_Y_LABEL>",
                        "scale": {
                            "zero": false
                        }
                    },
                    "color": {
                        "field": "rev",
                        "type": "nominal"
                    }
                },
                "transform": [
                    {
                        "loess": "<DVC_METRIC_Y>",
                        "on": "<DVC_METRIC_X>",
                        "groupby": "<DVC_METRIC_GROUP_BY>",
                        "bandwidth": {
                            "signal": "smooth"
                        }
                    }
                ]
            },
            {
                "mark": {
                    "type": "line",
                    "opacity": 0.2
                },
                "encoding": {
                    "x": {
                        "field": "<DVC_METRIC_X>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_X_LABEL>"
                    },
                    "y": {
                        "field": "<DVC_METRIC_Y>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_Y_LABEL>",
                        "scale": {
                            "zero": false
                        }
                    },
                    "color": {
                        "field": "rev",
                        "type": "nominal"
                    }
                }
            },
            {
                "mark": {
                    "type": "circle",
                    "size": 10
                },
                "encoding": {
                    "x": {
                        "aggregate": "max",
                        "field": "<DVC_METRIC_X>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_X_LABEL>"
                    },
                    "y": {
                        "aggregate": {
                            "argmax": "<DVC_METRIC_X>"
                        },
                        "field": "<DVC_METRIC_Y>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_Y_LABEL>",
                        "scale": {
                            "zero": false
                        }
                    },
                    "color": {
                        "field": "rev",
                        "type": "nominal"
                    }
                }
            },
            {
                "transform": [
                    {
                        "calculate": "<DVC_METRIC_PIVOT_FIELD>",
                        "as": "pivot_field"
                    },
                    {
                        "pivot": "pivot_field",
                        "op": "mean",
                        "value": "<DVC_METRIC_Y>",
                        "groupby": [
                            "<DVC_METRIC_X>"
                        ]
                    }
                ],
                "mark": {
                    "type": "rule",
                    "tooltip": {
                        "content": "data"
                    },
                    "stroke": "grey"
                },
                "encoding": {
                    "opacity": {
                        "condition": {
                            "value": 0.3,
                            "param": "hover",
                            "empty": false
                        },
                        "value": 0
                    }
                },
                "params": [
                    {
                        "name": "hover",
                        "select": {
                            "type": "point",
                            "fields": [
                                "<DVC_METRIC_X>"
                            ],
                            "nearest": true,
                            "on": "mouseover",
                            "clear": "mouseout"
                        }
                    }
                ]
            }
        ]
    },
    "confusion": {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": "<DVC_METRIC_DATA>"
        },
        "title": {
            "text": "<DVC_METRIC_TITLE>",
            "anchor": "middle"
        },
        "facet": {
            "column": {
                "field": "rev",
                "sort": []
            },
            "row": "<DVC_METRIC_ROW>"
        },
        "params": [
            {
                "name": "showValues",
                "bind": {
                    "input": "checkbox"
                }
            }
        ],
        "spec": {
            "transform": [
                {
                    "aggregate": [
                        {
                            "op": "count",
                            "as": "xy_count"
                        }
                    ],
                    "groupby": [
                        "<DVC_METRIC_Y>",
                        "<DVC_METRIC_X>"
                    ]
                },
                {
                    "impute": "xy_count",
                    "groupby": "<DVC_METRIC_GROUP_BY_Y>",
                    "key": "<DVC_METRIC_X>",
                    "value": 0
                },
                {
                    "impute": "xy_count",
                    "groupby": "<DVC_METRIC_GROUP_BY_X>",
                    "key": "<DVC_METRIC_Y>",
                    "value": 0
                },
                {
                    "joinaggregate": [
                        {
                            "op": "max",
                            "field": "xy_count",
                            "as": "max_count"
                        }
                    ],
                    "groupby": []
                },
                {
                    "calculate": "datum.xy_count / datum.max_count",
                    "as": "percent_of_max"
                }
            ],
            "encoding": {
                "x": {
                    "field": "<DVC_METRIC_X>",
                    "type": "nominal",
                    "sort": "ascending",
                    "title": "<DVC_METRIC_X_LABEL>"
                },
                "y": {
                    "field": "<DVC_METRIC_Y>",
                    "type": "nominal",
                    "sort": "ascending",
                    "title": "<DVC_METRIC_Y_LABEL>"
                }
            },
            "layer": [
                {
                    "mark": "rect",
                    "width": "<DVC_METRIC_PLOT_WIDTH>",
                    "height": "<DVC_METRIC_PLOT_HEIGHT>",
                    "encoding": {
                        "color": {
                            "field": "xy_count",
                            "type": "quantitative",
                            "title": "",
                            "scale": {
                                "domainMin": 0,
                                "nice": true
                            }
                        }
                    }
                },
                {
                    "selection": {
                        "label": {
                            "type": "single",
                            "on": "mouseover",
                            "encodings": [
                                "x",
                                "y"
                            ],
                            "empty": "none",
                            "clear": "mouseout"
                        }
                    },
                    "mark": "rect",
                    "encoding": {
                        "tooltip": [
                            {
                                "field": "<DVC_METRIC_X>",
                                "type": "nominal"
                            },
                            {
                                "field": "<DVC_METRIC_Y>",
                                "type": "nominal"
                            },
                            {
                                "field": "xy_count",
                                "type": "quantitative"
                            }
                        ],
                        "opacity": {
                            "condition": {
                                "selection": "label",
                                "value": 1
                            },
                            "value": 0
                        }
                    }
                },
                {
                    "transform": [
                        {
                            "filter": {
                                "selection": "label"
                            }
                        }
                    ],
                    "layer": [
                        {
                            "mark": {
                                "type": "rect",
                                "color": "lightpink"
                            }
                        }
                    ]
                },
                {
                    "mark": "text",
                    "encoding": {
                        "text": {
                            "condition": {
                                "param": "showValues",
                                "field": "xy_count",
                                "type": "quantitative"
                            }
                        },
                        "color": {
                            "condition": {
                                "test": "datum.percent_of_max > 0.5",
                                "value": "white"
                            },
                            "value": "black"
                        }
                    }
                }
            ]
        }
    },
    "confusion_normalized": {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": "<DVC_METRIC_DATA>"
        },
        "title": {
            "text": "<DVC_METRIC_TITLE>",
            "anchor": "middle"
        },
        "facet": {
            "column": {
                "field": "rev",
                "sort": []
            },
            "row": "<DVC_METRIC_ROW>"
        },
        "spec": {
            "transform": [
                {
                    "aggregate": [
                        {
                            "op": "count",
                            "as": "xy_count"
                        }
                    ],
                    "groupby": [
                        "<DVC_METRIC_Y>",
                        "<DVC_METRIC_X>"
                    ]
                },
                {
                    "impute": "xy_count",
                    "groupby": [
                        "rev",
                        "<DVC_METRIC_Y>"
                    ],
                    "key": "<DVC_METRIC_X>",
                    "value": 0
                },
                {
                    "impute": "xy_count",
                    "groupby": "<DVC_METRIC_GROUP_BY_X>",
                    "key": "<DVC_METRIC_Y>",
                    "value": 0
                },
                {
                    "joinaggregate": [
                        {
                            "op": "sum",
                            "field": "xy_count",
                            "as": "sum_y"
                        }
                    ],
                    "groupby": [
                        "<DVC_METRIC_Y>"
                    ]
                },
                {
                    "calculate": "datum.xy_count / datum.sum_y",
                    "as": "percent_of_y"
                }
            ],
            "encoding": {
                "x": {
                    "field": "<DVC_METRIC_X>",
                    "type": "nominal",
                    "sort": "ascending",
                    "title": "<DVC_METRIC_X_LABEL>"
                },
                "y": {
                    "field": "<DVC_METRIC_Y>",
                    "type": "nominal",
                    "sort": "ascending",
                    "title": "<DVC_METRIC_Y_LABEL>"
                }
            },
            "layer": [
                {
                    "mark": "rect",
                    "width": "<DVC_METRIC_PLOT_WIDTH>",
                    "height": "<DVC_METRIC_PLOT_HEIGHT>",
                    "encoding": {
                        "color": {
                            "field": "percent_of_y",
                            "type": "quantitative",
                            "title": "",
                            "scale": {
                                "domain": [
                                    0,
                                    1
                                ]
                            }
                        }
                    }
                },
                {
                    "selection": {
                        "label": {
                            "type": "single",
                            "on": "mouseover",
                            "encodings": [
                                "x",
                                "y"
                            ],
                            "empty": "none",
                            "clear": "mouseout"
                        }
                    },
                    "mark": "rect",
                    "encoding": {
                        "tooltip": [
                            {
                                "field": "<DVC_METRIC_X>",
                                "type": "nominal"
                            },
                            {
                                "field": "<DVC_METRIC_Y>",
                                "type": "nominal"
                            },
                            {
                                "field": "percent_of_y",
                                "type": "quantitative",
                                "format": ".2f"
                            }
                        ],
                        "opacity": {
                            "condition": {
                                "selection": "label",
                                "value": 1
                            },
                            "value": 0
                        }
                    }
                },
                {
                    "transform": [
                        {
                            "filter": {
                                "selection": "label"
                            }
                        }
                    ],
                    "layer": [
                        {
                            "mark": {
                                "type": "rect",
                                "color": "lightpink"
                            }
                        }
                    ]
                },
                {
                    "mark": "text",
                    "encoding": {
                        "color": {
                            "condition": {
                                "test": "datum.percent_of_y > 0.5",
                                "value": "white"
                            },
                            "value": "black"
                        }
                    }
                }
            ]
        }
    },
    "scatter": {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": "<DVC_METRIC_DATA>"
        },
        "title": {
            "text": "<DVC_METRIC_TITLE>",
            "anchor": "middle"
        },
        "width": "<DVC_METRIC_PLOT_WIDTH>",
        "height": "<DVC_METRIC_PLOT_HEIGHT>",
        "mark": {
            "type": "point",
            "tooltip": {
                "content": "data"
            }
        },
        "params": [
            "<DVC_METRIC_ZOOM_AND_PAN>"
        ],
        "encoding": {
            "x": {
                "field": "<DVC_METRIC_X>",
                "type": "quantitative",
                "title": "<DVC_METRIC_X_LABEL>"
            },
            "y": {
                "field": "<DVC_METRIC_Y>",
                "type": "quantitative",
                "title": "<DVC_METRIC_Y_LABEL>"
            },
            "color": "<DVC_METRIC_COLOR>",
            "shape": "<DVC_METRIC_SHAPE>",
            "tooltip": "<DVC_METRIC_TOOLTIP>"
        }
    },
    "scatter_jitter": {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": "<DVC_METRIC_DATA>"
        },
        "title": {
            "text": "<DVC_METRIC_TITLE>",
            "anchor": "middle"
        },
        "width": "<DVC_METRIC_PLOT_WIDTH>",
        "height": "<DVC_METRIC_PLOT_HEIGHT>",
        "transform": [
            {
                "calculate": "random()",
                "as": "randomX"
            },
            {
                "calculate": "random()",
                "as": "randomY"
            }
        ],
        "mark": {
            "type": "point",
            "tooltip": {
                "content": "data"
            }
        },
        "encoding": {
            "x": {
                "field": "<DVC_METRIC_X>",
                "title": "<DVC_METRIC_X_LABEL>"
            },
            "y": {
                "field": "<DVC_METRIC_Y>",
                "title": "<DVC_METRIC_Y_LABEL>"
            },
            "color": "<DVC_METRIC_COLOR>",
            "shape": "<DVC_METRIC_SHAPE>",
            "tooltip": "<DVC_METRIC_TOOLTIP>",
            "xOffset": {
                "field": "randomX",
                "type": "quantitative"
            },
            "yOffset": {
                "field": "randomY",
                "type": "quantitative"
            }
        }
    },
    "smooth": {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": "<DVC_METRIC_DATA>"
        },
        "title": {
            "text": "<DVC_METRIC_TITLE>",
            "anchor": "middle"
        },
        "width": "<DVC_METRIC_PLOT_WIDTH>",
        "height": "<DVC_METRIC_PLOT_HEIGHT>",
        "params": [
            {
                "name": "smooth",
                "value": 0.001,
                "bind": {
                    "input": "range",
                    "min": 0.001,
                    "max": 1,
                    "step": 0.001
                }
            }
        ],
        "encoding": {
            "x": {
                "field": "<DVC_METRIC_X>",
                "type": "quantitative",
                "title": "<DVC_METRIC_X_LABEL>"
            },
            "color": "<DVC_METRIC_COLOR>",
            "strokeDash": "<DVC_METRIC_STROKE_DASH>"
        },
        "layer": [
            {
                "layer": [
                    {
                        "params": [
                            "<DVC_METRIC_ZOOM_AND_PAN>"
                        ],
                        "mark": "line"
                    },
                    {
                        "transform": [
                            {
                                "filter": {
                                    "param": "hover",
                                    "empty": false
                                }
                            }
                        ],
                        "mark": "point"
                    }
                ],
                "encoding": {
                    "y": {
                        "field": "<DVC_METRIC_Y>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_Y_LABEL>",
                        "scale": {
                            "zero": false
                        }
                    },
                    "color": {
                        "field": "rev",
                        "type": "nominal"
                    }
                },
                "transform": [
                    {
                        "loess": "<DVC_METRIC_Y>",
                        "on": "<DVC_METRIC_X>",
                        "groupby": "<DVC_METRIC_GROUP_BY>",
                        "bandwidth": {
                            "signal": "smooth"
                        }
                    }
                ]
            },
            {
                "mark": {
                    "type": "line",
                    "opacity": 0.2
                },
                "encoding": {
                    "x": {
                        "field": "<DVC_METRIC_X>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_X_LABEL>"
                    },
                    "y": {
                        "field": "<DVC_METRIC_Y>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_Y_LABEL>",
                        "scale": {
                            "zero": false
                        }
                    },
                    "color": {
                        "field": "rev",
                        "type": "nominal"
                    }
                }
            },
            {
                "mark": {
                    "type": "circle",
                    "size": 10
                },
                "encoding": {
                    "x": {
                        "aggregate": "max",
                        "field": "<DVC_METRIC_X>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_X_LABEL>"
                    },
                    "y": {
                        "aggregate": {
                            "argmax": "<DVC_METRIC_X>"
                        },
                        "field": "<DVC_METRIC_Y>",
                        "type": "quantitative",
                        "title": "<DVC_METRIC_Y_LABEL>",
                        "scale": {
                            "zero": false
                        }
                    },
                    "color": {
                        "field": "rev",
                        "type": "nominal"
                    }
                }
            },
            {
                "transform": [
                    {
                        "calculate": "<DVC_METRIC_PIVOT_FIELD>",
                        "as": "pivot_field"
                    },
                    {
                        "pivot": "pivot_field",
                        "op": "mean",
                        "value": "<DVC_METRIC_Y>",
                        "groupby": [
                            "<DVC_METRIC_X>"
                        ]
                    }
                ],
                "mark": {
                    "type": "rule",
                    "tooltip": {
                        "content": "data"
                    },
                    "stroke": "grey"
                },
                "encoding": {
                    "opacity": {
                        "condition": {
                            "value": 0.3,
                            "param": "hover",
                            "empty": false
                        },
                        "value": 0
                    }
                },
                "params": [
                    {
                        "name": "hover",
                        "select": {
                            "type": "point",
                            "fields": [
                                "<DVC_METRIC_X>"
                            ],
                            "nearest": true,
                            "on": "mouseover",
                            "clear": "mouseout"
                        }
                    }
                ]
            }
        ]
    },
    "bar_horizontal_sorted": {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": "<DVC_METRIC_DATA>"
        },
        "title": {
            "text": "<DVC_METRIC_TITLE>",
            "anchor": "middle"
        },
        "width": "<DVC_METRIC_PLOT_WIDTH>",
        "height": "<DVC_METRIC_PLOT_HEIGHT>",
        "mark": {
            "type": "bar"
        },
        "params": [
            "<DVC_METRIC_ZOOM_AND_PAN>"
        ],
        "encoding": {
            "x": {
                "field": "<DVC_METRIC_X>",
                "type": "quantitative",
                "title": "<DVC_METRIC_X_LABEL>",
                "scale": {
                    "zero": false
                }
            },
            "y": {
                "field": "<DVC_METRIC_Y>",
                "type": "nominal",
                "title": "<DVC_METRIC_Y_LABEL>",
                "sort": "-x"
            },
            "yOffset": {
                "field": "rev",
                "sort": []
            },
            "color": "<DVC_METRIC_COLOR>",
            "column": "<DVC_METRIC_COLUMN>"
        }
    },
    "bar_horizontal": {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {
            "values": "<DVC_METRIC_DATA>"
        },
        "title": {
            "text": "<DVC_METRIC_TITLE>",
            "anchor": "middle"
        },
        "width": "<DVC_METRIC_PLOT_WIDTH>",
        "height": "<DVC_METRIC_PLOT_HEIGHT>",
        "mark": {
            "type": "bar"
        },
        "params": [
            "<DVC_METRIC_ZOOM_AND_PAN>"
        ],
        "encoding": {
            "x": {
                "field": "<DVC_METRIC_X>",
                "type": "quantitative",
                "title": "<DVC_METRIC_X_LABEL>",
                "scale": {
                    "zero": false
                }
            },
            "y": {
                "field": "<DVC_METRIC_Y>",
                "type": "nominal",
                "title": "<DVC_METRIC_Y_LABEL>"
            },
            "yOffset": {
                "field": "rev",
                "sort": []
            },
            "color": "<DVC_METRIC_COLOR>",
            "column": "<DVC_METRIC_COLUMN>"
        }
    }
};

;// CONCATENATED MODULE: ./src/plots/vega-render.ts
/**
 * dvc-render's VegaRenderer (dvc_render/vega.py): a template filled with a plot's rows and
 * properties, whole (`get_filled_template`, what `--json` prints as `content`) or with the rows,
 * title, labels and styling left as anchors and given beside it (`get_partial_filled_template`,
 * `--json --split`). Values are Python-typed (bigint = int), so the spec prints as DVC's does.
 */


/** A template of ours that a name does not give (DVC's TemplateNotFoundError). */
class RenderError extends Error {
    type;
    constructor(type, message) {
        super(message);
        this.type = type;
        this.name = type;
    }
}
const REV = 'rev';
const FILENAME = 'filename';
const FIELD = 'field';
const FIELD_SEPARATOR = '::';
const SPLIT_ANCHORS = ['color', 'data', 'plot_height', 'plot_width', 'shape', 'stroke_dash', 'title', 'tooltip', 'x_label', 'y_label', 'zoom_and_pan'];
const OPTIONAL_ANCHORS = ['color', 'column', 'group_by_x', 'group_by_y', 'group_by', 'pivot_field', 'plot_height', 'plot_width', 'row', 'shape', 'stroke_dash', 'tooltip', 'zoom_and_pan'];
const OPTIONAL_ANCHOR_RANGES = {
    stroke_dash: [[1n, 0n], [8n, 8n], [8n, 4n], [4n, 4n], [4n, 2n], [2n, 1n], [1n, 1n]],
    color: ['#945dd6', '#13adc7', '#f46837', '#48bb78', '#4299e1', '#ed8936', '#f56565'],
    shape: ['circle', 'square', 'triangle', 'diamond'],
};
/** `Template.anchor(name)`. */
const vega_render_anchor = (name) => `<DVC_METRIC_${name.toUpperCase()}>`;
/** The templates' numbers as Python has them: the integral ones are ints in the source. */
function fromJson(node) {
    if (typeof node === 'number')
        return Number.isInteger(node) ? BigInt(node) : node;
    if (Array.isArray(node))
        return node.map(fromJson);
    if (node !== null && typeof node === 'object')
        return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, fromJson(item)]));
    return node;
}
function isTemplate(name) {
    return Object.hasOwn(TEMPLATES, name);
}
/** `get_template(name)` for dvc-render's own templates; custom template files are not read. */
function templateContent(name) {
    const chosen = name ?? 'linear';
    if (!isTemplate(chosen))
        throw new RenderError('TemplateNotFoundError', `Template '${chosen}' not found.`);
    return fromJson(TEMPLATES[chosen]);
}
function dictReplaceValue(d, name, value) {
    const x = {};
    for (const [k, original] of Object.entries(d)) {
        let v = original;
        if ((0,metrics_value/* isPlainObject */.Qd)(v))
            v = dictReplaceValue(v, name, value);
        else if (Array.isArray(v))
            v = listReplaceValue(v, name, value);
        else if (typeof v === 'string') {
            if (v === name) {
                x[k] = value;
                continue;
            }
            if (v.includes(name) && typeof value === 'string')
                v = v.split(name).join(value);
        }
        x[k] = v;
    }
    return x;
}
function listReplaceValue(l, name, value) {
    return l.map((e) => {
        if (Array.isArray(e))
            return listReplaceValue(e, name, value);
        if ((0,metrics_value/* isPlainObject */.Qd)(e))
            return dictReplaceValue(e, name, value);
        return typeof e === 'string' && e === name ? value : e;
    });
}
function findValue(d, value) {
    if ((0,metrics_value/* isPlainObject */.Qd)(d)) {
        for (const v of Object.values(d)) {
            if ((0,metrics_value/* isPlainObject */.Qd)(v) && findValue(v, value))
                return true;
            if (typeof v === 'string' && v === value)
                return true;
            if (Array.isArray(v) && v.some((e) => findValue(e, value)))
                return true;
        }
        return false;
    }
    return typeof d === 'string' && d === value;
}
/** `Template.escape_special_characters`: Vega reads `.` and `[]` in a field name as a path. */
function escapeField(value) {
    return value.replace(/[.[\]]/g, (character) => `\\${character}`);
}
/**
 * Which of `filename` and `field` tell the rows apart (DVC's `_process_optional_anchors` and
 * `_collect_variations`): null when the template has no optional anchor (rows kept whole), []
 * for one y source.
 */
function variedKeys(template, ySources) {
    const content = fromJson(TEMPLATES[template]);
    if (!OPTIONAL_ANCHORS.some((name) => findValue(content, vega_render_anchor(name))))
        return null;
    if (ySources.length <= 1)
        return [];
    return variations(ySources).keys;
}
function variations(ySources) {
    const values = new Map([[FILENAME, new Set()], [FIELD, new Set()]]);
    const concat = new Set();
    for (const source of ySources) {
        values.get(FILENAME).add(source.filename);
        values.get(FIELD).add(source.field);
        concat.add([source.filename, source.field].join(FIELD_SEPARATOR));
    }
    const keys = [FILENAME, FIELD].filter((key) => values.get(key).size > 1);
    // DVC indexes varied_keys[0] here; with nothing varied (the same source twice) it would fail
    const domain = keys.length === 2 ? [...concat] : keys.length === 1 ? [...values.get(keys[0])] : [];
    return { keys, domain: domain.sort() };
}
/**
 * `VegaRenderer._update_datapoints`: with one y source `filename` and `field` go; with several,
 * only what varies stays (both varying: joined under `filename::field`). Returns new rows.
 */
function updateDatapoints(rows, varied) {
    if (varied === null)
        return rows.map((row) => ({ ...row }));
    const concatenate = varied.length === 2 ? varied : [];
    const remove = varied.length === 2 ? varied : [FILENAME, FIELD].filter((key) => !varied.includes(key));
    return rows.map((original) => {
        const row = { ...original };
        if (concatenate.length > 0)
            row[concatenate.join(FIELD_SEPARATOR)] = concatenate.map((key) => String(row[key] ?? '')).join(FIELD_SEPARATOR);
        for (const key of remove)
            delete row[key];
        return row;
    });
}
/** One filling of a template, as a VegaRenderer does it; the rows are already updated. */
class Filling {
    props;
    splitAnchors;
    content;
    split = {};
    constructor(template, props, splitAnchors) {
        this.props = props;
        this.splitAnchors = splitAnchors;
        this.content = templateContent(template);
    }
    has(name) {
        return findValue(this.content, vega_render_anchor(name));
    }
    fill(name, value) {
        this.content = dictReplaceValue(this.content, vega_render_anchor(name), value);
    }
    setSplit(name, value) {
        this.split[vega_render_anchor(name)] = value;
    }
    optional(optional, name, value) {
        const at = optional.indexOf(name);
        if (at < 0)
            return;
        optional.splice(at, 1);
        if (this.splitAnchors.includes(name))
            this.setSplit(name, value);
        else
            this.fill(name, value);
    }
    mapping(optional, field, name, domain) {
        const at = optional.indexOf(name);
        if (at < 0)
            return;
        optional.splice(at, 1);
        const full = OPTIONAL_ANCHOR_RANGES[name] ?? [];
        const range = domain.map((_, i) => full[i % full.length]);
        const legend = name === 'color' ? {} : { legend: { symbolFillColor: 'transparent', symbolStrokeColor: 'grey' } };
        const encoding = { field, scale: { domain: [...domain], range }, ...legend };
        if (this.splitAnchors.includes(name))
            this.setSplit(name, encoding);
        else
            this.fill(name, encoding);
    }
    groupBy(optional, groupBy) {
        const { x = null, y = null } = this.props;
        this.optional(optional, 'group_by', groupBy);
        this.optional(optional, 'group_by_x', [...groupBy, x]);
        this.optional(optional, 'group_by_y', [...groupBy, y]);
    }
    tooltip(optional, additional = []) {
        const { x = null, y = null } = this.props;
        this.optional(optional, 'tooltip', [{ field: REV }, { field: x }, { field: y }, ...additional.map((field) => ({ field }))]);
    }
    /** `_process_optional_anchors`. */
    optionalAnchors() {
        const optional = OPTIONAL_ANCHORS.filter((name) => this.has(name));
        if (optional.length === 0)
            return;
        this.mapping(optional, REV, 'color', this.props.revisions);
        this.optional(optional, 'zoom_and_pan', { name: 'grid', select: 'interval', bind: 'scales' });
        this.optional(optional, 'plot_height', 300n);
        this.optional(optional, 'plot_width', 300n);
        if (this.props.ySources.length <= 1) {
            this.groupBy(optional, [REV]);
            this.optional(optional, 'pivot_field', 'datum.rev');
            this.tooltip(optional);
            for (const name of optional)
                this.fill(name, {});
            return;
        }
        const { keys, domain } = variations(this.props.ySources);
        if (optional.length === 0)
            return;
        const concatField = keys.join(FIELD_SEPARATOR);
        this.groupBy(optional, [REV, concatField]);
        this.optional(optional, 'pivot_field', [REV, ...keys].map((key) => `datum.${key}`).join(` + '${FIELD_SEPARATOR}' + `));
        this.optional(optional, 'row', { field: concatField, sort: [] });
        this.optional(optional, 'column', { field: concatField, sort: [] });
        this.tooltip(optional, [concatField]);
        for (const name of ['stroke_dash', 'shape'])
            this.mapping(optional, concatField, name, domain);
    }
}
/**
 * `VegaRenderer.get_filled_template()` (split: false) or `get_partial_filled_template()` (split:
 * true) over rows that `updateDatapoints` already shaped. No rows: DVC's `{}`.
 */
function renderVega(template, props, rows, split) {
    if (rows.length === 0)
        return split ? { content: {}, anchorDefinitions: {} } : { content: {} };
    for (const field of [props.x, props.y]) {
        // strict=True: DVC's NoFieldInDataError
        if (field && !rows.some((row) => Object.hasOwn(row, field)))
            throw new RenderError('NoFieldInDataError', `Field '${field}' does not exist in provided data.`);
    }
    const filling = new Filling(template, props, split ? SPLIT_ANCHORS : []);
    filling.optionalAnchors();
    const values = [
        ['title', props.title ?? ''],
        ['x', props.x],
        ['y', props.y],
        ['x_label', props.xLabel ?? props.x],
        ['y_label', props.yLabel ?? props.y],
        ['data', rows.map((row) => ({ ...row }))],
    ];
    for (const [name, value] of values) {
        if (value === undefined || value === null)
            continue;
        if (split && SPLIT_ANCHORS.includes(name)) {
            filling.setSplit(name, value);
            continue;
        }
        filling.fill(name, (name === 'x' || name === 'y') && typeof value === 'string' ? escapeField(value) : value);
    }
    return split ? { content: filling.content, anchorDefinitions: filling.split } : { content: filling.content };
}


/***/ })

};
