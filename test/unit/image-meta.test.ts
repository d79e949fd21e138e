/**
 * docker/metadata-action's own tests (__tests__/meta.test.ts), case by case under their names, on
 * its event fixtures: the same `tags:`/`flavor:`/`images:` inputs must give the same version and
 * tags. Their clock is frozen at 2020-01-10T00:30:00Z and so is ours.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMeta, eventContextFromGitHub, type MetaEventContext, type MetaInput } from '../../src/image/meta/index.js';
import { ROOT } from '../helpers/paths.js';

const NOW = new Date('2020-01-10T00:30:00.000Z');
const REPOSITORY = { name: 'Hello-World', description: 'This your first repo!', htmlUrl: 'https://github.com/octocat/Hello-World', license: 'MIT' };

/** A fixture's GITHUB_* variables and PAYLOAD_* facts → the context the action builds. */
function fixture(name: string, prHeadSha = false): MetaEventContext {
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'image-meta', name), 'utf8');
  const env = Object.fromEntries(text.split('\n').filter((line) => line.includes('=')).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  const payload = {
    number: env.PAYLOAD_NUMBER ? Number(env.PAYLOAD_NUMBER) : undefined,
    base_ref: env.PAYLOAD_BASE_REF,
    repository: env.PAYLOAD_DEFAULT_BRANCH ? { default_branch: env.PAYLOAD_DEFAULT_BRANCH } : undefined,
    pull_request: env.PAYLOAD_PR_HEAD_SHA ? { head: { sha: env.PAYLOAD_PR_HEAD_SHA }, base: { ref: env.PAYLOAD_PR_BASE_REF } } : undefined,
  };
  const context = eventContextFromGitHub({ eventName: env.GITHUB_EVENT_NAME ?? '', ref: env.GITHUB_REF ?? '', sha: env.GITHUB_SHA ?? '', payload, prHeadSha });
  return { ...context, commitDate: NOW, repository: REPOSITORY };
}

type Inputs = Partial<Pick<MetaInput, 'images' | 'tags' | 'flavor' | 'labels' | 'annotations'>>;
type Case = [name: string, fixture: string, inputs: Inputs, version: string | undefined, latest: boolean, tags: string[]];

function run(file: string, inputs: Inputs, prHeadSha = false) {
  const context = fixture(file, prHeadSha);
  return { context, result: computeMeta({ images: [], tags: [], flavor: [], ...inputs, context, now: NOW }) };
}

function standardLabels(revision: string, version: string): string[] {
  return [
    'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
    'org.opencontainers.image.description=This your first repo!',
    'org.opencontainers.image.licenses=MIT',
    `org.opencontainers.image.revision=${revision}`,
    'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
    'org.opencontainers.image.title=Hello-World',
    'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
    `org.opencontainers.image.version=${version}`,
  ];
}

function check([, file, inputs, version, latest, tags]: Case, prHeadSha = false): void {
  const { context, result } = run(file, inputs, prHeadSha);
  expect(result.version).toBe(version ?? '');
  expect(result.latest).toBe(latest);
  expect(result.tags).toEqual(tags);
  expect(result.labelLines).toEqual(standardLabels(context.sha, version ?? ''));
}

const two = ['org/app', 'ghcr.io/user/app'];
const SHA860 = '860c1904a1ce19322e91ac35af1ab07466440c37';
const SHA266 = '266574110acf203503badf966df2ea24b5d732d7';
const each = (images: string[], names: string[]) => images.flatMap((image) => names.map((name) => (image ? `${image}:${name}` : name)));

describe('null: no ref, no sha', () => {
  test.each<Case>([
    ['null01 default rules give nothing', 'event_null.env', { images: ['user/app'] }, undefined, false, []],
    ['null02 type=sha and {{branch}} give nothing', 'event_empty.env', { images: ['user/app'], tags: ['type=sha', 'type=raw,{{branch}}'] }, undefined, false, []],
  ])('%s', (...c) => check(c));

  test('both warn that no version and no tag came out', () => {
    expect(run('event_null.env', { images: ['user/app'] }).result.warnings).toEqual(['No Docker image version has been generated. Check tags input.', 'No Docker tag has been generated. Check tags input.']);
  });
});

