/**
 * The production baseline: the metrics and params files as they were when a model shipped,
 * recorded as a commit under a git ref (default `refs/mlops/baseline/<report-id>`) and pushed
 * with the repository. Why a ref: no database or storage account; every promotion is a commit
 * whose parent is the previous baseline (an audit trail `git log` shows); and a nightly run reads
 * it with the same `git cat-file` path as any base revision, on GitHub and on Jenkins alike.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MlopsError } from './errors.js';
import { git, isShallow } from './git.js';

export function baselineRef(reportId: string): string {
  return `refs/mlops/baseline/${reportId.replace(/[^A-Za-z0-9._-]/g, '-')}`;
}

/** git's last line of complaint, for a message. */
const gitsWords = (stderr: string): string => stderr.trim().split('\n').pop() || 'git failed';

async function mustGit(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await git(cwd, args, env);
  if (!result.ok) throw new MlopsError(`Could not record the production baseline: \`git ${args[0]}\` said: ${gitsWords(result.stderr)}`);
  return result.stdout.trim();
}

export interface RecordInput {
  cwd: string;
  /** Files (relative to cwd) to record as they are in the workspace now. */
  files: string[];
  ref: string;
  /** What shipped, for the commit message (e.g. the commit and the image digest). */
  message: string;
  /** Remote to push the ref to; none: keep it local. */
  remote?: string;
  /** The environment git runs in (the front end's). */
  env: NodeJS.ProcessEnv;
}

export type RecordResult = { kind: 'recorded'; commit: string; pushed: boolean; pushError?: string };

/** A clone without the remote (a laptop's fresh `git init`) keeps its baseline local, without a warning. */
async function hasRemote(cwd: string, remote: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  return (await git(cwd, ['remote', 'get-url', remote], env)).ok;
}

/** Who commits the baseline and the report's assets: the action, never the user. */
export const BOT_IDENTITY = {
  GIT_AUTHOR_NAME: 'mlops-action', GIT_AUTHOR_EMAIL: 'mlops-action@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'mlops-action', GIT_COMMITTER_EMAIL: 'mlops-action@users.noreply.github.com',
};

/** Commit the files (at their paths in the repository) onto the baseline ref, and push it. */
export async function recordBaseline(input: RecordInput): Promise<RecordResult> {
  const prefixed = await git(input.cwd, ['rev-parse', '--show-prefix'], input.env);
  const prefix = prefixed.ok ? prefixed.stdout.trim() : '';
  const scratch = await mkdtemp(join(tmpdir(), 'mlops-baseline-'));
  try {
    // A private index, so the user's staging area is never touched.
    const indexEnv = { ...input.env, GIT_INDEX_FILE: join(scratch, 'index') };
    for (const file of input.files) {
      const blob = await mustGit(input.cwd, ['hash-object', '-w', '--', file], input.env);
      await mustGit(input.cwd, ['update-index', '--add', '--cacheinfo', `100644,${blob},${prefix}${file}`], indexEnv);
    }
    const tree = await mustGit(input.cwd, ['write-tree'], indexEnv);
    const previous = await git(input.cwd, ['rev-parse', '--verify', '--quiet', `${input.ref}^{commit}`], input.env);
    const parent = previous.ok ? ['-p', previous.stdout.trim()] : [];
    const commit = await mustGit(input.cwd, ['commit-tree', tree, ...parent, '-m', input.message], { ...input.env, ...BOT_IDENTITY });
    await mustGit(input.cwd, ['update-ref', input.ref, commit], input.env);
    if (!input.remote || !(await hasRemote(input.cwd, input.remote, input.env))) return { kind: 'recorded', commit, pushed: false };
    const pushed = await git(input.cwd, ['push', '--quiet', input.remote, `${input.ref}:${input.ref}`], input.env);
    return pushed.ok ? { kind: 'recorded', commit, pushed: true } : { kind: 'recorded', commit, pushed: false, pushError: gitsWords(pushed.stderr) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export type BaselineFetch =
  | { kind: 'found'; fetched?: string }
  | { kind: 'absent' }
  /** The fetch failed for another reason than a missing ref (network, credentials): git's words. */
  | { kind: 'fetch-failed'; reason: string; local: boolean };

/** Fetch the baseline ref from the remote (at depth 1 in a shallow clone) and say whether it is there. */
export async function fetchBaseline(cwd: string, ref: string, remote: string | undefined, env: NodeJS.ProcessEnv): Promise<BaselineFetch> {
  const local = async (): Promise<boolean> => (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], env)).ok;
  if (!remote || !(await hasRemote(cwd, remote, env))) return (await local()) ? { kind: 'found' } : { kind: 'absent' };
  const args = ['fetch', '--no-tags', '--quiet', ...((await isShallow(cwd)) ? ['--depth=1'] : []), remote, `+${ref}:${ref}`];
  const fetched = await git(cwd, args, env);
  if (fetched.ok) return { kind: 'found', fetched: `git ${args.filter((arg) => arg !== '--quiet').join(' ')}` };
  // "couldn't find remote ref": nothing shipped yet, which is no failure.
  if (/couldn't find remote ref/i.test(fetched.stderr)) return (await local()) ? { kind: 'found' } : { kind: 'absent' };
  return { kind: 'fetch-failed', reason: gitsWords(fetched.stderr), local: await local() };
}
