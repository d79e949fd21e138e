/**
 * docker/metadata-action's outputs, as the run names them (image-version, image-labels,
 * image-annotations, image-json) and as `mlops image meta --json` prints them.
 */
import type { MetaResult } from './meta/index.js';

/** docker/metadata-action's outputs under the image- prefix: version, labels and annotations one per line, and its json. */
export function metaOutputs(meta: MetaResult): Record<string, string> {
  return {
    'image-version': meta.version,
    'image-labels': meta.labelLines.join('\n'),
    'image-annotations': meta.annotations.join('\n'),
    'image-json': JSON.stringify(metaJson(meta)),
  };
}

/** metadata-action's `json` output: tags, labels as a map, annotations. */
export function metaJson(meta: MetaResult): { tags: string[]; labels: Record<string, string>; annotations: string[] } {
  return { tags: meta.tags, labels: meta.labels, annotations: meta.annotations };
}
