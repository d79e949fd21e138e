/**
 * DVC's VegaConverter (dvc/render/converter/vega.py): the data files of one plot at one revision
 * turned into rows, with x and y inferred where the definition leaves them out: `step` (the row
 * index) without an x, the last field of the first row without a y, `dvc_inferred_y_value` /
 * `dvc_inferred_x_value` when several fields share an axis. Every row gets `rev`, `filename` and
 * `field` (the renderer drops the ones that do not vary). Python's exceptions are kept by name,
 * as `--json` reports them.
 */
import { isPlainObject, type Value } from '../metrics/value.js';
import type { Row, YSource } from './vega-render.js';

export const INDEX = 'step';
const REVISION = 'rev';
const FILENAME = 'filename';
const FIELD = 'field';
const INFERRED_X = 'dvc_inferred_x_value';
const INFERRED_Y = 'dvc_inferred_y_value';

/** A Python exception, by its class name and `str()`. */
export class PyException extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

export type Props = { [key: string]: Value };

function pyTypeName(value: Value): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  return Array.isArray(value) ? 'list' : 'dict';
}

const noAttribute = (value: Value, attribute: string): PyException => new PyException('AttributeError', `'${pyTypeName(value)}' object has no attribute '${attribute}'`);

/** `_lists`: the lists in a file's content, a top-level list itself or the lists among its (nested) values. */
export function* lists(blob: Value): Generator<Value[]> {
  if (Array.isArray(blob)) {
    yield blob;
    return;
  }
  if (!isPlainObject(blob)) throw noAttribute(blob, 'values');
  for (const value of Object.values(blob)) {
    if (isPlainObject(value)) yield* lists(value);
    else if (Array.isArray(value)) yield value;
  }
}

function fileFields(...axes: (Value | undefined)[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const axis of axes) {
    if (!isPlainObject(axis)) continue;
    for (const [file, value] of Object.entries(axis)) {
      if (typeof value === 'string') pairs.push([file, value]);
      else if (Array.isArray(value)) for (const field of value) pairs.push([file, field as string]);
    }
  }
  return pairs;
}

function verifyField(file2datapoints: Map<string, Row[]>, filename: string, field: string): void {
  const datapoints = file2datapoints.get(filename);
  if (!datapoints) return;
  const first = datapoints[0];
  if (first === undefined) throw new PyException('TypeError', "argument of type 'NoneType' is not iterable");
  if (!Object.hasOwn(first, field)) {
    throw new PyException('FieldNotFoundError', `Could not find provided field ('${field}') in data fields ('${Object.keys(first).join(', ')}').`);
  }
}

/** `_is_datapoints`: every item a dict, and the first one holding every key any of them has. */
function isDatapoints(list: Value[]): list is Row[] {
  if (!list.every((item) => isPlainObject(item))) return false;
  const first = list[0];
  if (first === undefined) throw noAttribute(null, 'keys');
  const keys = new Set(Object.keys(first as Row));
  return list.every((item) => Object.keys(item as Row).every((key) => keys.has(key)));
}

/** `get_datapoints`: every list of datapoints in the file, merged by row index. */
export function getDatapoints(content: Value): Row[] {
  const result: Row[] = [];
  for (const list of lists(content)) {
    if (!isDatapoints(list)) continue;
    list.forEach((datapoint, index) => {
      result[index] = Object.assign(result[index] ?? {}, datapoint);
    });
  }
  return result;
}

/** `os.path.commonpath` for POSIX paths (empty and `.` components dropped). */
function commonPath(paths: string[]): string {
  const split = paths.map((path) => path.split('/').filter((part) => part && part !== '.'));
  const common: string[] = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0]![i]); i++) common.push(split[0]![i]!);
  return (paths[0]!.startsWith('/') ? '/' : '') + common.join('/');
}

const shortYFile = (file: string, prefixLength: number): string => file.slice(prefixLength).replace(/^[/\\]+|[/\\]+$/g, '');

function updateFromField(target: Row[], field: string, sourceField: string, source: Row[] = target): void {
  if (source.length !== target.length) throw new RangeError('Source and target datapoints must have the same length');
  target.forEach((datapoint, index) => {
    const from = source[index]!;
    if (Object.hasOwn(from, sourceField)) datapoint[field] = from[sourceField]!;
  });
}

export function inferYLabel(properties: Props): Value {
  const label = properties.y_label;
  if (label !== undefined && label !== null) return label;
  const y = properties.y;
  if (typeof y === 'string') return y;
  if (Array.isArray(y)) return 'y';
  if (!isPlainObject(y)) return null;
  const fields = new Set(fileFields(y).map(([, field]) => field));
  return fields.size === 1 ? [...fields][0]! : 'y';
}

