/**
 * Where buildx runs, the builder pushes (one platform or many) and its metadata file gives the
 * digest, as build-push-action reads it. buildx cannot be installed here, so these tests run a
 * double of its CLI plugin (test/helpers/buildx-double.mjs: buildx's documented command line over
 * the real engine and the real registry, which then holds what a buildx push leaves) under the
 * real docker CLI, with a registry that wants a login. What they check is ours: the build pushes
 * only the anchors, with the login it needs; the digest is the metadata file's; the moving tags
 * name that digest in the registry only after it; every failure moves nothing and says so.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAndPush, type ImageBuildInput } from '../../src/image/build-push.js';
import { dockerCli, type Docker } from '../../src/image/docker.js';
import { readImage, startDockerEngine, startRegistry, type DockerEngine, type Registry } from '../helpers/docker-env.js';
import { ROOT } from '../helpers/paths.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const AUTH = { username: 'ci', password: 'pw-Buildx-S3cret-0123' };
const DOCKER28 = '/usr/local/bin/docker';

let engine: DockerEngine;
let registry: Registry;
let home: string;
let log: string;
let bin: string;
let keychain: string;

interface BuildxCall {
  args: string[];
  dockerConfig?: string;
  buildxConfig?: string;
  config: { auths?: string[]; credsStore?: string; credHelpers?: Record<string, string> };
}
const calls = (): BuildxCall[] => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as BuildxCall) : []);

beforeAll(async () => {
  engine = await startDockerEngine();
  registry = await startRegistry(AUTH);
  // the runner's own docker config, where setup-buildx-action puts the plugin and its builders
  home = mkdtempSync(join(tmpdir(), 'mlops-buildx-home-'));
  mkdirSync(join(home, '.docker', 'cli-plugins'), { recursive: true });
  symlinkSync(join(ROOT, 'test', 'helpers', 'buildx-double.mjs'), join(home, '.docker', 'cli-plugins', 'docker-buildx'));
  log = join(home, 'buildx.log');
  // the runner's keychain (a credential helper on PATH) holds docker/login-action's login to
  // another registry (a private base image); its config names it for every registry, ours too
  bin = join(home, 'bin');
  mkdirSync(bin);
  symlinkSync(join(ROOT, 'test', 'helpers', 'credential-helper-double.mjs'), join(bin, 'docker-credential-mlops-test-keychain'));
  keychain = join(home, 'keychain.json');
  writeFileSync(keychain, JSON.stringify({ 'base.example:5000': { Username: 'puller', Secret: 'base-pw' } }));
  writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({
    auths: { 'base.example:5000': {} },
    credsStore: 'mlops-test-keychain',
    credHelpers: { [registry.host]: 'mlops-test-keychain', 'ecr.example': 'mlops-test-keychain' },
  }));
}, 60000);

afterAll(async () => {
  await registry?.dispose();
  await engine?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

beforeEach(() => rmSync(log, { force: true }));

/** The docker CLI as a front end builds it (HOME's config), every command line kept. */
function recording(extraEnv: NodeJS.ProcessEnv = {}): Docker & { commands: string[][] } {
  const env = {
    ...engine.env, HOME: home, DOCKER_CONFIG: undefined, BUILDX_CONFIG: undefined, BUILDX_DOUBLE_LOG: log,
    PATH: `${bin}:${engine.env.PATH}`, CREDENTIAL_HELPER_STORE: keychain, CREDENTIAL_HELPER_LOG: join(home, 'keychain.log'),
    ...extraEnv,
  };
  const real = dockerCli(env, existsSync(DOCKER28) ? DOCKER28 : 'docker');
  const commands: string[][] = [];
  return {
    ...real,
    commands,
    run(args, options) {
      commands.push([...args]);
      return real.run(args, options);
    },
  };
}

