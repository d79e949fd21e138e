/**
 * MLflow credentials from MLflow's own variables, read from the environment the front end passes
 * in (never from the process), as MLflow's Python client reads them
 * (mlflow/utils/rest_utils.py): username + password → Basic, and they win over a token → Bearer.
 */

/** The environment, as the front end passes it. */
export type Env = Readonly<Record<string, string | undefined>>;

export interface MlflowAuth {
  /** `Authorization`, when credentials are set. */
  headers: Record<string, string>;
  /** Every credential value (and the Basic encoding), to mask and to scrub from any message. */
  secrets: string[];
  /** Said when the setting is ambiguous or incomplete; never carries a value. */
  warning?: string;
}

/** The variables, for messages that tell the user what to set. */
export const MLFLOW_CREDENTIAL_VARIABLES = 'MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD or MLFLOW_TRACKING_TOKEN';

export function mlflowAuth(env: Env): MlflowAuth {
  const username = env.MLFLOW_TRACKING_USERNAME || undefined;
  const password = env.MLFLOW_TRACKING_PASSWORD || undefined;
  const token = env.MLFLOW_TRACKING_TOKEN || undefined;
  const secrets = [password, token].filter((value): value is string => value !== undefined);
  if (username !== undefined && password !== undefined) {
    const encoded = Buffer.from(`${username}:${password}`).toString('base64');
    const warning = token !== undefined ? 'MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD and MLFLOW_TRACKING_TOKEN are all set: Basic authentication is used and the token is not (as in MLflow\'s client).' : undefined;
    return { headers: { Authorization: `Basic ${encoded}` }, secrets: [...secrets, encoded], ...(warning ? { warning } : {}) };
  }
  const half = username !== undefined ? 'MLFLOW_TRACKING_USERNAME is set without MLFLOW_TRACKING_PASSWORD' : password !== undefined ? 'MLFLOW_TRACKING_PASSWORD is set without MLFLOW_TRACKING_USERNAME' : undefined;
  if (token !== undefined) {
    return { headers: { Authorization: `Bearer ${token}` }, secrets, ...(half ? { warning: `${half}: MLFLOW_TRACKING_TOKEN is used.` } : {}) };
  }
  return { headers: {}, secrets, ...(half ? { warning: `${half}: no credentials are sent.` } : {}) };
}
