export const id = 3113;
export const ids = [3113,2143,2016];
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

/***/ 53113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseImages: () => (/* binding */ parseImages)
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
