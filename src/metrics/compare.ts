/**
 * Beyond DVC: each metric with its relative change and whether it got better or worse.
 * Built on the DVC diff (taken with `all`), so the numbers are the same ones DVC shows.
 */
import { directionOf, type Direction, type DirectionOverrides } from './direction.js';
import type { DvcDiff } from './dvc-diff.js';
import { pyEquals, toFloat, type Value } from './value.js';

export type Verdict = 'better' | 'worse' | 'unchanged' | 'changed' | 'added' | 'removed';

export interface MetricRow {
  path: string;
  key: string;
  old: Value;
  new: Value;
  diff?: bigint | number;
  /** (new − old) / |old| × 100; absent when old is 0 or either side is not a number. */
  relativePercent?: number;
  direction?: Direction;
  verdict: Verdict;
  /** The base file was there but unreadable (file and revision named): not the same as no base. */
  baseUnreadable?: string;
}

function verdictOf(oldValue: Value, newValue: Value, direction: Direction | undefined): Verdict {
  if (oldValue === null && newValue !== null) return 'added';
  if (newValue === null && oldValue !== null) return 'removed';
  if (pyEquals(oldValue, newValue)) return 'unchanged';
  const before = toFloat(oldValue);
  const after = toFloat(newValue);
  if (direction === undefined || before === undefined || after === undefined || Number.isNaN(before) || Number.isNaN(after)) return 'changed';
  return (after > before) === (direction === 'higher') ? 'better' : 'worse';
}

export function compareMetrics(diff: DvcDiff, overrides: DirectionOverrides): MetricRow[] {
  const rows: MetricRow[] = [];
  const guesses = new Map<string, Direction | undefined>();
  for (const [path, changes] of diff) {
    for (const [key, change] of changes) {
      const direction = directionOf(path, key, overrides, guesses);
      const row: MetricRow = { path, key, old: change.old, new: change.new, verdict: verdictOf(change.old, change.new, direction) };
      if (change.diff !== undefined) row.diff = change.diff;
      if (direction) row.direction = direction;
      if (change.oldUnreadable !== undefined) {
        row.baseUnreadable = change.oldUnreadable;
        // not "new": it may well have been there, only unreadable
        if (row.verdict === 'added') row.verdict = 'changed';
      }
      const before = toFloat(change.old);
      const delta = change.diff === undefined ? undefined : Number(change.diff);
      if (before !== undefined && before !== 0 && delta !== undefined && Number.isFinite(delta / before)) {
        row.relativePercent = (delta / Math.abs(before)) * 100;
      }
      rows.push(row);
    }
  }
  return rows;
}
