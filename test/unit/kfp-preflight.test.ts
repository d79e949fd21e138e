/** preflightKfp: what stops a KFP training before anything runs, and what must wait for train-command to compile the pipeline. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OptionError } from '../../src/errors.js';
import { kfpOptions } from '../../src/kfp/options.js';
import { preflightKfp } from '../../src/kfp/preflight.js';
import { EXAMPLE } from '../helpers/paths.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-kfp-preflight-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const options = (params = '') => kfpOptions({ 'kfp-host': 'https://kfp.example.com', 'kfp-pipeline': 'pipeline.yaml', 'kfp-params': params })!;

async function errorOf(promise: Promise<void>): Promise<OptionError | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error instanceof OptionError) return error;
    throw error;
  }
}

it('a compiled pipeline and params that fit: nothing to say', async () => {
  writeFileSync(join(dir, 'pipeline.yaml'), readFileSync(join(EXAMPLE, 'pipeline.yaml')));
  await expect(preflightKfp(options('n_estimators=10'), dir, { compiledFirst: false })).resolves.toBeUndefined();
});

it('no pipeline file and nothing compiles it: kfp-pipeline', async () => {
  const error = await errorOf(preflightKfp(options(), dir, { compiledFirst: false }));
  expect([error?.key, error?.detail, error?.hint]).toEqual(['kfp-pipeline', `pipeline.yaml does not exist in ${dir}.`, 'Compile the pipeline first, e.g. train-command: python pipeline.py.']);
});

it('params that do not fit a file nothing rewrites: kfp-params, before training', async () => {
  writeFileSync(join(dir, 'pipeline.yaml'), readFileSync(join(EXAMPLE, 'pipeline.yaml')));
  const error = await errorOf(preflightKfp(options('n_estimators=many'), dir, { compiledFirst: false }));
  expect(error?.key).toBe('kfp-params');
});

it('a file that is not an IR: kfp-pipeline', async () => {
  writeFileSync(join(dir, 'pipeline.yaml'), 'stages: {}\n');
  expect((await errorOf(preflightKfp(options(), dir, { compiledFirst: false })))?.key).toBe('kfp-pipeline');
});

it('when train-command compiles it first, a missing or stale file waits for trainOnKfp', async () => {
  await expect(preflightKfp(options(), dir, { compiledFirst: true })).resolves.toBeUndefined();
  writeFileSync(join(dir, 'pipeline.yaml'), readFileSync(join(EXAMPLE, 'pipeline.yaml')));
  await expect(preflightKfp(options('n_trees=1'), dir, { compiledFirst: true })).resolves.toBeUndefined();
});
