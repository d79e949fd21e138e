#!/usr/bin/env node
// A double of the docker-buildx CLI plugin, for tests on a machine where buildx cannot be
// installed. It speaks the parts of buildx's command line the image stage uses, as buildx's
// reference documents them, over the real engine and the real registry:
// - `buildx version`;
// - `buildx build`: the classic builder builds (every platform gets the same image: the test
//   images are FROM scratch); `--load` keeps it in the engine, `--push` pushes each --tag, and for
//   several platforms writes an OCI image index over them to the registry, as a multi-platform
//   push leaves it; `--metadata-file` gets `containerimage.digest`, `containerimage.descriptor`
//   and `image.name` of what was pushed; `--iidfile` the image id;
// - `buildx imagetools create [--prefer-index=false] --tag T… SRC@DIGEST`: within one repository,
//   an index copied under each tag, a single manifest copied with --prefer-index=false and wrapped
//   in a new index without it, as buildx 0.15+ does ($BUILDX_DOUBLE_VERSION=0.14: the flag is
//   unknown, and a Docker manifest is copied, an OCI one wrapped); `imagetools inspect --raw T`.
// Each call is appended to $BUILDX_DOUBLE_LOG as JSON (arguments, DOCKER_CONFIG, BUILDX_CONFIG, and
// which registries that config has logins for and which credential helpers it names).
// $BUILDX_DOUBLE_FAIL names a step to fail as buildx would: `metadata` (no digest written),
// `imagetools` (create fails) or `copy` (create wraps a manifest it was told to copy).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
if (args[0] === 'docker-cli-plugin-metadata') {
  process.stdout.write(JSON.stringify({ SchemaVersion: '0.1.0', Vendor: 'mlops-action tests', Version: 'v0.0.0-double', ShortDescription: 'buildx double' }));
  process.exit(0);
}
// the docker CLI runs a plugin as `docker-buildx buildx <arguments>`
const [, verb, ...rest] = args;
/** What the docker config this call runs with holds: the registries it has logins for (never the secrets), its helpers. */
function configFacts() {
  try {
    const config = JSON.parse(readFileSync(join(process.env.DOCKER_CONFIG ?? '', 'config.json'), 'utf8'));
    return { auths: Object.keys(config.auths ?? {}).sort(), credsStore: config.credsStore, credHelpers: config.credHelpers };
  } catch {
    return {};
  }
}
if (process.env.BUILDX_DOUBLE_LOG) appendFileSync(process.env.BUILDX_DOUBLE_LOG, `${JSON.stringify({ args: args.slice(1), dockerConfig: process.env.DOCKER_CONFIG, buildxConfig: process.env.BUILDX_CONFIG, config: configFacts() })}\n`);
const fail = (message) => {
  process.stderr.write(`ERROR: ${message}\n`);
  process.exit(1);
};
const docker = (argv, env = {}) => execFileSync('docker', argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/** `host/path:tag` or `host/path@sha256:…` → its registry URL parts. */
function split(reference) {
  const at = reference.indexOf('@');
  const name = at >= 0 ? reference.slice(0, at) : reference.slice(0, reference.lastIndexOf(':'));
  const ref = at >= 0 ? reference.slice(at + 1) : reference.slice(reference.lastIndexOf(':') + 1);
  const slash = name.indexOf('/');
  return { host: name.slice(0, slash), repository: name.slice(slash + 1), ref };
}

/** The Basic credentials `docker login` left in DOCKER_CONFIG for `host`, as a registry client sends them. */
function authHeader(host) {
  try {
    const config = JSON.parse(readFileSync(join(process.env.DOCKER_CONFIG ?? '', 'config.json'), 'utf8'));
    const auth = config.auths?.[host]?.auth;
    return auth ? { authorization: `Basic ${auth}` } : {};
  } catch {
    return {};
  }
}

const MANIFESTS = 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json';

async function getManifest(reference) {
  const { host, repository, ref } = split(reference);
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${ref}`, { headers: { accept: MANIFESTS, ...authHeader(host) } });
  if (!response.ok) fail(`${reference}: ${response.status} ${response.statusText}`);
  return { type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
}

async function putManifest(reference, type, body) {
  const { host, repository, ref } = split(reference);
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${ref}`, { method: 'PUT', headers: { 'content-type': type, ...authHeader(host) }, body });
  if (!response.ok) fail(`failed to push ${reference}: ${response.status} ${await response.text()}`);
  return response.headers.get('docker-content-digest');
}

const digestOf = (body) => `sha256:${createHash('sha256').update(body).digest('hex')}`;

