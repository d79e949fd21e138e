/**
 * One typed, validated option set for a run, whichever front end it came from: action inputs,
 * CLI flags or the project's `mlops.yaml`. Reading a value (front end) is kept apart from parsing
 * it (here, pure functions), and every bad value is a usage error naming the option.
 */
import { CONFIG_FILE } from './config-name.js';
import { OptionError, UsageError } from './errors.js';
import { LAST_ROW, parseRowSelector, type RowSelector } from './metrics/csv.js';
import { parseDirections, type Direction } from './metrics/direction.js';
import { parseGates, type Gate } from './metrics/gates.js';
import { parseStructured, UnreadableFileError } from './metrics/parse.js';
import { isPlainObject, type Value } from './metrics/value.js';
import { COMMENT_MODES, type CommentMode } from './publish.js';
import type { ImageOptions } from './image/stage.js';
import { parseBuildSecrets } from './image/secrets.js';
import { baselineRef } from './baseline.js';
import { IMAGES_MODES, type ImagesMode } from './report/images.js';
import { singleValue } from './option-value.js';
import { KFP_RAW_KEYS, kfpOptions, type KfpOptions } from './kfp/options.js';
import { MLFLOW_RAW_KEYS, mlflowOptions, type MlflowOptions } from './mlflow/options.js';

export const EVENTS = ['pr', 'push', 'schedule', 'manual'] as const;
export type EventName = (typeof EVENTS)[number];
export const CHARTS = ['mermaid', 'quickchart', 'none'] as const;
export type ChartKind = (typeof CHARTS)[number];

export interface RunOptions {
  workingDirectory: string;
  event: EventName;
  /** A string runs through the shell; an array as argv. Absent: no training, metrics as they are. */
  trainCommand?: string | readonly string[];
  trainTimeout?: number;
  /** The revision to compare against. */
  baseRef: string;
  /** The revision compared: `workspace` (after training) unless a report is made for a commit. */
  headRef: string;
  metrics: string[];
  params: string[];
  csvRow: RowSelector;
  gates: Gate[];
  directions: Map<string, Direction>;
  /** The metric named in the verdict line; default: the first gated metric, else the first metric. */
  headline?: string;
  charts: ChartKind;
  reportPath: string;
  reportId: string;
  precision: number;
  /** Where the report is posted: `auto` (the PR), `always` (also the commit, with no PR), `never`. */
  comment: CommentMode;
  /** The serving image, when `image` is set. */
  image?: ImageOptions;
  /** The KServe rollout, when `kserve-name` is set. */
  kserve?: KserveOptions;
  /** Where the production baseline is recorded (on a shipped push) and read (on schedule). */
  baselineRef: string;
  /** Remote the baseline ref is pushed to and fetched from (default origin; a clone without it keeps it local). */
  baselineRemote: string;
  /** On schedule: `report` only, or `promote` (image and rollout) when the headline improved. */
  onImprovement: 'report' | 'promote';
  /** Relative improvement of the headline metric needed to promote a nightly model, in %. */
  improvementMargin: number;
  /**
   * Images made during CI (not committed): `branch` commits them to the append-only mlops-assets
   * branch and links them by sha, `link` points at the run, `none` leaves them out; `auto` is
   * branch when the token may write contents, else link.
   */
  images: ImagesMode;
  /** Training as a Kubeflow Pipelines run, when `kfp-host` is set. */
  kfp?: KfpOptions;
  /** MLflow tracking (and the registry, with mlflow-model), when `mlflow-experiment` is set. */
  mlflow?: MlflowOptions;
  /** Noise-aware verdicts, when the project declares its evaluation predictions (`predictions`). */
  noise?: NoiseOptions;
  /** `run` (train, compare, report, …) or `publish-from-artifact` (post a fork PR's report from its artifact). */
  mode: RunMode;
}

export const RUN_MODES = ['run', 'publish-from-artifact'] as const;
export type RunMode = (typeof RUN_MODES)[number];

