/**
 * The org.opencontainers.image.* labels metadata-action sets (title, description, url, source,
 * version, created, revision, licenses), with the user's `labels:` lines on top: expressions
 * rendered, a later key replacing an earlier one, lines without `=` dropped, sorted by key.
 */
import type { MetaEventContext } from './context.js';
import { render } from './expressions.js';

export interface LabelFacts {
  context: MetaEventContext;
  /** The version output ('' when there is none). */
  version: string;
  /** The run's clock: `created`. */
  now: Date;
}

/** The OCI labels the action computes, as `key=value` lines. */
export function ociLabels({ context, version, now }: LabelFacts): string[] {
  const repo = context.repository ?? {};
  return [
    `org.opencontainers.image.title=${repo.name || ''}`,
    `org.opencontainers.image.description=${repo.description || ''}`,
    `org.opencontainers.image.url=${repo.htmlUrl || ''}`,
    // the action points source at the web page too, not the clone URL
    `org.opencontainers.image.source=${repo.htmlUrl || ''}`,
    `org.opencontainers.image.version=${version}`,
    `org.opencontainers.image.created=${now.toISOString()}`,
    `org.opencontainers.image.revision=${context.sha || ''}`,
    `org.opencontainers.image.licenses=${repo.license || ''}`,
  ];
}

/**
 * `computed` then `extra` (each rendered with `expressions`) merged into sorted `key=value`
 * lines. The key is everything before the first `=`; an empty value is kept (`foo=`).
 */
export function mergeLabels(computed: readonly string[], extra: readonly string[], expressions: Record<string, unknown>): string[] {
  const merged = new Map<string, string>();
  for (const line of [...computed, ...extra.map((label) => render(label, expressions, 'labels'))]) {
    const [key, ...values] = line.split('=');
    if (values.length > 0) merged.set(key!, values.join('='));
  }
  return [...merged].sort((a, b) => a[0].localeCompare(b[0])).map(([key, value]) => `${key}=${value}`);
}

/** `key=value` lines as an object, splitting at the first `=` (the action's JSON output). */
export function labelRecord(lines: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const line of lines) {
    const match = /([^=]*)=(.*)/.exec(line);
    if (match) record[match[1]!] = match[2]!;
  }
  return record;
}
