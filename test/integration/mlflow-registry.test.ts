/**
 * The MLflow registry core (src/mlflow/registry.ts) against the local MLflow server: a version
 * registered from the run's artifact location, waited for until READY, the alias moved; failed
 * and slow registrations leave the alias alone; the serving URI KServe can or cannot fetch; the
 * rolled-back tag; the registry's errors.
 */
import { MlopsError } from '../../src/errors.js';
import { MlflowApiError, MlflowClient } from '../../src/mlflow/client.js';
import { registerModel, servingUri, tagRolledBack } from '../../src/mlflow/registry.js';
import { startCiRun } from '../../src/mlflow/tracking.js';
import { startMlflowServer, type MlflowServer, type MlflowServerOptions } from '../helpers/mlflow-server.js';

let server: MlflowServer;
afterEach(async () => server?.close());

async function setUp(options: MlflowServerOptions = {}): Promise<{ client: MlflowClient; runId: string; artifactUri: string }> {
  server = await startMlflowServer(options);
  const client = new MlflowClient({ trackingUri: server.url, headers: {}, secrets: [], retry: { attempts: 2, delayMs: () => 0 } });
  const run = await startCiRun(client, { experiment: 'housing', name: 'push-abc1234', tags: {} });
  return { client, runId: run.runId, artifactUri: server.runs()[0]!.artifact_uri };
}

const TAGS = { 'mlflow.source.git.commit': 'a'.repeat(40), 'mlops.ci.run_url': 'https://github.com/o/r/actions/runs/1' };

/** A sleep that only counts: registration waits are polls, not time. */
function countingSleep(): { sleep: (ms: number) => Promise<void>; slept: number[] } {
  const slept: number[] = [];
  return { slept, sleep: async (ms) => void slept.push(ms) };
}

const endpoints = (): string[] => server.requests.map((r) => `${r.method} ${r.path.replace('/api/2.0/mlflow/', '')} ${r.status}`);