describe('push', () => {
  test.each<Case>([
    ['push01 dev, default rules → dev', 'event_push_dev.env', { images: ['user/app'] }, 'dev', false, ['user/app:dev']],
    ['push02 master, type=edge → edge', 'event_push_master.env', { images: ['user/app'], tags: ['type=edge'] }, 'edge', false, ['user/app:edge']],
    ['push03 master, default rules → master', 'event_push_master.env', { images: ['user/app'] }, 'master', false, ['user/app:master']],
    ['push04 workflow_dispatch on master, type=edge → edge', 'event_workflow_dispatch.env', { images: ['user/app'], tags: ['type=edge'] }, 'edge', false, ['user/app:edge']],
    ['push05 two images get the same tags', 'event_push_dev.env', { images: two }, 'dev', false, each(two, ['dev'])],
    ['push06 two images, edge', 'event_push_master.env', { images: two, tags: ['type=edge'] }, 'edge', false, each(two, ['edge'])],
    ['push07 branch and short sha', 'event_push_dev.env', { images: two, tags: ['type=ref,event=branch', 'type=sha'] }, 'dev', false, each(two, ['dev', 'sha-860c190'])],
    ['push08 edge and short sha', 'event_push_master.env', { images: two, tags: ['type=edge', 'type=sha'] }, 'edge', false, each(two, ['edge', 'sha-2665741'])],
    ['push09 edge,branch=dev on dev', 'event_push_dev.env', { images: two, tags: ['type=edge,branch=dev', 'type=sha'] }, 'edge', false, each(two, ['edge', 'sha-860c190'])],
    ['push10 edge,branch=dev on master: only the sha', 'event_push_master.env', { images: two, tags: ['type=edge,branch=dev', 'type=sha'] }, 'sha-2665741', false, each(two, ['sha-2665741'])],
    ['push11 branch my/feature#1245 is not the default: no edge', 'event_push_invalidchars.env', { images: two, tags: ['type=edge', 'type=sha'] }, 'sha-983315b', false, each(two, ['sha-983315b'])],
    ['push12 semver/pep440 without a tag give nothing', 'event_push_invalidchars.env', { images: two, tags: ['type=semver,pattern={{version}}', 'type=pep440,pattern={{version}}', 'type=edge'] }, undefined, false, []],
    ['push13 priority=2000 puts the branch first', 'event_push_master.env', { images: ['user/app'], tags: ['type=ref,priority=2000,event=branch', 'type=edge'] }, 'master', false, ['user/app:master', 'user/app:edge']],
    ['push14 semver/pep440 value= on a branch', 'event_push_master.env', { images: ['user/app'], tags: ['type=semver,pattern={{version}},value=v1.2.3', 'type=pep440,pattern={{version}},value=v1.2.3', 'type=edge'] }, '1.2.3', true, ['user/app:1.2.3', 'user/app:edge', 'user/app:latest']],
    ['push15 match value= on a branch', 'event_push_master.env', { images: ['user/app'], tags: ['type=match,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'] }, '1.2.3', true, ['user/app:1.2.3', 'user/app:edge', 'user/app:latest']],
    ['push16 enable=false skips a rule', 'event_push_master.env', { images: ['user/app'], tags: ['type=match,enable=false,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'] }, 'edge', false, ['user/app:edge']],
    ['push17 global expressions in raw values', 'event_push_master.env', {
      images: ['user/app'],
      tags: [
        'type=raw,value=mytag-{{branch}}', "type=raw,value=mytag-{{date 'YYYYMMDD'}}", "type=raw,value=mytag-cd-{{commit_date 'YYYYMMDD'}}",
        "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}", 'type=raw,value=mytag-tag-{{tag}}', 'type=raw,value=mytag-baseref-{{base_ref}}',
        'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
      ],
    }, 'mytag-master', false, each(['user/app'], ['mytag-master', 'mytag-20200110', 'mytag-cd-20200110', 'mytag-20200110-093000', 'mytag-tag-', 'mytag-baseref-', 'mytag-defbranch'])],
    ['push18 long sha', 'event_push_dev.env', { images: two, tags: ['type=ref,event=branch', 'type=sha,format=long'] }, 'dev', false, each(two, ['dev', `sha-${SHA860}`])],
    ['push19 not the default branch: no defbranch tag', 'event_push_dev.env', { images: two, tags: ['type=edge,branch=master', 'type=ref,event=branch,enable=false', 'type=sha,format=long', 'type=raw,value=defbranch,enable={{is_default_branch}}'] }, `sha-${SHA860}`, false, each(two, [`sha-${SHA860}`])],
    ['push20 an image with enable=false gets no tags', 'event_push_dev.env', { images: ['org/app', 'ghcr.io/user/app,enable=false'], tags: ['type=edge,branch=master', 'type=ref,event=branch,enable=false', 'type=sha,format=long'] }, `sha-${SHA860}`, false, [`org/app:sha-${SHA860}`]],
    ['push21 no images: bare tag names', 'event_push_master.env', {
      images: [],
      tags: [
        'type=raw,value=mytag-{{branch}}', "type=raw,value=mytag-{{date 'YYYYMMDD'}}", "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
        "type=raw,value=mytag-src-{{commit_date 'YYYYMMDD'}}", 'type=raw,value=mytag-tag-{{tag}}', 'type=raw,value=mytag-baseref-{{base_ref}}',
        'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
      ],
      labels: ["org.opencontainers.image.created={{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}"],
    }, 'mytag-master', false, ['mytag-master', 'mytag-20200110', 'mytag-20200110-093000', 'mytag-src-20200110', 'mytag-tag-', 'mytag-baseref-', 'mytag-defbranch']],
    ['push22 {{is_not_default_branch}} on dev', 'event_push_dev.env', { images: ['org/app'], tags: ['type=edge,branch=master', 'type=sha,format=long', 'type=raw,value=notdefbranch,enable={{is_not_default_branch}}'] }, 'notdefbranch', false, ['org/app:notdefbranch', `org/app:sha-${SHA860}`]],
  ])('%s', (...c) => check(c));
});

