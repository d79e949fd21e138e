/**
 * `mlops kserve manifest|promote|rollback`. The kubeconfig is read from MLOPS_KUBECONFIG (its
 * content, e.g. from a Jenkins file credential's text) or the usual places (KUBECONFIG,
 * ~/.kube/config, in-cluster); it is never printed.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { readConfigFile } from '../config-file.js';
import { MlopsError, OptionError, UsageError } from '../errors.js';
import { kubeClientFrom } from '../kserve/kube-client.js';
import { inferenceService } from '../kserve/manifest.js';
import { rollback } from '../kserve/promote.js';
import { manifestInputOf } from '../kserve/rollout.js';
import { buildRunOptions, CONFIG_FILE, type KserveOptions, type RawKey, type RawOptions, type RunOptions } from '../options.js';
import { terminalPlatform } from '../platform/terminal.js';
import { preflight } from '../preflight.js';
import { promoteStage } from '../single-stage.js';
import type { ConsoleLogger } from '../platform/console-logger.js';
import type { CliIo } from './program.js';

interface KserveFlags {
  name?: string;
  namespace?: string;
  modelFormat?: string;
  storageUri?: string;
  runtime?: string;
  protocol?: string;
  image?: string;
  env?: string[];
  canaryPercent?: string;
  minReplicas?: string;
  maxReplicas?: string;
  resources?: string;
  output?: string;
  smokeTest?: string;
  timeout?: string;
  modelName?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** How these verbs spell the KServe options: the same keys as the action inputs and mlops.yaml. */
const KSERVE_FLAGS: Partial<Record<RawKey, string>> = {
  'kserve-name': '--name', 'kserve-namespace': '--namespace', 'kserve-model-format': '--model-format', 'kserve-storage-uri': '--storage-uri',
  'kserve-runtime': '--runtime', protocol: '--protocol', 'serving-image': '--image', 'kserve-env': '--env', 'kserve-min-replicas': '--min-replicas',
  'kserve-max-replicas': '--max-replicas', 'kserve-resources': '--resources', 'canary-percent': '--canary-percent', 'smoke-test': '--smoke-test',
  'kserve-model-name': '--model-name', 'kserve-timeout': '--timeout',
};

/** The flags as raw options, so they go through the one parser and layer over mlops.yaml like `mlops run`. */
function rawFrom(flags: KserveFlags, cwd: string): RawOptions {
  return {
    'working-directory': cwd, 'kserve-name': flags.name, 'kserve-namespace': flags.namespace, 'kserve-model-format': flags.modelFormat,
    'kserve-storage-uri': flags.storageUri, 'kserve-runtime': flags.runtime, protocol: flags.protocol, 'serving-image': flags.image, 'kserve-env': flags.env,
    'kserve-min-replicas': flags.minReplicas, 'kserve-max-replicas': flags.maxReplicas, 'kserve-resources': flags.resources,
    'canary-percent': flags.canaryPercent, 'smoke-test': flags.smokeTest, 'kserve-model-name': flags.modelName, 'kserve-timeout': flags.timeout,
  };
}

function spelled(error: unknown): unknown {
  return error instanceof OptionError ? error.spelled((key) => KSERVE_FLAGS[key as RawKey] ?? `${key} (mlops.yaml)`) : error;
}

