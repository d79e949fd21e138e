/**
 * The forge's request queue: what each GitHub answer says about the next request (GitHub's
 * "Exceeding the rate limit" rules, table-driven), and a queue on a fake clock that runs one
 * request at a time and holds all of them while a hold lasts.
 */
import { holdAfter, RequestQueue, SECONDARY_FALLBACK_SECONDS, type Answer, type Clock } from '../../src/forge/request-queue.js';

const NOW = 1_800_000_000_500; // half a second into an epoch second
const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

describe('holdAfter', () => {
  it.each<[string, Answer, number | undefined]>([
    ['a plain success', { status: 200, headers: { 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': '1800003600' } }, undefined],
    ['a 404', { status: 404, headers: { 'x-ratelimit-remaining': '4999' }, message: 'Not Found' }, undefined],
    ['a 403 that is no rate limit', { status: 403, headers: { 'x-ratelimit-remaining': '4998' }, message: 'Resource not accessible by integration' }, undefined],
    ['403 secondary with retry-after: 2', { status: 403, headers: { 'retry-after': '2', 'x-ratelimit-remaining': '4990' }, message: SECONDARY }, NOW + 2000],
    ['429 with retry-after: 30', { status: 429, headers: { 'retry-after': 30 } }, NOW + 30_000],
    ['retry-after as an HTTP date', { status: 429, headers: { 'retry-after': 'Fri, 15 Jan 2027 08:00:10 GMT' } }, Date.parse('2027-01-15T08:00:10Z')],
    ['403 primary: remaining 0, reset in epoch seconds (one more second, to come after it)', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000002' } }, 1_800_000_003_000],
    ['a success that spent the last request', { status: 200, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000060' } }, 1_800_000_061_000],
    ['GraphQL RATE_LIMITED (200, remaining 0)', { status: 200, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000010' }, message: 'API rate limit exceeded for installation ID 1.' }, 1_800_000_011_000],
    ['secondary with both: the later of retry-after and the reset', { status: 403, headers: { 'retry-after': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000001' }, message: SECONDARY }, NOW + 5000],
    ['403 secondary without retry-after: at least a minute', { status: 403, headers: { 'x-ratelimit-remaining': '4990' }, message: SECONDARY }, NOW + SECONDARY_FALLBACK_SECONDS * 1000],
    ['429 without retry-after: at least a minute', { status: 429, headers: {} }, NOW + SECONDARY_FALLBACK_SECONDS * 1000],
    ['GraphQL secondary (200, message only): at least a minute', { status: 200, headers: {}, message: SECONDARY }, NOW + SECONDARY_FALLBACK_SECONDS * 1000],
    ['an unreadable retry-after on a 429 falls back to a minute', { status: 429, headers: { 'retry-after': 'soon' } }, NOW + SECONDARY_FALLBACK_SECONDS * 1000],
  ])('%s', (_name, answer, until) => {
    expect(holdAfter(answer, NOW)?.until).toBe(until);
  });

  it('says why, in header words', () => {
    expect(holdAfter({ status: 403, headers: { 'retry-after': '2' }, message: SECONDARY }, NOW)?.reason).toBe('retry-after: 2');
    expect(holdAfter({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000002' } }, NOW)?.reason).toBe('x-ratelimit-remaining: 0 until x-ratelimit-reset 1800000002');
  });
});

/** A clock that moves only when the queue sleeps, and remembers each sleep. */
function fakeClock(start = NOW): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe('RequestQueue', () => {
  it('runs one request at a time, in the order they came', async () => {
    const queue = new RequestQueue(fakeClock());
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(n);
      running--;
      return n;
    };
    expect(await Promise.all([1, 2, 3, 4].map((n) => queue.run(task(n))))).toEqual([1, 2, 3, 4]);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(most).toBe(1);
  });

  it('holds every request queued behind an answer that said wait, and tells once per hold', async () => {
    const clock = fakeClock();
    const told: string[] = [];
    const queue = new RequestQueue(clock, (hold, waitMs) => told.push(`${hold.reason} ${waitMs}ms`));
    const started: number[] = [];
    const refused = queue.run(async () => {
      started.push(clock.now());
      queue.holdUntil({ until: clock.now() + 2000, reason: 'retry-after: 2' });
      throw new Error('secondary rate limit');
    });
    const others = [1, 2, 3].map(() => queue.run(async () => void started.push(clock.now())));
    await expect(refused).rejects.toThrow('secondary rate limit');
    await Promise.all(others);
    expect(started).toEqual([NOW, NOW + 2000, NOW + 2000, NOW + 2000]);
    expect(clock.sleeps).toEqual([2000]);
    expect(told).toEqual(['retry-after: 2 2000ms']);
  });

  it('keeps the later hold: an earlier one never shortens it, a later one made while waiting extends it', async () => {
    const clock = fakeClock();
    const queue = new RequestQueue(clock);
    queue.holdUntil({ until: NOW + 5000, reason: 'reset' });
    queue.holdUntil({ until: NOW + 1000, reason: 'retry-after: 1' });
    const sleep = clock.sleep;
    clock.sleep = async (ms) => {
      await sleep(ms);
      if (clock.sleeps.length === 1) queue.holdUntil({ until: clock.now() + 3000, reason: 'retry-after: 3' });
    };
    let at = 0;
    await queue.run(async () => void (at = clock.now()));
    expect(at).toBe(NOW + 8000);
    expect(clock.sleeps).toEqual([5000, 3000]);
  });

  it('goes on after a hold has passed without sleeping', async () => {
    const clock = fakeClock();
    const queue = new RequestQueue(clock);
    queue.holdUntil({ until: NOW - 1, reason: 'past' });
    await queue.run(async () => undefined);
    expect(clock.sleeps).toEqual([]);
  });
});
