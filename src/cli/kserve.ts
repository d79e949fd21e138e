/**
 * `mlops kserve manifest|promote|analyze|rollback`. The kubeconfig is read from MLOPS_KUBECONFIG (its
 * content, e.g. from a Jenkins file credential's text) or the usual places (KUBECONFIG,
 * ~/.kube/config, in-cluster); it is never printed.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { CONFIG_FILE } from '../config-name.js';
import { MlopsError, OptionError, UsageError } from '../errors.js';
import type { KserveOptions, RawKey, RawOptions, RunOptions } from '../options.js';
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
  analysis?: string;
}

interface AnalyzeFlags {
  analysis?: string;
  name?: string;
  namespace?: string;
  canaryRevision?: string;
  stableRevision?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** How these verbs spell the KServe options: the same keys as the action inputs and mlops.yaml. */
const KSERVE_FLAGS: Partial<Record<RawKey, string>> = {
  'kserve-name': '--name', 'kserve-namespace': '--namespace', 'kserve-model-format': '--model-format', 'kserve-storage-uri': '--storage-uri',
  'kserve-runtime': '--runtime', protocol: '--protocol', 'serving-image': '--image', 'kserve-env': '--env', 'kserve-min-replicas': '--min-replicas',
  'kserve-max-replicas': '--max-replicas', 'kserve-resources': '--resources', 'canary-percent': '--canary-percent', 'smoke-test': '--smoke-test',
  'kserve-model-name': '--model-name', 'kserve-timeout': '--timeout', 'canary-analysis': '--analysis',
};

