export const id = 995;
export const ids = [995];
export const modules = {

/***/ 20995:
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/image/digest.ts
/**
 * The digest a push left in the registry, from where the engine records it: after `docker push`,
 * the image's RepoDigests hold `<repository>@sha256:…` for each repository it was pushed to
 * (the manifest digest the registry answered), on the classic store and the containerd one alike.
 * `docker push`'s progress text is for people and changes between versions; this is data.
 */

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
/**
 * The digest buildx pushed, from its `--metadata-file`: `containerimage.digest` (the manifest, or
 * the index of a multi-platform or attested image, as the registry stores it; what
 * build-push-action reports), else the digest of `containerimage.descriptor`.
 */
function metadataDigest(text) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch {
        return { error: `buildx's metadata file is not JSON: ${text.trim().slice(0, 200) || '(empty)'}` };
    }
    const record = (metadata ?? {});
    const descriptor = record['containerimage.descriptor'];
    const digest = record['containerimage.digest'] ?? descriptor?.digest;
    if (typeof digest !== 'string' || !DIGEST.test(digest))
        return { error: "buildx's metadata file names no containerimage.digest" };
    return typeof descriptor?.mediaType === 'string' && descriptor.digest === digest ? { digest, mediaType: descriptor.mediaType } : { digest };
}
/** An image index or manifest list (several platforms, or attestations beside the image), not one manifest. */
function isIndex(mediaType) {
    return mediaType === 'application/vnd.oci.image.index.v1+json' || mediaType === 'application/vnd.docker.distribution.manifest.list.v2+json';
}
/** The digest of a manifest as the registry computes it: sha256 of its bytes exactly. */
function manifestDigest(raw) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(raw, 'utf8').digest('hex')}`;
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

;// CONCATENATED MODULE: ./src/image/registry-login.ts
/**
 * A registry login for one image stage, in a throwaway DOCKER_CONFIG (`--password-stdin`, never a
 * command line): the runner's own docker config never holds our credentials, and the login ends
 * with the stage. What the runner's config already gives stays: its logins to other registries
 * (docker/login-action's, for a private base image or cache), the CLI's plugins (buildx, where
 * setup-buildx-action installs it) and the buildx builders.
 */


const server = (login) => (login.server ? [login.server] : []);
/** Logged in at `dir` (or, without a login, the CLI's own config as it is), or the failed login. */
async function openSession(docker, login, dir) {
    if (!login)
        return { env: {}, end: async () => undefined };
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    if (docker.configDir) {
        // the plugins (buildx), and the contexts a `currentContext` or a buildx builder's endpoint names
        for (const folder of ['cli-plugins', 'contexts'])
            await (0,promises_.symlink)((0,external_node_path_.join)(docker.configDir, folder), (0,external_node_path_.join)(dir, folder)).catch(() => undefined);
        const config = await inheritedConfig(docker.configDir, login.server);
        if (config)
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'config.json'), config, { mode: 0o600 });
    }
    const env = { DOCKER_CONFIG: dir, ...(docker.buildxConfig ? { BUILDX_CONFIG: docker.buildxConfig } : {}) };
    const result = await docker.run(['login', ...server(login), '--username', login.username, '--password-stdin'], { input: login.password, env });
    if (result.code !== 0) {
        // a refused login may still have written a partial config: nothing stays logged in
        await docker.run(['logout', ...server(login)], { env });
        return { failed: result };
    }
    return {
        env,
        end: async () => {
            await docker.run(['logout', ...server(login)], { env });
        },
    };
}
/**
 * The names docker keys a registry's credentials by: its ConvertToHostname, Docker Hub's several
 * names, and the http(s):// forms `docker logout` also erases (each would reach the keychain).
 */
function credentialKeys(server) {
    const host = server.replace(/^https?:\/\//, '').split('/')[0];
    if (host === '' || ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(host))
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    return [host, `http://${host}`, `https://${host}`];
}
/**
 * The runner's config.json for the throwaway folder, its logins to other registries kept (in a
 * `credsStore` too: its `auths` entries are empty then), with our registry's credential helper
 * set to none, so that our login is written to this folder's file and goes with it, never to a
 * keychain. Unreadable or not an object: start from nothing.
 */