export interface KserveOptions {
  name: string;
  namespace: string;
  modelFormat?: string;
  storageUri?: string;
  runtime?: string;
  protocol: 'v1' | 'v2';
  canaryPercent: number;
  /** A request file, relative to the working directory. */
  smokeTest?: string;
  timeoutSeconds: number;
  /** An image to serve that this run did not build (a custom container); it wins over a pushed one. */
  servingImage?: string;
  minReplicas?: number;
  maxReplicas?: number;
  /** `cpu=1,memory=2Gi` or `requests.cpu=…,limits.memory=…`. */
  resources?: string;
  /** The model's name in the predict URL (default: the InferenceService name). */
  modelName?: string;
  /** `NAME=value` lines: the serving container's environment. */
  env: string[];
  /** A canary analysis file (YAML, relative to the working directory): Prometheus decides after the smoke test. */
  canaryAnalysis?: string;
}

/** Raw option values as text (or lists of text), keyed by their action input / flag name. */
export type RawOptions = Partial<Record<RawKey, string | readonly string[] | undefined>>;
export const RAW_KEYS = [
  'working-directory', 'event', 'train-command', 'train-timeout', 'base-ref', 'head-ref', 'metrics', 'params', 'csv-row',
  'gates', 'direction', 'headline', 'charts', 'report-path', 'report-id', 'precision', 'comment',
  'image', 'image-tags', 'image-flavor', 'image-labels', 'dockerfile', 'context', 'push', 'registry', 'registry-username', 'build-args',
  'image-target', 'image-platforms', 'image-cache-from', 'image-cache-to', 'image-secrets', 'image-secret-files', 'image-secret-envs',
  'kserve-name', 'kserve-namespace', 'kserve-model-format', 'kserve-storage-uri', 'kserve-runtime', 'protocol', 'canary-percent', 'smoke-test', 'kserve-timeout',
  'serving-image', 'kserve-env', 'kserve-min-replicas', 'kserve-max-replicas', 'kserve-resources', 'kserve-model-name', 'canary-analysis',
  'baseline-ref', 'baseline-remote', 'on-improvement', 'improvement-margin', 'images', 'mode',
  ...KFP_RAW_KEYS,
  ...MLFLOW_RAW_KEYS,
  'predictions', 'bootstrap-samples', 'metric-definitions',
] as const;
export type RawKey = (typeof RAW_KEYS)[number];

/** Items from a multi-line or comma-separated input, as docker/actions-toolkit's getInputList does. */
export function parseList(value: string | readonly string[] | undefined, separators = /[\n,]/): string[] {
  if (value === undefined) return [];
  const lines = typeof value === 'string' ? value.split(separators) : value.flatMap((item) => item.split(separators));
  return lines.map((item) => item.trim()).filter(Boolean);
}

const single = singleValue;

export function parseChoice<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new OptionError(name, `'${value}' is not one of ${choices.join(', ')}.`);
}

export function parsePositiveNumber(name: string, value: string | undefined, { integer = false } = {}): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new OptionError(name, `'${value}' is not a positive ${integer ? 'whole ' : ''}number.`);
  }
  return number;
}

/** The whole option set from raw values. Later sources in `layers` win (defaults < mlops.yaml < inputs). */
export function buildRunOptions(...layers: RawOptions[]): RunOptions {
  return buildRunOptionsWith({}, ...layers);
}

/** As buildRunOptions, with the front end's environment for what falls back to it (MLFLOW_TRACKING_URI). */
export function buildRunOptionsWith(env: Readonly<Record<string, string | undefined>>, ...layers: RawOptions[]): RunOptions {
  const raw: RawOptions = Object.assign({}, ...layers.map((layer) => Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined))));
  const get = (key: RawKey): string | undefined => single(key, raw[key]);
  const train = raw['train-command'];
  return {
    workingDirectory: get('working-directory') ?? '.',
    event: parseChoice('event', get('event'), EVENTS, 'manual'),
    trainCommand: train === undefined || typeof train === 'string' ? (train?.trim() || undefined) : train.length > 0 ? train : undefined,
    trainTimeout: parsePositiveNumber('train-timeout', get('train-timeout')),
    baseRef: get('base-ref') ?? 'HEAD',
    headRef: get('head-ref') ?? 'workspace',
    metrics: parseList(raw.metrics),
    params: parseList(raw.params),
    csvRow: get('csv-row') === undefined ? LAST_ROW : parseRowSelector(get('csv-row')!),
    gates: parseGates(typeof raw.gates === 'string' ? [raw.gates] : (raw.gates ?? [])),
    directions: parseDirections(parseList(raw.direction)),
    headline: get('headline'),
    charts: parseChoice('charts', get('charts'), CHARTS, 'mermaid'),
    reportPath: get('report-path') ?? 'report.md',
    reportId: get('report-id') ?? 'default',
    precision: parsePositiveNumber('precision', get('precision'), { integer: true }) ?? 5,
    comment: parseChoice('comment', get('comment'), COMMENT_MODES, 'auto'),
    image: imageOptions(raw),
    kserve: kserveOptions(raw),
    baselineRef: get('baseline-ref') ?? baselineRef(get('report-id') ?? 'default'),
    // The baseline travels with the repository on every front end (none there: it stays local).
    baselineRemote: get('baseline-remote') ?? 'origin',
    onImprovement: parseChoice('on-improvement', get('on-improvement'), ['report', 'promote'] as const, 'report'),
    improvementMargin: parseMargin(get('improvement-margin')),
    images: parseChoice('images', get('images'), IMAGES_MODES, 'auto'),
    mode: parseChoice('mode', get('mode'), RUN_MODES, 'run'),
    kfp: kfpOptions(raw),
    mlflow: mlflowOptions(raw, env),
    noise: noiseOptions(raw),
  };
}

