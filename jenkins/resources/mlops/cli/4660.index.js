export const id = 4660;
export const ids = [4660];
export const modules = {

/***/ 24660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readConfigFile: () => (/* binding */ readConfigFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _fs_plain_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68514);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17397);
/** Reads the project's `mlops.yaml` (the one reader the action, the CLI and the Jenkins steps share). */




/** Far above any options file; a bigger one is a mistake (a data file named by --config), not read. */
const MAX_CONFIG_BYTES = 1 << 20;
/**
 * The options in `path`; a missing file is no options, unless it was asked for by name. `name` is
 * how messages call the file (`--config ci/opts.yaml` names ci/opts.yaml, not mlops.yaml).
 */
async function readConfigFile(path, { required = false, name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path) } = {}) {
    const file = await (0,_fs_plain_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readPlainFile */ .b$)(path, MAX_CONFIG_BYTES);
    if (file.kind === 'missing') {
        if (required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--config: ${name} does not exist.`);
        return {};
    }
    if (file.kind === 'refused')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: ${file.reason}.`, 'Options are read from a plain YAML file of at most 1 MiB.');
    return (0,_options_js__WEBPACK_IMPORTED_MODULE_3__.parseConfigFile)(file.bytes.toString('utf8'), name);
}


/***/ })

};
