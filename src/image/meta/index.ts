/**
 * docker/metadata-action's tags and labels (with `context: workflow`) as a pure function, so
 * `tags:`/`flavor:`/`images:`/`labels:` blocks pasted from a workflow give the same result.
 * No I/O: the event facts and the clock come in, the outputs and the action's warnings go out.
 */
import { UsageError } from '../../errors.js';
import { readInput } from './csv.js';
import type { MetaEventContext } from './context.js';
import { globalExpressions, type ExpressionEnv } from './expressions.js';
import { parseFlavor } from './flavor.js';
import { parseImages } from './images.js';
import { labelRecord, mergeLabels, ociLabels } from './labels.js';
import { parseTagRules } from './rules.js';
import { computeVersion, isValidDockerTag, tagNames } from './tags.js';

export { eventContextFromGitHub, nullEventContext, type EventPayloadFacts, type GitHubEventFacts, type MetaEventContext } from './context.js';
export { parseFlavor, type Flavor } from './flavor.js';
export { parseImages, type ImageName } from './images.js';
export { DEFAULT_PRIORITIES, DEFAULT_TAG_RULES, parseTagRule, parseTagRules, type TagRule, type TagType } from './rules.js';
export { sanitizeTag } from './tags.js';

export interface MetaInput {
  /** `images:` lines: `ghcr.io/acme/app`, `name=docker.io/acme/app,enable=false`, … */
  images: string[];
  /** `tags:` lines as written (comments allowed); empty → schedule, ref branch/tag/pr. */
  tags: string[];
  /** `flavor:` lines: latest=auto|true|false, prefix=…[,onlatest=true], suffix=…[,onlatest=true]. */
  flavor: string[];
  /** `labels:` lines, `key=value`; they override the computed labels. */
  labels?: string[];
  /** `annotations:` lines, like labels (for the annotations output). */
  annotations?: string[];
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS, split at `,`; default ['manifest']. */
  annotationLevels?: string[];
  /** DOCKER_METADATA_SHORT_SHA_LENGTH; default 7. */
  shortShaLength?: number;
  context: MetaEventContext;
  /** The run's clock: `{{date}}` and the created label. */
  now: Date;
}

export interface MetaResult {
  /** The `version` output: the tag of the highest-priority rule that produced one ('' if none). */
  version: string;
  /** The `tags` output: every image's tags, image by image (`ghcr.io/acme/app:1.2.3`). */
  tags: string[];
  /** The `tag-names` output: the tags without an image (`1.2.3`, `latest`). */
  tagNames: string[];
  /** The enabled images, lower-cased (DOCKER_META_IMAGES), each with its tags. */
  images: Array<{ name: string; tags: string[] }>;
  /** Whether `latest` is among the tags. */
  latest: boolean;
  /** The `labels` output as key → value. */
  labels: Record<string, string>;
  /** The `labels` output as the action prints it: `key=value`, sorted by key. */
  labelLines: string[];
  /** The `annotations` output: `level:key=value` for each level. */
  annotations: string[];
  /** What the action would print as warnings (no version, a value that is not semver, …). */
  warnings: string[];
}

/** The version, tags, labels and annotations metadata-action would output for this event. */
export function computeMeta(input: MetaInput): MetaResult {
  const warnings: string[] = [];
  const shortShaLength = input.shortShaLength ?? 7;
  if (!Number.isFinite(shortShaLength)) throw new UsageError(`DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid number: ${shortShaLength}`);
  const env: ExpressionEnv = {
    context: input.context, now: input.now, commitDate: input.context.commitDate ?? input.now, shortShaLength, warn: (message) => warnings.push(message),
  };

  // parsed in the action's order, so the first error reported is the same
  const images = parseImages(input.images).filter((image) => image.enable).map((image) => image.name.toLowerCase());
  const rules = parseTagRules(input.tags);
  const flavor = parseFlavor(input.flavor);

  const version = computeVersion(rules, { ...env, flavor });
  const names = tagNames(version, flavor);
  const perImage = images.map((name) => ({ name, tags: names.map((tag) => (name ? `${name}:${tag}` : tag)) }));
  const tags = perImage.length > 0 ? perImage.flatMap((image) => image.tags) : names;

  if (!version.main) warnings.push('No Docker image version has been generated. Check tags input.');
  if (tags.length === 0) warnings.push('No Docker tag has been generated. Check tags input.');
  for (const name of names.filter((tag) => !isValidDockerTag(tag))) {
    // not the action's check: it passes such tags on and the push fails
    warnings.push(`'${name}' is not a valid Docker tag (1-128 of A-Z a-z 0-9 _ . -, not starting with . or -); the push will refuse it.`);
  }

  const expressions = globalExpressions(env);
  const computed = ociLabels({ context: input.context, version: version.main ?? '', now: input.now });
  const labelLines = mergeLabels(computed, readInput('labels', input.labels ?? []), expressions);
  const annotationLines = mergeLabels(computed, readInput('annotations', input.annotations ?? []), expressions);
  const levels = input.annotationLevels ?? ['manifest'];

  return {
    version: version.main ?? '',
    tags,
    tagNames: names,
    images: perImage,
    latest: version.main !== undefined && version.latest,
    labels: labelRecord(labelLines),
    labelLines,
    annotations: levels.flatMap((level) => annotationLines.map((line) => `${level}:${line}`)),
    warnings,
  };
}
