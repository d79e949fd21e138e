/**
 * `mlops kserve analyze` against a real Prometheus (Debian's 2.42, scraping every second) that
 * scrapes a local exporter serving Knative's queue-proxy request metrics in each schema Knative has
 * used (OpenCensus ≤ 1.18; OpenTelemetry ≥ 1.19 with the revision as a label or only in the pod
 * name), for stable and canary revisions whose request rate, error share and latency the test sets.
 * Between the CLI and Prometheus a local proxy plays an authenticating reverse proxy, the Kubernetes
 * API server's service proxy, and failures. Assertions are on verdicts and reasons, never on timings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { mlops } from '../helpers/cli.js';
import { startKubeServer, type KubeServer } from '../helpers/kube-server.js';
import { readyStatus } from '../helpers/kserve-controller.js';
import { startKnativeExporter, type ExportedRevision, type KnativeExporter } from '../helpers/prometheus-exporter.js';
import { eventually, serviceProxyKubeconfig, startPrometheus, startPrometheusProxy, type PrometheusProxy, type PrometheusServer } from '../helpers/prometheus.js';

const STABLE = 'housing-predictor-00001';
const rev = (n: number): string => `housing-predictor-${String(n).padStart(5, '0')}`;

let exporter: KnativeExporter;
let prometheus: PrometheusServer;
let proxy: PrometheusProxy;
let kube: KubeServer;
let idle: ExportedRevision;
const dir = mkdtempSync(join(tmpdir(), 'mlops-analysis-'));

beforeAll(async () => {
  exporter = await startKnativeExporter();
  const add = (schema: Parameters<KnativeExporter['revision']>[0]['schema'], namespace: string, revision: string, traffic: { rps?: number; errorRate?: number; latencyMs?: number; wholeSeconds?: boolean } = {}) =>
    exporter.revision({ schema, namespace, revision, ...traffic });
  // production (OpenCensus): the stable and one canary per behaviour
  add('opencensus', 'prod', STABLE, { rps: 40 });
  add('opencensus', 'prod', rev(2));
  add('opencensus', 'prod', rev(3), { errorRate: 0.05 });
  add('opencensus', 'prod', rev(4), { latencyMs: 800 });
  add('opencensus', 'prod', rev(5), { latencyMs: 200 });
  add('opencensus', 'prod', rev(6), { rps: 0.4 });
  add('opencensus', 'prod', rev(7), { rps: 0.4, errorRate: 1 });
  idle = add('opencensus', 'prod', rev(8));
  add('opencensus', 'prod', rev(9), { rps: 50, errorRate: 0.02 });
  // staging shares the revision names: the queries must keep them apart
  add('opencensus', 'staging', STABLE);
  add('opencensus', 'staging', rev(2), { errorRate: 0.5 });
  // a stable that hardly takes traffic
  add('opencensus', 'quiet', STABLE, { rps: 0.2 });
  add('opencensus', 'quiet', rev(2));
  // OpenTelemetry, each naming and labelling
  add('otel', 'otel', STABLE);
  add('otel', 'otel', rev(2));
  add('otel-queueproxy', 'otel-qp', STABLE);
  add('otel-queueproxy', 'otel-qp', rev(2));
  add('otel-pod', 'otel-pod', STABLE, { errorRate: 0.5 });
  add('otel-pod', 'otel-pod', rev(2));
  add('otel', 'otel-ws', STABLE, { wholeSeconds: true });
  add('otel', 'otel-ws', rev(2), { wholeSeconds: true });

  prometheus = await startPrometheus({ targets: [exporter.address] });
  proxy = await startPrometheusProxy({ target: prometheus.url });
  kube = await startKubeServer();
  // enough history for a 5 s rate() window
  await eventually('Prometheus has scraped the exporter 7 times', async () => {
    const [sample] = await prometheus.query('count_over_time(up{job="queue-proxy"}[20s])');
    return sample && Number(sample.value) >= 7;
  });
  idle.set({ rps: 0 });
});

afterAll(async () => {
  await proxy?.close();
  await prometheus?.stop();
  await exporter?.close();
  await kube?.close();
  rmSync(dir, { recursive: true, force: true });
});

const SUCCESS = { name: 'success-rate', min: 0.99, 'max-drop-vs-stable': 0.005 };
const LATENCY = { name: 'latency-p95', max: 300, 'max-ratio-vs-stable': 1.25 };

let files = 0;
/** An analysis file in the test folder; returns its name. */
function analysisFile(settings: Record<string, unknown>): string {
  const name = `analysis-${++files}.yaml`;
  writeFileSync(join(dir, name), stringify({ prometheus: { url: prometheus.url }, interval: '1s', window: '5s', count: 3, 'failure-limit': 1, 'min-requests': 10, metrics: [SUCCESS, LATENCY], ...settings }));
  return name;
}

