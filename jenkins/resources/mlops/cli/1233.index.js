export const id = 1233;
export const ids = [1233];
export const modules = {

/***/ 81233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishComment: () => (/* binding */ publishComment)
});

// UNUSED EXPORTS: commentToken

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/forge/forge.ts
var forge_forge = __webpack_require__(76576);
;// CONCATENATED MODULE: ./src/forge/target.ts

function parseTarget(text, context) {
    const value = text?.trim() || (context.pullRequest ? 'pr' : 'commit');
    const [kind, id, ...rest] = value.split('/');
    if (rest.length > 0)
        throw new errors/* UsageError */.eb(`--target: '${value}' has too many parts.`, 'Use pr, pr/<number>, commit, commit/<sha> or issue/<number>.');
    const number = (what) => {
        if (!id || !/^\d+$/.test(id))
            throw new errors/* UsageError */.eb(`--target: '${value}' needs ${what} number, e.g. ${kind}/12.`);
        return Number(id);
    };
    switch (kind) {
        case 'pr':
            if (id !== undefined)
                return { kind: 'pr', number: number('a pull request') };
            if (!context.pullRequest)
                throw new errors/* UsageError */.eb('--target pr: this run is not for a pull request.', 'Name it: --target pr/<number>.');
            return { kind: 'pr', number: context.pullRequest.number };
        case 'issue':
            return { kind: 'issue', number: number('an issue') };
        case 'commit': {
            const sha = id ?? context.sha;
            if (!sha)
                throw new errors/* UsageError */.eb('--target commit: the commit is not known here.', 'Name it: --target commit/<sha>.');
            if (!/^[0-9a-f]{7,40}$/i.test(sha))
                throw new errors/* UsageError */.eb(`--target: '${sha}' is not a commit sha.`);
            return { kind: 'commit', sha };
        }
        default:
            throw new errors/* UsageError */.eb(`--target: '${value}' is not a target.`, 'Use pr, pr/<number>, commit, commit/<sha> or issue/<number>.');
    }
}

// EXTERNAL MODULE: ./src/fs/plain-file.ts
var plain_file = __webpack_require__(68514);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
// EXTERNAL MODULE: ./src/platform/github-context.ts
var github_context = __webpack_require__(10838);
// EXTERNAL MODULE: ./src/report/images.ts + 1 modules
var report_images = __webpack_require__(68366);
// EXTERNAL MODULE: ./src/report/marker.ts
var report_marker = __webpack_require__(80990);
;// CONCATENATED MODULE: ./src/cli/comment-cml-flags.ts
/**
 * CML's own flags for `comment create|update` (bin/cml/comment/create.js and cml's global
 * options), read as CML reads them so a CML script runs unchanged: `--token`/`--driver-token`
 * (before the environment), `--driver github`, `--repo` as a URL or a slug, the hidden `--pr`,
 * `--commit-sha`/`--head-sha` and `--update`, `{workflow}`/`{run}` in `--watermark-title`, and
 * `--native`, which CML ignores on GitHub. What we cannot honour is refused (`--watch`,
 * `--rm-watermark`, another driver) or, for CML's image server, said and left unused.
 */

/**
 * `https://github.com/acme/housing(.git)`, `git@github.com:acme/housing.git` or `acme/housing` →
 * `acme/housing`, and the host a URL names (a slug names none).
 */
