/**
 * `metrics show|diff` and `params show|diff`, producing exactly what DVC 3 prints on stdout
 * (docs/dvc-compat.md): same columns, number formatting, ordering, markdown and JSON. Problems
 * with single files go to `warnings` (stderr), naming the file and the revision, and the
 * verb still succeeds, as DVC's does.
 */
import { hasNoCommits } from '../git.js';
import { collectMetrics, collectParams, flattenedFile, resolveRevision, type CollectOptions, type Snapshot } from './collect.js';
import { dvcDiff, formatDict, sortedKeys, type DvcDiff } from './dvc-diff.js';
import { pyJsonDumps, pyRepr, pyRound, pyStr } from './pyformat.js';
import { githubTable, plainTable } from './tabulate.js';
import { newRecord, pyEquals, type Value } from './value.js';

export interface OutputFlags {
  markdown?: boolean;
  json?: boolean;
  /** Indent JSON (DVC does when stdout is a terminal). */
  jsonIndent?: number;
  noPath?: boolean;
  /** Digits after the point for floats in metrics tables; DVC's default is 5 (and 0 means 5). */
  precision?: number;
}

export interface DiffInput extends CollectOptions, OutputFlags {
  aRev?: string;
  bRev?: string;
  all?: boolean;
}

export interface ShowInput extends CollectOptions, OutputFlags {}

export interface VerbOutput {
  /** Exactly what goes to stdout (may be empty: DVC prints nothing for an empty plain table). */
  stdout: string;
  /** One line per file that could not be read, for stderr. */
  warnings: string[];
}

export const DEFAULT_PRECISION = 5;
const FILL = '-';

/** DVC's `_format_field`: floats rounded with `round(x, precision)` when a precision applies, then `str()`. */
export function formatField(value: Value | undefined, precision: number | undefined): string {
  if (value === undefined || value === null) return FILL;
  if (typeof value === 'number' && precision) return pyRepr(pyRound(value, precision));
  return pyStr(value);
}

function renderTable(headers: string[], rows: string[][], flags: OutputFlags): string {
  if (flags.markdown) return `${githubTable(headers, rows)}\n\n`;
  const text = plainTable(headers, rows);
  return text ? `${text}\n` : '';
}

function dropColumn(headers: string[], rows: string[][], name: string): void {
  const index = headers.indexOf(name);
  if (index < 0) return;
  headers.splice(index, 1);
  for (const row of rows) row.splice(index, 1);
}

export function warningsOf(snapshots: readonly Snapshot[], what: 'metrics' | 'params'): string[] {
  return snapshots.flatMap((snapshot) => [
    ...(snapshot.revisionError ? [`failed to load ${what} in revision '${snapshot.revision.name}', ${snapshot.revisionError}`] : []),
    ...snapshot.errors.map((error) => `${error.path} at ${snapshot.revision.name}: ${error.message} (shown as ${FILL})`),
  ]);
}

/** Files that loaded, for the diff: errored files count as `{}` there. */
function loaded(snapshot: Snapshot): Map<string, Value> {
  const failed = new Set(snapshot.errors.map((error) => error.path));
  return new Map([...snapshot.files].filter(([path]) => !failed.has(path)));
}

function diffJson(diff: DvcDiff, indent: number | undefined): string {
  const data = newRecord();
  for (const [path, changes] of diff) {
    const entries = newRecord();
    for (const [key, change] of changes) {
      entries[key] = change.diff === undefined ? { old: change.old, new: change.new } : { old: change.old, new: change.new, diff: change.diff };
    }
    data[path] = entries;
  }
  return `${pyJsonDumps(data, indent)}\n`;
}

/** dvc/compare.py `diff_table`. */
function diffTable(diff: DvcDiff, title: string, aRev: string, bRev: string, showChange: boolean, precision: number | undefined, flags: OutputFlags): string {
  const headers = ['Path', title, aRev, bRev, 'Change'];
  const rows: string[][] = [];
  for (const [path, changes] of diff) {
    for (const [key, change] of changes) {
      rows.push([path, key, formatField(change.old, precision), formatField(change.new, precision), formatField(change.diff, precision)]);
    }
  }
  if (flags.noPath) dropColumn(headers, rows, 'Path');
  if (!showChange) dropColumn(headers, rows, 'Change');
  return renderTable(headers, rows, flags);
}

