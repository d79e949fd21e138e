export const id = 1434;
export const ids = [1434,2143,9053,2016];
export const modules = {

/***/ 92143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ CsvError),
/* harmony export */   L5: () => (/* binding */ parseFields),
/* harmony export */   OW: () => (/* binding */ parseInputList),
/* harmony export */   R5: () => (/* binding */ readInput)
/* harmony export */ });
/* unused harmony export parseCsv */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42016);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * metadata-action's inputs go through csv-parse twice, and so do they here, with the same
 * options: the whole block as a list (@docker/actions-toolkit `Util.getInputList`: quotes
 * relaxed, whole `#` lines dropped, a line's fields joined back with `,`), then each rule's fields
 * again (strict quotes, first record only). Only csv-parse's refusals are put in plain words.
 */


/** A line that csv-parse refuses; the message is csv-parse's reason, in plain words. */
class CsvError extends Error {
}
/**
 * The text of the quoted field number `column` of `line`, unescaped, for the message about its
 * closing quote (csv-parse says which field, not what it held). The fields before it were read
 * without error, so they are well-formed.
 */
function quotedField(line, column) {
    let pos = 0;
    const skipQuoted = () => {
        let text = '';
        for (pos++; pos < line.length; pos++) {
            if (line[pos] !== '"')
                text += line[pos];
            else if (line[pos + 1] === '"')
                text += line[++pos];
            else
                return text;
        }
        return text;
    };
    for (let field = 0; field < column; field++) {
        if (line[pos] === '"')
            skipQuoted();
        pos = line.indexOf(',', pos);
        if (pos === -1)
            return undefined;
        pos++;
    }
    return line[pos] === '"' ? skipQuoted() : undefined;
}
function explain(error, input) {
    const at = error;
    switch (error.code) {
        case 'INVALID_OPENING_QUOTE':
            return `has a " inside the field '${at.field ?? ''}"…'; quote a whole field ("key=value") or none of it`;
        case 'CSV_INVALID_CLOSING_QUOTE': {
            const line = input.split(/\r\n|\n|\r/)[(at.lines ?? 1) - 1] ?? '';
            const field = typeof at.column === 'number' ? quotedField(line, at.column) : undefined;
            return field === undefined ? 'has text after a closing quote; a quoted field ends at a comma' : `has text after the closing quote of '"${field}"'; a quoted field ends at a comma`;
        }
        case 'CSV_QUOTE_NOT_CLOSED':
            return 'has a quote that is never closed';
        default:
            return `cannot be read as CSV (${error.message})`;
    }
}
/** Records of `input` as csv-parse gives them: `,` between fields, `"` quotes, empty records skipped. */
function parseCsv(input, options = {}) {
    try {
        // the per-rule call is metadata-action's `parse(s, {relaxColumnCount, skipEmptyLines})`;
        // the list call adds Util.getList's options
        return (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(input, {
            ...(options.relaxQuotes !== undefined && { columns: false, relaxQuotes: options.relaxQuotes }),
            ...(options.comment !== undefined && { comment: options.comment, comment_no_infix: true }),
            relaxColumnCount: true,
            skipEmptyLines: true,
        });
    }
    catch (error) {
        if (error instanceof csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .CsvError */ .J$)
            throw new CsvError(explain(error, input));
        throw error;
    }
}
/**
 * An action input (tags, flavor, labels, images) as metadata-action reads it: one entry per
 * line, `#` lines skipped, fields re-joined with `,` after the list-level quote handling, trimmed.
 * Blank entries are dropped (metadata-action fails on a line of only spaces with a TypeError).
 */
function parseInputList(lines) {
    const input = lines.join('\n');
    if (input === '')
        return [];
    return parseCsv(input, { relaxQuotes: true, comment: '#' })
        .map((fields) => fields.join(','))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
}
/** {@link parseInputList} for the input called `name`, with csv-parse's refusals as usage errors. */
function readInput(name, lines) {
    try {
        return parseInputList(lines);
    }
    catch (error) {
        if (error instanceof CsvError)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: the input ${error.message}.`, 'Quote a whole field ("key=value") or none of it.');
        throw error;
    }
}
/** The fields of one entry, as the per-rule pass reads them (strict quotes, first record only). */
function parseFields(entry) {
    return parseCsv(entry)[0] ?? [];
}


/***/ }),

/***/ 57100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ secretsKey),
/* harmony export */   GR: () => (/* binding */ SECRET_KEYS),
/* harmony export */   Jm: () => (/* binding */ parseBuildSecrets),
/* harmony export */   K2: () => (/* binding */ secretFlags)
/* harmony export */ });
/* unused harmony exports secretValuesToMask, secretEnvNames */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _meta_csv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92143);
/**
 * BuildKit secrets for the image build, in build-push-action's three inputs: `secrets`
 * (`id=value`), `secret-files` (`id=path`) and `secret-envs` (`id=ENVNAME`), here image-secrets,
 * image-secret-files and image-secret-envs. They reach the build as `--secret` only: never as a
 * build arg or a label (both stay in the image's history), and a value never on a command line
 * (it goes through a 0600 file in the stage's own temp dir). No message here ever quotes a value.
 */




const SECRET_KEYS = { value: 'image-secrets', file: 'image-secret-files', env: 'image-secret-envs' };
/** What BuildKit takes as an id without quoting, and what a shell takes as a variable name. */
const ID = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The entries of one input as build-push-action reads them (actions-toolkit getInputList with
 * ignoreComma: one per line, `#` lines skipped, a quoted entry may span lines). csv-parse's own
 * message quotes the field, so for image-secrets it is replaced by one that does not.
 */
function entries(key, lines) {
    try {
        return (0,_meta_csv_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInputList */ .OW)(lines);
    }
    catch (error) {
        if (!(error instanceof _meta_csv_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvError */ .J$))
            throw error;
        if (key === SECRET_KEYS.value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, 'a line has a quote that does not open or close a whole entry (its text is not shown: it holds a secret).', 'Quote a whole line ("id=value") or none of it.');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `the input ${error.message}.`, 'Quote a whole line ("id=value") or none of it.');
    }
}
const FORMS = { value: 'id=value, e.g. GIT_AUTH_TOKEN=…', file: 'id=path, e.g. npmrc=.npmrc', env: 'id=ENVNAME, e.g. GIT_AUTH_TOKEN=GITHUB_TOKEN' };
/** `id=rest` of one entry; the entry is quoted in the message only where it holds no secret. */
function split(key, source, entry, index) {
    const shown = source === 'value' ? `line ${index + 1}` : `'${entry}'`;
    const at = entry.indexOf('=');
    if (at < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${shown} has no '=' (expected ${FORMS[source]}).`);
    const id = entry.slice(0, at).trim();
    const rest = entry.slice(at + 1);
    if (!id)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${shown} has an empty id before '=' (expected ${FORMS[source]}).`);
    if (!ID.test(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `the id '${id}' may hold only letters, digits, '_', '.' and '-'.`);
    if (source === 'value') {
        // a workflow's `${{ secrets.X }}` is empty where the secret is not set (a pull request from a fork)
        if (rest === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${id} has an empty value (a secret that is not set, or a pull request from a fork, which gets no secrets).`);
        return [id, rest];
    }
    const value = rest.trim();
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${id} has nothing after '=' (expected ${FORMS[source]}).`);
    if (source === 'env' && !ENV_NAME.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `${id}: '${value}' is not an environment variable name.`);
    return [id, value];
}
/** The secrets of the three inputs (lines of text, as the options hold them); each id once. */
function parseBuildSecrets(raw) {
    const secrets = [];
    const seen = new Map();
    const add = (key, secret) => {
        const first = seen.get(secret.id);
        if (first)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OptionError */ .eR(key, `the id ${secret.id} is given ${first === key ? 'twice' : `in ${first} too`}; give each id once.`);
        seen.set(secret.id, key);
        secrets.push(secret);
    };
    entries(SECRET_KEYS.value, raw.values).forEach((entry, index) => {
        const [id, value] = split(SECRET_KEYS.value, 'value', entry, index);
        add(SECRET_KEYS.value, { id, source: 'value', value });
    });
    entries(SECRET_KEYS.file, raw.files).forEach((entry, index) => {
        const [id, path] = split(SECRET_KEYS.file, 'file', entry, index);
        add(SECRET_KEYS.file, { id, source: 'file', path });
    });
    entries(SECRET_KEYS.env, raw.envs).forEach((entry, index) => {
        const [id, env] = split(SECRET_KEYS.env, 'env', entry, index);
        add(SECRET_KEYS.env, { id, source: 'env', env });
    });
    return secrets;
}
/**
 * The values of an image-secrets input, for the platform to mask before anything can print them.
 * Never throws: a malformed input is refused later, by the option parser, and must be masked
 * all the same (every line whole, and what follows its first `=`).
 */
function secretValuesToMask(text) {
    let list;
    try {
        list = parseInputList([text]);
    }
    catch {
        list = text.split('\n');
    }
    const values = new Set();
    for (const entry of list) {
        // with no `=`, the whole line may be the value (the id forgotten)
        const value = entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry.trim();
        if (value)
            values.add(value);
        // a multi-line value is masked line by line too, as the runner shows it
        for (const line of value.split('\n').map((part) => part.trim()))
            if (line)
                values.add(line);
    }
    return [...values];
}
/** The variable names an image-secret-envs input gives, for the platform to mask what they hold. Never throws. */
function secretEnvNames(text) {
    return text.split('\n').filter((line) => line.includes('=')).map((line) => line.slice(line.indexOf('=') + 1).trim()).filter((name) => ENV_NAME.test(name));
}
/** A field of a `--secret` spec, quoted as the CLI's CSV reader wants when it holds `,` or `"`. */
function field(text) {
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/**
 * The `--secret` flags for these secrets; a value is written to a 0600 file in `dir` (the
 * stage's mkdtemp dir, removed after the build), so the command line holds only its path.
 */
async function secretFlags(secrets, dir) {
    const flags = [];
    for (const [index, secret] of secrets.entries()) {
        let spec;
        if (secret.source === 'value') {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `secret-${index}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, secret.value, { mode: 0o600 });
            spec = `id=${secret.id},${field(`src=${file}`)}`;
        }
        else if (secret.source === 'file') {
            spec = `id=${secret.id},${field(`src=${secret.path}`)}`;
        }
        else {
            spec = `id=${secret.id},env=${secret.env}`;
        }
        flags.push('--secret', spec);
    }
    return flags;
}
/** The input a user set secrets through, to name in a message about all of them (the first used). */
function secretsKey(secrets) {
    return SECRET_KEYS[secrets[0]?.source ?? 'value'];
}


/***/ }),

/***/ 91434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  imageMeta: () => (/* binding */ imageMeta),
  runImageStage: () => (/* binding */ runImageStage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/image/digest.ts
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/**
 * A repository as the engine writes it in RepoDigests: Docker Hub's familiar form
 * (`docker.io/library/x` → `x`, `docker.io/acme/x` → `acme/x`), every other registry as written.
 */
function familiarRepository(repository) {
    const hub = /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(.+)$/.exec(repository);
    if (!hub)
        return repository;
    return hub[1].startsWith('library/') && !hub[1].slice('library/'.length).includes('/') ? hub[1].slice('library/'.length) : hub[1];
}
/** The digests RepoDigests holds for exactly `repository` (no other repository of the same name prefix). */
function digestsFor(repoDigestsJson, repository) {
    let list;
    try {
        list = JSON.parse(repoDigestsJson.trim() || 'null');
    }
    catch {
        return undefined;
    }
    if (list === null)
        return [];
    if (!Array.isArray(list))
        return undefined;
    const wanted = familiarRepository(repository);
    const digests = [];
    for (const item of list) {
        if (typeof item !== 'string')
            continue;
        const at = item.lastIndexOf('@');
        if (at < 0 || familiarRepository(item.slice(0, at)) !== wanted || !DIGEST.test(item.slice(at + 1)))
            continue;
        if (!digests.includes(item.slice(at + 1)))
            digests.push(item.slice(at + 1));
    }
    return digests;
}
/** RepoDigests of `reference` for `repository`, or why they could not be read. */
async function repoDigests(docker, reference, repository) {
    const inspected = await docker.run(['image', 'inspect', '--format', '{{json .RepoDigests}}', reference]);
    if (inspected.code !== 0)
        return { error: `docker image inspect ${reference} failed: ${inspected.stderr.trim() || `exit code ${inspected.code}`}` };
    const digests = digestsFor(inspected.stdout, repository);
    return digests ? { digests } : { error: `docker image inspect ${reference} gave no RepoDigests list: ${inspected.stdout.trim().slice(0, 200)}` };
}
/**
 * The digest this push made: the one RepoDigests gained for the repository, else the only one it
 * holds (the same manifest pushed before). Several and none new: the engine cannot say which.
 */
function pushedDigest(before, after) {
    const added = after.filter((digest) => !before.includes(digest));
    if (added.length === 1)
        return { digest: added[0] };
    if (added.length === 0 && after.length === 1)
        return { digest: after[0] };
    if (after.length === 0)
        return { error: 'the engine recorded no digest for this repository after the push' };
    return { error: `the engine holds several digests for this repository (${after.join(', ')}) and cannot say which this push made` };
}

;// CONCATENATED MODULE: ./src/image/push-order.ts
/**
 * The order tags are pushed in, so that nothing moves before something immutable is safely in
 * the registry: per repository, first one immutable tag (a `sha-…` tag or a full semver version),
 * whose push returns the digest; only then the moving ones (latest, branches, pr-N, major/minor).
 */
const IMMUTABLE_TAG = /^(sha-[0-9a-f]{7,40}|v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?)$/;
/** `ghcr.io/acme/app:1.2.3` → [`ghcr.io/acme/app`, `1.2.3`] (a registry port is not a tag). */
function splitReference(reference) {
    const slash = reference.lastIndexOf('/');
    const colon = reference.lastIndexOf(':');
    if (colon <= slash)
        return [reference, 'latest'];
    return [reference.slice(0, colon), reference.slice(colon + 1)];
}
function isImmutableTag(tag) {
    return IMMUTABLE_TAG.test(tag);
}
/**
 * Plan the pushes. When a repository has only moving tags, `sha-<short>` is added as its anchor:
 * a moving tag must always follow a digest the registry already holds.
 */
function planPushes(references, shortSha) {
    const byRepository = new Map();
    for (const reference of references) {
        const [repository, tag] = splitReference(reference);
        const tags = byRepository.get(repository) ?? [];
        if (!tags.includes(tag))
            tags.push(tag);
        byRepository.set(repository, tags);
    }
    return {
        repositories: [...byRepository].map(([repository, tags]) => {
            const immutable = tags.find(isImmutableTag);
            const anchorTag = immutable ?? `sha-${shortSha}`;
            return {
                repository,
                anchor: `${repository}:${anchorTag}`,
                moving: tags.filter((tag) => tag !== anchorTag).map((tag) => `${repository}:${tag}`),
                addedAnchor: immutable === undefined,
            };
        }),
    };
}

// EXTERNAL MODULE: ./src/image/secrets.ts
var image_secrets = __webpack_require__(57100);
;// CONCATENATED MODULE: ./src/image/build-push.ts
/**
 * The image stage: build once, then push so that nothing is half-published. Each repository's
 * immutable anchor tag is pushed first and must return a digest; only then do the moving tags
 * (latest, branch, pr-N…) follow. A login uses `--password-stdin` into a throwaway DOCKER_CONFIG
 * and is logged out (and deleted) afterwards, whatever happened.
 */






/** `type=registry,ref=ghcr.io/acme/app:buildcache` → its fields; a bare reference is type=registry, as buildx reads it. */
function parseCacheSpec(line) {
    if (!line.includes('='))
        return { type: 'registry', ref: line };
    const fields = Object.fromEntries(line.split(',').map((part) => {
        const at = part.indexOf('=');
        return at < 0 ? [part.trim(), ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }));
    return { type: 'registry', ...fields };
}
function chooseBuilder(buildx, secrets = []) {
    return buildx ? 'buildx' : secrets.length > 0 ? 'engine-buildkit' : 'classic';
}
/**
 * The build flags for these settings, or why this builder cannot honour them. BuildKit (buildx)
 * takes them as build-push-action passes them; the classic CLI has no platforms and no cache
 * exports, and reads a registry cache by pulling the image and naming it in --cache-from. With
 * the engine's BuildKit an inline cache is asked for by build arg, as docker documents it.
 */
function buildFlags(settings, builder) {
    if (!settings)
        return { flags: [], pulls: [] };
    const flags = settings.target ? ['--target', settings.target] : [];
    if (builder === 'buildx') {
        if (settings.platforms.length > 1)
            return { refused: `image-platforms: ${settings.platforms.join(', ')} is a multi-platform image, which needs a push from the builder (buildx --push), not one image loaded for the anchor-first push; build one platform per job, or leave image-platforms empty` };
        if (settings.platforms.length === 1)
            flags.push('--platform', settings.platforms[0]);
        for (const line of settings.cacheFrom)
            flags.push('--cache-from', line);
        for (const line of settings.cacheTo)
            flags.push('--cache-to', line);
        return { flags, pulls: [] };
    }
    if (settings.platforms.length > 0)
        return { refused: `image-platforms: ${settings.platforms.join(', ')} needs BuildKit (docker buildx), which this Docker engine does not have; install the buildx plugin (docker/setup-buildx-action on GitHub) or leave image-platforms empty` };
    const pulls = [];
    for (const line of settings.cacheFrom) {
        const spec = parseCacheSpec(line);
        if (spec.type !== 'registry' || !spec.ref)
            return { refused: `image-cache-from: '${line}' needs BuildKit (docker buildx); the classic builder reads only a registry image (type=registry,ref=<image>)` };
        pulls.push(spec.ref);
        flags.push('--cache-from', spec.ref);
    }
    for (const line of settings.cacheTo) {
        // the classic builder's images carry their layers: pushed, they are the cache a later --cache-from reads
        if (parseCacheSpec(line).type !== 'inline')
            return { refused: `image-cache-to: '${line}' needs BuildKit (docker buildx); with the classic builder use type=inline (the pushed image is the cache)` };
        // the engine's BuildKit writes the cache metadata into the image only when asked
        if (builder === 'engine-buildkit' && !flags.includes('BUILDKIT_INLINE_CACHE=1'))
            flags.push('--build-arg', 'BUILDKIT_INLINE_CACHE=1');
    }
    return { flags, pulls };
}
function lastLine(result, secret) {
    const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((line) => line.trim()).filter(Boolean);
    const line = lines.filter((text) => !/^(DEPRECATED|BuildKit is currently|environment-variable|Install the buildx)/.test(text)).at(-1) ?? `exit code ${result.code}`;
    return secret ? line.split(secret).join('***') : line;
}
async function hasBuildx(docker) {
    return (await docker.run(['buildx', 'version'])).code === 0;
}
/** docker 23+ without buildx refuses DOCKER_BUILDKIT=1 with this (it has no BuildKit client of its own). */
const NO_BUILDX = /buildx component is missing/i;
const BUILDER_NAMES = {
    buildx: 'BuildKit (buildx)',
    'engine-buildkit': "the engine's BuildKit (no buildx here; DOCKER_BUILDKIT=1, for the build secrets)",
    classic: 'classic builder (no buildx here)',
};
/** The build command: buildx loads the image into the engine, so both push the same way after. */
function buildCommand(builder, flags, input, tags, iidFile) {
    return [
        ...(builder === 'buildx' ? ['buildx', 'build', '--load'] : ['build']),
        ...flags,
        ...(input.dockerfile ? ['--file', input.dockerfile] : []),
        ...Object.entries(input.labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
        ...input.buildArgs.flatMap((arg) => ['--build-arg', arg]),
        ...tags.flatMap((tag) => ['--tag', tag]),
        '--iidfile', iidFile,
        input.context,
    ];
}
async function buildAndPush(input) {
    const { docker, logger } = input;
    const plan = planPushes(input.references, input.shortSha);
    const allTags = plan.repositories.flatMap((repository) => [repository.anchor, ...repository.moving]);
    const addedAnchors = plan.repositories.filter((repository) => repository.addedAnchor).map((repository) => repository.anchor);
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-image-'));
    try {
        const iidFile = (0,external_node_path_.join)(workDir, 'iid');
        const secrets = input.secrets ?? [];
        const builder = chooseBuilder(await hasBuildx(docker), secrets);
        const settings = buildFlags(input.build, builder);
        if ('refused' in settings)
            return { kind: 'failed', stage: 'build', reason: settings.refused, pushed: [], notPushed: input.push ? allTags : [] };
        if (settings.pulls.length > 0) {
            // a private registry's cache image is read with the same throwaway login as the push
            const cacheConfig = (0,external_node_path_.join)(workDir, 'cache-config');
            const env = input.login ? { DOCKER_CONFIG: cacheConfig } : {};
            if (input.login)
                await docker.run(['login', ...(input.login.server ? [input.login.server] : []), '--username', input.login.username, '--password-stdin'], { input: input.login.password, env });
            for (const reference of settings.pulls) {
                // the cache image may not exist yet (the first build): a miss is a slower build, not a failure
                const pulled = await docker.run(['pull', reference], { env });
                logger.info(pulled.code === 0 ? `Cache from ${reference}.` : `No cache at ${reference} yet (${lastLine(pulled, input.login?.password)}): building without it.`);
            }
            if (input.login)
                await docker.run(['logout', ...(input.login.server ? [input.login.server] : [])], { env });
        }
        const args = buildCommand(builder, [...settings.flags, ...(await (0,image_secrets/* secretFlags */.K2)(secrets, workDir))], input, allTags, iidFile);
        const built = await logger.group('image build', async () => {
            logger.info(`${BUILDER_NAMES[builder]}: ${allTags.join(', ')}${secrets.length > 0 ? `; build secrets: ${secrets.map((secret) => secret.id).join(', ')}` : ''}`);
            return docker.run(args, { env: builder === 'classic' ? { DOCKER_BUILDKIT: '0' } : builder === 'engine-buildkit' ? { DOCKER_BUILDKIT: '1' } : {}, onOutput: (chunk, stream) => logger.output(chunk, stream) });
        });
        if (built.code !== 0 && builder === 'engine-buildkit' && NO_BUILDX.test(`${built.stderr}\n${built.stdout}`)) {
            return {
                kind: 'failed', stage: 'build', pushed: [], notPushed: input.push ? allTags : [],
                reason: `${(0,image_secrets/* secretsKey */.Bk)(secrets)}: build secrets need BuildKit, and this docker CLI (23 or later) has no buildx component, which is its only BuildKit client; install the buildx plugin (docker/setup-buildx-action on GitHub, the docker-buildx-plugin package elsewhere)`,
            };
        }
        if (built.code !== 0)
            return { kind: 'failed', stage: 'build', reason: `docker build failed: ${lastLine(built)}`, pushed: [], notPushed: input.push ? allTags : [] };
        const imageId = (await (0,promises_.readFile)(iidFile, 'utf8')).trim();
        if (!input.push)
            return { kind: 'built', imageId, tags: allTags };
        const configDir = (0,external_node_path_.join)(workDir, 'docker-config');
        const env = input.login ? { DOCKER_CONFIG: configDir } : {};
        try {
            if (input.login) {
                const login = await docker.run(['login', ...(input.login.server ? [input.login.server] : []), '--username', input.login.username, '--password-stdin'], { input: input.login.password, env });
                if (login.code !== 0) {
                    return { kind: 'failed', stage: 'login', reason: `docker login to ${input.login.server || 'Docker Hub'} as ${input.login.username} failed: ${lastLine(login, input.login.password)}`, pushed: [], notPushed: allTags };
                }
            }
            return await logger.group('image push', async () => {
                const pushed = [];
                let firstDigest = '';
                for (const repository of plan.repositories) {
                    if (repository.addedAnchor)
                        logger.info(`${repository.anchor} is pushed first, so that moving tags only ever follow a digest the registry holds.`);
                    // what the engine held for this repository before: a digest it gains is this push's
                    const before = await repoDigests(docker, repository.anchor, repository.repository);
                    const anchor = await docker.run(['push', repository.anchor], { env, onOutput: (chunk, stream) => logger.output(chunk, stream) });
                    const notPushed = () => allTags.filter((tag) => !pushed.includes(tag));
                    if (anchor.code !== 0) {
                        return { kind: 'failed', stage: 'push', reason: `push of ${repository.anchor} failed: ${lastLine(anchor, input.login?.password)}; no moving tag was changed (${repository.moving.join(', ') || 'none'})`, pushed, notPushed: notPushed() };
                    }
                    const after = await repoDigests(docker, repository.anchor, repository.repository);
                    const found = 'error' in after ? after : pushedDigest('error' in before ? [] : before.digests, after.digests);
                    if ('error' in found) {
                        // pushed, but with no digest to pin them to, the moving tags stay where they are
                        pushed.push(repository.anchor);
                        return { kind: 'failed', stage: 'push', reason: `push of ${repository.anchor} gave no digest (${found.error}); no moving tag was changed (${repository.moving.join(', ') || 'none'})`, pushed, notPushed: notPushed() };
                    }
                    const { digest } = found;
                    pushed.push(repository.anchor);
                    firstDigest ||= digest;
                    for (const reference of repository.moving) {
                        const moved = await docker.run(['push', reference], { env, onOutput: (chunk, stream) => logger.output(chunk, stream) });
                        if (moved.code !== 0) {
                            return { kind: 'failed', stage: 'push', reason: `push of ${reference} failed after ${repository.anchor} was pushed (${digest}): ${lastLine(moved, input.login?.password)}`, pushed, notPushed: notPushed() };
                        }
                        pushed.push(reference);
                    }
                    // the same image id pushed to the same repository: a moving tag names the anchor's manifest
                    const moved = repository.moving.length > 0 ? await repoDigests(docker, repository.anchor, repository.repository) : undefined;
                    if (moved && !('error' in moved) && !moved.digests.includes(digest))
                        logger.warning(`${repository.moving.join(', ')} were pushed, but the engine no longer records ${digest} for ${repository.repository} (${moved.digests.join(', ') || 'none'}).`);
                }
                return { kind: 'pushed', imageId, digest: firstDigest, tags: pushed, addedAnchors };
            });
        }
        finally {
            if (input.login)
                await docker.run(['logout', ...(input.login.server ? [input.login.server] : [])], { env });
        }
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/image/meta/index.ts + 10 modules
var image_meta = __webpack_require__(99092);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/metrics/pyformat.ts
var pyformat = __webpack_require__(3317);
;// CONCATENATED MODULE: ./src/image/model-labels.ts
/**
 * Labels that make any image in a registry say which model it carries: the head metrics, a
 * digest of the params and the gate verdict, under one documented prefix. Values are cleaned
 * (no control characters, bounded length); nothing but metrics, a hash and a verdict goes in.
 */


const MODEL_LABEL_PREFIX = 'io.mlops-action.model';
const MAX_VALUE = 256;
const MAX_METRIC_LABELS = 50;
/** A label key segment: lower case, [a-z0-9._-], as the OCI annotation rules recommend. */
function keySegment(text) {
    return text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'x';
}
function cleanLabelValue(text) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    const cleaned = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return cleaned.length > MAX_VALUE ? `${cleaned.slice(0, MAX_VALUE - 1)}…` : cleaned;
}
/** sha256 of the params as canonical JSON (sorted keys), so equal params give equal digests. */
function paramsDigest(params) {
    const data = {};
    for (const row of [...params].sort((a, b) => `${a.path}\0${a.key}`.localeCompare(`${b.path}\0${b.key}`)))
        data[`${row.path}:${row.key}`] = row.new;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update((0,pyformat.pyJsonDumps)(data)).digest('hex')}`;
}
function modelLabels(input) {
    const labels = {};
    for (const row of input.metrics.filter((item) => item.new !== null).slice(0, MAX_METRIC_LABELS)) {
        const file = input.metrics.some((other) => other.key === row.key && other.path !== row.path) ? `${keySegment(row.path)}.` : '';
        labels[`${MODEL_LABEL_PREFIX}.metrics.${file}${keySegment(row.key)}`] = cleanLabelValue((0,pyformat.pyStr)(row.new));
    }
    labels[`${MODEL_LABEL_PREFIX}.params-digest`] = paramsDigest(input.params);
    if (input.gatesPassed !== undefined)
        labels[`${MODEL_LABEL_PREFIX}.gates`] = input.gatesPassed ? 'passed' : 'failed';
    return labels;
}

;// CONCATENATED MODULE: ./src/image/stage.ts




/** Tags and labels, without building: `mlops image meta`. */
function imageMeta(input) {
    const meta = (0,image_meta/* computeMeta */.t7)({ images: input.options.images, tags: input.options.tags, flavor: input.options.flavor, labels: input.options.labels, context: input.meta, now: input.now });
    // The user's own `labels:` lines win over the model labels, as they win over the OCI ones.
    const userKeys = new Set(input.options.labels.map((line) => line.split('=')[0].trim()));
    const model = Object.entries(modelLabels(input)).filter(([key]) => !userKeys.has(key));
    const labels = { ...meta.labels, ...Object.fromEntries(model) };
    const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { ...meta, labels: sorted, labelLines: Object.entries(sorted).map(([key, value]) => `${key}=${value}`) };
}
/**
 * Moving tags are only pushed after an immutable one (push-order.ts), which is `sha-<commit>`
 * when the rules give none; with no commit there is none to add, so the stage refuses rather
 * than tagging `:sha-`.
 */
function movingWithoutAnchor(tags) {
    return planPushes(tags, '').repositories.filter((repository) => repository.addedAnchor).flatMap((repository) => repository.moving);
}
async function runImageStage(input) {
    const meta = imageMeta(input);
    for (const warning of meta.warnings)
        input.logger.warning(warning);
    if (meta.tags.length === 0)
        return { kind: 'skipped', reason: 'the tag rules gave no tag for this event' };
    const unanchored = input.meta.sha ? [] : movingWithoutAnchor(meta.tags);
    if (unanchored.length > 0) {
        return { kind: 'skipped', reason: `there is no commit, so no sha-<commit> tag can be pushed before the moving tags ${unanchored.join(', ')} (add an immutable tag, e.g. type=raw,value=1.0.0, or build from a commit)` };
    }
    const { options } = input;
    if (options.push && options.username && !input.password) {
        return { kind: 'skipped', reason: `registry-username is ${options.username} but the password is empty (a pull request from a fork gets no secrets); nothing was pushed` };
    }
    const result = await buildAndPush({
        context: options.context,
        dockerfile: options.dockerfile,
        references: meta.tags,
        labels: meta.labels,
        buildArgs: options.buildArgs,
        build: { target: options.target, platforms: options.platforms, cacheFrom: options.cacheFrom, cacheTo: options.cacheTo },
        secrets: options.secrets,
        push: options.push,
        login: options.username && input.password ? { server: options.registry ?? '', username: options.username, password: input.password } : undefined,
        shortSha: input.meta.sha.slice(0, 7),
        docker: input.docker,
        logger: input.logger,
    });
    return { ...result, meta };
}


/***/ }),

/***/ 42016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* reexport safe */ _api_index_js__WEBPACK_IMPORTED_MODULE_0__.J),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var _api_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37084);
/* harmony import */ var _api_normalize_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86845);



const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = (0,_api_index_js__WEBPACK_IMPORTED_MODULE_0__/* .transform */ .p)(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};




/***/ })

};
