/**
 * Python's ways of printing numbers and values, because DVC prints through them:
 * `str(float)` (repr), `format(x, '.5g')` for `metrics diff`, `round(x, 5)` for `metrics show`,
 * `str(list)` for params, and `json.dumps` for `--json`. JS's own number printing differs
 * (`1` vs `1.0`, `1e-7` vs `1e-07`, ties rounded up instead of to even), so these are exact ports.
 */
import { orderedKeys } from './key-order.js';
import { isPlainObject, type Value } from './value.js';

interface Digits {
  /** Significant digits without a point, e.g. "12345". */
  digits: string;
  /** Decimal exponent of the first digit: 1.2345e3 → 3. */
  exp: number;
}

function splitExponential(text: string): Digits {
  const [mantissa, exponent] = text.split('e') as [string, string];
  return { digits: mantissa.replace('.', ''), exp: Number(exponent) };
}

/**
 * Whether `x` lies exactly halfway after `keep` significant digits. JS rounds such ties away
 * from zero; Python rounds them to even. 101 digits hold the exact value of any double a
 * metric is likely to be, so a run of zeros there means an exact tie.
 */
function tieAt(exact: string, keep: number): boolean {
  return exact[keep] === '5' && /^0*$/.test(exact.slice(keep + 1));
}

/** `x` (positive, finite) rounded to `precision` significant digits, ties to even. */
function roundSignificant(x: number, precision: number): Digits {
  const rounded = splitExponential(x.toExponential(precision - 1));
  const exact = splitExponential(x.toExponential(100));
  const truncated = exact.digits.slice(0, precision);
  if (tieAt(exact.digits, precision) && Number(truncated.at(-1)) % 2 === 0) {
    return { digits: truncated, exp: exact.exp };
  }
  return rounded;
}

function exponentSuffix(exp: number): string {
  const sign = exp < 0 ? '-' : '+';
  return `e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** Fixed notation of digits × 10^exp with exactly `decimals` digits after the point. */
function fixed({ digits, exp }: Digits, decimals: number): string {
  const pointAt = exp + 1;
  let whole: string;
  let fraction: string;
  if (pointAt <= 0) {
    whole = '0';
    fraction = '0'.repeat(-pointAt) + digits;
  } else {
    whole = digits.slice(0, pointAt).padEnd(pointAt, '0');
    fraction = digits.slice(pointAt);
  }
  fraction = fraction.padEnd(decimals, '0').slice(0, decimals);
  return decimals > 0 ? `${whole}.${fraction}` : whole;
}

function nonFinite(x: number): string | undefined {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return undefined;
}

function signOf(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

/** Python's `repr(x)` / `str(x)` for a float: `1.0`, `0.1`, `1e-05`, `1e+16`, `nan`. */
export function pyFloatRepr(x: number): string {
  const special = nonFinite(x);
  if (special) return special;
  const sign = signOf(x);
  const magnitude = Math.abs(x);
  if (magnitude === 0) return `${sign}0.0`;
  // Where both print fixed notation (JS up to 1e21, Python up to 1e16) the shortest digits agree.
  if (magnitude >= 1e-4 && magnitude < 1e16) {
    const text = String(x);
    return text.includes('.') ? text : `${text}.0`;
  }
  // toExponential() with no argument gives the shortest digits that read back the same, like repr.
  const shortest = splitExponential(magnitude.toExponential());
  if (shortest.exp >= -4 && shortest.exp < 16) {
    const decimals = Math.max(1, shortest.digits.length - shortest.exp - 1);
    return sign + fixed(shortest, decimals);
  }
  const mantissa = shortest.digits.length > 1 ? `${shortest.digits[0]}.${shortest.digits.slice(1)}` : shortest.digits;
  return sign + mantissa + exponentSuffix(shortest.exp);
}

/** Python's `format(x, f'.{precision}g')` for a float. */
export function pyFormatG(x: number, precision: number): string {
  const special = nonFinite(x);
  if (special) return special;
  const p = precision === 0 ? 1 : precision;
  const sign = signOf(x);
  const magnitude = Math.abs(x);
  if (magnitude === 0) return `${sign}0`;
  const rounded = roundSignificant(magnitude, p);
  if (rounded.exp >= -4 && rounded.exp < p) {
    const text = fixed(rounded, p - 1 - rounded.exp);
    return sign + (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);
  }
  const rest = rounded.digits.slice(1).replace(/0+$/, '');
  return sign + rounded.digits[0] + (rest ? `.${rest}` : '') + exponentSuffix(rounded.exp);
}

/** The exact decimal digits of a finite double: digits with the point after `point` of them. */
function exactDecimal(magnitude: number): { digits: string; point: number } {
  // Doubles of 2^53 and more are integers, which BigInt prints exactly; below, toFixed(100) is exact.
  if (magnitude >= 2 ** 53) {
    const digits = BigInt(magnitude).toString();
    return { digits, point: digits.length };
  }
  const [whole, fraction] = magnitude.toFixed(100).split('.') as [string, string];
  return { digits: whole + fraction, point: whole.length };
}

/** Python's `round(x, ndigits)` for a float (correctly rounded, ties to even, ndigits may be negative). */
export function pyRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  const magnitude = Math.abs(x);
  // Fast path: JS and Python both round the exact value and differ only at exact ties; in this
  // range an exact tie at ndigits+1 places prints (shortest digits) as exactly that, ending in 5.
  if (ndigits >= 0 && ndigits <= 100 && magnitude >= 1e-6 && magnitude < 1e9) {
    const fraction = String(magnitude).split('.')[1] ?? '';
    if (fraction.length <= ndigits) return x;
    if (!(fraction.length === ndigits + 1 && fraction.endsWith('5'))) {
      const rounded = Number(magnitude.toFixed(ndigits));
      return x < 0 ? -rounded : rounded;
    }
  }
  const { digits, point } = exactDecimal(magnitude);
  const keep = point + ndigits;
  if (keep >= digits.length) return x;
  let kept = keep > 0 ? digits.slice(0, keep) : '0';
  const next = keep >= 0 ? digits[keep]! : '0';
  const rest = keep >= 0 ? digits.slice(keep + 1) : '';
  const tie = next === '5' && /^0*$/.test(rest);
  const up = next > '5' || (next === '5' && !tie) || (tie && Number(kept.at(-1)) % 2 === 1);
  if (up && keep >= 0) kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  // kept holds the digits up to 10^-ndigits; put the point (or the zeros) back.
  const value = ndigits >= 0 ? Number(`${kept.slice(0, kept.length - ndigits) || '0'}.${kept.slice(kept.length - ndigits) || '0'}`) : Number(kept + '0'.repeat(-ndigits));
  return x < 0 || Object.is(x, -0) ? -value : value;
}

function pyStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** Python's `repr(value)`: how a value nested in a list or dict is printed. */
export function pyRepr(value: Value): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return pyFloatRepr(value);
  if (typeof value === 'string') return pyStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
}

/** Python's `str(value)`: strings as they are, everything else as its repr. */
export function pyStr(value: Value): string {
  return typeof value === 'string' ? value : pyRepr(value);
}

/** Printable ASCII without `"` and `\\`: a string json.dumps prints as it is, between quotes. */
const PLAIN_JSON_STRING = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export function jsonString(text: string): string {
  if (PLAIN_JSON_STRING.test(text)) return `"${text}"`;
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    // ensure_ascii: everything outside ASCII as \uXXXX (UTF-16 units, so astral chars become pairs)
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A scalar as json.dumps prints it; undefined for a list or dict. */
export function jsonScalar(value: Value | undefined): string | undefined {
  if (value === undefined || value === null) return 'null';
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) return 'NaN';
      if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
      return pyFloatRepr(value);
    case 'string':
      return jsonString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    default:
      return undefined;
  }
}

