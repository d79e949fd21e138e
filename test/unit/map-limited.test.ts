/** mapLimited: results in the items' order whatever order they finish in, never more than the limit at once. */
import { mapLimited } from '../../src/map-limited.js';

test('results keep the order of the items, and at most `limit` run at once', async () => {
  let running = 0;
  let most = 0;
  const delays = [30, 5, 20, 1, 15, 2, 25, 3, 10, 4];
  const results = await mapLimited(delays, 3, async (delay, index) => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, delay));
    running--;
    return `${index}:${delay}`;
  });
  expect(results).toEqual(delays.map((delay, index) => `${index}:${delay}`));
  expect(most).toBe(3);
});

test('no items, no calls; a failure rejects the whole', async () => {
  expect(await mapLimited([], 4, () => Promise.reject(new Error('never called')))).toEqual([]);
  await expect(mapLimited([1, 2, 3], 2, async (item) => {
    if (item === 2) throw new Error('item 2 failed');
    return item;
  })).rejects.toThrow('item 2 failed');
});
