/**
 * The rollout on merge: read the InferenceService, apply the new model as a canary (tag routing
 * on), watch until its revision is Ready, smoke-test it, then promote it to all traffic or roll
 * back: traffic to the previous revision (canaryTrafficPercent 0) and the previous predictor spec
 * restored, so a later edit cannot promote the bad model by accident. RawDeployment, where KServe
 * ignores canaryTrafficPercent, is refused rather than silently "promoted".
 *
 * With a canary analysis, Prometheus is probed before anything is written (its schema, the custom
 * queries), and the analysis runs after the smoke test passed and before promoting: a failed
 * analysis rolls back exactly as a failed smoke test does.
 */
import { analyze, type AnalysisResult, type Clock } from '../analysis/analyze.js';
import { promDuration, type AnalysisConfig } from '../analysis/config.js';
import type { Prometheus } from '../analysis/prometheus.js';
import { describeSchema } from '../analysis/schema.js';
import { prepareAnalysis, type PreparedAnalysis } from '../analysis/setup.js';
import { describeError, MlopsError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { InferenceService, PredictorSpec, StoredInferenceService } from './inference-service.js';
import { ConflictError, type IsvcClient } from './kube-client.js';
import { TAG_ROUTING_ANNOTATION, type Protocol } from './manifest.js';
import { smokeTest, type SmokeRequest } from './smoke.js';
import { deploymentMode, predictorStatus, readiness, serviceUrl } from './status.js';
import { watchUntil } from './watch-until.js';

/** Where the predictor spec before our change is kept, for `mlops kserve rollback`. */
export const PREVIOUS_PREDICTOR_ANNOTATION = 'mlops-action.io/previous-predictor';

export interface PromoteInput {
  client: IsvcClient;
  /** The desired InferenceService (from `inferenceService()`), without canaryTrafficPercent. */
  desired: InferenceService;
  /** 1–99: a canary; 100: replace at once (still verified, still rolled back on failure). */
  canaryPercent: number;
  readyTimeoutMs: number;
  smoke?: { request: SmokeRequest; protocol: Protocol; model?: string; headers?: Record<string, string> };
  /** Metric-driven canary analysis after the smoke test (see src/analysis/). */
  analysis?: { config: AnalysisConfig; prometheus: Prometheus; clock?: Clock };
  logger: Logger;
}

export type PromoteOutcome =
  | { kind: 'deployed'; revision?: string; url?: string }
  | { kind: 'promoted'; revision?: string; url?: string; previousRevision?: string; analysis?: AnalysisResult }
  | { kind: 'rolled-back'; reason: string; revision?: string; url?: string; analysis?: AnalysisResult }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; reason: string };

const CONFLICT_RETRIES = 5;

/** Read, change, replace; on a 409 (someone else wrote meanwhile) read again and redo the change. */
export async function updateWithRetry(client: IsvcClient, namespace: string, name: string, change: (current: StoredInferenceService) => StoredInferenceService, logger: Logger): Promise<StoredInferenceService> {
  for (let attempt = 1; ; attempt++) {
    const current = await client.get(namespace, name);
    if (!current) throw new MlopsError(`inferenceservice ${namespace}/${name} disappeared during the rollout.`);
    try {
      return await client.replace(change(structuredClone(current)));
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= CONFLICT_RETRIES) throw error;
      logger.info(`Conflict writing ${namespace}/${name} (${error.message}); reading it again (attempt ${attempt + 1} of ${CONFLICT_RETRIES}).`);
    }
  }
}

function withPredictor(current: StoredInferenceService, predictor: PredictorSpec, annotations: Record<string, string>): StoredInferenceService {
  current.metadata.annotations = { ...current.metadata.annotations, ...annotations };
  current.spec = { ...current.spec, predictor };
  return current;
}

