/**
 * The local GitHub API test server answers as api.github.com does: REST shapes, pagination and
 * Link headers, error bodies, rate-limit headers, GraphQL parsing/validation/execution and
 * cursor paging, and queued faults. Checked with plain fetch, then with the real octokit client.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { rateLimitFault, secondaryRateLimitFault, startGitHubServer, tooManyRequestsFault, type GitHubServer } from '../helpers/github-server.js';

const TOKEN = 'ghs_writeToken0123456789';
const READ_TOKEN = 'ghs_readOnlyToken0123456789';
const USER_TOKEN = 'github_pat_user0123456789';
const REPO = 'octo-org/models';
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
  server.addToken(READ_TOKEN, { login: 'github-actions', type: 'Bot', permissions: { pullRequests: 'read', issues: 'read', checks: 'read', contents: 'read' } });
  server.addToken(USER_TOKEN, { login: 'mona', type: 'User' });
  server.addRepo(REPO);
  server.addPull(REPO, { number: 7, headSha: HEAD, baseSha: BASE });
});

afterEach(async () => {
  await server.close();
});

interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

async function call<T = unknown>(method: string, path: string, body?: unknown, token: string | null = TOKEN): Promise<Answer<T>> {
  const url = path.startsWith('http') ? path : `${server.url}${path}`;
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token !== null) headers.authorization = `token ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

async function graphql<T = unknown>(query: string, variables: Record<string, unknown> = {}, token = TOKEN): Promise<Answer<T>> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

function links(header: string | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of (header ?? '').split(', ')) {
    const m = part.match(/^<([^>]+)>; rel="(\w+)"$/);
    if (m) result[m[2]!] = m[1]!;
  }
  return result;
}

describe('local GitHub API test server: REST pagination', () => {
  it('pages 3000 seeded comments with per_page/page and GitHub-style Link headers, quickly', async () => {
    const started = Date.now();
    server.seedComments(REPO, 7, 3000);
    const first = await call<{ id: number; body: string }[]>('GET', `/repos/${REPO}/issues/7/comments?per_page=100`);
    expect(first.status).toBe(200);
    expect(first.body).toHaveLength(100);
    expect(first.body[0]!.body).toBe('Comment 1');
    const rels = links(first.headers.get('link'));
    expect(Object.keys(rels)).toEqual(['next', 'last']);
    expect(rels.next).toMatch(new RegExp(`^${server.url}/repositories/\\d+/issues/7/comments\\?per_page=100&page=2$`));
    expect(rels.last).toMatch(/[?&]per_page=100&page=30$/);

    const seen = first.body.map((c) => c.id);
    let next: string | undefined = rels.next;
    let pages = 1;
    while (next) {
      const answer: Answer<{ id: number }[]> = await call<{ id: number }[]>('GET', next);
      expect(answer.status).toBe(200);
      seen.push(...answer.body.map((c) => c.id));
      const pageLinks = links(answer.headers.get('link'));
      expect(pageLinks.first).toMatch(/page=1$/);
      expect(pageLinks.prev).toBeDefined();
      next = pageLinks.next;
      pages++;
    }
    expect(pages).toBe(30);
    expect(seen).toEqual(server.comments(REPO, 7).map((c) => c.id));
    expect(new Set(seen).size).toBe(3000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('defaults to 30 per page, caps per_page at 100, and keeps the other query parameters in links', async () => {
    server.seedComments(REPO, 7, 250);
    const byDefault = await call<unknown[]>('GET', `/repos/${REPO}/issues/7/comments`);
    expect(byDefault.body).toHaveLength(30);
    expect(links(byDefault.headers.get('link')).last).toMatch(/\?page=9$/);

    const capped = await call<unknown[]>('GET', `/repos/${REPO}/issues/7/comments?per_page=500`);
    expect(capped.body).toHaveLength(100);

    const middle = await call<unknown[]>('GET', `/repos/${REPO}/issues/7/comments?since=2000-01-01T00:00:00Z&per_page=100&page=2`);
    const rels = links(middle.headers.get('link'));
    expect(Object.keys(rels)).toEqual(['prev', 'next', 'last', 'first']);
    expect(rels.prev).toMatch(/\?since=2000-01-01T00%3A00%3A00Z&per_page=100&page=1$/);
    expect(rels.last).toMatch(/page=3$/);

    const lastPage = await call<unknown[]>('GET', `/repos/${REPO}/issues/7/comments?per_page=100&page=3`);
    expect(lastPage.body).toHaveLength(50);
    expect(Object.keys(links(lastPage.headers.get('link')))).toEqual(['prev', 'first']);

    const single = await call<unknown[]>('GET', `/repos/${REPO}/issues/7/comments?per_page=100&page=9`);
    expect(single.body).toEqual([]);
  });

  it('sends no Link header when everything fits on one page', async () => {
    server.seedComments(REPO, 7, 3);
    const answer = await call<unknown[]>('GET', `/repos/${REPO}/issues/7/comments`);
    expect(answer.body).toHaveLength(3);
    expect(answer.headers.get('link')).toBeNull();
  });

  it('answers with JSON, rate-limit headers that count down, and a request id', async () => {
    const one = await call('GET', `/repos/${REPO}/pulls/7`);
    const two = await call('GET', `/repos/${REPO}/pulls/7`);
    expect(one.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(one.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(one.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(one.headers.get('x-ratelimit-remaining')) - Number(two.headers.get('x-ratelimit-remaining'))).toBe(1);
    expect(Number(two.headers.get('x-ratelimit-used'))).toBe(2);
    expect(Number(one.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(one.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]+(:[0-9A-F]+){4}$/);
    const limits = await call<{ resources: { core: { used: number; remaining: number } } }>('GET', '/rate_limit');
    expect(limits.body.resources.core).toMatchObject({ used: 3, remaining: 4997 });
  });
});

describe('local GitHub API test server: REST resources', () => {
  it('gets a pull request with head and base', async () => {
    server.addPull(REPO, { number: 8, headSha: HEAD, baseSha: BASE, fork: true });
    const pull = await call<Record<string, unknown> & { head: { sha: string; repo: { fork: boolean } }; base: { sha: string } }>('GET', `/repos/${REPO}/pulls/8`);
    expect(pull.status).toBe(200);
    expect(pull.body).toMatchObject({ number: 8, state: 'open', html_url: `https://github.com/${REPO}/pull/8` });
    expect(pull.body.head.sha).toBe(HEAD);
    expect(pull.body.head.repo.fork).toBe(true);
    expect(pull.body.base.sha).toBe(BASE);
  });

  it('creates, edits and deletes an issue comment with GitHub REST shapes', async () => {
    const created = await call<Record<string, unknown> & { id: number; user: { login: string; type: string } }>('POST', `/repos/${REPO}/issues/7/comments`, { body: 'report' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      body: 'report',
      html_url: `https://github.com/${REPO}/pull/7#issuecomment-${created.body.id}`,
      issue_url: `${server.url}/repos/${REPO}/issues/7`,
      author_association: 'NONE',
      user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 },
    });
    expect(created.body.node_id).toEqual(expect.any(String));
    expect(created.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const edited = await call<{ body: string }>('PATCH', `/repos/${REPO}/issues/comments/${created.body.id}`, { body: 'report v2' });
    expect(edited.status).toBe(200);
    expect(edited.body.body).toBe('report v2');
    expect(server.comments(REPO, 7)).toEqual([expect.objectContaining({ id: created.body.id, body: 'report v2', author: 'github-actions[bot]', minimized: false })]);

    const deleted = await call('DELETE', `/repos/${REPO}/issues/comments/${created.body.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await call('GET', `/repos/${REPO}/issues/comments/${created.body.id}`)).status).toBe(404);
    expect(server.comments(REPO, 7)).toEqual([]);
  });

  it('creates, lists, filters and updates issues; pull requests share the number sequence', async () => {
    const existing = server.addIssue(REPO, { title: 'Old tracking issue', labels: ['mlops'], state: 'closed', author: 'mona' });
    expect(existing).toBe(8);
    const created = await call<{ number: number; labels: { name: string }[]; user: { login: string } }>('POST', `/repos/${REPO}/issues`, { title: 'Model regression', body: 'details', labels: ['mlops', 'regression'] });
    expect(created.status).toBe(201);
    expect(created.body.number).toBe(9);
    expect(created.body.labels.map((l) => l.name)).toEqual(['mlops', 'regression']);

    const open = await call<{ number: number; pull_request?: unknown }[]>('GET', `/repos/${REPO}/issues?labels=mlops,regression`);
    expect(open.body.map((i) => i.number)).toEqual([9]);
    const all = await call<{ number: number; pull_request?: unknown }[]>('GET', `/repos/${REPO}/issues?state=all`);
    expect(all.body.map((i) => i.number)).toEqual([9, 8, 7]);
    expect(all.body[2]!.pull_request).toBeDefined();
    const byCreator = await call<{ number: number }[]>('GET', `/repos/${REPO}/issues?state=all&creator=mona`);
    expect(byCreator.body.map((i) => i.number)).toEqual([8]);

    const closed = await call<{ state: string; title: string }>('PATCH', `/repos/${REPO}/issues/9`, { state: 'closed', title: 'Model regression (fixed)', labels: ['mlops'] });
    expect(closed.body).toMatchObject({ state: 'closed', title: 'Model regression (fixed)', state_reason: 'completed' });
    expect((await call<{ number: number }>('GET', `/repos/${REPO}/issues/9`)).body.number).toBe(9);
    expect(server.issues(REPO)).toEqual([
      { number: 8, title: 'Old tracking issue', body: '', labels: ['mlops'], state: 'closed', author: 'mona', comments: [] },
      { number: 9, title: 'Model regression (fixed)', body: 'details', labels: ['mlops'], state: 'closed', author: 'github-actions[bot]', comments: [] },
    ]);
  });

  it('creates and edits commit comments and check runs', async () => {
    const comment = await call<{ id: number; html_url: string; commit_id: string }>('POST', `/repos/${REPO}/commits/${HEAD}/comments`, { body: 'metrics' });
    expect(comment.status).toBe(201);
    expect(comment.body.html_url).toBe(`https://github.com/${REPO}/commit/${HEAD}#commitcomment-${comment.body.id}`);
    expect((await call('PATCH', `/repos/${REPO}/comments/${comment.body.id}`, { body: 'metrics v2' })).status).toBe(200);
    expect((await call<unknown[]>('GET', `/repos/${REPO}/commits/${HEAD}/comments`)).body).toHaveLength(1);
    expect(server.commitComments(REPO, HEAD)).toEqual([{ id: comment.body.id, body: 'metrics v2', author: 'github-actions[bot]' }]);

    const run = await call<Record<string, unknown> & { id: number }>('POST', `/repos/${REPO}/check-runs`, { name: 'mlops', head_sha: HEAD, status: 'in_progress', output: { title: 'Running', summary: 'training' } });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ name: 'mlops', status: 'in_progress', conclusion: null, html_url: `https://github.com/${REPO}/runs/${run.body.id}`, output: { title: 'Running', summary: 'training', text: null } });
    const done = await call('PATCH', `/repos/${REPO}/check-runs/${run.body.id}`, { conclusion: 'success', output: { title: 'Gates passed', summary: 'all good', text: 'details' } });
    expect(done.body).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(server.checkRuns(REPO)).toEqual([{ id: run.body.id, name: 'mlops', headSha: HEAD, status: 'completed', conclusion: 'success', output: { title: 'Gates passed', summary: 'all good', text: 'details' } }]);
  });
});

describe('local GitHub API test server: REST errors', () => {
  it('401 Bad credentials without a token or with an unknown one', async () => {
    for (const token of [null, 'ghs_unknown']) {
      const answer = await call('GET', `/repos/${REPO}/pulls/7`, undefined, token);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
  });

  it('403 Resource not accessible by integration for writes with a read-only token', async () => {
    const writes: [string, string, unknown][] = [
      ['POST', `/repos/${REPO}/issues/7/comments`, { body: 'x' }],
      ['POST', `/repos/${REPO}/check-runs`, { name: 'x', head_sha: HEAD }],
      ['POST', `/repos/${REPO}/commits/${HEAD}/comments`, { body: 'x' }],
      ['POST', `/repos/${REPO}/issues`, { title: 'x' }],
    ];
    for (const [method, path, body] of writes) {
      const answer = await call<{ message: string; documentation_url: string }>(method, path, body, READ_TOKEN);
      expect(answer.status).toBe(403);
      expect(answer.body.message).toBe('Resource not accessible by integration');
      expect(answer.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest\//);
    }
    const list = await call('GET', `/repos/${REPO}/issues/7/comments`, undefined, READ_TOKEN);
    expect(list.status).toBe(200);
  });

  it('403 when editing a comment someone else wrote', async () => {
    server.seedComments(REPO, 7, 1, () => ({ body: 'human', author: 'mona' }));
    const [theirs] = server.comments(REPO, 7);
    const answer = await call<{ message: string }>('PATCH', `/repos/${REPO}/issues/comments/${theirs!.id}`, { body: 'hijacked' });
    expect(answer.status).toBe(403);
    expect(server.comments(REPO, 7)[0]!.body).toBe('human');
  });

  it('404 Not Found for a deleted pull request and its comments, and for unknown repositories', async () => {
    server.seedComments(REPO, 7, 2);
    const [comment] = server.comments(REPO, 7);
    server.deletePull(REPO, 7);
    for (const [method, path] of [
      ['GET', `/repos/${REPO}/pulls/7`],
      ['GET', `/repos/${REPO}/issues/7/comments`],
      ['POST', `/repos/${REPO}/issues/7/comments`],
      ['PATCH', `/repos/${REPO}/issues/comments/${comment!.id}`],
      ['GET', `/repos/octo-org/nope/pulls/7`],
    ] as const) {
      const answer = await call<{ message: string; documentation_url: string }>(method, path, method === 'GET' ? undefined : { body: 'x' });
      expect(answer.status).toBe(404);
      expect(answer.body.message).toBe('Not Found');
      expect(answer.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest/);
    }
  });

  it('422 Validation Failed for a comment body over 65536 characters; exactly 65536 is fine', async () => {
    const tooLong = await call('POST', `/repos/${REPO}/issues/7/comments`, { body: 'x'.repeat(65537) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422',
    });
    // Characters, not UTF-16 units: 65536 emoji are 131072 UTF-16 units.
    expect((await call('POST', `/repos/${REPO}/issues/7/comments`, { body: '📈'.repeat(65536) })).status).toBe(201);
    const created = await call<{ id: number }>('POST', `/repos/${REPO}/issues/7/comments`, { body: 'x'.repeat(65536) });
    expect(created.status).toBe(201);
    const patch = await call<{ errors: { resource: string }[] }>('PATCH', `/repos/${REPO}/issues/comments/${created.body.id}`, { body: 'y'.repeat(65537) });
    expect(patch.status).toBe(422);
    const commit = await call<{ errors: { resource: string }[] }>('POST', `/repos/${REPO}/commits/${HEAD}/comments`, { body: 'y'.repeat(65537) });
    expect(commit.body.errors[0]!.resource).toBe('CommitComment');
    const issue = await call<{ errors: { resource: string }[] }>('POST', `/repos/${REPO}/issues`, { title: 't', body: 'y'.repeat(65537) });
    expect(issue.body.errors[0]!.resource).toBe('Issue');
  });

  it('422 for a check-run summary over 65535 characters, or over 65535 bytes', async () => {
    const chars = await call<{ message: string }>('POST', `/repos/${REPO}/check-runs`, { name: 'mlops', head_sha: HEAD, output: { title: 't', summary: 's'.repeat(65536) } });
    expect(chars.status).toBe(422);
    expect(chars.body.message).toBe('Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.');
    const bytes = await call<{ message: string; errors: unknown[] }>('POST', `/repos/${REPO}/check-runs`, { name: 'mlops', head_sha: HEAD, output: { title: 't', summary: '✅'.repeat(30000) } });
    expect(bytes.status).toBe(422);
    expect(bytes.body.errors).toEqual([{ resource: 'CheckRun', code: 'custom', field: 'summary', message: 'summary exceeds a maximum bytesize of 65535' }]);
    expect(server.checkRuns(REPO)).toEqual([]);
  });
});

interface CommentsPage {
  repository: {
    pullRequest: {
      comments: {
        totalCount: number;
        nodes: { databaseId: number; body: string; author: { login: string }; viewerDidAuthor: boolean; isMinimized: boolean }[];
        pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
      };
    } | null;
  } | null;
}

const BACKWARDS = /* GraphQL */ `
  query ($owner: String!, $name: String!, $number: Int!, $before: String) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        comments(last: 100, before: $before) {
          totalCount
          nodes { databaseId body author { login } viewerDidAuthor isMinimized }
          pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
        }
      }
    }
  }
`;

