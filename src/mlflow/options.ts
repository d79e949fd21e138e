/**
 * The MLflow options, parsed from raw option text the way kfpOptions parses the KFP ones: pure,
 * the environment passed in, and every bad value an OptionError naming its key. Credentials are
 * not options: they come from MLflow's own variables (credentials.ts).
 */
import { OptionError } from '../errors.js';
import { singleValue } from '../option-value.js';

export const MLFLOW_RAW_KEYS = ['mlflow-tracking-uri', 'mlflow-experiment', 'mlflow-model', 'mlflow-alias', 'mlflow-model-path'] as const;
export type MlflowRawKey = (typeof MLFLOW_RAW_KEYS)[number];
export type MlflowRawOptions = Partial<Record<MlflowRawKey, string | readonly string[] | undefined>>;

export interface MlflowOptions {
  /** The tracking server's base URL, without a trailing slash: API paths are `<uri>/api/2.0/mlflow/…`. */
  trackingUri: string;
  /** Experiment name, created when missing. */
  experiment: string;
  /** Registered model name; unset: no registry part. */
  model?: string;
  /** The alias moved when a model ships. */
  alias: string;
  /** Artifact path of the logged model inside the run. */
  modelPath: string;
}

export const DEFAULT_MLFLOW_ALIAS = 'champion';
export const DEFAULT_MLFLOW_MODEL_PATH = 'model';

const one = (key: MlflowRawKey, value: string | readonly string[] | undefined): string | undefined => singleValue(key, value);

/** An http(s) base URL without credentials, query or fragment; the trailing slash dropped. `from` says where it came from. */
export function parseTrackingUri(text: string, from: string): string {
  const hint = 'Give the tracking server URL, e.g. https://mlflow.example.com (credentials go in MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD or MLFLOW_TRACKING_TOKEN).';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new OptionError('mlflow-tracking-uri', `${from} '${text}' is not a URL.`, hint);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // file:, sqlite:, databricks: work for MLflow's Python client, not over REST from here.
    throw new OptionError('mlflow-tracking-uri', `${from} '${url.protocol}…' is not an http or https URL: only a tracking server's REST API can be used.`, hint);
  }
  if (url.username || url.password) {
    throw new OptionError('mlflow-tracking-uri', `${from} must not carry credentials: set MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (or MLFLOW_TRACKING_TOKEN) from secrets.`);
  }
  if (url.search || url.hash) throw new OptionError('mlflow-tracking-uri', `${from} '${text}' has a query or fragment: give the base URL only.`, hint);
  if (/\/api\/2\.0(\/|$)/.test(url.pathname)) throw new OptionError('mlflow-tracking-uri', `${from} '${text}' includes the API path: give the base URL, without /api/2.0/mlflow.`);
  return url.toString().replace(/\/+$/, '');
}

/**
 * MLflow's rules for an alias (mlflow/utils/validation.py): alphanumerics, `_` and `-`; not
 * `latest` (reserved for the newest version) and not `v<digits>` (read as a version).
 */
export function validateAlias(alias: string): string {
  if (!/^[\w-]+$/.test(alias)) throw new OptionError('mlflow-alias', `'${alias}' is not an alias: names may only contain alphanumerics, underscores (_) and dashes (-).`);
  if (alias.length > 255) throw new OptionError('mlflow-alias', `is ${alias.length} characters long; MLflow allows 255.`);
  if (alias.toLowerCase() === 'latest') throw new OptionError('mlflow-alias', "'latest' is reserved by MLflow for the newest version.", 'Use e.g. champion or production.');
  if (/^[vV]\d+$/.test(alias)) throw new OptionError('mlflow-alias', `'${alias}' would read as a version number in models:/<model>@${alias}.`, 'Use e.g. champion or production.');
  return alias;
}

/**
 * The MLflow options, or undefined when mlflow-experiment is not set (no MLflow). Another mlflow-*
 * key without it is an error: it would do nothing. The tracking URI falls back to
 * MLFLOW_TRACKING_URI of the given environment.
 */
export function mlflowOptions(raw: MlflowRawOptions, env: Readonly<Record<string, string | undefined>>): MlflowOptions | undefined {
  const experiment = one('mlflow-experiment', raw['mlflow-experiment']);
  if (experiment === undefined) {
    const stray = MLFLOW_RAW_KEYS.find((key) => key !== 'mlflow-experiment' && one(key, raw[key]) !== undefined);
    if (stray) {
      throw new OptionError(stray, 'set, but mlflow-experiment is not: nothing would be tracked in MLflow.', 'Set mlflow-experiment to the experiment name (it is created when missing).');
    }
    return undefined;
  }
  const fromOption = one('mlflow-tracking-uri', raw['mlflow-tracking-uri']);
  const fromEnv = env.MLFLOW_TRACKING_URI?.trim() || undefined;
  const uriText = fromOption ?? fromEnv;
  if (uriText === undefined) {
    throw new OptionError('mlflow-tracking-uri', 'is required with mlflow-experiment (or MLFLOW_TRACKING_URI in the environment).', 'Give the tracking server URL, e.g. https://mlflow.example.com.');
  }
  const model = one('mlflow-model', raw['mlflow-model']);
  if (model !== undefined && model.includes('/')) {
    // The registry's model URIs (models:/<name>@<alias>) cannot name one with a slash.
    throw new OptionError('mlflow-model', `'${model}' contains '/': a registered model name cannot.`);
  }
  const modelPath = (one('mlflow-model-path', raw['mlflow-model-path']) ?? DEFAULT_MLFLOW_MODEL_PATH).replace(/^\/+|\/+$/g, '');
  if (modelPath === '' || modelPath.split('/').some((part) => part === '..' || part === '.')) {
    throw new OptionError('mlflow-model-path', `'${raw['mlflow-model-path']}' is not an artifact path inside the run (e.g. model).`);
  }
  return {
    trackingUri: parseTrackingUri(uriText, fromOption !== undefined ? 'the URL' : 'MLFLOW_TRACKING_URI'),
    experiment,
    model,
    alias: validateAlias(one('mlflow-alias', raw['mlflow-alias']) ?? DEFAULT_MLFLOW_ALIAS),
    modelPath,
  };
}
