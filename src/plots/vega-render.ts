/**
 * dvc-render's VegaRenderer (dvc_render/vega.py): a template filled with a plot's rows and
 * properties, whole (`get_filled_template`, what `--json` prints as `content`) or with the rows,
 * title, labels and styling left as anchors and given beside it (`get_partial_filled_template`,
 * `--json --split`). Values are Python-typed (bigint = int), so the spec prints as DVC's does.
 */
import { isPlainObject, type Value } from '../metrics/value.js';
import type { PlotTemplate } from './types.js';
import { TEMPLATES, type Json } from './vega-templates.js';

export type Row = { [key: string]: Value };

/** One y source of a plot: DVC's `anchors_y_definitions`, what colours and dashes split by. */
export interface YSource {
  filename: string;
  field: string;
}

/** The renderer's properties that reach the template (DVC's `renderer.properties`). */
export interface RenderProps {
  title?: string;
  x?: string;
  y?: string;
  xLabel?: string;
  yLabel?: string;
  ySources: readonly YSource[];
  /** `revs_with_datapoints`: the colour domain. */
  revisions: readonly string[];
}

export interface Rendered {
  content: { [key: string]: Value };
  /** `--split` only: the anchors' values, in the order DVC sets them. */
  anchorDefinitions?: { [anchor: string]: Value };
}

/** A template of ours that a name does not give (DVC's TemplateNotFoundError). */
export class RenderError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

const REV = 'rev';
const FILENAME = 'filename';
const FIELD = 'field';
const FIELD_SEPARATOR = '::';

const SPLIT_ANCHORS = ['color', 'data', 'plot_height', 'plot_width', 'shape', 'stroke_dash', 'title', 'tooltip', 'x_label', 'y_label', 'zoom_and_pan'];
const OPTIONAL_ANCHORS = ['color', 'column', 'group_by_x', 'group_by_y', 'group_by', 'pivot_field', 'plot_height', 'plot_width', 'row', 'shape', 'stroke_dash', 'tooltip', 'zoom_and_pan'];
const OPTIONAL_ANCHOR_RANGES: { [name: string]: Value[] } = {
  stroke_dash: [[1n, 0n], [8n, 8n], [8n, 4n], [4n, 4n], [4n, 2n], [2n, 1n], [1n, 1n]],
  color: ['#945dd6', '#13adc7', '#f46837', '#48bb78', '#4299e1', '#ed8936', '#f56565'],
  shape: ['circle', 'square', 'triangle', 'diamond'],
};

/** `Template.anchor(name)`. */
export const anchor = (name: string): string => `<DVC_METRIC_${name.toUpperCase()}>`;

/** The templates' numbers as Python has them: the integral ones are ints in the source. */
function fromJson(node: Json): Value {
  if (typeof node === 'number') return Number.isInteger(node) ? BigInt(node) : node;
  if (Array.isArray(node)) return node.map(fromJson);
  if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, fromJson(item)]));
  return node;
}

export function isTemplate(name: string): name is PlotTemplate {
  return Object.hasOwn(TEMPLATES, name);
}

/** `get_template(name)` for dvc-render's own templates; custom template files are not read. */
export function templateContent(name: string | undefined): { [key: string]: Value } {
  const chosen = name ?? 'linear';
  if (!isTemplate(chosen)) throw new RenderError('TemplateNotFoundError', `Template '${chosen}' not found.`);
  return fromJson(TEMPLATES[chosen]) as { [key: string]: Value };
}

function dictReplaceValue(d: { [key: string]: Value }, name: string, value: Value): { [key: string]: Value } {
  const x: { [key: string]: Value } = {};
  for (const [k, original] of Object.entries(d)) {
    let v = original;
    if (isPlainObject(v)) v = dictReplaceValue(v, name, value);
    else if (Array.isArray(v)) v = listReplaceValue(v, name, value);
    else if (typeof v === 'string') {
      if (v === name) {
        x[k] = value;
        continue;
      }
      if (v.includes(name) && typeof value === 'string') v = v.split(name).join(value);
    }
    x[k] = v;
  }
  return x;
}

