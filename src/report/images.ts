/**
 * Images in a report that private repositories can show. GitHub renders an image in a comment
 * from `<server>/<owner>/<repo>/blob/<commit>/<path>?raw=true` for readers who may read the
 * repository, private ones included: GitHub's docs ("Basic writing and formatting syntax",
 * Images) give `../blob/main/…?raw=true` for issues, pull requests and comments, working in a
 * private repository for viewers with read access; we write it absolute, because a relative link
 * resolves against the page (a PR, an issue and a commit comment differ). Any other host is
 * fetched through Camo, whose URL anyone may open ("About anonymized URLs"), and Camo cannot
 * fetch what needs authentication (a private raw.githubusercontent.com link): so nothing here
 * uploads anywhere but the repository itself.
 *
 * - An image committed in the commit being reported (the workspace file is that commit's blob)
 *   links to that blob.
 * - An image made during the run goes, by mode: `branch` → a commit on the append-only assets
 *   branch (./assets-branch.ts), linked by that commit's sha; `link` → listed with a link to the
 *   run; `none` → left out. `auto` is `branch` unless the token is known not to write contents.
 */
import { statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import { ensureRevision, git } from '../git.js';
import { ASSETS_BRANCH, commitToAssetsBranch, CONTENTS_WRITE } from './assets-branch.js';

export const IMAGES_MODES = ['auto', 'branch', 'link', 'none'] as const;
export type ImagesMode = (typeof IMAGES_MODES)[number];

/** What a report says under repository-hosted images. */
export const PRIVATE_IMAGES_NOTE = 'Images are stored in this repository: only people with access to it can see them.';

/** RFC 3986 unreserved stays; everything else, `(`, `)` and `'` included (they would end a markdown link or an attribute), is %-encoded. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `<serverUrl>/<owner>/<repo>/blob/<commit>/<path>?raw=true`: each path segment URL-encoded,
 * not the slashes. `serverUrl` is GITHUB_SERVER_URL (GitHub Enterprise Server has its own).
 */
export function blobImageUrl({ serverUrl, repository, commit, repoPath }: { serverUrl: string; repository: string; commit: string; repoPath: string }): string {
  const path = repoPath.replace(/^\.?\/+/, '').split('/').filter(Boolean).map(encodeSegment).join('/');
  const repo = repository.split('/').map(encodeSegment).join('/');
  return `${serverUrl.replace(/\/+$/, '')}/${repo}/blob/${encodeSegment(commit)}/${path}?raw=true`;
}

/** What stands in for an image that was not published: its name and, when known, a link to the run (summary and artifacts). */
export function unpublishedImageMarkdown(name: string, runUrl?: string): string {
  const label = `${name.replace(/([\\[\]*_`<>])/g, '\\$1')} (image not published`;
  return runUrl ? `[${label}: see the run's summary and artifacts)](${runUrl})` : `${label})`;
}

export interface ImageFile {
  /** The image on disk (absolute, or relative to cwd). */
  localPath: string;
  /** Its path in the repository from the root, when the caller knows it (an image plot's `repoPath`); else worked out from localPath. */
  repoPath?: string;
  /** The commit it should be in (an image plot's base revision); default headSha. */
  commit?: string;
}

export interface PublishImagesInput {
  /** A folder in the clone; relative localPaths are relative to it. */
  cwd: string;
  /** The environment git runs in (the front end's). */
  env: NodeJS.ProcessEnv;
  /** The git remote to push the assets branch to (`origin`); none: images made during the run cannot go to the branch. */
  remote?: string;
  mode: ImagesMode;
  files: ImageFile[];
  /** GITHUB_SERVER_URL, e.g. `https://github.com`. */
  serverUrl: string;
  /** `owner/name`. */
  repository: string;
  /** This run's page, for images listed instead of shown. */
  runUrl?: string;
  /** The report's id: the folder on the assets branch. */
  reportId: string;
  /** The commit reported on (a PR's head commit, else the built one): committed images link to it. */
  headSha?: string;
  /** `false` when the token is known to be read-only (a fork's pull request): `auto` then lists instead of pushing. */
  canWriteContents?: boolean;
  /** Default `mlops-assets`. */
  branch?: string;
}

export interface PublishImagesResult {
  /** Absolute local path → the URL to show it by. */
  links: Map<string, string>;
  warnings: string[];
  /** The assets-branch commit the run's images went into, when they did. */
  commit?: string;
  /** Absolute paths of images made during the run that are not shown (`link`, or the branch could not be written): list them with the run's link. */
  unpublished: string[];
  /** Absolute paths of images made during the run that are left out (`none`). */
  omitted: string[];
}

const shortSha = (sha: string | undefined): string => (sha ? sha.slice(0, 7) : 'workspace');

/** Report ids keep to a safe alphabet as a folder name, as baselineRef does for a ref. */
const safeId = (reportId: string): string => reportId.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '') || 'default';

