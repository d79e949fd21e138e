/**
 * Gates: absolute thresholds (`r2 >= 0.75`), limits on regression against the base, absolute or
 * relative (`r2 max-drop 0.01`, `rmse max-rise 2%`), and a least improvement (`r2 min-gain 0.005`,
 * MLflow's min_absolute_change). A metric may be named with its file when two files share a key
 * (`eval/metrics.json:r2 >= 0.75`). `significant` after a change gate judges it against the
 * evaluation's noise: the paired interval of the change must show it, not merely allow it.
 */
import { escapeText, UsageError } from '../errors.js';
import type { MetricRow } from './compare.js';
import { pyFormatG, pyStr } from './pyformat.js';
import { toFloat } from './value.js';

export interface MetricRef {
  path?: string;
  key: string;
}

export type Gate =
  | { kind: 'threshold'; text: string; metric: MetricRef; op: '>=' | '<=' | '>' | '<'; value: number }
  | { kind: 'max-change'; text: string; metric: MetricRef; change: 'drop' | 'rise'; amount: number; relative: boolean; significant?: boolean }
  | { kind: 'min-gain'; text: string; metric: MetricRef; amount: number; relative: boolean; significant?: boolean };

/** The paired interval of head − base for a metric, where the predictions gave one. */
export type ChangeInterval = (row: MetricRow) => { low: number; high: number } | undefined;

export interface GateResult {
  gate: Gate;
  passed: boolean;
  /** One line: the gate, and why it passed or failed, with the numbers. */
  reason: string;
  head?: number;
  base?: number;
}

const GATE = /^(?<metric>.+?)\s*(?<op>>=|<=|>|<|\s(?:max-drop|max-rise|min-gain)\s)\s*(?<value>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(?<percent>%)?(?:\s+(?<significant>significant))?$/;

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
      `gate '${escapeText(trimmed)}' is not understood.`,
      'Write `<metric> >= <number>` (also <=, >, <), `<metric> max-drop <number>[%]`, `<metric> max-rise <number>[%]` or `<metric> min-gain <number>[%]`, with `significant` after a change gate to judge it against the noise, e.g. `r2 >= 0.75`, `rmse max-rise 2%` or `r2 max-drop 0.01 significant`.',
    );
  }
  const metric = parseMetricRef(groups.metric!.trim());
  const value = Number(groups.value);
  const op = groups.op!.trim();
  const significant = groups.significant === 'significant' ? { significant: true } : {};
  if (op === 'max-drop' || op === 'max-rise') {
    if (value < 0) throw new UsageError(`gate '${trimmed}': the allowed ${op.slice(4)} must not be negative.`);
    return { kind: 'max-change', text: trimmed, metric, change: op === 'max-drop' ? 'drop' : 'rise', amount: value, relative: groups.percent === '%', ...significant };
  }
  if (op === 'min-gain') {
    if (value < 0) throw new UsageError(`gate '${trimmed}': the least gain must not be negative.`);
    return { kind: 'min-gain', text: trimmed, metric, amount: value, relative: groups.percent === '%', ...significant };
  }
  if (groups.percent) throw new UsageError(`gate '${trimmed}': a threshold takes a plain number, not a percentage.`);
  if (groups.significant) throw new UsageError(`gate '${trimmed}': significant goes with a change gate (max-drop, max-rise, min-gain), not a threshold.`);
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

/** A change gate's amount in the metric's units (a relative one from the base). */
const absoluteAmount = (gate: { amount: number; relative: boolean }, base: number): number => (gate.relative ? (gate.amount / 100) * Math.abs(base) : gate.amount);

function minGain(gate: Extract<Gate, { kind: 'min-gain' }>, found: MetricRow, head: number, base: number, interval: ReturnType<ChangeInterval>): GateResult {
  const name = gate.metric.key;
  if (!found.direction) {
    return { gate, passed: false, head, base, reason: `${gate.text}: failed, ${name} has no direction to gain in (set direction: {${name}: higher} or lower)` };
  }
  const gain = found.direction === 'lower' ? base - head : head - base;
  const needed = absoluteAmount(gate, base);
  const size = gate.relative ? `${((gain / Math.abs(base || 1)) * 100).toFixed(2)}%` : show(gain);
  if (gate.significant && interval) {
    // the whole interval of the change must be a gain of at least the amount
    const least = found.direction === 'lower' ? -interval.high : interval.low;
    const passed = least >= needed;
    return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${name} gained ${size} (${show(base)} → ${show(head)}), at least ${show(least)} by its interval` };
  }
  const passed = gain >= needed;
  const note = gate.significant ? '; no interval (predictions), judged as a plain gate' : '';
  return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${name} gained ${size} (${show(base)} → ${show(head)})${note}` };
}

export function evaluateGate(gate: Gate, rows: readonly MetricRow[], changeInterval?: ChangeInterval): GateResult {
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
    // a new metric cannot regress, and has not gained either
    if (gate.kind === 'min-gain') return { gate, passed: false, head, reason: `${gate.text}: failed, no base value of ${name} to gain on` };
    return { gate, passed: true, head, reason: `${gate.text}: passed, no base value of ${name} to compare with` };
  }
  const interval = gate.significant ? changeInterval?.(found) : undefined;
  if (gate.kind === 'min-gain') return minGain(gate, found, head, base, interval);
  const moved = gate.change === 'drop' ? base - head : head - base;
  const amount = gate.relative ? (base === 0 ? (moved > 0 ? Infinity : 0) : (moved / Math.abs(base)) * 100) : moved;
  const verb = gate.change === 'drop' ? (moved >= 0 ? 'dropped' : 'rose') : moved >= 0 ? 'rose' : 'dropped';
  const size = gate.relative ? `${Math.abs(amount).toFixed(2)}%` : show(Math.abs(moved));
  const change = `${name} ${verb} by ${size} (${show(base)} → ${show(head)})`;
  if (gate.significant && interval) {
    // fails only when the data show the regression: the whole interval of the change is beyond the limit
    const limit = absoluteAmount(gate, base);
    const shown = gate.change === 'drop' ? interval.high < -limit : interval.low > limit;
    const passed = amount <= gate.amount || !shown;
    const why = amount <= gate.amount ? '' : shown ? `, and its interval [${show(interval.low)}, ${show(interval.high)}] shows it` : `, within the noise: its interval [${show(interval.low)}, ${show(interval.high)}] allows ${gate.change === 'drop' ? 'a drop' : 'a rise'} of at most ${show(limit)}`;
    return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${change}${why}` };
  }
  const passed = amount <= gate.amount;
  const note = gate.significant ? '; no interval (predictions), judged as a plain gate' : '';
  return { gate, passed, head, base, reason: `${gate.text}: ${passed ? 'passed' : 'failed'}, ${change}${note}` };
}

export function evaluateGates(gates: readonly Gate[], rows: readonly MetricRow[], changeInterval?: ChangeInterval): GateResult[] {
  return gates.map((gate) => evaluateGate(gate, rows, changeInterval));
}