describe('registerModel', () => {
  it('creates the missing model, registers <artifact_uri>/<model path> with the run and tags, waits until READY, then moves the alias', async () => {
    const { client, runId, artifactUri } = await setUp({ registrationSteps: 3, artifactRoot: 's3://bucket/mlflow' });
    const { sleep, slept } = countingSleep();
    const registered = await registerModel(client, { model: 'housing', runId, modelPath: 'model', tags: TAGS, alias: 'champion', pollMs: 250, sleep });
    expect(registered).toEqual({ version: '1', source: `${artifactUri}/model` });
    expect(artifactUri).toBe(`s3://bucket/mlflow/1/${runId}/artifacts`);
    expect(slept).toEqual([250, 250, 250, 250]); // three GETs answered PENDING_REGISTRATION, the fourth READY
    expect(server.versions()[0]).toMatchObject({ name: 'housing', version: '1', source: `${artifactUri}/model`, run_id: runId, status: 'READY' });
    expect(Object.fromEntries(server.versions()[0]!.tags)).toEqual(TAGS);
    expect(Object.fromEntries(server.models()[0]!.aliases)).toEqual({ champion: '1' });
    expect(endpoints().slice(3)).toEqual([
      'GET runs/get 200', 'GET registered-models/get 404', 'POST registered-models/create 200', 'POST model-versions/create 200',
      'GET model-versions/get 200', 'GET model-versions/get 200', 'GET model-versions/get 200', 'GET model-versions/get 200', 'POST registered-models/alias 200',
    ]);
  });

  it('a model that exists: a new version, the alias moved to it', async () => {
    const { client, runId } = await setUp();
    await registerModel(client, { model: 'housing', runId, modelPath: 'model', tags: {}, alias: 'champion' });
    const second = await registerModel(client, { model: 'housing', runId, modelPath: 'sk_model', tags: {}, alias: 'champion' });
    expect(second.version).toBe('2');
    expect(second.source.endsWith('/artifacts/sk_model')).toBe(true);
    expect(server.models()).toHaveLength(1);
    expect(Object.fromEntries(server.models()[0]!.aliases)).toEqual({ champion: '2' });
  });

  it('another job creating the model at the same time: its RESOURCE_ALREADY_EXISTS is fine', async () => {
    const { client, runId } = await setUp();
    await client.createRegisteredModel('housing');
    server.fault({ path: /registered-models\/get/, status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Registered Model with name=housing not found' } });
    await expect(registerModel(client, { model: 'housing', runId, modelPath: 'model', tags: {}, alias: 'champion' })).resolves.toMatchObject({ version: '1' });
    expect(endpoints()).toContain('POST registered-models/create 400');
  });

  it('FAILED_REGISTRATION: an error with the status message; the alias is not moved', async () => {
    const { client, runId } = await setUp({ registrationSteps: 1, failRegistration: true });
    const { sleep } = countingSleep();
    const error = await registerModel(client, { model: 'housing', runId, modelPath: 'model', tags: {}, alias: 'champion', sleep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MlopsError);
    expect((error as MlopsError).message).toBe(`housing version 1 failed to register: Failed to copy model artifacts from ${server.versions()[0]!.source}: no such file or directory; the alias champion was not moved.`);
    expect((error as MlopsError).hint).toBe(`Check that the run ${runId} logged its model at model (mlflow-model-path).`);
    expect(server.models()[0]!.aliases.size).toBe(0);
  });

  it('still pending after the wait: an error; the alias is not moved', async () => {
    const { client, runId } = await setUp({ registrationSteps: 100 });
    const { sleep, slept } = countingSleep();
    await expect(registerModel(client, { model: 'housing', runId, modelPath: 'model', tags: {}, alias: 'champion', waitTimeoutMs: 3000, pollMs: 1000, sleep })).rejects.toThrow(
      new MlopsError('housing version 1 is still PENDING_REGISTRATION after 3 s; the alias champion was not moved.'),
    );
    expect(slept).toEqual([1000, 1000, 1000]);
    expect(server.models()[0]!.aliases.size).toBe(0);
  });

  it('a run that does not exist: MLflow\'s 404, naming the run', async () => {
    const { client } = await setUp();
    await expect(registerModel(client, { model: 'housing', runId: 'f'.repeat(32), modelPath: 'model', tags: {}, alias: 'champion' })).rejects.toThrow(`answered 404 Not Found: RESOURCE_DOES_NOT_EXIST: Run with id=${'f'.repeat(32)} not found`);
  });

  it('403 on moving the alias names the permission it needs', async () => {
    const { client, runId } = await setUp();
    server.fault({ path: /registered-models\/alias/, status: 403, body: { error_code: 'PERMISSION_DENIED', message: 'Permission denied' } });
    const error = await registerModel(client, { model: 'housing', runId, modelPath: 'model', tags: {}, alias: 'champion' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MlflowApiError);
    expect((error as MlflowApiError).message).toBe(`MLflow POST registered-models/alias (${server.url}) answered 403 Forbidden (PERMISSION_DENIED: Permission denied): the account lacks permission: POST registered-models/alias needs EDIT on the registered model`);
  });
});

describe('servingUri', () => {
  it('an artifact store KServe reads: the version\'s download URI', async () => {
    const { client, runId, artifactUri } = await setUp({ artifactRoot: 'gs://models/mlflow' });
    const { version } = await registerModel(client, { model: 'housing', runId, modelPath: 'model', tags: {}, alias: 'champion' });
    expect(await servingUri(client, { model: 'housing', version })).toBe(`${artifactUri}/model`);
  });

  it.each([
    ['mlflow-artifacts:/1/abc/artifacts/model', 'KServe does not read mlflow-artifacts:'],
    ['models:/housing/1', 'KServe does not read models:'],
    ['runs:/abc/model', 'KServe does not read runs:'],
    ['dbfs:/databricks/mlflow/model', 'KServe does not read dbfs:'],
    ['/var/mlflow/artifacts/1/abc/model', 'a path on the tracking server'],
  ])('%s is an error naming it and what to configure', async (source, why) => {
    const { client } = await setUp();
    await client.createRegisteredModel('housing');
    await client.createModelVersion({ name: 'housing', source });
    const error = await servingUri(client, { model: 'housing', version: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MlopsError);
    expect((error as MlopsError).message).toBe(`housing version 1 is stored at ${source}, which KServe cannot fetch (${why}; it reads s3://, gs://, hdfs://, webhdfs://, hf://, https://, http://, pvc://, oci://).`);
    expect((error as MlopsError).hint).toContain('mlflow server --no-serve-artifacts --default-artifact-root s3://bucket/mlflow');
    expect((error as MlopsError).hint).toContain('kserve-storage-uri');
  });

  it('the default server (serving artifacts through mlflow-artifacts:/) cannot feed KServe', async () => {
    const { client, runId } = await setUp();
    const { version } = await registerModel(client, { model: 'housing', runId, modelPath: 'model', tags: {}, alias: 'champion' });
    await expect(servingUri(client, { model: 'housing', version })).rejects.toThrow(`is stored at mlflow-artifacts:/1/${runId}/artifacts/model, which KServe cannot fetch`);
  });
});

describe('tagRolledBack', () => {
  it('tags the version mlops.rolled_back=true and leaves the alias where it was', async () => {
    const { client, runId } = await setUp();
    await registerModel(client, { model: 'housing', runId, modelPath: 'model', tags: {}, alias: 'champion' });
    await client.createModelVersion({ name: 'housing', source: 's3://b/m2', runId });
    await tagRolledBack(client, { model: 'housing', version: '2' });
    expect(server.versions()[1]!.tags.get('mlops.rolled_back')).toBe('true');
    expect(server.versions()[0]!.tags.has('mlops.rolled_back')).toBe(false);
    expect(Object.fromEntries(server.models()[0]!.aliases)).toEqual({ champion: '1' });
    await expect(tagRolledBack(client, { model: 'housing', version: '9' })).rejects.toThrow('RESOURCE_DOES_NOT_EXIST: Model Version (name=housing, version=9) not found');
  });
});
