/**
 * Files of plots as they are in the workspace or were at a commit, as bytes (images are binary,
 * and DVC decodes text itself to report bad UTF-8), and the files under a plot folder. Paths are
 * relative to the folder the command runs in, as DVC's ids are.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { git, objectInfoAt, streamFileAt } from '../git.js';
import { MlopsError } from '../errors.js';
import type { Revision } from '../metrics/load.js';

/** `special`: a device, FIFO or socket (a link to /dev/zero), never read: it would not end. */
export type Entry = { kind: 'missing' } | { kind: 'directory' } | { kind: 'file'; size: number } | { kind: 'special' };

/** What a path names at a revision. */
export async function entryAt(revision: Revision, cwd: string, path: string): Promise<Entry> {
  if (revision.commit === undefined) {
    try {
      const info = await stat(resolve(cwd, path));
      return info.isDirectory() ? { kind: 'directory' } : info.isFile() ? { kind: 'file', size: info.size } : { kind: 'special' };
    } catch {
      return { kind: 'missing' };
    }
  }
  const info = await objectInfoAt(cwd, revision.commit, path);
  if (!info) return { kind: 'missing' };
  return info.type === 'tree' ? { kind: 'directory' } : { kind: 'file', size: info.size };
}

/** The bytes of a file that `entryAt` found. */
export async function readBytesAt(revision: Revision, cwd: string, path: string): Promise<Buffer> {
  if (revision.commit === undefined) return readFile(resolve(cwd, path));
  const chunks: Buffer[] = [];
  for await (const chunk of streamFileAt(cwd, revision.commit, path)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function walk(root: string, folder: string): Promise<string[]> {
  const entries: Dirent[] = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await walk(root, path)));
    else files.push(path);
  }
  return files;
}

/** Every file below a (normalised) folder, recursively, sorted as DVC's `fs.find` sorts them. */
export async function filesUnder(revision: Revision, cwd: string, folder: string): Promise<string[]> {
  if (revision.commit === undefined) return (await walk(cwd, folder)).sort();
  const result = await git(cwd, ['ls-tree', '-r', '-z', '--name-only', revision.commit, '--', `${folder}/`]);
  if (!result.ok) throw new MlopsError(`cannot list ${folder} at ${revision.name}: ${result.stderr.trim()}`);
  // relative to cwd, as the (normalised) folder is
  return result.stdout.split('\0').filter(Boolean).sort();
}
