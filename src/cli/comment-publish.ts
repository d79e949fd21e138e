/** What `mlops comment create|update` does once parsed (src/cli/comment.ts defines the verbs, loaded before this). */
import { dirname, resolve } from 'node:path';
import { MlopsError, UsageError } from '../errors.js';
import { describeTarget, type CommentTarget, type Forge } from '../forge/forge.js';
import type { CiContext } from '../context.js';
import { parseTarget } from '../forge/target.js';
import { readPlainFile } from '../fs/plain-file.js';
import { git, resolveCommit } from '../git.js';
import { apiUrls, ciContext, readEventPayload } from '../platform/github-context.js';
import { publishMarkdownImages } from '../report/images.js';
import { reportMarker } from '../report/marker.js';
import { commentRequest, type CmlCommentFlags } from './comment-cml-flags.js';
import type { CliIo } from './program.js';

export interface CommentFlags extends CmlCommentFlags {
  publish?: boolean;
}

/** CML's order (src/cml.js inferToken): a personal token set for CML wins over the job's own. */
export function commentToken(env: NodeJS.ProcessEnv): string | undefined {
  return env.REPO_TOKEN || env.repo_token || env.GITHUB_TOKEN || undefined;
}

export async function publishComment(asked: 'create' | 'update', file: string, flags: CommentFlags, io: CliIo, cwdOf: () => string): Promise<void> {
  const request = commentRequest(asked, flags, io.env);
  const { verb } = request;
  for (const message of request.warnings) io.stderr(`WARNING: ${message}\n`);
  const token = request.token ?? commentToken(io.env);
  if (!token) throw new UsageError(`comment ${verb}: no token.`, 'Set REPO_TOKEN (or GITHUB_TOKEN) in the environment to a token that may write comments, or pass --token.');
  const { payload, warning } = await readEventPayload(io.env.GITHUB_EVENT_PATH);
  if (warning) io.stderr(`WARNING: ${warning}\n`);
  const context = ciContext(io.env, payload);
  const repository = request.repo ?? context.repository;
  if (!repository) throw new UsageError(`comment ${verb}: the repository is not known.`, 'Pass --repo owner/name or set GITHUB_REPOSITORY.');
  const path = resolve(cwdOf(), file);
  // far above GitHub's 65,536-character comment: the size guard shrinks what is read, not this
  const read = await readPlainFile(path, 16 << 20);
  if (read.kind !== 'read') {
    throw new UsageError(`comment ${verb}: cannot read '${file}'${read.kind === 'refused' ? `: it ${read.reason}` : ''}.`, 'Give the path of a markdown file, e.g. report.md.');
  }
  // where it goes is settled before any image is published: a refused target leaves nothing behind
  const wanted = await commitNamed(request.target, cwdOf());
  // octokit is large: loaded when a comment is actually published, not for every verb
  const { createForge } = await import('../forge/factory.js');
  const forge = createForge({ token, repository, ...apiUrls(io.env), onWait: (message) => io.stderr(`${message}\n`) });
  const commit = context.sha ?? (await headOf(cwdOf(), io.env));
  const target = await targetFor(wanted, context, forge, commit);
  let text = read.bytes.toString('utf8');
  if (flags.publish !== false) {
    // A pull request's own head commit, not the merge commit its workflow checks out: its
    // blobs stay linkable after the merge ref moves.
    const head = context.pullRequest?.headSha ?? commit;
    const published = await publishMarkdownImages({
      markdown: text,
      baseDir: dirname(path),
      cwd: cwdOf(),
      env: io.env,
      remote: 'origin',
      mode: 'auto',
      serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com',
      // The images are this clone's (its commits, its origin), even when --repo comments elsewhere.
      repository: context.repository ?? repository,
      runUrl: context.runUrl,
      reportId: request.watermarkTitle,
      headSha: head,
      // A fork's pull request gets a read-only token: list its images rather than try a push.
      canWriteContents: context.pullRequest?.fork ? false : undefined,
    });
    for (const message of published.warnings) io.stderr(`WARNING: ${message}\n`);
    text = published.markdown;
  }
  const marker = reportMarker(request.watermarkTitle);
  const body = text.includes(marker) ? text : `${marker}\n${text}`;
  const outcome = await forge.upsertComment(target, marker, body);
  switch (outcome.kind) {
    case 'created':
    case 'updated':
      io.stdout(`${outcome.url}\n`);
      return;
    case 'forbidden':
      throw new MlopsError(`could not comment on ${describeTarget(target)}: ${outcome.message}.`, { hint: `The token needs \`${outcome.permission}\`.` });
    case 'not-found':
    case 'too-long':
      throw new MlopsError(`could not comment on ${describeTarget(target)}: ${outcome.message}.`);
  }
}

/**
 * CML's `pr` (and its default, `auto`) outside a pull request's run: the open pull request whose
 * head is this commit, as CML finds it (commitPrs); none: an error for `pr`, the commit for auto.
 */
async function targetFor(wanted: string | undefined, context: CiContext, forge: Forge, sha: string | undefined): Promise<CommentTarget> {
  if (context.pullRequest || (wanted !== undefined && wanted !== 'pr')) return parseTarget(wanted, context);
  const [number] = sha && forge.openPullRequestsFor ? await forge.openPullRequestsFor(sha) : [];
  if (number !== undefined) return { kind: 'pr', number };
  if (wanted === 'pr') {
    throw new UsageError(`--target pr: this run is not for a pull request, and no open pull request has ${sha ? `commit ${sha.slice(0, 7)}` : 'this commit'} as its head.`, 'Name it: --target pr/<number>, or comment on the commit (--target commit).');
  }
  return parseTarget(undefined, context);
}

/** `commit/HEAD` or `commit/main` (CML's --commit-sha takes any revision): the sha git resolves it to. */
async function commitNamed(target: string | undefined, cwd: string): Promise<string | undefined> {
  const rev = target?.startsWith('commit/') ? target.slice('commit/'.length) : undefined;
  if (!rev || /^[0-9a-f]{7,40}$/i.test(rev)) return target;
  try {
    return `commit/${await resolveCommit(cwd, rev)}`;
  } catch (error) {
    if (error instanceof MlopsError) throw new UsageError(`--commit-sha: ${error.message}`, error.hint);
    throw error;
  }
}

async function headOf(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const head = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], env);
  return head.ok ? head.stdout.trim() : undefined;
}
