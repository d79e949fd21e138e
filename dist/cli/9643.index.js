export const id = 9643;
export const ids = [9643,2143,2016];
export const modules = {

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

/***/ 69643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSecretFiles: () => (/* binding */ checkSecretFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57100);
/**
 * image-secret-files are checked before anything is trained or built: docker names a missing
 * file only after the context is sent (and buildx not at all for some drivers), and a folder
 * would be read as no secret. Paths are relative to working-directory, as the build reads them.
 */




async function checkSecretFiles(secrets, workingDirectory) {
    for (const secret of secrets) {
        if (secret.source !== 'file')
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workingDirectory, secret.path);
        let isFile;
        try {
            isFile = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isFile();
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .SECRET_KEYS */ .GR.file, `${secret.id}: cannot read ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .systemErrorWords */ .N1)(error)}.`, 'Paths are relative to working-directory.');
        }
        if (!isFile)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .SECRET_KEYS */ .GR.file, `${secret.id}: ${path} is not a file.`, 'Give the file that holds the secret, relative to working-directory.');
    }
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




/***/ })

};
