/**
 * Nested keys to dotted keys, as DVC does with `flatten_dict.flatten(d, reducer="dot")`:
 * nested dicts are walked, lists stay values, empty dicts vanish, a clash is an error.
 * Iterative, so deeply nested files cannot overflow the stack.
 */
import { copyKeyOrder } from './key-order.js';
import { UnreadableFileError } from './parse.js';
import { isPlainObject, newRecord, type Value } from './value.js';

export function flatten(data: Value, path: string): Map<string, Value> {
  const flat = new Map<string, Value>();
  if (!isPlainObject(data)) return flat;
  const stack: [string | undefined, { [key: string]: Value }, string[], number][] = [[undefined, data, Object.keys(data), 0]];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const [prefix, object, keys, index] = frame;
    if (index >= keys.length) {
      stack.pop();
      continue;
    }
    frame[3] = index + 1;
    const key = keys[index]!;
    const value = object[key]!;
    const dotted = prefix === undefined ? key : `${prefix}.${key}`;
    if (isPlainObject(value)) {
      stack.push([dotted, value, Object.keys(value), 0]);
      continue;
    }
    if (flat.has(dotted)) throw new UnreadableFileError(path, `the key '${dotted}' appears twice once nested keys are joined with dots.`);
    flat.set(dotted, value);
  }
  return flat;
}

/**
 * What DVC keeps of a metrics file: numbers, strings and bools, walked through dicts.
 * Lists and nulls are dropped (DVC logs them at debug level and moves on).
 */
export function extractMetrics(data: Value): Value {
  return keepsAll(data) ? data : extractCopy(data);
}

/** Whether extraction would keep everything (the usual file): then no copy is made. */
function keepsAll(data: Value): boolean {
  if (typeof data === 'bigint' || typeof data === 'number' || typeof data === 'string' || typeof data === 'boolean') return true;
  if (!isPlainObject(data)) return false;
  let empty = true;
  for (const key in data) {
    empty = false;
    if (!keepsAll(data[key]!)) return false;
  }
  return !empty;
}

function extractCopy(data: Value): Value {
  if (typeof data === 'bigint' || typeof data === 'number' || typeof data === 'string' || typeof data === 'boolean') return data;
  if (!isPlainObject(data)) return null;
  const kept = newRecord();
  for (const [key, value] of Object.entries(data)) {
    const extracted = extractCopy(value);
    if (extracted !== null && !(isPlainObject(extracted) && Object.keys(extracted).length === 0)) kept[key] = extracted;
  }
  copyKeyOrder(data, kept);
  return kept;
}
