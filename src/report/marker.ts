/**
 * The hidden line that identifies a report in a PR comment, keyed by `report-id` so one pull
 * request can carry several reports. Built in one place and matched in one place.
 */
const PREFIX = '<!-- mlops-action report:';

/** Report ids are kept to a safe alphabet so the marker can never close the HTML comment early. */
export function reportMarker(reportId: string): string {
  const safe = reportId.replace(/[^A-Za-z0-9._/-]/g, '-');
  return `${PREFIX}${safe} -->`;
}

export function hasMarker(body: string, reportId: string): boolean {
  return body.includes(reportMarker(reportId));
}
