export const id = 7397;
export const ids = [7397,4844,2143,2016];
export const modules = {

/***/ 64844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analysisHeadline: () => (/* binding */ analysisHeadline),
/* harmony export */   analysisJson: () => (/* binding */ analysisJson),
/* harmony export */   analysisMarkdown: () => (/* binding */ analysisMarkdown),
/* harmony export */   analysisTable: () => (/* binding */ analysisTable)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(735);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18838);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72402);
/**
 * The analysis as people and programs read it: the measurements table for a terminal, the same
 * table as markdown lines for the report and the job summary, and the `--json` document.
 */




function analysisJson(result) {
    return {
        verdict: result.verdict,
        schema: result.schema,
        canary: result.canary,
        stable: result.stable,
        measurements: result.measurements.map((measurement) => ({
            at: measurement.at,
            results: measurement.results.map(({ metric, canary, stable, requests, verdict, reason }) => ({ metric, canary, stable, requests, verdict, reason })),
            verdict: measurement.verdict,
        })),
    };
}
const isLatency = (metric) => /^latency-p\d+$/.test(metric);
function shown(metric, value) {
    if (value === null)
        return '–';
    return isLatency(metric) ? `${(0,_analyze_js__WEBPACK_IMPORTED_MODULE_2__.formatNumber)(value)} ms` : (0,_analyze_js__WEBPACK_IMPORTED_MODULE_2__.formatNumber)(value);
}
/** `12:00:01`: the JSON has the full evaluation time. */
function clockTime(iso) {
    return iso.slice(11, 19);
}
function rows(result) {
    return result.measurements.flatMap((measurement, index) => measurement.results.map((row, position) => [
        position === 0 ? String(index + 1) : '',
        position === 0 ? clockTime(measurement.at) : '',
        row.metric,
        shown(row.metric, row.canary),
        shown(row.metric, row.stable),
        row.requests === null ? '–' : String(row.requests),
        row.verdict,
        row.reason,
    ]));
}
const HEADER = ['#', 'At (UTC)', 'Metric', 'Canary', 'Stable', 'Requests', 'Verdict', 'Reason'];
/** The headline: what was compared, how, and the verdict with its reason. */
function analysisHeadline(result) {
    return `Canary analysis ${result.verdict}: ${result.summary}.`;
}
function setting(result) {
    return `canary ${result.canary} against stable ${result.stable} in ${result.namespace} (${result.schema}), a measurement every ${(0,_config_js__WEBPACK_IMPORTED_MODULE_1__.promDuration)(result.intervalMs)} over a ${result.window} window, ${result.count} at most`;
}
/** The table for a terminal: aligned columns, the reason last. */
function analysisTable(result) {
    const table = [HEADER, ...rows(result)];
    const widths = HEADER.map((_, column) => Math.max(...table.map((row) => row[column].length)));
    const lines = table.map((row) => row
        .map((text, column) => (column === row.length - 1 ? text : text.padEnd(widths[column])))
        .join('  ')
        .trimEnd());
    return [`Canary analysis of ${result.namespace}/${result.name}: ${setting(result)}.`, '', ...lines, '', analysisHeadline(result), ''].join('\n');
}
/** The measurements for the report and the job summary, as markdown lines. */
function analysisMarkdown(result) {
    const mark = result.verdict === 'passed' ? '✅' : '❌';
    const verdictCell = (verdict) => `${verdict === 'passed' ? '✅' : verdict === 'failed' ? '❌' : '❔'} ${verdict}`;
    const body = rows(result).map((row) => row.map((text, column) => (column === 6 ? verdictCell(text) : (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(text))));
    return [
        `#### Canary analysis ${mark} ${result.verdict}`,
        '',
        `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(result.summary.charAt(0).toUpperCase() + result.summary.slice(1))}: canary ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.canary)} against stable ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.stable)} in ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.namespace)} (${result.schema}), a measurement every ${(0,_config_js__WEBPACK_IMPORTED_MODULE_1__.promDuration)(result.intervalMs)} over a ${result.window} window.`,
        '',
        (0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([HEADER, ...body], { align: ['r', 'l', 'l', 'r', 'r', 'r', 'l', 'l'] }),
        '',
    ];
}


/***/ }),

