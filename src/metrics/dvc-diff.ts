/**
 * The comparison behind `dvc metrics diff` and `dvc params diff` (dvc/utils/diff.py), ported
 * rule for rule: flattened keys, a `diff` only when both sides are numbers (bools count, as in
 * Python), one-element lists unwrapped, unchanged entries dropped unless `all`.
 */
import { flatten } from './flatten.js';
import { pyRepr } from './pyformat.js';
import { isPlainObject, isPyNumber, newRecord, pyEquals, pySubtract, type Value } from './value.js';

export interface Change {
  /** The value at the old revision; null when it is missing there. */
  old: Value;
  new: Value;
  /** `new - old`, only when both are numbers. */
  diff?: bigint | number;
  /**
   * Why the old side could not be read (a file there but unreadable, not absent), naming the file
   * and revision: a regression gate cannot be judged against it.
   */
  oldUnreadable?: string;
}

/** path → key → change, both in DVC's table order (sorted). */
export type DvcDiff = Map<string, Map<string, Change>>;

/** The parsed data of each file at one revision; a missing or unreadable file has no entry. */
export type RevisionData = ReadonlyMap<string, Value>;

function diffValues(oldValue: Value, newValue: Value, withUnchanged: boolean): Change | undefined {
  // the usual pair, two floats, without the general rules' conversions (NaN differs from itself, as in Python)
  if (typeof oldValue === 'number' && typeof newValue === 'number') {
    if (!withUnchanged && oldValue === newValue) return undefined;
    return { old: oldValue, new: newValue, diff: newValue - oldValue };
  }
  if (Array.isArray(oldValue) && Array.isArray(newValue) && oldValue.length === 1 && newValue.length === 1) {
    return diffValues(oldValue[0]!, newValue[0]!, withUnchanged);
  }
  if (!withUnchanged && pyEquals(oldValue, newValue)) return undefined;
  const change: Change = { old: oldValue, new: newValue };
  if (isPyNumber(oldValue) && isPyNumber(newValue)) change.diff = pySubtract(newValue, oldValue);
  return change;
}

/**
 * DVC's `_flatten`: nothing for empty data, and "unable to parse" for any key of non-dict data.
 * A flattened value is never undefined: undefined is a key this side lacks.
 */
interface Side {
  flat: ReadonlyMap<string, Value>;
  /** What a key this side lacks reads as. */
  missing: Value;
}

function lookup(data: Value, path: string): Side {
  const empty = data === null || data === '' || data === 0 || data === 0n || data === false || (Array.isArray(data) && data.length === 0);
  if (empty) return { flat: new Map(), missing: null };
  if (!isPlainObject(data)) return { flat: new Map(), missing: 'unable to parse' };
  return { flat: flatten(data, path), missing: null };
}

/** DVC's `format_dict`: lists become their Python repr (so `[64, 32]` diffs as text), dicts recurse. */
export function formatDict(value: Value): Value {
  if (!containsList(value)) return value; // nothing to change: no copy of a 100k-key file
  if (Array.isArray(value)) return pyRepr(value);
  if (isPlainObject(value)) {
    const out = newRecord();
    for (const [key, item] of Object.entries(value)) out[key] = formatDict(item);
    return out;
  }
  return value;
}

function containsList(value: Value): boolean {
  if (Array.isArray(value)) return true;
  if (!isPlainObject(value)) return false;
  for (const key in value) if (containsList(value[key]!)) return true;
  return false;
}


/**
 * Python's `sorted()` of strings (code points). JS's default sort compares UTF-16 units, which is
 * the same order unless a string has characters beyond U+FFFF, and much faster on 100k keys.
 */
export function sortedKeys(keys: Iterable<string>): string[] {
  // an array is sorted in place (the diff's own list of a million keys needs no copy)
  const list = Array.isArray(keys) ? (keys as string[]) : [...keys];
  return list.some((key) => /[\uD800-\uDFFF]/.test(key)) ? list.sort((a, b) => {
    const x = [...a];
    const y = [...b];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }) : list.sort();
}

/** Both sides' keys once each: the old side's, then the new side's that the old lacks. */
function keysOf(old: ReadonlyMap<string, Value>, now: ReadonlyMap<string, Value>): string[] {
  const all = [...old.keys()];
  for (const key of now.keys()) if (!old.has(key)) all.push(key);
  return all;
}

function diffFile(path: string, oldData: Value, newData: Value, withUnchanged: boolean): Map<string, Change> {
  const changes = new Map<string, Change>();
  if (!isPlainObject(oldData) && !isPlainObject(newData)) {
    const change = diffValues(oldData, newData, withUnchanged);
    if (change) changes.set('', change);
    return changes;
  }
  const oldFlat = lookup(oldData, path);
  const newFlat = lookup(newData, path);
  for (const key of sortedKeys(keysOf(oldFlat.flat, newFlat.flat))) {
    const change = diffValues(oldFlat.flat.get(key) ?? oldFlat.missing, newFlat.flat.get(key) ?? newFlat.missing, withUnchanged);
    if (change) changes.set(key, change);
  }
  return changes;
}

/** Compare every file at two revisions. Files with no changes are left out. */
export function dvcDiff(oldRevision: RevisionData, newRevision: RevisionData, withUnchanged: boolean): DvcDiff {
  const result: DvcDiff = new Map();
  const paths = sortedKeys(new Set([...oldRevision.keys(), ...newRevision.keys()]));
  for (const path of paths) {
    // A file missing at a revision counts as `{}`, as DVC's `.get("data", {})` makes it.
    const changes = diffFile(path, formatDict(oldRevision.get(path) ?? {}), formatDict(newRevision.get(path) ?? {}), withUnchanged);
    if (changes.size > 0) result.set(path, changes);
  }
  return result;
}
