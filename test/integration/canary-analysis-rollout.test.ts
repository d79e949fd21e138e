/**
 * The KServe rollout with a canary analysis, end to end on local parts: the Kubernetes API test
 * server with the test playing KServe's controller, the local model server for the smoke test, and
 * a real Prometheus scraping a Knative-shaped exporter for the stable and canary revisions the
 * controller creates (`<name>-predictor-00001`, `-00002`). A failed analysis rolls back exactly as
 * a failed smoke test does; a Prometheus or schema problem found before the canary is written
 * refuses the rollout with nothing changed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { analysisMarkdown } from '../../src/analysis/render.js';
import { kubeClientFrom } from '../../src/kserve/kube-client.js';
import { inferenceService } from '../../src/kserve/manifest.js';
import { describePromotion, type PromoteOutcome } from '../../src/kserve/promote.js';
import { rollOut } from '../../src/kserve/rollout.js';
import type { KserveOptions } from '../../src/options.js';
import { existsSync, readFileSync } from 'node:fs';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { playController, readyStatus, revision } from '../helpers/kserve-controller.js';
import { startKubeServer, type KubeServer } from '../helpers/kube-server.js';
import { startModelServer, type ModelServer } from '../helpers/model-server.js';
import { startKnativeExporter, type KnativeExporter, type Traffic } from '../helpers/prometheus-exporter.js';
import { eventually, startPrometheus, startPrometheusProxy, type PrometheusProxy, type PrometheusServer } from '../helpers/prometheus.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const NS = 'models';
let kube: KubeServer;
let model: ModelServer;
let exporter: KnativeExporter;
let prometheus: PrometheusServer;
let proxy: PrometheusProxy;
let stopController: (() => void) | undefined;
const dir = mkdtempSync(join(tmpdir(), 'mlops-analysis-rollout-'));

/** The canary of each InferenceService, by how it behaves under traffic. */
const CANARIES: Record<string, Partial<Traffic>> = {
  good: {},
  errors: { errorRate: 0.05 },
  slow: { latencyMs: 800 },
  worse: { rps: 50, errorRate: 0.02 },
  midway: {},
  smoke: {},
  token: {},
  cli: {},
  'cli-bad': { errorRate: 0.05 },
  run: {},
  checked: {},
};

beforeAll(async () => {
  kube = await startKubeServer();
  model = await startModelServer({ model: 'housing' });
  exporter = await startKnativeExporter();
  for (const [name, canary] of Object.entries(CANARIES)) {
    exporter.revision({ schema: 'otel', namespace: NS, revision: revision(name, 1), rps: 40 });
    exporter.revision({ schema: 'otel', namespace: NS, revision: revision(name, 2), ...canary });
  }
  prometheus = await startPrometheus({ targets: [exporter.address] });
  proxy = await startPrometheusProxy({ target: prometheus.url });
  await eventually('Prometheus has scraped the exporter 7 times', async () => {
    const [sample] = await prometheus.query('count_over_time(up{job="queue-proxy"}[20s])');
    return sample && Number(sample.value) >= 7;
  });
});

afterAll(async () => {
  await proxy?.close();
  await prometheus?.stop();
  await exporter?.close();
  await model?.close();
  await kube?.close();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  stopController?.();
  stopController = undefined;
  model.setBehaviour('ok');
  proxy.set({ authorization: undefined, after: { kind: 'none' }, passFirst: undefined });
});

let files = 0;
function analysisFile(settings: Record<string, unknown> = {}, url = prometheus.url): string {
  const name = `analysis-${++files}.yaml`;
  writeFileSync(
    join(dir, name),
    stringify({
      prometheus: { url }, interval: '1s', window: '5s', count: 3, 'failure-limit': 1, 'min-requests': 10,
      metrics: [{ name: 'success-rate', min: 0.99, 'max-drop-vs-stable': 0.005 }, { name: 'latency-p95', max: 300, 'max-ratio-vs-stable': 1.25 }],
      ...settings,
    }),
  );
  return name;
}