/** The flags as raw options, so they go through the one parser and layer over mlops.yaml like `mlops run`. */
function rawFrom(flags: KserveFlags, cwd: string): RawOptions {
  return {
    'working-directory': cwd, 'kserve-name': flags.name, 'kserve-namespace': flags.namespace, 'kserve-model-format': flags.modelFormat,
    'kserve-storage-uri': flags.storageUri, 'kserve-runtime': flags.runtime, protocol: flags.protocol, 'serving-image': flags.image, 'kserve-env': flags.env,
    'kserve-min-replicas': flags.minReplicas, 'kserve-max-replicas': flags.maxReplicas, 'kserve-resources': flags.resources,
    'canary-percent': flags.canaryPercent, 'smoke-test': flags.smokeTest, 'kserve-model-name': flags.modelName, 'kserve-timeout': flags.timeout,
    'canary-analysis': flags.analysis,
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
    const [{ readConfigFile }, { buildRunOptionsWith }, { preflight }] = await Promise.all([import('../config-file.js'), import('../options.js'), import('../preflight.js')]);
    const config = await readConfigFile(resolve(cwdOf(), CONFIG_FILE));
    let options: RunOptions;
    try {
      options = buildRunOptionsWith(io.env, config, rawFrom(flags, cwdOf()));
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
      const [{ inferenceService }, { manifestInputOf }, { stringify }] = await Promise.all([import('../kserve/manifest.js'), import('../kserve/rollout.js'), import('yaml')]);
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
    .option('--analysis <file>', 'a canary analysis file (YAML): Prometheus measures the canary against thresholds and the stable revision after the smoke test')
    .action(async (flags: KserveFlags) => {
      const [{ readConfigFile }, { terminalPlatform }, { promoteStage }] = await Promise.all([import('../config-file.js'), import('../platform/terminal.js'), import('../single-stage.js')]);
      const platform = await terminalPlatform({
        event: 'manual', cwd: cwdOf(), env: io.env, logger: logger(), flags: KSERVE_FLAGS,
        options: [await readConfigFile(resolve(cwdOf(), CONFIG_FILE)), rawFrom(flags, cwdOf())],
      });
      const outcome = await promoteStage(platform);
      if (outcome.stdout) io.stdout(outcome.stdout);
      if (outcome.exitCode !== 0) throw new MlopsError(outcome.message, { exitCode: outcome.exitCode });
      io.stdout(`${outcome.message}\n`);
    });

  kserve
    .command('analyze')
    .description('canary analysis: measure the canary in Prometheus at intervals against thresholds and the stable revision (exit 0 passed, 1 failed, 2 usage)')
    .option('--analysis <file>', 'the canary analysis file (YAML): prometheus, schema, interval, window, count, failure-limit, min-requests, inconclusive, metrics')
    .option('--name <name>', 'InferenceService name (or kserve-name in mlops.yaml)')
    .option('--namespace <namespace>', 'namespace (default: default)')
    .option('--canary-revision <revision>', "the canary's revision (default: the InferenceService's latestReadyRevision)")
    .option('--stable-revision <revision>', "the stable revision (default: its latestRolledoutRevision); with both given, no Kubernetes API call is made")
    .option('--json', 'print the verdict and the measurements as JSON')
    .action(async (flags: AnalyzeFlags) => {
      const [{ readConfigFile }, { ConsoleLogger }, { analyze }, { promDuration, readAnalysisFile }, { analysisJson, analysisTable }, { describeSchema }, { connectPrometheus, prepareAnalysis }, { kubeClientFrom }, { predictorStatus }] =
        await Promise.all([
          import('../config-file.js'), import('../platform/console-logger.js'), import('../analysis/analyze.js'), import('../analysis/config.js'), import('../analysis/render.js'),
          import('../analysis/schema.js'), import('../analysis/setup.js'), import('../kserve/kube-client.js'), import('../kserve/status.js'),
        ]);
      // stdout carries only the table or the JSON; progress goes to stderr
      const log = new ConsoleLogger({ stdout: io.stderr, stderr: io.stderr }, io.env.GITHUB_ACTIONS === 'true');
      const config = await readConfigFile(resolve(cwdOf(), CONFIG_FILE));
      const text = (value: string | readonly string[] | undefined): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
      const name = flags.name ?? text(config['kserve-name']);
      const namespace = flags.namespace ?? text(config['kserve-namespace']) ?? 'default';
      if (!flags.analysis) throw new UsageError('--analysis is required: the canary analysis file, e.g. --analysis canary-analysis.yaml.');
      if (!name) throw new UsageError('--name is required (or kserve-name in mlops.yaml).');
      let analysis;
      try {
        analysis = await readAnalysisFile(resolve(cwdOf(), flags.analysis), flags.analysis);
      } catch (error) {
        if (error instanceof UsageError) throw new UsageError(`--analysis: ${error.message}`, error.hint);
        throw error;
      }
      const kubeconfig = io.env.MLOPS_KUBECONFIG || undefined;
      const prometheus = await connectPrometheus(analysis, io.env, { kubeconfig });

      let canary = flags.canaryRevision;
      let stable = flags.stableRevision;
      if (!canary || !stable) {
        const current = await (await kubeClientFrom(kubeconfig)).get(namespace, name);
        if (!current) throw new UsageError(`--name: inferenceservice ${namespace}/${name} does not exist.`, 'Give --canary-revision and --stable-revision to analyse revisions by name.');
        const status = predictorStatus(current);
        canary ??= status.latestReadyRevision;
        stable ??= status.latestRolledoutRevision;
        if (!canary || !stable) throw new UsageError(`${namespace}/${name} has no ${!canary ? 'latestReadyRevision' : 'latestRolledoutRevision'} in its status.`, 'Give --canary-revision and --stable-revision.');
      }
      if (canary === stable) throw new UsageError(`the canary and the stable revision are both ${canary}: no canary is rolling out.`, 'Give --canary-revision (and --stable-revision) to analyse other revisions.');

      const target = { namespace, name, canary, stable };
      const prepared = await prepareAnalysis(analysis, prometheus, target, Date.now());
      log.info(`Prometheus at ${prometheus.where}: ${describeSchema(prepared.schema)}${prepared.alsoFound.length ? `; also found ${prepared.alsoFound.map(describeSchema).join(', ')}` : ''}.`);
      log.info(`Canary ${canary} against stable ${stable} in ${namespace}: up to ${analysis.count} measurements, one every ${promDuration(analysis.intervalMs)} over ${analysis.window}.`);
      const result = await analyze({
        config: analysis, prometheus, schema: prepared.schema, target,
        onMeasurement: (measurement, index) => log.info(`Measurement ${index} of ${analysis.count} (${measurement.at}): ${measurement.verdict}.`),
      });
      io.stdout(flags.json ? `${JSON.stringify(analysisJson(result), null, io.stdoutIsTTY ? 2 : undefined)}\n` : analysisTable(result));
      if (result.verdict === 'failed') throw new MlopsError(`Canary analysis failed: ${result.summary}.`, { exitCode: 1 });
    });

  target(kserve.command('rollback').description('restore the predictor recorded before the last rollout (traffic stays on the previous revision)')).action(
    async (flags: KserveFlags) => {
      const { kserve: target } = await kserveOf(flags);
      const [{ kubeClientFrom }, { rollback }] = await Promise.all([import('../kserve/kube-client.js'), import('../kserve/promote.js')]);
      const client = await kubeClientFrom(io.env.MLOPS_KUBECONFIG);
      const { restored } = await rollback(client, target.namespace, target.name, logger());
      io.stdout(`Rolled back ${target.namespace}/${target.name}: previous predictor restored (resourceVersion ${restored.metadata.resourceVersion}).\n`);
    },
  );
}
