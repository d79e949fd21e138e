// Bundles the two entry points with ncc into dist/ (committed: a GitHub Action runs dist/, not src/).
// dist/index.js is the action, dist/cli/index.js the `mlops` CLI that also needs no node_modules.
import ncc from '@vercel/ncc';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` bundles elsewhere (the freshness test compares that with the committed dist/).
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'dist');
const entries = [
  { input: 'src/main.ts', output: '.' },
  { input: 'src/cli.ts', output: 'cli' },
];

await rm(out, { recursive: true, force: true });
for (const { input, output } of entries) {
  const { code, assets } = await ncc(join(root, input), { minify: false, sourceMap: false, quiet: true, license: 'licenses.txt', target: 'es2022' });
  const dir = join(out, output);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json') continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), asset.source);
  }
}
// ncc emits ES modules for an ESM package; tell node so, whatever package.json sits above dist/.
await writeFile(join(out, 'package.json'), '{\n  "type": "module"\n}\n');

// The Jenkins library ships the same CLI build as a library resource (no download, no npm on the
// agent). files.txt lists what the runner step writes out, package.json included.
if (outIndex < 0) {
  const resources = join(root, 'jenkins', 'resources', 'mlops');
  await rm(resources, { recursive: true, force: true });
  await mkdir(join(resources, 'cli'), { recursive: true });
  const files = (await readdir(join(out, 'cli'))).filter((name) => name.endsWith('.js')).sort();
  for (const name of files) await copyFile(join(out, 'cli', name), join(resources, 'cli', name));
  await copyFile(join(out, 'package.json'), join(resources, 'package.json'));
  await writeFile(join(resources, 'files.txt'), `${['package.json', ...files.map((name) => `cli/${name}`)].join('\n')}\n`);
}
