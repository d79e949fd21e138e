/**
 * The part of Handlebars that metadata-action's values, patterns and labels use: `{{name}}`,
 * `{{name 'arg' key='value'}}`, `{{{name}}}`/`{{&name}}`, `{{! comments }}`, `\{{` escapes and
 * `~` whitespace control. Output of `{{ }}` is HTML-escaped as Handlebars does (`=` → `&#x3D;`),
 * because the action's tags are sanitised after that escaping. Blocks, partials, sub-expressions
 * and `@data` are refused with an error rather than rendered differently.
 */

export class TemplateError extends Error {}

type Literal = string | number | boolean | null | undefined;
type Param = { kind: 'literal'; value: Literal } | { kind: 'path'; parts: string[]; explicitThis: boolean };

interface Mustache {
  kind: 'mustache';
  /** The name; `literal` when it was written as a string/number (`{{"raw"}}`). */
  path: Param;
  params: Param[];
  hash: Array<[string, Param]>;
  escaped: boolean;
  stripLeft: boolean;
  stripRight: boolean;
}
type Node = { kind: 'content'; text: string } | { kind: 'comment'; stripLeft: boolean; stripRight: boolean } | Mustache;

/** Handlebars' ID: anything but whitespace and `!"#%&'()*+,./;<=>@[\]^`{|}~`. */
const ID = /^[^\s!"#%&'()*+,./;<=>@[\\\]^`{|}~]+(?=[=~}\s/.)|]|$)/;
const NUMBER = /^-?[0-9]+(?:\.[0-9]+)?(?=[~}\s)])/;
const KEYWORD = /^(true|false|undefined|null)(?=[~}\s)])/;
const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);

function parseMustache(source: string, start: number): { node: Node; end: number } {
  let pos = start + 2;
  const stripLeft = source[pos] === '~';
  if (stripLeft) pos++;
  if (source.startsWith('!', pos)) {
    const long = source.startsWith('!--', pos);
    const close = long ? /--(~?)\}\}/g : /(~?)\}\}/g;
    close.lastIndex = pos;
    const match = close.exec(source);
    if (!match) throw new TemplateError('has a comment that is never closed');
    return { node: { kind: 'comment', stripLeft, stripRight: match[1] === '~' }, end: match.index + match[0].length };
  }
  let escaped = true;
  let triple = false;
  if (source[pos] === '{') {
    triple = true;
    escaped = false;
    pos++;
  } else if (source[pos] === '&') {
    escaped = false;
    pos++;
  } else if ('#/^>*'.includes(source[pos] ?? '') || /^\s*else\b/.test(source.slice(pos))) {
    throw new TemplateError(`uses ${source.slice(start, pos + 1)}…, a Handlebars block or partial, which is not supported here`);
  }

  const items: Param[] = [];
  const hash: Array<[string, Param]> = [];
  for (;;) {
    while (/\s/.test(source[pos] ?? '')) pos++;
    const rest = source.slice(pos);
    const close = triple ? /^\}(~?)\}\}/.exec(rest) : /^(~?)\}\}/.exec(rest);
    if (close) {
      // Handlebars reads `}}}` as the close of a triple mustache, so a stray `}` is an error
      if (source[pos + close[0].length] === '}') throw new TemplateError('has a } too many after }}');
      const [path, ...params] = items;
      if (!path) throw new TemplateError('has an empty {{ }}');
      return { node: { kind: 'mustache', path, params, hash, escaped, stripLeft, stripRight: close[1] === '~' }, end: pos + close[0].length };
    }
    if (rest === '') throw new TemplateError('has a {{ that is never closed');
    const key = /^([^\s!"#%&'()*+,./;<=>@[\\\]^`{|}~]+)=/.exec(rest);
    if (key) {
      pos += key[0].length;
      const value = readParam(source, pos);
      hash.push([key[1]!, value.param]);
      pos = value.end;
      continue;
    }
    if (hash.length > 0) throw new TemplateError('has a parameter after key=value pairs');
    const param = readParam(source, pos);
    items.push(param.param);
    pos = param.end;
  }
}

function readParam(source: string, pos: number): { param: Param; end: number } {
  const rest = source.slice(pos);
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const match = (quote === '"' ? /^"((?:\\"|[^"])*)"/ : /^'((?:\\'|[^'])*)'/).exec(rest);
    if (!match) throw new TemplateError('has a string that is never closed');
    return { param: { kind: 'literal', value: match[1]!.replaceAll(`\\${quote}`, quote) }, end: pos + match[0].length };
  }
  const number = NUMBER.exec(rest);
  if (number) return { param: { kind: 'literal', value: Number(number[0]) }, end: pos + number[0].length };
  const keyword = KEYWORD.exec(rest);
  if (keyword) {
    const values: Record<string, Literal> = { true: true, false: false, undefined: undefined, null: null };
    return { param: { kind: 'literal', value: values[keyword[1]!] }, end: pos + keyword[0].length };
  }
  if (rest[0] === '(' || rest[0] === '@') {
    throw new TemplateError(`uses ${rest[0] === '(' ? 'a sub-expression (…)' : '@data'}, which is not supported here`);
  }
  // a path: segments (IDs or [literal segments]) separated by `.` or `/`
  const parts: string[] = [];
  let explicitThis = false;
  let end = pos;
  for (;;) {
    const tail = source.slice(end);
    const segment = /^\[([^\]]*)\]/.exec(tail) ?? ID.exec(tail);
    if (tail.startsWith('..')) throw new TemplateError('uses ../, which is not supported here');
    if (parts.length > 0 && NUMBER.test(tail)) throw new TemplateError(`has a number as a path segment; write [${NUMBER.exec(tail)![0]}]`);
    if (!segment) {
      if (tail.startsWith('.') && parts.length === 0) {
        explicitThis = true;
        end++;
      } else {
        throw new TemplateError(`has something Handlebars cannot read at ${JSON.stringify(tail.slice(0, 10))}`);
      }
    } else {
      const name = segment[1] ?? segment[0];
      if (parts.length === 0 && !explicitThis && name === 'this' && segment[1] === undefined) explicitThis = true;
      else parts.push(name);
      end += segment[0].length;
    }
    if (source[end] !== '.' && source[end] !== '/') break;
    end++;
  }
  return { param: { kind: 'path', parts, explicitThis }, end };
}

