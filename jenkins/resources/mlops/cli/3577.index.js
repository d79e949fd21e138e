export const id = 3577;
export const ids = [3577];
export const modules = {

/***/ 13577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ LAST_ROW),
/* harmony export */   Nq: () => (/* binding */ readCsvRow),
/* harmony export */   parseRowSelector: () => (/* binding */ parseRowSelector)
/* harmony export */ });
/* unused harmony export csvCell */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43775);
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


/***/ })

};
