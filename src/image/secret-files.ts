/**
 * image-secret-files are checked before anything is trained or built: docker names a missing
 * file only after the context is sent (and buildx not at all for some drivers), and a folder
 * would be read as no secret. Paths are relative to working-directory, as the build reads them.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { OptionError, systemErrorWords } from '../errors.js';
import { SECRET_KEYS, type BuildSecret } from './secrets.js';

export async function checkSecretFiles(secrets: readonly BuildSecret[], workingDirectory: string): Promise<void> {
  for (const secret of secrets) {
    if (secret.source !== 'file') continue;
    const path = resolve(workingDirectory, secret.path);
    let isFile: boolean;
    try {
      isFile = (await stat(path)).isFile();
    } catch (error) {
      throw new OptionError(SECRET_KEYS.file, `${secret.id}: cannot read ${path}: ${systemErrorWords(error)}.`, 'Paths are relative to working-directory.');
    }
    if (!isFile) throw new OptionError(SECRET_KEYS.file, `${secret.id}: ${path} is not a file.`, 'Give the file that holds the secret, relative to working-directory.');
  }
}
