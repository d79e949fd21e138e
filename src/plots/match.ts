/**
 * DVC's `match_defs_renderers` (dvc/render/match.py) and `to_json`'s choice of renderer: the plot
 * definitions of every revision grouped by id, each group's data converted per revision and
 * joined into one plot, with the errors DVC reports for it. Pure but for the image files it
 * writes, as DVC's ImageConverter does.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pyStr } from '../metrics/pyformat.js';
import { isPlainObject, type Value } from '../metrics/value.js';
import type { ImagePlot, PlotError, PlotRow, PlotsResult, VegaPlot } from './types.js';
import { PyException, VegaConverter, type Props } from './vega-converter.js';
import { isTemplate, RenderError, renderVega, updateDatapoints, variedKeys, type Row, type YSource } from './vega-render.js';

/** An exception as `--json` reports it (`encode_exception`). */
export interface PyError {
  type: string;
  msg: string;
}

/** One data file at a revision: its parsed content (bytes for an image), or why there is none. */
export interface SourceData {
  /** Absent when DVC's parse gave nothing truthy (an empty file, `{}`, `[]`). */
  data?: Value | Uint8Array;
  error?: PyError;
}

export interface ConfigDefinitions {
  /** Plot id → its properties (DVC's definitions for one dvc.yaml; `''` holds stage plots and targets). */
  data: Map<string, Props>;
}

/** What DVC's `Plots.collect` gathered at one revision. */
export interface RevisionData {
  /** Config file (cwd-relative dvc.yaml, or '') → its plots. */
  definitions: Map<string, ConfigDefinitions>;
  /** The revision could not be read at all (a broken dvc.yaml). */
  error?: PyError;
  /** Data file (cwd-relative) → content. */
  sources: Map<string, SourceData>;
}

export interface MatchOptions {
  /** Where image plots are written (absolute). */
  outDir: string;
  /** A source's path relative to the repository root, for ImagePlot.repoPath. */
  repoPath: (source: string) => string;
}

export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.gif', '.png', '.svg']);

/** `os.path.splitext(path)[1]`: a leading dot is part of the name, not an extension. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && name.slice(0, dot).replace(/\./g, '') !== '' ? name.slice(dot) : '';
}

/** `ImageRenderer.matches`: `Path(id).suffix` is an image extension. */
export const isImageId = (id: string): boolean => IMAGE_EXTENSIONS.has(extensionOf(id));

/** `infer_data_sources`: the y files of a named plot (and its x file), else the id itself. */
export function inferDataSources(plotId: string, config: Props | undefined): string[] {
  const y = config?.y;
  const sources = isPlainObject(y) ? Object.keys(y) : [plotId];
  const x = config?.x;
  if (isPlainObject(x)) {
    const first = Object.keys(x)[0];
    if (first !== undefined) sources.push(first);
  }
  return [...new Set(sources)];
}

export const fullPlotId = (plotId: string, configFile: string): string => (configFile ? `${configFile}::${plotId}` : plotId);

type GroupItem = { rev: string; innerId: string; definition: Props };

/** `group_definitions_by_id` per revision, then `PlotsData.group_definitions`. */
export function groupDefinitions(data: Map<string, RevisionData>): Map<string, GroupItem[]> {
  const groups = new Map<string, GroupItem[]>();
  for (const [rev, revision] of data) {
    const byConfig = new Map<string, Map<string, Props>>();
    for (const [configFile, content] of revision.definitions) {
      for (const [plotId, definition] of content.data) {
        if (!byConfig.has(plotId)) byConfig.set(plotId, new Map());
        byConfig.get(plotId)!.set(configFile, definition);
      }
    }
    for (const [plotId, configs] of byConfig) {
      // the config file joins the id only when several define the same one
      for (const [configFile, definition] of configs) {
        const id = configs.size === 1 ? plotId : fullPlotId(plotId, configFile);
        if (!groups.has(id)) groups.set(id, []);
        groups.get(id)!.push({ rev, innerId: plotId, definition });
      }
    }
  }
  return groups;
}

/** `_squash_plots_properties`: the first revision's value of each property wins. */
function squash(group: readonly GroupItem[]): Props {
  let resolved: Props = {};
  for (const { definition } of [...group].reverse()) resolved = { ...resolved, ...definition };
  return resolved;
}

/** Python truthiness of a parsed file (DVC keeps only truthy data). */
function truthy(value: Value | Uint8Array | undefined): boolean {
  if (value === undefined || value === null || value === false || value === '' || value === 0 || value === 0n) return false;
  if (value instanceof Uint8Array || Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  return true;
}

/** Python values as JSON-safe scalars for PlotRow (ints as numbers; lists and dicts as their JSON). */
export function plotRow(row: Row): PlotRow {
  const out: PlotRow = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = typeof value === 'bigint' ? Number(value) : Array.isArray(value) || isPlainObject(value) ? JSON.stringify(jsonSafe(value)) : value;
  }
  return out;
}

/** A Python-typed value as plain JSON (bigint → number), for consumers of `content`. */
export function jsonSafe(value: Value): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonSafe(item)]));
  return value;
}

const asText = (value: Value | undefined): string | undefined => (value === undefined || value === null ? undefined : typeof value === 'string' ? value : pyStr(value));

