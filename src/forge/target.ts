/** CML's `--target` values (`pr`, `pr/12`, `commit`, `commit/<sha>`, `issue/7`) as a comment target. */
import type { CiContext } from '../context.js';
import { UsageError } from '../errors.js';
import type { CommentTarget } from './forge.js';

export function parseTarget(text: string | undefined, context: CiContext): CommentTarget {
  const value = text?.trim() || (context.pullRequest ? 'pr' : 'commit');
  const [kind, id, ...rest] = value.split('/');
  if (rest.length > 0) throw new UsageError(`--target: '${value}' has too many parts.`, 'Use pr, pr/<number>, commit, commit/<sha> or issue/<number>.');
  const number = (what: string): number => {
    if (!id || !/^\d+$/.test(id)) throw new UsageError(`--target: '${value}' needs ${what} number, e.g. ${kind}/12.`);
    return Number(id);
  };
  switch (kind) {
    case 'pr':
      if (id !== undefined) return { kind: 'pr', number: number('a pull request') };
      if (!context.pullRequest) throw new UsageError('--target pr: this run is not for a pull request.', 'Name it: --target pr/<number>.');
      return { kind: 'pr', number: context.pullRequest.number };
    case 'issue':
      return { kind: 'issue', number: number('an issue') };
    case 'commit': {
      const sha = id ?? context.sha;
      if (!sha) throw new UsageError('--target commit: the commit is not known here.', 'Name it: --target commit/<sha>.');
      if (!/^[0-9a-f]{7,40}$/i.test(sha)) throw new UsageError(`--target: '${sha}' is not a commit sha.`);
      return { kind: 'commit', sha };
    }
    default:
      throw new UsageError(`--target: '${value}' is not a target.`, 'Use pr, pr/<number>, commit, commit/<sha> or issue/<number>.');
  }
}
