/**
 * The file order of the objects parsed from a YAML or JSON file, where JavaScript's differs (see
 * key-order.ts), read from the YAML document's maps (JSON is YAML 1.2).
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { isIndexLike, rememberKeyOrder } from './key-order.js';
import { isPlainObject, type Value } from './value.js';

/**
 * Remember the order of a YAML document's maps for the objects `value` holds (the document's
 * JavaScript form, same shape). Only a map with an index-like key and nothing unusual (merge keys,
 * aliases, repeated keys) is remembered; every other object's own order is the file's already.
 */
export function recordYamlOrder(node: unknown, value: Value | undefined): void {
  if (isAlias(node)) return;
  if (isSeq(node) && Array.isArray(value)) {
    node.items.forEach((item, index) => recordYamlOrder(item, value[index]));
    return;
  }
  if (!isMap(node) || !isPlainObject(value)) return;
  const keys: string[] = [];
  for (const pair of node.items) {
    if (!isScalar(pair.key)) return;
    const key = String(pair.key.value);
    keys.push(key);
    recordYamlOrder(pair.value, value[key]);
  }
  const own = Object.keys(value);
  if (keys.length !== own.length || new Set(keys).size !== keys.length || !keys.every((key) => Object.hasOwn(value, key))) return;
  if (keys.some(isIndexLike) && keys.some((key, index) => key !== own[index])) rememberKeyOrder(value, keys);
}

/** The same for a JSON file's objects: its text read for structure (JSON is YAML 1.2), only when a key in it may be index-like. */
export function recordJsonOrder(text: string, value: Value): void {
  if (!/"(?:0|[1-9]\d{0,9})"\s*:/.test(text)) return;
  const document = parseDocument(text, { uniqueKeys: false, logLevel: 'silent' });
  if (document.errors.length === 0) recordYamlOrder(document.contents, value);
}
