export const id = 5658;
export const ids = [5658];
export const modules = {

/***/ 89860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V3: () => (/* binding */ recordBaseline),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY),
/* harmony export */   gX: () => (/* binding */ fetchBaseline),
/* harmony export */   r4: () => (/* binding */ baselineRef)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71243);
/**
 * The production baseline: the metrics and params files as they were when a model shipped,
 * recorded as a commit under a git ref (default `refs/mlops/baseline/<report-id>`) and pushed
 * with the repository. Why a ref: no database or storage account; every promotion is a commit
 * whose parent is the previous baseline (an audit trail `git log` shows); and a nightly run reads
 * it with the same `git cat-file` path as any base revision, on GitHub and on Jenkins alike.
 */





function baselineRef(reportId) {
    return `refs/mlops/baseline/${reportId.replace(/[^A-Za-z0-9._-]/g, '-')}`;
}
/** git's last line of complaint, for a message. */
const gitsWords = (stderr) => stderr.trim().split('\n').pop() || 'git failed';
async function mustGit(cwd, args, env) {
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(cwd, args, env);
    if (!result.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlopsError */ .IC(`Could not record the production baseline: \`git ${args[0]}\` said: ${gitsWords(result.stderr)}`);
    return result.stdout.trim();
}
/** A clone without the remote (a laptop's fresh `git init`) keeps its baseline local, without a warning. */
async function hasRemote(cwd, remote, env) {
    return (await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(cwd, ['remote', 'get-url', remote], env)).ok;
}
/** Who commits the baseline and the report's assets: the action, never the user. */
const BOT_IDENTITY = {
    GIT_AUTHOR_NAME: 'mlops-action', GIT_AUTHOR_EMAIL: 'mlops-action@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'mlops-action', GIT_COMMITTER_EMAIL: 'mlops-action@users.noreply.github.com',
};
/** Commit the files (at their paths in the repository) onto the baseline ref, and push it. */
async function recordBaseline(input) {
    const prefixed = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(input.cwd, ['rev-parse', '--show-prefix'], input.env);
    const prefix = prefixed.ok ? prefixed.stdout.trim() : '';
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlops-baseline-'));
    try {
        // A private index, so the user's staging area is never touched.
        const indexEnv = { ...input.env, GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'index') };
        for (const file of input.files) {
            const blob = await mustGit(input.cwd, ['hash-object', '-w', '--', file], input.env);
            await mustGit(input.cwd, ['update-index', '--add', '--cacheinfo', `100644,${blob},${prefix}${file}`], indexEnv);
        }
        const tree = await mustGit(input.cwd, ['write-tree'], indexEnv);
        const previous = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(input.cwd, ['rev-parse', '--verify', '--quiet', `${input.ref}^{commit}`], input.env);
        const parent = previous.ok ? ['-p', previous.stdout.trim()] : [];
        const commit = await mustGit(input.cwd, ['commit-tree', tree, ...parent, '-m', input.message], { ...input.env, ...BOT_IDENTITY });
        await mustGit(input.cwd, ['update-ref', input.ref, commit], input.env);
        if (!input.remote || !(await hasRemote(input.cwd, input.remote, input.env)))
            return { kind: 'recorded', commit, pushed: false };
        const pushed = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(input.cwd, ['push', '--quiet', input.remote, `${input.ref}:${input.ref}`], input.env);
        return pushed.ok ? { kind: 'recorded', commit, pushed: true } : { kind: 'recorded', commit, pushed: false, pushError: gitsWords(pushed.stderr) };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}
/** Fetch the baseline ref from the remote (at depth 1 in a shallow clone) and say whether it is there. */
async function fetchBaseline(cwd, ref, remote, env) {
    const local = async () => (await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], env)).ok;
    if (!remote || !(await hasRemote(cwd, remote, env)))
        return (await local()) ? { kind: 'found' } : { kind: 'absent' };
    const args = ['fetch', '--no-tags', '--quiet', ...((await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .isShallow */ .fE)(cwd)) ? ['--depth=1'] : []), remote, `+${ref}:${ref}`];
    const fetched = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(cwd, args, env);
    if (fetched.ok)
        return { kind: 'found', fetched: `git ${args.filter((arg) => arg !== '--quiet').join(' ')}` };
    // "couldn't find remote ref": nothing shipped yet, which is no failure.
    if (/couldn't find remote ref/i.test(fetched.stderr))
        return (await local()) ? { kind: 'found' } : { kind: 'absent' };
    return { kind: 'fetch-failed', reason: gitsWords(fetched.stderr), local: await local() };
}


