/** The report as a reviewer reads it, rendered from plain data. */
import { compareMetrics } from '../../src/metrics/compare.js';
import type { DvcDiff } from '../../src/metrics/dvc-diff.js';
import { evaluateGates, parseGates } from '../../src/metrics/gates.js';
import { reportMarker } from '../../src/report/marker.js';
import { pySubtract, type PyNumber } from '../../src/metrics/value.js';
import { renderReport, type ReportInput } from '../../src/report/markdown.js';

function diffOf(entries: [string, PyNumber, PyNumber][]): DvcDiff {
  return new Map([['metrics.json', new Map(entries.map(([key, old, now]) => [key, { old, new: now, diff: pySubtract(now, old) }]))]]);
}

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  const metrics = compareMetrics(diffOf([['mae', 50n, 49n], ['r2', 0.8, 0.82], ['rmse', 100n, 98n]]), new Map());
  const params = compareMetrics(new Map([['params.yaml', new Map([['lr', { old: 0.1, new: 0.05, diff: -0.05 }], ['seed', { old: 1n, new: 1n, diff: 0n }]])]]), new Map());
  return {
    reportId: 'default', base: { name: 'main', commit: 'a'.repeat(40) }, head: { name: 'workspace' },
    metrics, params, gates: evaluateGates(parseGates(['r2 >= 0.75']), metrics), charts: 'mermaid', precision: 5, warnings: [],
    ...overrides,
  };
}

test('a passing report, line by line', async () => {
  expect(await renderReport(input({ charts: 'none' }))).toBe(
    [
      '<!-- mlops-action report:default -->',
      '## ✅ **Gate passed** · r2 0.8 → 0.82 (+2.50%, better)',
      '',
      'Compared `main (aaaaaaa)` → `workspace`',
      '',
      '### Gates',
      '',
      '|   | Gate         | Result             |',
      '| - | ------------ | ------------------ |',
      '| ✅ | `r2 >= 0.75` | passed, r2 is 0.82 |',
      '',
      '### Metrics',
      '',
      '| Metric | Base: main (aaaaaaa) | Head: workspace | Change |      % |           |',
      '| :----- | -------------------: | --------------: | -----: | -----: | :-------- |',
      '| mae    |                   50 |              49 |     -1 | −2.00% | 🟢 better |',
      '| r2     |                  0.8 |            0.82 |   0.02 | +2.50% | 🟢 better |',
      '| rmse   |                  100 |              98 |     -2 | −2.00% | 🟢 better |',
      '',
      '### Params',
      '',
      '| Param | Base: main (aaaaaaa) | Head: workspace |',
      '| ----- | -------------------- | --------------- |',
      '| lr    | 0.1                  | 0.05            |',
      '',
      '<details><summary>All 2 params</summary>',
      '',
      '| Param | Base: main (aaaaaaa) | Head: workspace |',
      '| ----- | -------------------- | --------------- |',
      '| lr    | 0.1                  | 0.05            |',
      '| seed  | 1                    | 1               |',
      '',
      '</details>',
      '',
      '<sub>Made by mlops-action · reproduce locally: `mlops metrics diff main`</sub>',
      '',
    ].join('\n'),
  );
});

test('the marker is keyed by report id and cannot close its HTML comment early', () => {
  expect(reportMarker('nightly')).toBe('<!-- mlops-action report:nightly -->');
  expect(reportMarker('x --> <script>')).toBe('<!-- mlops-action report:x------script- -->');
});

test('many metrics: gated and the largest changes first, capped, the rest folded', async () => {
  const entries: [string, PyNumber, PyNumber][] = Array.from({ length: 2000 }, (_, i) => [`m${String(i).padStart(4, '0')}_loss`, 1, i % 2 === 0 ? 1 : 1 + i / 10000]);
  const metrics = compareMetrics(diffOf(entries), new Map());
  const report = await renderReport(input({ metrics, gates: evaluateGates(parseGates(['m0000_loss <= 1']), metrics), charts: 'none' }));
  const main = report.split('### Metrics')[1]!.split('<details>')[0]!;
  const mainRows = main.split('\n').filter((line) => line.startsWith('| m'));
  expect(mainRows).toHaveLength(50);
  expect(mainRows[0]).toMatch(/^\| m0000_loss /);
  expect(mainRows[1]).toMatch(/^\| m1999_loss /);
  expect(main).toContain('_… and 951 more changed metrics: `mlops metrics diff --all` lists them all._');
  expect(report).toContain('<details><summary>All 2000 metrics</summary>');
  expect(report).toContain('_… and 1000 more metrics:');
});

test('the default report draws no bar chart per scalar: the table says it; the trend and the plots take their place', async () => {
  const report = await renderReport(input());
  expect(report).not.toContain('```mermaid');
  expect(report).not.toContain('### Charts');
});

