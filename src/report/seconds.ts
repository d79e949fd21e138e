/** A duration as the log and the report print it (`4.2 s`, `3 min 5 s`); its own file, so the logger loads no number formatting. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
