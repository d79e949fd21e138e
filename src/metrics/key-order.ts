/**
 * A file's key order where a JavaScript object would change it. An object lists the keys that
 * look like array indexes (`"2"`, `"10"`) first, in numeric order; Python's dict, and so `dvc
 * metrics show --json`, keeps the order of the file. The objects read from such a file carry the
 * file's order here, for the writers that print keys as they come (`show --json`).
 */

const fileOrder = new WeakMap<object, readonly string[]>();

/** A key JavaScript moves to the front of an object: the canonical form of an integer below 2³² − 1. */
export const isIndexLike = (key: string): boolean => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;

/** The keys of an object read from a file, in the file's order. */
export function orderedKeys(object: { [key: string]: unknown }): string[] {
  const order = fileOrder.get(object);
  return order ? [...order] : Object.keys(object);
}

/** Give `copy` (made from `source`, with some of its keys) the file order `source` has. */
export function copyKeyOrder(source: object, copy: { [key: string]: unknown }): void {
  const order = fileOrder.get(source);
  if (order) fileOrder.set(copy, order.filter((key) => Object.hasOwn(copy, key)));
}

/** Remember `keys`, the file's order of `object`'s keys. */
export function rememberKeyOrder(object: object, keys: readonly string[]): void {
  fileOrder.set(object, keys);
}
