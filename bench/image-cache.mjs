// The serving image rebuilt after a params-only change, on a clean builder, with
// build-push-action's cache options: `image-cache-from: type=registry,ref=<the pushed image>` and
// `image-cache-to: type=inline`. A real dockerd and `docker-registry` on 127.0.0.1 (started and
// stopped here, by PID), buildAndPush from src/image/build-push.ts (bundled with ncc here, types
// left to tsc, so no `npm run bundle` is needed). The dependency layer sleeps as `pip install`
// would; the first build makes and pushes it, then the first build's images and the builder cache
// are removed and only params.yaml changes. Reported: the second build+push as a ratio of the first (goal ≤ 0.2).
// No base image can be pulled here: a busybox one is made FROM scratch from Debian's busybox-static.
import ncc from '@vercel/ncc';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUSYBOX = '/bin/busybox';
const missing = [
  [[BUSYBOX], 'busybox-static'],
  [['/usr/sbin/dockerd', '/usr/bin/dockerd'], 'docker.io'],
  [['/usr/bin/docker-registry'], 'docker-registry'],
].filter(([paths]) => !paths.some((path) => existsSync(path)));
if (missing.length > 0) {
  // said loudly, not failed: the other benches in `npm run bench` still run
  console.log('## Serving image: rebuild with image-cache-from/to — SKIPPED');
  console.log(`skipped: ${missing.map(([paths, pkg]) => `${paths[0]} is missing (apt-get install -y ${pkg}, or bash scripts/setup.sh --tests)`).join('; ')}`);
  process.exit(0);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'mlops-bench-image-cache-'));
writeFileSync(join(work, 'package.json'), '{"type": "module"}');

/** A source file bundled on its own (they share no state, only the objects passed between them). */
async function bundled(path) {
  const name = path.replaceAll('/', '-').replace(/\.ts$/, '.js');
  const { code } = await ncc(join(root, path), { quiet: true, target: 'es2022', transpileOnly: true });
  writeFileSync(join(work, name), code);
  return import(pathToFileURL(join(work, name)).href);
}
const [{ buildAndPush }, { dockerCli }, { startDockerEngine, startRegistry }] = await Promise.all(
  ['src/image/build-push.ts', 'src/image/docker.ts', 'test/helpers/docker-env.ts'].map(bundled),
);

const depsSeconds = Number(process.env.BENCH_DEPS_SECONDS ?? 5);
const engine = await startDockerEngine();
const registry = await startRegistry();
const cleanUp = async () => {
  await registry.dispose();
  await engine.stop();
  rmSync(work, { recursive: true, force: true });
};
// an error thrown outside the awaited chain (a child's stdin, say) skips `finally`: never leave
// a dockerd and a registry behind on a shared machine
process.once('uncaughtException', (error) => {
  console.error(error);
  cleanUp().finally(() => process.exit(1));
});
const docker = (...args) => execFileSync('docker', args, { env: { ...engine.env, DOCKER_BUILDKIT: '0' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  // the base image: busybox FROM scratch, its applets linked into /bin so RUN has a /bin/sh
  const base = join(work, 'base');
  mkdirSync(base);
  copyFileSync(BUSYBOX, join(base, 'busybox'));
  writeFileSync(join(base, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\nCMD ["/bin/sh"]\n');
  docker('build', '--quiet', '--tag', 'mlops-bench/busybox:local', base);

  // the serving image: dependencies (slow, rarely changed), then the model and its params
  const context = join(work, 'serving');
  mkdirSync(context);
  writeFileSync(join(context, 'Dockerfile'), [
    'FROM mlops-bench/busybox:local',
    'COPY requirements.txt /app/requirements.txt',
    `RUN sleep ${depsSeconds} && mkdir -p /opt/venv && dd if=/dev/urandom of=/opt/venv/site-packages.bin bs=1M count=16 2>/dev/null`,
    'COPY model.txt /app/model.txt',
    'COPY params.yaml /app/params.yaml',
    'ARG MODEL_VERSION=dev',
    'LABEL org.example.model-version=$MODEL_VERSION',
    'CMD ["/bin/sh", "-c", "cat /app/params.yaml"]',
    '',
  ].join('\n'));
  writeFileSync(join(context, 'requirements.txt'), 'scikit-learn==1.2.1\njoblib==1.2.0\n');
  writeFileSync(join(context, 'model.txt'), 'a trained model\n'.repeat(2000));
  writeFileSync(join(context, 'params.yaml'), 'depth: 12\n');

  const repo = `${registry.host}/acme/housing`;
  const groups = [];
  const logger = {
    lines: [],
    info(message) { this.lines.push(message); },
    warning(message) { this.lines.push(`warning: ${message}`); },
    error(message) { this.lines.push(`error: ${message}`); },
    async group(name, fn) {
      const start = performance.now();
      try {
        return await fn();
      } finally {
        groups.push({ name, ms: performance.now() - start });
      }
    },
    output(chunk) { this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)); },
  };
  const build = { platforms: [], cacheFrom: [`type=registry,ref=${repo}:main`], cacheTo: ['type=inline'] };
  const run = async (shortSha) => {
    logger.lines.length = 0;
    groups.length = 0;
    const start = performance.now();
    const result = await buildAndPush({
      context, references: [`${repo}:main`], labels: { 'org.opencontainers.image.revision': shortSha }, buildArgs: ['MODEL_VERSION=42'],
      build, push: true, shortSha, docker: dockerCli(engine.env), logger,
    });
    const ms = performance.now() - start;
    if (result.kind !== 'pushed') throw new Error(`build failed: ${result.reason}\n${logger.lines.join('\n')}`);
    const part = (name) => groups.find((group) => group.name === name)?.ms ?? 0;
    return { ms, build: part('image build'), push: part('image push'), cached: logger.lines.filter((line) => /---> Using cache/.test(line)).length, lines: [...logger.lines] };
  };

  const first = await run('1111111');
  // a clean builder: nothing of the first build is left but what the registry holds
  docker('rmi', '-f', `${repo}:main`, `${repo}:sha-1111111`);
  docker('builder', 'prune', '-af');
  writeFileSync(join(context, 'params.yaml'), 'depth: 6\n');
  const second = await run('2222222');
  if (!second.lines.includes(`Cache from ${repo}:main.`)) throw new Error(`the second build did not read the cache:\n${second.lines.join('\n')}`);

  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const ratio = second.ms / first.ms;
  console.log('## Serving image: rebuild after a params-only change, clean builder, image-cache-from type=registry + image-cache-to type=inline');
  console.log(`classic builder (no buildx here), real dockerd + registry; dependency layer: RUN sleep ${depsSeconds} + 16 MiB`);
  console.log(`first build+push: ${s(first.ms)} (build ${s(first.build)}, push ${s(first.push)})`);
  console.log(`second build+push: ${s(second.ms)} (cache pull + build ${s(second.ms - second.push)}, push ${s(second.push)}; ${second.cached} steps from cache)`);
  console.log(`ratio: ${ratio.toFixed(3)} (goal ≤ 0.2)${ratio <= 0.2 ? '' : ' — MISSED'}`);
} finally {
  await cleanUp();
}
