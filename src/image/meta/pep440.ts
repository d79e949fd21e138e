/**
 * The @renovate/pep440 calls metadata-action makes for `type=pep440`: `valid`, `explain` (is it
 * a pre-, post- or dev release), `clean` (the normalised form: `1.1beta2` → `1.1b2`) and
 * `major`/`minor`/`patch`. Its quirks are kept: a local part is printed with `,` between its
 * pieces (`1.0+abc.1` → `1.0+abc,1`), which the tag sanitising then turns into `-`.
 */

const VERSION =
  'v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)' +
  '(?<pre>[-_\\.]?(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))[-_\\.]?(?<pre_n>[0-9]+)?)?' +
  '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_\\.]?(?<post_l>post|rev|r)[-_\\.]?(?<post_n2>[0-9]+)?))?' +
  '(?<dev>[-_\\.]?(?<dev_l>dev)[-_\\.]?(?<dev_n>[0-9]+)?)?)' +
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?';
const STRICT = new RegExp(`^${VERSION}$`, 'i');
const SPACED = new RegExp(`^\\s*${VERSION}\\s*$`, 'i');

type Letter = [string, number] | undefined;

export interface Pep440 {
  epoch: number;
  release: number[];
  pre: Letter;
  post: Letter;
  dev: Letter;
  local: Array<string | number> | undefined;
}

const SPELLINGS: Record<string, string> = { alpha: 'a', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc', rev: 'post', r: 'post' };

function letter(name: string | undefined, number: string | undefined): Letter {
  if (name) {
    const lower = name.toLowerCase();
    return [SPELLINGS[lower] ?? lower, Number(number || 0)];
  }
  // `1.0-1` is an implicit post release
  return number ? ['post', Number(number)] : undefined;
}

function parse(text: string, pattern: RegExp): Pep440 | undefined {
  const groups = pattern.exec(text)?.groups;
  if (!groups) return undefined;
  return {
    epoch: Number(groups.epoch ?? 0),
    release: groups.release!.split('.').map(Number),
    pre: letter(groups.pre_l, groups.pre_n),
    post: letter(groups.post_l, groups.post_n1 || groups.post_n2),
    dev: letter(groups.dev_l, groups.dev_n),
    local: groups.local?.split(/[._-]/).map((part) => (Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part))),
  };
}

/** `text` parsed strictly (no surrounding spaces), or undefined where `pep440.valid` is null. */
export function parsePep440(text: string): Pep440 | undefined {
  return parse(text, STRICT);
}

/** Pre-, post- and dev releases get no partial or latest tags. */
export function isPep440Prerelease(version: Pep440): boolean {
  return Boolean(version.pre || version.post || version.dev);
}

/** `pep440.clean`: the normalised version. */
export function cleanPep440(text: string): string | undefined {
  const version = parse(text, SPACED);
  if (!version) return undefined;
  let out = version.epoch !== 0 ? `${version.epoch}!` : '';
  out += version.release.join('.');
  if (version.pre) out += version.pre.join('');
  if (version.post) out += `.${version.post.join('')}`;
  if (version.dev) out += `.${version.dev.join('')}`;
  // the library interpolates the array, so its pieces are joined with `,`
  if (version.local) out += `+${version.local.join(',')}`;
  return out;
}

/** `pep440.major/minor/patch`: a missing release segment is 0. */
export function pep440Segment(version: Pep440, index: 0 | 1 | 2): number {
  return version.release[index] ?? 0;
}
