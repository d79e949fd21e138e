export const id = 643;
export const ids = [643];
export const modules = {

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


/***/ })

};
