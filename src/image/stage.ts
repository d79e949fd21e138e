/**
 * The image stage of a run: tags and labels the way docker/metadata-action computes them, the
 * model's labels on top, then build and push (see build-push.ts). Runs only when an image is
 * configured, and never for a model whose training or gates failed.
 */
import type { Logger } from '../logger.js';
import type { MetricRow } from '../metrics/compare.js';
import { buildAndPush, type ImageResult } from './build-push.js';
import type { Docker } from './docker.js';
import { computeMeta, type MetaEventContext, type MetaResult } from './meta/index.js';
import { modelLabels } from './model-labels.js';
import { planPushes } from './push-order.js';
import type { BuildSecret } from './secrets.js';

export interface ImageOptions {
  /** metadata-action `images:` lines. */
  images: string[];
  tags: string[];
  flavor: string[];
  labels: string[];
  context: string;
  dockerfile?: string;
  push: boolean;
  buildArgs: string[];
  registry?: string;
  username?: string;
  /** build-push-action's basics: the Dockerfile stage, platforms (buildx), cache sources and exports. */
  target?: string;
  platforms: string[];
  cacheFrom: string[];
  cacheTo: string[];
  /** BuildKit secrets (image-secrets, image-secret-files, image-secret-envs); a value is masked by the front end that read it. */
  secrets: BuildSecret[];
}

export interface ImageStageInput {
  options: ImageOptions;
  meta: MetaEventContext;
  now: Date;
  metrics: readonly MetricRow[];
  params: readonly MetricRow[];
  gatesPassed: boolean | undefined;
  /** Registry password: a secret, so never part of the options. */
  password?: string;
  docker: Docker;
  logger: Logger;
}

export type ImageStageResult =
  | (ImageResult & { meta: MetaResult })
  /** The build facts could not be had (no commit, say): nothing was built or pushed. */
  | { kind: 'failed'; stage: 'build'; reason: string; pushed: []; notPushed: [] }
  | { kind: 'skipped'; reason: string };

/** Tags and labels, without building: `mlops image meta`. */
export function imageMeta(input: Pick<ImageStageInput, 'options' | 'meta' | 'now' | 'metrics' | 'params' | 'gatesPassed'>): MetaResult {
  const meta = computeMeta({ images: input.options.images, tags: input.options.tags, flavor: input.options.flavor, labels: input.options.labels, context: input.meta, now: input.now });
  // The user's own `labels:` lines win over the model labels, as they win over the OCI ones.
  const userKeys = new Set(input.options.labels.map((line) => line.split('=')[0]!.trim()));
  const model = Object.entries(modelLabels(input)).filter(([key]) => !userKeys.has(key));
  const labels = { ...meta.labels, ...Object.fromEntries(model) };
  const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...meta, labels: sorted, labelLines: Object.entries(sorted).map(([key, value]) => `${key}=${value}`) };
}

/**
 * Moving tags are only pushed after an immutable one (push-order.ts), which is `sha-<commit>`
 * when the rules give none; with no commit there is none to add, so the stage refuses rather
 * than tagging `:sha-`.
 */
function movingWithoutAnchor(tags: readonly string[]): string[] {
  return planPushes(tags, '').repositories.filter((repository) => repository.addedAnchor).flatMap((repository) => repository.moving);
}

export async function runImageStage(input: ImageStageInput): Promise<ImageStageResult> {
  const meta = imageMeta(input);
  for (const warning of meta.warnings) input.logger.warning(warning);
  if (meta.tags.length === 0) return { kind: 'skipped', reason: 'the tag rules gave no tag for this event' };
  const unanchored = input.meta.sha ? [] : movingWithoutAnchor(meta.tags);
  if (unanchored.length > 0) {
    return { kind: 'skipped', reason: `there is no commit, so no sha-<commit> tag can be pushed before the moving tags ${unanchored.join(', ')} (add an immutable tag, e.g. type=raw,value=1.0.0, or build from a commit)` };
  }
  const { options } = input;
  if (options.push && options.username && !input.password) {
    return { kind: 'skipped', reason: `registry-username is ${options.username} but the password is empty (a pull request from a fork gets no secrets); nothing was pushed` };
  }
  const result = await buildAndPush({
    context: options.context,
    dockerfile: options.dockerfile,
    references: meta.tags,
    labels: meta.labels,
    buildArgs: options.buildArgs,
    build: { target: options.target, platforms: options.platforms, cacheFrom: options.cacheFrom, cacheTo: options.cacheTo },
    secrets: options.secrets,
    push: options.push,
    login: options.username && input.password ? { server: options.registry ?? '', username: options.username, password: input.password } : undefined,
    shortSha: input.meta.sha.slice(0, 7),
    docker: input.docker,
    logger: input.logger,
  });
  return { ...result, meta };
}
