/**
 * The production baseline: the metrics and params files as they were when a model shipped,
 * recorded as a commit under a git ref (default `refs/mlops/baseline/<report-id>`) and pushed
 * with the repository. Why a ref: no database or storage account; every promotion is a commit
 * whose parent is the previous baseline (an audit trail `git log` shows); and a nightly run reads
 * it with the same `git cat-file` path as any base revision, on GitHub and on Jenkins alike.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function baselineRef(reportId: string): string {
  return `refs/mlops/baseline/${reportId.replace(/[^A-Za-z0-9._-]/g, '-')}`;
}

async function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run('git', args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  return stdout.trim();
}

async function tryGit(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
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
}

export type RecordResult = { kind: 'recorded'; commit: string; pushed: boolean; pushError?: string };

/** Commit the files (at their paths in the repository) onto the baseline ref, and push it. */
export async function recordBaseline(input: RecordInput): Promise<RecordResult> {
  const prefix = (await tryGit(input.cwd, ['rev-parse', '--show-prefix'])) ?? '';
  const scratch = await mkdtemp(join(tmpdir(), 'mlops-baseline-'));
  try {
    // A private index, so the user's staging area is never touched.
    const env = { GIT_INDEX_FILE: join(scratch, 'index') };
    for (const file of input.files) {
      const blob = await git(input.cwd, ['hash-object', '-w', '--', file]);
      await git(input.cwd, ['update-index', '--add', '--cacheinfo', `100644,${blob},${prefix}${file}`], env);
    }
    const tree = await git(input.cwd, ['write-tree'], env);
    const parent = await tryGit(input.cwd, ['rev-parse', '--verify', '--quiet', `${input.ref}^{commit}`]);
    const identity = { GIT_AUTHOR_NAME: 'mlops-action', GIT_AUTHOR_EMAIL: 'mlops-action@users.noreply.github.com', GIT_COMMITTER_NAME: 'mlops-action', GIT_COMMITTER_EMAIL: 'mlops-action@users.noreply.github.com' };
    const commit = await git(input.cwd, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', input.message], identity);
    await git(input.cwd, ['update-ref', input.ref, commit]);
    if (!input.remote) return { kind: 'recorded', commit, pushed: false };
    try {
      await git(input.cwd, ['push', '--quiet', input.remote, `${input.ref}:${input.ref}`]);
      return { kind: 'recorded', commit, pushed: true };
    } catch (error) {
      return { kind: 'recorded', commit, pushed: false, pushError: (error as { stderr?: string }).stderr?.trim() || String(error) };
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Fetch the baseline ref from the remote; returns whether it is now there. */
export async function fetchBaseline(cwd: string, ref: string, remote: string | undefined): Promise<boolean> {
  if (remote) await tryGit(cwd, ['fetch', '--quiet', remote, `+${ref}:${ref}`]);
  return (await tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) !== undefined;
}
