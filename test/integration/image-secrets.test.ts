/**
 * Build secrets with a real dockerd (Debian's 20.10: its built-in BuildKit) and a real registry:
 * a `RUN --mount=type=secret` reads each secret during the build (it writes their sha256 into the
 * image), and the values are nowhere after it: not in the image's history or config, not on any
 * command line, not in any log line, not in the action's output but the ::add-mask:: lines. The
 * temp file a value went through is 0600 while the build runs and gone after. Malformed secrets
 * are refused before anything is built; the reported digest is the registry's.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAndPush, type ImageBuildInput } from '../../src/image/build-push.js';
import { dockerCli, type Docker } from '../../src/image/docker.js';
import { runActionInProcess } from '../helpers/action-in-process.js';
import { mlops } from '../helpers/cli.js';
import { engineBuildkitCli, readImage, startDockerEngine, startRegistry, type DockerEngine, type Registry } from '../helpers/docker-env.js';
import { GitRepo } from '../helpers/git-repo.js';
import { ROOT } from '../helpers/paths.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const TOKEN = 'tok-S3cr3t-value-for-the-build-0123';
const FILE_SECRET = 'npm-S3cr3t-file-content-4567';
const ENV_SECRET = 'env-S3cr3t-variable-value-89ab';
const ALL = [TOKEN, FILE_SECRET, ENV_SECRET];
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

// FROM scratch with the host's static busybox: nothing to pull, and a RUN that can read files
const DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'RUN --mount=type=secret,id=token --mount=type=secret,id=npmrc --mount=type=secret,id=fromenv ["/bin/busybox", "sh", "-c", "cd /run/secrets && /bin/busybox sha256sum token npmrc fromenv > /secrets.sha256"]',
  '',
].join('\n');

let engine: DockerEngine;
let registry: Registry;
let cli: ReturnType<typeof engineBuildkitCli>;
let context: string;

beforeAll(async () => {
  engine = await startDockerEngine();
  registry = await startRegistry();
  cli = engineBuildkitCli();
  context = mkdtempSync(join(tmpdir(), 'mlops-secrets-ctx-'));
  copyFileSync('/usr/bin/busybox', join(context, 'busybox'));
  writeFileSync(join(context, 'Dockerfile'), DOCKERFILE);
  writeFileSync(join(context, 'npmrc'), FILE_SECRET);
}, 60000);

afterAll(async () => {
  await registry?.dispose();
  await engine?.stop();
  cli?.dispose();
  if (context) rmSync(context, { recursive: true, force: true });
});

const docker = (...args: string[]): string => execFileSync(cli.binary, args, { env: engine.env, encoding: 'utf8' });

/** The real CLI, with every command line kept and each --secret src file's mode read while the build runs. */
function recording(binary: string): Docker & { commands: string[][]; modes: Map<string, number> } {
  const real = dockerCli(engine.env, binary);
  const commands: string[][] = [];
  const modes = new Map<string, number>();
  return {
    commands,
    modes,
    run(args, options) {
      commands.push([...args]);
      for (const [index, arg] of args.entries()) {
        const src = args[index - 1] === '--secret' ? /src=([^,]+)/.exec(arg)?.[1] : undefined;
        if (src && existsSync(src)) modes.set(src, statSync(src).mode & 0o777);
      }
      return real.run(args, options);
    },
  };
}

function input(references: string[], dockerRunner: Docker, overrides: Partial<ImageBuildInput> = {}): ImageBuildInput & { logger: RecordingLogger } {
  return {
    context,
    references,
    labels: { 'org.opencontainers.image.revision': 'abc1234def' },
    buildArgs: ['MODEL_VERSION=42'],
    secrets: [{ id: 'token', source: 'value', value: TOKEN }, { id: 'npmrc', source: 'file', path: join(context, 'npmrc') }, { id: 'fromenv', source: 'env', env: 'MLOPS_TEST_BUILD_SECRET' }],
    push: true,
    shortSha: 'abc1234',
    docker: dockerRunner,
    logger: new RecordingLogger(),
    ...overrides,
  } as ImageBuildInput & { logger: RecordingLogger };
}

