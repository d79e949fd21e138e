/** The canary analysis file: what it means, and every mistake named by its key. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkAnalysisOption } from '../../src/analysis/setup.js';
import { parseAnalysisFile, parseDuration, promDuration, renderQuery } from '../../src/analysis/config.js';
import { redact, resolveAuth } from '../../src/analysis/credentials.js';
import { UsageError } from '../../src/errors.js';

const FILE = 'canary-analysis.yaml';
const base = { prometheus: { url: 'http://prometheus.monitoring:9090' }, metrics: [{ name: 'success-rate', min: 0.99 }] };
const parse = (data: unknown) => parseAnalysisFile(typeof data === 'string' ? data : stringify(data), FILE);

test('the example of the issue, read in full', () => {
  const text = `
prometheus:
  url: http://prometheus.monitoring:9090
  bearer-token-env: PROM_TOKEN
  headers: {X-Scope-OrgID: ml}
schema: auto
interval: 30s
window: 2m
count: 5
failure-limit: 1
min-requests: 20
inconclusive: fail
metrics:
  - name: success-rate
    min: 0.99
    max-drop-vs-stable: 0.005
  - name: latency-p95
    max: 300
    max-ratio-vs-stable: 1.25
  - name: my-custom
    query: sum(rate(model_errors_total{revision="{{canary}}"}[{{window}}]))
    max: 0.1
`;
  expect(parse(text)).toEqual({
    file: FILE,
    prometheus: { location: { kind: 'url', url: 'http://prometheus.monitoring:9090' }, credentials: { kind: 'bearer', tokenEnv: 'PROM_TOKEN' }, headers: { 'X-Scope-OrgID': 'ml' } },
    schema: 'auto', intervalMs: 30_000, windowMs: 120_000, window: '2m', count: 5, failureLimit: 1, minRequests: 20, inconclusive: 'fail',
    metrics: [
      { kind: 'built-in', name: 'success-rate', min: 0.99, maxDropVsStable: 0.005 },
      { kind: 'built-in', name: 'latency-p95', max: 300, maxRatioVsStable: 1.25 },
      { kind: 'custom', name: 'my-custom', query: 'sum(rate(model_errors_total{revision="{{canary}}"}[{{window}}]))', max: 0.1 },
    ],
  });
});

test('defaults: schema auto, every 30s over 2m, 5 measurements, none failed tolerated, 20 requests, inconclusive fails', () => {
  expect(parse(base)).toMatchObject({ schema: 'auto', intervalMs: 30_000, window: '2m', count: 5, failureLimit: 0, minRequests: 20, inconclusive: 'fail', prometheus: { credentials: { kind: 'none' }, headers: {} } });
});

test('a Service through the API server: namespace/name:port', () => {
  expect(parse({ ...base, prometheus: { service: 'monitoring/prometheus-operated:9090' } }).prometheus.location).toEqual({ kind: 'service', namespace: 'monitoring', service: 'prometheus-operated', port: '9090' });
  expect(parse({ ...base, prometheus: { service: 'monitoring/prometheus-k8s:web' } }).prometheus.location).toEqual({ kind: 'service', namespace: 'monitoring', service: 'prometheus-k8s', port: 'web' });
});

test.each([
  ['an unknown top-level key', { ...base, intervall: '1s' }, 'canary-analysis.yaml: intervall: unknown key.'],
  ['an unknown prometheus key', { ...base, prometheus: { url: 'http://p:9090', token: 'x' } }, 'canary-analysis.yaml: prometheus.token: unknown key.'],
  ['an unknown metric key', { ...base, metrics: [{ name: 'success-rate', minimum: 0.9 }] }, 'canary-analysis.yaml: metrics[0].minimum: unknown key.'],
  ['an unknown basic-auth key', { ...base, prometheus: { url: 'http://p:9090', 'basic-auth-env': { user: 'U', password: 'P' } } }, 'canary-analysis.yaml: prometheus.basic-auth-env.user: unknown key.'],
  ['an unknown metric name', { ...base, metrics: [{ name: 'latency-p90', max: 1 }] }, "canary-analysis.yaml: metrics[0].name: unknown metric 'latency-p90'."],
  ['a query on a built-in name', { ...base, metrics: [{ name: 'latency-p50', query: 'up', max: 1 }] }, 'canary-analysis.yaml: metrics[0].query: latency-p50 is built in and takes no query.'],
  ['an unknown template variable', { ...base, metrics: [{ name: 'mine', query: 'up{rev="{{revision}}"}', max: 1 }] }, 'canary-analysis.yaml: metrics[0].query: unknown template variable {{revision}}.'],
  ['a vs-stable rule on a custom query', { ...base, metrics: [{ name: 'mine', query: 'up', 'max-ratio-vs-stable': 2 }] }, 'canary-analysis.yaml: metrics[0].max-ratio-vs-stable: compares a built-in metric with the stable revision; a custom query has no stable counterpart.'],
  ['a metric with no threshold', { ...base, metrics: [{ name: 'success-rate' }] }, 'canary-analysis.yaml: metrics[0]: success-rate has no threshold, so it would judge nothing.'],
  ['min above max', { ...base, metrics: [{ name: 'success-rate', min: 1, max: 0.5 }] }, 'canary-analysis.yaml: metrics[0]: min 1 is above max 0.5.'],
  ['a metric twice', { ...base, metrics: [{ name: 'success-rate', min: 0.9 }, { name: 'success-rate', min: 0.8 }] }, 'canary-analysis.yaml: metrics[1].name: success-rate is listed twice.'],
  ['no metrics', { ...base, metrics: [] }, 'canary-analysis.yaml: metrics: expected a non-empty list'],
  ['a threshold as text', { ...base, metrics: [{ name: 'latency-p95', max: '300ms' }] }, "canary-analysis.yaml: metrics[0].max: expected a number, got '300ms'."],
  ['a negative drop', { ...base, metrics: [{ name: 'success-rate', 'max-drop-vs-stable': -0.1 }] }, 'canary-analysis.yaml: metrics[0].max-drop-vs-stable: -0.1 is below 0.'],
  ['a zero ratio', { ...base, metrics: [{ name: 'latency-p95', 'max-ratio-vs-stable': 0 }] }, 'canary-analysis.yaml: metrics[0].max-ratio-vs-stable: 0 must be above 0.'],
  ['a count as text', { ...base, count: 'five' }, "canary-analysis.yaml: count: expected a whole number, got 'five'."],
  ['a fractional count', { ...base, count: 2.5 }, 'canary-analysis.yaml: count: expected a whole number, got 2.5.'],
  ['no measurement', { ...base, count: 0 }, 'canary-analysis.yaml: count: 0 is below 1.'],
  ['a failure-limit that tolerates everything', { ...base, count: 3, 'failure-limit': 3 }, 'canary-analysis.yaml: failure-limit: 3 tolerates every one of the 3 measurements'],
  ['an interval as a number', { ...base, interval: 30 }, 'canary-analysis.yaml: interval: expected a duration like 30s or 2m, got 30.'],
  ['a window in words', { ...base, window: 'two minutes' }, "canary-analysis.yaml: window: 'two minutes' is not a duration like 30s, 2m or 1m30s."],
  ['an unknown schema', { ...base, schema: 'knative' }, "canary-analysis.yaml: schema: 'knative' is not one of auto, knative-opencensus, knative-otel, custom."],
  ['an unknown inconclusive policy', { ...base, inconclusive: 'ignore' }, "canary-analysis.yaml: inconclusive: 'ignore' is not fail or pass."],
  ['no prometheus', { metrics: base.metrics }, 'canary-analysis.yaml: prometheus: missing.'],
  ['url and service', { ...base, prometheus: { url: 'http://p:9090', service: 'm/p:9090' } }, 'canary-analysis.yaml: prometheus: give url or service, not both.'],
  ['neither url nor service', { ...base, prometheus: { headers: { A: 'b' } } }, 'canary-analysis.yaml: prometheus: give url'],
  ['a URL that is not one', { ...base, prometheus: { url: 'prometheus:9090' } }, "canary-analysis.yaml: prometheus.url: 'prometheus:9090' is not an http(s) URL."],
  ['credentials in the URL', { ...base, prometheus: { url: 'http://admin:hunter2@p:9090' } }, 'canary-analysis.yaml: prometheus.url: carries credentials.'],
  ['a service without a port', { ...base, prometheus: { service: 'monitoring/prometheus' } }, "canary-analysis.yaml: prometheus.service: 'monitoring/prometheus' is not namespace/service:port."],
  ['a token itself instead of its variable', { ...base, prometheus: { url: 'http://p:9090', 'bearer-token-env': 'eyJhbGciOi.J9' } }, "canary-analysis.yaml: prometheus.bearer-token-env: 'eyJhbGciOi.J9' is not an environment variable name."],
  ['bearer and basic', { ...base, prometheus: { url: 'http://p:9090', 'bearer-token-env': 'T', 'basic-auth-env': { username: 'U', password: 'P' } } }, 'canary-analysis.yaml: prometheus: give bearer-token-env or basic-auth-env, not both.'],
  ['an Authorization header in the file', { ...base, prometheus: { url: 'http://p:9090', headers: { Authorization: 'Bearer x' } } }, 'canary-analysis.yaml: prometheus.headers.Authorization: would put a credential in the file.'],
  ['credentials through the service proxy', { ...base, prometheus: { service: 'm/p:9090', 'bearer-token-env': 'T' } }, "canary-analysis.yaml: prometheus: bearer-token-env cannot reach Prometheus through the API server's service proxy"],
  ['a built-in metric with schema custom', { ...base, schema: 'custom' }, "canary-analysis.yaml: metrics[0].name: success-rate reads Knative's request metrics, which schema custom does not use."],
  ['min-requests with schema custom', { ...base, schema: 'custom', 'min-requests': 5, metrics: [{ name: 'mine', query: 'up', min: 1 }] }, "canary-analysis.yaml: min-requests: counts Knative's requests, which schema custom does not use."],
  ['not a mapping', '- just a list', 'canary-analysis.yaml: expected a mapping with prometheus and metrics, got a list.'],
  ['not YAML', 'prometheus: [unclosed', 'canary-analysis.yaml: not valid YAML'],
])('%s is a usage error naming the key', (_name, data, message) => {
  let caught: unknown;
  try {
    parse(data);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(UsageError);
  expect((caught as UsageError).message.startsWith(message)).toBe(true);
  expect((caught as UsageError).exitCode).toBe(2);
});

test.each([
  ['30s', 30_000, '30s'],
  ['2m', 120_000, '2m'],
  ['1m30s', 90_000, '90s'],
  ['1h', 3_600_000, '1h'],
  ['500ms', 500, '500ms'],
  ['1500ms', 1500, '1500ms'],
])('the duration %s is %i ms, written %s for PromQL', (text, ms, written) => {
  expect(parseDuration(text)).toBe(ms);
  expect(promDuration(ms)).toBe(written);
});

test.each(['30', '2 m', 's', '1.5m', '-1s', ''])('%j is not a Prometheus duration', (text) => {
  expect(parseDuration(text)).toBeUndefined();
});

test('template variables are filled in, spaces inside the braces allowed', () => {
  expect(renderQuery('x{revision_name="{{canary}}",ns="{{ namespace }}"}[{{window}}] / y{r="{{stable}}",s="{{name}}"}', { canary: 'c-2', stable: 'c-1', namespace: 'prod', name: 'housing', window: '2m' })).toBe(
    'x{revision_name="c-2",ns="prod"}[2m] / y{r="c-1",s="housing"}',
  );
});

describe('credentials from the environment passed in', () => {
  const bearer = parse({ ...base, prometheus: { url: 'http://p:9090', 'bearer-token-env': 'PROM_TOKEN', headers: { 'X-Scope-OrgID': 'ml' } } });
  const basic = parse({ ...base, prometheus: { url: 'http://p:9090', 'basic-auth-env': { username: 'PROM_USER', password: 'PROM_PASSWORD' } } });

  test('a bearer token and the file’s headers', () => {
    expect(resolveAuth(bearer, { PROM_TOKEN: 't0ken' })).toEqual({ headers: { 'X-Scope-OrgID': 'ml', Authorization: 'Bearer t0ken' }, secrets: ['t0ken'] });
  });

  test('basic auth: the password and the encoded pair are secrets', () => {
    const encoded = Buffer.from('reader:pa55').toString('base64');
    expect(resolveAuth(basic, { PROM_USER: 'reader', PROM_PASSWORD: 'pa55' })).toEqual({ headers: { Authorization: `Basic ${encoded}` }, secrets: ['pa55', encoded] });
  });

  test.each([
    [{}, 'prometheus.bearer-token-env names PROM_TOKEN, which is not set in this environment.'],
    [{ PROM_TOKEN: '' }, 'prometheus.bearer-token-env names PROM_TOKEN, which is empty in this environment.'],
  ])('an unset or empty variable is a usage error naming it, never a value (%j)', (env, message) => {
    expect(() => resolveAuth(bearer, env)).toThrow(`${FILE}: ${message}`);
  });

  test('redact hides every secret, the longest first', () => {
    expect(redact('Authorization: Bearer abc123 (abc123abc123)', ['abc123', 'abc123abc123'])).toBe('Authorization: Bearer *** (***)');
  });
});

describe('checkAnalysisOption: before training', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-analysis-option-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'canary.yaml'), stringify({ prometheus: { url: 'http://p:9090', 'bearer-token-env': 'PROM_TOKEN' }, metrics: [{ name: 'success-rate', min: 0.99 }] }));
  writeFileSync(join(dir, 'typo.yaml'), stringify({ prometheus: { url: 'http://p:9090' }, metrics: [{ name: 'succes-rate', min: 0.99 }] }));

  test('the file and its credential variables, as errors on the canary-analysis option', async () => {
    await expect(checkAnalysisOption('canary.yaml', { cwd: dir, env: { PROM_TOKEN: 't' } })).resolves.toMatchObject({ file: 'canary.yaml' });
    await expect(checkAnalysisOption('canary.yaml', { cwd: dir, env: {} })).rejects.toMatchObject({ key: 'canary-analysis', exitCode: 2, message: 'canary-analysis: canary.yaml: prometheus.bearer-token-env names PROM_TOKEN, which is not set in this environment.' });
    await expect(checkAnalysisOption('typo.yaml', { cwd: dir, env: {} })).rejects.toMatchObject({ key: 'canary-analysis', message: "canary-analysis: typo.yaml: metrics[0].name: unknown metric 'succes-rate'." });
    await expect(checkAnalysisOption('missing.yaml', { cwd: dir, env: {} })).rejects.toMatchObject({ key: 'canary-analysis', message: expect.stringMatching(/^canary-analysis: cannot read the analysis file missing\.yaml/) });
  });

  test('without an env (an event that will not promote: a fork gets no secrets) only the file is checked', async () => {
    await expect(checkAnalysisOption('canary.yaml', { cwd: dir })).resolves.toMatchObject({ file: 'canary.yaml' });
    await expect(checkAnalysisOption('typo.yaml', { cwd: dir })).rejects.toMatchObject({ key: 'canary-analysis' });
  });
});

test('the analysis file is read by the one bounded YAML reader: a repeated key or a deep nesting is an error naming the file and the line', () => {
  const base = 'prometheus: {url: http://p:9090}\nmetrics:\n  - {name: success-rate, min: 0.99}\n';
  expect(() => parseAnalysisFile(`${base}interval: 30s\ninterval: 1m\n`, 'analysis.yaml')).toThrow(/^analysis\.yaml: not valid YAML \(the key 'interval' is repeated at line 5, column 1/);
  expect(() => parseAnalysisFile(`${base}x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'analysis.yaml')).toThrow(/^analysis\.yaml: not valid YAML \(nested more than 256 levels deep at line 4/);
});
