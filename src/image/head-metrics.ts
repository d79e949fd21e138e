/** The workspace's metrics and params as rows, for labelling an image built outside a full run. */
import { collectMetrics, collectParams } from '../metrics/collect.js';
import { compareMetrics, type MetricRow } from '../metrics/compare.js';
import { dvcDiff } from '../metrics/dvc-diff.js';
import { WORKSPACE } from '../metrics/load.js';

export async function workspaceRows(cwd: string): Promise<{ metrics: MetricRow[]; params: MetricRow[]; warnings: string[] }> {
  const [metrics, params] = await Promise.all([collectMetrics(WORKSPACE, { cwd }), collectParams(WORKSPACE, { cwd })]);
  const ok = (snapshot: typeof metrics) => new Map([...snapshot.files].filter(([path]) => !snapshot.errors.some((error) => error.path === path)));
  return {
    metrics: compareMetrics(dvcDiff(new Map(), ok(metrics), true), new Map()),
    params: compareMetrics(dvcDiff(new Map(), ok(params), true), new Map()),
    warnings: [...metrics.errors, ...params.errors].map((error) => `${error.path}: ${error.message}`),
  };
}
