/**
 * `mode: publish-from-artifact`: in a `workflow_run` workflow of the default branch (write
 * permissions, the fork's code never checked out), post the report a fork pull request's run
 * left as an artifact: the sticky comment and the "mlops: gates" check run, through the Forge.
 *
 * The artifact is data made by code the fork controls, so nothing in it is run, extracted to
 * disk or trusted:
 * - only artifacts named `mlops-report-pr-<n>[-<id>]` of the run the event names are read, each
 *   at most FORK_LIMITS.artifactBytes, downloaded as a zip and read in memory (zip-reader.ts);
 * - it holds the report's JSON and listed raster images, nothing else, each within its limit;
 * - the JSON is checked field by field (report-artifact.ts), and must name this repository,
 *   the run's head commit and a pull request whose head is that commit, from the run's head
 *   repository (asked of GitHub, not the artifact; a fork's run has no `pull_requests` in the
 *   event, so the artifact names it and GitHub confirms it);
 * - the marker is derived from the report id; the body's own comments and mentions are removed;
 * - the check run's name and commit are ours, not the artifact's.
 * A refused artifact posts nothing and says why.
 */
import type { ArtifactClient, FindOptions } from '@actions/artifact';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitRepository } from '../context.js';
import type { CheckRunOutcome, CommentOutcome, Forge } from '../forge/forge.js';
import { CHECK_NAME } from '../publish.js';
import { COMMENT_LIMIT } from '../report/size-guard.js';
import { githubPullRequests, type PullRequestLookup } from './pull-lookup.js';
import {
  checkImageBytes,
  FORK_LIMITS,
  FORK_REPORT_FILE,
  FORK_REPORT_NAME,
  ForkReportError,
  forkReportMarker,
  forkReportName,
  IMAGES_FOLDER,
  parseForkReport,
  sanitizeForkText,
  type ForkReport,
  type ImageType,
} from './report-artifact.js';
import { readZip, ZipError } from './zip-reader.js';

/** The facts of the `workflow_run` event this mode acts on, checked. */
export interface WorkflowRunFacts {
  /** The run that finished (the pull request's run): its artifacts are read. */
  id: number;
  event: string;
  conclusion: string | null;
  headSha: string;
  /** `owner/name` the run's commit came from (the fork); undefined when it was deleted. */
  headRepository?: string;
  repository: string;
  htmlUrl?: string;
  /** Same-repository pull requests of the run; empty for a fork's, as GitHub sends it. */
  pullRequests: number[];
}

export interface PublishFromArtifactInput {
  /** Where the comment and the check run go: a write token's forge. */
  forge: Forge;
  /** The event payload (GITHUB_EVENT_PATH) of the `workflow_run` event, as read. */
  payload: unknown;
  /** Token for the artifacts (`actions: read`) and the pull request (`pull-requests: read`). */
  token: string;
  /** This repository, `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
  /** REST base (GITHUB_API_URL), for the pull request lookup. */
  apiUrl: string;
  /** Default: @actions/artifact's DefaultArtifactClient (it finds GitHub's API by GITHUB_API_URL). */
  client?: ArtifactClient;
  /** Default: GitHub's REST API at `apiUrl`. */
  pulls?: PullRequestLookup;
  /** Where download folders are made (each removed after); default the system's temp folder. */
  tempDir?: string;
}

export interface ValidImage {
  file: string;
  mediaType: ImageType;
  bytes: Buffer;
}

export type SkippedPart = { kind: 'skipped'; reason: string };

export type ArtifactResult =
  | {
      kind: 'published';
      artifact: string;
      pullRequest: number;
      reportId: string;
      comment: CommentOutcome | SkippedPart;
      check: CheckRunOutcome | SkippedPart;
      /** The artifact's images, checked; nothing here posts or renders them. */
      images: ValidImage[];
      /** What sanitizing took out of the fork's text. */
      sanitized: string[];
    }
  /** The pull request has moved on from the run's commit (a newer push): its own run will report. */
  | { kind: 'stale'; artifact: string; pullRequest: number; reason: string }
  /** Tampered or malformed: nothing was posted. */
  | { kind: 'refused'; artifact: string; reason: string }
  /** Could not be downloaded (GitHub's answer); nothing was posted. */
  | { kind: 'failed'; artifact: string; reason: string };

