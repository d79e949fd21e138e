/**
 * `plots show` and `plots diff` as DVC 3's CmdPlotsShow/CmdPlotsDiff run them
 * (dvc/commands/plots.py, dvc/repo/plots/diff.py): which revisions, what goes to stdout (DVC's
 * JSON, or mlops' markdown where DVC writes HTML) and the lines DVC writes to stderr. Problems
 * with files are data and the verb succeeds; an unknown revision throws (exit 1, nothing printed).
 */
import { git, hasNoCommits, isGitRepository } from '../git.js';
import { MlopsError } from '../errors.js';
import { collectPlots, type PlotOverrides } from './collect.js';
import { plotsJson } from './json.js';
import { plotsMarkdown } from './markdown-table.js';
import type { PlotsResult } from './types.js';

export interface PlotsVerbInput {
  cwd: string;
  targets?: readonly string[];
  overrides?: PlotOverrides;
  outDir?: string;
  json?: boolean;
  split?: boolean;
  /** Indent JSON (DVC does when stdout is a terminal). */
  jsonIndent?: number;
}

export interface PlotsDiffInput extends PlotsVerbInput {
  revisions?: readonly string[];
}

export interface PlotsVerbOutput {
  stdout: string;
  /** Exactly what DVC writes to stderr, line by line. */
  stderr: string[];
}

/** Whether a tracked file differs from HEAD (scmrepo's `is_dirty(untracked_files=False)`). */
async function isDirty(cwd: string): Promise<boolean> {
  const status = await git(cwd, ['status', '--porcelain', '--untracked-files=no']);
  return status.ok && status.stdout.trim() !== '';
}

/**
 * `dvc/repo/plots/diff.py _revisions`: none → the workspace, with HEAD first when a tracked file
 * changed; one → it and the workspace; more → just those. Undefined when the repository has no
 * commits (DVC's diff is `{}` then).
 */
export async function plotsDiffRevisions(cwd: string, revisions: readonly string[] = []): Promise<string[] | undefined> {
  if (await hasNoCommits(cwd)) return undefined;
  const chosen = [...revisions];
  if (chosen.length <= 1) {
    if (chosen.length === 0) {
      if (!(await isGitRepository(cwd))) {
        throw new MlopsError('Only supported for Git repositories: `mlops plots diff` compares revisions; use `mlops plots show` outside git.');
      }
      if (await isDirty(cwd)) chosen.push('HEAD');
    }
    chosen.push('workspace');
  }
  return chosen;
}

/** DVC's stderr lines for a result: failed revisions (Plots.show), then each conversion's warning. */
export function plotsStderr(result: PlotsResult, json: boolean): string[] {
  const lines: string[] = [];
  const failed = new Set(result.errors.filter((error) => error.source || !error.name).map((error) => error.rev));
  const order = result.revisions ?? [...failed];
  const errored = order.filter((rev) => failed.has(rev));
  if (errored.length > 0) lines.push(`DVC failed to load some plots for following revisions: '${errored.join(', ')}'.`);
  if (!json && result.plots.length === 0 && result.errors.length === 0) lines.push('No plots were loaded, visualization file will not be created.');
  for (const error of result.errors) if (error.name && !error.source) lines.push(`WARNING: In '${error.rev}', ${error.msg.toLowerCase()}`);
  return lines;
}

function output(result: PlotsResult, input: PlotsVerbInput): PlotsVerbOutput {
  const stdout = input.json ? plotsJson(result, { split: input.split, indent: input.jsonIndent }) : plotsMarkdown(result);
  return { stdout, stderr: plotsStderr(result, input.json ?? false) };
}

/** `dvc plots show [targets]`: the workspace. */
export async function plotsShow(input: PlotsVerbInput): Promise<PlotsVerbOutput> {
  const result = await collectPlots({ cwd: input.cwd, revisions: ['workspace'], targets: input.targets, overrides: input.overrides, outDir: input.outDir });
  return output(result, input);
}

/** `dvc plots diff [revisions] [--targets ...]`. */
export async function plotsDiff(input: PlotsDiffInput): Promise<PlotsVerbOutput> {
  const revisions = await plotsDiffRevisions(input.cwd, input.revisions);
  if (revisions === undefined) return output({ plots: [], errors: [], revisions: [] }, input);
  const result = await collectPlots({ cwd: input.cwd, revisions, targets: input.targets, overrides: input.overrides, outDir: input.outDir });
  return output(result, input);
}