export function addKserveCommands(program: Command, io: CliIo, cwdOf: () => string, logger: () => ConsoleLogger): void {
  const kserve = program.command('kserve').description('KServe InferenceService: manifest, canary promotion with verification, rollback');
  const target = (command: Command): Command =>
    command.option('--name <name>', 'InferenceService name (or kserve-name in mlops.yaml)').option('--namespace <namespace>', 'namespace (default: default)');
  const model = (command: Command): Command =>
    target(command)
      .option('--model-format <format>', 'sklearn, xgboost, lightgbm, onnx, pytorch, tensorflow, …')
      .option('--storage-uri <uri>', 'where the model is (s3://, gs://, pvc://, https://); with --image, KServe downloads it to /mnt/models (STORAGE_URI)')
      .option('--runtime <runtime>', 'a ServingRuntime to use (default: KServe picks one for the format)')
      .option('--protocol <v1|v2>', 'inference protocol (V2 = Open Inference Protocol)')
      .option('--image <image>', 'serve this image as a custom container instead of a model')
      .option('--env <NAME=value>', 'an environment variable of the serving container (repeatable)', collect)
      .option('--min-replicas <n>', 'minimum replicas (0 allows scale to zero)')
      .option('--max-replicas <n>', 'maximum replicas')
      .option('--resources <list>', 'cpu=1,memory=2Gi (requests and limits) or requests.cpu=…,limits.memory=…');

  /** The KServe options from mlops.yaml under these flags, through the one option parser. */
  const kserveOf = async (flags: KserveFlags): Promise<{ options: RunOptions; kserve: KserveOptions }> => {
    const config = await readConfigFile(resolve(cwdOf(), CONFIG_FILE));
    let options: RunOptions;
    try {
      options = buildRunOptions(config, rawFrom(flags, cwdOf()));
      await preflight(options);
    } catch (error) {
      throw spelled(error);
    }
    if (!options.kserve) throw new UsageError('--name is required (or kserve-name in mlops.yaml).');
    return { options, kserve: options.kserve };
  };

  model(kserve.command('manifest').description('print a serving.kserve.io/v1beta1 InferenceService'))
    .option('--canary-percent <n>', 'canaryTrafficPercent to set')
    .option('--output <yaml|json>', 'format', 'yaml')
    .action(async (flags: KserveFlags) => {
      if (flags.output !== 'json' && flags.output !== 'yaml') throw new UsageError(`--output: '${flags.output}' is not yaml or json.`);
      const { kserve: options } = await kserveOf(flags);
      let manifest;
      try {
        manifest = inferenceService({ ...manifestInputOf(options, undefined), canaryPercent: flags.canaryPercent === undefined ? undefined : options.canaryPercent });
      } catch (error) {
        throw spelled(error);
      }
      io.stdout(flags.output === 'json' ? `${JSON.stringify(manifest, null, 2)}\n` : stringify(manifest));
    });

  model(kserve.command('promote').description('roll the model out: canary, wait for Ready (watch), smoke test, then promote or roll back'))
    .option('--canary-percent <n>', 'traffic for the canary, 1–99; 100 replaces directly (still verified) (default: 10)')
    .option('--smoke-test <request.json>', 'a request file {"instances": [[…]], "expected": […], "tolerance": …} sent to the new revision')
    .option('--model-name <name>', 'model name in the predict URL (default: the InferenceService name)')
    .option('--timeout <seconds>', 'how long the new revision may take to become Ready (default: 600)')
    .action(async (flags: KserveFlags) => {
      await kserveOf(flags);
      const platform = await terminalPlatform({
        event: 'manual', cwd: cwdOf(), env: io.env, logger: logger(), flags: KSERVE_FLAGS,
        options: [await readConfigFile(resolve(cwdOf(), CONFIG_FILE)), rawFrom(flags, cwdOf())],
      });
      const outcome = await promoteStage(platform);
      if (outcome.exitCode !== 0) throw new MlopsError(outcome.message, { exitCode: outcome.exitCode });
      io.stdout(`${outcome.message}\n`);
    });

  target(kserve.command('rollback').description('restore the predictor recorded before the last rollout (traffic stays on the previous revision)')).action(
    async (flags: KserveFlags) => {
      const { kserve: target } = await kserveOf(flags);
      const client = await kubeClientFrom(io.env.MLOPS_KUBECONFIG);
      const { restored } = await rollback(client, target.namespace, target.name, logger());
      io.stdout(`Rolled back ${target.namespace}/${target.name}: previous predictor restored (resourceVersion ${restored.metadata.resourceVersion}).\n`);
    },
  );
}