async function readBoth(input: DiffInput, collect: (revision: Awaited<ReturnType<typeof resolveRevision>>, options: CollectOptions) => Promise<Snapshot>): Promise<[Snapshot, Snapshot, string, string]> {
  const aRev = input.aRev ?? 'HEAD';
  const bRev = input.bRev ?? 'workspace';
  const [a, b] = await Promise.all([resolveRevision(input.cwd, aRev), resolveRevision(input.cwd, bRev)]);
  const [old, now] = await Promise.all([collect(a, input), collect(b, input)]);
  return [old, now, aRev, bRev];
}

/**
 * Marks the changes whose old value is unknown because the old file (or dvc.yaml) was there but
 * could not be read: "absent at the base" lets a regression gate pass, "unreadable" must not.
 */
function markUnreadableOld(diff: DvcDiff, old: Snapshot): DvcDiff {
  const reasons = new Map<string, string>();
  for (const error of old.errors) {
    if (error.type !== 'FileNotFoundError') reasons.set(error.path, `${error.path} at ${old.revision.name}: ${error.message}`);
  }
  const everywhere = old.revisionError === undefined ? undefined : `the ${old.revision.name} revision: ${old.revisionError}`;
  for (const [path, changes] of diff) {
    const reason = reasons.get(path) ?? everywhere;
    if (reason === undefined) continue;
    for (const change of changes.values()) if (change.old === null) change.oldUnreadable = reason;
  }
  return diff;
}

/** The diff itself, for callers that need the data rather than the text (the report). */
export async function diffMetricsData(input: DiffInput): Promise<{ diff: DvcDiff; snapshots: [Snapshot, Snapshot] }> {
  const [old, now] = await readBoth(input, collectMetrics);
  return { diff: markUnreadableOld(dvcDiff(loaded(old), loaded(now), input.all ?? false), old), snapshots: [old, now] };
}

export async function diffParamsData(input: DiffInput): Promise<{ diff: DvcDiff; snapshots: [Snapshot, Snapshot] }> {
  const [old, now] = await readBoth(input, collectParams);
  return { diff: dvcDiff(loaded(old), loaded(now), input.all ?? false), snapshots: [old, now] };
}

/** The DVC diff without unchanged entries (what `--all` adds), from one taken with `all`. */
export function changedOnly(diff: DvcDiff): DvcDiff {
  const result: DvcDiff = new Map();
  for (const [path, changes] of diff) {
    const kept = new Map([...changes].filter(([, change]) => !pyEquals(change.old, change.new)));
    if (kept.size > 0) result.set(path, kept);
  }
  return result;
}

/** The `dvc metrics diff` table for a diff already taken. */
export function renderMetricsDiff(diff: DvcDiff, aRev: string, bRev: string, flags: OutputFlags = {}): string {
  return diffTable(diff, 'Metric', aRev, bRev, true, flags.precision || DEFAULT_PRECISION, flags);
}

/** The `dvc params diff` table for a diff already taken. */
export function renderParamsDiff(diff: DvcDiff, aRev: string, bRev: string, flags: OutputFlags = {}): string {
  return diffTable(diff, 'Param', aRev, bRev, false, undefined, flags);
}

/**
 * DVC's `metrics diff`/`params diff` return `{}` before reading anything when the repository has
 * no commits yet (`if repo.scm.no_commits`), whatever revisions were named: an empty table, exit 0.
 */
async function emptyIfNoCommits(input: DiffInput, render: (diff: DvcDiff) => string): Promise<VerbOutput | undefined> {
  if (!(await hasNoCommits(input.cwd))) return undefined;
  return { stdout: input.json ? diffJson(new Map(), input.jsonIndent) : render(new Map()), warnings: [] };
}

