/**
 * The hidden line that identifies a report in a PR comment, keyed by `report-id` so one pull
 * request can carry several reports. Built in one place; the forge matches it (src/forge/github.ts).
 */
const PREFIX = '<!-- mlops-action report:';

/** Report ids are kept to a safe alphabet so the marker can never close the HTML comment early. */
export function reportMarker(reportId: string): string {
  const safe = reportId.replace(/[^A-Za-z0-9._/-]/g, '-');
  return `${PREFIX}${safe} -->`;
}
