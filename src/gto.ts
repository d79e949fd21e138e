/**
 * GTO's git tags for what shipped, so DVC Studio's model registry (and `gto show`) sees the model
 * in production: for each artifact `dvc.yaml` declares, what `gto assign <name> --stage prod
 * <commit>` (with `--force` when an older version is in prod again) writes, in GTO's own format
 * (iterative/gto gto/tag.py, gto/registry.py):
 *
 * - `<name>@v<semver>`: an annotated tag registering a new version at the commit, unless the commit
 *   has a version already; the next version is the latest registered one with its patch bumped
 *   (GTO's default), `v0.0.1` for the first. Message: `Registering artifact <name> version <v>`.
 * - `<name>#prod#<n>`: an annotated tag assigning the stage, `n` one more than the highest counter
 *   of any of the artifact's tags. Message: `Assigning stage prod to artifact <name> version <v>`.
 *
 * The tag names are computed by pure functions from the tags that exist (local and the remote's);
 * a small git-driving function creates them and pushes them to the baseline remote, atomically.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BOT_IDENTITY } from './baseline.js';
import { git } from './git.js';
import type { Logger } from './logger.js';

/** GTO's stage for what serves production traffic. */
export const PROD_STAGE = 'prod';

// gto/constants.py, as regular expressions; `=` stands for `:` (a dvc.yaml in a folder) in tag names.
const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const SEMVER =
  '(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
const FULLNAME_IN_TAG = `(?:[a-zA-Z0-9\\-_./]+=)?${NAME}`;
const TAG_RE = new RegExp(`^(?<artifact>${FULLNAME_IN_TAG})(?:(?:#(?<stage>${NAME})|@(?<version>v${SEMVER}))(?<cancel>!?)|@(?<deprecated>deprecated|created))(?:#(?<counter>[0-9]+))?$`);
const FULLNAME_RE = new RegExp(`^(?:[a-zA-Z0-9\\-_./]+:)?${NAME}$`);

export type GtoAction = 'register' | 'deregister' | 'assign' | 'unassign' | 'deprecate';

export interface GtoTagName {
  /** The artifact's name as GTO shows it (`:` restored). */
  artifact: string;
  action: GtoAction;
  version?: string;
  stage?: string;
  counter?: number;
}

/** A tag name in GTO's grammar (gto/tag.py parse_name), or undefined for any other tag. */
export function parseGtoTag(name: string): GtoTagName | undefined {
  const match = TAG_RE.exec(name);
  if (!match?.groups) return undefined;
  const { artifact, stage, version, cancel, deprecated, counter } = match.groups;
  const parsed: GtoTagName = {
    artifact: artifact!.replaceAll('=', ':'),
    action: version ? (cancel ? 'deregister' : 'register') : stage ? (cancel ? 'unassign' : 'assign') : 'deprecate',
  };
  if (deprecated === 'created') return undefined;
  if (version) parsed.version = version;
  if (stage) parsed.stage = stage;
  if (counter) parsed.counter = Number(counter);
  return parsed;
}

/** Whether GTO accepts an artifact name (`name`, or `folder:name` for a dvc.yaml in a folder). */
export function isGtoName(name: string): boolean {
  return FULLNAME_RE.test(name);
}

interface SemVer {
  core: [number, number, number];
  pre: string[];
}

function semver(version: string): SemVer | undefined {
  const match = new RegExp(`^v${SEMVER}$`).exec(version);
  if (!match) return undefined;
  return { core: [Number(match[1]), Number(match[2]), Number(match[3])], pre: match[4] ? match[4].split('.') : [] };
}

/** SemVer 2.0.0 precedence (what python-semver, and so GTO, orders versions by). */
export function compareVersions(a: string, b: string): number {
  const x = semver(a);
  const y = semver(b);
  if (!x || !y) throw new Error(`not a GTO version: ${x ? b : a}`);
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i]! - y.core[i]!;
  if (x.pre.length === 0 || y.pre.length === 0) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
    const [p, q] = [x.pre[i]!, y.pre[i]!];
    if (p === q) continue;
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return x.pre.length - y.pre.length;
}

/** python-semver's bump_patch, as GTO calls it: the patch goes up, a pre-release and build drop. */
export function bumpPatch(version: string): string {
  const parsed = semver(version);
  if (!parsed) throw new Error(`not a GTO version: ${version}`);
  const [major, minor, patch] = parsed.core;
  return `v${major}.${minor}.${patch + 1}`;
}

export interface ExistingTag {
  name: string;
  /** The commit it points to (peeled). */
  commit: string;
  /** GTO reads annotated tags only as registry events; a lightweight one still counts for counters. */
  annotated: boolean;
}

export interface NewTag {
  name: string;
  message: string;
}

export type ArtifactPlan =
  | { kind: 'tags'; artifact: string; version: string; tags: NewTag[] }
  /** The artifact's newest prod assignment is this commit already (a re-run): nothing to add. */
  | { kind: 'in-prod'; artifact: string; version: string };

