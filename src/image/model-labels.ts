/**
 * Labels that make any image in a registry say which model it carries: the head metrics, a
 * digest of the params and the gate verdict, under one documented prefix. Values are cleaned
 * (no control characters, bounded length); nothing but metrics, a hash and a verdict goes in.
 */
import { createHash } from 'node:crypto';
import type { MetricRow } from '../metrics/compare.js';
import { pyJsonDumps, pyStr } from '../metrics/pyformat.js';
import type { Value } from '../metrics/value.js';

export const MODEL_LABEL_PREFIX = 'io.mlops-action.model';
const MAX_VALUE = 256;
const MAX_METRIC_LABELS = 50;

/** A label key segment: lower case, [a-z0-9._-], as the OCI annotation rules recommend. */
function keySegment(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'x';
}

export function cleanLabelValue(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return cleaned.length > MAX_VALUE ? `${cleaned.slice(0, MAX_VALUE - 1)}…` : cleaned;
}

/** sha256 of the params as canonical JSON (sorted keys), so equal params give equal digests. */
export function paramsDigest(params: readonly MetricRow[]): string {
  const data: { [key: string]: Value } = {};
  for (const row of [...params].sort((a, b) => `${a.path}\0${a.key}`.localeCompare(`${b.path}\0${b.key}`))) data[`${row.path}:${row.key}`] = row.new;
  return `sha256:${createHash('sha256').update(pyJsonDumps(data)).digest('hex')}`;
}

export function modelLabels(input: { metrics: readonly MetricRow[]; params: readonly MetricRow[]; gatesPassed: boolean | undefined }): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const row of input.metrics.filter((item) => item.new !== null).slice(0, MAX_METRIC_LABELS)) {
    const file = input.metrics.some((other) => other.key === row.key && other.path !== row.path) ? `${keySegment(row.path)}.` : '';
    labels[`${MODEL_LABEL_PREFIX}.metrics.${file}${keySegment(row.key)}`] = cleanLabelValue(pyStr(row.new));
  }
  labels[`${MODEL_LABEL_PREFIX}.params-digest`] = paramsDigest(input.params);
  if (input.gatesPassed !== undefined) labels[`${MODEL_LABEL_PREFIX}.gates`] = input.gatesPassed ? 'passed' : 'failed';
  return labels;
}
