/**
 * Which files hold the metrics and params, at one revision: the `--targets` given, else what the
 * project's dvc.yaml files declare (stage `metrics:`/`params:`, top-level `metrics:`/`params:`),
 * else `metrics.json` / `params.yaml` when they exist. Every dvc.yaml of the project counts, each
 * read at the same revision, as DVC reads the repository as it was; paths in one are relative to
 * its own folder and come out relative to the folder the command runs in, as DVC prints them.
 */
import { isAbsolute, posix, relative } from 'node:path';
import type { CollectMemo } from './collect-memo.js';
import { dvcYamlFiles, findProject, fromCwd, type Project } from './discover.js';
import { MlopsError } from '../errors.js';
import { loadFile, type LoadOptions, type Revision } from './load.js';
import { isPlainObject, type Value } from './value.js';

/** A params file and, when a stage lists them, the keys it uses (absent: the whole file). */
export interface ParamsTarget {
  path: string;
  keys?: string[];
}

export interface Targets {
  metrics: string[];
  /** Stage `params:` dependencies (what `--deps` keeps), or the `--targets` files. */
  params: ParamsTarget[];
  /** Top-level `params:` files, read whole (not with `--deps`). */
  topLevelParams: string[];
  /** `vars:` files (params.yaml is DVC's default one) with the keys stages interpolate. */
  vars: ParamsTarget[];
  /** The project's own params.yaml (at its root), which DVC reads whole by default. */
  defaultParams: string;
  /** Where the list came from, for messages. */
  source: 'targets' | 'dvc.yaml' | 'defaults';
}

export const DEFAULT_PARAMS_FILE = 'params.yaml';
export const DEFAULT_METRICS_FILE = 'metrics.json';

/** A path as DVC names it: relative, with forward slashes and no `./`. */
export function normalisePath(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
}

/** `- metrics.json` or `- metrics.json: {cache: false}`: the path of one output entry. */
function outputPaths(entries: Value | undefined): string[] {
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : isPlainObject(entry) ? Object.keys(entry) : []));
}

function paramsEntries(entries: Value | undefined, wdir: string): ParamsTarget[] {
  if (!Array.isArray(entries)) return [];
  const targets: ParamsTarget[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') {
      targets.push({ path: normalisePath(posix.join(wdir, DEFAULT_PARAMS_FILE)), keys: [entry] });
    } else if (isPlainObject(entry)) {
      for (const [file, keys] of Object.entries(entry)) {
        const path = normalisePath(posix.join(wdir, file));
        // `- custom.yaml:` with no keys (or []) tracks the whole file
        targets.push(Array.isArray(keys) && keys.length > 0 ? { path, keys: keys.map(String) } : { path });
      }
    }
  }
  return targets;
}

/** Merge entries for the same file: a whole-file entry wins over key lists. */
function mergeParams(targets: ParamsTarget[]): ParamsTarget[] {
  const merged = new Map<string, ParamsTarget>();
  for (const target of targets) {
    const seen = merged.get(target.path);
    if (!seen) merged.set(target.path, target.keys ? { path: target.path, keys: [...target.keys] } : { path: target.path });
    else if (!seen.keys || !target.keys) merged.set(target.path, { path: target.path });
    else seen.keys.push(...target.keys.filter((key) => !seen.keys!.includes(key)));
  }
  return [...merged.values()];
}

/** The key paths a stage interpolates, `${train.lr}` → `train.lr` (indexes like `[0]` cut off). */
function interpolatedKeys(node: Value, into: Set<string>): void {
  if (typeof node === 'string') {
    for (const match of node.matchAll(/\$\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)/g)) into.add(match[1]!);
  } else if (Array.isArray(node)) {
    for (const item of node) interpolatedKeys(item, into);
  } else if (isPlainObject(node)) {
    for (const [key, item] of Object.entries(node)) {
      interpolatedKeys(key, into);
      interpolatedKeys(item, into);
    }
  }
}

/**
 * `vars:` files with the keys stages interpolate from them: DVC's `tracked_vars`, which
 * `params diff` shows too. Approximation: every `${...}` of every stage is looked up in every
 * vars file (keys a file lacks select nothing), and a foreach over `${x}` tracks all of `x`.
 */