export function inferXLabel(properties: Props): Value {
  const label = properties.x_label;
  if (label !== undefined && label !== null) return label;
  const x = properties.x;
  if (!isPlainObject(x)) return INDEX;
  const fields = new Set(fileFields(x).map(([, field]) => field));
  return fields.size === 1 ? [...fields][0]! : 'x';
}

export interface Converted {
  rows: Row[];
  /** The plot's properties with x, y and the labels resolved (`{}` without rows, as DVC returns). */
  properties: Props;
  ySources: YSource[];
}

/** `VegaConverter(plot_id, data, properties)`: `data` holds the non-empty data files of one revision. */
export class VegaConverter {
  constructor(
    private readonly plotId: string,
    private readonly data: Map<string, Value>,
    private readonly properties: Props,
  ) {}

  private inferYFromData(): Props | null {
    const content = this.data.get(this.plotId);
    if (content === undefined) return null;
    for (const list of lists(content)) {
      if (!list.every((item) => isPlainObject(item))) continue;
      const first = list[0] as Row | undefined;
      if (first === undefined) throw noAttribute(null, 'keys');
      return { [this.plotId]: Object.keys(first).at(-1) ?? null };
    }
    return null;
  }

  private inferXY(): Props {
    const { x, y } = this.properties;
    const inferred: Props = {};
    if (typeof x === 'string') {
      const xs: Props = {};
      if (isPlainObject(y)) {
        // one x per y field
        for (const [file, fields] of Object.entries(y)) xs[file] = Array.isArray(fields) ? fields.map(() => x) : x;
      } else xs[this.plotId] = x;
      inferred.x = xs;
    }
    if (y === undefined || y === null) inferred.y = this.inferYFromData();
    else if (!isPlainObject(y)) inferred.y = { [this.plotId]: y };
    return inferred;
  }

  /** `convert()`: datapoints per file, and the properties with x, y and labels filled in. */
  convert(): { file2datapoints: Map<string, Row[]>; properties: Props } {
    const inferred = this.inferXY();
    const file2datapoints = new Map<string, Row[]>();
    for (const [file, content] of this.data) file2datapoints.set(file, getDatapoints(content));
    const properties: Props = { ...this.properties, ...inferred };
    properties.y_label = inferYLabel(properties);
    properties.x_label = inferXLabel(properties);
    return { file2datapoints, properties };
  }

  /** `flat_datapoints(revision)`. */
  flatDatapoints(revision: string): Converted {
    const { file2datapoints, properties } = this.convert();
    const xs = fileFields(properties.x).map(([file, field]) => {
      verifyField(file2datapoints, file, field);
      return [file, field] as [string, string];
    });
    let [xFile, xField]: [string | undefined, string] = xs.length === 0 ? [undefined, INDEX] : xs[0]!;
    const multipleXFields = xs.length > 1 && new Set(xs.map(([, field]) => field)).size > 1;
    const update: Props = { x: multipleXFields ? INFERRED_X : xField };
    const ys = fileFields(properties.y).map(([file, field]) => {
      verifyField(file2datapoints, file, field);
      return [file, field] as [string, string];
    });
    if (xs.length > 1 && xs.length !== ys.length) {
      throw new PyException('DvcException', `Cannot have different number of x and y data sources. Found ${xs.length} x and ${ys.length} y data sources.`);
    }
    const yFields = new Set(ys.map(([, field]) => field));
    const yFiles = new Set(ys.map(([file]) => file));
    update.y = yFields.size > 1 ? INFERRED_Y : ([...yFields][0] ?? null);
    const prefixLength = yFiles.size > 1 ? commonPath([...yFiles]).length : 0;
    const ySources = ys.map(([file, field]) => ({ filename: shortYFile(file, prefixLength), field }));

    const all: Row[] = [];
    ys.forEach(([yFile, yField], i) => {
      if (xs.length > 1) [xFile, xField] = xs[i]!;
      const datapoints = (file2datapoints.get(yFile) ?? []).map((row) => ({ ...row }));
      if (update.y === INFERRED_Y) updateFromField(datapoints, INFERRED_Y, yField);
      if (xField === INDEX && xFile === undefined) {
        datapoints.forEach((datapoint, index) => (datapoint[INDEX] = BigInt(index)));
      } else {
        try {
          updateFromField(datapoints, multipleXFields ? INFERRED_X : xField, xField, file2datapoints.get(xFile!) ?? []);
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          throw new PyException('DvcException', `Cannot join '${xField}' from '${xFile}' and '${yField}' from '${yFile}'. They have to have same length.`);
        }
      }
      for (const datapoint of datapoints) Object.assign(datapoint, { [REVISION]: revision, [FILENAME]: shortYFile(yFile, prefixLength), [FIELD]: yField });
      all.push(...datapoints);
    });
    if (all.length === 0) return { rows: [], properties: {}, ySources: [] };
    return { rows: all, properties: { ...properties, ...update, anchors_y_definitions: ySources.map((source) => ({ ...source })) }, ySources };
  }
}
