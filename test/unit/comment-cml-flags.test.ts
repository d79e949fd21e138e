// CML's flags for `comment create|update`, read as CML reads them (bin/cml/comment/create.js, the
// global --driver/--repo/--token, src/watermark.js's placeholders).
import { commentRequest, parseRepository } from '../../src/cli/comment-cml-flags.js';

const env = { GITHUB_WORKFLOW: 'CI', GITHUB_RUN_ID: '4242' };

test.each([
  ['acme/housing', { slug: 'acme/housing' }],
  ['https://github.com/acme/housing', { slug: 'acme/housing', host: 'github.com' }],
  ['https://github.com/acme/housing.git', { slug: 'acme/housing', host: 'github.com' }],
  ['https://ghe.example.com:8443/acme/housing/', { slug: 'acme/housing', host: 'ghe.example.com:8443' }],
  ['git@github.com:acme/housing.git', { slug: 'acme/housing', host: 'github.com' }],
])('--repo %s is %j', (value, parsed) => {
  expect(parseRepository(value)).toEqual(parsed);
});

test.each(['acme', 'https://github.com/acme', 'a/b/c', ''])('--repo %j is refused, naming the flag', (value) => {
  expect(() => parseRepository(value)).toThrow(/^--repo: /);
});

test("--repo as a URL: this run's server (github.com unless GITHUB_SERVER_URL says), never another", () => {
  expect(commentRequest('create', { watermarkTitle: 'd', repo: 'https://github.com/acme/housing' }, env).repo).toBe('acme/housing');
  expect(commentRequest('create', { watermarkTitle: 'd', repo: 'https://GHE.example.com/acme/housing' }, { GITHUB_SERVER_URL: 'https://ghe.example.com' }).repo).toBe('acme/housing');
  expect(() => commentRequest('create', { watermarkTitle: 'd', repo: 'https://ghe.example.com/acme/housing' }, env)).toThrow('--repo: https://ghe.example.com/acme/housing is on ghe.example.com, but this run talks to github.com.');
});

test('{workflow} and {run}: the first of each, as CML replaces them; left as written where the run does not say', () => {
  expect(commentRequest('create', { watermarkTitle: '{workflow}/{run}/{run}' }, env).watermarkTitle).toBe('CI/4242/{run}');
  expect(commentRequest('create', { watermarkTitle: '{workflow}' }, {}).watermarkTitle).toBe('{workflow}');
});

test('the older target flags and --update', () => {
  expect(commentRequest('create', { watermarkTitle: 'default', pr: true }, env)).toMatchObject({ verb: 'create', target: 'pr' });
  expect(commentRequest('create', { watermarkTitle: 'default', headSha: 'abc1234' }, env)).toMatchObject({ target: 'commit/abc1234' });
  expect(commentRequest('create', { watermarkTitle: 'default', update: true }, env)).toMatchObject({ verb: 'update', target: undefined });
  expect(() => commentRequest('create', { watermarkTitle: 'default', pr: true, commitSha: 'abc1234' }, env)).toThrow('--pr and --commit-sha cannot be given together.');
  expect(() => commentRequest('update', { watermarkTitle: 'default', target: 'pr/1', commitSha: 'HEAD' }, env)).toThrow('comment update: --target cannot be given with --commit-sha');
});

test('the token: --token, else --driver-token; none leaves it to the environment', () => {
  expect(commentRequest('create', { watermarkTitle: 'd', token: 'a', driverToken: 'b' }, env).token).toBe('a');
  expect(commentRequest('create', { watermarkTitle: 'd', driverToken: 'b' }, env).token).toBe('b');
  expect(commentRequest('create', { watermarkTitle: 'd', token: '' }, env).token).toBeUndefined();
});

test('--driver github is accepted; --trigger-file is the watcher, refused', () => {
  expect(commentRequest('create', { watermarkTitle: 'd', driver: 'github' }, env).warnings).toEqual([]);
  expect(() => commentRequest('create', { watermarkTitle: 'd', triggerFile: 'x' }, env)).toThrow('comment create --watch: mlops does not watch the file.');
});
