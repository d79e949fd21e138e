/**
 * metadata-action's `tags:` rules (`type=semver,pattern={{version}}`, `type=raw,foo`, …) parsed
 * into a type and string attributes, with its per-type defaults filled in and sorted by priority,
 * highest first, as the action evaluates them. Attributes stay strings because the action
 * treats them as templates (`enable={{is_default_branch}}`) until a tag is computed.
 */
import { UsageError } from '../../errors.js';
import { CsvError, parseFields, readInput } from './csv.js';

export type TagType = 'schedule' | 'semver' | 'pep440' | 'match' | 'edge' | 'ref' | 'raw' | 'sha';

export interface TagRule {
  type: TagType;
  /** Every attribute as written, plus the type's defaults (`priority`, `enable`, …). */
  attrs: Record<string, string>;
}

/** Higher runs first; the first tag produced becomes the version. */
export const DEFAULT_PRIORITIES: Readonly<Record<TagType, string>> = {
  schedule: '1000', semver: '900', pep440: '900', match: '800', edge: '700', ref: '600', raw: '200', sha: '100',
};

/** The rules used when `tags:` is empty. */
export const DEFAULT_TAG_RULES: readonly string[] = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

const EXPECTED: Readonly<Record<TagType, string>> = {
  schedule: "type=schedule[,pattern={{date 'YYYYMMDD'}}]",
  semver: 'type=semver,pattern={{version}}[,value=v1.2.3][,match=v(.*)]',
  pep440: 'type=pep440,pattern={{version}}[,value=1.2.3][,match=v(.*)]',
  match: 'type=match,pattern=v(\\d.\\d.\\d)[,group=1][,value=…]',
  edge: 'type=edge[,branch=main]',
  ref: 'type=ref,event=branch|tag|pr',
  raw: 'type=raw,value=<tag> (or just <tag>)',
  sha: 'type=sha[,format=short|long][,prefix=sha-]',
};

function isTagType(value: string): value is TagType {
  return Object.hasOwn(DEFAULT_PRIORITIES, value);
}

function refuse(line: string, problem: string, type?: TagType): never {
  const expected = type ? EXPECTED[type] : `type=${Object.keys(DEFAULT_PRIORITIES).join('|')},…`;
  // metadata-action v5 cut comments anywhere in a line; v6 (and this) only whole `#` lines
  const comment = /\s#/.test(line) ? '\nA # after the start of a line is part of the rule, not a comment: move the comment to its own line.' : '';
  throw new UsageError(`tags: '${line}' ${problem}.`, `Expected: ${expected}${comment}`);
}

/** One rule line, e.g. `type=sha,format=long` or a bare `my-tag` (a raw value). */
export function parseTagRule(line: string): TagRule {
  let fields: string[];
  try {
    fields = parseFields(line);
  } catch (error) {
    if (error instanceof CsvError) refuse(line, error.message);
    throw error;
  }
  let type: TagType | undefined;
  const attrs: Record<string, string> = {};
  for (const field of fields) {
    // only the first `=` separates: `value=a=b` is the value `a=b`
    const at = field.indexOf('=');
    if (at <= 0) {
      attrs.value = field.trim();
      continue;
    }
    const key = field.slice(0, at).trim().toLowerCase();
    const value = field.slice(at + 1).trim();
    if (key !== 'type') {
      attrs[key] = value;
    } else if (isTagType(value)) {
      type = value;
    } else {
      refuse(line, `has the unknown type '${value}'`);
    }
  }
  type ??= 'raw';

  const has = (name: string) => Object.hasOwn(attrs, name);
  const need = (name: string, what = `needs ${name}=`) => {
    if (!has(name)) refuse(line, what, type);
  };
  switch (type) {
    case 'schedule':
      if (!has('pattern')) attrs.pattern = 'nightly';
      break;
    case 'semver':
    case 'pep440':
      need('pattern');
      if (!has('value')) attrs.value = '';
      if (!has('match')) attrs.match = '';
      break;
    case 'match':
      need('pattern');
      if (!has('group')) attrs.group = '0';
      if (Number.isNaN(Number(attrs.group))) refuse(line, `has group=${attrs.group}, which is not a number`, type);
      if (!has('value')) attrs.value = '';
      break;
    case 'edge':
      if (!has('branch')) attrs.branch = '';
      break;
    case 'ref':
      need('event');
      if (!['branch', 'tag', 'pr'].includes(attrs.event!)) refuse(line, `has event=${attrs.event}; the events are branch, tag and pr`, type);
      if (attrs.event === 'pr' && !has('prefix')) attrs.prefix = 'pr-';
      break;
    case 'raw':
      need('value', 'has no value');
      break;
    case 'sha':
      if (!has('prefix')) attrs.prefix = 'sha-';
      if (!has('format')) attrs.format = 'short';
      if (!['short', 'long'].includes(attrs.format!)) refuse(line, `has format=${attrs.format}; the formats are short and long`, type);
      break;
  }
  if (!has('enable')) attrs.enable = 'true';
  if (!has('priority')) attrs.priority = DEFAULT_PRIORITIES[type];
  return { type, attrs };
}

/**
 * The `tags:` input, line by line as written (`#` comments and blank lines allowed), parsed and
 * sorted by priority (stable, so equal priorities keep their order). Empty → the default rules.
 */
export function parseTagRules(lines: readonly string[]): TagRule[] {
  const entries = readInput('tags', lines);
  const rules = (entries.length > 0 ? entries : DEFAULT_TAG_RULES).map(parseTagRule);
  return rules.sort((a, b) => {
    const [pa, pb] = [Number(a.attrs.priority), Number(b.attrs.priority)];
    return pa < pb ? 1 : pa > pb ? -1 : 0;
  });
}

/** A rule written back as `type=…,attr=…`, for messages. */
export function formatTagRule(rule: TagRule): string {
  return [`type=${rule.type}`, ...Object.entries(rule.attrs).map(([key, value]) => `${key}=${value}`)].join(',');
}