/** An InferenceService serving v1 at revision 1, with the controller playing along. */
function existing(name: string, namespace = NS): void {
  kube.put(inferenceService({ name, namespace, modelFormat: 'sklearn', storageUri: 'gs://models/housing/v1', protocol: 'v1' }));
  kube.setStatus(namespace, name, readyStatus(name, namespace, 1, 1, 1, undefined, model.url));
  stopController = playController(kube, namespace, name, model.url, () => 'ready');
}

const options = (name: string, canaryAnalysis: string, namespace = NS): KserveOptions => ({
  name, namespace, modelFormat: 'sklearn', storageUri: 'gs://models/housing/v2', protocol: 'v1', canaryPercent: 10, timeoutSeconds: 10, env: [], smokeTest: 'smoke.json', modelName: 'housing', canaryAnalysis,
});

writeFileSync(join(dir, 'smoke.json'), JSON.stringify({ instances: [[1, 2]] }));

async function roll(name: string, file: string, extra: { env?: Record<string, string>; namespace?: string } = {}): Promise<{ outcome: PromoteOutcome; logger: RecordingLogger }> {
  const logger = new RecordingLogger();
  const namespace = extra.namespace ?? NS;
  const outcome = await rollOut(options(name, file, namespace), { cwd: dir, client: await kubeClientFrom(kube.kubeconfig({ namespace })), logger, env: extra.env ?? {} });
  return { outcome, logger };
}

const predictor = (name: string, namespace = NS) => kube.get(namespace, name)?.spec.predictor;
const writesTo = (name: string, since: number) => kube.requests.slice(since).filter((request) => request.method !== 'GET' && request.path.endsWith(`/inferenceservices/${name}`));

test('a healthy canary: probed before the canary is written, measured after the smoke test, then promoted', async () => {
  existing('good');
  const { outcome, logger } = await roll('good', analysisFile());
  expect(outcome).toMatchObject({ kind: 'promoted', revision: revision('good', 2), analysis: { verdict: 'passed', schema: 'knative-otel', canary: revision('good', 2), stable: revision('good', 1) } });
  expect(outcome.kind === 'promoted' && outcome.analysis!.measurements.map((measurement) => measurement.verdict)).toEqual(['passed', 'passed', 'passed']);
  expect(predictor('good').canaryTrafficPercent).toBeUndefined();
  expect(predictor('good').model.storageUri).toBe('gs://models/housing/v2');
  const groups = logger.lines.filter((line) => line.startsWith('[kserve: '));
  expect(groups).toEqual(['[kserve: read]', '[kserve: canary analysis check]', '[kserve: apply canary (10%)]', '[kserve: wait for Ready]', '[kserve: smoke test]', '[kserve: canary analysis]', '[kserve: promote]']);
  expect(logger.lines).toContain(`Prometheus at ${prometheus.url}: knative-otel (kn_serving_invocation_duration_seconds; revision from kn_revision_name; Knative ≥ 1.19). Stable revision: ${revision('good', 1)}.`);
  expect(describePromotion(outcome, `${NS}/good`)).toBe(`Promoted ${NS}/good: ${revision('good', 2)} takes all traffic at http://good.${NS}.example.com. Canary analysis passed: 3 of 3 measurements passed.`);
});

