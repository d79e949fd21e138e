/**
 * The compiled pipeline (KFP's PipelineSpec IR, as kfp.compiler writes it): read from the
 * working directory, and used to type the run's parameters before anything is submitted.
 *
 * - A YAML file holds the PipelineSpec first and, when the pipeline uses kfp-kubernetes, a
 *   PlatformSpec document after it; sent inline, the two travel as {pipeline_spec, platform_spec},
 *   as the KFP SDK's client does (kfp/client/client.py `_PipelineDoc.to_dict`).
 * - Parameters are typed by root.inputDefinitions.parameters.<name>.parameterType; the KFP API
 *   server checks the same (backend/src/apiserver/template/v2_template.go
 *   `validatePipelineJobInputs`): numbers must be JSON numbers, booleans JSON booleans, lists and
 *   structs JSON values, never strings; an undeclared parameter is refused, and one without a
 *   default that is neither optional nor given.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { OptionError } from '../errors.js';
import { checkYamlDepth } from '../metrics/parse.js';
import type { KfpParam } from './options.js';

export type ParameterType = 'NUMBER_DOUBLE' | 'NUMBER_INTEGER' | 'STRING' | 'BOOLEAN' | 'LIST' | 'STRUCT' | 'TASK_FINAL_STATUS' | 'PARAMETER_TYPE_ENUM_UNSPECIFIED';

export interface ParameterSpec {
  parameterType: ParameterType;
  defaultValue?: unknown;
  isOptional: boolean;
  literals?: unknown[];
}

export interface PipelineIr {
  /** The file as read (uploaded as is). */
  text: string;
  /** The file name uploads are sent with (KFP takes .yaml, .yml or .json). */
  fileName: string;
  /** pipelineInfo.name. */
  name: string;
  /** The PipelineSpec, as sent inline in a run. */
  spec: Record<string, unknown>;
  /** The PlatformSpec documents that follow it, merged; absent when there are none. */
  platformSpec?: Record<string, unknown>;
  /** The root's input parameters by name. */
  parameters: Map<string, ParameterSpec>;
  /** Every task name of the pipeline's DAGs (root and nested): the rows a run's task list shows. */
  taskNames: Set<string>;
}

