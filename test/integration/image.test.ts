/**
 * Building and pushing the serving image with a real dockerd and real `docker-registry`s on
 * 127.0.0.1 (started here): tags, labels and digests read back from the registry, htpasswd
 * logins right and wrong, and a registry that is down: nothing half-published.
 */
import { RecordingLogger } from '../helpers/recording-logger.js';
import { buildAndPush, type ImageBuildInput } from '../../src/image/build-push.js';
import { dockerCli } from '../../src/image/docker.js';
import { readImage, startDockerEngine, startRegistry, type DockerEngine, type Registry } from '../helpers/docker-env.js';
import { ROOT } from '../helpers/paths.js';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runActionInProcess } from '../helpers/action-in-process.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONTEXT = join(ROOT, 'test', 'fixtures', 'image');
const AUTH = { username: 'ci-bot', password: 'Pa55-w0rd-not-for-logs' };
let engine: DockerEngine;
let open: Registry;
let locked: Registry;

beforeAll(async () => {
  engine = await startDockerEngine();
  [open, locked] = await Promise.all([startRegistry(), startRegistry(AUTH)]);
}, 60000);

afterAll(async () => {
  await Promise.all([open?.dispose(), locked?.dispose()]);
  await engine?.stop();
});

function input(references: string[], overrides: Partial<ImageBuildInput> = {}): ImageBuildInput & { logger: RecordingLogger } {
  return {
    context: CONTEXT,
    references,
    labels: { 'org.opencontainers.image.revision': 'abc1234def', 'io.mlops-action.model.metrics.r2': '0.8214' },
    buildArgs: ['MODEL_VERSION=42'],
    push: true,
    shortSha: 'abc1234',
    docker: dockerCli(engine.env),
    logger: new RecordingLogger(),
    ...overrides,
  } as ImageBuildInput & { logger: RecordingLogger };
}

test('pushes every tag, the immutable one first, and the registry holds the digest and labels we report', async () => {
  const repo = `${open.host}/acme/housing`;
  const run = input([`${repo}:main`, `${repo}:latest`]);
  const result = await buildAndPush(run);
  expect(result).toMatchObject({ kind: 'pushed', tags: [`${repo}:sha-abc1234`, `${repo}:main`, `${repo}:latest`], addedAnchors: [`${repo}:sha-abc1234`] });
  if (result.kind !== 'pushed') throw new Error('not pushed');
  for (const tag of ['sha-abc1234', 'main', 'latest']) {
    const image = await readImage(open.host, 'acme/housing', tag);
    expect(image?.digest).toBe(result.digest);
    expect(image?.labels).toMatchObject({ 'org.opencontainers.image.revision': 'abc1234def', 'io.mlops-action.model.metrics.r2': '0.8214', 'org.example.model-version': '42' });
  }
  expect(run.logger.lines).toContain(`${repo}:sha-abc1234 is pushed first, so that moving tags only ever follow a digest the registry holds.`);
});

test('a registry with htpasswd: the right password pushes, then logs out; the password is never in any log', async () => {
  const repo = `${locked.host}/acme/housing`;
  const run = input([`${repo}:1.2.3`, `${repo}:1.2`], { login: { server: locked.host, ...AUTH } });
  const result = await buildAndPush(run);
  expect(result).toMatchObject({ kind: 'pushed', tags: [`${repo}:1.2.3`, `${repo}:1.2`], addedAnchors: [] });
  expect((await readImage(locked.host, 'acme/housing', '1.2', AUTH))?.digest).toBe(result.kind === 'pushed' ? result.digest : '');
  expect(run.logger.lines.join('\n')).not.toContain(AUTH.password);
});

test('a wrong password: one clear error naming the registry and user, nothing pushed', async () => {
  const repo = `${locked.host}/acme/other`;
  const run = input([`${repo}:1.0.0`, `${repo}:latest`], { login: { server: locked.host, username: AUTH.username, password: 'wrong-password-xyz' } });
  const result = await buildAndPush(run);
  expect(result).toMatchObject({ kind: 'failed', stage: 'login', pushed: [] });
  expect(result.kind === 'failed' && result.reason).toMatch(new RegExp(`^docker login to ${locked.host.replace(/\./g, '\\.')} as ci-bot failed: .*unauthorized`, 'i'));
  expect(JSON.stringify(result)).not.toContain('wrong-password-xyz');
  expect(await readImage(locked.host, 'acme/other', 'latest', AUTH)).toBeUndefined();
});

