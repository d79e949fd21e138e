/**
 * The digest a push left in the registry, from where the engine records it: after `docker push`,
 * the image's RepoDigests hold `<repository>@sha256:…` for each repository it was pushed to
 * (the manifest digest the registry answered), on the classic store and the containerd one alike.
 * `docker push`'s progress text is for people and changes between versions; this is data.
 */
import { createHash } from 'node:crypto';
import type { Docker } from './docker.js';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * A repository as the engine writes it in RepoDigests: Docker Hub's familiar form
 * (`docker.io/library/x` → `x`, `docker.io/acme/x` → `acme/x`), every other registry as written.
 */
export function familiarRepository(repository: string): string {
  const hub = /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(.+)$/.exec(repository);
  if (!hub) return repository;
  return hub[1]!.startsWith('library/') && !hub[1]!.slice('library/'.length).includes('/') ? hub[1]!.slice('library/'.length) : hub[1]!;
}

/** The digests RepoDigests holds for exactly `repository` (no other repository of the same name prefix). */
export function digestsFor(repoDigestsJson: string, repository: string): string[] | undefined {
  let list: unknown;
  try {
    list = JSON.parse(repoDigestsJson.trim() || 'null');
  } catch {
    return undefined;
  }
  if (list === null) return [];
  if (!Array.isArray(list)) return undefined;
  const wanted = familiarRepository(repository);
  const digests: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const at = item.lastIndexOf('@');
    if (at < 0 || familiarRepository(item.slice(0, at)) !== wanted || !DIGEST.test(item.slice(at + 1))) continue;
    if (!digests.includes(item.slice(at + 1))) digests.push(item.slice(at + 1));
  }
  return digests;
}

/** RepoDigests of `reference` for `repository`, or why they could not be read. */
export async function repoDigests(docker: Docker, reference: string, repository: string): Promise<{ digests: string[] } | { error: string }> {
  const inspected = await docker.run(['image', 'inspect', '--format', '{{json .RepoDigests}}', reference]);
  if (inspected.code !== 0) return { error: `docker image inspect ${reference} failed: ${inspected.stderr.trim() || `exit code ${inspected.code}`}` };
  const digests = digestsFor(inspected.stdout, repository);
  return digests ? { digests } : { error: `docker image inspect ${reference} gave no RepoDigests list: ${inspected.stdout.trim().slice(0, 200)}` };
}

/**
 * The digest this push made: the one RepoDigests gained for the repository, else the only one it
 * holds (the same manifest pushed before). Several and none new: the engine cannot say which.
 */
export function pushedDigest(before: readonly string[], after: readonly string[]): { digest: string } | { error: string } {
  const added = after.filter((digest) => !before.includes(digest));
  if (added.length === 1) return { digest: added[0]! };
  if (added.length === 0 && after.length === 1) return { digest: after[0]! };
  if (after.length === 0) return { error: 'the engine recorded no digest for this repository after the push' };
  return { error: `the engine holds several digests for this repository (${after.join(', ')}) and cannot say which this push made` };
}

/**
 * The digest buildx pushed, from its `--metadata-file`: `containerimage.digest` (the manifest, or
 * the index of a multi-platform or attested image, as the registry stores it; what
 * build-push-action reports), else the digest of `containerimage.descriptor`.
 */
export function metadataDigest(text: string): { digest: string; mediaType?: string } | { error: string } {
  let metadata: unknown;
  try {
    metadata = JSON.parse(text);
  } catch {
    return { error: `buildx's metadata file is not JSON: ${text.trim().slice(0, 200) || '(empty)'}` };
  }
  const record = (metadata ?? {}) as { 'containerimage.digest'?: unknown; 'containerimage.descriptor'?: { digest?: unknown; mediaType?: unknown } };
  const descriptor = record['containerimage.descriptor'];
  const digest = record['containerimage.digest'] ?? descriptor?.digest;
  if (typeof digest !== 'string' || !DIGEST.test(digest)) return { error: "buildx's metadata file names no containerimage.digest" };
  return typeof descriptor?.mediaType === 'string' && descriptor.digest === digest ? { digest, mediaType: descriptor.mediaType } : { digest };
}

/** An image index or manifest list (several platforms, or attestations beside the image), not one manifest. */
export function isIndex(mediaType: string | undefined): boolean {
  return mediaType === 'application/vnd.oci.image.index.v1+json' || mediaType === 'application/vnd.docker.distribution.manifest.list.v2+json';
}

/** The digest of a manifest as the registry computes it: sha256 of its bytes exactly. */
export function manifestDigest(raw: string): string {
  return `sha256:${createHash('sha256').update(raw, 'utf8').digest('hex')}`;
}
