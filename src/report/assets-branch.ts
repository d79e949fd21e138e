/**
 * The assets branch: images a run made (not in any commit) committed to an append-only branch
 * (`mlops-assets`) and pushed, so a report can link them by commit sha with a URL GitHub renders
 * for readers of a private repository. Written the way baseline.ts writes the baseline: git
 * plumbing with a private index, so the checkout, its staging area and its branches are never
 * touched.
 *
 * Append-only, never forced: every commit's parent is the branch's tip as fetched from the
 * remote just before, so an old comment's link (a commit sha) stays reachable for good. When
 * someone else pushed in between, the push is refused; we fetch again, re-parent and retry.
 *
 * Each commit holds only its own images, not the tip's tree: a link names its commit, so nothing
 * needs the older files in the newest tree, and a shallow CI clone fetches only the tip's few
 * images instead of every image ever published.
 */
import { BOT_IDENTITY } from '../baseline.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../git.js';

export const ASSETS_BRANCH = 'mlops-assets';

/** The permission a GitHub token needs to push the branch, as a workflow's `permissions:` spells it. */
export const CONTENTS_WRITE = 'contents: write';

export interface AssetFile {
  /** The file to commit (absolute, or relative to cwd), taken byte for byte (no git filters). */
  localPath: string;
  /** Its path in the commit's tree, `/`-separated (e.g. `training/1a2b3c4/plots/loss.png`). */
  path: string;
}

export interface AssetsCommitInput {
  /** A folder inside the clone. */
  cwd: string;
  /** The environment git runs in (the front end's). */
  env: NodeJS.ProcessEnv;
  /** The remote to fetch the tip from and push to (`origin`). */
  remote: string;
  /** Default `mlops-assets`. */
  branch?: string;
  files: AssetFile[];
  message: string;
  /** Pushes tried in all when someone else keeps pushing in between; default 3. */
  attempts?: number;
}

export type AssetsCommitResult =
  /** On the remote's branch; `parent` is the tip it was added onto (none: the branch was created). */
  | { kind: 'pushed'; commit: string; parent?: string; attempts: number }
  | { kind: 'no-remote'; remote: string }
  /** The credentials git has may not push (a read-only GITHUB_TOKEN): git's words. */
  | { kind: 'forbidden'; permission: typeof CONTENTS_WRITE; message: string }
  /** Anything else, at the step it failed at, in git's words. */
  | { kind: 'failed'; step: 'write' | 'fetch' | 'push'; message: string; attempts: number };

/** A URL's user and password never reach a message (a remote may carry a token in its URL). */
export function redactCredentials(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@'"]+@/gi, '$1***@');
}

/** git's words: the line that says what went wrong, else its last line. */
function gitsWords(stderr: string, prefer?: RegExp): string {
  const lines = stderr.split('\n').map((line) => line.replace(/^remote:\s*/, '').trim()).filter(Boolean);
  const line = (prefer && lines.find((l) => prefer.test(l))) || lines.pop() || 'git failed';
  return redactCredentials(line);
}

/** Someone else moved the branch between our fetch and our push: seen by git (fetch first) or by the server (a ref lock). */
const RACED = /\[rejected\]|\(fetch first\)|non-fast-forward|cannot lock ref|failed to update ref|but expected/i;
/** GitHub's refusals of the credentials: a read-only GITHUB_TOKEN, a fine-grained token without contents. */
const FORBIDDEN = /Permission to \S+ denied|denied to |returned error: 403|403 Forbidden|Write access to repository not granted/i;

async function branchTip(input: AssetsCommitInput, branch: string, shallow: boolean): Promise<{ ok: true; tip?: string } | { ok: false; message: string }> {
  const tracking = `refs/remotes/${input.remote}/${branch}`;
  // At depth 1 in a shallow clone (a CI checkout), as fetchBaseline does: only the tip is needed.
  const args = ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), input.remote, `+refs/heads/${branch}:${tracking}`];
  const fetched = await git(input.cwd, args, input.env);
  if (!fetched.ok) {
    // The first publish ever: the branch does not exist yet, and this commit will create it.
    if (/couldn't find remote ref/i.test(fetched.stderr)) return { ok: true };
    return { ok: false, message: gitsWords(fetched.stderr, FORBIDDEN) };
  }
  const tip = await git(input.cwd, ['rev-parse', '--verify', '--quiet', `${tracking}^{commit}`], input.env);
  return tip.ok ? { ok: true, tip: tip.stdout.trim() } : { ok: false, message: `the fetched ${branch} names no commit` };
}

