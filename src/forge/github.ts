/**
 * The Forge on GitHub: @actions/github's octokit with the retry plugin (5xx, network errors), the
 * throttling plugin (whether a rate-limited request is tried again) and, under both, one queue
 * (./request-queue.ts): requests one at a time, all of them held while a rate limit says wait.
 * The sticky comment is found with GraphQL, newest comments first, 100 at a time, so a report
 * among the newest comments costs one query whatever the size of the thread, and one buried
 * under thousands is still found.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { splitRepository } from '../context.js';
import type { CheckRunInput, CheckRunOutcome, CommentOutcome, CommentTarget, Forge, IssueOutcome } from './forge.js';
import { describeTarget } from './forge.js';
import { queueRequests, RequestQueue, systemClock, type Clock } from './request-queue.js';

export interface GitHubForgeOptions {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** REST base (GITHUB_API_URL), e.g. https://api.github.com. */
  apiUrl: string;
  /** GraphQL endpoint (GITHUB_GRAPHQL_URL), e.g. https://api.github.com/graphql. */
  graphqlUrl: string;
  /** Told when a rate limit makes us wait; never given the token. */
  onWait?: (message: string) => void;
  /** How many times a rate-limited request is tried again. */
  rateLimitRetries?: number;
  /** For the queue's holds; the system clock unless a test passes its own. */
  clock?: Clock;
}

/**
 * plugin-retry's list plus 429: a 429 is a rate limit, to be waited out as its headers say and
 * tried again as rateLimitRetries allows (plugin-throttling), not retried after 1, 4 and 9 s.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

type Octokit = ReturnType<typeof getOctokit>;

interface CommentNode {
  /** `databaseId` is a 32-bit Int and comment ids have outgrown it; this is the id as text. */
  fullDatabaseId: string;
  body: string;
  url: string;
  isMinimized: boolean;
  viewerDidAuthor: boolean;
}

interface CommentsPage {
  nodes: CommentNode[];
  pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
}

const PAGE_SIZE = 100;

function commentsQuery(owner: 'pullRequest' | 'issue'): string {
  return `query mlopsStickyComment($owner: String!, $repo: String!, $number: Int!, $before: String) {
  repository(owner: $owner, name: $repo) {
    thread: ${owner}(number: $number) {
      comments(last: ${PAGE_SIZE}, before: $before) {
        nodes { fullDatabaseId body url isMinimized viewerDidAuthor }
        pageInfo { hasPreviousPage startCursor }
      }
    }
  }
}`;
}

interface HttpError {
  status?: number;
  message?: string;
  errors?: { type?: string; message?: string }[];
}

function statusOf(error: unknown): number | undefined {
  return (error as HttpError).status;
}

function isNotFound(error: unknown): boolean {
  const failure = error as HttpError;
  return failure.status === 404 || (failure.errors ?? []).some((item) => item.type === 'NOT_FOUND');
}

function isForbidden(error: unknown): boolean {
  const failure = error as HttpError;
  return failure.status === 403 && !/rate limit/i.test(failure.message ?? '');
}

function permissionFor(target: CommentTarget): string {
  return target.kind === 'pr' ? 'pull-requests: write' : target.kind === 'issue' ? 'issues: write' : 'contents: write';
}

/** The GitHub API's own words, without request details (which never carry the token anyway). */
function messageOf(error: unknown): string {
  const failure = error as HttpError;
  return (failure.message ?? String(error)).split('\n')[0]!.replace(/ - https:\/\/docs\.github\.com\S*/, '');
}

export class GitHubForge implements Forge {
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;
  private viewerLogin: string | undefined;
  /** Requests made, retries and waits not counted: the cost of a publication. */
  calls = 0;

