/**
 * The three node-semver (v7) calls metadata-action makes on a tag: `valid` (strict, a leading
 * `v` allowed), `prerelease`, and `parse(v, {loose: true})`, whose fields feed the
 * `{{version}}`/`{{major}}`/`{{minor}}`/`{{patch}}`/`{{raw}}` pattern. Once a version is strictly
 * valid, the loose parse reads the same numbers, so one strict parser serves all three.
 */

const MAX_LENGTH = 256;
const NUMERIC = '0|[1-9]\\d*';
const IDENTIFIER = `(?:${NUMERIC}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const FULL = new RegExp(
  `^v?(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
);

/** A SemVer object's own properties: the context the pattern is rendered with. */
export interface SemVer {
  options: { loose: boolean };
  loose: boolean;
  includePrerelease: boolean;
  raw: string;
  major: number;
  minor: number;
  patch: number;
  /** Numeric identifiers are numbers, as in node-semver. */
  prerelease: Array<string | number>;
  build: string[];
  /** major.minor.patch[-prerelease], without build metadata. */
  version: string;
}

/** `text` as node-semver reads it, or undefined where `semver.valid` returns null. */
export function parseSemver(text: string): SemVer | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const match = FULL.exec(text.trim());
  if (!match) return undefined;
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if ([major, minor, patch].some((n) => n > Number.MAX_SAFE_INTEGER)) return undefined;
  const prerelease = match[4]
    ? match[4].split('.').map((id) => (/^[0-9]+$/.test(id) && Number(id) < Number.MAX_SAFE_INTEGER ? Number(id) : id))
    : [];
  const version = `${major}.${minor}.${patch}${prerelease.length > 0 ? `-${prerelease.join('.')}` : ''}`;
  return {
    options: { loose: true }, loose: true, includePrerelease: false, raw: text,
    major, minor, patch, prerelease, build: match[5] ? match[5].split('.') : [], version,
  };
}
