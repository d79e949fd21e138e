/** The metric a verdict is about: the one named, else the first gated metric, else the first metric. */
import type { MetricRow } from './compare.js';
import type { GateResult } from './gates.js';

export function headlineRow(input: { metrics: readonly MetricRow[]; gates: readonly GateResult[]; headline?: string }): MetricRow | undefined {
  const wanted = input.headline ?? input.gates[0]?.gate.metric.key;
  return (wanted && input.metrics.find((row) => row.key === wanted || `${row.path}:${row.key}` === wanted)) || input.metrics[0];
}