describe('local GitHub API test server: GraphQL', () => {
  it('pages 250 comments backwards with last/before, newest page first', async () => {
    server.seedComments(REPO, 7, 250, (i) => (i % 2 === 0 ? { body: `bot ${i}`, author: 'github-actions[bot]', minimized: i < 10 } : { body: `human ${i}`, author: 'mona' }));
    const pages: CommentsPage['repository'][] = [];
    let before: string | null = null;
    do {
      const answer: Answer<{ data: CommentsPage }> = await graphql<{ data: CommentsPage }>(BACKWARDS, { owner: 'octo-org', name: 'models', number: 7, before });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-ratelimit-resource')).toBe('graphql');
      pages.push(answer.body.data.repository);
      const info = answer.body.data.repository!.pullRequest!.comments.pageInfo;
      before = info.hasPreviousPage ? info.startCursor : null;
    } while (before !== null);

    const sizes = pages.map((p) => p!.pullRequest!.comments.nodes.length);
    expect(sizes).toEqual([100, 100, 50]);
    expect(pages[0]!.pullRequest!.comments.totalCount).toBe(250);
    expect(pages[0]!.pullRequest!.comments.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const bodies = pages.reverse().flatMap((p) => p!.pullRequest!.comments.nodes.map((n) => n.body));
    expect(bodies).toEqual(server.comments(REPO, 7).map((c) => c.body));
    const nodes = pages.flatMap((p) => p!.pullRequest!.comments.nodes);
    expect(nodes[0]).toEqual({ databaseId: server.comments(REPO, 7)[0]!.id, body: 'bot 0', author: { login: 'github-actions' }, viewerDidAuthor: true, isMinimized: true });
    expect(nodes[1]).toMatchObject({ author: { login: 'mona' }, viewerDidAuthor: false, isMinimized: false });
  });

  it('pages forwards with first/after, and REST and GraphQL agree on ids', async () => {
    server.seedComments(REPO, 7, 5);
    const query = `query($after: String) { repository(owner: "octo-org", name: "models") { pullRequest(number: 7) { comments(first: 2, after: $after) { edges { cursor node { id databaseId url } } pageInfo { hasNextPage hasPreviousPage endCursor } } } } }`;
    type Edges = { data: { repository: { pullRequest: { comments: { edges: { cursor: string; node: { id: string; databaseId: number; url: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } } } } };
    const one = await graphql<Edges>(query);
    const two = await graphql<Edges>(query, { after: one.body.data.repository.pullRequest.comments.pageInfo.endCursor });
    expect(one.body.data.repository.pullRequest.comments.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(two.body.data.repository.pullRequest.comments.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const ids = [...one.body.data.repository.pullRequest.comments.edges, ...two.body.data.repository.pullRequest.comments.edges].map((e) => e.node.databaseId);
    expect(ids).toEqual(server.comments(REPO, 7).slice(0, 4).map((c) => c.id));
    const rest = await call<{ id: number; node_id: string; html_url: string }[]>('GET', `/repos/${REPO}/issues/7/comments`);
    expect(one.body.data.repository.pullRequest.comments.edges[0]!.node).toEqual({ id: rest.body[0]!.node_id, databaseId: rest.body[0]!.id, url: rest.body[0]!.html_url });
  });

  it('reports an unknown field as GitHub does: 200, errors with message and locations, no data', async () => {
    const answer = await graphql<{ data?: unknown; errors: { message: string; locations: { line: number; column: number }[]; path: string[]; extensions: Record<string, string> }[] }>(
      'query {\n  repository(owner: "octo-org", name: "models") {\n    pullRequest(number: 7) { comments(last: 1) { nodes { bodyy } } }\n  }\n}',
    );
    expect(answer.status).toBe(200);
    expect(answer.body).not.toHaveProperty('data');
    expect(answer.body.errors).toEqual([
      {
        path: ['query', 'repository', 'pullRequest', 'comments', 'nodes', 'bodyy'],
        extensions: { code: 'undefinedField', typeName: 'IssueComment', fieldName: 'bodyy' },
        locations: [{ line: 3, column: 58 }],
        message: "Field 'bodyy' doesn't exist on type 'IssueComment'",
      },
    ]);
  });

  it('reports other validation problems: arguments, selections, variables, syntax', async () => {
    type Errors = { errors: { message: string; locations?: unknown[] }[] };
    const messages = async (query: string, variables: Record<string, unknown> = {}) => (await graphql<Errors>(query, variables)).body.errors.map((e) => e.message);
    expect(await messages('{ repository(owner: "o", name: "r", nam: "x") { id } }')).toEqual(["Field 'repository' doesn't accept argument 'nam'"]);
    expect(await messages('{ repository(owner: "o") { id } }')).toEqual(["Field 'repository' is missing required arguments: name"]);
    expect(await messages('{ viewer }')).toEqual(["Field must have selections (field 'viewer' returns User but has no selections. Did you mean 'viewer { ... }'?)"]);
    expect(await messages('{ viewer { login { x } } }')).toEqual([`Selections can't be made on scalars (field 'login' returns String but has selections ["x"])`]);
    expect(await messages('{ repository(owner: "o", name: "r") { pullRequest(number: "7") { id } } }')).toEqual([`Argument 'number' on Field 'pullRequest' has an invalid value ("7"). Expected type 'Int!'.`]);
    expect(await messages('query($n: Int!) { viewer { login } }', { n: 1 })).toEqual(['Variable $n is declared by anonymous query but not used']);
    expect(await messages('query Q($n: Int!) { repository(owner: "o", name: "r") { pullRequest(number: $n) { id } } }', { n: 'seven' })).toEqual(['Variable $n of type Int! was provided invalid value']);
    const syntax = await graphql<Errors>('{ viewer { login }');
    expect(syntax.status).toBe(200);
    expect(syntax.body.errors[0]!.locations).toEqual([{ line: 1, column: 19 }]);
  });

  it('NOT_FOUND for a pull request that does not exist, with data', async () => {
    const answer = await graphql('{\n  repository(owner: "octo-org", name: "models") {\n    pullRequest(number: 70) { number }\n  }\n}');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: { repository: { pullRequest: null } },
      errors: [{ type: 'NOT_FOUND', path: ['repository', 'pullRequest'], locations: [{ line: 3, column: 5 }], message: 'Could not resolve to a PullRequest with the number of 70.' }],
    });
    server.deletePull(REPO, 7);
    const deleted = await graphql<{ errors: { message: string }[] }>('{ repository(owner: "octo-org", name: "models") { pullRequest(number: 7) { number } } }');
    expect(deleted.body.errors[0]!.message).toBe('Could not resolve to a PullRequest with the number of 7.');
  });

  it('limits connections to 100 records and requires first or last, as GitHub does', async () => {
    type Errors = { data?: unknown; errors: { type: string; message: string; path: string[] }[] };
    const tooMany = await graphql<Errors>('{ repository(owner: "octo-org", name: "models") { pullRequest(number: 7) { comments(first: 101) { nodes { id } } } } }');
    expect(tooMany.body).not.toHaveProperty('data');
    expect(tooMany.body.errors).toEqual([
      expect.objectContaining({ type: 'EXCESSIVE_PAGINATION', path: ['repository', 'pullRequest', 'comments'], message: 'Requesting 101 records on the `comments` connection exceeds the `first` limit of 100 records.' }),
    ]);
    const missing = await graphql<Errors>('{ repository(owner: "octo-org", name: "models") { pullRequest(number: 7) { comments { nodes { id } } } } }');
    expect(missing.body.errors[0]).toMatchObject({ type: 'MISSING_PAGINATION_BOUNDARIES', message: 'You must provide a `first` or `last` value to properly paginate the `comments` connection.' });
    const negative = await graphql<Errors>('query($n: Int) { repository(owner: "octo-org", name: "models") { pullRequest(number: 7) { comments(last: $n) { nodes { id } } } } }', { n: -1 });
    expect(negative.body.errors[0]).toMatchObject({ type: 'INVALID_PAGINATION' });
    const countOnly = await graphql<{ data: { repository: { pullRequest: { comments: { totalCount: number } } } } }>('{ repository(owner: "octo-org", name: "models") { pullRequest(number: 7) { comments { totalCount } } } }');
    expect(countOnly.body.data.repository.pullRequest.comments.totalCount).toBe(0);
  });

  it('viewer and rateLimit; viewer keeps the [bot] suffix that comment authors drop', async () => {
    const answer = await graphql<{ data: { viewer: { login: string }; rateLimit: { limit: number; cost: number; remaining: number; resetAt: string } } }>('{ viewer { login } rateLimit { limit cost remaining resetAt } }');
    expect(answer.body.data.viewer.login).toBe('github-actions[bot]');
    expect(answer.body.data.rateLimit).toMatchObject({ limit: 5000, cost: 1, remaining: 4999 });
    expect(answer.body.data.rateLimit.resetAt).toMatch(/Z$/);
  });

  it('minimizes comments by mutation; read-only tokens get FORBIDDEN', async () => {
    server.seedComments(REPO, 7, 1, () => ({ body: 'old report', author: 'github-actions[bot]' }));
    const [comment] = server.comments(REPO, 7);
    const mutation = 'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized minimizedReason } } }';
    const denied = await graphql<{ data: unknown; errors: { type: string; message: string }[] }>(mutation, { id: comment!.nodeId }, READ_TOKEN);
    expect(denied.body.data).toEqual({ minimizeComment: null });
    expect(denied.body.errors[0]).toMatchObject({ type: 'FORBIDDEN', message: 'Resource not accessible by integration' });
    const done = await graphql(mutation, { id: comment!.nodeId });
    expect(done.body).toEqual({ data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: 'outdated' } } } });
    expect(server.comments(REPO, 7)[0]!.minimized).toBe(true);
  });

  it('401 for GraphQL without credentials', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', body: JSON.stringify({ query: '{ viewer { login } }' }) });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toBe('This endpoint requires you to be authenticated.');
  });
});