/***/ }),

/***/ 76576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ describeTarget)
/* harmony export */ });
/**
 * What the core needs from a code-hosting platform, declared once. GitHub implements it today
 * (./github.ts); GitLab or Gitea would implement the same interface. Chosen once, at the edge.
 */
/** Where a target is, in words, for messages. */
function describeTarget(target) {
    switch (target.kind) {
        case 'pr':
            return `pull request #${target.number}`;
        case 'issue':
            return `issue #${target.number}`;
        case 'commit':
            return `commit ${target.sha.slice(0, 7)}`;
    }
}


/***/ }),

/***/ 68366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uv: () => (/* binding */ IMAGES_MODES),
  iE: () => (/* binding */ PRIVATE_IMAGES_NOTE),
  publishImages: () => (/* binding */ publishImages),
  Fj: () => (/* binding */ publishMarkdownImages),
  Cm: () => (/* binding */ unpublishedImageMarkdown)
});

// UNUSED EXPORTS: blobImageUrl, findLocalImages, rewriteImageLinks

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
// EXTERNAL MODULE: ./src/baseline.ts
var baseline = __webpack_require__(89860);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/report/assets-branch.ts
/**
 * The assets branch: images a run made (not in any commit) committed to an append-only branch
 * (`mlops-assets`) and pushed, so a report can link them by commit sha with a URL GitHub renders
 * for readers of a private repository. Written the way baseline.ts writes the baseline: git
 * plumbing with a private index, so the checkout, its staging area and its branches are never
 * touched.
 *
 * Append-only, never forced: every commit's parent is the branch's tip as fetched from the
 * remote just before, so an old comment's link (a commit sha) stays reachable for good. When
 * someone else pushed in between, the push is refused; we fetch again, re-parent and retry.
 *
 * Each commit holds only its own images, not the tip's tree: a link names its commit, so nothing
 * needs the older files in the newest tree, and a shallow CI clone fetches only the tip's few
 * images instead of every image ever published.
 */





