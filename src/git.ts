/**
 * The git reads the core needs: resolve a revision, list and read files as they were at a
 * revision (`git ls-tree`, `git cat-file`, never a checkout), and tell a shallow clone how to
 * fetch what it lacks.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { escapeText, MlopsError } from './errors.js';

const execFileAsync = promisify(execFile);

/** One git runner: results as data; only a missing git is thrown. `env` replaces the inherited environment. */
export async function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ ok: true; stdout: string } | { ok: false; stderr: string }> {
  try {
    const { stdout } = await execFileAsync('git', args, { cwd, env, maxBuffer: 256 << 20, encoding: 'utf8' });
    return { ok: true, stdout };
  } catch (error) {
    const failure = error as { stderr?: string; code?: string | number };
    if (failure.code === 'ENOENT') throw new MlopsError('git is not installed or not on PATH; install git to compare revisions.');
    return { ok: false, stderr: String(failure.stderr ?? '') };
  }
}

/**
 * The same read-only git call made twice at once (both revisions of a diff ask for the work
 * tree's root and HEAD's commit together) runs once; nothing is kept after it settles.
 */
const inFlight = new Map<string, ReturnType<typeof git>>();

function gitOnce(cwd: string, args: string[]): ReturnType<typeof git> {
  const key = `${cwd}\0${args.join('\0')}`;
  const running = inFlight.get(key);
  if (running) return running;
  const started = git(cwd, args).finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}

/**
 * git refuses a repository another user owns ("dubious ownership", common in containers): the
 * error that says so, with git's own fix, or undefined when that is not why git fails here. Never
 * to be reported as "not a git repository".
 */
export async function dubiousOwnership(cwd: string): Promise<MlopsError | undefined> {
  const result = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  if (result.ok || !/dubious ownership/.test(result.stderr)) return undefined;
  const at = /dubious ownership in repository at '([^']+)'/.exec(result.stderr)?.[1] ?? cwd;
  return new MlopsError(`git refuses to read the repository at ${at}: it belongs to another user ("dubious ownership").`, {
    hint: `If you trust it, run \`git config --global --add safe.directory ${at}\` (in a container, the checkout is often owned by another user).`,
  });
}

export async function isGitRepository(cwd: string): Promise<boolean> {
  const result = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  return result.ok && result.stdout.trim() === 'true';
}

export async function isShallow(cwd: string): Promise<boolean> {
  const result = await git(cwd, ['rev-parse', '--is-shallow-repository']);
  return result.ok && result.stdout.trim() === 'true';
}

/**
 * HEAD's commit and the work tree's root from one `git rev-parse`: a diff asks both at once, and
 * each git started costs node's one thread a millisecond or more. Undefined when git cannot
 * answer both (no commits yet, not a work tree): then each question is asked alone, for its own
 * answer and its own error.
 */
async function headAndRoot(cwd: string): Promise<{ head: string; root: string } | undefined> {
  const result = await gitOnce(cwd, ['rev-parse', '--show-toplevel', '--verify', '--quiet', '--end-of-options', 'HEAD^{commit}']);
  if (!result.ok) return undefined;
  // `<root>\n<sha>\n`: the root is everything before the last line, a newline in its name too
  const text = result.stdout.replace(/\n$/, '');
  const split = text.lastIndexOf('\n');
  return split < 0 ? undefined : { root: text.slice(0, split), head: text.slice(split + 1) };
}