/** A pipeline file that cannot be used: a user error, shown as the reason nothing was submitted. */
export class PipelineIrError extends Error {
  override name = 'PipelineIrError';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The deprecated PrimitiveType of IRs written before KFP SDK 2.0. */
const LEGACY_TYPES: Record<string, ParameterType> = { INT: 'NUMBER_INTEGER', DOUBLE: 'NUMBER_DOUBLE', STRING: 'STRING' };

function parameterSpecs(spec: Record<string, unknown>): Map<string, ParameterSpec> {
  const root = isObject(spec.root) ? spec.root : {};
  const inputs = isObject(root.inputDefinitions) ? root.inputDefinitions : {};
  const parameters = isObject(inputs.parameters) ? inputs.parameters : {};
  const specs = new Map<string, ParameterSpec>();
  for (const [name, value] of Object.entries(parameters)) {
    const parameter = isObject(value) ? value : {};
    const type = typeof parameter.parameterType === 'string'
      ? (parameter.parameterType as ParameterType)
      : (LEGACY_TYPES[String(parameter.type)] ?? 'PARAMETER_TYPE_ENUM_UNSPECIFIED');
    specs.set(name, {
      parameterType: type,
      defaultValue: parameter.defaultValue,
      isOptional: parameter.isOptional === true,
      literals: Array.isArray(parameter.literals) && parameter.literals.length > 0 ? parameter.literals : undefined,
    });
  }
  return specs;
}

function taskNamesOf(spec: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  const addDag = (component: unknown): void => {
    const dag = isObject(component) && isObject(component.dag) ? component.dag : undefined;
    if (dag && isObject(dag.tasks)) for (const task of Object.keys(dag.tasks)) names.add(task);
  };
  addDag(spec.root);
  if (isObject(spec.components)) for (const component of Object.values(spec.components)) addDag(component);
  return names;
}

/** Parse IR text (YAML or JSON). Throws PipelineIrError saying what is wrong with it. */
export function parsePipelineIr(text: string, fileName: string): PipelineIr {
  let documents: unknown[];
  try {
    if (fileName.toLowerCase().endsWith('.json')) documents = [JSON.parse(text)];
    else {
      // an IR may carry a second document (its platform spec), so not the one-document reader; bounded the same
      checkYamlDepth(text);
      const parsed = parseAllDocuments(text, { logLevel: 'silent' });
      const list = Array.isArray(parsed) ? parsed : [parsed];
      const broken = list.find((document) => document.errors.length > 0);
      if (broken) throw new Error(broken.errors[0]!.message);
      documents = list.map((document) => document.toJS({ maxAliasCount: 100 }) as unknown).filter((document) => document !== null && document !== undefined);
    }
  } catch (error) {
    throw new PipelineIrError(`${fileName} is not valid ${fileName.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
  const [spec, ...platforms] = documents;
  if (!isObject(spec)) throw new PipelineIrError(`${fileName} holds no pipeline: expected the PipelineSpec kfp.compiler writes.`);
  const info = isObject(spec.pipelineInfo) ? spec.pipelineInfo : undefined;
  if (!info || typeof info.name !== 'string' || info.name === '' || !isObject(spec.root)) {
    throw new PipelineIrError(`${fileName} is not a compiled KFP pipeline (no pipelineInfo.name or root): compile it with kfp.compiler.Compiler().compile(...).`);
  }
  if (typeof spec.kind === 'string' && typeof spec.apiVersion === 'string') {
    throw new PipelineIrError(`${fileName} is a Kubernetes manifest (${spec.kind}), not the pipeline IR: compile without kubernetes_manifest_format.`);
  }
  const platformSpec = platforms.filter(isObject).reduce<Record<string, unknown> | undefined>((merged, document) => ({ ...(merged ?? {}), ...document }), undefined);
  return {
    text,
    fileName,
    name: info.name,
    spec,
    platformSpec,
    parameters: parameterSpecs(spec),
    taskNames: taskNamesOf(spec),
  };
}

/** Read and parse the pipeline file, relative to the working directory. */
export async function readPipelineIr(cwd: string, file: string): Promise<PipelineIr> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PipelineIrError(code === 'ENOENT' ? `${file} does not exist in ${cwd} (is the pipeline compiled before this step?)` : `${file} could not be read: ${(error as Error).message}`);
  }
  return parsePipelineIr(text, basename(file));
}

/** What is sent as a run's pipeline_spec: the spec alone, or with its platform spec. */
export function inlinePipelineSpec(ir: PipelineIr): Record<string, unknown> {
  return ir.platformSpec ? { pipeline_spec: ir.spec, platform_spec: ir.platformSpec } : ir.spec;
}

/** MLflow's parameters are filled in by the MLflow integration, not by kfp-params. */
const FILLED_ELSEWHERE = /^mlflow_/;

function typed(param: KfpParam, spec: ParameterSpec): unknown {
  const { name, text } = param;
  const declared = `(the pipeline declares it ${spec.parameterType})`;
  switch (spec.parameterType) {
    case 'NUMBER_INTEGER': {
      const value = Number(text);
      if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(value)) throw new OptionError('kfp-params', `${name}: '${text}' is not a whole number ${declared}.`);
      return value;
    }
    case 'NUMBER_DOUBLE': {
      const value = Number(text);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || !Number.isFinite(value)) throw new OptionError('kfp-params', `${name}: '${text}' is not a number ${declared}.`);
      return value;
    }
    case 'BOOLEAN':
      if (/^true$/i.test(text)) return true;
      if (/^false$/i.test(text)) return false;
      throw new OptionError('kfp-params', `${name}: '${text}' is not true or false ${declared}.`);
    case 'STRING':
      return text;
    case 'LIST':
    case 'STRUCT': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      const ok = spec.parameterType === 'LIST' ? Array.isArray(value) : isObject(value);
      if (!ok) throw new OptionError('kfp-params', `${name}: '${text}' is not a JSON ${spec.parameterType === 'LIST' ? 'list, e.g. [1, 2]' : 'object, e.g. {"a": 1}'} ${declared}.`);
      return value;
    }
    default:
      throw new OptionError('kfp-params', `${name}: the pipeline declares it ${spec.parameterType}, which a run cannot be given.`);
  }
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * kfp-params typed for `runtime_config.parameters`. Throws OptionError('kfp-params') naming
 * every parameter that is not declared, does not parse as its type, or is required and missing.
 */
export function runtimeParameters(ir: PipelineIr, params: readonly KfpParam[]): Record<string, unknown> {
  const declared = [...ir.parameters.keys()].sort();
  const unknown = params.filter((param) => !ir.parameters.has(param.name)).map((param) => param.name);
  if (unknown.length > 0) {
    throw new OptionError(
      'kfp-params',
      `the pipeline ${ir.name} declares no parameter ${unknown.map((name) => `'${name}'`).join(', ')}.`,
      declared.length > 0 ? `It declares: ${declared.join(', ')}.` : 'It declares no parameters.',
    );
  }
  const values: Record<string, unknown> = {};
  for (const param of params) {
    const spec = ir.parameters.get(param.name)!;
    const value = typed(param, spec);
    if (spec.literals && !spec.literals.some((literal) => sameValue(literal, value))) {
      throw new OptionError('kfp-params', `${param.name}: '${param.text}' is not one of ${spec.literals.map((literal) => JSON.stringify(literal)).join(', ')}.`);
    }
    values[param.name] = value;
  }
  const missing = [...ir.parameters].filter(([name, spec]) => !(name in values) && !spec.isOptional && spec.defaultValue === undefined && !FILLED_ELSEWHERE.test(name));
  if (missing.length > 0) {
    throw new OptionError(
      'kfp-params',
      `the pipeline ${ir.name} needs ${missing.map(([name]) => name).join(', ')}, which ${missing.length === 1 ? 'has' : 'have'} no default.`,
      `Give ${missing.length === 1 ? 'it' : 'them'}, e.g. ${missing.map(([name, spec]) => `${name}=<${spec.parameterType}>`).join(', ')}.`,
    );
  }
  return values;
}
