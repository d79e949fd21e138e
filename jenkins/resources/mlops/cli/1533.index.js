export const id = 1533;
export const ids = [1533,7971,4504,2400];
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


/***/ }),

/***/ 1533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXTRA_KEY: () => (/* binding */ EXTRA_KEY),
  closingLines: () => (/* binding */ closingLines),
  exitStatus: () => (/* binding */ exitStatus),
  failureMessage: () => (/* binding */ failureMessage),
  isDefaultBranchPush: () => (/* binding */ isDefaultBranchPush),
  metricsJson: () => (/* binding */ metricsJson),
  promotionDecision: () => (/* binding */ promotionDecision),
  runEvent: () => (/* binding */ runEvent),
  runOutputs: () => (/* binding */ runOutputs)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/metrics/dvc-verbs.ts
var dvc_verbs = __webpack_require__(74189);
// EXTERNAL MODULE: ./src/metrics/value.ts
var value = __webpack_require__(41048);
// EXTERNAL MODULE: ./src/options.ts + 3 modules
var src_options = __webpack_require__(17397);
// EXTERNAL MODULE: ./src/preflight.ts
var preflight = __webpack_require__(4504);
// EXTERNAL MODULE: ./src/publish.ts + 1 modules
var publish = __webpack_require__(65071);
// EXTERNAL MODULE: ./src/report/size-guard.ts
var size_guard = __webpack_require__(85377);
;// CONCATENATED MODULE: ./src/fork/report-artifact.ts
/**
 * The report a read-only fork pull request leaves behind as a workflow artifact, as data: what
 * publish() would have posted (the comment body, the "mlops: gates" check run), for which pull
 * request and commit, and the images the report shows. One format, written by the fork's run
 * (upload.ts) and read by the publish-from-artifact run (publish-from-artifact.ts), which
 * trusts none of it: everything in it was made by code the fork controls. So the reader here is
 * strict (known keys only, typed, every string and file within a limit), and the text that will
 * be posted with a write token is sanitized: no hidden HTML comments (a marker among them could
 * take over another report's comment), no @-mentions (the bot would ping people for the fork).
 */


const FORK_REPORT_FORMAT = 'mlops-action/fork-report';
const FORK_REPORT_VERSION = 1;
/** The JSON file inside the artifact; images go under `images/`. */
const FORK_REPORT_FILE = 'mlops-report.json';
const IMAGES_FOLDER = 'images';
/** The limits an artifact is held to before anything in it is used. */
const FORK_LIMITS = {
    /** The artifact's zip, as GitHub reports its size and as downloaded. */
    artifactBytes: 16 * 1024 * 1024,
    /** The JSON file, unpacked (a full comment body, check summary and text fit several times). */
    jsonBytes: 1024 * 1024,
    /** The comment body, in UTF-16 units as GitHub counts (65,536). */
    bodyChars: size_guard/* COMMENT_LIMIT */.W$,
    checkTitleChars: 1000,
    /** GitHub: check run output.summary and output.text, 65,535 characters each. */
    checkSummaryChars: 65535,
    checkTextChars: 65535,
    reportIdChars: 100,
    images: 20,
    imageBytes: 4 * 1024 * 1024,
    /** Everything in the archive, unpacked. */
    totalBytes: 32 * 1024 * 1024,
    /** Report artifacts one run may leave (one per report-id). */
    artifactsPerRun: 10,
};
const CONCLUSIONS = (/* unused pure expression or super */ null && (['success', 'failure', 'neutral']));
/** A raster image only: an SVG is a document that can carry script and links, so it is never taken. */
const IMAGE_TYPES = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };
/** Why an artifact was refused, in a sentence naming the field and what was expected. */
class ForkReportError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ForkReportError';
    }
}
/** The artifact's name: one per pull request and report id (artifact names are unique in a run). */
function forkReportName(pullRequest, reportId) {
    const base = `mlops-report-pr-${pullRequest}`;
    if (reportId === 'default')
        return base;
    // The marker's alphabet, without the `/` artifact names refuse.
    return `${base}-${reportId.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}
/** Names that may be report artifacts; anything else in the run is not looked at. */
const FORK_REPORT_NAME = /^mlops-report-pr-([1-9][0-9]{0,9})(?:-[A-Za-z0-9._-]{1,100})?$/;
/** The image's type from its name, or why the name is not one we take. */
function imageTypeOf(name) {
    const match = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.([A-Za-z]+)$/.exec(name);
    const type = match ? IMAGE_TYPES[match[1].toLowerCase()] : undefined;
    if (!type)
        throw new ForkReportError(`image '${name}' is not a .png, .jpg, .gif or .webp file with a plain name (letters, digits, . _ -)`);
    return type;
}
/** The bytes must be the image their type says (magic numbers), not a page or a script renamed. */
function checkImageBytes(name, mediaType, bytes) {
    const starts = (...signature) => signature.every((byte, index) => bytes[index] === byte);
    const ascii = (from, text) => [...text].every((ch, index) => bytes[from + index] === ch.charCodeAt(0));
    const ok = mediaType === 'image/png' ? starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
        : mediaType === 'image/jpeg' ? starts(0xff, 0xd8, 0xff)
            : mediaType === 'image/gif' ? ascii(0, 'GIF87a') || ascii(0, 'GIF89a')
                : ascii(0, 'RIFF') && ascii(8, 'WEBP');
    if (!ok)
        throw new ForkReportError(`image '${name}' is not a ${mediaType.slice(6).toUpperCase()} file (its first bytes say otherwise)`);
    if (bytes.length > FORK_LIMITS.imageBytes)
        throw new ForkReportError(`image '${name}' is ${bytes.length} bytes; at most ${FORK_LIMITS.imageBytes} are taken`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function onlyKeys(where, value, required, optional = []) {
    const known = new Set([...required, ...optional]);
    const unknown = Object.keys(value).filter((key) => !known.has(key));
    if (unknown.length > 0)
        throw new ForkReportError(`${where} has unknown field(s) ${unknown.map((key) => JSON.stringify(key)).join(', ')}`);
    const missing = required.filter((key) => !Object.prototype.hasOwnProperty.call(value, key));
    if (missing.length > 0)
        throw new ForkReportError(`${where} lacks ${missing.join(', ')}`);
}
/** C0 controls other than tab, newline and carriage return have no business in a report. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
function report_artifact_text(where, value, max, { empty = false } = {}) {
    if (typeof value !== 'string')
        throw new ForkReportError(`${where} must be a string`);
    if (!empty && value.trim() === '')
        throw new ForkReportError(`${where} is empty`);
    if (value.length > max)
        throw new ForkReportError(`${where} is ${value.length} characters long; at most ${max} are taken`);
    if (CONTROL.test(value))
        throw new ForkReportError(`${where} contains control characters`);
    return value;
}
/**
 * The report from the artifact's JSON text, checked field by field: known keys only, each of
 * its type and within its limit. Throws ForkReportError saying what is wrong.
 */
function parseForkReport(json) {
    if (Buffer.byteLength(json, 'utf8') > FORK_LIMITS.jsonBytes)
        throw new ForkReportError(`${FORK_REPORT_FILE} is larger than ${FORK_LIMITS.jsonBytes} bytes`);
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (error) {
        throw new ForkReportError(`${FORK_REPORT_FILE} is not JSON (${error.message})`);
    }
    if (!isObject(data))
        throw new ForkReportError(`${FORK_REPORT_FILE} must hold a JSON object`);
    onlyKeys(FORK_REPORT_FILE, data, ['format', 'version', 'repository', 'pullRequest', 'headSha', 'reportId', 'comment', 'check', 'images']);
    if (data.format !== FORK_REPORT_FORMAT)
        throw new ForkReportError(`format must be '${FORK_REPORT_FORMAT}'`);
    if (data.version !== FORK_REPORT_VERSION)
        throw new ForkReportError(`version ${JSON.stringify(data.version)} is not one this action reads (it reads ${FORK_REPORT_VERSION})`);
    const repository = report_artifact_text('repository', data.repository, 200);
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        throw new ForkReportError(`repository '${repository}' is not of the form owner/name`);
    const pullRequest = data.pullRequest;
    if (typeof pullRequest !== 'number' || !Number.isSafeInteger(pullRequest) || pullRequest < 1)
        throw new ForkReportError('pullRequest must be a pull request number (a positive integer)');
    const headSha = report_artifact_text('headSha', data.headSha, 40);
    if (!/^[0-9a-f]{40}$/.test(headSha))
        throw new ForkReportError('headSha must be a full commit sha (40 lower-case hex digits)');
    const reportId = report_artifact_text('reportId', data.reportId, FORK_LIMITS.reportIdChars);
    let comment = null;
    if (data.comment !== null) {
        if (!isObject(data.comment))
            throw new ForkReportError('comment must be an object or null');
        onlyKeys('comment', data.comment, ['body']);
        comment = { body: report_artifact_text('comment.body', data.comment.body, FORK_LIMITS.bodyChars) };
    }
    let check = null;
    if (data.check !== null) {
        if (!isObject(data.check))
            throw new ForkReportError('check must be an object or null');
        onlyKeys('check', data.check, ['conclusion', 'title', 'summary'], ['text']);
        const conclusion = data.check.conclusion;
        if (typeof conclusion !== 'string' || !CONCLUSIONS.includes(conclusion))
            throw new ForkReportError(`check.conclusion must be one of ${CONCLUSIONS.join(', ')}`);
        check = {
            conclusion: conclusion,
            title: report_artifact_text('check.title', data.check.title, FORK_LIMITS.checkTitleChars),
            summary: report_artifact_text('check.summary', data.check.summary, FORK_LIMITS.checkSummaryChars, { empty: true }),
            ...(data.check.text !== undefined ? { text: report_artifact_text('check.text', data.check.text, FORK_LIMITS.checkTextChars, { empty: true }) } : {}),
        };
    }
    if (!comment && !check)
        throw new ForkReportError('the report carries neither a comment nor a check run');
    if (!Array.isArray(data.images))
        throw new ForkReportError('images must be a list');
    if (data.images.length > FORK_LIMITS.images)
        throw new ForkReportError(`images lists ${data.images.length} files; at most ${FORK_LIMITS.images} are taken`);
    const files = new Set();
    const images = data.images.map((image, index) => {
        if (!isObject(image))
            throw new ForkReportError(`images[${index}] must be an object`);
        onlyKeys(`images[${index}]`, image, ['file', 'mediaType']);
        const file = report_artifact_text(`images[${index}].file`, image.file, 120);
        const name = file.startsWith(`${IMAGES_FOLDER}/`) ? file.slice(IMAGES_FOLDER.length + 1) : '';
        const mediaType = imageTypeOf(name || file);
        if (!name)
            throw new ForkReportError(`images[${index}].file must be ${IMAGES_FOLDER}/<name>`);
        if (image.mediaType !== mediaType)
            throw new ForkReportError(`images[${index}].mediaType must be ${mediaType} for ${file}`);
        if (files.has(file))
            throw new ForkReportError(`images lists ${file} twice`);
        files.add(file);
        return { file, mediaType };
    });
    return { format: FORK_REPORT_FORMAT, version: FORK_REPORT_VERSION, repository, pullRequest, headSha, reportId, comment, check, images };
}
/** The JSON text of a report, as the artifact carries it. */
function encodeForkReport(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/**
 * Text from the fork made fit to post with a write token: HTML comments removed (hidden text,
 * and markers that could claim another report's comment), then any stray `<!--` or `-->` too,
 * over and over until none is left, so that no removal can join two halves into a new one and
 * nothing can open a comment around ours; @-mentions defused with a zero-width joiner so they
 * notify nobody (`dev@example.com` is left alone). Returns the text and what was changed.
 */
function sanitizeForkText(input) {
    const changes = new Set();
    let text = input;
    for (let before = ''; before !== text;) {
        before = text;
        text = text.replace(/<!--[\s\S]*?--!?>/g, () => (changes.add('an HTML comment'), ''));
        text = text.replace(/<!--|--!?>/g, () => (changes.add('an unclosed HTML comment'), ''));
    }
    // A mention is @ not after a letter, digit or _, then a login or org/team.
    text = text.replace(/(^|[^A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)/g, (_whole, before, login) => {
        changes.add(`a mention of @${login}`);
        return `${before}@\u200d${login}`;
    });
    return { text, changes: [...changes] };
}
/** The one marker for this report: derived from its id (src/report/marker.ts), whatever the body held. */
function forkReportMarker(report) {
    return reportMarker(report.reportId);
}

;// CONCATENATED MODULE: ./src/fork/capture.ts

/** Wrap `forge` so that a `forbidden` comment or check run is remembered with what it carried. */
function captureRefusals(forge) {
    const refused = {};
    const recording = {
        upsertAlertIssue: (marker, title, body, labels) => forge.upsertAlertIssue(marker, title, body, labels),
        closeAlertIssue: (marker, comment) => forge.closeAlertIssue(marker, comment),
        async upsertComment(target, marker, body) {
            const outcome = await forge.upsertComment(target, marker, body);
            if (outcome.kind === 'forbidden')
                refused.comment = { target, marker, body, permission: outcome.permission };
            else
                delete refused.comment;
            return outcome;
        },
        async createCheckRun(check) {
            const outcome = await forge.createCheckRun(check);
            if (outcome.kind === 'forbidden')
                refused.check = { ...check, permission: outcome.permission };
            return outcome;
        },
    };
    return { forge: recording, refused: () => ({ ...refused }) };
}
/**
 * The report to leave as an artifact, or why none is left: only a pull request from a fork
 * (whose token is read-only by GitHub's rule; a same-repository one can be granted the
 * permissions instead), and only what was refused.
 */
function forkReportToUpload(input) {
    const { context, refused } = input;
    const pr = context.pullRequest;
    if (!pr)
        return { skip: 'this run is not for a pull request' };
    if (!pr.fork)
        return { skip: 'the pull request is not from a fork (grant the workflow the permissions instead)' };
    if (!context.repository)
        return { skip: 'the repository is not known' };
    if (!/^[0-9a-f]{40}$/.test(pr.headSha))
        return { skip: `the head commit '${pr.headSha}' is not a full sha` };
    const comment = refused.comment?.target.kind === 'pr' && refused.comment.target.number === pr.number ? { body: refused.comment.body } : null;
    const check = refused.check?.headSha === pr.headSha
        ? { conclusion: refused.check.conclusion, title: refused.check.title, summary: refused.check.summary, ...(refused.check.text ? { text: refused.check.text } : {}) }
        : null;
    if (!comment && !check)
        return { skip: 'nothing was refused' };
    return {
        report: { format: FORK_REPORT_FORMAT, version: FORK_REPORT_VERSION, repository: context.repository, pullRequest: pr.number, headSha: pr.headSha, reportId: input.reportId, comment, check, images: [] },
    };
}

;// CONCATENATED MODULE: ./src/fork/fork-run.ts


/** publish(), then the refused report of a fork's pull request uploaded through `upload`. */
async function publishOrLeaveArtifact(forge, input, upload, images) {
    if (!forge)
        return { published: await (0,publish/* publish */.mk)(undefined, input), forkReport: { kind: 'skipped', reason: 'no token to publish with' } };
    const capture = captureRefusals(forge);
    const published = await (0,publish/* publish */.mk)(capture.forge, input);
    const decided = forkReportToUpload({ context: input.context, reportId: input.report.reportId, refused: capture.refused() });
    if ('skip' in decided)
        return { published, forkReport: { kind: 'skipped', reason: decided.skip } };
    if (!upload)
        return { published, forkReport: { kind: 'skipped', reason: 'this platform keeps no workflow artifacts' } };
    return { published, forkReport: await upload({ report: decided.report, images }) };
}
/** What the log says about the fork's report: an info line when it was left, a warning when it could not be. */
function forkReportMessage(outcome) {
    switch (outcome.kind) {
        case 'uploaded':
            return {
                level: 'info',
                message: `The report was left as the artifact ${outcome.name}${outcome.id !== undefined ? ` (id ${outcome.id})` : ''}: a workflow_run workflow with \`mode: publish-from-artifact\` posts it on the pull request (see examples/.github/workflows/pr-fork-report.yml).`,
            };
        case 'failed':
            return { level: 'warning', message: `Could not leave the report as the artifact ${outcome.name} for the publish-from-artifact workflow: ${outcome.reason}.` };
        case 'skipped':
            return undefined;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/fs/atomic-write.ts
/**
 * Files a reader must never see half-written (the report a CI step publishes): written to a
 * temporary file in the same folder, then renamed over the old one, which is atomic on one file
 * system. A full disk or a killed process leaves the previous file whole, and no temporary file.
 */




/** Write `data` to `path` all at once or not at all; a failure names the file and why, in words. */
async function writeFileAtomic(path, data) {
    if ((await (0,promises_.stat)(path).catch(() => undefined))?.isDirectory()) {
        throw new errors/* MlopsError */.IC(`cannot write ${path}: it is a folder.`, { hint: 'Name a file (for example report.md), not a folder.' });
    }
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, data);
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw new errors/* MlopsError */.IC(`cannot write ${path}: ${(0,errors/* systemErrorWords */.N1)(error)}; the previous file, if any, is left as it was.`, { cause: error });
    }
}

// EXTERNAL MODULE: ./src/metrics/collect-memo.ts
var collect_memo = __webpack_require__(66754);
// EXTERNAL MODULE: ./src/metrics/compare.ts
var compare = __webpack_require__(31766);
// EXTERNAL MODULE: ./src/metrics/dvc-diff.ts
var dvc_diff = __webpack_require__(24868);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
// EXTERNAL MODULE: ./src/noise/metrics.ts
var metrics = __webpack_require__(74291);
;// CONCATENATED MODULE: ./src/noise/bootstrap.ts
/**
 * Seeded bootstrap intervals over examples, and verdicts that know the noise. The resamples
 * depend on the seed, the number of rows and the groups only, so the same files give the same
 * intervals on every run and machine, and two revisions' predictions can be resampled alike
 * (the paired comparison draws the same examples for both).
 *
 * The interval is the percentile interval (numpy's default linear interpolation) of the metric
 * over `samples` resamples of the rows, drawn with replacement; with groups, within each group,
 * so every resample keeps the group sizes (stratified bootstrap).
 */


/** Most resamples one interval may take: 10⁶ (a thousand is plenty; more only costs time). */
const MAX_SAMPLES = 1_000_000;
// Module-scope copies: inside a vm context (Jest) every global lookup in a hot loop is slow.
const imul = Math.imul;
/**
 * xoshiro128** (Blackman & Vigna), seeded through splitmix32: small, fast and the same
 * everywhere. One generator draws the resamples: each one n rows with replacement, stratum by
 * stratum. `counts` and `indices` consume it identically, so they describe the same resamples;
 * the state lives in locals while drawing, which is what makes a draw cost a few nanoseconds.
 */
