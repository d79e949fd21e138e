/** Docs come from the single spec: README's tables from action.yml, the CLI version from package.json. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../../src/version.js';
import { ROOT } from '../helpers/paths.js';

test('README input and output tables match action.yml', () => {
  const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'docs.mjs'), '--check'], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

test('mlops --version is the package version', () => {
  expect(VERSION).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
});
