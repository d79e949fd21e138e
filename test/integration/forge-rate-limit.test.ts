/**
 * The GitHub forge, in-process, against the local GitHub server: once GitHub says "stop" —
 * `retry-after` on a 403/429 secondary limit, or `x-ratelimit-remaining: 0` until
 * `x-ratelimit-reset` — no request of the run leaves before that time, whichever call it
 * belongs to, and requests go one at a time. The calls are fired together (as Promise.all), so a
 * client that only delays the refused request would send the others inside the window.
 */
import { GitHubForge } from '../../src/forge/github.js';
import { rateLimitFault, secondaryRateLimitFault, startGitHubServer, tooManyRequestsFault, type Fault, type GitHubServer, type RecordedRequest } from '../helpers/github-server.js';

const TOKEN = 'ghs_RateLimitQueueToken0123456789abcdef';
const REPO = 'acme/housing';
const HEAD = 'c'.repeat(40);
const MARKER = '<!-- mlops-action report:default -->';
const ALERT = '<!-- mlops-action alert:default -->';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.addRepo(REPO);
  server.addToken(TOKEN, { login: 'github-actions', type: 'Bot' });
  server.addPull(REPO, { number: 7, headSha: HEAD, baseSha: 'd'.repeat(40) });
});

afterEach(async () => {
  await server.close();
});

function forge(waits: string[], rateLimitRetries?: number): GitHubForge {
  return new GitHubForge({ token: TOKEN, repository: REPO, apiUrl: server.url, graphqlUrl: `${server.url}/graphql`, onWait: (message) => waits.push(message), rateLimitRetries });
}

/** What the publish stage does, all at once: the sticky comment, the check run and the alert issue. */
function publishTogether(github: GitHubForge) {
  return Promise.all([
    github.createCheckRun({ name: 'mlops: gates', headSha: HEAD, conclusion: 'success', title: 'Gates pass', summary: 'acc 0.93 >= 0.8' }),
    github.upsertComment({ kind: 'pr', number: 7 }, MARKER, `${MARKER}\nThe report`),
    github.upsertAlertIssue(ALERT, 'mlops: gates failing', `${ALERT}\nThe alert`, ['mlops-alert']),
  ]);
}

/** Requests other than `refused` that arrived after it was answered and before `until` (ms). */
function insideWindow(refused: RecordedRequest, until: number): string[] {
  return server.requests.filter((r) => r !== refused && r.at >= refused.answeredAt && r.at < until).map((r) => `${r.method} ${r.path} +${r.at - refused.answeredAt}ms`);
}

/** Pairs of requests that were at the server at the same time. */
function overlapping(): string[] {
  const sorted = [...server.requests].sort((a, b) => a.at - b.at);
  return sorted.slice(1).flatMap((r, i) => (r.at < sorted[i]!.answeredAt ? [`${sorted[i]!.method} ${sorted[i]!.path} / ${r.method} ${r.path}`] : []));
}

function expectPublished(outcomes: Awaited<ReturnType<typeof publishTogether>>): void {
  const [check, comment, issue] = outcomes;
  expect(check.kind).toBe('created');
  expect(comment.kind).toBe('created');
  expect(issue.kind).toBe('created');
  expect(server.checkRuns(REPO)).toHaveLength(1);
  expect(server.comments(REPO, 7).filter((c) => c.body.includes(MARKER))).toHaveLength(1);
  expect(server.issues(REPO).filter((i) => i.body.includes(ALERT))).toHaveLength(1);
}

describe.each<[string, number, Fault]>([
  ['a secondary rate limit (403, retry-after: 2) on the check run', 2, secondaryRateLimitFault({ method: 'POST', path: /\/check-runs$/, retryAfter: 2 })],
  ['a 429 with retry-after: 2 on the check run', 2, tooManyRequestsFault({ method: 'POST', path: /\/check-runs$/, retryAfter: 2 })],
  ['a secondary rate limit (403, retry-after: 1) on the GraphQL comment lookup', 1, secondaryRateLimitFault({ graphql: true, retryAfter: 1 })],
])('%s', (_name, seconds, fault) => {
  it('holds every other request of the run until the window ends, then retries the refused one once', async () => {
    const waits: string[] = [];
    server.fault(fault);
    expectPublished(await publishTogether(forge(waits)));
    const refused = server.requests.filter((r) => r.status === 403 || r.status === 429);
    expect(refused).toHaveLength(1);
    expect(insideWindow(refused[0]!, refused[0]!.answeredAt + seconds * 1000)).toEqual([]);
    expect(overlapping()).toEqual([]);
    const retried = server.requests.filter((r) => r.method === refused[0]!.method && r.path === refused[0]!.path && r.body === refused[0]!.body);
    expect(retried.map((r) => r.status)).toEqual([refused[0]!.status, refused[0]!.kind === 'graphql' ? 200 : 201]);
    // The wait is told once, by the queue when it held a queued request, else by the retry that
    // waited it out itself (which of the two depends on whether another call was queued by then).
    expect(waits).toContainEqual(
      expect.stringMatching(new RegExp(`^GitHub rate limit: holding all requests for \\d+s \\(retry-after: ${seconds} on POST \\S+\\)\\.$|^GitHub (secondary )?rate limit on POST \\S+: waiting ${seconds}s, then trying again \\(1/3\\)\\.$`)),
    );
    expect(waits.join('\n')).not.toContain(TOKEN);
  });
});

