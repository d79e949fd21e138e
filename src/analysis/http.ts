/**
 * The one HTTP layer of the analysis: a form POST with a per-call timeout, retried with backoff on
 * 429, 5xx and dropped connections (never on another 4xx), through Prometheus' own URL or the
 * Kubernetes API server's service proxy. Every message it makes names where the request went and
 * has the secrets scrubbed out.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { MlopsError } from '../errors.js';
import { redact } from './credentials.js';

export interface HttpEndpoint {
  /** The URL paths are appended to: Prometheus' own, or `<api server>/api/v1/namespaces/…/services/…/proxy`. */
  base: string;
  headers: Record<string, string>;
  /** The kubeconfig's TLS and proxy settings, for the service proxy. */
  agent?: http.Agent;
  /** Where requests go, for messages; never carries credentials. */
  where: string;
  /** Values no message may show. */
  secrets: readonly string[];
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** No answer at all (refused, reset, timed out), after the retries. */
export class UnreachableError extends MlopsError {
  constructor(message: string) {
    super(message);
    this.name = 'UnreachableError';
  }
}

export interface RetryPolicy {
  timeoutMs: number;
  /** Tries in all (1 = no retry). */
  attempts: number;
  /** The first backoff; doubled each time, and a Retry-After up to 5 s wins. */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { timeoutMs: 30_000, attempts: 3, backoffMs: 250, sleep: (ms) => new Promise((done) => setTimeout(done, ms)) };

const RETRIED_STATUS = (status: number): boolean => status === 429 || status >= 500;
const MAX_BODY = 16 * 1024 * 1024;

function once(url: URL, body: string, endpoint: HttpEndpoint, timeoutMs: number): Promise<HttpAnswer & { retryAfter?: string }> {
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: endpoint.agent,
        headers: { ...endpoint.headers, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body), Accept: 'application/json' },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY) req.destroy(new Error(`the answer is over ${MAX_BODY / 1024 / 1024} MiB`));
          else chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
            retryAfter: typeof res.headers['retry-after'] === 'string' ? res.headers['retry-after'] : undefined,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)}s`)));
    req.on('error', reject);
    req.end(body);
  });
}

function retryDelay(retryAfter: string | undefined, fallback: number): number {
  if (retryAfter === undefined) return fallback;
  const seconds = Number(retryAfter);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, 5000) : fallback;
}

/**
 * POST `form` to `path` under the endpoint. Returns the last answer, whatever its status (the caller
 * names what a status means); throws UnreachableError when no answer came after the retries.
 */
export async function postForm(endpoint: HttpEndpoint, path: string, form: URLSearchParams, policy: RetryPolicy = DEFAULT_RETRY): Promise<HttpAnswer> {
  const url = new URL(`${endpoint.base}${path}`);
  const body = form.toString();
  for (let attempt = 1; ; attempt++) {
    let wait = policy.backoffMs * 2 ** (attempt - 1);
    try {
      const answer = await once(url, body, endpoint, policy.timeoutMs);
      if (!RETRIED_STATUS(answer.status) || attempt >= policy.attempts) return { status: answer.status, contentType: answer.contentType, text: answer.text };
      wait = retryDelay(answer.retryAfter, wait);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const problem = `${error instanceof Error ? error.message : String(error)}${code && !(error instanceof Error && error.message.includes(code)) ? ` (${code})` : ''}`;
      if (attempt >= policy.attempts) {
        throw new UnreachableError(redact(`${endpoint.where} did not answer POST ${path}: ${problem}${policy.attempts > 1 ? ` (${policy.attempts} tries)` : ''}`, endpoint.secrets));
      }
    }
    await policy.sleep(wait);
  }
}