/**
 * The tags `gto assign <artifact> --stage <stage> <commit>` writes, given the tags that exist.
 * An older version sent to prod again gets a new assignment (GTO's `--force`), as a rollback is.
 */
export function planShipTags(input: { artifact: string; commit: string; stage?: string; tags: readonly ExistingTag[] }): ArtifactPlan {
  const { artifact, commit } = input;
  const stage = input.stage ?? PROD_STAGE;
  const inTag = artifact.replaceAll(':', '=');
  const mine = input.tags.map((tag) => ({ tag, parsed: parseGtoTag(tag.name) })).filter((item) => item.parsed?.artifact === artifact) as { tag: ExistingTag; parsed: GtoTagName }[];
  const events = mine.filter((item) => item.tag.annotated);
  const deregistered = new Set(events.filter((item) => item.parsed.action === 'deregister').map((item) => item.parsed.version));
  const registered = events.filter((item) => item.parsed.action === 'register');

  const tags: NewTag[] = [];
  let version = registered.find((item) => item.tag.commit === commit)?.parsed.version;
  if (!version) {
    const active = registered.map((item) => item.parsed.version!).filter((v) => !deregistered.has(v)).sort(compareVersions);
    version = active.length ? bumpPatch(active[active.length - 1]!) : 'v0.0.1';
    tags.push({ name: `${inTag}@${version}`, message: `Registering artifact ${artifact} version ${version}` });
  }

  const assignments = events.filter((item) => item.parsed.stage === stage && (item.parsed.action === 'assign' || item.parsed.action === 'unassign'));
  const newest = assignments.sort((a, b) => (a.parsed.counter ?? 0) - (b.parsed.counter ?? 0)).at(-1);
  if (tags.length === 0 && newest?.parsed.action === 'assign' && newest.tag.commit === commit) return { kind: 'in-prod', artifact, version };

  const counter = Math.max(0, ...mine.map((item) => item.parsed.counter ?? 0));
  tags.push({ name: `${inTag}#${stage}#${counter + 1}`, message: `Assigning stage ${stage} to artifact ${artifact} version ${version}` });
  return { kind: 'tags', artifact, version, tags };
}

/** `git ls-remote --tags` lines as tags: `^{}` lines give an annotated tag's commit. */
export function parseLsRemoteTags(text: string): ExistingTag[] {
  const objects = new Map<string, string>();
  const peeled = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [sha, ref] = line.trim().split(/\s+/);
    if (!sha || !ref?.startsWith('refs/tags/')) continue;
    const name = ref.slice('refs/tags/'.length);
    if (name.endsWith('^{}')) peeled.set(name.slice(0, -3), sha);
    else objects.set(name, sha);
  }
  return [...objects].map(([name, sha]) => ({ name, commit: peeled.get(name) ?? sha, annotated: peeled.has(name) }));
}

/** The artifact names dvc.yaml declares (`artifacts:` keys), `folder:` prefixed when it is not at the repository's root. */
export function dvcArtifactNames(dvcYaml: string, prefix: string): string[] {
  const data: unknown = parseYaml(dvcYaml);
  const artifacts = data && typeof data === 'object' && 'artifacts' in data ? (data as { artifacts: unknown }).artifacts : undefined;
  if (!artifacts || typeof artifacts !== 'object' || Array.isArray(artifacts)) return [];
  const folder = prefix.replace(/\/+$/, '');
  return Object.keys(artifacts).map((name) => (folder ? `${folder}:${name}` : name));
}

export interface GtoShipInput {
  cwd: string;
  /** The commit that shipped. */
  commit: string;
  /** Where the baseline ref goes; the tags go with it. None: the tags stay local. */
  remote?: string;
  env: NodeJS.ProcessEnv;
  stage?: string;
}

export type GtoShipResult =
  | { kind: 'none'; reason: string }
  | {
      kind: 'tagged';
      /** Tags created (and pushed, if `pushed`). */
      tags: string[];
      /** Artifacts already in the stage at this commit. */
      inStage: string[];
      /** Artifact names GTO would refuse, left out. */
      invalid: string[];
      pushed: boolean;
      pushError?: string;
    };

/** git's last line of complaint; for a push, what the remote said (its hook's words) when it said anything. */
function gitsWords(stderr: string): string {
  const lines = stderr.trim().split('\n');
  const remote = lines.filter((line) => line.startsWith('remote: ')).map((line) => line.slice('remote: '.length).trim()).filter(Boolean);
  return remote.length ? remote.join(' ') : lines.pop() || 'git failed';
}