function parseRepository(value) {
    const text = value.trim();
    const ssh = /^[\w.-]+@([^:/]+):(.+)$/.exec(text);
    let path = ssh ? ssh[2] : text;
    let host = ssh?.[1];
    if (!ssh && /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
        try {
            const url = new URL(text);
            path = url.pathname;
            host = url.host;
        }
        catch {
            throw new errors/* UsageError */.eb(`--repo: '${value}' is not a repository URL.`, 'Give owner/name or https://github.com/owner/name.');
        }
    }
    const slug = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    if (!/^[^/\s]+\/[^/\s]+$/.test(slug))
        throw new errors/* UsageError */.eb(`--repo: '${value}' is not owner/name or a repository URL.`, 'Give owner/name or https://github.com/owner/name.');
    return host === undefined ? { slug } : { slug, host };
}
/** The repository as owner/name; a URL on another server than this run's API is refused, never sent elsewhere. */
function repositoryOn(value, env) {
    const { slug, host } = parseRepository(value);
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    let serverHost;
    try {
        serverHost = new URL(server).host;
    }
    catch {
        throw new errors/* UsageError */.eb(`GITHUB_SERVER_URL: '${server}' is not a URL.`);
    }
    if (host !== undefined && host.toLowerCase() !== serverHost.toLowerCase()) {
        throw new errors/* UsageError */.eb(`--repo: ${value} is on ${host}, but this run talks to ${serverHost}.`, `Set GITHUB_SERVER_URL and GITHUB_API_URL for ${host}, or give --repo ${slug} for ${serverHost}.`);
    }
    return slug;
}
function commentRequest(verb, flags, env) {
    const warnings = [];
    if (flags.driver !== undefined && flags.driver !== 'github') {
        throw new errors/* UsageError */.eb(`--driver ${flags.driver}: mlops comments on GitHub only.`, 'Drop --driver (or use --driver github); for GitLab or Bitbucket keep cml.');
    }
    if (flags.watch || flags.triggerFile !== undefined) {
        throw new errors/* UsageError */.eb(`comment ${verb} --watch: mlops does not watch the file.`, `Run \`mlops comment update\` again when the report changes.`);
    }
    if (flags.rmWatermark) {
        throw new errors/* UsageError */.eb(`comment ${verb} --rm-watermark: mlops keys the one report comment by its marker, so it cannot leave it out.`, 'Drop --rm-watermark; the marker is an invisible HTML comment.');
    }
    const commit = flags.commitSha ?? flags.headSha;
    if (flags.target !== undefined && (flags.pr || commit !== undefined)) {
        throw new errors/* UsageError */.eb(`comment ${verb}: --target cannot be given with ${flags.pr ? '--pr' : '--commit-sha'} (CML's older way to say it).`, 'Keep --target.');
    }
    if (flags.pr && commit !== undefined) {
        throw new errors/* UsageError */.eb(`comment ${verb}: --pr and --commit-sha cannot be given together.`, 'Use --target pr/<number> or --target commit/<sha>.');
    }
    if (flags.publishUrl !== undefined) {
        warnings.push(`--publish-url ${flags.publishUrl} is not used: mlops never uploads images to an image server; they are stored in this repository (committed ones linked at their commit, the others on the mlops-assets branch).`);
    }
    const target = flags.target ?? (flags.pr ? 'pr' : commit !== undefined ? `commit/${commit}` : undefined);
    // CML's Watermark: the first {workflow} and {run} become the workflow's name and the run's id
    let title = flags.watermarkTitle;
    if (env.GITHUB_WORKFLOW !== undefined)
        title = title.replace('{workflow}', env.GITHUB_WORKFLOW);
    if (env.GITHUB_RUN_ID !== undefined)
        title = title.replace('{run}', env.GITHUB_RUN_ID);
    return {
        verb: verb === 'create' && flags.update ? 'update' : verb,
        target,
        watermarkTitle: title,
        repo: flags.repo === undefined ? undefined : repositoryOn(flags.repo, env),
        token: flags.token || flags.driverToken || undefined,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/cli/comment-publish.ts
/** What `mlops comment create|update` does once parsed (src/cli/comment.ts defines the verbs, loaded before this). */










/** CML's order (src/cml.js inferToken): a personal token set for CML wins over the job's own. */
function commentToken(env) {
    return env.REPO_TOKEN || env.repo_token || env.GITHUB_TOKEN || undefined;
}
async function publishComment(asked, file, flags, io, cwdOf) {
    const request = commentRequest(asked, flags, io.env);
    const { verb } = request;
    for (const message of request.warnings)
        io.stderr(`WARNING: ${message}\n`);
    const token = request.token ?? commentToken(io.env);
    if (!token)
        throw new errors/* UsageError */.eb(`comment ${verb}: no token.`, 'Set REPO_TOKEN (or GITHUB_TOKEN) in the environment to a token that may write comments, or pass --token.');
    const { payload, warning } = await (0,github_context/* readEventPayload */.N5)(io.env.GITHUB_EVENT_PATH);
    if (warning)
        io.stderr(`WARNING: ${warning}\n`);
    const context = (0,github_context/* ciContext */.UN)(io.env, payload);
    const repository = request.repo ?? context.repository;
    if (!repository)
        throw new errors/* UsageError */.eb(`comment ${verb}: the repository is not known.`, 'Pass --repo owner/name or set GITHUB_REPOSITORY.');
    const path = (0,external_node_path_.resolve)(cwdOf(), file);
    // far above GitHub's 65,536-character comment: the size guard shrinks what is read, not this
    const read = await (0,plain_file/* readPlainFile */.b$)(path, 16 << 20);
    if (read.kind !== 'read') {
        throw new errors/* UsageError */.eb(`comment ${verb}: cannot read '${file}'${read.kind === 'refused' ? `: it ${read.reason}` : ''}.`, 'Give the path of a markdown file, e.g. report.md.');
    }
    // where it goes is settled before any image is published: a refused target leaves nothing behind
    const wanted = await commitNamed(request.target, cwdOf());
    // octokit is large: loaded when a comment is actually published, not for every verb
    const { createForge } = await Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(9378)]).then(__webpack_require__.bind(__webpack_require__, 6997));
    const forge = createForge({ token, repository, ...(0,github_context/* apiUrls */.zd)(io.env), onWait: (message) => io.stderr(`${message}\n`) });
    const commit = context.sha ?? (await headOf(cwdOf(), io.env));
    const target = await targetFor(wanted, context, forge, commit);
    let text = read.bytes.toString('utf8');
    if (flags.publish !== false) {
        // A pull request's own head commit, not the merge commit its workflow checks out: its
        // blobs stay linkable after the merge ref moves.
        const head = context.pullRequest?.headSha ?? commit;
        const published = await (0,report_images/* publishMarkdownImages */.Fj)({
            markdown: text,
            baseDir: (0,external_node_path_.dirname)(path),
            cwd: cwdOf(),
            env: io.env,
            remote: 'origin',
            mode: 'auto',
            serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com',
            // The images are this clone's (its commits, its origin), even when --repo comments elsewhere.
            repository: context.repository ?? repository,
            runUrl: context.runUrl,
            reportId: request.watermarkTitle,
            headSha: head,
            // A fork's pull request gets a read-only token: list its images rather than try a push.
            canWriteContents: context.pullRequest?.fork ? false : undefined,
        });
        for (const message of published.warnings)
            io.stderr(`WARNING: ${message}\n`);
        text = published.markdown;
    }
    const marker = (0,report_marker/* reportMarker */.l)(request.watermarkTitle);
    const body = text.includes(marker) ? text : `${marker}\n${text}`;
    const outcome = await forge.upsertComment(target, marker, body);
    switch (outcome.kind) {
        case 'created':
        case 'updated':
            io.stdout(`${outcome.url}\n`);
            return;
        case 'forbidden':
            throw new errors/* MlopsError */.IC(`could not comment on ${(0,forge_forge/* describeTarget */.f)(target)}: ${outcome.message}.`, { hint: `The token needs \`${outcome.permission}\`.` });
        case 'not-found':
        case 'too-long':
            throw new errors/* MlopsError */.IC(`could not comment on ${(0,forge_forge/* describeTarget */.f)(target)}: ${outcome.message}.`);
    }
}
/**
 * CML's `pr` (and its default, `auto`) outside a pull request's run: the open pull request whose
 * head is this commit, as CML finds it (commitPrs); none: an error for `pr`, the commit for auto.
 */
