/**
 * The pipeline IR as trainOnKfp reads it: the example's pipeline.yaml (written by the KFP SDK's
 * compiler) and hand-made IRs for the types the example does not use. kfp-params become JSON
 * values of the type root.inputDefinitions.parameters.<name>.parameterType declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OptionError } from '../../src/errors.js';
import { inlinePipelineSpec, parsePipelineIr, PipelineIrError, runtimeParameters } from '../../src/kfp/pipeline-ir.js';
import { parseKfpParams } from '../../src/kfp/options.js';
import { EXAMPLE } from '../helpers/paths.js';

const EXAMPLE_IR = parsePipelineIr(readFileSync(join(EXAMPLE, 'pipeline.yaml'), 'utf8'), 'pipeline.yaml');

function irWith(parameters: Record<string, unknown>, extra = ''): string {
  return `${JSON.stringify({ pipelineInfo: { name: 'p' }, root: { dag: { tasks: { a: {} } }, inputDefinitions: { parameters } }, schemaVersion: '2.1.0' })}${extra}`;
}

const typed = (ir: ReturnType<typeof parsePipelineIr>, text: string) => runtimeParameters(ir, parseKfpParams(text));

function optionError(fn: () => unknown): OptionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof OptionError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('the example pipeline.yaml', () => {
  it('has the name, parameters and tasks of pipeline.py', () => {
    expect(EXAMPLE_IR.name).toBe('california-housing');
    expect(Object.fromEntries([...EXAMPLE_IR.parameters].map(([name, spec]) => [name, [spec.parameterType, spec.defaultValue]]))).toEqual({
      add_bay_distance: ['BOOLEAN', true], add_ratios: ['BOOLEAN', true], data_random_state: ['NUMBER_INTEGER', 42],
      data_uri: ['STRING', 'https://raw.githubusercontent.com/org/mlops-action/main/examples/california-housing/data/housing.csv'],
      max_depth: ['NUMBER_INTEGER', 12], min_samples_leaf: ['NUMBER_INTEGER', 2], n_estimators: ['NUMBER_INTEGER', 60], n_jobs: ['NUMBER_INTEGER', 2],
      test_size: ['NUMBER_DOUBLE', 0.2], train_random_state: ['NUMBER_INTEGER', 42],
    });
    expect([...EXAMPLE_IR.taskNames].sort()).toEqual(['engineer-features', 'evaluate', 'load-data', 'preprocess', 'train-model']);
    expect(EXAMPLE_IR.platformSpec).toBeUndefined();
  });

  it('no kfp-params: every parameter has a default, nothing is sent', () => {
    expect(runtimeParameters(EXAMPLE_IR, [])).toEqual({});
  });

  it('numbers as JSON numbers, booleans as JSON booleans, strings as they are', () => {
    expect(typed(EXAMPLE_IR, 'n_estimators=100\nmax_depth=-1\ntest_size=.25\nadd_ratios=False\nadd_bay_distance=TRUE\ndata_uri=gs://b/housing.csv')).toEqual({
      n_estimators: 100, max_depth: -1, test_size: 0.25, add_ratios: false, add_bay_distance: true, data_uri: 'gs://b/housing.csv',
    });
    expect(typed(EXAMPLE_IR, 'test_size=1e-1\nn_jobs=+4')).toEqual({ test_size: 0.1, n_jobs: 4 });
  });

  it.each([
    ['n_estimators=1e2', "n_estimators: '1e2' is not a whole number (the pipeline declares it NUMBER_INTEGER)."],
    ['n_estimators=', "n_estimators: '' is not a whole number (the pipeline declares it NUMBER_INTEGER)."],
    ['n_estimators=99999999999999999999', "n_estimators: '99999999999999999999' is not a whole number (the pipeline declares it NUMBER_INTEGER)."],
    ['test_size=NaN', "test_size: 'NaN' is not a number (the pipeline declares it NUMBER_DOUBLE)."],
    ['test_size=0x10', "test_size: '0x10' is not a number (the pipeline declares it NUMBER_DOUBLE)."],
    ['add_ratios=1', "add_ratios: '1' is not true or false (the pipeline declares it BOOLEAN)."],
  ])('%s is refused', (text, detail) => {
    const error = optionError(() => typed(EXAMPLE_IR, text));
    expect([error.key, error.detail]).toEqual(['kfp-params', detail]);
  });

  it('an undeclared name lists what the pipeline declares', () => {
    const error = optionError(() => typed(EXAMPLE_IR, 'trees=3\ndepth=2'));
    expect(error.detail).toBe("the pipeline california-housing declares no parameter 'trees', 'depth'.");
    expect(error.hint).toBe('It declares: add_bay_distance, add_ratios, data_random_state, data_uri, max_depth, min_samples_leaf, n_estimators, n_jobs, test_size, train_random_state.');
  });
});

describe('the other parameter types', () => {
  const ir = parsePipelineIr(irWith({
    layers: { parameterType: 'LIST' },
    config: { parameterType: 'STRUCT' },
    mode: { parameterType: 'STRING', literals: ['fast', 'exact'], defaultValue: 'fast', isOptional: true },
    note: { parameterType: 'STRING', isOptional: true },
    seed: { type: 'INT' }, // the deprecated PrimitiveType of pre-2.0 IRs
    mlflow_run_id: { parameterType: 'STRING' },
    status: { parameterType: 'TASK_FINAL_STATUS', isOptional: true },
  }), 'p.json');

  it('LIST and STRUCT as JSON, literals enforced, legacy types read', () => {
    expect(typed(ir, 'layers=[64, 32]\nconfig={"lr": 0.1, "tags": ["a"]}\nmode=exact\nseed=7')).toEqual({ layers: [64, 32], config: { lr: 0.1, tags: ['a'] }, mode: 'exact', seed: 7 });
  });

  it.each([
    ['layers=64,32\nconfig={}\nseed=1', "layers: '64,32' is not a JSON list, e.g. [1, 2] (the pipeline declares it LIST)."],
    ['layers=[]\nconfig=[1]\nseed=1', "config: '[1]' is not a JSON object, e.g. {\"a\": 1} (the pipeline declares it STRUCT)."],
    ['layers=[]\nconfig={}\nseed=1\nmode=slow', "mode: 'slow' is not one of \"fast\", \"exact\"."],
    ['layers=[]\nconfig={}\nseed=1\nstatus={}', 'status: the pipeline declares it TASK_FINAL_STATUS, which a run cannot be given.'],
  ])('%j is refused', (text, detail) => {
    expect(optionError(() => typed(ir, text)).detail).toBe(detail);
  });

  it('required and missing: named with their type; optional ones and mlflow_* may be left out', () => {
    const error = optionError(() => typed(ir, 'config={}'));
    expect(error.detail).toBe('the pipeline p needs layers, seed, which have no default.');
    expect(error.hint).toBe('Give them, e.g. layers=<LIST>, seed=<NUMBER_INTEGER>.');
  });
});

describe('reading the file', () => {
  it('YAML with a PlatformSpec document: inline, both travel, as the KFP SDK client sends them', () => {
    const ir = parsePipelineIr('pipelineInfo: {name: p}\nroot: {dag: {tasks: {a: {}}}}\n---\nplatforms:\n  kubernetes:\n    deploymentSpec: {executors: {}}\n', 'p.yaml');
    expect(inlinePipelineSpec(ir)).toEqual({ pipeline_spec: { pipelineInfo: { name: 'p' }, root: { dag: { tasks: { a: {} } } } }, platform_spec: { platforms: { kubernetes: { deploymentSpec: { executors: {} } } } } });
    expect(inlinePipelineSpec(EXAMPLE_IR)).toBe(EXAMPLE_IR.spec);
  });

  it.each([
    ['p.yaml', 'a: [', /^p\.yaml is not valid YAML: /],
    ['p.json', '{', /^p\.json is not valid JSON: /],
    ['p.yaml', '- 1\n- 2\n', /^p\.yaml holds no pipeline: expected the PipelineSpec kfp\.compiler writes\.$/],
    ['p.yaml', 'pipelineInfo: {name: p}\n', /^p\.yaml is not a compiled KFP pipeline \(no pipelineInfo\.name or root\)/],
    ['p.yaml', 'apiVersion: pipelines.kubeflow.org/v2beta1\nkind: PipelineVersion\npipelineInfo: {name: p}\nroot: {}\n', /is a Kubernetes manifest \(PipelineVersion\), not the pipeline IR/],
  ])('%s %j is a PipelineIrError saying why', (name, text, message) => {
    expect(() => parsePipelineIr(text, name)).toThrow(PipelineIrError);
    expect(() => parsePipelineIr(text, name)).toThrow(message);
  });

  it('nested pipelines: the tasks of every DAG are the pipeline\'s own', () => {
    const ir = parsePipelineIr(JSON.stringify({ pipelineInfo: { name: 'p' }, root: { dag: { tasks: { inner: {}, last: {} } } }, components: { 'comp-inner': { dag: { tasks: { step: {} } } }, 'comp-last': { executorLabel: 'x' } } }), 'p.json');
    expect([...ir.taskNames].sort()).toEqual(['inner', 'last', 'step']);
  });
});
