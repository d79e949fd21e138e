/**
 * metadata-action's values, patterns and labels are Handlebars templates, rendered with
 * `handlebars.compile(source)(context)` — and so they are here. Before rendering, the parsed
 * template is checked for what the action's contexts cannot give a sensible tag: blocks, partials,
 * sub-expressions, `@data`, `../`, the built-in helpers, and `{{name arg}}` where `name` is not a
 * helper (Handlebars would print the value, `0` or `[object Object]`, into a tag). Those are
 * refused with an error naming what was written instead of rendering something surprising.
 */
import handlebars from 'handlebars';

export class TemplateError extends Error {}

type Node = hbs.AST.Node;

const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);

/** A Handlebars parse error in plain words; the library's own message is kept for the rest. */
function parseErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const got = /got '([A-Z_]+)'\s*$/.exec(message)?.[1];
  if (got === 'EOF' || got === 'INVALID') return 'has a {{ that is never closed';
  if (got === 'CLOSE_UNESCAPED') return 'has a } too many after }}';
  if (/^Lexical error/.test(message)) return 'has a comment or {{ that is never closed';
  const expecting = /Expecting [^\n]*$/.exec(message)?.[0];
  return `is not valid Handlebars${expecting ? ` (${expecting})` : ''}`;
}

function parse(source: string): hbs.AST.Program {
  try {
    return handlebars.parseWithoutProcessing(source);
  } catch (error) {
    throw new TemplateError(parseErrorMessage(error));
  }
}

/** How the statement at `node` starts in `source` (`{{#`, `{{~>`), for messages. */
function opening(source: string, node: Node): string {
  const lines = source.split('\n');
  const { line, column } = node.loc.start;
  const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column;
  return /^\{\{~?./.exec(source.slice(offset))?.[0] ?? '{{';
}

/** Handlebars' simpleId: one segment, no `this.`/`./`, no `../`. */
function isSimple(path: hbs.AST.PathExpression): boolean {
  return path.parts.length === 1 && !/^\.|this\b/.test(path.original) && path.depth === 0;
}

function checkExpression(node: Node): void {
  if (node.type === 'SubExpression') throw new TemplateError('uses a sub-expression (…), which is not supported here');
  if (node.type !== 'PathExpression') return;
  const path = node as hbs.AST.PathExpression;
  if (path.data) throw new TemplateError('uses @data, which is not supported here');
  if (path.depth > 0) throw new TemplateError('uses ../, which is not supported here');
}

/** Own properties only, as Handlebars (4.6+) reads them. */
function lookup(root: unknown, parts: readonly string[]): unknown {
  let current = root;
  for (const part of parts) {
    if (current === null || current === undefined) return current;
    current = Object.hasOwn(Object(current), part) ? (current as Record<string, unknown>)[part] : undefined;
  }
  return current;
}

function checkMustache(node: hbs.AST.MustacheStatement, context: unknown): void {
  const { path } = node;
  const params = [...node.params, ...(node.hash?.pairs ?? []).map((pair) => pair.value)];
  [path, ...params].forEach(checkExpression);
  const isPath = path.type === 'PathExpression';
  const parts = isPath ? (path as hbs.AST.PathExpression).parts : [String((path as hbs.AST.StringLiteral).original)];
  const name = isPath ? (path as hbs.AST.PathExpression).original : parts[0]!;
  if (isPath && isSimple(path as hbs.AST.PathExpression) && BUILTIN_HELPERS.has(name)) {
    throw new TemplateError(`uses the Handlebars helper {{${name}}}, which is not supported here`);
  }
  if (params.length === 0) return;
  const target = lookup(context, parts);
  if (!target) throw new TemplateError(`calls {{${name} …}}, but there is no helper called ${name} here`);
  if (typeof target !== 'function') throw new TemplateError(`calls {{${name} …}}, but ${name} is not a helper`);
}

function check(program: hbs.AST.Program, source: string, context: unknown): void {
  for (const node of program.body) {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        break;
      case 'MustacheStatement':
        checkMustache(node as hbs.AST.MustacheStatement, context);
        break;
      default:
        // BlockStatement, PartialStatement, PartialBlockStatement, Decorator, DecoratorBlock
        throw new TemplateError(`uses ${opening(source, node)}…, a Handlebars block or partial, which is not supported here`);
    }
  }
}

/** `source` rendered against `context` by `handlebars.compile(source)(context)`, once checked. */
export function renderTemplate(source: string, context: unknown): string {
  check(parse(source), source, context);
  try {
    return handlebars.compile(source)(context);
  } catch (error) {
    if (error instanceof handlebars.Exception) throw new TemplateError(`cannot be rendered: ${(error as unknown as Error).message}`);
    throw error;
  }
}

/**
 * metadata-action's `Meta.isRawStatement`: whether `pattern` is only `{{raw}}` (spaces inside
 * allowed), the one pattern a pre-release keeps instead of falling back to its full version.
 */
export function isRawStatement(pattern: string): boolean {
  try {
    const body = handlebars.parseWithoutProcessing(pattern).body;
    const only = body[0];
    if (body.length !== 1 || only?.type !== 'MustacheStatement') return false;
    const path = (only as hbs.AST.MustacheStatement).path as Partial<hbs.AST.PathExpression>;
    // a literal (`{{"raw"}}`) has no parts: the action's lookup throws there and answers false
    return path.parts?.length === 1 && path.parts[0] === 'raw';
  } catch {
    return false;
  }
}
