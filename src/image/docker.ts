/**
 * The docker CLI, run as a child process with its output streamed to a sink. Secrets go in
 * through stdin (`--password-stdin`), never on a command line or in the environment shown in logs.
 */
import { spawn } from 'node:child_process';

export interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface DockerRunOptions {
  input?: string;
  onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  env?: NodeJS.ProcessEnv;
}

export interface Docker {
  run(args: readonly string[], options?: DockerRunOptions): Promise<DockerResult>;
}

/** The docker CLI on PATH (or `binary`), against the daemon the environment names (DOCKER_HOST). */
export function dockerCli(env: NodeJS.ProcessEnv, binary = 'docker'): Docker {
  return {
    run(args, options = {}) {
      return new Promise((resolve) => {
        const child = spawn(binary, [...args], { env: { ...env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          options.onOutput?.(chunk, 'stdout');
        });
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString('utf8');
          options.onOutput?.(chunk, 'stderr');
        });
        child.on('error', (error: NodeJS.ErrnoException) =>
          resolve({ code: 127, stdout, stderr: error.code === 'ENOENT' ? `${binary} was not found on PATH: install the Docker CLI.` : error.message }),
        );
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
        // docker may exit before reading stdin (a refused login, a missing binary): its exit code tells, not an EPIPE crash
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
      });
    },
  };
}
