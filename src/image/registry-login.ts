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
    // the plugins (buildx), and the contexts a `currentContext` or a buildx builder's endpoint names
    for (const folder of ['cli-plugins', 'contexts']) await symlink(join(docker.configDir, folder), join(dir, folder)).catch(() => undefined);
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
 * The names docker keys a registry's credentials by: its ConvertToHostname, Docker Hub's several
 * names, and the http(s):// forms `docker logout` also erases (each would reach the keychain).
 */
export function credentialKeys(server: string): string[] {
  const host = server.replace(/^https?:\/\//, '').split('/')[0]!;
  if (host === '' || ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(host)) return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  return [host, `http://${host}`, `https://${host}`];
}

/**
 * The runner's config.json for the throwaway folder, its logins to other registries kept (in a
 * `credsStore` too: its `auths` entries are empty then), with our registry's credential helper
 * set to none, so that our login is written to this folder's file and goes with it, never to a
 * keychain. Unreadable or not an object: start from nothing.
 */
async function inheritedConfig(configDir: string, server: string): Promise<string | undefined> {
  let config: unknown;
  try {
    config = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (!config || typeof config !== 'object' || Array.isArray(config)) return undefined;
  const kept = config as { credHelpers?: unknown };
  const helpers = kept.credHelpers && typeof kept.credHelpers === 'object' && !Array.isArray(kept.credHelpers) ? (kept.credHelpers as Record<string, unknown>) : {};
  // an empty helper is docker's "the file": GetCredentialsStore falls back to the config file
  const ours = Object.fromEntries(credentialKeys(server).map((key) => [key, '']));
  return JSON.stringify({ ...kept, credHelpers: { ...helpers, ...ours } }, null, 2);
}
