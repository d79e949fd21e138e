/**
 * Bad input, tried many ways (issue 19): YAML, dvc.yaml, JSON, mlops.yaml, the command line,
 * failing training, paths, revisions, gates, keys and big files. Each case runs the CLI in-process
 * in a real git repository and holds it to what a user is promised:
 *
 * - one clear message that names the input (file, line or option), printed once;
 * - the documented exit code (2 for usage, 1 for a failure; the DVC verbs warn and exit 0);
 * - no library warning, engine text or stack trace on stderr, no raw control bytes;
 * - nothing half-written: no temporary file left behind, a report whole or absent.
 *
 * Generated cases come from a seeded generator, so a failure names the seed and reproduces.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { mlops, type CliRun } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';

type Category = 'yaml' | 'dvc.yaml' | 'json' | 'mlops.yaml' | 'cli' | 'training' | 'paths' | 'revisions' | 'gates' | 'keys' | 'big files';

const BASE = { 'metrics.json': '{"r2": 0.8, "rmse": 10}', 'params.yaml': 'lr: 0.1\n' };

interface Case {
  category: Category;
  name: string;
  /** Files changed in the workspace after the base commit. */
  head?: Record<string, string | Buffer>;
  /** Files in the base commit, when not BASE. */
  base?: Record<string, string>;
  /** Anything else the case needs in the repository, after the files are written. */
  setup?: (repo: GitRepo) => void;
  args: string[];
  /** Environment besides PATH and HOME. */
  env?: Record<string, string>;
  code: 0 | 1 | 2;
  /** The one message; its first match must occur once on stderr. */
  stderr: RegExp;
  stdout?: RegExp;
  /** Files the run must have written, with their exact content. */
  files?: Record<string, string>;
  /** What must not be said (a misleading message). */
  notStderr?: RegExp;
}

/** Library and engine text that must never reach a user, nor raw control bytes. */
const LEAKS = [
  /YAMLWarning|YAMLParseError|YAMLException|BAD_DIRECTIVE|TAG_RESOLVE_FAILED|DUPLICATE_KEY|BAD_INDENT/,
  /Maximum call stack size exceeded|Invalid string length|Unhandled 'error' event|heap out of memory/,
  /\b(?:RangeError|TypeError|ReferenceError|SyntaxError|AssertionError)\b/,
  /\bE(?:ISDIR|FBIG|NOENT|ACCES|PIPE|NOTDIR|LOOP|NAMETOOLONG)\b/,
  /^\s+at .+:\d+:\d+\)?$/m,
  /\(node:\d+\)/,
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f]/,
];

/** A tree owned by another user, as a checkout mounted into a container often is. */
function chownTree(dir: string, uid: number): void {
  execFileSync('chown', ['-R', `${uid}:${uid}`, dir]);
}

/** mulberry32: a small seeded generator, so generated cases are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 19;
const random = seeded(SEED);
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** YAML nested `depth` deep, in one of the shapes a parser recurses on. */
function deepYaml(depth: number, shape: 'flow' | 'dashes' | 'block-list' | 'block-map'): string {
  switch (shape) {
    case 'flow':
      return `a: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
    case 'dashes':
      return `a:\n  ${'- '.repeat(depth)}1\n`;
    case 'block-list':
      return `a:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 2)}-`).join('\n')} 1\n`;
    case 'block-map':
      return `a:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 2)}k:`).join('\n')} 1\n`;
  }
}

/** A billion laughs: each level a list of ten aliases of the one before. */
function aliasBomb(levels: number): string {
  const lines = ['l0: &l0 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]'];
  for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const deepShapes = ['flow', 'dashes', 'block-list', 'block-map'] as const;
const generatedDeep: Case[] = deepShapes.flatMap((shape) => {
  const depth = between(4000, 8000);
  return [
    { category: 'yaml' as const, name: `params.yaml nested ${depth} deep (${shape}, seed ${SEED})`, head: { 'params.yaml': deepYaml(depth, shape) }, args: ['params', 'diff'], code: 0 as const, stderr: /WARNING: params\.yaml at workspace: malformed YAML: nested more than 256 levels deep at line \d+; flatten it \(shown as -\)/ },
  ];
});

const TYPO_OPERATORS = ['>>=', '=>', '=<', '<<', '>>', '=>=', '<=>', '!>', '≥'];
const generatedGates: Case[] = Array.from({ length: 4 }, () => {
  const op = pick(TYPO_OPERATORS);
  const text = `r2 ${op} 0.${between(1, 9)}`;
  return { category: 'gates' as const, name: `a typo'd gate operator '${text}' (seed ${SEED})`, args: ['report', '--check', '--gate', text], code: 2 as const, stderr: new RegExp(`gate '${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' is not understood`) };
});


const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A valid metrics file cut at seeded offsets: never valid JSON, always a warning naming the file. */
const FULL_JSON = '{"r2": 0.8123, "rmse": 10.5, "nested": {"a": [1, 2], "b": "text"}}';
const generatedJson: Case[] = Array.from({ length: 6 }, () => {
  const cut = between(1, FULL_JSON.length - 2);
  return { category: 'json' as const, name: `metrics.json cut after ${cut} characters (seed ${SEED})`, head: { 'metrics.json': FULL_JSON.slice(0, cut) }, args: ['metrics', 'diff'], code: 0 as const, stderr: /^WARNING: metrics\.json at workspace: malformed JSON: [^\n]+ \(shown as -\)\n$/ };
});

