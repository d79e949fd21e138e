/** Reads the project's `mlops.yaml` (the one reader the action, the CLI and the Jenkins steps share). */
import { basename } from 'node:path';
import { UsageError } from './errors.js';
import { readPlainFile } from './fs/plain-file.js';
import { parseConfigFile, type RawOptions } from './options.js';

/** Far above any options file; a bigger one is a mistake (a data file named by --config), not read. */
const MAX_CONFIG_BYTES = 1 << 20;

/**
 * The options in `path`; a missing file is no options, unless it was asked for by name. `name` is
 * how messages call the file (`--config ci/opts.yaml` names ci/opts.yaml, not mlops.yaml).
 */
export async function readConfigFile(path: string, { required = false, name = basename(path) } = {}): Promise<RawOptions> {
  const file = await readPlainFile(path, MAX_CONFIG_BYTES);
  if (file.kind === 'missing') {
    if (required) throw new UsageError(`--config: ${name} does not exist.`);
    return {};
  }
  if (file.kind === 'refused') throw new UsageError(`${name}: ${file.reason}.`, 'Options are read from a plain YAML file of at most 1 MiB.');
  return parseConfigFile(file.bytes.toString('utf8'), name);
}
