/**
 * Reading a file a user named (or a project holds) without trusting what it is: links are
 * followed, then anything that is not a regular file (a link to /dev/zero, a named pipe, a
 * socket) is refused before a byte is read, and so is a file over the size limit. Each refusal is
 * a reason in words, for the caller to put after the file's name.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { systemErrorWords } from '../errors.js';

export type PlainFile = { kind: 'read'; bytes: Buffer } | { kind: 'missing' } | { kind: 'refused'; reason: string };

/** What a file that is not a regular file is, in words. */
export function specialKind(info: Stats): string {
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/** Why a file with these stats is not read, or undefined when it may be. */
export function refusal(info: Stats, maxBytes: number): string | undefined {
  if (info.isDirectory()) return 'is a folder, not a file';
  if (!info.isFile()) return `is not a regular file (${specialKind(info)})`;
  if (info.size > maxBytes) return `is ${(info.size / 2 ** 20).toFixed(1)} MiB, over the ${(maxBytes / 2 ** 20).toFixed(0)} MiB this file may have`;
  return undefined;
}

/** The bytes of `path`, or that it is missing, or why it is not read. */
export async function readPlainFile(path: string, maxBytes: number): Promise<PlainFile> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'refused', reason: `cannot be read (${systemErrorWords(error)})` };
  }
  const refused = refusal(info, maxBytes);
  if (refused) return { kind: 'refused', reason: refused };
  try {
    return { kind: 'read', bytes: await readFile(path) };
  } catch (error) {
    return { kind: 'refused', reason: `cannot be read (${systemErrorWords(error)})` };
  }
}