/***/ 92143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ CsvError),
/* harmony export */   L5: () => (/* binding */ parseFields),
/* harmony export */   OW: () => (/* binding */ parseInputList),
/* harmony export */   R5: () => (/* binding */ readInput)
/* harmony export */ });
/* unused harmony export parseCsv */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42016);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * metadata-action's inputs go through csv-parse twice, and so do they here, with the same
 * options: the whole block as a list (@docker/actions-toolkit `Util.getInputList`: quotes
 * relaxed, whole `#` lines dropped, a line's fields joined back with `,`), then each rule's fields
 * again (strict quotes, first record only). Only csv-parse's refusals are put in plain words.
 */


/** A line that csv-parse refuses; the message is csv-parse's reason, in plain words. */
class CsvError extends Error {
}
/**
 * The text of the quoted field number `column` of `line`, unescaped, for the message about its
 * closing quote (csv-parse says which field, not what it held). The fields before it were read
 * without error, so they are well-formed.
 */
function quotedField(line, column) {
    let pos = 0;
    const skipQuoted = () => {
        let text = '';
        for (pos++; pos < line.length; pos++) {
            if (line[pos] !== '"')
                text += line[pos];
            else if (line[pos + 1] === '"')
                text += line[++pos];
            else
                return text;
        }
        return text;
    };
    for (let field = 0; field < column; field++) {
        if (line[pos] === '"')
            skipQuoted();
        pos = line.indexOf(',', pos);
        if (pos === -1)
            return undefined;
        pos++;
    }
    return line[pos] === '"' ? skipQuoted() : undefined;
}
function explain(error, input) {
    const at = error;
    switch (error.code) {
        case 'INVALID_OPENING_QUOTE':
            return `has a " inside the field '${at.field ?? ''}"…'; quote a whole field ("key=value") or none of it`;
        case 'CSV_INVALID_CLOSING_QUOTE': {
            const line = input.split(/\r\n|\n|\r/)[(at.lines ?? 1) - 1] ?? '';
            const field = typeof at.column === 'number' ? quotedField(line, at.column) : undefined;
            return field === undefined ? 'has text after a closing quote; a quoted field ends at a comma' : `has text after the closing quote of '"${field}"'; a quoted field ends at a comma`;
        }
        case 'CSV_QUOTE_NOT_CLOSED':
            return 'has a quote that is never closed';
        default:
            return `cannot be read as CSV (${error.message})`;
    }
}
/** Records of `input` as csv-parse gives them: `,` between fields, `"` quotes, empty records skipped. */
function parseCsv(input, options = {}) {
    try {
        // the per-rule call is metadata-action's `parse(s, {relaxColumnCount, skipEmptyLines})`;
        // the list call adds Util.getList's options
        return (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(input, {
            ...(options.relaxQuotes !== undefined && { columns: false, relaxQuotes: options.relaxQuotes }),
            ...(options.comment !== undefined && { comment: options.comment, comment_no_infix: true }),
            relaxColumnCount: true,
            skipEmptyLines: true,
        });
    }
    catch (error) {
        if (error instanceof csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .CsvError */ .J$)
            throw new CsvError(explain(error, input));
        throw error;
    }
}
/**
 * An action input (tags, flavor, labels, images) as metadata-action reads it: one entry per
 * line, `#` lines skipped, fields re-joined with `,` after the list-level quote handling, trimmed.
 * Blank entries are dropped (metadata-action fails on a line of only spaces with a TypeError).
 */
function parseInputList(lines) {
    const input = lines.join('\n');
    if (input === '')
        return [];
    return parseCsv(input, { relaxQuotes: true, comment: '#' })
        .map((fields) => fields.join(','))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
}
/** {@link parseInputList} for the input called `name`, with csv-parse's refusals as usage errors. */
function readInput(name, lines) {
    try {
        return parseInputList(lines);
    }
    catch (error) {
        if (error instanceof CsvError)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: the input ${error.message}.`, 'Quote a whole field ("key=value") or none of it.');
        throw error;
    }
}
/** The fields of one entry, as the per-rule pass reads them (strict quotes, first record only). */
function parseFields(entry) {
    return parseCsv(entry)[0] ?? [];
}


/***/ }),

/***/ 57100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ secretsKey),
/* harmony export */   GR: () => (/* binding */ SECRET_KEYS),
/* harmony export */   Jm: () => (/* binding */ parseBuildSecrets),
/* harmony export */   K2: () => (/* binding */ secretFlags)
/* harmony export */ });
/* unused harmony exports secretValuesToMask, secretEnvNames */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _meta_csv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92143);
/**
 * BuildKit secrets for the image build, in build-push-action's three inputs: `secrets`
 * (`id=value`), `secret-files` (`id=path`) and `secret-envs` (`id=ENVNAME`), here image-secrets,
 * image-secret-files and image-secret-envs. They reach the build as `--secret` only: never as a
 * build arg or a label (both stay in the image's history), and a value never on a command line
 * (it goes through a 0600 file in the stage's own temp dir). No message here ever quotes a value.
 */




const SECRET_KEYS = { value: 'image-secrets', file: 'image-secret-files', env: 'image-secret-envs' };
/** What BuildKit takes as an id without quoting, and what a shell takes as a variable name. */
const ID = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The entries of one input as build-push-action reads them (actions-toolkit getInputList with
 * ignoreComma: one per line, `#` lines skipped, a quoted entry may span lines). csv-parse's own
 * message quotes the field, so for image-secrets it is replaced by one that does not.
 */
function entries(key, lines) {
    try {
        return (0,_meta_csv_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInputList */ .OW)(lines);
    }
    catch (error) {
        if (!(error instanceof _meta_csv_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvError */ .J$))
            throw error;
        if (key === SECRET_KEYS.value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, 'a line has a quote that does not open or close a whole entry (its text is not shown: it holds a secret).', 'Quote a whole line ("id=value") or none of it.');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `the input ${error.message}.`, 'Quote a whole line ("id=value") or none of it.');
    }
}
const FORMS = { value: 'id=value, e.g. GIT_AUTH_TOKEN=…', file: 'id=path, e.g. npmrc=.npmrc', env: 'id=ENVNAME, e.g. GIT_AUTH_TOKEN=GITHUB_TOKEN' };
/** `id=rest` of one entry; the entry is quoted in the message only where it holds no secret. */
function split(key, source, entry, index) {
    const shown = source === 'value' ? `line ${index + 1}` : `'${entry}'`;
    const at = entry.indexOf('=');
    if (at < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${shown} has no '=' (expected ${FORMS[source]}).`);
    const id = entry.slice(0, at).trim();
    const rest = entry.slice(at + 1);
    if (!id)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${shown} has an empty id before '=' (expected ${FORMS[source]}).`);
    if (!ID.test(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `the id '${id}' may hold only letters, digits, '_', '.' and '-'.`);
    if (source === 'value') {
        // a workflow's `${{ secrets.X }}` is empty where the secret is not set (a pull request from a fork)
        if (rest === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${id} has an empty value (a secret that is not set, or a pull request from a fork, which gets no secrets).`);
        return [id, rest];
    }
    const value = rest.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${id} has nothing after '=' (expected ${FORMS[source]}).`);
    if (source === 'env' && !ENV_NAME.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${id}: '${value}' is not an environment variable name.`);
    return [id, value];
}
/** The secrets of the three inputs (lines of text, as the options hold them); each id once. */
function parseBuildSecrets(raw) {
    const secrets = [];
    const seen = new Map();
    const add = (key, secret) => {
        const first = seen.get(secret.id);
        if (first)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `the id ${secret.id} is given ${first === key ? 'twice' : `in ${first} too`}; give each id once.`);
        seen.set(secret.id, key);
        secrets.push(secret);
    };
    entries(SECRET_KEYS.value, raw.values).forEach((entry, index) => {
        const [id, value] = split(SECRET_KEYS.value, 'value', entry, index);
        add(SECRET_KEYS.value, { id, source: 'value', value });
    });
    entries(SECRET_KEYS.file, raw.files).forEach((entry, index) => {
        const [id, path] = split(SECRET_KEYS.file, 'file', entry, index);
        add(SECRET_KEYS.file, { id, source: 'file', path });
    });
    entries(SECRET_KEYS.env, raw.envs).forEach((entry, index) => {
        const [id, env] = split(SECRET_KEYS.env, 'env', entry, index);
        add(SECRET_KEYS.env, { id, source: 'env', env });
    });
    return secrets;
}
/**
 * The values of an image-secrets input, for the platform to mask before anything can print them.
 * Never throws: a malformed input is refused later, by the option parser, and must be masked
 * all the same (every line whole, and what follows its first `=`).
 */
function secretValuesToMask(text) {
    let list;
    try {
        list = parseInputList([text]);
    }
    catch {
        list = text.split('\n');
    }
    const values = new Set();
    for (const entry of list) {
        // with no `=`, the whole line may be the value (the id forgotten)
        const value = entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry.trim();
        if (value)
            values.add(value);
        // a multi-line value is masked line by line too, as the runner shows it
        for (const line of value.split('\n').map((part) => part.trim()))
            if (line)
                values.add(line);
    }
    return [...values];
}
/** The variable names an image-secret-envs input gives, for the platform to mask what they hold. Never throws. */
function secretEnvNames(text) {
    return text.split('\n').filter((line) => line.includes('=')).map((line) => line.slice(line.indexOf('=') + 1).trim()).filter((name) => ENV_NAME.test(name));
}
/** A field of a `--secret` spec, quoted as the CLI's CSV reader wants when it holds `,` or `"`. */
function field(text) {
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/**
 * The `--secret` flags for these secrets; a value is written to a 0600 file in `dir` (the
 * stage's mkdtemp dir, removed after the build), so the command line holds only its path.
 */
async function secretFlags(secrets, dir) {
    const flags = [];
    for (const [index, secret] of secrets.entries()) {
        let spec;
        if (secret.source === 'value') {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `secret-${index}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, secret.value, { mode: 0o600 });
            spec = `id=${secret.id},${field(`src=${file}`)}`;
        }
        else if (secret.source === 'file') {
            spec = `id=${secret.id},${field(`src=${secret.path}`)}`;
        }
        else {
            spec = `id=${secret.id},env=${secret.env}`;
        }
        flags.push('--secret', spec);
    }
    return flags;
}
/** The input a user set secrets through, to name in a message about all of them (the first used). */
function secretsKey(secrets) {
    return SECRET_KEYS[secrets[0]?.source ?? 'value'];
}


/***/ }),

/***/ 81245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ kfpReportLines),
/* harmony export */   Dn: () => (/* binding */ kfpMetricsNote),
/* harmony export */   IW: () => (/* binding */ kfpOutputs),
/* harmony export */   xE: () => (/* binding */ describeKfpTraining)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(735);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);
/* harmony import */ var _report_seconds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58771);
/**
 * How a KFP training reads: one line (logs, the failure message, the verdict line), the
 * report's Training section (run link, state, duration, a task table with each failed task's
 * error), the outputs, and where metrics were looked for. Pure: the result in, text out.
 */



const STATE_MARK = {
    SUCCEEDED: '✅', CACHED: '✅', SKIPPED: '⏭️', FAILED: '❌', CANCELED: '🚫', CANCELING: '🚫', RUNNING: '⏳', PENDING: '⏳', PAUSED: '⏸️',
};
function lastStateText(result) {
    const { state, since } = result.lastState;
    return `last state ${state}${since ? ` since ${since}` : ''}`;
}
function terminatedText(result) {
    return result.terminated === true ? 'was terminated' : `could not be terminated (${result.terminated.error})`;
}
/** One line saying how the KFP training ended, with the run URL. */
function describeKfpTraining(result) {
    if (result.kind === 'not-started')
        return `KFP run not started: ${result.reason}`;
    const run = `KFP run ${result.run.displayName}`;
    const took = (0,_report_seconds_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .X)(result.durationMs);
    switch (result.kind) {
        case 'succeeded':
            return `${run} ${result.state === 'SKIPPED' ? 'was SKIPPED (nothing ran; treated as passed)' : 'SUCCEEDED'} in ${took}: ${result.run.url}`;
        case 'failed': {
            const tasks = result.failingTasks.length > 0 ? `; failed task${result.failingTasks.length === 1 ? '' : 's'}: ${result.failingTasks.join(', ')}` : '';
            return `${run} ${result.state} after ${took}${tasks}${result.message ? `; ${result.message}` : ''}: ${result.run.url}`;
        }
        case 'timed-out':
            return `${run} did not finish within ${result.timeoutSeconds} s and ${terminatedText(result)} (${lastStateText(result)}): ${result.run.url}`;
        case 'interrupted':
            return `The job was cancelled: ${run} ${terminatedText(result)} (${lastStateText(result)}): ${result.run.url}`;
    }
}
function sourceText(result) {
    const { source } = result.run;
    if (source.kind === 'inline')
        return 'pipeline sent inline';
    return `pipeline ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source.pipelineName)} version ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source.versionName.slice(0, 7))}${source.versionReused ? ' (registered before)' : ''}`;
}
/**
 * The report's Training section for a KFP run. `full` shows the task table with errors,
 * `compact` the table without errors, `minimal` nothing (the verdict line carries the failure).
 * `heading: false` leaves out `### Training`, to follow the train command's line in one section.
 */
function kfpReportLines(result, detail = 'full', { heading = true } = {}) {
    if (detail === 'minimal')
        return [];
    const head = heading ? ['### Training', ''] : [];
    if (result.kind === 'not-started')
        return [...head, `❌ Nothing was submitted to Kubeflow Pipelines: ${result.reason}`, ''];
    const mark = result.kind === 'succeeded' ? '✅' : '❌';
    const state = result.kind === 'timed-out' ? `timed out (${result.lastState.state})` : result.kind === 'interrupted' ? `cancelled (${result.lastState.state})` : result.state;
    const header = `${mark} KFP run [${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(result.run.displayName).replace(/[[\]]/g, '\\$&')}](${result.run.url}) **${state}** in ${(0,_report_seconds_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .X)(result.durationMs)} · experiment ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.run.experiment.name)} · ${sourceText(result)}`;
    const lines = [...head, header, ''];
    if (result.kind !== 'succeeded')
        lines.push(describeKfpTraining(result).replace(/: https?:\/\/\S+$/, '.'), '');
    if (result.tasks.length > 0) {
        const withErrors = detail === 'full' && result.tasks.some((task) => task.error);
        const rows = result.tasks.map((task) => {
            const row = [(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(task.name), `${STATE_MARK[task.state] ?? ''} ${task.state}`.trim(), task.durationMs !== undefined ? (0,_report_seconds_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .X)(task.durationMs) : '—'];
            if (withErrors)
                row.push(task.error ? (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(task.error) : '');
            return row;
        });
        lines.push((0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([['Task', 'State', 'Duration', ...(withErrors ? ['Error'] : [])], ...rows]), '');
    }
    return lines;
}
/** The named outputs of a KFP training: the run's id and URL, when a run was started. */
function kfpOutputs(result) {
    if (result.kind === 'not-started')
        return {};
    return { 'kfp-run-id': result.run.id, 'kfp-run-url': result.run.url };
}
/**
 * Where this run's metrics were looked for in KFP, for the report when none were found:
 * released KFP returns no task outputs, so there is nothing to read there.
 */
function kfpMetricsNote(result) {
    if (result.kind === 'not-started')
        return 'no KFP run was started';
    if (!result.metrics)
        return `the KFP API returned no task outputs for run ${result.run.id} (GET /apis/v2beta1/runs/{id}?view=FULL answers tasks only on KFP versions with the task API)`;
    if (result.metrics.length === 0)
        return `run ${result.run.id}'s tasks logged no metric artifacts (dsl.Metrics.log_metric)`;
    return `metric artifacts of ${result.metrics.map((metrics) => metrics.path).join(', ')}`;
}


/***/ }),

/***/ 5544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   af: () => (/* binding */ parseDirections)
/* harmony export */ });
/* unused harmony export guessDirection */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Whether a metric is better higher or lower, guessed from its name (the last dotted segment,
 * split at `_`/`-`), unless the user said so. A wrong guess is worse than none, so names that
 * match neither list have no direction and are never called better or worse.
 */

const LOWER = new Set(['loss', 'error', 'err', 'rmse', 'mae', 'mse', 'mape', 'smape', 'rmsle', 'msle', 'logloss', 'wer', 'cer', 'perplexity', 'ppl', 'latency', 'brier', 'fpr', 'fnr']);
const HIGHER = new Set(['acc', 'accuracy', 'auc', 'roc', 'f1', 'f2', 'precision', 'recall', 'r2', 'map', 'ndcg', 'bleu', 'rouge', 'iou', 'dice', 'tpr', 'tnr', 'specificity', 'sensitivity', 'mcc', 'kappa', 'throughput']);
/** The last dotted segment: the metric's own name. */
const leafOf = (key) => key.slice(key.lastIndexOf('.') + 1);
function guessDirection(key) {
    const name = leafOf(key);
    const words = name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    // The last word that names a known metric decides: `val_loss` → lower, `loss_auc` → higher.
    for (const word of [...words].reverse()) {
        if (LOWER.has(word))
            return 'lower';
        if (HIGHER.has(word))
            return 'higher';
    }
    return undefined;
}
/**
 * An override (by `path:key`, key or name) or the guess from the name. `guesses` remembers the
 * guess per name for a caller that asks for many keys (a 100k-key diff has a few hundred names).
 */
function directionOf(path, key, overrides, guesses) {
    const leaf = leafOf(key);
    const overridden = overrides.size === 0 ? undefined : (overrides.get(`${path}:${key}`) ?? overrides.get(key) ?? overrides.get(leaf));
    if (overridden)
        return overridden;
    if (!guesses)
        return guessDirection(leaf);
    if (!guesses.has(leaf))
        guesses.set(leaf, guessDirection(leaf));
    return guesses.get(leaf);
}
/** `name=higher` / `name=lower` entries (from flags, action inputs or mlops.yaml). */
function parseDirections(entries) {
    const result = new Map();
    for (const entry of entries) {
        const match = /^\s*(.+?)\s*[=:]\s*(higher|lower)\s*$/i.exec(entry);
        if (!match) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`direction: '${entry}' is not of the form name=higher or name=lower.`, 'Example: --direction val_loss=lower');
        }
        result.set(match[1], match[2].toLowerCase());
    }
    return result;
}


/***/ }),

/***/ 55421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ parseGates),
/* harmony export */   ud: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* unused harmony exports parseGate, evaluateGate */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _pyformat_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3317);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41048);
/**
 * Gates: absolute thresholds (`r2 >= 0.75`), limits on regression against the base, absolute or
 * relative (`r2 max-drop 0.01`, `rmse max-rise 2%`), and a least improvement (`r2 min-gain 0.005`,
 * MLflow's min_absolute_change). A metric may be named with its file when two files share a key
 * (`eval/metrics.json:r2 >= 0.75`). `significant` after a change gate judges it against the
 * evaluation's noise: the paired interval of the change must show it, not merely allow it.
 */



