/**
 * The analysis' decisions over a typed fake Prometheus (the boundary) and a fake clock: the PromQL
 * each schema asks, one metric's verdict, and the run from start to verdict (schedule, early stop,
 * inconclusive policies, a Prometheus that fails). The real Prometheus answers the same queries in
 * test/integration/canary-analysis*.test.ts.
 */
import { analyze, judge, type Clock } from '../../src/analysis/analyze.js';
import { parseAnalysisFile, type MetricRule } from '../../src/analysis/config.js';
import { PrometheusError, type Labels, type Prometheus, type QueryAnswer } from '../../src/analysis/prometheus.js';
import { analysisJson, analysisMarkdown, analysisTable } from '../../src/analysis/render.js';
import { builtInQueries, probeSchema, type Schema } from '../../src/analysis/schema.js';

describe('the PromQL of each schema (every query filters the namespace)', () => {
  const opencensus: Schema = { kind: 'knative-opencensus' };
  const otel: Schema = { kind: 'knative-otel', histogram: 'kn_serving_invocation_duration_seconds', revisionBy: 'kn_revision_name' };
  const byPod: Schema = { kind: 'knative-otel', histogram: 'kn_queueproxy_app_duration_seconds', revisionBy: 'pod' };

  test.each([
    [opencensus, 'success-rate', {
      requests: 'sum(increase(revision_request_count{namespace_name="prod",revision_name="m-00002"}[2m]))',
      value: '1 - (sum(rate(revision_request_count{namespace_name="prod",revision_name="m-00002",response_code_class="5xx"}[2m])) or vector(0)) / sum(rate(revision_request_count{namespace_name="prod",revision_name="m-00002"}[2m]))',
    }],
    [opencensus, 'latency-p95', {
      requests: 'sum(increase(revision_request_count{namespace_name="prod",revision_name="m-00002"}[2m]))',
      value: 'histogram_quantile(0.95, sum by (le) (rate(revision_request_latencies_bucket{namespace_name="prod",revision_name="m-00002"}[2m])))',
    }],
    [otel, 'success-rate', {
      requests: 'sum(increase(kn_serving_invocation_duration_seconds_count{k8s_namespace_name="prod",kn_revision_name="m-00002"}[2m]))',
      value: '1 - (sum(rate(kn_serving_invocation_duration_seconds_count{k8s_namespace_name="prod",kn_revision_name="m-00002",http_response_status_code=~"5.."}[2m])) or vector(0)) / sum(rate(kn_serving_invocation_duration_seconds_count{k8s_namespace_name="prod",kn_revision_name="m-00002"}[2m]))',
    }],
    [otel, 'latency-p99', {
      requests: 'sum(increase(kn_serving_invocation_duration_seconds_count{k8s_namespace_name="prod",kn_revision_name="m-00002"}[2m]))',
      value: 'histogram_quantile(0.99, sum by (le) (rate(kn_serving_invocation_duration_seconds_bucket{k8s_namespace_name="prod",kn_revision_name="m-00002"}[2m]))) * 1000',
      latencySum: 'sum(rate(kn_serving_invocation_duration_seconds_sum{k8s_namespace_name="prod",kn_revision_name="m-00002"}[2m]))',
    }],
    [byPod, 'latency-p50', {
      requests: 'sum(increase(kn_queueproxy_app_duration_seconds_count{namespace="prod",pod=~"m-00002-deployment-.*"}[2m]))',
      value: 'histogram_quantile(0.5, sum by (le) (rate(kn_queueproxy_app_duration_seconds_bucket{namespace="prod",pod=~"m-00002-deployment-.*"}[2m]))) * 1000',
      latencySum: 'sum(rate(kn_queueproxy_app_duration_seconds_sum{namespace="prod",pod=~"m-00002-deployment-.*"}[2m]))',
    }],
  ] as const)('%j %s', (schema, metric, expected) => {
    expect(builtInQueries(schema as Exclude<Schema, { kind: 'custom' }>, metric, 'prod', 'm-00002', '2m')).toEqual(expected);
  });
});