interface Json {
  verdict: string;
  schema: string;
  canary: string;
  stable: string;
  measurements: { at: string; verdict: string; results: { metric: string; canary: number | null; stable: number | null; requests: number | null; verdict: string; reason: string }[] }[];
}

async function analyze(file: string, namespace: string, canary: string, { stable = STABLE, env = {}, json = true }: { stable?: string; env?: Record<string, string>; json?: boolean } = {}) {
  const result = await mlops(dir, ['kserve', 'analyze', '--analysis', file, '--namespace', namespace, '--name', 'housing', '--canary-revision', canary, '--stable-revision', stable, ...(json ? ['--json'] : [])], { PATH: process.env.PATH, ...env });
  let parsed: Json | undefined;
  if (json && result.stdout) parsed = JSON.parse(result.stdout) as Json;
  return { ...result, json: parsed };
}

const resultsOf = (json: Json | undefined, metric: string) => (json?.measurements ?? []).map((measurement) => measurement.results.find((result) => result.metric === metric)!);

describe('verdicts (OpenCensus schema, Knative ≤ 1.18)', () => {
  test('a healthy canary passes every measurement; --json prints exactly the documented document, nothing else on stdout', async () => {
    const run = await analyze(analysisFile({}), 'prod', rev(2));
    expect(run.code).toBe(0);
    const json = run.json!;
    expect(Object.keys(json)).toEqual(['verdict', 'schema', 'canary', 'stable', 'measurements']);
    expect(json).toMatchObject({ verdict: 'passed', schema: 'knative-opencensus', canary: rev(2), stable: STABLE });
    expect(json.measurements).toHaveLength(3);
    for (const measurement of json.measurements) {
      expect(Object.keys(measurement)).toEqual(['at', 'results', 'verdict']);
      expect(measurement.verdict).toBe('passed');
      for (const result of measurement.results) {
        expect(Object.keys(result)).toEqual(['metric', 'canary', 'stable', 'requests', 'verdict', 'reason']);
        expect(result.requests).toBeGreaterThanOrEqual(10);
      }
    }
    expect(resultsOf(json, 'success-rate').map((result) => [result.canary, result.stable])).toEqual([[1, 1], [1, 1], [1, 1]]);
    // every request takes 50 ms: histogram_quantile interpolates inside Knative's 40–60 ms bucket
    for (const result of resultsOf(json, 'latency-p95')) {
      expect(result.canary).toBeGreaterThan(40);
      expect(result.canary).toBeLessThanOrEqual(60);
    }
    // one measurement per interval, on schedule (the evaluation times, not when answers came)
    const times = json.measurements.map((measurement) => Date.parse(measurement.at));
    expect(times.slice(1).map((time, index) => time - times[index]!)).toEqual([1000, 1000]);
    expect(run.stderr).toContain('Prometheus at ' + prometheus.url + ': knative-opencensus');
  });

  test('a canary with 5% errors fails early: stopped after failure-limit + 1 measurements', async () => {
    const run = await analyze(analysisFile({ count: 5, 'failure-limit': 1 }), 'prod', rev(3));
    expect(run.code).toBe(1);
    expect(run.json!.verdict).toBe('failed');
    expect(run.json!.measurements).toHaveLength(2);
    for (const result of resultsOf(run.json, 'success-rate')) {
      expect(result.verdict).toBe('failed');
      expect(result.reason).toMatch(/^0\.9\d* < min 0\.99/);
    }
    expect(run.stderr).toContain('ERROR: Canary analysis failed: 2 of 2 measurements failed or were inconclusive, more than failure-limit 1.');
  });

  test('a slow canary fails on p95 against the absolute maximum', async () => {
    const run = await analyze(analysisFile({ 'failure-limit': 0 }), 'prod', rev(4));
    expect(run.code).toBe(1);
    const [latency] = resultsOf(run.json, 'latency-p95');
    expect(latency).toMatchObject({ verdict: 'failed', reason: expect.stringMatching(/^\d+ > max 300/) });
    expect(latency!.canary).toBeGreaterThan(700);
  });

  test('a canary under the absolute maximum but 4× slower than the stable fails on max-ratio-vs-stable', async () => {
    const run = await analyze(analysisFile({ 'failure-limit': 0 }), 'prod', rev(5));
    expect(run.code).toBe(1);
    const [latency] = resultsOf(run.json, 'latency-p95');
    expect(latency!.canary).toBeLessThan(300);
    expect(latency).toMatchObject({ verdict: 'failed', reason: expect.stringMatching(/^[\d.]+× stable [\d.]+ > max-ratio-vs-stable 1\.25$/) });
  });

  test('a canary above the absolute floor but worse than the stable fails on max-drop-vs-stable', async () => {
    const run = await analyze(analysisFile({ 'failure-limit': 0, metrics: [{ name: 'success-rate', min: 0.95, 'max-drop-vs-stable': 0.005 }] }), 'prod', rev(9));
    expect(run.code).toBe(1);
    const [success] = resultsOf(run.json, 'success-rate');
    expect(success!.canary).toBeGreaterThan(0.95);
    expect(success).toMatchObject({ verdict: 'failed', stable: 1, reason: expect.stringMatching(/below stable 1 \(max-drop-vs-stable 0\.005\)/) });
  });

  test('too few canary requests: inconclusive; with inconclusive: fail that counts as failed', async () => {
    const run = await analyze(analysisFile({ inconclusive: 'fail' }), 'prod', rev(6));
    expect(run.code).toBe(1);
    expect(run.json!.measurements).toHaveLength(2);
    for (const measurement of run.json!.measurements) {
      expect(measurement.verdict).toBe('inconclusive');
      for (const result of measurement.results) expect(result.reason).toMatch(/^only \d canary requests in 5s \(min-requests 10\)/);
    }
  });

  test('too few canary requests with inconclusive: pass: every measurement counts as passed, yet a canary with no conclusive one is never passed', async () => {
    const run = await analyze(analysisFile({ inconclusive: 'pass' }), 'prod', rev(6));
    expect(run.code).toBe(1);
    expect(run.json!.verdict).toBe('failed');
    expect(run.json!.measurements.map((measurement) => measurement.verdict)).toEqual(['inconclusive', 'inconclusive', 'inconclusive']);
    expect(run.stderr).toContain('no measurement passed (3 of 3 inconclusive): a canary is never promoted without a conclusive, passing measurement');
  });

  test('a breached threshold wins over too few requests: a canary answering only errors fails', async () => {
    const run = await analyze(analysisFile({ 'failure-limit': 0, inconclusive: 'pass' }), 'prod', rev(7));
    expect(run.code).toBe(1);
    expect(run.json!.measurements).toHaveLength(1);
    const [success] = resultsOf(run.json, 'success-rate');
    expect(success).toMatchObject({ verdict: 'failed', canary: 0, reason: expect.stringMatching(/^0 < min 0\.99/) });
    expect(success!.requests).toBeLessThan(10);
  });

  test('NaN (series without requests in the window) and an empty vector (no series) are inconclusive, never a crash or a pass', async () => {
    await eventually('the idle revision has had no request for a whole window', async () => {
      const [sample] = await prometheus.query(`sum(rate(revision_request_count{namespace_name="prod",revision_name="${rev(8)}"}[5s]))`);
      return sample && sample.value === '0';
    });
    const settings = { 'min-requests': 0, inconclusive: 'pass', metrics: [{ name: 'success-rate', min: 0.99 }, { name: 'latency-p95', max: 300 }] };
    const nan = await analyze(analysisFile(settings), 'prod', rev(8));
    expect(nan.code).toBe(1);
    for (const result of nan.json!.measurements.flatMap((measurement) => measurement.results)) expect(result).toMatchObject({ verdict: 'inconclusive', canary: null, reason: expect.stringMatching(/^NaN/) });
    const empty = await analyze(analysisFile(settings), 'prod', 'housing-predictor-00099');
    expect(empty.code).toBe(1);
    for (const result of empty.json!.measurements.flatMap((measurement) => measurement.results)) expect(result).toMatchObject({ verdict: 'inconclusive', canary: null, requests: 0, reason: 'no data (empty result)' });
  });

  test('a stable with fewer than min-requests: the vs-stable rules are skipped and say so; the absolute ones decide', async () => {
    const run = await analyze(analysisFile({}), 'quiet', rev(2));
    expect(run.code).toBe(0);
    for (const result of run.json!.measurements.flatMap((measurement) => measurement.results)) {
      expect(result.verdict).toBe('passed');
      expect(result.reason).toMatch(/; vs stable skipped: the stable had \d requests in 5s \(min-requests 10\)$/);
    }
  });

  test('every query filters the namespace: staging’s revision of the same name (50% errors) is not production’s', async () => {
    const run = await analyze(analysisFile({ 'failure-limit': 0 }), 'staging', rev(2));
    expect(run.code).toBe(1);
    expect(resultsOf(run.json, 'success-rate')[0]!.canary).toBeLessThan(0.7);
  });

  test('without --json: the measurements table on stdout, progress on stderr', async () => {
    const run = await analyze(analysisFile({ count: 2 }), 'prod', rev(2), { json: false });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`Canary analysis of prod/housing: canary ${rev(2)} against stable ${STABLE} in prod (knative-opencensus), a measurement every 1s over a 5s window, 2 at most.`);
    expect(lines[2]).toMatch(/^#\s+At \(UTC\)\s+Metric\s+Canary\s+Stable\s+Requests\s+Verdict\s+Reason$/);
    expect(lines[3]).toMatch(/^1\s+\d\d:\d\d:\d\d\s+success-rate\s+1\s+1\s+\d+\s+passed\s+1 ≥ min 0\.99; within 0\.005 of stable 1$/);
    expect(lines[4]).toMatch(/^\s+latency-p95\s+[\d.]+ ms\s+[\d.]+ ms\s+\d+\s+passed\s+[\d.]+ ≤ max 300; [\d.]+× stable/);
    expect(run.stdout).toContain('Canary analysis passed: 2 of 2 measurements passed.');
    expect(run.stderr).toContain('Measurement 1 of 2');
    expect(run.stdout).not.toContain('Measurement 1 of 2');
  });
});

