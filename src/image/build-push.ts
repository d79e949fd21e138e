/**
 * The image stage: build once, then push so that nothing is half-published. Each repository's
 * immutable anchor tag is pushed first and must return a digest; only then do the moving tags
 * (latest, branch, pr-N…) follow. A login uses `--password-stdin` into a throwaway DOCKER_CONFIG
 * and is logged out (and deleted) afterwards, whatever happened.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { Docker, DockerResult } from './docker.js';
import { planPushes } from './push-order.js';

export interface RegistryLogin {
  /** Registry host (`ghcr.io`, `127.0.0.1:5000`); empty for Docker Hub. */
  server: string;
  username: string;
  password: string;
}

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

const DIGEST = /digest: (sha256:[0-9a-f]{64})/;

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
 * The build flags for these settings, or why this builder cannot honour them. BuildKit (buildx)
 * takes them as build-push-action passes them; the classic builder has no platforms and no cache
 * exports, and reads a registry cache by pulling the image and naming it in --cache-from.
 */
export function buildFlags(settings: BuildSettings | undefined, buildx: boolean): { flags: string[]; pulls: string[] } | { refused: string } {
  if (!settings) return { flags: [], pulls: [] };
  const flags = settings.target ? ['--target', settings.target] : [];
  if (buildx) {
    if (settings.platforms.length > 1) return { refused: `image-platforms: ${settings.platforms.join(', ')} is a multi-platform image, which needs a push from the builder (buildx --push), not one image loaded for the anchor-first push; build one platform per job, or leave image-platforms empty` };
    if (settings.platforms.length === 1) flags.push('--platform', settings.platforms[0]!);
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

export async function buildAndPush(input: ImageBuildInput): Promise<ImageResult> {
  const { docker, logger } = input;
  const plan = planPushes(input.references, input.shortSha);
  const allTags = plan.repositories.flatMap((repository) => [repository.anchor, ...repository.moving]);
  const addedAnchors = plan.repositories.filter((repository) => repository.addedAnchor).map((repository) => repository.anchor);
  const workDir = await mkdtemp(join(tmpdir(), 'mlops-image-'));
  try {
    const iidFile = join(workDir, 'iid');
    const buildx = await hasBuildx(docker);
    const settings = buildFlags(input.build, buildx);
    if ('refused' in settings) return { kind: 'failed', stage: 'build', reason: settings.refused, pushed: [], notPushed: input.push ? allTags : [] };
    if (settings.pulls.length > 0) {
      // a private registry's cache image is read with the same throwaway login as the push
      const cacheConfig = join(workDir, 'cache-config');
      const env = input.login ? { DOCKER_CONFIG: cacheConfig } : {};
      if (input.login) await docker.run(['login', ...(input.login.server ? [input.login.server] : []), '--username', input.login.username, '--password-stdin'], { input: input.login.password, env });
      for (const reference of settings.pulls) {
        // the cache image may not exist yet (the first build): a miss is a slower build, not a failure
        const pulled = await docker.run(['pull', reference], { env });
        logger.info(pulled.code === 0 ? `Cache from ${reference}.` : `No cache at ${reference} yet (${lastLine(pulled, input.login?.password)}): building without it.`);
      }
      if (input.login) await docker.run(['logout', ...(input.login.server ? [input.login.server] : [])], { env });
    }
    const args = [
      ...(buildx ? ['buildx', 'build', '--load'] : ['build']),
      ...settings.flags,
      ...(input.dockerfile ? ['--file', input.dockerfile] : []),
      ...Object.entries(input.labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
      ...input.buildArgs.flatMap((arg) => ['--build-arg', arg]),
      ...allTags.flatMap((tag) => ['--tag', tag]),
      '--iidfile', iidFile,
      input.context,
    ];
    const built = await logger.group('image build', async () => {
      logger.info(`${buildx ? 'BuildKit (buildx)' : 'classic builder (no buildx here)'}: ${allTags.join(', ')}`);
      return docker.run(args, { env: buildx ? {} : { DOCKER_BUILDKIT: '0' }, onOutput: (chunk, stream) => logger.output(chunk, stream) });
    });
    if (built.code !== 0) return { kind: 'failed', stage: 'build', reason: `docker build failed: ${lastLine(built)}`, pushed: [], notPushed: input.push ? allTags : [] };
    const imageId = (await readFile(iidFile, 'utf8')).trim();
    if (!input.push) return { kind: 'built', imageId, tags: allTags };

    const configDir = join(workDir, 'docker-config');
    const env = input.login ? { DOCKER_CONFIG: configDir } : {};
    try {
      if (input.login) {
        const login = await docker.run(['login', ...(input.login.server ? [input.login.server] : []), '--username', input.login.username, '--password-stdin'], { input: input.login.password, env });
        if (login.code !== 0) {
          return { kind: 'failed', stage: 'login', reason: `docker login to ${input.login.server || 'Docker Hub'} as ${input.login.username} failed: ${lastLine(login, input.login.password)}`, pushed: [], notPushed: allTags };
        }
      }
      return await logger.group('image push', async () => {
        const pushed: string[] = [];
        let firstDigest = '';
        for (const repository of plan.repositories) {
          if (repository.addedAnchor) logger.info(`${repository.anchor} is pushed first, so that moving tags only ever follow a digest the registry holds.`);
          const anchor = await docker.run(['push', repository.anchor], { env, onOutput: (chunk, stream) => logger.output(chunk, stream) });
          const digest = DIGEST.exec(anchor.stdout)?.[1];
          if (anchor.code !== 0 || !digest) {
            const notPushed = allTags.filter((tag) => !pushed.includes(tag));
            return { kind: 'failed' as const, stage: 'push' as const, reason: `push of ${repository.anchor} failed: ${lastLine(anchor, input.login?.password)}; no moving tag was changed (${repository.moving.join(', ') || 'none'})`, pushed, notPushed };
          }
          pushed.push(repository.anchor);
          firstDigest ||= digest;
          for (const reference of repository.moving) {
            const moved = await docker.run(['push', reference], { env, onOutput: (chunk, stream) => logger.output(chunk, stream) });
            const movedDigest = DIGEST.exec(moved.stdout)?.[1];
            if (moved.code !== 0 || !movedDigest) {
              const notPushed = allTags.filter((tag) => !pushed.includes(tag));
              return { kind: 'failed' as const, stage: 'push' as const, reason: `push of ${reference} failed after ${repository.anchor} was pushed (${digest}): ${lastLine(moved, input.login?.password)}`, pushed, notPushed };
            }
            if (movedDigest !== digest) logger.warning(`${reference} was pushed as ${movedDigest}, not ${digest} like ${repository.anchor}.`);
            pushed.push(reference);
          }
        }
        return { kind: 'pushed' as const, imageId, digest: firstDigest, tags: pushed, addedAnchors };
      });
    } finally {
      if (input.login) await docker.run(['logout', ...(input.login.server ? [input.login.server] : [])], { env });
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
