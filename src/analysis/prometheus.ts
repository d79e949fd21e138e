/**
 * The Prometheus port: instant queries (`POST /api/v1/query`, form-encoded, at an explicit
 * evaluation time) and series look-ups (`POST /api/v1/series`), over the HTTP layer. Answers are
 * read as the HTTP API documents them: an envelope with `status`, `data` or `errorType`/`error`,
 * sample values as strings ("NaN" and "+Inf" included). Anything else — 400/422/503, an error
 * envelope, a proxy's HTML page — is a PrometheusError naming the query and where it went.
 */
import { MlopsError } from '../errors.js';
import { redact } from './credentials.js';
import { DEFAULT_RETRY, postForm, type HttpAnswer, type HttpEndpoint, type RetryPolicy } from './http.js';

export type Labels = Record<string, string>;

export interface Sample {
  labels: Labels;
  /** NaN, +Infinity and -Infinity as Prometheus sends them ("NaN", "+Inf", "-Inf"). */
  value: number;
}

export interface QueryAnswer {
  samples: Sample[];
  warnings: string[];
}

export interface Prometheus {
  /** Where queries go, for messages (no credentials). */
  readonly where: string;
  /** An instant query evaluated at `atMs` (epoch milliseconds). A scalar answer is one sample without labels. */
  query(promql: string, atMs: number): Promise<QueryAnswer>;
  /** The label sets of the series any of `matchers` selects between the two times. */
  series(matchers: readonly string[], startMs: number, endMs: number): Promise<Labels[]>;
}

/** Prometheus answered, but not with a result: the message names the query (or look-up) and where. */
export class PrometheusError extends MlopsError {
  constructor(
    message: string,
    readonly status: number,
    readonly errorType?: string,
  ) {
    super(message);
    this.name = 'PrometheusError';
  }
}

/** A sample value as the HTTP API writes it. */
export function sampleValue(text: unknown): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  return typeof text === 'string' && text.trim() !== '' ? Number(text) : NaN;
}

interface Envelope {
  status?: unknown;
  data?: unknown;
  errorType?: unknown;
  error?: unknown;
  warnings?: unknown;
}

const clip = (text: string, length = 200): string => (text.length > length ? `${text.slice(0, length)}…` : text);

function envelopeOf(answer: HttpAnswer, what: string, where: string): Envelope {
  if (answer.status === 401 || answer.status === 403) {
    throw new PrometheusError(
      `${where} refused ${what} with HTTP ${answer.status}${answer.text.trim() ? ` (${JSON.stringify(clip(answer.text.trim(), 120))})` : ''}. Check the credentials the analysis file names (bearer-token-env, basic-auth-env) and, through the service proxy, that the kubeconfig may get services/proxy.`,
      answer.status,
    );
  }
  const looksHtml = /html/i.test(answer.contentType) || /^\s*<(!doctype|html|head|body)/i.test(answer.text);
  if (looksHtml) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(answer.text)?.[1]?.trim();
    throw new PrometheusError(
      `${where} answered HTTP ${answer.status} with an HTML page${title ? ` ("${clip(title, 120)}")` : ''}, not Prometheus' JSON, for ${what}. Is a proxy or a login page in the way, or is the URL not Prometheus' own?`,
      answer.status,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    throw new PrometheusError(`${where} answered HTTP ${answer.status} with something that is not JSON (${JSON.stringify(clip(answer.text.trim()))}) for ${what}.`, answer.status);
  }
  const envelope = parsed as Envelope;
  if (typeof parsed !== 'object' || parsed === null || (envelope.status !== 'success' && envelope.status !== 'error')) {
    throw new PrometheusError(`${where} answered HTTP ${answer.status} with JSON that is not a Prometheus API answer (no "status") for ${what}.`, answer.status);
  }
  if (envelope.status === 'error' || answer.status < 200 || answer.status >= 300) {
    const type = typeof envelope.errorType === 'string' ? envelope.errorType : undefined;
    const detail = typeof envelope.error === 'string' ? envelope.error : 'no error message';
    const meaning =
      answer.status === 400 ? ' (the query or its parameters are wrong)' : answer.status === 422 ? ' (the query cannot be executed)' : answer.status === 503 ? ' (the query timed out or was aborted)' : '';
    throw new PrometheusError(`${where} answered HTTP ${answer.status}${meaning}, ${type ?? 'error'}: ${clip(detail, 400)}; for ${what}.`, answer.status, type);
  }
  return envelope;
}

function samplesOf(data: unknown, what: string, where: string): Sample[] {
  const { resultType, result } = (data ?? {}) as { resultType?: unknown; result?: unknown };
  if (resultType === 'scalar' && Array.isArray(result)) return [{ labels: {}, value: sampleValue(result[1]) }];
  if (resultType === 'vector' && Array.isArray(result)) {
    return result.map((item) => {
      const { metric, value } = item as { metric?: Labels; value?: unknown[] };
      return { labels: metric ?? {}, value: sampleValue(value?.[1]) };
    });
  }
  throw new PrometheusError(`${where} answered ${String(resultType)} for ${what}; expected an instant vector or a scalar.`, 200);
}

/** The Prometheus behind an HTTP endpoint (its URL, or the API server's service proxy). */
export function prometheusAt(endpoint: HttpEndpoint, policy: RetryPolicy = DEFAULT_RETRY): Prometheus {
  const where = `Prometheus at ${endpoint.where}`;
  const clean = (text: string): string => redact(text, endpoint.secrets);
  const call = async (path: string, form: URLSearchParams, what: string): Promise<Envelope> => {
    const answer = await postForm(endpoint, path, form, policy);
    try {
      return envelopeOf(answer, what, where);
    } catch (error) {
      if (error instanceof PrometheusError) throw new PrometheusError(clean(error.message), error.status, error.errorType);
      throw error;
    }
  };
  return {
    where: endpoint.where,
    async query(promql, atMs) {
      const what = `the query ${promql}`;
      const envelope = await call('/api/v1/query', new URLSearchParams({ query: promql, time: (atMs / 1000).toFixed(3) }), what);
      return { samples: samplesOf(envelope.data, what, where), warnings: Array.isArray(envelope.warnings) ? envelope.warnings.map((w) => clean(String(w))) : [] };
    },
    async series(matchers, startMs, endMs) {
      const form = new URLSearchParams({ start: (startMs / 1000).toFixed(3), end: (endMs / 1000).toFixed(3) });
      for (const matcher of matchers) form.append('match[]', matcher);
      const envelope = await call('/api/v1/series', form, `the series look-up ${matchers.join(', ')}`);
      if (!Array.isArray(envelope.data)) throw new PrometheusError(`${where} answered the series look-up without a list of series.`, 200);
      return envelope.data as Labels[];
    },
  };
}
