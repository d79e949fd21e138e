/**
 * The port to the Kubeflow Pipelines REST API (v2beta1): one request function with the bearer
 * token, retries and errors that say what to fix. Nothing here knows about runs; train.ts does.
 *
 * What the API answers, and how it is read (KFP's backend/src/apiserver):
 * - gRPC-gateway errors: `{code, message, details}` (KFP 2.14+, grpc-gateway v2) or
 *   `{error, code, message, details}` (KFP 2.0–2.5, grpc-gateway v1).
 * - The multipart upload endpoints write their own: `{error_message, error_details}`, where the
 *   details are the server's Go stack (`%+v`): the message is shown, the stack is not.
 *   They answer an authorization failure with a 400 too.
 * - Some checks answer with plain text (`http.Error`).
 * - In front of KFP there is usually an auth proxy (oauth2-proxy, Dex through Istio): a missing
 *   or wrong token gets a redirect to, or the HTML of, its login page.
 * 429, 502, 503, 504 and dropped connections are retried with backoff (honouring Retry-After);
 * other 4xx are not. The token is read before every request (a projected service-account token
 * rotates) and scrubbed from everything this module says.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const API_PREFIX = '/apis/v2beta1';

/** Where the bearer token comes from, first match wins: the kfp-token secret, KFP_TOKEN, kfp-token-file. */
export interface TokenSource {
  /** How the user set it, for messages: `kfp-token`, `the KFP_TOKEN environment variable`, `kfp-token-file (path)`. */
  describe: string;
  /** The current token, or undefined when none is configured. */
  read(): Promise<string | undefined>;
  /** False when no token is set at all. */
  configured: boolean;
}

/** Removes every secret it has been shown from a text. */
export class SecretScrubber {
  private readonly secrets = new Set<string>();
  constructor(private readonly onNew?: (secret: string) => void) {}
  add(secret: string | undefined): void {
    // A very short value would scrub ordinary words; tokens are long.
    if (!secret || secret.length < 4 || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.onNew?.(secret);
  }
  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }
}

/** The token source for these settings (spell: how the front end spells an option key). */
export function tokenSource(input: { token?: string; env: NodeJS.ProcessEnv; tokenFile?: string; cwd: string; spell: (key: string) => string }): TokenSource {
  if (input.token) return { describe: input.spell('kfp-token'), configured: true, read: async () => input.token };
  const fromEnv = input.env.KFP_TOKEN;
  if (fromEnv && fromEnv.trim() !== '') return { describe: 'the KFP_TOKEN environment variable', configured: true, read: async () => fromEnv.trim() };
  if (input.tokenFile) {
    const path = resolve(input.cwd, input.tokenFile);
    const describe = `${input.spell('kfp-token-file')} (${input.tokenFile})`;
    return {
      describe,
      configured: true,
      read: async () => {
        let text: string;
        try {
          text = await readFile(path, 'utf8');
        } catch (error) {
          throw new KfpApiError(`could not read the token from ${describe}: ${(error as Error).message}`, { endpoint: 'token', kind: 'token' });
        }
        const token = text.trim();
        if (token === '') throw new KfpApiError(`${describe} is empty`, { endpoint: 'token', kind: 'token' });
        return token;
      },
    };
  }
  return { describe: `none of ${input.spell('kfp-token')}, KFP_TOKEN or ${input.spell('kfp-token-file')} is set`, configured: false, read: async () => undefined };
}

export type KfpErrorKind = 'http' | 'network' | 'login-page' | 'bad-answer' | 'token' | 'aborted';

/** A failed request: its status and endpoint, and the server's own message when it gave one. */
export class KfpApiError extends Error {
  override name = 'KfpApiError';
  readonly status?: number;
  readonly endpoint: string;
  readonly kind: KfpErrorKind;
  /** The server's message, without status and endpoint (e.g. to match "already exists"). */
  readonly serverMessage?: string;
  constructor(message: string, details: { status?: number; endpoint: string; kind: KfpErrorKind; serverMessage?: string }) {
    super(message);
    this.status = details.status;
    this.endpoint = details.endpoint;
    this.kind = details.kind;
    this.serverMessage = details.serverMessage;
  }
}

export interface RequestOptions {
  query?: Record<string, string | undefined>;
  /** A JSON body. */
  json?: unknown;
  /** A multipart body (the upload endpoints). */
  form?: FormData;
  /**
   * Whether sending it twice does no harm. Creating a run is not idempotent: a 502 or 504 from
   * a proxy may come after KFP created the run, so only 429, 503 and refused connections (the
   * request surely not handled) are retried for it.
   */
  idempotent?: boolean;
  /** Status codes that are an answer, not an error (e.g. 409 on a duplicate version). */
  accept?: number[];
  signal?: AbortSignal;
  /** Attempts for this request (default: the client's). */
  attempts?: number;
  /** How long one attempt may take, in ms (default: the client's). */
  timeoutMs?: number;
}

