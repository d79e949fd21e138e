/**
 * The report a read-only fork pull request leaves behind as a workflow artifact, as data: what
 * publish() would have posted (the comment body, the "mlops: gates" check run), for which pull
 * request and commit, and the images the report shows. One format, written by the fork's run
 * (upload.ts) and read by the publish-from-artifact run (publish-from-artifact.ts), which
 * trusts none of it: everything in it was made by code the fork controls. So the reader here is
 * strict (known keys only, typed, every string and file within a limit), and the text that will
 * be posted with a write token is sanitized: no hidden HTML comments (a marker among them could
 * take over another report's comment), no @-mentions (the bot would ping people for the fork).
 */
import { reportMarker } from '../report/marker.js';
import { COMMENT_LIMIT } from '../report/size-guard.js';

export const FORK_REPORT_FORMAT = 'mlops-action/fork-report';
export const FORK_REPORT_VERSION = 1;
/** The JSON file inside the artifact; images go under `images/`. */
export const FORK_REPORT_FILE = 'mlops-report.json';
export const IMAGES_FOLDER = 'images';

/** The limits an artifact is held to before anything in it is used. */
export const FORK_LIMITS = {
  /** The artifact's zip, as GitHub reports its size and as downloaded. */
  artifactBytes: 16 * 1024 * 1024,
  /** The JSON file, unpacked (a full comment body, check summary and text fit several times). */
  jsonBytes: 1024 * 1024,
  /** The comment body, in UTF-16 units as GitHub counts (65,536). */
  bodyChars: COMMENT_LIMIT,
  checkTitleChars: 1000,
  /** GitHub: check run output.summary and output.text, 65,535 characters each. */
  checkSummaryChars: 65535,
  checkTextChars: 65535,
  reportIdChars: 100,
  images: 20,
  imageBytes: 4 * 1024 * 1024,
  /** Everything in the archive, unpacked. */
  totalBytes: 32 * 1024 * 1024,
  /** Report artifacts one run may leave (one per report-id). */
  artifactsPerRun: 10,
} as const;

export type CheckConclusion = 'success' | 'failure' | 'neutral';
const CONCLUSIONS: readonly CheckConclusion[] = ['success', 'failure', 'neutral'];

export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

/** A raster image only: an SVG is a document that can carry script and links, so it is never taken. */
const IMAGE_TYPES: Record<string, ImageType> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

export interface ForkReportImage {
  /** `images/<name>` inside the artifact. */
  file: string;
  mediaType: ImageType;
}

export interface ForkReport {
  format: typeof FORK_REPORT_FORMAT;
  version: typeof FORK_REPORT_VERSION;
  /** The base repository, `owner/name`. */
  repository: string;
  pullRequest: number;
  /** The pull request's head commit the run judged (40 hex digits). */
  headSha: string;
  /** The report's key (`report-id`); the marker is derived from it, never read from the body. */
  reportId: string;
  /** The sticky comment's body as publish() fitted it, or null when the comment was not refused. */
  comment: { body: string } | null;
  /** The "mlops: gates" check run, or null when none was refused (no gates). */
  check: { conclusion: CheckConclusion; title: string; summary: string; text?: string } | null;
  images: ForkReportImage[];
}

/** Why an artifact was refused, in a sentence naming the field and what was expected. */
export class ForkReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForkReportError';
  }
}

