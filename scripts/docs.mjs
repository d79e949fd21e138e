// Writes the README's input and output tables from action.yml (the single spec), between the
// `<!-- inputs -->`/`<!-- outputs -->` markers. `--check` fails when the README is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from 'markdown-table';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const action = parse(await readFile(join(root, 'action.yml'), 'utf8'));
const readmePath = join(root, 'README.md');
const readme = await readFile(readmePath, 'utf8');

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const inputs = markdownTable([
  ['Input', 'Default', 'Description'],
  ...Object.entries(action.inputs ?? {}).map(([name, spec]) => [`\`${name}\``, spec.default === undefined ? '' : `\`${cell(spec.default)}\``, cell(spec.description)]),
]);
const outputs = markdownTable([
  ['Output', 'Description'],
  ...Object.entries(action.outputs ?? {}).map(([name, spec]) => [`\`${name}\``, cell(spec.description)]),
]);

function replaceBetween(text, name, content) {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

const fresh = replaceBetween(replaceBetween(readme, 'inputs', inputs), 'outputs', outputs);
if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    console.error('README.md input/output tables are out of date with action.yml: run `npm run docs`.');
    process.exit(1);
  }
} else if (fresh !== readme) {
  await writeFile(readmePath, fresh);
}