test.each([
  ['5% errors', 'errors', /^canary analysis failed: 2 of 2 measurements failed or were inconclusive, more than failure-limit 1$/, 'success-rate', /< min 0\.99/],
  ['p95 over the maximum', 'slow', /^canary analysis failed: 2 of 2 measurements failed/, 'latency-p95', /> max 300/],
  ['worse than the stable, above the floor', 'worse', /^canary analysis failed: 2 of 2 measurements failed/, 'success-rate', /below stable 1 \(max-drop-vs-stable 0\.005\)/],
])('a canary with %s is rolled back after failure-limit + 1 measurements, exactly as a failed smoke test', async (_what, name, reason, metric, metricReason) => {
  existing(name);
  const settings = name === 'worse' ? { metrics: [{ name: 'success-rate', min: 0.95, 'max-drop-vs-stable': 0.005 }] } : {};
  const { outcome, logger } = await roll(name, analysisFile({ count: 5, ...settings }));
  expect(outcome.kind).toBe('rolled-back');
  if (outcome.kind !== 'rolled-back') return;
  expect(outcome.reason).toMatch(reason);
  expect(outcome.revision).toBe(revision(name, 1));
  expect(outcome.analysis!.measurements).toHaveLength(2);
  for (const measurement of outcome.analysis!.measurements) expect(measurement.results.find((result) => result.metric === metric)).toMatchObject({ verdict: 'failed', reason: expect.stringMatching(metricReason) });
  // traffic back on the previous revision, the previous spec restored (as after a failed smoke test)
  expect(predictor(name)).toMatchObject({ canaryTrafficPercent: 0, model: { storageUri: 'gs://models/housing/v1' } });
  expect(logger.lines).toContain('[kserve: roll back]');
  expect(logger.lines).not.toContain('[kserve: promote]');
  const lines = analysisMarkdown(outcome.analysis!);
  expect(lines[0]).toBe('#### Canary analysis ❌ failed');
  expect(lines.join('\n')).toContain(`| ${metric} `);
});

test('a failed smoke test rolls back before any measurement', async () => {
  existing('smoke');
  model.setBehaviour('error-500');
  const { outcome, logger } = await roll('smoke', analysisFile());
  expect(outcome).toMatchObject({ kind: 'rolled-back', reason: expect.stringMatching(/^smoke test failed/) });
  expect('analysis' in outcome && outcome.analysis).toBeFalsy();
  expect(logger.lines).not.toContain('[kserve: canary analysis]');
});

