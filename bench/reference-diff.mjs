// The floor the diff engine is measured against: the least a program can do for
// `metrics diff --json` (read the file at HEAD with git and in the workspace, parse, flatten,
// diff, print) or `metrics show --json` (read, parse, print). No DVC rules, no checks, no
// Python formatting: what is left when all of that costs nothing.
//   node bench/reference-diff.mjs diff|show FILE
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [mode, path] = process.argv.slice(2);

function flatten(object, prefix, out) {
  for (const key in object) {
    const value = object[key];
    const dotted = prefix === '' ? key : `${prefix}.${key}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value, dotted, out);
    else out.set(dotted, value);
  }
  return out;
}

const workspace = JSON.parse(readFileSync(path, 'utf8'));
if (mode === 'show') {
  process.stdout.write(`${JSON.stringify({ '': { data: { [path]: { data: workspace } } } })}\n`);
} else {
  const head = JSON.parse(execFileSync('git', ['show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 2 ** 31 - 1 }));
  const old = flatten(head, '', new Map());
  const now = flatten(workspace, '', new Map());
  const changes = {};
  for (const key of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(key) ?? null;
    const b = now.get(key) ?? null;
    if (a === b) continue;
    changes[key] = typeof a === 'number' && typeof b === 'number' ? { old: a, new: b, diff: b - a } : { old: a, new: b };
  }
  process.stdout.write(`${JSON.stringify({ [path]: changes })}\n`);
}