test('a primary rate limit (403, x-ratelimit-remaining: 0) holds every request of the run until x-ratelimit-reset', async () => {
  const waits: string[] = [];
  const fault = rateLimitFault({ method: 'POST', path: /\/check-runs$/, resetIn: 2 });
  const reset = Number(fault.headers!['x-ratelimit-reset']) * 1000;
  server.fault(fault);
  expectPublished(await publishTogether(forge(waits)));
  const refused = server.requests.filter((r) => r.status === 403);
  expect(refused).toHaveLength(1);
  expect(insideWindow(refused[0]!, reset)).toEqual([]);
  expect(overlapping()).toEqual([]);
  expect(waits.join('\n')).not.toContain(TOKEN);
});

test('the last request of the primary limit (x-ratelimit-remaining: 0 on a success) holds all the others until x-ratelimit-reset: none is refused', async () => {
  const waits: string[] = [];
  const reset = server.setRateLimit(TOKEN, { resource: 'core', remaining: 1, resetIn: 2 }) * 1000;
  server.setRateLimit(TOKEN, { resource: 'graphql', remaining: 1, resetIn: 2 });
  expectPublished(await publishTogether(forge(waits)));
  expect(server.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
  const [last, ...others] = server.requests;
  expect(others.filter((r) => r.at < reset).map((r) => `${r.method} ${r.path} ${reset - r.at}ms before the reset`)).toEqual([]);
  expect(last!.status).toBeLessThan(300);
  expect(overlapping()).toEqual([]);
  expect(waits.join('\n')).not.toContain(TOKEN);
});

test('a request refused again and again is retried only rateLimitRetries times, and the queue still holds the others', async () => {
  const waits: string[] = [];
  server.fault(secondaryRateLimitFault({ method: 'POST', path: /\/check-runs$/, retryAfter: 1, times: 10 }));
  const github = forge(waits, 1);
  const [check, comment] = await Promise.allSettled([
    github.createCheckRun({ name: 'mlops: gates', headSha: HEAD, conclusion: 'success', title: 'Gates pass', summary: 'ok' }),
    github.upsertComment({ kind: 'pr', number: 7 }, MARKER, `${MARKER}\nThe report`),
  ]);
  expect(check.status).toBe('rejected');
  expect(comment).toMatchObject({ status: 'fulfilled', value: { kind: 'created' } });
  const refused = server.requests.filter((r) => r.status === 403);
  expect(refused).toHaveLength(2);
  for (const r of refused) expect(insideWindow(r, r.answeredAt + 1000)).toEqual([]);
  expect(overlapping()).toEqual([]);
});

test('a 429 is retried as the rate limit says, not also by the 5xx retry plugin', async () => {
  const waits: string[] = [];
  server.fault(tooManyRequestsFault({ method: 'POST', path: /\/check-runs$/, retryAfter: 1, times: 10 }));
  const outcome = forge(waits, 1).createCheckRun({ name: 'mlops: gates', headSha: HEAD, conclusion: 'success', title: 'Gates pass', summary: 'ok' });
  await expect(outcome).rejects.toMatchObject({ status: 429 });
  expect(server.requests.map((r) => r.status)).toEqual([429, 429]);
  const [first, second] = server.requests;
  expect(second!.at - first!.answeredAt).toBeGreaterThanOrEqual(1000);
});

test('a 502 is still retried by the retry plugin', async () => {
  server.fault({ method: 'POST', path: /\/check-runs$/, status: 502, body: { message: 'Server Error' } });
  const outcome = await forge([]).createCheckRun({ name: 'mlops: gates', headSha: HEAD, conclusion: 'success', title: 'Gates pass', summary: 'ok' });
  expect(outcome.kind).toBe('created');
  expect(server.requests.map((r) => r.status)).toEqual([502, 201]);
});
