/**
 * A Jenkins build's context, from the variables Jenkins sets: CHANGE_ID / CHANGE_TARGET /
 * CHANGE_URL on a multibranch pull-request build, BRANCH_NAME, GIT_COMMIT, GIT_URL, BUILD_URL,
 * and MLOPS_EVENT=schedule that the library's runner sets for a cron-triggered build.
 */
import type { CiContext } from '../context.js';
import type { EventName } from '../options.js';

/** `owner/name` of a GitHub repository from a clone URL or a pull-request URL. */
export function githubRepository(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^(?:https?:\/\/[^/]+\/|git@[^:]+:|ssh:\/\/git@[^/]+\/)([^/]+)\/([^/]+?)(?:\.git)?(?:\/pull\/\d+)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The GitHub API base for a repository URL: api.github.com, or <host>/api/v3 for Enterprise Server. */
export function githubApiUrl(url: string | undefined): string {
  const host = url ? /^(?:https?:\/\/|git@|ssh:\/\/git@)([^/:]+)/.exec(url.trim())?.[1] : undefined;
  return !host || host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
}

export function isJenkins(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.JENKINS_URL || env.BUILD_URL?.includes('/job/'));
}

export function jenkinsContext(env: NodeJS.ProcessEnv): CiContext & { defaultBase: string; apiUrl: string } {
  const changeId = env.CHANGE_ID && /^\d+$/.test(env.CHANGE_ID) ? Number(env.CHANGE_ID) : undefined;
  const event: EventName = env.MLOPS_EVENT === 'schedule' ? 'schedule' : changeId !== undefined ? 'pr' : env.BRANCH_NAME ? 'push' : 'manual';
  const repository = githubRepository(env.CHANGE_URL) ?? githubRepository(env.GIT_URL);
  // A pull request is compared with its target branch; a branch build with the last green build
  // (Jenkins' GIT_PREVIOUS_SUCCESSFUL_COMMIT), or its parent commit when there is none.
  const defaultBase = event === 'pr' && env.CHANGE_TARGET ? `origin/${env.CHANGE_TARGET}` : event === 'push' ? env.GIT_PREVIOUS_SUCCESSFUL_COMMIT || 'HEAD~1' : 'HEAD';
  return {
    event,
    defaultBase,
    repository,
    sha: env.GIT_COMMIT || undefined,
    runUrl: env.BUILD_URL || undefined,
    apiUrl: env.GITHUB_API_URL || githubApiUrl(env.CHANGE_URL ?? env.GIT_URL),
    pullRequest: changeId !== undefined && env.GIT_COMMIT ? { number: changeId, headSha: env.GIT_COMMIT, baseSha: '', baseRef: env.CHANGE_TARGET, fork: Boolean(env.CHANGE_FORK) } : undefined,
  };
}