const GATE = /^(?<metric>.+?)\s*(?<op>>=|<=|>|<|\s(?:max-drop|max-rise|min-gain)\s)\s*(?<value>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(?<percent>%)?(?:\s+(?<significant>significant))?$/;
function parseMetricRef(text) {
    const colon = text.lastIndexOf(':');
    return colon > 0 ? { path: text.slice(0, colon), key: text.slice(colon + 1) } : { key: text };
}
/** One gate from its text. Usage error naming the gate and the accepted forms when it is not one. */
function parseGate(text) {
    const trimmed = text.trim();
    const match = GATE.exec(trimmed);
    // `r2 >>= 0.5`, `r2 => 0.5`: a typo'd operator would otherwise leave a metric named `r2 >` or `r2 =`
    const groups = match?.groups && !/[<>=!]/.test(match.groups.metric) ? match.groups : undefined;
    if (!groups) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`gate '${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(trimmed)}' is not understood.`, 'Write `<metric> >= <number>` (also <=, >, <), `<metric> max-drop <number>[%]`, `<metric> max-rise <number>[%]` or `<metric> min-gain <number>[%]`, with `significant` after a change gate to judge it against the noise, e.g. `r2 >= 0.75`, `rmse max-rise 2%` or `r2 max-drop 0.01 significant`.');
    }
    const metric = parseMetricRef(groups.metric.trim());
    const value = Number(groups.value);
    const op = groups.op.trim();
    const significant = groups.significant === 'significant' ? { significant: true } : {};
    if (op === 'max-drop' || op === 'max-rise') {
        if (value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`gate '${trimmed}': the allowed ${op.slice(4)} must not be negative.`);
        return { kind: 'max-change', text: trimmed, metric, change: op === 'max-drop' ? 'drop' : 'rise', amount: value, relative: groups.percent === '%', ...significant };
    }
    if (op === 'min-gain') {
        if (value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`gate '${trimmed}': the least gain must not be negative.`);
        return { kind: 'min-gain', text: trimmed, metric, amount: value, relative: groups.percent === '%', ...significant };
    }
    if (groups.percent)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`gate '${trimmed}': a threshold takes a plain number, not a percentage.`);
    if (groups.significant)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`gate '${trimmed}': significant goes with a change gate (max-drop, max-rise, min-gain), not a threshold.`);
    return { kind: 'threshold', text: trimmed, metric, op: op, value };
}
/** Gates from lines of text, `;`-separated lists or repeated flags; blank lines and `#` comments skipped. */
function parseGates(entries) {
    return entries
        .flatMap((entry) => entry.split(/[\n;]/))
        .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
        .filter(Boolean)
        .map(parseGate);
}
const show = (x) => (0,_pyformat_js__WEBPACK_IMPORTED_MODULE_1__.pyFormatG)(x, 5);
function findRow(rows, ref) {
    const candidates = rows.filter((row) => row.key === ref.key && (ref.path === undefined || row.path === ref.path));
    if (candidates.length === 1)
        return candidates[0];
    if (candidates.length > 1) {
        return `metric '${ref.key}' is in several files (${candidates.map((row) => row.path).join(', ')}); name one, e.g. ${candidates[0].path}:${ref.key}`;
    }
    const files = [...new Set(rows.map((row) => row.path))];
    return `metric '${ref.key}' was not found${ref.path ? ` in ${ref.path}` : ''} (metrics files: ${files.join(', ') || 'none'})`;
}
function compare(op, a, b) {
    switch (op) {
        case '>=':
            return a >= b;
        case '<=':
            return a <= b;
        case '>':
            return a > b;
        case '<':
            return a < b;
    }
}
/** A change gate's amount in the metric's units (a relative one from the base). */
const absoluteAmount = (gate, base) => (gate.relative ? (gate.amount / 100) * Math.abs(base) : gate.amount);
function minGain(gate, found, head, base, interval) {
    const name = gate.metric.key;
    if (!found.direction) {
        return { gate, passed: false, head, base, reason: `${gate.text}: failed, ${name} has no direction to gain in (set direction: {${name}: higher} or lower)` };
    }
    const gain = found.direction === 'lower' ? base - head : head - base;
    const needed = absoluteAmount(gate, base);
    const size = gate.relative ? `${((gain / Math.abs(base || 1)) * 100).toFixed(2)}%` : show(gain);
    if (gate.significant && interval) {
        // the whole interval of the change must be a gain of at least the amount
        const least = found.direction === 'lower' ? -interval.high : interval.low;
        const passed = least >= needed;
        return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${name} gained ${size} (${show(base)} → ${show(head)}), at least ${show(least)} by its interval` };
    }
    const passed = gain >= needed;
    const note = gate.significant ? '; no interval (predictions), judged as a plain gate' : '';
    return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${name} gained ${size} (${show(base)} → ${show(head)})${note}` };
}
function evaluateGate(gate, rows, changeInterval) {
    const found = findRow(rows, gate.metric);
    if (typeof found === 'string')
        return { gate, passed: false, reason: `${gate.text}: failed, ${found}` };
    const name = gate.metric.key;
    const head = (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .toFloat */ .SP)(found.new);
    if (head === undefined || !Number.isFinite(head)) {
        const what = found.new === null ? 'missing at the head' : `${JSON.stringify((0,_pyformat_js__WEBPACK_IMPORTED_MODULE_1__.pyStr)(found.new))}, not a finite number`;
        return { gate, passed: false, reason: `${gate.text}: failed, ${name} in ${found.path} is ${what}` };
    }
    const base = (0,_value_js__WEBPACK_IMPORTED_MODULE_2__/* .toFloat */ .SP)(found.old);
    if (gate.kind === 'threshold') {
        const passed = compare(gate.op, head, gate.value);
        return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${name} is ${show(head)}` };
    }
    if ((base === undefined || !Number.isFinite(base)) && found.baseUnreadable !== undefined) {
        // never a pass: the base may have been better
        return { gate, passed: false, head, reason: `${gate.text}: failed, the base value of ${name} cannot be read (${found.baseUnreadable})` };
    }
    if (base === undefined || !Number.isFinite(base)) {
        // a new metric cannot regress, and has not gained either
        if (gate.kind === 'min-gain')
            return { gate, passed: false, head, reason: `${gate.text}: failed, no base value of ${name} to gain on` };
        return { gate, passed: true, head, reason: `${gate.text}: passed, no base value of ${name} to compare with` };
    }
    const interval = gate.significant ? changeInterval?.(found) : undefined;
    if (gate.kind === 'min-gain')
        return minGain(gate, found, head, base, interval);
    const moved = gate.change === 'drop' ? base - head : head - base;
    const amount = gate.relative ? (base === 0 ? (moved > 0 ? Infinity : 0) : (moved / Math.abs(base)) * 100) : moved;
    const verb = gate.change === 'drop' ? (moved >= 0 ? 'dropped' : 'rose') : moved >= 0 ? 'rose' : 'dropped';
    const size = gate.relative ? `${Math.abs(amount).toFixed(2)}%` : show(Math.abs(moved));
    const change = `${name} ${verb} by ${size} (${show(base)} → ${show(head)})`;
    if (gate.significant && interval) {
        // fails only when the data show the regression: the whole interval of the change is beyond the limit
        const limit = absoluteAmount(gate, base);
        const shown = gate.change === 'drop' ? interval.high < -limit : interval.low > limit;
        const passed = amount <= gate.amount || !shown;
        const why = amount <= gate.amount ? '' : shown ? `, and its interval [${show(interval.low)}, ${show(interval.high)}] shows it` : `, within the noise: its interval [${show(interval.low)}, ${show(interval.high)}] allows ${gate.change === 'drop' ? 'a drop' : 'a rise'} of at most ${show(limit)}`;
        return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${change}${why}` };
    }
    const passed = amount <= gate.amount;
    const note = gate.significant ? '; no interval (predictions), judged as a plain gate' : '';
    return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${change}${note}` };
}
function evaluateGates(gates, rows, changeInterval) {
    return gates.map((gate) => evaluateGate(gate, rows, changeInterval));
}


/***/ }),

/***/ 33297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ headlineRow)
/* harmony export */ });
function headlineRow(input) {
    const wanted = input.headline ?? input.gates[0]?.gate.metric.key;
    return (wanted && input.metrics.find((row) => row.key === wanted || `${row.path}:${row.key}` === wanted)) || input.metrics[0];
}


/***/ }),

/***/ 17397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHARTS: () => (/* binding */ CHARTS),
  CONFIG_FILE: () => (/* reexport */ config_name/* CONFIG_FILE */.g),
  DEFAULT_BOOTSTRAP_SAMPLES: () => (/* binding */ DEFAULT_BOOTSTRAP_SAMPLES),
  EVENTS: () => (/* binding */ EVENTS),
  RAW_KEYS: () => (/* binding */ RAW_KEYS),
  RUN_MODES: () => (/* binding */ RUN_MODES),
  buildRunOptions: () => (/* binding */ buildRunOptions),
  buildRunOptionsWith: () => (/* binding */ buildRunOptionsWith),
  parseBoolean: () => (/* binding */ parseBoolean),
  parseChoice: () => (/* binding */ parseChoice),
  parseConfigFile: () => (/* binding */ parseConfigFile),
  parseList: () => (/* binding */ parseList),
  parsePositiveNumber: () => (/* binding */ parsePositiveNumber)
});

// EXTERNAL MODULE: ./src/config-name.ts
var config_name = __webpack_require__(34793);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/metrics/csv.ts
var csv = __webpack_require__(13577);
// EXTERNAL MODULE: ./src/metrics/direction.ts
var direction = __webpack_require__(5544);
// EXTERNAL MODULE: ./src/metrics/gates.ts
var gates = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/metrics/parse.ts + 1 modules
var parse = __webpack_require__(43775);
// EXTERNAL MODULE: ./src/metrics/value.ts
var metrics_value = __webpack_require__(41048);
// EXTERNAL MODULE: ./src/publish.ts + 1 modules
var publish = __webpack_require__(65071);
// EXTERNAL MODULE: ./src/image/secrets.ts
var secrets = __webpack_require__(57100);
// EXTERNAL MODULE: ./src/baseline.ts
var baseline = __webpack_require__(89860);
// EXTERNAL MODULE: ./src/report/images.ts + 1 modules
var report_images = __webpack_require__(68366);
;// CONCATENATED MODULE: ./src/option-value.ts
/**
 * One option's text from a raw value (an input, a mlops.yaml key, a flag): trimmed, empty as
 * unset, and a list of more than one an error naming the key. Shared by every option parser.
 */

function singleValue(key, value) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string') {
        if (value.length > 1)
            throw new errors/* OptionError */.eR(key, `give one value, not ${value.length}.`);
        return singleValue(key, value[0]);
    }
    const text = value.trim();
    return text === '' ? undefined : text;
}

;// CONCATENATED MODULE: ./src/kfp/options.ts
/**
 * The Kubeflow Pipelines options of the train stage, parsed from raw option text the way
 * buildRunOptions parses the others: pure, and every bad value an OptionError naming its key.
 * The token is not one of them: it is a secret (kfp-token through the platform's secrets,
 * else KFP_TOKEN in the environment), and kfp-token-file names the file it is read from.
 */


const KFP_RAW_KEYS = [
    'kfp-host', 'kfp-pipeline', 'kfp-pipeline-name', 'kfp-experiment', 'kfp-namespace', 'kfp-params', 'kfp-timeout', 'kfp-token-file',
];
const DEFAULT_KFP_EXPERIMENT = 'mlops-action';
const DEFAULT_KFP_TIMEOUT_SECONDS = 3600;
const PIPELINE_FILE_EXTENSIONS = ['.yaml', '.yml', '.json'];
const one = (key, value) => singleValue(key, value);
/** `https://host/pipeline` → itself without a trailing slash; anything that is not an http(s) base URL is an error. */
function parseKfpHost(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* OptionError */.eR('kfp-host', `'${text}' is not a URL.`, 'Give the KFP API base URL, e.g. https://kubeflow.example.com/pipeline.');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* OptionError */.eR('kfp-host', `'${text}' is not an http or https URL.`, 'Give the KFP API base URL, e.g. https://kubeflow.example.com/pipeline.');
    }
    if (url.username || url.password)
        throw new errors/* OptionError */.eR('kfp-host', 'must not carry credentials: give the token as kfp-token (a secret).');
    if (url.search || url.hash)
        throw new errors/* OptionError */.eR('kfp-host', `'${text}' has a query or fragment: give the base URL only.`);
    if (/\/apis(\/|$)/.test(url.pathname)) {
        throw new errors/* OptionError */.eR('kfp-host', `'${text}' includes the API path: give the base URL, without /apis/v2beta1.`);
    }
    return url.toString().replace(/\/+$/, '');
}
/** kfp-params lines (`name=value`); the value is kept as written, its type comes from the IR. */
function parseKfpParams(value) {
    if (value === undefined)
        return [];
    const lines = (typeof value === 'string' ? value.split('\n') : value.flatMap((item) => item.split('\n'))).map((line) => line.trim()).filter(Boolean);
    const params = [];
    for (const line of lines) {
        const equals = line.indexOf('=');
        const name = equals < 0 ? line : line.slice(0, equals).trim();
        if (equals < 0 || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
            throw new errors/* OptionError */.eR('kfp-params', `'${line}' is not name=value.`, 'One pipeline parameter per line, e.g. n_estimators=100.');
        }
        if (params.some((param) => param.name === name))
            throw new errors/* OptionError */.eR('kfp-params', `${name} is given twice.`);
        params.push({ name, text: line.slice(equals + 1).trim() });
    }
    return params;
}
function parseTimeout(text) {
    if (text === undefined)
        return DEFAULT_KFP_TIMEOUT_SECONDS;
    const seconds = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(seconds) || seconds <= 0) {
        throw new errors/* OptionError */.eR('kfp-timeout', `'${text}' is not a positive number of seconds.`);
    }
    return seconds;
}
/**
 * The KFP options, or undefined when kfp-host is not set (the train stage then runs
 * train-command alone). Another kfp-* key without kfp-host is an error: it would do nothing.
 */
