/**
 * The plots of a project at some revisions, as DVC 3's `Plots.show` collects them
 * (dvc/repo/plots/__init__.py) and `match_defs_renderers` joins them: the top-level `plots:` of
 * every dvc.yaml (paths, folders, named plots with `y: {file: field}`), stage `plots:` outputs
 * with their properties, and the targets given; then each data file read at each revision
 * (JSON, YAML, TOML, CSV/TSV, images). A file that cannot be read is an error entry, as in DVC;
 * only an unknown revision throws.
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { MlopsError } from '../errors.js';
import { readFileAt } from '../git.js';
import { mapLimited } from '../map-limited.js';
import { CollectMemo } from '../metrics/collect-memo.js';
import { fromCwd, type Project } from '../metrics/discover.js';
import { DEFAULT_MAX_BYTES, type Revision } from '../metrics/load.js';
import { loadTomlParser, parseStructured, UnreadableFileError } from '../metrics/parse.js';
import { isPlainObject, type Value } from '../metrics/value.js';
import { extensionOf, fullPlotId, inferDataSources, IMAGE_EXTENSIONS, matchPlots, type ConfigDefinitions, type PyError, type RevisionData, type SourceData } from './match.js';
import { entryAt, filesUnder, readBytesAt } from './read.js';
import { readPlainFile } from '../fs/plain-file.js';
import { loadSv } from './sv.js';
import type { PlotsResult } from './types.js';
import { PyException, type Props } from './vega-converter.js';

/** The `-t -x -y --no-header --title --x-label --y-label` flags: they override every selected plot. */
export interface PlotOverrides {
  template?: string;
  x?: string;
  y?: string;
  /** false: CSV/TSV files have no header row (`--no-header`). */
  header?: boolean;
  title?: string;
  xLabel?: string;
  yLabel?: string;
}

export interface CollectPlotsInput {
  /** Where the command runs: plot ids and paths are relative to it. */
  cwd: string;
  /** `workspace` or git revisions, as the user typed them (they name the data in the result). */
  revisions: readonly string[];
  /** Plot ids (regular expressions matched at the start, as DVC's `re.match`) or data files. */
  targets?: readonly string[];
  overrides?: PlotOverrides;
  /** Where image plots are written, relative to `cwd` (default `dvc_plots`). */
  outDir?: string;
  /** Shared with the run's metrics and params reads: the revisions and dvc.yaml files are looked up once. */
  memo?: CollectMemo;
}

export const DEFAULT_OUT_DIR = 'dvc_plots';

const PLOT_PROPS = ['template', 'x', 'y', 'x_label', 'y_label', 'title', 'header'] as const;
const SUPPORTED_EXTENSIONS = new Set(['.toml', '.json', '.py', '.yml', '.yaml', '.csv', '.tsv']);

/** DVC's props from the flags: only the ones given, so a definition's own stay. */
export function overrideProps(overrides: PlotOverrides = {}): Props {
  const props: Props = {};
  const set = (key: string, value: string | boolean | undefined): void => {
    if (value !== undefined) props[key] = value;
  };
  set('template', overrides.template);
  set('x', overrides.x);
  set('y', overrides.y);
  set('header', overrides.header);
  set('title', overrides.title);
  set('x_label', overrides.xLabel);
  set('y_label', overrides.yLabel);
  return props;
}

/** `Plots.collect`'s order: the workspace first (as DVC's brancher reads it), each revision once. */
export function readingOrder(revisions: readonly string[]): string[] {
  const unique = [...new Set(revisions)];
  return unique.includes('workspace') ? ['workspace', ...unique.filter((rev) => rev !== 'workspace')] : unique;
}

