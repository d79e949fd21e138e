/**
 * The evaluation's noise in a run: the predictions file read at the head (the workspace, after
 * training) and at the base commit, every metric that can be recomputed from it given a 95%
 * bootstrap interval, and the change judged over the same examples (paired) where both files
 * align, else by the two intervals (the weaker test, said so). Nothing here fails a run: an
 * unreadable or mismatched predictions file is a warning naming it, and the verdicts stay as the
 * values alone give them.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeError } from './errors.js';
import { readFileAt } from './git.js';
import type { MetricRow } from './metrics/compare.js';
import { bootstrapInterval, pairedDifference, pairedVerdict, unpairedVerdict, type Interval } from './noise/bootstrap.js';
import { higherIsBetter, metricSpecFor, parseMetricDefinitions, type MetricSpec } from './noise/metrics.js';
import { parsePredictions, type Predictions } from './noise/predictions.js';
import type { NoiseOptions } from './options.js';
import { noiseKey, type MetricNoise, type NoiseReport } from './report/noise-cells.js';

/** A predictions file larger than this is refused (it would not be an evaluation set). */
export const MAX_PREDICTIONS_BYTES = 512 * 1024 * 1024;
/** The resamples are seeded: the same files give the same intervals on every run. */
export const BOOTSTRAP_SEED = 20_240_601;
const LEVEL = 0.95;

interface NoiseInput {
  cwd: string;
  /** The base commit, whose predictions file is the paired side. */
  baseCommit?: string;
  baseName: string;
  warnings: string[];
}

async function headPredictions(options: NoiseOptions, cwd: string): Promise<Predictions> {
  const path = resolve(cwd, options.predictions);
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new Error(`${options.predictions} was not written by the training (looked in ${cwd})`);
  if (!info.isFile()) throw new Error(`${options.predictions} is not a regular file`);
  if (info.size > MAX_PREDICTIONS_BYTES) throw new Error(`${options.predictions} is ${Math.round(info.size / 1024 / 1024)} MiB, more than the ${MAX_PREDICTIONS_BYTES / 1024 / 1024} MiB an evaluation set may have`);
  return parsePredictions(await readFile(path, 'utf8'), options.predictions);
}

async function basePredictions(options: NoiseOptions, input: NoiseInput): Promise<Predictions | undefined> {
  if (!input.baseCommit) return undefined;
  const text = await readFileAt(input.cwd, input.baseCommit, options.predictions).catch(() => undefined);
  if (text === undefined) {
    input.warnings.push(`${options.predictions} is not in ${input.baseName}: the changes are not judged against the noise (commit the predictions with the metrics, as DVC's cache: false outputs are).`);
    return undefined;
  }
  try {
    return parsePredictions(text, `${options.predictions} at ${input.baseName}`);
  } catch (error) {
    input.warnings.push(`${describeError(error).replace(/\.$/, '')}: the changes are not judged against the noise.`);
    return undefined;
  }
}

/** The reported value and the recomputed one agree to the digits the file wrote. */
function agrees(reported: number, recomputed: number): boolean {
  const decimals = /\.(\d+)$/.exec(String(reported))?.[1]?.length ?? 0;
  const tolerance = decimals > 0 && decimals < 12 ? 0.5 * 10 ** -decimals : 1e-9 * Math.max(1, Math.abs(reported));
  return Math.abs(reported - recomputed) <= tolerance * 1.000001;
}

const asText = (interval: Interval) => ({ point: interval.point, low: interval.low, high: interval.high });

export async function noiseOf(options: NoiseOptions, rows: readonly MetricRow[], input: NoiseInput): Promise<NoiseReport | undefined> {
  let definitions: ReadonlyMap<string, MetricSpec>;
  let head: Predictions;
  try {
    definitions = parseMetricDefinitions(options.definitions);
    head = await headPredictions(options, input.cwd);
  } catch (error) {
    input.warnings.push(`No intervals: ${describeError(error).replace(/\.$/, '')}.`);
    return undefined;
  }
  const base = await basePredictions(options, input);
  const report: NoiseReport = { metrics: new Map(), samples: options.samples, level: LEVEL, notes: [] };
  const settings = { samples: options.samples, seed: BOOTSTRAP_SEED, level: LEVEL };
  let unpaired = false;
  for (const row of rows) {
    if (typeof row.new !== 'number' || !Number.isFinite(row.new)) continue;
    const spec = metricSpecFor(row.key, definitions, head.kind);
    if (!spec) continue;
    try {
      const headInterval = bootstrapInterval(head, spec, settings);
      if (!agrees(row.new, headInterval.point)) {
        input.warnings.push(`${row.path}: ${row.key} is ${row.new}, but ${options.predictions} gives ${headInterval.point}: the predictions do not belong to that metric (say which metric it is in metric-definitions, or write the predictions of the model that was evaluated).`);
        continue;
      }
      const noise: MetricNoise = { path: row.path, key: row.key, head: asText(headInterval), paired: false };
      // the metric file's direction guess where it made one, else the recomputed metric's own
      const higher = row.direction ? row.direction !== 'lower' : higherIsBetter(spec.metric);
      if (base && typeof row.old === 'number') {
        const baseInterval = bootstrapInterval(base, spec, settings);
        noise.base = asText(baseInterval);
        try {
          const paired = pairedDifference(base, head, spec, settings);
          noise.diff = asText(paired.diff);
          noise.paired = true;
          noise.verdict = pairedVerdict(paired.diff, higher);
        } catch {
          // different examples at the two revisions: only the two intervals can be compared
          unpaired = true;
          noise.diff = { point: headInterval.point - baseInterval.point, low: headInterval.low - baseInterval.high, high: headInterval.high - baseInterval.low };
          noise.verdict = unpairedVerdict(baseInterval, headInterval, higher);
        }
      }
      report.metrics.set(noiseKey(row.path, row.key), noise);
    } catch (error) {
      input.warnings.push(`${row.path}: no interval for ${row.key}: ${describeError(error).replace(/\.$/, '')}.`);
    }
  }
  if (unpaired) report.notes.push(`The two revisions' predictions are of different examples, so the change is judged by the two intervals, a weaker test than pairing over the same examples.`);
  if (!base) report.notes.push(`No predictions at ${input.baseName}: the intervals are the head's alone.`);
  return report;
}