test("the headline's trend: a sparkline in the metrics table and one line chart, both with this head as the last point", async () => {
  const history = [0.7, 0.72, 0.75, 0.8].map((value, i) => ({ commit: String(i).repeat(40), date: `2026-11-0${i + 1}T00:00:00Z`, value }));
  const report = await renderReport(input({ visuals: { trend: { history, head: { value: 0.82, label: 'workspace' }, key: 'r2' } } }));
  expect(report).toMatch(/^\| Metric \| Base: main \(aaaaaaa\) \| Head: workspace \| Change \| +% \| +\| Trend +\|$/m);
  expect(report).toMatch(/^\| r2 +\| +0\.8 \| +0\.82 \| +0\.02 \| \+2\.50% \| 🟢 better \| ▁▂▄▇█ +\|$/m);
  expect(report).toMatch(/^\| mae +\|.*\| +\|$/m);
  expect(report).toContain('### Trend of `r2`');
  expect(report.match(/```mermaid/g)).toHaveLength(1);
  // shortened past the plots level, the trend goes and the table has no Trend column
  const compact = await renderReport(input({ detail: 'compact', visuals: { trend: { history, head: { value: 0.82, label: 'workspace' }, key: 'r2' } } }));
  expect(compact).not.toContain('Trend');
});

test('quickchart, when chosen, still draws one bar chart per changed scalar', async () => {
  const report = await renderReport(input({ charts: 'quickchart' }));
  expect(report).toContain('### Charts');
  expect(report.match(/!\[r2: base aaaaaaa vs head workspace\]\(https:\/\/quickchart\.io\/chart\?/g)).toHaveLength(1);
});

test('quickchart image URLs carry the chart numbers and labels, and none of the secrets the report holds', async () => {
  // Secret-looking values in everything the report renders that is not a chart's number or label.
  const secrets = {
    reportId: 'sk-proj-R3p0rt1dT0k3n9xQ',
    metric: 'hf_M3tr1cV4lu3T0k3nAbCdEfGh',
    param: 'ghp_P4r4mV4lu3T0k3n0123456789abcdefAB',
    warning: 'AKIAW4RN1NGK3Y012345',
    output: 'xoxb-0utputT41l-T0k3n-9876543210',
  };
  const metrics = compareMetrics(
    new Map([['metrics.json', new Map([
      ['mae', { old: 50n, new: 49n, diff: -1n }],
      ['model_uri', { old: 's3://models/housing', new: `s3://models/housing?token=${secrets.metric}` }],
      ['r2', { old: 0.8, new: 0.82, diff: pySubtract(0.82, 0.8) }],
      ['rmse', { old: 100n, new: 98n, diff: -2n }],
    ])]]),
    new Map(),
  );
  const params = compareMetrics(new Map([['params.yaml', new Map([['hub_token', { old: 'none', new: secrets.param }], ['lr', { old: 0.1, new: 0.05, diff: -0.05 }]])]]), new Map());
  const report = await renderReport(input({
    reportId: secrets.reportId, metrics, params, gates: evaluateGates(parseGates(['r2 >= 0.75']), metrics), charts: 'quickchart',
    warnings: [`params.yaml at main: AWS_ACCESS_KEY_ID=${secrets.warning} was read`],
    training: { kind: 'failed', exitCode: 1, signal: null, command: 'python train.py', cwd: '/w', durationMs: 1000, outputTail: [`login with ${secrets.output}`, 'Traceback: 401'] },
  }));
  // Each secret does reach the report (so its absence from the URLs means something) …
  for (const secret of Object.values(secrets)) expect(report).toContain(secret);
  const urls = [...report.matchAll(/!\[[^\]]*\]\((https:\/\/quickchart\.io\/chart\?[^)]+)\)/g)].map((match) => new URL(match[1]!));
  // … one chart per numeric metric that matters (the gated one first), and the string metric none …
  // The config exactly as quickchart-js writes it into `c`: labels, the two numbers, the drawing style.
  const chart = (label: string, data: string): string =>
    `{type:'bar',data:{labels:['base aaaaaaa','head workspace'],datasets:[{label:'${label}',data:[${data}],backgroundColor:['#9e9e9e','#1f77b4']}]},options:{legend:{display:false},title:{display:true,text:'${label}'},scales:{yAxes:[{ticks:{beginAtZero:true}}]}}}`;
  expect(urls.map((url) => url.searchParams.get('c'))).toEqual([chart('r2', '0.8,0.82'), chart('mae', '50,49'), chart('rmse', '100,98')]);
  for (const url of urls) {
    // … and a URL holds nothing but that chart and how to draw it: no API key, no other parameter …
    expect([...url.searchParams.keys()]).toEqual(['c', 'w', 'h', 'ref', 'bkg', 'f', 'v']);
    expect({ w: url.searchParams.get('w'), h: url.searchParams.get('h'), bkg: url.searchParams.get('bkg') }).toEqual({ w: '360', h: '220', bkg: 'white' });
    // … so none of the secrets leaves the runner, encoded or not.
    for (const secret of Object.values(secrets)) {
      expect(url.href).not.toContain(secret);
      expect(decodeURIComponent(url.href)).not.toContain(secret);
    }
  }
});

test('training failure and unreadable metrics become the verdict', async () => {
  const failed = await renderReport(input({ training: { kind: 'timed-out', timeoutSeconds: 60, command: 'python train.py', cwd: '/w', durationMs: 60000, outputTail: ['epoch 9'] } }));
  expect(failed.split('\n')[1]).toBe('## ❌ **Training failed**: `python train.py` timed out after 60s and was stopped');
  const unreadable = await renderReport(input({ problem: 'metrics.json: malformed JSON' }));
  expect(unreadable.split('\n')[1]).toBe('## ❌ **Metrics could not be read**: metrics.json: malformed JSON');
});

test("a headline whose base could not be read says so, not that the metric is new", async () => {
  const metrics = compareMetrics(new Map([['metrics.json', new Map([['r2', { old: null, new: 0.7, oldUnreadable: 'metrics.json at HEAD~1: git cannot read it' }]])]]), new Map());
  const report = await renderReport(input({ metrics, gates: [], charts: 'none' }));
  expect(report.split('\n')[1]).toBe('## ℹ️ **No gates set** · r2 0.7 (base unreadable)');
});
