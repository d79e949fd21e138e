/** The InferenceService schema helper: KServe's own v1beta1 CRD schema, with unknown fields as errors. */
import { validateInferenceService } from '../helpers/kserve-schema.js';

type Manifest = { spec: { predictor: Record<string, unknown> } } & Record<string, unknown>;

function sklearn(): Manifest {
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: { name: 'housing-rf', namespace: 'models', annotations: { 'serving.kserve.io/enable-tag-routing': 'true' } },
    spec: {
      predictor: {
        minReplicas: 1,
        canaryTrafficPercent: 10,
        model: {
          modelFormat: { name: 'sklearn' },
          protocolVersion: 'v2',
          storageUri: 'gs://bucket/models/housing/v3',
          resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { cpu: '1', memory: '2Gi' } },
        },
      },
    },
  };
}

function customContainer(): Manifest {
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: { name: 'housing-image', namespace: 'models' },
    spec: {
      predictor: {
        containers: [{ name: 'kserve-container', image: 'ghcr.io/acme/housing:3f2c1ab', ports: [{ containerPort: 8080, protocol: 'TCP' }] }],
      },
    },
  };
}

const predictorOf = (manifest: Manifest) => manifest.spec.predictor;
const modelOf = (manifest: Manifest) => predictorOf(manifest).model as Record<string, Record<string, unknown>>;
const containerOf = (manifest: Manifest) => (predictorOf(manifest).containers as Record<string, unknown>[])[0]!;

test.each([
  ['an sklearn model with canary, replicas and resources', sklearn()],
  ['a custom container with a port', customContainer()],
])('accepts %s', (_name, manifest) => {
  expect(validateInferenceService(manifest)).toEqual({ valid: true, errors: [] });
});

test('an unknown field is an error (the API server would drop it silently), with a suggestion', () => {
  const manifest = sklearn();
  delete predictorOf(manifest).canaryTrafficPercent;
  predictorOf(manifest).canaryTraficPercent = 10;
  expect(validateInferenceService(manifest)).toEqual({
    valid: false,
    errors: ['spec.predictor.canaryTraficPercent: unknown field (did you mean "canaryTrafficPercent"?); the API server would silently drop it'],
  });
});

test('canaryTrafficPercent as a string is not an integer', () => {
  const manifest = sklearn();
  predictorOf(manifest).canaryTrafficPercent = '10';
  expect(validateInferenceService(manifest)).toEqual({
    valid: false,
    errors: ['spec.predictor.canaryTrafficPercent: must be integer, got string "10"'],
  });
});

test('minReplicas -1 passes: the CRD declares no minimum (format int32 only; KServe\'s webhook is what refuses it)', () => {
  const manifest = sklearn();
  predictorOf(manifest).minReplicas = -1;
  expect(validateInferenceService(manifest).valid).toBe(true);
  predictorOf(manifest).minReplicas = 2 ** 31;
  expect(validateInferenceService(manifest).errors).toEqual(['spec.predictor.minReplicas: must be a 32-bit integer (format int32), got number 2147483648']);
});

test('a container without a name: containers[].name is required', () => {
  const manifest = customContainer();
  delete containerOf(manifest).name;
  expect(validateInferenceService(manifest)).toEqual({ valid: false, errors: ['spec.predictor.containers[0].name: required field is missing'] });
});

test('int-or-string: a quantity may be a number or a quantity string, nothing else', () => {
  const manifest = sklearn();
  modelOf(manifest).resources = { requests: { cpu: 1, memory: '512Mi' }, limits: { cpu: '500m', 'nvidia.com/gpu': 1 } };
  expect(validateInferenceService(manifest).valid).toBe(true);
  modelOf(manifest).resources = { requests: { cpu: 'lots', memory: true }, limits: { cpu: 0.5 } };
  expect(validateInferenceService(manifest).errors).toEqual([
    'spec.predictor.model.resources.limits.cpu: must be an integer or a string (int-or-string), got number 0.5',
    'spec.predictor.model.resources.requests.cpu: must be a Kubernetes quantity such as "500m", "1" or "2Gi", got string "lots"',
    'spec.predictor.model.resources.requests.memory: must be an integer or a string (int-or-string), got boolean true',
  ]);
});

test('list maps: a repeated key is an error, counting a missing protocol as its default TCP', () => {
  const manifest = customContainer();
  containerOf(manifest).ports = [{ containerPort: 8080, protocol: 'TCP' }, { containerPort: 8080 }];
  expect(validateInferenceService(manifest).errors).toEqual([
    'spec.predictor.containers[0].ports: duplicate entry [1] (containerPort=8080, protocol="TCP") repeats [0]: a list of type "map" may not repeat its keys',
  ]);
});

test('enums, the envelope and the missing pieces are reported with their paths', () => {
  const manifest = sklearn() as Record<string, unknown> & Manifest;
  manifest.kind = 'InferenceServices';
  manifest.metadata = { namespace: 'models' };
  predictorOf(manifest).scaleMetric = 'gpu';
  delete modelOf(manifest).modelFormat!.name;
  expect(validateInferenceService(manifest).errors).toEqual([
    'kind: must be "InferenceService", got string "InferenceServices"',
    'metadata.name: required field is missing',
    'spec.predictor.model.modelFormat.name: required field is missing',
    'spec.predictor.scaleMetric: must be one of "cpu", "memory", "concurrency", "rps", got string "gpu"',
  ]);
  expect(validateInferenceService({ apiVersion: 'serving.kserve.io/v1beta1', kind: 'InferenceService', metadata: { name: 'x' }, spec: {} }).errors).toEqual([
    'spec.predictor: required field is missing',
  ]);
  expect(validateInferenceService(null)).toEqual({ valid: false, errors: ['(root): must be object, got null'] });
});