const ASSETS_BRANCH = 'mlops-assets';
/** The permission a GitHub token needs to push the branch, as a workflow's `permissions:` spells it. */
const CONTENTS_WRITE = 'contents: write';
/** A URL's user and password never reach a message (a remote may carry a token in its URL). */
function redactCredentials(text) {
    return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@'"]+@/gi, '$1***@');
}
/** git's words: the line that says what went wrong, else its last line. */
function gitsWords(stderr, prefer) {
    const lines = stderr.split('\n').map((line) => line.replace(/^remote:\s*/, '').trim()).filter(Boolean);
    const line = (prefer && lines.find((l) => prefer.test(l))) || lines.pop() || 'git failed';
    return redactCredentials(line);
}
/** Someone else moved the branch between our fetch and our push: seen by git (fetch first) or by the server (a ref lock). */
const RACED = /\[rejected\]|\(fetch first\)|non-fast-forward|cannot lock ref|failed to update ref|but expected/i;
/** GitHub's refusals of the credentials: a read-only GITHUB_TOKEN, a fine-grained token without contents. */
const FORBIDDEN = /Permission to \S+ denied|denied to |returned error: 403|403 Forbidden|Write access to repository not granted/i;
async function branchTip(input, branch, shallow) {
    const tracking = `refs/remotes/${input.remote}/${branch}`;
    // At depth 1 in a shallow clone (a CI checkout), as fetchBaseline does: only the tip is needed.
    const args = ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), input.remote, `+refs/heads/${branch}:${tracking}`];
    const fetched = await (0,git/* git */.$Y)(input.cwd, args, input.env);
    if (!fetched.ok) {
        // The first publish ever: the branch does not exist yet, and this commit will create it.
        if (/couldn't find remote ref/i.test(fetched.stderr))
            return { ok: true };
        return { ok: false, message: gitsWords(fetched.stderr, FORBIDDEN) };
    }
    const tip = await (0,git/* git */.$Y)(input.cwd, ['rev-parse', '--verify', '--quiet', `${tracking}^{commit}`], input.env);
    return tip.ok ? { ok: true, tip: tip.stdout.trim() } : { ok: false, message: `the fetched ${branch} names no commit` };
}
/** The tree of these files alone, built in a private index (the user's staging area is never touched). */
async function writeTree(input) {
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-assets-'));
    try {
        const indexEnv = { ...input.env, GIT_INDEX_FILE: (0,external_node_path_.join)(scratch, 'index') };
        for (const file of input.files) {
            // --no-filters: the image's bytes, not what the checkout's .gitattributes (LFS, eol) would make of its path.
            const blob = await (0,git/* git */.$Y)(input.cwd, ['hash-object', '-w', '--no-filters', '--', file.localPath], input.env);
            if (!blob.ok)
                return { ok: false, message: `cannot read ${file.localPath}: ${gitsWords(blob.stderr)}` };
            const added = await (0,git/* git */.$Y)(input.cwd, ['update-index', '--add', '--cacheinfo', `100644,${blob.stdout.trim()},${file.path}`], indexEnv);
            if (!added.ok)
                return { ok: false, message: `cannot add ${file.path}: ${gitsWords(added.stderr)}` };
        }
        const tree = await (0,git/* git */.$Y)(input.cwd, ['write-tree'], indexEnv);
        return tree.ok ? { ok: true, tree: tree.stdout.trim() } : { ok: false, message: gitsWords(tree.stderr) };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * Commit the files onto the tip of the remote's assets branch and push, without force. A push
 * refused because the branch moved meanwhile is retried (fetch, re-parent, push) up to
 * `attempts` times in all; every other failure is returned at once, as data.
 */
async function commitToAssetsBranch(input) {
    const branch = input.branch ?? ASSETS_BRANCH;
    const attempts = Math.max(1, input.attempts ?? 3);
    if (!(await (0,git/* git */.$Y)(input.cwd, ['remote', 'get-url', input.remote], input.env)).ok)
        return { kind: 'no-remote', remote: input.remote };
    const tree = await writeTree(input);
    if (!tree.ok)
        return { kind: 'failed', step: 'write', message: tree.message, attempts: 0 };
    const shallowed = await (0,git/* git */.$Y)(input.cwd, ['rev-parse', '--is-shallow-repository'], input.env);
    const shallow = shallowed.ok && shallowed.stdout.trim() === 'true';
    let lastRace = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const tip = await branchTip(input, branch, shallow);
        if (!tip.ok) {
            if (FORBIDDEN.test(tip.message))
                return { kind: 'forbidden', permission: CONTENTS_WRITE, message: tip.message };
            return { kind: 'failed', step: 'fetch', message: tip.message, attempts: attempt - 1 };
        }
        const parent = tip.tip ? ['-p', tip.tip] : [];
        const made = await (0,git/* git */.$Y)(input.cwd, ['commit-tree', tree.tree, ...parent, '-m', input.message], { ...input.env, ...baseline/* BOT_IDENTITY */.br });
        if (!made.ok)
            return { kind: 'failed', step: 'write', message: gitsWords(made.stderr), attempts: attempt - 1 };
        const commit = made.stdout.trim();
        // No `+`, no --force: the remote refuses anything but a fast-forward. --no-verify: the
        // project's own pre-push hooks (tests, linters) are for its code, not for this side branch.
        const pushed = await (0,git/* git */.$Y)(input.cwd, ['push', '--quiet', '--no-verify', input.remote, `${commit}:refs/heads/${branch}`], input.env);
        if (pushed.ok)
            return { kind: 'pushed', commit, ...(tip.tip ? { parent: tip.tip } : {}), attempts: attempt };
        if (FORBIDDEN.test(pushed.stderr))
            return { kind: 'forbidden', permission: CONTENTS_WRITE, message: gitsWords(pushed.stderr, FORBIDDEN) };
        if (!RACED.test(pushed.stderr))
            return { kind: 'failed', step: 'push', message: gitsWords(pushed.stderr), attempts: attempt };
        lastRace = gitsWords(pushed.stderr, RACED);
    }
    return { kind: 'failed', step: 'push', message: `${branch} kept moving while we pushed (${attempts} tries); last: ${lastRace}`, attempts };
}

;// CONCATENATED MODULE: ./src/report/images.ts
/**
 * Images in a report that private repositories can show. GitHub renders an image in a comment
 * from `<server>/<owner>/<repo>/blob/<commit>/<path>?raw=true` for readers who may read the
 * repository, private ones included: GitHub's docs ("Basic writing and formatting syntax",
 * Images) give `../blob/main/…?raw=true` for issues, pull requests and comments, working in a
 * private repository for viewers with read access; we write it absolute, because a relative link
 * resolves against the page (a PR, an issue and a commit comment differ). Any other host is
 * fetched through Camo, whose URL anyone may open ("About anonymized URLs"), and Camo cannot
 * fetch what needs authentication (a private raw.githubusercontent.com link): so nothing here
 * uploads anywhere but the repository itself.
 *
 * - An image committed in the commit being reported (the workspace file is that commit's blob)
 *   links to that blob.
 * - An image made during the run goes, by mode: `branch` → a commit on the append-only assets
 *   branch (./assets-branch.ts), linked by that commit's sha; `link` → listed with a link to the
 *   run; `none` → left out. `auto` is `branch` unless the token is known not to write contents.
 */





const IMAGES_MODES = ['auto', 'branch', 'link', 'none'];
/** What a report says under repository-hosted images. */
const PRIVATE_IMAGES_NOTE = 'Images are stored in this repository: only people with access to it can see them.';
/** RFC 3986 unreserved stays; everything else, `(`, `)` and `'` included (they would end a markdown link or an attribute), is %-encoded. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * `<serverUrl>/<owner>/<repo>/blob/<commit>/<path>?raw=true`: each path segment URL-encoded,
 * not the slashes. `serverUrl` is GITHUB_SERVER_URL (GitHub Enterprise Server has its own).
 */
function blobImageUrl({ serverUrl, repository, commit, repoPath }) {
    const path = repoPath.replace(/^\.?\/+/, '').split('/').filter(Boolean).map(encodeSegment).join('/');
    const repo = repository.split('/').map(encodeSegment).join('/');
    return `${serverUrl.replace(/\/+$/, '')}/${repo}/blob/${encodeSegment(commit)}/${path}?raw=true`;
}
/** What stands in for an image that was not published: its name and, when known, a link to the run (summary and artifacts). */
function unpublishedImageMarkdown(name, runUrl) {
    const label = `${name.replace(/([\\[\]*_`<>])/g, '\\$1')} (image not published`;
    return runUrl ? `[${label}: see the run's summary and artifacts)](${runUrl})` : `${label})`;
}
const shortSha = (sha) => (sha ? sha.slice(0, 7) : 'workspace');
/** Report ids keep to a safe alphabet as a folder name, as baselineRef does for a ref. */
const safeId = (reportId) => reportId.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '') || 'default';
async function topLevel(cwd, env) {
    const top = await (0,git/* git */.$Y)(cwd, ['rev-parse', '--show-toplevel'], env);
    return top.ok ? (0,promises_.realpath)(top.stdout.trim()).catch(() => undefined) : undefined;
}
/** The file's path from the repository root, if it lies inside the work tree. */
async function pathInRepository(top, localPath) {
    if (!top)
        return undefined;
    const real = await (0,promises_.realpath)(localPath).catch(() => localPath);
    const path = (0,external_node_path_.relative)(top, real);
    if (!path || path.startsWith('..') || (0,external_node_path_.isAbsolute)(path))
        return undefined;
    return path.split(external_node_path_.sep).join('/');
}
/** Does the clone have the commit, fetching just it if not (a shallow checkout of a PR's merge commit lacks the PR's head)? Once per commit. */
function commitPresence(input, top) {
    const known = new Map();
    const check = async (commit) => {
        if ((await (0,git/* git */.$Y)(top, ['cat-file', '-e', `${commit}^{commit}`], input.env)).ok)
            return true;
        return input.remote !== undefined && (await (0,git/* ensureRevision */.Oh)(top, commit, input.remote, input.env)).kind === 'fetched';
    };
    return (commit) => {
        if (!known.has(commit))
            known.set(commit, check(commit));
        return known.get(commit);
    };
}
/** Is the file, byte for byte as git would store it at repoPath, the blob that `commit` has there? */
async function isCommittedAt(input, top, localPath, repoPath, commit) {
    const stored = await (0,git/* git */.$Y)(top, ['rev-parse', '--verify', '--quiet', `${commit}:${repoPath}`], input.env);
    if (!stored.ok)
        return false;
    // --path: the filters the repository applies there (LFS, eol), so a committed file compares equal.
    const local = await (0,git/* git */.$Y)(top, ['hash-object', `--path=${repoPath}`, '--', localPath], input.env);
    return local.ok && local.stdout.trim() === stored.stdout.trim();
}
/** Where each image goes on the assets branch: `<report-id>/<short sha>/<path in the repository, or the file's name>`, never two alike. */
function assetPaths(reportId, headSha, files) {
    const taken = new Set();
    return files.map(({ localPath, repoPath }) => {
        const name = (repoPath ?? (0,external_node_path_.basename)(localPath))
            .split('/')
            .filter((segment) => segment && segment !== '.' && segment !== '..' && segment.toLowerCase() !== '.git')
            .join('/') || 'image';
        const folder = `${safeId(reportId)}/${shortSha(headSha)}`;
        let path = `${folder}/${name}`;
        for (let n = 2; taken.has(path); n++) {
            const ext = (0,external_node_path_.extname)(name);
            path = `${folder}/${name.slice(0, name.length - ext.length)}-${n}${ext}`;
        }
        taken.add(path);
        return path;
    });
}
const listed = (names) => names.map((name) => `\`${name}\``).join(', ');
/**
 * Give every image a URL a private repository's readers can open: committed images → their blob
 * at the commit; images made during the run → by `mode` (see the module comment). Failures are
 * warnings naming the images and what to grant; nothing throws for what a user can cause.
 */