test('a registry that is down: the push fails clearly and latest still points at the old image', async () => {
  const repo = `${open.host}/acme/rollout`;
  const before = await buildAndPush(input([`${repo}:latest`], { shortSha: '1111111' }));
  expect(before.kind).toBe('pushed');
  const oldDigest = (await readImage(open.host, 'acme/rollout', 'latest'))?.digest;

  await open.stop();
  const failed = await buildAndPush(input([`${repo}:latest`], { shortSha: '2222222', labels: { changed: 'yes' } }));
  await open.start();

  expect(failed).toMatchObject({ kind: 'failed', stage: 'push', pushed: [], notPushed: [`${repo}:sha-2222222`, `${repo}:latest`] });
  expect(failed.kind === 'failed' && failed.reason).toMatch(new RegExp(`^push of ${repo.replace(/\./g, '\\.')}:sha-2222222 failed: .+; no moving tag was changed \\(${repo.replace(/\./g, '\\.')}:latest\\)$`));
  expect((await readImage(open.host, 'acme/rollout', 'latest'))?.digest).toBe(oldDigest);
  expect(await readImage(open.host, 'acme/rollout', 'sha-2222222')).toBeUndefined();
});

test('push: false builds and tags locally only', async () => {
  const repo = `${open.host}/acme/local-only`;
  const result = await buildAndPush(input([`${repo}:pr-7`], { push: false }));
  expect(result).toMatchObject({ kind: 'built', tags: [`${repo}:sha-abc1234`, `${repo}:pr-7`] });
  expect(await readImage(open.host, 'acme/local-only', 'pr-7')).toBeUndefined();
});

test('a Dockerfile that does not build: the error names the failing step', async () => {
  const result = await buildAndPush(input([`${open.host}/acme/broken:1.0.0`], { dockerfile: join(CONTEXT, 'missing.Dockerfile') }));
  expect(result).toMatchObject({ kind: 'failed', stage: 'build', pushed: [] });
  expect(result.kind === 'failed' && result.reason).toMatch(/^docker build failed: .*missing\.Dockerfile/);
});

