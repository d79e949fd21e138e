export const id = 716;
export const ids = [716];
export const modules = {

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