function kfpOptions(raw) {
    const hostText = one('kfp-host', raw['kfp-host']);
    if (hostText === undefined) {
        const stray = KFP_RAW_KEYS.find((key) => key !== 'kfp-host' && (key === 'kfp-params' ? parseKfpParams(raw[key]).length > 0 : one(key, raw[key]) !== undefined));
        if (stray)
            throw new errors/* OptionError */.eR(stray, 'set, but kfp-host is not: nothing would run on Kubeflow Pipelines.', 'Set kfp-host to the KFP API base URL, e.g. https://kubeflow.example.com/pipeline.');
        return undefined;
    }
    const host = parseKfpHost(hostText);
    const pipeline = one('kfp-pipeline', raw['kfp-pipeline']);
    if (!pipeline) {
        throw new errors/* OptionError */.eR('kfp-pipeline', 'is required with kfp-host: the compiled pipeline (the IR YAML or JSON kfp.compiler writes).', 'e.g. kfp-pipeline: pipeline.yaml, with train-command: python pipeline.py to compile it first.');
    }
    if (!PIPELINE_FILE_EXTENSIONS.some((extension) => pipeline.toLowerCase().endsWith(extension))) {
        throw new errors/* OptionError */.eR('kfp-pipeline', `'${pipeline}' is not a .yaml, .yml or .json file: give the IR kfp.compiler writes (not a .tar.gz or .zip package).`);
    }
    return {
        host,
        pipeline,
        pipelineName: one('kfp-pipeline-name', raw['kfp-pipeline-name']),
        experiment: one('kfp-experiment', raw['kfp-experiment']) ?? DEFAULT_KFP_EXPERIMENT,
        namespace: one('kfp-namespace', raw['kfp-namespace']),
        params: parseKfpParams(raw['kfp-params']),
        timeoutSeconds: parseTimeout(one('kfp-timeout', raw['kfp-timeout'])),
        tokenFile: one('kfp-token-file', raw['kfp-token-file']),
    };
}

;// CONCATENATED MODULE: ./src/mlflow/options.ts
/**
 * The MLflow options, parsed from raw option text the way kfpOptions parses the KFP ones: pure,
 * the environment passed in, and every bad value an OptionError naming its key. Credentials are
 * not options: they come from MLflow's own variables (credentials.ts).
 */


const MLFLOW_RAW_KEYS = ['mlflow-tracking-uri', 'mlflow-experiment', 'mlflow-model', 'mlflow-alias', 'mlflow-model-path'];
const DEFAULT_MLFLOW_ALIAS = 'champion';
const DEFAULT_MLFLOW_MODEL_PATH = 'model';
const options_one = (key, value) => singleValue(key, value);
/** An http(s) base URL without credentials, query or fragment; the trailing slash dropped. `from` says where it came from. */
function parseTrackingUri(text, from) {
    const hint = 'Give the tracking server URL, e.g. https://mlflow.example.com (credentials go in MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD or MLFLOW_TRACKING_TOKEN).';
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* OptionError */.eR('mlflow-tracking-uri', `${from} '${text}' is not a URL.`, hint);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        // file:, sqlite:, databricks: work for MLflow's Python client, not over REST from here.
        throw new errors/* OptionError */.eR('mlflow-tracking-uri', `${from} '${url.protocol}…' is not an http or https URL: only a tracking server's REST API can be used.`, hint);
    }
    if (url.username || url.password) {
        throw new errors/* OptionError */.eR('mlflow-tracking-uri', `${from} must not carry credentials: set MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (or MLFLOW_TRACKING_TOKEN) from secrets.`);
    }
    if (url.search || url.hash)
        throw new errors/* OptionError */.eR('mlflow-tracking-uri', `${from} '${text}' has a query or fragment: give the base URL only.`, hint);
    if (/\/api\/2\.0(\/|$)/.test(url.pathname))
        throw new errors/* OptionError */.eR('mlflow-tracking-uri', `${from} '${text}' includes the API path: give the base URL, without /api/2.0/mlflow.`);
    return url.toString().replace(/\/+$/, '');
}
/**
 * MLflow's rules for an alias (mlflow/utils/validation.py): alphanumerics, `_` and `-`; not
 * `latest` (reserved for the newest version) and not `v<digits>` (read as a version).
 */
function validateAlias(alias) {
    if (!/^[\w-]+$/.test(alias))
        throw new errors/* OptionError */.eR('mlflow-alias', `'${alias}' is not an alias: names may only contain alphanumerics, underscores (_) and dashes (-).`);
    if (alias.length > 255)
        throw new errors/* OptionError */.eR('mlflow-alias', `is ${alias.length} characters long; MLflow allows 255.`);
    if (alias.toLowerCase() === 'latest')
        throw new errors/* OptionError */.eR('mlflow-alias', "'latest' is reserved by MLflow for the newest version.", 'Use e.g. champion or production.');
    if (/^[vV]\d+$/.test(alias))
        throw new errors/* OptionError */.eR('mlflow-alias', `'${alias}' would read as a version number in models:/<model>@${alias}.`, 'Use e.g. champion or production.');
    return alias;
}
/**
 * The MLflow options, or undefined when mlflow-experiment is not set (no MLflow). Another mlflow-*
 * key without it is an error: it would do nothing. The tracking URI falls back to
 * MLFLOW_TRACKING_URI of the given environment.
 */
function mlflowOptions(raw, env) {
    const experiment = options_one('mlflow-experiment', raw['mlflow-experiment']);
    if (experiment === undefined) {
        const stray = MLFLOW_RAW_KEYS.find((key) => key !== 'mlflow-experiment' && options_one(key, raw[key]) !== undefined);
        if (stray) {
            throw new errors/* OptionError */.eR(stray, 'set, but mlflow-experiment is not: nothing would be tracked in MLflow.', 'Set mlflow-experiment to the experiment name (it is created when missing).');
        }
        return undefined;
    }
    const fromOption = options_one('mlflow-tracking-uri', raw['mlflow-tracking-uri']);
    const fromEnv = env.MLFLOW_TRACKING_URI?.trim() || undefined;
    const uriText = fromOption ?? fromEnv;
    if (uriText === undefined) {
        throw new errors/* OptionError */.eR('mlflow-tracking-uri', 'is required with mlflow-experiment (or MLFLOW_TRACKING_URI in the environment).', 'Give the tracking server URL, e.g. https://mlflow.example.com.');
    }
    const model = options_one('mlflow-model', raw['mlflow-model']);
    if (model !== undefined && model.includes('/')) {
        // The registry's model URIs (models:/<name>@<alias>) cannot name one with a slash.
        throw new errors/* OptionError */.eR('mlflow-model', `'${model}' contains '/': a registered model name cannot.`);
    }
    const modelPath = (options_one('mlflow-model-path', raw['mlflow-model-path']) ?? DEFAULT_MLFLOW_MODEL_PATH).replace(/^\/+|\/+$/g, '');
    if (modelPath === '' || modelPath.split('/').some((part) => part === '..' || part === '.')) {
        throw new errors/* OptionError */.eR('mlflow-model-path', `'${raw['mlflow-model-path']}' is not an artifact path inside the run (e.g. model).`);
    }
    return {
        trackingUri: parseTrackingUri(uriText, fromOption !== undefined ? 'the URL' : 'MLFLOW_TRACKING_URI'),
        experiment,
        model,
        alias: validateAlias(options_one('mlflow-alias', raw['mlflow-alias']) ?? DEFAULT_MLFLOW_ALIAS),
        modelPath,
    };
}

;// CONCATENATED MODULE: ./src/options.ts
/**
 * One typed, validated option set for a run, whichever front end it came from: action inputs,
 * CLI flags or the project's `mlops.yaml`. Reading a value (front end) is kept apart from parsing
 * it (here, pure functions), and every bad value is a usage error naming the option.
 */