test('the secrets are readable during the build, and nowhere after it', async () => {
  // the env secret is read by the docker CLI from its own environment
  engine.env.MLOPS_TEST_BUILD_SECRET = ENV_SECRET;
  const runner = recording(cli.binary);
  const repo = `${registry.host}/acme/secret`;
  const run = input([`${repo}:main`], runner);
  const result = await buildAndPush(run);
  expect(result).toMatchObject({ kind: 'pushed', tags: [`${repo}:sha-abc1234`, `${repo}:main`] });
  if (result.kind !== 'pushed') throw new Error('not pushed');

  // the build saw each secret: their sha256 is in the image
  const sums = docker('run', '--rm', '--network', 'none', `${repo}:main`, '/bin/busybox', 'cat', '/secrets.sha256');
  expect(sums).toBe(`${sha256(TOKEN)}  token\n${sha256(FILE_SECRET)}  npmrc\n${sha256(ENV_SECRET)}  fromenv\n`);

  // … and none of them is in the image, its history, a command line or a log line
  const history = docker('history', '--no-trunc', `${repo}:main`);
  const inspect = docker('image', 'inspect', `${repo}:main`);
  const commands = runner.commands.map((args) => args.join(' ')).join('\n');
  for (const value of ALL) {
    expect(history).not.toContain(value);
    expect(inspect).not.toContain(value);
    expect(commands).not.toContain(value);
    expect(run.logger.lines.join('\n')).not.toContain(value);
  }
  expect(commands).not.toMatch(/--build-arg (token|npmrc|fromenv)=/);
  expect(run.logger.lines).toContain(`the engine's BuildKit (no buildx here; DOCKER_BUILDKIT=1, for the build secrets): ${repo}:sha-abc1234, ${repo}:main; build secrets: token, npmrc, fromenv`);

  // the value went through a file only its owner could read, deleted with the stage's temp dir
  const build = runner.commands.find((args) => args[0] === 'build')!;
  expect(build.filter((_arg, index) => build[index - 1] === '--secret')).toEqual([
    expect.stringMatching(/^id=token,src=\/.+\/mlops-image-[^/]+\/secret-0$/), `id=npmrc,src=${join(context, 'npmrc')}`, 'id=fromenv,env=MLOPS_TEST_BUILD_SECRET',
  ]);
  const valueFile = /src=(.+)$/.exec(build[build.indexOf('--secret') + 1]!)![1]!;
  expect(runner.modes.get(valueFile)).toBe(0o600);
  expect(existsSync(valueFile)).toBe(false);

  // the digest reported is the registry's, for the anchor and the moving tag
  for (const tag of ['sha-abc1234', 'main']) expect((await readImage(registry.host, 'acme/secret', tag))?.digest).toBe(result.digest);
  delete engine.env.MLOPS_TEST_BUILD_SECRET;
});

test('the digest comes from RepoDigests of exactly that repository (a second repository with the same image)', async () => {
  const runner = recording(cli.binary);
  const first = `${registry.host}/acme/digest`;
  const second = `${registry.host}/acme/digest-mirror`;
  // no secrets: the classic builder, on the fixture that needs no RUN
  const result = await buildAndPush(input([`${first}:1.0.0`, `${second}:1.0.0`, `${second}:latest`], runner, { secrets: [], context: join(ROOT, 'test', 'fixtures', 'image') }));
  expect(result.kind).toBe('pushed');
  if (result.kind !== 'pushed') throw new Error('not pushed');
  // the reported digest is the first repository's anchor; each registry answer for the tags agrees
  expect((await readImage(registry.host, 'acme/digest', '1.0.0'))?.digest).toBe(result.digest);
  expect((await readImage(registry.host, 'acme/digest-mirror', 'latest'))?.digest).toBe((await readImage(registry.host, 'acme/digest-mirror', '1.0.0'))?.digest);
  expect(runner.commands.filter((args) => args[0] === 'image' && args[1] === 'inspect').map((args) => args.at(-1))).toContain(`${first}:1.0.0`);
}, 120000);

const docker28 = '/usr/local/bin/docker';
(existsSync(docker28) ? test : test.skip)('docker 23+ without buildx: one clear message naming image-secrets, nothing pushed', async () => {
  const repo = `${registry.host}/acme/no-buildx`;
  const result = await buildAndPush(input([`${repo}:main`], dockerCli(engine.env, docker28)));
  expect(result).toMatchObject({ kind: 'failed', stage: 'build', pushed: [], notPushed: [`${repo}:sha-abc1234`, `${repo}:main`] });
  expect(result.kind === 'failed' && result.reason).toBe(
    'image-secrets: build secrets need BuildKit, and this docker CLI (23 or later) has no buildx component, which is its only BuildKit client; install the buildx plugin (docker/setup-buildx-action on GitHub, the docker-buildx-plugin package elsewhere)',
  );
  expect(await readImage(registry.host, 'acme/no-buildx', 'main')).toBeUndefined();
});