/** The commit a revision names (`HEAD`, `main`, `HEAD~1`, a sha), or a clear error saying how to get it. */
export async function resolveCommit(cwd: string, rev: string): Promise<string> {
  const probed = rev === 'HEAD' ? await headAndRoot(cwd) : undefined;
  if (probed) return probed.head;
  const result = await gitOnce(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (result.ok) return result.stdout.trim();
  // Only a failure pays for working out why.
  const dubious = await dubiousOwnership(cwd);
  if (dubious) throw dubious;
  if (!(await isGitRepository(cwd))) {
    throw new MlopsError(`${cwd} is not inside a git repository, so revision '${rev}' cannot be read.`, {
      hint: 'Run inside a git checkout, or compare against the workspace only.',
    });
  }
  if (await isShallow(cwd)) {
    throw new MlopsError(`unknown revision '${rev}': this is a shallow clone that does not contain it.`, {
      hint: `Fetch it with \`git fetch --depth=1 origin ${rev}\`, or check out with \`fetch-depth: 0\` (actions/checkout).`,
    });
  }
  const noCommits = await hasNoCommits(cwd);
  throw new MlopsError(
    noCommits ? `unknown revision '${escapeText(rev)}': the repository has no commits yet.` : `unknown revision '${escapeText(rev)}'.`,
    { hint: 'Name a branch, tag or commit that exists in this clone (see `git log --oneline`).' },
  );
}

/** What `ensureRevision` did: the revision was there, was fetched, or could not be fetched (git's words). */
export type EnsureResult =
  /** commit: the one `rev` names (none for the workspace) */
  | { kind: 'present'; commit?: string }
  | { kind: 'fetched'; command: string; commit: string }
  | { kind: 'not-fetched'; command?: string; reason: string };

/**
 * The fetch that brings `rev`: a sha or a ref (at depth 1 in a shallow clone, which keeps it
 * shallow), `HEAD~N` by deepening; undefined when no fetch can bring it.
 */
function fetchArgs(remote: string, rev: string, shallow: boolean): string[] | undefined {
  const depth = shallow ? ['--depth=1'] : [];
  const ancestor = /^HEAD(?:~(\d+)|(\^+))$/.exec(rev);
  if (ancestor) return shallow ? ['fetch', '--no-tags', '--quiet', `--deepen=${ancestor[1] ?? ancestor[2]!.length}`, remote] : undefined;
  const branch = [`${remote}/`, `refs/remotes/${remote}/`].map((prefix) => (rev.startsWith(prefix) ? rev.slice(prefix.length) : '')).find(Boolean);
  if (branch) return ['fetch', '--no-tags', '--quiet', ...depth, remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`];
  if (rev.startsWith('refs/')) return ['fetch', '--no-tags', '--quiet', ...depth, remote, `+${rev}:${rev}`];
  return ['fetch', '--no-tags', '--quiet', ...depth, remote, rev];
}

/**
 * Make sure `rev` can be read: CI checkouts are shallow (actions/checkout's `fetch-depth: 1`), so
 * the base commit or the baseline ref is often missing. Fetch just that, through `remote` with the
 * credentials the checkout left in git's config; a failure is data, with git's own words.
 */
export async function ensureRevision(cwd: string, rev: string, remote: string, env: NodeJS.ProcessEnv): Promise<EnsureResult> {
  if (rev === 'workspace') return { kind: 'present' };
  const present = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], env);
  if (present.ok) return { kind: 'present', commit: present.stdout.trim() };
  if (!(await git(cwd, ['remote', 'get-url', remote], env)).ok) return { kind: 'not-fetched', reason: `there is no git remote '${remote}' to fetch it from` };
  const shallow = await isShallow(cwd);
  const args = fetchArgs(remote, rev, shallow);
  if (!args) return { kind: 'not-fetched', reason: `'${rev}' is not in this clone` };
  const command = `git ${args.filter((arg) => arg !== '--quiet').join(' ')}`;
  const fetched = await git(cwd, args, env);
  if (!fetched.ok) return { kind: 'not-fetched', command, reason: fetched.stderr.trim().split('\n').pop() || 'git fetch failed' };
  const there = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], env);
  return there.ok ? { kind: 'fetched', command, commit: there.stdout.trim() } : { kind: 'not-fetched', command, reason: `${remote} has no commit '${rev}'` };
}

/** A git repository whose HEAD names no commit yet (just `git init`ed): scmrepo's `no_commits`. */
export async function hasNoCommits(cwd: string): Promise<boolean> {
  if (await headAndRoot(cwd)) return false;
  // the call resolveCommit makes for HEAD: a diff asks both at once, and git runs once
  if ((await gitOnce(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', 'HEAD^{commit}'])).ok) return false;
  return isGitRepository(cwd);
}

/** The top folder of the work tree `cwd` is in; undefined outside a git repository. */
export async function workTreeRoot(cwd: string): Promise<string | undefined> {
  const probed = await headAndRoot(cwd);
  if (probed) return probed.root;
  const result = await gitOnce(cwd, ['rev-parse', '--show-toplevel']);
  return result.ok ? result.stdout.trim() : undefined;
}

function nulSeparated(text: string): string[] {
  return text.split('\0').filter(Boolean);
}

/** Every file under `cwd` in a commit's tree, relative to `cwd` (`git ls-tree`, no checkout). */
export async function listFilesAt(cwd: string, commit: string): Promise<string[]> {
  const result = await git(cwd, ['ls-tree', '-r', '-z', '--name-only', commit]);
  if (!result.ok) throw new MlopsError(`cannot list the files of commit ${commit}: ${result.stderr.trim()}`);
  return nulSeparated(result.stdout);
}

/**
 * The files under `cwd` that git does not ignore, tracked or not, relative to `cwd`. Tracked files
 * deleted from the work tree are listed too: the caller checks what it needs exists.
 */
export async function listWorkTreeFiles(cwd: string): Promise<string[]> {
  const result = await git(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (!result.ok) throw new MlopsError(`cannot list the files of the work tree at ${cwd}: ${result.stderr.trim()}`);
  return nulSeparated(result.stdout);
}

/** `<commit>:./<path>`: a path relative to `cwd`, as git resolves it. */
function objectName(commit: string, path: string): string {
  return `${commit}:./${path.replace(/^\.\//, '')}`;
}

/**
 * A path that is in a commit's tree but whose blob git cannot produce: a partial clone
 * (`--filter=blob:none`) whose promisor remote is gone, a corrupt object store. It is not
 * "absent": callers must say the file could not be read, never treat it as missing.
 */
export class UnreadableBlobError extends MlopsError {
  constructor(
    readonly path: string,
    readonly gitMessage: string,
  ) {
    super(`${path}: ${gitMessage}`);
    this.name = 'UnreadableBlobError';
  }
}

/** git's own reason, one line: the most specific `fatal:`/`error:` line of its stderr. */
export function gitReason(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const fetch = lines.find((line) => /could not fetch .* from promisor remote/.test(line));
  const chosen = fetch ?? lines.at(-1) ?? 'git could not read it';
  return chosen.replace(/^(?:fatal|error): /, '');
}

/** The reason shown for an unreadable blob, with what to do. */
function unreadableBlob(path: string, stderr: string): UnreadableBlobError {
  const reason = gitReason(stderr);
  const promisor = /promisor remote/.test(reason);
  return new UnreadableBlobError(
    path,
    `git cannot read it (${reason})${promisor ? '; this partial clone cannot fetch it: run `git fetch` with access to the remote, or clone without --filter' : ''}`,
  );
}

/** Whether a path is an entry of a commit's tree (trees are present even where blobs are not). */
async function inTree(cwd: string, commit: string, path: string): Promise<boolean> {
  const result = await git(cwd, ['ls-tree', '-z', commit, '--', `./${path.replace(/^\.\//, '')}`]);
  return result.ok && /^\d+ blob /.test(result.stdout);
}

/**
 * Type (`blob`, `tree`) and size of what a path names at a commit, in one git call; undefined when
 * absent. Throws UnreadableBlobError when the path is there but git cannot read it.
 */
export function objectInfoAt(cwd: string, commit: string, path: string): Promise<{ type: string; size: number } | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch-check'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 8192) err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      // "<sha> <type> <size>", or "<name> missing"
      const [, type, size] = out.trim().split(' ');
      if (out.trim().endsWith(' missing')) resolve(undefined);
      else if (code === 0 && type && size !== undefined) resolve({ type, size: Number(size) });
      else reject(unreadableBlob(path, err));
    });
    child.stdin.end(`${objectName(commit, path)}\n`);
  });
}