async function waitReady(input: PromoteInput, written: StoredInferenceService, previousRevision: string | undefined) {
  const { namespace, name } = written.metadata;
  const generation = Number(written.metadata.generation ?? 0);
  return input.logger.group('kserve: wait for Ready', async () => {
    const outcome = await watchUntil({
      client: input.client, namespace, name, resourceVersion: written.metadata.resourceVersion, initial: written, timeoutMs: input.readyTimeoutMs,
      decide: (object) => {
        const state = readiness(object, generation, previousRevision);
        return state.kind === 'waiting' ? undefined : state;
      },
      onReconnect: (why) => input.logger.info(`Watch: ${why}.`),
    });
    if (outcome.kind === 'timed-out') {
      const last = outcome.last ? readiness(outcome.last, generation, previousRevision) : undefined;
      return { kind: 'failed' as const, reason: `not Ready within ${Math.round(input.readyTimeoutMs / 1000)}s${last?.kind === 'waiting' ? ` (${last.why})` : ''}` };
    }
    input.logger.info(outcome.decision.kind === 'ready' ? `Revision ${outcome.decision.revision ?? '(new)'} is Ready.` : `Failed: ${outcome.decision.reason}`);
    return outcome.decision;
  });
}

async function verify(input: PromoteInput, url: string | undefined, name: string): Promise<string | undefined> {
  if (!input.smoke) return undefined;
  const smoke = input.smoke;
  return input.logger.group('kserve: smoke test', async () => {
    if (!url) return 'the new revision has no URL to call (is tag routing on?)';
    const result = await smokeTest({ url, model: smoke.model ?? name, protocol: smoke.protocol, request: smoke.request, headers: smoke.headers });
    input.logger.info(result.ok ? `${smoke.protocol} predictions ${JSON.stringify(result.predictions)} in ${result.ms} ms.` : `Smoke test failed: ${result.reason}`);
    return result.ok ? undefined : `smoke test failed: ${result.reason}`;
  });
}

/**
 * Before anything is written: the stable revision the canary will be compared with, the schema
 * probe and the custom queries. A problem here refuses the rollout with nothing changed.
 */
async function prepare(input: PromoteInput, current: StoredInferenceService): Promise<{ prepared: PreparedAnalysis; stable: string } | { refused: string }> {
  const analysis = input.analysis!;
  const { namespace, name } = current.metadata;
  const status = predictorStatus(current);
  // The revision that serves: after a rollback the latest ready one may hold no traffic.
  const stable = status.latestRolledoutRevision ?? status.latestReadyRevision;
  if (!stable) return { refused: `canary analysis compares the canary with the stable revision, and ${namespace}/${name} has none rolled out (status.components.predictor.latestRolledoutRevision)` };
  return input.logger.group('kserve: canary analysis check', async () => {
    try {
      const prepared = await prepareAnalysis(analysis.config, analysis.prometheus, { namespace, name, stable }, (analysis.clock ?? Date).now());
      input.logger.info(`Prometheus at ${analysis.prometheus.where}: ${describeSchema(prepared.schema)}${prepared.alsoFound.length ? `; also found ${prepared.alsoFound.map(describeSchema).join(', ')}` : ''}. Stable revision: ${stable}.`);
      return { prepared, stable };
    } catch (error) {
      return { refused: `canary analysis: ${describeError(error).replace(/\.$/, '')}` };
    }
  });
}

async function runAnalysis(input: PromoteInput, prepared: PreparedAnalysis, target: { namespace: string; name: string; canary: string; stable: string }): Promise<AnalysisResult> {
  const { logger } = input;
  return logger.group('kserve: canary analysis', async () => {
    logger.info(`Canary ${target.canary} against stable ${target.stable}: ${prepared.config.count} measurements, one every ${promDuration(prepared.config.intervalMs)} over ${prepared.config.window}.`);
    const result = await analyze({
      config: prepared.config, prometheus: prepared.prometheus, schema: prepared.schema, target, clock: input.analysis?.clock,
      onMeasurement: (measurement, index) => {
        const line = `Measurement ${index} of ${prepared.config.count} (${measurement.at}): ${measurement.verdict}. ${measurement.results.map((result) => `${result.metric} ${result.verdict}: ${result.reason}`).join(' | ')}`;
        (measurement.verdict === 'failed' ? logger.warning : logger.info).call(logger, line);
      },
    });
    (result.verdict === 'passed' ? logger.info : logger.error).call(logger, `Canary analysis ${result.verdict}: ${result.summary}.`);
    return result;
  });
}

