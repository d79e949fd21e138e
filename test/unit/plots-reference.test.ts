/**
 * The plots engine against DVC's own code: dvc/render (match, convert, the converters) and
 * dvc-render's VegaRenderer and templates, vendored in test/fixtures/plots/reference and run with
 * python3. The same input goes to both; stdout must be the same bytes. Cases are DVC's
 * (tests/unit/render/test_vega_converter.py, test_match.py, tests/integration/plots) plus the
 * template and multi-source paths they leave out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pyJsonDumps } from '../../src/metrics/pyformat.js';
import { parseStructured } from '../../src/metrics/parse.js';
import { isPlainObject, type Value } from '../../src/metrics/value.js';
import { plotsJson } from '../../src/plots/json.js';
import { matchPlots, type RevisionData, type SourceData } from '../../src/plots/match.js';
import { PLOT_TEMPLATES } from '../../src/plots/types.js';
import { PyException, VegaConverter, type Props } from '../../src/plots/vega-converter.js';
import { TEMPLATES } from '../../src/plots/vega-templates.js';
import { ROOT } from '../helpers/paths.js';

const RUN = join(ROOT, 'test', 'fixtures', 'plots', 'reference', 'run.py');
const python = (request: unknown): string => execFileSync('python3', [RUN], { input: JSON.stringify(request), encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
/** JSON as Python reads it: ints stay ints. */
const pyValue = (request: unknown): Value => parseStructured(JSON.stringify(request), 'json', 'request.json');

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'mlops-plots-ref-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

function revisionData(node: Value): RevisionData {
  const revision = node as { [key: string]: Value };
  const definitions = new Map<string, { data: Map<string, Props> }>();
  const defs = revision.definitions as { [key: string]: Value } | undefined;
  for (const [config, content] of Object.entries((defs?.data as { [key: string]: Value }) ?? {})) {
    definitions.set(config, { data: new Map(Object.entries(((content as { [key: string]: Value }).data as { [key: string]: Props }) ?? {})) });
  }
  const sources = new Map<string, SourceData>();
  for (const [path, source] of Object.entries(((revision.sources as { [key: string]: Value } | undefined)?.data as { [key: string]: Value }) ?? {})) {
    const { data, error } = source as { data?: Value; error?: { type: string; msg: string } };
    const bytes = isPlainObject(data) && typeof data.base64 === 'string' && Object.keys(data).length === 1 ? new Uint8Array(Buffer.from(data.base64, 'base64')) : data;
    sources.set(path, { ...(bytes !== undefined ? { data: bytes } : {}), ...(error ? { error: error as never } : {}) });
  }
  const error = (defs?.error as { type: string; msg: string } | undefined) ?? undefined;
  return { definitions, sources, ...(error ? { error } : {}) };
}

async function ours(request: { data: unknown; split?: boolean }): Promise<string> {
  const data = new Map(Object.entries(pyValue(request.data) as { [key: string]: Value }).map(([rev, node]) => [rev, revisionData(node)]));
  const result = await matchPlots(data, { outDir: out, repoPath: (source) => source });
  return plotsJson(result, { split: request.split });
}

const source = (data: unknown) => ({ data, props: {} });
const oneRevision = (definitions: Record<string, Record<string, unknown>>, sources: Record<string, unknown>, rev = 'workspace') => ({
  [rev]: { definitions: { data: Object.fromEntries(Object.entries(definitions).map(([config, plots]) => [config, { data: plots }])) }, sources: { data: sources } },
});

const linear = [{ x: 1, y: 0.1 }, { x: 2, y: 0.2 }, { x: 3, y: 0.3 }];
const linear2 = [{ x: 1, y: 0.2 }, { x: 2, y: 0.3 }, { x: 3, y: 0.4 }];
const confusion = [{ actual: 0, predicted: 1 }, { actual: 0, predicted: 1 }, { actual: 1, predicted: 0 }, { actual: 1, predicted: 0 }];

test('the templates are dvc-render\'s, key for key', () => {
  const script = "import json,sys; sys.path.insert(0, sys.argv[1]); from dvc_render.vega_templates import TEMPLATES; print(json.dumps({t.DEFAULT_NAME: t.DEFAULT_CONTENT for t in TEMPLATES}))";
  const theirs = execFileSync('python3', ['-c', script, join(ROOT, 'test', 'fixtures', 'plots', 'reference')], { encoding: 'utf8' });
  const mine = pyJsonDumps(Object.fromEntries(Object.entries(TEMPLATES).map(([name, content]) => [name, pyValue(content)])));
  expect(`${mine}\n`).toBe(theirs);
  expect(Object.keys(TEMPLATES).sort()).toEqual([...PLOT_TEMPLATES].sort());
});

