/**
 * The plots a project declares (DVC 3's `plots:` in every dvc.yaml), as data: what the plots
 * engine (collect.ts) produces for some revisions, and what the report and `mlops plots` render.
 * Field names follow DVC's converter output where DVC has one.
 */
import type { Value } from '../metrics/value.js';

/** One data row as DVC's converter builds it: the file's fields (CSV/TSV cells stay strings), plus `rev`, and `step`, `filename`, `field` where DVC adds them. */
export type PlotRow = Record<string, string | number | boolean | null>;

/** DVC's templates (dvc-render), by the name a dvc.yaml gives. */
export const PLOT_TEMPLATES = ['linear', 'simple', 'smooth', 'confusion', 'confusion_normalized', 'scatter', 'scatter_jitter', 'bar_horizontal', 'bar_horizontal_sorted'] as const;
export type PlotTemplate = (typeof PLOT_TEMPLATES)[number];

export interface VegaPlot {
  kind: 'vega';
  /** The plot id as DVC prints it (a file path relative to where the command runs, or a name). */
  id: string;
  /** Revisions with data, as the user typed them, in the order asked. */
  revisions: string[];
  template: PlotTemplate;
  title: string;
  /** The row fields on the x and y axes (DVC's `step` when no x; `dvc_inferred_y_value` when several y). */
  x: string;
  y: string;
  xLabel: string;
  yLabel: string;
  /** Every row of every revision, in revision order, each carrying `rev`. */
  rows: PlotRow[];
  /** The Vega-Lite spec DVC's `--json` prints as `content` (template filled in). */
  content: Record<string, unknown>;
  /** `rows` as DVC holds them, Python-typed (bigint = int), so `--json` prints `1` and `1.0` apart; absent: `rows`. */
  pyRows?: Array<{ [field: string]: Value }>;
  /** The y sources (DVC's `anchors_y_definitions`): several make the template split colours, dashes and shapes by them. */
  ySources?: Array<{ filename: string; field: string }>;
}

export interface ImagePlot {
  kind: 'image';
  id: string;
  revision: string;
  /** The image's path in the repository, relative to the repository root (for blob links). */
  repoPath: string;
  /** Where the image was written (`--out` dir, `<rev>_<path with / → _>`), absolute. */
  file: string;
}

export interface PlotError {
  /** The plot id or file the error is about. */
  name: string;
  rev: string;
  source: string;
  /** DVC's exception type name: FileNotFoundError, JSONFileCorruptedError, YAMLFileCorruptedError, PlotMetricTypeError, EncodingError, FieldNotFoundError, DvcException. */
  type: string;
  msg: string;
}

export interface PlotsResult {
  /** In dvc.yaml order (the first dvc.yaml's plots first, as DVC collects them). */
  plots: Array<VegaPlot | ImagePlot>;
  errors: PlotError[];
  /** The revisions read, in the order DVC reads them (the workspace first). */
  revisions?: string[];
}