function parse(source: string): Node[] {
  const nodes: Node[] = [];
  const content = (text: string): void => {
    if (text !== '') nodes.push({ kind: 'content', text });
  };
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    if (open === -1) {
      content(source.slice(pos));
      break;
    }
    const before = source.slice(pos, open);
    if (before.endsWith('\\\\')) {
      // `\\{{x}}`: one backslash, then a real mustache
      content(before.slice(0, -1));
    } else if (before.endsWith('\\')) {
      // `\{{x}}` is text up to the next mustache (or escaped one)
      content(before.slice(0, -1));
      let next = source.indexOf('{{', open + 2);
      if (next === -1) next = source.length;
      else if (source.slice(0, next).endsWith('\\\\') && next - 2 >= open + 2) next -= 2;
      else if (source[next - 1] === '\\' && next - 1 >= open + 2) next -= 1;
      content(source.slice(open, next));
      pos = next;
      continue;
    } else {
      content(before);
    }
    const { node, end } = parseMustache(source, open);
    nodes.push(node);
    pos = end;
  }
  return nodes;
}

function lookup(root: unknown, parts: readonly string[]): unknown {
  let current = root;
  for (const part of parts) {
    if (current === null || current === undefined) return current;
    // Handlebars (4.6+) reads own properties only
    current = Object.hasOwn(Object(current), part) ? (current as Record<string, unknown>)[part] : undefined;
  }
  return current;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** Handlebars' escapeExpression, including how it prints non-strings (`[1,2]` → `1,2`). */
function escapeExpression(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(/[&<>"'`=]/g, (chr) => ESCAPES[chr]!);
}

function paramValue(param: Param, context: unknown): unknown {
  return param.kind === 'literal' ? param.value : lookup(context, param.parts);
}

function nameOf(param: Param): string {
  return param.kind === 'literal' ? String(param.value) : param.parts.join('.');
}

function evaluate(node: Mustache, context: unknown): unknown {
  const { path } = node;
  const name = nameOf(path);
  const simple = path.kind === 'path' && path.parts.length === 1 && !path.explicitThis;
  if (simple && BUILTIN_HELPERS.has(name)) throw new TemplateError(`uses the Handlebars helper {{${name}}}, which is not supported here`);
  // a literal name is looked up like a path: {{"raw"}} reads `raw`
  const target = path.kind === 'literal' ? lookup(context, [String(path.value)]) : lookup(context, path.parts);
  const options = { name, hash: Object.fromEntries(node.hash.map(([key, value]) => [key, paramValue(value, context)])) };
  if (node.params.length === 0 && node.hash.length === 0) {
    if (typeof target !== 'function') return target;
    // a plain name is called like a helper (with options); a dotted path like a lambda (without)
    return simple ? (target as (...args: unknown[]) => unknown).call(context, options) : (target as () => unknown).call(context);
  }
  if (!target) throw new TemplateError(`calls {{${name} …}}, but there is no helper called ${name} here`);
  if (typeof target !== 'function') throw new TemplateError(`calls {{${name} …}}, but ${name} is not a helper`);
  return (target as (...args: unknown[]) => unknown).call(context, ...node.params.map((param) => paramValue(param, context)), options);
}

/** `source` rendered against `context`, as `handlebars.compile(source)(context)` would. */
export function renderTemplate(source: string, context: unknown): string {
  const nodes = parse(source);
  const pieces: string[] = [];
  let stripNext = false;
  nodes.forEach((node, index) => {
    if (node.kind === 'content') {
      let text = node.text;
      if (stripNext) text = text.replace(/^\s+/, '');
      const next = nodes[index + 1];
      if (next && next.kind !== 'content' && next.stripLeft) text = text.replace(/\s+$/, '');
      pieces.push(text);
      stripNext = false;
      return;
    }
    stripNext = node.stripRight;
    if (node.kind === 'comment') return;
    const value = evaluate(node, context);
    pieces.push(node.escaped ? escapeExpression(value) : value === null || value === undefined ? '' : String(value));
  });
  return pieces.join('');
}

/**
 * Whether `pattern` is only `{{raw}}` (spaces inside allowed), the one pattern a pre-release
 * keeps instead of falling back to its full version.
 */
export function isRawStatement(pattern: string): boolean {
  try {
    const nodes = parse(pattern);
    const only = nodes[0];
    return nodes.length === 1 && only?.kind === 'mustache' && only.path.kind === 'path' && only.path.parts.length === 1 && only.path.parts[0] === 'raw';
  } catch {
    return false;
  }
}
