/**
 * Turns the text of a metrics or params file into values, keeping Python's int/float split.
 * Libraries do the parsing (lossless-json, yaml, smol-toml, csv-parse); this file only picks one
 * by extension (unknown extensions are YAML, as in DVC) and turns their errors into messages that
 * name the file and the place.
 */
import { isInteger, parse as parseLosslessJson } from 'lossless-json';
import { isAlias, isCollection, isPair, isScalar, parseAllDocuments, YAMLError, type Document, type Node } from 'yaml';
import { escapeText, MlopsError } from '../errors.js';
import { recordJsonOrder, recordYamlOrder } from './yaml-key-order.js';
import { newRecord, type Value } from './value.js';

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

/** The index just past the string whose opening quote is before `from` (escaped quotes skipped). */
function stringEnd(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return text.length;
}

/** Whether the token ends in a point and zeros only (`1.0`, `-2.000`): a float whose value is an integer. */
function endsInPointZeros(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at > start && text.charCodeAt(at) === 0x30) at--;
  return at < end - 1 && text.charCodeAt(at) === 0x2e;
}

/**
 * Whether the native parser would lose Python's view of a number: a float token with an integral
 * value (`1.0`, `2e3`) or an integer too long for a double. Any other token reads back exactly:
 * integral means int, anything else float. One pass over the text, strings skipped whole; only a
 * token that could be ambiguous (an exponent, 16 characters or more, a point and zeros) is
 * converted and looked at.
 */
function hasAmbiguousNumber(text: string): boolean {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = stringEnd(text, i + 1);
      continue;
    }
    if (c !== 0x2d && (c < 0x30 || c > 0x39)) {
      i++;
      continue;
    }
    const start = i++;
    let point = false;
    let exponent = false;
    for (; i < length; i++) {
      const d = text.charCodeAt(i);
      if (d >= 0x30 && d <= 0x39) continue;
      if (d === 0x2e) point = true;
      else if (d === 0x65 || d === 0x45) exponent = true;
      else if (!((d === 0x2b || d === 0x2d) && exponent)) break;
    }
    if (!exponent && i - start < 16 && !(point && endsInPointZeros(text, start, i))) continue;
    const value = Number(text.slice(start, i));
    if (point || exponent ? Number.isInteger(value) : !Number.isSafeInteger(value)) return true;
  }
  return false;
}

/**
 * The native parser's result with integral numbers as ints (bigint), as Python reads them. Only
 * what changes is written back: rewriting every float would box each one again.
 */
function intsAsBigInt(value: unknown): Value {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value !== 'object' || value === null) return value as Value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' ? item !== null : typeof item === 'number' && Number.isInteger(item)) value[i] = intsAsBigInt(item);
    }
    return value as Value;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const item = object[key];
    if (typeof item === 'object' ? item !== null : typeof item === 'number' && Number.isInteger(item)) object[key] = intsAsBigInt(item);
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
    const out = newRecord();
    for (const [key, value] of Object.entries(raw)) out[key] = normalise(value);
    return out;
  }
  return raw as Value;
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError || /Maximum call stack size exceeded/.test(message)) return 'it is nested too deeply to read';
  return escapeText(message.split('\n')[0]!.replace(/:$/, ''));
}

/** Deeper nesting than any metrics, params or options file needs; far below what overflows the stack. */
export const MAX_YAML_DEPTH = 256;
/** Nodes a YAML file may expand to through aliases, beyond its own size: a billion laughs is refused. */
const MAX_YAML_NODES = 1_000_000;

/**
 * An upper bound of how deep YAML text nests, without parsing it (the parser itself recurses and
 * overflows the stack thousands of levels down): distinct indentation levels plus the `- ` / `? `
 * entries that open a collection on the same line, plus open flow brackets. The line of the first
 * place past the limit, or undefined.
 */
function lineTooDeep(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const body = raw.replace(/^ +/, '');
    if (body === '' || body.startsWith('#')) continue;
    const indent = raw.length - body.length;
    if (flow === 0) {
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
    }
    const entries = /^(?:[-?:](?:[ \t]+|$))*/.exec(body)![0].replace(/[^-?:]/g, '').length;
    const block = indents.length + entries;
    if (block > limit) return line;
    for (const char of body) {
      if (char === '[' || char === '{') {
        if (block + ++flow > limit) return line;
      } else if ((char === ']' || char === '}') && flow > 0) flow--;
    }
  }
  return undefined;
}

/**
 * How many nodes the document becomes with every alias expanded (each anchor counted once). An
 * alias inside the value it names (`a: &a {b: *a}`) would make a value without end: refused.
 */