class Resampler {
    strata;
    a;
    b;
    c;
    d;
    constructor(seed, strata) {
        this.strata = strata;
        let s = seed >>> 0;
        const next = () => {
            s = (s + 0x9e3779b9) >>> 0;
            let z = s;
            z = imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
            z = imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.a = next();
        this.b = next();
        this.c = next();
        this.d = next();
        if ((this.a | this.b | this.c | this.d) === 0)
            this.a = 1;
    }
    /** How often each row is drawn in the next resample. */
    counts(out) {
        out.fill(0);
        this.draw(out, 'counts');
    }
    /** The rows of the next resample, in the order drawn. */
    indices(out) {
        this.draw(out, 'indices');
    }
    draw(out, as) {
        let { a, b, c, d } = this;
        let at = 0;
        for (const rows of this.strata) {
            const m = rows.length;
            // a uniform draw from 0 … m−1: x · m / 2³² truncated, below m since x < 2³²
            const scale = m / TWO_TO_32;
            for (let j = 0; j < m; j++) {
                // xoshiro128** inlined: no call per draw
                const x = imul(rotl(imul(b, 5), 7), 9) >>> 0;
                const t = b << 9;
                c ^= a;
                d ^= b;
                b ^= c;
                a ^= d;
                c ^= t;
                d = (d << 11) | (d >>> 21);
                const row = rows[(x * scale) >>> 0];
                if (as === 'counts')
                    out[row]++;
                else
                    out[at++] = row;
            }
        }
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
const TWO_TO_32 = 4294967296;
/** The rows of each group (in order of first appearance), or all rows as one stratum. */
function strataOf(n, groups) {
    if (!groups)
        return [Uint32Array.from({ length: n }, (_, i) => i)];
    if (groups.length !== n)
        throw new RangeError(`groups has ${groups.length} entries for ${n} rows`);
    const rows = new Map();
    groups.forEach((group, i) => {
        let list = rows.get(group);
        if (!list)
            rows.set(group, (list = []));
        list.push(i);
    });
    return [...rows.values()].map((list) => Uint32Array.from(list));
}
/**
 * The row indices of the resamples `bootstrapInterval` draws for n rows (stratified by `groups`
 * when given): for checking the bootstrap against a reference implementation.
 */
function resampleIndices(n, samples, seed, groups) {
    const resampler = new Resampler(seed, strataOf(n, groups));
    return Array.from({ length: samples }, () => {
        const out = new Uint32Array(n);
        resampler.indices(out);
        return out;
    });
}
/** numpy.percentile's default ('linear') of sorted values, q in [0, 1]. */
function percentile(sorted, q) {
    const h = q * (sorted.length - 1);
    const below = Math.floor(h);
    const above = Math.min(below + 1, sorted.length - 1);
    const t = h - below;
    const a = sorted[below];
    const b = sorted[above];
    // numpy's _lerp: exact at both ends
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}
function checkOptions(options) {
    const { samples, seed } = options;
    const level = options.level ?? 0.95;
    if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
        throw new errors/* OptionError */.eR('bootstrap-samples', `${samples} is not a number of resamples from 1 to ${MAX_SAMPLES.toLocaleString('en-US')}.`, 'The default, 1000, gives stable 95% intervals.');
    }
    if (!Number.isInteger(seed))
        throw new RangeError(`bootstrap seed ${seed} is not an integer`);
    if (!(level > 0 && level < 1))
        throw new RangeError(`interval level ${level} is not between 0 and 1`);
    return level;
}
function pointOf(kernel, p, spec, what) {
    const value = kernel(new Uint32Array(p.n).fill(1));
    if (Number.isNaN(value))
        throw new errors/* MlopsError */.IC(`${(0,metrics.describeSpec)(spec)} cannot be computed from ${what}: ${(0,metrics.whyUndefined)(spec.metric)}.`);
    return value;
}
function intervalOf(values, taken, skipped, point, level, spec) {
    if (skipped * 2 > taken + skipped) {
        throw new errors/* MlopsError */.IC(`${(0,metrics.describeSpec)(spec)} was undefined on ${skipped} of ${taken + skipped} resamples (${(0,metrics.whyUndefined)(spec.metric)}), so it has no interval.`, { hint: 'Evaluate on more examples (or, with groups, on groups that each hold every class).' });
    }
    const sorted = values.subarray(0, taken).sort();
    return { point, low: percentile(sorted, (1 - level) / 2), high: percentile(sorted, (1 + level) / 2), level, samples: taken, skipped };
}
/**
 * Every statistic over the same resamples, drawn once: the resamples' values of each, NaNs
 * (undefined) left out, in `values[s].subarray(0, taken[s])`.
 */
function sweep(n, strata, options, statistics) {
    const resampler = new Resampler(options.seed, strata);
    const counts = new Uint32Array(n);
    const values = statistics.map(() => new Float64Array(options.samples));
    const taken = statistics.map(() => 0);
    for (let b = 0; b < options.samples; b++) {
        resampler.counts(counts);
        const stamp = (0,metrics.newStamp)();
        for (let s = 0; s < statistics.length; s++) {
            const value = statistics[s](counts, stamp);
            // NaN (value !== value): undefined on this resample, skipped and counted
            if (value === value)
                values[s][taken[s]++] = value;
        }
    }
    return { values, taken };
}
function settle(spec, run) {
    try {
        return { ok: run() };
    }
    catch (error) {
        if (error instanceof errors/* MlopsError */.IC)
            return { kind: 'error', spec, error };
        throw error;
    }
}
/**
 * Intervals of several metrics of one predictions set over the same resamples, drawn once: what
 * `bootstrapInterval` gives for each (the same values), at a fraction of the cost. A metric that
 * cannot be computed is an error in its place, not a failure of the batch.
 */
function bootstrapIntervals(p, specs, options) {
    const level = checkOptions(options);
    const prepared = specs.map((spec) => settle(spec, () => ({ point: pointOf((0,metrics.metricKernel)(spec, p), p, spec, 'the predictions'), kernel: (0,metrics.metricKernel)(spec, p, { strict: true }) })));
    const ready = prepared.flatMap((entry) => ('ok' in entry ? [entry.ok] : []));
    const { values, taken } = sweep(p.n, strataOf(p.n, p.groups), options, ready.map((entry) => entry.kernel));
    let at = 0;
    return prepared.map((entry, i) => {
        const spec = specs[i];
        if (!('ok' in entry))
            return entry;
        const s = at++;
        const result = settle(spec, () => intervalOf(values[s], taken[s], options.samples - taken[s], entry.ok.point, level, spec));
        return 'ok' in result ? { kind: 'interval', spec, interval: result.ok } : result;
    });
}
/**
 * The metric on all rows and its bootstrap percentile interval. A resample on which the metric
 * is undefined is skipped and counted; more than half skipped is an MlopsError saying so. For
 * several metrics of one file, `bootstrapIntervals` draws the resamples once.
 */
function bootstrapInterval(p, spec, options) {
    const [result] = bootstrapIntervals(p, [spec], options);
    if (result.kind === 'error')
        throw result.error;
    return result.interval;
}
function reorder(p, order) {
    const pick = (values) => Array.from(order, (i) => values[i]);
    const pickNumbers = (values) => Float64Array.from(order, (i) => values[i]);
    const column = (values) => (values instanceof Float64Array ? pickNumbers(values) : pick(values));
    return {
        kind: p.kind,
        n: p.n,
        yTrue: column(p.yTrue),
        yPred: column(p.yPred),
        ...(p.proba ? { proba: { classes: p.proba.classes, p: p.proba.p.map(pickNumbers) } } : {}),
        ...(p.ids ? { ids: pick(p.ids) } : {}),
        ...(p.groups ? { groups: pick(p.groups) } : {}),
    };
}
function align(base, head) {
    if (base.kind !== head.kind)
        throw new errors/* UsageError */.eb(`The base predictions are ${base.kind} and the head's are ${head.kind}: they cannot be compared.`, 'Write the same kind of predictions at both revisions.');
    if (base.ids && head.ids) {
        const headRow = new Map(head.ids.map((id, i) => [id, i]));
        const onlyBase = base.ids.filter((id) => !headRow.has(id));
        const baseIds = new Set(base.ids);
        const onlyHead = head.ids.filter((id) => !baseIds.has(id));
        if (onlyBase.length + onlyHead.length > 0) {
            const example = [...onlyBase.slice(0, 3).map((id) => `'${id}' only in the base`), ...onlyHead.slice(0, 3).map((id) => `'${id}' only in the head`)].join(', ');
            throw new errors/* UsageError */.eb(`The base and head predictions are not of the same examples: ${onlyBase.length + onlyHead.length} ids differ (${onlyBase.length} only in the base, ${onlyHead.length} only in the head; e.g. ${example}).`, 'A paired comparison needs the same evaluation set at both revisions: keep the test split fixed (a seeded split), or drop the id column to compare the intervals unpaired.');
        }
        const order = Uint32Array.from(base.ids, (id) => headRow.get(id));
        return { head: reorder(head, order), alignment: 'id' };
    }
    if (base.n !== head.n) {
        throw new errors/* UsageError */.eb(`The base predictions have ${base.n} examples and the head's ${head.n}: without an id column in both, examples are paired by row and need equal counts.`, 'Add an id column to both files (e.g. the test frame index: df.reset_index().rename(columns={"index": "id"})), or keep the evaluation set fixed.');
    }
    return { head, alignment: 'row' };
}
/** How many aligned examples have a different y_true at the two revisions (0 when they are the same evaluation set). */
function truthDiffers(base, head) {
    let count = 0;
    for (let i = 0; i < base.n; i++)
        if (base.yTrue[i] !== head.yTrue[i])
            count++;
    return count;
}
/**
 * `pairedDifference` for several metrics over the same resamples, drawn once. The alignment is
 * shared: a mismatch of ids or row counts is thrown (it concerns every metric); a metric that
 * cannot be computed is an error in its place.
 */
function pairedDifferences(base, head, specs, options) {
    const level = checkOptions(options);
    const aligned = align(base, head);
    const other = aligned.head;
    const prepared = specs.map((spec) => settle(spec, () => {
        const point = pointOf((0,metrics.metricKernel)(spec, other), other, spec, 'the head predictions') - pointOf((0,metrics.metricKernel)(spec, base), base, spec, 'the base predictions');
        const headKernel = (0,metrics.metricKernel)(spec, other, { strict: true });
        const baseKernel = (0,metrics.metricKernel)(spec, base, { strict: true });
        return { point, statistic: (w, stamp) => headKernel(w, stamp) - baseKernel(w, stamp) };
    }));
    const ready = prepared.flatMap((entry) => ('ok' in entry ? [entry.ok] : []));
    const { values, taken } = sweep(base.n, strataOf(base.n, base.groups ?? other.groups), options, ready.map((entry) => entry.statistic));
    let at = 0;
    const results = prepared.map((entry, i) => {
        const spec = specs[i];
        if (!('ok' in entry))
            return entry;
        const s = at++;
        const result = settle(spec, () => intervalOf(values[s], taken[s], options.samples - taken[s], entry.ok.point, level, spec));
        return 'ok' in result ? { kind: 'diff', spec, diff: result.ok } : result;
    });
    return { results, alignment: aligned.alignment, mismatchedTruth: truthDiffers(base, other) };
}
/**
 * The interval of head − base over the same resampled examples (aligned by id when both files
 * have ids, else by row), stratified by the base's groups when it has them (else the head's).
 */
function pairedDifference(base, head, spec, options) {
    const { results, alignment, mismatchedTruth } = pairedDifferences(base, head, [spec], options);
    const [result] = results;
    if (result.kind === 'error')
        throw result.error;
    return { diff: result.diff, alignment, mismatchedTruth };
}
/** The paired verdict: `within noise` when the interval of head − base contains 0. */
function pairedVerdict(diff, higherIsBetter) {
    if (diff.low <= 0 && diff.high >= 0)
        return 'within noise';
    const higher = diff.low > 0;
    return higher === higherIsBetter ? 'better' : 'worse';
}
/**
 * The unpaired verdict, from the two intervals alone: `within noise` when they overlap. The
 * weaker test: it ignores that both revisions were judged on the same examples, so a real change
 * smaller than the spread of the examples is called noise (report it as the weaker test).
 */
function unpairedVerdict(base, head, higherIsBetter) {
    if (head.low <= base.high && base.low <= head.high)
        return 'within noise';
    const higher = head.low > base.high;
    return higher === higherIsBetter ? 'better' : 'worse';
}
/**
 * `max-drop … significant`: true when the paired interval excludes a drop of `maxDrop`, i.e. the
 * whole interval is a drop larger than it (high < −maxDrop when higher is better; low > maxDrop
 * when lower is better). The data then show the regression, not merely allow it.
 */
function significantDrop(diff, maxDrop, higherIsBetter) {
    return higherIsBetter ? diff.high < -maxDrop : diff.low > maxDrop;
}
/** `min-gain … significant`: true when the whole paired interval is a gain larger than `minGain`. */
function significantGain(diff, minGain, higherIsBetter) {
    return higherIsBetter ? diff.low > minGain : diff.high < -minGain;
}

// EXTERNAL MODULE: ./src/noise/predictions.ts
var predictions = __webpack_require__(61600);
// EXTERNAL MODULE: ./src/report/noise-cells.ts
var noise_cells = __webpack_require__(82328);
;// CONCATENATED MODULE: ./src/noise-run.ts
/**
 * The evaluation's noise in a run: the predictions file read at the head (the workspace, after
 * training) and at the base commit, every metric that can be recomputed from it given a 95%
 * bootstrap interval, and the change judged over the same examples (paired) where both files
 * align, else by the two intervals (the weaker test, said so). Nothing here fails a run: an
 * unreadable or mismatched predictions file is a warning naming it, and the verdicts stay as the
 * values alone give them.
 */








/** A predictions file larger than this is refused (it would not be an evaluation set). */
const MAX_PREDICTIONS_BYTES = 512 * 1024 * 1024;
/** The resamples are seeded: the same files give the same intervals on every run. */
const BOOTSTRAP_SEED = 20_240_601;
const LEVEL = 0.95;
async function headPredictions(options, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, options.predictions);
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new Error(`${options.predictions} was not written by the training (looked in ${cwd})`);
    if (!info.isFile())
        throw new Error(`${options.predictions} is not a regular file`);
    if (info.size > MAX_PREDICTIONS_BYTES)
        throw new Error(`${options.predictions} is ${Math.round(info.size / 1024 / 1024)} MiB, more than the ${MAX_PREDICTIONS_BYTES / 1024 / 1024} MiB an evaluation set may have`);
    return (0,predictions/* parsePredictions */.Y8)(await (0,promises_.readFile)(path, 'utf8'), options.predictions);
}
async function basePredictions(options, input) {
    if (!input.baseCommit)
        return undefined;
    const text = await (0,git/* readFileAt */._T)(input.cwd, input.baseCommit, options.predictions).catch(() => undefined);
    if (text === undefined) {
        input.warnings.push(`${options.predictions} is not in ${input.baseName}: the changes are not judged against the noise (commit the predictions with the metrics, as DVC's cache: false outputs are).`);
        return undefined;
    }
    try {
        return (0,predictions/* parsePredictions */.Y8)(text, `${options.predictions} at ${input.baseName}`);
    }
    catch (error) {
        input.warnings.push(`${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}: the changes are not judged against the noise.`);
        return undefined;
    }
}
/** The reported value and the recomputed one agree to the digits the file wrote. */
function agrees(reported, recomputed) {
    const decimals = /\.(\d+)$/.exec(String(reported))?.[1]?.length ?? 0;
    const tolerance = decimals > 0 && decimals < 12 ? 0.5 * 10 ** -decimals : 1e-9 * Math.max(1, Math.abs(reported));
    return Math.abs(reported - recomputed) <= tolerance * 1.000001;
}
const asText = (interval) => ({ point: interval.point, low: interval.low, high: interval.high });
async function noiseOf(options, rows, input) {
    let definitions;
    let head;
    try {
        definitions = (0,metrics.parseMetricDefinitions)(options.definitions);
        head = await headPredictions(options, input.cwd);
    }
    catch (error) {
        input.warnings.push(`No intervals: ${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}.`);
        return undefined;
    }
    const base = await basePredictions(options, input);
    const report = { metrics: new Map(), samples: options.samples, level: LEVEL, notes: [] };
    const settings = { samples: options.samples, seed: BOOTSTRAP_SEED, level: LEVEL };
    // the metrics the predictions can recompute, each resampled over the same draws (one pass per side)
    const judged = rows.flatMap((row) => {
        if (typeof row.new !== 'number' || !Number.isFinite(row.new))
            return [];
        const spec = (0,metrics.metricSpecFor)(row.key, definitions, head.kind);
        return spec ? [{ row, spec }] : [];
    });
    if (judged.length === 0)
        return report;
    const specs = judged.map((entry) => entry.spec);
    const headResults = bootstrapIntervals(head, specs, settings);
    const baseResults = base ? bootstrapIntervals(base, specs, settings) : undefined;
    let paired;
    let unpaired = false;
    if (base) {
        try {
            paired = pairedDifferences(base, head, specs, settings);
            if (paired.mismatchedTruth > 0)
                input.warnings.push(`${options.predictions}: ${paired.mismatchedTruth} examples have another y_true at ${input.baseName} than at the head: the evaluation set changed, so the paired comparison mixes that change in.`);
        }
        catch (error) {
            // different examples at the two revisions: only the two intervals can be compared
            unpaired = true;
            input.warnings.push(`${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}; the changes are judged by the two intervals instead (keep the test split fixed, a seeded split, to pair them).`);
        }
    }
    judged.forEach(({ row, spec }, i) => {
        const headResult = headResults[i];
        if (headResult.kind === 'error') {
            input.warnings.push(`${row.path}: no interval for ${row.key}: ${headResult.error.message.replace(/\.$/, '')}.`);
            return;
        }
        const headInterval = headResult.interval;
        if (!agrees(row.new, headInterval.point)) {
            input.warnings.push(`${row.path}: ${row.key} is ${String(row.new)}, but ${options.predictions} gives ${headInterval.point}: the predictions do not belong to that metric (say which metric it is in metric-definitions, or write the predictions of the model that was evaluated).`);
            return;
        }
        const noise = { path: row.path, key: row.key, head: asText(headInterval), paired: false };
        // the metric file's direction guess where it made one, else the recomputed metric's own
        const higher = row.direction ? row.direction !== 'lower' : (0,metrics.higherIsBetter)(spec.metric);
        const baseResult = baseResults?.[i];
        if (baseResult?.kind === 'interval' && typeof row.old === 'number') {
            noise.base = asText(baseResult.interval);
            const diff = paired?.results[i];
            if (diff?.kind === 'diff') {
                noise.diff = asText(diff.diff);
                noise.paired = true;
                noise.verdict = pairedVerdict(diff.diff, higher);
            }
            else if (unpaired) {
                const b = baseResult.interval;
                noise.diff = { point: headInterval.point - b.point, low: headInterval.low - b.high, high: headInterval.high - b.low };
                noise.verdict = unpairedVerdict(b, headInterval, higher);
            }
        }
        report.metrics.set((0,noise_cells/* noiseKey */._w)(row.path, row.key), noise);
    });
    if (unpaired)
        report.notes.push(`The two revisions' predictions are of different examples, so the change is judged by the two intervals, a weaker test than pairing over the same examples.`);
    if (!base)
        report.notes.push(`No predictions at ${input.baseName}: the intervals are the head's alone.`);
    return report;
}

// EXTERNAL MODULE: ./src/analysis/credentials.ts
var credentials = __webpack_require__(62400);
;// CONCATENATED MODULE: ./src/mlflow/credentials.ts
/**
 * MLflow credentials from MLflow's own variables, read from the environment the front end passes
 * in (never from the process), as MLflow's Python client reads them
 * (mlflow/utils/rest_utils.py): username + password → Basic, and they win over a token → Bearer.
 */
/** The variables, for messages that tell the user what to set. */
const MLFLOW_CREDENTIAL_VARIABLES = 'MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD or MLFLOW_TRACKING_TOKEN';
function mlflowAuth(env) {
    const username = env.MLFLOW_TRACKING_USERNAME || undefined;
    const password = env.MLFLOW_TRACKING_PASSWORD || undefined;
    const token = env.MLFLOW_TRACKING_TOKEN || undefined;
    const secrets = [password, token].filter((value) => value !== undefined);
    if (username !== undefined && password !== undefined) {
        const encoded = Buffer.from(`${username}:${password}`).toString('base64');
        const warning = token !== undefined ? 'MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD and MLFLOW_TRACKING_TOKEN are all set: Basic authentication is used and the token is not (as in MLflow\'s client).' : undefined;
        return { headers: { Authorization: `Basic ${encoded}` }, secrets: [...secrets, encoded], ...(warning ? { warning } : {}) };
    }
    const half = username !== undefined ? 'MLFLOW_TRACKING_USERNAME is set without MLFLOW_TRACKING_PASSWORD' : password !== undefined ? 'MLFLOW_TRACKING_PASSWORD is set without MLFLOW_TRACKING_USERNAME' : undefined;
    if (token !== undefined) {
        return { headers: { Authorization: `Bearer ${token}` }, secrets, ...(half ? { warning: `${half}: MLFLOW_TRACKING_TOKEN is used.` } : {}) };
    }
    return { headers: {}, secrets, ...(half ? { warning: `${half}: no credentials are sent.` } : {}) };
}

;// CONCATENATED MODULE: ./src/mlflow/client.ts
/**
 * The port to an MLflow tracking server's REST API 2.0: one typed method per endpoint used, over
 * one request function with a per-call timeout, retries with backoff and errors that say what to
 * fix. Nothing here knows about CI runs; tracking.ts and registry.ts do.
 *
 * What the server answers, and how it is read:
 * - Errors are `{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "…"}` with the status MLflow
 *   maps the code to (404 here, 400 for INVALID_PARAMETER_VALUE and RESOURCE_ALREADY_EXISTS).
 * - MLflow's basic-auth app answers 401 and 403 with a line of HTML: still an authentication or
 *   permission failure, named with the variables to check and the permission the call needs.
 * - Any other answer that is not JSON (an auth proxy's login page, even with status 200, or its
 *   redirect) is named as such: it is not MLflow answering.
 * - 429 and 503 (not handled) and refused connections are retried for every call; 502, 504 and
 *   dropped connections only for calls that do no harm when sent twice (a create might have been
 *   done before the connection dropped).
 * Every text in an error has the credentials scrubbed out.
 */



const MLFLOW_API_PREFIX = '/api/2.0/mlflow';
const DEFAULT_MLFLOW_RETRY = { attempts: 5, delayMs: (attempt) => Math.min(500 * 2 ** (attempt - 1), 8000) };
const DEFAULT_TIMEOUT_MS = 30_000;
class MlflowApiError extends errors/* MlopsError */.IC {
    endpoint;
    kind;
    status;
    /** MLflow's error_code, e.g. RESOURCE_DOES_NOT_EXIST. */
    errorCode;
    /** MLflow's message, scrubbed. */
    serverMessage;
    constructor(message, details) {
        super(message, { hint: details.hint });
        this.name = 'MlflowApiError';
        this.endpoint = details.endpoint;
        this.kind = details.kind;
        this.status = details.status;
        this.errorCode = details.errorCode;
        this.serverMessage = details.serverMessage;
    }
}
/** True for MLflow's error `code` (e.g. RESOURCE_DOES_NOT_EXIST). */
function isMlflowError(error, code) {
    return error instanceof MlflowApiError && error.errorCode === code;
}
/** The endpoints used, as the protos declare them (GET with query parameters, POST with JSON). */
const ENDPOINTS = {
    'experiments/get-by-name': { method: 'GET', permission: 'READ on the experiment', idempotent: true },
    'experiments/create': { method: 'POST', permission: 'an account that may create experiments', idempotent: false },
    'runs/create': { method: 'POST', permission: 'EDIT on the experiment', idempotent: false },
    'runs/update': { method: 'POST', permission: 'EDIT on the experiment of the run', idempotent: true },
    'runs/get': { method: 'GET', permission: 'READ on the experiment of the run', idempotent: true },
    'runs/search': { method: 'POST', permission: 'READ on the experiment', idempotent: true },
    'runs/log-batch': { method: 'POST', permission: 'EDIT on the experiment of the run', idempotent: false },
    'runs/set-tag': { method: 'POST', permission: 'EDIT on the experiment of the run', idempotent: true },
    'metrics/get-history': { method: 'GET', permission: 'READ on the experiment of the run', idempotent: true },
    'registered-models/create': { method: 'POST', permission: 'an account that may create registered models', idempotent: false },
    'registered-models/get': { method: 'GET', permission: 'READ on the registered model', idempotent: true },
    'registered-models/alias (set)': { method: 'POST', permission: 'EDIT on the registered model', idempotent: true },
    'registered-models/alias (get)': { method: 'GET', permission: 'READ on the registered model', idempotent: true },
    'model-versions/create': { method: 'POST', permission: 'EDIT on the registered model', idempotent: false },
    'model-versions/get': { method: 'GET', permission: 'READ on the registered model', idempotent: true },
    'model-versions/get-download-uri': { method: 'GET', permission: 'READ on the registered model', idempotent: true },
    'model-versions/set-tag': { method: 'POST', permission: 'EDIT on the registered model', idempotent: true },
};
/** The path below /api/2.0/mlflow/: `registered-models/alias (set)` is POST registered-models/alias. */
const pathOf = (endpoint) => endpoint.replace(/ \(\w+\)$/, '');
const RETRIED_STATUS = new Set([429, 502, 503, 504]);
const NOT_HANDLED_STATUS = new Set([429, 503]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EAI_AGAIN', 'TIMEOUT']);
function networkCode(error) {
    const cause = error?.cause;
    if (error?.name === 'TimeoutError' || cause?.name === 'TimeoutError')
        return 'TIMEOUT';
    return cause?.code ?? error?.code;
}
function retryAfterMs(header) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, 30_000) : undefined;
}
function looksLikeHtml(contentType, text) {
    return /text\/html/i.test(contentType) || /^\s*<(!doctype html|html|head|body)[\s>]/i.test(text);
}
class MlflowClient {
    trackingUri;
    settings;
    fetchImpl;
    constructor(settings) {
        this.settings = settings;
        this.trackingUri = settings.trackingUri.replace(/\/+$/, '');
        this.fetchImpl = settings.fetch ?? fetch;
    }
    /** `text` without any credential. */
    scrub(text) {
        return (0,credentials/* redact */.E)(text, this.settings.secrets);
    }
    // ---- tracking ------------------------------------------------------------------------------
    async getExperimentByName(name) {
        return this.field('experiments/get-by-name', { query: { experiment_name: name } }, 'experiment');
    }
    /** The new experiment's id. */
    async createExperiment(name, tags = []) {
        return this.field('experiments/create', { json: { name, ...(tags.length ? { tags } : {}) } }, 'experiment_id');
    }
    async createRun(request) {
        const json = { experiment_id: request.experimentId, run_name: request.runName, start_time: request.startTime, tags: request.tags?.length ? request.tags : undefined };
        return this.field('runs/create', { json }, 'run');
    }
    async updateRun(request) {
        const json = { run_id: request.runId, status: request.status, end_time: request.endTime, run_name: request.runName };
        return this.field('runs/update', { json }, 'run_info');
    }
    async getRun(runId) {
        return this.field('runs/get', { query: { run_id: runId } }, 'run');
    }
    /** One page of runs/search. */
    async searchRuns(request) {
        return this.call('runs/search', { json: request });
    }
    async logBatch(request) {
        await this.call('runs/log-batch', { json: { run_id: request.runId, metrics: request.metrics ?? [], params: request.params ?? [], tags: request.tags ?? [] } });
    }
    async setTag(runId, key, value) {
        await this.call('runs/set-tag', { json: { run_id: runId, key, value } });
    }
    /** One page of metrics/get-history (all values when maxResults is unset). */
    async getMetricHistory(request) {
        const query = { run_id: request.runId, metric_key: request.metricKey, max_results: request.maxResults?.toString(), page_token: request.pageToken };
        return this.call('metrics/get-history', { query });
    }
    // ---- registry ------------------------------------------------------------------------------
    async createRegisteredModel(name, tags = []) {
        return this.field('registered-models/create', { json: { name, ...(tags.length ? { tags } : {}) } }, 'registered_model');
    }
    async getRegisteredModel(name) {
        return this.field('registered-models/get', { query: { name } }, 'registered_model');
    }
    async setRegisteredModelAlias(name, alias, version) {
        await this.call('registered-models/alias (set)', { json: { name, alias, version } });
    }
    /** The version behind `models:/<name>@<alias>`; a missing alias is a 400 INVALID_PARAMETER_VALUE, a missing model a 404. */
    async getModelVersionByAlias(name, alias) {
        return this.field('registered-models/alias (get)', { query: { name, alias } }, 'model_version');
    }
    async createModelVersion(request) {
        const json = { name: request.name, source: request.source, run_id: request.runId, tags: request.tags?.length ? request.tags : undefined, run_link: request.runLink, description: request.description };
        return this.field('model-versions/create', { json }, 'model_version');
    }
    async getModelVersion(name, version) {
        return this.field('model-versions/get', { query: { name, version } }, 'model_version');
    }
    async getModelVersionDownloadUri(name, version) {
        return this.field('model-versions/get-download-uri', { query: { name, version } }, 'artifact_uri');
    }
    async setModelVersionTag(name, version, key, value) {
        await this.call('model-versions/set-tag', { json: { name, version, key, value } });
    }
    // ---- one request ---------------------------------------------------------------------------
    /** The answer's `key`, which the proto's response always has; an answer without it is not MLflow's. */
    async field(endpoint, input, key) {
        const body = await this.call(endpoint, input);
        const value = body[key];
        if (value === undefined || value === null) {
            throw new MlflowApiError(`MLflow ${ENDPOINTS[endpoint].method} ${pathOf(endpoint)} (${this.trackingUri}) answered without ${key}: is mlflow-tracking-uri an MLflow tracking server?`, { endpoint, kind: 'bad-answer' });
        }
        return value;
    }
    async call(endpoint, input) {
        const spec = ENDPOINTS[endpoint];
        const path = pathOf(endpoint);
        const retry = this.settings.retry ?? DEFAULT_MLFLOW_RETRY;
        const label = `${spec.method} ${path}`;
        for (let attempt = 1;; attempt++) {
            let reason;
            let wait;
            try {
                const response = await this.send(spec.method, path, input);
                const text = await response.text();
                const retryable = spec.idempotent ? RETRIED_STATUS.has(response.status) : NOT_HANDLED_STATUS.has(response.status);
                if (!retryable || attempt >= retry.attempts)
                    return this.read(endpoint, spec, label, response, text);
                reason = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
                wait = retryAfterMs(response.headers.get('retry-after'));
            }
            catch (error) {
                if (error instanceof MlflowApiError)
                    throw error;
                const code = networkCode(error);
                const retryable = code === 'ECONNREFUSED' || (spec.idempotent && code !== undefined && DROPPED.has(code));
                if (!retryable || attempt >= retry.attempts)
                    throw this.networkError(endpoint, label, error, code, attempt);
                reason = code === 'TIMEOUT' ? 'no answer' : code;
            }
            const delay = wait ?? retry.delayMs(attempt);
            this.settings.onRetry?.(this.scrub(`MLflow ${label}: ${reason}; retrying in ${(delay / 1000).toFixed(1)} s (try ${attempt + 1} of ${retry.attempts})`));
            await new Promise((done) => setTimeout(done, delay));
        }
    }
    send(method, path, input) {
        const url = new URL(`${this.trackingUri}${MLFLOW_API_PREFIX}/${path}`);
        for (const [key, value] of Object.entries(input.query ?? {}))
            if (value !== undefined)
                url.searchParams.set(key, value);
        const headers = { ...this.settings.headers, Accept: 'application/json' };
        let body;
        if (method === 'POST') {
            // MLflow refuses a POST without this content type.
            headers['Content-Type'] = 'application/json';
            body = JSON.stringify(input.json ?? {});
        }
        // manual: an auth proxy's redirect to its login page is an answer to report, not to follow.
        return this.fetchImpl(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
    }
    read(endpoint, spec, label, response, text) {
        const status = response.status;
        const statusLine = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
        const contentType = response.headers.get('content-type') ?? '';
        const where = `MLflow ${label} (${this.trackingUri})`;
        if (status === 401 || status === 403)
            return this.authError(endpoint, spec, label, where, statusLine, status, text, contentType);
        if (status >= 300 && status < 400) {
            let target = '';
            try {
                const location = new URL(response.headers.get('location') ?? '', this.trackingUri);
                // Without its query: it may carry state or a return URL.
                if (response.headers.get('location'))
                    target = ` to ${location.origin}${location.pathname}`;
            }
            catch {
                // not a URL: say nothing about it
            }
            throw new MlflowApiError(this.scrub(`${where} answered ${statusLine}, a redirect${target}, not MLflow's JSON: a login page in front of the tracking server?`), {
                endpoint, kind: 'not-json', status, hint: `Check mlflow-tracking-uri and the credentials (${MLFLOW_CREDENTIAL_VARIABLES}).`,
            });
        }
        let body;
        try {
            body = text.trim() === '' && status >= 200 && status < 300 ? {} : JSON.parse(text);
        }
        catch {
            const what = looksLikeHtml(contentType, text) ? 'an HTML page' : `something that is not JSON (${contentType || 'no content type'})`;
            throw new MlflowApiError(this.scrub(`${where} answered ${statusLine} with ${what}, not MLflow's JSON${what === 'an HTML page' ? ': a login page of a proxy in front of the tracking server?' : `: ${text.trim().slice(0, 200)}`}`), {
                endpoint, kind: 'not-json', status, hint: `Check mlflow-tracking-uri (it must be the tracking server itself) and the credentials (${MLFLOW_CREDENTIAL_VARIABLES}).`,
            });
        }
        if (status >= 200 && status < 300 && body !== null && typeof body === 'object')
            return body;
        const { error_code: errorCode, message } = (body ?? {});
        const code = typeof errorCode === 'string' ? errorCode : undefined;
        const serverMessage = typeof message === 'string' ? this.scrub(message) : undefined;
        const detail = [code, serverMessage].filter(Boolean).join(': ');
        throw new MlflowApiError(this.scrub(`${where} answered ${statusLine}${detail ? `: ${detail}` : status >= 200 && status < 300 ? ' with JSON that is not an object' : ''}`), {
            endpoint, kind: 'api', status, errorCode: code, serverMessage,
        });
    }
    authError(endpoint, spec, label, where, statusLine, status, text, contentType) {
        let code;
        let serverMessage;
        try {
            const body = JSON.parse(text);
            if (typeof body.error_code === 'string')
                code = body.error_code;
            if (typeof body.message === 'string')
                serverMessage = this.scrub(body.message);
        }
        catch {
            // MLflow's basic-auth app answers with a line of HTML; a proxy with a page.
            const line = looksLikeHtml(contentType, text) ? text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : text.trim();
            if (line && line.length <= 200)
                serverMessage = this.scrub(line);
        }
        const authorization = Object.entries(this.settings.headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '';
        const sent = /^basic /i.test(authorization) ? 'MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD' : /^bearer /i.test(authorization) ? 'MLFLOW_TRACKING_TOKEN' : undefined;
        const detail = [code, serverMessage].filter(Boolean).join(': ');
        const head = `${where} answered ${statusLine}${detail ? ` (${detail})` : ''}`;
        const message = status === 401
            ? sent ? `${head}: the tracking server did not accept the credentials: check ${sent}` : `${head}: the tracking server needs credentials: set ${MLFLOW_CREDENTIAL_VARIABLES}`
            : `${head}: the account${sent ? ` of ${sent}` : ''} lacks permission: ${label} needs ${spec.permission}`;
        throw new MlflowApiError(this.scrub(message), { endpoint, kind: status === 401 ? 'unauthenticated' : 'forbidden', status, errorCode: code, serverMessage });
    }
    networkError(endpoint, label, error, code, tries) {
        const uri = this.trackingUri;
        const after = tries > 1 ? ` after ${tries} tries` : '';
        const detail = this.scrub(error.cause?.message ?? error?.message ?? String(error));
        const message = code === 'ECONNREFUSED' ? `could not connect to the MLflow tracking server at ${uri} (connection refused${after}): check mlflow-tracking-uri`
            : code === 'ENOTFOUND' ? `the MLflow tracking server's host in ${uri} was not found: check mlflow-tracking-uri`
                : code === 'TIMEOUT' ? `MLflow ${label} (${uri}) did not answer within ${Number(((this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000).toFixed(1))} s${after}: check mlflow-tracking-uri`
                    : /certificate|CERT_|SSL|TLS/i.test(`${code ?? ''} ${detail}`) ? `the TLS connection to the MLflow tracking server at ${uri} failed (${detail}): check mlflow-tracking-uri`
                        : `MLflow ${label} (${uri}) failed${after}: ${detail}${code ? ` (${code})` : ''}`;
        return new MlflowApiError(this.scrub(message), { endpoint, kind: 'network' });
    }
}

;// CONCATENATED MODULE: ./src/mlflow/tracking.ts
/**
 * Tracking for one CI job over the MLflow client: the run opened before training and closed after
 * it, the values of a run, the base commit's run, the run behind a registry alias and metric
 * curves. Every outcome a user can cause is data or an MlflowApiError that names it.
 */


/** The tag MLflow's own clients record the commit in; CI runs and the base run are found by it. */
const COMMIT_TAG = 'mlflow.source.git.commit';
/** The run's page in MLflow's UI. */
function runUrl(trackingUri, experimentId, runId) {
    return `${trackingUri}/#/experiments/${encodeURIComponent(experimentId)}/runs/${encodeURIComponent(runId)}`;
}
/** Tags as MLflow takes them, with any credential scrubbed out (a CI URL may carry a token). */
const tagList = (client, tags) => Object.entries(tags).map(([key, value]) => ({ key, value: client.scrub(value) }));
/**
 * A string constant of MLflow's search syntax. MLflow strips the quotes and reads no escapes
 * inside them (mlflow/utils/search_utils.py), so the value is quoted with a quote it does not
 * contain; a value with both kinds cannot be searched for.
 */
function searchString(value) {
    if (!value.includes("'"))
        return `'${value}'`;
    if (!value.includes('"'))
        return `"${value}"`;
    throw new errors/* MlopsError */.IC(`cannot search MLflow for ${JSON.stringify(value)}: a value with both ' and " cannot be written in MLflow's filter syntax.`);
}
/** A key of MLflow's search syntax (`tags.<key>`), in backticks for the dots. */
function searchKey(key) {
    if (key.includes('`'))
        throw new errors/* MlopsError */.IC(`cannot search MLflow for the key ${JSON.stringify(key)}: it contains a backtick.`);
    return `\`${key}\``;
}
async function experimentId(client, name) {
    const existing = async () => {
        const experiment = await client.getExperimentByName(name);
        if (experiment.lifecycle_stage === 'deleted') {
            throw new errors/* MlopsError */.IC(`the MLflow experiment ${name} (id ${experiment.experiment_id}) is deleted.`, {
                hint: `Restore it in the MLflow UI (or mlflow experiments restore --experiment-id ${experiment.experiment_id}), or set mlflow-experiment to another name.`,
            });
        }
        return experiment.experiment_id;
    };
    try {
        return await existing();
    }
    catch (error) {
        if (!isMlflowError(error, 'RESOURCE_DOES_NOT_EXIST'))
            throw error;
    }
    try {
        return await client.createExperiment(name);
    }
    catch (error) {
        // Another job created it between our get and our create.
        if (isMlflowError(error, 'RESOURCE_ALREADY_EXISTS'))
            return existing();
        throw error;
    }
}
/** Opens the CI run in the experiment (created when missing), named and tagged. */
async function startCiRun(client, input) {
    const id = await experimentId(client, input.experiment);
    const startTime = (input.now ?? Date.now)();
    const run = await client.createRun({ experimentId: id, runName: input.name, startTime, tags: tagList(client, input.tags) });
    const runId = run.info.run_id ?? run.info.run_uuid;
    return { experimentId: id, runId, url: runUrl(client.trackingUri, id, runId), startTime: run.info.start_time ?? startTime, experimentName: input.experiment };
}
/** A double as MLflow writes it: a number, or "NaN" / "Infinity" / "-Infinity" as protobuf's JSON does. */
const tracking_double = (value) => (typeof value === 'number' ? value : Number(value));
const hasMetrics = (run) => (run.data?.metrics?.length ?? 0) > 0;
/** The newest run in the experiment tagged with one of the commits, started at or after `since`, other than `except`. */
async function newestTaggedRun(client, input) {
    let newest;
    for (const commit of new Set(input.commits)) {
        const found = await client.searchRuns({
            experiment_ids: [input.experimentId],
            filter: `tags.${searchKey(COMMIT_TAG)} = ${searchString(commit)} AND attributes.start_time >= ${input.since}`,
            order_by: ['attributes.start_time DESC'],
            max_results: 10,
        });
        const candidate = (found.runs ?? []).find((run) => run.info.run_id !== input.except);
        if (candidate && (newest === undefined || (candidate.info.start_time ?? 0) > (newest.info.start_time ?? 0)))
            newest = candidate;
    }
    return newest;
}
/**
 * Closes the CI run (FINISHED, or FAILED when training failed) unless the training closed it. When
 * it got no metrics but the training script made its own run, tagged with one of `commits` and
 * started during this job, that run is the one to use, and `note` says so.
 */
async function finishCiRun(client, run, input) {
    const ours = await client.getRun(run.runId);
    if (ours.info.status === 'RUNNING') {
        await client.updateRun({ runId: run.runId, status: input.failed ? 'FAILED' : 'FINISHED', endTime: (input.now ?? Date.now)() });
    }
    const mine = { runId: run.runId, url: run.url };
    if (hasMetrics(ours) || input.commits.length === 0)
        return mine;
    const other = await newestTaggedRun(client, { experimentId: run.experimentId, commits: input.commits, since: run.startTime, except: run.runId });
    if (!other)
        return mine;
    const otherId = other.info.run_id;
    const url = runUrl(client.trackingUri, other.info.experiment_id ?? run.experimentId, otherId);
    return {
        runId: otherId,
        url,
        note: `MLflow: the CI run ${run.runId} got no metrics; the training made its own run ${otherId}${other.info.run_name ? ` (${other.info.run_name})` : ''}, tagged ${COMMIT_TAG} = ${other.data?.tags?.find((tag) => tag.key === COMMIT_TAG)?.value ?? input.commits[0]}, which is used instead: ${url}`,
    };
}
/** The run's metrics (the latest value per key, as runs/get gives them) and params. */
async function runValues(client, runId) {
    const run = await client.getRun(runId);
    const latest = new Map();
    for (const metric of run.data?.metrics ?? []) {
        const seen = latest.get(metric.key);
        const point = { value: tracking_double(metric.value), timestamp: metric.timestamp ?? 0, step: metric.step ?? 0 };
        // runs/get gives one value per key; should a server give more, the latest wins (then the largest, as MLflow picks).
        if (!seen || point.timestamp > seen.timestamp || (point.timestamp === seen.timestamp && (point.step > seen.step || (point.step === seen.step && point.value > seen.value))))
            latest.set(metric.key, point);
    }
    return {
        metrics: Object.fromEntries([...latest].map(([key, point]) => [key, point.value])),
        params: Object.fromEntries((run.data?.params ?? []).map((param) => [param.key, param.value])),
    };
}
/** The newest FINISHED run in the experiment tagged with the commit, or undefined. */
async function findBaseRun(client, input) {
    const found = await client.searchRuns({
        experiment_ids: [input.experimentId],
        filter: `tags.${searchKey(COMMIT_TAG)} = ${searchString(input.commit)} AND attributes.status = 'FINISHED'`,
        order_by: ['attributes.start_time DESC'],
        max_results: 1,
    });
    const run = found.runs?.[0];
    return run ? { runId: run.info.run_id, url: runUrl(client.trackingUri, run.info.experiment_id ?? input.experimentId, run.info.run_id) } : undefined;
}
/**
 * The run behind `models:/<model>@<alias>`. MLflow answers a missing alias with 400
 * INVALID_PARAMETER_VALUE ("Registered model alias … not found."), a missing model with 404.
 */
async function aliasRun(client, input) {
    let version;
    try {
        version = await client.getModelVersionByAlias(input.model, input.alias);
    }
    catch (error) {
        if (isMlflowError(error, 'INVALID_PARAMETER_VALUE') && /alias\b.*\bnot found/i.test(error.serverMessage ?? ''))
            return { kind: 'no-alias' };
        if (isMlflowError(error, 'RESOURCE_DOES_NOT_EXIST'))
            return /alias/i.test(error.serverMessage ?? '') ? { kind: 'no-alias' } : { kind: 'no-model' };
        throw error;
    }
    if (!version.run_id) {
        throw new errors/* MlopsError */.IC(`models:/${input.model}@${input.alias} is version ${version.version}, which was registered without a run (source ${version.source ?? 'unknown'}): there is no run to compare with.`);
    }
    return { kind: 'found', version: version.version, runId: version.run_id };
}
/** Values asked for per page of metrics/get-history. */
const HISTORY_PAGE_SIZE = 1000;
/** Every logged value of each metric, following next_page_token, in step order. */
async function metricHistories(client, runId, keys) {
    const histories = new Map();
    for (const key of keys) {
        const points = [];
        const tokens = new Set();
        let pageToken;
        do {
            const page = await client.getMetricHistory({ runId, metricKey: key, maxResults: HISTORY_PAGE_SIZE, pageToken });
            for (const metric of page.metrics ?? [])
                points.push({ step: metric.step ?? 0, value: tracking_double(metric.value), timestamp: metric.timestamp ?? 0 });
            pageToken = page.next_page_token || undefined;
            if (pageToken !== undefined) {
                // A server that hands the same token back would page for ever.
                if (tokens.has(pageToken))
                    throw new errors/* MlopsError */.IC(`MLflow metrics/get-history of ${key} in run ${runId} handed back a page token it gave before: the server's paging is broken.`);
                tokens.add(pageToken);
            }
        } while (pageToken !== undefined);
        histories.set(key, points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp));
    }
    return histories;
}

;// CONCATENATED MODULE: ./src/mlflow/registry.ts
/**
 * The model registry part: register the run's model as a new version, wait until it is READY and
 * move the alias; the version's storage URI for KServe; a rolled-back version's tag.
 */



/** The tag a rolled-back version gets (the alias stays where it was). */
const ROLLED_BACK_TAG = 'mlops.rolled_back';
const DEFAULT_REGISTRATION_TIMEOUT_MS = 300_000;
const DEFAULT_REGISTRATION_POLL_MS = 1000;
const defaultSleep = (ms) => new Promise((done) => setTimeout(done, ms));
async function ensureRegisteredModel(client, model) {
    try {
        await client.getRegisteredModel(model);
        return;
    }
    catch (error) {
        if (!isMlflowError(error, 'RESOURCE_DOES_NOT_EXIST'))
            throw error;
    }
    try {
        await client.createRegisteredModel(model);
    }
    catch (error) {
        // Another job created it between our get and our create.
        if (!isMlflowError(error, 'RESOURCE_ALREADY_EXISTS'))
            throw error;
    }
}
/**
 * Registers `<run's artifact_uri>/<modelPath>` of the run as a new version of the model (the model
 * created when missing), waits until it is READY and moves the alias to it. The source is the
 * run's artifact location, not `runs:/…`: open-source MLflow stores a `runs:/` source as is, and
 * KServe cannot fetch that.
 */
async function registerModel(client, input) {
    const run = await client.getRun(input.runId);
    const artifactUri = run.info.artifact_uri;
    if (!artifactUri)
        throw new errors/* MlopsError */.IC(`the MLflow run ${input.runId} has no artifact_uri: there is no model to register.`);
    const source = `${artifactUri.replace(/\/+$/, '')}/${input.modelPath.replace(/^\/+/, '')}`;
    await ensureRegisteredModel(client, input.model);
    const created = await client.createModelVersion({ name: input.model, source, runId: input.runId, tags: tagList(client, input.tags) });
    const version = created.version;
    const timeoutMs = input.waitTimeoutMs ?? DEFAULT_REGISTRATION_TIMEOUT_MS;
    const pollMs = input.pollMs ?? DEFAULT_REGISTRATION_POLL_MS;
    const sleep = input.sleep ?? defaultSleep;
    let status = created.status;
    let statusMessage = created.status_message;
    // Counted in polls, not read off a clock: the injected sleep decides how long a poll takes.
    for (let waited = 0; status === 'PENDING_REGISTRATION'; waited += pollMs) {
        if (waited >= timeoutMs) {
            throw new errors/* MlopsError */.IC(`${input.model} version ${version} is still PENDING_REGISTRATION after ${Math.round(timeoutMs / 1000)} s${input.alias ? `; the alias ${input.alias} was not moved` : ''}.`, {
                hint: 'The registry copies the model in the background: look at the version in the MLflow UI, then ship again.',
            });
        }
        await sleep(pollMs);
        const current = await client.getModelVersion(input.model, version);
        status = current.status;
        statusMessage = current.status_message;
    }
    if (status === 'FAILED_REGISTRATION') {
        throw new errors/* MlopsError */.IC(`${input.model} version ${version} failed to register${statusMessage ? `: ${client.scrub(statusMessage)}` : ''}${input.alias ? `; the alias ${input.alias} was not moved` : ''}.`, {
            hint: `Check that the run ${input.runId} logged its model at ${input.modelPath} (mlflow-model-path).`,
        });
    }
    if (input.alias)
        await client.setRegisteredModelAlias(input.model, input.alias, version);
    return { version, source };
}
/**
 * URI schemes KServe's storage initializer fetches (kserve's storage.py and the default
 * ClusterStorageContainer), and pvc:// and oci:// that the controller mounts itself.
 */
const KSERVE_FETCHABLE = ['s3://', 'gs://', 'hdfs://', 'webhdfs://', 'hf://', 'https://', 'http://', 'pvc://', 'oci://'];
/** The version's artifact location (get-download-uri) for KServe's storageUri, when KServe can fetch it. */
async function servingUri(client, input) {
    const uri = await client.getModelVersionDownloadUri(input.model, input.version);
    if (!KSERVE_FETCHABLE.some((scheme) => uri.toLowerCase().startsWith(scheme))) {
        const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(uri)?.[0] ?? 'a local path';
        throw new errors/* MlopsError */.IC(`${input.model} version ${input.version} is stored at ${uri}, which KServe cannot fetch (${scheme === 'a local path' ? 'a path on the tracking server' : `KServe does not read ${scheme}`}; it reads ${KSERVE_FETCHABLE.join(', ')}).`, {
            hint: 'Give the tracking server an artifact store KServe can read, so that runs log their artifacts there directly (mlflow server --no-serve-artifacts --default-artifact-root s3://bucket/mlflow), or set kserve-storage-uri.',
        });
    }
    return uri;
}
/** Tags the version rolled back (`mlops.rolled_back=true`); the alias is left where it was. */
async function tagRolledBack(client, input) {
    await client.setModelVersionTag(input.model, input.version, ROLLED_BACK_TAG, 'true');
}

;// CONCATENATED MODULE: ./src/mlflow-run.ts
/**
 * The MLflow part of a run, over src/mlflow/: a tracked run opened before training (its ids handed
 * to the training), closed after it; its metrics and params beside the files' under
 * `mlflow:<experiment>`, the base being the base commit's run (on schedule: the run behind the
 * production alias); and, when the model ships, a registered version with the alias moved.
 * MLflow never fails a run by itself: what cannot be reached is a warning, and a gate that needs a
 * metric it would have given fails naming that metric.
 */






const shortSha = (sha) => (sha ?? 'workspace').slice(0, 7);
/** `pr-12-abc1234`, `push-abc1234`: the event as `--event` spells it, and the commit tagged. */
function mlflowRunName(facts) {
    const commit = shortSha(facts.prHeadSha ?? facts.sha);
    return facts.event === 'pr' && facts.prNumber !== undefined ? `pr-${facts.prNumber}-${commit}` : `${facts.event}-${commit}`;
}
/** The client, with MLflow's own credential variables from the front end's environment. */
function mlflowSession(options, facts, env, logger) {
    const auth = mlflowAuth(env);
    if (auth.warning)
        logger.warning(auth.warning);
    return { client: new MlflowClient({ trackingUri: options.trackingUri, headers: auth.headers, secrets: auth.secrets }), options, commit: facts.prHeadSha ?? facts.sha };
}
/** Opens the CI run before training; a failure is a warning (the run goes on without MLflow). */
async function openMlflowRun(session, facts, baseCommit, logger) {
    const tags = { 'mlops.event': facts.event };
    if (session.commit)
        tags['mlflow.source.git.commit'] = session.commit;
    if (baseCommit)
        tags['mlops.git.base_sha'] = baseCommit;
    if (facts.runUrl)
        tags['mlops.ci.run_url'] = facts.runUrl;
    if (facts.prNumber !== undefined)
        tags['mlops.ci.pr'] = String(facts.prNumber);
    try {
        session.run = await startCiRun(session.client, { experiment: session.options.experiment, name: mlflowRunName(facts), tags });
        logger.info(`MLflow run ${mlflowRunName(facts)} in experiment ${session.options.experiment}: ${session.run.url}`);
    }
    catch (error) {
        logger.warning(`No MLflow run: ${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}. The run goes on without MLflow.`);
    }
}
/** What the training command gets, so that `mlflow.start_run()` resumes the CI run. */
function mlflowTrainingEnv(session) {
    if (!session?.run)
        return {};
    return { MLFLOW_TRACKING_URI: session.options.trackingUri, MLFLOW_EXPERIMENT_ID: session.run.experimentId, MLFLOW_RUN_ID: session.run.runId };
}
/** Closes the CI run after training (FINISHED, or FAILED when training failed). */
async function closeMlflowRun(session, { failed, checkedOut }, logger) {
    if (!session.run)
        return;
    try {
        const commits = [...new Set([session.commit, checkedOut].filter((commit) => !!commit))];
        const closed = await finishCiRun(session.client, session.run, { failed, commits });
        if (closed.note)
            logger.info(closed.note);
        session.used = { runId: closed.runId, url: closed.url };
    }
    catch (error) {
        logger.warning(`The MLflow run ${session.run.runId} could not be closed: ${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}.`);
        session.used = { runId: session.run.runId, url: session.run.url };
    }
}
/** MLflow hands params back as text: numbers among them compare as numbers. */
function paramValue(text) {
    return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : text;
}
async function valuesOf(session, runId) {
    const values = await runValues(session.client, runId);
    return { metrics: values.metrics, params: Object.fromEntries(Object.entries(values.params).map(([key, text]) => [key, paramValue(text)])) };
}
/** The run to compare with: the base commit's newest finished run, or on schedule the production alias's. */
async function baseRunOf(session, { event, baseCommit }, warnings) {
    const { options, client } = session;
    if (event === 'schedule' && options.model) {
        const aliased = await aliasRun(client, { model: options.model, alias: options.alias });
        if (aliased.kind === 'found')
            return { runId: aliased.runId, url: `${options.trackingUri}/#/models/${encodeURIComponent(options.model)}/versions/${aliased.version}` };
        warnings.push(`MLflow: no production model to compare with (${aliased.kind === 'no-model' ? `no registered model ${options.model}` : `models:/${options.model}@${options.alias} is not set`}); its values show as new.`);
        return undefined;
    }
    // the base is this very commit (a push compared with HEAD, a first run): nothing before it to compare with
    if (!baseCommit || !session.run || baseCommit === session.commit)
        return undefined;
    const found = await findBaseRun(client, { experimentId: session.run.experimentId, commit: baseCommit });
    if (!found)
        warnings.push(`MLflow: no FINISHED run in experiment ${options.experiment} is tagged mlflow.source.git.commit = ${baseCommit}; its values show as new.`);
    return found;
}
const points = (history) => history.map((point) => [point.step, point.value]);
/** The head run's values against the base run's, as the files' diffs are: path `mlflow:<experiment>`. */
async function mlflowValues(session, base, warnings) {
    const head = session.used;
    if (!head)
        return undefined;
    const path = `mlflow:${session.options.experiment}`;
    try {
        const headValues = await valuesOf(session, head.runId);
        const baseRun = await baseRunOf(session, base, warnings);
        const baseValues = baseRun ? await valuesOf(session, baseRun.runId) : { metrics: {}, params: {} };
        const side = (values) => (Object.keys(values).length > 0 ? new Map([[path, values]]) : new Map());
        const curves = new Map();
        const histories = await metricHistories(session.client, head.runId, Object.keys(headValues.metrics));
        const stepped = [...histories].filter(([, history]) => new Set(history.map((point) => point.step)).size > 1);
        const baseHistories = baseRun && stepped.length > 0 ? await metricHistories(session.client, baseRun.runId, stepped.map(([key]) => key)) : new Map();
        for (const [key, history] of stepped) {
            const baseHistory = baseHistories.get(key);
            curves.set(key, { head: points(history), ...(baseHistory && baseHistory.length > 1 ? { base: points(baseHistory) } : {}) });
        }
        return {
            path,
            metrics: (0,dvc_diff/* dvcDiff */.p$)(side(baseValues.metrics), side(headValues.metrics), true),
            params: (0,dvc_diff/* dvcDiff */.p$)(side(baseValues.params), side(headValues.params), true),
            baseRun,
            curves,
        };
    }
    catch (error) {
        warnings.push(`MLflow values could not be read: ${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}.`);
        return undefined;
    }
}
/** Registers the model that ships from the run and moves the alias; the version, or a warning. */
async function shipToMlflow(session, facts, logger) {
    const { options } = session;
    if (!options.model || !session.used)
        return undefined;
    const tags = {};
    if (session.commit)
        tags['mlflow.source.git.commit'] = session.commit;
    if (facts.runUrl)
        tags['mlops.ci.run_url'] = facts.runUrl;
    try {
        const registered = await registerModel(session.client, { model: options.model, runId: session.used.runId, modelPath: options.modelPath, tags, alias: options.alias });
        logger.info(`MLflow: ${options.model} version ${registered.version} (${registered.source}) is now @${options.alias}.`);
        return registered.version;
    }
    catch (error) {
        logger.warning(`MLflow: the model shipped but was not registered: ${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}.`);
        return undefined;
    }
}
/** The stepped metrics as line plots (step on x), base against head, for the report's Plots section. */
function mlflowCurvePlots(values, revisions) {
    return [...values.curves].map(([key, curve]) => {
        const rows = [
            ...(curve.base ?? []).map(([step, value]) => ({ rev: revisions.base, step, [key]: value })),
            ...curve.head.map(([step, value]) => ({ rev: revisions.head, step, [key]: value })),
        ];
        return {
            kind: 'vega', id: `${values.path}/${key}`, revisions: curve.base ? [revisions.base, revisions.head] : [revisions.head], template: 'linear',
            title: `${key} by step (MLflow)`, x: 'step', y: key, xLabel: 'step', yLabel: key, rows, content: {},
        };
    });
}
/** Registers the run's model without moving the alias, for KServe to serve from the registry; throws what KServe cannot fetch. */
async function stageForServing(session, facts, logger) {
    const { options } = session;
    const tags = {};
    if (session.commit)
        tags['mlflow.source.git.commit'] = session.commit;
    if (facts.runUrl)
        tags['mlops.ci.run_url'] = facts.runUrl;
    const registered = await registerModel(session.client, { model: options.model, runId: session.used.runId, modelPath: options.modelPath, tags });
    const storageUri = await servingUri(session.client, { model: options.model, version: registered.version });
    logger.info(`MLflow: serving ${options.model} version ${registered.version} from ${storageUri}; @${options.alias} moves once it is promoted.`);
    return { version: registered.version, storageUri };
}
/** After the rollout: a promoted version gets the alias; a rolled-back one is tagged; either way otherwise the alias stays. */
async function settleStaged(session, staged, rollout, logger) {
    const { options, client } = session;
    if (rollout === 'not-shipped')
        return undefined;
    const promoted = rollout === 'promoted';
    try {
        if (promoted) {
            await client.setRegisteredModelAlias(options.model, options.alias, staged.version);
            logger.info(`MLflow: ${options.model} version ${staged.version} is now @${options.alias}.`);
            return staged.version;
        }
        await tagRolledBack(client, { model: options.model, version: staged.version });
        logger.info(`MLflow: ${options.model} version ${staged.version} was rolled back (tagged mlops.rolled_back=true); @${options.alias} stays where it was.`);
    }
    catch (error) {
        logger.warning(`MLflow: ${options.model} version ${staged.version} could not be ${promoted ? `made @${options.alias}` : 'tagged rolled back'}: ${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}.`);
    }
    return undefined;
}
/**
 * Without training (`mlops report`, a report-only step) no run is created: the head's newest
 * finished run in the experiment, tagged with the commit, is the one reported on.
 */
async function adoptHeadRun(session, logger) {
    if (!session.commit)
        return;
    try {
        const experiment = await session.client.getExperimentByName(session.options.experiment);
        const found = await findBaseRun(session.client, { experimentId: experiment.experiment_id, commit: session.commit });
        if (!found) {
            logger.info(`MLflow: no finished run of ${session.commit.slice(0, 7)} in experiment ${session.options.experiment}; nothing of MLflow is compared.`);
            return;
        }
        session.run = { experimentId: experiment.experiment_id, runId: found.runId, url: found.url, startTime: 0, experimentName: session.options.experiment };
        session.used = found;
    }
    catch (error) {
        logger.warning(`MLflow could not be read: ${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}.`);
    }
}

// EXTERNAL MODULE: ./src/metrics/gates.ts
var metrics_gates = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var report_markdown = __webpack_require__(10141);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/metrics/history.ts
var metrics_history = __webpack_require__(75561);
// EXTERNAL MODULE: ./src/plots/collect.ts + 5 modules
var collect = __webpack_require__(42176);
;// CONCATENATED MODULE: ./src/visuals.ts
/**
 * The report's pictures, gathered after training: the project's DVC plots for the base against
 * the workspace (the base named explicitly, so DVC's HEAD-vs-dirty rule never decides what is
 * compared), links for its image plots, and the headline metric's trend on the base branch.
 * Nothing here fails a run: a plot or a history that cannot be read is a warning or a line.
 */







/** Fetch enough first-parent history of a shallow checkout's base to draw the trend. */
async function deepenForTrend(input, ref) {
    const cwd = input.options.workingDirectory;
    if (!(await (0,git/* isShallow */.fE)(cwd)))
        return;
    const depth = metrics_history/* DEFAULT_LAST */.zq * 3;
    const fetched = await (0,git/* git */.$Y)(cwd, ['fetch', '--no-tags', '--quiet', `--depth=${depth}`, input.options.baselineRemote, ref], input.env);
    if (fetched.ok)
        input.logger.info(`Fetched ${depth} commits of ${ref.slice(0, 12)}'s history for the trend (the checkout is shallow).`);
}
async function trendOf(input) {
    const row = input.headline;
    if (!row || typeof row.new !== 'number' || !Number.isFinite(row.new) || !input.baseCommit)
        return undefined;
    // On schedule the history is production's: the baseline ref's own commits.
    const ref = input.options.event === 'schedule' && input.options.baseRef === input.options.baselineRef ? input.options.baselineRef : input.baseCommit;
    await deepenForTrend(input, ref);
    try {
        // the base's value is the diff's old one: that commit's file (a large one, maybe) is not read twice
        const known = ref === input.baseCommit && (typeof row.old === 'number' || typeof row.old === 'bigint') ? { commit: ref, value: row.old } : undefined;
        // the row of a CSV/TSV log the diff read (`csv-row`), at every commit of the trend too
        const history = await (0,metrics_history/* metricHistory */.NJ)({
            cwd: input.options.workingDirectory, ref, path: row.path, key: row.key, row: input.options.csvRow, env: input.env, known, onWarning: (message) => input.logger.warning(message),
        });
        return history.length > 0 ? { history, head: { value: row.new, label: input.headLabel }, key: row.key } : undefined;
    }
    catch (error) {
        input.logger.warning(`No trend of ${row.key}: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
}
/**
 * The base's and the workspace's plots: read-only, so a run starts this once training is over,
 * beside the metrics diff, and hands the promise to gatherVisuals.
 */
async function readPlots(options, baseName, env, memo) {
    // never rejects: the run may not get to the visuals (metrics unreadable), and nobody would hear it
    try {
        // a run has fetched what it could before training: then the base is there or is not
        const there = memo
            ? await memo.revision(options.workingDirectory, baseName).then(() => true, () => false)
            : (await (0,git/* ensureRevision */.Oh)(options.workingDirectory, baseName, options.baselineRemote, env)).kind !== 'not-fetched';
        if (!there)
            return undefined;
        return { plots: await (0,collect/* collectPlots */.pv)({ cwd: options.workingDirectory, revisions: [baseName, 'workspace'], outDir: await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-plots-')), memo }) };
    }
    catch (error) {
        return { failed: (0,errors/* describeError */.Uc)(error) };
    }
}
async function plotsOf(input) {
    const { options, logger } = input;
    // The plots carry the revision as the report names it (`HEAD~1`, a short sha), for their legends.
    const base = input.baseName;
    const read = await (input.plotsRead ?? readPlots(options, base, input.env));
    if (read === undefined)
        return {};
    if ('failed' in read) {
        logger.warning(`Plots could not be read: ${read.failed}`);
        return {};
    }
    const plots = read.plots;
    if (plots.plots.length === 0 && plots.errors.length === 0)
        return {};
    logger.info(`${plots.plots.length} plot${plots.plots.length === 1 ? '' : 's'}${plots.errors.length ? `, ${plots.errors.length} unreadable (named in the report)` : ''}.`);
    const images = plots.plots.filter((plot) => plot.kind === 'image');
    if (images.length === 0 || !input.publishImages)
        return { plots, plotRevisions: { base, head: 'workspace' } };
    const published = await input.publishImages(images.map((image) => ({ localPath: image.file, repoPath: image.repoPath, commit: image.revision === 'workspace' ? undefined : image.revision })));
    for (const warning of published.warnings)
        logger.warning(warning);
    return { plots, plotRevisions: { base, head: 'workspace' }, imageLinks: published.links, unpublishedImages: published.unpublished };
}
async function gatherVisuals(input) {
    if (input.options.charts === 'none')
        return {};
    return { ...(await plotsOf(input)), trend: await trendOf(input) };
}

// EXTERNAL MODULE: ./src/kfp/train.ts + 3 modules
var train = __webpack_require__(8177);
// EXTERNAL MODULE: ./src/kfp/report.ts
var kfp_report = __webpack_require__(81245);
// EXTERNAL MODULE: ./src/metrics/headline.ts
var metrics_headline = __webpack_require__(33297);
// EXTERNAL MODULE: ./src/image/paths.ts
var paths = __webpack_require__(80469);
// EXTERNAL MODULE: ./src/baseline.ts
var src_baseline = __webpack_require__(89860);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gto.ts
/**
 * GTO's git tags for what shipped, so DVC Studio's model registry (and `gto show`) sees the model
 * in production: for each artifact `dvc.yaml` declares, what `gto assign <name> --stage prod
 * <commit>` (with `--force` when an older version is in prod again) writes, in GTO's own format
 * (iterative/gto gto/tag.py, gto/registry.py):
 *
 * - `<name>@v<semver>`: an annotated tag registering a new version at the commit, unless the commit
 *   has a version already; the next version is the latest registered one with its patch bumped
 *   (GTO's default), `v0.0.1` for the first. Message: `Registering artifact <name> version <v>`.
 * - `<name>#prod#<n>`: an annotated tag assigning the stage, `n` one more than the highest counter
 *   of any of the artifact's tags. Message: `Assigning stage prod to artifact <name> version <v>`.
 *
 * The tag names are computed by pure functions from the tags that exist (local and the remote's);
 * a small git-driving function creates them and pushes them to the baseline remote, atomically.
 */





/** GTO's stage for what serves production traffic. */
const PROD_STAGE = 'prod';
// gto/constants.py, as regular expressions; `=` stands for `:` (a dvc.yaml in a folder) in tag names.
const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const SEMVER = '(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
const FULLNAME_IN_TAG = `(?:[a-zA-Z0-9\\-_./]+=)?${NAME}`;
const TAG_RE = new RegExp(`^(?<artifact>${FULLNAME_IN_TAG})(?:(?:#(?<stage>${NAME})|@(?<version>v${SEMVER}))(?<cancel>!?)|@(?<deprecated>deprecated|created))(?:#(?<counter>[0-9]+))?$`);
const FULLNAME_RE = new RegExp(`^(?:[a-zA-Z0-9\\-_./]+:)?${NAME}$`);
/** A tag name in GTO's grammar (gto/tag.py parse_name), or undefined for any other tag. */
function parseGtoTag(name) {
    const match = TAG_RE.exec(name);
    if (!match?.groups)
        return undefined;
    const { artifact, stage, version, cancel, deprecated, counter } = match.groups;
    const parsed = {
        artifact: artifact.replaceAll('=', ':'),
        action: version ? (cancel ? 'deregister' : 'register') : stage ? (cancel ? 'unassign' : 'assign') : 'deprecate',
    };
    if (deprecated === 'created')
        return undefined;
    if (version)
        parsed.version = version;
    if (stage)
        parsed.stage = stage;
    if (counter)
        parsed.counter = Number(counter);
    return parsed;
}
/** Whether GTO accepts an artifact name (`name`, or `folder:name` for a dvc.yaml in a folder). */
function isGtoName(name) {
    return FULLNAME_RE.test(name);
}
function semver(version) {
    const match = new RegExp(`^v${SEMVER}$`).exec(version);
    if (!match)
        return undefined;
    return { core: [Number(match[1]), Number(match[2]), Number(match[3])], pre: match[4] ? match[4].split('.') : [] };
}
/** SemVer 2.0.0 precedence (what python-semver, and so GTO, orders versions by). */
function compareVersions(a, b) {
    const x = semver(a);
    const y = semver(b);
    if (!x || !y)
        throw new Error(`not a GTO version: ${x ? b : a}`);
    for (let i = 0; i < 3; i++)
        if (x.core[i] !== y.core[i])
            return x.core[i] - y.core[i];
    if (x.pre.length === 0 || y.pre.length === 0)
        return y.pre.length - x.pre.length;
    for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
        const [p, q] = [x.pre[i], y.pre[i]];
        if (p === q)
            continue;
        const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
        if (pn && qn)
            return Number(p) - Number(q);
        if (pn !== qn)
            return pn ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return x.pre.length - y.pre.length;
}
/** python-semver's bump_patch, as GTO calls it: the patch goes up, a pre-release and build drop. */
function bumpPatch(version) {
    const parsed = semver(version);
    if (!parsed)
        throw new Error(`not a GTO version: ${version}`);
    const [major, minor, patch] = parsed.core;
    return `v${major}.${minor}.${patch + 1}`;
}
/**
 * The tags `gto assign <artifact> --stage <stage> <commit>` writes, given the tags that exist.
 * An older version sent to prod again gets a new assignment (GTO's `--force`), as a rollback is.
 */
function planShipTags(input) {
    const { artifact, commit } = input;
    const stage = input.stage ?? PROD_STAGE;
    const inTag = artifact.replaceAll(':', '=');
    const mine = input.tags.map((tag) => ({ tag, parsed: parseGtoTag(tag.name) })).filter((item) => item.parsed?.artifact === artifact);
    const events = mine.filter((item) => item.tag.annotated);
    const deregistered = new Set(events.filter((item) => item.parsed.action === 'deregister').map((item) => item.parsed.version));
    const registered = events.filter((item) => item.parsed.action === 'register');
    const tags = [];
    let version = registered.find((item) => item.tag.commit === commit)?.parsed.version;
    if (!version) {
        const active = registered.map((item) => item.parsed.version).filter((v) => !deregistered.has(v)).sort(compareVersions);
        version = active.length ? bumpPatch(active[active.length - 1]) : 'v0.0.1';
        tags.push({ name: `${inTag}@${version}`, message: `Registering artifact ${artifact} version ${version}` });
    }
    const assignments = events.filter((item) => item.parsed.stage === stage && (item.parsed.action === 'assign' || item.parsed.action === 'unassign'));
    const newest = assignments.sort((a, b) => (a.parsed.counter ?? 0) - (b.parsed.counter ?? 0)).at(-1);
    if (tags.length === 0 && newest?.parsed.action === 'assign' && newest.tag.commit === commit)
        return { kind: 'in-prod', artifact, version };
    const counter = Math.max(0, ...mine.map((item) => item.parsed.counter ?? 0));
    tags.push({ name: `${inTag}#${stage}#${counter + 1}`, message: `Assigning stage ${stage} to artifact ${artifact} version ${version}` });
    return { kind: 'tags', artifact, version, tags };
}
/** `git ls-remote --tags` lines as tags: `^{}` lines give an annotated tag's commit. */
function parseLsRemoteTags(text) {
    const objects = new Map();
    const peeled = new Map();
    for (const line of text.split('\n')) {
        const [sha, ref] = line.trim().split(/\s+/);
        if (!sha || !ref?.startsWith('refs/tags/'))
            continue;
        const name = ref.slice('refs/tags/'.length);
        if (name.endsWith('^{}'))
            peeled.set(name.slice(0, -3), sha);
        else
            objects.set(name, sha);
    }
    return [...objects].map(([name, sha]) => ({ name, commit: peeled.get(name) ?? sha, annotated: peeled.has(name) }));
}
/** The artifact names dvc.yaml declares (`artifacts:` keys), `folder:` prefixed when it is not at the repository's root. */
function dvcArtifactNames(dvcYaml, prefix) {
    const data = (0,dist.parse)(dvcYaml);
    const artifacts = data && typeof data === 'object' && 'artifacts' in data ? data.artifacts : undefined;
    if (!artifacts || typeof artifacts !== 'object' || Array.isArray(artifacts))
        return [];
    const folder = prefix.replace(/\/+$/, '');
    return Object.keys(artifacts).map((name) => (folder ? `${folder}:${name}` : name));
}
/** git's last line of complaint; for a push, what the remote said (its hook's words) when it said anything. */
function gitsWords(stderr) {
    const lines = stderr.trim().split('\n');
    const remote = lines.filter((line) => line.startsWith('remote: ')).map((line) => line.slice('remote: '.length).trim()).filter(Boolean);
    return remote.length ? remote.join(' ') : lines.pop() || 'git failed';
}
async function existingTags(cwd, remote, env) {
    const local = await (0,git/* git */.$Y)(cwd, ['for-each-ref', 'refs/tags', '--format=%(refname:strip=2)%09%(objecttype)%09%(*objectname)%09%(objectname)'], env);
    const byName = new Map();
    if (local.ok) {
        for (const line of local.stdout.split('\n').filter(Boolean)) {
            const [name, type, peeled, object] = line.split('\t');
            byName.set(name, { name: name, commit: type === 'tag' ? peeled : object, annotated: type === 'tag' });
        }
    }
    if (!remote)
        return { tags: [...byName.values()] };
    const listed = await (0,git/* git */.$Y)(cwd, ['ls-remote', '--tags', remote], env);
    if (!listed.ok)
        return { tags: [...byName.values()], remoteError: gitsWords(listed.stderr) };
    for (const tag of parseLsRemoteTags(listed.stdout))
        byName.set(tag.name, tag);
    return { tags: [...byName.values()] };
}
/** Create GTO's tags for every artifact dvc.yaml declares, at `commit`, and push them (all or none) to the remote. */
async function tagShippedArtifacts(input) {
    const { cwd, commit, env } = input;
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(cwd, 'dvc.yaml'), 'utf8');
    }
    catch {
        return { kind: 'none', reason: 'there is no dvc.yaml' };
    }
    const prefixed = await (0,git/* git */.$Y)(cwd, ['rev-parse', '--show-prefix'], env);
    const names = dvcArtifactNames(text, prefixed.ok ? prefixed.stdout.trim() : '');
    if (names.length === 0)
        return { kind: 'none', reason: 'dvc.yaml declares no artifacts' };
    const invalid = names.filter((name) => !isGtoName(name));
    const valid = names.filter(isGtoName);
    const remote = input.remote && (await (0,git/* git */.$Y)(cwd, ['remote', 'get-url', input.remote], env)).ok ? input.remote : undefined;
    // A tag another job pushed first (two merges shipping at once) takes its counter: plan again from the remote's tags.
    for (let attempt = 1;; attempt++) {
        const { tags: existing, remoteError } = await existingTags(cwd, remote, env);
        // Without the remote's tags the counter and the version could be taken already: no tags at all.
        if (remoteError)
            return { kind: 'tagged', tags: [], inStage: [], invalid, pushed: false, pushError: remoteError };
        const plans = valid.map((artifact) => planShipTags({ artifact, commit, stage: input.stage, tags: existing }));
        const created = [];
        for (const plan of plans) {
            if (plan.kind !== 'tags')
                continue;
            for (const tag of plan.tags) {
                const made = await (0,git/* git */.$Y)(cwd, ['tag', '-a', '-m', tag.message, tag.name, commit], { ...env, ...src_baseline/* BOT_IDENTITY */.br });
                if (!made.ok) {
                    await deleteLocal(cwd, created, env);
                    throw new Error(`Could not create the GTO tag ${tag.name}: ${gitsWords(made.stderr)}`);
                }
                created.push(tag.name);
            }
        }
        const inStage = plans.filter((plan) => plan.kind === 'in-prod').map((plan) => plan.artifact);
        const result = { kind: 'tagged', tags: created, inStage, invalid };
        if (!remote || created.length === 0)
            return { ...result, pushed: false };
        const pushed = await (0,git/* git */.$Y)(cwd, ['push', '--quiet', '--atomic', remote, ...created.map((name) => `refs/tags/${name}:refs/tags/${name}`)], env);
        if (pushed.ok)
            return { ...result, pushed: true };
        // Nothing half-published: tags the remote refused do not stay in the clone either (a later
        // run would take them for registered versions and never push them).
        await deleteLocal(cwd, created, env);
        const raced = /already exists|\[rejected\]/i.test(pushed.stderr);
        if (!raced || attempt >= 3)
            return { ...result, tags: [], pushed: false, pushError: gitsWords(pushed.stderr) };
        // Another job's tags took the names: plan again from what ls-remote now lists.
    }
}
async function deleteLocal(cwd, names, env) {
    if (names.length > 0)
        await (0,git/* git */.$Y)(cwd, ['tag', '-d', ...names], env);
}
/**
 * What run.ts calls when a model ships, next to recordBaseline: the tags, logged; never thrown
 * (what shipped stays shipped: missing registry tags are a warning, not a failed run).
 */
async function shipGtoTags(input, logger) {
    try {
        const result = await tagShippedArtifacts(input);
        if (result.kind === 'none')
            return result;
        for (const name of result.invalid)
            logger.warning(`dvc.yaml artifact '${name}' is not a name GTO accepts (letters, digits, '-', '_', '/'; starting and ending with a letter or digit): no GTO tags for it.`);
        if (result.tags.length > 0)
            logger.info(`GTO tags ${result.tags.join(', ')}${result.pushed ? ` pushed to ${input.remote}` : ' created'}.`);
        for (const artifact of result.inStage)
            logger.info(`GTO: ${artifact} is in ${input.stage ?? PROD_STAGE} at this commit already.`);
        if (result.pushError)
            logger.warning(`The GTO tags were not pushed to ${input.remote}: ${result.pushError}`);
        return result;
    }
    catch (error) {
        logger.warning(error instanceof Error ? error.message : String(error));
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/train/run-command.ts
var run_command = __webpack_require__(76195);
;// CONCATENATED MODULE: ./src/run.ts
/**
 * One run for one event: the stages the options ask for, in order, each in a log
 * group with its duration, and return what happened as data. The report is written even when
 * gates fail or training breaks, because that is when a reviewer needs it most.
 */






















/** On schedule the base is the production baseline (fetched), or HEAD with a warning when none was recorded. */
async function withBaseline(options, logger, env) {
    const baseline = await (0,src_baseline/* fetchBaseline */.gX)(options.workingDirectory, options.baselineRef, options.baselineRemote, env);
    if (baseline.kind === 'fetch-failed') {
        logger.warning(`Could not fetch the production baseline ${options.baselineRef} from ${options.baselineRemote}: ${baseline.reason}${baseline.local ? '; using the local copy' : ''}.`);
    }
    if (baseline.kind === 'found' || (baseline.kind === 'fetch-failed' && baseline.local)) {
        if (baseline.kind === 'found' && baseline.fetched)
            logger.info(`Fetched the production baseline: ${baseline.fetched}`);
        logger.info(`Comparing with the production baseline ${options.baselineRef}.`);
        return { ...options, baseRef: options.baselineRef };
    }
    if (baseline.kind === 'absent')
        logger.warning(`No production baseline at ${options.baselineRef} yet (it is recorded when a model ships); comparing with HEAD.`);
    else
        logger.warning(`Comparing with HEAD instead of the production baseline.`);
    return options;
}
/** The base commit of a shallow CI checkout is usually missing: fetch it through the remote, say so. */
async function withBaseRevision(options, logger, env) {
    const ensured = await (0,git/* ensureRevision */.Oh)(options.workingDirectory, options.baseRef, options.baselineRemote, env);
    if (ensured.kind === 'fetched')
        logger.info(`Fetched the base revision ${shown(options.baseRef)}, which the checkout did not have: ${ensured.command}`);
    // Not fetched: comparing names the revision and how to get it, as before.
    if (ensured.kind === 'not-fetched' && ensured.command)
        logger.warning(`Could not fetch the base revision ${shown(options.baseRef)} (${ensured.command}): ${ensured.reason}`);
    return ensured.kind === 'not-fetched' ? undefined : ensured.commit;
}
function nightlyShipBlocker(options, metrics, gates, spell) {
    if (options.onImprovement !== 'promote')
        return `a nightly run only reports (set ${spell('on-improvement')}: promote to ship a better model)`;
    const headline = (0,metrics_headline/* headlineRow */.j)({ metrics, gates, headline: options.headline });
    if (!headline || headline.verdict !== 'better')
        return `the headline metric${headline ? ` ${headline.key}` : ''} did not improve on production`;
    if ((Math.abs(headline.relativePercent ?? 0)) < options.improvementMargin) {
        return `${headline.key} improved by ${Math.abs(headline.relativePercent ?? 0).toFixed(2)}%, less than the ${spell('improvement-margin')} of ${options.improvementMargin}%`;
    }
    return undefined;
}
async function promoteStage(options, outcome, image, deps, logger, spell, env) {
    const kserve = options.kserve;
    if (outcome.kind !== 'passed')
        return { kind: 'skipped', reason: 'the model did not pass (training, metrics, gates or image)' };
    if (!deps)
        return { kind: 'skipped', reason: 'no cluster was given to this run' };
    if ('skip' in deps)
        return { kind: 'skipped', reason: deps.skip };
    // The model to serve: a storage URI, or the image this run just pushed, pinned by digest.
    const pushed = image?.kind === 'pushed' ? `${image.tags[0].replace(/:[^:/]+$/, '')}@${image.digest}` : undefined;
    if (!kserve.storageUri && !pushed && !kserve.servingImage) {
        return { kind: 'skipped', reason: `neither ${spell('kserve-storage-uri')}, ${spell('serving-image')} nor a pushed image says what to serve` };
    }
    // A cluster that refuses us (403), a kubeconfig that does not load: the outcome, not a throw.
    try {
        // the KServe and Prometheus clients load with the rollout, not for every report
        const { rollOut } = await Promise.all(/* import() */[__webpack_require__.e(6834), __webpack_require__.e(7653)]).then(__webpack_require__.bind(__webpack_require__, 7653));
        return await rollOut(kserve, { cwd: options.workingDirectory, client: await deps.connect(), logger, image: pushed, env, kubeconfig: deps.kubeconfig });
    }
    catch (error) {
        return { kind: 'failed', reason: (0,errors/* describeError */.Uc)(error).replace(/\.$/, '') };
    }
}
/** What the report says about the image. */
function imageSummary(image) {
    switch (image.kind) {
        case 'pushed':
            return { kind: 'pushed', tags: image.tags, digest: image.digest };
        case 'built':
            return { kind: 'built', tags: image.tags };
        case 'failed':
            return { kind: 'failed', tags: [...image.pushed, ...image.notPushed], reason: image.reason };
    }
}
/** A full commit sha (as the action's default base is) reads better shortened in headers. */
function shown(ref) {
    return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
async function timed(stages, name, logger, fn) {
    const started = performance.now();
    try {
        return await logger.group(name, fn);
    }
    finally {
        stages.push({ name, durationMs: Math.round(performance.now() - started) });
    }
}
/**
 * Metrics from the KFP run's task outputs (where the API returns them), under `kfp:<task>`, when
 * the project's metrics files gave none; when nothing gave a metric, the report says where it looked.
 */
/** The MLflow run's stepped metrics drawn after the project's own plots, as its plots are. */
function withCurves(visuals, values, compared) {
    if (!values || values.curves.size === 0 || visuals === undefined)
        return visuals;
    const revisions = visuals.plotRevisions ?? { base: compared.base.name, head: 'workspace' };
    const curves = mlflowCurvePlots(values, revisions);
    return { ...visuals, plotRevisions: revisions, plots: { plots: [...(visuals.plots?.plots ?? []), ...curves], errors: visuals.plots?.errors ?? [] } };
}
/** The MLflow run's metrics and params join the files', under their own path, in DVC's sorted order. */
function withMlflowValues(compared, values) {
    const merged = (files, extra) => {
        const all = new Map([...files, ...extra]);
        return new Map((0,dvc_diff/* sortedKeys */.Mf)(all.keys()).map((path) => [path, all.get(path)]));
    };
    compared.metricsDiff = merged(compared.metricsDiff, values.metrics);
    compared.paramsDiff = merged(compared.paramsDiff, values.params);
}
function withKfpMetrics(compared, kfp) {
    if (compared.metricsDiff.size > 0 || kfp.kind === 'not-started')
        return;
    for (const { path, values } of kfp.metrics ?? []) {
        compared.metricsDiff.set(path, new Map(Object.entries(values).map(([key, value]) => [key, { old: null, new: value }])));
    }
    if (compared.metricsDiff.size === 0)
        compared.warnings.push((0,kfp_report/* kfpMetricsNote */.Dn)(kfp));
}
/** When the revisions cannot be read at all (an unknown base, no git): nothing to compare, and why. */
async function nothingCompared(options, reason) {
    const empty = new Map();
    return {
        metricsDiff: empty, paramsDiff: empty, warnings: [], unreadableHead: [], headFiles: [], failure: reason,
        base: { name: shown(options.baseRef) },
        head: { name: shown(options.headRef), commit: await (0,git/* resolveCommit */.WL)(options.workingDirectory, 'HEAD').catch(() => undefined) },
    };
}
/** Rows of a diff table in a run's log; `mlops metrics diff` / `params diff` print every one. */
const LOG_TABLE_ROWS = 1000;
/** The DVC table of what changed, for the log: the first LOG_TABLE_ROWS rows, then how many more. */
function logTable(diff, what, render) {
    const { diff: shown, more } = (0,dvc_verbs.firstChanged)(diff, LOG_TABLE_ROWS);
    const table = render(shown).trimEnd();
    return more === 0 ? table : `${table}\n… and ${more.toLocaleString('en')} more changed ${what}s (\`mlops ${what}s diff\` prints them all).`;
}
async function run_compare(options, memo) {
    // metrics and params at the same two revisions: resolved and discovered once
    const input = { cwd: options.workingDirectory, aRev: options.baseRef, bRev: options.headRef, all: true, targets: options.metrics, row: options.csvRow, memo };
    const [metrics, params] = await Promise.all([(0,dvc_verbs.diffMetricsData)(input), (0,dvc_verbs.diffParamsData)({ ...input, targets: options.params })]);
    const [oldMetrics, headMetrics] = metrics.snapshots;
    const unreadableHead = [
        ...(headMetrics.revisionError ? [`dvc.yaml: ${headMetrics.revisionError}`] : []),
        ...headMetrics.errors.map((error) => `${error.path}: ${error.message}`),
    ];
    return {
        metricsDiff: metrics.diff,
        paramsDiff: params.diff,
        base: { name: shown(options.baseRef), commit: oldMetrics.revision.commit },
        // The workspace is the checkout after training: name the commit it sits on.
        head: { name: shown(options.headRef), commit: headMetrics.revision.commit ?? (await memo.revision(options.workingDirectory, 'HEAD').then((head) => head.commit, () => undefined)) },
        warnings: [...(0,dvc_verbs.warningsOf)(metrics.snapshots, 'metrics'), ...(0,dvc_verbs.warningsOf)(params.snapshots, 'params')],
        unreadableHead,
        headFiles: [...new Set([...headMetrics.files.keys(), ...params.snapshots[1].files.keys()])].filter((path) => ![...headMetrics.errors, ...params.snapshots[1].errors].some((error) => error.path === path)),
    };
}
async function run(given, { logger, env, spell = (key) => key, image: imageDeps, kserve: kserveDeps, publishImages, kfp: kfpDeps, mlflow: mlflowDeps }) {
    const stages = [];
    const options = given.event === 'schedule' && given.baseRef === 'HEAD' ? await withBaseline(given, logger, env) : given;
    const baseCommit = await withBaseRevision(options, logger, env);
    // MLflow: the CI run is opened before training, which resumes it through MLFLOW_RUN_ID.
    const mlflow = options.mlflow && mlflowDeps ? mlflowSession(options.mlflow, mlflowDeps.facts, env, logger) : undefined;
    // a training is a new run; a report without one reads the head commit's run
    const trains = options.trainCommand !== undefined || options.kfp !== undefined;
    if (mlflow)
        await timed(stages, 'mlflow', logger, () => (trains ? openMlflowRun(mlflow, mlflowDeps.facts, baseCommit, logger) : adoptHeadRun(mlflow, logger)));
    const trainingEnv = { ...env, ...mlflowTrainingEnv(mlflow) };
    let training;
    if (options.trainCommand) {
        training = await timed(stages, 'train', logger, async () => {
            const result = await (0,run_command/* runTraining */.qq)({
                command: options.trainCommand,
                cwd: options.workingDirectory,
                timeoutSeconds: options.trainTimeout,
                env: trainingEnv,
                onOutput: (chunk, stream) => logger.output(chunk, stream),
            });
            (result.kind === 'succeeded' ? logger.info : logger.error).call(logger, (0,run_command/* describeTraining */.yN)(result));
            return result;
        });
    }
    // On Kubeflow: after the command (which typically compiles the pipeline) and only if it succeeded.
    let kfp;
    if (options.kfp && kfpDeps && (!training || training.kind === 'succeeded')) {
        // trainOnKfp logs how the run ended itself
        const declaredOnly = mlflow?.run ? { mlflow_run_id: mlflow.run.runId, mlflow_tracking_uri: mlflow.options.trackingUri } : undefined;
        kfp = await timed(stages, 'kfp', logger, () => (0,train/* trainOnKfp */.tP)(options.kfp, { cwd: options.workingDirectory, env, logger, spell, ...kfpDeps, declaredOnly }));
    }
    if (mlflow && trains) {
        const failed = (training !== undefined && training.kind !== 'succeeded') || (kfp !== undefined && kfp.kind !== 'succeeded');
        await closeMlflowRun(mlflow, { failed, checkedOut: mlflowDeps.facts.sha }, logger);
    }
    // Training is over: from here on the revisions, the dvc.yaml files and what they declare stay
    // put, and the metrics, params and plots look each up once. The plots are read beside the diff.
    const reads = new collect_memo/* CollectMemo */.r();
    const plotsRead = options.charts === 'none' ? undefined : readPlots(options, shown(options.baseRef), env, reads);
    let mlflowCurves;
    let mlflowBase;
    const compared = await timed(stages, 'metrics', logger, async () => {
        const result = await run_compare(options, reads).catch((error) => nothingCompared(options, (0,errors/* describeError */.Uc)(error)));
        if (kfp)
            withKfpMetrics(result, kfp);
        if (mlflow) {
            const values = await mlflowValues(mlflow, { event: options.event, baseCommit }, result.warnings);
            if (values)
                withMlflowValues(result, values);
            mlflowCurves = values?.curves;
            mlflowBase = values?.baseRun;
        }
        if (result.failure)
            logger.error(result.failure);
        for (const warning of result.warnings)
            logger.warning(warning);
        const metricsText = logTable(result.metricsDiff, 'metric', (diff) => (0,dvc_verbs.renderMetricsDiff)(diff, result.base.name, result.head.name, { precision: options.precision }));
        logger.info(metricsText || `No metric changed against ${result.base.name}.`);
        const paramsText = logTable(result.paramsDiff, 'param', (diff) => (0,dvc_verbs.renderParamsDiff)(diff, result.base.name, result.head.name));
        logger.info(`\n${paramsText || `No param changed against ${result.base.name}.`}`);
        return { ...result, metricsText, paramsText };
    });
    const metrics = (0,compare/* compareMetrics */.f)(compared.metricsDiff, options.directions);
    const params = (0,compare/* compareMetrics */.f)(compared.paramsDiff, new Map());
    // With the evaluation's predictions: intervals, and changes judged against the noise.
    const noise = options.noise && !compared.failure
        ? await timed(stages, 'noise', logger, async () => {
            const warnings = [];
            const found = await noiseOf(options.noise, metrics, { cwd: options.workingDirectory, baseCommit: compared.base.commit, baseName: compared.base.name, warnings });
            for (const warning of warnings)
                logger.warning(warning);
            compared.warnings.push(...warnings);
            if (found && found.metrics.size > 0)
                logger.info(`Intervals for ${[...found.metrics.values()].map((metric) => `${metric.key}${metric.verdict ? ` (${metric.verdict})` : ''}`).join(', ')}.`);
            return found;
        })
        : undefined;
    const gates = options.gates.length > 0
        ? await timed(stages, 'gates', logger, async () => {
            // `significant` gates read the paired interval of the change, where the predictions gave one
            const results = (0,metrics_gates/* evaluateGates */.ud)(options.gates, metrics, (row) => {
                const found = noise?.metrics.get((0,noise_cells/* noiseKey */._w)(row.path, row.key));
                return found?.paired ? found.diff : undefined;
            });
            for (const result of results)
                (result.passed ? logger.info : logger.error).call(logger, result.reason);
            return results;
        })
        : [];
    let outcome = training && training.kind !== 'succeeded'
        ? { kind: 'training-failed', reason: (0,run_command/* describeTraining */.yN)(training) }
        : kfp?.kind === 'not-started' && kfp.optionError
            ? { kind: 'invalid-options', reason: (0,errors/* describeError */.Uc)(kfp.optionError.spelled(spell)) }
            : kfp && kfp.kind !== 'succeeded'
                ? { kind: 'training-failed', reason: (0,kfp_report/* describeKfpTraining */.xE)(kfp) }
                : compared.failure
                    ? { kind: 'metrics-unreadable', reason: compared.failure }
                    : compared.unreadableHead.length > 0
                        ? { kind: 'metrics-unreadable', reason: `${compared.unreadableHead.join('; ')}; the gates cannot be judged without the head's metrics` }
                        : gates.some((gate) => !gate.passed)
                            ? { kind: 'gates-failed', failures: gates.filter((gate) => !gate.passed).map((gate) => gate.reason) }
                            : { kind: 'passed' };
    const visuals = compared.failure
        ? {}
        : await timed(stages, 'plots', logger, () => gatherVisuals({
            options, baseCommit: compared.base.commit, baseName: compared.base.name, headLabel: (0,report_markdown/* revisionText */.Le)(compared.head), env, logger, publishImages, plotsRead,
            headline: (0,metrics_headline/* headlineRow */.j)({ metrics, gates, headline: options.headline }),
        }).then((gathered) => withCurves(gathered, mlflow && mlflowCurves && options.charts !== 'none' ? { path: `mlflow:${mlflow.options.experiment}`, curves: mlflowCurves } : undefined, compared)));
    // A nightly model ships only when asked to and when it beats production by the margin.
    const nightlyHold = options.event === 'schedule' ? nightlyShipBlocker(options, metrics, gates, spell) : undefined;
    let image;
    if (options.image) {
        image = await timed(stages, 'image', logger, async () => {
            if (outcome.kind !== 'passed')
                return { kind: 'skipped', reason: 'the model did not pass (training, metrics or gates)' };
            if (nightlyHold)
                return { kind: 'skipped', reason: nightlyHold };
            if (!imageDeps)
                return { kind: 'skipped', reason: 'no Docker client was given to this run' };
            // metadata-action's rules are a large module: loaded only for runs that build an image
            const { runImageStage } = await Promise.all(/* import() */[__webpack_require__.e(7826), __webpack_require__.e(9092), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 20995));
            let meta;
            try {
                meta = await imageDeps.meta();
            }
            catch (error) {
                return { kind: 'failed', stage: 'build', reason: (0,errors/* describeError */.Uc)(error), pushed: [], notPushed: [] };
            }
            return runImageStage({
                options: (0,paths/* resolveImagePaths */.M)(options.image, options.workingDirectory),
                meta, now: imageDeps.now, docker: imageDeps.docker, password: imageDeps.password,
                metrics, params, gatesPassed: gates.length > 0 ? gates.every((gate) => gate.passed) : undefined, logger,
            });
        });
        if (image.kind === 'skipped')
            logger.info(`No image: ${image.reason}.`);
        if (image.kind === 'failed') {
            logger.error(image.reason);
            outcome = { kind: 'image-failed', reason: image.reason };
        }
    }
    let promotion;
    // Served from MLflow's registry when nothing else says what to serve: a version staged, its alias moved after the rollout.
    let staged;
    let servingLine;
    if (options.kserve) {
        promotion = await timed(stages, 'promote', logger, async () => {
            if (nightlyHold)
                return { kind: 'skipped', reason: nightlyHold };
            const kserve = options.kserve;
            const fromRegistry = mlflow?.used && mlflow.options.model && !kserve.storageUri && !kserve.servingImage && image?.kind !== 'pushed';
            if (!fromRegistry || outcome.kind !== 'passed' || !kserveDeps || 'skip' in kserveDeps)
                return promoteStage(options, outcome, image, kserveDeps, logger, spell, env);
            try {
                staged = await stageForServing(mlflow, mlflowDeps.facts, logger);
            }
            catch (error) {
                return { kind: 'failed', reason: `nothing to serve from MLflow: ${(0,errors/* describeError */.Uc)(error).replace(/\.$/, '')}` };
            }
            return promoteStage({ ...options, kserve: { ...kserve, storageUri: staged.storageUri } }, outcome, image, kserveDeps, logger, spell, env);
        });
        if (promotion.kind === 'skipped')
            logger.info(`No promotion: ${promotion.reason}.`);
        else {
            const { describePromotion } = await __webpack_require__.e(/* import() */ 6834).then(__webpack_require__.bind(__webpack_require__, 16834));
            const line = describePromotion(promotion, `${options.kserve.namespace}/${options.kserve.name}`);
            servingLine = line;
            if (promotion.kind === 'promoted' || promotion.kind === 'deployed')
                logger.info(line);
            else {
                logger.error(line);
                outcome = { kind: 'promote-failed', reason: line };
            }
        }
    }
    // What shipped becomes the production baseline the nightly run compares with.
    const shipped = promotion ? promotion.kind === 'promoted' || promotion.kind === 'deployed' : !options.kserve && image?.kind === 'pushed';
    // In MLflow's registry, a merge that passed ships too when there is neither an image nor KServe.
    const mlflowShips = trains && outcome.kind === 'passed' && (shipped || (!options.kserve && !options.image && !!mlflowDeps?.defaultBranchPush)) && (options.event === 'push' || options.event === 'schedule');
    const modelVersion = !mlflow
        ? undefined
        : staged
            ? await settleStaged(mlflow, staged, shipped && outcome.kind === 'passed' ? 'promoted' : promotion?.kind === 'rolled-back' ? 'rolled-back' : 'not-shipped', logger)
            : mlflowShips
                ? await timed(stages, 'mlflow registry', logger, () => shipToMlflow(mlflow, mlflowDeps.facts, logger))
                : undefined;
    if (shipped && outcome.kind === 'passed' && (options.event === 'push' || options.event === 'schedule')) {
        await timed(stages, 'baseline', logger, async () => {
            const message = `Production baseline: ${compared.head.commit ?? 'workspace'}${image?.kind === 'pushed' ? ` (${image.digest})` : ''}`;
            const recorded = await (0,src_baseline/* recordBaseline */.V3)({ cwd: options.workingDirectory, files: options.noise ? [...new Set([...compared.headFiles, options.noise.predictions])] : compared.headFiles, ref: options.baselineRef, message, remote: options.baselineRemote, env }).catch((error) => {
                // What shipped stays shipped: a baseline that could not be written is a warning, not a failed run.
                logger.warning((0,errors/* describeError */.Uc)(error));
                return undefined;
            });
            if (!recorded)
                return;
            logger.info(`Baseline recorded at ${options.baselineRef} (${recorded.commit.slice(0, 7)})${recorded.pushed ? ` and pushed to ${options.baselineRemote}` : ''}.`);
            if (recorded.pushError)
                logger.warning(`The baseline ref was not pushed to ${options.baselineRemote}: ${recorded.pushError}`);
            // DVC Studio's model registry sees production: GTO's tags for the artifacts dvc.yaml declares
            if (compared.head.commit)
                await shipGtoTags({ cwd: options.workingDirectory, commit: compared.head.commit, remote: options.baselineRemote, env }, logger);
        });
    }
    const reportPath = (0,external_node_path_.resolve)(options.workingDirectory, options.reportPath);
    const reportInput = {
        reportId: options.reportId, base: compared.base, head: compared.head, training, kfp, metrics, params, gates,
        problem: outcome.kind === 'metrics-unreadable' || outcome.kind === 'invalid-options' ? outcome.reason : undefined,
        headline: options.headline, charts: options.charts, precision: options.precision, warnings: compared.warnings, visuals,
        image: image && image.kind !== 'skipped' ? imageSummary(image) : undefined,
        serving: servingLine,
        analysis: promotion && 'analysis' in promotion ? promotion.analysis : undefined,
        noise,
        mlflow: mlflow?.used
            ? { experiment: mlflow.options.experiment, run: mlflow.used, baseRun: mlflowBase, ...(modelVersion ? { model: mlflow.options.model, version: modelVersion, alias: mlflow.options.alias } : {}) }
            : undefined,
    };
    const report = await timed(stages, 'report', logger, async () => {
        const markdown = await (0,report_markdown/* renderReport */.B1)(reportInput);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
        await writeFileAtomic(reportPath, markdown);
        logger.info(`Report written to ${reportPath}`);
        return markdown;
    });
    return {
        outcome, stages, training, kfp, base: compared.base, head: compared.head, metrics, params, gates,
        metricsDiffText: compared.metricsText,
        paramsDiffText: compared.paramsText,
        report, reportInput, reportPath, warnings: compared.warnings, image, promotion,
        ...(mlflow?.used ? { mlflow: { ...mlflow.used, ...(modelVersion ? { modelVersion } : {}) } } : {}),
    };
}

// EXTERNAL MODULE: ./src/image/meta-outputs.ts
var meta_outputs = __webpack_require__(37971);
;// CONCATENATED MODULE: ./src/event-run.ts










/**
 * The one promotion rule: a push to the default branch (a merge); a scheduled run when
 * on-improvement is promote (it then ships only a model that beats production); never a pull
 * request or a manual run.
 */
function promotionDecision(facts, options, spell) {
    switch (facts.event) {
        case 'pr':
            return { allowed: false, reason: 'a pull request never promotes' };
        case 'manual':
            return { allowed: false, reason: 'promotion runs on a push to the default branch or on schedule, not on a manual run' };
        case 'schedule':
            return options.onImprovement === 'promote'
                ? { allowed: true }
                : { allowed: false, reason: `a nightly run only reports (set ${spell('on-improvement')}: promote to ship a better model)` };
        case 'push':
            if (!facts.defaultBranch)
                return { allowed: false, reason: `the default branch is not known here${facts.defaultBranchHint ? ` (${facts.defaultBranchHint})` : ''}` };
            if (facts.branch !== facts.defaultBranch)
                return { allowed: false, reason: `promotion runs on a push to ${facts.defaultBranch}, not to ${facts.branch ?? 'a detached commit'}` };
            return { allowed: true };
    }
}
/** A push to the repository's default branch (a merge): what promotes, and what registers a Kubeflow pipeline version. */
function isDefaultBranchPush(facts) {
    return facts.event === 'push' && !!facts.defaultBranch && facts.branch === facts.defaultBranch;
}
/** The one outcome → exit status rule. `gatesFail`: a failed gate fails the build (off for a plain `mlops report`). */
function exitStatus(outcome, gatesFail) {
    switch (outcome.kind) {
        case 'passed':
            return 0;
        case 'gates-failed':
            return gatesFail ? 1 : 0;
        case 'invalid-options':
            return 2;
        default:
            return 1;
    }
}
function failureMessage(outcome) {
    switch (outcome.kind) {
        case 'passed':
            return undefined;
        case 'gates-failed':
            return `Gates failed:\n${outcome.failures.join('\n')}`;
        default:
            return outcome.reason;
    }
}
/** The key that holds what DVC's shape has no place for (intervals, noise-aware verdicts): never a file path. */
const EXTRA_KEY = '_mlops';
const pair = (interval) => (interval ? [interval.low, interval.high] : null);
/** Each file's rows as [key, row], files in the order they first come. */
function byPath(rows) {
    const files = new Map();
    for (const row of rows) {
        const entries = files.get(row.path);
        if (entries)
            entries.push([row.key, row]);
        else
            files.set(row.path, [[row.key, row]]);
    }
    return files;
}
/** DVC's `metrics diff --json` shape, plus the extra key with each metric's interval and verdict. */
function metricsJson(result) {
    const files = byPath(result.metrics);
    const noise = result.reportInput.noise;
    if (!noise || noise.metrics.size === 0)
        return (0,dvc_verbs.writeDiffJson)(files).toString();
    const extra = (0,value/* newRecord */.Mx)();
    for (const metric of noise.metrics.values()) {
        (extra[metric.path] ??= (0,value/* newRecord */.Mx)())[metric.key] = {
            interval: pair(metric.head), base_interval: pair(metric.base), change_interval: pair(metric.diff), verdict: metric.verdict ?? null, paired: metric.paired,
        };
    }
    return (0,dvc_verbs.writeDiffJson)(files, undefined, [EXTRA_KEY, { noise: extra, level: noise.level, samples: BigInt(noise.samples) }]).toString();
}
/** An output computed the first time it is read, once: an enumerable property like the rest. */
function lazyOutput(outputs, name, compute) {
    let value;
    Object.defineProperty(outputs, name, {
        enumerable: true,
        configurable: true,
        get: () => (value ??= compute()),
        set: (assigned) => (value = assigned),
    });
}
/** The named results of a run (the action's outputs; the same names everywhere). */
function runOutputs(result) {
    const outputs = {};
    if (result.promotion && result.promotion.kind !== 'skipped') {
        outputs.promoted = String(result.promotion.kind === 'promoted' || result.promotion.kind === 'deployed');
        outputs['rolled-back'] = String(result.promotion.kind === 'rolled-back');
        if ('url' in result.promotion && result.promotion.url)
            outputs['inference-url'] = result.promotion.url;
    }
    if (result.image && (result.image.kind === 'pushed' || result.image.kind === 'built')) {
        outputs['image-tags'] = result.image.tags.join('\n');
        if (result.image.kind === 'pushed')
            outputs['image-digest'] = result.image.digest;
        Object.assign(outputs, (0,meta_outputs.metaOutputs)(result.image.meta));
    }
    outputs['report-path'] = result.reportPath;
    outputs['gates-passed'] = String(result.gates.every((gate) => gate.passed));
    // every row written out: only for a front end that reads it
    lazyOutput(outputs, 'metrics-json', () => metricsJson(result));
    if (result.kfp)
        Object.assign(outputs, (0,kfp_report/* kfpOutputs */.IW)(result.kfp));
    if (result.mlflow) {
        outputs['mlflow-run-id'] = result.mlflow.runId;
        outputs['mlflow-run-url'] = result.mlflow.url;
        if (result.mlflow.modelVersion)
            outputs['mlflow-model-version'] = result.mlflow.modelVersion;
    }
    return outputs;
}
function publicationOutputs(published, platform) {
    const { logger } = platform;
    const outputs = {};
    const { comment, check, issue } = published;
    if (comment.kind === 'created' || comment.kind === 'updated') {
        outputs['comment-id'] = String(comment.id);
        outputs['comment-url'] = comment.url;
        logger.info(`Report comment ${comment.kind}: ${comment.url} (${comment.apiCalls} API calls${comment.removedDuplicates ? `, ${comment.removedDuplicates} duplicate(s) removed` : ''})`);
    }
    else if (comment.kind === 'skipped') {
        logger.info(`No report comment: ${comment.reason}.`);
    }
    if (check.kind === 'created')
        logger.info(`Check run created: ${check.url}`);
    if (issue.kind === 'created' || issue.kind === 'updated' || issue.kind === 'closed') {
        logger.info(`Alert issue #${issue.number} ${issue.kind}: ${issue.url}`);
        outputs['alert-issue-url'] = issue.url;
    }
    if (published.webhook.kind === 'sent')
        logger.info('Alert webhook sent.');
    for (const warning of published.warnings)
        logger.warning(warning);
    return outputs;
}
function invalid(error, platform) {
    const spelled = error instanceof errors/* OptionError */.eR ? error.spelled(platform.wording.option) : error;
    const reason = (0,errors/* describeError */.Uc)(spelled);
    return { outcome: { kind: 'invalid-options', reason }, exitCode: 2, failure: reason, outputs: {} };
}
/**
 * Images of the report where the code host shows them: committed ones by their blob at the commit,
 * ones made during the run on the assets branch (or listed with the run), as `images` says.
 */
function imagePublisher(facts, options, platform) {
    const { serverUrl, repository } = facts;
    if (!serverUrl || !repository || options.images === 'none')
        return undefined;
    return async (files) => {
        const { publishImages } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 68366));
        return publishImages({
            cwd: options.workingDirectory, env: platform.env, remote: options.baselineRemote, mode: options.images, files, serverUrl, repository,
            runUrl: facts.runUrl, reportId: options.reportId, headSha: facts.pullRequest?.headSha ?? facts.sha,
            // a fork's pull request gets a read-only token: list its images instead of pushing them
            canWriteContents: facts.pullRequest?.fork ? false : undefined,
        });
    };
}
/** Options for the verb: a report trains, builds and rolls out nothing. */
function forVerb(options, verb) {
    return verb === 'report' ? { ...options, trainCommand: undefined, kfp: undefined, image: undefined, kserve: undefined } : options;
}
/** What a terminal front end prints after a run: where the report is, and the Kubeflow run it started. */
function closingLines(result) {
    const lines = result.run ? [`Report: ${result.run.reportPath}`] : [];
    for (const name of ['kfp-run-id', 'kfp-run-url', 'mlflow-run-id', 'mlflow-run-url', 'mlflow-model-version'])
        if (result.outputs[name])
            lines.push(`${name}: ${result.outputs[name]}`);
    return lines;
}
/** Run one event on a platform, from its options to its exit status. Throws only for bugs. */
async function runEvent(platform, { verb = 'run', gatesFail = true } = {}) {
    const { facts, logger, wording } = platform;
    let options;
    try {
        options = forVerb((0,src_options.buildRunOptionsWith)(platform.env, { 'base-ref': facts.defaultBase }, ...platform.options, { event: facts.event }), verb);
        // What can be checked before training is: a bad name or request file must not cost a training.
        // The analysis file's credential variables only where the rollout will read them.
        await (0,preflight.preflight)(options, { env: options.kserve && promotionDecision(facts, options, wording.option).allowed ? platform.env : undefined });
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            return invalid(error, platform);
        throw error;
    }
    const promotion = options.kserve ? promotionDecision(facts, options, wording.option) : undefined;
    const result = await run(options, {
        logger,
        env: platform.env,
        spell: wording.option,
        image: options.image ? { meta: () => platform.imageEvent(), now: platform.now(), docker: platform.docker(), password: platform.secrets.registryPassword } : undefined,
        kserve: !promotion ? undefined : promotion.allowed ? { connect: () => platform.kubeClient(), kubeconfig: platform.secrets.kubeconfig } : { skip: promotion.reason },
        publishImages: imagePublisher(facts, options, platform),
        kfp: options.kfp
            ? {
                facts: { event: facts.event, repository: facts.repository, sha: facts.sha, prHeadSha: facts.pullRequest?.headSha, defaultBranchPush: isDefaultBranchPush(facts) },
                token: platform.secrets.kfpToken, signal: platform.signal, mask: platform.mask?.bind(platform),
            }
            : undefined,
        mlflow: options.mlflow
            ? {
                facts: { event: facts.event, sha: facts.sha, prHeadSha: facts.pullRequest?.headSha, prNumber: facts.pullRequest?.number, runUrl: facts.runUrl },
                defaultBranchPush: isDefaultBranchPush(facts),
            }
            : undefined,
    });
    const outputs = runOutputs(result);
    const report = { ...result.reportInput, fullReportUrl: facts.runUrl, fullReportName: wording.reportLocation };
    if (platform.writeSummary) {
        try {
            await platform.writeSummary((await (0,size_guard/* fitReport */.kq)(report, platform.summaryLimit ?? size_guard/* SUMMARY_LIMIT */.Jt)).body);
        }
        catch (error) {
            logger.warning(`Could not write the job summary: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    let published;
    const gatesPassed = result.gates.every((gate) => gate.passed);
    try {
        const target = await platform.forge();
        if ('skip' in target)
            logger.info(`No report comment, check run or alert issue: ${target.skip}.`);
        const { published: done, forkReport } = await logger.group('publish', () => publishOrLeaveArtifact('forge' in target ? target.forge : undefined, {
            context: facts, report, comment: options.comment, gates: result.gates, gatesPassed,
            alertIssue: facts.event === 'schedule', alertWebhook: platform.secrets.alertWebhook, wording,
        }, platform.uploadForkReport));
        published = done;
        Object.assign(outputs, publicationOutputs(published, platform));
        const left = forkReportMessage(forkReport);
        if (left)
            logger[left.level](left.message);
    }
    catch (error) {
        // GitHub down past the retries, or a bad token: loud, but the model's verdict stands.
        logger.warning(`Could not publish the report: ${(0,errors/* describeError */.Uc)(error)}. The report is in ${wording.reportLocation}.`);
    }
    if (platform.setOutput)
        for (const [name, value] of Object.entries(outputs))
            platform.setOutput(name, value);
    const exitCode = exitStatus(result.outcome, gatesFail);
    return { outcome: result.outcome, exitCode, failure: exitCode === 0 ? undefined : failureMessage(result.outcome), options, run: result, published, outputs };
}


/***/ }),

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


/***/ }),

/***/ 80469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveImagePaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** The image's build context, Dockerfile and secret files are written relative to `working-directory`, on every front end. */

function resolveImagePaths(image, workingDirectory) {
    return {
        ...image,
        context: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workingDirectory, image.context),
        dockerfile: image.dockerfile === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workingDirectory, image.dockerfile),
        secrets: image.secrets.map((secret) => (secret.source === 'file' ? { ...secret, path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workingDirectory, secret.path) } : secret)),
    };
}


/***/ }),

/***/ 40913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   On: () => (/* binding */ PipelineIrError),
/* harmony export */   fE: () => (/* binding */ runtimeParameters),
/* harmony export */   gr: () => (/* binding */ readPipelineIr),
/* harmony export */   vp: () => (/* binding */ inlinePipelineSpec)
/* harmony export */ });
/* unused harmony export parsePipelineIr */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _metrics_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43775);
/**
 * The compiled pipeline (KFP's PipelineSpec IR, as kfp.compiler writes it): read from the
 * working directory, and used to type the run's parameters before anything is submitted.
 *
 * - A YAML file holds the PipelineSpec first and, when the pipeline uses kfp-kubernetes, a
 *   PlatformSpec document after it; sent inline, the two travel as {pipeline_spec, platform_spec},
 *   as the KFP SDK's client does (kfp/client/client.py `_PipelineDoc.to_dict`).
 * - Parameters are typed by root.inputDefinitions.parameters.<name>.parameterType; the KFP API
 *   server checks the same (backend/src/apiserver/template/v2_template.go
 *   `validatePipelineJobInputs`): numbers must be JSON numbers, booleans JSON booleans, lists and
 *   structs JSON values, never strings; an undeclared parameter is refused, and one without a
 *   default that is neither optional nor given.
 */





/** A pipeline file that cannot be used: a user error, shown as the reason nothing was submitted. */
class PipelineIrError extends Error {
    name = 'PipelineIrError';
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The deprecated PrimitiveType of IRs written before KFP SDK 2.0. */
const LEGACY_TYPES = { INT: 'NUMBER_INTEGER', DOUBLE: 'NUMBER_DOUBLE', STRING: 'STRING' };
function parameterSpecs(spec) {
    const root = isObject(spec.root) ? spec.root : {};
    const inputs = isObject(root.inputDefinitions) ? root.inputDefinitions : {};
    const parameters = isObject(inputs.parameters) ? inputs.parameters : {};
    const specs = new Map();
    for (const [name, value] of Object.entries(parameters)) {
        const parameter = isObject(value) ? value : {};
        const type = typeof parameter.parameterType === 'string'
            ? parameter.parameterType
            : (LEGACY_TYPES[String(parameter.type)] ?? 'PARAMETER_TYPE_ENUM_UNSPECIFIED');
        specs.set(name, {
            parameterType: type,
            defaultValue: parameter.defaultValue,
            isOptional: parameter.isOptional === true,
            literals: Array.isArray(parameter.literals) && parameter.literals.length > 0 ? parameter.literals : undefined,
        });
    }
    return specs;
}
function taskNamesOf(spec) {
    const names = new Set();
    const addDag = (component) => {
        const dag = isObject(component) && isObject(component.dag) ? component.dag : undefined;
        if (dag && isObject(dag.tasks))
            for (const task of Object.keys(dag.tasks))
                names.add(task);
    };
    addDag(spec.root);
    if (isObject(spec.components))
        for (const component of Object.values(spec.components))
            addDag(component);
    return names;
}
/** Parse IR text (YAML or JSON). Throws PipelineIrError saying what is wrong with it. */
function parsePipelineIr(text, fileName) {
    let documents;
    try {
        if (fileName.toLowerCase().endsWith('.json'))
            documents = [JSON.parse(text)];
        else {
            // an IR may carry a second document (its platform spec), so not the one-document reader; bounded the same
            (0,_metrics_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlDepth */ .BQ)(text);
            const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_2__.parseAllDocuments)(text, { logLevel: 'silent' });
            const list = Array.isArray(parsed) ? parsed : [parsed];
            const broken = list.find((document) => document.errors.length > 0);
            if (broken)
                throw new Error(broken.errors[0].message);
            documents = list.map((document) => document.toJS({ maxAliasCount: 100 })).filter((document) => document !== null && document !== undefined);
        }
    }
    catch (error) {
        throw new PipelineIrError(`${fileName} is not valid ${fileName.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML'}: ${error.message}`);
    }
    const [spec, ...platforms] = documents;
    if (!isObject(spec))
        throw new PipelineIrError(`${fileName} holds no pipeline: expected the PipelineSpec kfp.compiler writes.`);
    const info = isObject(spec.pipelineInfo) ? spec.pipelineInfo : undefined;
    if (!info || typeof info.name !== 'string' || info.name === '' || !isObject(spec.root)) {
        throw new PipelineIrError(`${fileName} is not a compiled KFP pipeline (no pipelineInfo.name or root): compile it with kfp.compiler.Compiler().compile(...).`);
    }
    if (typeof spec.kind === 'string' && typeof spec.apiVersion === 'string') {
        throw new PipelineIrError(`${fileName} is a Kubernetes manifest (${spec.kind}), not the pipeline IR: compile without kubernetes_manifest_format.`);
    }
    const platformSpec = platforms.filter(isObject).reduce((merged, document) => ({ ...(merged ?? {}), ...document }), undefined);
    return {
        text,
        fileName,
        name: info.name,
        spec,
        platformSpec,
        parameters: parameterSpecs(spec),
        taskNames: taskNamesOf(spec),
    };
}
/** Read and parse the pipeline file, relative to the working directory. */
async function readPipelineIr(cwd, file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new PipelineIrError(code === 'ENOENT' ? `${file} does not exist in ${cwd} (is the pipeline compiled before this step?)` : `${file} could not be read: ${error.message}`);
    }
    return parsePipelineIr(text, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file));
}
/** What is sent as a run's pipeline_spec: the spec alone, or with its platform spec. */
function inlinePipelineSpec(ir) {
    return ir.platformSpec ? { pipeline_spec: ir.spec, platform_spec: ir.platformSpec } : ir.spec;
}
/** MLflow's parameters are filled in by the MLflow integration, not by kfp-params. */
const FILLED_ELSEWHERE = /^mlflow_/;
function typed(param, spec) {
    const { name, text } = param;
    const declared = `(the pipeline declares it ${spec.parameterType})`;
    switch (spec.parameterType) {
        case 'NUMBER_INTEGER': {
            const value = Number(text);
            if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(value))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: '${text}' is not a whole number ${declared}.`);
            return value;
        }
        case 'NUMBER_DOUBLE': {
            const value = Number(text);
            if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || !Number.isFinite(value))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: '${text}' is not a number ${declared}.`);
            return value;
        }
        case 'BOOLEAN':
            if (/^true$/i.test(text))
                return true;
            if (/^false$/i.test(text))
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: '${text}' is not true or false ${declared}.`);
        case 'STRING':
            return text;
        case 'LIST':
        case 'STRUCT': {
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                value = undefined;
            }
            const ok = spec.parameterType === 'LIST' ? Array.isArray(value) : isObject(value);
            if (!ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: '${text}' is not a JSON ${spec.parameterType === 'LIST' ? 'list, e.g. [1, 2]' : 'object, e.g. {"a": 1}'} ${declared}.`);
            return value;
        }
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${name}: the pipeline declares it ${spec.parameterType}, which a run cannot be given.`);
    }
}
const sameValue = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * kfp-params typed for `runtime_config.parameters`. Throws OptionError('kfp-params') naming
 * every parameter that is not declared, does not parse as its type, or is required and missing.
 */
function runtimeParameters(ir, params) {
    const declared = [...ir.parameters.keys()].sort();
    const unknown = params.filter((param) => !ir.parameters.has(param.name)).map((param) => param.name);
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `the pipeline ${ir.name} declares no parameter ${unknown.map((name) => `'${name}'`).join(', ')}.`, declared.length > 0 ? `It declares: ${declared.join(', ')}.` : 'It declares no parameters.');
    }
    const values = {};
    for (const param of params) {
        const spec = ir.parameters.get(param.name);
        const value = typed(param, spec);
        if (spec.literals && !spec.literals.some((literal) => sameValue(literal, value))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `${param.name}: '${param.text}' is not one of ${spec.literals.map((literal) => JSON.stringify(literal)).join(', ')}.`);
        }
        values[param.name] = value;
    }
    const missing = [...ir.parameters].filter(([name, spec]) => !(name in values) && !spec.isOptional && spec.defaultValue === undefined && !FILLED_ELSEWHERE.test(name));
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OptionError */ .eR('kfp-params', `the pipeline ${ir.name} needs ${missing.map(([name]) => name).join(', ')}, which ${missing.length === 1 ? 'has' : 'have'} no default.`, `Give ${missing.length === 1 ? 'it' : 'them'}, e.g. ${missing.map(([name, spec]) => `${name}=<${spec.parameterType}>`).join(', ')}.`);
    }
    return values;
}


/***/ }),

/***/ 8177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tP: () => (/* binding */ trainOnKfp)
});

// UNUSED EXPORTS: registersPipeline, runDisplayName

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/seconds.ts
var seconds = __webpack_require__(58771);
;// CONCATENATED MODULE: ./src/kfp/api-types.ts
/**
 * The Kubeflow Pipelines v2beta1 REST shapes this client reads and writes, from KFP's swagger
 * (backend/api/v2beta1/swagger/{run,pipeline,pipeline.upload,experiment,healthz}.swagger.json).
 * The API server marshals with protojson UseProtoNames and EmitUnpopulated off: fields are
 * snake_case and a zero value (empty string, 0, false, empty list) is left out, so every field
 * is optional here and read with a default. It unmarshals with DiscardUnknown off: a request
 * field the API does not define is a 400, so request bodies are built from these types only.
 */
const TERMINAL_STATES = ['SUCCEEDED', 'SKIPPED', 'FAILED', 'CANCELED'];

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/kfp/client.ts
/**
 * The port to the Kubeflow Pipelines REST API (v2beta1): one request function with the bearer
 * token, retries and errors that say what to fix. Nothing here knows about runs; train.ts does.
 *
 * What the API answers, and how it is read (KFP's backend/src/apiserver):
 * - gRPC-gateway errors: `{code, message, details}` (KFP 2.14+, grpc-gateway v2) or
 *   `{error, code, message, details}` (KFP 2.0–2.5, grpc-gateway v1).
 * - The multipart upload endpoints write their own: `{error_message, error_details}`, where the
 *   details are the server's Go stack (`%+v`): the message is shown, the stack is not.
 *   They answer an authorization failure with a 400 too.
 * - Some checks answer with plain text (`http.Error`).
 * - In front of KFP there is usually an auth proxy (oauth2-proxy, Dex through Istio): a missing
 *   or wrong token gets a redirect to, or the HTML of, its login page.
 * 429, 502, 503, 504 and dropped connections are retried with backoff (honouring Retry-After);
 * other 4xx are not. The token is read before every request (a projected service-account token
 * rotates) and scrubbed from everything this module says.
 */


const API_PREFIX = '/apis/v2beta1';
/** Removes every secret it has been shown from a text. */
class SecretScrubber {
    onNew;
    secrets = new Set();
    constructor(onNew) {
        this.onNew = onNew;
    }
    add(secret) {
        // A very short value would scrub ordinary words; tokens are long.
        if (!secret || secret.length < 4 || this.secrets.has(secret))
            return;
        this.secrets.add(secret);
        this.onNew?.(secret);
    }
    scrub(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
}
/** The token source for these settings (spell: how the front end spells an option key). */
function tokenSource(input) {
    if (input.token)
        return { describe: input.spell('kfp-token'), configured: true, read: async () => input.token };
    const fromEnv = input.env.KFP_TOKEN;
    if (fromEnv && fromEnv.trim() !== '')
        return { describe: 'the KFP_TOKEN environment variable', configured: true, read: async () => fromEnv.trim() };
    if (input.tokenFile) {
        const path = (0,external_node_path_.resolve)(input.cwd, input.tokenFile);
        const describe = `${input.spell('kfp-token-file')} (${input.tokenFile})`;
        return {
            describe,
            configured: true,
            read: async () => {
                let text;
                try {
                    text = await (0,promises_.readFile)(path, 'utf8');
                }
                catch (error) {
                    throw new KfpApiError(`could not read the token from ${describe}: ${error.message}`, { endpoint: 'token', kind: 'token' });
                }
                const token = text.trim();
                if (token === '')
                    throw new KfpApiError(`${describe} is empty`, { endpoint: 'token', kind: 'token' });
                return token;
            },
        };
    }
    return { describe: `none of ${input.spell('kfp-token')}, KFP_TOKEN or ${input.spell('kfp-token-file')} is set`, configured: false, read: async () => undefined };
}
/** A failed request: its status and endpoint, and the server's own message when it gave one. */
class KfpApiError extends Error {
    name = 'KfpApiError';
    status;
    endpoint;
    kind;
    /** The server's message, without status and endpoint (e.g. to match "already exists"). */
    serverMessage;
    constructor(message, details) {
        super(message);
        this.status = details.status;
        this.endpoint = details.endpoint;
        this.kind = details.kind;
        this.serverMessage = details.serverMessage;
    }
}
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const NOT_HANDLED_STATUSES = new Set([429, 503]);
const RETRY_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'TIMEOUT']);
function sleep(ms, signal) {
    return new Promise((done) => {
        if (signal?.aborted)
            return done();
        const timer = setTimeout(finish, ms);
        function finish() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', finish);
            done();
        }
        signal?.addEventListener('abort', finish, { once: true });
    });
}
function networkCode(error) {
    const cause = error?.cause;
    if (error?.name === 'TimeoutError' || cause?.name === 'TimeoutError')
        return 'TIMEOUT';
    return cause?.code ?? error?.code;
}
/** The message in an error body, whichever of KFP's shapes it has. */
function serverMessageOf(contentType, text) {
    const trimmed = text.trim();
    if (/text\/html/i.test(contentType) || /^<(!doctype html|html)[\s>]/i.test(trimmed))
        return { html: true };
    try {
        const body = JSON.parse(trimmed);
        if (body && typeof body === 'object') {
            if (typeof body.error_message === 'string')
                return { message: body.error_message, html: false };
            const message = typeof body.message === 'string' && body.message ? body.message : typeof body.error === 'string' ? body.error : undefined;
            if (message)
                return { message, html: false };
        }
    }
    catch {
        // not JSON: plain text
    }
    if (trimmed === '')
        return { html: false };
    const firstLine = trimmed.split('\n')[0];
    return { message: firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine, html: false };
}
const LOGIN_PAGE = 'the KFP API answered with a login page: check the token';
class KfpClient {
    settings;
    fetchImpl;
    constructor(settings) {
        this.settings = settings;
        this.fetchImpl = settings.fetch ?? fetch;
    }
    get host() {
        return this.settings.host;
    }
    /** One API call; `path` is below /apis/v2beta1 (e.g. `/runs`). Throws KfpApiError. */
    async request(method, path, options = {}) {
        const { scrubber } = this.settings;
        const endpoint = `${method} ${API_PREFIX}${path}`;
        const attempts = options.attempts ?? this.settings.attempts ?? 5;
        const idempotent = options.idempotent ?? method === 'GET';
        for (let attempt = 1;; attempt++) {
            const token = await this.settings.token.read();
            scrubber.add(token);
            let retryReason;
            let retryAfterMs;
            try {
                const response = await this.send(method, path, options, token);
                const text = await response.text();
                if ((response.status >= 200 && response.status < 300) || options.accept?.includes(response.status)) {
                    return { status: response.status, body: this.parseBody(endpoint, response, text) };
                }
                const retryable = idempotent ? RETRY_STATUSES.has(response.status) : NOT_HANDLED_STATUSES.has(response.status);
                if (!retryable || attempt >= attempts)
                    throw this.httpError(endpoint, response, text);
                retryReason = `${response.status} ${response.statusText}`.trim();
                retryAfterMs = retryAfter(response.headers.get('retry-after'));
            }
            catch (error) {
                if (error instanceof KfpApiError)
                    throw error;
                if (options.signal?.aborted)
                    throw new KfpApiError(`${endpoint} was cancelled`, { endpoint, kind: 'aborted' });
                const code = networkCode(error);
                const retryable = code !== undefined && RETRY_NETWORK.has(code) && (idempotent || code === 'ECONNREFUSED');
                if (!retryable || attempt >= attempts)
                    throw this.networkError(endpoint, error, code);
                retryReason = code === 'TIMEOUT' ? 'no answer' : code;
            }
            const delay = Math.min(retryAfterMs ?? (this.settings.retryDelayMs ?? ((n) => Math.min(1000 * 2 ** (n - 1), 30_000)))(attempt), 60_000);
            this.settings.onRetry?.(scrubber.scrub(`KFP API ${endpoint}: ${retryReason}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts})`));
            await sleep(delay, options.signal);
            if (options.signal?.aborted)
                throw new KfpApiError(`${endpoint} was cancelled`, { endpoint, kind: 'aborted' });
        }
    }
    send(method, path, options, token) {
        const url = new URL(`${this.settings.host}${API_PREFIX}${path}`);
        for (const [key, value] of Object.entries(options.query ?? {}))
            if (value !== undefined)
                url.searchParams.set(key, value);
        const headers = { accept: 'application/json' };
        if (token)
            headers.authorization = `Bearer ${token}`;
        let body;
        if (options.json !== undefined) {
            headers['content-type'] = 'application/json';
            body = JSON.stringify(options.json);
        }
        else if (options.form)
            body = options.form;
        const timeout = AbortSignal.timeout(options.timeoutMs ?? this.settings.requestTimeoutMs ?? 30_000);
        const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
        // manual: an auth proxy's redirect to its login page is an answer to report, not to follow.
        return this.fetchImpl(url, { method, headers, body, signal, redirect: 'manual' });
    }
    parseBody(endpoint, response, text) {
        const { html } = serverMessageOf(response.headers.get('content-type') ?? '', text);
        if (html)
            throw new KfpApiError(`${LOGIN_PAGE} (${this.settings.token.describe}); ${endpoint} answered ${response.status} with HTML`, { status: response.status, endpoint, kind: 'login-page' });
        if (text.trim() === '')
            return {};
        try {
            return JSON.parse(text);
        }
        catch {
            throw new KfpApiError(`${endpoint} answered ${response.status} with something that is not JSON: ${this.settings.scrubber.scrub(text.slice(0, 200))}`, { status: response.status, endpoint, kind: 'bad-answer' });
        }
    }
    httpError(endpoint, response, text) {
        const { scrubber, spell } = this.settings;
        const status = response.status;
        const statusLine = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
        if (status >= 300 && status < 400) {
            const location = response.headers.get('location') ?? '';
            let where = '';
            try {
                // Where it sends the user, without the query (it may carry state or a return URL).
                if (location)
                    where = ` to ${new URL(location, this.settings.host).origin}${new URL(location, this.settings.host).pathname}`;
            }
            catch {
                // not a URL: say nothing about it
            }
            return new KfpApiError(`${LOGIN_PAGE} (${this.settings.token.describe}): ${endpoint} answered ${statusLine}, a redirect${where}`, { status, endpoint, kind: 'login-page' });
        }
        const { message, html } = serverMessageOf(response.headers.get('content-type') ?? '', text);
        if (html)
            return new KfpApiError(`${LOGIN_PAGE} (${this.settings.token.describe}): ${endpoint} answered ${statusLine} with HTML`, { status, endpoint, kind: 'login-page' });
        const serverMessage = message ? scrubber.scrub(message) : undefined;
        let hint = '';
        if (status === 401) {
            hint = this.settings.token.configured ? `; the token was not accepted: check ${this.settings.token.describe}` : `; the KFP API needs a token: ${this.settings.token.describe}`;
        }
        else if (status === 403) {
            hint = `; the token may not do this${this.settings.namespace ? ` in namespace ${this.settings.namespace}` : ''}: check ${spell('kfp-namespace')} and ${spell('kfp-token')}`;
        }
        else if (status === 400 && endpoint.includes('/pipelines/upload') && /^Failed to create a pipeline( version)?$/.test(serverMessage ?? '')) {
            hint = `; KFP answers an authorization failure on upload this way too: check ${spell('kfp-namespace')} and ${spell('kfp-token')}`;
        }
        return new KfpApiError(`KFP API ${endpoint} answered ${statusLine}${serverMessage ? `: ${serverMessage}` : ''}${hint}`, { status, endpoint, kind: 'http', serverMessage });
    }
    networkError(endpoint, error, code) {
        const host = this.settings.host;
        const kfpHost = this.settings.spell('kfp-host');
        const detail = this.settings.scrubber.scrub((error.cause?.message ?? error.message ?? String(error)));
        const message = code === 'ECONNREFUSED' ? `could not connect to the KFP API at ${host} (connection refused): check ${kfpHost}`
            : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `the KFP API host of ${host} was not found: check ${kfpHost}`
                : code === 'TIMEOUT' ? `KFP API ${endpoint} did not answer within ${Math.round((this.settings.requestTimeoutMs ?? 30_000) / 1000)} s (${host}; check ${kfpHost})`
                    : /certificate|CERT_|SSL|TLS/i.test(`${code ?? ''} ${detail}`) ? `the TLS connection to ${host} failed (${detail}): check ${kfpHost}`
                        : `KFP API ${endpoint} failed: ${detail}${code ? ` (${code})` : ''} (check ${kfpHost})`;
        return new KfpApiError(message, { endpoint, kind: 'network' });
    }
}
function retryAfter(header) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

// EXTERNAL MODULE: ./src/kfp/pipeline-ir.ts
var pipeline_ir = __webpack_require__(40913);
;// CONCATENATED MODULE: ./src/kfp/tasks.ts
const FINISHED_TASK_STATES = new Set(['SUCCEEDED', 'SKIPPED', 'FAILED', 'CANCELED', 'CACHED']);
/** Rows that are the workflow's machinery, not the pipeline's tasks. */
const MACHINERY = /^(root|executor)$|-driver$/;
/** A time the API gave, or undefined for none / the epoch placeholder. */
function realTime(value) {
    if (!value)
        return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) || ms <= 0 ? undefined : value;
}
function durationOf(start, end, state) {
    if (!start || !end || !FINISHED_TASK_STATES.has(state))
        return undefined;
    const ms = Date.parse(end) - Date.parse(start);
    return ms >= 0 ? ms : undefined;
}
const isOwn = (name, taskNames) => taskNames.size > 0 ? taskNames.has(name) && !MACHINERY.test(name) : name !== '' && !MACHINERY.test(name);
function fromTaskApi(task) {
    const name = task.display_name || task.name || '';
    const state = task.state ?? 'RUNTIME_STATE_UNSPECIFIED';
    const history = task.state_history ?? [];
    const startedAt = realTime(task.create_time) ?? realTime(history[0]?.update_time);
    const finishedAt = FINISHED_TASK_STATES.has(state) ? realTime(task.end_time) : undefined;
    const error = task.status_metadata?.message || [...history].reverse().find((entry) => entry.error?.message)?.error?.message;
    return { id: task.task_id || name, name, state, startedAt, finishedAt, durationMs: durationOf(startedAt, finishedAt, state), ...(error ? { error } : {}) };
}
function fromArgoNode(node) {
    const name = node.display_name ?? '';
    const state = node.state ?? 'RUNTIME_STATE_UNSPECIFIED';
    const startedAt = realTime(node.start_time);
    const finishedAt = FINISHED_TASK_STATES.has(state) ? realTime(node.end_time) : undefined;
    const error = node.error?.message || [...(node.state_history ?? [])].reverse().find((entry) => entry.error?.message)?.error?.message;
    return { id: node.task_id || node.pod_name || name, name, state, startedAt, finishedAt, durationMs: durationOf(startedAt, finishedAt, state), ...(error ? { error } : {}) };
}
/** Whether this answer carries the task API (only servers that have it answer `tasks`). */
function hasTaskApi(run) {
    return Array.isArray(run.tasks);
}
/** The pipeline's own tasks of a run, in the order the API lists them. */
function tasksOf(run, taskNames) {
    if (hasTaskApi(run)) {
        return run.tasks.filter((task) => task.type !== 'ROOT').map(fromTaskApi).filter((task) => isOwn(task.name, taskNames));
    }
    return (run.run_details?.task_details ?? []).map(fromArgoNode).filter((task) => isOwn(task.name, taskNames));
}
function numberOf(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    // protojson writes NaN and Infinity as strings
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}
/**
 * Metric artifacts of the pipeline's tasks (`tasks[].outputs.artifacts[].artifacts[]` of type
 * Metric), under `kfp:<task name>`; undefined when the server has no task API (released KFP).
 */
function metricsOf(run, taskNames) {
    if (!hasTaskApi(run))
        return undefined;
    const byPath = new Map();
    for (const task of run.tasks) {
        const name = task.display_name || task.name || '';
        if (task.type === 'ROOT' || !isOwn(name, taskNames))
            continue;
        for (const io of task.outputs?.artifacts ?? []) {
            for (const artifact of io.artifacts ?? []) {
                const value = numberOf(artifact.number_value);
                if (artifact.type !== 'Metric' || !artifact.name || value === undefined)
                    continue;
                const values = byPath.get(`kfp:${name}`) ?? {};
                values[artifact.name] = value;
                byPath.set(`kfp:${name}`, values);
            }
        }
    }
    return [...byPath].map(([path, values]) => ({ path, values }));
}

;// CONCATENATED MODULE: ./src/kfp/train.ts
/**
 * The train stage on Kubeflow Pipelines: submit the compiled pipeline as a run, follow it to its
 * end with every state change in the log, and return what happened as data.
 *
 * - A pull request, a manual run or a push to another branch sends the IR inline
 *   (`pipeline_spec`): nothing is registered for an unmerged change. A push to the default
 *   branch or a schedule registers it as a pipeline version named after the commit's full sha
 *   (uploading the pipeline first when it is new); the same commit again finds its version by
 *   the upload's 409 and reuses it.
 * - The run is polled every 2 s, backing off to 15 s. SUCCEEDED, SKIPPED, FAILED and CANCELED end
 *   the wait (the KFP SDK's wait_for_run_completion does not stop on CANCELED:
 *   kubeflow/pipelines#14473, #3576). Past kfp-timeout, or when the job is cancelled (`signal`),
 *   the run is terminated (`POST /runs/{id}:terminate`) before this returns.
 * - Nothing a user can cause throws: a bad option found here (a parameter the pipeline does not
 *   take, a multi-user server without kfp-namespace) is `not-started` with its OptionError.
 */






const MAX_TASK_ERROR = 500;
/** A logger that scrubs secrets from every line before it goes out. */
function scrubbed(logger, scrubber) {
    return {
        info: (message) => logger.info(scrubber.scrub(message)),
        warning: (message) => logger.warning(scrubber.scrub(message)),
        error: (message) => logger.error(scrubber.scrub(message)),
        group: (name, fn) => logger.group(name, fn),
        output: (chunk, stream) => logger.output(chunk, stream),
    };
}
function train_sleep(ms, signal) {
    return new Promise((done) => {
        if (signal?.aborted || ms <= 0)
            return done();
        const timer = setTimeout(finish, ms);
        function finish() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', finish);
            done();
        }
        signal?.addEventListener('abort', finish, { once: true });
    });
}
const filterEquals = (key, value) => JSON.stringify({ predicates: [{ operation: 'EQUALS', key, string_value: value }] });
/** The run's display name: `<repository> <event> <short sha>`. */
function runDisplayName(facts, fallbackName) {
    const sha = facts.event === 'pr' ? (facts.prHeadSha ?? facts.sha) : facts.sha;
    return [facts.repository ?? fallbackName, facts.event, sha ? sha.slice(0, 7) : 'workspace'].join(' ');
}
/** Whether this event registers the pipeline (a merge or a schedule) or sends it inline. */
function registersPipeline(facts) {
    return facts.defaultBranchPush || facts.event === 'schedule';
}
async function ensureExperiment(client, name, namespace, log) {
    const find = async () => {
        const { body } = await client.request('GET', '/experiments', { query: { filter: filterEquals('display_name', name), namespace, page_size: '2' } });
        return body.experiments?.find((experiment) => experiment.display_name === name && experiment.experiment_id);
    };
    const found = await find();
    if (found) {
        if (found.storage_state === 'ARCHIVED')
            log.warning(`The KFP experiment ${name} is archived: KFP may refuse runs in it (unarchive it, or set another kfp-experiment).`);
        return { id: found.experiment_id, name, created: false };
    }
    const { status, body } = await client.request('POST', '/experiments', { json: { display_name: name, description: 'Runs started by mlops-action.', ...(namespace ? { namespace } : {}) }, accept: [409] });
    if (status === 409) {
        // Created meanwhile by another job.
        const again = await find();
        if (again)
            return { id: again.experiment_id, name, created: false };
        throw new KfpApiError(`KFP API POST /apis/v2beta1/experiments answered 409: an experiment named ${name} exists but cannot be listed${namespace ? ` in namespace ${namespace}` : ''}`, { status, endpoint: 'POST /apis/v2beta1/experiments', kind: 'http' });
    }
    if (!body.experiment_id)
        throw new KfpApiError('KFP API POST /apis/v2beta1/experiments answered without an experiment_id', { endpoint: 'POST /apis/v2beta1/experiments', kind: 'bad-answer' });
    log.info(`Created the KFP experiment ${name}${namespace ? ` in namespace ${namespace}` : ''}.`);
    return { id: body.experiment_id, name, created: true };
}
async function findPipeline(client, name, namespace, key) {
    const { body } = await client.request('GET', '/pipelines', { query: { filter: filterEquals(key, name), namespace, page_size: '2' } });
    return body.pipelines?.find((pipeline) => (pipeline[key] ?? pipeline.display_name) === name && pipeline.pipeline_id);
}
async function findVersion(client, pipelineId, name) {
    for (const key of ['display_name', 'name']) {
        const { body } = await client.request('GET', `/pipelines/${encodeURIComponent(pipelineId)}/versions`, { query: { filter: filterEquals(key, name), page_size: '2' } });
        const found = body.pipeline_versions?.find((version) => (version.name === name || version.display_name === name) && version.pipeline_version_id);
        if (found)
            return found;
    }
    return undefined;
}
function uploadForm(ir) {
    const form = new FormData();
    // KFP picks the format by the file name: .yaml, .yml or .json (backend/src/apiserver/server/util.go ReadPipelineFile).
    const fileName = /\.(ya?ml|json)$/i.test(ir.fileName) ? ir.fileName : `${ir.fileName}.yaml`;
    form.append('uploadfile', new Blob([ir.text], { type: fileName.endsWith('.json') ? 'application/json' : 'application/yaml' }), fileName);
    return form;
}
async function registerVersion(client, ir, pipelineName, sha, namespace, repository, log) {
    let pipeline = await findPipeline(client, pipelineName, namespace, 'display_name');
    let pipelineCreated = false;
    if (!pipeline) {
        const { status, body } = await client.request('POST', '/pipelines/upload', {
            query: { name: pipelineName, namespace, description: repository ? `Registered by mlops-action from ${repository}.` : 'Registered by mlops-action.' },
            form: uploadForm(ir), idempotent: true, accept: [409],
        });
        if (status === 409) {
            // Uploaded meanwhile, or registered under this name with another display name (KFP 2.14+).
            pipeline = (await findPipeline(client, pipelineName, namespace, 'display_name')) ?? (await findPipeline(client, pipelineName, namespace, 'name').catch(() => undefined));
            if (!pipeline)
                throw new KfpApiError(`KFP API POST /apis/v2beta1/pipelines/upload answered 409: a pipeline named ${pipelineName} exists but cannot be listed${namespace ? ` in namespace ${namespace}` : ''}`, { status, endpoint: 'POST /apis/v2beta1/pipelines/upload', kind: 'http' });
        }
        else {
            pipeline = body;
            pipelineCreated = true;
            log.info(`Registered the new KFP pipeline ${pipelineName}.`);
        }
    }
    const pipelineId = pipeline.pipeline_id;
    if (!pipelineId)
        throw new KfpApiError('KFP API POST /apis/v2beta1/pipelines/upload answered without a pipeline_id', { endpoint: 'POST /apis/v2beta1/pipelines/upload', kind: 'bad-answer' });
    const { status, body } = await client.request('POST', '/pipelines/upload_version', {
        query: { name: sha, pipelineid: pipelineId, description: `Commit ${sha}${repository ? ` of ${repository}` : ''}.` },
        form: uploadForm(ir), idempotent: true, accept: [409],
    });
    if (status !== 409) {
        if (!body.pipeline_version_id)
            throw new KfpApiError('KFP API POST /apis/v2beta1/pipelines/upload_version answered without a pipeline_version_id', { endpoint: 'POST /apis/v2beta1/pipelines/upload_version', kind: 'bad-answer' });
        log.info(`Registered ${pipelineName} version ${sha}.`);
        return { kind: 'version', pipelineId, pipelineName, versionId: body.pipeline_version_id, versionName: sha, pipelineCreated, versionReused: false };
    }
    // 409: this commit was registered before (a re-run, or the nightly run of an unchanged commit).
    const existing = await findVersion(client, pipelineId, sha);
    if (!existing)
        throw new KfpApiError(`KFP API POST /apis/v2beta1/pipelines/upload_version answered 409 for version ${sha}, but no version of ${pipelineName} has that name`, { status: 409, endpoint: 'POST /apis/v2beta1/pipelines/upload_version', kind: 'http' });
    log.info(`Reusing ${pipelineName} version ${sha}: this commit was registered before.`);
    return { kind: 'version', pipelineId, pipelineName, versionId: existing.pipeline_version_id, versionName: sha, pipelineCreated, versionReused: true };
}
const clock = (date) => date.toISOString().slice(11, 19);
/** Prints what changed since the last poll: the run's state and each task's, with the time. */
class ChangeLog {
    log;
    now;
    runState;
    taskStates = new Map();
    constructor(log, now) {
        this.log = log;
        this.now = now;
    }
    observe(state, tasks) {
        const at = `[${clock(this.now())}]`;
        if (state !== this.runState) {
            this.log.info(`${at} run: ${this.runState ? `${this.runState} → ` : ''}${state}`);
            this.runState = state;
        }
        for (const task of tasks) {
            const before = this.taskStates.get(task.id);
            if (before === task.state)
                continue;
            this.taskStates.set(task.id, task.state);
            const took = task.durationMs !== undefined ? ` (${(0,seconds/* formatSeconds */.X)(task.durationMs)})` : '';
            const error = task.error ? `: ${task.error.slice(0, MAX_TASK_ERROR)}` : '';
            const line = `${at} task ${task.name}: ${before ? `${before} → ` : ''}${task.state}${took}${error}`;
            (task.state === 'FAILED' ? this.log.error : this.log.info).call(this.log, line);
        }
    }
}
function lastStateOf(run, fallback) {
    const entry = run?.state_history?.at(-1);
    return entry?.state ? { state: entry.state, since: realTime(entry.update_time) } : { state: fallback };
}
function runDuration(run, localMs) {
    const start = realTime(run?.created_at);
    const end = realTime(run?.finished_at);
    if (start && end && run?.state && TERMINAL_STATES.includes(run.state)) {
        const ms = Date.parse(end) - Date.parse(start);
        if (ms >= 0)
            return ms;
    }
    return localMs;
}
function failureMessageOf(run, tasks) {
    const fromHistory = [...(run.state_history ?? [])].reverse().find((entry) => entry.error?.message)?.error?.message;
    const fromTasks = tasks.find((task) => task.state === 'FAILED' && task.error)?.error;
    const message = run.error?.message || fromHistory || fromTasks;
    return message ? message.slice(0, MAX_TASK_ERROR) : undefined;
}
/**
 * Run the pipeline on KFP and follow it to its end. Never throws for anything the user or the
 * server can cause: see the result's `kind`.
 */
async function trainOnKfp(options, deps) {
    const now = deps.now ?? (() => new Date());
    const spell = deps.spell ?? ((key) => key);
    const scrubber = new SecretScrubber(deps.mask);
    scrubber.add(deps.token);
    const log = scrubbed(deps.logger, scrubber);
    const started = now().getTime();
    const elapsed = () => now().getTime() - started;
    const notStarted = (reason, optionError) => {
        const message = scrubber.scrub(reason);
        log.error(`Nothing was submitted to Kubeflow Pipelines: ${message}`);
        return { kind: 'not-started', reason: message, durationMs: elapsed(), ...(optionError ? { optionError } : {}) };
    };
    let ir;
    let parameters;
    try {
        ir = await (0,pipeline_ir/* readPipelineIr */.gr)(deps.cwd, options.pipeline);
        parameters = (0,pipeline_ir/* runtimeParameters */.fE)(ir, options.params);
        for (const [name, value] of Object.entries(deps.declaredOnly ?? {}))
            if (ir.parameters.has(name) && !(name in parameters))
                parameters[name] = value;
    }
    catch (error) {
        if (error instanceof errors/* OptionError */.eR)
            return notStarted(error.spelled(spell).message + (error.hint ? ` ${error.hint}` : ''), error);
        if (error instanceof pipeline_ir/* PipelineIrError */.On)
            return notStarted(`${spell('kfp-pipeline')}: ${error.message}`);
        throw error;
    }
    const register = registersPipeline(deps.facts);
    if (register && !deps.facts.sha)
        return notStarted('the commit is not known, so the pipeline version cannot be named after it');
    const pipelineName = options.pipelineName ?? ir.name;
    const displayName = runDisplayName(deps.facts, pipelineName);
    const client = new KfpClient({
        host: options.host,
        token: tokenSource({ token: deps.token, env: deps.env, tokenFile: options.tokenFile, cwd: deps.cwd, spell }),
        scrubber,
        spell,
        namespace: options.namespace,
        fetch: deps.fetch,
        attempts: deps.retry?.attempts,
        retryDelayMs: deps.retry?.delayMs,
        onRetry: (message) => log.warning(message),
    });
    let info;
    let submitted;
    try {
        const { body: health } = await client.request('GET', '/healthz');
        const multiUser = health.multi_user === true;
        if (multiUser && !options.namespace) {
            const error = new errors/* OptionError */.eR('kfp-namespace', `is required: the KFP server at ${options.host} is multi-user (one namespace per Kubeflow profile).`, 'Set it to your profile namespace, e.g. kubeflow-user-example-com.');
            return notStarted(`${error.spelled(spell).message} ${error.hint}`, error);
        }
        if (!multiUser && options.namespace)
            log.info(`The KFP server is single-user: ${spell('kfp-namespace')} (${options.namespace}) is not used.`);
        const namespace = multiUser ? options.namespace : undefined;
        const experiment = await ensureExperiment(client, options.experiment, namespace, log);
        let source;
        if (register)
            source = await registerVersion(client, ir, pipelineName, deps.facts.sha, namespace, deps.facts.repository, log);
        else {
            source = { kind: 'inline' };
            log.info(`Sending ${options.pipeline} inline: a ${deps.facts.event === 'pr' ? 'pull request' : `${deps.facts.event} run`} registers no pipeline version.`);
        }
        const body = {
            display_name: displayName,
            description: `Started by mlops-action${deps.facts.repository ? ` for ${deps.facts.repository}` : ''} (${deps.facts.event}${deps.facts.sha ? `, commit ${deps.facts.sha}` : ''}).`,
            experiment_id: experiment.id,
            ...(source.kind === 'inline' ? { pipeline_spec: (0,pipeline_ir/* inlinePipelineSpec */.vp)(ir) } : { pipeline_version_reference: { pipeline_id: source.pipelineId, pipeline_version_id: source.versionId } }),
            runtime_config: { parameters },
        };
        // Not after the job is cancelled; and the request itself is not cancelled, or a run could start unseen.
        if (deps.signal?.aborted)
            return notStarted('the job was cancelled before the run was submitted');
        ({ body: submitted } = await client.request('POST', '/runs', { json: body, idempotent: false }));
        if (!submitted.run_id)
            throw new KfpApiError('KFP API POST /apis/v2beta1/runs answered without a run_id', { endpoint: 'POST /apis/v2beta1/runs', kind: 'bad-answer' });
        info = { id: submitted.run_id, url: `${options.host}/#/runs/details/${submitted.run_id}`, displayName, experiment, source, ...(namespace ? { namespace } : {}) };
    }
    catch (error) {
        if (error instanceof KfpApiError)
            return notStarted(error.message);
        throw error;
    }
    log.info(`Started the KFP run ${displayName} in experiment ${info.experiment.name}: ${info.url}`);
    return follow(client, info, submitted, ir, options, deps, log, now);
}
async function follow(client, info, submitted, ir, options, deps, log, now) {
    const changes = new ChangeLog(log, now);
    const submittedAt = now().getTime();
    const deadline = submittedAt + options.timeoutSeconds * 1000;
    const initial = deps.poll?.initialMs ?? 2000;
    const max = deps.poll?.maxMs ?? 15_000;
    let interval = initial;
    let last = submitted;
    const base = (run) => {
        const tasks = tasksOf(run, ir.taskNames);
        const metrics = metricsOf(run, ir.taskNames);
        return { run: info, state: run.state ?? 'RUNTIME_STATE_UNSPECIFIED', durationMs: runDuration(run, now().getTime() - submittedAt), tasks, ...(metrics ? { metrics } : {}) };
    };
    changes.observe(last.state ?? 'PENDING', tasksOf(last, ir.taskNames));
    for (;;) {
        if (last.state && TERMINAL_STATES.includes(last.state))
            break;
        if (deps.signal?.aborted)
            return stop('interrupted');
        const left = deadline - now().getTime();
        if (left <= 0)
            return stop('timed-out');
        await train_sleep(Math.min(interval, left), deps.signal);
        interval = Math.min(Math.round(interval * 1.5), max);
        if (deps.signal?.aborted)
            return stop('interrupted');
        try {
            ({ body: last } = await client.request('GET', `/runs/${encodeURIComponent(info.id)}`, { query: { view: 'FULL' }, signal: deps.signal }));
        }
        catch (error) {
            if (!(error instanceof KfpApiError))
                throw error;
            if (error.kind === 'aborted')
                return stop('interrupted');
            log.error(`Lost the KFP run ${info.displayName}: ${error.message}. It may still be running: ${info.url}`);
            const followed = base(last);
            return { ...followed, kind: 'failed', state: followed.state, failingTasks: [], message: `could not follow the run: ${error.message}` };
        }
        changes.observe(last.state ?? 'RUNTIME_STATE_UNSPECIFIED', tasksOf(last, ir.taskNames));
    }
    const followed = base(last);
    const took = (0,seconds/* formatSeconds */.X)(followed.durationMs);
    if (last.state === 'SUCCEEDED' || last.state === 'SKIPPED') {
        log.info(`KFP run ${info.displayName} ${last.state} in ${took}: ${info.url}`);
        return { ...followed, kind: 'succeeded', state: last.state };
    }
    const failingTasks = followed.tasks.filter((task) => task.state === 'FAILED').map((task) => task.name);
    const message = failureMessageOf(last, followed.tasks);
    log.error(`KFP run ${info.displayName} ${last.state} after ${took}${failingTasks.length ? `; failed: ${failingTasks.join(', ')}` : ''}${message ? `; ${message}` : ''}: ${info.url}`);
    return { ...followed, kind: 'failed', state: last.state, failingTasks, ...(message ? { message } : {}) };
    async function stop(why) {
        const lastState = lastStateOf(last, last.state ?? 'PENDING');
        log.warning(why === 'timed-out'
            ? `The KFP run ${info.displayName} did not finish within ${options.timeoutSeconds} s (${deps.spell?.('kfp-timeout') ?? 'kfp-timeout'}): terminating it.`
            : `The job was cancelled: terminating the KFP run ${info.displayName}.`);
        let terminated = true;
        try {
            // Not the job's signal: it has fired, and the run must still be stopped. A cancelled job
            // has seconds before it is killed (the runner's grace period): try briefly then.
            const quick = why === 'interrupted' ? { attempts: 2, timeoutMs: 3000 } : {};
            await client.request('POST', `/runs/${encodeURIComponent(info.id)}:terminate`, { idempotent: true, ...quick });
            log.info(`Terminated the KFP run ${info.displayName}: ${info.url}`);
        }
        catch (error) {
            if (!(error instanceof KfpApiError))
                throw error;
            terminated = { error: error.message };
            log.error(`Could not terminate the KFP run ${info.displayName} (${info.url}): ${error.message}`);
        }
        try {
            ({ body: last } = await client.request('GET', `/runs/${encodeURIComponent(info.id)}`, { query: { view: 'FULL' }, attempts: 1, timeoutMs: 5000 }));
            changes.observe(last.state ?? 'RUNTIME_STATE_UNSPECIFIED', tasksOf(last, ir.taskNames));
        }
        catch {
            // what was seen last stands
        }
        const followed = base(last);
        return why === 'timed-out'
            ? { ...followed, kind: 'timed-out', timeoutSeconds: options.timeoutSeconds, lastState, terminated }
            : { ...followed, kind: 'interrupted', lastState, terminated };
    }
}


