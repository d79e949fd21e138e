/**
 * Validates an InferenceService manifest against KServe's own v1beta1 CRD schema (the pruned copy in
 * test/fixtures/kserve/, see SOURCE.md there), read the way the API server reads a structural schema,
 * with one deliberate difference: an unknown field is an error here, where the API server would
 * prune it silently (a typo such as `canaryTraficPercent` would simply vanish on a real cluster).
 *
 * - an object that declares `properties` and is not `x-kubernetes-preserve-unknown-fields: true`
 *   rejects fields it does not declare; maps (`additionalProperties`) and bare `type: object` accept any;
 * - `x-kubernetes-int-or-string: true` accepts an integer or a string; where the CRD adds the quantity
 *   `pattern` (resources, divisor, …) a string must be a Kubernetes quantity ("500m", "1", "2Gi");
 * - `format: int32` / `int64` are integers within that many bits;
 * - `x-kubernetes-list-type: map` lists may not repeat their keys (a missing key counts as its
 *   `default`, e.g. a port's `protocol: TCP`), `set` lists may not repeat items.
 *
 * On top of the CRD (which says nothing about the envelope), the manifest must name
 * `serving.kserve.io/v1beta1` / `InferenceService` and have `metadata.name` and a `spec`.
 */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';

type Schema = Record<string, unknown>;
interface AjvInstance {
  addFormat(name: string, format: { type: 'number'; validate: (value: number) => boolean }): AjvInstance;
  addKeyword(definition: Record<string, unknown>): AjvInstance;
  compile(schema: Schema): ValidateFunction;
}
type AjvConstructor = new (options: Record<string, unknown>) => AjvInstance;
// ajv is CommonJS: under ESM its class is the default export's `default` (or the default export itself).
const Ajv = ((AjvModule as unknown as { default?: AjvConstructor }).default ?? (AjvModule as unknown as AjvConstructor));

export const SCHEMA_FILE = new URL('../fixtures/kserve/inferenceservice-v1beta1.schema.json', import.meta.url);
export const API_VERSION = 'serving.kserve.io/v1beta1';
export const KIND = 'InferenceService';

/** The quantity pattern the CRD puts on resources.limits/requests values, divisor, averageValue, … */
const QUANTITY_PATTERN = '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';
const INT32 = 2 ** 31;
const INT64 = 2n ** 63n;

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Kubernetes structural schema node → a JSON Schema node ajv enforces the way described above. */
export function toValidationSchema(node: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, toValidationSchema(child as Schema)]));
    } else if ((key === 'items' || key === 'additionalProperties' || key === 'not') && isObject(value)) {
      out[key] = toValidationSchema(value);
    } else if ((key === 'anyOf' || key === 'allOf' || key === 'oneOf') && Array.isArray(value)) {
      out[key] = value.map((child) => toValidationSchema(child as Schema));
    } else {
      out[key] = value; // type, format, enum, pattern, required, default, x-kubernetes-* (ajv ignores these with strict: false)
    }
  }
  if (node.properties !== undefined && node['x-kubernetes-preserve-unknown-fields'] !== true && node.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  if (node['x-kubernetes-int-or-string'] === true && node.type === undefined && node.anyOf === undefined && node.allOf === undefined) {
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (node.nullable === true && typeof node.type === 'string') out.type = [node.type, 'null'];
  return out;
}

/** What the envelope must hold besides what the CRD says (the API server needs these to accept the object at all). */
function withEnvelope(schema: Schema): Schema {
  const properties = { ...(schema.properties as Schema) };
  properties.apiVersion = { type: 'string', const: API_VERSION };
  properties.kind = { type: 'string', const: KIND };
  properties.metadata = {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1 },
      namespace: { type: 'string' },
      labels: { type: 'object', additionalProperties: { type: 'string' } },
      annotations: { type: 'object', additionalProperties: { type: 'string' } },
    },
  };
  return { ...schema, properties, required: ['apiVersion', 'kind', 'metadata', 'spec'] };
}

type KeywordError = Partial<ErrorObject> & { keyword: string; message: string; params: Record<string, unknown> };
interface ListCheck {
  (listType: string, data: unknown[], parentSchema: Schema): boolean;
  errors?: KeywordError[];
}

