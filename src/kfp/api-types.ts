/**
 * The Kubeflow Pipelines v2beta1 REST shapes this client reads and writes, from KFP's swagger
 * (backend/api/v2beta1/swagger/{run,pipeline,pipeline.upload,experiment,healthz}.swagger.json).
 * The API server marshals with protojson UseProtoNames and EmitUnpopulated off: fields are
 * snake_case and a zero value (empty string, 0, false, empty list) is left out, so every field
 * is optional here and read with a default. It unmarshals with DiscardUnknown off: a request
 * field the API does not define is a 400, so request bodies are built from these types only.
 */

export type RuntimeState =
  | 'RUNTIME_STATE_UNSPECIFIED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'SKIPPED'
  | 'FAILED'
  | 'CANCELING'
  | 'CANCELED'
  | 'PAUSED';

/** A task's state in the task API (not released yet): no PENDING or CANCELED, and CACHED. */
export type TaskApiState = 'RUNTIME_STATE_UNSPECIFIED' | 'RUNNING' | 'SUCCEEDED' | 'SKIPPED' | 'FAILED' | 'CACHED';

/** google.rpc.Status: what the gRPC gateway answers on an error, and `error` fields in objects. */
export interface RpcStatus {
  code?: number;
  message?: string;
  details?: Array<{ '@type'?: string; [key: string]: unknown }>;
}

/** `GET /apis/v2beta1/healthz`: hand-written JSON, so multi_user is always there. */
export interface Healthz {
  commit_sha?: string;
  tag_name?: string;
  multi_user?: boolean;
  pipeline_store?: string;
}

export interface Experiment {
  experiment_id?: string;
  display_name?: string;
  description?: string;
  created_at?: string;
  namespace?: string;
  storage_state?: 'STORAGE_STATE_UNSPECIFIED' | 'AVAILABLE' | 'ARCHIVED';
  last_run_created_at?: string;
}

export interface ListExperimentsResponse {
  experiments?: Experiment[];
  total_size?: number;
  next_page_token?: string;
}

export interface Pipeline {
  pipeline_id?: string;
  /** Since KFP 2.14 (before, display_name was the one name). */
  name?: string;
  display_name?: string;
  description?: string;
  created_at?: string;
  namespace?: string;
  error?: RpcStatus;
}

export interface ListPipelinesResponse {
  pipelines?: Pipeline[];
  total_size?: number;
  next_page_token?: string;
}

export interface PipelineVersion {
  pipeline_id?: string;
  pipeline_version_id?: string;
  name?: string;
  display_name?: string;
  description?: string;
  created_at?: string;
  pipeline_spec?: Record<string, unknown>;
  error?: RpcStatus;
}

export interface ListPipelineVersionsResponse {
  pipeline_versions?: PipelineVersion[];
  total_size?: number;
  next_page_token?: string;
}

export interface RuntimeStatus {
  update_time?: string;
  state?: RuntimeState;
  error?: RpcStatus;
}

/**
 * A task of a released KFP run (`run_details.task_details`): one Argo workflow node each, the
 * workflow root, `root`, the `*-driver` pods and the `executor` pods included. Unset times are
 * the epoch (`1970-01-01T00:00:00Z`), not absent.
 */
export interface PipelineTaskDetail {
  run_id?: string;
  task_id?: string;
  display_name?: string;
  create_time?: string;
  start_time?: string;
  end_time?: string;
  state?: RuntimeState;
  execution_id?: string;
  error?: RpcStatus;
  parent_task_id?: string;
  state_history?: RuntimeStatus[];
  pod_name?: string;
  child_tasks?: Array<{ task_id?: string; pod_name?: string }>;
}

export interface RunDetails {
  pipeline_context_id?: string;
  pipeline_run_context_id?: string;
  task_details?: PipelineTaskDetail[];
}

export type ArtifactType =
  | 'TYPE_UNSPECIFIED'
  | 'Artifact'
  | 'Model'
  | 'Dataset'
  | 'HTML'
  | 'Markdown'
  | 'Metric'
  | 'ClassificationMetric'
  | 'SlicedClassificationMetric';

/** An artifact in the task API; a Metric is one key (name) and its number_value. */
export interface TaskArtifact {
  artifact_id?: string;
  name?: string;
  type?: ArtifactType;
  uri?: string;
  metadata?: Record<string, unknown>;
  number_value?: number;
  created_at?: string;
  namespace?: string;
}

export interface TaskIoArtifact {
  artifacts?: TaskArtifact[];
  type?: string;
  artifact_key?: string;
  producer?: { task_name?: string; iteration?: string };
}

/**
 * A task in the task API (`Run.tasks`, only with `?view=FULL`; not in a KFP release yet, see
 * kubeflow/pipelines' mlmd-removal work): typed (ROOT, RUNTIME, DAG…) instead of Argo nodes.
 */
export interface PipelineTask {
  name?: string;
  display_name?: string;
  task_id?: string;
  run_id?: string;
  pods?: Array<{ name?: string; uid?: string; type?: 'UNSPECIFIED' | 'DRIVER' | 'EXECUTOR' }>;
  create_time?: string;
  end_time?: string;
  state?: TaskApiState;
  status_metadata?: { message?: string };
  state_history?: Array<{ update_time?: string; state?: TaskApiState; error?: RpcStatus }>;
  type?: 'TASK_TYPE_UNSPECIFIED' | 'ROOT' | 'RUNTIME' | 'CONDITION_BRANCH' | 'CONDITION' | 'LOOP' | 'EXIT_HANDLER' | 'IMPORTER' | 'DAG';
  parent_task_id?: string;
  outputs?: { parameters?: unknown[]; artifacts?: TaskIoArtifact[] };
  scope_path?: string;
}

export interface PipelineVersionReference {
  pipeline_id?: string;
  pipeline_version_id?: string;
}

export interface RuntimeConfig {
  parameters?: Record<string, unknown>;
  pipeline_root?: string;
}

export interface Run {
  experiment_id?: string;
  run_id?: string;
  display_name?: string;
  storage_state?: string;
  description?: string;
  pipeline_version_id?: string;
  pipeline_spec?: Record<string, unknown>;
  pipeline_version_reference?: PipelineVersionReference;
  runtime_config?: RuntimeConfig;
  service_account?: string;
  created_at?: string;
  scheduled_at?: string;
  /** The epoch until the run finishes: never a sign of completion. */
  finished_at?: string;
  state?: RuntimeState;
  error?: RpcStatus;
  run_details?: RunDetails;
  recurring_run_id?: string;
  state_history?: RuntimeStatus[];
  /** The task API, with `?view=FULL`. */
  tasks?: PipelineTask[];
  task_count?: number;
}

/** The body of `POST /apis/v2beta1/runs`: only fields the API defines (others are a 400). */
export interface CreateRunBody {
  display_name: string;
  description?: string;
  experiment_id?: string;
  pipeline_spec?: Record<string, unknown>;
  pipeline_version_reference?: PipelineVersionReference;
  runtime_config: RuntimeConfig;
}

export interface CreateExperimentBody {
  display_name: string;
  description?: string;
  namespace?: string;
}

export const TERMINAL_STATES: readonly RuntimeState[] = ['SUCCEEDED', 'SKIPPED', 'FAILED', 'CANCELED'];
