/**
 * Training on Kubeflow Pipelines from each front end, end to end: the bundled CLI (`mlops run
 * --event push` with mlops.yaml), the bundled action on a merge to the default branch, and the
 * Jenkins library's mlopsPipeline under real Groovy, each in a real git repository, against the
 * local KFP API server (test/helpers/kfp-server.ts: KFP's v2beta1 REST API as its swagger defines
 * it; no KFP can run here) speaking the task API, so the run's metric artifacts come back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction } from '../helpers/action-runner.js';
import { GitRepo } from '../helpers/git-repo.js';
import { spawnAsync } from '../helpers/spawn-async.js';
import { startKfpServer, type KfpServer } from '../helpers/kfp-server.js';
import { CLI_BUNDLE, EXAMPLE, ROOT } from '../helpers/paths.js';

const CLI_TOKEN = 'kfp-CliBearerTokenNeverPrinted0123456789';
const ACTION_TOKEN = 'kfp-ActionBearerTokenNeverPrinted012345678';
const JENKINS_TOKEN = 'kfp-JenkinsBearerTokenNeverPrinted0123456789';
const PIPELINE = join(EXAMPLE, 'pipeline.yaml');
const JAVA_HOME = process.env.JAVA_HOME ?? '/usr/lib/jvm/java-17-openjdk-amd64';

let kfp: KfpServer;
const repos: GitRepo[] = [];

beforeAll(async () => {
  // a run ends on its second poll; its evaluate task logs the metrics the gates read
  kfp = await startKfpServer({ tokens: [CLI_TOKEN, ACTION_TOKEN, JENKINS_TOKEN], taskApi: true, stepsPerGet: 20 });
});

beforeEach(() => kfp.planRuns({ metrics: { evaluate: { r2: 0.83, rmse: 0.45 } } }, { metrics: { evaluate: { r2: 0.83, rmse: 0.45 } } }));

afterAll(async () => {
  await kfp.close();
  repos.forEach((repo) => repo.cleanup());
});

/** A project whose training is the example's compiled pipeline, with a params change on top. */
function project(config?: string): { repo: GitRepo; base: string; head: string } {
  const repo = GitRepo.create('mlops-kfp-e2e-');
  repos.push(repo);
  repo.write('pipeline.yaml', readFileSync(PIPELINE));
  repo.write('params.yaml', 'train:\n  n_estimators: 60\n');
  if (config) repo.write('mlops.yaml', config);
  const base = repo.commit('base');
  repo.write('params.yaml', 'train:\n  n_estimators: 200\n');
  const head = repo.commit('more trees');
  return { repo, base, head };
}

const runsBy = (token: string) => kfp.requests.filter((request) => request.method === 'POST' && request.path === '/apis/v2beta1/runs' && request.headers.authorization === `Bearer ${token}`);

