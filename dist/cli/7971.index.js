export const id = 7971;
export const ids = [7971];
export const modules = {

/***/ 37971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   metaJson: () => (/* binding */ metaJson),
/* harmony export */   metaOutputs: () => (/* binding */ metaOutputs)
/* harmony export */ });
/** docker/metadata-action's outputs under the image- prefix: version, labels and annotations one per line, and its json. */
function metaOutputs(meta) {
    return {
        'image-version': meta.version,
        'image-labels': meta.labelLines.join('\n'),
        'image-annotations': meta.annotations.join('\n'),
        'image-json': JSON.stringify(metaJson(meta)),
    };
}
/** metadata-action's `json` output: tags, labels as a map, annotations. */
function metaJson(meta) {
    return { tags: meta.tags, labels: meta.labels, annotations: meta.annotations };
}


/***/ })

};
