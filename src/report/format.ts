/** How numbers look in the report: the same rounding as the DVC tables, plus signed percentages. */
import { formatField } from '../metrics/dvc-verbs.js';
import type { Value } from '../metrics/value.js';

export function formatValue(value: Value | undefined, precision: number): string {
  return formatField(value, precision);
}

export function formatPercent(percent: number | undefined): string {
  if (percent === undefined || !Number.isFinite(percent)) return '';
  const rounded = Math.abs(percent) < 0.005 ? 0 : percent;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${Math.abs(rounded).toFixed(2)}%`;
}

/** A table cell: pipes would split the cell, newlines would end the row. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`;
}
