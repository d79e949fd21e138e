/**
 * A local GitHub for tests: the REST and GraphQL endpoints the action uses, answering the way
 * api.github.com does (shapes, status codes, error bodies, Link and rate-limit headers), so the
 * real octokit client (@actions/github + retry + throttling) can be pointed at it through
 * GITHUB_API_URL / GITHUB_GRAPHQL_URL.
 *
 * GraphQL is real graphql-js: every query is parsed, validated against a schema shaped like
 * GitHub's and executed; validation errors are reported in graphql-ruby's words, as GitHub does.
 *
 * The server runs inside the test process: run the action as a child with the asynchronous
 * `spawn`/`execFile`, never `spawnSync`, or the server cannot answer while the test waits.
 */
import { randomBytes } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildSchema,
  execute,
  FieldsOnCorrectTypeRule,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isUnionType,
  Kind,
  KnownArgumentNamesRule,
  NoUndefinedVariablesRule,
  NoUnusedVariablesRule,
  parse,
  print,
  ProvidedRequiredArgumentsRule,
  ScalarLeafsRule,
  specifiedRules,
  validate,
  ValuesOfCorrectTypeRule,
  valueFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
  type ValidationRule,
} from 'graphql';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export interface TokenSpec {
  login: string;
  type?: 'Bot' | 'User';
  permissions?: { pullRequests?: 'read' | 'write'; issues?: 'read' | 'write'; checks?: 'read' | 'write'; contents?: 'read' | 'write' };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  status: number;
  kind: 'rest' | 'graphql';
  /** When the request arrived and when it was answered (Date.now() ms): rate-limit windows are checked against these. */
  at: number;
  answeredAt: number;
}

export interface Fault {
  method?: string;
  path?: RegExp;
  graphql?: boolean;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times?: number;
}

/**
 * Logins are REST logins everywhere in this API: a bot is "github-actions[bot]" (GraphQL shows
 * `author.login` as "github-actions", as GitHub does). A TokenSpec `{ login: 'github-actions',
 * type: 'Bot' }` is taken as "github-actions[bot]".
 */
export interface GitHubServer {
  /** GITHUB_API_URL; GraphQL (GITHUB_GRAPHQL_URL) is `${url}/graphql`. */
  url: string;
  /** Every request in arrival order, faulted ones included. */
  requests: RecordedRequest[];
  addToken(token: string, spec: TokenSpec): void;
  addRepo(fullName: string): void;
  /** title and author are optional extras (default "Pull request #n", "octocat"). */
  addPull(fullName: string, pr: { number: number; headSha: string; baseSha: string; fork?: boolean; title?: string; author?: string; state?: 'open' | 'closed' }): void;
  /** Afterwards the PR, its comments and their ids answer 404 (REST) / NOT_FOUND (GraphQL). */
  deletePull(fullName: string, number: number): void;
  /** Numbers are shared with pull requests; without `number`, the next free one. Returns it. */
  addIssue(fullName: string, issue: { number?: number; title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; author?: string }): number;
  /** Bulk insert, oldest first, one second apart and ending about now. Default: "Comment {i+1}" by octocat. */
  seedComments(fullName: string, issueNumber: number, count: number, make?: (i: number) => { body: string; author: string; minimized?: boolean }): void;
  comments(fullName: string, issueNumber: number): { id: number; nodeId: string; body: string; author: string; minimized: boolean; createdAt: string; updatedAt: string }[];
  commitComments(fullName: string, sha: string): { id: number; body: string; author: string }[];
  checkRuns(fullName: string): { id: number; name: string; headSha: string; status: string; conclusion?: string; output?: { title?: string; summary?: string; text?: string } }[];
  /** Issues only (not pull requests), by number. */
  issues(fullName: string): { number: number; title: string; body: string; labels: string[]; state: 'open' | 'closed'; author: string; comments: { body: string; author: string }[] }[];
  /**
   * Queue a fault: the next `times` (default 1) requests matching all given criteria get its
   * status, headers (over the usual rate-limit headers) and body (JSON unless a string). `path`
   * is tested against the path without the query; note that GitHub's Link headers, and so
   * octokit.paginate, use /repositories/{id}/... for the second page on.
   */
  fault(fault: Fault): void;
  /** Drop every queued fault (GitHub is back). */
  clearFaults(): void;
  /**
   * Spend the token's primary rate limit so that `remaining` requests are left until `resetIn`
   * seconds from now. The last one is answered with `x-ratelimit-remaining: 0`; those after it,
   * until the reset, are refused as GitHub does: REST with 403, GraphQL with 200 and RATE_LIMITED.
   * Returns the reset (`x-ratelimit-reset`, epoch seconds).
   */
  setRateLimit(token: string, limit: { resource?: 'core' | 'graphql'; remaining: number; resetIn: number }): number;
  close(): Promise<void>;
}

type FaultMatch = Pick<Fault, 'method' | 'path' | 'graphql' | 'times'>;

const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting';
const SECONDARY_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

function nowEpoch(): number {
  return Math.floor(Date.now() / 1000);
}

const PRIMARY_MESSAGE = 'API rate limit exceeded for installation ID 1.';
const GRAPHQL_RATE_LIMITED = { errors: [{ type: 'RATE_LIMITED', message: PRIMARY_MESSAGE }] };

/**
 * A primary rate limit: 403 with `x-ratelimit-remaining: 0` and a reset `resetIn` (default 1)
 * seconds from now, in whole epoch seconds as GitHub sends it (REST). With `{ graphql: true }`,
 * GitHub's GraphQL form: 200 with a RATE_LIMITED error.
 */
export function rateLimitFault({ resetIn = 1, ...match }: FaultMatch & { resetIn?: number } = {}): Fault {
  const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowEpoch() + resetIn), 'x-ratelimit-used': '5000' };
  if (match.graphql) {
    return { ...match, status: 200, headers: { ...headers, 'x-ratelimit-resource': 'graphql' }, body: GRAPHQL_RATE_LIMITED };
  }
  return { ...match, status: 403, headers, body: { message: PRIMARY_MESSAGE, documentation_url: RATE_LIMIT_DOCS, status: '403' } };
}

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ';

/** A secondary rate limit: 403 with `retry-after: N` (default 1) and GitHub's "secondary rate limit" message. */
export function secondaryRateLimitFault({ retryAfter = 1, ...match }: FaultMatch & { retryAfter?: number } = {}): Fault {
  return { ...match, status: 403, headers: { 'retry-after': String(retryAfter) }, body: { message: `${SECONDARY_MESSAGE}${requestId()}.`, documentation_url: SECONDARY_DOCS, status: '403' } };
}

/** GitHub's other form of a secondary rate limit: 429 with `retry-after: N` (default 1). */
export function tooManyRequestsFault({ retryAfter = 1, ...match }: FaultMatch & { retryAfter?: number } = {}): Fault {
  return { ...match, status: 429, headers: { 'retry-after': String(retryAfter) }, body: { message: `${SECONDARY_MESSAGE}${requestId()}.`, documentation_url: SECONDARY_DOCS, status: '429' } };
}

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

type Permission = 'pullRequests' | 'issues' | 'checks' | 'contents';
const PERMISSION_NAMES: Record<Permission, string> = { pullRequests: 'pull_requests', issues: 'issues', checks: 'checks', contents: 'contents' };

interface Token {
  login: string; // REST form: "github-actions[bot]"
  type: 'Bot' | 'User';
  permissions: Record<Permission, 'read' | 'write'>;
}

interface Label {
  id: number;
  nodeId: string;
  name: string;
  color: string;
}

interface Comment {
  id: number;
  nodeId: string;
  body: string;
  author: string;
  minimized: boolean;
  minimizedReason: string | null;
  createdAt: string;
  updatedAt: string;
  item: Item;
}

interface Item {
  kind: 'pull' | 'issue';
  repo: Repo;
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  author: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  comments: Comment[];
  pull?: { headSha: string; baseSha: string; fork: boolean };
}

interface CommitComment {
  id: number;
  nodeId: string;
  repo: Repo;
  sha: string;
  body: string;
  author: string;
  path: string | null;
  position: number | null;
  line: number | null;
  createdAt: string;
  updatedAt: string;
}

interface CheckRun {
  id: number;
  nodeId: string;
  repo: Repo;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string;
  output: { title: string | null; summary: string | null; text: string | null; annotationsCount: number };
}

interface Repo {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  fullName: string;
  nextNumber: number;
  items: Map<number, Item>;
  labels: Map<string, Label>;
  commitComments: Map<string, CommitComment[]>;
  checkRuns: CheckRun[];
}

interface Bucket {
  used: number;
  reset: number;
}

type SeqKind = 'repo' | 'item' | 'comment' | 'commitComment' | 'checkRun' | 'label';

class State {
  apiUrl = '';
  readonly tokens = new Map<string, Token>();
  readonly repos = new Map<string, Repo>();
  readonly reposById = new Map<number, Repo>();
  readonly comments = new Map<number, Comment>();
  readonly commitComments = new Map<number, CommitComment>();
  readonly checkRuns = new Map<number, CheckRun>();
  readonly nodes = new Map<string, Item | Comment | Repo>();
  readonly buckets = new Map<string, Bucket>();
  readonly faults: (Fault & { left: number })[] = [];
  readonly requests: RecordedRequest[] = [];
  // Ids look like GitHub's; those GraphQL shows as `databaseId: Int` stay below 2^31.
  private seq: Record<SeqKind, number> = { repo: 700_000_000, item: 1_500_000_000, comment: 1_900_000_000, commitComment: 150_000_000, checkRun: 24_000_000_000, label: 6_000_000_000 };
  private lastTime = 0;

  next(kind: SeqKind): number {
    return ++this.seq[kind];
  }

  /** Now, never before the last timestamp handed out, so creation order and time order agree. */
  timestamp(ms = Date.now()): string {
    this.lastTime = Math.max(this.lastTime, Math.floor(ms / 1000) * 1000);
    return iso(this.lastTime);
  }

