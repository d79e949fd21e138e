/** Reads the project's `mlops.yaml` (the one reader the action, the CLI and the Jenkins steps share). */
import { readFile } from 'node:fs/promises';
import { UsageError } from './errors.js';
import { parseConfigFile, type RawOptions } from './options.js';

/** The options in `path`; a missing file is no options, unless it was asked for by name. */
export async function readConfigFile(path: string, { required = false } = {}): Promise<RawOptions> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (required) throw new UsageError(`--config: ${path} does not exist.`);
    return {};
  }
  return parseConfigFile(text);
}
