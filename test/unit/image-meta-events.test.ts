/**
 * The tags a workflow gets, rule by rule, on each event a project builds images for: pushes to
 * the default branch and to a feature branch, release and pre-release tags, a pull request, the
 * nightly schedule and a manual run. Then flavor, images, sanitising, labels and the event payload.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMeta, eventContextFromGitHub, type EventPayloadFacts, type MetaEventContext, type MetaInput } from '../../src/image/meta/index.js';
import { ROOT } from '../helpers/paths.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const NOW = new Date('2020-01-10T00:30:00.000Z');
const base = { sha: SHA, defaultBranch: 'main', commitDate: new Date('2020-01-09T18:00:00Z') };

const EVENTS = {
  'push to main': { ...base, eventName: 'push', ref: 'refs/heads/main' },
  'push to feature/new-model': { ...base, eventName: 'push', ref: 'refs/heads/feature/new-model' },
  'push of tag v1.2.3': { ...base, eventName: 'push', ref: 'refs/tags/v1.2.3', baseRef: 'refs/heads/main' },
  'push of tag v2.0.0-rc.1': { ...base, eventName: 'push', ref: 'refs/tags/v2.0.0-rc.1' },
  'pull request #7': { ...base, eventName: 'pull_request', ref: 'refs/pull/7/merge', baseRef: 'main' },
  schedule: { ...base, eventName: 'schedule', ref: 'refs/heads/main' },
  workflow_dispatch: { ...base, eventName: 'workflow_dispatch', ref: 'refs/heads/main' },
} satisfies Record<string, MetaEventContext>;
type EventName = keyof typeof EVENTS;
const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

function meta(context: MetaEventContext, inputs: Partial<MetaInput> = {}) {
  return computeMeta({ images: [], tags: [], flavor: [], context, now: NOW, ...inputs });
}

const sha7 = 'sha-0123456';
const none: string[] = [];
const everywhere = (tags: string[]) => [tags, tags, tags, tags, tags, tags, tags] as const;
/** Tag names for: main, feature, v1.2.3, v2.0.0-rc.1, PR #7, schedule, workflow_dispatch. */
type Row = [rules: string[], ...tags: [string[], string[], string[], string[], string[], string[], string[]]];