if (verb === 'version') {
  process.stdout.write('github.com/docker/buildx v0.0.0-double 0000000\n');
} else if (verb === 'build') {
  const flags = { tag: [], platform: [], label: [], 'build-arg': [] };
  let context;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--push' || arg === '--load') flags[arg.slice(2)] = true;
    else if (arg.startsWith('--')) {
      const key = arg.slice(2);
      const value = rest[++i];
      if (Array.isArray(flags[key])) flags[key].push(value);
      else flags[key] = value;
    } else context = arg;
  }
  const platforms = flags.platform.flatMap((value) => value.split(','));
  const classic = ['build', ...(flags.file ? ['--file', flags.file] : []), ...(flags.target ? ['--target', flags.target] : [])];
  for (const label of flags.label) classic.push('--label', label);
  for (const arg of flags['build-arg']) classic.push('--build-arg', arg);
  for (const tag of flags.tag) classic.push('--tag', tag);
  classic.push('--iidfile', flags.iidfile, context);
  try {
    docker(classic, { DOCKER_BUILDKIT: '0' });
  } catch {
    fail('failed to solve: the build failed');
  }
  if (flags.push) {
    let pushed;
    for (const tag of flags.tag) {
      try {
        docker(['push', tag]);
      } catch {
        fail(`failed to push ${tag}`);
      }
      const single = await getManifest(tag);
      pushed = { type: single.type, digest: digestOf(single.body), size: single.body.length };
      if (platforms.length > 1) {
        // several platforms: an index naming one manifest per platform, as a multi-platform push leaves
        const index = Buffer.from(JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: platforms.map((platform) => {
            const [os, architecture, variant] = platform.split('/');
            return { mediaType: single.type, digest: pushed.digest, size: pushed.size, platform: { architecture, os, ...(variant ? { variant } : {}) } };
          }),
        }));
        await putManifest(tag, 'application/vnd.oci.image.index.v1+json', index);
        pushed = { type: 'application/vnd.oci.image.index.v1+json', digest: digestOf(index), size: index.length };
      }
    }
    if (flags['metadata-file'] && process.env.BUILDX_DOUBLE_FAIL !== 'metadata') {
      writeFileSync(flags['metadata-file'], JSON.stringify({
        'buildx.build.ref': 'double/double0/0000000000000000000000000',
        'containerimage.descriptor': { mediaType: pushed.type, digest: pushed.digest, size: pushed.size },
        'containerimage.digest': pushed.digest,
        'image.name': flags.tag.join(','),
      }));
    }
  }
  // --load keeps the tags in the engine; a push or a cache-only build leaves none there, as buildx's container driver does
  if (!flags.load) for (const tag of flags.tag) docker(['image', 'rm', '--no-prune', tag]);
} else if (verb === 'imagetools' && rest[0] === 'create') {
  if (process.env.BUILDX_DOUBLE_FAIL === 'imagetools') fail('failed commit on ref "index-sha256": unexpected status: 500 Internal Server Error');
  const old = process.env.BUILDX_DOUBLE_VERSION === '0.14';
  const tags = [];
  let source;
  let preferIndex = true;
  for (let i = 1; i < rest.length; i++) {
    if (rest[i] === '--tag' || rest[i] === '-t') tags.push(rest[++i]);
    else if (rest[i].startsWith('--prefer-index')) {
      // the flag came with buildx 0.15
      if (old) {
        process.stderr.write('unknown flag: --prefer-index\n');
        process.exit(1);
      }
      preferIndex = rest[i] !== '--prefer-index=false';
    } else source = rest[i];
  }
  const manifest = await getManifest(source);
  const index = /index|list/.test(manifest.type ?? '');
  // one source: an index is copied; a manifest is copied only with --prefer-index=false (before
  // 0.15: a Docker manifest is copied, an OCI one wrapped), else wrapped in a new index
  const copied = process.env.BUILDX_DOUBLE_FAIL !== 'copy' && (index || (old ? manifest.type === 'application/vnd.docker.distribution.manifest.v2+json' : !preferIndex));
  const type = copied ? manifest.type : 'application/vnd.oci.image.index.v1+json';
  const body = copied ? manifest.body : Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: type, manifests: [{ mediaType: manifest.type, digest: digestOf(manifest.body), size: manifest.body.length, platform: { architecture: 'amd64', os: 'linux' } }] }));
  for (const tag of tags) {
    if (split(tag).repository !== split(source).repository || split(tag).host !== split(source).host) fail(`the double copies within one repository only: ${tag} from ${source}`);
    await putManifest(tag, type, body);
  }
} else if (verb === 'imagetools' && rest[0] === 'inspect' && rest[1] === '--raw') {
  // the bytes as the registry holds them, with no newline after (buildx keeps the digest so)
  process.stdout.write((await getManifest(rest[2])).body);
} else {
  fail(`the buildx double does not know: buildx ${args.slice(1).join(' ')}`);
}
