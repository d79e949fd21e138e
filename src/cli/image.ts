/**
 * `mlops image meta` and `mlops image build`: tags and labels like docker/metadata-action, and a
 * build + push that never moves a tag before a digest is in the registry. The registry password
 * comes from MLOPS_REGISTRY_PASSWORD, never from a flag.
 */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { readEventPayload } from '../platform/github-context.js';
import { MlopsError, UsageError } from '../errors.js';
import { headRefs, isGitRepository, resolveCommit } from '../git.js';
import { dockerCli } from '../image/docker.js';
import { workspaceRows } from '../image/head-metrics.js';
import type { EventPayloadFacts, MetaEventContext } from '../image/meta/index.js';
import { planPushes } from '../image/push-order.js';
import { pyJsonDumps } from '../metrics/pyformat.js';
import { buildRunOptions } from '../options.js';
import type { ConsoleLogger } from './console-logger.js';
import type { CliIo } from './program.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * The event facts: the runner's when inside GitHub Actions, else the local git checkout's (a push
 * of HEAD). With no commit to read (not a git repository, or none committed yet) they are
 * metadata-action's null event, computed from nothing but the rules, with a warning saying so.
 */
export async function metaContext(io: CliIo, cwd: string): Promise<MetaEventContext> {
  const env = io.env;
  if (env.GITHUB_EVENT_NAME && env.GITHUB_REF && env.GITHUB_SHA) {
    const { payload } = await readEventPayload(env.GITHUB_EVENT_PATH);
    const { eventContextFromGitHub } = await import('../image/meta/index.js');
    return eventContextFromGitHub({ eventName: env.GITHUB_EVENT_NAME, ref: env.GITHUB_REF, sha: env.GITHUB_SHA, payload: payload as EventPayloadFacts });
  }
  const missing = await whyNoCommit(cwd);
  if (missing) {
    io.stderr(`WARNING: ${missing}, so there is no commit to tag: tags come from metadata-action's rules as for an event with no ref and no sha (type=raw gives its value; ref, sha and semver rules give nothing).\n`);
    const { nullEventContext } = await import('../image/meta/index.js');
    return nullEventContext();
  }
  const { ref, sha, defaultBranch } = await headRefs(cwd);
  return { eventName: 'push', ref, sha, defaultBranch };
}

/** Why HEAD names no commit here, or undefined when it does. A missing git is still an error. */
async function whyNoCommit(cwd: string): Promise<string | undefined> {
  if (!(await isGitRepository(cwd))) return `${cwd} is not in a git repository`;
  // inside a work tree, HEAD fails to resolve only before the first commit
  const resolved = await resolveCommit(cwd, 'HEAD').then(
    () => true,
    (error: unknown) => {
      if (error instanceof MlopsError) return false;
      throw error;
    },
  );
  return resolved ? undefined : `the git repository at ${cwd} has no commit yet`;
}

/**
 * Moving tags are only pushed after an immutable one (push-order.ts), which is `sha-<commit>`
 * when the rules give none; with no commit there is none to add, so refuse instead of tagging `:sha-`.
 */
function refuseWithoutAnchor(tags: readonly string[]): void {
  const moving = planPushes(tags, '').repositories.filter((repository) => repository.addedAnchor).flatMap((repository) => repository.moving);
  if (moving.length === 0) return;
  throw new MlopsError(`nothing built: there is no commit, so no sha-<commit> tag can be pushed before the moving tags ${moving.join(', ')}.`, {
    hint: 'Add an immutable tag, e.g. --tags type=raw,value=1.0.0, or build from a commit.',
  });
}

interface ImageFlags {
  images?: string[];
  tags?: string[];
  flavor?: string[];
  labels?: string[];
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
  // The flags are metadata-action's inputs: each repeatable, and a value may hold several lines.
  const common = (command: Command): Command => {
    // the old singular names add to the same list, so the order on the command line is kept
    const alias = (to: 'images' | 'labels') => (value: string): string[] => {
      const all = collect(value, command.getOptionValue(to) as string[] | undefined);
      command.setOptionValueWithSource(to, all, 'cli');
      return all;
    };
    return command
      .option('--images <name>', 'image repository, as metadata-action `images:` (repeatable, or one per line; --image also works)', collect)
      .addOption(new Option('--image <name>').argParser(alias('images')).hideHelp())
      .option('--tags <rule>', 'a metadata-action tag rule, e.g. "type=sha" or "type=semver,pattern={{version}}" (repeatable, or one per line)', collect)
      .option('--flavor <line>', 'a metadata-action flavor line, e.g. "latest=false" (repeatable, or one per line)', collect)
      .option('--labels <key=value>', 'an extra label, overriding computed ones (repeatable, or one per line; --label also works)', collect)
      .addOption(new Option('--label <key=value>').argParser(alias('labels')).hideHelp());
  };

  const optionsOf = (flags: ImageFlags) => {
    if (!flags.images?.length) throw new UsageError('--images is required.', 'Name the repository, e.g. --images ghcr.io/acme/housing.');
    const options = buildRunOptions({
      image: flags.images, 'image-tags': flags.tags, 'image-flavor': flags.flavor, 'image-labels': flags.labels,
      dockerfile: flags.file, context: flags.context, push: flags.push === undefined ? undefined : String(flags.push),
      registry: flags.registry, 'registry-username': flags.username, 'build-args': flags.buildArg,
    }).image;
    if (!options) throw new UsageError('--images is required.', 'Name the repository, e.g. --images ghcr.io/acme/housing.');
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
      const { imageMeta, runImageStage } = await import('../image/stage.js');
      const meta = await metaContext(io, cwd);
      const now = new Date();
      if (!meta.sha) refuseWithoutAnchor(imageMeta({ options, meta, now, ...rows, gatesPassed: undefined }).tags);
      const result = await runImageStage({
        options: { ...options, context: resolve(cwd, options.context), dockerfile: options.dockerfile ? resolve(cwd, options.dockerfile) : undefined },
        meta, now, ...rows, gatesPassed: undefined,
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
