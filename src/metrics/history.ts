/**
 * A metric over time, from git alone: the metrics files at the last first-parent commits of a
 * branch that changed them (`git log --first-parent -- <files>`: the commits of the branch itself,
 * merges included, not those of the branches merged into it), each blob read through ONE
 * `git cat-file --batch` process, and parsed as `metrics show` parses them (JSON, YAML, TOML; the
 * last row of a CSV/TSV; nested keys joined with dots). Commits where a file is missing, unreadable
 * or lacks the key are skipped, so `last` counts commits that have a value.
 */
import { Readable } from 'node:stream';
import { MlopsError } from '../errors.js';
import { BatchReader, git, GitStoppedError, resolveCommit, type BatchEntry } from '../git.js';
import { LAST_ROW, readCsvRow, type RowSelector } from './csv.js';
import { extractMetrics, flatten } from './flatten.js';
import { DEFAULT_MAX_BYTES } from './load.js';
import { formatOf, loadTomlParser, parseStructured, UnreadableFileError } from './parse.js';
import { isPlainObject, toFloat, type Value } from './value.js';

export const DEFAULT_LAST = 20;

export interface HistoryPoint {
  commit: string;
  /** The committer date, strict ISO 8601 (`%cI`). */
  date: string;
  value: number;
}

export interface HistoryEntry {
  commit: string;
  date: string;
  /** Per file (as given), its numeric metrics by dotted key; only files present at the commit. */
  files: ReadonlyMap<string, ReadonlyMap<string, bigint | number>>;
}

export interface HistoryOptions {
  /** Where paths are relative to; any folder inside the repository. */
  cwd: string;
  /** The branch, tag or commit whose first-parent history is read (default HEAD). */
  ref?: string;
  /** How many commits with a value (default DEFAULT_LAST); the newest ones. */
  last?: number;
  /** Which row of a CSV/TSV file (default: the last). */
  row?: RowSelector;
  /** A file that cannot be read at a commit (malformed, too big): skipped, and said here. */
  onWarning?: (message: string) => void;
  /** The environment of the git processes (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

export interface MetricsHistoryOptions extends HistoryOptions {
  /** The metrics files, relative to cwd. */
  paths: readonly string[];
  /** Only these dotted keys (default: every numeric one); a commit with none of them is skipped. */
  keys?: readonly string[];
  /** What the caller has read at one commit already (the base of a diff): that commit's files are not read again. */
  known?: KnownAt;
}

export interface KnownAt {
  commit: string;
  /** path → dotted key → value, as this history would read them. */
  files: ReadonlyMap<string, ReadonlyMap<string, bigint | number>>;
}

export interface MetricHistoryOptions extends HistoryOptions {
  path: string;
  /** Dotted for nested keys (`test.r2`), a column name for CSV/TSV. */
  key: string;
  /** The metric's value at one commit, known already (the diff's base): that commit's file is not read again. */
  known?: { commit: string; value: bigint | number };
}

/** A history's read: git stopping before it answers (a partial clone's old blob) is said as that. */
async function readAt(reader: BatchReader, name: string): Promise<BatchEntry> {
  try {
    return await reader.read(name);
  } catch (error) {
    if (!(error instanceof GitStoppedError)) throw error;
    throw new MlopsError(`${error.message}; the history cannot be read.`, {
      hint: /promisor remote/.test(error.said) ? 'This partial clone cannot fetch the old versions: run `git fetch` with access to the remote, or clone without --filter.' : undefined,
    });
  }
}

/** The commits of `ref`'s first-parent line that changed any of the paths, newest first. */
async function commitsTouching(cwd: string, commit: string, paths: readonly string[], env?: NodeJS.ProcessEnv): Promise<{ commit: string; date: string }[]> {
  const result = await git(cwd, ['log', '--first-parent', '--format=%H %cI', commit, '--', ...paths], env);
  if (!result.ok) throw new MlopsError(`cannot read the history of ${paths.join(', ')}: ${result.stderr.trim()}`);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, date] = line.split(' ') as [string, string];
      return { commit: sha, date };
    });
}