/** `posixpath.normpath`. */
export function normpath(path: string): string {
  if (path === '') return '.';
  const normal = posix.normalize(path);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

const joinPath = (folder: string, path: string): string => (folder ? posix.join(folder, path) : path);

/** `os.path.commonpath` of two POSIX paths. */
function commonPath(a: string, b: string): string {
  const parts = (path: string): string[] => path.split('/').filter((part) => part && part !== '.');
  const [x, y] = [parts(a), parts(b)];
  const common: string[] = [];
  for (let i = 0; i < Math.min(x.length, y.length) && x[i] === y[i]; i++) common.push(x[i]!);
  return (a.startsWith('/') ? '/' : '') + common.join('/');
}

/** `_matches`: no targets, or one matching (at the start, as `re.match`) the id or `config::id`. */
function matches(targets: readonly RegExp[], configPath: string, plotId: string): boolean {
  if (targets.length === 0) return true;
  const full = fullPlotId(plotId, configPath);
  return targets.some((target) => [plotId, full].some((id) => ((target.lastIndex = 0), target.test(id))));
}

/** A revision-level failure, as DVC's `error_handler` records it. */
class RevisionError extends Error {
  constructor(readonly error: PyError) {
    super(error.msg);
  }
}

/** `make_relpath`: how DVC names a dvc.yaml in a validation error. */
const dvcRelpath = (path: string): string => (path.startsWith('..') ? path : `./${path}`);

function validationError(configPath: string, revision: Revision): RevisionError {
  const where = revision.commit ? ` in revision '${revision.commit.slice(0, 7)}'` : '';
  return new RevisionError({ type: 'YAMLValidationError', msg: `'${dvcRelpath(configPath)}' validation failed${where}` });
}

const isString = (value: Value | undefined): boolean => typeof value === 'string';
const isStringMap = (value: Value | undefined, item: (v: Value) => boolean): boolean => isPlainObject(value) && Object.values(value).every(item);

/** dvc/schema.py PLOT_DEFINITION: what a top-level plot may say. */
function validDefinition(props: Value): boolean {
  if (props === null) return true;
  if (!isPlainObject(props)) return false;
  return Object.entries(props).every(([key, value]) => {
    switch (key) {
      case 'x':
        return isString(value) || isStringMap(value, isString);
      case 'y':
        return isString(value) || (Array.isArray(value) && value.every(isString)) || isStringMap(value, (v) => isString(v) || (Array.isArray(v) && v.every(isString)));
      case 'x_label':
      case 'y_label':
      case 'title':
      case 'template':
        return isString(value);
      default:
        return false;
    }
  });
}

/** PLOT_PROPS of a stage's plot output: strings, and `header` a bool. */
function validStageProps(flags: Value): boolean {
  if (!isPlainObject(flags)) return false;
  return PLOT_PROPS.every((key) => flags[key] === undefined || (key === 'header' ? typeof flags[key] === 'boolean' : isString(flags[key])));
}

interface StagePlot {
  configPath: string;
  /** cwd-relative, normalised. */
  path: string;
  props: Props;
}

interface DvcFile {
  configPath: string;
  topLevel: [string, Props | null][];
  stagePlots: StagePlot[];
}

/** `_merge_data` over a stage's `plots:` list, then the plot props of each output. */
function stagePlots(entries: Value | undefined, configPath: string, wdir: string, revision: Revision): StagePlot[] {
  if (entries === undefined || entries === null) return [];
  if (!Array.isArray(entries)) throw validationError(configPath, revision);
  const merged = new Map<string, Props>();
  for (const entry of entries) {
    if (typeof entry === 'string') {
      if (!merged.has(entry)) merged.set(entry, {});
    } else if (isPlainObject(entry)) {
      for (const [path, flags] of Object.entries(entry)) {
        if (flags === null) {
          if (!merged.has(path)) merged.set(path, {});
          continue;
        }
        if (!validStageProps(flags)) throw validationError(configPath, revision);
        merged.set(path, { ...(merged.get(path) ?? {}), ...(flags as Props) });
      }
    } else throw validationError(configPath, revision);
  }
  return [...merged].map(([path, flags]) => ({
    configPath,
    path: normpath(joinPath(wdir, path)),
    props: Object.fromEntries(PLOT_PROPS.filter((key) => flags[key] !== undefined).map((key) => [key, flags[key]!])),
  }));
}

/** What one dvc.yaml declares about plots; `configPath` is the dvc.yaml relative to cwd. */
function plotsOfDvcYaml(dvcYaml: Value, configPath: string, revision: Revision): DvcFile {
  const file: DvcFile = { configPath, topLevel: [], stagePlots: [] };
  if (!isPlainObject(dvcYaml)) return file;
  const folder = posix.dirname(configPath) === '.' ? '' : posix.dirname(configPath);
  const plots = dvcYaml.plots;
  if (plots !== undefined && plots !== null) {
    if (!Array.isArray(plots)) throw validationError(configPath, revision);
    const defs = new Map<string, Props | null>();
    for (const element of plots) {
      if (typeof element === 'string') defs.set(element, null);
      else if (isPlainObject(element) && Object.keys(element).length > 0) {
        if (!Object.values(element).every(validDefinition)) throw validationError(configPath, revision);
        // DVC reads the first key of each entry
        const [id, props] = Object.entries(element)[0]!;
        defs.set(id, props as Props | null);
      } else throw validationError(configPath, revision);
    }
    file.topLevel = [...defs];
  }
  const stages = isPlainObject(dvcYaml.stages) ? dvcYaml.stages : {};
  for (const stage of Object.values(stages)) {
    if (!isPlainObject(stage)) continue;
    // foreach/matrix stages keep their definition under `do`
    const body = isPlainObject(stage.do) ? stage.do : stage;
    const wdir = normpath(joinPath(folder, typeof body.wdir === 'string' ? body.wdir : '.'));
    file.stagePlots.push(...stagePlots(body.plots, configPath, wdir === '.' ? '' : wdir, revision));
  }
  return file;
}

/** A shallow `dpath.merge` of one config's plots into another: later props win key by key. */
function mergeInto(config: ConfigDefinitions, data: Map<string, Props>): void {
  for (const [id, props] of data) config.data.set(id, { ...(config.data.get(id) ?? {}), ...props });
}

/** Reads one revision of the project. */
class RevisionReader {
  constructor(
    private readonly memo: CollectMemo,
    private readonly project: Project,
    private readonly cwd: string,
    private readonly revision: Revision,
    private readonly targets: readonly string[],
    private readonly patterns: readonly RegExp[],
    private readonly props: Props,
    /** cwd with links resolved, as Python's os.getcwd() names it in messages. */
    private readonly here: string,
  ) {}

  private async readDvcYaml(file: string): Promise<Value | undefined> {
    const configPath = fromCwd(this.project, file);
    const text = this.revision.commit === undefined ? await this.readWorkspaceDvcYaml(file, configPath) : await readFileAt(this.project.root, this.revision.commit, file);
    if (text === undefined) return undefined;
    try {
      return parseStructured(text, 'yaml', configPath);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      throw new RevisionError({ type: 'YAMLSyntaxError', msg: `unable to read: '${configPath}', YAML file structure is corrupted` });
    }
  }

  /** A dvc.yaml of the workspace: a link to /dev/zero or a 100 MB file is refused, not read. */
  private async readWorkspaceDvcYaml(file: string, configPath: string): Promise<string | undefined> {
    const read = await readPlainFile(join(this.project.root, file), DEFAULT_MAX_BYTES);
    if (read.kind === 'missing') return undefined;
    if (read.kind === 'refused') throw new RevisionError({ type: 'DvcException', msg: `unable to read: '${configPath}', it ${read.reason}` });
    return decodeUtf8(read.bytes, configPath, 'utf-8');
  }

  /** `unpack_if_dir`: a folder's files (each with the props), or the path itself. */
  private async unpack(path: string, props: Props): Promise<Map<string, Props>> {
    const entry = await entryAt(this.revision, this.cwd, path);
    const paths = entry.kind === 'directory' ? await filesUnder(this.revision, this.cwd, normpath(path)) : [path];
    return new Map(paths.map((file) => [file, { ...props }]));
  }

  /** `_resolve_definitions` for one dvc.yaml's top-level plots. */
  private async resolveDefinitions(file: DvcFile): Promise<ConfigDefinitions> {
    const config: ConfigDefinitions = { data: new Map() };
    const folder = posix.dirname(file.configPath) === '.' ? '' : posix.dirname(file.configPath);
    const parents = file.topLevel.map(([id]) => normpath(joinPath(folder, id)));
    for (const [plotId, given] of file.topLevel) {
      const plotProps = given ?? {};
      if (!isPlainObject(plotProps.y)) {
        // the id is a data file or a folder of them
        const dataPath = normpath(joinPath(folder, plotId));
        if (!matches(this.patterns, file.configPath, plotId)) continue;
        const unpacked = await this.unpack(dataPath, { ...plotProps, ...this.props });
        // a file under several folder ids belongs to the closest one
        const closest = (path: string): string => parents.reduce((best, parent) => {
          const common = commonPath(path, parent);
          return common.length > best.length ? common : best;
        }, '');
        mergeInto(config, new Map([...unpacked].filter(([path]) => closest(path) === dataPath)));
      } else if (matches(this.patterns, file.configPath, plotId)) {
        mergeInto(config, new Map([[plotId, { ...adjustSources(plotProps, folder), ...this.props }]]));
      }
    }
    return config;
  }

  /** `_collect_definitions`: every dvc.yaml's plots, stage plots under '', then the targets. */
  async definitions(): Promise<Map<string, ConfigDefinitions>> {
    const files: DvcFile[] = [];
    for (const file of await this.memo.dvcYamlFiles(this.revision, this.project)) {
      const dvcYaml = await this.readDvcYaml(file);
      if (dvcYaml !== undefined) files.push(plotsOfDvcYaml(dvcYaml, fromCwd(this.project, file), this.revision));
    }
    const result = new Map<string, ConfigDefinitions>();
    for (const file of files) {
      if (file.topLevel.length > 0) result.set(file.configPath, await this.resolveDefinitions(file));
    }
    for (const plot of files.flatMap((file) => file.stagePlots)) {
      if (!matches(this.patterns, plot.configPath, plot.path)) continue;
      const unpacked = await this.unpack(plot.path, { ...plot.props, ...this.props });
      if (!result.has('')) result.set('', { data: new Map() });
      mergeInto(result.get('')!, unpacked);
    }
    for (const target of this.targets) {
      if (result.size > 0 && (await entryAt(this.revision, this.cwd, target)).kind === 'missing') continue;
      const unpacked = await this.unpack(target, this.props);
      if (!result.has('')) result.set('', { data: new Map() });
      mergeInto(result.get('')!, unpacked);
    }
    return result;
  }

  /** `parse(fs, path, props)`: a data file's content, or the exception DVC records for it. */
  async source(path: string, header: boolean): Promise<SourceData> {
    const extension = extensionOf(path);
    const image = IMAGE_EXTENSIONS.has(extension);
    if (!image && !SUPPORTED_EXTENSIONS.has(extension)) {
      return { error: { type: 'PlotMetricTypeError', msg: `'${path}' - file type error\nOnly JSON, YAML, CSV and TSV formats are supported.` } };
    }
    const entry = await entryAt(this.revision, this.cwd, path);
    const absolute = resolve(this.here, path);
    if (entry.kind === 'missing') return { error: { type: 'FileNotFoundError', msg: `[Errno 2] No such file or directory: '${absolute}'` } };
    if (entry.kind === 'directory') return { error: { type: 'IsADirectoryError', msg: `[Errno 21] Is a directory: '${absolute}'` } };
    if (entry.kind === 'special') return { error: { type: 'DvcException', msg: `'${path}' is not a regular file (a device, pipe or socket); plot data is read from plain files.` } };
    if (entry.size > DEFAULT_MAX_BYTES) {
      return { error: { type: 'DvcException', msg: `'${path}' is ${(entry.size / 2 ** 20).toFixed(1)} MiB; plot data over ${DEFAULT_MAX_BYTES / 2 ** 20} MiB is not read.` } };
    }
    const bytes = await readBytesAt(this.revision, this.cwd, path);
    if (image) return bytes.length > 0 ? { data: new Uint8Array(bytes) } : {};
    if (extension === '.py') return { error: { type: 'DvcException', msg: `'${path}': mlops does not read Python files as plot data; write the data as JSON, YAML, CSV or TSV.` } };
    try {
      // text mode: universal newlines
      const text = decodeUtf8(bytes, normpath(path), 'utf8').replace(/\r\n?/g, '\n');
      const content = await parseData(text, extension, path, header);
      return truthyContent(content) ? { data: content } : {};
    } catch (error) {
      if (error instanceof PyException) return { error: { type: error.type, msg: error.message } };
      throw error;
    }
  }
}

function decodeUtf8(bytes: Uint8Array, path: string, encoding: string): string {
  try {
    // Python's utf8 codec keeps a BOM as a character
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new PyException('EncodingError', `unable to read: '${path}', is not valid ${encoding}`);
  }
}

/** Python truthiness of a parsed file (`... or {}`). */
function truthyContent(value: Value): boolean {
  if (value === null || value === false || value === '' || value === 0 || value === 0n) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  return true;
}

async function parseData(text: string, extension: string, path: string, header: boolean): Promise<Value> {
  if (extension === '.csv' || extension === '.tsv') return loadSv(text, extension === '.tsv' ? '\t' : ',', header);
  const format = extension === '.json' ? 'json' : extension === '.toml' ? 'toml' : 'yaml';
  if (format === 'toml') await loadTomlParser();
  try {
    return parseStructured(text, format, path);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    throw new PyException(`${format.toUpperCase()}FileCorruptedError`, `unable to read: '${normpath(path)}', ${format.toUpperCase()} file structure is corrupted`);
  }
}

/** `_adjust_sources`: a named plot's `x`/`y` files made relative to cwd (an `x` field name stays). */
function adjustSources(props: Props, folder: string): Props {
  const adjusted: Props = { ...props };
  for (const axis of ['x', 'y'] as const) {
    if (axis === 'x' && (!(axis in adjusted) || typeof adjusted[axis] === 'string')) continue;
    const old = adjusted[axis];
    delete adjusted[axis];
    const moved: Props = {};
    if (isPlainObject(old)) for (const [path, value] of Object.entries(old)) moved[normpath(joinPath(folder, path))] = value;
    adjusted[axis] = moved;
  }
  return adjusted;
}

function compilePatterns(targets: readonly string[]): RegExp[] | PyError {
  try {
    return targets.map((target) => new RegExp(target, 'y'));
  } catch (error) {
    return { type: 'error', msg: error instanceof Error ? error.message : String(error) };
  }
}

/** Data files read at once (each is a git process at a commit). */
const SOURCES_AT_ONCE = 8;

/** One revision: its definitions, then every data file they name (`Plots._collect_data_sources`). */
async function readRevision(reader: RevisionReader, props: Props, patterns: RegExp[] | PyError): Promise<RevisionData> {
  if (!Array.isArray(patterns)) return { definitions: new Map(), sources: new Map(), error: patterns };
  let definitions: Map<string, ConfigDefinitions>;
  try {
    definitions = await reader.definitions();
  } catch (error) {
    if (error instanceof RevisionError) return { definitions: new Map(), sources: new Map(), error: error.error };
    if (error instanceof PyException) return { definitions: new Map(), sources: new Map(), error: { type: error.type, msg: error.message } };
    if (error instanceof MlopsError) return { definitions: new Map(), sources: new Map(), error: { type: 'DvcException', msg: error.message } };
    throw error;
  }
  // a stage plot's own `header: false` applies to its data (the flag's wins)
  const stageHeader = new Map<string, Value>();
  const stage = definitions.get('');
  if (stage) for (const [path, plotProps] of stage.data) if (plotProps.header !== undefined) stageHeader.set(normpath(path), plotProps.header);
  const targets = new Set<string>();
  for (const config of definitions.values()) for (const [id, plotProps] of config.data) for (const source of inferDataSources(id, plotProps)) targets.add(source);
  // each read at a commit is a git process: several at once, kept in DVC's order
  const list = [...targets];
  const read = await mapLimited(list, SOURCES_AT_ONCE, (source) => reader.source(source, (props.header ?? stageHeader.get(normpath(source)) ?? true) !== false));
  return { definitions, sources: new Map(list.map((source, index) => [source, read[index]!])) };
}

/** A source's path from the top of the git work tree (else the project root), for blob links; `here` is cwd with links resolved. */
function repoPathOf(here: string, project: Project): (source: string) => string {
  const top = project.workTree ?? project.root;
  return (source) => {
    const path = relative(top, isAbsolute(source) ? source : join(here, source));
    return path.split(sep).join('/');
  };
}

/**
 * `dvc plots show|diff`'s plots for explicit revisions (`workspace` is the working tree), read in
 * DVC's order (the workspace first). Image plots are written to `outDir`. Throws only for a
 * revision git does not know (nothing is read then); every other problem is an error entry.
 */
export async function collectPlots({ cwd, revisions, targets = [], overrides, outDir = DEFAULT_OUT_DIR, memo = new CollectMemo() }: CollectPlotsInput): Promise<PlotsResult> {
  const project = await memo.project(cwd);
  const here = await realpath(cwd).catch(() => cwd);
  const order = readingOrder(revisions);
  const resolved: Revision[] = await Promise.all(order.map((name) => memo.revision(cwd, name)));
  const props = overrideProps(overrides);
  // DVC's `from_os_path`: an absolute target is named by its path inside the project
  const named = targets.map((target) => (isAbsolute(target) ? relative(cwd, target).split(sep).join('/') || '.' : target));
  const patterns = compilePatterns(named);
  // the revisions are read side by side, and listed in DVC's order
  const read = await Promise.all(resolved.map((revision) => readRevision(new RevisionReader(memo, project, cwd, revision, named, Array.isArray(patterns) ? patterns : [], props, here), props, patterns)));
  const data = new Map<string, RevisionData>(resolved.map((revision, index) => [revision.name, read[index]!]));
  return matchPlots(data, { outDir: resolve(cwd, outDir), repoPath: repoPathOf(here, project) });
}