describe('local GitHub API test server: faults and recording', () => {
  it('a queued 502 replaces the next matching response once, and is recorded', async () => {
    server.fault({ method: 'GET', path: /\/pulls\/7$/, status: 502 });
    expect((await call('GET', `/repos/${REPO}/issues/7/comments`)).status).toBe(200);
    expect((await call('GET', `/repos/${REPO}/pulls/7`)).status).toBe(502);
    expect((await call('GET', `/repos/${REPO}/pulls/7`)).status).toBe(200);
    expect(server.requests.map((r) => [r.method, r.path, r.status, r.kind])).toEqual([
      ['GET', `/repos/${REPO}/issues/7/comments`, 200, 'rest'],
      ['GET', `/repos/${REPO}/pulls/7`, 502, 'rest'],
      ['GET', `/repos/${REPO}/pulls/7`, 200, 'rest'],
    ]);
  });

  it('times, graphql matching and the rate-limit fault helpers', async () => {
    server.fault({ graphql: true, status: 500, body: { message: 'boom' }, times: 2 });
    expect((await graphql('{ viewer { login } }')).status).toBe(500);
    expect((await graphql('{ viewer { login } }')).status).toBe(500);
    expect((await graphql('{ viewer { login } }')).status).toBe(200);

    server.fault(rateLimitFault());
    const limited = await call<{ message: string }>('GET', `/repos/${REPO}/pulls/7`);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 1);
    expect(limited.body.message).toBe('API rate limit exceeded for installation ID 1.');

    server.fault(secondaryRateLimitFault());
    const secondary = await call<{ message: string }>('POST', `/repos/${REPO}/issues/7/comments`, { body: 'x' });
    expect(secondary.status).toBe(403);
    expect(secondary.headers.get('retry-after')).toBe('1');
    expect(secondary.body.message).toMatch(/^You have exceeded a secondary rate limit\. Please wait a few minutes before you try again/);

    server.fault(tooManyRequestsFault());
    const tooMany = await call('GET', `/repos/${REPO}/pulls/7`);
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('retry-after')).toBe('1');
    expect(server.comments(REPO, 7)).toEqual([]);
  });

  it('chosen retry-after and reset, and each request recorded with its arrival and answer times', async () => {
    const before = Date.now();
    server.fault(secondaryRateLimitFault({ method: 'POST', retryAfter: 2 }));
    server.fault(tooManyRequestsFault({ method: 'GET', retryAfter: 3 }));
    server.fault(rateLimitFault({ method: 'PATCH', resetIn: 5 }));
    const secondary = await call('POST', `/repos/${REPO}/issues/7/comments`, { body: 'x' });
    const tooMany = await call('GET', `/repos/${REPO}/pulls/7`);
    const primary = await call('PATCH', `/repos/${REPO}/issues/7`, { body: 'x' });
    expect([secondary.status, secondary.headers.get('retry-after')]).toEqual([403, '2']);
    expect([tooMany.status, tooMany.headers.get('retry-after')]).toEqual([429, '3']);
    expect(primary.status).toBe(403);
    expect(Number(primary.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(Math.floor(before / 1000) + 5);
    expect(Number(primary.headers.get('x-ratelimit-reset'))).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 5);
    let last = before;
    for (const request of server.requests) {
      expect(request.at).toBeGreaterThanOrEqual(last);
      expect(request.answeredAt).toBeGreaterThanOrEqual(request.at);
      last = request.answeredAt;
    }
    expect(last).toBeLessThanOrEqual(Date.now());
  });

  it('setRateLimit: the last request says x-ratelimit-remaining: 0, the next are refused until the reset (REST 403, GraphQL 200 RATE_LIMITED)', async () => {
    const reset = server.setRateLimit(TOKEN, { remaining: 1, resetIn: 60 });
    server.setRateLimit(TOKEN, { resource: 'graphql', remaining: 0, resetIn: 60 });
    const lastOne = await call('GET', `/repos/${REPO}/pulls/7`);
    expect([lastOne.status, lastOne.headers.get('x-ratelimit-remaining'), lastOne.headers.get('x-ratelimit-reset')]).toEqual([200, '0', String(reset)]);
    const refused = await call<{ message: string }>('GET', `/repos/${REPO}/pulls/7`);
    expect([refused.status, refused.headers.get('x-ratelimit-remaining'), refused.body.message]).toEqual([403, '0', 'API rate limit exceeded for installation ID 1.']);
    const gql = await graphql('{ viewer { login } }');
    expect([gql.status, gql.headers.get('x-ratelimit-remaining'), gql.body]).toEqual([200, '0', { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }] }]);
    expect((await call('GET', `/repos/${REPO}/pulls/7`, undefined, USER_TOKEN)).status).toBe(200);
  });

  it('records raw bodies and lower-cased headers', async () => {
    await call('POST', `/repos/${REPO}/issues/7/comments?x=1`, { body: 'hello' });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', path: `/repos/${REPO}/issues/7/comments`, query: { x: '1' }, body: '{"body":"hello"}', status: 201, kind: 'rest' });
    expect(request!.headers.authorization).toBe(`token ${TOKEN}`);
    expect(request!.headers['content-type']).toBe('application/json');
  });
});

