/**
 * The @renovate/pep440 calls metadata-action makes for `type=pep440`: `valid`, `explain` (is it
 * a pre-, post- or dev release), `clean` (the normalised form: `1.1beta2` → `1.1b2`) and
 * `major`/`minor`/`patch`. Its quirks come with it: a local part is printed with `,` between its
 * pieces (`1.0+abc.1` → `1.0+abc,1`), which the tag sanitising then turns into `-`.
 */
import * as pep440 from '@renovate/pep440';

/** A valid version as written, with the library's explanation of it. */
export interface Pep440 extends pep440.Explained {
  raw: string;
}

/** `pep440.explain(text)` where `pep440.valid(text)` (strict: no surrounding spaces), else undefined. */
export function parsePep440(text: string): Pep440 | undefined {
  if (pep440.valid(text) === null) return undefined;
  const explained = pep440.explain(text);
  return explained ? { ...explained, raw: text } : undefined;
}

/** Pre-, post- and dev releases get no partial or latest tags. */
export function isPep440Prerelease(version: Pep440): boolean {
  return version.is_prerelease || version.is_postrelease || version.is_devrelease;
}

/** `pep440.clean`: the normalised version. */
export function cleanPep440(text: string): string | undefined {
  return pep440.clean(text) ?? undefined;
}

/** `pep440.major/minor/patch`: a missing release segment is 0. */
export function pep440Segment(version: Pep440, index: 0 | 1 | 2): number {
  return [pep440.major, pep440.minor, pep440.patch][index]!(version.raw);
}
