// How long after a canary's metrics cross a threshold the rollback starts: the bundled CLI's
// `mlops kserve promote --analysis` against the local Kubernetes API server (the script plays
// KServe's controller), a real Prometheus (scrape interval 1 s) over a Knative-shaped exporter,
// and the local model server for the smoke test. After the first measurement passed, at a random
// point of the next interval, the canary starts answering 500s; the clock stops at the rollback's
// first write to the InferenceService. Reported as a ratio of the analysis interval.
// Goal: within one interval. The floor is the wait for the next measurement (0 to one interval)
// plus two scrapes: a 5xx series that did not exist before has no rate() until its second sample.
import ncc from '@vercel/ncc';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'mlops-bench-analysis-'));
writeFileSync(join(work, 'package.json'), '{"type": "module"}');

/** A test helper, bundled on its own (they share no state, only the objects passed between them). */
async function helper(name) {
  const { code } = await ncc(join(root, 'test', 'helpers', `${name}.ts`), { quiet: true, target: 'es2022' });
  writeFileSync(join(work, `${name}.js`), code);
  return import(pathToFileURL(join(work, `${name}.js`)).href);
}
const { startKubeServer } = await helper('kube-server');
const { playController, readyStatus, revision } = await helper('kserve-controller');
const { startModelServer } = await helper('model-server');
const { startKnativeExporter } = await helper('prometheus-exporter');
const { startPrometheus, eventually } = await helper('prometheus');

const ns = 'models';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const intervalMs = Number(process.env.BENCH_INTERVAL_MS ?? 10000);
const kube = await startKubeServer();
const model = await startModelServer({ model: 'housing' });
const exporter = await startKnativeExporter();
const canaries = [];
for (let i = 0; i < runs; i++) {
  const name = `bench-${i}`;
  exporter.revision({ schema: 'otel', namespace: ns, revision: revision(name, 1), rps: 40 });
  canaries.push(exporter.revision({ schema: 'otel', namespace: ns, revision: revision(name, 2), rps: 40 }));
}
const prometheus = await startPrometheus({ targets: [exporter.address] });
await eventually('Prometheus has scraped the exporter 6 times', async () => {
  const [sample] = await prometheus.query('count_over_time(up{job="queue-proxy"}[20s])');
  return sample && Number(sample.value) >= 6;
});
writeFileSync(join(work, 'smoke.json'), JSON.stringify({ instances: [[1, 2]] }));
writeFileSync(
  join(work, 'analysis.yaml'),
  [`prometheus: {url: "${prometheus.url}"}`, `interval: ${intervalMs}ms`, 'window: 4s', 'count: 10', 'failure-limit: 0', 'min-requests: 10', 'metrics:', '  - {name: success-rate, min: 0.99}', ''].join('\n'),
);

const latencies = [];
for (let i = 0; i < runs; i++) {
  const name = `bench-${i}`;
  kube.put({ apiVersion: 'serving.kserve.io/v1beta1', kind: 'InferenceService', metadata: { name, namespace: ns }, spec: { predictor: { model: { modelFormat: { name: 'sklearn' }, storageUri: 'gs://m/v1', protocolVersion: 'v1' } } } });
  kube.setStatus(ns, name, readyStatus(name, ns, 1, 1, 1, undefined, model.url));
  const stopController = playController(kube, ns, name, model.url, () => 'ready');
  const child = spawn(
    process.execPath,
    [cli, 'kserve', 'promote', '--name', name, '--namespace', ns, '--model-format', 'sklearn', '--storage-uri', 'gs://m/v2', '--smoke-test', 'smoke.json', '--model-name', 'housing', '--analysis', 'analysis.yaml', '--timeout', '30'],
    { cwd: work, env: { PATH: process.env.PATH, MLOPS_KUBECONFIG: kube.kubeconfig({ namespace: ns }) }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  let flippedAt = 0;
  let writesBefore = 0;
  const onOutput = (chunk) => {
    output += process.env.BENCH_VERBOSE ? chunk.toString().replace(/^(?=.)/gm, `[${new Date().toISOString().slice(17, 23)}] `) : chunk.toString();
    if (flippedAt || !/Measurement 1 of \d+ \([^)]*\): passed/.test(output)) return;
    flippedAt = -1;
    // somewhere in the next interval, as a real regression does not wait for our schedule
    setTimeout(() => {
      writesBefore = kube.requests.filter((request) => request.method !== 'GET' && request.path.endsWith(`/inferenceservices/${name}`)).length;
      canaries[i].set({ errorRate: 1 });
      flippedAt = performance.now();
    }, Math.random() * intervalMs);
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const rolledBackAt = await new Promise((resolve, reject) => {
    let settled = false;
    const timer = setInterval(() => {
      if (flippedAt <= 0) return;
      const writes = kube.requests.filter((request) => request.method !== 'GET' && request.path.endsWith(`/inferenceservices/${name}`));
      if (writes.length > writesBefore) {
        settled = true;
        clearInterval(timer);
        resolve(performance.now());
      }
    }, 1);
    child.on('close', (status) => {
      if (settled) return;
      clearInterval(timer);
      reject(new Error(`the rollout ended (exit ${status}) before the canary regressed:\n${output}`));
    });
  });
  await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('close', resolve)));
  if (!/rolled back|Rolled back/.test(output)) throw new Error(`expected a rollback:\n${output}`);
  if (process.env.BENCH_VERBOSE) console.log(`flipped at ${new Date(performance.timeOrigin + flippedAt).toISOString()}\n${output}`);
  latencies.push(rolledBackAt - flippedAt);
  stopController();
}
await prometheus.stop();
await exporter.close();
await model.close();
await kube.close();
rmSync(work, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const ratio = (ms) => (ms / intervalMs).toFixed(2);
console.log('## Canary analysis: threshold crossed → rollback starts, bundled CLI, real Prometheus (scrape 1 s), local Kubernetes API server');
console.log(`runs: ${runs}; interval ${intervalMs} ms; median ${latencies[Math.floor(runs / 2)].toFixed(0)} ms (${ratio(latencies[Math.floor(runs / 2)])} × interval); max ${latencies.at(-1).toFixed(0)} ms (${ratio(latencies.at(-1))} × interval) (goal ≤ 1 × interval)`);
