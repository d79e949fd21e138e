/**
 * The messages of MLflow's REST API 2.0 that this project uses, as the tracking server writes them
 * (mlflow/protos/service.proto, model_registry.proto; JSON with the proto field names, int64 as
 * numbers, enums by name, unset fields left out).
 */

export type RunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED';
export type ModelVersionStatus = 'PENDING_REGISTRATION' | 'FAILED_REGISTRATION' | 'READY';

export interface KeyValue {
  key: string;
  value: string;
}

export interface Experiment {
  experiment_id: string;
  name: string;
  artifact_location?: string;
  lifecycle_stage?: string;
  last_update_time?: number;
  creation_time?: number;
  tags?: KeyValue[];
}

export interface Metric {
  key: string;
  /** protobuf's JSON writes NaN and ±Infinity as strings. */
  value: number | string;
  timestamp: number;
  step?: number;
}

export interface RunInfo {
  run_id: string;
  run_uuid?: string;
  run_name?: string;
  experiment_id: string;
  user_id?: string;
  status: RunStatus;
  start_time?: number;
  end_time?: number;
  artifact_uri?: string;
  lifecycle_stage?: string;
}

export interface RunData {
  metrics?: Metric[];
  params?: KeyValue[];
  tags?: KeyValue[];
}

export interface Run {
  info: RunInfo;
  data?: RunData;
}

export interface SearchRunsRequest {
  experiment_ids: string[];
  filter?: string;
  run_view_type?: 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL';
  max_results?: number;
  order_by?: string[];
  page_token?: string;
}

export interface SearchRunsResponse {
  runs?: Run[];
  next_page_token?: string;
}

export interface MetricHistoryResponse {
  metrics?: Metric[];
  next_page_token?: string;
}

export interface RegisteredModelAlias {
  alias: string;
  version: string;
}

export interface RegisteredModel {
  name: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  description?: string;
  tags?: KeyValue[];
  aliases?: RegisteredModelAlias[];
}

export interface ModelVersion {
  name: string;
  version: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  current_stage?: string;
  description?: string;
  source?: string;
  run_id?: string;
  status?: ModelVersionStatus;
  status_message?: string;
  tags?: KeyValue[];
  run_link?: string;
  aliases?: string[];
}
