/** `mlops kserve manifest`: InferenceServices that KServe's CRD schema accepts, and names its webhook would refuse. */
import { inferenceService, parseEnv, parseResources } from '../../src/kserve/manifest.js';
import { validateInferenceService } from '../helpers/kserve-schema.js';
import { mlops } from '../helpers/cli.js';
import { parse } from 'yaml';

test.each([
  ['a sklearn model, V2, canary 10%, resources', { name: 'housing', namespace: 'models', modelFormat: 'sklearn', storageUri: 'gs://bucket/housing/v3', protocol: 'v2' as const, canaryPercent: 10, minReplicas: 1, maxReplicas: 3, resources: 'cpu=1,memory=2Gi' }],
  ['a runtime and split requests/limits', { name: 'housing-rf', namespace: 'default', modelFormat: 'xgboost', storageUri: 's3://models/x', runtime: 'kserve-xgbserver', resources: 'requests.cpu=500m,limits.memory=4Gi' }],
  ['a custom container from the image just pushed', { name: 'housing', namespace: 'models', image: 'ghcr.io/acme/housing@sha256:' + 'a'.repeat(64), minReplicas: 0 }],
  ['a custom container with its model from a storage URI', { name: 'housing', namespace: 'models', image: 'ghcr.io/acme/housing:1.4.0', storageUri: 'gs://bucket/housing/v3' }],
  ['a custom container with a storage URI and more env', { name: 'housing', namespace: 'models', image: 'ghcr.io/acme/housing:1.4.0', storageUri: 's3://m/h', env: { MODEL_NAME: 'housing', STORAGE_URI: 's3://m/h' } }],
])('%s validates against the InferenceService CRD schema', (_name, input) => {
  const manifest = inferenceService(input);
  expect(validateInferenceService(manifest)).toEqual({ valid: true, errors: [] });
  expect(manifest).toMatchObject({ apiVersion: 'serving.kserve.io/v1beta1', kind: 'InferenceService', metadata: { annotations: { 'serving.kserve.io/enable-tag-routing': 'true' } } });
});

test('the model and the resources land where KServe reads them', () => {
  const manifest = inferenceService({ name: 'housing', namespace: 'models', modelFormat: 'sklearn', storageUri: 'gs://b/m', protocol: 'v2', canaryPercent: 10, resources: 'cpu=1,memory=2Gi' });
  expect(manifest.spec.predictor).toEqual({
    canaryTrafficPercent: 10,
    model: { modelFormat: { name: 'sklearn' }, protocolVersion: 'v2', storageUri: 'gs://b/m', resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { cpu: '1', memory: '2Gi' } } },
  });
  expect(parseResources('requests.cpu=250m,limits.cpu=1,nvidia.com/gpu=1')).toEqual({ requests: { cpu: '250m', 'nvidia.com/gpu': '1' }, limits: { cpu: '1', 'nvidia.com/gpu': '1' } });
});

const IMAGE = 'ghcr.io/acme/housing:1.4.0';
type Predictor = { containers: Array<{ name: string; image: string; env?: Array<{ name: string; value: string }> }> };
const predictorOf = (manifest: unknown): Predictor => (manifest as { spec: { predictor: Predictor } }).spec.predictor;