/** params.yaml with seeded garbage (control bytes, brackets, quotes, tabs) spliced into a valid file. */
const GARBAGE = ['\u0000', '\u0007', '\u001b[2J', '\t', '[', '{', '"', "'", ': :', '&a', '*b', '!!', '%', '@', '`', '\ufeff', '---', '...', '? '];
const generatedYaml: Case[] = Array.from({ length: 8 }, () => {
  const valid = 'train:\n  lr: 0.1\n  epochs: 10\nmodel:\n  depth: 3\n';
  const at = between(0, valid.length);
  const junk = Array.from({ length: between(1, 3) }, () => pick(GARBAGE)).join('');
  return { category: 'yaml' as const, name: `params.yaml with ${JSON.stringify(junk)} at ${at} (seed ${SEED})`, head: { 'params.yaml': valid.slice(0, at) + junk + valid.slice(at) }, args: ['params', 'diff'], code: 0 as const, stderr: /^$|^WARNING: params\.yaml at workspace: malformed YAML: [^\n]+ \(shown as -\)\n$/ };
});

/** Names every JavaScript object inherits: in an input file each is a key like any other. */
const generatedKeys: Case[] = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'].map((key) => ({
  category: 'keys' as const, name: `a '${key}' key in params.json`, base: { ...BASE, 'params.json': '{"lr": 0.1}' }, head: { 'params.json': `{"${key}": {"x": 1}, "lr": 0.1}` }, args: ['params', 'diff', '--targets', 'params.json', '--json'], code: 0 as const, stderr: /^$/,
  stdout: new RegExp(`^\\{"params\\.json": \\{"${escapeRegExp(key)}\\.x": \\{"old": null, "new": 1\\}\\}\\}$`, 'm'),
}));

/** Revisions that name nothing here: one message naming the revision, exit 1. */
const generatedRevisions: Case[] = ['HEAD~999', 'no/such/branch', ':/no commit says this', 'HEAD^{tree}', '@{upstream}', 'v9.9.9', 'deadbeef', 'HEAD@{99}'].map((rev) => ({
  category: 'revisions' as const, name: `metrics diff ${rev}`, args: ['metrics', 'diff', rev], code: 1 as const, stderr: new RegExp(`^ERROR: unknown revision '${escapeRegExp(rev)}'`, 'm'),
}));

/** Flags that do not exist, on each verb: usage, exit 2, the flag named. */
const generatedFlags: Case[] = Array.from({ length: 5 }, () => {
  const verb = pick([['metrics', 'diff'], ['metrics', 'show'], ['params', 'diff'], ['report'], ['run']]);
  const flag = pick(['--colour', '--target', '--preciseness', '--gates', '--out-file', '--jsonl', '-x']);
  return { category: 'cli' as const, name: `${verb.join(' ')} ${flag} (seed ${SEED})`, args: [...verb, flag], code: 2 as const, stderr: new RegExp(`unknown option '${escapeRegExp(flag)}'`) };
});

