/**
 * The one question the publish-from-artifact run asks GitHub about the pull request an artifact
 * names: which commit is its head, and from which repository. A port, so the check is the same
 * whoever answers it; GitHub's REST API (`GET /repos/{owner}/{repo}/pulls/{pull_number}`)
 * answers it here, through octokit with the retry plugin (5xx and network errors).
 */
import { splitRepository } from '../context.js';

export interface PullRequestFacts {
  number: number;
  headSha: string;
  /** `owner/name` of the head repository; undefined when the fork was deleted. */
  headRepository?: string;
  baseRepository: string;
  state: 'open' | 'closed';
}

export interface PullRequestLookup {
  /** The pull request, or undefined when the repository has none by that number. */
  pullRequest(number: number): Promise<PullRequestFacts | undefined>;
}

interface PullData {
  number: number;
  state: 'open' | 'closed';
  head: { sha: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string } };
}

/** The pull requests of `repository` on GitHub (or GitHub Enterprise Server, by `apiUrl`). */
export function githubPullRequests(settings: { token: string; repository: string; apiUrl: string }): PullRequestLookup {
  const { owner, repo } = splitRepository(settings.repository);
  return {
    async pullRequest(number) {
      const [{ getOctokit }, { retry }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry')]);
      const octokit = getOctokit(settings.token, { baseUrl: settings.apiUrl.replace(/\/$/, ''), retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] } }, retry);
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number });
        const pull = data as unknown as PullData;
        return { number: pull.number, headSha: pull.head.sha, headRepository: pull.head.repo?.full_name, baseRepository: pull.base.repo.full_name, state: pull.state };
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        throw error;
      }
    },
  };
}