const ROWS: Row[] = [
  [[], ['main'], ['feature-new-model'], ['v1.2.3', 'latest'], ['v2.0.0-rc.1', 'latest'], ['pr-7'], ['nightly', 'main'], ['main']],
  [['type=schedule'], none, none, none, none, none, ['nightly'], none],
  [["type=schedule,pattern={{date 'YYYYMMDD'}}"], none, none, none, none, none, ['20200110'], none],
  [["type=schedule,pattern=nightly-{{date 'YYYYMMDD-HHmm' tz='Europe/Paris'}}"], none, none, none, none, none, ['nightly-20200110-0130'], none],
  [['type=semver,pattern={{version}}'], none, none, ['1.2.3', 'latest'], ['2.0.0-rc.1'], none, none, none],
  [['type=semver,pattern={{major}}.{{minor}}'], none, none, ['1.2', 'latest'], ['2.0.0-rc.1'], none, none, none],
  [['type=semver,pattern={{major}}'], none, none, ['1', 'latest'], ['2.0.0-rc.1'], none, none, none],
  [['type=semver,pattern={{major}}.{{minor}}.{{patch}}'], none, none, ['1.2.3', 'latest'], ['2.0.0-rc.1'], none, none, none],
  [['type=semver,pattern={{raw}}'], none, none, ['v1.2.3', 'latest'], ['v2.0.0-rc.1'], none, none, none],
  [['type=semver,pattern=v{{major}}'], none, none, ['v1', 'latest'], ['2.0.0-rc.1'], none, none, none],
  [['type=semver,pattern={{version}},value=v3.4.5'], ...everywhere(['3.4.5', 'latest'])],
  [['type=pep440,pattern={{version}}'], none, none, ['1.2.3', 'latest'], ['2.0.0rc1'], none, none, none],
  [['type=match,pattern=v(\\d+),group=1'], none, none, ['1', 'latest'], ['2', 'latest'], none, none, none],
  [['type=edge'], ['edge'], none, none, none, none, ['edge'], ['edge']],
  [['type=edge,branch=feature/new-model'], none, ['edge'], none, none, none, none, none],
  [['type=ref,event=branch'], ['main'], ['feature-new-model'], none, none, none, ['main'], ['main']],
  [['type=ref,event=tag'], none, none, ['v1.2.3', 'latest'], ['v2.0.0-rc.1', 'latest'], none, none, none],
  [['type=ref,event=pr'], none, none, none, none, ['pr-7'], none, none],
  [['type=ref,event=pr,prefix=pull-'], none, none, none, none, ['pull-7'], none, none],
  [['type=sha'], ...everywhere([sha7])],
  [['type=sha,format=long'], ...everywhere([`sha-${SHA}`])],
  [['type=sha,prefix=,suffix=-{{branch}}'], ['0123456-main'], ['0123456-feature-new-model'], ['0123456-'], ['0123456-'], ['0123456-'], ['0123456-main'], ['0123456-main']],
  [['type=raw,value=stable,enable={{is_default_branch}}'], ['stable'], none, none, none, none, ['stable'], ['stable']],
  [['type=raw,value=dev,enable={{is_not_default_branch}}'], none, ['dev'], ['dev'], ['dev'], ['dev'], none, none],
  [['type=raw,value=base-{{base_ref}}'], ['base-'], ['base-'], ['base-main'], ['base-'], ['base-main'], ['base-'], ['base-']],
  [['type=raw,value={{branch}}-{{sha}}'], ['main-0123456'], ['feature-new-model-0123456'], ['-0123456'], ['-0123456'], ['-0123456'], ['main-0123456'], ['main-0123456']],
  [['type=raw,value={{tag}}'], none, none, ['v1.2.3'], ['v2.0.0-rc.1'], none, none, none],
  [["type=raw,value=build-{{commit_date 'YYYYMMDD-HHmm'}}"], ...everywhere(['build-20200109-1800'])],
  [['type=raw,value=nope,enable=false'], none, none, none, none, none, none, none],
  // the README's semver example
  [
    ['type=ref,event=branch', 'type=ref,event=pr', 'type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}'],
    ['main'], ['feature-new-model'], ['1.2.3', '1.2', 'latest'], ['2.0.0-rc.1'], ['pr-7'], ['main'], ['main'],
  ],
  // semver runs first (priority 900) and says "no latest" for the pre-release, so ref,event=tag cannot add it
  [['type=ref,event=tag', 'type=semver,pattern={{version}}'], none, none, ['1.2.3', 'v1.2.3', 'latest'], ['2.0.0-rc.1', 'v2.0.0-rc.1'], none, none, none],
  [['type=sha,priority=1100', 'type=ref,event=branch', 'type=ref,event=pr'], [sha7, 'main'], [sha7, 'feature-new-model'], [sha7], [sha7], [sha7, 'pr-7'], [sha7, 'main'], [sha7, 'main']],
];

describe.each(ROWS.map((row) => [row[0].length === 0 ? '(no tags: the default rules)' : row[0].join(' + '), row] as const))('%s', (_name, [rules, ...expected]) => {
  test.each(EVENT_NAMES.map((event, i) => [event, expected[i]!] as const))('on %s → %j', (event, tags) => {
    const result = meta(EVENTS[event], { tags: rules });
    expect(result.tagNames).toEqual(tags);
    // the version output is the first tag, from the highest-priority rule that gave one
    expect(result.version).toBe(tags[0] ?? '');
    expect(result.latest).toBe(tags.includes('latest'));
  });
});

describe('flavor', () => {
  const tag = EVENTS['push of tag v1.2.3'];
  const main = EVENTS['push to main'];
  test.each<[string, MetaEventContext, string[], string[], string[]]>([
    ['latest=true adds latest to a branch build', main, ['type=ref,event=branch'], ['latest=true'], ['main', 'latest']],
    ['latest=false drops it from a release', tag, ['type=semver,pattern={{version}}'], ['latest=false'], ['1.2.3']],
    ['latest=true adds it even to a pre-release', EVENTS['push of tag v2.0.0-rc.1'], ['type=semver,pattern={{version}}'], ['latest=true'], ['2.0.0-rc.1', 'latest']],
    ['prefix and suffix go on every tag but latest', tag, ['type=semver,pattern={{version}}', 'type=sha'], ['prefix=py311-', 'suffix=-slim'], ['py311-1.2.3-slim', 'sha-0123456-slim', 'latest']],
    ['onlatest=true puts them on latest too', tag, ['type=semver,pattern={{version}}'], ['prefix=py311-,onlatest=true', 'suffix=-slim,onlatest=true'], ['py311-1.2.3-slim', 'py311-latest-slim']],
    ['a rule’s own suffix= (even empty) wins over the flavor', tag, ['type=semver,pattern={{version}},suffix=', 'type=semver,pattern={{major}},suffix=-x'], ['suffix=-slim'], ['1.2.3', '1-x', 'latest']],
    ['the flavor prefix may hold expressions', EVENTS['push to feature/new-model'], ['type=raw,value=x'], ['prefix={{branch}}-'], ['feature-new-model-x']],
    ['type=sha has its own prefix sha-, so the flavor’s does not apply', EVENTS['push to feature/new-model'], ['type=sha'], ['prefix={{branch}}-'], ['sha-0123456']],
  ])('%s', (_name, context, tags, flavor, expected) => {
    expect(meta(context, { tags, flavor }).tagNames).toEqual(expected);
  });
});

