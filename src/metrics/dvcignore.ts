/**
 * `.dvcignore` as DVC applies it when it looks for dvc.yaml files (dvc/ignore.py): gitignore
 * patterns (pathspec's "gitwildmatch"), each file's patterns relative to its own folder, the last
 * matching pattern deciding, and a path ignored as soon as one of its folders is.
 */

export interface IgnoreRule {
  /** The folder of the .dvcignore the pattern came from, relative to the project root ('' for the root). */
  base: string;
  negate: boolean;
  /** `name/`: matches folders only (DVC groups such patterns apart). */
  dirOnly: boolean;
  regex: RegExp;
}

/**
 * One bracket expression starting at `start` (`[`) as pathspec translates it: `[!…]` negates,
 * a leading `^` or `]` is one of the characters; undefined when it is not closed.
 */
function bracket(pattern: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let head = '';
  if (pattern[i] === '!' || pattern[i] === '^') head = pattern[i++] === '!' ? '^' : '\\^';
  const first = i;
  if (pattern[i] === ']') i++;
  while (i < pattern.length && pattern[i] !== ']') i++;
  if (i >= pattern.length) return undefined;
  const body = pattern.slice(first, i).replace(/\\/g, '\\\\').replace(/^\]/, '\\]');
  return { source: `[${head}${body}]`, end: i };
}

/** One path segment (no `/`) of a pattern as a regex source: `*` and `?` stop at `/`. */
function segmentSource(segment: string): string {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    const set = char === '[' ? bracket(segment, i) : undefined;
    if (set) {
      source += set.source;
      i = set.end;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '\\' && i + 1 < segment.length) source += escapeRegex(segment[++i]!);
    else source += escapeRegex(char);
  }
  return source;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * pathspec's `GitWildMatchPattern.pattern_to_regex`: a single name matches at any depth, a `/`
 * anywhere but the end anchors the pattern to its folder, `**` spans folders, a trailing `/`
 * matches what is inside, and every pattern also matches the paths below what it names.
 */
function patternRegex(pattern: string): RegExp {
  const segments = pattern.split('/');
  if (!segments[0]) segments.shift();
  else if (segments.length === 1 || (segments.length === 2 && !segments[1])) {
    if (segments[0] !== '**') segments.unshift('**');
  }
  if (segments.length > 1 && !segments.at(-1)) segments[segments.length - 1] = '**';
  for (let i = segments.length - 1; i > 0; i--) if (segments[i] === '**' && segments[i - 1] === '**') segments.splice(i, 1);
  const end = segments.length - 1;
  let source = '';
  let needSlash = false;
  segments.forEach((segment, i) => {
    if (segment === '**') {
      if (i === 0 && i === end) source += '[^/]+(?:/.*)?';
      else if (i === 0) source += '(?:.+/)?';
      else if (i === end) source += '/.*';
      else source += '(?:/.+)?';
      needSlash = i > 0 && i < end;
      return;
    }
    source += (needSlash ? '/' : '') + (segment === '*' ? '[^/]+' : segmentSource(segment)) + (i === end ? '(?:/.*)?' : '');
    needSlash = true;
  });
  return new RegExp(`^${source}$`);
}

/** The rules of one .dvcignore (DVC strips each line and skips blanks and `#` comments; `\#`, `\!` escape). */
export function parseDvcIgnore(base: string, text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    const pattern = negate ? line.slice(1) : line;
    if (!pattern || pattern === '/') continue;
    rules.push({ base, negate, dirOnly: pattern.endsWith('/'), regex: patternRegex(pattern) });
  }
  return rules;
}

/** DvcIgnoreFilter's built-in patterns: other tools' metadata and DVC's own folder, at any depth. */
export const DEFAULT_IGNORE_RULES: readonly IgnoreRule[] = parseDvcIgnore('', '.hg/\n.git/\n.git\n.dvc/\n');

/** The last rule that matches `path` (relative to the root) decides; none matching: not ignored. */
function matches(rules: readonly IgnoreRule[], path: string, isDir: boolean): boolean {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    if (rule.dirOnly && !isDir) continue;
    if (rule.base && !path.startsWith(`${rule.base}/`)) continue;
    const relative = rule.base ? path.slice(rule.base.length + 1) : path;
    // DVC tries a folder as `name` and as `name/`
    if (rule.regex.test(relative) || (isDir && rule.regex.test(`${relative}/`))) return !rule.negate;
  }
  return false;
}

/** DVC's `_ignore`: each folder on the way is checked first, and an ignored folder ignores all below it. */
export function isIgnored(rules: readonly IgnoreRule[], path: string, isDir = false): boolean {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    if (matches(rules, parts.slice(0, i).join('/'), isDir || i < parts.length)) return true;
  }
  return false;
}
