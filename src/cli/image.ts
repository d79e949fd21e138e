/**
 * `mlops image meta` and `mlops image build`: tags and labels like docker/metadata-action, and a
 * build + push that never moves a tag before a digest is in the registry. The registry password
 * comes from MLOPS_REGISTRY_PASSWORD, never from a flag.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { readEventPayload } from '../action/context.js';
import { MlopsError, UsageError } from '../errors.js';
import { headRefs } from '../git.js';
import { dockerCli } from '../image/docker.js';
import { workspaceRows } from '../image/head-metrics.js';
import type { EventPayloadFacts, MetaEventContext } from '../image/meta/index.js';
import { pyJsonDumps } from '../metrics/pyformat.js';
import { buildRunOptions } from '../options.js';
import type { ConsoleLogger } from './console-logger.js';
import type { CliIo } from './program.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The event facts: the runner's when inside GitHub Actions, else the local git checkout's (a push of HEAD). */
export async function metaContext(io: CliIo, cwd: string): Promise<MetaEventContext> {
  const env = io.env;
  if (env.GITHUB_EVENT_NAME && env.GITHUB_REF && env.GITHUB_SHA) {
    const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
    const { eventContextFromGitHub } = await import('../image/meta/index.js');
    return eventContextFromGitHub({ eventName: env.GITHUB_EVENT_NAME, ref: env.GITHUB_REF, sha: env.GITHUB_SHA, payload: payload as EventPayloadFacts });
  }
  const { ref, sha, defaultBranch } = await headRefs(cwd);
  return { eventName: 'push', ref, sha, defaultBranch };
}

interface ImageFlags {
  image?: string[];
  tags?: string[];
  flavor?: string[];
  label?: string[];
  json?: boolean;
  file?: string;
  context?: string;
  push?: boolean;
  registry?: string;
  username?: string;
  buildArg?: string[];
}

export function addImageCommands(program: Command, io: CliIo, cwdOf: () => string, logger: () => ConsoleLogger): void {
  const image = program.command('image').description('serving image: tags and labels like docker/metadata-action, build and push');
  const common = (command: Command): Command =>
    command
      .option('--image <name>', 'image repository, metadata-action `images:` syntax (repeatable)', collect)
      .option('--tags <rule>', 'a metadata-action tag rule, e.g. "type=sha" or "type=semver,pattern={{version}}" (repeatable)', collect)
      .option('--flavor <line>', 'a metadata-action flavor line, e.g. "latest=auto" (repeatable)', collect)
      .option('--label <key=value>', 'an extra label (repeatable; overrides computed ones)', collect);

  const optionsOf = (flags: ImageFlags) => {
    const options = buildRunOptions({
      image: flags.image, 'image-tags': flags.tags, 'image-flavor': flags.flavor, 'image-labels': flags.label,
      dockerfile: flags.file, context: flags.context, push: flags.push === undefined ? undefined : String(flags.push),
      registry: flags.registry, 'registry-username': flags.username, 'build-args': flags.buildArg,
    }).image;
    if (!options) throw new UsageError('--image is required.', 'Name the repository, e.g. --image ghcr.io/acme/housing.');
    return options;
  };

  common(image.command('meta').description('print the tags and labels for this commit (like docker/metadata-action)'))
    .option('--json', 'print {"version", "tags", "labels"} as JSON')
    .action(async (flags: ImageFlags) => {
      const cwd = cwdOf();
      const rows = await workspaceRows(cwd);
      const { imageMeta } = await import('../image/stage.js');
      const meta = imageMeta({ options: optionsOf(flags), meta: await metaContext(io, cwd), now: new Date(), ...rows, gatesPassed: undefined });
      for (const warning of meta.warnings) io.stderr(`WARNING: ${warning}\n`);
      if (flags.json) io.stdout(`${pyJsonDumps({ version: meta.version, tags: meta.tags, labels: meta.labels }, 2)}\n`);
      else io.stdout(`${meta.tags.join('\n')}\n\n${meta.labelLines.join('\n')}\n`);
    });

  common(image.command('build').description('build the image and push every tag, immutable tag first (needs a Docker engine)'))
    .option('-f, --file <Dockerfile>', 'the Dockerfile (default: <context>/Dockerfile)')
    .option('--context <dir>', 'build context', '.')
    .option('--push', 'push the tags (default: build only)')
    .option('--registry <host>', 'registry to log in to, e.g. ghcr.io (password from MLOPS_REGISTRY_PASSWORD)')
    .option('--username <user>', 'registry user')
    .option('--build-arg <NAME=value>', 'a build argument (repeatable)', collect)
    .option('--json', 'print {"digest", "tags"} as JSON')
    .action(async (flags: ImageFlags) => {
      const cwd = cwdOf();
      const options = optionsOf({ ...flags, push: flags.push ?? false });
      const rows = await workspaceRows(cwd);
      const { runImageStage } = await import('../image/stage.js');
      const result = await runImageStage({
        options: { ...options, context: resolve(cwd, options.context), dockerfile: options.dockerfile ? resolve(cwd, options.dockerfile) : undefined },
        meta: await metaContext(io, cwd), now: new Date(), ...rows, gatesPassed: undefined,
        password: io.env.MLOPS_REGISTRY_PASSWORD, docker: dockerCli(io.env), logger: logger(),
      });
      switch (result.kind) {
        case 'skipped':
          throw new MlopsError(`nothing built: ${result.reason}.`);
        case 'failed':
          throw new MlopsError(result.reason);
        case 'built':
          io.stdout(flags.json ? `${pyJsonDumps({ digest: null, tags: result.tags }, 2)}\n` : `Built ${result.imageId}: ${result.tags.join(', ')}\n`);
          return;
        case 'pushed':
          io.stdout(flags.json ? `${pyJsonDumps({ digest: result.digest, tags: result.tags }, 2)}\n` : `Pushed ${result.digest}: ${result.tags.join(', ')}\n`);
      }
    });
}
