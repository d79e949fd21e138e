/**
 * Runs the action's entry in-process, exactly as the runner would start it: the process
 * environment is the runner's (INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)
 * for the duration, and what @actions/core writes to stdout is captured. A change in src/ is seen
 * without a rebundle, and coverage of the action, the platform and publishing is real.
 */
import { readFileSync } from 'node:fs';
import { runAction } from '../../src/action/run-action.js';
import { readOutputs, runnerEnvironment, type ActionRun, type ActionRunOptions } from './action-runner.js';

export async function runActionInProcess(options: ActionRunOptions): Promise<ActionRun> {
  const { env, files } = runnerEnvironment(options);
  const saved = { env: process.env, exitCode: process.exitCode, stdout: process.stdout.write, stderr: process.stderr.write };
  let stdout = '';
  let stderr = '';
  process.env = env;
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += chunk.toString()), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += chunk.toString()), true)) as typeof process.stderr.write;
  let status: number;
  try {
    await runAction(env);
    // core.setFailed sets process.exitCode to 1, as the runner reads it
    status = Number(process.exitCode ?? 0);
  } finally {
    process.env = saved.env;
    process.exitCode = saved.exitCode;
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
  }
  return { status, stdout, stderr, outputs: readOutputs(files.output), summary: readFileSync(files.summary, 'utf8'), files };
}