/** A metrics file's numeric values by dotted key, as `metrics show` reads the file. */
async function parseMetrics(path: string, content: Buffer, row: RowSelector): Promise<Map<string, bigint | number>> {
  const format = formatOf(path);
  let data: Value;
  if (format === 'csv' || format === 'tsv') {
    data = await readCsvRow(Readable.from([content]), format === 'csv' ? ',' : '\t', row, path);
  } else {
    if (content.length > DEFAULT_MAX_BYTES) throw new UnreadableFileError(path, `is ${(content.length / 2 ** 20).toFixed(1)} MiB; ${format.toUpperCase()} metrics files over ${DEFAULT_MAX_BYTES / 2 ** 20} MiB are not read.`);
    if (format === 'toml') await loadTomlParser();
    data = parseStructured(content.toString('utf8'), format, path);
  }
  const extracted = extractMetrics(data);
  const values = new Map<string, bigint | number>();
  if (!isPlainObject(extracted)) return values;
  for (const [key, value] of flatten(extracted, path)) {
    if (typeof value === 'bigint' || typeof value === 'number') values.set(key, value);
  }
  return values;
}

function checkedLast(last: number | undefined): number {
  const count = last ?? DEFAULT_LAST;
  if (!Number.isSafeInteger(count) || count < 1) throw new MlopsError(`last: ${count} is not a whole number of commits above 0.`, { exitCode: 2 });
  return count;
}

/**
 * The metrics files at the last `last` first-parent commits of `ref` that changed them and have a
 * value, oldest first (the order a chart reads).
 */
export async function metricsHistory(options: MetricsHistoryOptions): Promise<HistoryEntry[]> {
  const last = checkedLast(options.last);
  const ref = options.ref ?? 'HEAD';
  const tip = await resolveCommit(options.cwd, ref);
  const commits = await commitsTouching(options.cwd, tip, options.paths, options.env);
  const keys = options.keys ? new Set(options.keys) : undefined;
  const entries: HistoryEntry[] = [];
  if (commits.length === 0) return entries;
  // started at the first commit not known already: a trend of only the diff's base reads nothing
  let reader: BatchReader | undefined;
  try {
    for (const { commit, date } of commits) {
      if (entries.length === last) break;
      const files = new Map<string, ReadonlyMap<string, bigint | number>>();
      for (const path of options.paths) {
        const known = options.known?.commit === commit ? options.known.files.get(path) : undefined;
        if (known) {
          const kept = keys ? new Map([...keys].flatMap((key) => (known.has(key) ? [[key, known.get(key)!] as const] : []))) : known;
          if (kept.size > 0) files.set(path, kept);
          continue;
        }
        const blob = await readAt((reader ??= new BatchReader(options.cwd, options.env)), `${commit}:./${path.replace(/^\.\//, '')}`);
        if (blob.kind === 'missing') continue;
        if (blob.kind !== 'blob') {
          options.onWarning?.(`${path} at ${commit.slice(0, 7)} is a ${blob.kind === 'other' ? blob.type : 'blob too big to read'}, not a file: skipped.`);
          continue;
        }
        try {
          const values = await parseMetrics(path, blob.content, options.row ?? LAST_ROW);
          const kept = keys ? new Map([...values].filter(([key]) => keys.has(key))) : values;
          if (kept.size > 0) files.set(path, kept);
        } catch (error) {
          if (!(error instanceof UnreadableFileError)) throw error;
          options.onWarning?.(`${path} at ${commit.slice(0, 7)}: ${error.reason} (skipped)`);
        }
      }
      if (files.size > 0) entries.push({ commit, date, files });
    }
  } finally {
    reader?.close();
  }
  return entries.reverse();
}

/** One metric of one file at the last `last` first-parent commits of `ref` that have it, oldest first. */
export async function metricHistory(options: MetricHistoryOptions): Promise<HistoryPoint[]> {
  const known = options.known && { commit: options.known.commit, files: new Map([[options.path, new Map([[options.key, options.known.value]])]]) };
  const entries = await metricsHistory({ ...options, paths: [options.path], keys: [options.key], known });
  return entries.map((entry) => ({ commit: entry.commit, date: entry.date, value: toFloat(entry.files.get(options.path)!.get(options.key))! }));
}
