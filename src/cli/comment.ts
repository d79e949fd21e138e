/**
 * `mlops comment create|update <file>`: publish any markdown as the sticky comment, like
 * `cml comment create` / `cml comment update` (`--target`, `--watermark-title` as the report id),
 * and CML's older `send-comment`. The token is CML's: `--token` first, then the environment in
 * CML's order (REPO_TOKEN, repo_token, then GITHUB_TOKEN), which keeps it out of shell history.
 * CML's other flags are read as CML reads them (src/cli/comment-cml-flags.ts).
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
import { Option, type Command } from 'commander';
import type { CommentFlags } from './comment-publish.js';
import type { CliIo } from './program.js';

/** CML's hidden and global flags, kept out of the help text as CML keeps them (src/cli/comment-cml-flags.ts reads them). */
const cmlOnly = (flags: string, description: string): Option => new Option(flags, description).hideHelp();

const definedOnly = <T extends object>(record: T): Partial<T> => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;

export function addCommentCommand(program: Command, io: CliIo, cwdOf: () => string, verbs: { comment: boolean; sendComment: boolean } = { comment: true, sendComment: true }): void {
  const define = (command: Command, verb: 'create' | 'update', deprecated?: string): void => {
    command
      .argument('<markdown-file>', 'the report to publish')
      .option('--target <target>', 'pr (this run\'s pull request), pr/<n>, commit, commit/<sha> or issue/<n> (default: pr if there is one, else commit)')
      .option('--watermark-title <id>', 'key of the sticky comment, so one thread can carry several reports; {workflow} and {run} become the workflow and the run id, as in CML', 'default')
      .option('--repo <owner/name>', 'repository, or its URL (default: GITHUB_REPOSITORY)')
      .option('--publish', 'show local images: committed ones from their commit, the others from the mlops-assets branch (default)')
      .option('--no-publish', 'post the markdown as it is, local image paths included')
      .option('--token <token>', 'a token that may write comments (default: REPO_TOKEN, then GITHUB_TOKEN, as CML reads them; the environment keeps it out of shell history)')
      .addOption(cmlOnly('--driver-token <token>', "CML's name for --token"))
      .addOption(cmlOnly('--driver <name>', "CML's git provider: github"))
      .addOption(new Option('--log <level>', "CML's logging verbosity").choices(['error', 'warn', 'info', 'debug']).hideHelp())
      .addOption(cmlOnly('--pr', "CML's older --target pr"))
      .addOption(cmlOnly('--commit-sha <sha>', "CML's older --target commit/<sha>"))
      .addOption(cmlOnly('--head-sha <sha>', "CML's name for --commit-sha"))
      .addOption(cmlOnly('--update', "CML's older `comment update`"))
      .addOption(cmlOnly('--native', 'CML: not available on GitHub, so no effect'))
      .addOption(cmlOnly('--publish-native', 'CML: not available on GitHub, so no effect'))
      .addOption(cmlOnly('--publish-url <url>', "CML's image server: not used (images stay in this repository)"))
      .addOption(cmlOnly('--watch', "CML's watcher: refused"))
      .addOption(cmlOnly('--trigger-file <file>', "CML's watcher: refused"))
      .addOption(cmlOnly('--rm-watermark', "CML's comment without a marker: refused"))
      .action(async (file: string, flags: CommentFlags) => {
        if (deprecated) io.stderr(`WARNING: ${deprecated}\n`);
        // CML's global options may come before the verb (`cml --driver github comment create`); the verb's own win
        const { driver, token, driverToken, repo } = program.opts() as Pick<CommentFlags, 'driver' | 'token' | 'driverToken' | 'repo'>;
        const { publishComment } = await import('./comment-publish.js');
        await publishComment(verb, file, { ...definedOnly({ driver, token, driverToken, repo }), ...flags }, io, cwdOf);
      });
  };
  for (const option of [cmlOnly('--driver <name>', "CML's git provider: github"), cmlOnly('--token <token>', "CML's token"), cmlOnly('--driver-token <token>', "CML's token"), cmlOnly('--repo <url-or-slug>', "CML's repository")]) program.addOption(option);
  if (verbs.comment) {
    const comment = program.command('comment').description('publish a markdown report as a sticky comment (like `cml comment create`)');
    define(comment.command('create').description('create or update the one comment keyed by --watermark-title on a pull request, commit or issue'), 'create');
    define(comment.command('update').description('update the newest comment keyed by --watermark-title (create one if there is none), like `cml comment update`'), 'update');
  }
  // CML's name before 0.18, which CML still runs (with a notice): older report scripts call it
  // (hidden from the help, as CML hides it)
  if (verbs.sendComment) define(program.command('send-comment', { hidden: true }).description("CML's older name for `comment create`"), 'create', '`send-comment` is CML\'s older name: use `mlops comment create`.');
}