  repo(fullName: string): Repo {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`github-server: no repository ${fullName}; call addRepo("${fullName}") first`);
    return repo;
  }

  item(fullName: string, number: number): Item {
    const item = this.repo(fullName).items.get(number);
    if (!item) throw new Error(`github-server: ${fullName} has no issue or pull request #${number}`);
    return item;
  }

  label(repo: Repo, name: string): Label {
    let label = repo.labels.get(name.toLowerCase());
    if (!label) {
      const id = this.next('label');
      label = { id, nodeId: nodeId('LA_kwDO', id), name, color: colorOf(name) };
      repo.labels.set(name.toLowerCase(), label);
    }
    return label;
  }

  newItem(repo: Repo, kind: Item['kind'], number: number | undefined, fields: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; author?: string }): Item {
    const n = number ?? repo.nextNumber;
    if (!Number.isInteger(n) || n < 1) throw new Error(`github-server: bad issue number ${n}`);
    if (repo.items.has(n)) throw new Error(`github-server: ${repo.fullName}#${n} already exists`);
    repo.nextNumber = Math.max(repo.nextNumber, n + 1);
    const id = this.next('item');
    const at = this.timestamp();
    const item: Item = {
      kind,
      repo,
      number: n,
      id,
      nodeId: nodeId(kind === 'pull' ? 'PR_kwDO' : 'I_kwDO', id),
      title: fields.title,
      body: fields.body ?? '',
      state: fields.state ?? 'open',
      stateReason: fields.state === 'closed' ? 'completed' : null,
      labels: [],
      author: fields.author ?? 'octocat',
      createdAt: at,
      updatedAt: at,
      closedAt: fields.state === 'closed' ? at : null,
      comments: [],
    };
    item.labels = uniqueLabels(this, repo, fields.labels ?? []);
    repo.items.set(n, item);
    this.nodes.set(item.nodeId, item);
    return item;
  }

  addComment(item: Item, body: string, author: string, at: string, minimized = false): Comment {
    const id = this.next('comment');
    const comment: Comment = { id, nodeId: nodeId('IC_kwDO', id), body, author, minimized, minimizedReason: minimized ? 'outdated' : null, createdAt: at, updatedAt: at, item };
    item.comments.push(comment);
    this.comments.set(id, comment);
    this.nodes.set(comment.nodeId, comment);
    return comment;
  }

  deleteComment(comment: Comment): void {
    const list = comment.item.comments;
    const index = indexById(list, comment.id);
    if (list[index]?.id === comment.id) list.splice(index, 1);
    this.comments.delete(comment.id);
    this.nodes.delete(comment.nodeId);
  }

  bucket(key: string, resource: 'core' | 'graphql'): Bucket {
    const name = `${resource}:${key}`;
    let bucket = this.buckets.get(name);
    if (!bucket || bucket.reset <= nowEpoch()) {
      bucket = { used: 0, reset: nowEpoch() + 3600 };
      this.buckets.set(name, bucket);
    }
    return bucket;
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const LIMIT = 5000;
const COMMENT_MAX = 65536;
const CHECK_MAX = 65535;
const HTML = 'https://github.com';

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function requestId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}${Buffer.from(`${prefix}:${id}`).toString('base64url')}`;
}

function colorOf(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return (hash & 0xffffff).toString(16).padStart(6, '0');
}

function userId(login: string): number {
  if (login === 'github-actions[bot]') return 41898282;
  let hash = 7;
  for (const ch of login) hash = (hash * 131 + ch.charCodeAt(0)) % 90_000_000;
  return 1_000_000 + hash;
}

/** Characters as GitHub counts them (code points, not UTF-16 units). */
function charLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function isBot(login: string): boolean {
  return login.endsWith('[bot]');
}

/** GraphQL shows a bot's login without the "[bot]" suffix that REST shows. */
function graphqlLogin(login: string): string {
  return isBot(login) ? login.slice(0, -'[bot]'.length) : login;
}

/** The index of the first element whose id is >= id (list sorted by id). */
function indexById(list: { id: number }[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function uniqueLabels(state: State, repo: Repo, names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const label = state.label(repo, name);
    seen.set(label.name.toLowerCase(), label.name);
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------
// REST errors
// ---------------------------------------------------------------------------------------------

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'object' && body !== null && 'message' in body ? String((body as { message: unknown }).message) : `HTTP ${status}`);
  }
}

function errorBody(status: number, message: string, doc: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { message, ...extra, documentation_url: doc, status: String(status) };
}

const notFound = (doc: string) => new HttpError(404, errorBody(404, 'Not Found', doc));
const invalid = (message: string, doc: string) => new HttpError(422, errorBody(422, `Invalid request.\n\n${message}`, doc));
const validationFailed = (resource: string, field: string, message: string, doc: string, code = 'custom') =>
  new HttpError(422, errorBody(422, 'Validation Failed', doc, { errors: [{ resource, code, field, message }] }));

function forbidden(token: Token, doc: string, permission?: Permission): HttpError {
  const message = token.type === 'User' ? 'Resource not accessible by personal access token' : 'Resource not accessible by integration';
  return new HttpError(403, errorBody(403, message, doc), permission ? { 'x-accepted-github-permissions': `${PERMISSION_NAMES[permission]}=write` } : {});
}

const DOCS = {
  root: 'https://docs.github.com/rest',
  repo: 'https://docs.github.com/rest/repos/repos#get-a-repository',
  getPull: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  listCommitPulls: 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
  listIssues: 'https://docs.github.com/rest/issues/issues#list-repository-issues',
  createIssue: 'https://docs.github.com/rest/issues/issues#create-an-issue',
  getIssue: 'https://docs.github.com/rest/issues/issues#get-an-issue',
  updateIssue: 'https://docs.github.com/rest/issues/issues#update-an-issue',
  listComments: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  createComment: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  getComment: 'https://docs.github.com/rest/issues/comments#get-an-issue-comment',
  updateComment: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  deleteComment: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
  listCommitComments: 'https://docs.github.com/rest/commits/comments#list-comments-for-a-commit',
  createCommitComment: 'https://docs.github.com/rest/commits/comments#create-a-commit-comment',
  getCommitComment: 'https://docs.github.com/rest/commits/comments#get-a-commit-comment',
  updateCommitComment: 'https://docs.github.com/rest/commits/comments#update-a-commit-comment',
  deleteCommitComment: 'https://docs.github.com/rest/commits/comments#delete-a-commit-comment',
  createCheckRun: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
  getCheckRun: 'https://docs.github.com/rest/checks/runs#get-a-check-run',
  updateCheckRun: 'https://docs.github.com/rest/checks/runs#update-a-check-run',
  listCheckRuns: 'https://docs.github.com/rest/checks/runs#list-check-runs-for-a-git-reference',
  graphql: 'https://docs.github.com/graphql',
};

// ---------------------------------------------------------------------------------------------
// REST representations
// ---------------------------------------------------------------------------------------------

function restUser(state: State, login: string): Record<string, unknown> {
  const id = userId(login);
  const bot = isBot(login);
  return {
    login,
    id,
    node_id: nodeId(bot ? 'BOT_kgDO' : 'U_kgDO', id),
    avatar_url: bot ? `https://avatars.githubusercontent.com/in/${id % 100000}?v=4` : `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${state.apiUrl}/users/${encodeURIComponent(login)}`,
    html_url: bot ? `${HTML}/apps/${graphqlLogin(login)}` : `${HTML}/${login}`,
    type: bot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

function association(repo: Repo, login: string): string {
  return login.toLowerCase() === repo.owner.toLowerCase() ? 'OWNER' : 'NONE';
}

function restRepo(state: State, repo: Repo, fork = false, owner = repo.owner): Record<string, unknown> {
  const fullName = `${owner}/${repo.name}`;
  return {
    id: fork ? repo.id + 1 : repo.id,
    node_id: fork ? nodeId('R_kgDO', repo.id + 1) : repo.nodeId,
    name: repo.name,
    full_name: fullName,
    private: false,
    owner: restUser(state, owner),
    html_url: `${HTML}/${fullName}`,
    fork,
    url: `${state.apiUrl}/repos/${fullName}`,
    default_branch: 'main',
    visibility: 'public',
  };
}

function itemHtmlUrl(item: Item): string {
  return `${HTML}/${item.repo.fullName}/${item.kind === 'pull' ? 'pull' : 'issues'}/${item.number}`;
}

function restLabel(state: State, repo: Repo, name: string): Record<string, unknown> {
  const label = state.label(repo, name);
  return { id: label.id, node_id: label.nodeId, url: `${state.apiUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`, name: label.name, color: label.color, default: false, description: null };
}

function restIssue(state: State, item: Item): Record<string, unknown> {
  const base = `${state.apiUrl}/repos/${item.repo.fullName}`;
  return {
    url: `${base}/issues/${item.number}`,
    repository_url: base,
    labels_url: `${base}/issues/${item.number}/labels{/name}`,
    comments_url: `${base}/issues/${item.number}/comments`,
    events_url: `${base}/issues/${item.number}/events`,
    html_url: itemHtmlUrl(item),
    id: item.id,
    node_id: item.nodeId,
    number: item.number,
    title: item.title,
    user: restUser(state, item.author),
    labels: item.labels.map((name) => restLabel(state, item.repo, name)),
    state: item.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: item.comments.length,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    closed_at: item.closedAt,
    author_association: association(item.repo, item.author),
    ...(item.kind === 'pull'
      ? { draft: false, pull_request: { url: `${base}/pulls/${item.number}`, html_url: itemHtmlUrl(item), diff_url: `${itemHtmlUrl(item)}.diff`, patch_url: `${itemHtmlUrl(item)}.patch`, merged_at: null } }
      : {}),
    body: item.body === '' ? null : item.body,
    reactions: reactions(`${base}/issues/${item.number}/reactions`),
    timeline_url: `${base}/issues/${item.number}/timeline`,
    state_reason: item.stateReason,
  };
}