/***/ }),

/***/ 31766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ compareMetrics)
/* harmony export */ });
/* harmony import */ var _direction_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5544);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41048);
/**
 * Beyond DVC: each metric with its relative change and whether it got better or worse.
 * Built on the DVC diff (taken with `all`), so the numbers are the same ones DVC shows.
 */


function verdictOf(oldValue, newValue, direction) {
    if (oldValue === null && newValue !== null)
        return 'added';
    if (newValue === null && oldValue !== null)
        return 'removed';
    if ((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .pyEquals */ .PU)(oldValue, newValue))
        return 'unchanged';
    const before = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .toFloat */ .SP)(oldValue);
    const after = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .toFloat */ .SP)(newValue);
    if (direction === undefined || before === undefined || after === undefined || Number.isNaN(before) || Number.isNaN(after))
        return 'changed';
    return (after > before) === (direction === 'higher') ? 'better' : 'worse';
}
function compareMetrics(diff, overrides) {
    const rows = [];
    const guesses = new Map();
    for (const [path, changes] of diff) {
        for (const [key, change] of changes) {
            const direction = (0,_direction_js__WEBPACK_IMPORTED_MODULE_0__/* .directionOf */ .FR)(path, key, overrides, guesses);
            const row = { path, key, old: change.old, new: change.new, verdict: verdictOf(change.old, change.new, direction) };
            if (change.diff !== undefined)
                row.diff = change.diff;
            if (direction)
                row.direction = direction;
            if (change.oldUnreadable !== undefined) {
                row.baseUnreadable = change.oldUnreadable;
                // not "new": it may well have been there, only unreadable
                if (row.verdict === 'added')
                    row.verdict = 'changed';
            }
            const before = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .toFloat */ .SP)(change.old);
            const delta = change.diff === undefined ? undefined : Number(change.diff);
            if (before !== undefined && before !== 0 && delta !== undefined && Number.isFinite(delta / before)) {
                row.relativePercent = (delta / Math.abs(before)) * 100;
            }
            rows.push(row);
        }
    }
    return rows;
}