describe('schema probe', () => {
  test.each([
    ['otel', 'knative-otel (kn_serving_invocation_duration_seconds; revision from kn_revision_name; Knative ≥ 1.19)'],
    ['otel-qp', 'knative-otel (kn_queueproxy_app_duration_seconds; revision from kn_revision_name; Knative ≥ 1.19)'],
    ['otel-pod', 'knative-otel (kn_serving_invocation_duration_seconds; revision from the pod name <revision>-deployment-…; Knative ≥ 1.19)'],
  ])('schema auto finds the OpenTelemetry metrics in %s and reads the right revision', async (namespace, described) => {
    const run = await analyze(analysisFile({ count: 2, metrics: [{ name: 'success-rate', min: 0.99 }, LATENCY] }), namespace, rev(2));
    expect(run.stderr).toContain(`Prometheus at ${prometheus.url}: ${described}.`);
    expect(run.code).toBe(0);
    expect(run.json!.schema).toBe('knative-otel');
    // seconds, read as milliseconds: 50 ms requests fall in the 0.04–0.06 s bucket
    for (const result of resultsOf(run.json, 'latency-p95')) expect(result.canary).toBeGreaterThan(40);
    // the pod-name match picks the canary's pods, not the stable's (whose answers are half errors)
    for (const result of resultsOf(run.json, 'success-rate')) expect(result.canary).toBe(1);
  });

  test('OpenTelemetry latency recorded in whole seconds (zero _sum, growing _count) is inconclusive and names the Knative versions that fix it', async () => {
    const run = await analyze(analysisFile({ count: 2, inconclusive: 'pass' }), 'otel-ws', rev(2));
    expect(run.code).toBe(1);
    for (const result of resultsOf(run.json, 'latency-p95')) {
      expect(result).toMatchObject({ verdict: 'inconclusive', canary: null });
      expect(result.reason).toContain('Knative 1.19.9, 1.20.2 or 1.21 and later');
    }
    for (const result of resultsOf(run.json, 'success-rate')) expect(result.verdict).toBe('passed');
  });

  test('no request metrics in the namespace: a configuration error (exit 2) that says how to enable them or use schema: custom', async () => {
    const run = await analyze(analysisFile({}), 'dark', rev(2));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`ERROR: Prometheus at ${prometheus.url} has no Knative request metrics for namespace dark in the last 6h: looked for revision_request_count{namespace_name="dark"} (Knative ≤ 1.18) or kn_serving_invocation_duration_seconds_count / kn_queueproxy_app_duration_seconds_count`);
    expect(run.stderr).toContain('request-metrics-protocol: prometheus');
    expect(run.stderr).toContain('Or use schema: custom with queries of your own.');
  });

  test('a schema named in the file is the only one looked for', async () => {
    const run = await analyze(analysisFile({ schema: 'knative-opencensus' }), 'otel', rev(2));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has no Knative request metrics for namespace otel in the last 6h: looked for revision_request_count{namespace_name="otel"} (Knative ≤ 1.18).');
  });
});

