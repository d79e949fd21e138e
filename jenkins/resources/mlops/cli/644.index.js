export const id = 644;
export const ids = [644];
export const modules = {

/***/ 64644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serviceProxyEndpoint: () => (/* binding */ serviceProxyEndpoint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _kserve_kube_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88199);


async function serviceProxyEndpoint(location, auth, kubeconfig) {
    // kubeClientFrom loads client-node (its deprecation noise quieted) and checks the kubeconfig the same way the rollout does
    await (0,_kserve_kube_client_js__WEBPACK_IMPORTED_MODULE_1__/* .kubeClientFrom */ .vA)(kubeconfig);
    const k8s = await __webpack_require__.e(/* import() */ 433).then(__webpack_require__.bind(__webpack_require__, 14433));
    const config = new k8s.KubeConfig();
    if (kubeconfig && kubeconfig.trim())
        config.loadFromString(kubeconfig);
    else
        config.loadFromDefault();
    const cluster = config.getCurrentCluster();
    if (!cluster)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC('The kubeconfig names no current cluster.', { hint: 'Set current-context in the kubeconfig.' });
    const options = {};
    await config.applyToHTTPSOptions(options);
    const headers = { ...auth.headers };
    const secrets = [...auth.secrets];
    for (const [name, value] of Object.entries(options.headers ?? {})) {
        if (value === undefined)
            continue;
        headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
        if (/^authorization$/i.test(name))
            secrets.push(headers[name], headers[name].replace(/^\w+\s+/, ''));
    }
    if (options.auth) {
        const encoded = Buffer.from(options.auth).toString('base64');
        headers.Authorization = `Basic ${encoded}`;
        secrets.push(encoded, options.auth.split(':').slice(1).join(':'));
    }
    const server = cluster.server.replace(/\/+$/, '');
    return {
        base: `${server}/api/v1/namespaces/${location.namespace}/services/${location.service}:${location.port}/proxy`,
        headers,
        agent: options.agent,
        where: `service ${location.namespace}/${location.service}:${location.port} through the API server ${server}`,
        secrets,
    };
}


/***/ })

};