function input(references: string[], docker: Docker, overrides: Partial<ImageBuildInput> = {}): ImageBuildInput & { logger: RecordingLogger } {
  return {
    context: join(ROOT, 'test', 'fixtures', 'image'),
    references,
    labels: { 'org.opencontainers.image.revision': 'abc1234def' },
    buildArgs: ['MODEL_VERSION=7'],
    build: { platforms: ['linux/amd64', 'linux/arm64'], cacheFrom: [], cacheTo: [] },
    push: true,
    login: { server: registry.host, ...AUTH },
    shortSha: 'abc1234',
    docker,
    logger: new RecordingLogger(),
    ...overrides,
  } as ImageBuildInput & { logger: RecordingLogger };
}

interface Manifest {
  mediaType?: string;
  manifests?: { platform: { os: string; architecture: string } }[];
}

async function manifestAt(repository: string, tag: string): Promise<{ status: number; digest: string | null; body: Manifest }> {
  const response = await fetch(`http://${registry.host}/v2/${repository}/manifests/${tag}`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json', authorization: `Basic ${Buffer.from(`${AUTH.username}:${AUTH.password}`).toString('base64')}` },
  });
  return { status: response.status, digest: response.headers.get('docker-content-digest'), body: response.status === 200 ? ((await response.json()) as Manifest) : {} };
}

test('two platforms: the builder pushes the anchor, the metadata file gives the digest, the moving tags name it after', async () => {
  const docker = recording();
  const repo = `${registry.host}/acme/multi`;
  const run = input([`${repo}:main`, `${repo}:latest`], docker);
  const result = await buildAndPush(run);
  expect(result).toMatchObject({ kind: 'pushed', tags: [`${repo}:sha-abc1234`, `${repo}:main`, `${repo}:latest`], addedAnchors: [`${repo}:sha-abc1234`] });
  if (result.kind !== 'pushed') throw new Error('not pushed');

  // the registry holds one index for both platforms, under the anchor and both moving tags
  const anchor = await manifestAt('acme/multi', 'sha-abc1234');
  expect(anchor.body.mediaType).toBe('application/vnd.oci.image.index.v1+json');
  expect(anchor.body.manifests?.map((entry) => `${entry.platform.os}/${entry.platform.architecture}`)).toEqual(['linux/amd64', 'linux/arm64']);
  expect(result.digest).toBe(anchor.digest);
  for (const tag of ['main', 'latest']) expect((await manifestAt('acme/multi', tag)).digest).toBe(result.digest);

  // the build pushed only the anchor, with the login, and the plugin and builders of the runner's own config
  const [build, ...creates] = calls().filter((call) => call.args[0] !== 'version');
  expect(build!.args).toEqual(expect.arrayContaining(['build', '--push', '--metadata-file', '--platform', 'linux/amd64,linux/arm64']));
  expect(build!.args.filter((_arg, index) => build!.args[index - 1] === '--tag')).toEqual([`${repo}:sha-abc1234`]);
  expect(build!.args).not.toContain('--load');
  expect(build!.dockerConfig).toMatch(/mlops-image-[^/]+\/docker-config$/);
  expect(build!.buildxConfig).toBe(join(home, '.docker', 'buildx'));
  // the runner's keychain stays for the other registries; our login is in the stage's folder only
  expect(build!.config).toEqual({ auths: [registry.host, 'base.example:5000'].sort(), credsStore: 'mlops-test-keychain', credHelpers: { [registry.host]: '', [`http://${registry.host}`]: '', [`https://${registry.host}`]: '', 'ecr.example': 'mlops-test-keychain' } });
  expect(Object.keys(JSON.parse(readFileSync(keychain, 'utf8')))).toEqual(['base.example:5000']);
  expect(readFileSync(join(home, 'keychain.log'), 'utf8')).not.toContain(registry.host);
  expect(JSON.parse(readFileSync(join(home, '.docker', 'config.json'), 'utf8')).auths).toEqual({ 'base.example:5000': {} });
  // an index is copied as it is, one tag at a time, each checked against the registry
  expect(creates.map((call) => call.args)).toEqual([
    ['imagetools', 'create', '--tag', `${repo}:main`, `${repo}@${result.digest}`],
    ['imagetools', 'inspect', '--raw', `${repo}:main`],
    ['imagetools', 'create', '--tag', `${repo}:latest`, `${repo}@${result.digest}`],
    ['imagetools', 'inspect', '--raw', `${repo}:latest`],
  ]);
  expect(creates.every((call) => call.dockerConfig === build!.dockerConfig)).toBe(true);

  // the password went in on stdin only, and the throwaway login is gone with the stage
  expect(docker.commands.map((args) => args.join(' ')).join('\n')).not.toContain(AUTH.password);
  expect(run.logger.lines.join('\n')).not.toContain(AUTH.password);
  expect(docker.commands.at(-1)).toEqual(['logout', registry.host]);
  expect(existsSync(build!.dockerConfig!)).toBe(false);
}, 120000);