test('no request metrics in the namespace: refused before the canary is written, nothing changed', async () => {
  existing('dark', 'dark');
  const before = kube.requests.length;
  const stored = JSON.stringify(kube.get('dark', 'dark'));
  const { outcome } = await roll('dark', analysisFile(), { namespace: 'dark' });
  expect(outcome).toMatchObject({ kind: 'refused', reason: expect.stringContaining(`canary analysis: Prometheus at ${prometheus.url} has no Knative request metrics for namespace dark`) });
  expect(describePromotion(outcome, 'dark/dark')).toMatch(/^Not rolled out: canary analysis: .*\nEnable Knative's request metrics/s);
  expect(writesTo('dark', before)).toEqual([]);
  expect(JSON.stringify(kube.get('dark', 'dark'))).toBe(stored);
});

test('Prometheus down before the rollout: refused with the URL named, nothing changed', async () => {
  existing('down');
  const closed = await startPrometheusProxy({ target: prometheus.url });
  await closed.close();
  const before = kube.requests.length;
  const { outcome } = await roll('down', analysisFile({}, closed.url));
  expect(outcome).toMatchObject({ kind: 'refused', reason: expect.stringContaining(`canary analysis: ${closed.url} did not answer POST /api/v1/series`) });
  expect(writesTo('down', before)).toEqual([]);
});

test('Prometheus stops answering mid-analysis: rolled back, loudly, whatever inconclusive says', async () => {
  existing('midway');
  proxy.set({ passFirst: 1, after: { kind: 'refuse' } });
  const { outcome, logger } = await roll('midway', analysisFile({ inconclusive: 'pass', 'failure-limit': 2 }, proxy.url));
  expect(outcome.kind).toBe('rolled-back');
  expect(outcome.kind === 'rolled-back' && outcome.reason).toMatch(new RegExp(`^canary analysis failed: measurement 1 of 3 could not be made: ${proxy.url.replace(/\./g, '\\.')} did not answer POST /api/v1/query`));
  expect(predictor('midway')).toMatchObject({ canaryTrafficPercent: 0, model: { storageUri: 'gs://models/housing/v1' } });
  expect(logger.lines.some((line) => line.startsWith('error: Canary analysis failed: measurement 1 of 3 could not be made'))).toBe(true);
});

test('credentials come from the env passed to the rollout; an unset variable stops it before anything is written', async () => {
  existing('token');
  const token = 'rollout-t0ken-value';
  proxy.set({ authorization: `Bearer ${token}` });
  const file = analysisFile({}, proxy.url);
  const withToken = stringify({ prometheus: { url: proxy.url, 'bearer-token-env': 'PROM_TOKEN' }, interval: '1s', window: '5s', count: 2, 'failure-limit': 1, 'min-requests': 10, metrics: [{ name: 'success-rate', min: 0.99 }] });
  writeFileSync(join(dir, file), withToken);
  const before = kube.requests.length;
  await expect(roll('token', file)).rejects.toThrow(`canary-analysis: ${file}: prometheus.bearer-token-env names PROM_TOKEN, which is not set in this environment.`);
  expect(writesTo('token', before)).toEqual([]);
  const { outcome, logger } = await roll('token', file, { env: { PROM_TOKEN: token } });
  expect(outcome.kind).toBe('promoted');
  expect(logger.lines.join('\n')).not.toContain(token);
});

test('mlops kserve promote --analysis: the measurements table on stdout; a failed analysis exits 1 after the rollback', async () => {
  existing('cli');
  const env = { PATH: process.env.PATH, MLOPS_KUBECONFIG: kube.kubeconfig({ namespace: NS }) };
  const args = (name: string) => ['kserve', 'promote', '--name', name, '--namespace', NS, '--model-format', 'sklearn', '--storage-uri', 'gs://models/housing/v2', '--timeout', '10', '--model-name', 'housing', '--smoke-test', 'smoke.json', '--analysis', analysisFile({ count: 2 })];
  const good = await mlops(dir, args('cli'), env);
  expect(good.code).toBe(0);
  expect(good.stdout).toContain(`Canary analysis of ${NS}/cli: canary ${revision('cli', 2)} against stable ${revision('cli', 1)} in ${NS} (knative-otel)`);
  expect(good.stdout).toContain(`Promoted ${NS}/cli: ${revision('cli', 2)} takes all traffic at http://cli.${NS}.example.com. Canary analysis passed: 2 of 2 measurements passed.`);
  expect(good.stdout + good.stderr).not.toContain('kube-test-token');

  stopController?.();
  existing('cli-bad');
  const bad = await mlops(dir, args('cli-bad'), env);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/success-rate\s+0\.9\d*\s+1\s+\d+\s+failed/);
  expect(bad.stderr).toContain(`ERROR: Rolled back ${NS}/cli-bad: canary analysis failed: 2 of 2 measurements failed or were inconclusive, more than failure-limit 1. Traffic stays on ${revision('cli-bad', 1)} and the previous spec is restored.`);
  expect(predictor('cli-bad')).toMatchObject({ canaryTrafficPercent: 0, model: { storageUri: 'gs://models/housing/v1' } });

  const broken = await mlops(dir, [...args('cli-bad').slice(0, -1), 'missing.yaml'], env);
  expect(broken.code).toBe(2);
  expect(broken.stderr).toContain('ERROR: --analysis: cannot read the analysis file missing.yaml');
});

test('a first deploy has no stable to compare with: deployed and verified, with a warning that the analysis starts next time', async () => {
  stopController = playController(kube, NS, 'fresh', model.url, () => 'ready');
  const { outcome, logger } = await roll('fresh', analysisFile());
  expect(outcome.kind).toBe('deployed');
  expect(logger.lines).toContain(`warning: First deploy of ${NS}/fresh: there is no stable revision to compare with and no canary, so the canary analysis runs from the next rollout on.`);
});