function listReplaceValue(l: Value[], name: string, value: Value): Value[] {
  return l.map((e) => {
    if (Array.isArray(e)) return listReplaceValue(e, name, value);
    if (isPlainObject(e)) return dictReplaceValue(e, name, value);
    return typeof e === 'string' && e === name ? value : e;
  });
}

function findValue(d: Value, value: string): boolean {
  if (isPlainObject(d)) {
    for (const v of Object.values(d)) {
      if (isPlainObject(v) && findValue(v, value)) return true;
      if (typeof v === 'string' && v === value) return true;
      if (Array.isArray(v) && v.some((e) => findValue(e, value))) return true;
    }
    return false;
  }
  return typeof d === 'string' && d === value;
}

/** `Template.escape_special_characters`: Vega reads `.` and `[]` in a field name as a path. */
export function escapeField(value: string): string {
  return value.replace(/[.[\]]/g, (character) => `\\${character}`);
}

/**
 * Which of `filename` and `field` tell the rows apart (DVC's `_process_optional_anchors` and
 * `_collect_variations`): null when the template has no optional anchor (rows kept whole), []
 * for one y source.
 */
export function variedKeys(template: PlotTemplate, ySources: readonly YSource[]): string[] | null {
  const content = fromJson(TEMPLATES[template]);
  if (!OPTIONAL_ANCHORS.some((name) => findValue(content, anchor(name)))) return null;
  if (ySources.length <= 1) return [];
  return variations(ySources).keys;
}

function variations(ySources: readonly YSource[]): { keys: string[]; domain: string[] } {
  const values = new Map<string, Set<string>>([[FILENAME, new Set()], [FIELD, new Set()]]);
  const concat = new Set<string>();
  for (const source of ySources) {
    values.get(FILENAME)!.add(source.filename);
    values.get(FIELD)!.add(source.field);
    concat.add([source.filename, source.field].join(FIELD_SEPARATOR));
  }
  const keys = [FILENAME, FIELD].filter((key) => values.get(key)!.size > 1);
  // DVC indexes varied_keys[0] here; with nothing varied (the same source twice) it would fail
  const domain = keys.length === 2 ? [...concat] : keys.length === 1 ? [...values.get(keys[0]!)!] : [];
  return { keys, domain: domain.sort() };
}

/**
 * `VegaRenderer._update_datapoints`: with one y source `filename` and `field` go; with several,
 * only what varies stays (both varying: joined under `filename::field`). Returns new rows.
 */
export function updateDatapoints(rows: readonly Row[], varied: string[] | null): Row[] {
  if (varied === null) return rows.map((row) => ({ ...row }));
  const concatenate = varied.length === 2 ? varied : [];
  const remove = varied.length === 2 ? varied : [FILENAME, FIELD].filter((key) => !varied.includes(key));
  return rows.map((original) => {
    const row = { ...original };
    if (concatenate.length > 0) row[concatenate.join(FIELD_SEPARATOR)] = concatenate.map((key) => String(row[key] ?? '')).join(FIELD_SEPARATOR);
    for (const key of remove) delete row[key];
    return row;
  });
}

/** One filling of a template, as a VegaRenderer does it; the rows are already updated. */
class Filling {
  content: { [key: string]: Value };
  readonly split: { [anchor: string]: Value } = {};

  constructor(
    template: PlotTemplate,
    private readonly props: RenderProps,
    private readonly splitAnchors: readonly string[],
  ) {
    this.content = templateContent(template);
  }

  has(name: string): boolean {
    return findValue(this.content, anchor(name));
  }

  fill(name: string, value: Value): void {
    this.content = dictReplaceValue(this.content, anchor(name), value);
  }

  setSplit(name: string, value: Value): void {
    this.split[anchor(name)] = value;
  }

  optional(optional: string[], name: string, value: Value): void {
    const at = optional.indexOf(name);
    if (at < 0) return;
    optional.splice(at, 1);
    if (this.splitAnchors.includes(name)) this.setSplit(name, value);
    else this.fill(name, value);
  }

