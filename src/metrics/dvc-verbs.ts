/**
 * `metrics show|diff` and `params show|diff`, producing exactly what DVC 3 prints on stdout
 * (docs/dvc-compat.md): same columns, number formatting, ordering, markdown and JSON. Problems
 * with single files go to `warnings` (stderr), naming the file and the revision, and the
 * verb still succeeds, as DVC's does.
 */
import { hasNoCommits } from '../git.js';
import { collectMetrics, collectParams, flattenedFile, resolveRevision, type CollectOptions, type Snapshot } from './collect.js';
import { CollectMemo } from './collect-memo.js';
import { dvcDiff, formatDict, sortedKeys, type DvcDiff } from './dvc-diff.js';
import { appendJson, jsonScalar, jsonString, pyRepr, pyRound, pyStr, TextBuilder } from './pyformat.js';
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
  /**
   * Exactly what goes to stdout (may be empty: DVC prints nothing for an empty plain table); a
   * large `--json` comes as pieces to write one after another.
   */
  stdout: string | Iterable<string>;
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

/** One entry of `--json`: the old and new values, and their difference where both are numbers. */
export interface JsonChange {
  old: Value;
  new: Value;
  diff?: bigint | number;
}

/**
 * `--json` of a diff: `{path: {key: {"old", "new", "diff"?}}}` as json.dumps prints it, written
 * straight from the diff (a million keys need no second copy of it), in the diff's sorted order;
 * `extra` is one more top-level key after the files (the report's `_mlops`).
 */
export function writeDiffJson(files: Iterable<readonly [string, Iterable<readonly [string, JsonChange]>]>, indent?: number, extra?: readonly [string, Value]): TextBuilder {
  const out = new TextBuilder();
  // json.dumps with an indent breaks the line before each item; without one, ", " separates them
  const [pad0, pad1, pad2, pad3] = [0, 1, 2, 3].map((level) => (indent === undefined ? '' : `\n${' '.repeat(indent * level)}`)) as [string, string, string, string];
  const comma = indent === undefined ? ', ' : ',';
  let firstPath = true;
  for (const [path, changes] of files) {
    out.add(`${firstPath ? '{' : comma}${pad1}${jsonString(path)}: `);
    firstPath = false;
    let first = true;
    for (const [key, change] of changes) {
      out.add(`${first ? '{' : comma}${pad2}${jsonString(key)}: {${pad3}"old": `);
      first = false;
      appendJson(out, change.old, indent, 3);
      out.add(`${comma}${pad3}"new": `);
      appendJson(out, change.new, indent, 3);
      out.add(change.diff === undefined ? `${pad2}}` : `${comma}${pad3}"diff": ${jsonScalar(change.diff)!}${pad2}}`);
    }
    out.add(first ? '{}' : `${pad1}}`);
  }
  if (extra) {
    out.add(`${firstPath ? '{' : comma}${pad1}${jsonString(extra[0])}: `);
    firstPath = false;
    appendJson(out, extra[1], indent, 1);
  }
  out.add(firstPath ? '{}' : `${pad0}}`);
  return out;
}

function diffJson(diff: DvcDiff, indent: number | undefined): Iterable<string> {
  const out = writeDiffJson(diff, indent);
  out.add('\n');
  return out.pieces();
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
  // Each side is read as soon as its revision is known: the workspace's at once, beside git
  // resolving the other; both share the project's lookup and, for one revision, its dvc.yaml.
  const memo = input.memo ?? new CollectMemo();
  const shared = { ...input, memo };
  const revisions = [memo.revision(input.cwd, aRev), memo.revision(input.cwd, bRev)] as const;
  const snapshots = revisions.map((revision) => revision.then((known) => collect(known, shared)));
  for (const snapshot of snapshots) snapshot.catch(() => undefined); // awaited below, after the revisions
  await Promise.all(revisions); // an unknown revision is the error, whatever a read would say
  const [old, now] = (await Promise.all(snapshots)) as [Snapshot, Snapshot];
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

/**
 * The first `limit` changed entries of a diff taken with `all` (in DVC's table order), and how
 * many more changed: a run's log shows a table a person reads, not a million lines.
 */
export function firstChanged(diff: DvcDiff, limit: number): { diff: DvcDiff; more: number } {
  const shown: DvcDiff = new Map();
  let kept = 0;
  let more = 0;
  for (const [path, changes] of diff) {
    for (const [key, change] of changes) {
      if (pyEquals(change.old, change.new)) continue;
      if (kept === limit) {
        more++;
        continue;
      }
      kept++;
      const entries = shown.get(path);
      if (entries) entries.set(key, change);
      else shown.set(path, new Map([[key, change]]));
    }
  }
  return { diff: shown, more };
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
 * The check runs beside the reads (one git call less to wait for); their failure then counts
 * only when there are commits.
 */
async function diffVerb(
  input: DiffInput,
  take: (input: DiffInput) => Promise<{ diff: DvcDiff; snapshots: [Snapshot, Snapshot] }>,
  what: 'metrics' | 'params',
  render: (diff: DvcDiff, aRev: string, bRev: string, flags: OutputFlags) => string,
): Promise<VerbOutput> {
  const taken = take(input).then(
    (data) => ({ data }),
    (error: unknown) => ({ error }),
  );
  const aRev = input.aRev ?? 'HEAD';
  const bRev = input.bRev ?? 'workspace';
  if (await hasNoCommits(input.cwd)) return { stdout: input.json ? diffJson(new Map(), input.jsonIndent) : render(new Map(), aRev, bRev, input), warnings: [] };
  const result = await taken;
  if ('error' in result) throw result.error;
  const { diff, snapshots } = result.data;
  const warnings = warningsOf(snapshots, what);
  return { stdout: input.json ? diffJson(diff, input.jsonIndent) : render(diff, aRev, bRev, input), warnings };
}

/** `dvc metrics diff [a_rev] [b_rev]`. */
export function metricsDiff(input: DiffInput): Promise<VerbOutput> {
  return diffVerb(input, diffMetricsData, 'metrics', renderMetricsDiff);
}

/** `dvc params diff [a_rev] [b_rev]`: no Change column, values as Python prints them. */
export function paramsDiff(input: DiffInput): Promise<VerbOutput> {
  return diffVerb(input, diffParamsData, 'params', renderParamsDiff);
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
function showJson(snapshot: Snapshot, indent: number | undefined): Iterable<string> {
  const errors = new Map(snapshot.errors.map((error) => [error.path, error]));
  const files = newRecord();
  for (const [path, value] of snapshot.files) {
    const error = errors.get(path);
    files[path] = error ? { error: { type: error.type, msg: `${path}: ${error.message}` } } : { data: value };
  }
  const revision: { [key: string]: Value } = snapshot.revisionError ? { error: { type: 'DvcException', msg: snapshot.revisionError } } : { data: files };
  const out = new TextBuilder();
  appendJson(out, { '': revision }, indent);
  out.add('\n');
  return out.pieces();
}

async function show(input: ShowInput, what: 'metrics' | 'params'): Promise<VerbOutput> {
  const collect = what === 'metrics' ? collectMetrics : collectParams;
  const snapshot = await collect(await resolveRevision(input.cwd, 'workspace'), { ...input, keyOrder: input.json === true });
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
