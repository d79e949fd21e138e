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
import { bootstrapIntervals, pairedDifferences, pairedVerdict, unpairedVerdict, type Interval } from './noise/bootstrap.js';
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
  // the metrics the predictions can recompute, each resampled over the same draws (one pass per side)
  const judged = rows.flatMap((row) => {
    if (typeof row.new !== 'number' || !Number.isFinite(row.new)) return [];
    const spec = metricSpecFor(row.key, definitions, head.kind);
    return spec ? [{ row, spec }] : [];
  });
  if (judged.length === 0) return report;
  const specs = judged.map((entry) => entry.spec);
  const headResults = bootstrapIntervals(head, specs, settings);
  const baseResults = base ? bootstrapIntervals(base, specs, settings) : undefined;
  let paired: ReturnType<typeof pairedDifferences> | undefined;
  let unpaired = false;
  if (base) {
    try {
      paired = pairedDifferences(base, head, specs, settings);
      if (paired.mismatchedTruth > 0) input.warnings.push(`${options.predictions}: ${paired.mismatchedTruth} examples have another y_true at ${input.baseName} than at the head: the evaluation set changed, so the paired comparison mixes that change in.`);
    } catch (error) {
      // different examples at the two revisions: only the two intervals can be compared
      unpaired = true;
      input.warnings.push(`${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}; the changes are judged by the two intervals instead (keep the test split fixed, a seeded split, to pair them).`);
    }
  }
  judged.forEach(({ row, spec }, i) => {
    const headResult = headResults[i]!;
    if (headResult.kind === 'error') {
      input.warnings.push(`${row.path}: no interval for ${row.key}: ${headResult.error.message.replace(/\.$/, '')}.`);
      return;
    }
    const headInterval = headResult.interval;
    if (!agrees(row.new as number, headInterval.point)) {
      input.warnings.push(`${row.path}: ${row.key} is ${String(row.new)}, but ${options.predictions} gives ${headInterval.point}: the predictions do not belong to that metric (say which metric it is in metric-definitions, or write the predictions of the model that was evaluated).`);
      return;
    }
    const noise: MetricNoise = { path: row.path, key: row.key, head: asText(headInterval), paired: false };
    // the metric file's direction guess where it made one, else the recomputed metric's own
    const higher = row.direction ? row.direction !== 'lower' : higherIsBetter(spec.metric);
    const baseResult = baseResults?.[i];
    if (baseResult?.kind === 'interval' && typeof row.old === 'number') {
      noise.base = asText(baseResult.interval);
      const diff = paired?.results[i];
      if (diff?.kind === 'diff') {
        noise.diff = asText(diff.diff);
        noise.paired = true;
        noise.verdict = pairedVerdict(diff.diff, higher);
      } else if (unpaired) {
        const b = baseResult.interval;
        noise.diff = { point: headInterval.point - b.point, low: headInterval.low - b.high, high: headInterval.high - b.low };
        noise.verdict = unpairedVerdict(b, headInterval, higher);
      }
    }
    report.metrics.set(noiseKey(row.path, row.key), noise);
  });
  if (unpaired) report.notes.push(`The two revisions' predictions are of different examples, so the change is judged by the two intervals, a weaker test than pairing over the same examples.`);
  if (!base) report.notes.push(`No predictions at ${input.baseName}: the intervals are the head's alone.`);
  return report;
}