export async function promote(input: PromoteInput): Promise<PromoteOutcome> {
  const { namespace, name } = input.desired.metadata;
  const { logger } = input;
  const current = await logger.group('kserve: read', async () => {
    const found = await input.client.get(namespace, name);
    logger.info(found ? `Found ${namespace}/${name}, serving ${predictorStatus(found).latestReadyRevision ?? 'no ready revision'}.` : `${namespace}/${name} does not exist yet: first deploy.`);
    return found;
  });
  const rawDesired = deploymentMode(input.desired) === 'RawDeployment';

  if (!current) {
    if (input.analysis) logger.warning(`First deploy of ${namespace}/${name}: there is no stable revision to compare with and no canary, so the canary analysis runs from the next rollout on.`);
    const created = await logger.group('kserve: create', () => input.client.create(input.desired));
    const ready = await waitReady(input, created, undefined);
    if (ready.kind === 'failed') return { kind: 'failed', reason: `first deploy of ${namespace}/${name} is not serving: ${ready.reason}; there is no previous model to roll back to` };
    const smokeFailure = await verify(input, ready.url, name);
    if (smokeFailure) return { kind: 'failed', reason: `first deploy of ${namespace}/${name}: ${smokeFailure}; there is no previous model to roll back to` };
    return { kind: 'deployed', revision: ready.revision, url: ready.url };
  }

  if ((deploymentMode(current) === 'RawDeployment' || rawDesired) && input.canaryPercent < 100) {
    return {
      kind: 'refused',
      reason: `${namespace}/${name} runs in RawDeployment (Standard) mode, where KServe ignores canaryTrafficPercent: a ${input.canaryPercent}% canary would take all the traffic at once. Use Serverless mode for canaries, or set canary-percent 100 to replace the model directly (still verified, and rolled back on failure).`,
    };
  }

  const analysis = input.analysis ? await prepare(input, current) : undefined;
  if (analysis && 'refused' in analysis) return { kind: 'refused', reason: analysis.refused };

  const previousPredictor = current.spec?.predictor;
  const previousRevision = predictorStatus(current).latestReadyRevision;
  const canary = input.canaryPercent < 100;
  const written = await logger.group(canary ? `kserve: apply canary (${input.canaryPercent}%)` : 'kserve: apply', () =>
    updateWithRetry(input.client, namespace, name, (latest) => {
      const predictor = { ...input.desired.spec.predictor, ...(canary ? { canaryTrafficPercent: input.canaryPercent } : {}) };
      if (!canary) delete predictor.canaryTrafficPercent;
      return withPredictor(latest, predictor, {
        ...input.desired.metadata.annotations,
        [TAG_ROUTING_ANNOTATION]: 'true',
        [PREVIOUS_PREDICTOR_ANNOTATION]: JSON.stringify(previousPredictor ?? null),
      });
    }, logger),
  );

  const ready = await waitReady(input, written, previousRevision);
  let failure = ready.kind === 'failed' ? ready.reason : await verify(input, ready.url, name);
  let measured: AnalysisResult | undefined;
  if (!failure && analysis && ready.kind === 'ready') {
    if (!ready.revision) failure = 'canary analysis: the new revision has no name in the status (latestReadyRevision) to query Prometheus for';
    else {
      measured = await runAnalysis(input, analysis.prepared, { namespace, name, canary: ready.revision, stable: analysis.stable });
      if (measured.verdict === 'failed') failure = `canary analysis failed: ${measured.summary}`;
    }
  }
  if (failure) {
    await logger.group('kserve: roll back', async () => {
      const restored = await updateWithRetry(input.client, namespace, name, (latest) => withPredictor(latest, restoredPredictor(previousPredictor, canary), {}), logger);
      logger.info(`Traffic back on ${analysis?.stable ?? previousRevision ?? 'the previous revision'}; spec restored (resourceVersion ${restored.metadata.resourceVersion}).`);
    });
    return { kind: 'rolled-back', reason: failure, revision: analysis?.stable ?? previousRevision, url: serviceUrl(current), ...(measured ? { analysis: measured } : {}) };
  }

  const promoted = await logger.group('kserve: promote', async () => {
    const patched = canary ? await input.client.mergePatch(namespace, name, { spec: { predictor: { canaryTrafficPercent: null } } }) : written;
    logger.info(`${ready.kind === 'ready' ? ready.revision ?? 'the new revision' : ''} takes all traffic.`);
    return patched;
  });
  return { kind: 'promoted', revision: ready.kind === 'ready' ? ready.revision : undefined, url: serviceUrl(promoted) ?? serviceUrl(current), previousRevision, ...(measured ? { analysis: measured } : {}) };
}