/***/ }),

/***/ 75561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ metricHistory),
/* harmony export */   uX: () => (/* binding */ metricsHistory),
/* harmony export */   zq: () => (/* binding */ DEFAULT_LAST)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71243);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13577);
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58655);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79341);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43775);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41048);
/**
 * A metric over time, from git alone: the metrics files at the last first-parent commits of a
 * branch that changed them (`git log --first-parent -- <files>`: the commits of the branch itself,
 * merges included, not those of the branches merged into it), each blob read through ONE
 * `git cat-file --batch` process, and parsed as `metrics show` parses them (JSON, YAML, TOML; the
 * last row of a CSV/TSV; nested keys joined with dots). Commits where a file is missing, unreadable
 * or lacks the key are skipped, so `last` counts commits that have a value.
 */








const DEFAULT_LAST = 20;
/** A history's read: git stopping before it answers (a partial clone's old blob) is said as that. */
async function readAt(reader, name) {
    try {
        return await reader.read(name);
    }
    catch (error) {
        if (!(error instanceof _git_js__WEBPACK_IMPORTED_MODULE_2__/* .GitStoppedError */ .qR))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`${error.message}; the history cannot be read.`, {
            hint: /promisor remote/.test(error.said) ? 'This partial clone cannot fetch the old versions: run `git fetch` with access to the remote, or clone without --filter.' : undefined,
        });
    }
}
/** The commits of `ref`'s first-parent line that changed any of the paths, newest first. */
async function commitsTouching(cwd, commit, paths, env) {
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['log', '--first-parent', '--format=%H %cI', commit, '--', ...paths], env);
    if (!result.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`cannot read the history of ${paths.join(', ')}: ${result.stderr.trim()}`);
    return result.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha, date] = line.split(' ');
        return { commit: sha, date };
    });
}
/** A metrics file's numeric values by dotted key, as `metrics show` reads the file. */
async function parseMetrics(path, content, row) {
    const format = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(path);
    let data;
    if (format === 'csv' || format === 'tsv') {
        data = await (0,_csv_js__WEBPACK_IMPORTED_MODULE_3__/* .readCsvRow */ .Nq)(node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([content]), format === 'csv' ? ',' : '\t', row, path);
    }
    else {
        if (content.length > _load_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_BYTES */ .fS)
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2(path, `is ${(content.length / 2 ** 20).toFixed(1)} MiB; ${format.toUpperCase()} metrics files over ${_load_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_BYTES */ .fS / 2 ** 20} MiB are not read.`);
        if (format === 'toml')
            await (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTomlParser */ ._1)();
        data = (0,_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStructured */ .jE)(content.toString('utf8'), format, path);
    }
    const extracted = (0,_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .extractMetrics */ .$)(data);
    const values = new Map();
    if (!(0,_value_js__WEBPACK_IMPORTED_MODULE_7__/* .isPlainObject */ .Qd)(extracted))
        return values;
    for (const [key, value] of (0,_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .flatten */ .B)(extracted, path)) {
        if (typeof value === 'bigint' || typeof value === 'number')
            values.set(key, value);
    }
    return values;
}
function checkedLast(last) {
    const count = last ?? DEFAULT_LAST;
    if (!Number.isSafeInteger(count) || count < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`last: ${count} is not a whole number of commits above 0.`, { exitCode: 2 });
    return count;
}
/**
 * The metrics files at the last `last` first-parent commits of `ref` that changed them and have a
 * value, oldest first (the order a chart reads).
 */