export interface KfpResponse<T> {
  status: number;
  body: T;
}

export interface KfpClientSettings {
  host: string;
  token: TokenSource;
  scrubber: SecretScrubber;
  spell: (key: string) => string;
  /** Namespace in use, to name it when the server refuses access. */
  namespace?: string;
  fetch?: typeof fetch;
  /** Attempts per request, retries included (default 5). */
  attempts?: number;
  /** Delay before retry n (1-based), in ms (default 1 s, 2 s, 4 s, 8 s …, at most 30 s). */
  retryDelayMs?: (retry: number) => number;
  /** How long one request may take (default 30 s). */
  requestTimeoutMs?: number;
  /** Told about each retry (the stage logs it). */
  onRetry?: (message: string) => void;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const NOT_HANDLED_STATUSES = new Set([429, 503]);
const RETRY_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'TIMEOUT']);

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal?.aborted) return done();
    const timer = setTimeout(finish, ms);
    function finish(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      done();
    }
    signal?.addEventListener('abort', finish, { once: true });
  });
}

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; name?: string } })?.cause;
  if ((error as Error)?.name === 'TimeoutError' || cause?.name === 'TimeoutError') return 'TIMEOUT';
  return cause?.code ?? (error as { code?: string })?.code;
}

/** The message in an error body, whichever of KFP's shapes it has. */
export function serverMessageOf(contentType: string, text: string): { message?: string; html: boolean } {
  const trimmed = text.trim();
  if (/text\/html/i.test(contentType) || /^<(!doctype html|html)[\s>]/i.test(trimmed)) return { html: true };
  try {
    const body = JSON.parse(trimmed) as Record<string, unknown>;
    if (body && typeof body === 'object') {
      if (typeof body.error_message === 'string') return { message: body.error_message, html: false };
      const message = typeof body.message === 'string' && body.message ? body.message : typeof body.error === 'string' ? body.error : undefined;
      if (message) return { message, html: false };
    }
  } catch {
    // not JSON: plain text
  }
  if (trimmed === '') return { html: false };
  const firstLine = trimmed.split('\n')[0]!;
  return { message: firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine, html: false };
}

const LOGIN_PAGE = 'the KFP API answered with a login page: check the token';

export class KfpClient {
  private readonly fetchImpl: typeof fetch;
  constructor(private readonly settings: KfpClientSettings) {
    this.fetchImpl = settings.fetch ?? fetch;
  }

  get host(): string {
    return this.settings.host;
  }

  /** One API call; `path` is below /apis/v2beta1 (e.g. `/runs`). Throws KfpApiError. */
  async request<T>(method: 'GET' | 'POST', path: string, options: RequestOptions = {}): Promise<KfpResponse<T>> {
    const { scrubber } = this.settings;
    const endpoint = `${method} ${API_PREFIX}${path}`;
    const attempts = options.attempts ?? this.settings.attempts ?? 5;
    const idempotent = options.idempotent ?? method === 'GET';
    for (let attempt = 1; ; attempt++) {
      const token = await this.settings.token.read();
      scrubber.add(token);
      let retryReason: string | undefined;
      let retryAfterMs: number | undefined;
      try {
        const response = await this.send(method, path, options, token);
        const text = await response.text();
        if ((response.status >= 200 && response.status < 300) || options.accept?.includes(response.status)) {
          return { status: response.status, body: this.parseBody<T>(endpoint, response, text) };
        }
        const retryable = idempotent ? RETRY_STATUSES.has(response.status) : NOT_HANDLED_STATUSES.has(response.status);
        if (!retryable || attempt >= attempts) throw this.httpError(endpoint, response, text);
        retryReason = `${response.status} ${response.statusText}`.trim();
        retryAfterMs = retryAfter(response.headers.get('retry-after'));
      } catch (error) {
        if (error instanceof KfpApiError) throw error;
        if (options.signal?.aborted) throw new KfpApiError(`${endpoint} was cancelled`, { endpoint, kind: 'aborted' });
        const code = networkCode(error);
        const retryable = code !== undefined && RETRY_NETWORK.has(code) && (idempotent || code === 'ECONNREFUSED');
        if (!retryable || attempt >= attempts) throw this.networkError(endpoint, error, code);
        retryReason = code === 'TIMEOUT' ? 'no answer' : code;
      }
      const delay = Math.min(retryAfterMs ?? (this.settings.retryDelayMs ?? ((n) => Math.min(1000 * 2 ** (n - 1), 30_000)))(attempt), 60_000);
      this.settings.onRetry?.(scrubber.scrub(`KFP API ${endpoint}: ${retryReason}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts})`));
      await sleep(delay, options.signal);
      if (options.signal?.aborted) throw new KfpApiError(`${endpoint} was cancelled`, { endpoint, kind: 'aborted' });
    }
  }

