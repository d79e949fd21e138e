/**
 * One queue for every request a forge makes, REST and GraphQL alike: one request at a time, and
 * none while GitHub has said to stop, whichever call it belongs to.
 *
 * GitHub's "Best practices for using the REST API" ask for exactly this: "make requests serially
 * instead of concurrently … implement a queue system for requests", and after a rate-limit error
 * "stop making requests temporarily": not before `retry-after` seconds have passed; with
 * `x-ratelimit-remaining: 0`, not before `x-ratelimit-reset`; otherwise at least a minute.
 * @octokit/plugin-throttling delays only the refused request (a Bottleneck job retry; the other
 * jobs go on, octokit/plugin-throttling.js#629), so the run's other calls went out inside the
 * window and were refused again. It still decides whether the refused request is tried again;
 * this queue makes everyone else wait with it.
 */
import type { getOctokit } from '@actions/github';

/** What an answer says about the next request: not before `until` (ms since the epoch), and why. */
export interface Hold {
  until: number;
  reason: string;
}

/** An answer as the queue reads it: status, lower-case headers and GitHub's own message(s). */
export interface Answer {
  status: number;
  headers: Record<string, string | number | undefined>;
  message?: string;
}

/** GitHub: "Otherwise, wait for at least one minute before retrying." */
export const SECONDARY_FALLBACK_SECONDS = 60;

const SECONDARY = /secondary rate limit/i;

/** When the next request may leave after `answer`, received at `now`; undefined if GitHub did not say stop. */
export function holdAfter(answer: Answer, now: number): Hold | undefined {
  const header = (name: string): string | undefined => {
    const value = answer.headers[name];
    return value === undefined ? undefined : String(value);
  };
  const holds: Hold[] = [];
  const retryAfter = header('retry-after');
  if (retryAfter !== undefined) {
    // Seconds, as GitHub sends it; an HTTP date is the header's other legal form.
    const seconds = Number(retryAfter);
    const until = retryAfter.trim() !== '' && Number.isFinite(seconds) ? now + seconds * 1000 : Date.parse(retryAfter);
    if (Number.isFinite(until)) holds.push({ until, reason: `retry-after: ${retryAfter}` });
  }
  const reset = Number(header('x-ratelimit-reset'));
  if (header('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
    // Epoch seconds: one more second so that we come *after* the reset, as plugin-throttling does.
    holds.push({ until: (reset + 1) * 1000, reason: `x-ratelimit-remaining: 0 until x-ratelimit-reset ${reset}` });
  }
  const secondary = answer.status === 429 || ((answer.status === 403 || answer.status === 200) && SECONDARY.test(answer.message ?? ''));
  if (holds.length === 0 && secondary) {
    holds.push({ until: now + SECONDARY_FALLBACK_SECONDS * 1000, reason: `a secondary rate limit without retry-after (at least ${SECONDARY_FALLBACK_SECONDS}s)` });
  }
  return holds.reduce<Hold | undefined>((latest, hold) => (latest === undefined || hold.until > latest.until ? hold : latest), undefined);
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Serial (concurrency 1), first come first served, and held while any answer says to wait. */
export class RequestQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private hold: Hold | undefined;
  private reported: Hold | undefined;

  /** `onHold` is told once per hold that makes a request wait, with how long (ms). */
  constructor(
    private readonly clock: Clock = systemClock,
    private readonly onHold?: (hold: Hold, waitMs: number) => void,
  ) {}

  /** Run `send` after everything queued before it has settled, and not before the hold ends. */
  run<T>(send: () => Promise<T>): Promise<T> {
    const turn = this.tail.then(() => this.waitOut()).then(send);
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  /** Stop every request until `hold.until`; a later hold wins, an earlier one changes nothing. */
  holdUntil(hold: Hold | undefined): void {
    if (hold && (this.hold === undefined || hold.until > this.hold.until)) this.hold = hold;
  }

  private async waitOut(): Promise<void> {
    for (;;) {
      const hold = this.hold;
      const waitMs = hold === undefined ? 0 : hold.until - this.clock.now();
      if (hold === undefined || waitMs <= 0) return;
      if (this.reported !== hold) {
        this.reported = hold;
        this.onHold?.(hold, waitMs);
      }
      await this.clock.sleep(waitMs);
    }
  }
}

type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>;

interface FailedRequest {
  status?: number;
  message?: string;
  response?: { status?: number; headers?: Record<string, string | number | undefined> };
}

/** GraphQL speaks in 200s: its limits are in `errors`. */
function graphqlMessages(data: unknown): string | undefined {
  const errors = (data as { errors?: { message?: string }[] } | null)?.errors;
  return Array.isArray(errors) ? errors.map((error) => error.message ?? '').join('\n') : undefined;
}

/**
 * Every attempt of every request through `queue`, and each answer's verdict into its hold.
 * List it first among getOctokit's plugins: the first one wraps the request innermost, under the
 * retry and throttling plugins, so their retries queue too. Holds name the method and route
 * (`options.url` is the route template or a Link URL), never a header: no token.
 */
export function queueRequests(queue: RequestQueue, clock: Clock = systemClock): OctokitPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', (request, options) =>
      queue.run(async () => {
        const on = (hold: Hold | undefined) => queue.holdUntil(hold && { ...hold, reason: `${hold.reason} on ${options.method} ${options.url}` });
        try {
          const response = await request(options);
          on(holdAfter({ status: response.status, headers: response.headers, message: graphqlMessages(response.data) }, clock.now()));
          return response;
        } catch (error) {
          const failure = error as FailedRequest;
          if (failure.response?.headers) on(holdAfter({ status: failure.status ?? failure.response.status ?? 0, headers: failure.response.headers, message: failure.message }, clock.now()));
          throw error;
        }
      }),
    );
  };
}
