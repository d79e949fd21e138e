/**
 * Reads the action's inputs (as the runner sets them: `INPUT_<NAME>` with hyphens kept) into the
 * raw option set. Reading is here; parsing is options.ts's job.
 */
import * as core from '@actions/core';
import { RAW_KEYS, type RawKey, type RawOptions } from '../options.js';

/** Action inputs that map straight onto run options. */
export const RUN_INPUTS: readonly RawKey[] = RAW_KEYS.filter((key) => key !== 'event');

export function readRunInputs(): RawOptions {
  const raw: RawOptions = {};
  for (const key of RUN_INPUTS) {
    const value = core.getInput(key);
    if (value !== '') raw[key] = value;
  }
  return raw;
}
