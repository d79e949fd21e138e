/**
 * A rollout from the run options (`kserve-*` inputs, Jenkins options): the desired
 * InferenceService, the smoke-test request file, then `promote`. Shared by runs and the Jenkins step.
 */
import { resolve } from 'node:path';
import type { Logger } from '../logger.js';
import type { KserveOptions } from '../options.js';
import type { IsvcClient } from './kube-client.js';
import { inferenceService } from './manifest.js';
import { promote, type PromoteOutcome } from './promote.js';
import { readSmokeRequest } from './smoke.js';

export async function rollOut(
  kserve: KserveOptions,
  input: { cwd: string; client: IsvcClient; logger: Logger; /** A pushed image, by digest: served unless a model format and storage URI name a KServe runtime's model. */ image?: string },
): Promise<PromoteOutcome> {
  // A format and a URI: KServe's runtime serves the model. Otherwise the pushed image serves, and a
  // storage URI goes with it as STORAGE_URI for KServe's storage initializer (see manifest.ts).
  const runtimeModel = kserve.modelFormat !== undefined && kserve.storageUri !== undefined;
  const desired = inferenceService({
    name: kserve.name, namespace: kserve.namespace, modelFormat: kserve.modelFormat, storageUri: kserve.storageUri, runtime: kserve.runtime,
    protocol: kserve.protocol, image: runtimeModel ? undefined : input.image,
  });
  const smoke = kserve.smokeTest ? { request: await readSmokeRequest(resolve(input.cwd, kserve.smokeTest), kserve.smokeTest), protocol: kserve.protocol } : undefined;
  return promote({ client: input.client, desired, canaryPercent: kserve.canaryPercent, readyTimeoutMs: kserve.timeoutSeconds * 1000, smoke, logger: input.logger });
}