  private send(method: string, path: string, options: RequestOptions, token: string | undefined): Promise<Response> {
    const url = new URL(`${this.settings.host}${API_PREFIX}${path}`);
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(key, value);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | FormData | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) body = options.form;
    const timeout = AbortSignal.timeout(options.timeoutMs ?? this.settings.requestTimeoutMs ?? 30_000);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    // manual: an auth proxy's redirect to its login page is an answer to report, not to follow.
    return this.fetchImpl(url, { method, headers, body, signal, redirect: 'manual' });
  }

  private parseBody<T>(endpoint: string, response: Response, text: string): T {
    const { html } = serverMessageOf(response.headers.get('content-type') ?? '', text);
    if (html) throw new KfpApiError(`${LOGIN_PAGE} (${this.settings.token.describe}); ${endpoint} answered ${response.status} with HTML`, { status: response.status, endpoint, kind: 'login-page' });
    if (text.trim() === '') return {} as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new KfpApiError(`${endpoint} answered ${response.status} with something that is not JSON: ${this.settings.scrubber.scrub(text.slice(0, 200))}`, { status: response.status, endpoint, kind: 'bad-answer' });
    }
  }

  private httpError(endpoint: string, response: Response, text: string): KfpApiError {
    const { scrubber, spell } = this.settings;
    const status = response.status;
    const statusLine = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (status >= 300 && status < 400) {
      const location = response.headers.get('location') ?? '';
      let where = '';
      try {
        // Where it sends the user, without the query (it may carry state or a return URL).
        if (location) where = ` to ${new URL(location, this.settings.host).origin}${new URL(location, this.settings.host).pathname}`;
      } catch {
        // not a URL: say nothing about it
      }
      return new KfpApiError(`${LOGIN_PAGE} (${this.settings.token.describe}): ${endpoint} answered ${statusLine}, a redirect${where}`, { status, endpoint, kind: 'login-page' });
    }
    const { message, html } = serverMessageOf(response.headers.get('content-type') ?? '', text);
    if (html) return new KfpApiError(`${LOGIN_PAGE} (${this.settings.token.describe}): ${endpoint} answered ${statusLine} with HTML`, { status, endpoint, kind: 'login-page' });
    const serverMessage = message ? scrubber.scrub(message) : undefined;
    let hint = '';
    if (status === 401) {
      hint = this.settings.token.configured ? `; the token was not accepted: check ${this.settings.token.describe}` : `; the KFP API needs a token: ${this.settings.token.describe}`;
    }
    else if (status === 403) {
      hint = `; the token may not do this${this.settings.namespace ? ` in namespace ${this.settings.namespace}` : ''}: check ${spell('kfp-namespace')} and ${spell('kfp-token')}`;
    } else if (status === 400 && endpoint.includes('/pipelines/upload') && /^Failed to create a pipeline( version)?$/.test(serverMessage ?? '')) {
      hint = `; KFP answers an authorization failure on upload this way too: check ${spell('kfp-namespace')} and ${spell('kfp-token')}`;
    }
    return new KfpApiError(`KFP API ${endpoint} answered ${statusLine}${serverMessage ? `: ${serverMessage}` : ''}${hint}`, { status, endpoint, kind: 'http', serverMessage });
  }

  private networkError(endpoint: string, error: unknown, code: string | undefined): KfpApiError {
    const host = this.settings.host;
    const kfpHost = this.settings.spell('kfp-host');
    const detail = this.settings.scrubber.scrub(((error as { cause?: Error }).cause?.message ?? (error as Error).message ?? String(error)));
    const message =
      code === 'ECONNREFUSED' ? `could not connect to the KFP API at ${host} (connection refused): check ${kfpHost}`
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `the KFP API host of ${host} was not found: check ${kfpHost}`
      : code === 'TIMEOUT' ? `KFP API ${endpoint} did not answer within ${Math.round((this.settings.requestTimeoutMs ?? 30_000) / 1000)} s (${host}; check ${kfpHost})`
      : /certificate|CERT_|SSL|TLS/i.test(`${code ?? ''} ${detail}`) ? `the TLS connection to ${host} failed (${detail}): check ${kfpHost}`
      : `KFP API ${endpoint} failed: ${detail}${code ? ` (${code})` : ''} (check ${kfpHost})`;
    return new KfpApiError(message, { endpoint, kind: 'network' });
  }
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