describe('tag', () => {
  const app = ['user/app'];
  test.each<Case>([
    ['tag01 release1, default rules → release1 and latest', 'event_tag_release1.env', { images: app }, 'release1', true, each(app, ['release1', 'latest'])],
    ['tag02 20200110-RC2, default rules', 'event_tag_20200110-RC2.env', { images: app }, '20200110-RC2', true, each(app, ['20200110-RC2', 'latest'])],
    ['tag03 match \\d{8}, latest=false', 'event_tag_20200110-RC2.env', { images: app, tags: ['type=match,pattern=\\d{8}'], flavor: ['latest=false'] }, '20200110', false, each(app, ['20200110'])],
    ['tag04 match group 1', 'event_tag_20200110-RC2.env', { images: app, tags: ['type=match,pattern=(.*)-RC,group=1'], flavor: ['latest=false'] }, '20200110', false, each(app, ['20200110'])],
    ['tag05 quoted match pattern', 'event_tag_v1.1.1.env', { images: two, tags: ['type=match,"pattern=\\d.\\d.\\d"'] }, '1.1.1', true, each(two, ['1.1.1', 'latest'])],
    ['tag06 anchored match with a group', 'event_tag_v1.1.1.env', { images: two, tags: ['type=match,"pattern=^v(\\d.\\d.\\d)$",group=1'] }, '1.1.1', true, each(two, ['1.1.1', 'latest'])],
    ['tag07 match keeps a pre-release and adds latest', 'event_tag_v2.0.8-beta.67.env', { images: two, tags: ['type=match,"pattern=\\d.\\d.\\d-(alpha|beta).\\d+"'] }, '2.0.8-beta.67', true, each(two, ['2.0.8-beta.67', 'latest'])],
    ['tag08 match \\d.\\d on a pre-release', 'event_tag_v2.0.8-beta.67.env', { images: two, tags: ['type=match,"pattern=\\d.\\d"'] }, '2.0', true, each(two, ['2.0', 'latest'])],
    ['tag09 two groups of one match', 'event_tag_v2.0.8-beta.67.env', { images: two, tags: ['type=match,"pattern=v(.*)-beta.(.*)",group=1', 'type=match,"pattern=v(.*)-beta.(.*)",group=2'] }, '2.0.8', true, each(two, ['2.0.8', '67', 'latest'])],
    ['tag10 match that does not match: nothing', 'event_tag_sometag.env', { images: two, tags: ['type=match,"pattern=\\d.\\d"'] }, undefined, false, []],
    ['tag11 semver version, major.minor, major', 'event_tag_v1.1.1.env', { images: two, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'] }, '1.1.1', true, each(two, ['1.1.1', '1.1', '1', 'latest'])],
    ['tag12 duplicate semver tags appear once', 'event_tag_v1.1.1.env', { images: two, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'] }, '1.1.1', true, each(two, ['1.1.1', 'latest'])],
    ['tag13 a semver pre-release gets its full version only, no latest', 'event_tag_v2.0.8-beta.67.env', { images: two, tags: ['type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'] }, '2.0.8-beta.67', false, each(two, ['2.0.8-beta.67'])],
    ['tag14 a tag that is not semver keeps only the ref tag', 'event_tag_sometag.env', { images: ['ghcr.io/user/app'], tags: ['type=ref,event=tag', 'type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'], flavor: ['latest=false'] }, 'sometag', false, ['ghcr.io/user/app:sometag']],
    ['tag15 raw with priority=2000 wins the version and decides latest', 'event_tag_v2.0.8-beta.67.env', { images: two, tags: ['type=raw,priority=2000,foo', 'type=semver,pattern={{version}}', 'type=match,"pattern=\\d.\\d"'] }, 'foo', false, each(two, ['foo', '2.0.8-beta.67', '2.0'])],
    ['tag16 raw first: ref tag then gets no latest', 'event_tag_v1.1.1.env', { images: two, tags: ['type=raw,priority=2000,foo', 'type=ref,event=tag', 'type=edge'] }, 'foo', false, each(two, ['foo', 'v1.1.1'])],
    ['tag17 /regex/flags literal that does not match p1/v1.0.0', 'event_tag_p1-v1.0.0.env', { images: two, tags: ['type=match,"pattern=/^v(\\d.\\d.\\d)$/ig",group=1', 'type=match,pattern=\\d.\\d.\\d', 'type=match,pattern=\\d.\\d', 'type=ref,event=pr', 'type=sha'] }, '1.0.0', true, each(two, ['1.0.0', '1.0', 'sha-860c190', 'latest'])],
    ['tag18 match with a slash in the tag, missing group 3 skipped', 'event_tag_p1-v1.0.0.env', { images: two, tags: ['type=match,pattern=p1/v(\\d.\\d.\\d),group=1', 'type=match,pattern=p1/v(\\d.\\d),group=1', 'type=match,pattern=p1/v(\\d.\\d),group=3', 'type=ref,event=pr', 'type=sha'] }, '1.0.0', true, each(two, ['1.0.0', '1.0', 'sha-860c190', 'latest'])],
    ['tag19 flavor suffix, suffix= on a rule turns it off', 'event_tag_p1-v1.0.0.env', { images: two, tags: ['type=match,pattern=p1/v(\\d.\\d.\\d),group=1', 'type=match,pattern=p1/v(\\d.\\d),group=1,suffix=', 'type=ref,event=pr', 'type=sha'], flavor: ['suffix=-dev'] }, '1.0.0-dev', true, each(two, ['1.0.0-dev', '1.0', 'sha-860c190-dev', 'latest'])],
    ['tag20 {{tag}}, {{sha}}, {{base_ref}} on a tag push', 'event_tag_v1.1.1.env', { images: two, tags: ['type=raw,{{tag}}-{{sha}}-foo', 'type=raw,{{base_ref}}-foo', 'type=raw,defbranch-foo,enable={{is_default_branch}}'] }, 'v1.1.1-860c190-foo', false, each(two, ['v1.1.1-860c190-foo', 'master-foo'])],
    ['tag21 suffix on latest with onlatest=true', 'event_tag_v1.1.1.env', { images: two, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'], flavor: ['suffix=-dev,onlatest=true'] }, '1.1.1-dev', true, each(two, ['1.1.1-dev', 'latest-dev'])],
    ['tag22 prefix and suffix on latest', 'event_tag_v1.1.1.env', { images: two, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'], flavor: ['prefix=foo-,onlatest=true', 'suffix=-dev,onlatest=true'] }, 'foo-1.1.1-dev', true, each(two, ['foo-1.1.1-dev', 'foo-latest-dev'])],
    ['tag23 pep440 {{raw}} and major.minor', 'event_tag_v1.1.1.env', { images: ['org/app'], tags: ['type=pep440,pattern={{raw}}', 'type=pep440,pattern={{major}}.{{minor}}'] }, 'v1.1.1', true, ['org/app:v1.1.1', 'org/app:1.1', 'org/app:latest']],
    ['tag24 pep440 1.2', 'event_tag_1.2.env', { images: ['org/app'], tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}'] }, '1.2', true, ['org/app:1.2', 'org/app:latest']],
    ['tag25 pep440 pre-release 1.1beta2 → 1.1b2', 'event_tag_1.1beta2.env', { images: two, tags: ['type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'] }, '1.1b2', false, each(two, ['1.1b2'])],
    ['tag26 pep440 dev release 1.0dev4 → 1.0.dev4', 'event_tag_1.0dev4.env', { images: two, tags: ['type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'] }, '1.0.dev4', false, each(two, ['1.0.dev4'])],
    ['tag27 pep440 1.2.3rc2', 'event_tag_1.2.3rc2.env', { images: two, tags: ['type=pep440,pattern={{raw}}', 'type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'] }, '1.2.3rc2', false, each(two, ['1.2.3rc2'])],
    ['tag28 pep440 v1.1.1 all patterns', 'event_tag_v1.1.1.env', { images: ['org/app'], tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}.{{patch}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'] }, '1.1.1', true, ['org/app:1.1.1', 'org/app:1.1', 'org/app:1', 'org/app:latest']],
    ['tag29 pep440 post release 1.2post1 → 1.2.post1', 'event_tag_1.2post1.env', { images: ['org/app'], tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'] }, '1.2.post1', false, ['org/app:1.2.post1']],
    ['tag30 not PEP 440: only the ref tag', 'event_tag_sometag.env', { images: ['ghcr.io/user/app'], tags: ['type=ref,event=tag', 'type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'], flavor: ['latest=false'] }, 'sometag', false, ['ghcr.io/user/app:sometag']],
    ['tag31 semver {{raw}} keeps a pre-release as written', 'event_tag_v2.0.8-beta.67.env', { images: two, tags: ['type=semver,pattern={{raw}}'] }, 'v2.0.8-beta.67', false, each(two, ['v2.0.8-beta.67'])],
    ['tag32 pep440 {{raw}} pre-release and the cleaned fallback', 'event_tag_v1.2.3rc2.env', { images: two, tags: ['type=pep440,pattern={{raw}}', 'type=pep440,pattern={{major}}.{{minor}}'] }, 'v1.2.3rc2', false, each(two, ['v1.2.3rc2', '1.2.3rc2'])],
    ['tag33 pep440 without images', 'event_tag_v1.1.1.env', { images: [], tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}.{{patch}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'] }, '1.1.1', true, ['1.1.1', '1.1', '1', 'latest']],
    ['tag34 semver match= picks the version out of p1/v1.0.0', 'event_tag_p1-v1.0.0.env', { images: ['org/app'], tags: ['type=semver,pattern={{version}},"match=v(\\d.\\d.\\d)$"'] }, '1.0.0', true, ['org/app:1.0.0', 'org/app:latest']],
    ['push35 semver/pep440 value= with match= on a branch', 'event_push_master.env', { images: ['user/app'], tags: ['type=semver,pattern={{version}},value=p1/v1.2.3,"match=v(\\d.\\d.\\d)$"', 'type=pep440,pattern={{version}},value=p1/v1.2.3,"match=v(\\d.\\d.\\d)$"', 'type=edge'] }, '1.2.3', true, ['user/app:1.2.3', 'user/app:edge', 'user/app:latest']],
  ])('%s', (...c) => check(c));

  test('a tag that is not semver warns like the action', () => {
    expect(run('event_tag_sometag.env', { tags: ['type=semver,pattern={{version}}'] }).result.warnings).toContain('sometag is not a valid semver. More info: https://semver.org/');
  });
});

describe('latest', () => {
  test.each<Case>([
    // latest01/02 pass upstream only because its test skips the input-list parse; see below
    ['latest01 match ^release\\d{1,2}, quoted three times', 'event_tag_release1.env', { images: ['user/app'], tags: ['type=match,"""pattern=^release\\d{1,2}"""'] }, 'release1', true, ['user/app:release1', 'user/app:latest']],
    ['latest02 match ^\\d+-RC\\d{1,2}, quoted three times', 'event_tag_20200110-RC2.env', { images: ['user/app'], tags: ['type=match,"""pattern=^\\d+-RC\\d{1,2}"""'] }, '20200110-RC2', true, ['user/app:20200110-RC2', 'user/app:latest']],
    ['latest03 match \\d{8}', 'event_tag_20200110-RC2.env', { images: ['user/app'], tags: ['type=match,pattern=\\d{8}'] }, '20200110', true, ['user/app:20200110', 'user/app:latest']],
    ['latest04 match \\d.\\d.\\d', 'event_tag_v1.1.1.env', { images: ['user/app'], tags: ['type=match,"pattern=\\d.\\d.\\d"'] }, '1.1.1', true, ['user/app:1.1.1', 'user/app:latest']],
    ['latest05 default rules on a tag', 'event_tag_v1.1.1.env', { images: two }, 'v1.1.1', true, each(two, ['v1.1.1', 'latest'])],
    ['latest06 match on a pre-release still gets latest', 'event_tag_v2.0.8-beta.67.env', { images: two, tags: ['type=match,"pattern=\\d.\\d.\\d"'] }, '2.0.8', true, each(two, ['2.0.8', 'latest'])],
    ['latest07 latest=false', 'event_tag_v1.1.1.env', { images: two, tags: ['type=ref,event=tag'], flavor: ['latest=false'] }, 'v1.1.1', false, each(two, ['v1.1.1'])],
    ['latest08 image names are lower-cased', 'event_tag_v1.1.1.env', { images: ['org/app', 'ghcr.io/MyUSER/MyApp'], tags: ['type=ref,event=tag'], flavor: ['latest=false'] }, 'v1.1.1', false, ['org/app:v1.1.1', 'ghcr.io/myuser/myapp:v1.1.1']],
    ['latest10 no images', 'event_tag_v2.0.8-beta.67.env', { images: [], tags: ['type=match,"pattern=\\d.\\d.\\d"'] }, '2.0.8', true, ['2.0.8', 'latest']],
  ])('%s', (...c) => check(c));

  test('a comma inside a quoted pattern splits it, as in a workflow: the action parses the input before the rule', () => {
    const { result } = run('event_tag_release1.env', { images: ['user/app'], tags: ['type=match,"pattern=^release\\d{1,2}"'] });
    // the rule becomes pattern=^release\d{1 and a bare value 2}, which is then matched instead of the tag
    expect(result.tags).toEqual([]);
    expect(result.warnings[0]).toBe('^release\\d{1 does not match 2}.');
  });

  test('latest09 custom labels and annotations override the computed ones, sorted by key', () => {
    const { result } = run('event_tag_v1.1.1.env', {
      images: ['org/app', 'ghcr.io/MyUSER/MyApp'], tags: ['type=ref,event=tag'], flavor: ['latest=false'],
      labels: ['maintainer=CrazyMax', 'org.opencontainers.image.description=this is a "good" example', 'org.opencontainers.image.title=MyCustomTitle', 'org.opencontainers.image.vendor=MyCompany'],
      annotations: ['maintainer=Foo', 'org.opencontainers.image.description=this is a "bad" example', 'org.opencontainers.image.title=MyNotTitle', 'org.opencontainers.image.vendor=MyNotCompany'],
    });
    const lines = (maintainer: string, description: string, title: string, vendor: string) => [
      `maintainer=${maintainer}`, 'org.opencontainers.image.created=2020-01-10T00:30:00.000Z', `org.opencontainers.image.description=${description}`,
      'org.opencontainers.image.licenses=MIT', `org.opencontainers.image.revision=${SHA860}`, 'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      `org.opencontainers.image.title=${title}`, 'org.opencontainers.image.url=https://github.com/octocat/Hello-World', `org.opencontainers.image.vendor=${vendor}`, 'org.opencontainers.image.version=v1.1.1',
    ];
    expect(result.tags).toEqual(['org/app:v1.1.1', 'ghcr.io/myuser/myapp:v1.1.1']);
    expect(result.labelLines).toEqual(lines('CrazyMax', 'this is a "good" example', 'MyCustomTitle', 'MyCompany'));
    expect(result.annotations).toEqual(lines('Foo', 'this is a "bad" example', 'MyNotTitle', 'MyNotCompany').map((line) => `manifest:${line}`));
  });
});

describe('pr', () => {
  const flavor = ['prefix=glo-', 'suffix=-bal'];
  test.each<Case>([
    ['pr01 default rules → pr-15', 'event_pull_request.env', { images: ['user/app'] }, 'pr-15', false, ['user/app:pr-15']],
    ['pr02 two images', 'event_pull_request.env', { images: two }, 'pr-15', false, each(two, ['pr-15'])],
    ['pr03 pr and the merge commit sha', 'event_pull_request.env', { images: two, tags: ['type=ref,event=pr', 'type=sha'] }, 'pr-15', false, each(two, ['pr-15', 'sha-a9c8c58'])],
    ['pr04 sha with priority=2000 first', 'event_pull_request.env', { images: two, tags: ['type=sha,priority=2000', 'type=ref,event=pr'] }, 'sha-a9c8c58', false, each(two, ['sha-a9c8c58', 'pr-15'])],
    ['pr05 the rule prefix pr- beats the flavor prefix; the flavor suffix applies', 'event_pull_request.env', { images: two, tags: ['type=ref,event=pr'], flavor }, 'pr-15-bal', false, each(two, ['pr-15-bal'])],
    ['pr06 prefix= removes pr-', 'event_pull_request.env', { images: two, tags: ['type=ref,event=pr,prefix='], flavor }, '15-bal', false, each(two, ['15-bal'])],
    ['pr07 pull_request_target reads as PR 15', 'event_pull_request_target.env', { images: two, tags: ['type=sha,priority=2000', 'type=ref,event=pr'] }, 'sha-2665741', false, each(two, ['sha-2665741', 'pr-15'])],
    ['pr08 pull_request_target, prefix=', 'event_pull_request_target.env', { images: two, tags: ['type=ref,event=pr,prefix='], flavor }, '15-bal', false, each(two, ['15-bal'])],
    ['pr09 pull_request_target: no branch or tag tags', 'event_pull_request_target.env', { images: ['org/app'], tags: ['type=ref,event=tag', 'type=ref,event=pr', 'type=ref,event=branch', 'type=sha', 'type=sha,format=long'] }, 'pr-15', false, ['org/app:pr-15', 'org/app:sha-2665741', `org/app:sha-${SHA266}`]],
    ['pr10 {{base_ref}} on pull_request_target', 'event_pull_request_target.env', { images: ['org/app'], tags: ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'] }, 'mytag-master', false, ['org/app:mytag-master']],
    ['pr11 {{base_ref}} on pull_request', 'event_pull_request.env', { images: ['org/app'], tags: ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'] }, 'mytag-master', false, ['org/app:mytag-master']],
    ['pr12 an unquoted {{commit_date}} format is the ISO default', 'event_pull_request.env', { images: ['org/app'], tags: ['type=raw,value={{commit_date YYYY-MM-DD-HHmmSS}}'] }, '2020-01-10T00-30-00Z', false, ['org/app:2020-01-10T00-30-00Z']],
  ])('%s', (...c) => check(c));
});

describe('pr-head-sha: DOCKER_METADATA_PR_HEAD_SHA=true tags the PR head commit', () => {
  const head = '3370e228f2209994d57af4427fe64e71bb79ac96';
  test.each<Case>([
    ['pr01 default rules', 'event_pull_request.env', { images: ['user/app'] }, 'pr-15', false, ['user/app:pr-15']],
    ['pr03 the head sha', 'event_pull_request.env', { images: two, tags: ['type=ref,event=pr', 'type=sha'] }, 'pr-15', false, each(two, ['pr-15', 'sha-3370e22'])],
    ['pr04 head sha first', 'event_pull_request.env', { images: two, tags: ['type=sha,priority=2000', 'type=ref,event=pr'] }, 'sha-3370e22', false, each(two, ['sha-3370e22', 'pr-15'])],
    ['pr07 pull_request_target', 'event_pull_request_target.env', { images: two, tags: ['type=sha,priority=2000', 'type=ref,event=pr'] }, 'sha-3370e22', false, each(two, ['sha-3370e22', 'pr-15'])],
    ['pr09 pull_request_target short and long', 'event_pull_request_target.env', { images: ['org/app'], tags: ['type=ref,event=tag', 'type=ref,event=pr', 'type=ref,event=branch', 'type=sha', 'type=sha,format=long'] }, 'pr-15', false, ['org/app:pr-15', 'org/app:sha-3370e22', `org/app:sha-${head}`]],
    ['pr10 {{base_ref}}', 'event_pull_request_target.env', { images: ['org/app'], tags: ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'] }, 'mytag-master', false, ['org/app:mytag-master']],
    ['pr12 unquoted commit_date format', 'event_pull_request.env', { images: ['org/app'], tags: ['type=raw,value=src-{{commit_date YYYY-MM-DD}}'] }, 'src-2020-01-10T00-30-00Z', false, ['org/app:src-2020-01-10T00-30-00Z']],
  ])('%s', (...c) => check(c, true));
});

describe('schedule', () => {
  test.each<Case>([
    ['schedule01 default rules → nightly and the branch', 'event_schedule.env', { images: ['user/app'] }, 'nightly', false, ['user/app:nightly', 'user/app:master']],
    ['schedule02 {{date}} and {{commit_date}} patterns', 'event_schedule.env', { images: ['user/app'], tags: ["type=schedule,pattern={{date 'YYYYMMDD'}}", "type=schedule,pattern=source-date-{{commit_date 'YYYY-MM-DD'}}"] }, '20200110', false, ['user/app:20200110', 'user/app:source-date-2020-01-10']],
    ['schedule03 date with time', 'event_schedule.env', { images: ['user/app'], tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss'}}"] }, '20200110-003000', false, ['user/app:20200110-003000']],
    ['schedule04 two images', 'event_schedule.env', { images: two }, 'nightly', false, each(two, ['nightly', 'master'])],
    ['schedule05 nightly and sha', 'event_schedule.env', { images: two, tags: ['type=schedule', 'type=sha'] }, 'nightly', false, each(two, ['nightly', 'sha-860c190'])],
    ['schedule06 schedules run on the default branch', 'event_schedule.env', { images: two, tags: ['type=schedule', 'type=sha,priority=2000', 'type=raw,value=defbranch,enable={{is_default_branch}}'] }, 'sha-860c190', false, each(two, ['sha-860c190', 'nightly', 'defbranch'])],
    ['schedule07 flavor prefix and suffix', 'event_schedule.env', { images: two, tags: ['type=schedule'], flavor: ['prefix=glo-', 'suffix=-bal'] }, 'glo-nightly-bal', false, each(two, ['glo-nightly-bal'])],
    ['schedule08 tz=Asia/Tokyo', 'event_schedule.env', { images: ['user/app'], tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}", "type=schedule,pattern=src-{{commit_date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}"] }, '20200110-093000', false, ['user/app:20200110-093000', 'user/app:src-20200110-093000']],
  ])('%s', (...c) => check(c));
});

describe('release', () => {
  test.each<Case>([
    ['release01 default rules on a release', 'event_release_created.env', { images: ['user/app'] }, 'v1.1.1', true, ['user/app:v1.1.1', 'user/app:latest']],
    ['release02 no base_ref, not the default branch', 'event_release_created.env', { images: ['user/app'], tags: ['type=ref,event=tag', 'type=raw,value=baseref-{{base_ref}}', 'type=raw,value=defbranch,enable={{is_default_branch}}'] }, 'v1.1.1', true, ['user/app:v1.1.1', 'user/app:baseref-', 'user/app:latest']],
    ['release03 dates', 'event_release_created.env', { images: ['user/app'], tags: ["type=raw,value=src-{{commit_date 'YYYYMMDD-HHmmss'}}", "type=raw,value={{date 'YYYYMMDD-HHmmss'}}"] }, 'src-20200110-003000', false, ['user/app:src-20200110-003000', 'user/app:20200110-003000']],
  ])('%s', (...c) => check(c));
});

describe('raw', () => {
  const app = ['user/app'];
  const raws = ['type=raw,my', 'type=raw,custom', 'type=raw,tags'];
  test.each<Case>([
    ['raw01 branch then raw tags', 'event_push_dev.env', { images: app, tags: ['type=ref,event=branch', ...raws] }, 'dev', false, each(app, ['dev', 'my', 'custom', 'tags'])],
    ['raw02 branch then one raw tag', 'event_push_dev.env', { images: app, tags: ['type=ref,event=branch', 'type=raw,my'] }, 'dev', false, each(app, ['dev', 'my'])],
    ['raw03 tag then raw tags, latest last', 'event_tag_release1.env', { images: app, tags: ['type=ref,event=tag', ...raws] }, 'release1', true, each(app, ['release1', 'my', 'custom', 'tags', 'latest'])],
    ['raw04 match then raw tags', 'event_tag_20200110-RC2.env', { images: app, tags: ['type=match,pattern=\\d{8}', ...raws], flavor: ['latest=false'] }, '20200110', false, each(app, ['20200110', 'my', 'custom', 'tags'])],
    ['raw05 semver then raw tags', 'event_tag_v1.1.1.env', { images: two, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}', ...raws] }, '1.1.1', true, each(two, ['1.1.1', '1.1', '1', 'my', 'custom', 'tags', 'latest'])],
    ['raw06 only raw tags on a tag push: no latest', 'event_tag_v1.1.1.env', { images: two, tags: raws }, 'my', false, each(two, ['my', 'custom', 'tags'])],
    ['raw07 priority=90 puts the branch last; latest=true', 'event_push_dev.env', { images: app, tags: ['type=ref,priority=90,event=branch', ...raws], flavor: ['latest=true'] }, 'my', true, each(app, ['my', 'custom', 'tags', 'dev', 'latest'])],
    ['raw08 a match on a branch gives nothing', 'event_push_dev.env', { images: app, tags: ['type=match,pattern=\\d{8}', ...raws], flavor: ['latest=false'] }, 'my', false, each(app, ['my', 'custom', 'tags'])],
    ['raw09 rule prefix/suffix beat the flavor', 'event_push_dev.env', { images: app, tags: ['type=match,pattern=\\d{8}', 'type=raw,my,prefix=foo-,suffix=-bar', 'type=raw,custom', 'type=raw,tags'], flavor: ['latest=false', 'prefix=glo-', 'suffix=-bal'] }, 'foo-my-bar', false, each(app, ['foo-my-bar', 'glo-custom-bal', 'glo-tags-bal'])],
    ['raw10 enable=false and enable=true', 'event_push_dev.env', { images: app, tags: ['type=raw,foo', 'type=raw,bar,enable=false', 'type=raw,baz,enable=true'], flavor: ['latest=false'] }, 'foo', false, each(app, ['foo', 'baz'])],
  ])('%s', (...c) => check(c));
});

describe('json', () => {
  test('json01 tag-names, a label without = dropped, an empty one kept', () => {
    const { result } = run('event_push_dev.env', { images: ['user/app'], tags: ['type=ref,event=branch', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'], labels: ['invalid', 'foo='] });
    expect(result.tagNames).toEqual(['dev', 'my', 'custom', 'tags']);
    expect(result.labels).toEqual({
      foo: '',
      'org.opencontainers.image.created': '2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description': 'This your first repo!',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.revision': SHA860,
      'org.opencontainers.image.source': 'https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title': 'Hello-World',
      'org.opencontainers.image.url': 'https://github.com/octocat/Hello-World',
      'org.opencontainers.image.version': 'dev',
    });
    expect(result.annotations).toEqual(standardLabels(SHA860, 'dev').map((line) => `manifest:${line}`));
  });

  test('json07 a label value keeps its = signs', () => {
    const { result } = run('event_tag_v1.1.1.env', {
      images: ['org/app'],
      labels: ['foo', 'maintainer=CrazyMax', 'org.opencontainers.image.title=MyCustom=Title', 'org.opencontainers.image.description=Another description', 'org.opencontainers.image.vendor=MyCompany'],
    });
    expect(result.tags).toEqual(['org/app:v1.1.1', 'org/app:latest']);
    expect(result.labels).toMatchObject({ maintainer: 'CrazyMax', 'org.opencontainers.image.title': 'MyCustom=Title', 'org.opencontainers.image.description': 'Another description', 'org.opencontainers.image.vendor': 'MyCompany' });
    expect(result.images).toEqual([{ name: 'org/app', tags: ['org/app:v1.1.1', 'org/app:latest'] }]);
  });
});