describe('one platform: the pushed manifest itself under every tag, never an index wrapped around it', () => {
  test.each([
    ['buildx 0.15 and later: --prefer-index=false', {}, ['--prefer-index=false']],
    ['an older buildx refuses the flag and copies a Docker manifest as it is', { BUILDX_DOUBLE_VERSION: '0.14' }, []],
  ])('%s', async (_name, env, flag) => {
    const repo = `${registry.host}/acme/single-${flag.length}`;
    const result = await buildAndPush(input([`${repo}:main`], recording(env), { build: { platforms: ['linux/amd64'], cacheFrom: [], cacheTo: [] } }));
    expect(result).toMatchObject({ kind: 'pushed', tags: [`${repo}:sha-abc1234`, `${repo}:main`] });
    if (result.kind !== 'pushed') throw new Error('not pushed');
    const name = `acme/single-${flag.length}`;
    expect((await manifestAt(name, 'sha-abc1234')).body.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect([(await manifestAt(name, 'sha-abc1234')).digest, (await manifestAt(name, 'main')).digest]).toEqual([result.digest, result.digest]);
    expect(calls().filter((call) => call.args[1] === 'create').at(-1)!.args).toEqual(['imagetools', 'create', ...flag, '--tag', `${repo}:main`, `${repo}@${result.digest}`]);
  }, 120000);

  test('a buildx that wraps it anyway: the tag is checked, the message says what it names now, and no further tag moves', async () => {
    const repo = `${registry.host}/acme/wrapped`;
    const result = await buildAndPush(input([`${repo}:main`, `${repo}:latest`], recording({ BUILDX_DOUBLE_FAIL: 'copy' }), { build: { platforms: ['linux/amd64'], cacheFrom: [], cacheTo: [] } }));
    const anchor = (await manifestAt('acme/wrapped', 'sha-abc1234')).digest!;
    const main = (await manifestAt('acme/wrapped', 'main')).digest!;
    expect(main).not.toBe(anchor);
    expect(result).toEqual({
      kind: 'failed', stage: 'push', pushed: [`${repo}:sha-abc1234`], notPushed: [`${repo}:main`, `${repo}:latest`],
      reason: `${repo}:main could not be pointed at ${repo}:sha-abc1234 (${anchor}): it names ${main} now, not the pushed ${anchor} (this buildx wraps a single manifest in an index; buildx 0.15 or later copies it with --prefer-index=false)`,
    });
    expect((await manifestAt('acme/wrapped', 'latest')).status).toBe(404);
  }, 120000);
});

test('a metadata file with no digest: the anchor is pushed, no moving tag is, and the message says so', async () => {
  const repo = `${registry.host}/acme/no-digest`;
  const result = await buildAndPush(input([`${repo}:main`], recording({ BUILDX_DOUBLE_FAIL: 'metadata' })));
  expect(result).toEqual({
    kind: 'failed', stage: 'push', pushed: [`${repo}:sha-abc1234`], notPushed: [`${repo}:main`],
    reason: `push of ${repo}:sha-abc1234 gave no digest (buildx's metadata file is not JSON: (empty)); no moving tag was changed`,
  });
  expect((await manifestAt('acme/no-digest', 'sha-abc1234')).status).toBe(200);
  expect((await manifestAt('acme/no-digest', 'main')).status).toBe(404);
}, 120000);

test('the moving tags cannot be written: they stay where they were, and the message names them and the digest', async () => {
  const repo = `${registry.host}/acme/stuck`;
  // a first release: main names it
  const first = await buildAndPush(input([`${repo}:1.0.0`, `${repo}:main`], recording()));
  expect(first.kind).toBe('pushed');
  const before = (await manifestAt('acme/stuck', 'main')).digest;
  const result = await buildAndPush(input([`${repo}:1.1.0`, `${repo}:main`], recording({ BUILDX_DOUBLE_FAIL: 'imagetools' }), { buildArgs: ['MODEL_VERSION=8'] }));
  const anchor = (await manifestAt('acme/stuck', '1.1.0')).digest;
  expect(result).toEqual({
    kind: 'failed', stage: 'push', pushed: [`${repo}:1.1.0`], notPushed: [`${repo}:main`],
    reason: `${repo}:main could not be pointed at ${repo}:1.1.0 (${anchor}): ERROR: failed commit on ref "index-sha256": unexpected status: 500 Internal Server Error`,
  });
  expect(anchor).not.toBe(before);
  expect((await manifestAt('acme/stuck', 'main')).digest).toBe(before);
}, 180000);

test('a failed build pushes nothing and names the build', async () => {
  const context = mkdtempSync(join(tmpdir(), 'mlops-buildx-broken-'));
  try {
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY missing.txt /\n');
    const repo = `${registry.host}/acme/broken`;
    const result = await buildAndPush(input([`${repo}:main`], recording(), { context }));
    expect(result).toEqual({ kind: 'failed', stage: 'build', pushed: [], notPushed: [`${repo}:sha-abc1234`, `${repo}:main`], reason: 'docker buildx build --push failed: ERROR: failed to solve: the build failed; no moving tag was changed' });
    expect((await manifestAt('acme/broken', 'sha-abc1234')).status).toBe(404);
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}, 120000);

test('a wrong password: one message naming the registry and the user, nothing built or pushed', async () => {
  const repo = `${registry.host}/acme/refused`;
  const run = input([`${repo}:main`], recording(), { login: { server: registry.host, username: AUTH.username, password: 'not-the-password' } });
  const result = await buildAndPush(run);
  expect(result).toMatchObject({ kind: 'failed', stage: 'login', pushed: [], notPushed: [`${repo}:sha-abc1234`, `${repo}:main`] });
  if (result.kind !== 'failed') throw new Error('not failed');
  expect(result.reason).toMatch(new RegExp(`^docker login to ${registry.host.replace('.', '\\.')} as ci failed: `));
  expect(result.reason).not.toContain('not-the-password');
  expect(calls().filter((call) => call.args[0] === 'build')).toEqual([]);
}, 60000);

describe('without a push', () => {
  test('one platform: loaded into the engine, as build-push-action does with load', async () => {
    const docker = recording();
    const repo = `${registry.host}/acme/local`;
    const result = await buildAndPush(input([`${repo}:dev`], docker, { push: false, login: undefined, build: { platforms: ['linux/amd64'], cacheFrom: [], cacheTo: [] } }));
    expect(result).toMatchObject({ kind: 'built', tags: [`${repo}:sha-abc1234`, `${repo}:dev`] });
    const build = calls().find((call) => call.args[0] === 'build')!;
    expect(build.args).toEqual(expect.arrayContaining(['--load', '--platform', 'linux/amd64']));
    expect(build.args).not.toContain('--push');
    expect((await docker.run(['image', 'inspect', `${repo}:dev`])).code).toBe(0);
  }, 120000);

  test('two platforms: built for both and left in the build cache (the engine holds one), said in the log', async () => {
    const docker = recording();
    const repo = `${registry.host}/acme/cache-only`;
    const run = input([`${repo}:dev`], docker, { push: false, login: undefined });
    const result = await buildAndPush(run);
    expect(result).toMatchObject({ kind: 'built' });
    const build = calls().find((call) => call.args[0] === 'build')!;
    expect(build.args).not.toContain('--load');
    expect(build.args).not.toContain('--push');
    expect(run.logger.lines).toContain('linux/amd64, linux/arm64: built for each platform; a multi-platform image stays in the build cache until it is pushed (the engine holds one platform).');
    expect((await readImage(registry.host, 'acme/cache-only', 'dev', AUTH))).toBeUndefined();
  }, 120000);
});
