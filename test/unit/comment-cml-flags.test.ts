// CML's flags for `comment create|update`, read as CML reads them (bin/cml/comment/create.js, the
// global --driver/--repo/--token, src/watermark.js's placeholders).
import { commentRequest, repositorySlug } from '../../src/cli/comment-cml-flags.js';

const env = { GITHUB_WORKFLOW: 'CI', GITHUB_RUN_ID: '4242' };

test.each([
  ['acme/housing', 'acme/housing'],
  ['https://github.com/acme/housing', 'acme/housing'],
  ['https://github.com/acme/housing.git', 'acme/housing'],
  ['https://ghe.example.com/acme/housing/', 'acme/housing'],
  ['git@github.com:acme/housing.git', 'acme/housing'],
])('--repo %s is %s', (value, slug) => {
  expect(repositorySlug(value)).toBe(slug);
});

test.each(['acme', 'https://github.com/acme', 'a/b/c', ''])('--repo %j is refused, naming the flag', (value) => {
  expect(() => repositorySlug(value)).toThrow(/^--repo: /);
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
