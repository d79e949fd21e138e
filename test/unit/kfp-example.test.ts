/**
 * The example's pipeline.yaml is what the KFP SDK compiles pipeline.py to, and pipeline.py
 * takes the example's params.yaml as its defaults: a change to one without the others fails
 * here. (The compiler embeds each component function's source in its executor, after the
 * SDK's fixed preamble; the pipeline's defaults become root.inputDefinitions.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLE } from '../helpers/paths.js';

type Obj = Record<string, unknown>;
const source = readFileSync(join(EXAMPLE, 'pipeline.py'), 'utf8');
const ir = parse(readFileSync(join(EXAMPLE, 'pipeline.yaml'), 'utf8')) as Obj;
const params = parse(readFileSync(join(EXAMPLE, 'params.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
const components = [...source.matchAll(/@dsl\.component\([^)]*\)\ndef (\w+)\(/g)].map((match) => match[1]!);
const executors = ((ir.deploymentSpec as Obj).executors ?? {}) as Record<string, { container: { image: string; command: string[]; args: string[] } }>;
const root = ir.root as { dag: { tasks: Record<string, Obj> }; inputDefinitions: { parameters: Record<string, { parameterType: string; defaultValue: unknown }> } };

/** A component function as the compiler embeds it: from `def` to the next top-level statement. */
function functionSource(name: string): string {
  const start = source.indexOf(`def ${name}(`);
  const end = source.slice(start).search(/\n\n\n(?=[@A-Za-z])/);
  return source.slice(start, start + end + 1);
}

it('the five steps, load → preprocess → feature engineering → train → evaluate', () => {
  expect(components).toEqual(['load_data', 'preprocess', 'engineer_features', 'train_model', 'evaluate']);
  expect(Object.keys(executors).sort()).toEqual(components.map((name) => `exec-${name.replace(/_/g, '-')}`).sort());
  const dependencies = Object.fromEntries(Object.entries(root.dag.tasks).map(([name, task]) => [name, task.dependentTasks ?? []]));
  expect(dependencies).toEqual({
    'load-data': [], preprocess: ['load-data'], 'engineer-features': ['preprocess'], 'train-model': ['engineer-features'], evaluate: ['engineer-features', 'train-model'],
  });
  expect(ir.pipelineInfo).toEqual({ description: 'Train and evaluate the California-housing random forest.', name: 'california-housing' });
  expect(ir.schemaVersion).toBe('2.1.0');
  expect(ir.sdkVersion).toBe('kfp-2.16.1');
});

it.each(components)('%s: its executor runs the function as pipeline.py writes it, in the base image with the pinned packages', (name) => {
  const { container } = executors[`exec-${name.replace(/_/g, '-')}`]!;
  expect(container.image).toBe('python:3.11-slim');
  expect(container.args).toEqual(['--executor_input', '{{$}}', '--function_to_execute', name]);
  expect(container.command.at(-1)).toBe(`\nimport kfp\nfrom kfp import dsl\nfrom kfp.dsl import *\nfrom typing import *\n\n${functionSource(name)}\n`);
  expect(container.command[2]).toContain("'pandas==2.2.3' 'scikit-learn==1.5.2' 'numpy<2' 'joblib==1.4.2'");
  expect(container.command[2]).toContain("'kfp==2.16.1'");
});

it("the pipeline's parameters default to params.yaml", () => {
  const defaults = Object.fromEntries(Object.entries(root.inputDefinitions.parameters).map(([name, spec]) => [name, spec.defaultValue]));
  expect(defaults).toEqual({
    data_uri: expect.stringMatching(/^https:\/\/raw\.githubusercontent\.com\/.+\/examples\/california-housing\/data\/housing\.csv$/),
    test_size: params.data!.test_size,
    data_random_state: params.data!.random_state,
    add_ratios: params.features!.add_ratios,
    add_bay_distance: params.features!.add_bay_distance,
    n_estimators: params.train!.n_estimators,
    max_depth: params.train!.max_depth,
    min_samples_leaf: params.train!.min_samples_leaf,
    train_random_state: params.train!.random_state,
    n_jobs: params.train!.n_jobs,
  });
  const signature = /def california_housing\(([\s\S]*?)\):/.exec(source)![1]!;
  const types = Object.fromEntries([...signature.matchAll(/(\w+): (\w+) =/g)].map((match) => [match[1]!, match[2]!]));
  const TYPE: Record<string, string> = { str: 'STRING', float: 'NUMBER_DOUBLE', int: 'NUMBER_INTEGER', bool: 'BOOLEAN' };
  expect(Object.fromEntries(Object.entries(root.inputDefinitions.parameters).map(([name, spec]) => [name, spec.parameterType]))).toEqual(
    Object.fromEntries(Object.entries(types).map(([name, type]) => [name, TYPE[type]])),
  );
});

it('evaluate logs r2, rmse and mae as Metrics: the artifact mlops-action reads under kfp:evaluate', () => {
  const evaluate = (ir.components as Record<string, { outputDefinitions: Obj }>)['comp-evaluate']!;
  expect(evaluate.outputDefinitions).toEqual({ artifacts: { metrics: { artifactType: { schemaTitle: 'system.Metrics', schemaVersion: '0.0.1' } } } });
  expect(functionSource('evaluate')).toMatch(/metrics\.log_metric\("r2", .*\)\n.*metrics\.log_metric\("rmse", .*\)\n.*metrics\.log_metric\("mae", .*\)/);
});