/** The artifact's name: one per pull request and report id (artifact names are unique in a run). */
export function forkReportName(pullRequest: number, reportId: string): string {
  const base = `mlops-report-pr-${pullRequest}`;
  if (reportId === 'default') return base;
  // The marker's alphabet, without the `/` artifact names refuse.
  return `${base}-${reportId.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/** Names that may be report artifacts; anything else in the run is not looked at. */
export const FORK_REPORT_NAME = /^mlops-report-pr-([1-9][0-9]{0,9})(?:-[A-Za-z0-9._-]{1,100})?$/;

/** The image's type from its name, or why the name is not one we take. */
export function imageTypeOf(name: string): ImageType {
  const match = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.([A-Za-z]+)$/.exec(name);
  const type = match ? IMAGE_TYPES[match[1]!.toLowerCase()] : undefined;
  if (!type) throw new ForkReportError(`image '${name}' is not a .png, .jpg, .gif or .webp file with a plain name (letters, digits, . _ -)`);
  return type;
}

/** The bytes must be the image their type says (magic numbers), not a page or a script renamed. */
export function checkImageBytes(name: string, mediaType: ImageType, bytes: Uint8Array): void {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  const ascii = (from: number, text: string) => [...text].every((ch, index) => bytes[from + index] === ch.charCodeAt(0));
  const ok =
    mediaType === 'image/png' ? starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
    : mediaType === 'image/jpeg' ? starts(0xff, 0xd8, 0xff)
    : mediaType === 'image/gif' ? ascii(0, 'GIF87a') || ascii(0, 'GIF89a')
    : ascii(0, 'RIFF') && ascii(8, 'WEBP');
  if (!ok) throw new ForkReportError(`image '${name}' is not a ${mediaType.slice(6).toUpperCase()} file (its first bytes say otherwise)`);
  if (bytes.length > FORK_LIMITS.imageBytes) throw new ForkReportError(`image '${name}' is ${bytes.length} bytes; at most ${FORK_LIMITS.imageBytes} are taken`);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(where: string, value: { [key: string]: Json }, required: readonly string[], optional: readonly string[] = []): void {
  const known = new Set([...required, ...optional]);
  const unknown = Object.keys(value).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new ForkReportError(`${where} has unknown field(s) ${unknown.map((key) => JSON.stringify(key)).join(', ')}`);
  const missing = required.filter((key) => !Object.prototype.hasOwnProperty.call(value, key));
  if (missing.length > 0) throw new ForkReportError(`${where} lacks ${missing.join(', ')}`);
}

/** C0 controls other than tab, newline and carriage return have no business in a report. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function text(where: string, value: Json | undefined, max: number, { empty = false }: { empty?: boolean } = {}): string {
  if (typeof value !== 'string') throw new ForkReportError(`${where} must be a string`);
  if (!empty && value.trim() === '') throw new ForkReportError(`${where} is empty`);
  if (value.length > max) throw new ForkReportError(`${where} is ${value.length} characters long; at most ${max} are taken`);
  if (CONTROL.test(value)) throw new ForkReportError(`${where} contains control characters`);
  return value;
}

/**
 * The report from the artifact's JSON text, checked field by field: known keys only, each of
 * its type and within its limit. Throws ForkReportError saying what is wrong.
 */
export function parseForkReport(json: string): ForkReport {
  if (Buffer.byteLength(json, 'utf8') > FORK_LIMITS.jsonBytes) throw new ForkReportError(`${FORK_REPORT_FILE} is larger than ${FORK_LIMITS.jsonBytes} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ForkReportError(`${FORK_REPORT_FILE} is not JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) throw new ForkReportError(`${FORK_REPORT_FILE} must hold a JSON object`);
  onlyKeys(FORK_REPORT_FILE, data, ['format', 'version', 'repository', 'pullRequest', 'headSha', 'reportId', 'comment', 'check', 'images']);
  if (data.format !== FORK_REPORT_FORMAT) throw new ForkReportError(`format must be '${FORK_REPORT_FORMAT}'`);
  if (data.version !== FORK_REPORT_VERSION) throw new ForkReportError(`version ${JSON.stringify(data.version)} is not one this action reads (it reads ${FORK_REPORT_VERSION})`);
  const repository = text('repository', data.repository, 200);
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) throw new ForkReportError(`repository '${repository}' is not of the form owner/name`);
  const pullRequest = data.pullRequest;
  if (typeof pullRequest !== 'number' || !Number.isSafeInteger(pullRequest) || pullRequest < 1) throw new ForkReportError('pullRequest must be a pull request number (a positive integer)');
  const headSha = text('headSha', data.headSha, 40);
  if (!/^[0-9a-f]{40}$/.test(headSha)) throw new ForkReportError('headSha must be a full commit sha (40 lower-case hex digits)');
  const reportId = text('reportId', data.reportId, FORK_LIMITS.reportIdChars);

  let comment: ForkReport['comment'] = null;
  if (data.comment !== null) {
    if (!isObject(data.comment)) throw new ForkReportError('comment must be an object or null');
    onlyKeys('comment', data.comment, ['body']);
    comment = { body: text('comment.body', data.comment.body, FORK_LIMITS.bodyChars) };
  }

  let check: ForkReport['check'] = null;
  if (data.check !== null) {
    if (!isObject(data.check)) throw new ForkReportError('check must be an object or null');
    onlyKeys('check', data.check, ['conclusion', 'title', 'summary'], ['text']);
    const conclusion = data.check.conclusion;
    if (typeof conclusion !== 'string' || !CONCLUSIONS.includes(conclusion as CheckConclusion)) throw new ForkReportError(`check.conclusion must be one of ${CONCLUSIONS.join(', ')}`);
    check = {
      conclusion: conclusion as CheckConclusion,
      title: text('check.title', data.check.title, FORK_LIMITS.checkTitleChars),
      summary: text('check.summary', data.check.summary, FORK_LIMITS.checkSummaryChars, { empty: true }),
      ...(data.check.text !== undefined ? { text: text('check.text', data.check.text, FORK_LIMITS.checkTextChars, { empty: true }) } : {}),
    };
  }
  if (!comment && !check) throw new ForkReportError('the report carries neither a comment nor a check run');

  if (!Array.isArray(data.images)) throw new ForkReportError('images must be a list');
  if (data.images.length > FORK_LIMITS.images) throw new ForkReportError(`images lists ${data.images.length} files; at most ${FORK_LIMITS.images} are taken`);
  const files = new Set<string>();
  const images = data.images.map((image, index): ForkReportImage => {
    if (!isObject(image)) throw new ForkReportError(`images[${index}] must be an object`);
    onlyKeys(`images[${index}]`, image, ['file', 'mediaType']);
    const file = text(`images[${index}].file`, image.file, 120);
    const name = file.startsWith(`${IMAGES_FOLDER}/`) ? file.slice(IMAGES_FOLDER.length + 1) : '';
    const mediaType = imageTypeOf(name || file);
    if (!name) throw new ForkReportError(`images[${index}].file must be ${IMAGES_FOLDER}/<name>`);
    if (image.mediaType !== mediaType) throw new ForkReportError(`images[${index}].mediaType must be ${mediaType} for ${file}`);
    if (files.has(file)) throw new ForkReportError(`images lists ${file} twice`);
    files.add(file);
    return { file, mediaType };
  });

  return { format: FORK_REPORT_FORMAT, version: FORK_REPORT_VERSION, repository, pullRequest, headSha, reportId, comment, check, images };
}

/** The JSON text of a report, as the artifact carries it. */
export function encodeForkReport(report: ForkReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Text from the fork made fit to post with a write token: HTML comments removed (hidden text,
 * and markers that could claim another report's comment), then any stray `<!--` or `-->` too,
 * over and over until none is left, so that no removal can join two halves into a new one and
 * nothing can open a comment around ours; @-mentions defused with a zero-width joiner so they
 * notify nobody (`dev@example.com` is left alone). Returns the text and what was changed.
 */
export function sanitizeForkText(input: string): { text: string; changes: string[] } {
  const changes = new Set<string>();
  let text = input;
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/<!--[\s\S]*?--!?>/g, () => (changes.add('an HTML comment'), ''));
    text = text.replace(/<!--|--!?>/g, () => (changes.add('an unclosed HTML comment'), ''));
  }
  // A mention is @ not after a letter, digit or _, then a login or org/team.
  text = text.replace(/(^|[^A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)/g, (_whole, before: string, login: string) => {
    changes.add(`a mention of @${login}`);
    return `${before}@\u200d${login}`;
  });
  return { text, changes: [...changes] };
}

/** The one marker for this report: derived from its id (src/report/marker.ts), whatever the body held. */
export function forkReportMarker(report: Pick<ForkReport, 'reportId'>): string {
  return reportMarker(report.reportId);
}