describe('one metric, one measurement', () => {
  const rule = (thresholds: Partial<MetricRule>): MetricRule => ({ kind: 'built-in', name: 'success-rate', ...thresholds }) as MetricRule;
  test.each([
    ['passes its thresholds', rule({ min: 0.99, maxDropVsStable: 0.005 }), { canary: 0.998, stable: 1, canaryRequests: 100, stableRequests: 300 }, 'passed', '0.998 ≥ min 0.99; within 0.005 of stable 1'],
    ['breaches the minimum', rule({ min: 0.99 }), { canary: 0.95, canaryRequests: 100 }, 'failed', '0.95 < min 0.99'],
    ['breaches the drop against the stable only', rule({ min: 0.9, maxDropVsStable: 0.005 }), { canary: 0.99, stable: 1, canaryRequests: 100, stableRequests: 300 }, 'failed', '0.01 below stable 1 (max-drop-vs-stable 0.005)'],
    ['breaches with too few requests: the breach wins', rule({ min: 0.99 }), { canary: 0, canaryRequests: 3 }, 'failed', '0 < min 0.99'],
    ['passes with too few requests: inconclusive', rule({ min: 0.99 }), { canary: 1, canaryRequests: 3 }, 'inconclusive', 'only 3 canary requests in 2m (min-requests 20)'],
    ['NaN', rule({ min: 0.99 }), { canary: NaN, canaryRequests: 50 }, 'inconclusive', 'NaN (no requests to divide by in the window)'],
    ['an empty vector', rule({ min: 0.99 }), { canaryRequests: 50 }, 'inconclusive', 'no data (empty result)'],
    ['+Inf latency above the maximum fails', { kind: 'built-in', name: 'latency-p95', max: 300 } as MetricRule, { canary: Infinity, canaryRequests: 50 }, 'failed', '+Inf > max 300'],
    ['a quiet stable skips the vs-stable rule and says so', rule({ min: 0.99, maxDropVsStable: 0.005 }), { canary: 1, stable: 0.5, canaryRequests: 100, stableRequests: 4 }, 'passed', '1 ≥ min 0.99; vs stable skipped: the stable had 4 requests in 2m (min-requests 20)'],
    ['only a vs-stable rule, and it is skipped: nothing judged', rule({ maxDropVsStable: 0.005 }), { canary: 1, canaryRequests: 100, stableRequests: 0 }, 'inconclusive', 'nothing to judge; vs stable skipped: the stable had 0 requests in 2m (min-requests 20)'],
    ['a ratio against a stable of 0', { kind: 'built-in', name: 'latency-p95', maxRatioVsStable: 1.25 } as MetricRule, { canary: 10, stable: 0, canaryRequests: 100, stableRequests: 100 }, 'failed', '10 against a stable of 0 (max-ratio-vs-stable 1.25)'],
    ['latency in whole seconds', { kind: 'built-in', name: 'latency-p95', max: 300 } as MetricRule, { canary: 4.75, canaryRequests: 100, canaryUnreadable: 'whole seconds' }, 'inconclusive', 'whole seconds'],
  ] as const)('%s', (_name, metric, seen, verdict, reason) => {
    expect(judge(metric, seen, 20, '2m')).toMatchObject({ verdict, reason });
  });

  test('values that are not finite are null in the result, the reason keeps them', () => {
    expect(judge({ kind: 'built-in', name: 'latency-p95', max: 300 }, { canary: Infinity, canaryRequests: 50 }, 20, '2m')).toEqual({ metric: 'latency-p95', canary: null, stable: null, requests: 50, verdict: 'failed', reason: '+Inf > max 300' });
  });
});

/** Answers by query: a value, NaN, nothing, or a failure. */
class FakePrometheus implements Prometheus {
  readonly where = 'http://prometheus.test:9090';
  readonly asked: { promql: string; atMs: number }[] = [];
  constructor(private readonly answerFor: (promql: string, call: number) => number | undefined | Error) {}
  async query(promql: string, atMs: number): Promise<QueryAnswer> {
    this.asked.push({ promql, atMs });
    const answer = this.answerFor(promql, this.asked.length);
    if (answer instanceof Error) throw answer;
    return { samples: answer === undefined ? [] : [{ labels: {}, value: answer }], warnings: [] };
  }
  async series(): Promise<Record<string, string>[]> {
    return [{ __name__: 'revision_request_count', namespace_name: 'prod', revision_name: 'm-00001' }];
  }
}

class FakeClock implements Clock {
  time = Date.parse('2025-06-01T12:00:00Z');
  readonly sleeps: number[] = [];
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += Math.max(0, ms);
  }
}

const config = (extra: Record<string, unknown> = {}) =>
  parseAnalysisFile(JSON.stringify({ prometheus: { url: 'http://prometheus.test:9090' }, interval: '30s', window: '2m', count: 4, 'failure-limit': 1, 'min-requests': 20, metrics: [{ name: 'success-rate', min: 0.99 }], ...extra }), 'a.yaml');