describe('custom queries', () => {
  test('template variables are filled in and the one series is judged', async () => {
    const query = 'sum(rate(revision_request_count{namespace_name="{{namespace}}",revision_name="{{canary}}",response_code_class="5xx"}[{{window}}])) or vector(0)';
    const ratio = 'sum(rate(revision_request_count{namespace_name="{{namespace}}",revision_name="{{canary}}"}[{{window}}])) / sum(rate(revision_request_count{namespace_name="{{namespace}}",revision_name="{{stable}}"}[{{window}}]))';
    const run = await analyze(analysisFile({ count: 2, metrics: [{ name: 'errors-per-second', query, max: 0.1 }, { name: 'traffic-share', query: ratio, max: 1 }] }), 'prod', rev(2));
    expect(run.code).toBe(0);
    for (const result of resultsOf(run.json, 'errors-per-second')) expect(result).toMatchObject({ verdict: 'passed', canary: 0, stable: null });
    // the canary takes 20 requests a second, the stable 40
    for (const result of resultsOf(run.json, 'traffic-share')) expect(result.canary).toBeCloseTo(0.5, 1);
  });

  test('schema custom needs no Knative metrics at all', async () => {
    const run = await analyze(analysisFile({ schema: 'custom', 'min-requests': undefined, count: 2, metrics: [{ name: 'scrapes-up', query: 'sum(up{job="queue-proxy"})', min: 1 }] }), 'dark', rev(2));
    expect(run.code).toBe(0);
    expect(run.json!.schema).toBe('custom');
    for (const result of resultsOf(run.json, 'scrapes-up')) expect(result).toMatchObject({ verdict: 'passed', canary: 1, requests: null });
  });

  test('a query that returns more than one series fails the analysis and names the query', async () => {
    const run = await analyze(analysisFile({ metrics: [{ name: 'per-code', query: 'sum by (response_code) (rate(revision_request_count{namespace_name="{{namespace}}"}[{{window}}]))', max: 1000 }] }), 'prod', rev(2));
    expect(run.code).toBe(1);
    expect(run.json!.measurements).toHaveLength(1);
    const [result] = resultsOf(run.json, 'per-code');
    expect(result!.reason).toMatch(/^per-code: the query sum by \(response_code\) \(rate\(revision_request_count\{namespace_name="prod"\}\[5s\]\)\) returned 2 series \(\{"response_code":"\d+"\}, \{"response_code":"\d+"\}\); it must return one/);
    expect(run.stderr).toContain('ERROR: Canary analysis failed: measurement 1 of 3 could not be made: per-code: the query');
  });

  test('a query Prometheus cannot parse (400 bad_data) is a configuration error before any measurement', async () => {
    const run = await analyze(analysisFile({ metrics: [{ name: 'broken', query: 'sum(rate(revision_request_count{revision_name="{{canary}}"}[{{window}}])', max: 1 }] }), 'prod', rev(2));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/ERROR: analysis-\d+\.yaml: metrics: broken: Prometheus at http:\/\/127\.0\.0\.1:\d+ answered HTTP 400 \(the query or its parameters are wrong\), bad_data: .*; for the query sum\(rate\(revision_request_count\{revision_name="housing-predictor-00001"\}\[5s\]\)\./);
  });

  test('a query Prometheus cannot execute (422) is a configuration error too', async () => {
    const run = await analyze(analysisFile({ metrics: [{ name: 'many-to-many', query: 'revision_request_count{namespace_name="{{namespace}}"} / on (namespace_name) revision_request_count{namespace_name="{{namespace}}"}', max: 1 }] }), 'prod', rev(2));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/answered HTTP 422 \(the query cannot be executed\), execution: found duplicate series for the match group/);
  });
});

