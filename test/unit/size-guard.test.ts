/** Reports that outgrow GitHub's 65,536-character comment limit shrink in stages, verdict first to stay. */
import { compareMetrics } from '../../src/metrics/compare.js';
import type { DvcDiff } from '../../src/metrics/dvc-diff.js';
import { evaluateGates, parseGates } from '../../src/metrics/gates.js';
import type { ReportInput } from '../../src/report/markdown.js';
import { COMMENT_LIMIT, fitReport } from '../../src/report/size-guard.js';

function reportWith(metricCount: number, paramCount: number, longName = 1): ReportInput {
  const key = (i: number) => `metric_${'x'.repeat(longName)}_${i}_loss`;
  const metrics = compareMetrics(new Map([['metrics.json', new Map(Array.from({ length: metricCount }, (_, i) => [key(i), { old: 1, new: 1 + (i % 2) / 10, diff: (i % 2) / 10 }]))]]) as DvcDiff, new Map());
  const params = compareMetrics(new Map([['params.yaml', new Map(Array.from({ length: paramCount }, (_, i) => [`param_${i}`, { old: BigInt(i), new: BigInt(i + 1), diff: 1n }]))]]) as DvcDiff, new Map());
  return {
    reportId: 'default', base: { name: 'main' }, head: { name: 'workspace' }, metrics, params,
    gates: evaluateGates(parseGates([`${key(0)} <= 2`]), metrics), charts: 'mermaid', precision: 5, warnings: [],
    fullReportUrl: 'https://github.com/acme/housing/actions/runs/42',
  };
}

test.each([
  ['a small report stays whole', 10, 5, 1, 'full'],
  ['many params: the folded tables go first, the plots stay', 40, 900, 1, 'plots'],
  ['many long changed metrics: only the verdict, gates and top changes stay', 3000, 3000, 600, 'minimal'],
])('%s', async (_name, metrics, params, longName, detail) => {
  const fitted = await fitReport(reportWith(metrics, params, longName), COMMENT_LIMIT);
  expect(fitted.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(fitted.detail).toBe(detail);
  expect(fitted.body).toContain('<!-- mlops-action report:default -->');
  expect(fitted.body).toMatch(/^## ✅ \*\*Gate passed\*\*/m);
  if (detail !== 'full') expect(fitted.body).toContain("_Shortened to fit GitHub's comment size limit; the full report is in [the job summary](https://github.com/acme/housing/actions/runs/42)._");
});

test('when even the shortest form is too long it is cut at a line, with a note', async () => {
  const fitted = await fitReport(reportWith(30, 0, 4000), 20000);
  expect(fitted.truncated).toBe(true);
  expect(fitted.body.length).toBeLessThanOrEqual(20000);
  expect(fitted.body).toMatch(/_… cut to fit the size limit; the full report is in \[the job summary\]\(https:\/\/github\.com\/acme\/housing\/actions\/runs\/42\)\._\n$/);
  expect(fitted.body.split('\n')[1]).toMatch(/^## ✅/);
});
