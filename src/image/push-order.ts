/**
 * The order tags are pushed in, so that nothing moves before something immutable is safely in
 * the registry: per repository, first one immutable tag (a `sha-…` tag or a full semver version),
 * whose push returns the digest; only then the moving ones (latest, branches, pr-N, major/minor).
 */

export interface PushPlan {
  /** image repository → its anchor tag reference (pushed first) and the moving references after it. */
  repositories: { repository: string; anchor: string; moving: string[]; addedAnchor: boolean }[];
}

const IMMUTABLE_TAG = /^(sha-[0-9a-f]{7,40}|v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?)$/;

/** `ghcr.io/acme/app:1.2.3` → [`ghcr.io/acme/app`, `1.2.3`] (a registry port is not a tag). */
export function splitReference(reference: string): [string, string] {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  if (colon <= slash) return [reference, 'latest'];
  return [reference.slice(0, colon), reference.slice(colon + 1)];
}

export function isImmutableTag(tag: string): boolean {
  return IMMUTABLE_TAG.test(tag);
}

/**
 * Plan the pushes. When a repository has only moving tags, `sha-<short>` is added as its anchor:
 * a moving tag must always follow a digest the registry already holds.
 */
export function planPushes(references: readonly string[], shortSha: string): PushPlan {
  const byRepository = new Map<string, string[]>();
  for (const reference of references) {
    const [repository, tag] = splitReference(reference);
    const tags = byRepository.get(repository) ?? [];
    if (!tags.includes(tag)) tags.push(tag);
    byRepository.set(repository, tags);
  }
  return {
    repositories: [...byRepository].map(([repository, tags]) => {
      const immutable = tags.find(isImmutableTag);
      const anchorTag = immutable ?? `sha-${shortSha}`;
      return {
        repository,
        anchor: `${repository}:${anchorTag}`,
        moving: tags.filter((tag) => tag !== anchorTag).map((tag) => `${repository}:${tag}`),
        addedAnchor: immutable === undefined,
      };
    }),
  };
}