/** The most readFileAt holds of one file unless told otherwise (what `git()` buffers). */
const MAX_FILE_BYTES = 256 << 20;

/**
 * The text of a file at a commit, or undefined when it does not exist there. Throws
 * UnreadableBlobError when it exists but git cannot read it, or it is over `maxBytes`.
 */
export async function readFileAt(cwd: string, commit: string, path: string, maxBytes = MAX_FILE_BYTES): Promise<string | undefined> {
  const blob = await readBlobAt(cwd, commit, path, maxBytes);
  if (blob.kind === 'too-big') throw new UnreadableBlobError(path, `is ${(blob.size / 2 ** 20).toFixed(1)} MiB, over the ${(maxBytes / 2 ** 20).toFixed(0)} MiB this file may have`);
  return blob.kind === 'blob' ? blob.text : undefined;
}

/** A stream of a file at a commit, for files too big to hold (long CSV logs). */
export function streamFileAt(cwd: string, commit: string, path: string): Readable {
  const child = spawn('git', ['cat-file', 'blob', objectName(commit, path)], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
  return child.stdout;
}

/** The branch or tag HEAD is on, as a full ref (`refs/heads/main`, `refs/tags/v1.2.3`), and the default branch if known. */
export async function headRefs(cwd: string): Promise<{ ref: string; sha: string; defaultBranch?: string }> {
  // three independent questions, asked at once
  const [sha, branch, origin] = await Promise.all([
    resolveCommit(cwd, 'HEAD'),
    git(cwd, ['symbolic-ref', '-q', 'HEAD']),
    git(cwd, ['symbolic-ref', '-q', 'refs/remotes/origin/HEAD']),
  ]);
  let ref = branch.ok ? branch.stdout.trim() : '';
  if (!ref) {
    const tag = await git(cwd, ['describe', '--exact-match', '--tags', 'HEAD']);
    ref = tag.ok ? `refs/tags/${tag.stdout.trim()}` : sha;
  }
  const defaultBranch = origin.ok ? origin.stdout.trim().replace(/^refs\/remotes\/origin\//, '') : undefined;
  return { ref, sha, defaultBranch };
}

/** git's `cat-file --batch` ended before it answered: what it said on stderr (a partial clone's blob it cannot fetch). */
export class GitStoppedError extends MlopsError {
  constructor(readonly said: string) {
    super(`git stopped before answering${said.trim() ? ` (${gitReason(said)})` : ''}`);
    this.name = 'GitStoppedError';
  }
}

/** One answer of `git cat-file --batch`. */
export type BatchEntry = { kind: 'missing' } | { kind: 'other'; type: string } | { kind: 'too-big'; size: number } | { kind: 'blob'; content: Buffer };

/**
 * One `git cat-file --batch`: a request per line, answered in order with
 * `<oid> <type> <size>\n<content>\n` or `<name> missing\n`. Requests go one at a time, so the
 * caller can stop as soon as it has enough. What git sends is kept as it came and joined once
 * per answer, so a 50 MB blob is not copied again for every 64 KiB that arrives.
 */
export class BatchReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private chunks: Buffer[] = [];
  private length = 0;
  private waiting: (() => void) | undefined;
  private ended = false;
  private failure: Error | undefined;
  /** What git said before it stopped, bounded. */
  private said = '';

  constructor(cwd: string, env?: NodeJS.ProcessEnv) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.length += chunk.length;
      this.wake();
    });
    // 'close', not stdout's 'end': by then git's stderr has been read too
    this.child.on('close', () => {
      this.ended = true;
      this.wake();
    });
    this.child.on('error', (error: NodeJS.ErrnoException) => {
      this.failure = error.code === 'ENOENT' ? new MlopsError('git is not installed or not on PATH; install git to compare revisions.') : error;
      this.ended = true;
      this.wake();
    });
    // a request after git has gone would throw EPIPE: the read below reports it instead
    this.child.stdin.on('error', () => undefined);
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (this.said.length < 8192) this.said += chunk.toString('utf8');
    });
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }

  private async until(ready: () => boolean): Promise<void> {
    while (!ready()) {
      if (this.failure) throw this.failure;
      if (this.ended) throw new GitStoppedError(this.said);
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  private newlineAt(): number {
    let offset = 0;
    for (const chunk of this.chunks) {
      const at = chunk.indexOf(10);
      if (at >= 0) return offset + at;
      offset += chunk.length;
    }
    return -1;
  }

  /** The first `count` bytes that arrived, as one buffer, no longer waiting. */
  private take(count: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const rest = all.subarray(count);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return all.subarray(0, count);
  }

  /** What `name` (`<commit>:./<path>`) names; a blob over `maxBytes` is not read (and the reader is done). */
  async read(name: string, maxBytes = Infinity): Promise<BatchEntry> {
    // what git says is about this read (a reader answers many)
    this.said = '';
    this.child.stdin.write(`${name}\n`);
    let newline = -1;
    await this.until(() => (newline = this.newlineAt()) >= 0);
    const header = this.take(newline + 1).subarray(0, newline).toString('utf8');
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) return { kind: 'missing' };
    const [, type, sizeText] = header.split(' ');
    const size = Number(sizeText);
    if (!type || !Number.isSafeInteger(size)) throw new MlopsError(`git cat-file --batch answered '${header}' for ${name}.`);
    if (type === 'blob' && size > maxBytes) {
      this.child.kill();
      return { kind: 'too-big', size };
    }
    await this.until(() => this.length >= size + 1);
    const content = this.take(size + 1).subarray(0, size);
    return type === 'blob' ? { kind: 'blob', content } : { kind: 'other', type };
  }

  close(): void {
    this.child.stdin.end();
  }

  /** git has gone (stopped, failed, or killed for a blob too big): no read can be answered any more. */
  get done(): boolean {
    return this.ended || this.failure !== undefined || this.child.killed;
  }

  /** Whether this reader keeps node running: only while a read waits (an idle one must not hold a finished CLI open). */
  hold(held: boolean): void {
    const method = held ? 'ref' : 'unref';
    this.child[method]();
    for (const pipe of [this.child.stdin, this.child.stdout, this.child.stderr]) (pipe as Partial<Record<'ref' | 'unref', () => void>>)[method]?.();
  }
}