/** A replica count: a whole number, 0 allowed (scale to zero). */
function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new OptionError(name, `'${value}' is not a whole number of 0 or more.`);
  return Number(value);
}

function parseMargin(value: string | undefined): number {
  if (value === undefined) return 0;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  if (!match) throw new OptionError('improvement-margin', `'${value}' is not a percentage like 1%.`);
  return Number(match[1]);
}

function kserveOptions(raw: RawOptions): KserveOptions | undefined {
  const name = single('kserve-name', raw['kserve-name']);
  if (!name) return undefined;
  const canaryPercent = parsePositiveNumber('canary-percent', single('canary-percent', raw['canary-percent']), { integer: true }) ?? 10;
  if (canaryPercent > 100) throw new OptionError('canary-percent', `${canaryPercent} is over 100.`);
  return {
    name,
    namespace: single('kserve-namespace', raw['kserve-namespace']) ?? 'default',
    modelFormat: single('kserve-model-format', raw['kserve-model-format']),
    storageUri: single('kserve-storage-uri', raw['kserve-storage-uri']),
    runtime: single('kserve-runtime', raw['kserve-runtime']),
    protocol: parseChoice('protocol', single('protocol', raw.protocol), ['v1', 'v2'] as const, 'v1'),
    canaryPercent,
    smokeTest: single('smoke-test', raw['smoke-test']),
    timeoutSeconds: parsePositiveNumber('kserve-timeout', single('kserve-timeout', raw['kserve-timeout'])) ?? 600,
    servingImage: single('serving-image', raw['serving-image']),
    minReplicas: parseCount('kserve-min-replicas', single('kserve-min-replicas', raw['kserve-min-replicas'])),
    maxReplicas: parseCount('kserve-max-replicas', single('kserve-max-replicas', raw['kserve-max-replicas'])),
    resources: single('kserve-resources', raw['kserve-resources']),
    modelName: single('kserve-model-name', raw['kserve-model-name']),
    env: parseList(raw['kserve-env'], /\n/),
    canaryAnalysis: single('canary-analysis', raw['canary-analysis']),
  };
}

export interface NoiseOptions {
  /** The evaluation predictions file (CSV/TSV/JSON lines), relative to the working directory. */
  predictions: string;
  /** Bootstrap resamples (B). */
  samples: number;
  /** `name=metric[:average]` lines: which metric a key is, where its name does not say. */
  definitions: string[];
}

export const DEFAULT_BOOTSTRAP_SAMPLES = 1000;

function noiseOptions(raw: RawOptions): NoiseOptions | undefined {
  const predictions = single('predictions', raw.predictions);
  const samples = parsePositiveNumber('bootstrap-samples', single('bootstrap-samples', raw['bootstrap-samples']), { integer: true });
  const definitions = parseList(raw['metric-definitions'], /\n/);
  if (!predictions) {
    const stray = samples !== undefined ? 'bootstrap-samples' : definitions.length > 0 ? 'metric-definitions' : undefined;
    if (stray) throw new OptionError(stray, 'set, but predictions is not: there is nothing to bootstrap.', 'Set predictions to the evaluation predictions file (y_true, y_pred per example).');
    return undefined;
  }
  if (samples !== undefined && (samples < 100 || samples > 100_000)) throw new OptionError('bootstrap-samples', `${samples} is outside 100–100000.`, 'The default, 1000, gives stable 95% intervals.');
  return { predictions, samples: samples ?? DEFAULT_BOOTSTRAP_SAMPLES, definitions };
}