const EVENTS = ['pr', 'push', 'schedule', 'manual'];
const CHARTS = ['mermaid', 'quickchart', 'none'];
const RUN_MODES = ['run', 'publish-from-artifact'];
const RAW_KEYS = [
    'working-directory', 'event', 'train-command', 'train-timeout', 'base-ref', 'head-ref', 'metrics', 'params', 'csv-row',
    'gates', 'direction', 'headline', 'charts', 'report-path', 'report-id', 'precision', 'comment',
    'image', 'image-tags', 'image-flavor', 'image-labels', 'dockerfile', 'context', 'push', 'registry', 'registry-username', 'build-args',
    'image-target', 'image-platforms', 'image-cache-from', 'image-cache-to', 'image-secrets', 'image-secret-files', 'image-secret-envs',
    'kserve-name', 'kserve-namespace', 'kserve-model-format', 'kserve-storage-uri', 'kserve-runtime', 'protocol', 'canary-percent', 'smoke-test', 'kserve-timeout',
    'serving-image', 'kserve-env', 'kserve-min-replicas', 'kserve-max-replicas', 'kserve-resources', 'kserve-model-name', 'canary-analysis',
    'baseline-ref', 'baseline-remote', 'on-improvement', 'improvement-margin', 'images', 'mode',
    ...KFP_RAW_KEYS,
    ...MLFLOW_RAW_KEYS,
    'predictions', 'bootstrap-samples', 'metric-definitions',
];
/** Items from a multi-line or comma-separated input, as docker/actions-toolkit's getInputList does. */
function parseList(value, separators = /[\n,]/) {
    if (value === undefined)
        return [];
    const lines = typeof value === 'string' ? value.split(separators) : value.flatMap((item) => item.split(separators));
    return lines.map((item) => item.trim()).filter(Boolean);
}
const single = singleValue;
function parseChoice(name, value, choices, fallback) {
    if (value === undefined)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new errors/* OptionError */.eR(name, `'${value}' is not one of ${choices.join(', ')}.`);
}
function parsePositiveNumber(name, value, { integer = false } = {}) {
    if (value === undefined)
        return undefined;
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
        throw new errors/* OptionError */.eR(name, `'${value}' is not a positive ${integer ? 'whole ' : ''}number.`);
    }
    return number;
}
/** The whole option set from raw values. Later sources in `layers` win (defaults < mlops.yaml < inputs). */
function buildRunOptions(...layers) {
    return buildRunOptionsWith({}, ...layers);
}
/** As buildRunOptions, with the front end's environment for what falls back to it (MLFLOW_TRACKING_URI). */
function buildRunOptionsWith(env, ...layers) {
    const raw = Object.assign({}, ...layers.map((layer) => Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined))));
    const get = (key) => single(key, raw[key]);
    const train = raw['train-command'];
    return {
        workingDirectory: get('working-directory') ?? '.',
        event: parseChoice('event', get('event'), EVENTS, 'manual'),
        trainCommand: train === undefined || typeof train === 'string' ? (train?.trim() || undefined) : train.length > 0 ? train : undefined,
        trainTimeout: parsePositiveNumber('train-timeout', get('train-timeout')),
        baseRef: get('base-ref') ?? 'HEAD',
        headRef: get('head-ref') ?? 'workspace',
        metrics: parseList(raw.metrics),
        params: parseList(raw.params),
        csvRow: get('csv-row') === undefined ? csv/* LAST_ROW */.Im : (0,csv.parseRowSelector)(get('csv-row')),
        gates: (0,gates/* parseGates */.MJ)(typeof raw.gates === 'string' ? [raw.gates] : (raw.gates ?? [])),
        directions: (0,direction/* parseDirections */.af)(parseList(raw.direction)),
        headline: get('headline'),
        charts: parseChoice('charts', get('charts'), CHARTS, 'mermaid'),
        reportPath: get('report-path') ?? 'report.md',
        reportId: get('report-id') ?? 'default',
        precision: parsePositiveNumber('precision', get('precision'), { integer: true }) ?? 5,
        comment: parseChoice('comment', get('comment'), publish/* COMMENT_MODES */.p8, 'auto'),
        image: imageOptions(raw),
        kserve: kserveOptions(raw),
        baselineRef: get('baseline-ref') ?? (0,baseline/* baselineRef */.r4)(get('report-id') ?? 'default'),
        // The baseline travels with the repository on every front end (none there: it stays local).
        baselineRemote: get('baseline-remote') ?? 'origin',
        onImprovement: parseChoice('on-improvement', get('on-improvement'), ['report', 'promote'], 'report'),
        improvementMargin: parseMargin(get('improvement-margin')),
        images: parseChoice('images', get('images'), report_images/* IMAGES_MODES */.Uv, 'auto'),
        mode: parseChoice('mode', get('mode'), RUN_MODES, 'run'),
        kfp: kfpOptions(raw),
        mlflow: mlflowOptions(raw, env),
        noise: noiseOptions(raw),
    };
}
/** A replica count: a whole number, 0 allowed (scale to zero). */
function parseCount(name, value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new errors/* OptionError */.eR(name, `'${value}' is not a whole number of 0 or more.`);
    return Number(value);
}
function parseMargin(value) {
    if (value === undefined)
        return 0;
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
    if (!match)
        throw new errors/* OptionError */.eR('improvement-margin', `'${value}' is not a percentage like 1%.`);
    return Number(match[1]);
}
function kserveOptions(raw) {
    const name = single('kserve-name', raw['kserve-name']);
    if (!name)
        return undefined;
    const canaryPercent = parsePositiveNumber('canary-percent', single('canary-percent', raw['canary-percent']), { integer: true }) ?? 10;
    if (canaryPercent > 100)
        throw new errors/* OptionError */.eR('canary-percent', `${canaryPercent} is over 100.`);
    return {
        name,
        namespace: single('kserve-namespace', raw['kserve-namespace']) ?? 'default',
        modelFormat: single('kserve-model-format', raw['kserve-model-format']),
        storageUri: single('kserve-storage-uri', raw['kserve-storage-uri']),
        runtime: single('kserve-runtime', raw['kserve-runtime']),
        protocol: parseChoice('protocol', single('protocol', raw.protocol), ['v1', 'v2'], 'v1'),
        canaryPercent,
        smokeTest: single('smoke-test', raw['smoke-test']),
        timeoutSeconds: parsePositiveNumber('kserve-timeout', single('kserve-timeout', raw['kserve-timeout'])) ?? 600,
        servingImage: single('serving-image', raw['serving-image']),
        minReplicas: parseCount('kserve-min-replicas', single('kserve-min-replicas', raw['kserve-min-replicas'])),
        maxReplicas: parseCount('kserve-max-replicas', single('kserve-max-replicas', raw['kserve-max-replicas'])),
        resources: single('kserve-resources', raw['kserve-resources']),
        modelName: single('kserve-model-name', raw['kserve-model-name']),
        env: parseList(raw['kserve-env'], /\n/),
        canaryAnalysis: single('canary-analysis', raw['canary-analysis']),
    };
}
const DEFAULT_BOOTSTRAP_SAMPLES = 1000;
function noiseOptions(raw) {
    const predictions = single('predictions', raw.predictions);
    const samples = parsePositiveNumber('bootstrap-samples', single('bootstrap-samples', raw['bootstrap-samples']), { integer: true });
    const definitions = parseList(raw['metric-definitions'], /\n/);
    if (!predictions) {
        const stray = samples !== undefined ? 'bootstrap-samples' : definitions.length > 0 ? 'metric-definitions' : undefined;
        if (stray)
            throw new errors/* OptionError */.eR(stray, 'set, but predictions is not: there is nothing to bootstrap.', 'Set predictions to the evaluation predictions file (y_true, y_pred per example).');
        return undefined;
    }
    if (samples !== undefined && (samples < 100 || samples > 100_000))
        throw new errors/* OptionError */.eR('bootstrap-samples', `${samples} is outside 100–100000.`, 'The default, 1000, gives stable 95% intervals.');
    return { predictions, samples: samples ?? DEFAULT_BOOTSTRAP_SAMPLES, definitions };
}
/** Lines only: metadata-action rules and build args carry commas of their own. */
const lines = (value) => parseList(value, /\n/);
/** An input's text as its lines, untrimmed and unsplit by commas (a list item is one entry). */
const textLines = (value) => (value === undefined ? [] : typeof value === 'string' ? [value] : [...value]);
function parseBoolean(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (/^(true|yes|1)$/i.test(value))
        return true;
    if (/^(false|no|0)$/i.test(value))
        return false;
    throw new errors/* OptionError */.eR(name, `'${value}' is not true or false.`);
}
function imageOptions(raw) {
    const images = lines(raw.image);
    if (images.length === 0) {
        const stray = ['image-tags', 'dockerfile', 'registry', 'registry-username', 'image-secrets', 'image-secret-files', 'image-secret-envs'].find((key) => lines(raw[key]).length > 0);
        if (stray)
            throw new errors/* OptionError */.eR(stray, 'set, but image is not: nothing would be built.', 'Name the image repository, e.g. image: ghcr.io/acme/housing.');
        return undefined;
    }
    return {
        images,
        tags: lines(raw['image-tags']),
        flavor: lines(raw['image-flavor']),
        labels: lines(raw['image-labels']),
        context: single('context', raw.context) ?? '.',
        dockerfile: single('dockerfile', raw.dockerfile),
        push: parseBoolean('push', single('push', raw.push), true),
        buildArgs: lines(raw['build-args']),
        registry: single('registry', raw.registry),
        username: single('registry-username', raw['registry-username']),
        target: single('image-target', raw['image-target']),
        platforms: parseList(raw['image-platforms']),
        cacheFrom: lines(raw['image-cache-from']),
        cacheTo: lines(raw['image-cache-to']),
        // build-push-action's own list reading: a quoted value may span lines, so not split here
        secrets: (0,secrets/* parseBuildSecrets */.Jm)({ values: textLines(raw['image-secrets']), files: textLines(raw['image-secret-files']), envs: textLines(raw['image-secret-envs']) }),
    };
}

function configValue(key, value, file) {
    if (Array.isArray(value))
        return value.map((item) => configScalar(key, item, file));
    if ((0,metrics_value/* isPlainObject */.Qd)(value)) {
        // `direction: {val_loss: lower}` reads naturally in YAML
        return Object.entries(value).map(([name, item]) => `${name}=${configScalar(key, item, file)}`);
    }
    return configScalar(key, value, file);
}
function configScalar(key, value, file) {
    if (value === null || typeof value === 'object')
        throw new errors/* UsageError */.eb(`${file}: '${key}' must be text, a number or a list of them.`);
    return String(value);
}
/** An options file that is not valid YAML is a usage error (exit 2), like an unknown option in it. */
function parseOptionsYaml(text, file) {
    try {
        return (0,parse/* parseStructured */.jE)(text, 'yaml', file);
    }
    catch (error) {
        if (error instanceof parse/* UnreadableFileError */.o2)
            throw new errors/* UsageError */.eb(error.message);
        throw error;
    }
}
/**
 * Options from an options file's text (the project's mlops.yaml, or the file --config names, as
 * `file` says); unknown keys are errors so typos do not pass silently.
 */
function parseConfigFile(text, file = config_name/* CONFIG_FILE */.g) {
    const data = parseOptionsYaml(text, file);
    if (data === null)
        return {};
    if (!(0,metrics_value/* isPlainObject */.Qd)(data))
        throw new errors/* UsageError */.eb(`${file}: expected a mapping of option names to values.`);
    const raw = {};
    for (const [key, value] of Object.entries(data)) {
        if (key === 'kfp-token')
            throw new errors/* UsageError */.eb(`${file}: kfp-token is a secret and never goes in a file.`, 'Set KFP_TOKEN in the environment, the kfp-token input from a secret, or kfp-token-file.');
        if (key === 'image-secrets')
            throw new errors/* UsageError */.eb(`${file}: image-secrets holds secret values, which never go in a file.`, 'Name them instead: image-secret-envs (id=ENVNAME) or image-secret-files (id=path).');
        if (!RAW_KEYS.includes(key)) {
            throw new errors/* UsageError */.eb(`${file}: unknown option '${key}'.`, `Known options: ${RAW_KEYS.join(', ')}.`);
        }
        raw[key] = configValue(key, value, file);
    }
    return raw;
}


/***/ }),

/***/ 65071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $c: () => (/* binding */ CHECK_NAME),
  p8: () => (/* binding */ COMMENT_MODES),
  qW: () => (/* binding */ checkText),
  mk: () => (/* binding */ publish)
});

// UNUSED EXPORTS: ALERT_LABEL, ALERT_TITLE, alertMarker, commentTarget

;// CONCATENATED MODULE: ./src/alert/webhook.ts
/**
 * The alert webhook: one Slack-compatible message (`{"text": …}`, which Slack, Mattermost and
 * Teams incoming webhooks all take) when a gate fails. A failing webhook is a warning for the
 * caller, never a red build; the URL is a secret and is never part of a message.
 */
function alertText(input) {
    const where = input.repository ? ` in ${input.repository}` : '';
    const lines = [`:rotating_light: *${input.title}*${where}`, ...input.failures.map((failure) => `• ${failure}`)];
    if (input.runUrl)
        lines.push(`<${input.runUrl}|Open the run>`);
    return lines.join('\n');
}
async function sendWebhook(url, text, fetchImpl = fetch) {
    try {
        const response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }), signal: AbortSignal.timeout(10000) });
        if (response.ok)
            return { ok: true };
        return { ok: false, reason: `the webhook answered ${response.status} ${response.statusText}`.trim() };
    }
    catch (error) {
        return { ok: false, reason: `the webhook could not be reached (${error instanceof Error ? error.message : String(error)})` };
    }
}

// EXTERNAL MODULE: ./src/forge/forge.ts
var forge_forge = __webpack_require__(76576);
// EXTERNAL MODULE: ./src/report/marker.ts
var report_marker = __webpack_require__(80990);
// EXTERNAL MODULE: ./src/report/size-guard.ts
var size_guard = __webpack_require__(85377);
;// CONCATENATED MODULE: ./src/publish.ts
/**
 * The publish stage: the report as one sticky comment where it belongs for the event, and the
 * gates as a check run. Nothing here fails a build for lack of permission (a fork's pull request
 * has a read-only token): those outcomes come back as data for the front end to warn about.
 */




