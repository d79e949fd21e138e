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
import type { CommentFlags } from './comment-publish.js';
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
      .action(async (file: string, flags: CommentFlags) => {
        const { publishComment } = await import('./comment-publish.js');
        await publishComment(verb, file, flags, io, cwdOf);
      });
  }
}
