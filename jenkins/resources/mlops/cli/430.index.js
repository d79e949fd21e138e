export const id = 430;
export const ids = [430];
export const modules = {

/***/ 40430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   streamWriter: () => (/* binding */ streamWriter)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The CLI's stdout and stderr as writers. A reader that stops early (`mlops metrics show | head`)
 * closes the pipe: the CLI then ends quietly, as `cat` does, instead of Node's "Unhandled 'error'
 * event" trace. Any other write error ends it with one line.
 */

function streamWriter(stream, end) {
    let open = true;
    stream.on('error', (error) => {
        if (!open)
            return;
        open = false;
        if (error.code === 'EPIPE')
            end.closed();
        else
            end.failed(`cannot write the output: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .systemErrorWords */ .N1)(error)}.`);
    });
    return (text) => {
        if (open)
            stream.write(text);
    };
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   IC: () => (/* binding */ MlopsError),
/* harmony export */   N1: () => (/* binding */ systemErrorWords),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   Zo: () => (/* binding */ describeSystemError),
/* harmony export */   eR: () => (/* binding */ OptionError),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/**
 * Errors a user can cause. Each carries the exit code the CLI ends with and, where it helps,
 * one line saying what to do. Anything else that is thrown is a bug and exits 1 with its message.
 */
class MlopsError extends Error {
    /** 1: a command, a gate or a file failed; 2: the command line or an option was wrong. */
    exitCode;
    hint;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'MlopsError';
        this.exitCode = options.exitCode ?? 1;
        this.hint = options.hint;
    }
}
/** A bad flag, input or option value: exit code 2, like argparse and DVC. */
class UsageError extends MlopsError {
    constructor(message, hint) {
        super(message, { exitCode: 2, hint });
        this.name = 'UsageError';
    }
}
/**
 * A bad value of one option. The core names the option by its key (`kserve-name`); each front
 * end spells it its own way (`kserve-name`, `--name`, `kserveName`) through `spelled`.
 */
class OptionError extends UsageError {
    key;
    detail;
    constructor(key, detail, hint) {
        super(`${key}: ${detail}`, hint);
        this.key = key;
        this.detail = detail;
        this.name = 'OptionError';
    }
    /** The same error, naming the option as the user's front end spells it. */
    spelled(spell) {
        return new UsageError(`${spell(this.key)}: ${this.detail}`, this.hint);
    }
}
/** One line for a person, whatever was thrown (strings, objects, Errors). */
function describeError(error) {
    if (error instanceof MlopsError)
        return error.hint ? `${error.message}\n${error.hint}` : error.message;
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
function exitCodeOf(error) {
    return error instanceof MlopsError ? error.exitCode : 1;
}
const SYSTEM_ERRORS = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file would be too large',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOENT: 'it does not exist',
    ENOTDIR: 'a part of its path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file of that name is in the way',
    EIO: 'an input/output error',
    ELOOP: 'its links go round in a loop',
    ENAMETOOLONG: 'its name is too long',
};
/** A system error (EISDIR, EFBIG …) in words, never its code: what a person reads after "cannot write x: ". */
function systemErrorWords(error) {
    const code = error?.code;
    return SYSTEM_ERRORS[code ?? ''] ?? (error instanceof Error ? error.message.replace(/^E[A-Z]+: /, '') : String(error));
}
/**
 * Input bytes quoted in a message are escaped: control characters, NUL and invalid UTF-8 (already
 * U+FFFD) never reach a terminal or a log raw.
 */
function escapeText(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/g, (char) => char === '\ufffd' ? '\\ufffd' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/\n/g, '\\n');
}
const SYSCALLS = { mkdir: 'cannot create the folder', open: 'cannot open', rename: 'cannot replace', write: 'cannot write', read: 'cannot read', unlink: 'cannot remove', scandir: 'cannot list', stat: 'cannot read' };
/**
 * A raw system error (`EISDIR: illegal operation…`) that escaped the code that should have named
 * it, said as a person would: what could not be done to which file, and why, in words.
 */
function describeSystemError(error) {
    const failure = error;
    if (error instanceof MlopsError || typeof failure?.code !== 'string' || !/^E[A-Z]+$/.test(failure.code))
        return undefined;
    const doing = SYSCALLS[failure.syscall ?? ''] ?? 'cannot use';
    return failure.path ? `${doing} ${escapeText(failure.path)}: ${systemErrorWords(error)}.` : `${doing} a file: ${systemErrorWords(error)}.`;
}


/***/ })

};