function restPull(state: State, item: Item): Record<string, unknown> {
  const pull = item.pull!;
  const base = `${state.apiUrl}/repos/${item.repo.fullName}`;
  const headOwner = pull.fork ? `${item.author}-fork` : item.repo.owner;
  const headRef = `feature-${item.number}`;
  return {
    url: `${base}/pulls/${item.number}`,
    id: item.id,
    node_id: item.nodeId,
    html_url: itemHtmlUrl(item),
    diff_url: `${itemHtmlUrl(item)}.diff`,
    patch_url: `${itemHtmlUrl(item)}.patch`,
    issue_url: `${base}/issues/${item.number}`,
    commits_url: `${base}/pulls/${item.number}/commits`,
    review_comments_url: `${base}/pulls/${item.number}/comments`,
    comments_url: `${base}/issues/${item.number}/comments`,
    statuses_url: `${base}/statuses/${pull.headSha}`,
    number: item.number,
    state: item.state,
    locked: false,
    title: item.title,
    user: restUser(state, item.author),
    body: item.body === '' ? null : item.body,
    labels: item.labels.map((name) => restLabel(state, item.repo, name)),
    milestone: null,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    closed_at: item.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    draft: false,
    head: { label: `${headOwner}:${headRef}`, ref: headRef, sha: pull.headSha, user: restUser(state, headOwner), repo: restRepo(state, item.repo, pull.fork, headOwner) },
    base: { label: `${item.repo.owner}:main`, ref: 'main', sha: pull.baseSha, user: restUser(state, item.repo.owner), repo: restRepo(state, item.repo) },
    author_association: association(item.repo, item.author),
    merged: false,
    mergeable: null,
    mergeable_state: 'unknown',
    comments: item.comments.length,
    review_comments: 0,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

function reactions(url: string): Record<string, unknown> {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

function commentHtmlUrl(comment: Comment): string {
  return `${itemHtmlUrl(comment.item)}#issuecomment-${comment.id}`;
}

function restComment(state: State, comment: Comment): Record<string, unknown> {
  const base = `${state.apiUrl}/repos/${comment.item.repo.fullName}`;
  return {
    url: `${base}/issues/comments/${comment.id}`,
    html_url: commentHtmlUrl(comment),
    issue_url: `${base}/issues/${comment.item.number}`,
    id: comment.id,
    node_id: comment.nodeId,
    user: restUser(state, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: association(comment.item.repo, comment.author),
    body: comment.body,
    reactions: reactions(`${base}/issues/comments/${comment.id}/reactions`),
    performed_via_github_app: null,
  };
}

function restCommitComment(state: State, comment: CommitComment): Record<string, unknown> {
  const base = `${state.apiUrl}/repos/${comment.repo.fullName}`;
  return {
    url: `${base}/comments/${comment.id}`,
    html_url: `${HTML}/${comment.repo.fullName}/commit/${comment.sha}#commitcomment-${comment.id}`,
    id: comment.id,
    node_id: comment.nodeId,
    user: restUser(state, comment.author),
    position: comment.position,
    line: comment.line,
    path: comment.path,
    commit_id: comment.sha,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: association(comment.repo, comment.author),
    body: comment.body,
    reactions: reactions(`${base}/comments/${comment.id}/reactions`),
  };
}

function restCheckRun(state: State, run: CheckRun): Record<string, unknown> {
  const base = `${state.apiUrl}/repos/${run.repo.fullName}`;
  return {
    id: run.id,
    name: run.name,
    node_id: run.nodeId,
    head_sha: run.headSha,
    external_id: run.externalId,
    url: `${base}/check-runs/${run.id}`,
    html_url: `${HTML}/${run.repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${HTML}/${run.repo.fullName}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotationsCount,
      annotations_url: `${base}/check-runs/${run.id}/annotations`,
    },
    check_suite: { id: 10_000_000_000 + (run.id % 1_000_000) },
    app: { id: 15368, slug: 'github-actions', node_id: 'MDM6QXBwMTUzNjg=', name: 'GitHub Actions', owner: restUser(state, 'github') },
    pull_requests: [],
  };
}

// ---------------------------------------------------------------------------------------------
// REST routing
// ---------------------------------------------------------------------------------------------

interface Ctx {
  state: State;
  method: string;
  url: URL;
  token: Token;
  rawBody: string;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function jsonBody(ctx: Ctx, doc: string): Record<string, unknown> {
  if (ctx.rawBody.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.rawBody);
  } catch {
    throw new HttpError(400, errorBody(400, 'Problems parsing JSON', doc));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new HttpError(400, errorBody(400, 'Problems parsing JSON', doc));
  return parsed as Record<string, unknown>;
}

function requiredString(body: Record<string, unknown>, field: string, doc: string): string {
  const value = body[field];
  if (value === undefined || value === null) throw invalid(`"${field}" wasn't supplied.`, doc);
  if (typeof value !== 'string') throw invalid(`For 'properties/${field}', ${JSON.stringify(value)} is not a string.`, doc);
  return value;
}

function optionalString(body: Record<string, unknown>, field: string, doc: string): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (value !== null && typeof value !== 'string') throw invalid(`For 'properties/${field}', ${JSON.stringify(value)} is not a string or null.`, doc);
  return value ?? undefined;
}

function checkCommentBody(body: string, resource: string, doc: string): void {
  if (charLength(body) > COMMENT_MAX) throw validationFailed(resource, 'body', `body is too long (maximum is ${COMMENT_MAX} characters)`, doc);
}

function requireWrite(ctx: Ctx, permission: Permission, doc: string): void {
  if (ctx.token.permissions[permission] !== 'write') throw forbidden(ctx.token, doc, permission);
}

function itemPermission(item: Item): Permission {
  return item.kind === 'pull' ? 'pullRequests' : 'issues';
}

function pageOf<T>(ctx: Ctx, items: T[], linkPath: string): { page: T[]; headers: Record<string, string> } {
  const q = ctx.url.searchParams;
  const rawPerPage = Number.parseInt(q.get('per_page') ?? '', 10);
  const perPage = Number.isNaN(rawPerPage) || rawPerPage < 1 ? 30 : Math.min(rawPerPage, 100);
  const rawPage = Number.parseInt(q.get('page') ?? '', 10);
  const page = Number.isNaN(rawPage) || rawPage < 1 ? 1 : rawPage;
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string) => {
    const params = new URLSearchParams(q);
    params.set('page', String(n));
    return `<${ctx.state.apiUrl}${linkPath}?${params.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { page: slice, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

function findItem(repo: Repo, number: string, doc: string): Item {
  const item = repo.items.get(Number(number));
  if (!item) throw notFound(doc);
  return item;
}

function findComment(ctx: Ctx, repo: Repo, id: string, doc: string): Comment {
  const comment = ctx.state.comments.get(Number(id));
  if (!comment || comment.item.repo !== repo) throw notFound(doc);
  return comment;
}

function findCommitComment(ctx: Ctx, repo: Repo, id: string, doc: string): CommitComment {
  const comment = ctx.state.commitComments.get(Number(id));
  if (!comment || comment.repo !== repo) throw notFound(doc);
  return comment;
}

function findCheckRun(ctx: Ctx, repo: Repo, id: string, doc: string): CheckRun {
  const run = ctx.state.checkRuns.get(Number(id));
  if (!run || run.repo !== repo) throw notFound(doc);
  return run;
}

function commitSha(sha: string, doc: string): string {
  if (!/^[0-9a-f]{40}$/i.test(sha)) throw new HttpError(422, errorBody(422, `No commit found for SHA: ${sha}`, doc));
  return sha.toLowerCase();
}

function applyLabels(state: State, repo: Repo, value: unknown, doc: string): string[] {
  if (!Array.isArray(value)) throw invalid(`For 'properties/labels', ${JSON.stringify(value)} is not an array.`, doc);
  const names = value.map((label: unknown) => {
    if (typeof label === 'string') return label;
    if (typeof label === 'object' && label !== null && typeof (label as { name?: unknown }).name === 'string') return (label as { name: string }).name;
    throw invalid(`For 'items', ${JSON.stringify(label)} is not a string or object.`, doc);
  });
  return uniqueLabels(state, repo, names);
}

const CHECK_STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
const CHECK_CONCLUSIONS = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'stale', 'timed_out'];

function applyCheckRun(ctx: Ctx, run: CheckRun, body: Record<string, unknown>, doc: string, creating: boolean): void {
  const name = creating ? requiredString(body, 'name', doc) : optionalString(body, 'name', doc);
  const status = optionalString(body, 'status', doc);
  const conclusion = optionalString(body, 'conclusion', doc);
  if (status !== undefined && !CHECK_STATUSES.includes(status)) throw invalid(`For 'properties/status', "${status}" is not one of ${JSON.stringify(CHECK_STATUSES)}.`, doc);
  if (conclusion !== undefined && !CHECK_CONCLUSIONS.includes(conclusion)) throw invalid(`For 'properties/conclusion', "${conclusion}" is not one of ${JSON.stringify(CHECK_CONCLUSIONS)}.`, doc);
  const output = body.output;
  let newOutput: CheckRun['output'] | undefined;
  if (output !== undefined && output !== null) {
    if (typeof output !== 'object' || Array.isArray(output)) throw invalid(`For 'properties/output', ${JSON.stringify(output)} is not an object.`, doc);
    const o = output as Record<string, unknown>;
    const title = creating ? requiredString(o, 'title', doc) : optionalString(o, 'title', doc);
    const summary = requiredString(o, 'summary', doc);
    const text = optionalString(o, 'text', doc);
    for (const [field, value] of [['summary', summary], ['text', text]] as const) {
      if (value === undefined) continue;
      const chars = charLength(value);
      // GitHub checks the length in characters first (schema), then the size in bytes.
      if (chars > CHECK_MAX) throw invalid(`Only ${CHECK_MAX} characters are allowed; ${chars} were supplied.`, doc);
      if (Buffer.byteLength(value, 'utf8') > CHECK_MAX) throw validationFailed('CheckRun', field, `${field} exceeds a maximum bytesize of ${CHECK_MAX}`, doc);
    }
    const annotations = o.annotations;
    if (annotations !== undefined && (!Array.isArray(annotations) || annotations.length > 50)) throw invalid(`For 'properties/annotations', at most 50 annotations are allowed per request.`, doc);
    newOutput = { title: title ?? run.output.title, summary, text: text ?? (creating ? null : run.output.text), annotationsCount: run.output.annotationsCount + (Array.isArray(annotations) ? annotations.length : 0) };
  }
  if (name !== undefined) run.name = name;
  if (newOutput) run.output = newOutput;
  if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
  if (typeof body.external_id === 'string') run.externalId = body.external_id;
  if (conclusion !== undefined) {
    run.conclusion = conclusion;
    run.status = 'completed';
    run.completedAt = typeof body.completed_at === 'string' ? body.completed_at : ctx.state.timestamp();
  } else if (status !== undefined) {
    if (status === 'completed' && run.conclusion === null) throw invalid(`"conclusion" wasn't supplied.`, doc);
    run.status = status;
  }
}

function restRepoRoute(ctx: Ctx, repo: Repo, rest: string, linkBase: string): Reply {
  const { state, method } = ctx;
  let m: RegExpMatchArray | null;

  if (rest === '' && method === 'GET') return { status: 200, body: restRepo(state, repo) };

  if ((m = rest.match(/^\/pulls\/(\d+)$/)) && method === 'GET') {
    const item = findItem(repo, m[1]!, DOCS.getPull);
    if (item.kind !== 'pull') throw notFound(DOCS.getPull);
    return { status: 200, body: restPull(state, item) };
  }

  if (rest === '/issues' && method === 'GET') {
    const q = ctx.url.searchParams;
    const wanted = q.get('state') ?? 'open';
    const labels = (q.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter((l) => l !== '');
    const creator = q.get('creator');
    const since = q.get('since');
    let items = [...repo.items.values()].filter(
      (item) =>
        (wanted === 'all' || item.state === wanted) &&
        labels.every((label) => item.labels.some((l) => l.toLowerCase() === label)) &&
        (creator === null || item.author.toLowerCase() === creator.toLowerCase() || graphqlLogin(item.author).toLowerCase() === creator.toLowerCase()) &&
        (since === null || item.updatedAt >= since),
    );
    const sort = q.get('sort') ?? 'created';
    const key = (item: Item): string | number => (sort === 'updated' ? item.updatedAt : sort === 'comments' ? item.comments.length : item.id);
    items = items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
    if ((q.get('direction') ?? 'desc') === 'desc') items.reverse();
    const { page, headers } = pageOf(ctx, items, `${linkBase}/issues`);
    return { status: 200, body: page.map((item) => restIssue(state, item)), headers };
  }

  if (rest === '/issues' && method === 'POST') {
    const doc = DOCS.createIssue;
    requireWrite(ctx, 'issues', doc);
    const body = jsonBody(ctx, doc);
    const title = body.title;
    if (title === undefined || title === null) throw invalid(`"title" wasn't supplied.`, doc);
    if (typeof title !== 'string' && typeof title !== 'number') throw invalid(`For 'properties/title', ${JSON.stringify(title)} is not a string or integer.`, doc);
    if (String(title).trim() === '') throw validationFailed('Issue', 'title', 'title can\'t be blank', doc, 'missing_field');
    const text = optionalString(body, 'body', doc) ?? '';
    checkCommentBody(text, 'Issue', doc);
    const labels = body.labels === undefined ? [] : applyLabels(state, repo, body.labels, doc);
    const item = state.newItem(repo, 'issue', undefined, { title: String(title), body: text, labels, author: ctx.token.login });
    return { status: 201, body: restIssue(state, item), headers: { location: `${state.apiUrl}/repos/${repo.fullName}/issues/${item.number}` } };
  }

  if ((m = rest.match(/^\/issues\/(\d+)$/))) {
    if (method === 'GET') return { status: 200, body: restIssue(state, findItem(repo, m[1]!, DOCS.getIssue)) };
    if (method === 'PATCH') {
      const doc = DOCS.updateIssue;
      const item = findItem(repo, m[1]!, doc);
      requireWrite(ctx, itemPermission(item), doc);
      const body = jsonBody(ctx, doc);
      const title = optionalString(body, 'title', doc);
      const text = optionalString(body, 'body', doc);
      const newState = optionalString(body, 'state', doc);
      if (newState !== undefined && newState !== 'open' && newState !== 'closed') throw invalid(`For 'properties/state', "${newState}" is not one of ["open","closed"].`, doc);
      if (text !== undefined) checkCommentBody(text, 'Issue', doc);
      const labels = body.labels === undefined ? undefined : applyLabels(state, repo, body.labels, doc);
      if (title !== undefined) item.title = title;
      if (body.body !== undefined) item.body = text ?? '';
      if (labels) item.labels = labels;
      item.updatedAt = state.timestamp();
      if (newState !== undefined && newState !== item.state) {
        item.state = newState;
        item.closedAt = newState === 'closed' ? item.updatedAt : null;
        item.stateReason = newState === 'closed' ? (optionalString(body, 'state_reason', doc) ?? 'completed') : 'reopened';
      }
      return { status: 200, body: restIssue(state, item) };
    }
  }

  if ((m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
    if (method === 'GET') {
      const item = findItem(repo, m[1]!, DOCS.listComments);
      const since = ctx.url.searchParams.get('since');
      const all = since === null ? item.comments : item.comments.filter((c) => c.updatedAt >= since);
      const { page, headers } = pageOf(ctx, all, `${linkBase}/issues/${item.number}/comments`);
      return { status: 200, body: page.map((c) => restComment(state, c)), headers };
    }
    if (method === 'POST') {
      const doc = DOCS.createComment;
      const item = findItem(repo, m[1]!, doc);
      requireWrite(ctx, itemPermission(item), doc);
      const text = requiredString(jsonBody(ctx, doc), 'body', doc);
      checkCommentBody(text, 'IssueComment', doc);
      const comment = state.addComment(item, text, ctx.token.login, state.timestamp());
      item.updatedAt = comment.createdAt;
      return { status: 201, body: restComment(state, comment), headers: { location: `${state.apiUrl}/repos/${repo.fullName}/issues/comments/${comment.id}` } };
    }
  }

  if ((m = rest.match(/^\/issues\/comments\/(\d+)$/))) {
    if (method === 'GET') return { status: 200, body: restComment(state, findComment(ctx, repo, m[1]!, DOCS.getComment)) };
    if (method === 'PATCH') {
      const doc = DOCS.updateComment;
      const comment = findComment(ctx, repo, m[1]!, doc);
      requireWrite(ctx, itemPermission(comment.item), doc);
      if (comment.author !== ctx.token.login) throw forbidden(ctx.token, doc);
      const text = requiredString(jsonBody(ctx, doc), 'body', doc);
      checkCommentBody(text, 'IssueComment', doc);
      comment.body = text;
      comment.updatedAt = state.timestamp();
      return { status: 200, body: restComment(state, comment) };
    }
    if (method === 'DELETE') {
      const doc = DOCS.deleteComment;
      const comment = findComment(ctx, repo, m[1]!, doc);
      requireWrite(ctx, itemPermission(comment.item), doc);
      if (comment.author !== ctx.token.login) throw forbidden(ctx.token, doc);
      state.deleteComment(comment);
      return { status: 204 };
    }
  }

  if ((m = rest.match(/^\/commits\/([^/]+)\/comments$/))) {
    if (method === 'GET') {
      const sha = commitSha(m[1]!, DOCS.listCommitComments);
      const { page, headers } = pageOf(ctx, repo.commitComments.get(sha) ?? [], `${linkBase}/commits/${sha}/comments`);
      return { status: 200, body: page.map((c) => restCommitComment(state, c)), headers };
    }
    if (method === 'POST') {
      const doc = DOCS.createCommitComment;
      requireWrite(ctx, 'contents', doc);
      const sha = commitSha(m[1]!, doc);
      const body = jsonBody(ctx, doc);
      const text = requiredString(body, 'body', doc);
      checkCommentBody(text, 'CommitComment', doc);
      const id = state.next('commitComment');
      const at = state.timestamp();
      const comment: CommitComment = {
        id,
        nodeId: nodeId('CC_kwDO', id),
        repo,
        sha,
        body: text,
        author: ctx.token.login,
        path: optionalString(body, 'path', doc) ?? null,
        position: typeof body.position === 'number' ? body.position : null,
        line: typeof body.line === 'number' ? body.line : null,
        createdAt: at,
        updatedAt: at,
      };
      const list = repo.commitComments.get(sha) ?? [];
      list.push(comment);
      repo.commitComments.set(sha, list);
      state.commitComments.set(id, comment);
      return { status: 201, body: restCommitComment(state, comment), headers: { location: `${state.apiUrl}/repos/${repo.fullName}/comments/${id}` } };
    }
  }

  if ((m = rest.match(/^\/comments\/(\d+)$/))) {
    if (method === 'GET') return { status: 200, body: restCommitComment(state, findCommitComment(ctx, repo, m[1]!, DOCS.getCommitComment)) };
    if (method === 'PATCH' || method === 'DELETE') {
      const doc = method === 'PATCH' ? DOCS.updateCommitComment : DOCS.deleteCommitComment;
      const comment = findCommitComment(ctx, repo, m[1]!, doc);
      requireWrite(ctx, 'contents', doc);
      if (comment.author !== ctx.token.login) throw forbidden(ctx.token, doc);
      if (method === 'DELETE') {
        const list = repo.commitComments.get(comment.sha) ?? [];
        list.splice(list.indexOf(comment), 1);
        state.commitComments.delete(comment.id);
        return { status: 204 };
      }
      const text = requiredString(jsonBody(ctx, doc), 'body', doc);
      checkCommentBody(text, 'CommitComment', doc);
      comment.body = text;
      comment.updatedAt = state.timestamp();
      return { status: 200, body: restCommitComment(state, comment) };
    }
  }

  if ((m = rest.match(/^\/commits\/([^/]+)\/pulls$/)) && method === 'GET') {
    // the pull requests whose head is the commit, open and closed (GitHub's answer for a commit
    // outside the default branch), oldest first, paginated
    const sha = commitSha(m[1]!, DOCS.listCommitPulls);
    const pulls = [...repo.items.values()].filter((item) => item.kind === 'pull' && item.pull?.headSha.toLowerCase() === sha).sort((a, b) => a.number - b.number);
    const { page, headers } = pageOf(ctx, pulls, `${linkBase}/commits/${sha}/pulls`);
    return { status: 200, body: page.map((item) => restPull(state, item)), headers };
  }

  if ((m = rest.match(/^\/commits\/([^/]+)\/check-runs$/)) && method === 'GET') {
    const sha = commitSha(m[1]!, DOCS.listCheckRuns);
    const runs = repo.checkRuns.filter((run) => run.headSha === sha).reverse();
    const { page, headers } = pageOf(ctx, runs, `${linkBase}/commits/${sha}/check-runs`);
    return { status: 200, body: { total_count: runs.length, check_runs: page.map((run) => restCheckRun(state, run)) }, headers };
  }

  if (rest === '/check-runs' && method === 'POST') {
    const doc = DOCS.createCheckRun;
    requireWrite(ctx, 'checks', doc);
    const body = jsonBody(ctx, doc);
    const headSha = requiredString(body, 'head_sha', doc);
    if (!/^[0-9a-f]{40}$/i.test(headSha)) throw validationFailed('CheckRun', 'head_sha', 'No commit found for SHA: ' + headSha, doc, 'invalid');
    const id = state.next('checkRun');
    const run: CheckRun = {
      id,
      nodeId: nodeId('CR_kwDO', id),
      repo,
      name: '',
      headSha: headSha.toLowerCase(),
      status: 'queued',
      conclusion: null,
      startedAt: typeof body.started_at === 'string' ? body.started_at : state.timestamp(),
      completedAt: null,
      detailsUrl: null,
      externalId: '',
      output: { title: null, summary: null, text: null, annotationsCount: 0 },
    };
    applyCheckRun(ctx, run, body, doc, true);
    repo.checkRuns.push(run);
    state.checkRuns.set(id, run);
    return { status: 201, body: restCheckRun(state, run), headers: { location: `${state.apiUrl}/repos/${repo.fullName}/check-runs/${id}` } };
  }

  if ((m = rest.match(/^\/check-runs\/(\d+)$/))) {
    if (method === 'GET') return { status: 200, body: restCheckRun(state, findCheckRun(ctx, repo, m[1]!, DOCS.getCheckRun)) };
    if (method === 'PATCH') {
      const doc = DOCS.updateCheckRun;
      const run = findCheckRun(ctx, repo, m[1]!, doc);
      requireWrite(ctx, 'checks', doc);
      applyCheckRun(ctx, run, jsonBody(ctx, doc), doc, false);
      return { status: 200, body: restCheckRun(state, run) };
    }
  }

  throw notFound(DOCS.root);
}

function restRoute(ctx: Ctx): Reply {
  const path = ctx.url.pathname;
  const m = path.match(/^\/(?:repos\/([^/]+)\/([^/]+)|repositories\/(\d+))(\/.*)?$/);
  if (!m) throw notFound(DOCS.root);
  const repo = m[3] !== undefined ? ctx.state.reposById.get(Number(m[3])) : ctx.state.repos.get(`${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`.toLowerCase());
  const rest = m[4] ?? '';
  if (!repo) throw notFound(rest === '' ? DOCS.repo : DOCS.root);
  return restRepoRoute(ctx, repo, rest, `/repositories/${repo.id}`);
}

// ---------------------------------------------------------------------------------------------
// GraphQL
// ---------------------------------------------------------------------------------------------

const SDL = /* GraphQL */ `
  scalar DateTime
  scalar URI
  scalar GitObjectID
  scalar BigInt

  interface Node {
    id: ID!
  }

  interface Actor {
    login: String!
    avatarUrl(size: Int): URI!
    resourcePath: URI!
    url: URI!
  }

  interface RepositoryOwner {
    id: ID!
    login: String!
    url: URI!
  }

  type User implements Node & Actor & RepositoryOwner {
    id: ID!
    databaseId: Int
    login: String!
    name: String
    avatarUrl(size: Int): URI!
    resourcePath: URI!
    url: URI!
  }

  type Bot implements Node & Actor {
    id: ID!
    databaseId: Int
    login: String!
    avatarUrl(size: Int): URI!
    resourcePath: URI!
    url: URI!
  }

  enum CommentAuthorAssociation {
    COLLABORATOR
    CONTRIBUTOR
    FIRST_TIMER
    FIRST_TIME_CONTRIBUTOR
    MANNEQUIN
    MEMBER
    NONE
    OWNER
  }

  type PageInfo {
    endCursor: String
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
  }

  interface Minimizable {
    isMinimized: Boolean!
    minimizedReason: String
    viewerCanMinimize: Boolean!
  }

  type IssueComment implements Node & Minimizable {
    id: ID!
    databaseId: Int
    fullDatabaseId: BigInt
    body: String!
    url: URI!
    resourcePath: URI!
    isMinimized: Boolean!
    minimizedReason: String
    viewerCanMinimize: Boolean!
    viewerCanUpdate: Boolean!
    viewerCanDelete: Boolean!
    viewerDidAuthor: Boolean!
    createdAt: DateTime!
    updatedAt: DateTime!
    lastEditedAt: DateTime
    author: Actor
    authorAssociation: CommentAuthorAssociation!
    issue: Issue!
    pullRequest: PullRequest
    repository: Repository!
  }

  type IssueCommentEdge {
    cursor: String!
    node: IssueComment
  }

  type IssueCommentConnection {
    edges: [IssueCommentEdge]
    nodes: [IssueComment]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Label implements Node {
    id: ID!
    name: String!
    color: String!
    description: String
  }

  type LabelEdge {
    cursor: String!
    node: Label
  }

  type LabelConnection {
    edges: [LabelEdge]
    nodes: [Label]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  enum IssueState {
    CLOSED
    OPEN
  }

  enum PullRequestState {
    CLOSED
    MERGED
    OPEN
  }

  type Issue implements Node {
    id: ID!
    databaseId: Int
    number: Int!
    title: String!
    body: String!
    url: URI!
    state: IssueState!
    author: Actor
    createdAt: DateTime!
    updatedAt: DateTime!
    closedAt: DateTime
    repository: Repository!
    comments(after: String, before: String, first: Int, last: Int): IssueCommentConnection!
    labels(after: String, before: String, first: Int, last: Int): LabelConnection
  }

  type PullRequest implements Node {
    id: ID!
    databaseId: Int
    number: Int!
    title: String!
    body: String!
    url: URI!
    state: PullRequestState!
    isDraft: Boolean!
    isCrossRepository: Boolean!
    headRefName: String!
    headRefOid: GitObjectID!
    baseRefName: String!
    baseRefOid: GitObjectID!
    author: Actor
    createdAt: DateTime!
    updatedAt: DateTime!
    closedAt: DateTime
    repository: Repository!
    comments(after: String, before: String, first: Int, last: Int): IssueCommentConnection!
    labels(after: String, before: String, first: Int, last: Int): LabelConnection
  }

  union IssueOrPullRequest = Issue | PullRequest

  type Repository implements Node {
    id: ID!
    databaseId: Int
    name: String!
    nameWithOwner: String!
    owner: RepositoryOwner!
    url: URI!
    isPrivate: Boolean!
    issue(number: Int!): Issue
    pullRequest(number: Int!): PullRequest
    issueOrPullRequest(number: Int!): IssueOrPullRequest
  }

  type RateLimit {
    cost: Int!
    limit: Int!
    nodeCount: Int!
    remaining: Int!
    resetAt: DateTime!
    used: Int!
  }

  type Query {
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
    rateLimit(dryRun: Boolean = false): RateLimit
    repository(followRenames: Boolean = true, name: String!, owner: String!): Repository
    viewer: User!
  }

  enum ReportedContentClassifiers {
    ABUSE
    DUPLICATE
    OFF_TOPIC
    OUTDATED
    RESOLVED
    SPAM
  }

  input MinimizeCommentInput {
    classifier: ReportedContentClassifiers!
    clientMutationId: String
    subjectId: ID!
  }

  type MinimizeCommentPayload {
    clientMutationId: String
    minimizedComment: Minimizable
  }

  input UnminimizeCommentInput {
    clientMutationId: String
    subjectId: ID!
  }

  type UnminimizeCommentPayload {
    clientMutationId: String
    unminimizedComment: Minimizable
  }

  input AddCommentInput {
    body: String!
    clientMutationId: String
    subjectId: ID!
  }

  type AddCommentPayload {
    clientMutationId: String
    commentEdge: IssueCommentEdge
    subject: Node
  }

  input UpdateIssueCommentInput {
    body: String!
    clientMutationId: String
    id: ID!
  }

  type UpdateIssueCommentPayload {
    clientMutationId: String
    issueComment: IssueComment
  }

  input DeleteIssueCommentInput {
    clientMutationId: String
    id: ID!
  }

  type DeleteIssueCommentPayload {
    clientMutationId: String
  }

  type Mutation {
    addComment(input: AddCommentInput!): AddCommentPayload
    deleteIssueComment(input: DeleteIssueCommentInput!): DeleteIssueCommentPayload
    minimizeComment(input: MinimizeCommentInput!): MinimizeCommentPayload
    unminimizeComment(input: UnminimizeCommentInput!): UnminimizeCommentPayload
    updateIssueComment(input: UpdateIssueCommentInput!): UpdateIssueCommentPayload
  }
`;

const schema = buildSchema(SDL);

/** An execution error GitHub reports with a `type` (NOT_FOUND, FORBIDDEN, UNPROCESSABLE...). */
class TypedError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

interface GqlContext {
  state: State;
  token: Token;
  bucket: Bucket;
}

type Json = Record<string, unknown>;

// --- validation in graphql-ruby's words --------------------------------------------------------

function pathOf(ancestors: readonly (ASTNode | readonly ASTNode[])[], node?: ASTNode): string[] {
  const path: string[] = [];
  for (const entry of [...ancestors, ...(node ? [node] : [])]) {
    if (Array.isArray(entry)) continue;
    const n = entry as ASTNode;
    if (n.kind === Kind.OPERATION_DEFINITION) path.push(n.name ? `${n.operation} ${n.name.value}` : n.operation);
    else if (n.kind === Kind.FRAGMENT_DEFINITION) path.push(`fragment ${n.name.value}`);
    else if (n.kind === Kind.FIELD) path.push(n.alias?.value ?? n.name.value);
    else if (n.kind === Kind.INLINE_FRAGMENT) path.push(n.typeCondition ? `... on ${n.typeCondition.name.value}` : '...');
    else if (n.kind === Kind.ARGUMENT) path.push(n.name.value);
  }
  return path;
}

function hasVariable(node: ASTNode): boolean {
  let found = false;
  visit(node, {
    Variable() {
      found = true;
    },
  });
  return found;
}

const GitHubStyleRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const report = (message: string, node: ASTNode, path: string[], extensions: Json) => context.reportError(new GraphQLError(message, { nodes: node, path, extensions }));
  return {
    Field: {
      enter(node, _key, _parent, _path, ancestors) {
        const parentType = context.getParentType();
        const name = node.name.value;
        const path = pathOf(ancestors, node);
        if (!parentType) return;
        const def = context.getFieldDef();
        if (!def) {
          if (isUnionType(parentType)) {
            report(`Selections can't be made directly on unions (see selections on ${parentType.name})`, node, path, { code: 'selectionMismatch', nodeName: parentType.name });
          } else {
            report(`Field '${name}' doesn't exist on type '${parentType.name}'`, node, path, { code: 'undefinedField', typeName: parentType.name, fieldName: name });
          }
          return false;
        }
        const named = getNamedType(def.type);
        if (isLeafType(named) && node.selectionSet) {
          const selected = node.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? `"${s.name.value}"` : `"..."`)).join(', ');
          report(`Selections can't be made on scalars (field '${name}' returns ${named.name} but has selections [${selected}])`, node, path, {
            code: 'selectionMismatch',
            nodeName: `field '${name}'`,
            typeName: named.name,
          });
        } else if (!isLeafType(named) && !node.selectionSet) {
          report(`Field must have selections (field '${name}' returns ${named.name} but has no selections. Did you mean '${name} { ... }'?)`, node, path, {
            code: 'selectionMismatch',
            nodeName: `field '${name}'`,
            typeName: named.name,
          });
        }
        const given = new Set((node.arguments ?? []).map((a) => a.name.value));
        const missing = def.args.filter((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined && !given.has(a.name)).map((a) => a.name);
        if (missing.length > 0) {
          report(`Field '${name}' is missing required arguments: ${missing.join(', ')}`, node, path, { code: 'missingRequiredArguments', className: 'Field', name, arguments: missing.join(', ') });
        }
        return undefined;
      },
    },
    Directive(node, _key, _parent, _path, ancestors) {
      const def = context.getDirective();
      if (!def) return;
      const given = new Set((node.arguments ?? []).map((a) => a.name.value));
      const missing = def.args.filter((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined && !given.has(a.name)).map((a) => a.name);
      if (missing.length > 0) {
        report(`Directive '${node.name.value}' is missing required arguments: ${missing.join(', ')}`, node, pathOf(ancestors), {
          code: 'missingRequiredArguments',
          className: 'Directive',
          name: node.name.value,
          arguments: missing.join(', '),
        });
      }
    },
    Argument(node, _key, parent, _path, ancestors) {
      const owner = parent as ASTNode | readonly ASTNode[] | undefined;
      const holder = Array.isArray(owner) ? (ancestors[ancestors.length - 1] as ASTNode | undefined) : (owner as ASTNode | undefined);
      const className = holder?.kind === Kind.DIRECTIVE ? 'Directive' : 'Field';
      const ownerName = holder && (holder.kind === Kind.DIRECTIVE || holder.kind === Kind.FIELD) ? holder.name.value : '';
      if (className === 'Field' && !context.getFieldDef()) return false;
      const def = context.getArgument();
      const path = pathOf(ancestors, node);
      if (!def) {
        report(`${className} '${ownerName}' doesn't accept argument '${node.name.value}'`, node, path, { code: 'argumentNotAccepted', name: ownerName, typeName: className, argumentName: node.name.value });
        return false;
      }
      if (!hasVariable(node.value) && valueFromAST(node.value, def.type) === undefined) {
        report(`Argument '${node.name.value}' on ${className} '${ownerName}' has an invalid value (${print(node.value)}). Expected type '${def.type.toString()}'.`, node, path, {
          code: 'argumentLiteralsIncompatible',
          typeName: className,
          argumentName: node.name.value,
        });
      }
      return false;
    },
    OperationDefinition: {
      leave(operation) {
        const label = operation.name ? operation.name.value : `anonymous ${operation.operation}`;
        const opPath = [operation.name ? `${operation.operation} ${operation.name.value}` : operation.operation];
        const usages = context.getRecursiveVariableUsages(operation);
        const defined = new Set((operation.variableDefinitions ?? []).map((d) => d.variable.name.value));
        const used = new Set<string>();
        for (const usage of usages) {
          const name = usage.node.name.value;
          if (!defined.has(name) && !used.has(name)) {
            report(`Variable $${name} is used by ${label} but not declared`, usage.node, opPath, { code: 'variableNotDefined', variableName: name });
          }
          used.add(name);
        }
        for (const definition of operation.variableDefinitions ?? []) {
          const name = definition.variable.name.value;
          if (!used.has(name)) report(`Variable $${name} is declared by ${label} but not used`, definition, opPath, { code: 'variableNotUsed', variableName: name });
        }
      },
    },
  };
};

const REPLACED_RULES = new Set<ValidationRule>([
  FieldsOnCorrectTypeRule,
  KnownArgumentNamesRule,
  ProvidedRequiredArgumentsRule,
  ScalarLeafsRule,
  NoUnusedVariablesRule,
  NoUndefinedVariablesRule,
  ValuesOfCorrectTypeRule,
]);
const RULES: ValidationRule[] = [...specifiedRules.filter((rule) => !REPLACED_RULES.has(rule)), GitHubStyleRule];

function formatError(error: GraphQLError): Json {
  const out: Json = {};
  const original = error.originalError;
  if (original instanceof TypedError) out.type = original.type;
  if (error.path) out.path = error.path;
  if (error.extensions && Object.keys(error.extensions).length > 0) out.extensions = error.extensions;
  if (error.locations) out.locations = error.locations;
  out.message = error.message;
  return out;
}

// --- connection limits, checked before execution as GitHub does -------------------------------

const CURSOR_PREFIX = 'cursor:v2:';

function encodeCursor(key: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${key}`).toString('base64');
}

function decodeCursor(cursor: string): number | undefined {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const m = text.match(/^cursor:v2:(\d+)$/);
  return m && Buffer.from(text).toString('base64') === cursor ? Number(m[1]) : undefined;
}

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

function connectionProblems(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Json[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const problems: Json[] = [];
  const fieldNames = (set: SelectionSetNode, seen = new Set<string>()): Set<string> => {
    const names = new Set<string>();
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) for (const n of fieldNames(sel.selectionSet, seen)) names.add(n);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = fragments.get(sel.name.value);
        if (fragment) for (const n of fieldNames(fragment.selectionSet, seen)) names.add(n);
      }
    }
    return names;
  };
  const problem = (type: string, message: string, node: FieldNode, path: string[]) => {
    const loc = node.loc?.startToken;
    problems.push({ type, path, locations: loc ? [{ line: loc.line, column: loc.column }] : [], message });
  };
  const walk = (set: SelectionSetNode, parentType: GraphQLCompositeType, path: string[], depth: number) => {
    if (depth > 50) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        const def: GraphQLField<unknown, unknown> | undefined = parentType.getFields()[sel.name.value];
        if (!def || !sel.selectionSet) continue;
        const fieldPath = [...path, sel.alias?.value ?? sel.name.value];
        const named = getNamedType(def.type);
        if (named.name.endsWith('Connection')) {
          const args = getArgumentValues(def, sel, variables) as ConnectionArgs;
          const name = sel.name.value;
          const names = fieldNames(sel.selectionSet);
          for (const bound of ['first', 'last'] as const) {
            const value = args[bound];
            if (value === undefined || value === null) continue;
            if (value < 0) problem('INVALID_PAGINATION', `\`${bound}\` on the connection cannot be less than zero.`, sel, fieldPath);
            else if (value > 100) problem('EXCESSIVE_PAGINATION', `Requesting ${value} records on the \`${name}\` connection exceeds the \`${bound}\` limit of 100 records.`, sel, fieldPath);
          }
          if ((names.has('nodes') || names.has('edges')) && (args.first === undefined || args.first === null) && (args.last === undefined || args.last === null)) {
            problem('MISSING_PAGINATION_BOUNDARIES', `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`, sel, fieldPath);
          }
          for (const cursorArg of ['after', 'before'] as const) {
            const cursor = args[cursorArg];
            if (typeof cursor === 'string' && decodeCursor(cursor) === undefined) problem('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`, sel, fieldPath);
          }
        }
        if (isCompositeType(named)) walk(sel.selectionSet, named, fieldPath, depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parentType;
        if (type && isCompositeType(type)) walk(sel.selectionSet, type, path, depth + 1);
      } else {
        const fragment = fragments.get(sel.name.value);
        const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment && type && isCompositeType(type)) walk(fragment.selectionSet, type, path, depth + 1);
      }
    }
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (root) walk(operation.selectionSet, root, [], 0);
  return problems;
}