const COMMENT_MODES = ['auto', 'always', 'never'];
const CHECK_NAME = 'mlops: gates';
/** Where the report goes for this event: the PR on pull requests; the commit only with `always`. */
function commentTarget(context, mode) {
    if (mode === 'never')
        return { skipped: 'comment is set to never' };
    if (context.pullRequest)
        return { kind: 'pr', number: context.pullRequest.number };
    if (mode === 'always' && context.sha)
        return { kind: 'commit', sha: context.sha };
    return { skipped: `no pull request for this ${context.event} event (set comment: always to comment on the commit)` };
}
function forbiddenWarning(what, outcome, fork, wording) {
    const why = fork ? 'a pull request from a fork gets a read-only token' : 'the token lacks a permission';
    return `Could not ${what}: ${outcome.message} (${why}). Grant ${wording.grant(outcome.permission)}; the report is in ${wording.reportLocation}.`;
}
/** The gates' check run: its title (how many failed) and summary (one line per gate). */
function checkText(gates) {
    const failed = gates.filter((gate) => !gate.passed).length;
    const title = failed === 0 ? `All ${gates.length} gate${gates.length === 1 ? '' : 's'} passed` : `${failed} of ${gates.length} gate${gates.length === 1 ? '' : 's'} failed`;
    const summary = gates.map((gate) => `${gate.passed ? '✅' : '❌'} ${gate.reason}`).join('\n');
    return { title, summary };
}
const ALERT_TITLE = 'Nightly model regression';
const ALERT_LABEL = 'mlops-alert';
function alertMarker(reportId) {
    return `<!-- mlops-action alert:${reportId.replace(/[^A-Za-z0-9._/-]/g, '-')} -->`;
}
/** Publish the report where the event calls for it. Without a forge (no token) only the webhook goes out. */
async function publish(forge, input) {
    const warnings = [];
    const fork = input.context.pullRequest?.fork ?? false;
    const failures = input.gates.filter((gate) => !gate.passed).map((gate) => gate.reason);
    let webhook = { kind: 'skipped', reason: failures.length ? 'no alert-webhook is set' : 'no gate failed' };
    if (input.alertWebhook && failures.length > 0) {
        const title = input.context.event === 'schedule' ? ALERT_TITLE : `Model gates failed (${input.context.event})`;
        const sent = await sendWebhook(input.alertWebhook, alertText({ title, failures, runUrl: input.context.runUrl, repository: input.context.repository }));
        webhook = sent.ok ? { kind: 'sent' } : { kind: 'failed', reason: sent.reason };
        if (!sent.ok)
            warnings.push(`The alert webhook was not delivered: ${sent.reason}.`);
    }
    if (!forge) {
        const skipped = { kind: 'skipped', reason: 'no token to publish with' };
        return { comment: skipped, check: skipped, issue: skipped, webhook, warnings };
    }
    let issue = { kind: 'skipped', reason: 'alert issues are for scheduled runs' };
    if (input.alertIssue) {
        const marker = alertMarker(input.report.reportId);
        if (failures.length > 0) {
            const fitted = await (0,size_guard/* fitReport */.kq)(input.report, size_guard/* COMMENT_LIMIT */.W$ - marker.length - 200);
            issue = await forge.upsertAlertIssue(marker, ALERT_TITLE, `${marker}\n${fitted.body}`, [ALERT_LABEL]);
        }
        else {
            issue = await forge.closeAlertIssue(marker, `✅ The gates pass again${input.context.runUrl ? ` ([run](${input.context.runUrl}))` : ''}; closing this alert.`);
        }
        if (issue.kind === 'forbidden')
            warnings.push(forbiddenWarning(failures.length ? 'open the alert issue' : 'close the alert issue', issue, fork, input.wording));
    }
    let comment;
    const target = input.target ?? commentTarget(input.context, input.comment);
    if ('skipped' in target) {
        comment = { kind: 'skipped', reason: target.skipped };
    }
    else {
        const fitted = await (0,size_guard/* fitReport */.kq)(input.report, size_guard/* COMMENT_LIMIT */.W$);
        const marker = (0,report_marker/* reportMarker */.l)(input.report.reportId);
        comment = await forge.upsertComment(target, marker, fitted.body);
        if (comment.kind === 'too-long') {
            // GitHub counted differently from us: the shortest form, cut well inside the limit.
            comment = await forge.upsertComment(target, marker, (await (0,size_guard/* fitReport */.kq)(input.report, size_guard/* COMMENT_LIMIT */.W$ / 2)).body);
        }
        if (comment.kind === 'forbidden')
            warnings.push(forbiddenWarning(`comment on ${(0,forge_forge/* describeTarget */.f)(target)}`, comment, fork, input.wording));
        if (comment.kind === 'not-found')
            warnings.push(`Could not comment: ${comment.message}; the report is in ${input.wording.reportLocation}.`);
        if (comment.kind === 'too-long')
            warnings.push(`Could not comment on ${(0,forge_forge/* describeTarget */.f)(target)}: ${comment.message}; the report is in ${input.wording.reportLocation}.`);
    }
    let check;
    const headSha = input.context.pullRequest?.headSha ?? input.context.sha;
    if (input.gates.length === 0)
        check = { kind: 'skipped', reason: 'no gates are set' };
    else if (!headSha)
        check = { kind: 'skipped', reason: 'the commit is not known' };
    else {
        const { title, summary } = checkText(input.gates);
        check = await forge.createCheckRun({ name: CHECK_NAME, headSha, conclusion: input.gatesPassed ? 'success' : 'failure', title, summary });
        if (check.kind === 'forbidden')
            warnings.push(forbiddenWarning(`create the "${CHECK_NAME}" check run`, check, fork, input.wording));
    }
    return { comment, check, issue, webhook, warnings };
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Hn: () => (/* binding */ cell),
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
/** A table cell: pipes would split the cell, newlines would end the row. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Inline code that survives backticks in the text. */
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`;
}


/***/ }),

/***/ 10141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yF: () => (/* binding */ fullReportLink),
  B1: () => (/* binding */ renderReport),
  Le: () => (/* binding */ revisionText)
});

// UNUSED EXPORTS: CHANGED_ROWS_LIMIT, FOLDED_ROWS_LIMIT, FULL_TABLE_LIMIT, MINIMAL_ROWS_LIMIT, firstSorted, trainingFailed, verdictLine

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/metrics/headline.ts
var metrics_headline = __webpack_require__(33297);
// EXTERNAL MODULE: ./src/train/run-command.ts
var run_command = __webpack_require__(76195);
// EXTERNAL MODULE: ./src/metrics/value.ts
var value = __webpack_require__(41048);
;// CONCATENATED MODULE: ./src/report/charts.ts

/**
 * quickchart-js is loaded only when chosen: its fetch dependency pulls in Node's deprecated
 * `punycode`, which would print a deprecation warning on every run for everyone.
 */
async function loadQuickChart() {
    const loaded = (await __webpack_require__.e(/* import() */ 3951).then(__webpack_require__.bind(__webpack_require__, 33951)));
    // Its types describe a CommonJS module; at run time the default may be the class or the module.
    const inner = loaded.default.default;
    return (inner ?? loaded.default);
}
const MAX_CHARTS = 6;
/** Metrics worth a chart: numeric on both sides and finite, in the order given, at most MAX_CHARTS. */
function chartPoints(rows) {
    const points = [];
    for (const row of rows) {
        const base = (0,value/* toFloat */.SP)(row.old);
        const head = (0,value/* toFloat */.SP)(row.new);
        if (base === undefined || head === undefined || !Number.isFinite(base) || !Number.isFinite(head))
            continue;
        points.push({ label: row.key, base, head });
        if (points.length === MAX_CHARTS)
            break;
    }
    return points;
}
async function quickchartUrl(point, baseLabel, headLabel) {
    const QuickChart = await loadQuickChart();
    const chart = new QuickChart();
    chart
        .setConfig({
        type: 'bar',
        data: { labels: [baseLabel, headLabel], datasets: [{ label: point.label, data: [point.base, point.head], backgroundColor: ['#9e9e9e', '#1f77b4'] }] },
        options: { legend: { display: false }, title: { display: true, text: point.label }, scales: { yAxes: [{ ticks: { beginAtZero: true } }] } },
    })
        .setWidth(360)
        .setHeight(220)
        .setBackgroundColor('white');
    return chart.getUrl();
}

// EXTERNAL MODULE: ./src/report/plots-section.ts + 1 modules
var plots_section = __webpack_require__(73383);
;// CONCATENATED MODULE: ./src/report/sparkline.ts
/**
 * A row of bars for a series, the way a trend fits in one line of text: `▁▂▄▆█`. Lowest value
 * the lowest bar, highest the highest; a flat series is a flat row of middle bars. Values that are
 * not finite (NaN from a failed run, ±Infinity) have no height and are left out.
 */
const BARS = '▁▂▃▄▅▆▇█';
/** The middle bar: half a cell, for a series that does not move. */
const MIDDLE = BARS[3];
function sparkline(values) {
    const finite = values.filter(Number.isFinite);
    if (finite.length === 0)
        return '';
    const lo = finite.reduce((a, b) => Math.min(a, b));
    const hi = finite.reduce((a, b) => Math.max(a, b));
    if (lo === hi)
        return MIDDLE.repeat(finite.length);
    const top = BARS.length - 1;
    // halves, so that the spread of values near ±Number.MAX_VALUE does not overflow to Infinity
    const span = hi / 2 - lo / 2;
    return finite.map((value) => BARS[Math.round(((value / 2 - lo / 2) / span) * top)]).join('');
}

// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
;// CONCATENATED MODULE: ./src/report/trend.ts


/**
 * A "Trend" block: the history (oldest first, as `metricHistory` returns it) with the head as the
 * last point. No history: nothing (an empty list), since one point is no trend.
 */
function renderTrend(history, head, key) {
    const points = history.filter((point) => Number.isFinite(point.value));
    if (points.length === 0 || !Number.isFinite(head.value))
        return [];
    const values = [...points.map((point) => point.value), head.value];
    const [min, max] = (0,mermaid/* axisRange */.RG)(values);
    const decimals = (0,mermaid/* decimalsFor */.Wm)(min, max);
    const first = points[0];
    // x counts commits back from the head (0): whole steps on a linear axis, placed alike by every mermaid version
    const chart = (0,mermaid/* xychartBlock */.Z9)({
        title: key,
        x: { title: 'commits before this head (0)', min: -points.length, max: 0 },
        y: { title: key, min, max },
        series: [{ type: 'line', name: key, values, colour: mermaid/* HEAD_COLOUR */.uM }],
        decimals,
    });
    const rows = [
        ...points.map((point, i) => [String(i - points.length), (0,mermaid/* inlineCode */.ti)(point.commit.slice(0, 7)), point.date.slice(0, 10), (0,mermaid/* plainDecimal */.mr)(point.value, mermaid/* TABLE_DIGITS */.C3)]),
        ['0', (0,mermaid/* inlineCode */.ti)(head.label), 'this head', (0,mermaid/* plainDecimal */.mr)(head.value, mermaid/* TABLE_DIGITS */.C3)],
    ];
    return [
        `### Trend of ${(0,mermaid/* inlineCode */.ti)(key)}`,
        '',
        `${sparkline(values)} ${(0,mermaid/* plainDecimal */.mr)(first.value)} at ${(0,mermaid/* inlineCode */.ti)(first.commit.slice(0, 7))} (${first.date.slice(0, 10)}) → ${(0,mermaid/* plainDecimal */.mr)(head.value)} at ${(0,mermaid/* inlineCode */.ti)(head.label)}, over the last ${points.length} commit${points.length === 1 ? '' : 's'} that wrote it`,
        '',
        ...chart,
        '',
        `${mermaid/* COLOUR_MARK */.f[mermaid/* HEAD_COLOUR */.uM]}: ${(0,mermaid/* inlineCode */.ti)(key)} at each commit of the base branch that wrote it; the last point (0) is ${(0,mermaid/* inlineCode */.ti)(head.label)}`,
        '',
        ...(0,mermaid/* folded */.TM)(`Numbers: ${key} over ${values.length} points`, (0,mermaid/* markdownRows */.Fg)(['#', 'Commit', 'Date', (0,mermaid/* inlineCode */.ti)(key)], rows, ['r', 'l', 'l', 'r'])),
        '',
    ];
}

// EXTERNAL MODULE: ./src/report/images.ts + 1 modules
var report_images = __webpack_require__(68366);
// EXTERNAL MODULE: ./src/analysis/render.ts
var render = __webpack_require__(64844);
// EXTERNAL MODULE: ./src/report/noise-cells.ts
var noise_cells = __webpack_require__(82328);
// EXTERNAL MODULE: ./src/kfp/report.ts
var report = __webpack_require__(81245);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/marker.ts
var marker = __webpack_require__(80990);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The report a reviewer reads in ten seconds: a verdict line (gates, then the headline metric
 * with its change), the gates, a metrics table (base, head, change, %), the params that changed
 * (all of them folded away), charts, how training went, and the hidden marker for the sticky
 * comment. Pure: data in, markdown out.
 */














/** Above this many rows the main tables keep only what changed; the rest is folded. */
const FULL_TABLE_LIMIT = 20;
/** At most this many changed metrics in the main table: the largest relative changes. */
const CHANGED_ROWS_LIMIT = 50;
/** At most this many rows in a folded table: nobody reads more in a comment. */
const FOLDED_ROWS_LIMIT = 1000;
/** Changed metrics kept when a report must be as short as it can be. */
const MINIMAL_ROWS_LIMIT = 20;
/** The first `limit` rows, and a note of how many more there are of `total` (by default, all the rows given). */
function capped(rows, limit, what, total = rows.length) {
    if (total <= limit)
        return { rows, note: [] };
    return { rows: rows.slice(0, limit), note: ['', `_… and ${total - limit} more ${what}: \`mlops metrics diff --all\` lists them all._`] };
}
const byChangeSize = (a, b) => Math.abs(b.relativePercent ?? 0) - Math.abs(a.relativePercent ?? 0);
/**
 * The first `count` items of a stable sort by `compare`, without sorting them all: a 1M-key diff
 * shows its 50 largest changes. Items go in after those that compare equal, as a stable sort keeps them.
 */