describe('images', () => {
  const tag = EVENTS['push of tag v1.2.3'];
  test('each image gets every tag, image by image, in the order written', () => {
    const result = meta(tag, { images: ['ghcr.io/acme/housing', 'name=docker.io/acme/housing,enable=true'], tags: ['type=semver,pattern={{version}}', 'type=sha'] });
    expect(result.tags).toEqual([
      'ghcr.io/acme/housing:1.2.3', 'ghcr.io/acme/housing:sha-0123456', 'ghcr.io/acme/housing:latest',
      'docker.io/acme/housing:1.2.3', 'docker.io/acme/housing:sha-0123456', 'docker.io/acme/housing:latest',
    ]);
    expect(result.images.map((image) => image.name)).toEqual(['ghcr.io/acme/housing', 'docker.io/acme/housing']);
    expect(result.tagNames).toEqual(['1.2.3', 'sha-0123456', 'latest']);
  });

  test('names are lower-cased; enable=false leaves an image out', () => {
    const result = meta(tag, { images: ['ghcr.io/Acme/Housing', 'name=docker.io/acme/housing,enable=false'], tags: ['type=ref,event=tag'], flavor: ['latest=false'] });
    expect(result.tags).toEqual(['ghcr.io/acme/housing:v1.2.3']);
  });

  test('one line may list several images with commas', () => {
    expect(meta(tag, { images: ['ghcr.io/acme/a,ghcr.io/acme/b'], tags: ['type=ref,event=tag'] }).tags).toEqual(['ghcr.io/acme/a:v1.2.3', 'ghcr.io/acme/a:latest', 'ghcr.io/acme/b:v1.2.3', 'ghcr.io/acme/b:latest']);
  });

  test('no images: the tags are bare names', () => {
    expect(meta(tag, { tags: ['type=ref,event=tag'] }).tags).toEqual(['v1.2.3', 'latest']);
  });
});

describe('sanitising', () => {
  const push = (branch: string): MetaEventContext => ({ ...base, eventName: 'push', ref: `refs/heads/${branch}` });
  test.each([
    ['feature/new-model', 'feature-new-model'],
    ['dependabot/npm_and_yarn/@types/node-20.1', 'dependabot-npm_and_yarn-types-node-20.1'],
    ['my/feature#1245', 'my-feature-1245'],
    ['fix/ünïcode ⚡', 'fix-n-code-'],
    ['Release/V2', 'Release-V2'],
  ])('branch %s is tagged %s (runs of invalid characters become one -, case kept)', (branch, tag) => {
    expect(meta(push(branch), { tags: ['type=ref,event=branch'] }).tagNames).toEqual([tag]);
  });

  test('edge compares the branch name before sanitising', () => {
    expect(meta(push('feature/new-model'), { tags: ['type=edge,branch=feature-new-model'] }).tagNames).toEqual([]);
  });

  test('a tag longer than 128 characters is passed on as metadata-action does, with a warning', () => {
    const branch = `feature/${'x'.repeat(150)}`;
    const result = meta(push(branch), { tags: ['type=ref,event=branch'] });
    expect(result.tagNames).toEqual([`feature-${'x'.repeat(150)}`]);
    expect(result.warnings).toEqual([`'feature-${'x'.repeat(150)}' is not a valid Docker tag (1-128 of A-Z a-z 0-9 _ . -, not starting with . or -); the push will refuse it.`]);
  });

  test('a tag starting with . or - is warned about', () => {
    expect(meta(EVENTS['push to main'], { tags: ['type=raw,value=.hidden', 'type=raw,value=/x'] }).warnings).toEqual([
      "'.hidden' is not a valid Docker tag (1-128 of A-Z a-z 0-9 _ . -, not starting with . or -); the push will refuse it.",
      "'-x' is not a valid Docker tag (1-128 of A-Z a-z 0-9 _ . -, not starting with . or -); the push will refuse it.",
    ]);
  });

  test('expressions are HTML-escaped by Handlebars before sanitising, as in the action', () => {
    expect(meta(push('a=b'), { tags: ['type=raw,value={{branch}}', 'type=raw,value={{{branch}}}-raw'] }).tagNames).toEqual(['a-x3D-b', 'a-b-raw']);
  });

  test('the same tag from two rules appears once; `latest` from a raw rule is not merged with the flavor’s', () => {
    expect(meta(EVENTS['push of tag v1.2.3'], { tags: ['type=semver,pattern={{version}}', 'type=raw,value=1.2.3', 'type=raw,value=latest'] }).tagNames).toEqual(['1.2.3', 'latest', 'latest']);
  });
});

