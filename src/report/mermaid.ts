/**
 * Mermaid `xychart-beta` blocks and the text around them, written so that every mermaid GitHub
 * has shipped with xychart (10.x on older Enterprise Servers, 11.x on github.com) parses them:
 * numbers in plain decimals (the grammar has no exponent: `1e-05` is a syntax error), labels
 * quoted with nothing that ends or escapes a string, the two colours set in the block's own init
 * directive, and no legend (GitHub's mermaid draws none, so the legend is a text line under it).
 * Pure: data in, lines out.
 */

/** The two colours of every chart: the base revision orange, the head blue (a pair colour-blind readers tell apart). */
export const BASE_COLOUR = '#ff7f0e';
export const HEAD_COLOUR = '#1f77b4';
/** Any other revision a plot carries (the report asks for two; `mlops plots` may ask for more). */
export const OTHER_COLOUR = '#7f7f7f';

/** Squares in the same colours and their names, for the text legend (the name for readers whose fonts have no emoji). */
export const COLOUR_MARK: Record<string, string> = { [BASE_COLOUR]: '🟧 orange', [HEAD_COLOUR]: '🟦 blue', [OTHER_COLOUR]: '⬛ grey' };

/** Significant digits in the folded tables under the charts: more than a chart shows (DVC's tables keep 5). */
export const TABLE_DIGITS = 5;

/** Longest label kept in a chart; the numbers under the chart keep the whole text. */
export const LABEL_LIMIT = 60;

/**
 * A label as a mermaid string. The xychart lexer reads `"[^"]*"`, so a `"` would end it; a
 * backtick opens a markdown string; `%%` starts a comment or, as `%%{`, a directive anywhere in the
 * text; `#name;` is read as an entity; `<`/`>` go through the HTML sanitiser. Each becomes an
 * ASCII or common look-alike (`'`, `% %`, `# name;`, `‹›`: fonts without CJK have no fullwidth
 * `％`), and the label is cut to LABEL_LIMIT characters.
 */
