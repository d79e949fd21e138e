/**
 * Everything DVC reads at one revision: the metrics files (numbers, strings and bools only) or
 * the params files (filtered to the keys stages use, with `--deps`). A file that is missing or
 * unreadable becomes an error entry, never a crash: DVC shows its values as missing.
 */
import { MlopsError } from '../errors.js';
import { resolveCommit } from '../git.js';
import type { RowSelector } from './csv.js';
import { extractMetrics, flatten } from './flatten.js';
import { loadFile, WORKSPACE, type Revision } from './load.js';
import { UnreadableFileError } from './parse.js';
import type { CollectMemo } from './collect-memo.js';
import { findTargets, normalisePath, type ParamsTarget, type Targets } from './targets.js';
import { isPlainObject, newRecord, type Value } from './value.js';

export interface FileError {
  path: string;
  /** Python's exception name, as DVC puts it in `metrics show --json`. */
  type: string;
  message: string;
}

export interface Snapshot {
  revision: Revision;
  /** Files read, in the order DVC collects them. */
  files: Map<string, Value>;
  errors: FileError[];
  /** dvc.yaml itself could not be read at this revision. */
  revisionError?: string;
}

export interface CollectOptions {
  cwd: string;
  targets?: readonly string[];
  row?: RowSelector;
  /** params only: just the keys stages depend on. */
  deps?: boolean;
  /** Shared by collects of the same revisions (a run reads metrics and params): each is resolved and discovered once. */
  memo?: CollectMemo;
  /** Keep each file's key order where JavaScript's differs (`show --json` prints keys as the file has them). */
  keyOrder?: boolean;
}

/** `workspace` is the working tree; anything else is resolved with git (clear errors for unknown revs). */
export async function resolveRevision(cwd: string, name: string): Promise<Revision> {
  if (name === 'workspace') return WORKSPACE;
  return { name, commit: await resolveCommit(cwd, name) };
}

function errorType(path: string, error: UnreadableFileError): string {
  if (!/^malformed/.test(error.reason)) return 'OSError';
  const format = path.toLowerCase().endsWith('.json') ? 'JSON' : path.toLowerCase().endsWith('.toml') ? 'TOML' : /\.[ct]sv$/i.test(path) ? 'CSV' : 'YAML';
  return `${format}FileCorruptedError`;
}

async function readEach(
  snapshot: Snapshot,
  paths: readonly string[],
  options: CollectOptions,
  transform: (path: string, value: Value) => Value,
): Promise<void> {
  for (const path of paths) {
    try {
      const value = await loadFile(snapshot.revision, path, { cwd: options.cwd, row: options.row, keyOrder: options.keyOrder });
      if (value === undefined) {
        snapshot.errors.push({ path, type: 'FileNotFoundError', message: `does not exist at ${snapshot.revision.name}` });
        snapshot.files.set(path, null);
        continue;
      }
      snapshot.files.set(path, transform(path, value));
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      snapshot.errors.push({ path, type: errorType(path, error), message: error.reason });
      snapshot.files.set(path, null);
    }
  }
}

async function targetsOrError(snapshot: Snapshot, options: CollectOptions): Promise<Targets | undefined> {
  try {
    return await (options.memo ? options.memo.targetsAt(snapshot.revision, options.cwd, options.targets) : findTargets(snapshot.revision, { cwd: options.cwd }, options.targets));
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    snapshot.revisionError = error.message;
    return undefined;
  }
}

/** Metrics at a revision: DVC's `_read_metric` (`_extract_metrics(val) or {}`). */
export async function collectMetrics(revision: Revision, options: CollectOptions): Promise<Snapshot> {
  const snapshot: Snapshot = { revision, files: new Map(), errors: [] };
  const targets = await targetsOrError(snapshot, options);
  if (targets) {
    await readEach(snapshot, targets.metrics, options, (_path, value) => {
      const extracted = extractMetrics(value);
      return isFalsy(extracted) ? {} : extracted;
    });
  }
  return snapshot;
}

function isFalsy(value: Value): boolean {
  return value === null || value === false || value === '' || value === 0 || value === 0n || (isPlainObject(value) && Object.keys(value).length === 0);
}

/**
 * DVC's `dpath.search(config, key, separator=".")`: the subtree under each key path, where a
 * segment may be a glob (`train.*`).
 */
type Matcher = (pattern: string) => (text: string) => boolean;