describe('local GitHub API test server: with the real octokit client', () => {
  function client(token = TOKEN) {
    return getOctokit(
      token,
      {
        baseUrl: server.url,
        retry: { retryAfterBaseValue: 1 },
        throttle: {
          retryAfterBaseValue: 1,
          onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2,
          onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < 2,
        },
      },
      retry,
      throttling,
    );
  }

  it('follows Link headers with octokit.paginate', async () => {
    server.seedComments(REPO, 7, 250);
    const comments = await client().paginate(client().rest.issues.listComments, { owner: 'octo-org', repo: 'models', issue_number: 7, per_page: 100 });
    expect(comments.map((c) => c.id)).toEqual(server.comments(REPO, 7).map((c) => c.id));
    expect(server.requests.map((r) => r.path)).toEqual([`/repos/${REPO}/issues/7/comments`, expect.stringMatching(/^\/repositories\/\d+\/issues\/7\/comments$/), expect.stringMatching(/^\/repositories\//)]);
  });

  it('retries a 502, primary and secondary rate limits and a 429', async () => {
    const octokit = client();
    for (const fault of [{ status: 502 }, rateLimitFault(), secondaryRateLimitFault(), tooManyRequestsFault()]) {
      server.fault(fault);
      const { data } = await octokit.rest.pulls.get({ owner: 'octo-org', repo: 'models', pull_number: 7 });
      expect(data.head.sha).toBe(HEAD);
    }
    expect(server.requests.map((r) => r.status)).toEqual([502, 200, 403, 200, 403, 200, 429, 200]);
  });

  it('retries GraphQL after a RATE_LIMITED error and after a secondary rate limit', async () => {
    const octokit = client();
    for (const fault of [rateLimitFault({ graphql: true }), secondaryRateLimitFault({ graphql: true })]) {
      server.fault(fault);
      const data = await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }');
      expect(data.viewer.login).toBe('github-actions[bot]');
    }
    expect(server.requests.map((r) => [r.kind, r.status])).toEqual([
      ['graphql', 200],
      ['graphql', 200],
      ['graphql', 403],
      ['graphql', 200],
    ]);
  });

  it('turns GraphQL errors into thrown errors and 403s into RequestErrors, and keeps the token in the Authorization header only', async () => {
    const secret = 'ghs_onlyInTheAuthorizationHeader42';
    server.addToken(secret, { login: 'github-actions', type: 'Bot', permissions: { pullRequests: 'read' } });
    const octokit = client(secret);
    await expect(octokit.graphql('{ repository(owner: "octo-org", name: "models") { pullRequest(number: 70) { number } } }')).rejects.toThrow(
      'Could not resolve to a PullRequest with the number of 70.',
    );
    await expect(octokit.rest.issues.createComment({ owner: 'octo-org', repo: 'models', issue_number: 7, body: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(server.requests.length).toBeGreaterThan(0);
    for (const request of server.requests) {
      const { authorization, ...others } = request.headers;
      expect(authorization).toBe(`token ${secret}`);
      expect(JSON.stringify([request.path, request.query, request.body, others])).not.toContain(secret);
    }
  });
});
