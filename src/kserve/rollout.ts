/**
 * A rollout from the KServe options (`kserve-*` inputs, mlops.yaml, CLI flags, Jenkins options):
 * the desired InferenceService, the smoke-test request file, then `promote`. Shared by runs, the
 * Jenkins step and `mlops kserve manifest|promote`.
 */
import { resolve } from 'node:path';
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

export async function rollOut(
  kserve: KserveOptions,
  input: { cwd: string; client: IsvcClient; logger: Logger; /** A pushed image, by digest (see manifestInputOf). */ image?: string },
): Promise<PromoteOutcome> {
  const desired = inferenceService(manifestInputOf(kserve, input.image));
  const smoke = kserve.smokeTest
    ? { request: await readSmokeRequest(resolve(input.cwd, kserve.smokeTest), kserve.smokeTest), protocol: kserve.protocol, model: kserve.modelName }
    : undefined;
  return promote({ client: input.client, desired, canaryPercent: kserve.canaryPercent, readyTimeoutMs: kserve.timeoutSeconds * 1000, smoke, logger: input.logger });
}