test('the bundled CLI: mlops run --event push on the default branch registers the commit as a pipeline version, runs it, gates its metrics and prints the run', async () => {
  const { repo, head } = project(
    [`kfp-host: ${kfp.url}`, 'kfp-pipeline: pipeline.yaml', 'kfp-experiment: housing-ci', 'kfp-params: |', '  n_estimators=200', '  add_ratios=false', 'gates:', '  - r2 >= 0.8', ''].join('\n'),
  );
  const result = await spawnAsync(process.execPath, [CLI_BUNDLE, 'run', '--event', 'push'], {
    cwd: repo.dir, env: { PATH: process.env.PATH, HOME: repo.dir, KFP_TOKEN: CLI_TOKEN, MLOPS_DEFAULT_BRANCH: 'main' },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);

  const [created] = runsBy(CLI_TOKEN);
  const body = JSON.parse(created!.body) as { display_name: string; pipeline_version_reference?: unknown; pipeline_spec?: unknown; runtime_config: { parameters: unknown } };
  // no repository is known on a laptop: the pipeline names the run
  expect(body.display_name).toBe(`california-housing push ${head.slice(0, 7)}`);
  // registered: the version is named after the full sha, and the run references it
  const version = kfp.versions().find((candidate) => candidate.display_name === head);
  expect(version).toBeDefined();
  expect(body.pipeline_version_reference).toEqual({ pipeline_id: version!.pipeline_id, pipeline_version_id: version!.pipeline_version_id });
  expect(body.pipeline_spec).toBeUndefined();
  // typed by the IR: an integer and a boolean, not strings
  expect(body.runtime_config.parameters).toEqual({ n_estimators: 200, add_ratios: false });

  const runId = kfp.runs().at(-1)!.run_id;
  expect(result.stdout).toContain(`kfp-run-id: ${runId}\n`);
  expect(result.stdout).toContain(`kfp-run-url: ${kfp.url}/#/runs/details/${runId}\n`);
  expect(result.stdout).toMatch(/r2 >= 0\.8: passed, r2 is 0\.83/);
  const report = readFileSync(join(repo.dir, 'report.md'), 'utf8');
  expect(report).toContain(`(${kfp.url}/#/runs/details/${runId}) **SUCCEEDED**`);
  expect(report).toMatch(/^Compared `HEAD~1 \([0-9a-f]{7}\)` → `workspace/m);
  expect(report).toMatch(/^\| r2 +\| +- \| +0\.83 \|/m);
  expect(report).toMatch(/^\| train\.n_estimators \| 60 +\| 200 +\|/m);
  for (const text of [result.stdout, report]) expect(text).not.toContain(CLI_TOKEN);
});

test('the bundled action on a merge: kfp-* inputs, the token masked, outputs kfp-run-id and kfp-run-url; a re-run of the commit reuses its version', async () => {
  const { repo, base, head } = project();
  const inputs = {
    'kfp-host': kfp.url, 'kfp-pipeline': 'pipeline.yaml', 'kfp-token': ACTION_TOKEN, 'kfp-params': 'max_depth=8', gates: 'r2 >= 0.8', comment: 'never',
  };
  const merge = () => runBundledAction({ workspace: repo.dir, eventName: 'push', fixture: 'push.default-branch', shas: { base, head, before: base }, sha: head, env: { GITHUB_REF: 'refs/heads/main' }, inputs });
  const first = await merge();
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  const runId = kfp.runs().at(-1)!.run_id;
  expect(first.outputs['kfp-run-id']).toBe(runId);
  expect(first.outputs['kfp-run-url']).toBe(`${kfp.url}/#/runs/details/${runId}`);
  expect(first.outputs['gates-passed']).toBe('true');
  expect(first.stdout).toContain(`::add-mask::${ACTION_TOKEN}`);
  expect(first.stdout.replaceAll(`::add-mask::${ACTION_TOKEN}`, '')).not.toContain(ACTION_TOKEN);
  expect(first.summary).toContain('KFP run');
  expect(first.summary).not.toContain(ACTION_TOKEN);

  const second = await merge();
  expect(second.status).toBe(0);
  expect(kfp.versions().filter((version) => version.display_name === head)).toHaveLength(1);
  const [one, two] = runsBy(ACTION_TOKEN).map((request) => JSON.parse(request.body).pipeline_version_reference);
  expect(two).toEqual(one);
});

test("Jenkins: mlopsPipeline with kfpHost and kfpTokenCredentialsId, under real Groovy with the library's bundled CLI", async () => {
  const library = join(ROOT, 'jenkins');
  expect(existsSync(join(library, 'resources', 'mlops', 'cli', 'index.js'))).toBe(true);
  const result = await spawnAsync('groovy', ['-cp', 'src:test/harness', 'test/kfp/KfpPipelineTest.groovy'], {
    cwd: library,
    env: { ...process.env, JAVA_HOME, MLOPS_TEST_KFP_HOST: kfp.url, MLOPS_TEST_KFP_PIPELINE: PIPELINE },
  });
  const output = `${result.stdout}\n${result.stderr.split('\n').filter((line) => !line.startsWith('WARNING')).join('\n')}`;
  expect({ status: result.status, closing: /^\d+ passed, \d+ failed$/m.exec(result.stdout)?.[0], output }).toEqual({ status: 0, closing: '1 passed, 0 failed', output: expect.any(String) });
  const [created] = runsBy(JENKINS_TOKEN);
  expect(JSON.parse(created!.body).runtime_config.parameters).toEqual({ n_estimators: 200 });
  expect(kfp.experiments().map((experiment) => experiment.display_name)).toContain('jenkins-ci');
});