const cases: Case[] = [
  ...generatedJson,
  ...generatedYaml,
  ...generatedKeys,
  ...generatedRevisions,
  ...generatedFlags,
  // yaml: any YAML the tool reads
  ...generatedDeep,
  { category: 'yaml', name: 'a deep mlops.yaml', head: { 'mlops.yaml': deepYaml(5000, 'flow') }, args: ['report'], code: 2, stderr: /ERROR: mlops\.yaml: malformed YAML: nested more than 256 levels deep at line 1/ },
  { category: 'yaml', name: 'a deep dvc.yaml', head: { 'dvc.yaml': `stages:\n  train:\n    cmd: ${deepYaml(6000, 'flow').slice(3)}` }, args: ['metrics', 'show'], code: 0, stderr: /dvc\.yaml/ },
  { category: 'yaml', name: 'an alias bomb in params.yaml', head: { 'params.yaml': aliasBomb(7) }, args: ['params', 'show'], code: 0, stderr: /WARNING: params\.yaml at workspace: malformed YAML: its aliases expand to more than a million values/ },
  { category: 'yaml', name: 'a python/object tag', head: { 'params.yaml': 'model: !!python/object:sklearn.Model {}\nlr: 0.1\n' }, args: ['params', 'diff'], code: 0, stderr: /WARNING: params\.yaml at workspace: malformed YAML: unknown tag: tag:yaml\.org,2002:python\/object:sklearn\.Model at line 1, column 8; only plain YAML values are read/ },
  { category: 'yaml', name: 'an unsupported %YAML version', head: { 'params.yaml': '%YAML 1.3\n---\nlr: 0.2\n' }, args: ['params', 'diff'], code: 0, stderr: /WARNING: params\.yaml at workspace: malformed YAML: .*YAML version.* at line 1.*; remove the %YAML directive or write %YAML 1\.2/ },
  { category: 'yaml', name: 'a duplicate key in params.yaml', head: { 'params.yaml': 'lr: 0.1\nepochs: 3\nlr: 0.2\n' }, args: ['params', 'diff'], code: 0, stderr: /WARNING: params\.yaml at workspace: malformed YAML: the key 'lr' is repeated at line 3, column 1; each key may appear once/ },
  { category: 'yaml', name: 'control bytes in a YAML error are escaped', head: { 'params.yaml': 'lr: [0.1\u0001\u001b[31m\n' }, args: ['params', 'diff'], code: 0, stderr: /WARNING: params\.yaml at workspace: malformed YAML/ },
  { category: 'yaml', name: 'a tab for indentation', head: { 'params.yaml': 'train:\n\tlr: 0.1\n' }, args: ['params', 'diff'], code: 0, stderr: /WARNING: params\.yaml at workspace: malformed YAML: .*at line 2/ },

  // dvc.yaml
  { category: 'dvc.yaml', name: 'dvc.yaml that is not YAML', head: { 'dvc.yaml': 'stages: [\n' }, args: ['metrics', 'show'], code: 0, stderr: /dvc\.yaml/ },
  { category: 'dvc.yaml', name: 'dvc.yaml with a duplicate stage', head: { 'dvc.yaml': 'stages:\n  train:\n    cmd: a\n  train:\n    cmd: b\n' }, args: ['metrics', 'show'], code: 0, stderr: /dvc\.yaml/ },
  { category: 'dvc.yaml', name: 'a dvc.yaml metrics file that is malformed', head: { 'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n    metrics:\n      - eval.json\n', 'eval.json': '{"acc": ' }, args: ['metrics', 'show'], code: 0, stderr: /WARNING: eval\.json at workspace: malformed JSON/ },
  { category: 'dvc.yaml', name: 'report when dvc.yaml is broken', head: { 'dvc.yaml': 'stages: [\n' }, args: ['report', '--gate', 'r2 >= 0.5'], code: 1, stderr: /ERROR: dvc\.yaml: / },

  // json
  { category: 'json', name: 'a truncated metrics.json', head: { 'metrics.json': '{"r2": 0.9, "rmse"' }, args: ['metrics', 'diff'], code: 0, stderr: /WARNING: metrics\.json at workspace: malformed JSON/ },
  { category: 'json', name: 'a metrics.json of NUL bytes', head: { 'metrics.json': '\u0000\u0000\u0000' }, args: ['metrics', 'show'], code: 0, stderr: /WARNING: metrics\.json at workspace: malformed JSON/ },
  { category: 'json', name: 'invalid UTF-8 in metrics.json', head: { 'metrics.json': Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d, 0x0a]) }, args: ['metrics', 'show'], code: 0, stderr: /^$/ },
  { category: 'json', name: 'a JSON list nested 100,000 deep', head: { 'metrics.json': `${'['.repeat(100000)}${']'.repeat(100000)}` }, args: ['metrics', 'show'], code: 0, stderr: /WARNING: metrics\.json at workspace: / },
  { category: 'json', name: 'report with a NaN-laden, cut-off head file', head: { 'metrics.json': '{"r2": NaN, "rmse": Infin' }, args: ['report', '--check', '--gate', 'r2 >= 0.5'], code: 1, stderr: /ERROR: metrics\.json: malformed JSON/ },

  { category: 'json', name: 'a UTF-8 BOM before the JSON', head: { 'metrics.json': '\ufeff{"r2": 0.9, "rmse": 10}' }, args: ['metrics', 'diff'], code: 0, stderr: /^$|^WARNING: metrics\.json at workspace: malformed JSON: [^\n]+ \(shown as -\)\n$/ },
  { category: 'json', name: 'JavaScript comments in JSON', head: { 'metrics.json': '{"r2": 0.9 // best so far\n}' }, args: ['metrics', 'diff'], code: 0, stderr: /^WARNING: metrics\.json at workspace: malformed JSON: [^\n]+ \(shown as -\)\n$/ },
  { category: 'json', name: 'single quotes', head: { 'metrics.json': "{'r2': 0.9}" }, args: ['metrics', 'diff'], code: 0, stderr: /^WARNING: metrics\.json at workspace: malformed JSON: [^\n]+ \(shown as -\)\n$/ },
  { category: 'json', name: 'a trailing comma', head: { 'metrics.json': '{"r2": 0.9, "rmse": 10,}' }, args: ['metrics', 'diff'], code: 0, stderr: /^WARNING: metrics\.json at workspace: malformed JSON: [^\n]+ \(shown as -\)\n$/ },
  { category: 'json', name: 'a top-level list is shown as DVC shows it', head: { 'metrics.json': '[0.9, 10]' }, args: ['metrics', 'show'], code: 0, stderr: /^$/ },
  { category: 'json', name: 'a number too big for a float', head: { 'metrics.json': '{"r2": 1e400, "rmse": 10}' }, args: ['report', '--check', '--gate', 'r2 <= 1'], code: 1, stderr: /r2 <= 1: failed, r2 in metrics\.json is "inf", not a finite number/ },
  { category: 'json', name: 'NaN inside a string is text', head: { 'metrics.json': '{"r2": 0.9, "note": "NaN or Infinity", "rmse": 10}' }, args: ['metrics', 'show', '--json'], code: 0, stderr: /^$/, stdout: /"note": "NaN or Infinity"/ },
  { category: 'yaml', name: 'a second YAML document in params.yaml', head: { 'params.yaml': 'lr: 0.1\n---\nlr: 0.2\n' }, args: ['params', 'diff'], code: 0, stderr: /^WARNING: params\.yaml at workspace: malformed YAML: holds 2 YAML documents \(a second one starts at line 2\)/ },
  { category: 'yaml', name: 'an alias without an anchor', head: { 'params.yaml': 'lr: *rate\n' }, args: ['params', 'diff'], code: 0, stderr: /^WARNING: params\.yaml at workspace: malformed YAML: the alias \*rate at line 1 names no anchor/ },
  { category: 'yaml', name: 'an unclosed quote', head: { 'params.yaml': "lr: 'x\n" }, args: ['params', 'diff'], code: 0, stderr: /^WARNING: params\.yaml at workspace: malformed YAML: Missing closing 'quote at line 2, column 1 \(shown as -\)$/m },
  { category: 'yaml', name: 'a binary tag', head: { 'params.yaml': 'blob: !!binary aGVsbG8=\nlr: 0.1\n' }, args: ['params', 'show'], code: 0, stderr: /^$|^WARNING: params\.yaml at workspace: malformed YAML: [^\n]+\n$/ },
  { category: 'mlops.yaml', name: 'two documents in mlops.yaml', head: { 'mlops.yaml': 'gates: [r2 >= 0.99]\n---\ngates: [r2 >= 0.1]\n' }, args: ['report', '--check'], code: 2, stderr: /^ERROR: mlops\.yaml: malformed YAML: holds 2 YAML documents/m },

  // mlops.yaml
  { category: 'mlops.yaml', name: 'gates: given twice', head: { 'mlops.yaml': 'gates:\n  - r2 >= 0.99\nheadline: r2\ngates:\n  - rmse <= 100\n' }, args: ['report', '--check'], code: 2, stderr: /ERROR: mlops\.yaml: malformed YAML: the key 'gates' is repeated at line 4, column 1; each key may appear once/ },
  { category: 'mlops.yaml', name: '--config names its own file in errors', head: { 'ci/opts.yaml': 'gate: r2 >= 0.5\n' }, args: ['report', '--config', 'ci/opts.yaml'], code: 2, stderr: /ci\/opts\.yaml: unknown option 'gate'/, notStderr: /mlops\.yaml/ },
  { category: 'mlops.yaml', name: '--config that is malformed names its own file', head: { 'ci/opts.yaml': 'gates: [\n' }, args: ['report', '--config', 'ci/opts.yaml'], code: 2, stderr: /ERROR: ci\/opts\.yaml: malformed YAML/, notStderr: /mlops\.yaml/ },
  { category: 'mlops.yaml', name: 'mlops.yaml that is a folder', setup: (repo) => mkdirSync(join(repo.dir, 'mlops.yaml')), args: ['report'], code: 2, stderr: /mlops\.yaml: is a folder, not a file\./ },
  { category: 'mlops.yaml', name: 'mlops.yaml that links to /dev/zero', setup: (repo) => symlinkSync('/dev/zero', join(repo.dir, 'mlops.yaml')), args: ['report'], code: 2, stderr: /^ERROR: mlops\.yaml: is not a regular file \(a device\)\.$/m },
  { category: 'mlops.yaml', name: 'a python tag in mlops.yaml', head: { 'mlops.yaml': 'gates: !!python/object/apply:os.system ["echo hi"]\n' }, args: ['report'], code: 2, stderr: /ERROR: mlops\.yaml: malformed YAML: unknown tag/ },

  // cli
  { category: 'cli', name: '`mlops` with no verb', args: [], code: 2, stderr: /Usage: mlops \[options\] \[command\]/ },
  { category: 'cli', name: '`mlops metrics` with no verb', args: ['metrics'], code: 2, stderr: /Usage: mlops metrics \[options\] \[command\]/ },
  { category: 'cli', name: 'an unknown verb', args: ['metric', 'show'], code: 2, stderr: /unknown command 'metric'/ },
  { category: 'cli', name: 'a negative precision', args: ['metrics', 'diff', '--precision', '1.5'], code: 2, stderr: /--precision: '1\.5' is not a whole number/ },
  { category: 'cli', name: '--cd to a folder that does not exist', args: ['--cd', 'no/such/folder', 'metrics', 'diff'], code: 2, stderr: /--cd: no\/such\/folder does not exist/, notStderr: /git is not installed/ },
  { category: 'cli', name: 'an unknown --event', args: ['run', '--event', 'merge'], code: 2, stderr: /option '--event <event>' argument 'merge' is invalid/ },

  // failing training and faults
  { category: 'training', name: 'a failing command is reported once', args: ['run', '--train', 'echo boom >&2; exit 3'], code: 1, stderr: /`echo boom >&2; exit 3` failed with exit code 3 after \d+\.\ds/ },
  { category: 'training', name: 'a command killed by a signal', args: ['run', '--train', 'kill -9 $$'], code: 1, stderr: /`kill -9 \$\$` was killed by SIGKILL after/ },
  { category: 'training', name: 'a command left running in the background does not hold the stage', args: ['run', '--train', 'sleep 600 & echo trained'], code: 0, stderr: /^(?![\s\S]*ERROR)/ },
  { category: 'training', name: 'a timeout over 24.8 days', args: ['run', '--timeout', '3000000', '--train', 'echo trained'], code: 0, stderr: /^(?![\s\S]*timed out)/ },

  // paths
  { category: 'paths', name: 'a metrics target that is a folder', setup: (repo) => mkdirSync(join(repo.dir, 'out')), args: ['metrics', 'show', 'out'], code: 0, stderr: /out/ },
  { category: 'paths', name: 'a metrics file that links to /dev/zero', setup: (repo) => symlinkSync('/dev/zero', join(repo.dir, 'zero.json')), args: ['metrics', 'show', 'zero.json'], code: 0, stderr: /WARNING: zero\.json at workspace: is not a regular file/ },
  { category: 'paths', name: 'a CSV log that links to /dev/zero', setup: (repo) => symlinkSync('/dev/zero', join(repo.dir, 'log.csv')), args: ['metrics', 'show', 'log.csv'], code: 0, stderr: /WARNING: log\.csv at workspace: is not a regular file/ },
  { category: 'paths', name: 'a report path that is a folder', setup: (repo) => mkdirSync(join(repo.dir, 'out')), args: ['report', '--out', 'out'], code: 1, stderr: /out/ },

  // revisions
  { category: 'revisions', name: 'an unknown base', args: ['report', '--base', 'no-such-branch'], code: 1, stderr: /no-such-branch/ },
  { category: 'revisions', name: 'a revision that looks like an option', args: ['metrics', 'diff', '--', '--output=x'], code: 1, stderr: /unknown revision '--output=x'/ },
  { category: 'revisions', name: 'a revision range', args: ['metrics', 'diff', 'HEAD..HEAD'], code: 1, stderr: /unknown revision 'HEAD\.\.HEAD'/ },

  // gates
  ...generatedGates,
  { category: 'gates', name: 'r2 >>= 0.5', args: ['report', '--gate', 'r2 >>= 0.5'], code: 2, stderr: /gate 'r2 >>= 0\.5' is not understood/ },
  { category: 'gates', name: 'r2 => 0.5 in mlops.yaml', head: { 'mlops.yaml': 'gates:\n  - r2 => 0.5\n' }, args: ['report', '--check'], code: 2, stderr: /gate 'r2 => 0\.5' is not understood/ },
  { category: 'gates', name: 'a gate with no number', args: ['report', '--gate', 'r2 >='], code: 2, stderr: /gate 'r2 >=' is not understood/ },

  // keys
  { category: 'keys', name: 'a __proto__ key in params.json adds no param', head: { 'params.json': '{"__proto__": {"fake": 1}, "lr": 0.1}' }, args: ['params', 'show', '--targets', 'params.json'], code: 0, stderr: /^$/, stdout: /__proto__\.fake/ },
  { category: 'keys', name: 'a __proto__ key in params.yaml', head: { 'params.yaml': '__proto__:\n  fake: 1\nlr: 0.1\n' }, args: ['params', 'diff', '--json'], code: 0, stderr: /^$/, stdout: /"__proto__\.fake": \{"old": null, "new": 1\}/ },
  { category: 'keys', name: 'a constructor key', head: { 'metrics.json': '{"constructor": 1, "r2": 0.8, "rmse": 10}' }, args: ['metrics', 'diff', '--json'], code: 0, stderr: /^$/, stdout: /"constructor": \{"old": null, "new": 1\}/ },

  // big files
  // more dvc.yaml: wrong types are refused by name, as DVC refuses them
  { category: 'dvc.yaml', name: 'stage metrics as text, not a list', head: { 'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n    metrics: eval.json\n', 'eval.json': '{"acc": 0.9}' }, args: ['metrics', 'show'], code: 0, stderr: /^WARNING: failed to load metrics in revision 'workspace', dvc\.yaml: 'stages\.train\.metrics' must be a list, not text\.$/m },
  { category: 'dvc.yaml', name: 'stages as a list', head: { 'dvc.yaml': 'stages:\n  - train\n' }, args: ['metrics', 'show'], code: 0, stderr: /dvc\.yaml: 'stages' must be a mapping of stage names to stages, not a list\./ },
  { category: 'dvc.yaml', name: 'a stage that is text', head: { 'dvc.yaml': 'stages:\n  train: python train.py\n' }, args: ['params', 'diff'], code: 0, stderr: /dvc\.yaml: 'stages\.train' must be a mapping \(cmd:, deps:, outs:…\), not text\./ },
  { category: 'dvc.yaml', name: 'params as a mapping', head: { 'dvc.yaml': 'stages:\n  train:\n    cmd: x\n    params:\n      lr: 0.1\n' }, args: ['params', 'diff'], code: 0, stderr: /dvc\.yaml: 'stages\.train\.params' must be a list, not a mapping\./ },
  { category: 'dvc.yaml', name: 'a wdir that is a number', head: { 'dvc.yaml': 'stages:\n  train:\n    cmd: x\n    wdir: 3\n    metrics: [m.json]\n' }, args: ['metrics', 'show'], code: 0, stderr: /dvc\.yaml: 'stages\.train\.wdir' must be text \(a folder\), not a number\./ },
  { category: 'dvc.yaml', name: 'top-level metrics as text in report', head: { 'dvc.yaml': 'metrics: metrics.json\n' }, args: ['report', '--check', '--gate', 'r2 >= 0.5'], code: 1, stderr: /ERROR: dvc\.yaml: [^\n]*'metrics' must be a list, not text\./ },
  { category: 'dvc.yaml', name: 'a dvc.yaml in a subfolder, named by its path', head: { 'sub/dvc.yaml': 'stages:\n  eval:\n    cmd: x\n    metrics: sub.json\n' }, args: ['metrics', 'show'], code: 0, stderr: /sub\/dvc\.yaml: 'stages\.eval\.metrics' must be a list, not text\./ },

  { category: 'cli', name: 'control bytes in a flag value are escaped when quoted', args: ['metrics', 'diff', '--precision', '\u0007\u001b[2J'], code: 2, stderr: /--precision: '\\x07\\x1b\[2J' is not a whole number\./ },

  // more mlops.yaml
  { category: 'mlops.yaml', name: 'a list, not a mapping', head: { 'mlops.yaml': '- r2 >= 0.5\n' }, args: ['report'], code: 2, stderr: /^ERROR: mlops\.yaml: expected a mapping of option names to values\.$/m },
  { category: 'mlops.yaml', name: 'a secret in the file', head: { 'mlops.yaml': 'kfp-token: abc\n' }, args: ['report'], code: 2, stderr: /mlops\.yaml: kfp-token is a secret and never goes in a file\./ },
  { category: 'mlops.yaml', name: 'a gate given as a mapping', head: { 'mlops.yaml': 'gates:\n  r2: 0.5\n' }, args: ['report', '--check'], code: 2, stderr: /gate 'r2=0\.5' is not understood/ },
  { category: 'mlops.yaml', name: 'an options file of 2 MB', head: { 'ci/big.yaml': `# ${'x'.repeat(2 << 20)}\n` }, args: ['report', '--config', 'ci/big.yaml'], code: 2, stderr: /ci\/big\.yaml: is 2\.0 MiB, over the 1 MiB this file may have\./ },
  { category: 'mlops.yaml', name: '--config that does not exist', args: ['report', '--config', 'ci/none.yaml'], code: 2, stderr: /--config: ci\/none\.yaml does not exist\./ },
  { category: 'mlops.yaml', name: 'an alias bomb in mlops.yaml', head: { 'mlops.yaml': aliasBomb(7) }, args: ['report'], code: 2, stderr: /ERROR: mlops\.yaml: malformed YAML: its aliases expand to more than a million values/ },

  // more paths
  { category: 'paths', name: 'an absolute --targets path inside the project', setup: (repo) => repo.write('eval/m.json', '{"acc": 0.9}'), args: ['metrics', 'show', '--targets', '__REPO__/eval/m.json'], code: 0, stderr: /^$/, stdout: /^eval\/m\.json {2}0\.9$/m },
  { category: 'paths', name: 'a named pipe as a metrics file', setup: (repo) => execFileSync('mkfifo', [join(repo.dir, 'pipe.json')]), args: ['metrics', 'show', 'pipe.json'], code: 0, stderr: /^WARNING: pipe\.json at workspace: is not a regular file \(a named pipe\); metrics and params are read from plain files\. \(shown as -\)$/m },
  { category: 'paths', name: 'a params file that links to /dev/zero', setup: (repo) => symlinkSync('/dev/zero', join(repo.remove('params.yaml').dir, 'params.yaml')), args: ['params', 'diff'], code: 0, stderr: /WARNING: params\.yaml at workspace: is not a regular file \(a device\)/ },
  { category: 'paths', name: 'plot data that links to /dev/zero', setup: (repo) => symlinkSync('/dev/zero', join(repo.dir, 'zero.csv')), args: ['plots', 'show', 'zero.csv', '--json'], code: 0, stderr: /^DVC failed to load some plots for following revisions: 'workspace'\.\n$/, stdout: /'zero\.csv' is not a regular file \(a device, pipe or socket\); plot data is read from plain files\./ },
  { category: 'paths', name: 'a .dvcignore that links to /dev/zero', setup: (repo) => symlinkSync('/dev/zero', join(repo.dir, '.dvcignore')), args: ['metrics', 'show'], code: 0, stderr: /^WARNING: failed to load metrics in revision 'workspace', \.dvcignore: is not a regular file \(a device\)\.$/m },
  { category: 'paths', name: 'a dvc.yaml that links to /dev/zero, for plots', setup: (repo) => symlinkSync('/dev/zero', join(repo.dir, 'dvc.yaml')), args: ['plots', 'show', '--json'], code: 0, stderr: /^DVC failed to load some plots for following revisions: 'workspace'\.\n$/, stdout: /unable to read: 'dvc\.yaml', it is not a regular file \(a device\)/ },
  { category: 'paths', name: 'a report to comment on that links to /dev/zero', setup: (repo) => symlinkSync('/dev/zero', join(repo.dir, 'report.md')), args: ['comment', 'create', 'report.md', '--target', 'pr/1', '--repo', 'o/r'], env: { REPO_TOKEN: 'not-a-real-token' }, code: 2, stderr: /comment create: cannot read 'report\.md': it is not a regular file \(a device\)\./ },
  { category: 'paths', name: 'a dangling link', setup: (repo) => symlinkSync('nowhere.json', join(repo.dir, 'gone.json')), args: ['metrics', 'show', 'gone.json'], code: 0, stderr: /WARNING: gone\.json at workspace: does not exist at workspace/ },
  { category: 'paths', name: '--cd to a file', args: ['--cd', 'metrics.json', 'metrics', 'show'], code: 2, stderr: /--cd: metrics\.json is not a folder\./ },

  // more revisions
  { category: 'revisions', name: 'control bytes in a revision are escaped when quoted', args: ['metrics', 'diff', 'bad\u001b[31mrev'], code: 1, stderr: /unknown revision 'bad\\x1b\[31mrev'/ },
  { category: 'revisions', name: 'a repository owned by another user', setup: (repo) => chownTree(repo.dir, 4321), args: ['metrics', 'diff'], code: 1, stderr: /git refuses to read the repository at [^\n]+: it belongs to another user \("dubious ownership"\)\.\nIf you trust it, run `git config --global --add safe\.directory /, notStderr: /not inside a git repository/ },
  { category: 'revisions', name: 'report in a repository owned by another user', setup: (repo) => chownTree(repo.dir, 4321), args: ['report'], code: 1, stderr: /git refuses to read the repository at [^\n]+: it belongs to another user/, notStderr: /not (?:inside|in) a git repository/ },

  // more training and faults
  { category: 'training', name: 'the Jenkins step with a failing command says so once', args: ['step', 'pipeline'], env: { MLOPS_OPTIONS: '{"train-command": "echo boom >&2; exit 3"}' }, code: 1, stderr: /`echo boom >&2; exit 3` failed with exit code 3 after \d+\.\ds/ },
  { category: 'training', name: 'the Jenkins report step with a failed gate says it once', args: ['step', 'report'], env: { MLOPS_OPTIONS: '{"gates": ["r2 >= 0.99"]}' }, code: 1, stderr: /r2 >= 0\.99: failed, r2 is 0\.8\n[\s\S]*ERROR: 1 of 1 gates failed \(listed above\); the report says why\./ },
  { category: 'gates', name: 'a failed gate is counted on stderr and listed whole in MLOPS_ERROR_FILE', args: ['report', '--check', '--gate', 'r2 >= 0.99'], env: { MLOPS_ERROR_FILE: '__REPO__/error.txt' }, code: 1, stderr: /ERROR: 1 of 1 gates failed \(listed above\); the report says why\./, files: { 'error.txt': 'Gates failed:\nr2 >= 0.99: failed, r2 is 0.8' } },
  { category: 'training', name: '`mlops train` with a failing command says so once', args: ['train', '--', 'sh', '-c', 'echo boom >&2; exit 3'], code: 1, stderr: /`sh -c 'echo boom >&2; exit 3'` failed with exit code 3 after \d+\.\ds/ },
  { category: 'training', name: 'a report folder blocked by a file', args: ['run', '--train', 'true', '--out', 'metrics.json/report.md'], code: 1, stderr: /^ERROR: cannot create the folder [^\n]*metrics\.json[^\n]*: (?:a part of its path is a file, not a folder|a file of that name is in the way)\.$/m },
  { category: 'training', name: 'a command that is not installed, via the shell', args: ['run', '--train', 'no-such-trainer --epochs 3'], code: 1, stderr: /^ERROR: `no-such-trainer --epochs 3` failed with exit code 127 after/m },
  { category: 'training', name: 'a command that prints invalid UTF-8 and NUL bytes', args: ['run', '--train', "printf '\\377\\376\\000bad\\n'; exit 2"], code: 1, stderr: /`printf '\\377\\376\\000bad\\n'; exit 2` failed with exit code 2/ },
  { category: 'training', name: 'a command that closes its output and keeps running', args: ['run', '--train', 'exec >&- 2>&-; sleep 0.2; exit 4'], code: 1, stderr: /failed with exit code 4/ },

  // more gates
  { category: 'gates', name: 'a malformed base fails a regression gate (it is not "no base")', base: { 'metrics.json': '{"r2": 0.8,' }, head: { 'metrics.json': '{"r2": 0.7}' }, args: ['report', '--check', '--gate', 'r2 max-drop 0.01'], code: 1, stderr: /r2 max-drop 0\.01: failed, the base value of r2 cannot be read \(metrics\.json at HEAD: malformed JSON/ },
  { category: 'gates', name: 'control bytes in a gate are escaped when quoted', args: ['report', '--gate', 'r2\u001b[31m is good'], code: 2, stderr: /gate 'r2\\x1b\[31m is good' is not understood/ },
  { category: 'gates', name: 'a negative allowed drop', args: ['report', '--gate', 'r2 max-drop -1'], code: 2, stderr: /gate 'r2 max-drop -1': the allowed drop must not be negative\./ },
  { category: 'gates', name: 'a threshold that is not a number', args: ['report', '--gate', 'r2 >= high'], code: 2, stderr: /gate 'r2 >= high' is not understood/ },
  { category: 'gates', name: 'a gate on a metric in two files', head: { 'dvc.yaml': 'metrics:\n  - a.json\n  - b.json\n', 'a.json': '{"r2": 0.9}', 'b.json': '{"r2": 0.8}' }, args: ['report', '--check', '--gate', 'r2 >= 0.5'], code: 1, stderr: /r2 >= 0\.5: failed, metric 'r2' is in several files \(a\.json, b\.json, metrics\.json\); name one, e\.g\. a\.json:r2\nERROR: 1 of 1 gates failed \(listed above\); the report says why\.\n/ },

  // more big files
  { category: 'big files', name: 'a 70 MB params.json', head: { 'params.json': `{"pad": "${'x'.repeat(70 << 20)}"}` }, args: ['params', 'diff', '--targets', 'params.json'], code: 0, stderr: /WARNING: params\.json at workspace: is 70\.0 MiB; JSON metrics and params files over 64 MiB are not read/ },
  { category: 'big files', name: 'a 5 MB YAML line of one key', head: { 'params.yaml': `k: ${'y'.repeat(5 << 20)}\n` }, args: ['params', 'show'], code: 0, stderr: /^$/ },
  { category: 'big files', name: '100 MB of \\r progress output from training', args: ['run', '--train', "head -c 20000000 /dev/zero | tr '\\0' '\\r'; echo; echo done; exit 1"], code: 1, stderr: /failed with exit code 1/ },
];

const runs = new Map<Case, { result: CliRun; warnings: string[]; files: string[]; written: Record<string, string | undefined>; report?: string }>();

describe.each(cases)('[$category] $name', (testCase) => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commitFiles('base', testCase.base ?? BASE);
    for (const [path, content] of Object.entries(testCase.head ?? {})) repo.write(path, content);
    testCase.setup?.(repo);
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      const args = testCase.args.map((arg) => arg.replace('__REPO__', repo.dir));
      const result = await mlops(repo.dir, args, { PATH: process.env.PATH, HOME: repo.dir, ...Object.fromEntries(Object.entries(testCase.env ?? {}).map(([key, value]) => [key, value.replace('__REPO__', repo.dir)])) });
      const files = repo.git('-c', 'safe.directory=*', 'status', '--porcelain', '--untracked-files=all', '--ignored').split('\n').filter(Boolean);
      const reportPath = join(repo.dir, 'report.md');
      const written = Object.fromEntries(Object.keys(testCase.files ?? {}).map((path) => [path, existsSync(join(repo.dir, path)) ? readFileSync(join(repo.dir, path), 'utf8') : undefined]));
      runs.set(testCase, { result, warnings, files, written, report: existsSync(reportPath) && statSync(reportPath).isFile() ? readFileSync(reportPath, 'utf8') : undefined });
    } finally {
      process.off('warning', onWarning);
    }
  });
  afterAll(() => repo.cleanup());

  it(`exits ${testCase.code} with one message that names the input`, () => {
    const { result } = runs.get(testCase)!;
    expect(result.stderr).toMatch(testCase.stderr);
    const said = testCase.stderr.exec(result.stderr)![0];
    if (said.length > 0) expect(result.stderr.split(said).length - 1).toBe(1);
    if (testCase.notStderr) expect(result.stderr).not.toMatch(testCase.notStderr);
    if (testCase.stdout) expect(result.stdout).toMatch(testCase.stdout);
    if (testCase.files) expect(runs.get(testCase)!.written).toEqual(testCase.files);
    expect(result.code).toBe(testCase.code);
  });

  it('says nothing from a library or the engine', () => {
    const { result, warnings } = runs.get(testCase)!;
    for (const leak of LEAKS) expect(result.stderr).not.toMatch(leak);
    expect(warnings).toEqual([]);
  });

  it('leaves nothing half-written', () => {
    const { files, report } = runs.get(testCase)!;
    expect(files.filter((line) => /\.tmp$|~$|\.partial$/.test(line))).toEqual([]);
    if (report !== undefined) expect(report).toMatch(/^<!-- mlops-action report:[^\n]* -->\n[\s\S]*\n$/);
  });
});

test('every category of issue 19 has cases', () => {
  const categories = new Set(cases.map((testCase) => testCase.category));
  expect([...categories].sort()).toEqual(['big files', 'cli', 'dvc.yaml', 'gates', 'json', 'keys', 'mlops.yaml', 'paths', 'revisions', 'training', 'yaml']);
});

describe('[revisions] a partial clone whose base blobs cannot be fetched', () => {
  let origin: GitRepo;
  let clone: GitRepo;
  beforeAll(() => {
    origin = GitRepo.create();
    origin.commitFiles('base', { 'metrics.json': '{"r2": 0.8, "rmse": 10}', 'params.yaml': 'lr: 0.1\n' });
    origin.commitFiles('head', { 'metrics.json': '{"r2": 0.7, "rmse": 10}', 'params.yaml': 'lr: 0.2\n' });
    origin.git('config', 'uploadpack.allowFilter', 'true');
    clone = GitRepo.create();
    clone.git('remote', 'add', 'origin', `file://${origin.dir}`);
    clone.git('fetch', '-q', '--filter=blob:none', 'origin', 'main');
    clone.git('config', 'remote.origin.promisor', 'true');
    clone.git('config', 'remote.origin.partialclonefilter', 'blob:none');
    clone.git('checkout', '-q', '-b', 'main', 'FETCH_HEAD');
    // the remote has gone: the base's blobs, never fetched, cannot be
    clone.git('remote', 'set-url', 'origin', `file://${origin.dir}-gone`);
  });
  afterAll(() => {
    origin.cleanup();
    clone.cleanup();
  });

  it('metrics diff warns that the base file cannot be read, naming the file and the revision', async () => {
    const result = await mlops(clone.dir, ['metrics', 'diff', 'HEAD~1']);
    expect(result.stderr).toMatch(/^WARNING: metrics\.json at HEAD~1: git cannot read it \(could not fetch [0-9a-f]+ from promisor remote\); this partial clone cannot fetch it: run `git fetch` with access to the remote, or clone without --filter \(shown as -\)$/m);
    expect(result.stderr.split('WARNING').length - 1).toBe(1);
    expect(result.stdout).toMatch(/^metrics\.json {2}r2 +- +0\.7 +-$/m);
    expect(result.code).toBe(0);
  });

  it('params diff says the same of params.yaml', async () => {
    const result = await mlops(clone.dir, ['params', 'diff', 'HEAD~1']);
    expect(result.stderr).toMatch(/^WARNING: params\.yaml at HEAD~1: git cannot read it \(could not fetch [0-9a-f]+ from promisor remote\)/m);
    expect(result.code).toBe(0);
  });

  it('a regression gate fails, never passes, and the report says why', async () => {
    const result = await mlops(clone.dir, ['report', '--check', '--base', 'HEAD~1', '--gate', 'r2 max-drop 0.05']);
    expect(result.stderr).toMatch(/r2 max-drop 0\.05: failed, the base value of r2 cannot be read \(metrics\.json at HEAD~1: git cannot read it \(could not fetch [0-9a-f]+ from promisor remote\)/);
    expect(result.stderr).not.toMatch(/passed/);
    expect(result.code).toBe(1);
    const report = readFileSync(join(clone.dir, 'report.md'), 'utf8');
    expect(report).toMatch(/`r2 max-drop 0\.05` \| failed, the base value of r2 cannot be read \(metrics\.json at HEAD~1: git cannot read it/);
    expect(report).not.toContain('no base value of r2');
    // the metric is not called new: the base may have had it
    expect(report).toMatch(/^\| r2 +\| +- \| +0\.7 \| +- \| +\| changed \|$/m);
  });

  it('metrics history says git cannot read the old versions, and why', async () => {
    const result = await mlops(clone.dir, ['metrics', 'history']);
    expect(result.stderr).toMatch(/^ERROR: git stopped before answering \(could not fetch [0-9a-f]+ from promisor remote\); the history cannot be read\.\nThis partial clone cannot fetch the old versions/m);
    expect(result.code).toBe(1);
  });

  it('a threshold gate is judged on the head alone', async () => {
    const result = await mlops(clone.dir, ['report', '--check', '--base', 'HEAD~1', '--gate', 'r2 >= 0.5']);
    expect(result.code).toBe(0);
  });
});
