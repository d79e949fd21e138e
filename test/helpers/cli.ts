/** Runs the CLI in-process (fast, for most tests) and records what it printed and its exit code. */
import { runCli } from '../../src/cli/program.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function mlops(cwd: string, args: string[], env: NodeJS.ProcessEnv = { PATH: process.env.PATH }, tty = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env,
    stdoutIsTTY: tty,
  });
  return { code, stdout, stderr };
}