describe('through the CLI, on a real git repository', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = GitRepo.create('mlops-image-cli-');
    repo.write('Dockerfile', 'FROM scratch\nCOPY metrics.json /model/metrics.json\n');
    repo.commitFiles('model', { 'metrics.json': '{"r2": 0.8214, "rmse": 46621.9785}', 'params.yaml': 'train:\n  n_estimators: 60\n' });
    repo.git('tag', 'v1.4.0');
    // a tag build checks the tag out (detached), as CI does
    repo.git('checkout', '-q', 'v1.4.0');
  });
  afterAll(() => repo.cleanup());

  test('mlops image meta --json: metadata-action tags for a tag push, OCI and model labels', async () => {
    const result = await mlops(repo.dir, ['image', 'meta', '--image', 'ghcr.io/Acme/Housing', '--tags', 'type=semver,pattern={{version}}', '--tags', 'type=semver,pattern={{major}}.{{minor}}', '--tags', 'type=sha', '--json'], { PATH: process.env.PATH });
    expect(result.stderr).toBe('');
    const meta = JSON.parse(result.stdout) as { version: string; tags: string[]; labels: Record<string, string> };
    const sha = repo.git('rev-parse', 'HEAD').trim();
    expect(meta.version).toBe('1.4.0');
    // flavor latest=auto: a semver tag push also gets latest, as metadata-action does
    expect(meta.tags).toEqual(['ghcr.io/acme/housing:1.4.0', 'ghcr.io/acme/housing:1.4', `ghcr.io/acme/housing:sha-${sha.slice(0, 7)}`, 'ghcr.io/acme/housing:latest']);
    expect(meta.labels).toMatchObject({
      'org.opencontainers.image.version': '1.4.0',
      'org.opencontainers.image.revision': sha,
      'io.mlops-action.model.metrics.r2': '0.8214',
      'io.mlops-action.model.metrics.rmse': '46621.9785',
      'io.mlops-action.model.params-digest': expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  test('mlops image build --push: pushed with the password from the environment only', async () => {
    const result = await mlops(
      repo.dir,
      ['image', 'build', '--image', `${locked.host}/acme/cli`, '--tags', 'type=semver,pattern={{version}}', '--push', '--registry', locked.host, '--username', AUTH.username, '--json'],
      { ...engine.env, MLOPS_REGISTRY_PASSWORD: AUTH.password },
    );
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as { digest: string; tags: string[] };
    expect(out.tags).toEqual([`${locked.host}/acme/cli:1.4.0`, `${locked.host}/acme/cli:latest`]);
    const pushed = await readImage(locked.host, 'acme/cli', '1.4.0', AUTH);
    expect(pushed?.digest).toBe(out.digest);
    expect(pushed?.labels['io.mlops-action.model.metrics.r2']).toBe('0.8214');
    expect(result.stdout + result.stderr).not.toContain(AUTH.password);
  });
});

test('the action on a push to main: image pushed after the gates pass, outputs and report line, password masked', async () => {
  const repo = GitRepo.create('mlops-image-action-');
  try {
    repo.write('Dockerfile', 'FROM scratch\nCOPY metrics.json /model/metrics.json\n');
    const before = repo.commitFiles('base', { 'metrics.json': '{"r2": 0.80}' });
    const head = repo.commitFiles('head', { 'params.yaml': 'depth: 12\n' });
    const run = await runActionInProcess({
      workspace: repo.dir, eventName: 'push', fixture: 'push.default-branch', shas: { head, before },
      env: { ...engine.env, GITHUB_REF: 'refs/heads/main' },
      inputs: {
        'train-command': `node -e "require('fs').writeFileSync('metrics.json', '{\\"r2\\": 0.83}')"`,
        gates: 'r2 >= 0.75', image: `${locked.host}/acme/action`, 'image-tags': 'type=ref,event=branch\ntype=sha',
        registry: locked.host, 'registry-username': AUTH.username, 'registry-password': AUTH.password,
      },
    });
    // docker's own stderr (the classic builder's deprecation notice) is passed through, never swallowed
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    const pushed = await readImage(locked.host, 'acme/action', 'main', AUTH);
    expect(run.outputs['image-digest']).toBe(pushed?.digest);
    expect(run.outputs['image-tags']).toBe(`${locked.host}/acme/action:sha-${head.slice(0, 7)}\n${locked.host}/acme/action:main`);
    expect(pushed?.labels).toMatchObject({ 'io.mlops-action.model.metrics.r2': '0.83', 'io.mlops-action.model.gates': 'passed', 'org.opencontainers.image.revision': head });
    // metadata-action's outputs, under the image- prefix: what is on the image is what they say
    expect(run.outputs['image-version']).toBe('main');
    expect(run.outputs['image-labels']!.split('\n')).toEqual(Object.entries(pushed!.labels).filter(([key]) => key.startsWith('org.opencontainers') || key.startsWith('io.mlops-action')).map(([key, value]) => `${key}=${value}`).sort());
    expect(run.outputs['image-annotations']).toContain(`manifest:org.opencontainers.image.revision=${head}`);
    expect(JSON.parse(run.outputs['image-json']!)).toEqual({
      tags: run.outputs['image-tags']!.split('\n').sort(), labels: expect.objectContaining({ 'org.opencontainers.image.revision': head }), annotations: run.outputs['image-annotations']!.split('\n'),
    });
    expect(run.summary).toContain(`**Image** 📦 pushed \`${locked.host}/acme/action:sha-${head.slice(0, 7)}\`, \`${locked.host}/acme/action:main\` · digest \`${pushed?.digest}\``);
    expect(run.stdout.split('\n').filter((line) => line.includes(AUTH.password))).toEqual([`::add-mask::${AUTH.password}`]);
    expect(run.summary + JSON.stringify(run.outputs) + JSON.stringify(pushed?.labels)).not.toContain(AUTH.password);
  } finally {
    repo.cleanup();
  }
});

test('the action does not build the image when a gate fails', async () => {
  const repo = GitRepo.create('mlops-image-action-');
  try {
    const before = repo.commitFiles('base', { 'metrics.json': '{"r2": 0.80}', Dockerfile: 'FROM scratch\n' });
    const head = repo.commitFiles('head', { 'params.yaml': 'depth: 2\n' });
    const run = await runActionInProcess({
      workspace: repo.dir, eventName: 'push', fixture: 'push.default-branch', shas: { head, before },
      env: { ...engine.env, GITHUB_REF: 'refs/heads/main' },
      inputs: { 'train-command': `node -e "require('fs').writeFileSync('metrics.json', '{\\"r2\\": 0.5}')"`, gates: 'r2 >= 0.75', image: `${open.host}/acme/gated` },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('No image: the model did not pass (training, metrics or gates).');
    expect(await readImage(open.host, 'acme/gated', 'main')).toBeUndefined();
    expect(run.outputs['image-digest']).toBeUndefined();
  } finally {
    repo.cleanup();
  }
});

test('the action reads dockerfile and context relative to working-directory, as action.yml says', async () => {
  const repo = GitRepo.create('mlops-image-workdir-');
  try {
    // the project lives in models/housing; its Dockerfile in models/housing/serving
    repo.write('models/housing/serving/Dockerfile', 'FROM scratch\nCOPY metrics.json /model/metrics.json\nLABEL from.dockerfile=serving\n');
    const before = repo.commitFiles('base', { 'models/housing/metrics.json': '{"r2": 0.80}' });
    const head = repo.commitFiles('head', { 'models/housing/params.yaml': 'depth: 12\n' });
    const run = await runActionInProcess({
      workspace: repo.dir, eventName: 'push', fixture: 'push.default-branch', shas: { head, before },
      env: { ...engine.env, GITHUB_REF: 'refs/heads/main' },
      inputs: { 'working-directory': 'models/housing', dockerfile: 'serving/Dockerfile', image: `${open.host}/acme/workdir`, 'image-tags': 'type=ref,event=branch' },
    });
    expect(run.status).toBe(0);
    const pushed = await readImage(open.host, 'acme/workdir', 'main');
    expect(pushed?.labels['from.dockerfile']).toBe('serving');
    expect(run.outputs['image-digest']).toBe(pushed?.digest);
  } finally {
    repo.cleanup();
  }
});

describe("build-push-action's basics, with the classic builder this engine has (no buildx)", () => {
  // FROM scratch: this machine reaches no image registry but its own
  const staged = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-image-stages-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch AS deps\nCOPY deps.txt /deps.txt\nFROM deps AS serve\nCOPY params.yaml /params.yaml\nFROM serve AS debug\nCOPY debug.txt /debug.txt\n');
    writeFileSync(join(dir, 'deps.txt'), 'the dependency layer\n'.repeat(1000));
    writeFileSync(join(dir, 'params.yaml'), 'depth: 12\n');
    writeFileSync(join(dir, 'debug.txt'), 'debug\n');
    return dir;
  };
  const files = (reference: string): string[] => {
    const id = execFileSync('docker', ['create', reference, '/none'], { env: engine.env, encoding: 'utf8' }).trim();
    try {
      return execFileSync('sh', ['-c', `docker export ${id} | tar -t`], { env: engine.env, encoding: 'utf8' }).split('\n').filter((name) => name.endsWith('.txt') || name.endsWith('.yaml')).sort();
    } finally {
      execFileSync('docker', ['rm', id], { env: engine.env, stdio: 'ignore' });
    }
  };

  test('image-target builds that stage of the Dockerfile', async () => {
    const context = staged();
    try {
      const repo = `${open.host}/acme/staged`;
      const result = await buildAndPush(input([`${repo}:serve`], { context, build: { target: 'serve', platforms: [], cacheFrom: [], cacheTo: [] } }));
      expect(result.kind).toBe('pushed');
      expect(files(`${repo}:serve`)).toEqual(['deps.txt', 'params.yaml']);
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  });

  test('image-cache-from type=registry: a params-only change on a clean engine reuses the pushed dependency layer', async () => {
    const context = staged();
    try {
      const repo = `${open.host}/acme/cached`;
      const settings = { target: 'serve', platforms: [], cacheFrom: [`type=registry,ref=${repo}:main`], cacheTo: ['type=inline'] };
      const first = input([`${repo}:main`], { context, build: settings });
      expect((await buildAndPush(first)).kind).toBe('pushed');
      expect(first.logger.lines.some((line) => line.startsWith(`No cache at ${repo}:main yet`))).toBe(true);
      // a clean engine: nothing of the first build is left but what the registry holds
      execFileSync('docker', ['rmi', '-f', `${repo}:main`, `${repo}:sha-abc1234`], { env: engine.env, stdio: 'ignore' });
      execFileSync('docker', ['builder', 'prune', '-af'], { env: engine.env, stdio: 'ignore' });
      writeFileSync(join(context, 'params.yaml'), 'depth: 6\n');
      const second = input([`${repo}:main`], { context, build: settings });
      expect((await buildAndPush(second)).kind).toBe('pushed');
      expect(second.logger.lines).toContain(`Cache from ${repo}:main.`);
      // the classic builder says so for the layer it did not build again
      expect(second.logger.lines.join('\n')).toMatch(/COPY deps\.txt \/deps\.txt\s+---> Using cache/);
      expect(files(`${repo}:main`)).toEqual(['deps.txt', 'params.yaml']);
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  });

  test.each([
    ['image-platforms', { platforms: ['linux/amd64', 'linux/arm64'], cacheFrom: [], cacheTo: [] }, 'image-platforms: linux/amd64, linux/arm64 needs BuildKit (docker buildx), which this Docker engine does not have'],
    ['image-cache-from type=gha', { platforms: [], cacheFrom: ['type=gha'], cacheTo: [] }, "image-cache-from: 'type=gha' needs BuildKit (docker buildx)"],
    ['image-cache-to type=registry', { platforms: [], cacheFrom: [], cacheTo: ['type=registry,ref=x/y:cache,mode=max'] }, "image-cache-to: 'type=registry,ref=x/y:cache,mode=max' needs BuildKit (docker buildx); with the classic builder use type=inline"],
  ])('%s without buildx: one clear error naming the option, nothing built or pushed', async (_name, build, message) => {
    const repo = `${open.host}/acme/refused`;
    const result = await buildAndPush(input([`${repo}:main`], { build }));
    expect(result).toMatchObject({ kind: 'failed', stage: 'build', pushed: [] });
    expect(result.kind === 'failed' && result.reason).toContain(message);
    expect(await readImage(open.host, 'acme/refused', 'main')).toBeUndefined();
  });
});
