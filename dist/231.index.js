export const id = 231;
export const ids = [231];
export const modules = {

/***/ 35231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RETENTION_DAYS: () => (/* binding */ DEFAULT_RETENTION_DAYS),
/* harmony export */   uploadForkReport: () => (/* binding */ uploadForkReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_artifact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14363);




const DEFAULT_RETENTION_DAYS = 7;
async function defaultClient() {
    // Loaded when a fork's report is uploaded: the Azure storage client is large.
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(735), __webpack_require__.e(737), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 91252));
    return new DefaultArtifactClient();
}
/**
 * Upload `input.report` as the artifact `mlops-report-pr-<n>` (`-<report-id>` for another
 * report id). A failure is an outcome naming the artifact and the reason, never a throw.
 */
async function uploadForkReport(input, client) {
    const name = (0,_report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .forkReportName */ .mS)(input.report.pullRequest, input.report.reportId);
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(input.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlops-fork-report-'));
    try {
        const files = [];
        const images = [];
        if ((input.images?.length ?? 0) > _report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .FORK_LIMITS */ .EA.images)
            return { kind: 'failed', name, reason: `the report has ${input.images.length} images; at most ${_report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .FORK_LIMITS */ .EA.images} are taken` };
        if (input.images?.length)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, _report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .IMAGES_FOLDER */ .GS));
        for (const image of input.images ?? []) {
            const imageName = image.name ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(image.path);
            const mediaType = (0,_report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .imageTypeOf */ .tL)(imageName);
            (0,_report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .checkImageBytes */ .tV)(imageName, mediaType, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(image.path));
            const file = `${_report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .IMAGES_FOLDER */ .GS}/${imageName}`;
            if (images.some((known) => known.file === file))
                return { kind: 'failed', name, reason: `two images are named ${imageName}` };
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(image.path, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, _report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .IMAGES_FOLDER */ .GS, imageName));
            files.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, _report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .IMAGES_FOLDER */ .GS, imageName));
            images.push({ file, mediaType });
        }
        const json = (0,_report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeForkReport */ .zH)({ ...input.report, images });
        // The publish side's reader: what it would refuse is not worth uploading.
        (0,_report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .parseForkReport */ .sw)(json);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, _report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .FORK_REPORT_FILE */ .Nh), json);
        files.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, _report_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .FORK_REPORT_FILE */ .Nh));
        const artifacts = client ?? (await defaultClient());
        const uploaded = await artifacts.uploadArtifact(name, files, root, { retentionDays: input.retentionDays ?? DEFAULT_RETENTION_DAYS });
        return { kind: 'uploaded', name, id: uploaded.id, size: uploaded.size, digest: uploaded.digest };
    }
    catch (error) {
        return { kind: 'failed', name, reason: error instanceof Error ? error.message : String(error) };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(root, { recursive: true, force: true });
    }
}


/***/ })

};
