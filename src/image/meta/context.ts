/**
 * The facts about the triggering event that metadata-action (`context: workflow`) reads: event
 * name, ref, sha, and a few payload fields. {@link eventContextFromGitHub} reads them from the
 * runner's environment and event payload the way the action does, without its API calls.
 */

export interface MetaEventContext {
  /** GITHUB_EVENT_NAME: push, pull_request, pull_request_target, schedule, workflow_dispatch, … */
  eventName: string;
  /** GITHUB_REF, e.g. refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge. */
  ref: string;
  /** The commit the tags and the revision label are for. */
  sha: string;
  /** The payload's repository.default_branch: `{{is_default_branch}}` and `type=edge`. */
  defaultBranch?: string;
  /**
   * `{{base_ref}}`: on a tag push the push payload's base_ref (refs/heads/… is stripped), on a
   * pull request pull_request.base.ref. Other events have none.
   */
  baseRef?: string;
  /** `{{commit_date}}`; defaults to `now`, as when the action cannot find the commit's date. */
  commitDate?: Date;
  /** For the org.opencontainers.image.* labels. `license` is the SPDX id (MIT). */
  repository?: { htmlUrl?: string; description?: string; license?: string; name?: string };
}

/**
 * metadata-action's "null" event (its tests' event_null.env and event_empty.env): no event name,
 * ref or sha, as when nothing says what triggered the build. Rules that need a ref or a sha
 * (ref, edge, semver without value=, sha, `{{branch}}`) give nothing; `type=raw` still gives its
 * value, and the revision and version labels are empty.
 */
export function nullEventContext(): MetaEventContext {
  return { eventName: '', ref: '', sha: '' };
}

export const HEADS = /^refs\/heads\//;
export const TAGS = /^refs\/tags\//;
export const PULLS = /^refs\/pull\//;

/** The branch a ref names, or '' for tags and pull requests. */
export function branchOf(ref: string): string {
  return HEADS.test(ref) ? ref.replace(HEADS, '') : '';
}

/** The tag a ref names, or ''. */
export function tagOf(ref: string): string {
  return TAGS.test(ref) ? ref.replace(TAGS, '') : '';
}

/**
 * metadata-action's `{{is_default_branch}}`: the ref (minus refs/heads/) is the default branch,
 * or the event is one GitHub only runs on the default branch (create, discussion, issues,
 * schedule — matched as substrings, as the action does). Tag refs are never the default branch.
 */
export function isDefaultBranch(context: MetaEventContext): boolean {
  const branch = context.ref.replace(HEADS, '');
  if (branch === '') return false;
  if (context.defaultBranch === branch) return true;
  return /create|discussion|issues|schedule/.test(context.eventName);
}

/** `{{base_ref}}`: only tag and pull request refs have one. */
export function baseRefOf(context: MetaEventContext): string {
  if (TAGS.test(context.ref) && context.baseRef !== undefined) return context.baseRef.replace(HEADS, '');
  if (PULLS.test(context.ref) && context.baseRef !== undefined) return context.baseRef;
  return '';
}

/** The parts of a GitHub event payload read here (field names as GitHub sends them). */
export interface EventPayloadFacts {
  number?: number;
  base_ref?: string | null;
  repository?: { default_branch?: string; html_url?: string; description?: string | null; name?: string; license?: { spdx_id?: string } | null };
  pull_request?: { head?: { sha?: string }; base?: { ref?: string } };
  commits?: Array<{ id?: string; timestamp?: string }>;
  head_commit?: { id?: string; timestamp?: string } | null;
}

export interface GitHubEventFacts {
  /** GITHUB_EVENT_NAME */
  eventName: string;
  /** GITHUB_REF */
  ref: string;
  /** GITHUB_SHA */
  sha: string;
  /** The event payload (GITHUB_EVENT_PATH's JSON). */
  payload: EventPayloadFacts;
  /**
   * DOCKER_METADATA_PR_HEAD_SHA=true: on pull requests use the PR's head commit instead of
   * GITHUB_SHA (the merge commit). Off by default, as in metadata-action.
   */
  prHeadSha?: boolean;
}

/**
 * The context metadata-action builds for `context: workflow`: pull_request_target runs get the
 * PR's merge ref (GitHub gives them the base branch's), the commit date comes from the push
 * payload's commits. The repository facts come from the payload rather than the API call the
 * action makes, which carries the same fields.
 */
export function eventContextFromGitHub(facts: GitHubEventFacts): MetaEventContext {
  const { payload } = facts;
  let { ref, sha } = facts;
  if (/pull_request_target/.test(facts.eventName)) ref = `refs/pull/${payload.number}/merge`;
  if (facts.prHeadSha && /pull_request/.test(facts.eventName) && payload.pull_request?.head?.sha !== undefined) {
    sha = payload.pull_request.head.sha;
  }
  let baseRef: string | undefined;
  if (TAGS.test(ref) && typeof payload.base_ref === 'string') baseRef = payload.base_ref;
  else if (PULLS.test(ref) && payload.pull_request?.base?.ref !== undefined) baseRef = payload.pull_request.base.ref;
  const timestamp = payload.commits?.find((commit) => commit.id === sha)?.timestamp ?? (payload.head_commit?.id === sha ? payload.head_commit.timestamp : undefined);
  const repo = payload.repository;
  return {
    eventName: facts.eventName,
    ref,
    sha,
    defaultBranch: repo?.default_branch,
    baseRef,
    commitDate: timestamp ? new Date(timestamp) : undefined,
    repository: repo ? { htmlUrl: repo.html_url, description: repo.description ?? undefined, license: repo.license?.spdx_id, name: repo.name } : undefined,
  };
}
