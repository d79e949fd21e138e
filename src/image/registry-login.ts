/**
 * A registry login for one image stage, in a throwaway DOCKER_CONFIG (`--password-stdin`, never a
 * command line): the runner's own docker config never holds our credentials, and the login ends
 * with the stage. The CLI's plugins (buildx, where setup-buildx-action installs it) and the buildx
 * builders stay in sight: they live in the config folder the throwaway one replaces.
 */
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Docker, DockerResult } from './docker.js';

export interface RegistryLogin {
  /** Registry host (`ghcr.io`, `127.0.0.1:5000`); empty for Docker Hub. */
  server: string;
  username: string;
  password: string;
}

export interface RegistrySession {
  /** The environment every docker call of the session runs with. */
  env: NodeJS.ProcessEnv;
  /** Logs out; the folder goes with the stage's work folder. */
  end(): Promise<void>;
}

const server = (login: RegistryLogin): string[] => (login.server ? [login.server] : []);

/** Logged in at `dir` (or, without a login, the CLI's own config as it is), or the failed login. */
export async function openSession(docker: Docker, login: RegistryLogin | undefined, dir: string): Promise<RegistrySession | { failed: DockerResult }> {
  if (!login) return { env: {}, end: async () => undefined };
  await mkdir(dir, { recursive: true });
  if (docker.configDir) await symlink(join(docker.configDir, 'cli-plugins'), join(dir, 'cli-plugins')).catch(() => undefined);
  const env: NodeJS.ProcessEnv = { DOCKER_CONFIG: dir, ...(docker.buildxConfig ? { BUILDX_CONFIG: docker.buildxConfig } : {}) };
  const result = await docker.run(['login', ...server(login), '--username', login.username, '--password-stdin'], { input: login.password, env });
  if (result.code !== 0) {
    // a refused login may still have written a partial config: nothing stays logged in
    await docker.run(['logout', ...server(login)], { env });
    return { failed: result };
  }
  return {
    env,
    end: async () => {
      await docker.run(['logout', ...server(login)], { env });
    },
  };
}
