/** Reads the project's `mlops.yaml` (the one reader the action, the CLI and the Jenkins steps share). */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { systemErrorWords, UsageError } from './errors.js';
import { parseConfigFile, type RawOptions } from './options.js';

/** Far above any options file; a bigger one is a mistake (a data file named by --config), not read. */
const MAX_CONFIG_BYTES = 1 << 20;

/**
 * The options in `path`; a missing file is no options, unless it was asked for by name. `name` is
 * how messages call the file (`--config ci/opts.yaml` names ci/opts.yaml, not mlops.yaml).
 */
export async function readConfigFile(path: string, { required = false, name = basename(path) } = {}): Promise<RawOptions> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw new UsageError(`${name}: cannot be read (${systemErrorWords(error)}).`);
  });
  if (info === undefined) {
    if (required) throw new UsageError(`--config: ${name} does not exist.`);
    return {};
  }
  if (info.isDirectory()) throw new UsageError(`${name}: is a folder, not a file.`, 'Name the options file itself (YAML).');
  if (!info.isFile()) throw new UsageError(`${name}: is not a regular file; options are read from a plain YAML file.`);
  if (info.size > MAX_CONFIG_BYTES) throw new UsageError(`${name}: is ${(info.size / 2 ** 20).toFixed(1)} MiB; an options file is at most 1 MiB.`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${name}: cannot be read (${systemErrorWords(error)}).`);
  }
  return parseConfigFile(text, name);
}