async function metricsHistory(options) {
    const last = checkedLast(options.last);
    const ref = options.ref ?? 'HEAD';
    const tip = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCommit */ .WL)(options.cwd, ref);
    const commits = await commitsTouching(options.cwd, tip, options.paths, options.env);
    const keys = options.keys ? new Set(options.keys) : undefined;
    const entries = [];
    if (commits.length === 0)
        return entries;
    // started at the first commit not known already: a trend of only the diff's base reads nothing
    let reader;
    try {
        for (const { commit, date } of commits) {
            if (entries.length === last)
                break;
            const files = new Map();
            for (const path of options.paths) {
                const known = options.known?.commit === commit ? options.known.files.get(path) : undefined;
                if (known) {
                    const kept = keys ? new Map([...keys].flatMap((key) => (known.has(key) ? [[key, known.get(key)]] : []))) : known;
                    if (kept.size > 0)
                        files.set(path, kept);
                    continue;
                }
                const blob = await readAt((reader ??= new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .BatchReader */ .Q7(options.cwd, options.env)), `${commit}:./${path.replace(/^\.\//, '')}`);
                if (blob.kind === 'missing')
                    continue;
                if (blob.kind !== 'blob') {
                    options.onWarning?.(`${path} at ${commit.slice(0, 7)} is a ${blob.kind === 'other' ? blob.type : 'blob too big to read'}, not a file: skipped.`);
                    continue;
                }
                try {
                    const values = await parseMetrics(path, blob.content, options.row ?? _csv_js__WEBPACK_IMPORTED_MODULE_3__/* .LAST_ROW */ .Im);
                    const kept = keys ? new Map([...values].filter(([key]) => keys.has(key))) : values;
                    if (kept.size > 0)
                        files.set(path, kept);
                }
                catch (error) {
                    if (!(error instanceof _parse_js__WEBPACK_IMPORTED_MODULE_6__/* .UnreadableFileError */ .o2))
                        throw error;
                    options.onWarning?.(`${path} at ${commit.slice(0, 7)}: ${error.reason} (skipped)`);
                }
            }
            if (files.size > 0)
                entries.push({ commit, date, files });
        }
    }
    finally {
        reader?.close();
    }
    return entries.reverse();
}
/** One metric of one file at the last `last` first-parent commits of `ref` that have it, oldest first. */
async function metricHistory(options) {
    const known = options.known && { commit: options.known.commit, files: new Map([[options.path, new Map([[options.key, options.known.value]])]]) };
    const entries = await metricsHistory({ ...options, paths: [options.path], keys: [options.key], known });
    return entries.map((entry) => ({ commit: entry.commit, date: entry.date, value: (0,_value_js__WEBPACK_IMPORTED_MODULE_7__/* .toFloat */ .SP)(entry.files.get(options.path).get(options.key)) }));
}