/** tests/unit/render/test_vega_converter.py::test_convert and ::test_convert_fail, verbatim inputs. */
const CONVERT: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ['default_x_y', { f: { metric: [{ v: 1 }, { v: 2 }] } }, {}],
  ['choose_x_y', { f: { metric: [{ v: 1, v2: 0.1 }, { v: 2, v2: 0.2 }] } }, { x: 'v', y: 'v2' }],
  ['find_in_nested_structure', { f: { some: 'noise', very: { nested: { metric: [{ v: 1, v2: 0.1 }, { v: 2, v2: 0.2 }] } } } }, { x: 'v', y: 'v2', x_label: 'x', y_label: 'y' }],
  ['y_def_list', { f: { metric: [{ v: 1, v2: 0.1 }, { v: 2, v2: 0.2 }] } }, { y: { f: ['v', 'v2'] } }],
  ['multi_source_json', { f: { metric: [{ v: 1 }, { v: 2 }], other_metric: [{ z: 3 }, { z: 4 }] } }, { y: { f: ['v', 'z'] } }],
  ['multi_file_json', { f: { metric: [{ v: 1, v2: 0.1 }, { v: 2, v2: 0.2 }] }, f2: { metric: [{ v: 3, v2: 0.3 }] } }, { x: 'v', y: { f: 'v2', f2: 'v2' } }],
  ['y_list', { f: { metric: [{ v: 1, v2: 0.1 }, { v: 2, v2: 0.2 }] } }, { y: ['v', 'v2'] }],
  ['multi_source_y_single_x', { f: { metric: [{ v: 1, v2: 0.1, v3: 0.01 }] }, f2: { metric: [{ v: 1, v2: 0.1 }] } }, { y: { f: ['v2', 'v3'], f2: ['v2'] }, x: 'v' }],
  ['multi_file_y_same_prefix', { 'dir/f': { metric: [{ v: 1, v2: 0.1 }] }, 'dir/f2': { metric: [{ v: 1, v2: 0.1 }] } }, { y: { 'dir/f': ['v2'], 'dir/f2': ['v2'] }, x: 'v' }],
  ['multiple_x_fields', { f: { metric: [{ x1: 1, v: 0.1 }] }, f2: { metric: [{ x2: 100, v: 0.1 }] } }, { y: { f: ['v'], f2: ['v'] }, x: { f: 'x1', f2: 'x2' } }],
  ['y_list_x_dict', { f: { metric: [{ v: 1, v2: 0.1, x1: 100 }, { v: 2, v2: 0.2, x1: 1000 }] }, f2: { metric: [{ x2: -2 }, { x2: -4 }] } }, { y: ['v', 'v2'], x: { f: 'x1', f2: 'x2' } }],
  ['unequal_datapoints', { f: { metric: [{ v: 1 }, { v: 2 }] }, f2: { metric: [{ v2: 0.1 }] } }, { x: { f: 'v' }, y: { f2: 'v2' } }],
  ['unequal_x_y', { f: { metric: [{ v: 1, v2: 0.1 }, { v: 2, v2: 0.2 }] }, f2: { metric: [{ v: 3, v2: 0.3 }] } }, { x: { f: 'v', f2: 'v3' }, y: { f: 'v2' } }],
  // and what they leave out: no datapoints list, an empty one, a scalar file, a step column overwritten
  ['no_lists', { f: { acc: 0.9 } }, { y: 'acc' }],
  ['empty_list', { f: { metric: [] } }, {}],
  ['scalar_file', { f: 5 }, {}],
  ['step_overwritten', { f: [{ step: 10, loss: 0.5 }, { step: 20, loss: 0.25 }] }, {}],
  ['x_field_missing', { f: [{ a: 1, b: 2 }] }, { x: 'c' }],
  ['ragged_rows', { f: [{ a: 1, b: 2 }, { a: 2 }] }, {}],
  ['floats_stay_floats', { f: [{ a: 1.0, b: 2 }, { a: 2.5, b: 3 }] }, { x: 'a' }],
];

describe.each(CONVERT)('VegaConverter.flat_datapoints: %s', (_name, data, properties) => {
  it('gives DVC\'s rows and properties, or its exception', () => {
    const request = { plot_id: 'f', data, properties, revision: 'r' };
    const expected = python({ convert: request });
    const value = pyValue(request) as { data: { [file: string]: Value }; properties: Props };
    let actual: string;
    try {
      const { rows, properties: resolved } = new VegaConverter('f', new Map(Object.entries(value.data)), value.properties).flatDatapoints('r');
      actual = pyJsonDumps([rows, resolved]);
    } catch (error) {
      if (!(error instanceof PyException)) throw error;
      actual = pyJsonDumps({ error: { type: error.type, msg: error.message } });
    }
    expect(`${actual}\n`).toBe(expected);
  });
});