  constructor(private readonly options: GitHubForgeOptions) {
    ({ owner: this.owner, repo: this.repo } = splitRepository(options.repository));
    const retries = options.rateLimitRetries ?? 3;
    const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= retries) return false;
      options.onWait?.(`GitHub ${kind} rate limit on ${request.method} ${request.url}: waiting ${retryAfter}s, then trying again (${retryCount + 1}/${retries}).`);
      return true;
    };
    const clock = options.clock ?? systemClock;
    const queue = new RequestQueue(clock, (hold, waitMs) => options.onWait?.(`GitHub rate limit: holding all requests for ${Math.ceil(waitMs / 1000)}s (${hold.reason}).`));
    // No `request` option: it would replace @actions/github's proxy-aware `request.fetch`, and
    // `request.retries` made plugin-retry retry every failure (403, 404, 422 too) at once.
    this.octokit = getOctokit(
      options.token,
      {
        baseUrl: options.apiUrl.replace(/\/$/, ''),
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        retry: { retries: 3, doNotRetry: DO_NOT_RETRY },
      },
      // First, so that it wraps innermost: every attempt, retries included, takes its turn.
      queueRequests(queue, clock),
      retry,
      throttling,
    );
  }

  private async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    this.calls++;
    // One options object: `url` (GITHUB_GRAPHQL_URL) is refused next to a query string.
    return this.octokit.graphql<T>({ query, url: this.options.graphqlUrl, ...variables });
  }

  private async rest<T>(route: string, parameters: Record<string, unknown>): Promise<T> {
    this.calls++;
    const response = await this.octokit.request(route, { owner: this.owner, repo: this.repo, ...parameters });
    return response.data as T;
  }

  async openPullRequestsFor(sha: string): Promise<number[]> {
    this.calls++;
    try {
      const pulls = await this.octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner: this.owner, repo: this.repo, commit_sha: sha, per_page: 100 });
      return pulls.filter((pull) => pull.state === 'open').map((pull) => pull.number);
    } catch (error) {
      // a commit GitHub does not know (422), an empty repository (409): no pull request to find
      if ([404, 409, 422].includes((error as { status?: number }).status ?? 0)) return [];
      throw error;
    }
  }

  async upsertComment(target: CommentTarget, marker: string, body: string): Promise<CommentOutcome> {
    const before = this.calls;
    try {
      const found = target.kind === 'commit' ? await this.findCommitComments(target.sha, marker) : await this.findThreadComments(target, marker);
      const [keep, ...duplicates] = found;
      let result: { id: number; html_url: string };
      let kind: 'created' | 'updated';
      if (keep === undefined) {
        result = target.kind === 'commit'
          ? await this.rest('POST /repos/{owner}/{repo}/commits/{commit_sha}/comments', { commit_sha: target.sha, body })
          : await this.rest('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: target.number, body });
        kind = 'created';
      } else {
        result = keep.body === body
          ? { id: keep.id, html_url: keep.url } // unchanged: no edit, no notification
          : target.kind === 'commit'
            ? await this.rest('PATCH /repos/{owner}/{repo}/comments/{comment_id}', { comment_id: keep.id, body })
            : await this.rest('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: keep.id, body });
        kind = 'updated';
      }
      // Two reports for one key (from a race between runs): the newest stays, the rest go.
      for (const duplicate of duplicates) {
        await this.rest(target.kind === 'commit' ? 'DELETE /repos/{owner}/{repo}/comments/{comment_id}' : 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: duplicate.id });
      }
      return { kind, id: result.id, url: result.html_url, apiCalls: this.calls - before, removedDuplicates: duplicates.length };
    } catch (error) {
      if (isForbidden(error)) return { kind: 'forbidden', permission: permissionFor(target), message: messageOf(error) };
      if (isNotFound(error)) return { kind: 'not-found', message: `${describeTarget(target)} was not found (deleted, or not visible to this token)` };
      if (statusOf(error) === 422 && /too long/i.test(JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? ''))) {
        return { kind: 'too-long', message: messageOf(error) };
      }
      throw error;
    }
  }

  /** Own, visible comments carrying the marker, newest first, from the newest page that has any. */
  private async findThreadComments(target: { kind: 'pr' | 'issue'; number: number }, marker: string): Promise<{ id: number; body: string; url: string }[]> {
    const query = commentsQuery(target.kind === 'pr' ? 'pullRequest' : 'issue');
    let before: string | null = null;
    for (;;) {
      const data: { repository: { thread: { comments: CommentsPage } | null } | null } = await this.graphql(query, {
        owner: this.owner,
        repo: this.repo,
        number: target.number,
        before,
      });
      const page = data.repository?.thread?.comments;
      if (!page) throw Object.assign(new Error(`${describeTarget(target)} not found`), { status: 404 });
      const mine = page.nodes
        .filter((node) => node.viewerDidAuthor && !node.isMinimized && node.body.includes(marker))
        .reverse()
        .map((node) => ({ id: Number(node.fullDatabaseId), body: node.body, url: node.url }));
      if (mine.length > 0) return mine;
      if (!page.pageInfo.hasPreviousPage || !page.pageInfo.startCursor) return [];
      before = page.pageInfo.startCursor;
    }
  }

  private async viewer(): Promise<string> {
    if (this.viewerLogin === undefined) {
      const data = await this.graphql<{ viewer: { login: string } }>('query mlopsViewer { viewer { login } }', {});
      this.viewerLogin = data.viewer.login;
    }
    return this.viewerLogin;
  }

  /** Commit comments are few: REST, all pages; "own" is the token's login (REST adds `[bot]` for apps). */
  private async findCommitComments(sha: string, marker: string): Promise<{ id: number; body: string; url: string }[]> {
    const login = await this.viewer();
    this.calls++;
    const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/comments', { owner: this.owner, repo: this.repo, commit_sha: sha, per_page: 100 });
    return comments
      .filter((comment) => (comment.user?.login === login || comment.user?.login === `${login}[bot]`) && (comment.body ?? '').includes(marker))
      .reverse()
      .map((comment) => ({ id: comment.id, body: comment.body ?? '', url: comment.html_url }));
  }

  /** Open issues with the alert's label, its marker and this token's author: at most one is ours. */
  private async findAlertIssue(marker: string, label: string): Promise<{ number: number; url: string; body: string } | undefined> {
    const login = await this.viewer();
    this.calls++;
    const issues = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', { owner: this.owner, repo: this.repo, state: 'open', labels: label, per_page: 100 });
    const mine = issues.find((issue) => !issue.pull_request && (issue.body ?? '').includes(marker) && (issue.user?.login === login || issue.user?.login === `${login}[bot]`));
    return mine ? { number: mine.number, url: mine.html_url, body: mine.body ?? '' } : undefined;
  }

  async upsertAlertIssue(marker: string, title: string, body: string, labels: string[]): Promise<IssueOutcome> {
    try {
      const found = await this.findAlertIssue(marker, labels[0] ?? 'mlops-alert');
      if (found) {
        if (found.body !== body) await this.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: found.number, body });
        return { kind: 'updated', number: found.number, url: found.url };
      }
      const created = await this.rest<{ number: number; html_url: string }>('POST /repos/{owner}/{repo}/issues', { title, body, labels });
      return { kind: 'created', number: created.number, url: created.html_url };
    } catch (error) {
      if (isForbidden(error)) return { kind: 'forbidden', permission: 'issues: write', message: messageOf(error) };
      throw error;
    }
  }

  async closeAlertIssue(marker: string, comment: string, label = 'mlops-alert'): Promise<IssueOutcome> {
    try {
      const found = await this.findAlertIssue(marker, label);
      if (!found) return { kind: 'none' };
      await this.rest('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: found.number, body: comment });
      await this.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: found.number, state: 'closed', state_reason: 'completed' });
      return { kind: 'closed', number: found.number, url: found.url };
    } catch (error) {
      if (isForbidden(error)) return { kind: 'forbidden', permission: 'issues: write', message: messageOf(error) };
      throw error;
    }
  }

  async createCheckRun(check: CheckRunInput): Promise<CheckRunOutcome> {
    try {
      const result = await this.rest<{ id: number; html_url: string }>('POST /repos/{owner}/{repo}/check-runs', {
        name: check.name,
        head_sha: check.headSha,
        status: 'completed',
        conclusion: check.conclusion,
        output: { title: check.title, summary: check.summary, ...(check.text ? { text: check.text } : {}) },
      });
      return { kind: 'created', id: result.id, url: result.html_url };
    } catch (error) {
      if (isForbidden(error)) return { kind: 'forbidden', permission: 'checks: write', message: messageOf(error) };
      throw error;
    }
  }
}
