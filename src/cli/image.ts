/**
 * `mlops image meta` and `mlops image build`: tags and labels like docker/metadata-action, and a
 * build + push that never moves a tag before a digest is in the registry. The registry password
 * comes from MLOPS_REGISTRY_PASSWORD, never from a flag. Build secrets are BuildKit secrets:
 * --secret-env (a variable's name) keeps the value off the command line; --secret id=value is
 * there for build-push-action's `secrets` syntax, where the shell history is the user's choice.
 */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { CONFIG_FILE } from '../config-name.js';
import { MlopsError, OptionError, UsageError } from '../errors.js';
import type { RawOptions } from '../options.js';
import type { ConsoleLogger } from '../platform/console-logger.js';
import type { CliIo } from './program.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** How these verbs spell the image options (the action's inputs and mlops.yaml keys otherwise). */
const IMAGE_FLAGS: Partial<Record<string, string>> = {
  image: '--images', 'image-tags': '--tags', 'image-flavor': '--flavor', 'image-labels': '--labels', dockerfile: '--file', context: '--context',
  push: '--push', registry: '--registry', 'registry-username': '--username', 'build-args': '--build-arg',
  'image-secrets': '--secret', 'image-secret-files': '--secret-file', 'image-secret-envs': '--secret-env',
};

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
  secret?: string[];
  secretFile?: string[];
  secretEnv?: string[];
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

  /** The flags as raw options over mlops.yaml: the one parser, as `mlops run` reads them. */
  const layers = async (flags: ImageFlags): Promise<RawOptions[]> => {
    const { readConfigFile } = await import('../config-file.js');
    if (!flags.images?.length && !(await readConfigFile(resolve(cwdOf(), CONFIG_FILE))).image) {
      throw new UsageError('--images is required.', 'Name the repository, e.g. --images ghcr.io/acme/housing (or image: in mlops.yaml).');
    }
    return [
      // build only, unless --push (or push: true in mlops.yaml) says so
      { push: 'false', 'registry-username': io.env.MLOPS_REGISTRY_USERNAME },
      await readConfigFile(resolve(cwdOf(), CONFIG_FILE)),
      {
        'working-directory': cwdOf(), image: flags.images, 'image-tags': flags.tags, 'image-flavor': flags.flavor, 'image-labels': flags.labels,
        dockerfile: flags.file, context: flags.context, push: flags.push ? 'true' : undefined,
        registry: flags.registry, 'registry-username': flags.username, 'build-args': flags.buildArg,
        'image-secrets': flags.secret, 'image-secret-files': flags.secretFile, 'image-secret-envs': flags.secretEnv,
      },
    ];
  };
  const platform = async (flags: ImageFlags) =>
    (await import('../platform/terminal.js')).terminalPlatform({ event: 'manual', cwd: cwdOf(), env: io.env, logger: logger(), options: await layers(flags), flags: IMAGE_FLAGS });

  common(image.command('meta').description('print the tags and labels for this commit (like docker/metadata-action)'))
    .option('--json', 'print {"version", "tags", "labels", "annotations"} as JSON (metadata-action\'s json output, with the version)')
    .action(async (flags: ImageFlags) => {
      const [{ buildRunOptionsWith }, { workspaceRows }, { metaJson }, { pyJsonDumps }, { terminalImageEvent }, { imageMeta }] = await Promise.all([
        import('../options.js'), import('../image/head-metrics.js'), import('../image/meta-outputs.js'), import('../metrics/pyformat.js'), import('../platform/terminal.js'), import('../image/stage.js'),
      ]);
      const cwd = cwdOf();
      let options;
      try {
        options = buildRunOptionsWith(io.env, ...(await layers(flags))).image!;
      } catch (error) {
        throw error instanceof OptionError ? error.spelled((key) => IMAGE_FLAGS[key] ?? `${key} (mlops.yaml)`) : error;
      }
      const rows = await workspaceRows(cwd);
      const meta = imageMeta({ options, meta: await terminalImageEvent(io.env, cwd, (line) => io.stderr(`WARNING: ${line}\n`)), now: new Date(), ...rows, gatesPassed: undefined });
      for (const warning of meta.warnings) io.stderr(`WARNING: ${warning}\n`);
      if (flags.json) io.stdout(`${pyJsonDumps({ version: meta.version, ...metaJson(meta) }, 2)}\n`);
      else io.stdout(`${meta.tags.join('\n')}\n\n${meta.labelLines.join('\n')}\n`);
    });

  common(image.command('build').description('build the image and push every tag, immutable tag first (needs a Docker engine)'))
    .option('-f, --file <Dockerfile>', 'the Dockerfile (default: <context>/Dockerfile)')
    .option('--context <dir>', 'build context (default: .)')
    .option('--push', 'push the tags (default: build only)')
    .option('--registry <host>', 'registry to log in to, e.g. ghcr.io (password from MLOPS_REGISTRY_PASSWORD)')
    .option('--username <user>', 'registry user')
    .option('--build-arg <NAME=value>', 'a build argument (repeatable)', collect)
    .option('--secret-env <id=ENVNAME>', 'a BuildKit secret from an environment variable, for RUN --mount=type=secret,id=<id> (repeatable)', collect)
    .option('--secret-file <id=path>', 'a BuildKit secret from a file, relative to the current directory (repeatable)', collect)
    .option('--secret <id=value>', 'a BuildKit secret given as its value (repeatable; --secret-env keeps it out of the shell history)', collect)
    .option('--json', 'print {"digest", "tags"} as JSON')
    .action(async (flags: ImageFlags) => {
      const [{ imageStage }, { pyJsonDumps }] = await Promise.all([import('../single-stage.js'), import('../metrics/pyformat.js')]);
      const outcome = await imageStage(await platform(flags));
      if (outcome.exitCode !== 0) throw new MlopsError(outcome.message, { exitCode: outcome.exitCode });
      io.stdout(flags.json && outcome.data ? `${pyJsonDumps(outcome.data, 2)}\n` : `${outcome.message}\n`);
    });
}
