/**
 * What can be checked about a KFP training before anything runs: the pipeline file parses and
 * kfp-params fit its parameters. When train-command compiles the pipeline first, a missing file
 * is expected and the check waits for trainOnKfp (which runs it again on the file it submits).
 */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { OptionError } from '../errors.js';
import type { KfpOptions } from './options.js';
import { PipelineIrError, readPipelineIr, runtimeParameters } from './pipeline-ir.js';

/** Throws OptionError (kfp-pipeline, kfp-params) for what would stop the run before it is submitted. */
export async function preflightKfp(options: KfpOptions, cwd: string, { compiledFirst }: { compiledFirst: boolean }): Promise<void> {
  const exists = await access(resolve(cwd, options.pipeline)).then(() => true, () => false);
  if (!exists) {
    if (compiledFirst) return;
    throw new OptionError('kfp-pipeline', `${options.pipeline} does not exist in ${cwd}.`, 'Compile the pipeline first, e.g. train-command: python pipeline.py.');
  }
  try {
    runtimeParameters(await readPipelineIr(cwd, options.pipeline), options.params);
  } catch (error) {
    // The train command may rewrite a stale file: only a file nobody rewrites must be right now.
    if (compiledFirst) return;
    if (error instanceof PipelineIrError) throw new OptionError('kfp-pipeline', error.message);
    throw error;
  }
}
