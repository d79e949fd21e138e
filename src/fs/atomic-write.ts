/**
 * Files a reader must never see half-written (the report a CI step publishes): written to a
 * temporary file in the same folder, then renamed over the old one, which is atomic on one file
 * system. A full disk or a killed process leaves the previous file whole, and no temporary file.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MlopsError, systemErrorWords } from '../errors.js';

/** Write `data` to `path` all at once or not at all; a failure names the file and why, in words. */
export async function writeFileAtomic(path: string, data: string | Iterable<string> | AsyncIterable<string>): Promise<void> {
  if ((await stat(path).catch(() => undefined))?.isDirectory()) {
    throw new MlopsError(`cannot write ${path}: it is a folder.`, { hint: 'Name a file (for example report.md), not a folder.' });
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new MlopsError(`cannot write ${path}: ${systemErrorWords(error)}; the previous file, if any, is left as it was.`, { cause: error });
  }
}
