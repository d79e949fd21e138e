/**
 * The pure parts of build secrets and digests: the three inputs read as build-push-action reads
 * them, each malformed line refused naming the input and the id (never the value), what the
 * GitHub front end masks, the `--secret` flags (a value through a 0600 file), the build command
 * each builder gets (buildx's only by its arguments: buildx is not installable here), and
 * RepoDigests read for exactly one repository.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OptionError, UsageError } from '../../src/errors.js';
import { buildCommand, buildFlags, chooseBuilder } from '../../src/image/build-push.js';
import { digestsFor, familiarRepository, metadataDigest, pushedDigest } from '../../src/image/digest.js';
import { parseBuildSecrets, secretEnvNames, secretFlags, secretValuesToMask } from '../../src/image/secrets.js';
import { buildRunOptions, parseConfigFile } from '../../src/options.js';

const none = { values: [], files: [], envs: [] };
const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

describe('parseBuildSecrets: build-push-action syntax', () => {
  test.each([
    ['one id=value', { ...none, values: ['GIT_AUTH_TOKEN=abc'] }, [{ id: 'GIT_AUTH_TOKEN', source: 'value', value: 'abc' }]],
    ['a value holding = and , (ignoreComma)', { ...none, values: ['token=a=b,c'] }, [{ id: 'token', source: 'value', value: 'a=b,c' }]],
    ['several lines, blank and # lines skipped', { ...none, values: ['a=1\n\n# comment\nb=2'] }, [{ id: 'a', source: 'value', value: '1' }, { id: 'b', source: 'value', value: '2' }]],
    ['a quoted value spanning lines', { ...none, values: ['"key=line one\nline two"'] }, [{ id: 'key', source: 'value', value: 'line one\nline two' }]],
    ['files and envs', { values: [], files: ['npmrc=.npmrc'], envs: ['gh=GITHUB_TOKEN'] }, [{ id: 'npmrc', source: 'file', path: '.npmrc' }, { id: 'gh', source: 'env', env: 'GITHUB_TOKEN' }]],
    ['nothing', none, []],
  ])('%s', (_name, raw, expected) => {
    expect(parseBuildSecrets(raw)).toEqual(expected);
  });

  test.each([
    ['no =', { ...none, values: ['s3cr3t-value'] }, "image-secrets: line 1 has no '=' (expected id=value, e.g. GIT_AUTH_TOKEN=…)."],
    ['an empty id', { ...none, values: ['ok=1\n=s3cr3t-value'] }, "image-secrets: line 2 has an empty id before '=' (expected id=value, e.g. GIT_AUTH_TOKEN=…)."],
    ['an empty value', { ...none, values: ['GIT_AUTH_TOKEN='] }, 'image-secrets: GIT_AUTH_TOKEN has an empty value (a secret that is not set, or a pull request from a fork, which gets no secrets).'],
    ['an id with a space', { ...none, values: ['my token=s3cr3t-value'] }, "image-secrets: the id 'my token' may hold only letters, digits, '_', '.' and '-'."],
    ['a quote that never closes', { ...none, values: ['"a=s3cr3t-value'] }, 'image-secrets: a line has a quote that does not open or close a whole entry (its text is not shown: it holds a secret).'],
    ['a file line with no =', { ...none, files: ['.npmrc'] }, "image-secret-files: '.npmrc' has no '=' (expected id=path, e.g. npmrc=.npmrc)."],
    ['a file with no path', { ...none, files: ['npmrc='] }, "image-secret-files: npmrc has nothing after '=' (expected id=path, e.g. npmrc=.npmrc)."],
    ['an env that is no variable name', { ...none, envs: ['gh=GITHUB-TOKEN'] }, "image-secret-envs: gh: 'GITHUB-TOKEN' is not an environment variable name."],
    ['an id given twice in one input', { ...none, values: ['a=1\na=2'] }, 'image-secrets: the id a is given twice; give each id once.'],
    ['an id given in two inputs', { values: ['a=1'], files: [], envs: ['a=X'] }, 'image-secret-envs: the id a is given in image-secrets too; give each id once.'],
  ])('%s: one OptionError naming the input, the value never in it', (_name, raw, message) => {
    let error: unknown;
    try {
      parseBuildSecrets(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OptionError);
    expect((error as OptionError).message).toBe(message);
    expect(`${(error as OptionError).message}${(error as OptionError).hint ?? ''}`).not.toContain('s3cr3t-value');
  });
});

describe('the option set', () => {
  test('image-secrets, image-secret-files and image-secret-envs reach ImageOptions.secrets', () => {
    const options = buildRunOptions({ image: 'ghcr.io/acme/app', 'image-secrets': 'token=abc', 'image-secret-files': 'npmrc=.npmrc', 'image-secret-envs': ['gh=GH_TOKEN', 'aws=AWS_KEY'] });
    expect(options.image?.secrets.map((secret) => secret.id)).toEqual(['token', 'npmrc', 'gh', 'aws']);
  });

  test('a secret without image is a stray option, named', () => {
    expect(() => buildRunOptions({ 'image-secret-envs': ['gh=GH_TOKEN', 'aws=AWS_KEY'] })).toThrow('image-secret-envs: set, but image is not: nothing would be built.');
  });

  test('mlops.yaml never holds image-secrets; the named forms are fine there', () => {
    expect(() => parseConfigFile('image-secrets:\n  - token=abc\n')).toThrow(UsageError);
    expect(() => parseConfigFile('image-secrets:\n  - token=abc\n')).toThrow('mlops.yaml: image-secrets holds secret values, which never go in a file.');
    expect(parseConfigFile('image-secret-envs:\n  - gh=GH_TOKEN\n')).toEqual({ 'image-secret-envs': ['gh=GH_TOKEN'] });
  });
});

describe('what the GitHub front end masks (never throws)', () => {
  test.each([
    ['values, not ids', 'GIT_AUTH_TOKEN=abc123\nNPM=xyz', ['abc123', 'xyz']],
    ['a line without = is masked whole', 'forgot-the-id', ['forgot-the-id']],
    ['a multi-line value, whole and line by line', '"key=line one\nline two"', ['line one\nline two', 'line one', 'line two']],
    ['an unreadable input is still masked', '"a=one\nb=two', ['one', 'two']],
    ['nothing', '', []],
  ])('%s', (_name, text, expected) => {
    expect(secretValuesToMask(text)).toEqual(expected);
  });

  test('image-secret-envs: the variable names whose values are masked', () => {
    expect(secretEnvNames('gh=GITHUB_TOKEN\nbad\nx=not-a-name')).toEqual(['GITHUB_TOKEN']);
  });
});

describe('--secret flags', () => {
  test('a value goes through a 0600 file of its own; files and envs are named as they are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-secret-flags-'));
    try {
      const flags = await secretFlags([
        { id: 'token', source: 'value', value: 's3cr3t' },
        { id: 'npmrc', source: 'file', path: '/home/ci/with,comma/.npmrc' },
        { id: 'gh', source: 'env', env: 'GH_TOKEN' },
      ], dir);
      expect(flags).toEqual(['--secret', `id=token,src=${join(dir, 'secret-0')}`, '--secret', 'id=npmrc,"src=/home/ci/with,comma/.npmrc"', '--secret', 'id=gh,env=GH_TOKEN']);
      expect(flags.join(' ')).not.toContain('s3cr3t');
      expect(readFileSync(join(dir, 'secret-0'), 'utf8')).toBe('s3cr3t');
      expect(statSync(join(dir, 'secret-0')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the builder and its command (buildx by its command lines here; test/integration/image-buildx.test.ts runs them through a double of its CLI)', () => {
  const secret = [{ id: 'token', source: 'value' as const, value: 'x' }];
  test.each([
    [true, [], 'buildx'],
    [true, secret, 'buildx'],
    [false, secret, 'engine-buildkit'],
    [false, [], 'classic'],
  ] as const)('buildx %s, %j secrets → %s', (buildx, secrets, builder) => {
    expect(chooseBuilder(buildx, secrets)).toBe(builder);
  });

  test('buildx: build --load with the flags, labels, args, tags and iidfile; no secret among them', () => {
    const flags = buildFlags({ target: 'serve', platforms: ['linux/arm64'], cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'] }, 'buildx');
    expect(flags).toEqual({ flags: ['--target', 'serve', '--platform', 'linux/arm64', '--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max'], pulls: [] });
    const command = buildCommand('buildx', [...(flags as { flags: string[] }).flags, '--secret', 'id=token,src=/tmp/w/secret-0'], { context: '/ctx', labels: { a: 'b' }, buildArgs: ['V=1'] }, ['r/app:sha-1', 'r/app:main'], '/tmp/w/iid');
    expect(command).toEqual([
      'buildx', 'build', '--load', '--target', 'serve', '--platform', 'linux/arm64', '--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max', '--secret', 'id=token,src=/tmp/w/secret-0',
      '--label', 'a=b', '--build-arg', 'V=1', '--tag', 'r/app:sha-1', '--tag', 'r/app:main', '--iidfile', '/tmp/w/iid', '/ctx',
    ]);
  });

  test('buildx, several platforms: one --platform list; pushed by the builder with its metadata file, or left in the build cache', () => {
    const flags = buildFlags({ platforms: ['linux/amd64', 'linux/arm64/v8'], cacheFrom: [], cacheTo: [] }, 'buildx');
    expect(flags).toEqual({ flags: ['--platform', 'linux/amd64,linux/arm64/v8'], pulls: [] });
    const given = { context: '/ctx', labels: {}, buildArgs: [] };
    expect(buildCommand('buildx', [], given, ['r/app:sha-1'], '/w/iid', { push: '/w/metadata.json' }).slice(0, 5)).toEqual(['buildx', 'build', '--push', '--metadata-file', '/w/metadata.json']);
    expect(buildCommand('buildx', [], given, ['r/app:sha-1'], '/w/iid', 'cache')).toEqual(['buildx', 'build', '--tag', 'r/app:sha-1', '--iidfile', '/w/iid', '/ctx']);
    // the classic builders tag in the engine whatever buildx would do
    expect(buildCommand('classic', [], given, ['r/app:sha-1'], '/w/iid', { push: '/w/m.json' })).toEqual(['build', '--tag', 'r/app:sha-1', '--iidfile', '/w/iid', '/ctx']);
  });

  test("the engine's BuildKit: the classic limits, an inline cache asked for by build arg", () => {
    expect(buildFlags({ platforms: [], cacheFrom: ['type=registry,ref=r/app:cache'], cacheTo: ['type=inline'] }, 'engine-buildkit')).toEqual({ flags: ['--cache-from', 'r/app:cache', '--build-arg', 'BUILDKIT_INLINE_CACHE=1'], pulls: ['r/app:cache'] });
    expect(buildFlags({ platforms: [], cacheFrom: [], cacheTo: ['type=inline'] }, 'classic')).toEqual({ flags: [], pulls: [] });
    expect(buildFlags({ platforms: ['linux/arm64'], cacheFrom: [], cacheTo: [] }, 'engine-buildkit')).toHaveProperty('refused');
  });
});

describe("buildx's metadata file: the digest it pushed", () => {
  test.each([
    ['containerimage.digest', JSON.stringify({ 'containerimage.digest': D1, 'containerimage.descriptor': { digest: D1 }, 'image.name': 'r/app:sha-1' }), { digest: D1 }],
    ['the descriptor when the digest key is missing, with its media type', JSON.stringify({ 'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest: D2, size: 856 } }), { digest: D2, mediaType: 'application/vnd.oci.image.index.v1+json' }],
    ["a descriptor of something else: not its media type", JSON.stringify({ 'containerimage.digest': D1, 'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: D2 } }), { digest: D1 }],
    ['not a sha256 digest', JSON.stringify({ 'containerimage.digest': 'sha256:abc' }), { error: "buildx's metadata file names no containerimage.digest" }],
    ['no digest at all (a build that pushed nothing)', JSON.stringify({ 'buildx.build.ref': 'default/default/x' }), { error: "buildx's metadata file names no containerimage.digest" }],
    ['null', 'null', { error: "buildx's metadata file names no containerimage.digest" }],
    ['not JSON', '{"containerimage.digest": ', { error: 'buildx\'s metadata file is not JSON: {"containerimage.digest":' }],
  ])('%s', (_name, text, expected) => {
    expect(metadataDigest(text)).toEqual(expected);
  });
});

describe('RepoDigests: the digest for exactly that repository', () => {
  test.each([
    ['the repository itself', `["127.0.0.1:5000/acme/app@${D1}"]`, '127.0.0.1:5000/acme/app', [D1]],
    ['not a repository whose name it starts', `["127.0.0.1:5000/acme/app-mirror@${D2}","127.0.0.1:5000/acme/app@${D1}"]`, '127.0.0.1:5000/acme/app', [D1]],
    ['not the same path on another registry', `["127.0.0.1:5001/acme/app@${D2}"]`, '127.0.0.1:5000/acme/app', []],
    ["Docker Hub's familiar names", `["acme/app@${D1}","python@${D2}"]`, 'docker.io/acme/app', [D1]],
    ['library images', `["python@${D2}"]`, 'docker.io/library/python', [D2]],
    ['null (never pushed)', 'null', 'r/app', []],
  ])('%s', (_name, json, repository, expected) => {
    expect(digestsFor(json, repository)).toEqual(expected);
  });

  test('not a list: unreadable', () => {
    expect(digestsFor('{"a":1}', 'r/app')).toBeUndefined();
    expect(digestsFor('not json', 'r/app')).toBeUndefined();
  });

  test('familiar names', () => {
    expect(familiarRepository('docker.io/library/python')).toBe('python');
    expect(familiarRepository('index.docker.io/acme/app')).toBe('acme/app');
    expect(familiarRepository('ghcr.io/acme/app')).toBe('ghcr.io/acme/app');
  });

  test.each([
    ['the one the push added', [D2], [D2, D1], { digest: D1 }],
    ['the only one, pushed before', [D1], [D1], { digest: D1 }],
    ['none', [], [], { error: 'the engine recorded no digest for this repository after the push' }],
    ['several, none new', [D1, D2], [D1, D2], { error: expect.stringContaining('cannot say which this push made') }],
  ])('pushedDigest: %s', (_name, before, after, expected) => {
    expect(pushedDigest(before, after)).toEqual(expected);
  });
});
