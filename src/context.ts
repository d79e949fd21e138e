/**
 * Where a run happens, as plain data: which repository, commit and pull request. The front ends
 * build it (from the runner's environment and event payload, or Jenkins' variables); the core
 * only reads it.
 */
import type { EventName } from './options.js';

export interface PullRequestInfo {
  number: number;
  /** The PR's own head commit (not the merge commit a pull_request workflow checks out). */
  headSha: string;
  baseSha: string;
  baseRef?: string;
  /** Opened from a fork: its token is read-only, so publishing may be refused. */
  fork: boolean;
}

export interface CiContext {
  event: EventName;
  /** `owner/name`, when known. */
  repository?: string;
  /** The commit being built. */
  sha?: string;
  pullRequest?: PullRequestInfo;
  /** Link to this run (its page holds the job summary). */
  runUrl?: string;
}

export function splitRepository(fullName: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = fullName.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`'${fullName}' is not a repository name of the form owner/name.`);
  return { owner, repo };
}
