/**
 * Which files hold the metrics and params, at one revision: the `--targets` given, else what
 * dvc.yaml declares (stage `metrics:`/`params:`, top-level `metrics:`/`params:`), else
 * `metrics.json` / `params.yaml` when they exist. dvc.yaml is read at the same revision, as DVC
 * reads the repository as it was.
 */
import { posix } from 'node:path';
import { loadFile, type LoadOptions, type Revision } from './load.js';
import { isPlainObject, type Value } from './value.js';

/** A params file and, when a stage lists them, the keys it uses (absent: the whole file). */
export interface ParamsTarget {
  path: string;
  keys?: string[];
}

export interface Targets {
  metrics: string[];
  params: ParamsTarget[];
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

/** The metrics and params dvc.yaml declares, or undefined when there is no dvc.yaml. */
export function targetsFromDvcYaml(dvcYaml: Value): { metrics: string[]; params: ParamsTarget[] } {
  const metrics: string[] = [];
  const params: ParamsTarget[] = [];
  if (!isPlainObject(dvcYaml)) return { metrics, params };
  metrics.push(...outputPaths(dvcYaml.metrics));
  if (Array.isArray(dvcYaml.params)) {
    for (const entry of dvcYaml.params) if (typeof entry === 'string') params.push({ path: normalisePath(entry) });
  }
  const stages = isPlainObject(dvcYaml.stages) ? dvcYaml.stages : {};
  for (const stage of Object.values(stages)) {
    if (!isPlainObject(stage)) continue;
    // foreach/matrix stages keep their definition under `do`
    const body = isPlainObject(stage.do) ? stage.do : stage;
    const wdir = typeof body.wdir === 'string' ? body.wdir : '.';
    metrics.push(...outputPaths(body.metrics).map((path) => normalisePath(posix.join(wdir, path))));
    params.push(...paramsEntries(body.params, wdir));
  }
  return { metrics: [...new Set(metrics.map(normalisePath))], params: mergeParams(params) };
}

async function exists(revision: Revision, path: string, options: LoadOptions): Promise<boolean> {
  try {
    return (await loadFile(revision, path, options)) !== undefined;
  } catch {
    return true; // there, but unreadable: the caller reports it
  }
}

/** The targets at one revision. `explicit` (from --targets) wins; params `--targets` are whole files. */
export async function findTargets(revision: Revision, options: LoadOptions, explicit?: readonly string[]): Promise<Targets> {
  if (explicit && explicit.length > 0) {
    const paths = explicit.map(normalisePath);
    return { metrics: paths, params: paths.map((path) => ({ path })), source: 'targets' };
  }
  const dvcYaml = await loadFile(revision, 'dvc.yaml', options);
  if (dvcYaml !== undefined) return { ...targetsFromDvcYaml(dvcYaml), source: 'dvc.yaml' };
  return {
    metrics: (await exists(revision, DEFAULT_METRICS_FILE, options)) ? [DEFAULT_METRICS_FILE] : [],
    params: (await exists(revision, DEFAULT_PARAMS_FILE, options)) ? [{ path: DEFAULT_PARAMS_FILE }] : [],
    source: 'defaults',
  };
}