describe('a custom container with a storage URI', () => {
  // KServe's CustomPredictor.GetStorageUri reads STORAGE_URI from the container named kserve-container;
  // the storage initializer then downloads that URI to /mnt/models in it.
  test('the URI is the STORAGE_URI env of kserve-container, where KServe’s storage initializer looks for it', () => {
    const manifest = inferenceService({ name: 'housing', namespace: 'models', image: IMAGE, storageUri: 'gs://b/housing/v3' });
    expect(predictorOf(manifest)).toEqual({ containers: [{ name: 'kserve-container', image: IMAGE, env: [{ name: 'STORAGE_URI', value: 'gs://b/housing/v3' }] }] });
  });

  test('merged with the other env, in order, and never twice', () => {
    expect(predictorOf(inferenceService({ name: 'h', namespace: 'd', image: IMAGE, storageUri: 'gs://b/m', env: { MODEL_NAME: 'housing', WORKERS: '2' } })).containers[0]!.env).toEqual([
      { name: 'MODEL_NAME', value: 'housing' }, { name: 'WORKERS', value: '2' }, { name: 'STORAGE_URI', value: 'gs://b/m' },
    ]);
    expect(predictorOf(inferenceService({ name: 'h', namespace: 'd', image: IMAGE, storageUri: 'gs://b/m', env: { STORAGE_URI: 'gs://b/m', MODEL_NAME: 'housing' } })).containers[0]!.env).toEqual([
      { name: 'STORAGE_URI', value: 'gs://b/m' }, { name: 'MODEL_NAME', value: 'housing' },
    ]);
  });

  test('a STORAGE_URI env that disagrees with --storage-uri is refused', () => {
    expect(() => inferenceService({ name: 'h', namespace: 'd', image: IMAGE, storageUri: 'gs://b/m', env: { STORAGE_URI: 'gs://b/other' } })).toThrow(
      "kserve-env: STORAGE_URI=gs://b/other and the storage URI gs://b/m name two models; give one (the storage URI becomes STORAGE_URI of the custom container).",
    );
  });

  test('no storage URI, no env: the container as before', () => {
    expect(predictorOf(inferenceService({ name: 'h', namespace: 'd', image: IMAGE })).containers).toEqual([{ name: 'kserve-container', image: IMAGE }]);
  });

  test('mlops kserve manifest --image --storage-uri --env prints it, and KServe’s schema accepts it', async () => {
    const result = await mlops(process.cwd(), ['kserve', 'manifest', '--name', 'housing', '--image', IMAGE, '--storage-uri', 'gs://b/housing/v3', '--env', 'MODEL_NAME=housing', '--env', 'WORKERS=2', '--output', 'json']);
    expect(result.stderr).toBe('');
    const manifest = JSON.parse(result.stdout) as unknown;
    expect(predictorOf(manifest).containers[0]!.env).toEqual([{ name: 'MODEL_NAME', value: 'housing' }, { name: 'WORKERS', value: '2' }, { name: 'STORAGE_URI', value: 'gs://b/housing/v3' }]);
    expect(validateInferenceService(manifest)).toEqual({ valid: true, errors: [] });
  });

  test('parseEnv: NAME=value, the value may hold = and be empty', () => {
    expect(parseEnv(['A=1', 'B=x=y', 'C='])).toEqual({ A: '1', B: 'x=y', C: '' });
  });
});

test.each([
  [['--name', 'Housing'], "--name: 'Housing' is not a valid InferenceService name."],
  [['--name', '1housing'], "--name: '1housing' is not a valid InferenceService name."],
  [['--name', 'housing-'], "--name: 'housing-' is not a valid InferenceService name."],
  [['--name', 'h'.repeat(54)], 'is 54 characters; at most 53 fit'],
  [['--name', 'housing', '--namespace', 'Prod_Models'], "--namespace: 'Prod_Models' is not a valid namespace"],
  [['--name', 'housing', '--storage-uri', 'gs://b/m'], '--model-format: required unless a container image is served'],
  [['--name', 'housing', '--model-format', 'sklearn'], '--storage-uri: required unless a container image is served'],
  [['--name', 'housing', '--model-format', 'sklearn', '--storage-uri', 'bucket/model'], "--storage-uri: 'bucket/model' is not a URI like s3://bucket/path."],
  [['--name', 'housing', '--image', 'x', '--canary-percent', '150'], '--canary-percent: 150 is over 100.'],
  [['--name', 'housing', '--image', 'x', '--min-replicas', '3', '--max-replicas', '2'], '--max-replicas: 2 is below the minimum replicas (3).'],
  [['--name', 'housing', '--image', 'x', '--resources', 'cpu=lots'], "--resources: 'cpu=lots' is not resource=quantity."],
  [['--name', 'housing', '--image', 'x', '--storage-uri', 'bucket/model'], "--storage-uri: 'bucket/model' is not a URI like s3://bucket/path."],
  [['--name', 'housing', '--image', 'x', '--env', 'WORKERS'], "--env: 'WORKERS' is not NAME=value."],
  [['--name', 'housing', '--image', 'x', '--env', '1X=2'], "--env: '1X' is not an environment variable name"],
  [['--name', 'housing', '--image', 'x', '--env', 'A=1', '--env', 'A=2'], '--env: A is given twice (1, then 2).'],
])('mlops kserve manifest %j is refused (exit 2) with a message naming the flag', async (args, message) => {
  const result = await mlops(process.cwd(), ['kserve', 'manifest', ...args]);
  expect(result.stderr).toContain(message);
  expect(result.code).toBe(2);
});

test('mlops kserve manifest prints YAML that parses back to the same object (and JSON with --output json)', async () => {
  const args = ['kserve', 'manifest', '--name', 'housing', '--namespace', 'models', '--model-format', 'sklearn', '--storage-uri', 'gs://b/m', '--canary-percent', '10'];
  const yaml = await mlops(process.cwd(), args);
  const json = await mlops(process.cwd(), [...args, '--output', 'json']);
  expect(parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
  expect(validateInferenceService(parse(yaml.stdout)).valid).toBe(true);
});