/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflight: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * What can be checked before training is checked before training: a bad InferenceService name,
 * an unreadable smoke-test request or malformed image settings would otherwise surface after the
 * model was trained and the image pushed. Each problem is an OptionError naming the option.
 */


/** A check whose errors do not name an option yet: re-keyed to the option they are about. */
function as(key, check) {
    try {
        check();
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OptionError */ .eR || !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OptionError */ .eR(key, error.message.replace(/^[-\w]+: /, ''), error.hint);
    }
}
/** A stand-in for the image a run will push: its digest is not known before the build. */
const PUSHED_PLACEHOLDER = 'registry.invalid/preflight@sha256:' + '0'.repeat(64);
/** A stand-in for the artifact location of the version MLflow's registry will hold. */
const REGISTRY_PLACEHOLDER = 's3://mlflow-registry.invalid/preflight';
/** `env`: where the canary analysis' credential variables are read, on an event that will roll out (none: the file only). */
async function preflight(options, { env } = {}) {
    // the pipeline file, or (when train-command compiles it first) what can be known without it
    // each stage's checks load with the stage: a report without KServe never loads the Prometheus client
    if (options.kfp) {
        const { preflightKfp } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(5716)]).then(__webpack_require__.bind(__webpack_require__, 25716));
        await preflightKfp(options.kfp, options.workingDirectory, { compiledFirst: options.trainCommand !== undefined });
    }
    // a metric-definitions line that does not parse is the user's typo: refused before training
    if (options.noise)
        (await Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(4291), __webpack_require__.e(2016)]).then(__webpack_require__.bind(__webpack_require__, 74291))).parseMetricDefinitions(options.noise.definitions);
    if (options.image) {
        const [{ parseImages }, { checkSecretFiles }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(3113)]).then(__webpack_require__.bind(__webpack_require__, 53113)), Promise.all(/* import() */[__webpack_require__.e(7084), __webpack_require__.e(9643)]).then(__webpack_require__.bind(__webpack_require__, 69643))]);
        const { images } = options.image;
        as('image', () => parseImages(images));
        // a secret file that is not there would fail the build after training, or leave a RUN without it
        await checkSecretFiles(options.image.secrets, options.workingDirectory);
    }
    const kserve = options.kserve;
    if (!kserve)
        return;
    const [{ inferenceService }, { manifestInputOf }, { readSmokeRequest }] = await Promise.all([__webpack_require__.e(/* import() */ 6995).then(__webpack_require__.bind(__webpack_require__, 16995)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(2402), __webpack_require__.e(6834), __webpack_require__.e(5262)]).then(__webpack_require__.bind(__webpack_require__, 7653)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(3585)]).then(__webpack_require__.bind(__webpack_require__, 23585))]);
    // The whole InferenceService, as the rollout will build it: names, env, resources, replicas.
    // Without a storage URI or an image, MLflow's registry says where the model is (after training).
    const fromRegistry = options.mlflow?.model !== undefined && !kserve.storageUri && !kserve.servingImage && !options.image?.push;
    inferenceService(manifestInputOf(fromRegistry ? { ...kserve, storageUri: REGISTRY_PLACEHOLDER } : kserve, options.image?.push ? PUSHED_PLACEHOLDER : undefined));
    if (kserve.smokeTest) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.workingDirectory, kserve.smokeTest);
        try {
            await readSmokeRequest(path, kserve.smokeTest);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OptionError */ .eR('smoke-test', error.message.replace(/^smoke-test: /, ''), error.hint);
        }
    }
    if (kserve.canaryAnalysis)
        await (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(875), __webpack_require__.e(3775), __webpack_require__.e(9736)]).then(__webpack_require__.bind(__webpack_require__, 9736))).checkAnalysisOption(kserve.canaryAnalysis, { cwd: options.workingDirectory, env });
}


/***/ })

};
