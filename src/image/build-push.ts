/**
 * The image stage: build once, then push so that nothing is half-published. Each repository's
 * immutable anchor tag is pushed first and must return a digest; only then do the moving tags
 * (latest, branch, pr-N…) follow. With buildx the builder pushes (`--push`, one platform or
 * many) only the anchors, its metadata file gives the digest, and the moving tags are then made to
 * name that digest in the registry (`buildx imagetools create`). A login uses `--password-stdin`
 * into a throwaway DOCKER_CONFIG and is logged out (and deleted) afterwards, whatever happened.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { isIndex, manifestDigest, metadataDigest, pushedDigest, repoDigests } from './digest.js';
import type { Docker, DockerResult } from './docker.js';
import { planPushes, type PushPlan } from './push-order.js';
import { openSession, type RegistryLogin } from './registry-login.js';
import { secretFlags, secretsKey, type BuildSecret } from './secrets.js';

export type { RegistryLogin } from './registry-login.js';

export interface ImageBuildInput {
  context: string;
  dockerfile?: string;
  /** Full references to tag: `ghcr.io/acme/housing:pr-7`. */
  references: string[];
  labels: Record<string, string>;
  /** `NAME=value` build arguments. */
  buildArgs: string[];
  /** build-push-action's `target`, `platforms`, `cache-from`, `cache-to` (its syntax: type=registry,ref=…, type=gha, type=inline). */
  build?: BuildSettings;
  /** BuildKit secrets (image-secrets, image-secret-files, image-secret-envs): `--secret` only, never args or labels. */
  secrets?: readonly BuildSecret[];
  push: boolean;
  login?: RegistryLogin;
  /** For the anchor tag added when every tag would move. */
  shortSha: string;
  docker: Docker;
  logger: Logger;
}

export type ImageResult =
  | { kind: 'built'; imageId: string; tags: string[] }
  | { kind: 'pushed'; imageId: string; digest: string; tags: string[]; addedAnchors: string[] }
  | { kind: 'failed'; stage: 'build' | 'login' | 'push'; reason: string; pushed: string[]; notPushed: string[] };

export interface BuildSettings {
  target?: string;
  platforms: string[];
  cacheFrom: string[];
  cacheTo: string[];
}

