/** Where things are, for tests that run the bundle or the example. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'index.js');
export const ACTION_BUNDLE = join(ROOT, 'dist', 'index.js');
export const EXAMPLE = join(ROOT, 'examples', 'california-housing');

export function nodeMajor(binary: string): number {
  return Number(execFileSync(binary, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());
}

/**
 * The Node binaries of each major version found: the one running the tests (Node 24 from the
 * `node` dev dependency, under npm scripts) and every `node` on PATH (the machine's own, 20 here).
 */
export function nodeBinaries(): Map<number, string> {
  const found = new Map<number, string>();
  const candidates = [process.execPath, ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'node'))];
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const major = nodeMajor(candidate);
    if (!found.has(major)) found.set(major, candidate);
  }
  return found;
}

/** A folder whose `python3` has scikit-learn (Debian's /usr/bin/python3 when the first one lacks it). */
export function pythonPath(): string {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import sklearn, pandas, yaml, joblib'], { stdio: 'ignore' });
      // the tests' own node stays first: /usr/bin may hold an older one, below the CLI's floor
      return python === 'python3' ? (process.env.PATH ?? '') : `${dirname(process.execPath)}${delimiter}/usr/bin${delimiter}${process.env.PATH ?? ''}`;
    } catch {
      // try the next one
    }
  }
  throw new Error('No python3 with scikit-learn, pandas, PyYAML and joblib: run `bash scripts/setup.sh` (installs Debian python3-sklearn).');
}