  mapping(optional: string[], field: string, name: string, domain: readonly string[]): void {
    const at = optional.indexOf(name);
    if (at < 0) return;
    optional.splice(at, 1);
    const full = OPTIONAL_ANCHOR_RANGES[name] ?? [];
    const range = domain.map((_, i) => full[i % full.length]!);
    const legend: { [key: string]: Value } = name === 'color' ? {} : { legend: { symbolFillColor: 'transparent', symbolStrokeColor: 'grey' } };
    const encoding: Value = { field, scale: { domain: [...domain], range }, ...legend };
    if (this.splitAnchors.includes(name)) this.setSplit(name, encoding);
    else this.fill(name, encoding);
  }

  groupBy(optional: string[], groupBy: string[]): void {
    const { x = null, y = null } = this.props;
    this.optional(optional, 'group_by', groupBy);
    this.optional(optional, 'group_by_x', [...groupBy, x]);
    this.optional(optional, 'group_by_y', [...groupBy, y]);
  }

  tooltip(optional: string[], additional: string[] = []): void {
    const { x = null, y = null } = this.props;
    this.optional(optional, 'tooltip', [{ field: REV }, { field: x }, { field: y }, ...additional.map((field) => ({ field }))]);
  }

  /** `_process_optional_anchors`. */
  optionalAnchors(): void {
    const optional = OPTIONAL_ANCHORS.filter((name) => this.has(name));
    if (optional.length === 0) return;
    this.mapping(optional, REV, 'color', this.props.revisions);
    this.optional(optional, 'zoom_and_pan', { name: 'grid', select: 'interval', bind: 'scales' });
    this.optional(optional, 'plot_height', 300n);
    this.optional(optional, 'plot_width', 300n);
    if (this.props.ySources.length <= 1) {
      this.groupBy(optional, [REV]);
      this.optional(optional, 'pivot_field', 'datum.rev');
      this.tooltip(optional);
      for (const name of optional) this.fill(name, {});
      return;
    }
    const { keys, domain } = variations(this.props.ySources);
    if (optional.length === 0) return;
    const concatField = keys.join(FIELD_SEPARATOR);
    this.groupBy(optional, [REV, concatField]);
    this.optional(optional, 'pivot_field', [REV, ...keys].map((key) => `datum.${key}`).join(` + '${FIELD_SEPARATOR}' + `));
    this.optional(optional, 'row', { field: concatField, sort: [] });
    this.optional(optional, 'column', { field: concatField, sort: [] });
    this.tooltip(optional, [concatField]);
    for (const name of ['stroke_dash', 'shape']) this.mapping(optional, concatField, name, domain);
  }
}

/**
 * `VegaRenderer.get_filled_template()` (split: false) or `get_partial_filled_template()` (split:
 * true) over rows that `updateDatapoints` already shaped. No rows: DVC's `{}`.
 */
export function renderVega(template: PlotTemplate, props: RenderProps, rows: readonly Row[], split: boolean): Rendered {
  if (rows.length === 0) return split ? { content: {}, anchorDefinitions: {} } : { content: {} };
  for (const field of [props.x, props.y]) {
    // strict=True: DVC's NoFieldInDataError
    if (field && !rows.some((row) => Object.hasOwn(row, field))) throw new RenderError('NoFieldInDataError', `Field '${field}' does not exist in provided data.`);
  }
  const filling = new Filling(template, props, split ? SPLIT_ANCHORS : []);
  filling.optionalAnchors();
  const values: [string, Value | undefined][] = [
    ['title', props.title ?? ''],
    ['x', props.x],
    ['y', props.y],
    ['x_label', props.xLabel ?? props.x],
    ['y_label', props.yLabel ?? props.y],
    ['data', rows.map((row) => ({ ...row }))],
  ];
  for (const [name, value] of values) {
    if (value === undefined || value === null) continue;
    if (split && SPLIT_ANCHORS.includes(name)) {
      filling.setSplit(name, value);
      continue;
    }
    filling.fill(name, (name === 'x' || name === 'y') && typeof value === 'string' ? escapeField(value) : value);
  }
  return split ? { content: filling.content, anchorDefinitions: filling.split } : { content: filling.content };
}
