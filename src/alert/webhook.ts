/**
 * The alert webhook: one Slack-compatible message (`{"text": …}`, which Slack, Mattermost and
 * Teams incoming webhooks all take) when a gate fails. A failing webhook is a warning for the
 * caller, never a red build; the URL is a secret and is never part of a message.
 */

export type WebhookResult = { ok: true } | { ok: false; reason: string };

export function alertText(input: { title: string; failures: readonly string[]; runUrl?: string; repository?: string }): string {
  const where = input.repository ? ` in ${input.repository}` : '';
  const lines = [`:rotating_light: *${input.title}*${where}`, ...input.failures.map((failure) => `• ${failure}`)];
  if (input.runUrl) lines.push(`<${input.runUrl}|Open the run>`);
  return lines.join('\n');
}

export async function sendWebhook(url: string, text: string, fetchImpl: typeof fetch = fetch): Promise<WebhookResult> {
  try {
    const response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }), signal: AbortSignal.timeout(10000) });
    if (response.ok) return { ok: true };
    return { ok: false, reason: `the webhook answered ${response.status} ${response.statusText}`.trim() };
  } catch (error) {
    return { ok: false, reason: `the webhook could not be reached (${error instanceof Error ? error.message : String(error)})` };
  }
}