export function mermaidString(text: string, limit = LABEL_LIMIT): string {
  let clean = text
    .replace(/[\r\n\t\v\f]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/["`]/g, "'")
    .replace(/%(?=%)/g, '% ')
    .replace(/#(?=\w+;)/g, '# ')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .trim();
  const chars = [...clean];
  if (chars.length > limit) clean = `${chars.slice(0, limit - 1).join('')}…`;
  // an empty string is no token for the lexer
  return `"${clean || ' '}"`;
}

/** Labels for a band axis: mermaid strings, made unique (d3's band scale merges equal ones, shifting every bar after). */
export function uniqueLabels(labels: readonly string[], limit = LABEL_LIMIT): string[] {
  const seen = new Set<string>();
  return labels.map((label) => {
    let text = mermaidString(label, limit);
    for (let n = 2; seen.has(text); n++) text = mermaidString(`${label.slice(0, limit - 6)} (${n})`, limit);
    seen.add(text);
    return text;
  });
}

/**
 * A number in plain decimal notation with at most `significant` significant digits, trailing
 * zeros dropped: `1e-05` → `0.00001`, `1.23456789e21` → `1234570000000000000000`.
 */
export function plainDecimal(x: number, significant = 6): string {
  if (!Number.isFinite(x)) throw new RangeError(`plainDecimal: ${x} has no decimal form`);
  if (x === 0) return '0';
  const [mantissa, exponent] = x.toExponential(Math.max(1, Math.min(100, significant)) - 1).split('e') as [string, string];
  const digits = mantissa.replace('-', '').replace('.', '');
  const exp = Number(exponent);
  let text: string;
  if (exp < 0) text = `0.${'0'.repeat(-exp - 1)}${digits}`;
  else if (exp + 1 >= digits.length) text = digits + '0'.repeat(exp + 1 - digits.length);
  else text = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return x < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** A number with at most `decimals` digits after the point, in plain notation, trailing zeros dropped. */
export function fixedDecimal(x: number, decimals: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`fixedDecimal: ${x} has no decimal form`);
  if (Math.abs(x) >= 1e21) return plainDecimal(x, 21);
  let text = x.toFixed(Math.max(0, Math.min(100, decimals)));
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** Digits after the point that show `significant` digits of the spread between lo and hi. */
export function decimalsFor(lo: number, hi: number, significant = 4): number {
  const span = Math.abs(hi - lo) || Math.abs(hi) || Math.abs(lo) || 1;
  return Math.max(0, Math.min(20, significant - 1 - Math.floor(Math.log10(span))));
}

/**
 * A y-axis range around the values: 5% padding each side (never across zero), rounded outwards to
 * a tenth of the range's order of magnitude; with `zero`, the range reaches 0 (bars start there).
 */
export function axisRange(values: readonly number[], zero = false): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length > 0 ? finite.reduce((a, b) => Math.min(a, b)) : 0;
  let hi = finite.length > 0 ? finite.reduce((a, b) => Math.max(a, b)) : 1;
  if (zero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  const span = hi - lo;
  const pad = span > 0 ? span * 0.05 : Math.abs(hi) * 0.1 || 1;
  const padded = span + 2 * pad;
  const unit = 10 ** (Math.floor(Math.log10(padded)) - 1);
  // padding never takes the axis across zero: a positive series gets no negative ticks;
  // the slack keeps 6.3 / 0.1 = 62.99999999999999 from flooring a whole unit down
  const low = lo >= 0 && lo - pad < 0 ? 0 : Math.floor((lo - pad) / unit + 1e-9) * unit;
  const high = hi < 0 && hi + pad > 0 ? 0 : Math.ceil((hi + pad) / unit - 1e-9) * unit;
  // the multiples of unit come back with float noise (0.30000000000000004); print-and-read cleans it
  return [Number(plainDecimal(low, 12)), Number(plainDecimal(high, 12))];
}

/**
 * Whether mermaid 11 puts one x on a linear axis for each of `count` values: it steps
 * `for (i = min; i <= max; i += (max - min) / (count - 1))`, and float error can end that loop one
 * step early, dropping the last value. Same doubles here as in the browser, so this is exact.
 */
export function linearAxisFits(min: number, max: number, count: number): boolean {
  if (count < 2) return count === 1;
  const step = (max - min) / (count - 1);
  if (!(step > 0)) return false;
  let placed = 0;
  for (let i = min; i <= max && placed <= count; i += step) placed++;
  return placed === count;
}

/** A linear axis bound as the chart prints it and mermaid reads it back. */
export function axisNumber(x: number): number {
  return Number(plainDecimal(x, 12));
}

export type XAxis = { title: string; categories: readonly string[] } | { title: string; min: number; max: number };

export interface XySeries {
  type: 'line' | 'bar';
  name: string;
  values: readonly number[];
  colour: string;
}

export interface XyChart {
  title?: string;
  /** Bars grow sideways and the x-axis (the categories) runs down the left. */
  horizontal?: boolean;
  x: XAxis;
  y: { title: string; min: number; max: number };
  /** Drawn in this order: the first one under the others. */
  series: readonly XySeries[];
  /** Digits after the point for the values and the y-axis. */
  decimals: number;
}

/** The fenced ```mermaid block of one xychart. */
export function xychartBlock(chart: XyChart): string[] {
  const palette = chart.series.map((series) => series.colour).join(', ');
  const number = (value: number): string => fixedDecimal(value, chart.decimals);
  const x =
    'categories' in chart.x
      ? `[${uniqueLabels(chart.x.categories).join(', ')}]`
      : `${plainDecimal(chart.x.min, 12)} --> ${plainDecimal(chart.x.max, 12)}`;
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    ...(chart.title ? [`    title ${mermaidString(chart.title)}`] : []),
    `    x-axis ${mermaidString(chart.x.title)} ${x}`,
    `    y-axis ${mermaidString(chart.y.title)} ${number(chart.y.min)} --> ${number(chart.y.max)}`,
    ...chart.series.map((series) => `    ${series.type} ${mermaidString(series.name)} [${series.values.map(number).join(', ')}]`),
    '```',
  ];
}

/** Text a reader sees outside code: markdown's punctuation escaped, one line (pipes are escaped by markdownRows, in tables). */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!~])/g, '\\$1');
}

/** Text inside an HTML element (a `<summary>`): markdown is not read there, HTML is. */
export function htmlText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline code on one line that survives backticks and, in a table, pipes. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = longest > 0 || flat.startsWith(' ') ? ` ${flat} ` : flat;
  return `${fence}${padded}${fence}`;
}

/** A GFM table from rows of already-escaped cells (pipes in cells become `\|`). */
export function markdownRows(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string[] {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const rule = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [`| ${header.map(cell).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

/** `<details>` around lines, with a summary. */
export function folded(summary: string, body: readonly string[]): string[] {
  return [`<details><summary>${htmlText(summary)}</summary>`, '', ...body, '', '</details>'];
}