/** `type=registry,ref=ghcr.io/acme/app:buildcache` → its fields; a bare reference is type=registry, as buildx reads it. */
export function parseCacheSpec(line: string): Record<string, string> {
  if (!line.includes('=')) return { type: 'registry', ref: line };
  const fields = Object.fromEntries(line.split(',').map((part) => {
    const at = part.indexOf('=');
    return at < 0 ? [part.trim(), ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
  }));
  return { type: 'registry', ...fields };
}

/**
 * Which builder runs: buildx where the CLI has it; else the classic CLI, which (docker ≤ 22)
 * can drive the engine's built-in BuildKit (`DOCKER_BUILDKIT=1`) when secrets need BuildKit, and
 * otherwise keeps the classic builder, whose `--cache-from` reads pulled images.
 */
export type Builder = 'buildx' | 'engine-buildkit' | 'classic';

export function chooseBuilder(buildx: boolean, secrets: readonly BuildSecret[] = []): Builder {
  return buildx ? 'buildx' : secrets.length > 0 ? 'engine-buildkit' : 'classic';
}

/**
 * The build flags for these settings, or why this builder cannot honour them. BuildKit (buildx)
 * takes them as build-push-action passes them; the classic CLI has no platforms and no cache
 * exports, and reads a registry cache by pulling the image and naming it in --cache-from. With
 * the engine's BuildKit an inline cache is asked for by build arg, as docker documents it.
 */
export function buildFlags(settings: BuildSettings | undefined, builder: Builder): { flags: string[]; pulls: string[] } | { refused: string } {
  if (!settings) return { flags: [], pulls: [] };
  const flags = settings.target ? ['--target', settings.target] : [];
  if (builder === 'buildx') {
    if (settings.platforms.length > 0) flags.push('--platform', settings.platforms.join(','));
    for (const line of settings.cacheFrom) flags.push('--cache-from', line);
    for (const line of settings.cacheTo) flags.push('--cache-to', line);
    return { flags, pulls: [] };
  }
  if (settings.platforms.length > 0) return { refused: `image-platforms: ${settings.platforms.join(', ')} needs BuildKit (docker buildx), which this Docker engine does not have; install the buildx plugin (docker/setup-buildx-action on GitHub) or leave image-platforms empty` };
  const pulls: string[] = [];
  for (const line of settings.cacheFrom) {
    const spec = parseCacheSpec(line);
    if (spec.type !== 'registry' || !spec.ref) return { refused: `image-cache-from: '${line}' needs BuildKit (docker buildx); the classic builder reads only a registry image (type=registry,ref=<image>)` };
    pulls.push(spec.ref);
    flags.push('--cache-from', spec.ref);
  }
  for (const line of settings.cacheTo) {
    // the classic builder's images carry their layers: pushed, they are the cache a later --cache-from reads
    if (parseCacheSpec(line).type !== 'inline') return { refused: `image-cache-to: '${line}' needs BuildKit (docker buildx); with the classic builder use type=inline (the pushed image is the cache)` };
    // the engine's BuildKit writes the cache metadata into the image only when asked
    if (builder === 'engine-buildkit' && !flags.includes('BUILDKIT_INLINE_CACHE=1')) flags.push('--build-arg', 'BUILDKIT_INLINE_CACHE=1');
  }
  return { flags, pulls };
}

function lastLine(result: DockerResult, secret?: string): string {
  const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((line) => line.trim()).filter(Boolean);
  const line = lines.filter((text) => !/^(DEPRECATED|BuildKit is currently|environment-variable|Install the buildx)/.test(text)).at(-1) ?? `exit code ${result.code}`;
  return secret ? line.split(secret).join('***') : line;
}

async function hasBuildx(docker: Docker): Promise<boolean> {
  return (await docker.run(['buildx', 'version'])).code === 0;
}

/** docker 23+ without buildx refuses DOCKER_BUILDKIT=1 with this (it has no BuildKit client of its own). */
const NO_BUILDX = /buildx component is missing/i;

const BUILDER_NAMES: Record<Builder, string> = {
  buildx: 'BuildKit (buildx)',
  'engine-buildkit': "the engine's BuildKit (no buildx here; DOCKER_BUILDKIT=1, for the build secrets)",
  classic: 'classic builder (no buildx here)',
};

/**
 * Where buildx puts what it built: pushed by the builder (`--push`, its metadata file then names
 * the digest), loaded into the engine (one platform, not pushed), or left in the build cache (several
 * platforms, not pushed: the engine's image store holds one).
 */
export type BuildxOutput = { push: string } | 'load' | 'cache';

/** The build command: the classic builders tag in the engine and are pushed from it after. */
export function buildCommand(builder: Builder, flags: readonly string[], input: Pick<ImageBuildInput, 'dockerfile' | 'labels' | 'buildArgs' | 'context'>, tags: readonly string[], iidFile: string, output: BuildxOutput = 'load'): string[] {
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
const tagsOf = (plan: PushPlan): string[] => plan.repositories.flatMap((repository) => [repository.anchor, ...repository.moving]);
/** The `sha-<short>` anchors added where a repository had only moving tags. */
const addedAnchorsOf = (plan: PushPlan): string[] => plan.repositories.filter((repository) => repository.addedAnchor).map((repository) => repository.anchor);

export async function buildAndPush(input: ImageBuildInput): Promise<ImageResult> {
  const { docker, logger } = input;
  const plan = planPushes(input.references, input.shortSha);
  const allTags = tagsOf(plan);
  const workDir = await mkdtemp(join(tmpdir(), 'mlops-image-'));
  try {
    const secrets = input.secrets ?? [];
    const builder = chooseBuilder(await hasBuildx(docker), secrets);
    const settings = buildFlags(input.build, builder);
    if ('refused' in settings) return { kind: 'failed', stage: 'build', reason: settings.refused, pushed: [], notPushed: input.push ? allTags : [] };
    const flags = [...settings.flags, ...(await secretFlags(secrets, workDir))];
    if (builder === 'buildx' && input.push) return await pushFromBuilder(input, plan, flags, workDir);
    if (settings.pulls.length > 0) await pullCaches(input, settings.pulls, join(workDir, 'cache-config'));
    const several = builder === 'buildx' && (input.build?.platforms.length ?? 0) > 1;
    const built = await build(input, builder, flags, allTags, workDir, several ? 'cache' : 'load');
    if ('failed' in built) return built.failed;
    if (several) logger.info(`${input.build!.platforms.join(', ')}: built for each platform; a multi-platform image stays in the build cache until it is pushed (the engine holds one platform).`);
    if (!input.push) return { kind: 'built', imageId: built.imageId, tags: allTags };

    const session = await openSession(docker, input.login, join(workDir, 'docker-config'));
    if ('failed' in session) return { kind: 'failed', stage: 'login', reason: loginFailure(input.login!, session.failed), pushed: [], notPushed: allTags };
    try {
      return await logger.group('image push', () => pushFromEngine(input, plan, built.imageId, session.env));
    } finally {
      await session.end();
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const loginFailure = (login: RegistryLogin, result: DockerResult): string => `docker login to ${login.server || 'Docker Hub'} as ${login.username} failed: ${lastLine(result, login.password)}`;

/** The classic builder reads a registry cache from pulled images: a private one with the push's login. */
async function pullCaches(input: ImageBuildInput, references: readonly string[], dir: string): Promise<void> {
  const session = await openSession(input.docker, input.login, dir);
  // a refused login only means no cache: the push's own login says why, where it matters
  const env = 'failed' in session ? {} : session.env;
  try {
    for (const reference of references) {
      // the cache image may not exist yet (the first build): a miss is a slower build, not a failure
      const pulled = await input.docker.run(['pull', reference], { env });
      input.logger.info(pulled.code === 0 ? `Cache from ${reference}.` : `No cache at ${reference} yet (${lastLine(pulled, input.login?.password)}): building without it.`);
    }
  } finally {
    if (!('failed' in session)) await session.end();
  }
}

/** One build, in its log group; the image id, or the failure naming why. */
async function build(input: ImageBuildInput, builder: Builder, flags: readonly string[], tags: readonly string[], workDir: string, output: BuildxOutput, env: NodeJS.ProcessEnv = {}): Promise<{ imageId: string } | { failed: Extract<ImageResult, { kind: 'failed' }> }> {
  const { docker, logger } = input;
  const secrets = input.secrets ?? [];
  const iidFile = join(workDir, 'iid');
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
        reason: `${secretsKey(secrets)}: build secrets need BuildKit, and this docker CLI (23 or later) has no buildx component, which is its only BuildKit client; install the buildx plugin (docker/setup-buildx-action on GitHub, the docker-buildx-plugin package elsewhere)`,
      },
    };
  }
  if (built.code !== 0) {
    const what = typeof output === 'object' ? 'docker buildx build --push' : builder === 'buildx' ? 'docker buildx build' : 'docker build';
    const moving = typeof output === 'object' ? '; no moving tag was changed' : '';
    return { failed: { kind: 'failed', stage: 'build', reason: `${what} failed: ${lastLine(built, input.login?.password)}${moving}`, pushed: [], notPushed } };
  }
  // buildx writes no image id for a multi-platform build it keeps in its cache
  return { imageId: (await readFile(iidFile, 'utf8').catch(() => '')).trim() };
}

/**
 * buildx pushes what it built, every platform at once: only the anchors, so a failed build or
 * push moves nothing. The digest is the one its metadata file names; each repository's moving tags
 * then name that digest in the registry (`imagetools create`: a manifest written under a new tag,
 * no layer pushed again).
 */
async function pushFromBuilder(input: ImageBuildInput, plan: PushPlan, flags: readonly string[], workDir: string): Promise<ImageResult> {
  const { docker, logger } = input;
  const anchors = plan.repositories.map((repository) => repository.anchor);
  const allTags = tagsOf(plan);
  const addedAnchors = addedAnchorsOf(plan);
  // the builder pushes: it needs the login (and a private cache its credentials) while it builds
  const session = await openSession(docker, input.login, join(workDir, 'docker-config'));
  if ('failed' in session) return { kind: 'failed', stage: 'login', reason: loginFailure(input.login!, session.failed), pushed: [], notPushed: allTags };
  try {
    for (const anchor of addedAnchors) logger.info(`${anchor} is pushed first, so that moving tags only ever follow a digest the registry holds.`);
    const metadataFile = join(workDir, 'metadata.json');
    const built = await build(input, 'buildx', flags, anchors, workDir, { push: metadataFile }, session.env);
    if ('failed' in built) return { ...built.failed, notPushed: allTags };
    const found = metadataDigest(await readFile(metadataFile, 'utf8').catch(() => ''));
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
            return { kind: 'failed' as const, stage: 'push' as const, reason: `${tag} could not be pointed at ${repository.anchor} (${digest}): ${moved}`, pushed, notPushed: allTags.filter((name) => !pushed.includes(name)) };
          }
          pushed.push(tag);
        }
      }
      return { kind: 'pushed' as const, imageId: built.imageId, digest, tags: pushed, addedAnchors };
    });
  } finally {
    await session.end();
  }
}

