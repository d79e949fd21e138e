/** The runner's environment and recorded event payloads → the run's context, event by event. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiUrls, ciContext, type EventPayload } from '../../src/platform/github-context.js';
import { parseTarget } from '../../src/forge/target.js';
import { commentTarget } from '../../src/publish.js';
import { ROOT } from '../helpers/paths.js';

const BASE = 'b'.repeat(40);
const HEAD = 'a'.repeat(40);
const BEFORE = 'c'.repeat(40);
const SHA = 'd'.repeat(40);

export function fixture(name: string): EventPayload {
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'events', `${name}.json`), 'utf8');
  return JSON.parse(text.replaceAll('__BASE_SHA__', BASE).replaceAll('__HEAD_SHA__', HEAD).replaceAll('__BEFORE_SHA__', BEFORE)) as EventPayload;
}

const env = (event: string): NodeJS.ProcessEnv => ({
  GITHUB_EVENT_NAME: event, GITHUB_REPOSITORY: 'acme/housing', GITHUB_SHA: SHA, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '42',
});

const where = { repository: 'acme/housing', sha: SHA, runUrl: 'https://github.com/acme/housing/actions/runs/42' };
const noPullRequest = (event: string): { skipped: string } => ({ skipped: `no pull request for this ${event} event (set comment: always to comment on the commit)` });

describe.each([
  ['pull_request', 'pull_request.opened.fork', { event: 'pr', defaultBase: BASE, ...where, pullRequest: { number: 7, headSha: HEAD, baseSha: BASE, baseRef: 'main', fork: true } }, { kind: 'pr', number: 7 }, { kind: 'pr', number: 7 }],
  ['pull_request', 'pull_request.synchronize', { event: 'pr', defaultBase: BASE, ...where, pullRequest: { number: 7, headSha: HEAD, baseSha: BASE, baseRef: 'main', fork: false } }, { kind: 'pr', number: 7 }, { kind: 'pr', number: 7 }],
  ['pull_request_target', 'pull_request.synchronize', { event: 'pr', defaultBase: BASE, ...where, pullRequest: { number: 7, headSha: HEAD, baseSha: BASE, baseRef: 'main', fork: false } }, { kind: 'pr', number: 7 }, { kind: 'pr', number: 7 }],
  ['push', 'push.default-branch', { event: 'push', defaultBase: BEFORE, ...where, pullRequest: undefined }, noPullRequest('push'), { kind: 'commit', sha: SHA }],
  ['schedule', 'schedule', { event: 'schedule', defaultBase: 'HEAD', ...where, pullRequest: undefined }, noPullRequest('schedule'), { kind: 'commit', sha: SHA }],
  ['workflow_dispatch', 'workflow_dispatch', { event: 'manual', defaultBase: 'HEAD', ...where, pullRequest: undefined }, noPullRequest('manual'), { kind: 'commit', sha: SHA }],
])('%s (%s)', (eventName, file, expected, autoTarget, alwaysTarget) => {
  const context = ciContext(env(eventName), fixture(file));
  it('is read into the context: our event, the base it implies, the repository, commit, run and pull request', () => {
    expect(context).toStrictEqual(expected);
  });
  it('comments where the event calls for it', () => {
    expect(commentTarget(context, 'auto')).toEqual(autoTarget);
    expect(commentTarget(context, 'always')).toEqual(alwaysTarget);
    expect(commentTarget(context, 'never')).toEqual({ skipped: 'comment is set to never' });
  });
});

test('a first push of a new branch (before = zeros) compares with the parent commit', () => {
  const payload = { ...fixture('push.default-branch'), before: '0'.repeat(40) };
  expect(ciContext(env('push'), payload).defaultBase).toBe('HEAD~1');
});

test('API URLs: github.com defaults, and GitHub Enterprise Server as its runner sets them', () => {
  expect(apiUrls({})).toEqual({ apiUrl: 'https://api.github.com', graphqlUrl: 'https://api.github.com/graphql' });
  expect(apiUrls({ GITHUB_API_URL: 'https://ghe.example.com/api/v3' })).toEqual({ apiUrl: 'https://ghe.example.com/api/v3', graphqlUrl: 'https://ghe.example.com/api/graphql' });
  expect(apiUrls({ GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql' }).graphqlUrl).toBe('http://127.0.0.1:9/graphql');
});

describe('CML --target values', () => {
  const pr = ciContext(env('pull_request'), fixture('pull_request.synchronize'));
  const push = ciContext(env('push'), fixture('push.default-branch'));
  it.each([
    ['pr', pr, { kind: 'pr', number: 7 }],
    [undefined, pr, { kind: 'pr', number: 7 }],
    [undefined, push, { kind: 'commit', sha: SHA }],
    ['pr/12', push, { kind: 'pr', number: 12 }],
    ['issue/3', push, { kind: 'issue', number: 3 }],
    ['commit/abc1234', push, { kind: 'commit', sha: 'abc1234' }],
  ])('--target %s', (text, context, target) => {
    expect(parseTarget(text, context)).toEqual(target);
  });
  it.each([
    ['pr', push, '--target pr: this run is not for a pull request.'],
    ['issue', push, "--target: 'issue' needs an issue number, e.g. issue/12."],
    ['mr/3', push, "--target: 'mr/3' is not a target."],
    ['commit/xyz', push, "--target: 'xyz' is not a commit sha."],
  ])('--target %s is refused', (text, context, message) => {
    expect(() => parseTarget(text, context)).toThrow(message);
  });
});
