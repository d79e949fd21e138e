/**
 * Fits a report into a size limit (GitHub comments: 65,536 characters; job summaries: 1 MiB) by
 * showing less, in stages: first the folded all-rows tables go, then the plots, trend, charts and
 * output tail, then the params; the verdict, the gates and the changed metrics stay. Only if even that is too long is
 * the text cut, at a line, with a note.
 */
import { fullReportLink, renderReport, type DetailLevel, type ReportInput } from './markdown.js';

export const COMMENT_LIMIT = 65536;
/** GITHUB_STEP_SUMMARY takes up to 1 MiB per step. */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface FittedReport {
  body: string;
  detail: DetailLevel;
  truncated: boolean;
}

const LEVELS: DetailLevel[] = ['full', 'plots', 'compact', 'minimal'];

/** Characters as GitHub counts them, erring long (UTF-16 units count an emoji as two). */
const size = (text: string): number => text.length;

export async function fitReport(input: ReportInput, limit: number): Promise<FittedReport> {
  let body = '';
  for (const detail of LEVELS) {
    body = await renderReport({ ...input, detail });
    if (size(body) <= limit) return { body, detail, truncated: false };
  }
  const note = `\n\n_… cut to fit the size limit; the full report is in ${fullReportLink(input)}._\n`;
  let cut = body.slice(0, Math.max(0, limit - note.length));
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return { body: cut + note, detail: 'minimal', truncated: true };
}