function varsTargets(files: { path: string; only?: string[] }[], keys: Set<string>): ParamsTarget[] {
  if (keys.size === 0) return [];
  const seen = new Set<string>();
  const targets: ParamsTarget[] = [];
  for (const { path, only } of files) {
    if (seen.has(path)) continue;
    seen.add(path);
    // `file.yaml:a,b` imports only those keys
    const wanted = [...keys].filter((key) => !only || only.some((name) => name.split('.')[0] === key.split('.')[0]));
    if (wanted.length > 0) targets.push({ path, keys: wanted });
  }
  return targets;
}

function varsFiles(entries: Value | undefined, wdir: string): { path: string; only?: string[] }[] {
  if (!Array.isArray(entries)) return [];
  // strings are files (`file.yaml` or `file.yaml:key1,key2`); dicts are inline values
  return entries.flatMap((entry) => {
    if (typeof entry !== 'string') return [];
    const [file, only] = entry.split(':') as [string, string | undefined];
    const path = normalisePath(posix.join(wdir, file));
    return [only ? { path, only: only.split(',').map((key) => key.trim()) } : { path }];
  });
}

/** What one dvc.yaml declares; DVC collects stage metrics before top-level ones across all files. */
export interface Declared {
  stageMetrics: string[];
  topLevelMetrics: string[];
  params: ParamsTarget[];
  topLevelParams: string[];
  vars: ParamsTarget[];
}

function typeName(value: Value): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'a mapping';
  return typeof value === 'string' ? 'text' : typeof value === 'boolean' ? 'true/false' : 'a number';
}

/**
 * The parts of a dvc.yaml this tool reads must have DVC's types; DVC refuses the file otherwise,
 * and skipping a `metrics: eval.json` (text, not a list) would silently read no metrics at all.
 */
export function checkDvcYamlTypes(dvcYaml: Value, file: string): void {
  const fail = (where: string, expected: string, value: Value): never => {
    throw new MlopsError(`${file}: '${where}' must be ${expected}, not ${typeName(value)}.`, { hint: 'See https://dvc.org/doc/user-guide/project-structure/dvcyaml-files.' });
  };
  if (dvcYaml === null) return;
  if (!isPlainObject(dvcYaml)) fail('(the file)', 'a mapping (stages:, metrics:, params:…)', dvcYaml);
  const object = dvcYaml as { [key: string]: Value };
  const lists = (node: { [key: string]: Value }, prefix: string): void => {
    for (const key of ['metrics', 'params', 'vars']) {
      if (key in node && node[key] !== null && !Array.isArray(node[key])) fail(`${prefix}${key}`, 'a list', node[key]!);
    }
  };
  lists(object, '');
  if (!('stages' in object) || object.stages === null) return;
  if (!isPlainObject(object.stages)) fail('stages', 'a mapping of stage names to stages', object.stages!);
  for (const [name, stage] of Object.entries(object.stages as { [key: string]: Value })) {
    if (!isPlainObject(stage)) fail(`stages.${name}`, 'a mapping (cmd:, deps:, outs:…)', stage);
    const body = isPlainObject((stage as { [key: string]: Value }).do) ? ((stage as { [key: string]: Value }).do as { [key: string]: Value }) : (stage as { [key: string]: Value });
    const prefix = body === stage ? `stages.${name}.` : `stages.${name}.do.`;
    lists(body, prefix);
    if ('wdir' in body && typeof body.wdir !== 'string') fail(`${prefix}wdir`, 'text (a folder)', body.wdir!);
  }
}