/**
 * ASCII text built piece by piece, for output that can run to hundreds of megabytes (a
 * million-key diff): pieces are joined into a short string, copied into 1 MiB buffers every
 * 16 KiB (so no long chain of joined strings is kept for the garbage collector, and a buffer is
 * written to a few times, not once a piece), and turned into text once. Only for text that is
 * ASCII by construction (json.dumps' ensure_ascii output): other characters would not survive.
 */
export class TextBuilder {
  private readonly chunks: Buffer[] = [];
  private buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  private pending = '';

  add(text: string): void {
    this.pending += text;
    if (this.pending.length > 16384) this.flush();
  }

  private flush(): void {
    const text = this.pending;
    this.pending = '';
    if (this.used + text.length > this.buffer.length) {
      this.chunks.push(this.buffer.subarray(0, this.used));
      this.buffer = Buffer.allocUnsafe(Math.max(1 << 20, text.length));
      this.used = 0;
    }
    this.used += this.buffer.write(text, this.used, 'latin1');
  }

  private finish(): void {
    this.flush();
    this.chunks.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(0);
    this.used = 0;
  }

  /**
   * The text as strings of up to 1 MiB, for writing out one after another: a million-key diff
   * is never one string (nor one more buffer) beside the buffers it was written into.
   */
  *pieces(): Generator<string> {
    this.finish();
    while (this.chunks.length > 0) yield this.chunks.shift()!.toString('latin1');
  }

  toString(): string {
    this.finish();
    const text = Buffer.concat(this.chunks).toString('latin1');
    this.chunks.length = 0;
    return text;
  }
}

/** Appends `value` as Python's `json.dumps(value, indent=indent)` prints it at nesting `level`. */
export function appendJson(out: TextBuilder, value: Value | undefined, indent: number | undefined, level = 0): void {
  const scalar = jsonScalar(value);
  if (scalar !== undefined) return out.add(scalar);
  const list = Array.isArray(value);
  // as the file has them: a key like "10" after "b" stays there (Python's dict order)
  const keys = list ? undefined : orderedKeys(value as { [key: string]: Value });
  const length = list ? (value as Value[]).length : keys!.length;
  const [open, close] = list ? ['[', ']'] : ['{', '}'];
  if (length === 0) return out.add(open + close);
  const separator = indent === undefined ? ', ' : `,\n${' '.repeat(indent * (level + 1))}`;
  out.add(indent === undefined ? open : `${open}\n${' '.repeat(indent * (level + 1))}`);
  for (let i = 0; i < length; i++) {
    if (i > 0) out.add(separator);
    if (list) {
      appendJson(out, (value as Value[])[i], indent, level + 1);
    } else {
      const key = keys![i]!;
      out.add(`${jsonString(key)}: `);
      appendJson(out, (value as { [key: string]: Value })[key], indent, level + 1);
    }
  }
  out.add(indent === undefined ? close : `\n${' '.repeat(indent * level)}${close}`);
}

/** Python's `json.dumps(value, indent=indent)` with its defaults (ensure_ascii, NaN allowed). */
export function pyJsonDumps(value: Value | undefined, indent?: number): string {
  const scalar = jsonScalar(value);
  if (scalar !== undefined) return scalar;
  const out = new TextBuilder();
  appendJson(out, value, indent);
  return out.toString();
}

export { isPlainObject };
