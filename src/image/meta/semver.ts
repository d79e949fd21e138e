/**
 * The node-semver calls metadata-action makes on a tag: `valid` (strict, a leading `v`
 * allowed), `prerelease`, and `parse(v, {loose: true})`, whose SemVer object is the context the
 * `{{version}}`/`{{major}}`/`{{minor}}`/`{{patch}}`/`{{raw}}` pattern is rendered with
 * (`includePrerelease` left off, as the action leaves it).
 */
import semver, { type SemVer } from 'semver';

export type { SemVer };

/** `text` as `semver.parse(text, {loose: true})` reads it, or undefined where `semver.valid` is null. */
export function parseSemver(text: string): SemVer | undefined {
  if (!semver.valid(text)) return undefined;
  return semver.parse(text, { loose: true }) ?? undefined;
}

/** `semver.prerelease(text)`: a pre-release keeps only a `{{raw}}` pattern and never gets `latest`. */
export function isSemverPrerelease(text: string): boolean {
  return semver.prerelease(text) !== null;
}