/** How long a shared reader waits idle for the next read before it lets git go. */
const SHARED_IDLE_MS = 50;

/**
 * One `cat-file --batch` per repository folder, shared by every read at a commit: a diff reads
 * dvc.yaml, .dvcignore and each metrics file through it, in turn, instead of starting git for
 * each. It holds node only while a read waits, and ends once idle for SHARED_IDLE_MS.
 */
class SharedBatch {
  private static readonly open = new Map<string, SharedBatch>();
  private reader: BatchReader | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private idle: NodeJS.Timeout | undefined;

  private constructor(private readonly cwd: string) {}

  static for(cwd: string): SharedBatch {
    let shared = SharedBatch.open.get(cwd);
    if (!shared) SharedBatch.open.set(cwd, (shared = new SharedBatch(cwd)));
    return shared;
  }

  read(name: string, maxBytes: number): Promise<BatchEntry> {
    clearTimeout(this.idle);
    this.pending++;
    const answer = this.tail.then(() => this.readNow(name, maxBytes));
    this.tail = answer.catch(() => undefined).finally(() => this.settled());
    return answer;
  }

  private async readNow(name: string, maxBytes: number): Promise<BatchEntry> {
    const reused = this.reader !== undefined && !this.reader.done;
    if (!reused) this.reader = new BatchReader(this.cwd);
    this.reader!.hold(true);
    try {
      return await this.reader!.read(name, maxBytes);
    } catch (error) {
      // a git that answered earlier reads and is gone now (it died between them, and node had not
      // heard yet): this read is not the reason, so it goes once more to a new git
      if (!reused || !(error instanceof GitStoppedError)) throw error;
      this.reader = new BatchReader(this.cwd);
      this.reader.hold(true);
      return this.reader.read(name, maxBytes);
    }
  }