export type PublishFromArtifactOutcome =
  /** Nothing to post: the run left no report artifact, or was not a pull request's. */
  | { kind: 'none'; reason: string }
  /** The event is not one this mode acts on. */
  | { kind: 'refused'; reason: string }
  /** The token may not list the run's artifacts. */
  | { kind: 'forbidden'; permission: string; message: string }
  | { kind: 'done'; run: WorkflowRunFacts; results: ArtifactResult[] };

const SHA = /^[0-9a-f]{40}$/;

type Payload = { [key: string]: unknown };
const isObject = (value: unknown): value is Payload => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `workflow_run` facts from the event payload, or why the payload is not a workflow_run event. */
export function workflowRunFacts(payload: unknown): WorkflowRunFacts | { invalid: string } {
  const run = isObject(payload) ? payload.workflow_run : undefined;
  if (!isObject(run)) return { invalid: 'the event payload has no workflow_run: run this mode from a workflow triggered by `on: workflow_run`' };
  const id = run.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return { invalid: 'workflow_run.id is not a run id' };
  const headSha = run.head_sha;
  if (typeof headSha !== 'string' || !SHA.test(headSha)) return { invalid: 'workflow_run.head_sha is not a commit sha' };
  const fullName = (value: unknown): string | undefined => (isObject(value) && typeof value.full_name === 'string' ? value.full_name : undefined);
  const repository = fullName(run.repository) ?? fullName(isObject(payload) ? payload.repository : undefined);
  if (!repository) return { invalid: 'workflow_run.repository.full_name is missing' };
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id,
    event: typeof run.event === 'string' ? run.event : '',
    conclusion: typeof run.conclusion === 'string' ? run.conclusion : null,
    headSha,
    headRepository: fullName(run.head_repository),
    repository,
    htmlUrl: typeof run.html_url === 'string' && /^https?:\/\/[^\s()<>[\]]+$/.test(run.html_url) ? run.html_url : undefined,
    pullRequests: pulls.flatMap((pull) => (isObject(pull) && typeof pull.number === 'number' ? [pull.number] : [])),
  };
}

const sameName = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** `text` cut at a line so that it and `note` fit `limit`. */
function cutToFit(text: string, limit: number, note: string): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, Math.max(0, limit - note.length));
  return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}

function provenance(run: WorkflowRunFacts): string {
  const theRun = run.htmlUrl ? `[the pull request's run](${run.htmlUrl})` : `the pull request's run ${run.id}`;
  return `Posted from the artifact ${theRun} left for commit ${run.headSha.slice(0, 7)}${run.headRepository ? ` of ${run.headRepository}` : ''}: a pull request from a fork gets a read-only token. This is that run's report, posted as data; none of the fork's code ran with write access.`;
}

/** The comment as posted: our marker first, the fork's sanitized body, a line saying where it came from. */
function commentBody(report: ForkReport, body: string, run: WorkflowRunFacts, limit: number): string {
  const marker = forkReportMarker(report);
  const footer = `\n\n<sub>${provenance(run)}</sub>\n`;
  return `${marker}\n${cutToFit(body.trim(), limit - marker.length - 1 - footer.length, '\n\n_… cut to fit the comment size limit._')}${footer}`;
}

interface Checked {
  report: ForkReport;
  images: ValidImage[];
}

