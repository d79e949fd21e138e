/**
 * Reads one metrics or params file as it is in the workspace or was at a commit.
 * Missing is not an error here (DVC shows it as `-`); unreadable is, and names the file.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { specialKind } from '../fs/plain-file.js';
import { objectInfoAt, readBlobAt, streamFileAt, UnreadableBlobError } from '../git.js';
import { LAST_ROW, readCsvRow, type RowSelector } from './csv.js';
import { formatOf, loadTomlParser, parseStructured, UnreadableFileError } from './parse.js';
import type { Value } from './value.js';

/** Where files are read from: the workspace, or a commit (resolved once, shown under its name). */
export interface Revision {
  /** What the user called it (`HEAD`, `main`, `workspace`): DVC's column header. */
  name: string;
  /** The commit sha; undefined for the workspace. */
  commit?: string;
}

export const WORKSPACE: Revision = { name: 'workspace' };

export interface LoadOptions {
  cwd: string;
  /** Which row of a CSV/TSV file to read. */
  row?: RowSelector;
  /** Larger JSON/YAML/TOML files are refused rather than read into memory. */
  maxBytes?: number;
  /** Keep the file's key order where JavaScript's differs (for `show --json`). */
  keyOrder?: boolean;
}

/** 64 MiB: far above any real metrics file, far below what would exhaust a runner's memory. */
export const DEFAULT_MAX_BYTES = 64 << 20;

async function sizeOf(revision: Revision, cwd: string, path: string): Promise<number | 'directory' | undefined> {
  if (revision.commit === undefined) {
    // links are followed: what counts is what they lead to
    const info = await stat(join(cwd, path)).catch(() => undefined);
    if (info === undefined) return undefined;
    if (info.isDirectory()) return 'directory';
    // a device (/dev/zero), a FIFO or a socket never ends, or never starts: refused before a read
    if (!info.isFile()) throw new UnreadableFileError(path, `is not a regular file (${specialKind(info)}); metrics and params are read from plain files.`);
    return info.size;
  }
  const info = await objectInfoAt(cwd, revision.commit, path);
  if (!info) return undefined;
  return info.type === 'tree' ? 'directory' : info.size;
}

function open(revision: Revision, cwd: string, path: string): Readable {
  return revision.commit === undefined ? createReadStream(join(cwd, path)) : streamFileAt(cwd, revision.commit, path);
}

/** The parsed file, or undefined when it does not exist at that revision. */
export async function loadFile(revision: Revision, path: string, options: LoadOptions): Promise<Value | undefined> {
  try {
    return await loadExisting(revision, path, options);
  } catch (error) {
    // in the tree but not readable (a partial clone's missing blob): unreadable, never "absent"
    if (error instanceof UnreadableBlobError) throw new UnreadableFileError(path, error.gitMessage);
    throw error;
  }
}

function tooBig(path: string, size: number, maxBytes: number): UnreadableFileError {
  return new UnreadableFileError(
    path,
    `is ${(size / 2 ** 20).toFixed(1)} MiB; ${formatOf(path).toUpperCase()} metrics and params files over ${(maxBytes / 2 ** 20).toFixed(0)} MiB are not read. Write only the summary numbers to it (a per-step log can be a CSV, which is streamed).`,
  );
}

const DIRECTORY = 'is a directory; name the files in it.';

async function loadExisting(revision: Revision, path: string, options: LoadOptions): Promise<Value | undefined> {
  const format = formatOf(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (revision.commit !== undefined && format !== 'csv' && format !== 'tsv') {
    // type, size and text from one git process: the common case, a JSON or YAML file at the base
    const blob = await readBlobAt(options.cwd, revision.commit, path, maxBytes);
    if (blob.kind === 'missing') return undefined;
    if (blob.kind === 'tree') throw new UnreadableFileError(path, DIRECTORY);
    if (blob.kind === 'too-big') throw tooBig(path, blob.size, maxBytes);
    if (format === 'toml') await loadTomlParser();
    return parseStructured(blob.text, format, path, { keyOrder: options.keyOrder });
  }
  const size = await sizeOf(revision, options.cwd, path);
  if (size === undefined) return undefined;
  if (size === 'directory') throw new UnreadableFileError(path, DIRECTORY);
  if (format === 'csv' || format === 'tsv') {
    return readCsvRow(open(revision, options.cwd, path), format === 'csv' ? ',' : '\t', options.row ?? LAST_ROW, path);
  }
  if (size > maxBytes) throw tooBig(path, size, maxBytes);
  const text = await readFile(join(options.cwd, path), 'utf8');
  if (format === 'toml') await loadTomlParser();
  return parseStructured(text, format, path, { keyOrder: options.keyOrder });
}
