export const id = 2400;
export const ids = [2400];
export const modules = {

/***/ 62400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   h: () => (/* binding */ resolveAuth)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Prometheus credentials, named in the analysis file by environment variable and read from the
 * environment the front end passes in (never from the process). The values go into request headers
 * only; they are also handed to the HTTP layer so that no message can carry them.
 */

function required(config, env, key, name) {
    const value = env[name];
    if (value === undefined || value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${config.file}: prometheus.${key} names ${name}, which is ${value === undefined ? 'not set' : 'empty'} in this environment.`, `Set ${name} in the job's environment from a secret (GitHub: env: ${name}: \${{ secrets.${name} }}; Jenkins: withCredentials).`);
    }
    return value;
}
/** The request headers for the file's Prometheus; a named variable that is unset or empty is a usage error. */
function resolveAuth(config, env) {
    const { credentials, headers } = config.prometheus;
    switch (credentials.kind) {
        case 'none':
            return { headers: { ...headers }, secrets: [] };
        case 'bearer': {
            const token = required(config, env, 'bearer-token-env', credentials.tokenEnv);
            return { headers: { ...headers, Authorization: `Bearer ${token}` }, secrets: [token] };
        }
        case 'basic': {
            const username = required(config, env, 'basic-auth-env.username', credentials.usernameEnv);
            const password = required(config, env, 'basic-auth-env.password', credentials.passwordEnv);
            const encoded = Buffer.from(`${username}:${password}`).toString('base64');
            return { headers: { ...headers, Authorization: `Basic ${encoded}` }, secrets: [password, encoded] };
        }
    }
}
/** `text` with every secret replaced by `***`, longest first (a secret may contain a shorter one). */
function redact(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((value) => value.length >= 3).sort((a, b) => b.length - a.length))
        out = out.split(secret).join('***');
    return out;
}


/***/ })

};
