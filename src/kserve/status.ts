/**
 * Reading an InferenceService's status the way KServe writes it: the Ready condition, the
 * predictor's revisions and traffic (serverless mode), and `modelStatus` (transitionStatus,
 * states, lastFailureInfo). Pure functions over the object a watch delivers.
 */
import type { ComponentStatus, Condition, InferenceService } from './inference-service.js';
import { DEPLOYMENT_MODE_ANNOTATION } from './manifest.js';

export function conditionOf(isvc: InferenceService, type: string): Condition | undefined {
  return isvc?.status?.conditions?.find((condition) => condition.type === type);
}

export function predictorStatus(isvc: InferenceService): ComponentStatus {
  return isvc?.status?.components?.predictor ?? {};
}

/**
 * RawDeployment ("Standard" since KServe 0.15) has no revisions or traffic splitting, so
 * canaryTrafficPercent is ignored there: a "canary" would silently take all the traffic.
 */
export function deploymentMode(isvc: InferenceService): 'Serverless' | 'RawDeployment' | 'ModelMesh' | undefined {
  const mode = isvc?.metadata?.annotations?.[DEPLOYMENT_MODE_ANNOTATION] ?? isvc?.status?.deploymentMode;
  if (!mode) return undefined;
  if (/^(raw|rawdeployment|standard)$/i.test(mode)) return 'RawDeployment';
  if (/^modelmesh$/i.test(mode)) return 'ModelMesh';
  return 'Serverless';
}

export type Readiness =
  | { kind: 'ready'; revision?: string; url?: string }
  | { kind: 'waiting'; why: string }
  | { kind: 'failed'; reason: string };

const FAILED_TRANSITIONS = new Set(['BlockedByFailedLoad', 'InvalidSpec']);

/** A failure KServe reports for the model: ends any wait at once, with its reason. */
export function failureOf(isvc: InferenceService): string | undefined {
  const model = isvc?.status?.modelStatus;
  const info = model?.lastFailureInfo;
  const detail = info ? `${info.reason ?? 'failure'}${info.message ? `: ${info.message}` : ''}` : undefined;
  if (model?.transitionStatus && FAILED_TRANSITIONS.has(model.transitionStatus)) return `${model.transitionStatus}${detail ? ` (${detail})` : ''}`;
  if (model?.states?.targetModelState === 'FailedToLoad' || model?.states?.activeModelState === 'FailedToLoad') return `FailedToLoad${detail ? ` (${detail})` : ''}`;
  const predictor = conditionOf(isvc, 'PredictorReady');
  if (predictor?.status === 'False' && /fail/i.test(`${predictor.reason ?? ''}`)) return `${predictor.reason}: ${predictor.message ?? ''}`.trim();
  return undefined;
}

/**
 * Whether the spec we wrote (generation `generation`) is served: observed by the controller, a new
 * revision created after `previousRevision` and ready, the model up to date, and Ready True.
 */
export function readiness(isvc: InferenceService, generation: number, previousRevision: string | undefined): Readiness {
  const failure = failureOf(isvc);
  if (failure) return { kind: 'failed', reason: failure };
  const observed = Number(isvc?.status?.observedGeneration ?? 0);
  if (observed < generation) return { kind: 'waiting', why: `the controller has not seen generation ${generation} yet (observed ${observed})` };
  const predictor = predictorStatus(isvc);
  const created = predictor.latestCreatedRevision;
  if (previousRevision !== undefined && (created === undefined || created === previousRevision)) return { kind: 'waiting', why: 'no new revision yet' };
  if (created !== undefined && predictor.latestReadyRevision !== created) return { kind: 'waiting', why: `revision ${created} is not ready yet` };
  const transition = isvc?.status?.modelStatus?.transitionStatus;
  if (transition !== undefined && transition !== 'UpToDate') return { kind: 'waiting', why: `model transition ${transition}` };
  const ready = conditionOf(isvc, 'Ready');
  if (ready?.status !== 'True') return { kind: 'waiting', why: `Ready is ${ready?.status ?? 'unknown'}${ready?.reason ? ` (${ready.reason})` : ''}` };
  return { kind: 'ready', revision: created, url: canaryUrl(isvc) };
}

/** The URL of the newest revision: its `latest` tag route with tag routing, else the service URL. */
export function canaryUrl(isvc: InferenceService): string | undefined {
  const traffic = predictorStatus(isvc).traffic ?? [];
  const latest = traffic.find((target) => target.tag === 'latest' && target.url) ?? traffic.find((target) => target.latestRevision && target.url);
  return latest?.url ?? isvc?.status?.url ?? isvc?.status?.address?.url;
}

export function serviceUrl(isvc: InferenceService): string | undefined {
  return isvc?.status?.url ?? isvc?.status?.address?.url;
}