describe('labels', () => {
  const repository = { name: 'housing', description: 'California housing model', htmlUrl: 'https://github.com/acme/housing', license: 'Apache-2.0' };
  const context: MetaEventContext = { ...EVENTS['push of tag v1.2.3'], repository };

  test('the OCI labels, sorted by key; created is the run’s clock, revision the commit', () => {
    expect(meta(context, { tags: ['type=semver,pattern={{version}}'] }).labels).toEqual({
      'org.opencontainers.image.created': '2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description': 'California housing model',
      'org.opencontainers.image.licenses': 'Apache-2.0',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/acme/housing',
      'org.opencontainers.image.title': 'housing',
      'org.opencontainers.image.url': 'https://github.com/acme/housing',
      'org.opencontainers.image.version': '1.2.3',
    });
  });

  test('labels: lines override them, may use expressions, and # lines are comments', () => {
    const result = meta(context, { labels: ['org.opencontainers.image.title=Housing model', '# a note', 'org.opencontainers.image.ref.name={{tag}}', "built={{date 'YYYY-MM-DD'}}"] });
    expect(result.labelLines).toEqual([
      'built=2020-01-10',
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=California housing model',
      'org.opencontainers.image.licenses=Apache-2.0',
      'org.opencontainers.image.ref.name=v1.2.3',
      `org.opencontainers.image.revision=${SHA}`,
      'org.opencontainers.image.source=https://github.com/acme/housing',
      'org.opencontainers.image.title=Housing model',
      'org.opencontainers.image.url=https://github.com/acme/housing',
      'org.opencontainers.image.version=v1.2.3',
    ]);
  });

  test('unknown repository facts are empty, not missing', () => {
    expect(meta(EVENTS['push to main']).labels['org.opencontainers.image.licenses']).toBe('');
    expect(meta(EVENTS['push to main']).labels['org.opencontainers.image.title']).toBe('');
  });

  test('annotations repeat the labels at each level asked for', () => {
    const result = meta(context, { annotationLevels: ['index', 'manifest'], annotations: ['org.opencontainers.image.title=A'] });
    expect(result.annotations.filter((line) => line.includes('.title='))).toEqual(['index:org.opencontainers.image.title=A', 'manifest:org.opencontainers.image.title=A']);
  });
});

