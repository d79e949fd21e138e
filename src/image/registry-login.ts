/**
 * A registry login for one image stage, in a throwaway DOCKER_CONFIG (`--password-stdin`, never a
 * command line): the runner's own docker config never holds our credentials, and the login ends
 * with the stage. What the runner's config already gives stays: its logins to other registries
 * (docker/login-action's, for a private base image or cache), the CLI's plugins (buildx, where
 * setup-buildx-action installs it) and the buildx builders.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
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
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (docker.configDir) {
    await symlink(join(docker.configDir, 'cli-plugins'), join(dir, 'cli-plugins')).catch(() => undefined);
    const config = await inheritedConfig(docker.configDir, login.server);
    if (config) await writeFile(join(dir, 'config.json'), config, { mode: 0o600 });
  }
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

/**
 * The runner's config.json for the throwaway folder, less what would send our login elsewhere: a
 * `credsStore` (the login would land in the machine's keychain, past the stage) and a
 * `credHelpers` entry for our registry. Unreadable or not an object: start from nothing.
 */
async function inheritedConfig(configDir: string, server: string): Promise<string | undefined> {
  let config: unknown;
  try {
    config = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (!config || typeof config !== 'object' || Array.isArray(config)) return undefined;
  const kept = { ...(config as { credsStore?: unknown; credHelpers?: Record<string, unknown> }) };
  const { credHelpers } = kept;
  delete kept.credsStore;
  delete kept.credHelpers;
  const host = server || 'https://index.docker.io/v1/';
  const helpers = credHelpers && typeof credHelpers === 'object' ? Object.fromEntries(Object.entries(credHelpers).filter(([name]) => name !== host && name !== server)) : undefined;
  return JSON.stringify({ ...kept, ...(helpers && Object.keys(helpers).length > 0 ? { credHelpers: helpers } : {}) }, null, 2);
}