/** A project whose mlops.yaml rolls out to `name` with the analysis file `analysis` (written next to it). */
function project(name: string, analysis: string): GitRepo {
  const repo = GitRepo.create('mlops-analysis-run-');
  repo.write('metrics.json', JSON.stringify({ r2: 0.8 }));
  repo.commit('base');
  repo.write('metrics.json', JSON.stringify({ r2: 0.82 }));
  repo.write('smoke.json', JSON.stringify({ instances: [[1, 2]] }));
  repo.write('analysis.yaml', analysis);
  repo.write('mlops.yaml', stringify({
    'train-command': 'echo trained > trained.txt', gates: ['r2 >= 0.75'],
    'kserve-name': name, 'kserve-namespace': NS, 'kserve-model-format': 'sklearn', 'kserve-storage-uri': 'gs://models/housing/v2', 'kserve-timeout': '10',
    'smoke-test': 'smoke.json', 'kserve-model-name': 'housing', 'canary-analysis': 'analysis.yaml',
  }));
  repo.commit('head');
  return repo;
}

test('mlops run on a merge with canary-analysis in mlops.yaml: analysed before promoting, the measurements table in the report', async () => {
  existing('run');
  const repo = project('run', readFileSync(join(dir, analysisFile({ count: 2 })), 'utf8'));
  try {
    const result = await mlops(repo.dir, ['run', '--event', 'push'], { PATH: process.env.PATH, HOME: repo.dir, MLOPS_DEFAULT_BRANCH: 'main', MLOPS_KUBECONFIG: kube.kubeconfig({ namespace: NS }) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Promoted ${NS}/run: ${revision('run', 2)} takes all traffic at http://run.${NS}.example.com. Canary analysis passed: 2 of 2 measurements passed.`);
    const report = readFileSync(join(repo.dir, 'report.md'), 'utf8');
    expect(report).toContain('#### Canary analysis ✅ passed');
    expect(report).toMatch(/^\| +1 \| \d\d:\d\d:\d\d \| success-rate +\| +1 \| +1 \| +\d+ \| ✅ passed /m);
    expect(report).toMatch(/^\| +\| +\| latency-p95 +\| +[\d.]+ ms \|/m);
    expect(predictor('run').canaryTrafficPercent).toBeUndefined();
  } finally {
    repo.cleanup();
  }
});

test("canary-analysis's credential variables are checked before training where the run will roll out, and only there", async () => {
  const analysis = stringify({ prometheus: { url: prometheus.url, 'bearer-token-env': 'PROM_TOKEN' }, interval: '1s', window: '5s', count: 1, metrics: [{ name: 'success-rate', min: 0.99 }] });
  const repo = project('checked', analysis);
  const env = { PATH: process.env.PATH, HOME: repo.dir, MLOPS_DEFAULT_BRANCH: 'main', MLOPS_KUBECONFIG: kube.kubeconfig({ namespace: NS }) };
  try {
    const before = kube.requests.length;
    const merge = await mlops(repo.dir, ['run', '--event', 'push'], env);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toContain('canary-analysis (mlops.yaml): analysis.yaml: prometheus.bearer-token-env names PROM_TOKEN, which is not set in this environment.');
    expect(existsSync(join(repo.dir, 'trained.txt'))).toBe(false);
    expect(kube.requests.length).toBe(before);
    // a pull request never rolls out: it gets no secrets, and the file alone is checked
    const pr = await mlops(repo.dir, ['run', '--event', 'pr', '--base', 'HEAD~1'], env);
    expect(pr.stderr).toBe('');
    expect(pr.code).toBe(0);
    expect(existsSync(join(repo.dir, 'trained.txt'))).toBe(true);
    // a broken file is refused on every event, before training
    repo.remove('trained.txt').write('analysis.yaml', analysis.replace('interval: 1s', 'interval: often'));
    const broken = await mlops(repo.dir, ['run', '--event', 'pr', '--base', 'HEAD~1'], env);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^ERROR: canary-analysis \(mlops\.yaml\): analysis\.yaml: interval: .*often/m);
    expect(existsSync(join(repo.dir, 'trained.txt'))).toBe(false);
  } finally {
    repo.cleanup();
  }
});
