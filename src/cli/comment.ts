/**
 * `mlops comment create|update <file>`: publish any markdown as the sticky comment, like
 * `cml comment create` / `cml comment update` (`--target`, `--watermark-title` as the report id).
 * The token comes from the environment in CML's order (REPO_TOKEN, repo_token, then GITHUB_TOKEN),
 * never from a flag that would land in shell history.
 *
 * `update` is CML's: the newest report comment with the same watermark is updated, one is created
 * when there is none. `create` is sticky too (CML's posts a new comment each time): one report per
 * watermark title and thread is the rule here, so a CML script that runs on every push leaves one.
 *
 * Local images are published the way a private repository can show them, never to a third
 * party (`--publish`, on by default as in CML; `--no-publish` posts the text as it is): committed
 * ones link to their blob at the commit, the others go to the `mlops-assets` branch through
 * `origin` (src/report/images.ts).
 */
import type { Command } from 'commander';
import { readPlainFile } from '../fs/plain-file.js';
import { dirname, resolve } from 'node:path';
import { apiUrls, ciContext, readEventPayload } from '../platform/github-context.js';
import { MlopsError, UsageError } from '../errors.js';
import { describeTarget } from '../forge/forge.js';
import { parseTarget } from '../forge/target.js';
import { reportMarker } from '../report/marker.js';
import { publishMarkdownImages } from '../report/images.js';
import { git } from '../git.js';
import type { CliIo } from './program.js';

export function addCommentCommand(program: Command, io: CliIo, cwdOf: () => string): void {
  const comment = program.command('comment').description('publish a markdown report as a sticky comment (like `cml comment create`)');
  for (const verb of ['create', 'update'] as const) {
    comment
      .command(verb)
      .description(verb === 'create'
        ? 'create or update the one comment keyed by --watermark-title on a pull request, commit or issue'
        : 'update the newest comment keyed by --watermark-title (create one if there is none), like `cml comment update`')
      .argument('<markdown-file>', 'the report to publish')
      .option('--target <target>', 'pr (this run\'s pull request), pr/<n>, commit, commit/<sha> or issue/<n> (default: pr if there is one, else commit)')
      .option('--watermark-title <id>', 'key of the sticky comment, so one thread can carry several reports', 'default')
      .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
      .option('--publish', 'show local images: committed ones from their commit, the others from the mlops-assets branch (default)')
      .option('--no-publish', 'post the markdown as it is, local image paths included')
      .action((file: string, flags: CommentFlags) => publishComment(verb, file, flags, io, cwdOf));
  }
}

interface CommentFlags {
  target?: string;
  watermarkTitle: string;
  repo?: string;
  publish?: boolean;
}

/** CML's order (src/cml.js inferToken): a personal token set for CML wins over the job's own. */
export function commentToken(env: NodeJS.ProcessEnv): string | undefined {
  return env.REPO_TOKEN || env.repo_token || env.GITHUB_TOKEN || undefined;
}

async function publishComment(verb: 'create' | 'update', file: string, flags: CommentFlags, io: CliIo, cwdOf: () => string): Promise<void> {
  const token = commentToken(io.env);
  if (!token) throw new UsageError(`comment ${verb}: no token.`, 'Set REPO_TOKEN (or GITHUB_TOKEN) in the environment to a token that may write comments.');
  const { payload, warning } = await readEventPayload(io.env.GITHUB_EVENT_PATH);
  if (warning) io.stderr(`WARNING: ${warning}\n`);
  const context = ciContext(io.env, payload);
  const repository = flags.repo ?? context.repository;
  if (!repository) throw new UsageError(`comment ${verb}: the repository is not known.`, 'Pass --repo owner/name or set GITHUB_REPOSITORY.');
  const target = parseTarget(flags.target, context);
  const path = resolve(cwdOf(), file);
  // far above GitHub's 65,536-character comment: the size guard shrinks what is read, not this
  const read = await readPlainFile(path, 16 << 20);
  if (read.kind !== 'read') {
    throw new UsageError(`comment ${verb}: cannot read '${file}'${read.kind === 'refused' ? `: it ${read.reason}` : ''}.`, 'Give the path of a markdown file, e.g. report.md.');
  }
  let text = read.bytes.toString('utf8');
  if (flags.publish !== false) {
    // A pull request's own head commit, not the merge commit its workflow checks out: its
    // blobs stay linkable after the merge ref moves.
    const head = context.pullRequest?.headSha ?? context.sha ?? (await headOf(cwdOf(), io.env));
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
      reportId: flags.watermarkTitle,
      headSha: head,
      // A fork's pull request gets a read-only token: list its images rather than try a push.
      canWriteContents: context.pullRequest?.fork ? false : undefined,
    });
    for (const message of published.warnings) io.stderr(`WARNING: ${message}\n`);
    text = published.markdown;
  }
  const marker = reportMarker(flags.watermarkTitle);
  const body = text.includes(marker) ? text : `${marker}\n${text}`;
  // octokit is large: loaded when a comment is actually published, not for every verb
  const { createForge } = await import('../forge/factory.js');
  const forge = createForge({ token, repository, ...apiUrls(io.env), onWait: (message) => io.stderr(`${message}\n`) });
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

async function headOf(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const head = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], env);
  return head.ok ? head.stdout.trim() : undefined;
}