describe('through the action and the CLI', () => {
  let repo: GitRepo;
  let head: string;
  let before: string;
  beforeAll(() => {
    repo = GitRepo.create('mlops-image-secrets-');
    copyFileSync('/usr/bin/busybox', join(repo.dir, 'busybox'));
    repo.write('Dockerfile', 'FROM scratch\nCOPY busybox /bin/busybox\nRUN --mount=type=secret,id=token ["/bin/busybox", "sh", "-c", "/bin/busybox sha256sum /run/secrets/token > /token.sha256"]\n');
    before = repo.commitFiles('base', { 'metrics.json': '{"r2": 0.80}' });
    head = repo.commitFiles('head', { 'params.yaml': 'depth: 12\n' });
  });
  afterAll(() => repo.cleanup());

  const action = (inputs: Record<string, string>) =>
    runActionInProcess({
      workspace: repo.dir, eventName: 'push', fixture: 'push.default-branch', shas: { head, before },
      // docker on PATH is the 20.10 CLI: the engine's BuildKit
      env: { ...engine.env, PATH: `${cli.dir}:${engine.env.PATH ?? ''}`, GITHUB_REF: 'refs/heads/main' },
      inputs: { image: `${registry.host}/acme/action-secret`, 'image-tags': 'type=ref,event=branch', ...inputs },
    });

  test('the action: the secret reaches the build, and the only output line holding it is ::add-mask::', async () => {
    const run = await action({ 'image-secrets': `token=${TOKEN}` });
    expect(run.status).toBe(0);
    const sums = docker('run', '--rm', '--network', 'none', `${registry.host}/acme/action-secret:main`, '/bin/busybox', 'cat', '/token.sha256');
    expect(sums).toBe(`${sha256(TOKEN)}  /run/secrets/token\n`);
    expect(run.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
    expect(run.stderr + run.summary + JSON.stringify(run.outputs)).not.toContain(TOKEN);
    expect(run.outputs['image-digest']).toBe((await readImage(registry.host, 'acme/action-secret', 'main'))?.digest);
  });

  test('the action, a line without "=": one message naming image-secrets and the line, not the value; nothing built or pushed', async () => {
    const value = 'forgot-the-id-S3cr3t-value';
    const run = await action({ 'image-secrets': value, image: `${registry.host}/acme/malformed-secret` });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain("image-secrets: line 1 has no '=' (expected id=value, e.g. GIT_AUTH_TOKEN=…).");
    expect(run.stdout.split('\n').filter((line) => line.includes(value))).toEqual([`::add-mask::${value}`]);
    expect(run.stdout).not.toContain('[image build]');
    expect(await readImage(registry.host, 'acme/malformed-secret', 'main')).toBeUndefined();
  });

  test('mlops image build --secret-file that does not exist: exit 2 naming the flag and the id, nothing built', async () => {
    const result = await mlops(repo.dir, ['image', 'build', '--image', `${registry.host}/acme/cli-secret`, '--secret-file', 'npmrc=missing/.npmrc', '--push'], { ...engine.env, PATH: `${cli.dir}:${engine.env.PATH ?? ''}` });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--secret-file: npmrc: cannot read ${join(repo.dir, 'missing/.npmrc')}: it does not exist.`);
    expect(result.stderr + result.stdout).not.toContain('image build');
    expect(await readImage(registry.host, 'acme/cli-secret', 'latest')).toBeUndefined();
  });

  test('mlops image build --secret-env: the variable reaches the build', async () => {
    const result = await mlops(repo.dir, ['image', 'build', '--image', `${registry.host}/acme/cli-secret-env`, '--secret-env', 'token=MY_BUILD_TOKEN', '--push', '--json'], { ...engine.env, PATH: `${cli.dir}:${engine.env.PATH ?? ''}`, MY_BUILD_TOKEN: TOKEN });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as { digest: string; tags: string[] };
    const sums = docker('run', '--rm', '--network', 'none', out.tags[0]!, '/bin/busybox', 'cat', '/token.sha256');
    expect(sums).toBe(`${sha256(TOKEN)}  /run/secrets/token\n`);
    expect(out.digest).toBe((await readImage(registry.host, 'acme/cli-secret-env', out.tags[0]!.split(':').at(-1)!))?.digest);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });
});
