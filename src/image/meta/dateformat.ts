/**
 * moment-timezone's `moment(date).tz(tz).format(format)` in the English locale, which is what
 * `{{date 'YYYYMMDD' tz='Asia/Tokyo'}}` runs in metadata-action. Time zones come from Intl
 * (the same IANA database). Tokens for eras (`N`, `y`) and zone abbreviations other than UTC's
 * (`z`) are refused: Intl has no exact equivalent, and a silently different tag is worse.
 * Kept instead of moment-timezone (its zone data would weigh on the bundle) because
 * test/unit/image-meta-dateformat-moment.test.ts holds it to moment-timezone over every token.
 */

export class DateFormatError extends Error {}

/** Wall-clock fields of an instant in a zone. */
interface Zoned {
  epochMs: number;
  year: number;
  /** 0-11 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday */
  weekday: number;
  dayOfYear: number;
  offsetMinutes: number;
  /** moment's isUtc(): a zone set and offset 0; decides `Z` vs `+00:00` in the default format. */
  isUtc: boolean;
  zone: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_FORMATS: Record<string, string> = {
  LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY', LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A',
  l: 'M/D/YYYY', ll: 'MMM D, YYYY', lll: 'MMM D, YYYY h:mm A', llll: 'ddd, MMM D, YYYY h:mm A',
};
const LOCAL_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
const FORMAT_TOKENS = /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;

function zeroFill(value: number, length: number, forceSign = false): string {
  const digits = String(Math.abs(value)).padStart(length, '0');
  return (value >= 0 ? (forceSign ? '+' : '') : '-') + digits;
}

function ordinal(value: number): string {
  const last = value % 10;
  const suffix = Math.trunc((value % 100) / 10) === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${value}${suffix}`;
}

function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/** moment's week-of-year: weeks start on `dow`; the week holding Jan `7 + dow - doy` is week 1. */
function firstWeekOffset(year: number, dow: number, doy: number): number {
  const firstWeekDay = 7 + dow - doy;
  const weekdayOfIt = (7 + new Date(Date.UTC(year, 0, firstWeekDay)).getUTCDay() - dow) % 7;
  return -weekdayOfIt + firstWeekDay - 1;
}

function weeksInYear(year: number, dow: number, doy: number): number {
  return (daysInYear(year) - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7;
}

function weekOfYear(t: Zoned, dow: number, doy: number): { week: number; year: number } {
  const week = Math.floor((t.dayOfYear - firstWeekOffset(t.year, dow, doy) - 1) / 7) + 1;
  if (week < 1) return { week: week + weeksInYear(t.year - 1, dow, doy), year: t.year - 1 };
  if (week > weeksInYear(t.year, dow, doy)) return { week: week - weeksInYear(t.year, dow, doy), year: t.year + 1 };
  return { week, year: t.year };
}

// English locale weeks start on Sunday, week 1 holds Jan 1; ISO weeks start Monday and hold Jan 4.
const localeWeek = (t: Zoned) => weekOfYear(t, 0, 6);
const isoWeek = (t: Zoned) => weekOfYear(t, 1, 4);
const hour12 = (t: Zoned) => t.hour % 12 || 12;

function offset(t: Zoned, separator: string): string {
  const minutes = Math.abs(t.offsetMinutes);
  return `${t.offsetMinutes < 0 ? '-' : '+'}${zeroFill(Math.trunc(minutes / 60), 2)}${separator}${zeroFill(minutes % 60, 2)}`;
}

const TOKENS: Record<string, (t: Zoned) => string> = {
  M: (t) => String(t.month + 1),
  MM: (t) => zeroFill(t.month + 1, 2),
  Mo: (t) => ordinal(t.month + 1),
  MMM: (t) => MONTHS[t.month]!.slice(0, 3),
  MMMM: (t) => MONTHS[t.month]!,
  Q: (t) => String(Math.ceil((t.month + 1) / 3)),
  Qo: (t) => ordinal(Math.ceil((t.month + 1) / 3)),
  D: (t) => String(t.day),
  DD: (t) => zeroFill(t.day, 2),
  Do: (t) => ordinal(t.day),
  DDD: (t) => String(t.dayOfYear),
  DDDD: (t) => zeroFill(t.dayOfYear, 3),
  DDDo: (t) => ordinal(t.dayOfYear),
  d: (t) => String(t.weekday),
  do: (t) => ordinal(t.weekday),
  dd: (t) => WEEKDAYS[t.weekday]!.slice(0, 2),
  ddd: (t) => WEEKDAYS[t.weekday]!.slice(0, 3),
  dddd: (t) => WEEKDAYS[t.weekday]!,
  e: (t) => String(t.weekday),
  E: (t) => String(t.weekday || 7),
  w: (t) => String(localeWeek(t).week),
  ww: (t) => zeroFill(localeWeek(t).week, 2),
  wo: (t) => ordinal(localeWeek(t).week),
  W: (t) => String(isoWeek(t).week),
  WW: (t) => zeroFill(isoWeek(t).week, 2),
  Wo: (t) => ordinal(isoWeek(t).week),
  gg: (t) => zeroFill(localeWeek(t).year % 100, 2),
  gggg: (t) => zeroFill(localeWeek(t).year, 4),
  ggggg: (t) => zeroFill(localeWeek(t).year, 5),
  GG: (t) => zeroFill(isoWeek(t).year % 100, 2),
  GGGG: (t) => zeroFill(isoWeek(t).year, 4),
  GGGGG: (t) => zeroFill(isoWeek(t).year, 5),
  Y: (t) => (t.year <= 9999 ? zeroFill(t.year, 4) : `+${t.year}`),
  YY: (t) => zeroFill(t.year % 100, 2),
  YYYY: (t) => zeroFill(t.year, 4),
  YYYYY: (t) => zeroFill(t.year, 5),
  YYYYYY: (t) => zeroFill(t.year, 6, true),
  H: (t) => String(t.hour),
  HH: (t) => zeroFill(t.hour, 2),
  h: (t) => String(hour12(t)),
  hh: (t) => zeroFill(hour12(t), 2),
  k: (t) => String(t.hour || 24),
  kk: (t) => zeroFill(t.hour || 24, 2),
  hmm: (t) => `${hour12(t)}${zeroFill(t.minute, 2)}`,
  hmmss: (t) => `${hour12(t)}${zeroFill(t.minute, 2)}${zeroFill(t.second, 2)}`,
  Hmm: (t) => `${t.hour}${zeroFill(t.minute, 2)}`,
  Hmmss: (t) => `${t.hour}${zeroFill(t.minute, 2)}${zeroFill(t.second, 2)}`,
  m: (t) => String(t.minute),
  mm: (t) => zeroFill(t.minute, 2),
  s: (t) => String(t.second),
  ss: (t) => zeroFill(t.second, 2),
  S: (t) => String(Math.trunc(t.ms / 100)),
  SS: (t) => zeroFill(Math.trunc(t.ms / 10), 2),
  a: (t) => (t.hour > 11 ? 'pm' : 'am'),
  A: (t) => (t.hour > 11 ? 'PM' : 'AM'),
  Z: (t) => offset(t, ':'),
  ZZ: (t) => offset(t, ''),
  X: (t) => String(Math.floor(t.epochMs / 1000)),
  x: (t) => String(t.epochMs),
};
for (let length = 3; length <= 9; length++) {
  TOKENS['S'.repeat(length)] = (t) => zeroFill(t.ms * 10 ** (length - 3), length);
}

const utcZones = new Set(['utc', 'etc/utc']);

function zoned(date: Date, zone: string): Zoned | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }).formatToParts(date);
  } catch {
    return undefined;
  }
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const epochMs = date.getTime();
  const ms = ((epochMs % 1000) + 1000) % 1000;
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'), ms);
  const offsetMinutes = Math.round((wall - epochMs) / 60000);
  return fields(epochMs, offsetMinutes, offsetMinutes === 0, zone);
}

function fields(epochMs: number, offsetMinutes: number, isUtc: boolean, zone: string): Zoned {
  const wall = new Date(epochMs + offsetMinutes * 60000);
  const year = wall.getUTCFullYear();
  return {
    epochMs, year, month: wall.getUTCMonth(), day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(), ms: wall.getUTCMilliseconds(), weekday: wall.getUTCDay(),
    dayOfYear: Math.round((Date.UTC(year, wall.getUTCMonth(), wall.getUTCDate()) - Date.UTC(year, 0, 1)) / 86400000) + 1,
    offsetMinutes, isUtc, zone,
  };
}

function expandLongFormats(format: string): string {
  let expanded = format;
  // moment expands at most six times, so formats that expand into themselves stop
  for (let i = 5; i >= 0 && new RegExp(LOCAL_TOKENS.source).test(expanded); i--) {
    expanded = expanded.replace(LOCAL_TOKENS, (token) => LONG_FORMATS[token] ?? token);
  }
  return expanded;
}

function formatZoned(t: Zoned, format: string | undefined): string {
  const pattern = expandLongFormats(format || (t.isUtc ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ'));
  return (pattern.match(FORMAT_TOKENS) ?? [])
    .map((token) => {
      const formatter = TOKENS[token];
      if (formatter) return formatter(t);
      if (/^(z|zz)$/.test(token)) {
        if (utcZones.has(t.zone.toLowerCase())) return 'UTC';
        throw new DateFormatError(`the format token ${token} (time zone abbreviation) is only supported for tz='UTC'`);
      }
      if (/^(N{1,5}|y{1,4}|yo)$/.test(token)) throw new DateFormatError(`the era format token ${token} is not supported`);
      // literal text: [brackets] lose their brackets, backslashes escape
      return /\[[\s\S]/.test(token) ? token.replace(/^\[|\]$/g, '') : token.replace(/\\/g, '');
    })
    .join('');
}

/**
 * `date` formatted with a moment.js `format` (its default ISO form when undefined) in the IANA
 * zone `tz`. An unknown zone is formatted as the runner's local time, which is UTC on GitHub's
 * runners, as moment-timezone does after logging an error; `onUnknownZone` hears about it.
 */
export function formatDate(date: Date, format: string | undefined, tz: string, onUnknownZone: (zone: string) => void): string {
  let t = zoned(date, tz);
  if (!t) {
    onUnknownZone(tz);
    t = fields(date.getTime(), 0, false, tz);
  }
  return formatZoned(t, format);
}
