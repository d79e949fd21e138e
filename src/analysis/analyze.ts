/**
 * The canary analysis itself: `count` measurements, one every `interval` (the first one `interval`
 * after the start), each querying canary and stable at the same evaluation time, each metric held
 * to its thresholds and to the stable revision. Stops early once failures exceed `failure-limit`.
 *
 * A measurement is never a crash or a pass for lack of data: NaN, an empty vector or fewer than
 * `min-requests` canary requests make it inconclusive, and a breached threshold wins over too few
 * requests. `inconclusive: fail` counts an inconclusive measurement as failed, `pass` as passed, but
 * a canary with no passing measurement at all is never passed. A Prometheus that fails (no answer,
 * an error answer) or a custom query that returns more than one series ends the analysis as failed
 * at once, whatever `inconclusive` says.
 */
import { MlopsError } from '../errors.js';
import { renderQuery, type AnalysisConfig, type MetricRule } from './config.js';
import type { Prometheus, QueryAnswer } from './prometheus.js';
import { builtInQueries, schemaName, type Schema } from './schema.js';

export type Verdict = 'passed' | 'failed' | 'inconclusive';

export interface MetricResult {
  metric: string;
  /** The canary's value (a share, milliseconds, or the custom query's value); null when there was none or it was not finite. */
  canary: number | null;
  /** The stable's value, when a rule compares with it; null otherwise. */
  stable: number | null;
  /** Canary requests in the window; null with `schema: custom`. */
  requests: number | null;
  verdict: Verdict;
  reason: string;
}

export interface Measurement {
  /** The evaluation time, ISO 8601. */
  at: string;
  results: MetricResult[];
  verdict: Verdict;
}

export interface AnalysisTarget {
  namespace: string;
  name: string;
  canary: string;
  stable: string;
}

export interface AnalysisResult {
  verdict: 'passed' | 'failed';
  schema: string;
  namespace: string;
  name: string;
  canary: string;
  stable: string;
  measurements: Measurement[];
  /** One line: why it passed or failed. */
  summary: string;
  /** Set when the analysis stopped because Prometheus or a query failed. */
  error?: string;
  intervalMs: number;
  window: string;
  count: number;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((done) => setTimeout(done, Math.max(0, ms))) };

export interface AnalyzeInput {
  config: AnalysisConfig;
  prometheus: Prometheus;
  schema: Schema;
  target: AnalysisTarget;
  clock?: Clock;
  /** Each measurement as it is made (the rollout logs it). */
  onMeasurement?: (measurement: Measurement, index: number) => void;
}

/** A custom query that does not give one value: a mistake in the file, the same at every measurement. */
export class QueryShapeError extends MlopsError {
  constructor(message: string) {
    super(message);
    this.name = 'QueryShapeError';
  }
}

/** Numbers as the tables and reasons show them: four significant digits, Prometheus' spellings for the rest. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(Number(value.toPrecision(4)));
}

const finiteOrNull = (value: number | undefined): number | null => (value !== undefined && Number.isFinite(value) ? value : null);

/** One value from an answer: undefined when empty; more than one series is a QueryShapeError naming the query. */
function single(answer: QueryAnswer, metric: string, query: string): number | undefined {
  if (answer.samples.length > 1) {
    const shown = answer.samples.slice(0, 3).map((sample) => JSON.stringify(sample.labels)).join(', ');
    throw new QueryShapeError(`${metric}: the query ${query} returned ${answer.samples.length} series (${shown}${answer.samples.length > 3 ? ', …' : ''}); it must return one. Aggregate it, e.g. sum(…) or max(…).`);
  }
  return answer.samples[0]?.value;
}

interface Observed {
  canary?: number;
  stable?: number;
  canaryRequests?: number;
  stableRequests?: number;
  /** Why the canary's (or stable's) latency cannot be read, when it cannot. */
  canaryUnreadable?: string;
  stableUnreadable?: string;
}

const hasVsStable = (rule: MetricRule): boolean => rule.maxDropVsStable !== undefined || rule.maxRatioVsStable !== undefined;

const WHOLE_SECONDS =
  'latency recorded in whole seconds (the histogram’s _sum stays 0 while _count grows): Knative’s OpenTelemetry latency needs Knative 1.19.9, 1.20.2 or 1.21 and later';

