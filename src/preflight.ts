/**
 * What can be checked before training is checked before training: a bad InferenceService name,
 * an unreadable smoke-test request or malformed image settings would otherwise surface after the
 * model was trained and the image pushed. Each problem is an OptionError naming the option.
 */
import { resolve } from 'node:path';
import { OptionError, UsageError } from './errors.js';
import type { Env } from './analysis/credentials.js';
import type { RawKey, RunOptions } from './options.js';

/** A check whose errors do not name an option yet: re-keyed to the option they are about. */
function as(key: RawKey, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (error instanceof OptionError || !(error instanceof UsageError)) throw error;
    throw new OptionError(key, error.message.replace(/^[-\w]+: /, ''), error.hint);
  }
}

/** A stand-in for the image a run will push: its digest is not known before the build. */
const PUSHED_PLACEHOLDER = 'registry.invalid/preflight@sha256:' + '0'.repeat(64);
/** A stand-in for the artifact location of the version MLflow's registry will hold. */
const REGISTRY_PLACEHOLDER = 's3://mlflow-registry.invalid/preflight';

/** `env`: where the canary analysis' credential variables are read, on an event that will roll out (none: the file only). */
export async function preflight(options: RunOptions, { env }: { env?: Env } = {}): Promise<void> {
  // the pipeline file, or (when train-command compiles it first) what can be known without it
  // each stage's checks load with the stage: a report without KServe never loads the Prometheus client
  if (options.kfp) {
    const { preflightKfp } = await import('./kfp/preflight.js');
    await preflightKfp(options.kfp, options.workingDirectory, { compiledFirst: options.trainCommand !== undefined });
  }
  // a metric-definitions line that does not parse is the user's typo: refused before training
  if (options.noise) (await import('./noise/metrics.js')).parseMetricDefinitions(options.noise.definitions);
  if (options.image) {
    const [{ parseImages }, { checkSecretFiles }] = await Promise.all([import('./image/meta/images.js'), import('./image/secret-files.js')]);
    const { images } = options.image;
    as('image', () => parseImages(images));
    // a secret file that is not there would fail the build after training, or leave a RUN without it
    await checkSecretFiles(options.image.secrets, options.workingDirectory);
  }
  const kserve = options.kserve;
  if (!kserve) return;
  const [{ inferenceService }, { manifestInputOf }, { readSmokeRequest }] = await Promise.all([import('./kserve/manifest.js'), import('./kserve/rollout.js'), import('./kserve/smoke.js')]);
  // The whole InferenceService, as the rollout will build it: names, env, resources, replicas.
  // Without a storage URI or an image, MLflow's registry says where the model is (after training).
  const fromRegistry = options.mlflow?.model !== undefined && !kserve.storageUri && !kserve.servingImage && !options.image?.push;
  inferenceService(manifestInputOf(fromRegistry ? { ...kserve, storageUri: REGISTRY_PLACEHOLDER } : kserve, options.image?.push ? PUSHED_PLACEHOLDER : undefined));
  if (kserve.smokeTest) {
    const path = resolve(options.workingDirectory, kserve.smokeTest);
    try {
      await readSmokeRequest(path, kserve.smokeTest);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      throw new OptionError('smoke-test', error.message.replace(/^smoke-test: /, ''), error.hint);
    }
  }
  if (kserve.canaryAnalysis) await (await import('./analysis/setup.js')).checkAnalysisOption(kserve.canaryAnalysis, { cwd: options.workingDirectory, env });
}
