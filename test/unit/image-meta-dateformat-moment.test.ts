/**
 * `{{date '…' tz='…'}}` is `moment(date).tz(tz).format(format)` in metadata-action. The port in
 * src/image/meta/dateformat.ts (Intl's zone data, no moment in the bundle) is checked here against
 * moment-timezone itself: every format token, in 24 zones (half-hour and 45-minute offsets, both
 * hemispheres' summer time, +14 and -11), at instants around summer-time changes, new year weeks,
 * leap days and random ones from 2000 to 2037. The tokens it refuses (eras, zone names outside
 * UTC) must be refused, never rendered differently.
 */
import moment from 'moment-timezone';
import { DateFormatError, formatDate } from '../../src/image/meta/dateformat.js';

const ZONES = [
  'UTC', 'Etc/UTC', 'Europe/London', 'Europe/Paris', 'europe/berlin', 'Europe/Moscow', 'Africa/Cairo', 'Asia/Tehran',
  'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Shanghai', 'Asia/Tokyo', 'Australia/Adelaide', 'Australia/Sydney',
  'Australia/Lord_Howe', 'Pacific/Auckland', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Pacific/Pago_Pago',
  'America/St_Johns', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Sao_Paulo',
];

/** Every token moment formats (its formatTokens), with the long-date ones and escapes. */
const TOKENS = [
  'M', 'Mo', 'MM', 'MMM', 'MMMM', 'Q', 'Qo', 'D', 'Do', 'DD', 'DDD', 'DDDo', 'DDDD', 'd', 'do', 'dd', 'ddd', 'dddd', 'e', 'E',
  'w', 'wo', 'ww', 'W', 'Wo', 'WW', 'Y', 'YY', 'YYYY', 'YYYYY', 'YYYYYY', 'gg', 'gggg', 'ggggg', 'GG', 'GGGG', 'GGGGG',
  'A', 'a', 'H', 'HH', 'h', 'hh', 'k', 'kk', 'hmm', 'hmmss', 'Hmm', 'Hmmss', 'm', 'mm', 's', 'ss',
  'S', 'SS', 'SSS', 'SSSS', 'SSSSS', 'SSSSSS', 'SSSSSSS', 'SSSSSSSS', 'SSSSSSSSS', 'Z', 'ZZ', 'X', 'x',
  'LT', 'LTS', 'L', 'LL', 'LLL', 'LLLL', 'l', 'll', 'lll', 'llll',
  '[text] \\Y [[x]] [a] YYYY-MM-DDTHH:mm:ss.SSSZ', 'YYYYMMDD-HHmmss', 'YYYY.MM.DD_HH', "YYYY-'W'WW", 'LLLL [at] LTS',
];
/** Rendered by moment, refused by the port. */
const REFUSED = ['N', 'NN', 'NNN', 'NNNN', 'NNNNN', 'y', 'yy', 'yyy', 'yyyy', 'yo'];
const UTC_ZONES = new Set(['UTC', 'Etc/UTC']);

function instants(): Date[] {
  const fixed = [
    '2000-01-01T00:00:00.000Z', '2000-02-29T23:59:59.999Z', '2004-12-31T12:00:00.500Z', '2009-12-31T23:30:00Z', '2010-01-03T12:00:00Z',
    '2015-06-30T23:59:59Z', '2016-02-29T12:34:56.789Z', '2020-01-10T00:30:00.123Z', '2020-12-31T23:59:00Z', '2021-01-01T00:00:01Z',
    '2021-01-03T23:00:00Z', '2024-12-29T18:00:00Z', '2026-12-28T09:15:00Z', '2027-01-01T00:00:00Z', '2037-12-31T23:59:59.001Z',
  ].map((text) => new Date(text));
  // a minute either side of summer-time changes (Europe, the US, Australia, New Zealand, Chile)
  const changes = [
    '2023-03-26T01:00:00Z', '2023-10-29T01:00:00Z', '2024-03-10T07:00:00Z', '2024-11-03T06:00:00Z', '2024-04-06T16:00:00Z',
    '2024-10-05T16:00:00Z', '2025-04-05T14:00:00Z', '2025-09-27T14:00:00Z', '2025-04-06T02:00:00Z',
  ].flatMap((text) => [-60_000, 0, 60_000].map((delta) => new Date(new Date(text).getTime() + delta)));
  let seed = 17;
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const from = Date.UTC(2000, 0, 1);
  const to = Date.UTC(2037, 11, 31);
  const randomOnes = Array.from({ length: 40 }, () => new Date(from + Math.floor(random() * (to - from))));
  return [...fixed, ...changes, ...randomOnes];
}

const reference = (date: Date, format: string | undefined, tz: string) => moment(date).tz(tz).format(format);
const ours = (date: Date, format: string | undefined, tz: string) => formatDate(date, format, tz, (zone) => {
  throw new Error(`no zone ${zone}`);
});

describe.each(ZONES)('formatDate matches moment-timezone in %s', (tz) => {
  const dates = instants();

  test('every token, and the default (ISO) format', () => {
    const mismatches: string[] = [];
    for (const date of dates) {
      for (const format of [undefined, ...TOKENS]) {
        const expected = reference(date, format, tz);
        const actual = ours(date, format, tz);
        if (actual !== expected) mismatches.push(`${date.toISOString()} ${JSON.stringify(format)}: moment ${JSON.stringify(expected)}, ours ${JSON.stringify(actual)}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  test('zone names: UTC as moment prints it, elsewhere refused', () => {
    const date = dates[0]!;
    for (const format of ['z', 'zz', 'HH:mm z']) {
      if (UTC_ZONES.has(tz)) expect(ours(date, format, tz)).toBe(reference(date, format, tz));
      else expect(() => ours(date, format, tz)).toThrow(DateFormatError);
    }
  });

  test('era tokens are refused, not rendered differently', () => {
    for (const format of REFUSED) expect(() => ours(dates[0]!, format, tz)).toThrow(DateFormatError);
  });
});

test('the reference really is zoned (a check on the check)', () => {
  const date = new Date('2024-07-01T12:00:00Z');
  expect(['Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns'].map((tz) => reference(date, 'HH:mm Z', tz))).toEqual(['17:45 +05:45', '00:45 +12:45', '09:30 -02:30']);
  expect(ours(date, 'HH:mm Z', 'Pacific/Chatham')).toBe('00:45 +12:45');
});