function expandedSize(document: Document, text: string): number {
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  const size = (node: unknown): number => {
    if (node === null || node === undefined || isScalar(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) return 1;
    open.add(node);
    let count = 1;
    if (isAlias(node)) {
      const target = node.resolve(document);
      const line = node.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
      if (target === undefined) throw new Error(`the alias *${node.source}${line ? ` at line ${line}` : ''} names no anchor (&${node.source}) before it`);
      if (open.has(target)) {
        throw new Error(`the alias *${node.source}${line ? ` at line ${line}` : ''} is inside the value it names, which would never end`);
      }
      count = size(target);
    }
    else if (isPair(node)) count = size(node.key) + size(node.value);
    else if (isCollection(node)) for (const item of node.items) count += size(item);
    open.delete(node);
    sizes.set(node, count);
    return count;
  };
  return size(document.contents as Node | null);
}

/**
 * The one YAML reader (metrics and params files, dvc.yaml, mlops.yaml): YAML 1.2 core schema, as
 * ruamel.yaml (DVC's loader) reads it, ints as bigint; duplicate keys, unknown tags, directives
 * and warnings refused as ruamel refuses them; nesting and alias expansion bounded. Throws plain
 * errors; parseStructured names the file.
 */
function parseYamlText(text: string, { bigInts = true, keep }: { bigInts?: boolean; keep?: (document: Document) => void } = {}): unknown {
  const deep = lineTooDeep(text, MAX_YAML_DEPTH);
  if (deep !== undefined) throw new Error(`nested more than ${MAX_YAML_DEPTH} levels deep at line ${deep}; flatten it`);
  const documents = parseAllDocuments(text, { intAsBigInt: bigInts, uniqueKeys: true, logLevel: 'silent', prettyErrors: true });
  // an empty stream is null, as an empty document is
  if (!Array.isArray(documents) || documents.length === 0) return null;
  if (documents.length > 1) {
    const second = documents[1]!.range[0];
    throw new Error(`holds ${documents.length} YAML documents (a second one starts at line ${text.slice(0, second).split('\n').length}); a metrics, params or options file is one document: remove the --- separator`);
  }
  const document = documents[0]!;
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw new Error(describeYamlProblem(problem, text));
  const limit = MAX_YAML_NODES + text.length;
  if (expandedSize(document, text) > limit) throw new Error('its aliases expand to more than a million values; write the values out or use fewer aliases');
  keep?.(document);
  return document.toJS({ maxAliasCount: -1 });
}

/**
 * The same bounded, strict YAML reader for the tool's own configuration files (a canary analysis
 * file): plain JS numbers, errors in our words; throws a plain Error the caller names the file in.
 */
export function parseConfigYaml(text: string): unknown {
  return parseYamlText(text, { bigInts: false });
}

/** Throws when the text nests deeper than the YAML reader allows (a reader with its own rules, like the KFP IR's, checks this first). */
export function checkYamlDepth(text: string): void {
  const deep = lineTooDeep(text, MAX_YAML_DEPTH);
  if (deep !== undefined) throw new Error(`nested more than ${MAX_YAML_DEPTH} levels deep at line ${deep}; flatten it`);
}

/** The key a DUPLICATE_KEY error points at, quoted, read from its line (the parser gives only where it starts). */
function repeatedKey(problem: YAMLError, text: string): string {
  const at = problem.linePos?.[0];
  const rest = at ? (text.split('\n')[at.line - 1] ?? '').slice(at.col - 1) : '';
  const key = /^(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^:]*?))\s*:(?:\s|$)/.exec(rest);
  const name = key ? (key[1] ?? key[2] ?? key[3] ?? '').slice(0, 80) : '';
  return name ? `the key '${escapeText(name)}'` : 'a key';
}

/** The parser's complaint in our words: what is wrong and where, never the library's code names. */
function describeYamlProblem(problem: YAMLError, text: string): string {
  const where = problem.linePos ? ` at line ${problem.linePos[0].line}, column ${problem.linePos[0].col}` : '';
  const first = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (problem.code) {
    case 'DUPLICATE_KEY':
      return `${repeatedKey(problem, text)} is repeated${where}; each key may appear once (the first value would be lost)`;
    case 'TAG_RESOLVE_FAILED':
      return `${escapeText(first.replace(/^Unresolved tag/, 'unknown tag'))}${where}; only plain YAML values are read (no language-specific tags such as !!python/object)`;
    case 'BAD_DIRECTIVE':
      return `${escapeText(first)}${where}; remove the %YAML directive or write %YAML 1.2`;
    default:
      return `${escapeText(first)}${where}`;
  }
}

type TomlParser = (typeof import('smol-toml'))['parse'];
let tomlParser: TomlParser | undefined;

/** TOML is rare in ML projects: its parser loads when the first TOML file does, not at start-up. */
export async function loadTomlParser(): Promise<void> {
  tomlParser ??= (await import('smol-toml')).parse;
}

export interface ParseOptions {
  /** Keep the file's key order where JavaScript's differs (see key-order.ts): for output that prints keys as they come. */
  keyOrder?: boolean;
}

/**
 * Parse JSON, YAML or TOML text (TOML after `loadTomlParser()`).
 * Throws UnreadableFileError naming the file and what is wrong.
 */
export function parseStructured(text: string, format: Exclude<FileFormat, 'csv' | 'tsv'>, path: string, { keyOrder = false }: ParseOptions = {}): Value {
  let document: Document | undefined;
  let value: Value;
  try {
    value = parseValue(text, format, keyOrder ? (parsed) => (document = parsed) : undefined);
  } catch (error) {
    throw new UnreadableFileError(path, `malformed ${format.toUpperCase()}: ${describeParseError(error)}`);
  }
  try {
    if (keyOrder && format === 'json') recordJsonOrder(text, value);
    if (document) recordYamlOrder(document.contents, value);
  } catch {
    // a file too deep for the order's reader (JSON has no depth bound here): JavaScript's order
  }
  return value;
}

function parseValue(text: string, format: Exclude<FileFormat, 'csv' | 'tsv'>, keep: ((document: Document) => void) | undefined): Value {
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
      return normalise(parseYamlText(text, { keep }));
  }
}
