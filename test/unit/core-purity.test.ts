/**
 * The core takes everything from its front end: no module below src/ other than the front ends
 * reads the process environment, the working directory or argv, or imports @actions/core.
 * Checked over every file, so a new core module is covered the day it is added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const SRC = join(ROOT, 'src');
/** The front ends and the platforms they build: the only code that may read the process. */
const FRONT_ENDS = [/^main\.ts$/, /^cli\.ts$/, /^action\//, /^cli\//, /^platform\//];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const core = sources(SRC)
  .map((file) => relative(SRC, file).split('\\').join('/'))
  .filter((file) => !FRONT_ENDS.some((pattern) => pattern.test(file)));

const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: 'process.env', pattern: /\bprocess\.env\b/ },
  { what: 'process.cwd()', pattern: /\bprocess\.cwd\s*\(/ },
  { what: 'process.argv', pattern: /\bprocess\.argv\b/ },
  { what: "an import of '@actions/core'", pattern: /from\s+['"]@actions\/core['"]|import\(\s*['"]@actions\/core['"]\s*\)/ },
];

/** Code only: a comment may well talk about process.env. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

test('the core modules are found (the check is not vacuous)', () => {
  expect(core).toEqual(expect.arrayContaining(['run.ts', 'baseline.ts', 'git.ts', 'train/run-command.ts', 'metrics/dvc-verbs.ts', 'kserve/promote.ts']));
  expect(core.length).toBeGreaterThan(50);
});

test.each(core)('%s reads nothing from the process', (file) => {
  const text = code(readFileSync(join(SRC, file), 'utf8'));
  const found = FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ what }) => what);
  expect(found).toEqual([]);
});

test('the check catches what it is for', () => {
  const hits = (text: string) => FORBIDDEN.filter(({ pattern }) => pattern.test(code(text))).map(({ what }) => what);
  expect(hits('const env = { ...process.env, A: "1" };')).toEqual(['process.env']);
  expect(hits("import * as core from '@actions/core';")).toEqual(["an import of '@actions/core'"]);
  expect(hits('// falls back to process.env\nconst x = 1;')).toEqual([]);
});