/** `dvc metrics diff [a_rev] [b_rev]`. */
export async function metricsDiff(input: DiffInput): Promise<VerbOutput> {
  const empty = await emptyIfNoCommits(input, (diff) => renderMetricsDiff(diff, input.aRev ?? 'HEAD', input.bRev ?? 'workspace', input));
  if (empty) return empty;
  const { diff, snapshots } = await diffMetricsData(input);
  const warnings = warningsOf(snapshots, 'metrics');
  if (input.json) return { stdout: diffJson(diff, input.jsonIndent), warnings };
  return { stdout: renderMetricsDiff(diff, input.aRev ?? 'HEAD', input.bRev ?? 'workspace', input), warnings };
}

/** `dvc params diff [a_rev] [b_rev]`: no Change column, values as Python prints them. */
export async function paramsDiff(input: DiffInput): Promise<VerbOutput> {
  const empty = await emptyIfNoCommits(input, (diff) => renderParamsDiff(diff, input.aRev ?? 'HEAD', input.bRev ?? 'workspace', input));
  if (empty) return empty;
  const { diff, snapshots } = await diffParamsData(input);
  const warnings = warningsOf(snapshots, 'params');
  if (input.json) return { stdout: diffJson(diff, input.jsonIndent), warnings };
  return { stdout: renderParamsDiff(diff, input.aRev ?? 'HEAD', input.bRev ?? 'workspace', input), warnings };
}

/** dvc/compare.py `metrics_table`: a row per file, a column per (sorted) key, `-` where a file lacks one. */
function showTable(snapshot: Snapshot, precision: number | undefined, flags: OutputFlags): string {
  const failed = new Set(snapshot.errors.map((error) => error.path));
  const columns = new Set<string>();
  const cells: Map<string, string>[] = [];
  for (const [path, value] of snapshot.files) {
    const row = new Map<string, string>();
    if (!failed.has(path)) {
      for (const [key, item] of flattenedFile(path, formatDict(value))) {
        row.set(key, formatField(item, precision));
        columns.add(key);
      }
    }
    cells.push(row);
  }
  const keys = sortedKeys(columns);
  const headers = ['Path', ...keys];
  const paths = [...snapshot.files.keys()];
  const rows = cells.map((row, i) => [paths[i]!, ...keys.map((key) => row.get(key) ?? FILL)]);
  if (flags.noPath) dropColumn(headers, rows, 'Path');
  return renderTable(headers, rows, flags);
}

/** `metrics show --json`: `{"": {"data": {path: {"data": …} | {"error": {type, msg}}}}}`, as DVC nests it. */
function showJson(snapshot: Snapshot, indent: number | undefined): string {
  const errors = new Map(snapshot.errors.map((error) => [error.path, error]));
  const files = newRecord();
  for (const [path, value] of snapshot.files) {
    const error = errors.get(path);
    files[path] = error ? { error: { type: error.type, msg: `${path}: ${error.message}` } } : { data: value };
  }
  const revision: { [key: string]: Value } = snapshot.revisionError ? { error: { type: 'DvcException', msg: snapshot.revisionError } } : { data: files };
  return `${pyJsonDumps({ '': revision }, indent)}\n`;
}

async function show(input: ShowInput, what: 'metrics' | 'params'): Promise<VerbOutput> {
  const collect = what === 'metrics' ? collectMetrics : collectParams;
  const snapshot = await collect(await resolveRevision(input.cwd, 'workspace'), input);
  const warnings = warningsOf([snapshot], what);
  if (input.json) return { stdout: showJson(snapshot, input.jsonIndent), warnings };
  const precision = what === 'metrics' ? input.precision || DEFAULT_PRECISION : undefined;
  return { stdout: showTable(snapshot, precision, input), warnings };
}

/** `dvc metrics show`. */
export function metricsShow(input: ShowInput): Promise<VerbOutput> {
  return show(input, 'metrics');
}

/**
 * `mlops params show`: DVC has no such command (only the Python API), so this shows params the way
 * `metrics show` shows metrics, with values printed as `params diff` prints them.
 */
export function paramsShow(input: ShowInput): Promise<VerbOutput> {
  return show(input, 'params');
}
