/**
 * Reading metadata-action's `tags:`, `flavor:` and `images:` inputs: its tag/flavor/image tests
 * ported, the input-list pass a workflow's block goes through first, and the errors a user sees.
 */
import { parse } from 'csv-parse/sync';
import { describeError } from '../../src/errors.js';
import { parseCsv } from '../../src/image/meta/csv.js';
import { DEFAULT_PRIORITIES, parseFlavor, parseImages, parseTagRule, parseTagRules, type Flavor, type TagRule } from '../../src/image/meta/index.js';

const P = DEFAULT_PRIORITIES;

function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return describeError(error);
  }
  throw new Error('expected an error');
}

describe('tags: rules sorted by priority (tag.test.ts transform)', () => {
  test('every type gets its defaults and the list is ordered schedule, semver, match, edge, ref, raw, sha', () => {
    const rules = parseTagRules([
      'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr', 'type=schedule', 'type=sha', 'type=raw,foo', 'type=edge',
      'type=semver,pattern={{version}}', 'type=match,"pattern=\\d.\\d.\\d",group=0',
    ]);
    expect(rules).toEqual<TagRule[]>([
      { type: 'schedule', attrs: { priority: P.schedule, enable: 'true', pattern: 'nightly' } },
      { type: 'semver', attrs: { priority: P.semver, enable: 'true', pattern: '{{version}}', value: '', match: '' } },
      { type: 'match', attrs: { priority: P.match, enable: 'true', pattern: '\\d.\\d.\\d', group: '0', value: '' } },
      { type: 'edge', attrs: { priority: P.edge, enable: 'true', branch: '' } },
      { type: 'ref', attrs: { priority: P.ref, enable: 'true', event: 'branch' } },
      { type: 'ref', attrs: { priority: P.ref, enable: 'true', event: 'tag' } },
      { type: 'ref', attrs: { priority: P.ref, enable: 'true', prefix: 'pr-', event: 'pr' } },
      { type: 'raw', attrs: { priority: P.raw, enable: 'true', value: 'foo' } },
      { type: 'sha', attrs: { priority: P.sha, enable: 'true', prefix: 'sha-', format: 'short' } },
    ]);
  });

  test('no rules: schedule, then branch, tag and pull request refs', () => {
    expect(parseTagRules([]).map((rule) => [rule.type, rule.attrs.event])).toEqual([['schedule', undefined], ['ref', 'branch'], ['ref', 'tag'], ['ref', 'pr']]);
    expect(parseTagRules(['# only a comment', '']).length).toBe(4);
  });

  test('the default priorities are metadata-action’s', () => {
    expect(DEFAULT_PRIORITIES).toEqual({ schedule: '1000', semver: '900', pep440: '900', match: '800', edge: '700', ref: '600', raw: '200', sha: '100' });
  });

  test('equal priorities keep the order they were written in', () => {
    expect(parseTagRules(['type=raw,c', 'type=raw,a', 'type=raw,b,priority=201', 'type=raw,d']).map((rule) => rule.attrs.value)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('tags: one rule (tag.test.ts parse)', () => {
  test.each<[string, TagRule]>([
    ["type=schedule,enable=true,pattern={{date 'YYYYMMDD'}}", { type: 'schedule', attrs: { priority: P.schedule, enable: 'true', pattern: "{{date 'YYYYMMDD'}}" } }],
    ["type=schedule,enable=true,pattern={{date 'YYYYMMDD' tz='Asia/Tokyo'}}", { type: 'schedule', attrs: { priority: P.schedule, enable: 'true', pattern: "{{date 'YYYYMMDD' tz='Asia/Tokyo'}}" } }],
    ['type=semver,enable=true,pattern={{version}}', { type: 'semver', attrs: { priority: P.semver, enable: 'true', pattern: '{{version}}', value: '', match: '' } }],
    ['type=semver,priority=1,enable=true,pattern={{version}}', { type: 'semver', attrs: { priority: '1', enable: 'true', pattern: '{{version}}', value: '', match: '' } }],
    ['type=semver,priority=1,enable=true,pattern={{version}},value=v1.0.0', { type: 'semver', attrs: { priority: '1', enable: 'true', pattern: '{{version}}', value: 'v1.0.0', match: '' } }],
    ['type=semver,priority=1,enable=true,pattern={{version}},value=p1/v1.0.0,"match=v(\\d.\\d.\\d)$"', { type: 'semver', attrs: { priority: '1', enable: 'true', pattern: '{{version}}', value: 'p1/v1.0.0', match: 'v(\\d.\\d.\\d)$' } }],
    ['type=match,enable=true,pattern=v(.*),group=1', { type: 'match', attrs: { priority: P.match, enable: 'true', pattern: 'v(.*)', group: '1', value: '' } }],
    ['type=match,enable=true,"pattern=^v(\\d.\\d.\\d)$",group=1', { type: 'match', attrs: { priority: P.match, enable: 'true', pattern: '^v(\\d.\\d.\\d)$', group: '1', value: '' } }],
    ['type=match,priority=700,enable=true,pattern=v(.*),group=1', { type: 'match', attrs: { priority: '700', enable: 'true', pattern: 'v(.*)', group: '1', value: '' } }],
    ['type=match,enable=true,pattern=v(.*),group=1,value=v1.2.3', { type: 'match', attrs: { priority: P.match, enable: 'true', pattern: 'v(.*)', group: '1', value: 'v1.2.3' } }],
    ['type=edge', { type: 'edge', attrs: { priority: P.edge, enable: 'true', branch: '' } }],
    ['type=edge,enable=true,branch=master', { type: 'edge', attrs: { priority: P.edge, enable: 'true', branch: 'master' } }],
    ['type=ref,event=tag', { type: 'ref', attrs: { priority: P.ref, enable: 'true', event: 'tag' } }],
    ['type=ref,event=branch', { type: 'ref', attrs: { priority: P.ref, enable: 'true', event: 'branch' } }],
    ['type=ref,event=pr', { type: 'ref', attrs: { priority: P.ref, enable: 'true', prefix: 'pr-', event: 'pr' } }],
    ['acustomtag', { type: 'raw', attrs: { priority: P.raw, enable: 'true', value: 'acustomtag' } }],
    ['type=raw,value=acustomtag2', { type: 'raw', attrs: { priority: P.raw, enable: 'true', value: 'acustomtag2' } }],
    ['type=raw,enable=true,value=acustomtag4', { type: 'raw', attrs: { priority: P.raw, enable: 'true', value: 'acustomtag4' } }],
    ['type=raw,enable=false,value=acustomtag5', { type: 'raw', attrs: { priority: P.raw, enable: 'false', value: 'acustomtag5' } }],
    ['type=sha', { type: 'sha', attrs: { priority: P.sha, enable: 'true', prefix: 'sha-', format: 'short' } }],
    ['type=sha,format=long', { type: 'sha', attrs: { priority: P.sha, enable: 'true', prefix: 'sha-', format: 'long' } }],
    ['type=sha,prefix=', { type: 'sha', attrs: { priority: P.sha, enable: 'true', prefix: '', format: 'short' } }],
    ['type=sha,enable=false', { type: 'sha', attrs: { priority: P.sha, enable: 'false', prefix: 'sha-', format: 'short' } }],
    // beyond upstream's table
    ['type=raw,value=a=b, Key = spaced ', { type: 'raw', attrs: { value: 'a=b', key: 'spaced', enable: 'true', priority: P.raw } }],
    ['TYPE=raw,VALUE=x', { type: 'raw', attrs: { value: 'x', enable: 'true', priority: P.raw } }],
  ])('%s', (line, expected) => {
    expect(parseTagRule(line)).toEqual(expected);
  });

  test.each([
    ['type=match,enable=true,pattern=v(.*),group=foo', "tags: 'type=match,enable=true,pattern=v(.*),group=foo' has group=foo, which is not a number.\nExpected: type=match,pattern=v(\\d.\\d.\\d)[,group=1][,value=…]"],
    ['type=ref,event=foo', "tags: 'type=ref,event=foo' has event=foo; the events are branch, tag and pr.\nExpected: type=ref,event=branch|tag|pr"],
    ['type=ref', "tags: 'type=ref' needs event=.\nExpected: type=ref,event=branch|tag|pr"],
    ['type=raw', "tags: 'type=raw' has no value.\nExpected: type=raw,value=<tag> (or just <tag>)"],
    ['type=semver', "tags: 'type=semver' needs pattern=.\nExpected: type=semver,pattern={{version}}[,value=v1.2.3][,match=v(.*)]"],
    ['type=match', "tags: 'type=match' needs pattern=.\nExpected: type=match,pattern=v(\\d.\\d.\\d)[,group=1][,value=…]"],
    ['type=foo', "tags: 'type=foo' has the unknown type 'foo'.\nExpected: type=schedule|semver|pep440|match|edge|ref|raw|sha,…"],
    ['type=sha,format=foo', "tags: 'type=sha,format=foo' has format=foo; the formats are short and long.\nExpected: type=sha[,format=short|long][,prefix=sha-]"],
    ['type=Raw,value=x', "tags: 'type=Raw,value=x' has the unknown type 'Raw'.\nExpected: type=schedule|semver|pep440|match|edge|ref|raw|sha,…"],
    ['type=raw,value=foo"bar', `tags: 'type=raw,value=foo"bar' has a " inside the field 'value=foo"…'; quote a whole field ("key=value") or none of it.\nExpected: type=schedule|semver|pep440|match|edge|ref|raw|sha,…`],
    ['type=raw,"value=foo"bar', `tags: 'type=raw,"value=foo"bar' has text after the closing quote of '"value=foo"'; a quoted field ends at a comma.\nExpected: type=schedule|semver|pep440|match|edge|ref|raw|sha,…`],
  ])('%s is refused, saying why and what is expected', (line, message) => {
    expect(errorOf(() => parseTagRules([line]))).toBe(message);
  });

  test('an inline # comment from a metadata-action v5 block is part of the rule in v6, and the error says so', () => {
    expect(errorOf(() => parseTagRules(['type=match,pattern=^v?((?:\\d+\\.){3}\\d+),group=1  # 0.4.8.13']))).toBe(
      "tags: 'type=match,pattern=^v?((?:\\d+\\.){3}\\d+),group=1  # 0.4.8.13' has group=1  # 0.4.8.13, which is not a number.\n" +
        'Expected: type=match,pattern=v(\\d.\\d.\\d)[,group=1][,value=…]\nA # after the start of a line is part of the rule, not a comment: move the comment to its own line.',
    );
  });

  test('an unclosed quote in the block is refused', () => {
    expect(errorOf(() => parseTagRules(['type=raw,"value=x']))).toBe('tags: the input has a quote that is never closed.\nQuote a whole field ("key=value") or none of it.');
  });
});

describe('the input block (context.test.ts getInputs)', () => {
  test('# lines are comments; a # inside a line is text', () => {
    expect(parseTagRules(['type=raw,value=foo#bar', '#comment']).map((rule) => rule.attrs.value)).toEqual(['foo#bar']);
    expect(parseFlavor(['prefix=v#1', '#comment']).prefix).toBe('v#1');
    expect(parseImages(['moby/buildkit', '#comment', 'ghcr.io/moby/mbuildkit']).map((image) => image.name)).toEqual(['moby/buildkit', 'ghcr.io/moby/mbuildkit']);
  });

  test('a block pasted as one string with newlines reads the same as its lines', () => {
    expect(parseTagRules(['type=ref,event=branch\ntype=sha\n\n# note\ntype=raw,x'])).toEqual(parseTagRules(['type=ref,event=branch', 'type=sha', 'type=raw,x']));
  });

  test('the block is read by csv-parse’s rules: checked against csv-parse itself on random text', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const alphabet = ['a', '=', ',', '"', '#', '\n', ' ', '\r', '{'];
    const theirs = (text: string, list: boolean) => {
      try {
        return list
          ? parse(text, { relax_quotes: true, comment: '#', comment_no_infix: true, relax_column_count: true, skip_empty_lines: true })
          : parse(text, { relax_column_count: true, skip_empty_lines: true });
      } catch {
        return 'refused';
      }
    };
    const ours = (text: string, list: boolean) => {
      try {
        return list ? parseCsv(text, { relaxQuotes: true, comment: '#' }) : parseCsv(text);
      } catch {
        return 'refused';
      }
    };
    const mismatches: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const list of [true, false]) {
        if (JSON.stringify(theirs(text, list)) !== JSON.stringify(ours(text, list))) mismatches.push(JSON.stringify(text));
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe('flavor (flavor.test.ts)', () => {
  const base: Flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
  test.each<[string[], Flavor]>([
    [['latest=true'], { ...base, latest: 'true' }],
    [['latest=false'], { ...base, latest: 'false' }],
    [['latest=auto'], base],
    [['prefix=sha-'], { ...base, prefix: 'sha-' }],
    [['suffix=-alpine'], { ...base, suffix: '-alpine' }],
    [['latest=false', 'prefix=dev-', 'suffix=-alpine'], { ...base, latest: 'false', prefix: 'dev-', suffix: '-alpine' }],
    [['prefix=dev-,onlatest=true'], { ...base, prefix: 'dev-', prefixLatest: true }],
    [['suffix=-alpine,onlatest=true'], { ...base, suffix: '-alpine', suffixLatest: true }],
    [['prefix=dev-,onlatest=true', 'suffix=-alpine,onlatest=true'], { ...base, prefix: 'dev-', prefixLatest: true, suffix: '-alpine', suffixLatest: true }],
    [['prefix= '], base],
    [[], base],
    // every `=` splits a flavor field, so only the text up to the second `=` is kept
    [['prefix=a=b'], { ...base, prefix: 'a' }],
  ])('%j', (lines, expected) => {
    expect(parseFlavor(lines)).toEqual(expected);
  });

  test.each([
    [['randomstr', 'latest=auto'], "flavor: 'randomstr' has 'randomstr', which is not key=value."],
    [['unknwown=foo'], "flavor: 'unknwown=foo' has the unknown key 'unknwown'."],
    [['latest'], "flavor: 'latest' has 'latest', which is not key=value."],
    [['latest=foo'], "flavor: 'latest=foo' has latest=foo; it is auto, true or false."],
    [['suffix=-x,onlatest=yes'], "flavor: 'suffix=-x,onlatest=yes' has onlatest=yes; it is true or false."],
  ])('%j is refused', (lines, message) => {
    expect(errorOf(() => parseFlavor(lines))).toBe(`${message}\nExpected one of: latest=auto|true|false, prefix=<text>[,onlatest=true], suffix=<text>[,onlatest=true]`);
  });
});

describe('images (image.test.ts)', () => {
  test.each([
    [['name/foo'], [{ name: 'name/foo', enable: true }]],
    [['name/foo,name/bar'], [{ name: 'name/foo', enable: true }, { name: 'name/bar', enable: true }]],
    [['name/foo', 'name/bar'], [{ name: 'name/foo', enable: true }, { name: 'name/bar', enable: true }]],
    [['name=name/bar', 'name/foo,enable=false', 'name=ghcr.io/UserName/Foo,enable=true'], [{ name: 'name/bar', enable: true }, { name: 'name/foo', enable: false }, { name: 'ghcr.io/UserName/Foo', enable: true }]],
    // upstream lists this as invalid, but only because its expected value is undefined: the
    // action takes the last name
    [['name/foo,name=name/bar,enable=true'], [{ name: 'name/bar', enable: true }]],
  ])('%j', (lines, expected) => {
    expect(parseImages(lines)).toEqual(expected);
  });

  test.each([
    [['value=name/foo'], "images: 'value=name/foo' has the unknown key 'value'."],
    [['name/foo,enable=bar'], "images: 'name/foo,enable=bar' has enable=bar; it is true or false."],
    [['name/foo,bar=baz'], "images: 'name/foo,bar=baz' has the unknown key 'bar'."],
    [['name=,enable=true'], "images: 'name=,enable=true' has no image name."],
  ])('%j is refused', (lines, message) => {
    expect(errorOf(() => parseImages(lines))).toBe(`${message}\nExpected: ghcr.io/owner/app, or name=ghcr.io/owner/app[,enable=true|false]`);
  });
});