/** The verdict of one metric at one measurement. */
export function judge(rule: MetricRule, seen: Observed, minRequests: number | undefined, window: string): MetricResult {
  const requests = seen.canaryRequests === undefined ? null : Math.round(seen.canaryRequests);
  const result = (verdict: Verdict, reason: string): MetricResult => ({
    metric: rule.name, canary: seen.canaryUnreadable ? null : finiteOrNull(seen.canary), stable: seen.stableUnreadable ? null : finiteOrNull(seen.stable), requests, verdict, reason,
  });
  if (seen.canaryUnreadable) return result('inconclusive', seen.canaryUnreadable);

  const canary = seen.canary;
  const readable = canary !== undefined && !Number.isNaN(canary);
  const breaches: string[] = [];
  const passes: string[] = [];
  const notes: string[] = [];
  if (readable) {
    if (rule.min !== undefined) (canary < rule.min ? breaches : passes).push(`${formatNumber(canary)} ${canary < rule.min ? '<' : '≥'} min ${formatNumber(rule.min)}`);
    if (rule.max !== undefined) (canary > rule.max ? breaches : passes).push(`${formatNumber(canary)} ${canary > rule.max ? '>' : '≤'} max ${formatNumber(rule.max)}`);
  }
  let judgedVsStable = false;
  if (hasVsStable(rule)) {
    const stable = seen.stable;
    const stableRequests = seen.stableRequests === undefined ? undefined : Math.round(seen.stableRequests);
    if (minRequests !== undefined && (stableRequests ?? 0) < minRequests) notes.push(`vs stable skipped: the stable had ${stableRequests ?? 0} requests in ${window} (min-requests ${minRequests})`);
    else if (seen.stableUnreadable) notes.push(`vs stable skipped: the stable’s ${seen.stableUnreadable}`);
    else if (stable === undefined || Number.isNaN(stable)) notes.push(`vs stable skipped: the stable has no value (${stable === undefined ? 'empty result' : 'NaN'})`);
    else if (readable) {
      judgedVsStable = true;
      if (rule.maxDropVsStable !== undefined) {
        const floor = stable - rule.maxDropVsStable;
        if (canary < floor) breaches.push(`${formatNumber(stable - canary)} below stable ${formatNumber(stable)} (max-drop-vs-stable ${formatNumber(rule.maxDropVsStable)})`);
        else passes.push(`within ${formatNumber(rule.maxDropVsStable)} of stable ${formatNumber(stable)}`);
      }
      if (rule.maxRatioVsStable !== undefined) {
        if (stable <= 0) {
          if (canary > 0) breaches.push(`${formatNumber(canary)} against a stable of ${formatNumber(stable)} (max-ratio-vs-stable ${formatNumber(rule.maxRatioVsStable)})`);
          else passes.push(`not above stable ${formatNumber(stable)}`);
        } else {
          const ratio = canary / stable;
          (ratio > rule.maxRatioVsStable ? breaches : passes).push(`${formatNumber(ratio)}× stable ${formatNumber(stable)} ${ratio > rule.maxRatioVsStable ? '>' : '≤'} max-ratio-vs-stable ${formatNumber(rule.maxRatioVsStable)}`);
        }
      }
    }
  }
  const withNotes = (text: string): string => [text, ...notes].filter(Boolean).join('; ');
  // A breached threshold wins over too few requests: a canary answering only errors fails.
  if (breaches.length > 0) return result('failed', withNotes(breaches.join('; ')));
  if (minRequests !== undefined && (requests ?? 0) < minRequests) return result('inconclusive', withNotes(`only ${requests ?? 0} canary requests in ${window} (min-requests ${minRequests})`));
  if (!readable) return result('inconclusive', withNotes(canary === undefined ? 'no data (empty result)' : 'NaN (no requests to divide by in the window)'));
  const judgedAbsolute = rule.min !== undefined || rule.max !== undefined;
  if (!judgedAbsolute && !judgedVsStable) return result('inconclusive', withNotes('nothing to judge'));
  return result('passed', withNotes(passes.join('; ')));
}

function measurementVerdict(results: MetricResult[]): Verdict {
  if (results.some((result) => result.verdict === 'failed')) return 'failed';
  if (results.some((result) => result.verdict === 'inconclusive')) return 'inconclusive';
  return 'passed';
}

