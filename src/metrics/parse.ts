/**
 * Turns the text of a metrics or params file into values, keeping Python's int/float split.
 * Libraries do the parsing (lossless-json, yaml, smol-toml, csv-parse); this file only picks one
 * by extension (unknown extensions are YAML, as in DVC) and turns their errors into messages that
 * name the file and the place.
 */
import { isInteger, parse as parseLosslessJson } from 'lossless-json';
import { parse as parseYaml } from 'yaml';
import { MlopsError } from '../errors.js';
import type { Value } from './value.js';

export type FileFormat = 'json' | 'yaml' | 'toml' | 'csv' | 'tsv';

export function formatOf(path: string): FileFormat {
  const extension = path.toLowerCase().split('.').pop();
  switch (extension) {
    case 'json':
      return 'json';
    case 'toml':
      return 'toml';
    case 'csv':
      return 'csv';
    case 'tsv':
      return 'tsv';
    default:
      return 'yaml';
  }
}

/** A file (at a revision) that could not be read: DVC's verbs warn and show it as missing. */
export class UnreadableFileError extends MlopsError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

/** A number literal as Python reads it: digits only is an int, anything else a float. */
export function parseNumberLiteral(text: string): bigint | number {
  return isInteger(text) ? BigInt(text) : Number(text);
}

/**
 * Python's json module (so DVC, and `json.dump` in a training script) reads and writes NaN,
 * Infinity and -Infinity; strict JSON parsers refuse them. Outside strings they become marked
 * strings for the parser and numbers again afterwards.
 */
const NON_FINITE_MARK = '\u0000mlops-nonfinite:';
const NON_FINITE_TOKEN = /"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g;

function markNonFinite(text: string): string {
  return text.replace(NON_FINITE_TOKEN, (token) => (token.startsWith('"') ? token : `"${NON_FINITE_MARK.replace('\u0000', '\\u0000')}${token}"`));
}

function unmarkNonFinite(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith(NON_FINITE_MARK)) return Number(value.slice(NON_FINITE_MARK.length));
  if (Array.isArray(value)) return value.map(unmarkNonFinite);
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) object[key] = unmarkNonFinite(object[key]);
  }
  return value;
}

const NUMBER_TOKEN = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * Whether the native parser would lose Python's view of a number: a float token with an integral
 * value (`1.0`, `2e3`) or an integer too long for a double. Any other token reads back exactly:
 * integral means int, anything else float. Tokens inside strings only err towards the slow path.
 */
function hasAmbiguousNumber(text: string): boolean {
  NUMBER_TOKEN.lastIndex = 0;
  for (let match = NUMBER_TOKEN.exec(text); match; match = NUMBER_TOKEN.exec(text)) {
    const token = match[0];
    const float = token.includes('.') || token.includes('e') || token.includes('E');
    // Short tokens need no look: an int under 16 digits is exact, and a short plain decimal is
    // integral only when its fraction is all zeros.
    if (token.length < 16 && (!float || (!/[eE]/.test(token) && !/\.0+$/.test(token)))) continue;
    const value = Number(token);
    if (float ? Number.isInteger(value) : !Number.isSafeInteger(value)) return true;
  }
  return false;
}

/** The native parser's result with integral numbers as ints (bigint), as Python reads them. */
function intsAsBigInt(value: unknown): Value {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = intsAsBigInt(value[i]);
    return value as Value;
  }
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    for (const key in object) object[key] = intsAsBigInt(object[key]);
  }
  return value as Value;
}

/** Python's json keeps the last of duplicate keys. */
const JSON_OPTIONS = { parseNumber: parseNumberLiteral, onDuplicateKey: ({ newValue }: { newValue: unknown }) => newValue };

/** Normalise what a parser returned into our Value model (dates become ISO strings). */
function normalise(raw: unknown): Value {
  if (raw === undefined) return null;
  if (raw instanceof Date) return raw.toISOString();
  if (Array.isArray(raw)) return raw.map(normalise);
  if (typeof raw === 'object' && raw !== null) {
    const out: { [key: string]: Value } = {};
    for (const [key, value] of Object.entries(raw)) out[key] = normalise(value);
    return out;
  }
  return raw as Value;
}

function describeParseError(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply to read';
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

type TomlParser = (typeof import('smol-toml'))['parse'];
let tomlParser: TomlParser | undefined;

/** TOML is rare in ML projects: its parser loads when the first TOML file does, not at start-up. */
export async function loadTomlParser(): Promise<void> {
  tomlParser ??= (await import('smol-toml')).parse;
}

/**
 * Parse JSON, YAML or TOML text (TOML after `loadTomlParser()`).
 * Throws UnreadableFileError naming the file and what is wrong.
 */
export function parseStructured(text: string, format: Exclude<FileFormat, 'csv' | 'tsv'>, path: string): Value {
  try {
    switch (format) {
      case 'json':
        // Fast and exact for the usual file; lossless-json where a token's text matters.
        if (!/NaN|Infinity/.test(text) && !hasAmbiguousNumber(text)) return intsAsBigInt(JSON.parse(text));
        if (!/NaN|Infinity/.test(text)) return parseLosslessJson(text, null, JSON_OPTIONS) as Value;
        return normalise(unmarkNonFinite(parseLosslessJson(markNonFinite(text), null, JSON_OPTIONS)));
      case 'toml':
        if (!tomlParser) throw new Error('the TOML parser is not loaded (call loadTomlParser first)');
        return normalise(tomlParser(text, { integersAsBigInt: true }));
      case 'yaml':
        // YAML 1.2 core schema, as ruamel.yaml (DVC's loader) reads it; ints as bigint.
        return normalise(parseYaml(text, { intAsBigInt: true, uniqueKeys: false, maxAliasCount: 1000 }));
    }
  } catch (error) {
    throw new UnreadableFileError(path, `malformed ${format.toUpperCase()}: ${describeParseError(error)}`);
  }
}