function emptyPlot(id: string): VegaPlot {
  return { kind: 'vega', id, revisions: [], template: 'linear', title: id, x: '', y: '', xLabel: '', yLabel: '', rows: [], content: {}, pyRows: [], ySources: [] };
}

function describe(error: unknown): PyError {
  if (error instanceof PyException || error instanceof RenderError) return { type: error.type, msg: error.message };
  throw error;
}

/** One group's vega plot: DVC's VegaRenderer over every revision's rows. */
function vegaPlot(id: string, rows: Row[], firstProps: Props, revs: string[]): VegaPlot {
  const template = asText(firstProps.template) ?? 'linear';
  if (!isTemplate(template)) throw new RenderError('TemplateNotFoundError', `Template '${template}' not found.`);
  const ySources = (firstProps.anchors_y_definitions as unknown as YSource[] | undefined) ?? [];
  const shaped = updateDatapoints(rows, variedKeys(template, ySources));
  const x = asText(firstProps.x);
  const y = asText(firstProps.y);
  const title = asText(firstProps.title) ?? id;
  const xLabel = asText(firstProps.x_label) ?? x;
  const yLabel = asText(firstProps.y_label) ?? y;
  const revisions = revs.length > 0 ? revs : [...new Set(shaped.map((row) => asText(row.rev)).filter((rev): rev is string => Boolean(rev)))];
  const { content } = renderVega(template, { title, x, y, xLabel, yLabel, ySources, revisions }, shaped, false);
  return {
    kind: 'vega', id, revisions, template, title, x: x ?? '', y: y ?? '', xLabel: xLabel ?? '', yLabel: yLabel ?? '',
    rows: shaped.map(plotRow), content: jsonSafe(content) as Record<string, unknown>, pyRows: shaped, ySources,
  };
}

/** `ImageConverter._write_image`: `<out>/<rev>_<path with / → _>`. */
async function writeImage(outDir: string, revision: string, filename: string, bytes: Uint8Array): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `${revision}_${filename}`.replace(/\//g, '_'));
  await writeFile(file, bytes);
  return file;
}

/**
 * `match_defs_renderers` + `to_json`'s renderers, as a PlotsResult: plots in the order their ids
 * first appear (revision by revision), then errors per plot (its sources', then its
 * conversion's), then the revisions that could not be read at all.
 */
export async function matchPlots(data: Map<string, RevisionData>, options: MatchOptions): Promise<PlotsResult> {
  const plots: PlotsResult['plots'] = [];
  const errors: PlotError[] = [];
  for (const [plotId, group] of groupDefinitions(data)) {
    const props = squash(group);
    let firstProps: Props = {};
    let image = false;
    let name = plotId;
    const rows: Row[] = [];
    const images: ImagePlot[] = [];
    const revs: string[] = [];
    const sourceErrors: PlotError[] = [];
    const definitionErrors: PlotError[] = [];
    for (const { rev, innerId, definition } of group) {
      const sources = inferDataSources(innerId, definition);
      const revision = data.get(rev)!;
      const files = new Map<string, Value | Uint8Array>();
      for (const source of sources) {
        const content = revision.sources.get(source)?.data;
        if (truthy(content)) files.set(source, content!);
      }
      image = isImageId(innerId);
      name = image ? innerId : plotId;
      for (const source of sources) {
        const error = revision.sources.get(source)?.error;
        if (error) sourceErrors.push({ name: '', rev, source, type: error.type, msg: error.msg });
      }
      if (image) {
        for (const [filename, bytes] of files) {
          if (!(bytes instanceof Uint8Array)) continue;
          const file = await writeImage(options.outDir, rev, filename, bytes);
          images.push({ kind: 'image', id: innerId, revision: rev, repoPath: options.repoPath(filename), file });
          if (!revs.includes(rev)) revs.push(rev);
        }
        continue;
      }
      try {
        const vegaData = new Map([...files].filter((entry): entry is [string, Value] => !(entry[1] instanceof Uint8Array)));
        const converted = new VegaConverter(innerId, vegaData, { ...props }).flatDatapoints(rev);
        if (converted.rows.length > 0 && !revs.includes(rev)) revs.push(rev);
        if (Object.keys(firstProps).length === 0 && Object.keys(converted.properties).length > 0) firstProps = converted.properties;
        rows.push(...converted.rows);
      } catch (error) {
        definitionErrors.push({ name: '', rev, source: '', ...describe(error) });
      }
    }
    const named = (list: PlotError[]): PlotError[] => list.map((error) => ({ ...error, name }));
    errors.push(...named(sourceErrors), ...named(definitionErrors));
    if (image) {
      plots.push(...(images.length > 0 ? images : [emptyPlot(name)]));
      continue;
    }
    if (rows.length === 0) {
      plots.push(emptyPlot(name));
      continue;
    }
    try {
      plots.push(vegaPlot(name, rows, firstProps, revs));
    } catch (error) {
      // DVC stops with a traceback here; one plot that cannot be drawn is reported instead
      errors.push({ name, rev: revs[0] ?? '', source: '', ...describe(error) });
      plots.push(emptyPlot(name));
    }
  }
  for (const [rev, revision] of data) if (revision.error) errors.push({ name: '', rev, source: '', ...revision.error });
  return { plots, errors, revisions: [...data.keys()] };
}