/** Exact segments need no glob library; picomatch loads only when a key has a wildcard. */
async function matcherFor(keys: readonly string[]): Promise<Matcher> {
  if (!keys.some((key) => /[*?[\]{}!]/.test(key))) return (pattern) => (text) => text === pattern;
  const picomatch = (await import('picomatch')).default;
  return (pattern) => picomatch(pattern, { dot: true });
}

export function selectKeys(data: Value, keys: readonly string[], matcher: Matcher = (pattern) => (text) => text === pattern): Value {
  if (!isPlainObject(data)) return data;
  const selected = newRecord();
  const place = (path: string[], value: Value): void => {
    let node = selected;
    for (const segment of path.slice(0, -1)) {
      if (!isPlainObject(node[segment])) node[segment] = newRecord();
      node = node[segment] as { [key: string]: Value };
    }
    node[path.at(-1)!] = value;
  };
  const walk = (node: Value, patterns: string[], path: string[]): void => {
    if (patterns.length === 0) {
      place(path, node);
      return;
    }
    if (!isPlainObject(node)) return;
    const [head, ...rest] = patterns as [string, ...string[]];
    const matches = matcher(head);
    for (const [key, value] of Object.entries(node)) if (matches(key)) walk(value, rest, [...path, key]);
  };
  for (const key of keys) walk(data, key.split('.'), []);
  return selected;
}

function paramsPlan(targets: Targets, options: CollectOptions, defaultExists: boolean): ParamsTarget[] {
  if (targets.source === 'targets') return targets.params;
  // --deps keeps every stage dependency (`- file.yaml:` without keys is the whole file)
  const plan: ParamsTarget[] = [...targets.params];
  // Without --deps DVC adds top-level params files and the whole default params.yaml, tracked by a stage or not.
  if (!options.deps) plan.push(...targets.topLevelParams.map((path) => ({ path })));
  if (!options.deps && defaultExists) plan.push({ path: targets.defaultParams });
  const merged = new Map<string, ParamsTarget>();
  for (const target of plan) {
    const seen = merged.get(target.path);
    if (!seen || !target.keys) merged.set(target.path, target);
    else if (seen.keys) merged.set(target.path, { path: target.path, keys: [...new Set([...seen.keys, ...target.keys])] });
  }
  return [...merged.values()];
}

/** Params at a revision, as `dvc params diff` reads them. */
export async function collectParams(revision: Revision, options: CollectOptions): Promise<Snapshot> {
  const snapshot: Snapshot = { revision, files: new Map(), errors: [] };
  const targets = await targetsOrError(snapshot, options);
  if (!targets) return snapshot;
  const defaultExists = await loadFile(revision, targets.defaultParams, { cwd: options.cwd }).then(
    (value) => value !== undefined,
    () => true, // there but unreadable: reading it again below reports why
  );
  const plan = paramsPlan(targets, options, defaultExists);
  const keysOf = new Map(plan.map((target) => [normalisePath(target.path), target.keys]));
  const matcher = await matcherFor(plan.flatMap((target) => target.keys ?? []));
  await readEach(snapshot, plan.map((target) => target.path), options, (path, value) => {
    const keys = keysOf.get(path);
    return keys ? selectKeys(value, keys, matcher) : value;
  });
  await readVars(snapshot, targets.vars.filter((target) => !keysOf.has(target.path)), options);
  return snapshot;
}

/**
 * DVC's `_collect_vars`: the vars values stages interpolate are shown too, `--deps` or not.
 * A vars file that is absent, or holds none of the keys, adds nothing (DVC would not track it).
 */
async function readVars(snapshot: Snapshot, vars: readonly ParamsTarget[], options: CollectOptions): Promise<void> {
  for (const target of vars) {
    try {
      const value = await loadFile(snapshot.revision, target.path, { cwd: options.cwd, keyOrder: options.keyOrder });
      if (value === undefined) continue;
      const selected = selectKeys(value, target.keys ?? []);
      if (isPlainObject(selected) && Object.keys(selected).length > 0) snapshot.files.set(target.path, selected);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      snapshot.errors.push({ path: target.path, type: errorType(target.path, error), message: error.reason });
      snapshot.files.set(target.path, null);
    }
  }
}

/** The flattened keys a snapshot holds, for tables that list every metric. */
export function flattenedFile(path: string, value: Value): Map<string, Value> {
  return isPlainObject(value) ? flatten(value, path) : new Map([['', value]]);
}