/** Lines only: metadata-action rules and build args carry commas of their own. */
const lines = (value: string | readonly string[] | undefined): string[] => parseList(value, /\n/);

/** An input's text as its lines, untrimmed and unsplit by commas (a list item is one entry). */
const textLines = (value: string | readonly string[] | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : [...value]);

export function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new OptionError(name, `'${value}' is not true or false.`);
}

function imageOptions(raw: RawOptions): ImageOptions | undefined {
  const images = lines(raw.image);
  if (images.length === 0) {
    const stray = (['image-tags', 'dockerfile', 'registry', 'registry-username', 'image-secrets', 'image-secret-files', 'image-secret-envs'] as const).find((key) => lines(raw[key]).length > 0);
    if (stray) throw new OptionError(stray, 'set, but image is not: nothing would be built.', 'Name the image repository, e.g. image: ghcr.io/acme/housing.');
    return undefined;
  }
  return {
    images,
    tags: lines(raw['image-tags']),
    flavor: lines(raw['image-flavor']),
    labels: lines(raw['image-labels']),
    context: single('context', raw.context) ?? '.',
    dockerfile: single('dockerfile', raw.dockerfile),
    push: parseBoolean('push', single('push', raw.push), true),
    buildArgs: lines(raw['build-args']),
    registry: single('registry', raw.registry),
    username: single('registry-username', raw['registry-username']),
    target: single('image-target', raw['image-target']),
    platforms: parseList(raw['image-platforms']),
    cacheFrom: lines(raw['image-cache-from']),
    cacheTo: lines(raw['image-cache-to']),
    // build-push-action's own list reading: a quoted value may span lines, so not split here
    secrets: parseBuildSecrets({ values: textLines(raw['image-secrets']), files: textLines(raw['image-secret-files']), envs: textLines(raw['image-secret-envs']) }),
  };
}

export { CONFIG_FILE };

function configValue(key: string, value: Value, file: string): string | string[] {
  if (Array.isArray(value)) return value.map((item) => configScalar(key, item, file));
  if (isPlainObject(value)) {
    // `direction: {val_loss: lower}` reads naturally in YAML
    return Object.entries(value).map(([name, item]) => `${name}=${configScalar(key, item, file)}`);
  }
  return configScalar(key, value, file);
}

function configScalar(key: string, value: Value, file: string): string {
  if (value === null || typeof value === 'object') throw new UsageError(`${file}: '${key}' must be text, a number or a list of them.`);
  return String(value);
}

/** An options file that is not valid YAML is a usage error (exit 2), like an unknown option in it. */
function parseOptionsYaml(text: string, file: string): Value {
  try {
    return parseStructured(text, 'yaml', file);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Options from an options file's text (the project's mlops.yaml, or the file --config names, as
 * `file` says); unknown keys are errors so typos do not pass silently.
 */
export function parseConfigFile(text: string, file: string = CONFIG_FILE): RawOptions {
  const data = parseOptionsYaml(text, file);
  if (data === null) return {};
  if (!isPlainObject(data)) throw new UsageError(`${file}: expected a mapping of option names to values.`);
  const raw: RawOptions = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'kfp-token') throw new UsageError(`${file}: kfp-token is a secret and never goes in a file.`, 'Set KFP_TOKEN in the environment, the kfp-token input from a secret, or kfp-token-file.');
    if (key === 'image-secrets') throw new UsageError(`${file}: image-secrets holds secret values, which never go in a file.`, 'Name them instead: image-secret-envs (id=ENVNAME) or image-secret-files (id=path).');
    if (!(RAW_KEYS as readonly string[]).includes(key)) {
      throw new UsageError(`${file}: unknown option '${key}'.`, `Known options: ${RAW_KEYS.join(', ')}.`);
    }
    raw[key as RawKey] = configValue(key, value, file);
  }
  return raw;
}
