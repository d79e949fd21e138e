export const id = 3585;
export const ids = [3585];
export const modules = {

/***/ 23585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSmokeRequest: () => (/* binding */ parseSmokeRequest),
/* harmony export */   readSmokeRequest: () => (/* binding */ readSmokeRequest),
/* harmony export */   smokeTest: () => (/* binding */ smokeTest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _metrics_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43775);
/* harmony import */ var _metrics_value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41048);
/**
 * The smoke test: one real prediction request to the new revision, V1 (`:predict` with
 * `instances`) or V2 / Open Inference Protocol (`/infer` with `inputs`), checked for status,
 * shape and finite numbers, and against expected values within a tolerance when given.
 */




/** The request file: `{"instances": [[…] or {…}, …], "expected": […], "tolerance": 0.01}`. */
function parseSmokeRequest(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`smoke-test: ${path} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    const request = data;
    const rows = request.instances;
    if (!Array.isArray(rows) || rows.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`smoke-test: ${path} needs "instances": a non-empty list, e.g. {"instances": [[8.3, 41, 6.9]]}.`);
    }
    if (request.expected !== undefined && (!Array.isArray(request.expected) || request.expected.length !== rows.length || !request.expected.every((v) => typeof v === 'number'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`smoke-test: "expected" in ${path} must have one number per instance (${rows.length}).`);
    }
    return { instances: rows, expected: request.expected, tolerance: typeof request.tolerance === 'number' ? request.tolerance : undefined };
}
function finiteNumbers(values) {
    const flat = values.map((value) => (Array.isArray(value) && value.length === 1 ? value[0] : value));
    return flat.every((value) => typeof value === 'number' && Number.isFinite(value)) ? flat : undefined;
}
/** Model servers are Python: their JSON may say NaN. Read it as Python wrote it; ints as numbers. */
function readJson(text) {
    const plain = (value) => typeof value === 'bigint' ? Number(value) : Array.isArray(value) ? value.map(plain) : (0,_metrics_value_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)])) : value;
    return plain((0,_metrics_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStructured */ .jE)(text, 'json', 'the response'));
}
async function smokeTest(input) {
    const { request } = input;
    const base = input.url.replace(/\/$/, '');
    const numeric = request.instances.every((row) => Array.isArray(row) && row.length > 0 && row.every((value) => typeof value === 'number'));
    if (input.protocol === 'v2' && !numeric)
        return { ok: false, reason: 'a V2 smoke test needs instances that are rows of numbers (they become one FP64 tensor)' };
    const rows = request.instances;
    const [path, body] = input.protocol === 'v1'
        ? [`${base}/v1/models/${input.model}:predict`, { instances: request.instances }]
        : [`${base}/v2/models/${input.model}/infer`, { inputs: [{ name: 'input-0', shape: [rows.length, rows[0].length], datatype: 'FP64', data: rows.flat() }] }];
    const started = performance.now();
    let response;
    try {
        response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', ...input.headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(input.timeoutMs ?? 30000) });
    }
    catch (error) {
        return { ok: false, reason: `POST ${path} did not answer: ${error instanceof Error ? error.message : String(error)}` };
    }
    const text = await response.text();
    if (!response.ok)
        return { ok: false, reason: `POST ${path} answered ${response.status}: ${text.slice(0, 200)}` };
    let data;
    try {
        data = readJson(text);
    }
    catch {
        return { ok: false, reason: `POST ${path} answered with something that is not JSON: ${text.slice(0, 200)}` };
    }
    const raw = input.protocol === 'v1' ? data.predictions : data.outputs?.[0]?.data;
    if (!Array.isArray(raw))
        return { ok: false, reason: `the ${input.protocol} response has no ${input.protocol === 'v1' ? '"predictions"' : '"outputs"[0].data'} list` };
    if (raw.length !== request.instances.length)
        return { ok: false, reason: `wrong shape: ${raw.length} predictions for ${request.instances.length} instances` };
    const predictions = finiteNumbers(raw);
    if (!predictions)
        return { ok: false, reason: `predictions are not all finite numbers: ${JSON.stringify(raw.map((value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value))).slice(0, 200)}` };
    if (request.expected) {
        const tolerance = request.tolerance ?? 1e-6;
        const off = predictions.findIndex((value, i) => Math.abs(value - request.expected[i]) > tolerance);
        if (off >= 0)
            return { ok: false, reason: `prediction ${off} is ${predictions[off]}, expected ${request.expected[off]} ± ${tolerance}` };
    }
    return { ok: true, predictions, ms: Math.round(performance.now() - started) };
}
/** The request file at `path` (shown as `name` in messages), read and checked. */
async function readSmokeRequest(path, name) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`smoke-test: cannot read ${path}.`, 'Give a request file relative to the project folder, e.g. smoke-request.json.');
    }
    return parseSmokeRequest(text, name);
}


/***/ })

};