/**
 * The previous predictor to write back. Mid-canary, `canaryTrafficPercent: 0` keeps all traffic on
 * the previous revision while the restored spec becomes the latest; without a canary the restored
 * spec simply replaces the current one.
 */
function restoredPredictor(previous: PredictorSpec, midCanary: boolean): PredictorSpec {
  const predictor = { ...previous };
  if (midCanary) predictor.canaryTrafficPercent = 0;
  else delete predictor.canaryTrafficPercent;
  return predictor;
}

/** `mlops kserve rollback`: the predictor recorded before the last rollout, with traffic kept on the previous revision. */
export async function rollback(client: IsvcClient, namespace: string, name: string, logger: Logger): Promise<{ restored: StoredInferenceService }> {
  const current = await client.get(namespace, name);
  if (!current) throw new MlopsError(`inferenceservice ${namespace}/${name} does not exist.`);
  const recorded = current.metadata?.annotations?.[PREVIOUS_PREDICTOR_ANNOTATION];
  if (!recorded || recorded === 'null') throw new MlopsError(`${namespace}/${name} has no previous predictor recorded (annotation ${PREVIOUS_PREDICTOR_ANNOTATION}); was it rolled out by mlops?`);
  // the annotation holds the predictor as this module wrote it (JSON.stringify above)
  const previous = JSON.parse(recorded) as PredictorSpec;
  const midCanary = current.spec?.predictor?.canaryTrafficPercent !== undefined && current.spec.predictor.canaryTrafficPercent < 100;
  const restored = await updateWithRetry(client, namespace, name, (latest) => withPredictor(latest, restoredPredictor(previous, midCanary), {}), logger);
  return { restored };
}

/** One line for logs, errors and the job summary. */
export function describePromotion(outcome: PromoteOutcome, target: string): string {
  switch (outcome.kind) {
    case 'deployed':
      return `Deployed ${target} (first deploy) and verified it${outcome.url ? `: ${outcome.url}` : ''}.`;
    case 'promoted':
      return `Promoted ${target}: ${outcome.revision ?? 'the new revision'} takes all traffic${outcome.url ? ` at ${outcome.url}` : ''}.${outcome.analysis ? ` Canary analysis passed: ${outcome.analysis.summary}.` : ''}`;
    case 'rolled-back':
      return `Rolled back ${target}: ${outcome.reason}. Traffic stays on ${outcome.revision ?? 'the previous revision'} and the previous spec is restored.`;
    case 'refused':
      return `Not rolled out: ${outcome.reason}`;
    case 'failed':
      return `Rollout failed: ${outcome.reason}.`;
  }
}
