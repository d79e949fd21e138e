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
    const args = [
      ...(buildx ? ['buildx', 'build', '--load'] : ['build']),
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