function firstSorted(items, count, compare) {
    const best = [];
    if (count <= 0)
        return best;
    for (const item of items) {
        if (best.length === count && compare(item, best[count - 1]) >= 0)
            continue;
        let low = 0;
        let high = best.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (compare(item, best[middle]) < 0)
                high = middle;
            else
                low = middle + 1;
        }
        best.splice(low, 0, item);
        if (best.length > count)
            best.pop();
    }
    return best;
}
const VERDICT_MARK = { better: '🟢 better', worse: '🔴 worse', unchanged: '', changed: 'changed', added: 'new', removed: 'removed' };
function revisionText(revision) {
    const short = revision.commit?.slice(0, 7);
    return short && short !== revision.name ? `${revision.name} (${short})` : revision.name;
}
/** "[the job summary](url)": where the full report is, linked when there is a link. */
function fullReportLink(input) {
    const name = input.fullReportName ?? 'the job summary';
    return input.fullReportUrl ? `[${name}](${input.fullReportUrl})` : name;
}
function trainingFailed(training) {
    return training !== undefined && training.kind !== 'succeeded';
}
/** The row's noise, when the predictions gave it. */
const noiseOf = (input, row) => input.noise?.metrics.get((0,noise_cells/* noiseKey */._w)(row.path, row.key));
function headlineText(row, precision, noise) {
    if (!row)
        return 'no metrics found';
    const change = (0,format/* formatPercent */.l9)(row.relativePercent);
    // with the predictions, the interval of the change says whether it is more than noise
    const verdict = noise?.diff ? (0,noise_cells/* headlineNoise */.vV)(noise, precision) : row.verdict === 'better' || row.verdict === 'worse' ? row.verdict : '';
    const detail = [change, verdict].filter(Boolean).join(', ');
    // a base that is there but unreadable is not a new metric: say which it is
    if (row.old === null)
        return `${row.key} ${(0,format/* formatValue */.Fl)(row.new, precision)} (${row.baseUnreadable ? 'base unreadable' : 'new'})`;
    return `${row.key} ${(0,format/* formatValue */.Fl)(row.old, precision)} → ${(0,format/* formatValue */.Fl)(row.new, precision)}${detail ? ` (${detail})` : ''}`;
}
function verdictLine(input) {
    if (trainingFailed(input.training))
        return `❌ **Training failed**: ${(0,run_command/* describeTraining */.yN)(input.training)}`;
    if (input.kfp && input.kfp.kind !== 'succeeded')
        return `❌ **Training failed**: ${(0,report/* describeKfpTraining */.xE)(input.kfp)}`;
    if (input.problem)
        return `❌ **Metrics could not be read**: ${input.problem}`;
    const failed = input.gates.filter((gate) => !gate.passed).length;
    const row = (0,metrics_headline/* headlineRow */.j)(input);
    const headline = headlineText(row, input.precision, row ? noiseOf(input, row) : undefined);
    if (input.gates.length === 0)
        return `ℹ️ **No gates set** · ${headline}`;
    if (failed > 0)
        return `❌ **${failed} of ${input.gates.length} gate${input.gates.length === 1 ? '' : 's'} failed** · ${headline}`;
    return `✅ **${input.gates.length === 1 ? 'Gate' : `All ${input.gates.length} gates`} passed** · ${headline}`;
}
function gatesSection(gates) {
    if (gates.length === 0)
        return [];
    const rows = gates.map((result) => [result.passed ? '✅' : '❌', (0,format/* code */.aY)(result.gate.text), (0,format/* cell */.Hn)(result.reason.slice(result.gate.text.length + 2))]);
    return ['### Gates', '', (0,markdown_table/* markdownTable */.Q)([['', 'Gate', 'Result'], ...rows]), ''];
}
/** The headline's sparkline (its history, then this head), for the metrics table's Trend column. */
function trendCell(row, input) {
    const trend = input.visuals?.trend;
    if (!trend || !showsPictures(input))
        return undefined;
    const headline = (0,metrics_headline/* headlineRow */.j)(input);
    return row === headline ? sparkline([...trend.history.map((point) => point.value), trend.head.value]) : '';
}
function metricsTable(rows, input, showPath) {
    const withTrend = input.visuals?.trend !== undefined && showsPictures(input);
    const header = [...(showPath ? ['Path'] : []), 'Metric', `Base: ${revisionText(input.base)}`, `Head: ${revisionText(input.head)}`, 'Change', '%', '', ...(withTrend ? ['Trend'] : [])];
    const body = rows.map((row) => [
        ...(showPath ? [(0,format/* cell */.Hn)(row.path)] : []),
        (0,format/* cell */.Hn)(row.key),
        (0,format/* cell */.Hn)((0,noise_cells/* withInterval */.qY)((0,format/* formatValue */.Fl)(row.old, input.precision), noiseOf(input, row)?.base)),
        (0,format/* cell */.Hn)((0,noise_cells/* withInterval */.qY)((0,format/* formatValue */.Fl)(row.new, input.precision), noiseOf(input, row)?.head)),
        (0,format/* cell */.Hn)((0,noise_cells/* changeWithInterval */.k$)((0,format/* formatValue */.Fl)(row.diff, input.precision), noiseOf(input, row)?.diff)),
        (0,format/* formatPercent */.l9)(row.relativePercent),
        noiseOf(input, row)?.verdict === 'within noise' ? '〰️ within noise' : VERDICT_MARK[row.verdict],
        ...(withTrend ? [trendCell(row, input) ?? ''] : []),
    ]);
    return (0,markdown_table/* markdownTable */.Q)([header, ...body], { align: ['l', ...(showPath ? ['l'] : []), 'r', 'r', 'r', 'r', 'l', ...(withTrend ? ['l'] : [])] });
}
/** How the intervals were made, and what the comparison could not do. */
function noiseNote(input) {
    const noise = input.noise;
    if (!noise || noise.metrics.size === 0 || input.detail === 'minimal')
        return [];
    const paired = [...noise.metrics.values()].some((metric) => metric.paired);
    const how = `± and [ ]: ${Math.round(noise.level * 100)}% bootstrap intervals over the evaluation examples (${noise.samples} resamples)${paired ? ', the change paired over the same examples' : ''}; \`within noise\`: the interval of the change contains 0.`;
    return [`<sub>${[how, ...noise.notes].join(' ')}</sub>`, ''];
}
/** Rows from more than one file: the tables name each row's file. */
const manyFiles = (rows) => rows.some((row) => row.path !== rows[0].path);
function metricsSection(input) {
    const detail = input.detail ?? 'full';
    if (input.metrics.length === 0)
        return ['### Metrics', '', '_No metrics files were found: declare them in dvc.yaml or pass `metrics`._', ''];
    const showPath = manyFiles(input.metrics);
    const gated = new Set(input.gates.map((result) => result.gate.metric.key));
    if (input.metrics.length <= FULL_TABLE_LIMIT && detail !== 'minimal')
        return ['### Metrics', '', metricsTable(input.metrics, input, showPath), ''];
    const limit = detail === 'minimal' ? MINIMAL_ROWS_LIMIT : CHANGED_ROWS_LIMIT;
    // one pass over what may be a million rows
    const gatedRows = [];
    const changed = [];
    for (const row of input.metrics) {
        if (gated.has(row.key))
            gatedRows.push(row);
        else if (row.verdict !== 'unchanged')
            changed.push(row);
    }
    const main = capped([...gatedRows, ...firstSorted(changed, limit - gatedRows.length, byChangeSize)], limit, 'changed metrics', gatedRows.length + changed.length);
    const all = capped(input.metrics, FOLDED_ROWS_LIMIT, 'metrics');
    const head = ['### Metrics', '', main.rows.length > 0 ? metricsTable(main.rows, input, showPath) : '_No metric changed._', ...main.note, ''];
    if (detail !== 'full')
        return head;
    return [
        ...head,
        `<details><summary>All ${input.metrics.length} metrics</summary>`,
        '',
        metricsTable(all.rows, input, showPath),
        ...all.note,
        '',
        '</details>',
        '',
    ];
}
function paramsTable(rows, input, showPath) {
    const header = [...(showPath ? ['Path'] : []), 'Param', `Base: ${revisionText(input.base)}`, `Head: ${revisionText(input.head)}`];
    const body = rows.map((row) => [...(showPath ? [(0,format/* cell */.Hn)(row.path)] : []), (0,format/* cell */.Hn)(row.key), (0,format/* cell */.Hn)((0,format/* formatValue */.Fl)(row.old, 0)), (0,format/* cell */.Hn)((0,format/* formatValue */.Fl)(row.new, 0))]);
    return (0,markdown_table/* markdownTable */.Q)([header, ...body]);
}
function paramsSection(input) {
    if (input.params.length === 0 || input.detail === 'minimal')
        return [];
    const showPath = manyFiles(input.params);
    const changed = capped(input.params.filter((row) => row.verdict !== 'unchanged'), FOLDED_ROWS_LIMIT, 'changed params');
    const all = capped(input.params, FOLDED_ROWS_LIMIT, 'params');
    return [
        '### Params',
        '',
        changed.rows.length > 0 ? paramsTable(changed.rows, input, showPath) : '_No param changed._',
        ...changed.note,
        '',
        ...((input.detail ?? 'full') !== 'full' ? [] : [
            `<details><summary>All ${input.params.length} params</summary>`,
            '',
            paramsTable(all.rows, input, showPath),
            ...all.note,
            '',
            '</details>',
            '',
        ]),
    ];
}
/** Plots and the trend: in the full report and in the first shortened form (they go right after the folded tables). */
const showsPictures = (input) => input.charts !== 'none' && ['full', 'plots'].includes(input.detail ?? 'full');
function trendSection(input) {
    const trend = input.visuals?.trend;
    return trend && showsPictures(input) ? renderTrend(trend.history, trend.head, trend.key) : [];
}
function plotsSection(input) {
    const visuals = input.visuals;
    if (!visuals?.plots || !visuals.plotRevisions || !showsPictures(input))
        return [];
    const links = visuals.imageLinks;
    const lines = (0,plots_section/* renderPlotsSection */.er)(visuals.plots, { ...visuals.plotRevisions, imageLink: links ? (plot) => links.get(plot.file) : undefined });
    if (lines.length === 0)
        return [];
    const linked = links && [...links.keys()].length > 0;
    const unpublished = visuals.unpublishedImages ?? [];
    return [
        ...lines,
        ...unpublished.map((file) => (0,report_images/* unpublishedImageMarkdown */.Cm)((0,external_node_path_.basename)(file), input.fullReportUrl)),
        ...(unpublished.length ? [''] : []),
        ...(linked ? [`_${report_images/* PRIVATE_IMAGES_NOTE */.iE}_`, ''] : []),
    ];
}
/** quickchart (opt-in, it uploads the numbers): one bar chart per changed scalar. The mermaid default draws plots and the trend instead. */
async function chartsSection(input) {
    if (input.charts !== 'quickchart' || (input.detail ?? 'full') !== 'full')
        return [];
    const head = (0,metrics_headline/* headlineRow */.j)(input);
    const gated = new Set(input.gates.map((result) => result.gate.metric.key));
    // Gated metrics and the headline first, then whatever changed.
    const ordered = [
        ...input.metrics.filter((row) => row === head || gated.has(row.key)),
        ...input.metrics.filter((row) => row !== head && !gated.has(row.key) && row.verdict !== 'unchanged'),
    ];
    const points = chartPoints(ordered);
    if (points.length === 0)
        return [];
    const baseLabel = `base ${input.base.commit?.slice(0, 7) ?? input.base.name}`;
    const headLabel = `head ${input.head.commit?.slice(0, 7) ?? input.head.name}`;
    const charts = await Promise.all(points.map(async (point) => `![${point.label}: ${baseLabel} vs ${headLabel}](${await quickchartUrl(point, baseLabel, headLabel)})`));
    return ['### Charts', '', ...charts.flatMap((chart) => [chart, '']), ''];
}
/** The MLflow run, what it was compared with, and the version that shipped. */
function mlflowLines(mlflow) {
    const run = `MLflow run [${(0,format/* code */.aY)(mlflow.run.runId.slice(0, 8))}](${mlflow.run.url}) in experiment ${(0,format/* code */.aY)(mlflow.experiment)}`;
    const base = mlflow.baseRun ? `compared with the base's run [${(0,format/* code */.aY)(mlflow.baseRun.runId.slice(0, 8))}](${mlflow.baseRun.url})` : 'no base run to compare with';
    const shipped = mlflow.version ? ` · registered as ${(0,format/* code */.aY)(`${mlflow.model}`)} version ${mlflow.version}, now ${(0,format/* code */.aY)(`@${mlflow.alias}`)}` : '';
    return [`📈 ${run} · ${base}${shipped}`, ''];
}
function trainingSection(training, detail, kfp, mlflow) {
    const tracked = mlflow && detail !== 'minimal' ? mlflowLines(mlflow) : [];
    const onKfp = kfp && detail !== 'minimal' ? (0,report/* kfpReportLines */.$V)(kfp, detail === 'plots' ? 'full' : detail, { heading: !training }) : [];
    if (!training || detail === 'minimal')
        return onKfp.length > 0 ? [...onKfp, ...tracked] : tracked.length > 0 ? ['### Training', '', ...tracked] : [];
    const lines = ['### Training', '', `${training.kind === 'succeeded' ? '✅' : '❌'} ${(0,run_command/* describeTraining */.yN)(training)}, in ${(0,format/* code */.aY)(training.cwd)}`, ''];
    if (training.kind !== 'succeeded' && training.outputTail.length > 0 && (detail === 'full' || detail === 'plots')) {
        lines.push('<details><summary>Last lines of output</summary>', '', '```text', ...training.outputTail.map((line) => line.replace(/```/g, "'''")), '```', '', '</details>', '');
    }
    return [...lines, ...onKfp, ...tracked];
}
function imageSection(image) {
    if (!image)
        return [];
    const tags = image.tags.map((tag) => (0,format/* code */.aY)(tag)).join(', ');
    switch (image.kind) {
        case 'pushed':
            return [`**Image** 📦 pushed ${tags} · digest ${(0,format/* code */.aY)(image.digest)}`, ''];
        case 'built':
            return [`**Image** built (not pushed): ${tags}`, ''];
        case 'failed':
            return [`**Image** ❌ ${image.reason}`, ''];
    }
}
function warningsSection(warnings) {
    if (warnings.length === 0)
        return [];
    return ['### Warnings', '', ...warnings.map((warning) => `- ⚠️ ${warning}`), ''];
}
function shortenedNote(input) {
    if ((input.detail ?? 'full') === 'full')
        return [];
    const where = fullReportLink(input);
    return [`_Shortened to fit GitHub's comment size limit; the full report is in ${where}._`, ''];
}
async function renderReport(input) {
    const compared = `Compared ${(0,format/* code */.aY)(revisionText(input.base))} → ${(0,format/* code */.aY)(revisionText(input.head))}`;
    return [
        (0,marker/* reportMarker */.l)(input.reportId),
        `## ${verdictLine(input)}`,
        '',
        compared,
        '',
        ...imageSection(input.image),
        ...(input.serving ? [`**Serving** ${/^(Promoted|Deployed)/.test(input.serving) ? '✅' : '❌'} ${input.serving}`, ''] : []),
        ...(input.analysis ? (0,render.analysisMarkdown)(input.analysis) : []),
        ...gatesSection(input.gates),
        ...metricsSection(input),
        ...noiseNote(input),
        ...paramsSection(input),
        ...trendSection(input),
        ...plotsSection(input),
        ...(await chartsSection(input)),
        ...trainingSection(input.training, input.detail ?? 'full', input.kfp, input.mlflow),
        ...warningsSection(input.warnings),
        ...shortenedNote(input),
        `<sub>Made by mlops-action · reproduce locally: ${(0,format/* code */.aY)(`mlops metrics diff ${input.base.name} ${input.head.name === 'workspace' ? '' : input.head.name}`.trim())}</sub>`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 82328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _w: () => (/* binding */ noiseKey),
/* harmony export */   k$: () => (/* binding */ changeWithInterval),
/* harmony export */   qY: () => (/* binding */ withInterval),
/* harmony export */   vV: () => (/* binding */ headlineNoise)
/* harmony export */ });
/* unused harmony export significant */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);
/**
 * How the evaluation's noise reads in the report: a value with its interval (`0.8214 ± 0.011`),
 * a change with the interval of the change (`+0.0393 [+0.021, +0.058]`), and the verdict a
 * reviewer can trust (`within noise` when the interval of the change contains 0).
 */

const noiseKey = (path, key) => `${path}\0${key}`;
/**
 * An interval's bounds and widths to three significant digits: enough to read, and a bound near 0
 * keeps its digits (`+0.000412`, never a `+0.0` that looks like it touches 0).
 */
function significant(x, digits = 3) {
    if (!Number.isFinite(x) || x === 0)
        return String(x);
    const decimals = Math.min(12, Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x)))));
    return String(Number(x.toFixed(decimals)));
}
/** `0.8214 ± 0.011`: the half-width of the interval. */
function withInterval(value, interval) {
    if (!interval)
        return value;
    return `${value} ± ${significant((interval.high - interval.low) / 2)}`;
}
const signed = (x) => `${x >= 0 ? '+' : ''}${significant(x)}`;
/** `+0.0393 [+0.021, +0.058]`. */
function changeWithInterval(change, diff) {
    if (!diff)
        return change;
    // signed, as its interval is: a gain reads +0.0393 beside [+0.021, +0.058]
    const shown = change !== '' && !change.startsWith('-') && diff.point > 0 ? `+${change}` : change;
    return `${shown} [${signed(diff.low)}, ${signed(diff.high)}]`;
}
/** The headline's change as the verdict line says it: `+0.0393 [+0.021, +0.058], within noise`. */
function headlineNoise(noise, precision) {
    if (!noise?.diff)
        return undefined;
    const point = `${noise.diff.point >= 0 ? '+' : ''}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(noise.diff.point, precision)}`;
    const interval = `${point} [${signed(noise.diff.low)}, ${signed(noise.diff.high)}]`;
    return `${interval}${noise.verdict ? `, ${noise.verdict}` : ''}${noise.paired ? '' : ', unpaired'}`;
}


