/**
 * `mlops comment create <file>`: publish any markdown as the sticky comment, like
 * `cml comment create` (`--target`, `--watermark-title` as the report id). The token comes from
 * the environment (GITHUB_TOKEN or REPO_TOKEN), never from a flag that would land in shell history.
 */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { apiUrls, ciContext, readEventPayload } from '../platform/github-context.js';
import { MlopsError, UsageError } from '../errors.js';
import { describeTarget } from '../forge/forge.js';
import { parseTarget } from '../forge/target.js';
import { reportMarker } from '../report/marker.js';
import type { CliIo } from './program.js';

export function addCommentCommand(program: Command, io: CliIo, cwdOf: () => string): void {
  const comment = program.command('comment').description('publish a markdown report as a sticky comment (like `cml comment create`)');
  comment
    .command('create')
    .description('create or update the one comment keyed by --watermark-title on a pull request, commit or issue')
    .argument('<markdown-file>', 'the report to publish')
    .option('--target <target>', 'pr (this run\'s pull request), pr/<n>, commit, commit/<sha> or issue/<n> (default: pr if there is one, else commit)')
    .option('--watermark-title <id>', 'key of the sticky comment, so one thread can carry several reports', 'default')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
    .action(async (file: string, flags: { target?: string; watermarkTitle: string; repo?: string }) => {
      const token = io.env.GITHUB_TOKEN || io.env.REPO_TOKEN;
      if (!token) throw new UsageError('comment create: no token.', 'Set GITHUB_TOKEN (or REPO_TOKEN) in the environment to a token that may write comments.');
      const { payload, warning } = await readEventPayload(io.env.GITHUB_EVENT_PATH);
      if (warning) io.stderr(`WARNING: ${warning}\n`);
      const context = ciContext(io.env, payload);
      const repository = flags.repo ?? context.repository;
      if (!repository) throw new UsageError('comment create: the repository is not known.', 'Pass --repo owner/name or set GITHUB_REPOSITORY.');
      const target = parseTarget(flags.target, context);
      let text: string;
      try {
        text = await readFile(resolve(cwdOf(), file), 'utf8');
      } catch {
        throw new UsageError(`comment create: cannot read '${file}'.`, 'Give the path of a markdown file, e.g. report.md.');
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
    });
}