/**
 * `tag` made to name exactly `source` (`repo@digest`), or why not. buildx copies an index as it is,
 * but wraps a single manifest in a new index unless told `--prefer-index=false` (buildx 0.15 and
 * later; older ones refuse the flag, and copy a Docker manifest as it is): the registry's answer
 * for the tag is then checked, so a tag never names another digest than the one reported.
 */
async function pointTag(input: ImageBuildInput, tag: string, source: string, mediaType: string | undefined, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const { docker, logger } = input;
  const run = (args: string[]): Promise<DockerResult> => docker.run(['buildx', 'imagetools', ...args], { env, onOutput: (chunk, stream) => logger.output(chunk, stream) });
  const copy = isIndex(mediaType) ? [] : ['--prefer-index=false'];
  let created = await run(['create', ...copy, '--tag', tag, source]);
  if (created.code !== 0 && copy.length > 0 && /unknown flag: --prefer-index/.test(created.stderr)) created = await run(['create', '--tag', tag, source]);
  if (created.code !== 0) return lastLine(created, input.login?.password);
  const digest = source.slice(source.lastIndexOf('@') + 1);
  const named = await docker.run(['buildx', 'imagetools', 'inspect', '--raw', tag], { env });
  if (named.code !== 0) return `the registry's answer for it could not be read: ${lastLine(named, input.login?.password)}`;
  const now = manifestDigest(named.stdout);
  return now === digest ? undefined : `it names ${now} now, not the pushed ${digest} (this buildx wraps a single manifest in an index; buildx 0.15 or later copies it with --prefer-index=false)`;
}

