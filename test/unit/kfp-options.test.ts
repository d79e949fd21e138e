/** kfpOptions: raw option text (action inputs, flags, mlops.yaml values) to KfpOptions, or an OptionError naming the key. */
import { OptionError } from '../../src/errors.js';
import { kfpOptions, parseKfpParams, type KfpRawOptions } from '../../src/kfp/options.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPipelineIr } from '../../src/kfp/pipeline-ir.js';

const HOST = 'https://kubeflow.example.com/pipeline';

describe('valid options', () => {
  it('nothing set: no KFP training', () => {
    expect(kfpOptions({})).toBeUndefined();
    expect(kfpOptions({ 'kfp-host': '  ', 'kfp-params': [] })).toBeUndefined();
  });

  it('the defaults', () => {
    expect(kfpOptions({ 'kfp-host': HOST, 'kfp-pipeline': 'pipeline.yaml' })).toEqual({
      host: HOST, pipeline: 'pipeline.yaml', pipelineName: undefined, experiment: 'mlops-action', namespace: undefined, params: [], timeoutSeconds: 3600, tokenFile: undefined,
    });
  });

  it('every option, as the action gives them (multi-line text) and as mlops.yaml gives them (lists)', () => {
    const fromInputs = kfpOptions({
      'kfp-host': `${HOST}/`, 'kfp-pipeline': 'build/pipeline.yml', 'kfp-pipeline-name': 'housing', 'kfp-experiment': 'housing-ci', 'kfp-namespace': 'team-a',
      'kfp-params': 'n_estimators=100\n\n  test_size = 0.25 \ndata_uri=s3://b/k?x=1=2\nlabels=[1, 2]\nempty=', 'kfp-timeout': '5400', 'kfp-token-file': '/var/run/secrets/kfp/token',
    });
    expect(fromInputs).toEqual({
      host: HOST, pipeline: 'build/pipeline.yml', pipelineName: 'housing', experiment: 'housing-ci', namespace: 'team-a',
      params: [{ name: 'n_estimators', text: '100' }, { name: 'test_size', text: '0.25' }, { name: 'data_uri', text: 's3://b/k?x=1=2' }, { name: 'labels', text: '[1, 2]' }, { name: 'empty', text: '' }],
      timeoutSeconds: 5400, tokenFile: '/var/run/secrets/kfp/token',
    });
    // mlops.yaml `kfp-params: {n_estimators: 100}` arrives as ['n_estimators=100']
    expect(kfpOptions({ 'kfp-host': HOST, 'kfp-pipeline': 'p.json', 'kfp-params': ['n_estimators=100', 'max_depth=8'], 'kfp-timeout': ['90.5'] })).toMatchObject({
      params: [{ name: 'n_estimators', text: '100' }, { name: 'max_depth', text: '8' }], timeoutSeconds: 90.5,
    });
  });
});

const ERRORS: Array<[string, KfpRawOptions, string, string]> = [
  ['a kfp option without kfp-host', { 'kfp-pipeline': 'pipeline.yaml' }, 'kfp-pipeline', 'set, but kfp-host is not: nothing would run on Kubeflow Pipelines.'],
  ['kfp-params without kfp-host', { 'kfp-params': 'a=1' }, 'kfp-params', 'set, but kfp-host is not: nothing would run on Kubeflow Pipelines.'],
  ['no kfp-pipeline', { 'kfp-host': HOST }, 'kfp-pipeline', 'is required with kfp-host: the compiled pipeline (the IR YAML or JSON kfp.compiler writes).'],
  ['a package, not an IR', { 'kfp-host': HOST, 'kfp-pipeline': 'pipeline.tar.gz' }, 'kfp-pipeline', "'pipeline.tar.gz' is not a .yaml, .yml or .json file: give the IR kfp.compiler writes (not a .tar.gz or .zip package)."],
  ['a host that is not a URL', { 'kfp-host': 'kubeflow.example.com', 'kfp-pipeline': 'p.yaml' }, 'kfp-host', "'kubeflow.example.com' is not a URL."],
  ['a host that is not http(s)', { 'kfp-host': 'grpc://ml-pipeline:8887', 'kfp-pipeline': 'p.yaml' }, 'kfp-host', "'grpc://ml-pipeline:8887' is not an http or https URL."],
  ['a host with the API path', { 'kfp-host': `${HOST}/apis/v2beta1`, 'kfp-pipeline': 'p.yaml' }, 'kfp-host', `'${HOST}/apis/v2beta1' includes the API path: give the base URL, without /apis/v2beta1.`],
  ['a host with credentials', { 'kfp-host': 'https://me:secret@kubeflow.example.com', 'kfp-pipeline': 'p.yaml' }, 'kfp-host', 'must not carry credentials: give the token as kfp-token (a secret).'],
  ['a host with a query', { 'kfp-host': `${HOST}?ns=a`, 'kfp-pipeline': 'p.yaml' }, 'kfp-host', `'${HOST}?ns=a' has a query or fragment: give the base URL only.`],
  ['a param without =', { 'kfp-host': HOST, 'kfp-pipeline': 'p.yaml', 'kfp-params': 'n_estimators' }, 'kfp-params', "'n_estimators' is not name=value."],
  ['a param with a bad name', { 'kfp-host': HOST, 'kfp-pipeline': 'p.yaml', 'kfp-params': '1st=2' }, 'kfp-params', "'1st=2' is not name=value."],
  ['a param twice', { 'kfp-host': HOST, 'kfp-pipeline': 'p.yaml', 'kfp-params': 'a=1\na=2' }, 'kfp-params', 'a is given twice.'],
  ['a timeout of 0', { 'kfp-host': HOST, 'kfp-pipeline': 'p.yaml', 'kfp-timeout': '0' }, 'kfp-timeout', "'0' is not a positive number of seconds."],
  ['a timeout with a unit', { 'kfp-host': HOST, 'kfp-pipeline': 'p.yaml', 'kfp-timeout': '1h' }, 'kfp-timeout', "'1h' is not a positive number of seconds."],
  ['two hosts', { 'kfp-host': [HOST, HOST], 'kfp-pipeline': 'p.yaml' }, 'kfp-host', 'give one value, not 2.'],
];

describe.each(ERRORS)('%s', (_what, raw, key, detail) => {
  it(`is an OptionError naming ${key}`, () => {
    let error: unknown;
    try {
      kfpOptions(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OptionError);
    expect({ key: (error as OptionError).key, detail: (error as OptionError).detail }).toEqual({ key, detail });
    expect((error as OptionError).exitCode).toBe(2);
  });
});

it('parseKfpParams keeps everything after the first = as the value', () => {
  expect(parseKfpParams('query=a=b&c=d')).toEqual([{ name: 'query', text: 'a=b&c=d' }]);
  expect(parseKfpParams(undefined)).toEqual([]);
});

test('a pipeline file nested thousands deep is refused by name, not a crash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-kfp-deep-'));
  try {
    writeFileSync(join(dir, 'pipeline.yaml'), `pipelineInfo: {name: p}\nroot: ${'['.repeat(6000)}${']'.repeat(6000)}\n`);
    await expect(readPipelineIr(dir, 'pipeline.yaml')).rejects.toThrow('pipeline.yaml is not valid YAML: nested more than 256 levels deep at line 2; flatten it');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
