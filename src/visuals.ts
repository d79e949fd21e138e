/**
 * The report's pictures, gathered after training: the project's DVC plots for the base against
 * the workspace (the base named explicitly, so DVC's HEAD-vs-dirty rule never decides what is
 * compared), links for its image plots, and the headline metric's trend on the base branch.
 * Nothing here fails a run: a plot or a history that cannot be read is a warning or a line.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeError } from './errors.js';
import { ensureRevision, isShallow, git } from './git.js';
import type { Logger } from './logger.js';
import type { CollectMemo } from './metrics/collect-memo.js';
import type { MetricRow } from './metrics/compare.js';
import { DEFAULT_LAST, metricHistory, type HistoryPoint } from './metrics/history.js';
import type { RunOptions } from './options.js';
import { collectPlots } from './plots/collect.js';
import type { ImagePlot, PlotsResult } from './plots/types.js';
import type { ImageFile, PublishImagesResult } from './report/images.js';
import type { TrendHead } from './report/trend.js';

export interface Visuals {
  plots?: PlotsResult;
  /** The revision names the plots carry for the base and the head. */
  plotRevisions?: { base: string; head: string };
  /** Absolute image path → where it can be seen. */
  imageLinks?: Map<string, string>;
  /** Images made during the run that are listed with the run's link instead. */
  unpublishedImages?: string[];
  trend?: { history: HistoryPoint[]; head: TrendHead; key: string };
}

/** Publishes images where the platform can (blob links, the assets branch); undefined: file names only. */
export type ImagePublisher = (files: ImageFile[]) => Promise<PublishImagesResult>;

interface VisualsInput {
  options: RunOptions;
  /** The base as a commit (the trend reads its history) and as the report names it (the plots' revision). */
  baseCommit?: string;
  baseName: string;
  headLabel: string;
  headline?: MetricRow;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  publishImages?: ImagePublisher;
  /** The plots, read already (readPlots, started beside the metrics diff); else read here. */
  plotsRead?: Promise<PlotsRead>;
}

/** Fetch enough first-parent history of a shallow checkout's base to draw the trend. */
async function deepenForTrend(input: VisualsInput, ref: string): Promise<void> {
  const cwd = input.options.workingDirectory;
  if (!(await isShallow(cwd))) return;
  const depth = DEFAULT_LAST * 3;
  const fetched = await git(cwd, ['fetch', '--no-tags', '--quiet', `--depth=${depth}`, input.options.baselineRemote, ref], input.env);
  if (fetched.ok) input.logger.info(`Fetched ${depth} commits of ${ref.slice(0, 12)}'s history for the trend (the checkout is shallow).`);
}

async function trendOf(input: VisualsInput): Promise<Visuals['trend']> {
  const row = input.headline;
  if (!row || typeof row.new !== 'number' || !Number.isFinite(row.new) || !input.baseCommit) return undefined;
  // On schedule the history is production's: the baseline ref's own commits.
  const ref = input.options.event === 'schedule' && input.options.baseRef === input.options.baselineRef ? input.options.baselineRef : input.baseCommit;
  await deepenForTrend(input, ref);
  try {
    // the base's value is the diff's old one: that commit's file (a large one, maybe) is not read twice
    const known = ref === input.baseCommit && (typeof row.old === 'number' || typeof row.old === 'bigint') ? { commit: ref, value: row.old } : undefined;
    // the row of a CSV/TSV log the diff read (`csv-row`), at every commit of the trend too
    const history = await metricHistory({
      cwd: input.options.workingDirectory, ref, path: row.path, key: row.key, row: input.options.csvRow, env: input.env, known, onWarning: (message) => input.logger.warning(message),
    });
    return history.length > 0 ? { history, head: { value: row.new, label: input.headLabel }, key: row.key } : undefined;
  } catch (error) {
    input.logger.warning(`No trend of ${row.key}: ${describeError(error)}`);
    return undefined;
  }
}

/** The plots as read, or why they could not be (logged when the visuals are gathered); undefined: no base to read them at. */
export type PlotsRead = { plots: PlotsResult } | { failed: string } | undefined;

/**
 * The base's and the workspace's plots: read-only, so a run starts this once training is over,
 * beside the metrics diff, and hands the promise to gatherVisuals.
 */
export async function readPlots(options: RunOptions, baseName: string, env: NodeJS.ProcessEnv, memo?: CollectMemo): Promise<PlotsRead> {
  // never rejects: the run may not get to the visuals (metrics unreadable), and nobody would hear it
  try {
    // a run has fetched what it could before training: then the base is there or is not
    const there = memo
      ? await memo.revision(options.workingDirectory, baseName).then(() => true, () => false)
      : (await ensureRevision(options.workingDirectory, baseName, options.baselineRemote, env)).kind !== 'not-fetched';
    if (!there) return undefined;
    return { plots: await collectPlots({ cwd: options.workingDirectory, revisions: [baseName, 'workspace'], outDir: await mkdtemp(join(tmpdir(), 'mlops-plots-')), memo }) };
  } catch (error) {
    return { failed: describeError(error) };
  }
}

async function plotsOf(input: VisualsInput): Promise<Pick<Visuals, 'plots' | 'plotRevisions' | 'imageLinks' | 'unpublishedImages'>> {
  const { options, logger } = input;
  // The plots carry the revision as the report names it (`HEAD~1`, a short sha), for their legends.
  const base = input.baseName;
  const read = await (input.plotsRead ?? readPlots(options, base, input.env));
  if (read === undefined) return {};
  if ('failed' in read) {
    logger.warning(`Plots could not be read: ${read.failed}`);
    return {};
  }
  const plots = read.plots;
  if (plots.plots.length === 0 && plots.errors.length === 0) return {};
  logger.info(`${plots.plots.length} plot${plots.plots.length === 1 ? '' : 's'}${plots.errors.length ? `, ${plots.errors.length} unreadable (named in the report)` : ''}.`);
  const images = plots.plots.filter((plot): plot is ImagePlot => plot.kind === 'image');
  if (images.length === 0 || !input.publishImages) return { plots, plotRevisions: { base, head: 'workspace' } };
  const published = await input.publishImages(
    images.map((image) => ({ localPath: image.file, repoPath: image.repoPath, commit: image.revision === 'workspace' ? undefined : image.revision })),
  );
  for (const warning of published.warnings) logger.warning(warning);
  return { plots, plotRevisions: { base, head: 'workspace' }, imageLinks: published.links, unpublishedImages: published.unpublished };
}

export async function gatherVisuals(input: VisualsInput): Promise<Visuals> {
  if (input.options.charts === 'none') return {};
  return { ...(await plotsOf(input)), trend: await trendOf(input) };
}