/** The engine pushes the image it holds: per repository the anchor, its digest, then the moving tags. */
async function pushFromEngine(input: ImageBuildInput, plan: PushPlan, imageId: string, env: NodeJS.ProcessEnv): Promise<ImageResult> {
  const { docker, logger } = input;
  const allTags = tagsOf(plan);
  const addedAnchors = addedAnchorsOf(plan);
  const pushed: string[] = [];
  let firstDigest = '';
  for (const repository of plan.repositories) {
    if (repository.addedAnchor) logger.info(`${repository.anchor} is pushed first, so that moving tags only ever follow a digest the registry holds.`);
    // what the engine held for this repository before: a digest it gains is this push's
    const before = await repoDigests(docker, repository.anchor, repository.repository);
    const anchor = await docker.run(['push', repository.anchor], { env, onOutput: (chunk, stream) => logger.output(chunk, stream) });
    const notPushed = (): string[] => allTags.filter((tag) => !pushed.includes(tag));
    if (anchor.code !== 0) {
      return { kind: 'failed' as const, stage: 'push' as const, reason: `push of ${repository.anchor} failed: ${lastLine(anchor, input.login?.password)}; no moving tag was changed (${repository.moving.join(', ') || 'none'})`, pushed, notPushed: notPushed() };
    }
    const after = await repoDigests(docker, repository.anchor, repository.repository);
    const found = 'error' in after ? after : pushedDigest('error' in before ? [] : before.digests, after.digests);
    if ('error' in found) {
      // pushed, but with no digest to pin them to, the moving tags stay where they are
      pushed.push(repository.anchor);
      return { kind: 'failed' as const, stage: 'push' as const, reason: `push of ${repository.anchor} gave no digest (${found.error}); no moving tag was changed (${repository.moving.join(', ') || 'none'})`, pushed, notPushed: notPushed() };
    }
    const { digest } = found;
    pushed.push(repository.anchor);
    firstDigest ||= digest;
    for (const reference of repository.moving) {
      const moved = await docker.run(['push', reference], { env, onOutput: (chunk, stream) => logger.output(chunk, stream) });
      if (moved.code !== 0) {
        return { kind: 'failed' as const, stage: 'push' as const, reason: `push of ${reference} failed after ${repository.anchor} was pushed (${digest}): ${lastLine(moved, input.login?.password)}`, pushed, notPushed: notPushed() };
      }
      pushed.push(reference);
    }
    // the same image id pushed to the same repository: a moving tag names the anchor's manifest
    const moved = repository.moving.length > 0 ? await repoDigests(docker, repository.anchor, repository.repository) : undefined;
    if (moved && !('error' in moved) && !moved.digests.includes(digest)) logger.warning(`${repository.moving.join(', ')} were pushed, but the engine no longer records ${digest} for ${repository.repository} (${moved.digests.join(', ') || 'none'}).`);
  }
  return { kind: 'pushed' as const, imageId, digest: firstDigest, tags: pushed, addedAnchors };
}