async function targetFor(wanted, context, forge, sha) {
    if (context.pullRequest || (wanted !== undefined && wanted !== 'pr'))
        return parseTarget(wanted, context);
    const [number] = sha && forge.openPullRequestsFor ? await forge.openPullRequestsFor(sha) : [];
    if (number !== undefined)
        return { kind: 'pr', number };
    if (wanted === 'pr') {
        throw new errors/* UsageError */.eb(`--target pr: this run is not for a pull request, and no open pull request has ${sha ? `commit ${sha.slice(0, 7)}` : 'this commit'} as its head.`, 'Name it: --target pr/<number>, or comment on the commit (--target commit).');
    }
    return parseTarget(undefined, context);
}
/** `commit/HEAD` or `commit/main` (CML's --commit-sha takes any revision): the sha git resolves it to. */
async function commitNamed(target, cwd) {
    const rev = target?.startsWith('commit/') ? target.slice('commit/'.length) : undefined;
    if (!rev || /^[0-9a-f]{7,40}$/i.test(rev))
        return target;
    try {
        return `commit/${await (0,git/* resolveCommit */.WL)(cwd, rev)}`;
    }
    catch (error) {
        if (error instanceof errors/* MlopsError */.IC)
            throw new errors/* UsageError */.eb(`--commit-sha: ${error.message}`, error.hint);
        throw error;
    }
}
async function headOf(cwd, env) {
    const head = await (0,git/* git */.$Y)(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], env);
    return head.ok ? head.stdout.trim() : undefined;
}


