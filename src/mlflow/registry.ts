/**
 * The model registry part: register the run's model as a new version, wait until it is READY and
 * move the alias; the version's storage URI for KServe; a rolled-back version's tag.
 */
import { MlopsError } from '../errors.js';
import { isMlflowError, type MlflowClient } from './client.js';
import { tagList } from './tracking.js';

/** The tag a rolled-back version gets (the alias stays where it was). */
export const ROLLED_BACK_TAG = 'mlops.rolled_back';

export const DEFAULT_REGISTRATION_TIMEOUT_MS = 300_000;
export const DEFAULT_REGISTRATION_POLL_MS = 1000;

export interface RegisterInput {
  model: string;
  runId: string;
  /** The model's artifact path inside the run. */
  modelPath: string;
  /** Tags of the new version. */
  tags: Record<string, string>;
  /** The alias moved to the version once it is READY; none: moved later (after a KServe rollout promoted it). */
  alias?: string;
  /** How long the version may stay PENDING_REGISTRATION (default 5 min). */
  waitTimeoutMs?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function ensureRegisteredModel(client: MlflowClient, model: string): Promise<void> {
  try {
    await client.getRegisteredModel(model);
    return;
  } catch (error) {
    if (!isMlflowError(error, 'RESOURCE_DOES_NOT_EXIST')) throw error;
  }
  try {
    await client.createRegisteredModel(model);
  } catch (error) {
    // Another job created it between our get and our create.
    if (!isMlflowError(error, 'RESOURCE_ALREADY_EXISTS')) throw error;
  }
}

/**
 * Registers `<run's artifact_uri>/<modelPath>` of the run as a new version of the model (the model
 * created when missing), waits until it is READY and moves the alias to it. The source is the
 * run's artifact location, not `runs:/…`: open-source MLflow stores a `runs:/` source as is, and
 * KServe cannot fetch that.
 */
export async function registerModel(client: MlflowClient, input: RegisterInput): Promise<{ version: string; source: string }> {
  const run = await client.getRun(input.runId);
  const artifactUri = run.info.artifact_uri;
  if (!artifactUri) throw new MlopsError(`the MLflow run ${input.runId} has no artifact_uri: there is no model to register.`);
  const source = `${artifactUri.replace(/\/+$/, '')}/${input.modelPath.replace(/^\/+/, '')}`;
  await ensureRegisteredModel(client, input.model);
  const created = await client.createModelVersion({ name: input.model, source, runId: input.runId, tags: tagList(client, input.tags) });
  const version = created.version;
  const timeoutMs = input.waitTimeoutMs ?? DEFAULT_REGISTRATION_TIMEOUT_MS;
  const pollMs = input.pollMs ?? DEFAULT_REGISTRATION_POLL_MS;
  const sleep = input.sleep ?? defaultSleep;
  let status = created.status;
  let statusMessage = created.status_message;
  // Counted in polls, not read off a clock: the injected sleep decides how long a poll takes.
  for (let waited = 0; status === 'PENDING_REGISTRATION'; waited += pollMs) {
    if (waited >= timeoutMs) {
      throw new MlopsError(`${input.model} version ${version} is still PENDING_REGISTRATION after ${Math.round(timeoutMs / 1000)} s${input.alias ? `; the alias ${input.alias} was not moved` : ''}.`, {
        hint: 'The registry copies the model in the background: look at the version in the MLflow UI, then ship again.',
      });
    }
    await sleep(pollMs);
    const current = await client.getModelVersion(input.model, version);
    status = current.status;
    statusMessage = current.status_message;
  }
  if (status === 'FAILED_REGISTRATION') {
    throw new MlopsError(`${input.model} version ${version} failed to register${statusMessage ? `: ${client.scrub(statusMessage)}` : ''}${input.alias ? `; the alias ${input.alias} was not moved` : ''}.`, {
      hint: `Check that the run ${input.runId} logged its model at ${input.modelPath} (mlflow-model-path).`,
    });
  }
  if (input.alias) await client.setRegisteredModelAlias(input.model, input.alias, version);
  return { version, source };
}

/**
 * URI schemes KServe's storage initializer fetches (kserve's storage.py and the default
 * ClusterStorageContainer), and pvc:// and oci:// that the controller mounts itself.
 */
export const KSERVE_FETCHABLE = ['s3://', 'gs://', 'hdfs://', 'webhdfs://', 'hf://', 'https://', 'http://', 'pvc://', 'oci://'] as const;

/** The version's artifact location (get-download-uri) for KServe's storageUri, when KServe can fetch it. */
export async function servingUri(client: MlflowClient, input: { model: string; version: string }): Promise<string> {
  const uri = await client.getModelVersionDownloadUri(input.model, input.version);
  if (!KSERVE_FETCHABLE.some((scheme) => uri.toLowerCase().startsWith(scheme))) {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(uri)?.[0] ?? 'a local path';
    throw new MlopsError(`${input.model} version ${input.version} is stored at ${uri}, which KServe cannot fetch (${scheme === 'a local path' ? 'a path on the tracking server' : `KServe does not read ${scheme}`}; it reads ${KSERVE_FETCHABLE.join(', ')}).`, {
      hint: 'Give the tracking server an artifact store KServe can read, so that runs log their artifacts there directly (mlflow server --no-serve-artifacts --default-artifact-root s3://bucket/mlflow), or set kserve-storage-uri.',
    });
  }
  return uri;
}

/** Tags the version rolled back (`mlops.rolled_back=true`); the alias is left where it was. */
export async function tagRolledBack(client: MlflowClient, input: { model: string; version: string }): Promise<void> {
  await client.setModelVersionTag(input.model, input.version, ROLLED_BACK_TAG, 'true');
}