async function existingTags(cwd: string, remote: string | undefined, env: NodeJS.ProcessEnv): Promise<{ tags: ExistingTag[]; remoteError?: string }> {
  const local = await git(cwd, ['for-each-ref', 'refs/tags', '--format=%(refname:strip=2)%09%(objecttype)%09%(*objectname)%09%(objectname)'], env);
  const byName = new Map<string, ExistingTag>();
  if (local.ok) {
    for (const line of local.stdout.split('\n').filter(Boolean)) {
      const [name, type, peeled, object] = line.split('\t');
      byName.set(name!, { name: name!, commit: type === 'tag' ? peeled! : object!, annotated: type === 'tag' });
    }
  }
  if (!remote) return { tags: [...byName.values()] };
  const listed = await git(cwd, ['ls-remote', '--tags', remote], env);
  if (!listed.ok) return { tags: [...byName.values()], remoteError: gitsWords(listed.stderr) };
  for (const tag of parseLsRemoteTags(listed.stdout)) byName.set(tag.name, tag);
  return { tags: [...byName.values()] };
}

/** Create GTO's tags for every artifact dvc.yaml declares, at `commit`, and push them (all or none) to the remote. */
export async function tagShippedArtifacts(input: GtoShipInput): Promise<GtoShipResult> {
  const { cwd, commit, env } = input;
  let text: string;
  try {
    text = await readFile(join(cwd, 'dvc.yaml'), 'utf8');
  } catch {
    return { kind: 'none', reason: 'there is no dvc.yaml' };
  }
  const prefixed = await git(cwd, ['rev-parse', '--show-prefix'], env);
  const names = dvcArtifactNames(text, prefixed.ok ? prefixed.stdout.trim() : '');
  if (names.length === 0) return { kind: 'none', reason: 'dvc.yaml declares no artifacts' };
  const invalid = names.filter((name) => !isGtoName(name));
  const valid = names.filter(isGtoName);
  const remote = input.remote && (await git(cwd, ['remote', 'get-url', input.remote], env)).ok ? input.remote : undefined;

  // A tag another job pushed first (two merges shipping at once) takes its counter: plan again from the remote's tags.
  for (let attempt = 1; ; attempt++) {
    const { tags: existing, remoteError } = await existingTags(cwd, remote, env);
    // Without the remote's tags the counter and the version could be taken already: no tags at all.
    if (remoteError) return { kind: 'tagged', tags: [], inStage: [], invalid, pushed: false, pushError: remoteError };
    const plans = valid.map((artifact) => planShipTags({ artifact, commit, stage: input.stage, tags: existing }));
    const created: string[] = [];
    for (const plan of plans) {
      if (plan.kind !== 'tags') continue;
      for (const tag of plan.tags) {
        const made = await git(cwd, ['tag', '-a', '-m', tag.message, tag.name, commit], { ...env, ...BOT_IDENTITY });
        if (!made.ok) {
          await deleteLocal(cwd, created, env);
          throw new Error(`Could not create the GTO tag ${tag.name}: ${gitsWords(made.stderr)}`);
        }
        created.push(tag.name);
      }
    }
    const inStage = plans.filter((plan) => plan.kind === 'in-prod').map((plan) => plan.artifact);
    const result = { kind: 'tagged' as const, tags: created, inStage, invalid };
    if (!remote || created.length === 0) return { ...result, pushed: false };
    const pushed = await git(cwd, ['push', '--quiet', '--atomic', remote, ...created.map((name) => `refs/tags/${name}:refs/tags/${name}`)], env);
    if (pushed.ok) return { ...result, pushed: true };
    // Nothing half-published: tags the remote refused do not stay in the clone either (a later
    // run would take them for registered versions and never push them).
    await deleteLocal(cwd, created, env);
    const raced = /already exists|\[rejected\]/i.test(pushed.stderr);
    if (!raced || attempt >= 3) return { ...result, tags: [], pushed: false, pushError: gitsWords(pushed.stderr) };
    // Another job's tags took the names: plan again from what ls-remote now lists.
  }
}

async function deleteLocal(cwd: string, names: string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (names.length > 0) await git(cwd, ['tag', '-d', ...names], env);
}

/**
 * What run.ts calls when a model ships, next to recordBaseline: the tags, logged; never thrown
 * (what shipped stays shipped: missing registry tags are a warning, not a failed run).
 */
export async function shipGtoTags(input: GtoShipInput, logger: Pick<Logger, 'info' | 'warning'>): Promise<GtoShipResult | undefined> {
  try {
    const result = await tagShippedArtifacts(input);
    if (result.kind === 'none') return result;
    for (const name of result.invalid) logger.warning(`dvc.yaml artifact '${name}' is not a name GTO accepts (letters, digits, '-', '_', '/'; starting and ending with a letter or digit): no GTO tags for it.`);
    if (result.tags.length > 0) logger.info(`GTO tags ${result.tags.join(', ')}${result.pushed ? ` pushed to ${input.remote}` : ' created'}.`);
    for (const artifact of result.inStage) logger.info(`GTO: ${artifact} is in ${input.stage ?? PROD_STAGE} at this commit already.`);
    if (result.pushError) logger.warning(`The GTO tags were not pushed to ${input.remote}: ${result.pushError}`);
    return result;
  } catch (error) {
    logger.warning(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}