/** The metrics and params a dvc.yaml in `folder` declares, with paths relative to the project root. */
export function targetsFromDvcYaml(dvcYaml: Value, folder = '.'): Declared {
  const declared: Declared = { stageMetrics: [], topLevelMetrics: [], params: [], topLevelParams: [], vars: [] };
  if (!isPlainObject(dvcYaml)) return declared;
  const inFolder = (path: string): string => normalisePath(posix.join(folder, path));
  if (Array.isArray(dvcYaml.params)) {
    for (const entry of dvcYaml.params) if (typeof entry === 'string') declared.topLevelParams.push(inFolder(entry));
  }
  // the default vars file is the params.yaml next to the dvc.yaml
  const vars = [{ path: inFolder(DEFAULT_PARAMS_FILE) }, ...varsFiles(dvcYaml.vars, folder)];
  const interpolated = new Set<string>();
  const stages = isPlainObject(dvcYaml.stages) ? dvcYaml.stages : {};
  for (const stage of Object.values(stages)) {
    if (!isPlainObject(stage)) continue;
    interpolatedKeys(stage, interpolated);
    // foreach/matrix stages keep their definition under `do`
    const body = isPlainObject(stage.do) ? stage.do : stage;
    const wdir = inFolder(typeof body.wdir === 'string' ? body.wdir : '.');
    declared.stageMetrics.push(...outputPaths(body.metrics).map((path) => normalisePath(posix.join(wdir, path))));
    declared.params.push(...paramsEntries(body.params, wdir));
    vars.push(...varsFiles(body.vars, wdir));
  }
  declared.topLevelMetrics.push(...outputPaths(dvcYaml.metrics).map(inFolder));
  declared.vars = varsTargets(vars, interpolated);
  return declared;
}

/** All dvc.yaml files together, paths as the command's folder sees them. */
function combine(all: readonly Declared[], project: Project): Omit<Targets, 'source' | 'defaultParams'> {
  const shown = (path: string): string => fromCwd(project, path);
  const shownTargets = (targets: ParamsTarget[]): ParamsTarget[] => mergeParams(targets.map((target) => ({ ...target, path: shown(target.path) })));
  const metrics = all.flatMap((one) => one.stageMetrics).concat(all.flatMap((one) => one.topLevelMetrics)).map(shown);
  return {
    metrics: [...new Set(metrics)],
    params: shownTargets(all.flatMap((one) => one.params)),
    topLevelParams: [...new Set(all.flatMap((one) => one.topLevelParams).map(shown))],
    vars: shownTargets(all.flatMap((one) => one.vars)),
  };
}

async function exists(revision: Revision, path: string, options: LoadOptions): Promise<boolean> {
  try {
    return (await loadFile(revision, path, options)) !== undefined;
  } catch {
    return true; // there, but unreadable: the caller reports it
  }
}

/** The targets at one revision. `explicit` (from --targets) wins; params `--targets` are whole files. */
export async function findTargets(revision: Revision, options: LoadOptions, explicit?: readonly string[], memo?: Pick<CollectMemo, 'project' | 'dvcYamlFiles'>): Promise<Targets> {
  if (explicit && explicit.length > 0) {
    // an absolute path names the same file as its path from here (`--targets $PWD/metrics.json`)
    const paths = explicit.map((path) => normalisePath(isAbsolute(path) ? relative(options.cwd, path) || '.' : path));
    return { metrics: paths, params: paths.map((path) => ({ path })), topLevelParams: [], vars: [], defaultParams: DEFAULT_PARAMS_FILE, source: 'targets' };
  }
  const project = await (memo ? memo.project(options.cwd) : findProject(options.cwd));
  const declared: Declared[] = [];
  for (const file of await (memo ? memo.dvcYamlFiles(revision, project) : dvcYamlFiles(revision, project))) {
    // listed but gone from the workspace: nothing to read
    const dvcYaml = await loadFile(revision, fromCwd(project, file), options);
    if (dvcYaml === undefined) continue;
    checkDvcYamlTypes(dvcYaml, fromCwd(project, file));
    declared.push(targetsFromDvcYaml(dvcYaml, posix.dirname(file)));
  }
  const defaultParams = fromCwd(project, DEFAULT_PARAMS_FILE);
  if (declared.length > 0) return { ...combine(declared, project), defaultParams, source: 'dvc.yaml' };
  const defaultMetrics = fromCwd(project, DEFAULT_METRICS_FILE);
  return {
    metrics: (await exists(revision, defaultMetrics, options)) ? [defaultMetrics] : [],
    // params.yaml itself is added whole by the caller, as DVC does with or without dvc.yaml
    params: [],
    topLevelParams: [],
    vars: [],
    defaultParams,
    source: 'defaults',
  };
}
