/**
 * The libraries metadata-action renders tags with, as ported here: Handlebars for `{{…}}`,
 * moment-timezone for `{{date '…' tz='…'}}`, node-semver and @renovate/pep440 for versions.
 */
import { formatDate } from '../../src/image/meta/dateformat.js';
import { cleanPep440, isPep440Prerelease, parsePep440, pep440Segment } from '../../src/image/meta/pep440.js';
import { parseSemver } from '../../src/image/meta/semver.js';
import { isRawStatement, renderTemplate } from '../../src/image/meta/template.js';

describe('isRawStatement (meta.test.ts): only a lone {{raw}} keeps a pre-release as written', () => {
  test.each([
    ['{{ raw }}.{{ version }}', false],
    ['{{ version }},{{raw }.', false],
    ['{{ raw }}', true],
    ['{{ raw}}', true],
    ['{{raw}}', true],
    ['{{{raw}}}', true],
    ['{{this.raw}}', true],
    [' {{raw}}', false],
    ['{{raw}}{{! why }}', false],
    ['{{"raw"}}', false],
  ])('%s → %s', (pattern, expected) => {
    expect(isRawStatement(pattern)).toBe(expected);
  });
});

describe('Handlebars as metadata-action uses it', () => {
  const context = {
    branch: () => 'feat/x=y',
    is_default_branch: () => 'false',
    is_not_default_branch(this: { is_default_branch: () => string }) {
      return this.is_default_branch() === 'false' ? 'true' : 'false';
    },
    date: (format: unknown, options: { hash: Record<string, unknown> }) => `${String(format)}|${JSON.stringify(options.hash)}`,
    zero: 0,
    prerelease: ['rc', 1],
    nested: { deep: 'value' },
  };
  test.each([
    ['plain text', 'plain text'],
    ['{{branch}}', 'feat/x&#x3D;y'],
    ['{{ branch }}', 'feat/x&#x3D;y'],
    ['{{{branch}}}', 'feat/x=y'],
    ['{{&branch}}', 'feat/x=y'],
    ['{{is_not_default_branch}}', 'true'],
    ["{{date 'YYYYMMDD'}}", 'YYYYMMDD|{}'],
    ["{{date 'YYYY' tz='Asia/Tokyo'}}", 'YYYY|{&quot;tz&quot;:&quot;Asia/Tokyo&quot;}'],
    ['{{date "say \\"hi\\""}}', 'say &quot;hi&quot;|{}'],
    ['{{date YYYY-MM-DD}}', 'undefined|{}'],
    ['{{zero}}', '0'],
    ['{{prerelease}}', 'rc,1'],
    ['{{nested.deep}}/{{nested/deep}}', 'value/value'],
    ['{{missing}}', ''],
    ['\\{{branch}}', '{{branch}}'],
    ['\\\\{{zero}}', '\\0'],
    ['a{{! a comment }}b{{!-- with }} inside --}}c', 'abc'],
    [' a {{~zero~}} b ', ' a0b '],
  ])('%s → %s', (template, expected) => {
    expect(renderTemplate(template, context)).toBe(expected);
  });

  test.each([
    ['{{#if x}}a{{/if}}', 'uses {{#…, a Handlebars block or partial, which is not supported here'],
    ['{{> partial}}', 'uses {{>…, a Handlebars block or partial, which is not supported here'],
    ['{{date (branch)}}', 'uses a sub-expression (…), which is not supported here'],
    ['{{@root}}', 'uses @data, which is not supported here'],
    ['{{lookup nested "deep"}}', 'uses the Handlebars helper {{lookup}}, which is not supported here'],
    ['{{branch', 'has a {{ that is never closed'],
    ['{{nohelper 1}}', 'calls {{nohelper …}}, but there is no helper called nohelper here'],
    ['{{zero 1}}', 'calls {{zero …}}, but there is no helper called zero here'],
    ['{{nested "x"}}', 'calls {{nested …}}, but nested is not a helper'],
    ['{{branch}}}', 'has a } too many after }}'],
  ])('%s is refused: %s', (template, message) => {
    expect(() => renderTemplate(template, context)).toThrow(message);
  });
});

