/**
 * GTO's tag grammar and the tags a ship adds, table-driven from GTO's own tests
 * (iterative/gto tests/test_tag.py test_parse_name / test_parse_wrong_names / test_parse_correct_names,
 * tests/test_api.py: `gto assign model --stage dev HEAD` writes model@v0.0.1 then model#dev#1).
 */
import { bumpPatch, compareVersions, dvcArtifactNames, parseGtoTag, parseLsRemoteTags, planShipTags, type ExistingTag } from '../../src/gto.js';

test.each([
  ['path@v1.2.3', { artifact: 'path', action: 'register', version: 'v1.2.3' }],
  ['path@v1.2.3#5', { artifact: 'path', action: 'register', version: 'v1.2.3', counter: 5 }],
  ['path@v1.2.3!', { artifact: 'path', action: 'deregister', version: 'v1.2.3' }],
  ['path@v1.2.3!#2', { artifact: 'path', action: 'deregister', version: 'v1.2.3', counter: 2 }],
  ['path#stage', { artifact: 'path', action: 'assign', stage: 'stage' }],
  ['path#stage#1', { artifact: 'path', action: 'assign', stage: 'stage', counter: 1 }],
  ['path#stage!#2', { artifact: 'path', action: 'unassign', stage: 'stage', counter: 2 }],
  ['models=churn#prod#3', { artifact: 'models:churn', action: 'assign', stage: 'prod', counter: 3 }],
])('GTO parses %s', (name, parsed) => {
  expect(parseGtoTag(name)).toEqual(parsed);
});

test.each(['', '###', '@@@', 'model@v1', 'nn#prod#-1', 'model@v111', 'model-prod', 'model@0.0.1', 'model-prod-v1', 'model#prod#-1', 'model#prod#1-2', 'model#prod?#1-2', 'model#prod@v1.2.3', 'model@v1.2.3#prod', 'model-prod-v1-stage', 'model@prod@v1@stage-1', 'namespace/model@0.0.1', '@namespace/model@0.0.1', 'model#prod#v1#stage#1-', 'model#prod-v1-stage@1-2', 'model#prod-v1-stage@1-2#@', 'v1.0.0'])(
  'not a GTO tag: %j',
  (name) => {
    expect(parseGtoTag(name)).toBeUndefined();
  },
);

test.each(['nn#prod', 'nn#prod!', 'nn#prod#1', 'nn@v1.0.0', 'nn#prod!#2', 'nn@v1.0.0!', 'nn@v1.0.0#1', 'nn@v1.0.0!#1', 'nn@v1.0.0-rc.2', 'nn@v1.0.0-alpha', 'nn@v1.0.0-alpha.1', 'nn@v1.0.0-alpha.beta', 'new-artifact@v1.0.1!'])('a GTO tag: %s', (name) => {
  expect(parseGtoTag(name)).toBeDefined();
});

test('versions in SemVer order, patch bumped as python-semver does', () => {
  const versions = ['v1.0.0', 'v0.0.10', 'v1.0.0-rc.1', 'v0.0.2', 'v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-rc.11', 'v1.0.0-rc.2'];
  expect([...versions].sort(compareVersions)).toEqual(['v0.0.2', 'v0.0.10', 'v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-rc.1', 'v1.0.0-rc.2', 'v1.0.0-rc.11', 'v1.0.0']);
  expect(bumpPatch('v0.0.9')).toBe('v0.0.10');
  expect(bumpPatch('v1.2.0-rc.1+build.5')).toBe('v1.2.1');
});

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const tag = (name: string, commit: string, annotated = true): ExistingTag => ({ name, commit, annotated });

test.each<[string, ExistingTag[], string, ReturnType<typeof planShipTags>]>([
  ['the first ship: v0.0.1 and the first assignment (gto assign model --stage prod)', [], A, {
    kind: 'tags', artifact: 'model', version: 'v0.0.1',
    tags: [{ name: 'model@v0.0.1', message: 'Registering artifact model version v0.0.1' }, { name: 'model#prod#1', message: 'Assigning stage prod to artifact model version v0.0.1' }],
  }],
  ['a new commit: the latest version, patch bumped; the counter past every tag of the artifact', [tag('model@v0.3.0', A), tag('model#staging#4', A), tag('other#prod#9', A)], B, {
    kind: 'tags', artifact: 'model', version: 'v0.3.1',
    tags: [{ name: 'model@v0.3.1', message: 'Registering artifact model version v0.3.1' }, { name: 'model#prod#5', message: 'Assigning stage prod to artifact model version v0.3.1' }],
  }],
  ['a commit with a version already: only the assignment', [tag('model@v2.0.0', B), tag('model@v1.0.0', A)], A, {
    kind: 'tags', artifact: 'model', version: 'v1.0.0', tags: [{ name: 'model#prod#1', message: 'Assigning stage prod to artifact model version v1.0.0' }],
  }],
  ['the same commit shipped again: nothing', [tag('model@v0.0.1', A), tag('model#prod#1', A)], A, { kind: 'in-prod', artifact: 'model', version: 'v0.0.1' }],
  ['an older version back in prod (a rollback): a new assignment', [tag('model@v0.0.1', A), tag('model#prod#1', A), tag('model@v0.0.2', B), tag('model#prod#2', B)], A, {
    kind: 'tags', artifact: 'model', version: 'v0.0.1', tags: [{ name: 'model#prod#3', message: 'Assigning stage prod to artifact model version v0.0.1' }],
  }],
  ['a deregistered version is not bumped from; a lightweight tag is no version but counts for the counter', [tag('model@v0.1.0', A), tag('model@v0.2.0', B), tag('model@v0.2.0!#1', B), tag('model@v0.9.0', B, false), tag('model#dev#7', A, false)], C, {
    kind: 'tags', artifact: 'model', version: 'v0.1.1',
    tags: [{ name: 'model@v0.1.1', message: 'Registering artifact model version v0.1.1' }, { name: 'model#prod#8', message: 'Assigning stage prod to artifact model version v0.1.1' }],
  }],
])('%s', (_, tags, commit, plan) => {
  expect(planShipTags({ artifact: 'model', commit, tags })).toEqual(plan);
});

test('an artifact of a dvc.yaml in a folder: `folder:name`, written `folder=name` in tags', () => {
  expect(planShipTags({ artifact: 'models/nlp:classifier', commit: A, tags: [tag('models/nlp=classifier@v1.0.0', B)] })).toEqual({
    kind: 'tags', artifact: 'models/nlp:classifier', version: 'v1.0.1',
    tags: [{ name: 'models/nlp=classifier@v1.0.1', message: 'Registering artifact models/nlp:classifier version v1.0.1' }, { name: 'models/nlp=classifier#prod#1', message: 'Assigning stage prod to artifact models/nlp:classifier version v1.0.1' }],
  });
  expect(dvcArtifactNames('stages: {}\nartifacts:\n  classifier:\n    path: model.pkl\n    type: model\n  data: {path: d.csv}\n', 'models/nlp/')).toEqual(['models/nlp:classifier', 'models/nlp:data']);
  expect(dvcArtifactNames('stages: {}\n', '')).toEqual([]);
});

test('ls-remote: annotated tags peeled to their commit, lightweight ones as they are', () => {
  const text = `${C}\trefs/tags/model@v0.0.1\n${A}\trefs/tags/model@v0.0.1^{}\n${B}\trefs/tags/light\n${A}\trefs/heads/main\n`;
  expect(parseLsRemoteTags(text)).toEqual([tag('model@v0.0.1', A), tag('light', B, false)]);
});