/** The artifact's zip, read and checked against the run it came from; throws ForkReportError or ZipError. */
function checkArtifact(zip: Buffer, name: string, repository: string, run: WorkflowRunFacts): Checked {
  const entries = readZip(zip, {
    maxEntries: FORK_LIMITS.images + 2,
    maxEntryBytes: (entry) => (entry === FORK_REPORT_FILE ? FORK_LIMITS.jsonBytes : entry.startsWith(`${IMAGES_FOLDER}/`) && !entry.slice(IMAGES_FOLDER.length + 1).includes('/') ? FORK_LIMITS.imageBytes : 0),
    maxTotalBytes: FORK_LIMITS.totalBytes,
  });
  const json = entries.find((entry) => entry.name === FORK_REPORT_FILE);
  if (!json) throw new ForkReportError(`the artifact holds no ${FORK_REPORT_FILE}`);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let source: string;
  try {
    source = text.decode(json.data);
  } catch {
    throw new ForkReportError(`${FORK_REPORT_FILE} is not UTF-8 text`);
  }
  const report = parseForkReport(source);

  if (!sameName(report.repository, repository)) throw new ForkReportError(`it is a report for ${report.repository}, not for ${repository}`);
  const expected = forkReportName(report.pullRequest, report.reportId);
  if (expected !== name) throw new ForkReportError(`its name ${name} does not match the report inside, which is for pull request #${report.pullRequest} (report id '${report.reportId}', artifact ${expected})`);
  if (report.headSha !== run.headSha) throw new ForkReportError(`it is a report for commit ${report.headSha}, but the run was for ${run.headSha}`);
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(report.pullRequest)) {
    throw new ForkReportError(`it names pull request #${report.pullRequest}, but the run was for ${run.pullRequests.map((n) => `#${n}`).join(', ')}`);
  }

  const listed = new Set(report.images.map((image) => image.file));
  for (const entry of entries) {
    if (entry.name !== FORK_REPORT_FILE && !listed.has(entry.name)) throw new ForkReportError(`the artifact holds ${entry.name}, which the report does not list`);
  }
  const images = report.images.map((image): ValidImage => {
    const entry = entries.find((candidate) => candidate.name === image.file);
    if (!entry) throw new ForkReportError(`the report lists ${image.file}, which the artifact does not hold`);
    checkImageBytes(image.file, image.mediaType, entry.data);
    return { file: image.file, mediaType: image.mediaType, bytes: entry.data };
  });
  return { report, images };
}

async function post(forge: Forge, name: string, checked: Checked, run: WorkflowRunFacts): Promise<ArtifactResult> {
  const { report } = checked;
  const sanitized: string[] = [];
  let comment: CommentOutcome | SkippedPart = { kind: 'skipped', reason: 'the run posted its comment itself, or had none' };
  if (report.comment) {
    const clean = sanitizeForkText(report.comment.body);
    sanitized.push(...clean.changes);
    const target = { kind: 'pr' as const, number: report.pullRequest };
    const marker = forkReportMarker(report);
    comment = await forge.upsertComment(target, marker, commentBody(report, clean.text, run, COMMENT_LIMIT));
    // GitHub counted differently from us: cut well inside the limit, as publish() does.
    if (comment.kind === 'too-long') comment = await forge.upsertComment(target, marker, commentBody(report, clean.text, run, COMMENT_LIMIT / 2));
  }
  let check: CheckRunOutcome | SkippedPart = { kind: 'skipped', reason: 'the run created its check run itself, or had no gates' };
  if (report.check) {
    const title = sanitizeForkText(report.check.title);
    const summary = sanitizeForkText(report.check.summary);
    const text = report.check.text === undefined ? undefined : sanitizeForkText(report.check.text);
    sanitized.push(...title.changes, ...summary.changes, ...(text?.changes ?? []));
    const footer = `\n\n${provenance(run)}`;
    check = await forge.createCheckRun({
      name: CHECK_NAME,
      headSha: run.headSha,
      conclusion: report.check.conclusion,
      title: title.text.trim() || CHECK_NAME,
      summary: cutToFit(summary.text, FORK_LIMITS.checkSummaryChars - footer.length, '\n…') + footer,
      ...(text ? { text: text.text } : {}),
    });
  }
  return { kind: 'published', artifact: name, pullRequest: report.pullRequest, reportId: report.reportId, comment, check, images: checked.images, sanitized: [...new Set(sanitized)] };
}