describe('moment-timezone formats', () => {
  const at = new Date('2020-01-10T00:30:00.123Z');
  const unknownZones: string[] = [];
  const format = (f: string | undefined, tz = 'UTC', date = at) => formatDate(date, f, tz, (zone) => unknownZones.push(zone));

  test.each([
    ['YYYYMMDD', '20200110'],
    ['YYYYMMDD-HHmmss', '20200110-003000'],
    ['YYYY-MM-DDTHH:mm:ss.SSS[Z]', '2020-01-10T00:30:00.123Z'],
    ['YY Y YYYYYY', '20 2020 +002020'],
    ['M Mo MM MMM MMMM', '1 1st 01 Jan January'],
    ['D Do DD DDD DDDo DDDD', '10 10th 10 10 10th 010'],
    ['d do dd ddd dddd e E', '5 5th Fr Fri Friday 5 5'],
    ['w wo ww W Wo WW gg gggg GG GGGG', '2 2nd 02 2 2nd 02 20 2020 20 2020'],
    ['Q Qo', '1 1st'],
    ['H HH h hh k kk a A', '0 00 12 12 24 24 am AM'],
    ['hmm Hmmss', '1230 03000'],
    ['m mm s ss S SS SSS SSSS', '30 30 0 00 1 12 123 1230'],
    ['Z ZZ z', '+00:00 +0000 UTC'],
    ['X x', '1578616200 1578616200123'],
    ['[at] HH:mm \\Y', 'at 00:30 Y'],
    ['L LT LTS', '01/10/2020 12:30 AM 12:30:00 AM'],
    ['LL LLL LLLL', 'January 10, 2020 January 10, 2020 12:30 AM Friday, January 10, 2020 12:30 AM'],
    ['l ll lll llll', '1/10/2020 Jan 10, 2020 Jan 10, 2020 12:30 AM Fri, Jan 10, 2020 12:30 AM'],
  ])('%s → %s', (pattern, expected) => {
    expect(format(pattern)).toBe(expected);
  });

  test.each([
    [undefined, 'UTC', '2020-01-10T00:30:00Z'],
    [undefined, 'Asia/Tokyo', '2020-01-10T09:30:00+09:00'],
    ['YYYYMMDD-HHmmss Z', 'Asia/Tokyo', '20200110-093000 +09:00'],
    ['YYYY-MM-DD HH:mm ZZ', 'America/New_York', '2020-01-09 19:30 -0500'],
    ['HH:mm Z', 'Asia/Kolkata', '06:00 +05:30'],
    ['HH:mm Z', 'europe/paris', '01:30 +01:00'],
  ])('%s in %s → %s (no format: ISO, with Z only in UTC)', (pattern, tz, expected) => {
    expect(format(pattern, tz)).toBe(expected);
  });

  test('summer time is the zone’s, not the runner’s', () => {
    expect(format('HH:mm Z', 'America/New_York', new Date('2020-07-01T12:00:00Z'))).toBe('08:00 -04:00');
  });

  test('weeks around new year: ISO week 53 of 2020, locale week 1 of 2021', () => {
    expect(format('W GGGG w gggg', 'UTC', new Date('2021-01-01T12:00:00Z'))).toBe('53 2020 1 2021');
    expect(format('W GGGG w gggg', 'UTC', new Date('2019-12-29T12:00:00Z'))).toBe('52 2019 1 2020');
  });

  test('an unknown zone is reported and formatted as UTC local time', () => {
    expect(format(undefined, 'Mars/Olympus')).toBe('2020-01-10T00:30:00+00:00');
    expect(unknownZones).toEqual(['Mars/Olympus']);
  });

  test('zone abbreviations other than UTC and era tokens are refused rather than guessed', () => {
    expect(() => format('z', 'Asia/Tokyo')).toThrow('the format token z (time zone abbreviation) is only supported for tz=\'UTC\'');
    expect(() => format('N')).toThrow('the era format token N is not supported');
  });
});

describe('semver (node-semver 7)', () => {
  test.each([
    ['v1.2.3', '1.2.3', []],
    ['1.2.3', '1.2.3', []],
    ['v2.0.8-beta.67', '2.0.8-beta.67', ['beta', 67]],
    ['v9.5.7-alpha.2+fork.3.1.8', '9.5.7-alpha.2', ['alpha', 2]],
    ['v101.12.13', '101.12.13', []],
    ['1.0.0-x-y-z.--', '1.0.0-x-y-z.--', ['x-y-z', '--']],
  ])('%s is version %s with pre-release %j', (text, version, prerelease) => {
    expect(parseSemver(text)).toMatchObject({ raw: text, version, prerelease });
  });

  test.each(['1.2', '1.2.3.4', '01.2.3', '1.2.3-rc.01', 'V1.2.3', '=1.2.3', 'release1', '20200110-RC2', 'p1-v1.0.0', '1.2.3-', `1.2.3-${'a'.repeat(260)}`])('%s is not semver', (text) => {
    expect(parseSemver(text)).toBeUndefined();
  });

  test('major, minor and patch are numbers, so {{major}} of v0.1.0 is 0', () => {
    expect(parseSemver('v0.1.0')).toMatchObject({ major: 0, minor: 1, patch: 0 });
  });
});

describe('PEP 440 (@renovate/pep440)', () => {
  test.each([
    ['1.1beta2', '1.1b2', true],
    ['1.0dev4', '1.0.dev4', true],
    ['1.2post1', '1.2.post1', true],
    ['v1.2.3rc2', '1.2.3rc2', true],
    ['v2.0.0-rc.1', '2.0.0rc1', true],
    ['1.0-1', '1.0.post1', true],
    ['1.0.0-alpha.1', '1.0.0a1', true],
    ['1.0c1', '1.0rc1', true],
    ['V1.0', '1.0', false],
    ['1!2.0', '1!2.0', false],
    ['1.02', '1.2', false],
    // the library prints a local part's pieces with `,` between them
    ['1.0+abc.1', '1.0+abc,1', false],
  ])('%s → %s (pre/post/dev: %s)', (text, clean, pre) => {
    const version = parsePep440(text);
    expect(version).toBeDefined();
    expect(cleanPep440(text)).toBe(clean);
    expect(isPep440Prerelease(version!)).toBe(pre);
  });

  test.each(['sometag', '1.0.0-beta.67x', '20200110-RC2x', ' 1.0'])('%s is not PEP 440', (text) => {
    expect(parsePep440(text)).toBeUndefined();
  });

  test('a missing minor or patch is 0', () => {
    const version = parsePep440('2')!;
    expect([0, 1, 2].map((i) => pep440Segment(version, i as 0 | 1 | 2))).toEqual([2, 0, 0]);
  });
});