/** One measurement at `atMs`: every query evaluated at that same time. */
export async function measure(input: AnalyzeInput, atMs: number): Promise<Measurement> {
  const { config, prometheus, schema, target } = input;
  const variables = { canary: target.canary, stable: target.stable, namespace: target.namespace, name: target.name, window: config.window };

  // First every query is asked (each PromQL once), then all of them settle: none is still running,
  // or retrying, when the measurement ends, failed or not.
  const asked = new Map<string, Promise<QueryAnswer>>();
  const ask = (promql: string): string => {
    if (!asked.has(promql)) asked.set(promql, prometheus.query(promql, atMs));
    return promql;
  };
  const plans = config.metrics.map((rule) => {
    if (rule.kind === 'custom') return { rule, custom: ask(renderQuery(rule.query, variables)) };
    if (schema.kind === 'custom') throw new Error(`${rule.name} is built in, and schema custom has none`); // the file parser refuses this
    const of = (revision: string) => {
      const queries = builtInQueries(schema, rule.name, target.namespace, revision, config.window);
      return { value: ask(queries.value), sum: queries.latencySum === undefined ? undefined : ask(queries.latencySum), requests: ask(queries.requests) };
    };
    return { rule, canary: of(target.canary), stable: hasVsStable(rule) ? of(target.stable) : undefined };
  });
  const requestsQuery = (revision: string): string | undefined =>
    schema.kind === 'custom' ? undefined : ask(builtInQueries(schema, 'success-rate', target.namespace, revision, config.window).requests);
  const canaryRequestsQuery = requestsQuery(target.canary);
  const stableRequestsQuery = config.metrics.some(hasVsStable) ? requestsQuery(target.stable) : undefined;

  const promqls = [...asked.keys()];
  const settled = await Promise.allSettled(asked.values());
  const failure = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  const answers = new Map(promqls.map((promql, index) => [promql, (settled[index] as PromiseFulfilledResult<QueryAnswer>).value]));
  const value = (promql: string, metric: string): number | undefined => single(answers.get(promql)!, metric, promql);
  // no series at all is no request at all
  const requests = (promql: string | undefined): number | undefined => {
    if (promql === undefined) return undefined;
    const count = value(promql, 'requests');
    return count === undefined || Number.isNaN(count) ? 0 : count;
  };
  const canaryRequests = requests(canaryRequestsQuery);
  const stableRequests = requests(stableRequestsQuery);

  const results = plans.map((plan) => {
    let seen: Observed;
    if ('custom' in plan) seen = { canary: value(plan.custom!, plan.rule.name) };
    else {
      const read = (queries: { value: string; sum?: string; requests: string }) => {
        const wholeSeconds = queries.sum !== undefined && value(queries.sum, plan.rule.name) === 0 && (requests(queries.requests) ?? 0) > 0;
        return { value: value(queries.value, plan.rule.name), unreadable: wholeSeconds ? WHOLE_SECONDS : undefined };
      };
      const canary = read(plan.canary!);
      const stable = plan.stable ? read(plan.stable) : undefined;
      seen = { canary: canary.value, canaryUnreadable: canary.unreadable, stable: stable?.value, stableUnreadable: stable?.unreadable };
    }
    return judge(plan.rule, { ...seen, canaryRequests, stableRequests }, config.minRequests, config.window);
  });
  return { at: new Date(atMs).toISOString(), results, verdict: measurementVerdict(results) };
}

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The analysis from start to verdict. Never throws for what Prometheus or the file's queries do: that is a failed analysis. */
export async function analyze(input: AnalyzeInput): Promise<AnalysisResult> {
  const { config, target } = input;
  const clock = input.clock ?? SYSTEM_CLOCK;
  const measurements: Measurement[] = [];
  const done = (verdict: 'passed' | 'failed', summary: string, error?: string): AnalysisResult => ({
    verdict, schema: schemaName(input.schema), namespace: target.namespace, name: target.name, canary: target.canary, stable: target.stable,
    measurements, summary, ...(error ? { error } : {}), intervalMs: config.intervalMs, window: config.window, count: config.count,
  });

  const start = clock.now();
  let failures = 0;
  for (let index = 1; index <= config.count; index++) {
    const at = start + index * config.intervalMs;
    await clock.sleep(at - clock.now());
    let measurement: Measurement;
    try {
      measurement = await measure(input, at);
    } catch (error) {
      const reason = describeError(error).replace(/\.$/, '');
      measurements.push({
        at: new Date(at).toISOString(),
        results: config.metrics.map((rule) => ({ metric: rule.name, canary: null, stable: null, requests: null, verdict: 'failed', reason })),
        verdict: 'failed',
      });
      input.onMeasurement?.(measurements.at(-1)!, index);
      return done('failed', `measurement ${index} of ${config.count} could not be made: ${reason}`, reason);
    }
    measurements.push(measurement);
    input.onMeasurement?.(measurement, index);
    if (measurement.verdict === 'failed' || (measurement.verdict === 'inconclusive' && config.inconclusive === 'fail')) failures++;
    if (failures > config.failureLimit) {
      return done('failed', `${failures} of ${index} measurements failed${config.inconclusive === 'fail' ? ' or were inconclusive' : ''}, more than failure-limit ${config.failureLimit}`);
    }
  }
  const passed = measurements.filter((measurement) => measurement.verdict === 'passed').length;
  if (passed === 0) {
    const inconclusive = measurements.filter((measurement) => measurement.verdict === 'inconclusive').length;
    return done('failed', `no measurement passed (${inconclusive} of ${config.count} inconclusive): a canary is never promoted without a conclusive, passing measurement`);
  }
  return done('passed', `${passed} of ${config.count} measurements passed${failures > 0 ? `, ${failures} within failure-limit ${config.failureLimit}` : ''}`);
}