async function defaultClient(): Promise<ArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** Download, check and post every report artifact of the finished run the event names. */
export async function publishFromArtifact(input: PublishFromArtifactInput): Promise<PublishFromArtifactOutcome> {
  const run = workflowRunFacts(input.payload);
  if ('invalid' in run) return { kind: 'refused', reason: run.invalid };
  if (!sameName(run.repository, input.repository)) return { kind: 'refused', reason: `the finished run belongs to ${run.repository}, not to ${input.repository}` };
  if (run.event !== 'pull_request') return { kind: 'none', reason: `the finished run was for a ${run.event || 'unnamed'} event, not a pull request` };

  const { owner, repo } = splitRepository(input.repository);
  const findBy: NonNullable<FindOptions['findBy']> = { token: input.token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo };
  const client = input.client ?? (await defaultClient());
  let listed: Awaited<ReturnType<ArtifactClient['listArtifacts']>>;
  try {
    listed = await client.listArtifacts({ latest: true, findBy });
  } catch (error) {
    if (statusOf(error) === 403) return { kind: 'forbidden', permission: 'actions: read', message: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    throw error;
  }
  const reports = listed.artifacts.filter((artifact) => FORK_REPORT_NAME.test(artifact.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (reports.length === 0) return { kind: 'none', reason: `run ${run.id} left no report artifact (its pull request is not from a fork, or its report was posted by the run itself)` };
  if (reports.length > FORK_LIMITS.artifactsPerRun) return { kind: 'refused', reason: `run ${run.id} left ${reports.length} report artifacts; at most ${FORK_LIMITS.artifactsPerRun} are read` };

  const pulls = input.pulls ?? githubPullRequests(input);
  const results: ArtifactResult[] = [];
  for (const artifact of reports) {
    const name = artifact.name;
    if (artifact.size > FORK_LIMITS.artifactBytes) {
      results.push({ kind: 'refused', artifact: name, reason: `it is ${artifact.size} bytes; at most ${FORK_LIMITS.artifactBytes} are read` });
      continue;
    }
    const dir = await mkdtemp(join(input.tempDir ?? tmpdir(), 'mlops-fork-artifact-'));
    try {
      let zip: Buffer;
      try {
        // As a file, not extracted: the zip is read in memory, so none of its names reach the disk.
        const downloaded = await client.downloadArtifact(artifact.id, { path: dir, findBy, skipDecompress: true, ...(artifact.digest ? { expectedHash: artifact.digest } : {}) });
        if (downloaded.digestMismatch) {
          results.push({ kind: 'refused', artifact: name, reason: `its content does not match the digest GitHub recorded at upload (${artifact.digest})` });
          continue;
        }
        const files = await readdir(dir);
        if (files.length !== 1) throw new Error(`the download left ${files.length} files, not one zip`);
        const size = (await stat(join(dir, files[0]!))).size;
        if (size > FORK_LIMITS.artifactBytes) {
          results.push({ kind: 'refused', artifact: name, reason: `it downloaded as ${size} bytes; at most ${FORK_LIMITS.artifactBytes} are read` });
          continue;
        }
        zip = await readFile(join(dir, files[0]!));
      } catch (error) {
        results.push({ kind: 'failed', artifact: name, reason: error instanceof Error ? error.message : String(error) });
        continue;
      }

      let checked: Checked;
      try {
        checked = checkArtifact(zip, name, input.repository, run);
      } catch (error) {
        if (error instanceof ForkReportError || error instanceof ZipError) {
          results.push({ kind: 'refused', artifact: name, reason: error.message });
          continue;
        }
        throw error;
      }

      const number = checked.report.pullRequest;
      const pull = await pulls.pullRequest(number);
      if (!pull) {
        results.push({ kind: 'refused', artifact: name, reason: `it names pull request #${number}, which ${input.repository} does not have` });
        continue;
      }
      if (!sameName(pull.baseRepository, input.repository)) {
        results.push({ kind: 'refused', artifact: name, reason: `pull request #${number} is not a pull request into ${input.repository}` });
        continue;
      }
      if (pull.headSha !== run.headSha) {
        const from = (repository: string | undefined) => repository ?? 'a deleted repository';
        if (sameName(pull.headRepository, run.headRepository)) {
          results.push({ kind: 'stale', artifact: name, pullRequest: number, reason: `pull request #${number} has moved on to ${pull.headSha.slice(0, 7)} since the run for ${run.headSha.slice(0, 7)}; the newer run reports` });
        } else {
          results.push({
            kind: 'refused',
            artifact: name,
            reason: `it names pull request #${number}, whose head is ${pull.headSha.slice(0, 7)} from ${from(pull.headRepository)}, not the run's commit ${run.headSha.slice(0, 7)} from ${from(run.headRepository)}`,
          });
        }
        continue;
      }
      if (run.headRepository !== undefined && !sameName(pull.headRepository, run.headRepository)) {
        results.push({ kind: 'refused', artifact: name, reason: `pull request #${number} comes from ${pull.headRepository ?? 'a deleted repository'}, not from ${run.headRepository}, where the run's commit came from` });
        continue;
      }
      results.push(await post(input.forge, name, checked, run));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { kind: 'done', run, results };
}

/** What the step says and whether it fails: a refused or undownloadable artifact, or a refused post, fails it. */
export function publishFromArtifactVerdict(outcome: PublishFromArtifactOutcome, grant: (permission: string) => string): { exitCode: 0 | 1; failure?: string; info: string[]; warnings: string[] } {
  const info: string[] = [];
  const warnings: string[] = [];
  const failures: string[] = [];
  switch (outcome.kind) {
    case 'none':
      info.push(`No fork report to publish: ${outcome.reason}.`);
      break;
    case 'refused':
      failures.push(`Not publishing: ${outcome.reason}.`);
      break;
    case 'forbidden':
      failures.push(`Could not list the run's artifacts: ${outcome.message}. Grant ${grant(outcome.permission)}.`);
      break;
    case 'done':
      for (const result of outcome.results) {
        switch (result.kind) {
          case 'published': {
            const { comment, check } = result;
            if (comment.kind === 'created' || comment.kind === 'updated') info.push(`${result.artifact}: report comment ${comment.kind} on pull request #${result.pullRequest}: ${comment.url}`);
            else if (comment.kind === 'forbidden') failures.push(`${result.artifact}: could not comment on pull request #${result.pullRequest}: ${comment.message}. Grant ${grant(comment.permission)}.`);
            else if (comment.kind === 'not-found' || comment.kind === 'too-long') failures.push(`${result.artifact}: could not comment on pull request #${result.pullRequest}: ${comment.message}.`);
            if (check.kind === 'created') info.push(`${result.artifact}: check run "${CHECK_NAME}" created: ${check.url}`);
            else if (check.kind === 'forbidden') failures.push(`${result.artifact}: could not create the "${CHECK_NAME}" check run: ${check.message}. Grant ${grant(check.permission)}.`);
            if (result.sanitized.length > 0) warnings.push(`${result.artifact}: removed from the fork's text before posting: ${result.sanitized.join(', ')}.`);
            break;
          }
          case 'stale':
            info.push(`${result.artifact}: not posted: ${result.reason}.`);
            break;
          case 'refused':
            failures.push(`${result.artifact}: refused, nothing posted: ${result.reason}.`);
            break;
          case 'failed':
            failures.push(`${result.artifact}: could not be downloaded, nothing posted: ${result.reason}.`);
            break;
        }
      }
      break;
  }
  return failures.length > 0 ? { exitCode: 1, failure: failures.join('\n'), info, warnings } : { exitCode: 0, info, warnings };
}
