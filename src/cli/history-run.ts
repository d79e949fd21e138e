/** What `mlops metrics history` does once parsed (src/cli/history.ts defines the verb, loaded before this). */
import { MlopsError, UsageError } from '../errors.js';
import { findTargets } from '../metrics/targets.js';
import { resolveRevision } from '../metrics/collect.js';
import { sortedKeys } from '../metrics/dvc-diff.js';
import { formatField, DEFAULT_PRECISION } from '../metrics/dvc-verbs.js';
import { DEFAULT_LAST, metricsHistory, type HistoryEntry } from '../metrics/history.js';
import { pyJsonDumps } from '../metrics/pyformat.js';
import { plainTable } from '../metrics/tabulate.js';
import type { Value } from '../metrics/value.js';
import type { CliIo } from './program.js';

export interface HistoryFlags {
  last?: string;
  json?: boolean;
  targets?: string[];
  key?: string;
  rev?: string;
}

interface Column {
  path: string;
  key: string;
  /** `key`, or `path:key` when the metrics come from more than one file. */
  name: string;
}

function columnsOf(entries: readonly HistoryEntry[]): Column[] {
  const byPath = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const [path, values] of entry.files) {
      const keys = byPath.get(path) ?? new Set<string>();
      for (const key of values.keys()) keys.add(key);
      byPath.set(path, keys);
    }
  }
  const several = byPath.size > 1;
  return [...byPath].flatMap(([path, keys]) => sortedKeys(keys).map((key) => ({ path, key, name: several ? `${path}:${key}` : key })));
}

function lastOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LAST;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--last: '${text}' is not a whole number above 0.`);
  return Number(text);
}

export function renderHistory(entries: readonly HistoryEntry[], json: boolean, jsonIndent: number | undefined): string {
  const columns = columnsOf(entries);
  if (json) {
    const list: Value = entries.map((entry) => {
      const values: { [name: string]: Value } = {};
      for (const column of columns) {
        const value = entry.files.get(column.path)?.get(column.key);
        if (value !== undefined) values[column.name] = value;
      }
      return { commit: entry.commit, date: entry.date, values };
    });
    return `${pyJsonDumps(list, jsonIndent)}\n`;
  }
  const rows = entries.map((entry) => [
    entry.commit.slice(0, 7),
    entry.date,
    ...columns.map((column) => formatField(entry.files.get(column.path)?.get(column.key), DEFAULT_PRECISION)),
  ]);
  const text = plainTable(['Commit', 'Date', ...columns.map((column) => column.name)], rows);
  return text ? `${text}\n` : '';
}

export async function runHistory(flags: HistoryFlags, io: CliIo, cwd: string): Promise<void> {
  const last = lastOf(flags.last);
  const ref = flags.rev ?? 'HEAD';
  const targets = await findTargets(await resolveRevision(cwd, ref), { cwd }, flags.targets);
  if (targets.metrics.length === 0) throw new MlopsError(`no metrics files at ${ref}.`, { hint: 'Declare them in dvc.yaml, or name them with --targets.' });
  const entries = await metricsHistory({
    cwd,
    ref,
    paths: targets.metrics,
    last,
    keys: flags.key === undefined ? undefined : [flags.key],
    onWarning: (message) => io.stderr(`WARNING: ${message}\n`),
    env: io.env,
  });
  if (flags.key !== undefined && entries.length === 0) {
    throw new MlopsError(`no commit of ${ref} has a number '${flags.key}' in ${targets.metrics.join(', ')}.`, { hint: 'Nested keys are dotted (test.r2); `mlops metrics show` lists the keys.' });
  }
  io.stdout(renderHistory(entries, flags.json === true, io.stdoutIsTTY ? 2 : undefined));
}
