/** The report's metrics-json output: DVC's `metrics diff --json` shape, one object per file even when its rows do not come together. */
import { execFileSync } from 'node:child_process';
import { metricsJson } from '../../src/event-run.js';
import type { MetricRow } from '../../src/metrics/compare.js';

const row = (path: string, key: string, old: number, now: number): MetricRow => ({ path, key, old, new: now, diff: now - old, verdict: 'changed' });
const json = (rows: MetricRow[]) => metricsJson({ metrics: rows, reportInput: {} as never });

test('rows of one file in a run, and rows whose files interleave, give the same JSON, as python3 reads and prints it', () => {
  const together = [row('a.json', 'x', 1.5, 2.5), row('a.json', 'y', 0.25, 0.5), row('b.json', 'z', 3.5, 1.5)];
  const interleaved = [together[0]!, together[2]!, together[1]!];
  const text = json(together);
  expect(text).toBe('{"a.json": {"x": {"old": 1.5, "new": 2.5, "diff": 1.0}, "y": {"old": 0.25, "new": 0.5, "diff": 0.25}}, "b.json": {"z": {"old": 3.5, "new": 1.5, "diff": -2.0}}}');
  expect(json(interleaved)).toBe('{"a.json": {"x": {"old": 1.5, "new": 2.5, "diff": 1.0}, "y": {"old": 0.25, "new": 0.5, "diff": 0.25}}, "b.json": {"z": {"old": 3.5, "new": 1.5, "diff": -2.0}}}');
  expect(execFileSync('python3', ['-c', 'import json,sys; print(json.dumps(json.loads(sys.stdin.read())), end="")'], { input: text, encoding: 'utf8' })).toBe(text);
  expect(json([])).toBe('{}');
});
