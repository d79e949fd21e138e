/**
 * Leaving a fork pull request's report as a workflow artifact, with @actions/artifact: the
 * report's JSON and its images staged in a fresh folder and uploaded as one zip named for the
 * pull request (the results service's CreateArtifact, a block-blob upload to the signed URL it
 * hands out, FinalizeArtifact). The job's ACTIONS_RUNTIME_TOKEN is all it takes; the read-only
 * GITHUB_TOKEN plays no part. What is uploaded is first read back with the publish side's own
 * reader, so a report that would be refused there is never uploaded.
 */
import type { ArtifactClient } from '@actions/artifact';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  checkImageBytes,
  encodeForkReport,
  FORK_LIMITS,
  FORK_REPORT_FILE,
  forkReportName,
  IMAGES_FOLDER,
  imageTypeOf,
  parseForkReport,
  type ForkReport,
  type ForkReportImage,
} from './report-artifact.js';

export interface ForkReportUpload {
  /** The report (its `images` are filled in from `images` below). */
  report: ForkReport;
  /** Image files the report shows, each under `images/<name>` (name: default the file's own). */
  images?: { path: string; name?: string }[];
  /** Days GitHub keeps the artifact; the publish run reads it minutes later. Default 7. */
  retentionDays?: number;
  /** Where the staging folder is made; default the system's temp folder. */
  tempDir?: string;
}

export type ForkUploadOutcome =
  | { kind: 'uploaded'; name: string; id?: number; size?: number; digest?: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; name: string; reason: string };

export const DEFAULT_RETENTION_DAYS = 7;

async function defaultClient(): Promise<ArtifactClient> {
  // Loaded when a fork's report is uploaded: the Azure storage client is large.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/**
 * Upload `input.report` as the artifact `mlops-report-pr-<n>` (`-<report-id>` for another
 * report id). A failure is an outcome naming the artifact and the reason, never a throw.
 */
export async function uploadForkReport(input: ForkReportUpload, client?: ArtifactClient): Promise<ForkUploadOutcome> {
  const name = forkReportName(input.report.pullRequest, input.report.reportId);
  const root = await mkdtemp(join(input.tempDir ?? tmpdir(), 'mlops-fork-report-'));
  try {
    const files: string[] = [];
    const images: ForkReportImage[] = [];
    if ((input.images?.length ?? 0) > FORK_LIMITS.images) return { kind: 'failed', name, reason: `the report has ${input.images!.length} images; at most ${FORK_LIMITS.images} are taken` };
    if (input.images?.length) await mkdir(join(root, IMAGES_FOLDER));
    for (const image of input.images ?? []) {
      const imageName = image.name ?? basename(image.path);
      const mediaType = imageTypeOf(imageName);
      checkImageBytes(imageName, mediaType, await readFile(image.path));
      const file = `${IMAGES_FOLDER}/${imageName}`;
      if (images.some((known) => known.file === file)) return { kind: 'failed', name, reason: `two images are named ${imageName}` };
      await copyFile(image.path, join(root, IMAGES_FOLDER, imageName));
      files.push(join(root, IMAGES_FOLDER, imageName));
      images.push({ file, mediaType });
    }
    const json = encodeForkReport({ ...input.report, images });
    // The publish side's reader: what it would refuse is not worth uploading.
    parseForkReport(json);
    await writeFile(join(root, FORK_REPORT_FILE), json);
    files.unshift(join(root, FORK_REPORT_FILE));

    const artifacts = client ?? (await defaultClient());
    const uploaded = await artifacts.uploadArtifact(name, files, root, { retentionDays: input.retentionDays ?? DEFAULT_RETENTION_DAYS });
    return { kind: 'uploaded', name, id: uploaded.id, size: uploaded.size, digest: uploaded.digest };
  } catch (error) {
    return { kind: 'failed', name, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
