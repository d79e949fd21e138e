/** The report's largest changes are picked without sorting every row: the same rows, in the same order, as a full stable sort. */
import { firstSorted } from '../../src/report/markdown.js';
import { seeded } from '../helpers/seeded-random.js';

test('the first N of a stable sort, ties in their original order, for many sizes and N', () => {
  const random = seeded(5);
  for (let round = 0; round < 300; round++) {
    // few distinct values, so ties are common
    const items = Array.from({ length: Math.floor(random() * 200) }, (_, index) => ({ value: Math.floor(random() * 8) - 4, index }));
    const byMagnitude = (a: { value: number }, b: { value: number }) => Math.abs(b.value) - Math.abs(a.value);
    const count = Math.floor(random() * 60) - 5;
    expect(firstSorted(items, count, byMagnitude)).toEqual([...items].sort(byMagnitude).slice(0, Math.max(0, count)));
  }
});
