/**
 * `mlops kserve manifest|promote|rollback`. The kubeconfig is read from MLOPS_KUBECONFIG (its
 * content, e.g. from a Jenkins file credential's text) or the usual places (KUBECONFIG,
 * ~/.kube/config, in-cluster); it is never printed.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { MlopsError, UsageError } from '../errors.js';
import { kubeClientFrom } from '../kserve/kube-client.js';
import { inferenceService, parseEnv, type ManifestInput, type Protocol } from '../kserve/manifest.js';
import { describePromotion, promote, rollback } from '../kserve/promote.js';
import { readSmokeRequest } from '../kserve/smoke.js';
import type { ConsoleLogger } from './console-logger.js';
import type { CliIo } from './program.js';

interface KserveFlags {
  name: string;
  namespace: string;
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

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new UsageError(`${name}: '${value}' is not a number.`);
  return parsed;
}

function protocolOf(value: string | undefined): Protocol | undefined {
  if (value === undefined) return undefined;
  if (value === 'v1' || value === 'v2') return value;
  throw new UsageError(`--protocol: '${value}' is not v1 or v2.`);
}

function manifestInput(flags: KserveFlags): ManifestInput {
  return {
    name: flags.name, namespace: flags.namespace, modelFormat: flags.modelFormat, storageUri: flags.storageUri, runtime: flags.runtime,
    protocol: protocolOf(flags.protocol), image: flags.image, env: parseEnv(flags.env ?? []), minReplicas: number('--min-replicas', flags.minReplicas),
    maxReplicas: number('--max-replicas', flags.maxReplicas), resources: flags.resources,
  };
}

export function addKserveCommands(program: Command, io: CliIo, cwdOf: () => string, logger: () => ConsoleLogger): void {
  const kserve = program.command('kserve').description('KServe InferenceService: manifest, canary promotion with verification, rollback');
  const target = (command: Command): Command =>
    command.requiredOption('--name <name>', 'InferenceService name').option('--namespace <namespace>', 'namespace', 'default');
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

  model(kserve.command('manifest').description('print a serving.kserve.io/v1beta1 InferenceService'))
    .option('--canary-percent <n>', 'canaryTrafficPercent to set')
    .option('--output <yaml|json>', 'format', 'yaml')
    .action((flags: KserveFlags) => {
      const manifest = inferenceService({ ...manifestInput(flags), canaryPercent: number('--canary-percent', flags.canaryPercent) });
      if (flags.output === 'json') io.stdout(`${JSON.stringify(manifest, null, 2)}\n`);
      else if (flags.output === 'yaml') io.stdout(stringify(manifest));
      else throw new UsageError(`--output: '${flags.output}' is not yaml or json.`);
    });

  model(kserve.command('promote').description('roll the model out: canary, wait for Ready (watch), smoke test, then promote or roll back'))
    .option('--canary-percent <n>', 'traffic for the canary, 1–99; 100 replaces directly (still verified)', '10')
    .option('--smoke-test <request.json>', 'a request file {"instances": [[…]], "expected": […], "tolerance": …} sent to the new revision')
    .option('--model-name <name>', 'model name in the predict URL (default: the InferenceService name)')
    .option('--timeout <seconds>', 'how long the new revision may take to become Ready', '600')
    .action(async (flags: KserveFlags) => {
      const canaryPercent = number('--canary-percent', flags.canaryPercent) ?? 10;
      if (!Number.isInteger(canaryPercent) || canaryPercent < 1 || canaryPercent > 100) throw new UsageError(`--canary-percent: ${canaryPercent} is not a whole number from 1 to 100.`);
      const desired = inferenceService(manifestInput(flags));
      const smoke = flags.smokeTest
        ? { request: await readSmokeRequest(resolve(cwdOf(), flags.smokeTest), flags.smokeTest), protocol: protocolOf(flags.protocol) ?? 'v1', model: flags.modelName }
        : undefined;
      const client = await kubeClientFrom(io.env.MLOPS_KUBECONFIG);
      const outcome = await promote({ client, desired, canaryPercent, readyTimeoutMs: (number('--timeout', flags.timeout) ?? 600) * 1000, smoke, logger: logger() });
      const line = describePromotion(outcome, `${flags.namespace}/${flags.name}`);
      if (outcome.kind === 'promoted' || outcome.kind === 'deployed') io.stdout(`${line}\n`);
      else throw new MlopsError(line);
    });

  target(kserve.command('rollback').description('restore the predictor recorded before the last rollout (traffic stays on the previous revision)')).action(
    async (flags: KserveFlags) => {
      const client = await kubeClientFrom(io.env.MLOPS_KUBECONFIG);
      const { restored } = await rollback(client, flags.namespace, flags.name, logger());
      io.stdout(`Rolled back ${flags.namespace}/${flags.name}: previous predictor restored (resourceVersion ${restored.metadata.resourceVersion}).\n`);
    },
  );
}