/** `x-kubernetes-list-type`: map keys and set items must be unique, as the API server checks. */
const checkListType: ListCheck = (listType, data, parentSchema) => {
  checkListType.errors = [];
  const seen = new Map<string, number>();
  const keys = (parentSchema['x-kubernetes-list-map-keys'] as string[] | undefined) ?? [];
  const itemProperties = (isObject(parentSchema.items) && isObject(parentSchema.items.properties) ? parentSchema.items.properties : {}) as Record<string, Schema>;
  data.forEach((item, index) => {
    let identity: string;
    if (listType === 'map' && keys.length > 0) {
      if (!isObject(item)) return; // the items schema reports the wrong type
      identity = JSON.stringify(keys.map((key) => item[key] ?? itemProperties[key]?.default ?? null));
    } else if (listType === 'set') {
      identity = JSON.stringify(item);
    } else {
      return;
    }
    const first = seen.get(identity);
    if (first === undefined) {
      seen.set(identity, index);
      return;
    }
    const what = listType === 'map' ? keys.map((key, i) => `${key}=${JSON.stringify((JSON.parse(identity) as unknown[])[i])}`).join(', ') : identity;
    checkListType.errors!.push({
      keyword: 'x-kubernetes-list-type',
      message: `duplicate entry [${index}] (${what}) repeats [${first}]: a list of type "${listType}" may not repeat ${listType === 'map' ? 'its keys' : 'items'}`,
      params: { listType, index, first },
    });
  });
  return checkListType.errors.length === 0;
};

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const crd = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -INT32 && n < INT32 });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) && BigInt(n) >= -INT64 && BigInt(n) < INT64 });
  ajv.addKeyword({ keyword: 'x-kubernetes-list-type', type: 'array', schemaType: 'string', validate: checkListType, errors: true });
  compiled = ajv.compile(withEnvelope(toValidationSchema(crd)));
  return compiled;
}

/** `/spec/predictor/containers/0/name` → `spec.predictor.containers[0].name` (odd keys in brackets). */
export function jsonPath(pointer: string, child?: string): string {
  const parts = pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  let path = '';
  for (const part of parts) {
    if (/^\d+$/.test(part)) path += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) path += path ? `.${part}` : part;
    else path += `[${JSON.stringify(part)}]`;
  }
  return path || '(root)';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Levenshtein distance, for "did you mean" on unknown fields. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function format(error: ErrorObject): string {
  const at = jsonPath(error.instancePath);
  const got = describe(error.data);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as Schema | undefined) ?? {});
      const best = known.map((name) => ({ name, d: distance(field, name) })).sort((x, y) => x.d - y.d)[0];
      const hint = best && best.d <= Math.max(2, Math.floor(field.length / 4)) ? ` (did you mean "${best.name}"?)` : '';
      return `${jsonPath(error.instancePath, field)}: unknown field${hint}; the API server would silently drop it`;
    }
    case 'required':
      return `${jsonPath(error.instancePath, String(params.missingProperty))}: required field is missing`;
    case 'type':
      return `${at}: must be ${[params.type].flat().join(' or ')}, got ${got}`;
    case 'anyOf':
      return error.parentSchema?.['x-kubernetes-int-or-string'] === true ? `${at}: must be an integer or a string (int-or-string), got ${got}` : `${at}: ${error.message ?? 'must match a schema in anyOf'}, got ${got}`;
    case 'format':
      return params.format === 'int32' || params.format === 'int64'
        ? `${at}: must be a ${String(params.format).slice(3)}-bit integer (format ${String(params.format)}), got ${got}`
        : `${at}: must be of format ${String(params.format)}, got ${got}`;
    case 'enum':
      return `${at}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    case 'const':
      return `${at}: must be ${JSON.stringify(params.allowedValue)}, got ${got}`;
    case 'pattern':
      return params.pattern === QUANTITY_PATTERN
        ? `${at}: must be a Kubernetes quantity such as "500m", "1" or "2Gi", got ${got}`
        : `${at}: must match ${String(params.pattern)}, got ${got}`;
    default:
      return `${at}: ${error.message ?? error.keyword}`;
  }
}

export interface SchemaResult {
  valid: boolean;
  /** One readable line per problem: `<JSON path>: <what is wrong>`. */
  errors: string[];
}

/** Validates `manifest` (a parsed object) against KServe's InferenceService v1beta1 schema. */
export function validateInferenceService(manifest: unknown): SchemaResult {
  const validate = validator();
  if (validate(manifest)) return { valid: true, errors: [] };
  const raw = validate.errors ?? [];
  // an int-or-string mismatch reports once (the anyOf), not once per branch as well
  const anyOfPaths = raw.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  const errors = raw.filter((e) => !anyOfPaths.some((path) => e.schemaPath.startsWith(`${path}/`))).map(format);
  return { valid: false, errors: [...new Set(errors)] };
}
