/**
 * `mlops plots show|diff` without `--json`: the markdown the report shows for those plots (its
 * Plots section), every plot of the selection, images by their written file.
 */
import { renderPlotsSection } from '../report/plots-section.js';
import type { PlotsResult } from './types.js';

export function plotsMarkdown(result: PlotsResult): string {
  const revisions = result.revisions ?? [...new Set(result.plots.flatMap((plot) => (plot.kind === 'vega' ? plot.revisions : [plot.revision])))];
  // DVC reads the workspace first; the report compares the others with it.
  const head = revisions.includes('workspace') ? 'workspace' : (revisions.at(-1) ?? 'workspace');
  const base = revisions.find((revision) => revision !== head) ?? head;
  const lines = renderPlotsSection(result, { base, head, maxPlots: Number.POSITIVE_INFINITY, imageLink: (plot) => plot.file });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