/** The tree of these files alone, built in a private index (the user's staging area is never touched). */
async function writeTree(input: AssetsCommitInput): Promise<{ ok: true; tree: string } | { ok: false; message: string }> {
  const scratch = await mkdtemp(join(tmpdir(), 'mlops-assets-'));
  try {
    const indexEnv = { ...input.env, GIT_INDEX_FILE: join(scratch, 'index') };
    for (const file of input.files) {
      // --no-filters: the image's bytes, not what the checkout's .gitattributes (LFS, eol) would make of its path.
      const blob = await git(input.cwd, ['hash-object', '-w', '--no-filters', '--', file.localPath], input.env);
      if (!blob.ok) return { ok: false, message: `cannot read ${file.localPath}: ${gitsWords(blob.stderr)}` };
      const added = await git(input.cwd, ['update-index', '--add', '--cacheinfo', `100644,${blob.stdout.trim()},${file.path}`], indexEnv);
      if (!added.ok) return { ok: false, message: `cannot add ${file.path}: ${gitsWords(added.stderr)}` };
    }
    const tree = await git(input.cwd, ['write-tree'], indexEnv);
    return tree.ok ? { ok: true, tree: tree.stdout.trim() } : { ok: false, message: gitsWords(tree.stderr) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Commit the files onto the tip of the remote's assets branch and push, without force. A push
 * refused because the branch moved meanwhile is retried (fetch, re-parent, push) up to
 * `attempts` times in all; every other failure is returned at once, as data.
 */
export async function commitToAssetsBranch(input: AssetsCommitInput): Promise<AssetsCommitResult> {
  const branch = input.branch ?? ASSETS_BRANCH;
  const attempts = Math.max(1, input.attempts ?? 3);
  if (!(await git(input.cwd, ['remote', 'get-url', input.remote], input.env)).ok) return { kind: 'no-remote', remote: input.remote };
  const tree = await writeTree(input);
  if (!tree.ok) return { kind: 'failed', step: 'write', message: tree.message, attempts: 0 };
  const shallowed = await git(input.cwd, ['rev-parse', '--is-shallow-repository'], input.env);
  const shallow = shallowed.ok && shallowed.stdout.trim() === 'true';
  let lastRace = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const tip = await branchTip(input, branch, shallow);
    if (!tip.ok) {
      if (FORBIDDEN.test(tip.message)) return { kind: 'forbidden', permission: CONTENTS_WRITE, message: tip.message };
      return { kind: 'failed', step: 'fetch', message: tip.message, attempts: attempt - 1 };
    }
    const parent = tip.tip ? ['-p', tip.tip] : [];
    const made = await git(input.cwd, ['commit-tree', tree.tree, ...parent, '-m', input.message], { ...input.env, ...BOT_IDENTITY });
    if (!made.ok) return { kind: 'failed', step: 'write', message: gitsWords(made.stderr), attempts: attempt - 1 };
    const commit = made.stdout.trim();
    // No `+`, no --force: the remote refuses anything but a fast-forward. --no-verify: the
    // project's own pre-push hooks (tests, linters) are for its code, not for this side branch.
    const pushed = await git(input.cwd, ['push', '--quiet', '--no-verify', input.remote, `${commit}:refs/heads/${branch}`], input.env);
    if (pushed.ok) return { kind: 'pushed', commit, ...(tip.tip ? { parent: tip.tip } : {}), attempts: attempt };
    if (FORBIDDEN.test(pushed.stderr)) return { kind: 'forbidden', permission: CONTENTS_WRITE, message: gitsWords(pushed.stderr, FORBIDDEN) };
    if (!RACED.test(pushed.stderr)) return { kind: 'failed', step: 'push', message: gitsWords(pushed.stderr), attempts: attempt };
    lastRace = gitsWords(pushed.stderr, RACED);
  }
  return { kind: 'failed', step: 'push', message: `${branch} kept moving while we pushed (${attempts} tries); last: ${lastRace}`, attempts };
}
