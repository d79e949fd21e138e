/**
 * A rollout from the KServe options (`kserve-*` inputs, mlops.yaml, CLI flags, Jenkins options):
 * the desired InferenceService, the smoke-test request file, the canary analysis file, then
 * `promote`. Shared by runs, the Jenkins step and `mlops kserve manifest|promote`.
 */
import { resolve } from 'node:path';
import type { Clock } from '../analysis/analyze.js';
import type { Env } from '../analysis/credentials.js';
import { checkAnalysisOption, connectPrometheus } from '../analysis/setup.js';
import type { Logger } from '../logger.js';
import type { KserveOptions } from '../options.js';
import type { IsvcClient } from './kube-client.js';
import { inferenceService, parseEnv, type ManifestInput } from './manifest.js';
import { promote, type PromoteOutcome } from './promote.js';
import { readSmokeRequest } from './smoke.js';

/**
 * The InferenceService the KServe options describe. `serving-image` asks for a container by name;
 * else a format and a URI let KServe's runtime serve the model; else `pushed` (the image this run
 * pushed) serves. A storage URI goes with a container as STORAGE_URI for KServe's storage
 * initializer (see manifest.ts).
 */
export function manifestInputOf(kserve: KserveOptions, pushed: string | undefined): ManifestInput {
  const runtimeModel = kserve.modelFormat !== undefined && kserve.storageUri !== undefined;
  const image = kserve.servingImage ?? (runtimeModel ? undefined : pushed);
  return {
    name: kserve.name, namespace: kserve.namespace, modelFormat: kserve.modelFormat, storageUri: kserve.storageUri, runtime: kserve.runtime,
    protocol: kserve.protocol, image: runtimeModel ? undefined : image, env: parseEnv(kserve.env),
    minReplicas: kserve.minReplicas, maxReplicas: kserve.maxReplicas, resources: kserve.resources,
  };
}

export interface RolloutInput {
  cwd: string;
  client: IsvcClient;
  logger: Logger;
  /** A pushed image, by digest (see manifestInputOf). */
  image?: string;
  /** The environment the analysis file's credential variables are read from (the front end's; never the process's here). */
  env?: Env;
  /** kubeconfig text for a Prometheus reached as a Service through the API server (none: the usual places). */
  kubeconfig?: string;
  /** The analysis' clock (tests and benchmarks). */
  clock?: Clock;
}

export async function rollOut(kserve: KserveOptions, input: RolloutInput): Promise<PromoteOutcome> {
  const desired = inferenceService(manifestInputOf(kserve, input.image));
  const smoke = kserve.smokeTest
    ? { request: await readSmokeRequest(resolve(input.cwd, kserve.smokeTest), kserve.smokeTest), protocol: kserve.protocol, model: kserve.modelName }
    : undefined;
  let analysis;
  if (kserve.canaryAnalysis) {
    const env = input.env ?? {};
    const config = await checkAnalysisOption(kserve.canaryAnalysis, { cwd: input.cwd, env });
    analysis = { config, prometheus: await connectPrometheus(config, env, { kubeconfig: input.kubeconfig }), clock: input.clock };
  }
  return promote({ client: input.client, desired, canaryPercent: kserve.canaryPercent, readyTimeoutMs: kserve.timeoutSeconds * 1000, smoke, analysis, logger: input.logger });
}
