/**
 * Gates: absolute thresholds (`r2 >= 0.75`) and limits on regression against the base,
 * absolute or relative (`r2 max-drop 0.01`, `rmse max-rise 2%`). A metric may be named with its
 * file when two files share a key (`eval/metrics.json:r2 >= 0.75`).
 */
import { UsageError } from '../errors.js';
import type { MetricRow } from './compare.js';
import { pyFormatG, pyStr } from './pyformat.js';
import { toFloat } from './value.js';

export interface MetricRef {
  path?: string;
  key: string;
}

export type Gate =
  | { kind: 'threshold'; text: string; metric: MetricRef; op: '>=' | '<=' | '>' | '<'; value: number }
  | { kind: 'max-change'; text: string; metric: MetricRef; change: 'drop' | 'rise'; amount: number; relative: boolean };

export interface GateResult {
  gate: Gate;
  passed: boolean;
  /** One line: the gate, and why it passed or failed, with the numbers. */
  reason: string;
  head?: number;
  base?: number;
}

const GATE = /^(?<metric>.+?)\s*(?<op>>=|<=|>|<|\s(?:max-drop|max-rise)\s)\s*(?<value>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(?<percent>%)?$/;

function parseMetricRef(text: string): MetricRef {
  const colon = text.lastIndexOf(':');
  return colon > 0 ? { path: text.slice(0, colon), key: text.slice(colon + 1) } : { key: text };
}

/** One gate from its text. Usage error naming the gate and the accepted forms when it is not one. */
export function parseGate(text: string): Gate {
  const trimmed = text.trim();
  const match = GATE.exec(trimmed);
  // `r2 >>= 0.5`, `r2 => 0.5`: a typo'd operator would otherwise leave a metric named `r2 >` or `r2 =`
  const groups = match?.groups && !/[<>=!]/.test(match.groups.metric!) ? match.groups : undefined;
  if (!groups) {
    throw new UsageError(
      `gate '${trimmed}' is not understood.`,
      'Write `<metric> >= <number>` (also <=, >, <), `<metric> max-drop <number>[%]` or `<metric> max-rise <number>[%]`, e.g. `r2 >= 0.75` or `rmse max-rise 2%`.',
    );
  }
  const metric = parseMetricRef(groups.metric!.trim());
  const value = Number(groups.value);
  const op = groups.op!.trim();
  if (op === 'max-drop' || op === 'max-rise') {
    if (value < 0) throw new UsageError(`gate '${trimmed}': the allowed ${op.slice(4)} must not be negative.`);
    return { kind: 'max-change', text: trimmed, metric, change: op === 'max-drop' ? 'drop' : 'rise', amount: value, relative: groups.percent === '%' };
  }
  if (groups.percent) throw new UsageError(`gate '${trimmed}': a threshold takes a plain number, not a percentage.`);
  return { kind: 'threshold', text: trimmed, metric, op: op as '>=' | '<=' | '>' | '<', value };
}

/** Gates from lines of text, `;`-separated lists or repeated flags; blank lines and `#` comments skipped. */
export function parseGates(entries: readonly string[]): Gate[] {
  return entries
    .flatMap((entry) => entry.split(/[\n;]/))
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
    .map(parseGate);
}

const show = (x: number): string => pyFormatG(x, 5);

function findRow(rows: readonly MetricRow[], ref: MetricRef): MetricRow | string {
  const candidates = rows.filter((row) => row.key === ref.key && (ref.path === undefined || row.path === ref.path));
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) {
    return `metric '${ref.key}' is in several files (${candidates.map((row) => row.path).join(', ')}); name one, e.g. ${candidates[0]!.path}:${ref.key}`;
  }
  const files = [...new Set(rows.map((row) => row.path))];
  return `metric '${ref.key}' was not found${ref.path ? ` in ${ref.path}` : ''} (metrics files: ${files.join(', ') || 'none'})`;
}

function compare(op: '>=' | '<=' | '>' | '<', a: number, b: number): boolean {
  switch (op) {
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '<':
      return a < b;
  }
}

export function evaluateGate(gate: Gate, rows: readonly MetricRow[]): GateResult {
  const found = findRow(rows, gate.metric);
  if (typeof found === 'string') return { gate, passed: false, reason: `${gate.text}: failed, ${found}` };
  const name = gate.metric.key;
  const head = toFloat(found.new);
  if (head === undefined || !Number.isFinite(head)) {
    const what = found.new === null ? 'missing at the head' : `${JSON.stringify(pyStr(found.new))}, not a finite number`;
    return { gate, passed: false, reason: `${gate.text}: failed, ${name} in ${found.path} is ${what}` };
  }
  const base = toFloat(found.old);
  if (gate.kind === 'threshold') {
    const passed = compare(gate.op, head, gate.value);
    return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${name} is ${show(head)}` };
  }
  if ((base === undefined || !Number.isFinite(base)) && found.baseUnreadable !== undefined) {
    // never a pass: the base may have been better
    return { gate, passed: false, head, reason: `${gate.text}: failed, the base value of ${name} cannot be read (${found.baseUnreadable})` };
  }
  if (base === undefined || !Number.isFinite(base)) {
    return { gate, passed: true, head, reason: `${gate.text}: passed, no base value of ${name} to compare with` };
  }
  const moved = gate.change === 'drop' ? base - head : head - base;
  const amount = gate.relative ? (base === 0 ? (moved > 0 ? Infinity : 0) : (moved / Math.abs(base)) * 100) : moved;
  const passed = amount <= gate.amount;
  const verb = gate.change === 'drop' ? (moved >= 0 ? 'dropped' : 'rose') : moved >= 0 ? 'rose' : 'dropped';
  const size = gate.relative ? `${Math.abs(amount).toFixed(2)}%` : show(Math.abs(moved));
  return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${name} ${verb} by ${size} (${show(base)} → ${show(head)})` };
}

export function evaluateGates(gates: readonly Gate[], rows: readonly MetricRow[]): GateResult[] {
  return gates.map((gate) => evaluateGate(gate, rows));
}