async function publishImages(input) {
    const result = { links: new Map(), warnings: [], unpublished: [], omitted: [] };
    const top = await topLevel(input.cwd, input.env);
    const present = top ? commitPresence(input, top) : undefined;
    const seen = new Set();
    const made = [];
    for (const file of input.files) {
        const localPath = (0,external_node_path_.resolve)(input.cwd, file.localPath);
        if (seen.has(localPath))
            continue;
        seen.add(localPath);
        const repoPath = file.repoPath?.replace(/^\.?\/+/, '') ?? (await pathInRepository(top, localPath));
        const commit = file.commit ?? input.headSha;
        if (top && present && repoPath && commit && (await present(commit)) && (await isCommittedAt(input, top, localPath, repoPath, commit))) {
            result.links.set(localPath, blobImageUrl({ serverUrl: input.serverUrl, repository: input.repository, commit, repoPath }));
        }
        else {
            made.push({ localPath, repoPath, name: repoPath ?? (0,external_node_path_.relative)(input.cwd, localPath) });
        }
    }
    if (made.length === 0)
        return result;
    const branch = input.branch ?? ASSETS_BRANCH;
    const names = made.map(({ name }) => name);
    const notShown = (why) => {
        result.unpublished.push(...made.map(({ localPath }) => localPath));
        const where = input.runUrl ? 'listed with a link to the run' : 'listed by name (the run has no link here)';
        result.warnings.push(`${why}: ${listed(names)} ${made.length === 1 ? 'is' : 'are'} ${where} instead of shown.`);
        return result;
    };
    switch (input.mode) {
        case 'none':
            result.omitted.push(...made.map(({ localPath }) => localPath));
            return result;
        case 'link':
            result.unpublished.push(...made.map(({ localPath }) => localPath));
            return result;
        case 'auto':
            if (input.canWriteContents === false)
                return notShown(`The token may not write contents (\`${CONTENTS_WRITE}\`), so images made during the run cannot go to the ${branch} branch`);
            break;
        case 'branch':
            break;
    }
    if (!input.remote)
        return notShown(`There is no git remote to push the ${branch} branch to`);
    const paths = assetPaths(input.reportId, input.headSha, made);
    const pushed = await commitToAssetsBranch({
        cwd: input.cwd,
        env: input.env,
        remote: input.remote,
        branch,
        files: made.map(({ localPath }, i) => ({ localPath, path: paths[i] })),
        message: `mlops: images of report '${input.reportId}' at ${shortSha(input.headSha)}\n\n${paths.join('\n')}\n`,
    });
    switch (pushed.kind) {
        case 'pushed':
            made.forEach(({ localPath }, i) => result.links.set(localPath, blobImageUrl({ serverUrl: input.serverUrl, repository: input.repository, commit: pushed.commit, repoPath: paths[i] })));
            result.commit = pushed.commit;
            return result;
        case 'no-remote':
            return notShown(`There is no git remote '${pushed.remote}' to push the ${branch} branch to`);
        case 'forbidden':
            return notShown(`Could not push the ${branch} branch (${pushed.message}); the token git uses needs \`${pushed.permission}\``);
        case 'failed':
            return notShown(`Could not ${pushed.step === 'push' ? 'push' : pushed.step === 'fetch' ? 'fetch' : 'write'} the ${branch} branch: ${pushed.message}`);
    }
}
// ---------------------------------------------------------------------------------------------
// Local image references in a markdown text
// ---------------------------------------------------------------------------------------------
/** Spans where a reference is text, not an image: fenced code, inline code, HTML comments. */
function codeSpans(markdown) {
    const spans = [];
    const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*(?:\n|$)|(?![\s\S]))/gm;
    for (const m of markdown.matchAll(fence)) {
        // An info string with a backtick does not open a backtick fence (CommonMark 4.5).
        if (m[1].startsWith('`') && /`/.test(m[0].split('\n')[0].slice(m[0].indexOf(m[1]) + m[1].length)))
            continue;
        spans.push([m.index, m.index + m[0].length]);
    }
    const inside = (at) => spans.some(([start, end]) => at >= start && at < end);
    for (const pattern of [/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, /<!--[\s\S]*?-->/g]) {
        for (const m of markdown.matchAll(pattern))
            if (!inside(m.index))
                spans.push([m.index, m.index + m[0].length]);
    }
    return spans;
}
const MD_DEST = String.raw `<(?:\\.|[^\\<>\n])*>|(?:\\.|[^\\\s()]|\((?:\\.|[^\\\s()])*\))+`;
const MD_TITLE = String.raw `(?:[ \t]*\n?[ \t]+(?:"(?:\\.|[^\\"])*"|'(?:\\.|[^\\'])*'|\((?:\\.|[^\\()])*\)))?[ \t\n]*`;
const MD_ALT = String.raw `(?:\\.|[^\\\[\]]|\[(?:\\.|[^\\\[\]])*\])*`;
/** `![alt](dest "title")`: alt, the space before dest, dest, title and trailing space. */
const INLINE_IMAGE = new RegExp(String.raw `!\[(${MD_ALT})\]\(([ \t\n]*)(${MD_DEST})(${MD_TITLE})\)`, 'g');
/** `![alt][label]`, `![label][]`, `![label]` (and `![alt](` to tell the inline form apart). */
const REFERENCE_IMAGE = new RegExp(String.raw `!\[(${MD_ALT})\](\[(?:\\.|[^\\\[\]])*\]|\()?`, 'g');
/** `[label]: dest` at the start of a line. */
const DEFINITION = /^( {0,3}\[((?:\\.|[^\\[\]])+)\]:[ \t]*\n?[ \t]*)(<(?:\\.|[^\\<>\n])*>|\S+)/gm;
/** An `<img …>` tag, and each attribute in it. */
const IMG_TAG = /<img\b(?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;
const ATTRIBUTE = /(\s+)([^\s"'=<>/]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const normalizeLabel = (label) => label.trim().replace(/\s+/g, ' ').toLowerCase();
const unescapeMarkdown = (text) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const unwrap = (dest) => unescapeMarkdown(dest.startsWith('<') ? dest.slice(1, -1) : dest);
const ENTITIES = { amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' };
const decodeEntities = (text) => text.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, name) => ENTITIES[name]);
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** A destination markdown reads back whole: in <…> when it has a space, a parenthesis or an angle bracket. */
const markdownDestination = (url) => (/[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : url);
const unquote = (value) => (value && /^["']/.test(value) ? value.slice(1, -1) : (value ?? ''));
const isFile = (path) => {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
};
/**
 * What a reference names: a file on disk (absolute), a relative path with no file behind it, or
 * a URL (`http(s):`, `data:`, any scheme, `//host`, `#anchor`, or a site path like `/owner/repo/…`
 * that is no file). `?query` and `#fragment` are dropped only when the whole is no file.
 */
function targetOf(reference, cwd) {
    if (!reference || /^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//') || reference.startsWith('#'))
        return { kind: 'url' };
    let decoded = reference;
    try {
        decoded = decodeURIComponent(reference);
    }
    catch {
        // a lone % stays as written
    }
    for (const candidate of new Set([decoded, decoded.replace(/[?#].*$/, '')])) {
        if (candidate && isFile((0,external_node_path_.resolve)(cwd, candidate)))
            return { kind: 'file', path: (0,external_node_path_.resolve)(cwd, candidate) };
    }
    return (0,external_node_path_.isAbsolute)(decoded) ? { kind: 'url' } : { kind: 'missing', reference };
}
/** `text.replace`, skipping matches inside code or HTML comments; `replace` gets the match and its groups. */
function replaceOutsideCode(text, pattern, replace) {
    const spans = codeSpans(text);
    return text.replace(pattern, (...args) => {
        // replace's callback: the match, its groups (strings or undefined), then the offset (a number).
        const offsetAt = args.findIndex((arg) => typeof arg === 'number');
        const at = args[offsetAt];
        const match = args.slice(0, offsetAt);
        if (spans.some(([start, end]) => at >= start && at < end))
            return match[0];
        return replace(match);
    });
}
/** Walk every image reference outside code, in each syntax; `visit` says what to do with each. */
function mapImages(markdown, cwd, visit) {
    const spans = codeSpans(markdown);
    const imageLabels = new Set();
    for (const m of markdown.matchAll(REFERENCE_IMAGE)) {
        if (m[2] === '(' || spans.some(([start, end]) => m.index >= start && m.index < end))
            continue;
        imageLabels.add(normalizeLabel(m[2] && m[2] !== '[]' ? m[2].slice(1, -1) : m[1]));
    }
    // One pass per syntax; a replacement never makes a new match (URLs hold no `![`, `<img` or a
    // line-leading `[`), and each pass finds the code spans of the text it is given.
    let text = replaceOutsideCode(markdown, INLINE_IMAGE, ([whole, alt, lead, dest, title]) => {
        const change = visit(targetOf(unwrap(dest), cwd), alt);
        if (change && 'whole' in change)
            return change.whole;
        return change ? `![${alt}](${lead}${markdownDestination(change.url)}${title})` : whole;
    });
    text = replaceOutsideCode(text, DEFINITION, ([whole, prefix, label, dest]) => {
        if (!imageLabels.has(normalizeLabel(label)))
            return whole;
        const change = visit(targetOf(unwrap(dest), cwd), label);
        return change && 'url' in change ? `${prefix}${markdownDestination(change.url)}` : whole;
    });
    text = replaceOutsideCode(text, IMG_TAG, ([tag]) => {
        const attributes = [...tag.matchAll(ATTRIBUTE)];
        const src = attributes.find((a) => a[2].toLowerCase() === 'src' && a[4] !== undefined);
        if (!src)
            return tag;
        const alt = attributes.find((a) => a[2].toLowerCase() === 'alt');
        const change = visit(targetOf(decodeEntities(unquote(src[4])), cwd), decodeEntities(unquote(alt?.[4])));
        if (!change)
            return tag;
        if ('whole' in change)
            return change.whole;
        return `${tag.slice(0, src.index)}${src[1]}${src[2]}${src[3]}"${escapeAttribute(change.url)}"${tag.slice(src.index + src[0].length)}`;
    });
    return text;
}
/**
 * The local images a markdown text shows (`![](…)`, reference images, `<img src>`), outside code:
 * `found` are absolute paths of files that exist, `missing` are relative references with no file.
 */
function findLocalImages(markdown, cwd) {
    const found = new Set();
    const missing = new Set();
    mapImages(markdown, cwd, (target) => {
        if (target.kind === 'file')
            found.add(target.path);
        if (target.kind === 'missing')
            missing.add(target.reference);
        return undefined;
    });
    return { found: [...found], missing: [...missing] };
}
/**
 * Rewrite the local image references of a markdown text (`![alt](path)`, reference-style images,
 * `<img src="path">`; never `http(s):`, `data:` or anything in code). Paths are relative to `cwd`;
 * `resolve` gets the file's absolute path and returns its new URL, or undefined to leave it. An
 * image `resolve` leaves may be replaced whole (inline or `<img>`) by what `unresolved` returns
 * (e.g. a link to the run; '' drops it). References to files that do not exist are left alone.
 */
function rewriteImageLinks(markdown, options) {
    return mapImages(markdown, options.cwd, (target, alt) => {
        if (target.kind !== 'file')
            return undefined;
        const url = options.resolve(target.path);
        if (url !== undefined)
            return { url };
        const whole = options.unresolved?.(target.path, alt);
        return whole === undefined ? undefined : { whole };
    });
}
/**
 * `mlops comment create`'s publishing: find the markdown's local images, publish them
 * (`publishImages`), rewrite the references, and say under the text that the images are for the
 * repository's readers only. Images not shown become a link to the run; `none` drops them.
 */
async function publishMarkdownImages(input) {
    const { found, missing } = findLocalImages(input.markdown, input.baseDir);
    const warnings = missing.map((reference) => `The image '${reference}' is not a file in ${input.baseDir}; its reference is left as it is.`);
    if (found.length === 0)
        return { markdown: input.markdown, warnings };
    const published = await publishImages({ ...input, files: found.map((localPath) => ({ localPath })) });
    const unpublished = new Set(published.unpublished);
    const omitted = new Set(published.omitted);
    let markdown = rewriteImageLinks(input.markdown, {
        cwd: input.baseDir,
        resolve: (path) => published.links.get(path),
        unresolved: (path) => (omitted.has(path) ? '' : unpublished.has(path) ? unpublishedImageMarkdown((0,external_node_path_.relative)(input.baseDir, path).split(external_node_path_.sep).join('/'), input.runUrl) : undefined),
    });
    if (published.links.size > 0)
        markdown = `${markdown.replace(/\s*$/, '')}\n\n<sub>${PRIVATE_IMAGES_NOTE}</sub>\n`;
    return { markdown, warnings: [...warnings, ...published.warnings], ...(published.commit ? { commit: published.commit } : {}) };
}


/***/ }),

/***/ 80990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ reportMarker)
/* harmony export */ });
/**
 * The hidden line that identifies a report in a PR comment, keyed by `report-id` so one pull
 * request can carry several reports. Built in one place; the forge matches it (src/forge/github.ts).
 */
const PREFIX = '<!-- mlops-action report:';
/** Report ids are kept to a safe alphabet so the marker can never close the HTML comment early. */
function reportMarker(reportId) {
    const safe = reportId.replace(/[^A-Za-z0-9._/-]/g, '-');
    return `${PREFIX}${safe} -->`;
}


/***/ })

};
