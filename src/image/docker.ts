/**
 * The docker CLI, run as a child process with its output streamed to a sink. Secrets go in
 * through stdin (`--password-stdin`), never on a command line or in the environment shown in logs.
 */
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

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
  /**
   * The config folder this CLI reads (DOCKER_CONFIG, else ~/.docker): its `cli-plugins` (buildx,
   * where setup-buildx-action puts it) and the buildx builders (BUILDX_CONFIG, else its `buildx`)
   * must stay in sight when a throwaway DOCKER_CONFIG holds the login.
   */
  configDir?: string;
  buildxConfig?: string;
}

/** The docker CLI on PATH (or `binary`), against the daemon the environment names (DOCKER_HOST). */
export function dockerCli(env: NodeJS.ProcessEnv, binary = 'docker'): Docker {
  const configDir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  return {
    configDir,
    buildxConfig: env.BUILDX_CONFIG || join(configDir, 'buildx'),
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
