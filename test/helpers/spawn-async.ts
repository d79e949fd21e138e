/**
 * A child process run to its end without blocking this one: the local servers a test starts in
 * this process (KFP, MLflow, GitHub) go on answering while the bundled CLI or Groovy calls them,
 * which spawnSync would prevent.
 */
import { spawn } from 'node:child_process';

export interface Spawned {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function spawnAsync(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Spawned> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 110_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