async function inheritedConfig(configDir, server) {
    let config;
    try {
        config = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(configDir, 'config.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
    if (!config || typeof config !== 'object' || Array.isArray(config))
        return undefined;
    const kept = config;
    const helpers = kept.credHelpers && typeof kept.credHelpers === 'object' && !Array.isArray(kept.credHelpers) ? kept.credHelpers : {};
    // an empty helper is docker's "the file": GetCredentialsStore falls back to the config file
    const ours = Object.fromEntries(credentialKeys(server).map((key) => [key, '']));
    return JSON.stringify({ ...kept, credHelpers: { ...helpers, ...ours } }, null, 2);
}

// EXTERNAL MODULE: ./src/image/secrets.ts
var image_secrets = __webpack_require__(57100);
;// CONCATENATED MODULE: ./src/image/build-push.ts
/**
 * The image stage: build once, then push so that nothing is half-published. Each repository's
 * immutable anchor tag is pushed first and must return a digest; only then do the moving tags
 * (latest, branch, pr-N…) follow. With buildx the builder pushes (`--push`, one platform or
 * many) only the anchors, its metadata file gives the digest, and the moving tags are then made to
 * name that digest in the registry (`buildx imagetools create`). A login uses `--password-stdin`
 * into a throwaway DOCKER_CONFIG and is logged out (and deleted) afterwards, whatever happened.
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
        if (settings.platforms.length > 0)
            flags.push('--platform', settings.platforms.join(','));
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
/** The build command: the classic builders tag in the engine and are pushed from it after. */
function buildCommand(builder, flags, input, tags, iidFile, output = 'load') {
    const buildx = output === 'load' ? ['--load'] : output === 'cache' ? [] : ['--push', '--metadata-file', output.push];
    return [
        ...(builder === 'buildx' ? ['buildx', 'build', ...buildx] : ['build']),
        ...flags,
        ...(input.dockerfile ? ['--file', input.dockerfile] : []),
        ...Object.entries(input.labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
        ...input.buildArgs.flatMap((arg) => ['--build-arg', arg]),
        ...tags.flatMap((tag) => ['--tag', tag]),
        '--iidfile', iidFile,
        input.context,
    ];
}
/** Every reference the plan pushes, each repository's anchor first. */
const tagsOf = (plan) => plan.repositories.flatMap((repository) => [repository.anchor, ...repository.moving]);
/** The `sha-<short>` anchors added where a repository had only moving tags. */
const addedAnchorsOf = (plan) => plan.repositories.filter((repository) => repository.addedAnchor).map((repository) => repository.anchor);
async function buildAndPush(input) {
    const { docker, logger } = input;
    const plan = planPushes(input.references, input.shortSha);
    const allTags = tagsOf(plan);
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-image-'));
    try {
        const secrets = input.secrets ?? [];
        const builder = chooseBuilder(await hasBuildx(docker), secrets);
        const settings = buildFlags(input.build, builder);
        if ('refused' in settings)
            return { kind: 'failed', stage: 'build', reason: settings.refused, pushed: [], notPushed: input.push ? allTags : [] };
        const flags = [...settings.flags, ...(await (0,image_secrets/* secretFlags */.K2)(secrets, workDir))];
        if (builder === 'buildx' && input.push)
            return await pushFromBuilder(input, plan, flags, workDir);
        if (settings.pulls.length > 0)
            await pullCaches(input, settings.pulls, (0,external_node_path_.join)(workDir, 'cache-config'));
        const several = builder === 'buildx' && (input.build?.platforms.length ?? 0) > 1;
        const built = await build(input, builder, flags, allTags, workDir, several ? 'cache' : 'load');
        if ('failed' in built)
            return built.failed;
        if (several)
            logger.info(`${input.build.platforms.join(', ')}: built for each platform; a multi-platform image stays in the build cache until it is pushed (the engine holds one platform).`);
        if (!input.push)
            return { kind: 'built', imageId: built.imageId, tags: allTags };
        const session = await openSession(docker, input.login, (0,external_node_path_.join)(workDir, 'docker-config'));
        if ('failed' in session)
            return { kind: 'failed', stage: 'login', reason: loginFailure(input.login, session.failed), pushed: [], notPushed: allTags };
        try {
            return await logger.group('image push', () => pushFromEngine(input, plan, built.imageId, session.env));
        }
        finally {
            await session.end();
        }
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
const loginFailure = (login, result) => `docker login to ${login.server || 'Docker Hub'} as ${login.username} failed: ${lastLine(result, login.password)}`;
/** The classic builder reads a registry cache from pulled images: a private one with the push's login. */
async function pullCaches(input, references, dir) {
    const session = await openSession(input.docker, input.login, dir);
    // a refused login only means no cache: the push's own login says why, where it matters
    const env = 'failed' in session ? {} : session.env;
    try {
        for (const reference of references) {
            // the cache image may not exist yet (the first build): a miss is a slower build, not a failure
            const pulled = await input.docker.run(['pull', reference], { env });
            input.logger.info(pulled.code === 0 ? `Cache from ${reference}.` : `No cache at ${reference} yet (${lastLine(pulled, input.login?.password)}): building without it.`);
        }
    }
    finally {
        if (!('failed' in session))
            await session.end();
    }
}
/** One build, in its log group; the image id, or the failure naming why. */
async function build(input, builder, flags, tags, workDir, output, env = {}) {
    const { docker, logger } = input;
    const secrets = input.secrets ?? [];
    const iidFile = (0,external_node_path_.join)(workDir, 'iid');
    const notPushed = input.push ? [...tags] : [];
    const args = buildCommand(builder, flags, input, tags, iidFile, output);
    const built = await logger.group('image build', async () => {
        logger.info(`${BUILDER_NAMES[builder]}: ${tags.join(', ')}${secrets.length > 0 ? `; build secrets: ${secrets.map((secret) => secret.id).join(', ')}` : ''}`);
        const engine = builder === 'classic' ? { DOCKER_BUILDKIT: '0' } : builder === 'engine-buildkit' ? { DOCKER_BUILDKIT: '1' } : {};
        return docker.run(args, { env: { ...env, ...engine }, onOutput: (chunk, stream) => logger.output(chunk, stream) });
    });
    if (built.code !== 0 && builder === 'engine-buildkit' && NO_BUILDX.test(`${built.stderr}\n${built.stdout}`)) {
        return {
            failed: {
                kind: 'failed', stage: 'build', pushed: [], notPushed,
                reason: `${(0,image_secrets/* secretsKey */.Bk)(secrets)}: build secrets need BuildKit, and this docker CLI (23 or later) has no buildx component, which is its only BuildKit client; install the buildx plugin (docker/setup-buildx-action on GitHub, the docker-buildx-plugin package elsewhere)`,
            },
        };
    }
    if (built.code !== 0) {
        const what = typeof output === 'object' ? 'docker buildx build --push' : builder === 'buildx' ? 'docker buildx build' : 'docker build';
        const moving = typeof output === 'object' ? '; no moving tag was changed' : '';
        return { failed: { kind: 'failed', stage: 'build', reason: `${what} failed: ${lastLine(built, input.login?.password)}${moving}`, pushed: [], notPushed } };
    }
    // buildx writes no image id for a multi-platform build it keeps in its cache
    return { imageId: (await (0,promises_.readFile)(iidFile, 'utf8').catch(() => '')).trim() };
}
/**
 * buildx pushes what it built, every platform at once: only the anchors, so a failed build or
 * push moves nothing. The digest is the one its metadata file names; each repository's moving tags
 * then name that digest in the registry (`imagetools create`: a manifest written under a new tag,
 * no layer pushed again).
 */
async function pushFromBuilder(input, plan, flags, workDir) {
    const { docker, logger } = input;
    const anchors = plan.repositories.map((repository) => repository.anchor);
    const allTags = tagsOf(plan);
    const addedAnchors = addedAnchorsOf(plan);
    // the builder pushes: it needs the login (and a private cache its credentials) while it builds
    const session = await openSession(docker, input.login, (0,external_node_path_.join)(workDir, 'docker-config'));
    if ('failed' in session)
        return { kind: 'failed', stage: 'login', reason: loginFailure(input.login, session.failed), pushed: [], notPushed: allTags };
    try {
        for (const anchor of addedAnchors)
            logger.info(`${anchor} is pushed first, so that moving tags only ever follow a digest the registry holds.`);
        const metadataFile = (0,external_node_path_.join)(workDir, 'metadata.json');
        const built = await build(input, 'buildx', flags, anchors, workDir, { push: metadataFile }, session.env);
        if ('failed' in built)
            return { ...built.failed, notPushed: allTags };
        const found = metadataDigest(await (0,promises_.readFile)(metadataFile, 'utf8').catch(() => ''));
        if ('error' in found) {
            return { kind: 'failed', stage: 'push', reason: `push of ${anchors.join(', ')} gave no digest (${found.error}); no moving tag was changed`, pushed: anchors, notPushed: allTags.filter((tag) => !anchors.includes(tag)) };
        }
        const { digest } = found;
        return await logger.group('image push', async () => {
            const pushed = [...anchors];
            for (const repository of plan.repositories) {
                // one tag at a time: a failure says exactly which tags moved
                for (const tag of repository.moving) {
                    const moved = await pointTag(input, tag, `${repository.repository}@${digest}`, found.mediaType, session.env);
                    if (moved !== undefined) {
                        return { kind: 'failed', stage: 'push', reason: `${tag} could not be pointed at ${repository.anchor} (${digest}): ${moved}`, pushed, notPushed: allTags.filter((name) => !pushed.includes(name)) };
                    }
                    pushed.push(tag);
                }
            }
            return { kind: 'pushed', imageId: built.imageId, digest, tags: pushed, addedAnchors };
        });
    }
    finally {
        await session.end();
    }
}
/**
 * `tag` made to name exactly `source` (`repo@digest`), or why not. buildx copies an index as it is,
 * but wraps a single manifest in a new index unless told `--prefer-index=false` (buildx 0.15 and
 * later; older ones refuse the flag, and copy a Docker manifest as it is): the registry's answer
 * for the tag is then checked, so a tag never names another digest than the one reported.
 */
async function pointTag(input, tag, source, mediaType, env) {
    const { docker, logger } = input;
    const run = (args) => docker.run(['buildx', 'imagetools', ...args], { env, onOutput: (chunk, stream) => logger.output(chunk, stream) });
    const copy = isIndex(mediaType) ? [] : ['--prefer-index=false'];
    let created = await run(['create', ...copy, '--tag', tag, source]);
    if (created.code !== 0 && copy.length > 0 && /unknown flag: --prefer-index/.test(created.stderr))
        created = await run(['create', '--tag', tag, source]);
    if (created.code !== 0)
        return lastLine(created, input.login?.password);
    const digest = source.slice(source.lastIndexOf('@') + 1);
    const named = await docker.run(['buildx', 'imagetools', 'inspect', '--raw', tag], { env });
    if (named.code !== 0)
        return `the registry's answer for it could not be read: ${lastLine(named, input.login?.password)}`;
    const now = manifestDigest(named.stdout);
    return now === digest ? undefined : `it names ${now} now, not the pushed ${digest} (this buildx wraps a single manifest in an index; buildx 0.15 or later copies it with --prefer-index=false)`;
}
/** The engine pushes the image it holds: per repository the anchor, its digest, then the moving tags. */
async function pushFromEngine(input, plan, imageId, env) {
    const { docker, logger } = input;
    const allTags = tagsOf(plan);
    const addedAnchors = addedAnchorsOf(plan);
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
}

// EXTERNAL MODULE: ./src/image/meta/index.ts + 10 modules
var image_meta = __webpack_require__(99092);
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


/***/ })

};