/***/ }),

/***/ 85377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   kq: () => (/* binding */ fitReport)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10141);
/**
 * Fits a report into a size limit (GitHub comments: 65,536 characters; job summaries: 1 MiB) by
 * showing less, in stages: first the folded all-rows tables go, then the plots, trend, charts and
 * output tail, then the params; the verdict, the gates and the changed metrics stay. Only if even that is too long is
 * the text cut, at a line, with a note.
 */

const COMMENT_LIMIT = 65536;
/** GITHUB_STEP_SUMMARY takes up to 1 MiB per step. */
const SUMMARY_LIMIT = 1024 * 1024;
const LEVELS = ['full', 'plots', 'compact', 'minimal'];
/** Characters as GitHub counts them, erring long (UTF-16 units count an emoji as two). */
const size = (text) => text.length;
async function fitReport(input, limit) {
    let body = '';
    for (const detail of LEVELS) {
        body = await (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReport */ .B1)({ ...input, detail });
        if (size(body) <= limit)
            return { body, detail, truncated: false };
    }
    const note = `\n\n_… cut to fit the size limit; the full report is in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fullReportLink */ .yF)(input)}._\n`;
    let cut = body.slice(0, Math.max(0, limit - note.length));
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    return { body: cut + note, detail: 'minimal', truncated: true };
}


/***/ }),

/***/ 76195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ runTraining),
/* harmony export */   yN: () => (/* binding */ describeTraining)
/* harmony export */ });
/* unused harmony export displayCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The train stage: run the user's command (python train.py, dvc repro, make train…), stream its
 * output as it comes, time it, and report how it ended. A string runs through the shell, as a
 * workflow's `run:` does; an argv array runs as it is. Output is handed to a sink, not printed,
 * so the front end decides where it goes.
 */

const TAIL_LINES = 20;
function quoteArg(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** The command as a person would type it, for logs and the report. */
function displayCommand(command) {
    return typeof command === 'string' ? command : command.map(quoteArg).join(' ');
}
/** A line longer than this keeps its end: a report quotes the tail, not megabytes of one line. */
const MAX_LINE = 2000;
/**
 * The last lines of output, bounded in memory whatever the command prints: a carriage return
 * starts the line over as on a terminal (tqdm's progress bars are one line redrawn millions of
 * times), and an endless line keeps only its end.
 */
class Tail {
    lines = [];
    partial = '';
    /** The last chunk ended in `\r`: a newline next makes it CRLF, anything else redraws the line. */
    pendingReturn = false;
    push(chunk) {
        const parts = chunk.toString('utf8').split('\n');
        for (let i = 0; i < parts.length; i++) {
            let part = parts[i];
            const ended = i < parts.length - 1;
            if (this.pendingReturn && part !== '')
                this.partial = '';
            if (this.pendingReturn && (part !== '' || ended))
                this.pendingReturn = false;
            if (part.endsWith('\r')) {
                part = part.slice(0, -1);
                if (!ended)
                    this.pendingReturn = true;
            }
            const redrawn = part.lastIndexOf('\r');
            this.partial = (redrawn >= 0 ? part.slice(redrawn + 1) : this.partial + part).slice(-MAX_LINE);
            if (ended) {
                this.lines.push(this.partial);
                this.partial = '';
                if (this.lines.length > TAIL_LINES * 2)
                    this.lines.splice(0, this.lines.length - TAIL_LINES);
            }
        }
    }
    get value() {
        return [...this.lines, ...(this.partial ? [this.partial] : [])].slice(-TAIL_LINES);
    }
}
/** Node's timers hold at most 2^31−1 ms (24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** `setTimeout` for any length: re-armed in steps a timer can hold, each step handed to `rearmed`. */
function longTimeout(callback, ms, rearmed) {
    if (ms <= MAX_TIMER_MS)
        return setTimeout(callback, ms);
    return setTimeout(() => rearmed(longTimeout(callback, ms - MAX_TIMER_MS, rearmed)), MAX_TIMER_MS);
}
/** Seconds the output pipes may stay open after the command exits, for its last writes. */
const DRAIN_SECONDS = 1;
/** Run the training command to its end. Never throws for the command's own failures: see `kind`. */
function runTraining(input) {
    const shown = displayCommand(input.command);
    const started = performance.now();
    const tail = new Tail();
    const base = () => ({ command: shown, cwd: input.cwd, durationMs: Math.round(performance.now() - started), outputTail: tail.value });
    return new Promise((resolve) => {
        const [file, args, shell] = typeof input.command === 'string' ? [input.command, [], true] : [input.command[0] ?? '', input.command.slice(1), false];
        if (!file) {
            resolve({ ...base(), kind: 'not-started', reason: 'the training command is empty' });
            return;
        }
        // detached: its own process group, so a timeout stops the children (python workers) too.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { cwd: input.cwd, env: input.env, shell, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        let timedOut = false;
        let timer;
        let killer;
        const signalGroup = (signal) => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, signal);
            }
            catch {
                // already gone
            }
        };
        if (input.timeoutSeconds !== undefined && input.timeoutSeconds > 0) {
            timer = longTimeout(() => {
                timedOut = true;
                signalGroup('SIGTERM');
                killer = setTimeout(() => signalGroup('SIGKILL'), (input.killGraceSeconds ?? 10) * 1000);
            }, input.timeoutSeconds * 1000, (next) => (timer = next));
        }
        const forward = (stream) => (chunk) => {
            tail.push(chunk);
            input.onOutput?.(chunk, stream);
        };
        child.stdout.on('data', forward('stdout'));
        child.stderr.on('data', forward('stderr'));
        child.on('error', (error) => {
            clearTimeout(timer);
            const reason = error.code === 'ENOENT' ? `'${file}' was not found (is it installed and on PATH?)` : error.message;
            resolve({ ...base(), kind: 'not-started', reason });
        });
        // The stage ends when the command exits, not when every holder of its output pipes does: a
        // `tensorboard … &` or a data loader worker left behind would hold them for ever. What it
        // started is stopped with it, as on a timeout; the pipes get a moment for the last output.
        let exited;
        let drainer;
        const finish = () => {
            clearTimeout(timer);
            clearTimeout(killer);
            clearTimeout(drainer);
            const { code, signal } = exited ?? { code: null, signal: null };
            if (timedOut)
                resolve({ ...base(), kind: 'timed-out', timeoutSeconds: input.timeoutSeconds ?? 0 });
            else if (code === 0)
                resolve({ ...base(), kind: 'succeeded', exitCode: 0 });
            else
                resolve({ ...base(), kind: 'failed', exitCode: code, signal });
        };
        child.on('exit', (code, signal) => {
            exited = { code, signal };
            signalGroup('SIGTERM');
            drainer = setTimeout(() => {
                signalGroup('SIGKILL');
                child.stdout.destroy();
                child.stderr.destroy();
                finish();
            }, DRAIN_SECONDS * 1000);
        });
        child.on('close', (code, signal) => {
            exited ??= { code, signal };
            finish();
        });
    });
}
/** One line saying how training ended, for logs, errors and the report. */
function describeTraining(result) {
    const seconds = (result.durationMs / 1000).toFixed(1);
    switch (result.kind) {
        case 'succeeded':
            return `\`${result.command}\` succeeded in ${seconds}s`;
        case 'failed':
            return result.signal
                ? `\`${result.command}\` was killed by ${result.signal} after ${seconds}s`
                : `\`${result.command}\` failed with exit code ${result.exitCode} after ${seconds}s`;
        case 'timed-out':
            return `\`${result.command}\` timed out after ${result.timeoutSeconds}s and was stopped`;
        case 'not-started':
            return `\`${result.command}\` could not start: ${result.reason}`;
    }
}


/***/ }),

/***/ 42016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* reexport safe */ _api_index_js__WEBPACK_IMPORTED_MODULE_0__.J),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var _api_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37084);
/* harmony import */ var _api_normalize_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86845);



const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = (0,_api_index_js__WEBPACK_IMPORTED_MODULE_0__/* .transform */ .p)(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};




/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};
