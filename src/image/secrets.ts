/**
 * BuildKit secrets for the image build, in build-push-action's three inputs: `secrets`
 * (`id=value`), `secret-files` (`id=path`) and `secret-envs` (`id=ENVNAME`), here image-secrets,
 * image-secret-files and image-secret-envs. They reach the build as `--secret` only: never as a
 * build arg or a label (both stay in the image's history), and a value never on a command line
 * (it goes through a 0600 file in the stage's own temp dir). No message here ever quotes a value.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OptionError } from '../errors.js';
import { CsvError, parseInputList } from './meta/csv.js';

export type BuildSecret =
  | { id: string; source: 'value'; value: string }
  | { id: string; source: 'file'; path: string }
  | { id: string; source: 'env'; env: string };

export const SECRET_KEYS = { value: 'image-secrets', file: 'image-secret-files', env: 'image-secret-envs' } as const;
export type SecretKey = (typeof SECRET_KEYS)[keyof typeof SECRET_KEYS];

/** What BuildKit takes as an id without quoting, and what a shell takes as a variable name. */
const ID = /^[A-Za-z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The entries of one input as build-push-action reads them (actions-toolkit getInputList with
 * ignoreComma: one per line, `#` lines skipped, a quoted entry may span lines). csv-parse's own
 * message quotes the field, so for image-secrets it is replaced by one that does not.
 */
function entries(key: SecretKey, lines: readonly string[]): string[] {
  try {
    return parseInputList(lines);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (key === SECRET_KEYS.value) throw new OptionError(key, 'a line has a quote that does not open or close a whole entry (its text is not shown: it holds a secret).', 'Quote a whole line ("id=value") or none of it.');
    throw new OptionError(key, `the input ${error.message}.`, 'Quote a whole line ("id=value") or none of it.');
  }
}

const FORMS: Record<BuildSecret['source'], string> = { value: 'id=value, e.g. GIT_AUTH_TOKEN=…', file: 'id=path, e.g. npmrc=.npmrc', env: 'id=ENVNAME, e.g. GIT_AUTH_TOKEN=GITHUB_TOKEN' };

/** `id=rest` of one entry; the entry is quoted in the message only where it holds no secret. */
function split(key: SecretKey, source: BuildSecret['source'], entry: string, index: number): [string, string] {
  const shown = source === 'value' ? `line ${index + 1}` : `'${entry}'`;
  const at = entry.indexOf('=');
  if (at < 0) throw new OptionError(key, `${shown} has no '=' (expected ${FORMS[source]}).`);
  const id = entry.slice(0, at).trim();
  const rest = entry.slice(at + 1);
  if (!id) throw new OptionError(key, `${shown} has an empty id before '=' (expected ${FORMS[source]}).`);
  if (!ID.test(id)) throw new OptionError(key, `the id '${id}' may hold only letters, digits, '_', '.' and '-'.`);
  if (source === 'value') {
    // a workflow's `${{ secrets.X }}` is empty where the secret is not set (a pull request from a fork)
    if (rest === '') throw new OptionError(key, `${id} has an empty value (a secret that is not set, or a pull request from a fork, which gets no secrets).`);
    return [id, rest];
  }
  const value = rest.trim();
  if (!value) throw new OptionError(key, `${id} has nothing after '=' (expected ${FORMS[source]}).`);
  if (source === 'env' && !ENV_NAME.test(value)) throw new OptionError(key, `${id}: '${value}' is not an environment variable name.`);
  return [id, value];
}

/** The secrets of the three inputs (lines of text, as the options hold them); each id once. */
export function parseBuildSecrets(raw: { values: readonly string[]; files: readonly string[]; envs: readonly string[] }): BuildSecret[] {
  const secrets: BuildSecret[] = [];
  const seen = new Map<string, SecretKey>();
  const add = (key: SecretKey, secret: BuildSecret): void => {
    const first = seen.get(secret.id);
    if (first) throw new OptionError(key, `the id ${secret.id} is given ${first === key ? 'twice' : `in ${first} too`}; give each id once.`);
    seen.set(secret.id, key);
    secrets.push(secret);
  };
  entries(SECRET_KEYS.value, raw.values).forEach((entry, index) => {
    const [id, value] = split(SECRET_KEYS.value, 'value', entry, index);
    add(SECRET_KEYS.value, { id, source: 'value', value });
  });
  entries(SECRET_KEYS.file, raw.files).forEach((entry, index) => {
    const [id, path] = split(SECRET_KEYS.file, 'file', entry, index);
    add(SECRET_KEYS.file, { id, source: 'file', path });
  });
  entries(SECRET_KEYS.env, raw.envs).forEach((entry, index) => {
    const [id, env] = split(SECRET_KEYS.env, 'env', entry, index);
    add(SECRET_KEYS.env, { id, source: 'env', env });
  });
  return secrets;
}

/**
 * The values of an image-secrets input, for the platform to mask before anything can print them.
 * Never throws: a malformed input is refused later, by the option parser, and must be masked
 * all the same (every line whole, and what follows its first `=`).
 */
export function secretValuesToMask(text: string): string[] {
  let list: string[];
  try {
    list = parseInputList([text]);
  } catch {
    list = text.split('\n');
  }
  const values = new Set<string>();
  for (const entry of list) {
    // with no `=`, the whole line may be the value (the id forgotten)
    const value = entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : entry.trim();
    if (value) values.add(value);
    // a multi-line value is masked line by line too, as the runner shows it
    for (const line of value.split('\n').map((part) => part.trim())) if (line) values.add(line);
  }
  return [...values];
}

/** The variable names an image-secret-envs input gives, for the platform to mask what they hold. Never throws. */
export function secretEnvNames(text: string): string[] {
  return text.split('\n').filter((line) => line.includes('=')).map((line) => line.slice(line.indexOf('=') + 1).trim()).filter((name) => ENV_NAME.test(name));
}

/** A field of a `--secret` spec, quoted as the CLI's CSV reader wants when it holds `,` or `"`. */
function field(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The `--secret` flags for these secrets; a value is written to a 0600 file in `dir` (the
 * stage's mkdtemp dir, removed after the build), so the command line holds only its path.
 */
export async function secretFlags(secrets: readonly BuildSecret[], dir: string): Promise<string[]> {
  const flags: string[] = [];
  for (const [index, secret] of secrets.entries()) {
    let spec: string;
    if (secret.source === 'value') {
      const file = join(dir, `secret-${index}`);
      await writeFile(file, secret.value, { mode: 0o600 });
      spec = `id=${secret.id},${field(`src=${file}`)}`;
    } else if (secret.source === 'file') {
      spec = `id=${secret.id},${field(`src=${secret.path}`)}`;
    } else {
      spec = `id=${secret.id},env=${secret.env}`;
    }
    flags.push('--secret', spec);
  }
  return flags;
}

/** The input a user set secrets through, to name in a message about all of them (the first used). */
export function secretsKey(secrets: readonly BuildSecret[]): SecretKey {
  return SECRET_KEYS[secrets[0]?.source ?? 'value'];
}