  private settled(): void {
    if (--this.pending > 0) return;
    const reader = this.reader;
    if (!reader) return;
    reader.hold(false);
    this.idle = setTimeout(() => {
      // in the same turn as the close: a read after it starts a new git
      reader.close();
      this.reader = undefined;
      SharedBatch.open.delete(this.cwd);
    }, SHARED_IDLE_MS);
    this.idle.unref();
  }
}

/** What a path names at a commit, read in one `git cat-file --batch`: its text unless it is too big to read. */
export type BlobAt = { kind: 'missing' } | { kind: 'tree' } | { kind: 'too-big'; size: number } | { kind: 'blob'; text: string; size: number };

/**
 * Type, size and text of a path at a commit in one git process (the header comes before the
 * bytes, so a blob over `maxBytes` is refused without reading it). Throws UnreadableBlobError
 * when the path is in the tree but git cannot produce the blob.
 */
export async function readBlobAt(cwd: string, commit: string, path: string, maxBytes: number): Promise<BlobAt> {
  // the batch protocol is a request per line: a path with a newline would answer for the next read
  if (path.includes('\n')) return readBlobByArguments(cwd, commit, path, maxBytes);
  try {
    const entry = await SharedBatch.for(cwd).read(objectName(commit, path), maxBytes);
    if (entry.kind === 'blob') return { kind: 'blob', size: entry.content.length, text: entry.content.toString('utf8') };
    return entry.kind === 'other' ? { kind: 'tree' } : entry;
  } catch (error) {
    if (!(error instanceof GitStoppedError)) throw error;
    // git stopped before the whole blob: in the tree but unreadable, or not there at all
    if (await inTree(cwd, commit, path)) throw unreadableBlob(path, error.said);
    return { kind: 'missing' };
  }
}

/** readBlobAt for a path the batch protocol cannot carry: type, size and bytes asked as arguments. */
async function readBlobByArguments(cwd: string, commit: string, path: string, maxBytes: number): Promise<BlobAt> {
  const name = objectName(commit, path);
  const type = await git(cwd, ['cat-file', '-t', name]);
  if (!type.ok) {
    if (await inTree(cwd, commit, path)) throw unreadableBlob(path, type.stderr);
    return { kind: 'missing' };
  }
  if (type.stdout.trim() !== 'blob') return { kind: 'tree' };
  const sized = await git(cwd, ['cat-file', '-s', name]);
  const size = sized.ok ? Number(sized.stdout.trim()) : NaN;
  if (size > maxBytes) return { kind: 'too-big', size };
  const blob = await git(cwd, ['cat-file', 'blob', name]);
  if (!blob.ok || !Number.isSafeInteger(size)) throw unreadableBlob(path, blob.ok ? '' : blob.stderr);
  return { kind: 'blob', size, text: blob.stdout };
}