/** Relay pagination over a list sorted by ascending key, as GitHub's connections page. */
function page<T>(items: T[], keyOf: (item: T) => number, args: ConnectionArgs): { slice: T[]; start: number; end: number } {
  const firstAtOrAfter = (key: number) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keyOf(items[mid]!) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let start = 0;
  let end = items.length;
  const after = args.after == null ? undefined : decodeCursor(args.after);
  const before = args.before == null ? undefined : decodeCursor(args.before);
  if (after !== undefined) start = firstAtOrAfter(after + 1);
  if (before !== undefined) end = Math.max(start, firstAtOrAfter(before));
  if (args.first != null && end - start > args.first) end = start + args.first;
  if (args.last != null && end - start > args.last) start = end - args.last;
  return { slice: items.slice(start, end), start, end };
}

function connection<T>(items: T[], keyOf: (item: T) => number, args: ConnectionArgs, view: (item: T) => unknown): Json {
  const { slice, start, end } = page(items, keyOf, args);
  const edges = slice.map((item) => ({ cursor: encodeCursor(keyOf(item)), node: view(item) }));
  return {
    totalCount: items.length,
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

// --- GraphQL views -----------------------------------------------------------------------------

function actorView(login: string): Json {
  const bot = isBot(login);
  const id = userId(login);
  const shown = graphqlLogin(login);
  return {
    __typename: bot ? 'Bot' : 'User',
    id: nodeId(bot ? 'BOT_kgDO' : 'U_kgDO', id),
    databaseId: id,
    login: shown,
    name: null,
    avatarUrl: `https://avatars.githubusercontent.com/${bot ? 'in' : 'u'}/${id}?v=4`,
    resourcePath: bot ? `/apps/${shown}` : `/${shown}`,
    url: bot ? `${HTML}/apps/${shown}` : `${HTML}/${shown}`,
  };
}

function canWrite(token: Token, item: Item): boolean {
  return token.permissions[itemPermission(item)] === 'write';
}

function commentView(ctx: GqlContext, comment: Comment): Json {
  const mine = comment.author === ctx.token.login;
  const write = canWrite(ctx.token, comment.item);
  return {
    __typename: 'IssueComment',
    id: comment.nodeId,
    databaseId: comment.id,
    fullDatabaseId: String(comment.id),
    body: comment.body,
    url: commentHtmlUrl(comment),
    resourcePath: commentHtmlUrl(comment).slice(HTML.length),
    isMinimized: comment.minimized,
    minimizedReason: comment.minimized ? comment.minimizedReason : null,
    viewerCanMinimize: write,
    viewerCanUpdate: mine && write,
    viewerCanDelete: mine && write,
    viewerDidAuthor: mine,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    lastEditedAt: comment.updatedAt === comment.createdAt ? null : comment.updatedAt,
    author: () => actorView(comment.author),
    authorAssociation: association(comment.item.repo, comment.author),
    issue: () => itemView(ctx, comment.item),
    pullRequest: () => (comment.item.kind === 'pull' ? itemView(ctx, comment.item) : null),
    repository: () => repoView(ctx, comment.item.repo),
  };
}

function itemView(ctx: GqlContext, item: Item): Json {
  const pull = item.pull;
  return {
    __typename: item.kind === 'pull' ? 'PullRequest' : 'Issue',
    id: item.nodeId,
    databaseId: item.id,
    number: item.number,
    title: item.title,
    body: item.body,
    url: itemHtmlUrl(item),
    state: item.state.toUpperCase(),
    isDraft: false,
    isCrossRepository: pull?.fork ?? false,
    headRefName: `feature-${item.number}`,
    headRefOid: pull?.headSha,
    baseRefName: 'main',
    baseRefOid: pull?.baseSha,
    author: () => actorView(item.author),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    closedAt: item.closedAt,
    repository: () => repoView(ctx, item.repo),
    comments: (args: ConnectionArgs) => connection(item.comments, (c) => c.id, args, (c) => commentView(ctx, c)),
    labels: (args: ConnectionArgs) =>
      connection(
        item.labels.map((name, index) => ({ label: ctx.state.label(item.repo, name), key: index + 1 })),
        (entry) => entry.key,
        args,
        (entry) => ({ __typename: 'Label', id: entry.label.nodeId, name: entry.label.name, color: entry.label.color, description: null }),
      ),
  };
}

function repoView(ctx: GqlContext, repo: Repo): Json {
  const lookup = (number: number, kind: Item['kind'] | undefined, what: string) => {
    const item = repo.items.get(number);
    if (!item || (kind && item.kind !== kind)) throw new TypedError('NOT_FOUND', `Could not resolve to ${what} with the number of ${number}.`);
    return itemView(ctx, item);
  };
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    owner: () => ({ ...actorView(repo.owner), __typename: 'User' }),
    url: `${HTML}/${repo.fullName}`,
    isPrivate: false,
    issue: ({ number }: { number: number }) => lookup(number, 'issue', 'an Issue'),
    pullRequest: ({ number }: { number: number }) => lookup(number, 'pull', 'a PullRequest'),
    issueOrPullRequest: ({ number }: { number: number }) => lookup(number, undefined, 'an issue or pull request'),
  };
}

function nodeView(ctx: GqlContext, id: string): Json | null {
  const found = ctx.state.nodes.get(id);
  if (!found) throw new TypedError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  if ('fullName' in found) return repoView(ctx, found);
  if ('kind' in found) return itemView(ctx, found);
  return commentView(ctx, found);
}

function forbiddenMessage(token: Token): string {
  return token.type === 'User' ? 'Resource not accessible by personal access token' : 'Resource not accessible by integration';
}

function commentFor(ctx: GqlContext, id: string, needAuthor: boolean): Comment {
  const found = ctx.state.nodes.get(id);
  if (!found || 'fullName' in found || 'kind' in found) throw new TypedError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  if (!canWrite(ctx.token, found.item) || (needAuthor && found.author !== ctx.token.login)) throw new TypedError('FORBIDDEN', forbiddenMessage(ctx.token));
  return found;
}

function checkGraphqlBody(body: string): void {
  if (charLength(body) > COMMENT_MAX) throw new TypedError('UNPROCESSABLE', `Body is too long (maximum is ${COMMENT_MAX} characters)`);
}

const CLASSIFIER_REASONS: Record<string, string> = { ABUSE: 'abuse', DUPLICATE: 'duplicate', OFF_TOPIC: 'off-topic', OUTDATED: 'outdated', RESOLVED: 'resolved', SPAM: 'spam' };

const rootValue = {
  viewer: (_args: unknown, ctx: GqlContext) => ({ ...actorView(ctx.token.login), __typename: 'User', login: ctx.token.login }),
  rateLimit: (_args: unknown, ctx: GqlContext) => ({ cost: 1, limit: LIMIT, nodeCount: 0, remaining: LIMIT - ctx.bucket.used, resetAt: iso(ctx.bucket.reset * 1000), used: ctx.bucket.used }),
  repository: ({ owner, name }: { owner: string; name: string }, ctx: GqlContext) => {
    const repo = ctx.state.repos.get(`${owner}/${name}`.toLowerCase());
    if (!repo) throw new TypedError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
    return repoView(ctx, repo);
  },
  node: ({ id }: { id: string }, ctx: GqlContext) => nodeView(ctx, id),
  nodes: ({ ids }: { ids: string[] }, ctx: GqlContext) =>
    ids.map((id) => {
      try {
        return nodeView(ctx, id);
      } catch (error) {
        return error; // graphql-js turns an Error list item into null plus an error at its index
      }
    }),
  addComment: ({ input }: { input: { subjectId: string; body: string; clientMutationId?: string } }, ctx: GqlContext) => {
    const item = ctx.state.nodes.get(input.subjectId);
    if (!item || !('kind' in item)) throw new TypedError('NOT_FOUND', `Could not resolve to a node with the global id of '${input.subjectId}'`);
    if (!canWrite(ctx.token, item)) throw new TypedError('FORBIDDEN', forbiddenMessage(ctx.token));
    checkGraphqlBody(input.body);
    const comment = ctx.state.addComment(item, input.body, ctx.token.login, ctx.state.timestamp());
    item.updatedAt = comment.createdAt;
    return { clientMutationId: input.clientMutationId ?? null, commentEdge: { cursor: encodeCursor(comment.id), node: commentView(ctx, comment) }, subject: itemView(ctx, item) };
  },
  updateIssueComment: ({ input }: { input: { id: string; body: string; clientMutationId?: string } }, ctx: GqlContext) => {
    const comment = commentFor(ctx, input.id, true);
    checkGraphqlBody(input.body);
    comment.body = input.body;
    comment.updatedAt = ctx.state.timestamp();
    return { clientMutationId: input.clientMutationId ?? null, issueComment: commentView(ctx, comment) };
  },
  deleteIssueComment: ({ input }: { input: { id: string; clientMutationId?: string } }, ctx: GqlContext) => {
    ctx.state.deleteComment(commentFor(ctx, input.id, true));
    return { clientMutationId: input.clientMutationId ?? null };
  },
  minimizeComment: ({ input }: { input: { subjectId: string; classifier: string; clientMutationId?: string } }, ctx: GqlContext) => {
    const comment = commentFor(ctx, input.subjectId, false);
    comment.minimized = true;
    comment.minimizedReason = CLASSIFIER_REASONS[input.classifier] ?? input.classifier.toLowerCase();
    return { clientMutationId: input.clientMutationId ?? null, minimizedComment: commentView(ctx, comment) };
  },
  unminimizeComment: ({ input }: { input: { subjectId: string; clientMutationId?: string } }, ctx: GqlContext) => {
    const comment = commentFor(ctx, input.subjectId, false);
    comment.minimized = false;
    comment.minimizedReason = null;
    return { clientMutationId: input.clientMutationId ?? null, unminimizedComment: commentView(ctx, comment) };
  },
};

async function graphqlRoute(ctx: Ctx, bucket: Bucket): Promise<Reply> {
  let request: unknown;
  try {
    request = JSON.parse(ctx.rawBody);
  } catch {
    throw new HttpError(400, errorBody(400, 'Problems parsing JSON', DOCS.graphql));
  }
  const { query, variables, operationName } = (typeof request === 'object' && request !== null ? request : {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return { status: 200, body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] } };
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    if (error instanceof GraphQLError) return { status: 200, body: { errors: [{ message: error.message, locations: error.locations ?? [] }] } };
    throw error;
  }
  const validationErrors = validate(schema, document, RULES);
  if (validationErrors.length > 0) return { status: 200, body: { errors: validationErrors.map(formatError) } };

  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = typeof operationName === 'string' ? operations.find((op) => op.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) {
    const message = typeof operationName === 'string' ? `No operation named "${operationName}"` : 'An operation name is required';
    return { status: 200, body: { errors: [{ message }] } };
  }
  const inputs = (typeof variables === 'object' && variables !== null ? variables : {}) as Record<string, unknown>;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  if (coerced.errors) {
    return {
      status: 200,
      body: {
        errors: coerced.errors.map((error) => {
          const m = error.message.match(/^Variable "\$(\w+)"/);
          const name = m?.[1] ?? '';
          const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
          const explanation = error.message.replace(/^Variable "\$\w+" (got invalid value .*?; |of required type ".*?" )?/, '');
          return {
            extensions: { value: inputs[name] ?? null, problems: [{ path: [], explanation }] },
            locations: error.locations ?? [],
            message: `Variable $${name} of type ${definition ? print(definition.type) : '?'} was provided invalid value`,
          };
        }),
      },
    };
  }
  const problems = connectionProblems(document, operation, coerced.coerced);
  if (problems.length > 0) return { status: 200, body: { errors: problems } };

  const context: GqlContext = { state: ctx.state, token: ctx.token, bucket };
  const result = await execute({ schema, document, rootValue, contextValue: context, variableValues: inputs, operationName: operation.name?.value });
  const body: Json = { data: result.data ?? null };
  if (result.errors && result.errors.length > 0) body.errors = result.errors.map(formatError);
  return { status: 200, body };
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function takeFault(state: State, method: string, path: string, kind: 'rest' | 'graphql'): Fault | undefined {
  const index = state.faults.findIndex((f) => {
    if (f.path) f.path.lastIndex = 0;
    return (f.method === undefined || f.method.toUpperCase() === method) && (f.path === undefined || f.path.test(path)) && (f.graphql === undefined || f.graphql === (kind === 'graphql'));
  });
  if (index < 0) return undefined;
  const fault = state.faults[index]!;
  if (--fault.left <= 0) state.faults.splice(index, 1);
  return fault;
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const at = Date.now();
  const rawBody = await readBody(req);
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', state.apiUrl);
  const kind: 'rest' | 'graphql' = url.pathname === '/graphql' ? 'graphql' : 'rest';
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: rawBody, status: 0, kind, at, answeredAt: 0 };
  state.requests.push(record);

  const auth = headers.authorization?.match(/^(?:token|bearer)\s+(\S+)\s*$/i);
  const token = auth ? state.tokens.get(auth[1]!) : undefined;
  const bucket = state.bucket(token && auth ? auth[1]! : '<anonymous>', kind === 'graphql' ? 'graphql' : 'core');
  bucket.used++;
  const common: Record<string, string> = {
    'x-github-request-id': requestId(),
    'x-ratelimit-limit': String(LIMIT),
    'x-ratelimit-remaining': String(Math.max(0, LIMIT - bucket.used)),
    'x-ratelimit-reset': String(bucket.reset),
    'x-ratelimit-used': String(Math.min(bucket.used, LIMIT)),
    'x-ratelimit-resource': kind === 'graphql' ? 'graphql' : 'core',
    'x-github-media-type': 'github.v3; format=json',
    ...(kind === 'rest' ? { 'x-github-api-version-selected': '2022-11-28' } : {}),
  };

  let reply: Reply;
  const fault = takeFault(state, method, url.pathname, kind);
  if (fault) {
    const body = fault.body === undefined && fault.status >= 400 ? { message: STATUS_CODES[fault.status] ?? 'Error' } : fault.body;
    reply = { status: fault.status, body, headers: fault.headers };
  } else {
    try {
      const doc = kind === 'graphql' ? DOCS.graphql : DOCS.root;
      if (!auth) {
        throw new HttpError(401, kind === 'graphql' ? errorBody(401, 'This endpoint requires you to be authenticated.', 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql') : errorBody(401, 'Bad credentials', doc));
      }
      if (!token) throw new HttpError(401, errorBody(401, 'Bad credentials', doc));
      if (bucket.used > LIMIT) {
        // GraphQL's primary limit is a 200 with a RATE_LIMITED error; REST's is a 403.
        if (kind === 'graphql') throw new HttpError(200, GRAPHQL_RATE_LIMITED);
        throw new HttpError(403, errorBody(403, PRIMARY_MESSAGE, RATE_LIMIT_DOCS));
      }
      const ctx: Ctx = { state, method, url, token, rawBody };
      if (kind === 'graphql') {
        if (method !== 'POST') throw notFound(DOCS.graphql);
        reply = await graphqlRoute(ctx, bucket);
      } else if (url.pathname === '/rate_limit' && method === 'GET') {
        const view = (b: Bucket, resource: string) => ({ limit: LIMIT, used: b.used, remaining: Math.max(0, LIMIT - b.used), reset: b.reset, resource });
        const core = view(bucket, 'core');
        reply = { status: 200, body: { resources: { core, graphql: view(state.bucket(auth[1]!, 'graphql'), 'graphql') }, rate: core } };
      } else {
        reply = restRoute(ctx);
      }
    } catch (error) {
      if (error instanceof HttpError) reply = { status: error.status, body: error.body, headers: error.headers };
      else reply = { status: 500, body: { message: `github-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` } };
    }
  }

  record.status = reply.status;
  const out: Record<string, string> = { ...common };
  let payload = '';
  if (reply.status !== 204 && reply.status !== 304 && reply.body !== undefined) {
    payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    out['content-type'] = 'application/json; charset=utf-8';
  }
  Object.assign(out, reply.headers ?? {});
  out['content-length'] = String(Buffer.byteLength(payload));
  record.answeredAt = Date.now();
  res.writeHead(reply.status, out);
  res.end(payload);
}

export async function startGitHubServer(): Promise<GitHubServer> {
  const state = new State();
  const server: Server = createServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: `github-server: ${String(error)}` }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.apiUrl = `http://127.0.0.1:${port}`;

  const normalizeLogin = (login: string, type?: 'Bot' | 'User') => (type === 'Bot' && !isBot(login) ? `${login}[bot]` : login);

  return {
    url: state.apiUrl,
    requests: state.requests,

    addToken(token, spec) {
      const login = normalizeLogin(spec.login, spec.type);
      const p = spec.permissions ?? {};
      state.tokens.set(token, {
        login,
        type: spec.type ?? (isBot(login) ? 'Bot' : 'User'),
        permissions: { pullRequests: p.pullRequests ?? 'write', issues: p.issues ?? 'write', checks: p.checks ?? 'write', contents: p.contents ?? 'write' },
      });
    },

    addRepo(fullName) {
      const m = fullName.match(/^([^/\s]+)\/([^/\s]+)$/);
      if (!m) throw new Error(`github-server: "${fullName}" is not owner/repo`);
      if (state.repos.has(fullName.toLowerCase())) return;
      const id = state.next('repo');
      const repo: Repo = { id, nodeId: nodeId('R_kgDO', id), owner: m[1]!, name: m[2]!, fullName, nextNumber: 1, items: new Map(), labels: new Map(), commitComments: new Map(), checkRuns: [] };
      state.repos.set(fullName.toLowerCase(), repo);
      state.reposById.set(id, repo);
      state.nodes.set(repo.nodeId, repo);
    },

    addPull(fullName, pr) {
      const repo = state.repo(fullName);
      const item = state.newItem(repo, 'pull', pr.number, { title: pr.title ?? `Pull request #${pr.number}`, author: pr.author, state: pr.state });
      item.pull = { headSha: pr.headSha, baseSha: pr.baseSha, fork: pr.fork ?? false };
    },

    deletePull(fullName, number) {
      const item = state.item(fullName, number);
      for (const comment of [...item.comments]) state.deleteComment(comment);
      item.repo.items.delete(number);
      state.nodes.delete(item.nodeId);
    },

    addIssue(fullName, issue) {
      return state.newItem(state.repo(fullName), 'issue', issue.number, issue).number;
    },

    seedComments(fullName, issueNumber, count, make) {
      const item = state.item(fullName, issueNumber);
      const start = Date.now() - count * 1000;
      for (let i = 0; i < count; i++) {
        const made = make ? make(i) : { body: `Comment ${i + 1}`, author: 'octocat' };
        state.addComment(item, made.body, made.author, state.timestamp(start + i * 1000), made.minimized ?? false);
      }
    },

    comments(fullName, issueNumber) {
      return state.item(fullName, issueNumber).comments.map((c) => ({ id: c.id, nodeId: c.nodeId, body: c.body, author: c.author, minimized: c.minimized, createdAt: c.createdAt, updatedAt: c.updatedAt }));
    },

    commitComments(fullName, sha) {
      return (state.repo(fullName).commitComments.get(sha.toLowerCase()) ?? []).map((c) => ({ id: c.id, body: c.body, author: c.author }));
    },

    checkRuns(fullName) {
      return state.repo(fullName).checkRuns.map((run) => ({
        id: run.id,
        name: run.name,
        headSha: run.headSha,
        status: run.status,
        ...(run.conclusion !== null ? { conclusion: run.conclusion } : {}),
        ...(run.output.title !== null || run.output.summary !== null
          ? { output: { ...(run.output.title !== null ? { title: run.output.title } : {}), ...(run.output.summary !== null ? { summary: run.output.summary } : {}), ...(run.output.text !== null ? { text: run.output.text } : {}) } }
          : {}),
      }));
    },

    issues(fullName) {
      return [...state.repo(fullName).items.values()]
        .filter((item) => item.kind === 'issue')
        .sort((a, b) => a.number - b.number)
        .map((item) => ({ number: item.number, title: item.title, body: item.body, labels: [...item.labels], state: item.state, author: item.author, comments: item.comments.map((c) => ({ body: c.body, author: c.author })) }));
    },

    fault(fault) {
      state.faults.push({ ...fault, left: fault.times ?? 1 });
    },

    clearFaults() {
      state.faults.length = 0;
    },

    setRateLimit(token, { resource = 'core', remaining, resetIn }) {
      const bucket = state.bucket(token, resource);
      bucket.used = LIMIT - remaining;
      bucket.reset = nowEpoch() + resetIn;
      return bucket.reset;
    },

    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