const MATCH: [string, { data: unknown; split?: boolean }][] = [
  ['no plots', { data: {} }],
  ['one file plot, x given', { data: oneRevision({ 'dvc.yaml': { 'linear.json': { x: 'x', title: 'linear' } } }, { 'linear.json': source(linear) }) }],
  ['confusion template', { data: oneRevision({ '': { 'confusion.json': { x: 'predicted', y: 'actual', template: 'confusion', title: 'confusion matrix' } } }, { 'confusion.json': source(confusion) }) }],
  ['two revisions (the workspace first)', {
    data: {
      ...oneRevision({ '': { 'linear.json': { x: 'x' } } }, { 'linear.json': source(linear2) }),
      ...oneRevision({ '': { 'linear.json': { x: 'x' } } }, { 'linear.json': source(linear) }, 'HEAD'),
    },
  }],
  ['several y files: filename varies', { data: oneRevision({ 'dvc.yaml': { train_vs_test: { x: 'x', y: { 'train.json': 'y', 'test.json': 'y' }, title: 'linear plot' } } }, { 'train.json': source(linear), 'test.json': source(linear2) }) }],
  ['several y files and fields: both vary', { data: oneRevision({ 'dvc.yaml': { both: { x: 'x', y: { 'a/train.json': 'y', 'a/test.json': ['y', 'x'] } } } }, { 'a/train.json': source(linear), 'a/test.json': source(linear2) }) }],
  ['several y fields of one file, scatter', { data: oneRevision({ 'dvc.yaml': { 'm.json': { x: 'x', y: ['y1', 'y2'], template: 'scatter' } } }, { 'm.json': source([{ x: 0, y1: 0.1, y2: 10 }, { x: 1, y1: 0.2, y2: 22 }]) }) }],
  ['confusion of two files', { data: oneRevision({ 'dvc.yaml': { cm: { x: 'actual', y: { 'train.json': 'predicted', 'test.json': 'predicted' }, template: 'confusion' } } }, { 'train.json': source(confusion), 'test.json': source(confusion) }) }],
  ['separate x file (dvclive TSVs), simple template', {
    data: oneRevision(
      { 'dvc.yaml': { 'Error vs max_leaf_nodes': { template: 'simple', x: { 'm/Max_Leaf_Nodes.tsv': 'Max_Leaf_Nodes' }, y: { 'm/Error.tsv': 'Error' } } } },
      { 'm/Error.tsv': source([{ step: '0', Error: '0.11' }, { step: '1', Error: '0.22' }]), 'm/Max_Leaf_Nodes.tsv': source([{ step: '0', Max_Leaf_Nodes: '5' }, { step: '1', Max_Leaf_Nodes: '50' }]) },
    ),
  }],
  ['every other template', {
    data: oneRevision(
      { '': Object.fromEntries(['smooth', 'confusion_normalized', 'scatter_jitter', 'bar_horizontal', 'bar_horizontal_sorted'].map((template) => [`${template}.json`, { x: 'x', y: 'y', template }])) },
      Object.fromEntries(['smooth', 'confusion_normalized', 'scatter_jitter', 'bar_horizontal', 'bar_horizontal_sorted'].map((template) => [`${template}.json`, source(linear)])),
    ),
  }],
  ['a missing file and a field not found', {
    data: {
      workspace: {
        definitions: { data: { 'dvc.yaml': { data: { 'gone.json': {}, 'bad.json': { x: 'nope' } } } } },
        sources: { data: { 'gone.json': { error: { type: 'FileNotFoundError', msg: "[Errno 2] No such file or directory: '/r/gone.json'" }, props: {} }, 'bad.json': source(linear) } },
      },
    },
  }],
  ['a revision that could not be read', { data: { HEAD: { definitions: { error: { type: 'YAMLSyntaxError', msg: "unable to read: 'dvc.yaml', YAML file structure is corrupted" } }, sources: { data: {} } } } }],
  ['the same id in two dvc.yaml files', { data: oneRevision({ 'dvc.yaml': { 'm.json': {} }, 'sub/dvc.yaml': { 'm.json': { title: 'sub' } } }, { 'm.json': source(linear) }) }],
  ['definitions squashed: the first revision wins', {
    data: {
      ...oneRevision({ '': { 'p.json': { title: 'new', x: 'x' } } }, { 'p.json': source(linear2) }),
      ...oneRevision({ '': { 'p.json': { title: 'old', y: 'x' } } }, { 'p.json': source(linear) }, 'v1'),
    },
  }],
  ['images, one entry per revision', {
    data: {
      ...oneRevision({ '': { 'image.png': {} } }, { 'image.png': source({ base64: Buffer.from('content2').toString('base64') }) }),
      ...oneRevision({ '': { 'image.png': {} } }, { 'image.png': source({ base64: Buffer.from('content').toString('base64') }) }, 'feature/v1'),
    },
  }],
  ['no data at any revision', { data: oneRevision({ '': { 'empty.json': {}, 'image.png': {} } }, {}) }],
];

describe.each(MATCH)('match_defs_renderers + _show_json: %s', (_name, request) => {
  it.each([false, true])('split %s: the same bytes as DVC', async (split) => {
    const full = { ...request, split, out };
    expect(await ours(full)).toBe(python(full));
  });
});