/***/ }),

/***/ 68514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ specialKind),
/* harmony export */   b$: () => (/* binding */ readPlainFile)
/* harmony export */ });
/* unused harmony export refusal */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** What a file that is not a regular file is, in words. */
function specialKind(info) {
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}
/** Why a file with these stats is not read, or undefined when it may be. */
function refusal(info, maxBytes) {
    if (info.isDirectory())
        return 'is a folder, not a file';
    if (!info.isFile())
        return `is not a regular file (${specialKind(info)})`;
    if (info.size > maxBytes)
        return `is ${(info.size / 2 ** 20).toFixed(1)} MiB, over the ${(maxBytes / 2 ** 20).toFixed(0)} MiB this file may have`;
    return undefined;
}
/** The bytes of `path`, or that it is missing, or why it is not read. */
async function readPlainFile(path, maxBytes) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'missing' };
        return { kind: 'refused', reason: `cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemErrorWords */ .N1)(error)})` };
    }
    const refused = refusal(info, maxBytes);
    if (refused)
        return { kind: 'refused', reason: refused };
    try {
        return { kind: 'read', bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path) };
    }
    catch (error) {
        return { kind: 'refused', reason: `cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .systemErrorWords */ .N1)(error)})` };
    }
}


/***/ }),

/***/ 10838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   UN: () => (/* binding */ ciContext),
/* harmony export */   zd: () => (/* binding */ apiUrls)
/* harmony export */ });
/* unused harmony export eventContext */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A GitHub Actions run's context, from the runner's environment variables and the event payload
 * file: the event mapped onto ours, the base it implies, the pull request, the API URLs. Used by
 * the action's platform and by the CLI verbs that work inside a GitHub job (comment, image meta).
 */

function apiUrls(env) {
    const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
    return { apiUrl, graphqlUrl: env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/api\/v3\/?$/, '/api').replace(/\/$/, '')}/graphql` };
}
function ciContext(env, payload) {
    const { event, defaultBase } = eventContext(env.GITHUB_EVENT_NAME ?? '', payload);
    const repository = env.GITHUB_REPOSITORY || undefined;
    const pr = payload.pull_request;
    const runUrl = env.GITHUB_SERVER_URL && repository && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    return {
        event,
        defaultBase,
        repository,
        sha: env.GITHUB_SHA || undefined,
        runUrl,
        pullRequest: pr?.number !== undefined && pr.head?.sha && pr.base?.sha
            ? {
                number: pr.number,
                headSha: pr.head.sha,
                baseSha: pr.base.sha,
                baseRef: pr.base.ref,
                // A deleted fork has no head repo; a fork's full name differs from the base's.
                fork: pr.head.repo?.fork === true || !pr.head.repo || pr.head.repo.full_name !== pr.base.repo?.full_name,
            }
            : undefined,
    };
}
/** The event payload file (GITHUB_EVENT_PATH); none: empty; unreadable: empty, and why, in the reader's words. */
async function readEventPayload(path) {
    if (!path)
        return { payload: {} };
    try {
        const data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
        if (typeof data === 'object' && data !== null && !Array.isArray(data))
            return { payload: data };
        return { payload: {}, warning: `The event payload ${path} is not a JSON object; reading the event from the environment alone.` };
    }
    catch (error) {
        return { payload: {}, warning: `Could not read the event payload ${path}: ${error.message}; reading the event from the environment alone.` };
    }
}
function eventContext(eventName, payload) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
            return { event: 'pr', defaultBase: payload.pull_request?.base?.sha };
        case 'push': {
            const before = payload.before;
            // A new branch's first push has no previous commit (all zeros): compare with its parent.
            return { event: 'push', defaultBase: before && !/^0+$/.test(before) ? before : 'HEAD~1' };
        }
        case 'schedule':
            return { event: 'schedule', defaultBase: 'HEAD' };
        default:
            return { event: 'manual', defaultBase: 'HEAD' };
    }
}


/***/ })

};
