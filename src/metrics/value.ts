/**
 * The values read from metrics and params files, typed the way Python (and so DVC) sees them:
 * a `bigint` is a Python int, a `number` a Python float. DVC prints `1.0` and `1` differently,
 * formats only floats with `--precision`, and subtracts bools as ints, so the difference matters.
 */
export type Value = bigint | number | string | boolean | null | Value[] | { [key: string]: Value };

/**
 * An empty mapping for keys that come from input files: no prototype, so a key such as
 * `__proto__` or `constructor` is a key like any other, never an inherited value or a setter.
 */
export function newRecord(): { [key: string]: Value } {
  return Object.create(null) as { [key: string]: Value };
}

export type Scalar = bigint | number | string | boolean | null;

/** A Python number: int (bigint), float (number) or bool (a subclass of int in Python). */
export type PyNumber = bigint | number | boolean;

export function isPlainObject(value: unknown): value is { [key: string]: Value } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `isinstance(v, (int, float))` in Python: true for bools too. */
export function isPyNumber(value: Value | undefined): value is PyNumber {
  return typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean';
}

/** Python's `new - old` for two numbers: int − int stays int, anything with a float is a float. */
export function pySubtract(a: PyNumber, b: PyNumber): bigint | number {
  const ai = typeof a === 'boolean' ? BigInt(a) : a;
  const bi = typeof b === 'boolean' ? BigInt(b) : b;
  if (typeof ai === 'bigint' && typeof bi === 'bigint') return ai - bi;
  return Number(ai) - Number(bi);
}

/** A number as a JS float, for arithmetic that leaves DVC's outputs (percentages, gates, charts). */
export function toFloat(value: Value | undefined): number | undefined {
  if (typeof value === 'bigint' || typeof value === 'number') return Number(value);
  return undefined;
}

/** Python's `==` for the values DVC compares (1 == 1.0 is True, True == 1 is True). */
export function pyEquals(a: Value | undefined, b: Value | undefined): boolean {
  // two floats, nearly every metric: IEEE equality is Python's (nan != nan, -0.0 == 0.0)
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (a === undefined || b === undefined) return a === b;
  if (isPyNumber(a) && isPyNumber(b)) {
    const an = typeof a === 'boolean' ? BigInt(a) : a;
    const bn = typeof b === 'boolean' ? BigInt(b) : b;
    if (typeof an === 'bigint' && typeof bn === 'bigint') return an === bn;
    // bigint == number compares exact values, as Python's int == float does
    return an == bn;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => pyEquals(item, b[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => key in b && pyEquals(a[key], b[key]));
  }
  return a === b;
}
