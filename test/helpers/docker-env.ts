/**
 * A real Docker engine and real OCI registries for the image tests, started by the test setup:
 * dockerd on its own socket, data root and exec root (no iptables or bridge changes, so it
 * leaves the machine as it found it), and `docker-registry` on 127.0.0.1 with filesystem storage,
 * optionally with htpasswd auth. Everything is stopped by PID when the tests end.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DockerEngine {
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export interface Registry {
  /** `127.0.0.1:<port>` */
  host: string;
  storage: string;
  /** Stop serving (storage kept), e.g. to make a push fail. */
  stop(): Promise<void>;
  /** Serve again from the same storage. */
  start(): Promise<void>;
  /** Stop and delete everything. */
  dispose(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function until(check: () => boolean | Promise<boolean>, what: string, seconds = 20): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${seconds}s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

export async function startDockerEngine(): Promise<DockerEngine> {
  if (!existsSync('/usr/sbin/dockerd') && !existsSync('/usr/bin/dockerd')) throw new Error('dockerd is not installed: run `bash scripts/setup.sh --tests` (installs docker.io).');
  const root = mkdtempSync(join(tmpdir(), 'mlops-dockerd-'));
  const socket = join(root, 'docker.sock');
  const child = spawn('dockerd', ['--iptables=false', '--ip6tables=false', '--bridge=none', '--data-root', join(root, 'data'), '--exec-root', join(root, 'exec'), '--pidfile', join(root, 'docker.pid'), '-H', `unix://${socket}`], { stdio: 'ignore' });
  const env = { ...process.env, DOCKER_HOST: `unix://${socket}` };
  await until(() => {
    try {
      execFileSync('docker', ['info'], { env, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }, 'dockerd');
  return {
    env,
    async stop() {
      await stopChild(child);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A registry; with `auth`, htpasswd with that user (bcrypt from python3's crypt). */
export async function startRegistry(auth?: { username: string; password: string }): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-registry-'));
  const storage = join(dir, 'storage');
  mkdirSync(storage);
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let config = `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${storage}\n  delete:\n    enabled: true\nhttp:\n  addr: ${host}\n`;
  if (auth) {
    const hash = execFileSync('python3', ['-W', 'ignore', '-c', 'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))', auth.password], { encoding: 'utf8' }).trim();
    writeFileSync(join(dir, 'htpasswd'), `${auth.username}:${hash}\n`);
    config += `auth:\n  htpasswd:\n    realm: mlops-test\n    path: ${join(dir, 'htpasswd')}\n`;
  }
  writeFileSync(join(dir, 'config.yml'), config);
  let child: ChildProcess | undefined;
  const registry: Registry = {
    host,
    storage,
    async start() {
      child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
      await until(async () => {
        try {
          const response = await fetch(`http://${host}/v2/`);
          return response.status === 200 || response.status === 401;
        } catch {
          return false;
        }
      }, 'docker-registry');
    },
    async stop() {
      if (child) await stopChild(child);
    },
    async dispose() {
      await registry.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await registry.start();
  return registry;
}

/** Reads a manifest and its config from the registry, as a client pulling the image would. */
export async function readImage(host: string, repository: string, tag: string, auth?: { username: string; password: string }): Promise<{ digest: string; labels: Record<string, string> } | undefined> {
  const headers: Record<string, string> = { accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' };
  if (auth) headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  const manifest = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, { headers });
  if (manifest.status === 404) return undefined;
  if (!manifest.ok) throw new Error(`registry answered ${manifest.status} for ${repository}:${tag}`);
  const digest = manifest.headers.get('docker-content-digest') ?? '';
  const body = (await manifest.json()) as { config: { digest: string } };
  const config = await fetch(`http://${host}/v2/${repository}/blobs/${body.config.digest}`, { headers });
  const image = (await config.json()) as { config?: { Labels?: Record<string, string> } };
  return { digest, labels: image.config?.Labels ?? {} };
}

/**
 * A `docker` that is Debian's 20.10 CLI (/usr/bin/docker), which drives the engine's built-in
 * BuildKit under DOCKER_BUILDKIT=1, as docker ≤ 22 does where buildx is not installed. The test
 * engine has no bridge network (--bridge=none), and a BuildKit RUN asks for one unless the build
 * says `--network none`; the wrapper adds that to `docker build`, and changes nothing else.
 * Returns the folder to put first on PATH and the wrapper's path.
 */
export function engineBuildkitCli(): { dir: string; binary: string; dispose(): void } {
  if (!existsSync('/usr/bin/docker')) throw new Error('/usr/bin/docker (Debian docker.io, CLI 20.10) is not installed: run `bash scripts/setup.sh --tests`.');
  const dir = mkdtempSync(join(tmpdir(), 'mlops-docker20-'));
  const binary = join(dir, 'docker');
  writeFileSync(binary, '#!/bin/sh\nif [ "$1" = build ]; then shift; exec /usr/bin/docker build --network none "$@"; fi\nexec /usr/bin/docker "$@"\n', { mode: 0o755 });
  return { dir, binary, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