describe('Prometheus errors, credentials and the service proxy', () => {
  const viaProxy = (settings: Record<string, unknown> = {}, prometheusSettings: Record<string, unknown> = {}) =>
    analysisFile({ count: 2, ...settings, prometheus: { url: proxy.url, ...prometheusSettings } });
  afterEach(() => proxy.set({ authorization: undefined, prefix: undefined, dropAuthorization: false, after: { kind: 'none' }, passFirst: undefined }));

  test('queries are form-encoded POSTs to /api/v1/query; canary and stable are evaluated at the same time', async () => {
    const before = proxy.requests.length;
    const run = await analyze(viaProxy({ count: 1, 'failure-limit': 0 }, { headers: { 'X-Scope-OrgID': 'ml' } }), 'prod', rev(2));
    expect(run.code).toBe(0);
    const requests = proxy.requests.slice(before);
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/api/v1/series' });
    const queries = requests.filter((request) => request.path === '/api/v1/query');
    expect(queries.length).toBeGreaterThanOrEqual(4);
    for (const request of requests) {
      expect(request.method).toBe('POST');
      expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(request.headers['x-scope-orgid']).toBe('ml');
    }
    const times = new Set(queries.map((request) => new URLSearchParams(request.body).get('time')));
    expect(times.size).toBe(1);
    const promql = queries.map((request) => new URLSearchParams(request.body).get('query')!);
    expect(promql.some((query) => query.includes(`revision_name="${rev(2)}"`))).toBe(true);
    expect(promql.some((query) => query.includes(`revision_name="${STABLE}"`))).toBe(true);
    expect(promql.every((query) => query.includes('namespace_name="prod"'))).toBe(true);
  });

  test.each([
    ['an error envelope', { kind: 'error-envelope', errorType: 'internal', error: 'store gateway unavailable' } as const, /answered HTTP 200, internal: store gateway unavailable; for the query /],
    ['HTTP 503 (query timeout)', { kind: 'status', status: 503, contentType: 'application/json', body: JSON.stringify({ status: 'error', errorType: 'timeout', error: 'query timed out in expression evaluation' }) } as const, /answered HTTP 503 \(the query timed out or was aborted\), timeout: query timed out in expression evaluation; for the query /],
    ['a proxy’s HTML page', { kind: 'status', status: 502, contentType: 'text/html', body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>' } as const, /answered HTTP 502 with an HTML page \("502 Bad Gateway"\), not Prometheus' JSON, for the query /],
  ])('%s mid-analysis fails the analysis, naming the query and the URL', async (_name, fault, message) => {
    proxy.set({ passFirst: 1, after: fault }); // the probe passes, the first measurement does not
    const run = await analyze(viaProxy({ inconclusive: 'pass', 'failure-limit': 1 }), 'prod', rev(2));
    expect(run.code).toBe(1);
    expect(run.json!.measurements).toHaveLength(1);
    expect(run.stderr).toContain(`ERROR: Canary analysis failed: measurement 1 of 2 could not be made: Prometheus at ${proxy.url} answered`);
    expect(run.stderr).toMatch(message);
  });

  test('a Prometheus that stops answering mid-analysis fails it loudly, whatever inconclusive says', async () => {
    proxy.set({ passFirst: 8, after: { kind: 'refuse' } });
    const run = await analyze(viaProxy({ count: 3, inconclusive: 'pass', 'failure-limit': 2 }), 'prod', rev(2));
    expect(run.code).toBe(1);
    expect(run.json!.verdict).toBe('failed');
    expect(run.json!.measurements.at(-1)!.verdict).toBe('failed');
    expect(run.json!.measurements.length).toBeLessThan(3);
    expect(run.stderr).toMatch(new RegExp(`ERROR: Canary analysis failed: measurement \\d of 3 could not be made: ${proxy.url.replace(/\./g, '\\.')} did not answer POST /api/v1/query: .* \\(3 tries\\)`));
  });

  test('a Prometheus that cannot be reached at all fails (exit 1) before measuring', async () => {
    const closed = await startPrometheusProxy({ target: prometheus.url });
    const url = closed.url;
    await closed.close();
    const run = await analyze(analysisFile({ prometheus: { url } }), 'prod', rev(2));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`ERROR: ${url} did not answer POST /api/v1/series: `);
  });

  test('a bearer token from the variable the file names: sent, and never printed', async () => {
    const token = 'prom-s3cret-t0ken-value';
    proxy.set({ authorization: `Bearer ${token}` });
    const file = viaProxy({}, { 'bearer-token-env': 'PROM_TOKEN' });
    const run = await analyze(file, 'prod', rev(2), { env: { PROM_TOKEN: token } });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(token);

    const refused = await analyze(file, 'prod', rev(2), { env: { PROM_TOKEN: 'wrong-token-value' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`ERROR: Prometheus at ${proxy.url} refused the series look-up`);
    expect(refused.stderr).toContain('with HTTP 401 ("Unauthorized"). Check the credentials the analysis file names (bearer-token-env, basic-auth-env)');
    expect(refused.stdout + refused.stderr).not.toContain('wrong-token-value');

    const missing = await analyze(file, 'prod', rev(2));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`ERROR: ${file}: prometheus.bearer-token-env names PROM_TOKEN, which is not set in this environment.`);
  });

  test('basic auth from two variables: sent, the password never printed', async () => {
    const password = 'b4sic-pa55word';
    proxy.set({ authorization: `Basic ${Buffer.from(`prom-reader:${password}`).toString('base64')}` });
    const file = viaProxy({}, { 'basic-auth-env': { username: 'PROM_USER', password: 'PROM_PASSWORD' } });
    const run = await analyze(file, 'prod', rev(2), { env: { PROM_USER: 'prom-reader', PROM_PASSWORD: password } });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(password);
    const empty = await analyze(file, 'prod', rev(2), { env: { PROM_USER: 'prom-reader', PROM_PASSWORD: '' } });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('prometheus.basic-auth-env.password names PROM_PASSWORD, which is empty in this environment.');
  });

  test('service: through the API server’s service proxy, with the kubeconfig’s token (never printed)', async () => {
    const prefix = '/api/v1/namespaces/monitoring/services/prometheus-operated:9090/proxy';
    proxy.set({ prefix, authorization: 'Bearer kube-proxy-t0ken', dropAuthorization: true });
    const before = proxy.requests.length;
    const file = analysisFile({ count: 2, prometheus: { service: 'monitoring/prometheus-operated:9090' } });
    const run = await analyze(file, 'prod', rev(2), { env: { MLOPS_KUBECONFIG: serviceProxyKubeconfig(proxy.url, 'kube-proxy-t0ken') } });
    expect(run.stderr).toContain(`Prometheus at service monitoring/prometheus-operated:9090 through the API server ${proxy.url}: knative-opencensus`);
    expect(run.code).toBe(0);
    expect(proxy.requests.slice(before).every((request) => request.path.startsWith(`${prefix}/api/v1/`))).toBe(true);
    expect(run.stdout + run.stderr).not.toContain('kube-proxy-t0ken');
  });

  test('with both revisions given no Kubernetes API call is made; without them the InferenceService’s status names them', async () => {
    const env = { MLOPS_KUBECONFIG: kube.kubeconfig({ namespace: 'prod' }) };
    const before = kube.requests.length;
    const named = await analyze(analysisFile({ count: 1, 'failure-limit': 0 }), 'prod', rev(2), { env });
    expect(named.code).toBe(0);
    expect(kube.requests.length).toBe(before);

    kube.put({ apiVersion: 'serving.kserve.io/v1beta1', kind: 'InferenceService', metadata: { name: 'housing', namespace: 'prod' }, spec: { predictor: { model: { modelFormat: { name: 'sklearn' }, storageUri: 'gs://m/v2' } } } });
    kube.setStatus('prod', 'housing', readyStatus('housing', 'prod', 2, 2, 1, 10, 'http://model'));
    const fromStatus = await mlops(dir, ['kserve', 'analyze', '--analysis', analysisFile({ count: 1, 'failure-limit': 0 }), '--namespace', 'prod', '--name', 'housing', '--json'], { PATH: process.env.PATH, ...env });
    expect(fromStatus.code).toBe(0);
    expect(JSON.parse(fromStatus.stdout)).toMatchObject({ verdict: 'passed', canary: rev(2), stable: STABLE });
    expect(kube.requests.length).toBe(before + 1);
  });

  test('usage errors name the key (exit 2, nothing measured)', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ intervall: '1s' }, ": intervall: unknown key."],
      [{ count: 'three' }, ": count: expected a whole number, got 'three'."],
      [{ metrics: [{ name: 'latency-p90', max: 1 }] }, ": metrics[0].name: unknown metric 'latency-p90'."],
      [{ window: 'two minutes' }, ": window: 'two minutes' is not a duration like 30s, 2m or 1m30s."],
    ];
    for (const [settings, message] of cases) {
      const file = analysisFile(settings);
      const run = await analyze(file, 'prod', rev(2));
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
      expect(run.stderr).toContain(`ERROR: --analysis: ${file}${message}`);
    }
    const missing = await mlops(dir, ['kserve', 'analyze', '--namespace', 'prod', '--name', 'housing'], { PATH: process.env.PATH });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--analysis is required');
  });
});