const target = { namespace: 'prod', name: 'm', canary: 'm-00002', stable: 'm-00001' };
const schema: Schema = { kind: 'knative-opencensus' };
/** Canary requests and success rate per measurement (the n-th pair of queries). */
const answering = (perMeasurement: { requests: number; success: number | undefined }[]) => (promql: string, call: number) => {
  const measurement = perMeasurement[Math.floor((call - 1) / 2)]!;
  return promql.startsWith('sum(increase(') ? measurement.requests : measurement.success;
};

describe('the run', () => {
  test('measurements on schedule, the first one interval after the start; canary queries at the measurement’s time', async () => {
    const clock = new FakeClock();
    const start = clock.time;
    const prometheus = new FakePrometheus((promql) => (promql.startsWith('sum(increase(') ? 100 : 1));
    const result = await analyze({ config: config(), prometheus, schema, target, clock });
    expect(result).toMatchObject({ verdict: 'passed', summary: '4 of 4 measurements passed' });
    expect(result.measurements.map((measurement) => measurement.at)).toEqual(['12:00:30', '12:01:00', '12:01:30', '12:02:00'].map((time) => `2025-06-01T${time}.000Z`));
    expect(new Set(prometheus.asked.map((call) => call.atMs))).toEqual(new Set([1, 2, 3, 4].map((n) => start + n * 30_000)));
  });

  test('stops once failures exceed failure-limit', async () => {
    const result = await analyze({ config: config(), prometheus: new FakePrometheus(answering(Array(4).fill({ requests: 100, success: 0.9 }))), schema, target, clock: new FakeClock() });
    expect(result).toMatchObject({ verdict: 'failed', summary: '2 of 2 measurements failed or were inconclusive, more than failure-limit 1' });
  });

  test('a failure within failure-limit still promotes when the rest pass', async () => {
    const per = [{ requests: 100, success: 0.9 }, { requests: 100, success: 1 }, { requests: 100, success: 1 }, { requests: 100, success: 1 }];
    const result = await analyze({ config: config(), prometheus: new FakePrometheus(answering(per)), schema, target, clock: new FakeClock() });
    expect(result).toMatchObject({ verdict: 'passed', summary: '3 of 4 measurements passed, 1 within failure-limit 1' });
  });

  test('inconclusive: fail counts toward failure-limit; inconclusive: pass does not, but never passes a canary without a passing measurement', async () => {
    const quiet = Array(4).fill({ requests: 5, success: 1 });
    const failing = await analyze({ config: config({ inconclusive: 'fail' }), prometheus: new FakePrometheus(answering(quiet)), schema, target, clock: new FakeClock() });
    expect(failing).toMatchObject({ verdict: 'failed' });
    expect(failing.measurements).toHaveLength(2);
    const passing = await analyze({ config: config({ inconclusive: 'pass' }), prometheus: new FakePrometheus(answering(quiet)), schema, target, clock: new FakeClock() });
    expect(passing).toMatchObject({ verdict: 'failed', summary: 'no measurement passed (4 of 4 inconclusive): a canary is never promoted without a conclusive, passing measurement' });
    const oneConclusive = await analyze({ config: config({ inconclusive: 'pass' }), prometheus: new FakePrometheus(answering([...quiet.slice(0, 3), { requests: 100, success: 1 }])), schema, target, clock: new FakeClock() });
    expect(oneConclusive).toMatchObject({ verdict: 'passed', summary: '1 of 4 measurements passed' });
  });

  test('a Prometheus error ends the analysis at once as failed, whatever inconclusive says, with the error on every row', async () => {
    const error = new PrometheusError('Prometheus at http://prometheus.test:9090 answered HTTP 503 (the query timed out or was aborted), timeout: query timed out; for the query up.', 503, 'timeout');
    const prometheus = new FakePrometheus((_promql, call) => (call > 2 ? error : call === 1 ? 100 : 1));
    const result = await analyze({ config: config({ inconclusive: 'pass', 'failure-limit': 3 }), prometheus, schema, target, clock: new FakeClock() });
    expect(result.verdict).toBe('failed');
    expect(result.error).toBe(error.message.replace(/\.$/, ''));
    expect(result.summary).toBe(`measurement 2 of 4 could not be made: ${error.message.replace(/\.$/, '')}`);
    expect(result.measurements[1]).toMatchObject({ verdict: 'failed', results: [{ metric: 'success-rate', verdict: 'failed', canary: null, reason: result.error }] });
  });

  test('probe: no request metrics is a usage error (exit 2)', async () => {
    const empty: Prometheus = { where: 'http://p:9090', query: async () => ({ samples: [], warnings: [] }), series: async () => [] };
    await expect(probeSchema(empty, 'auto', 'prod', Date.now())).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('has no Knative request metrics for namespace prod') });
  });

  test('probe: the newest scheme wins when a namespace shows several (mid-upgrade), and the others are named', async () => {
    const both: Prometheus = {
      where: 'http://p:9090',
      query: async () => ({ samples: [], warnings: [] }),
      series: async (): Promise<Labels[]> => [
        { __name__: 'revision_request_count', namespace_name: 'prod', revision_name: 'm-00001' },
        { __name__: 'kn_serving_invocation_duration_seconds_count', namespace: 'prod', pod: 'm-00002-deployment-abc-123' },
        { __name__: 'kn_serving_invocation_duration_seconds_count', k8s_namespace_name: 'staging', kn_revision_name: 'm-00002' },
      ],
    };
    expect(await probeSchema(both, 'auto', 'prod', Date.now())).toEqual({
      schema: { kind: 'knative-otel', histogram: 'kn_serving_invocation_duration_seconds', revisionBy: 'pod' },
      alsoFound: [{ kind: 'knative-opencensus' }],
    });
  });
});

