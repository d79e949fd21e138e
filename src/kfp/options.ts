/**
 * The Kubeflow Pipelines options of the train stage, parsed from raw option text the way
 * buildRunOptions parses the others: pure, and every bad value an OptionError naming its key.
 * The token is not one of them: it is a secret (kfp-token through the platform's secrets,
 * else KFP_TOKEN in the environment), and kfp-token-file names the file it is read from.
 */
import { OptionError } from '../errors.js';
import { singleValue } from '../option-value.js';

export const KFP_RAW_KEYS = [
  'kfp-host', 'kfp-pipeline', 'kfp-pipeline-name', 'kfp-experiment', 'kfp-namespace', 'kfp-params', 'kfp-timeout', 'kfp-token-file',
] as const;
export type KfpRawKey = (typeof KFP_RAW_KEYS)[number];
export type KfpRawOptions = Partial<Record<KfpRawKey, string | readonly string[] | undefined>>;

/** One `name=value` line of kfp-params, as written (typed later against the pipeline's IR). */
export interface KfpParam {
  name: string;
  text: string;
}

export interface KfpOptions {
  /** The KFP API base URL without a trailing slash: API paths are `<host>/apis/v2beta1/…`. */
  host: string;
  /** The compiled pipeline (IR YAML or JSON), relative to the working directory. */
  pipeline: string;
  /** Name the pipeline is registered under; default: the IR's pipelineInfo.name. */
  pipelineName?: string;
  /** Experiment display name, created when missing. */
  experiment: string;
  /** The Kubeflow profile namespace; required by a multi-user server, ignored by a single-user one. */
  namespace?: string;
  params: KfpParam[];
  /** Seconds the run may take before it is terminated. */
  timeoutSeconds: number;
  /** A file holding the bearer token, relative to the working directory, re-read before every request. */
  tokenFile?: string;
}

export const DEFAULT_KFP_EXPERIMENT = 'mlops-action';
export const DEFAULT_KFP_TIMEOUT_SECONDS = 3600;
export const PIPELINE_FILE_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

const one = (key: KfpRawKey, value: string | readonly string[] | undefined): string | undefined => singleValue(key, value);

/** `https://host/pipeline` → itself without a trailing slash; anything that is not an http(s) base URL is an error. */
export function parseKfpHost(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new OptionError('kfp-host', `'${text}' is not a URL.`, 'Give the KFP API base URL, e.g. https://kubeflow.example.com/pipeline.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OptionError('kfp-host', `'${text}' is not an http or https URL.`, 'Give the KFP API base URL, e.g. https://kubeflow.example.com/pipeline.');
  }
  if (url.username || url.password) throw new OptionError('kfp-host', 'must not carry credentials: give the token as kfp-token (a secret).');
  if (url.search || url.hash) throw new OptionError('kfp-host', `'${text}' has a query or fragment: give the base URL only.`);
  if (/\/apis(\/|$)/.test(url.pathname)) {
    throw new OptionError('kfp-host', `'${text}' includes the API path: give the base URL, without /apis/v2beta1.`);
  }
  return url.toString().replace(/\/+$/, '');
}

/** kfp-params lines (`name=value`); the value is kept as written, its type comes from the IR. */
export function parseKfpParams(value: string | readonly string[] | undefined): KfpParam[] {
  if (value === undefined) return [];
  const lines = (typeof value === 'string' ? value.split('\n') : value.flatMap((item) => item.split('\n'))).map((line) => line.trim()).filter(Boolean);
  const params: KfpParam[] = [];
  for (const line of lines) {
    const equals = line.indexOf('=');
    const name = equals < 0 ? line : line.slice(0, equals).trim();
    if (equals < 0 || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      throw new OptionError('kfp-params', `'${line}' is not name=value.`, 'One pipeline parameter per line, e.g. n_estimators=100.');
    }
    if (params.some((param) => param.name === name)) throw new OptionError('kfp-params', `${name} is given twice.`);
    params.push({ name, text: line.slice(equals + 1).trim() });
  }
  return params;
}

function parseTimeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_KFP_TIMEOUT_SECONDS;
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(seconds) || seconds <= 0) {
    throw new OptionError('kfp-timeout', `'${text}' is not a positive number of seconds.`);
  }
  return seconds;
}

/**
 * The KFP options, or undefined when kfp-host is not set (the train stage then runs
 * train-command alone). Another kfp-* key without kfp-host is an error: it would do nothing.
 */
export function kfpOptions(raw: KfpRawOptions): KfpOptions | undefined {
  const hostText = one('kfp-host', raw['kfp-host']);
  if (hostText === undefined) {
    const stray = KFP_RAW_KEYS.find((key) => key !== 'kfp-host' && (key === 'kfp-params' ? parseKfpParams(raw[key]).length > 0 : one(key, raw[key]) !== undefined));
    if (stray) throw new OptionError(stray, 'set, but kfp-host is not: nothing would run on Kubeflow Pipelines.', 'Set kfp-host to the KFP API base URL, e.g. https://kubeflow.example.com/pipeline.');
    return undefined;
  }
  const host = parseKfpHost(hostText);
  const pipeline = one('kfp-pipeline', raw['kfp-pipeline']);
  if (!pipeline) {
    throw new OptionError('kfp-pipeline', 'is required with kfp-host: the compiled pipeline (the IR YAML or JSON kfp.compiler writes).', 'e.g. kfp-pipeline: pipeline.yaml, with train-command: python pipeline.py to compile it first.');
  }
  if (!PIPELINE_FILE_EXTENSIONS.some((extension) => pipeline.toLowerCase().endsWith(extension))) {
    throw new OptionError('kfp-pipeline', `'${pipeline}' is not a .yaml, .yml or .json file: give the IR kfp.compiler writes (not a .tar.gz or .zip package).`);
  }
  return {
    host,
    pipeline,
    pipelineName: one('kfp-pipeline-name', raw['kfp-pipeline-name']),
    experiment: one('kfp-experiment', raw['kfp-experiment']) ?? DEFAULT_KFP_EXPERIMENT,
    namespace: one('kfp-namespace', raw['kfp-namespace']),
    params: parseKfpParams(raw['kfp-params']),
    timeoutSeconds: parseTimeout(one('kfp-timeout', raw['kfp-timeout'])),
    tokenFile: one('kfp-token-file', raw['kfp-token-file']),
  };
}