async function topLevel(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel'], env);
  return top.ok ? realpath(top.stdout.trim()).catch(() => undefined) : undefined;
}

/** The file's path from the repository root, if it lies inside the work tree. */
async function pathInRepository(top: string | undefined, localPath: string): Promise<string | undefined> {
  if (!top) return undefined;
  const real = await realpath(localPath).catch(() => localPath);
  const path = relative(top, real);
  if (!path || path.startsWith('..') || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

/** Does the clone have the commit, fetching just it if not (a shallow checkout of a PR's merge commit lacks the PR's head)? Once per commit. */
function commitPresence(input: PublishImagesInput, top: string): (commit: string) => Promise<boolean> {
  const known = new Map<string, Promise<boolean>>();
  const check = async (commit: string): Promise<boolean> => {
    if ((await git(top, ['cat-file', '-e', `${commit}^{commit}`], input.env)).ok) return true;
    return input.remote !== undefined && (await ensureRevision(top, commit, input.remote, input.env)).kind === 'fetched';
  };
  return (commit) => {
    if (!known.has(commit)) known.set(commit, check(commit));
    return known.get(commit)!;
  };
}

/** Is the file, byte for byte as git would store it at repoPath, the blob that `commit` has there? */
async function isCommittedAt(input: PublishImagesInput, top: string, localPath: string, repoPath: string, commit: string): Promise<boolean> {
  const stored = await git(top, ['rev-parse', '--verify', '--quiet', `${commit}:${repoPath}`], input.env);
  if (!stored.ok) return false;
  // --path: the filters the repository applies there (LFS, eol), so a committed file compares equal.
  const local = await git(top, ['hash-object', `--path=${repoPath}`, '--', localPath], input.env);
  return local.ok && local.stdout.trim() === stored.stdout.trim();
}

/** Where each image goes on the assets branch: `<report-id>/<short sha>/<path in the repository, or the file's name>`, never two alike. */
function assetPaths(reportId: string, headSha: string | undefined, files: { localPath: string; repoPath?: string }[]): string[] {
  const taken = new Set<string>();
  return files.map(({ localPath, repoPath }) => {
    const name = (repoPath ?? basename(localPath))
      .split('/')
      .filter((segment) => segment && segment !== '.' && segment !== '..' && segment.toLowerCase() !== '.git')
      .join('/') || 'image';
    const folder = `${safeId(reportId)}/${shortSha(headSha)}`;
    let path = `${folder}/${name}`;
    for (let n = 2; taken.has(path); n++) {
      const ext = extname(name);
      path = `${folder}/${name.slice(0, name.length - ext.length)}-${n}${ext}`;
    }
    taken.add(path);
    return path;
  });
}

const listed = (names: string[]): string => names.map((name) => `\`${name}\``).join(', ');

/**
 * Give every image a URL a private repository's readers can open: committed images → their blob
 * at the commit; images made during the run → by `mode` (see the module comment). Failures are
 * warnings naming the images and what to grant; nothing throws for what a user can cause.
 */
export async function publishImages(input: PublishImagesInput): Promise<PublishImagesResult> {
  const result: PublishImagesResult = { links: new Map(), warnings: [], unpublished: [], omitted: [] };
  const top = await topLevel(input.cwd, input.env);
  const present = top ? commitPresence(input, top) : undefined;
  const seen = new Set<string>();
  const made: { localPath: string; repoPath?: string; name: string }[] = [];
  for (const file of input.files) {
    const localPath = resolvePath(input.cwd, file.localPath);
    if (seen.has(localPath)) continue;
    seen.add(localPath);
    const repoPath = file.repoPath?.replace(/^\.?\/+/, '') ?? (await pathInRepository(top, localPath));
    const commit = file.commit ?? input.headSha;
    if (top && present && repoPath && commit && (await present(commit)) && (await isCommittedAt(input, top, localPath, repoPath, commit))) {
      result.links.set(localPath, blobImageUrl({ serverUrl: input.serverUrl, repository: input.repository, commit, repoPath }));
    } else {
      made.push({ localPath, repoPath, name: repoPath ?? relative(input.cwd, localPath) });
    }
  }
  if (made.length === 0) return result;

  const branch = input.branch ?? ASSETS_BRANCH;
  const names = made.map(({ name }) => name);
  const notShown = (why: string): PublishImagesResult => {
    result.unpublished.push(...made.map(({ localPath }) => localPath));
    const where = input.runUrl ? 'listed with a link to the run' : 'listed by name (the run has no link here)';
    result.warnings.push(`${why}: ${listed(names)} ${made.length === 1 ? 'is' : 'are'} ${where} instead of shown.`);
    return result;
  };
  switch (input.mode) {
    case 'none':
      result.omitted.push(...made.map(({ localPath }) => localPath));
      return result;
    case 'link':
      result.unpublished.push(...made.map(({ localPath }) => localPath));
      return result;
    case 'auto':
      if (input.canWriteContents === false) return notShown(`The token may not write contents (\`${CONTENTS_WRITE}\`), so images made during the run cannot go to the ${branch} branch`);
      break;
    case 'branch':
      break;
  }
  if (!input.remote) return notShown(`There is no git remote to push the ${branch} branch to`);
  const paths = assetPaths(input.reportId, input.headSha, made);
  const pushed = await commitToAssetsBranch({
    cwd: input.cwd,
    env: input.env,
    remote: input.remote,
    branch,
    files: made.map(({ localPath }, i) => ({ localPath, path: paths[i]! })),
    message: `mlops: images of report '${input.reportId}' at ${shortSha(input.headSha)}\n\n${paths.join('\n')}\n`,
  });
  switch (pushed.kind) {
    case 'pushed':
      made.forEach(({ localPath }, i) => result.links.set(localPath, blobImageUrl({ serverUrl: input.serverUrl, repository: input.repository, commit: pushed.commit, repoPath: paths[i]! })));
      result.commit = pushed.commit;
      return result;
    case 'no-remote':
      return notShown(`There is no git remote '${pushed.remote}' to push the ${branch} branch to`);
    case 'forbidden':
      return notShown(`Could not push the ${branch} branch (${pushed.message}); the token git uses needs \`${pushed.permission}\``);
    case 'failed':
      return notShown(`Could not ${pushed.step === 'push' ? 'push' : pushed.step === 'fetch' ? 'fetch' : 'write'} the ${branch} branch: ${pushed.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Local image references in a markdown text
// ---------------------------------------------------------------------------------------------

/** Spans where a reference is text, not an image: fenced code, inline code, HTML comments. */
function codeSpans(markdown: string): [number, number][] {
  const spans: [number, number][] = [];
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*(?:\n|$)|(?![\s\S]))/gm;
  for (const m of markdown.matchAll(fence)) {
    // An info string with a backtick does not open a backtick fence (CommonMark 4.5).
    if (m[1]!.startsWith('`') && /`/.test(m[0].split('\n')[0]!.slice(m[0].indexOf(m[1]!) + m[1]!.length))) continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  const inside = (at: number): boolean => spans.some(([start, end]) => at >= start && at < end);
  for (const pattern of [/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, /<!--[\s\S]*?-->/g]) {
    for (const m of markdown.matchAll(pattern)) if (!inside(m.index)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const MD_DEST = String.raw`<(?:\\.|[^\\<>\n])*>|(?:\\.|[^\\\s()]|\((?:\\.|[^\\\s()])*\))+`;
const MD_TITLE = String.raw`(?:[ \t]*\n?[ \t]+(?:"(?:\\.|[^\\"])*"|'(?:\\.|[^\\'])*'|\((?:\\.|[^\\()])*\)))?[ \t\n]*`;
const MD_ALT = String.raw`(?:\\.|[^\\\[\]]|\[(?:\\.|[^\\\[\]])*\])*`;
/** `![alt](dest "title")`: alt, the space before dest, dest, title and trailing space. */
const INLINE_IMAGE = new RegExp(String.raw`!\[(${MD_ALT})\]\(([ \t\n]*)(${MD_DEST})(${MD_TITLE})\)`, 'g');
/** `![alt][label]`, `![label][]`, `![label]` (and `![alt](` to tell the inline form apart). */
const REFERENCE_IMAGE = new RegExp(String.raw`!\[(${MD_ALT})\](\[(?:\\.|[^\\\[\]])*\]|\()?`, 'g');
/** `[label]: dest` at the start of a line. */
const DEFINITION = /^( {0,3}\[((?:\\.|[^\\[\]])+)\]:[ \t]*\n?[ \t]*)(<(?:\\.|[^\\<>\n])*>|\S+)/gm;
/** An `<img …>` tag, and each attribute in it. */
const IMG_TAG = /<img\b(?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;
const ATTRIBUTE = /(\s+)([^\s"'=<>/]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

const normalizeLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();
const unescapeMarkdown = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const unwrap = (dest: string): string => unescapeMarkdown(dest.startsWith('<') ? dest.slice(1, -1) : dest);
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' };
const decodeEntities = (text: string): string => text.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, name: string) => ENTITIES[name]!);
const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** A destination markdown reads back whole: in <…> when it has a space, a parenthesis or an angle bracket. */
const markdownDestination = (url: string): string => (/[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : url);
const unquote = (value: string | undefined): string => (value && /^["']/.test(value) ? value.slice(1, -1) : (value ?? ''));

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

type Target = { kind: 'file'; path: string } | { kind: 'missing'; reference: string } | { kind: 'url' };

/**
 * What a reference names: a file on disk (absolute), a relative path with no file behind it, or
 * a URL (`http(s):`, `data:`, any scheme, `//host`, `#anchor`, or a site path like `/owner/repo/…`
 * that is no file). `?query` and `#fragment` are dropped only when the whole is no file.
 */
function targetOf(reference: string, cwd: string): Target {
  if (!reference || /^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//') || reference.startsWith('#')) return { kind: 'url' };
  let decoded = reference;
  try {
    decoded = decodeURIComponent(reference);
  } catch {
    // a lone % stays as written
  }
  for (const candidate of new Set([decoded, decoded.replace(/[?#].*$/, '')])) {
    if (candidate && isFile(resolvePath(cwd, candidate))) return { kind: 'file', path: resolvePath(cwd, candidate) };
  }
  return isAbsolute(decoded) ? { kind: 'url' } : { kind: 'missing', reference };
}

/** A new destination for an image, or markdown that stands for the whole image (`''` drops it). */
type Change = { url: string } | { whole: string } | undefined;

/** `text.replace`, skipping matches inside code or HTML comments; `replace` gets the match and its groups. */
function replaceOutsideCode(text: string, pattern: RegExp, replace: (match: (string | undefined)[]) => string): string {
  const spans = codeSpans(text);
  return text.replace(pattern, (...args: unknown[]) => {
    // replace's callback: the match, its groups (strings or undefined), then the offset (a number).
    const offsetAt = args.findIndex((arg) => typeof arg === 'number');
    const at = args[offsetAt] as number;
    const match = args.slice(0, offsetAt) as (string | undefined)[];
    if (spans.some(([start, end]) => at >= start && at < end)) return match[0]!;
    return replace(match);
  });
}

/** Walk every image reference outside code, in each syntax; `visit` says what to do with each. */
function mapImages(markdown: string, cwd: string, visit: (target: Target, alt: string) => Change): string {
  const spans = codeSpans(markdown);
  const imageLabels = new Set<string>();
  for (const m of markdown.matchAll(REFERENCE_IMAGE)) {
    if (m[2] === '(' || spans.some(([start, end]) => m.index >= start && m.index < end)) continue;
    imageLabels.add(normalizeLabel(m[2] && m[2] !== '[]' ? m[2].slice(1, -1) : m[1]!));
  }
  // One pass per syntax; a replacement never makes a new match (URLs hold no `![`, `<img` or a
  // line-leading `[`), and each pass finds the code spans of the text it is given.
  let text = replaceOutsideCode(markdown, INLINE_IMAGE, ([whole, alt, lead, dest, title]) => {
    const change = visit(targetOf(unwrap(dest!), cwd), alt!);
    if (change && 'whole' in change) return change.whole;
    return change ? `![${alt}](${lead}${markdownDestination(change.url)}${title})` : whole!;
  });
  text = replaceOutsideCode(text, DEFINITION, ([whole, prefix, label, dest]) => {
    if (!imageLabels.has(normalizeLabel(label!))) return whole!;
    const change = visit(targetOf(unwrap(dest!), cwd), label!);
    return change && 'url' in change ? `${prefix}${markdownDestination(change.url)}` : whole!;
  });
  text = replaceOutsideCode(text, IMG_TAG, ([tag]) => {
    const attributes = [...tag!.matchAll(ATTRIBUTE)];
    const src = attributes.find((a) => a[2]!.toLowerCase() === 'src' && a[4] !== undefined);
    if (!src) return tag!;
    const alt = attributes.find((a) => a[2]!.toLowerCase() === 'alt');
    const change = visit(targetOf(decodeEntities(unquote(src[4])), cwd), decodeEntities(unquote(alt?.[4])));
    if (!change) return tag!;
    if ('whole' in change) return change.whole;
    return `${tag!.slice(0, src.index)}${src[1]}${src[2]}${src[3]}"${escapeAttribute(change.url)}"${tag!.slice(src.index + src[0].length)}`;
  });
  return text;
}

/**
 * The local images a markdown text shows (`![](…)`, reference images, `<img src>`), outside code:
 * `found` are absolute paths of files that exist, `missing` are relative references with no file.
 */
export function findLocalImages(markdown: string, cwd: string): { found: string[]; missing: string[] } {
  const found = new Set<string>();
  const missing = new Set<string>();
  mapImages(markdown, cwd, (target) => {
    if (target.kind === 'file') found.add(target.path);
    if (target.kind === 'missing') missing.add(target.reference);
    return undefined;
  });
  return { found: [...found], missing: [...missing] };
}

/**
 * Rewrite the local image references of a markdown text (`![alt](path)`, reference-style images,
 * `<img src="path">`; never `http(s):`, `data:` or anything in code). Paths are relative to `cwd`;
 * `resolve` gets the file's absolute path and returns its new URL, or undefined to leave it. An
 * image `resolve` leaves may be replaced whole (inline or `<img>`) by what `unresolved` returns
 * (e.g. a link to the run; '' drops it). References to files that do not exist are left alone.
 */
export function rewriteImageLinks(
  markdown: string,
  options: { cwd: string; resolve: (localPath: string) => string | undefined; unresolved?: (localPath: string, alt: string) => string | undefined },
): string {
  return mapImages(markdown, options.cwd, (target, alt) => {
    if (target.kind !== 'file') return undefined;
    const url = options.resolve(target.path);
    if (url !== undefined) return { url };
    const whole = options.unresolved?.(target.path, alt);
    return whole === undefined ? undefined : { whole };
  });
}

export interface MarkdownImagesInput extends Omit<PublishImagesInput, 'files'> {
  markdown: string;
  /** The folder relative image paths are relative to (the markdown file's, as `cml comment create` has it). */
  baseDir: string;
}

/**
 * `mlops comment create`'s publishing: find the markdown's local images, publish them
 * (`publishImages`), rewrite the references, and say under the text that the images are for the
 * repository's readers only. Images not shown become a link to the run; `none` drops them.
 */
export async function publishMarkdownImages(input: MarkdownImagesInput): Promise<{ markdown: string; warnings: string[]; commit?: string }> {
  const { found, missing } = findLocalImages(input.markdown, input.baseDir);
  const warnings = missing.map((reference) => `The image '${reference}' is not a file in ${input.baseDir}; its reference is left as it is.`);
  if (found.length === 0) return { markdown: input.markdown, warnings };
  const published = await publishImages({ ...input, files: found.map((localPath) => ({ localPath })) });
  const unpublished = new Set(published.unpublished);
  const omitted = new Set(published.omitted);
  let markdown = rewriteImageLinks(input.markdown, {
    cwd: input.baseDir,
    resolve: (path) => published.links.get(path),
    unresolved: (path) => (omitted.has(path) ? '' : unpublished.has(path) ? unpublishedImageMarkdown(relative(input.baseDir, path).split(sep).join('/'), input.runUrl) : undefined),
  });
  if (published.links.size > 0) markdown = `${markdown.replace(/\s*$/, '')}\n\n<sub>${PRIVATE_IMAGES_NOTE}</sub>\n`;
  return { markdown, warnings: [...warnings, ...published.warnings], ...(published.commit ? { commit: published.commit } : {}) };
}