describe('expressions and warnings', () => {
  test('an enable= that is neither true nor false is refused', () => {
    expect(() => meta(EVENTS['push to main'], { tags: ['type=raw,value=x,enable={{branch}}'] })).toThrow("tags: type=raw,value=x,enable={{branch}},priority=200: enable= gave 'main', not true or false.");
  });

  test('an unknown helper is refused, naming the rule', () => {
    expect(() => meta(EVENTS['push to main'], { tags: ["type=raw,value={{now 'YYYY'}}"] })).toThrow("tags: type=raw,value={{now 'YYYY'}},enable=true,priority=200: '{{now 'YYYY'}}' calls {{now …}}, but there is no helper called now here.");
  });

  test('a time zone moment-timezone does not know falls back to UTC with a warning', () => {
    const result = meta(EVENTS.schedule, { tags: ["type=schedule,pattern={{date 'HHmm' tz='Mars/Olympus'}}"] });
    expect(result.tagNames).toEqual(['0030']);
    expect(result.warnings).toEqual(['Moment Timezone has no data for Mars/Olympus; {{date}} used UTC.']);
  });

  test('DOCKER_METADATA_SHORT_SHA_LENGTH changes the short sha in type=sha and {{sha}}', () => {
    expect(meta(EVENTS['push to main'], { tags: ['type=sha', 'type=raw,value=x-{{sha}}'], shortShaLength: 12 }).tagNames).toEqual(['x-0123456789ab', 'sha-0123456789ab']);
  });

  test('a semver rule on a tag that is not semver warns, and the run warns that no tag came out', () => {
    const result = meta({ ...base, eventName: 'push', ref: 'refs/tags/release-2020' }, { tags: ['type=semver,pattern={{version}}'] });
    expect(result.warnings).toEqual(['release-2020 is not a valid semver. More info: https://semver.org/', 'No Docker image version has been generated. Check tags input.', 'No Docker tag has been generated. Check tags input.']);
  });
});

describe('the event context from the runner (context: workflow)', () => {
  function payload(name: string): EventPayloadFacts {
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'events', `${name}.json`), 'utf8');
    return JSON.parse(text.replaceAll('__BASE_SHA__', 'b'.repeat(40)).replaceAll('__HEAD_SHA__', 'a'.repeat(40)).replaceAll('__BEFORE_SHA__', 'c'.repeat(40))) as EventPayloadFacts;
  }

  test('pull_request: GITHUB_SHA is the merge commit; the head sha only with DOCKER_METADATA_PR_HEAD_SHA', () => {
    const facts = { eventName: 'pull_request', ref: 'refs/pull/7/merge', sha: 'd'.repeat(40), payload: payload('pull_request.synchronize') };
    expect(eventContextFromGitHub(facts)).toMatchObject({ sha: 'd'.repeat(40), baseRef: 'main', defaultBranch: 'main' });
    expect(eventContextFromGitHub({ ...facts, prHeadSha: true }).sha).toBe('a'.repeat(40));
  });

  test('pull_request_target runs on the base branch but is tagged as the pull request', () => {
    const context = eventContextFromGitHub({ eventName: 'pull_request_target', ref: 'refs/heads/main', sha: 'd'.repeat(40), payload: payload('pull_request.opened.fork') });
    expect(context.ref).toBe('refs/pull/7/merge');
    expect(meta(context).tagNames).toEqual(['pr-7']);
  });

  test('push to the default branch: the default branch comes from the payload', () => {
    const context = eventContextFromGitHub({ eventName: 'push', ref: 'refs/heads/main', sha: 'a'.repeat(40), payload: payload('push.default-branch') });
    expect(meta(context, { tags: ['type=edge', 'type=raw,value=stable,enable={{is_default_branch}}'] }).tagNames).toEqual(['edge', 'stable']);
  });

  test('schedule payloads have no repository: is_default_branch holds because schedules run on it', () => {
    const context = eventContextFromGitHub({ eventName: 'schedule', ref: 'refs/heads/main', sha: 'a'.repeat(40), payload: payload('schedule') });
    expect(context.defaultBranch).toBeUndefined();
    expect(meta(context, { tags: ['type=raw,value=stable,enable={{is_default_branch}}', 'type=edge'] }).tagNames).toEqual(['stable']);
  });

  test('the commit date is the pushed commit’s timestamp; a tag push’s base_ref feeds {{base_ref}}', () => {
    const context = eventContextFromGitHub({
      eventName: 'push', ref: 'refs/tags/v1.2.3', sha: SHA,
      payload: { base_ref: 'refs/heads/main', head_commit: { id: SHA, timestamp: '2024-11-13T14:42:28+01:00' }, repository: { default_branch: 'main', name: 'housing', html_url: 'https://github.com/acme/housing', license: { spdx_id: 'MIT' } } },
    });
    expect(context).toMatchObject({ baseRef: 'refs/heads/main', commitDate: new Date('2024-11-13T13:42:28Z'), repository: { name: 'housing', htmlUrl: 'https://github.com/acme/housing', license: 'MIT' } });
    expect(meta(context, { tags: ["type=raw,value={{base_ref}}-{{commit_date 'YYYYMMDD'}}"] }).tagNames).toEqual(['main-20241113']);
  });
});