describe('what people and programs read', () => {
  const result = {
    verdict: 'failed' as const, schema: 'knative-opencensus', namespace: 'prod', name: 'm', canary: 'm-00002', stable: 'm-00001', summary: '2 of 2 measurements failed or were inconclusive, more than failure-limit 1', intervalMs: 30_000, window: '2m', count: 5,
    measurements: [1, 2].map((n) => ({
      at: `2025-06-01T12:0${n}:00.000Z`,
      verdict: 'failed' as const,
      results: [
        { metric: 'success-rate', canary: 0.95, stable: 1, requests: 120, verdict: 'failed' as const, reason: '0.95 < min 0.99' },
        { metric: 'latency-p95', canary: 97.5, stable: 95, requests: 120, verdict: 'passed' as const, reason: '97.5 ≤ max 300; 1.026× stable 95 ≤ max-ratio-vs-stable 1.25' },
      ],
    })),
  };

  test('the markdown lines for the report and the job summary', () => {
    expect(analysisMarkdown(result)).toEqual([
      '#### Canary analysis ❌ failed',
      '',
      '2 of 2 measurements failed or were inconclusive, more than failure-limit 1: canary `m-00002` against stable `m-00001` in `prod` (knative-opencensus), a measurement every 30s over a 2m window.',
      '',
      [
        '|  # | At (UTC) | Metric       |  Canary | Stable | Requests | Verdict  | Reason                                                      |',
        '| -: | :------- | :----------- | ------: | -----: | -------: | :------- | :---------------------------------------------------------- |',
        '|  1 | 12:01:00 | success-rate |    0.95 |      1 |      120 | ❌ failed | 0.95 < min 0.99                                             |',
        '|    |          | latency-p95  | 97.5 ms |  95 ms |      120 | ✅ passed | 97.5 ≤ max 300; 1.026× stable 95 ≤ max-ratio-vs-stable 1.25 |',
        '|  2 | 12:02:00 | success-rate |    0.95 |      1 |      120 | ❌ failed | 0.95 < min 0.99                                             |',
        '|    |          | latency-p95  | 97.5 ms |  95 ms |      120 | ✅ passed | 97.5 ≤ max 300; 1.026× stable 95 ≤ max-ratio-vs-stable 1.25 |',
      ].join('\n'),
      '',
    ]);
  });

  test('the terminal table', () => {
    expect(analysisTable(result)).toBe(
      [
        'Canary analysis of prod/m: canary m-00002 against stable m-00001 in prod (knative-opencensus), a measurement every 30s over a 2m window, 5 at most.',
        '',
        '#  At (UTC)  Metric        Canary   Stable  Requests  Verdict  Reason',
        '1  12:01:00  success-rate  0.95     1       120       failed   0.95 < min 0.99',
        '             latency-p95   97.5 ms  95 ms   120       passed   97.5 ≤ max 300; 1.026× stable 95 ≤ max-ratio-vs-stable 1.25',
        '2  12:02:00  success-rate  0.95     1       120       failed   0.95 < min 0.99',
        '             latency-p95   97.5 ms  95 ms   120       passed   97.5 ≤ max 300; 1.026× stable 95 ≤ max-ratio-vs-stable 1.25',
        '',
        'Canary analysis failed: 2 of 2 measurements failed or were inconclusive, more than failure-limit 1.',
        '',
      ].join('\n'),
    );
  });

  test('the JSON document has exactly the documented keys', () => {
    expect(analysisJson(result)).toEqual({ verdict: 'failed', schema: 'knative-opencensus', canary: 'm-00002', stable: 'm-00001', measurements: result.measurements });
  });
});
