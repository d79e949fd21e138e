/**
 * The `serving.kserve.io/v1beta1` InferenceService, typed as far as the rollout reads and writes it.
 * `metadata` and `spec` follow KServe's CRD schema (the copy in test/fixtures/kserve/ that the tests
 * validate every manifest against); `status`, which that copy prunes, follows KServe's Go types
 * (`InferenceServiceStatus` in pkg/apis/serving/v1beta1/inference_service_status.go). Fields the
 * code never touches are not named, yet they survive: the rollout copies what it reads, so a
 * predictor's other fields (service account, node selector, …) are written back unchanged.
 */

export interface InferenceService {
  apiVersion: 'serving.kserve.io/v1beta1';
  kind: 'InferenceService';
  metadata: InferenceServiceMetadata;
  spec: InferenceServiceSpec;
  /** Written by KServe's controller; absent until it first reconciles. */
  status?: InferenceServiceStatus;
}

/** An InferenceService as the API server returns it: it always sets these two. */
export interface StoredInferenceService extends InferenceService {
  metadata: InferenceServiceMetadata & { resourceVersion: string; generation: number };
}

/** What a BOOKMARK watch event carries: only the resourceVersion (and perhaps annotations) is set. */
export interface Bookmark {
  metadata: { resourceVersion: string };
}

export interface InferenceServiceMetadata {
  name: string;
  /** Always set here: the rollout names it, and the API server fills it for a namespaced object. */
  namespace: string;
  /** Set by the API server; a replace carrying it fails with 409 when the object changed since. */
  resourceVersion?: string;
  /** Set by the API server; goes up with every change to `spec`. */
  generation?: number;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
}

export interface InferenceServiceSpec {
  /** The CRD's only required part of `spec`. */
  predictor: PredictorSpec;
}

export interface PredictorSpec {
  /** A model a KServe serving runtime serves; or, instead, `containers`. */
  model?: ModelSpec;
  /** A custom predictor: the container named `kserve-container` serves. */
  containers?: Container[];
  minReplicas?: number;
  maxReplicas?: number;
  /** Traffic (0–100) for the latest revision; absent means all of it (Serverless mode only). */
  canaryTrafficPercent?: number;
}

export interface ModelSpec {
  /** Not required by the CRD, though KServe picks the runtime by it. */
  modelFormat?: { name: string; version?: string };
  runtime?: string;
  storageUri?: string;
  /** `v1`, `v2`, `grpc-v1`, `grpc-v2`: a plain string in the CRD. */
  protocolVersion?: string;
  env?: EnvVar[];
  resources?: ResourceRequirements;
}

export interface Container {
  name: string;
  image?: string;
  env?: EnvVar[];
  resources?: ResourceRequirements;
}

export interface EnvVar {
  name: string;
  /** Absent when the value comes from `valueFrom` (not named here). */
  value?: string;
}

/** Quantities are int-or-string in the CRD: `1`, `"500m"`, `"2Gi"`. */
export interface ResourceRequirements {
  requests?: Record<string, string | number>;
  limits?: Record<string, string | number>;
}

export interface InferenceServiceStatus {
  /** Generation of the spec the controller last reconciled. */
  observedGeneration?: number;
  /** Ready, PredictorReady, IngressReady, … */
  conditions?: Condition[];
  url?: string;
  address?: { url?: string };
  /** Only the predictor is read; transformer and explainer have the same shape. */
  components?: { predictor?: ComponentStatus };
  modelStatus?: ModelStatus;
  /** `Serverless`, `RawDeployment` (`Standard` since 0.15), `ModelMesh`. */
  deploymentMode?: string;
}

/** Knative's condition, as KServe writes it. */
export interface Condition {
  type: string;
  status?: string;
  reason?: string;
  message?: string;
}

/** KServe's `ComponentStatusSpec`: the revisions and traffic of one component (Serverless mode). */
export interface ComponentStatus {
  latestCreatedRevision?: string;
  latestReadyRevision?: string;
  latestRolledoutRevision?: string;
  previousRolledoutRevision?: string;
  traffic?: TrafficTarget[];
  url?: string;
}

/** Knative's `TrafficTarget`. */
export interface TrafficTarget {
  revisionName?: string;
  percent?: number;
  latestRevision?: boolean;
  tag?: string;
  url?: string;
}

/** KServe's `TransitionStatus` enum (the CRD checks it). */
export type TransitionStatus = '' | 'UpToDate' | 'InProgress' | 'BlockedByFailedLoad' | 'InvalidSpec';
/** KServe's `ModelState` enum (the CRD checks it). */
export type ModelState = '' | 'Pending' | 'Standby' | 'Loading' | 'Loaded' | 'FailedToLoad';

export interface ModelStatus {
  transitionStatus?: TransitionStatus;
  states?: { activeModelState?: ModelState; targetModelState?: ModelState };
  lastFailureInfo?: { reason?: string; message?: string };
}

type Patch<V> = V extends readonly unknown[] ? V : V extends object ? MergePatch<V> : V;

/** An RFC 7386 JSON merge patch of T: any part of it, `null` deletes a field, lists are replaced whole. */
export type MergePatch<T> = { [K in keyof T]?: Patch<NonNullable<T[K]>> | null };
