import fc from 'fast-check';
import { compareRanked, TopK, topK } from './top-k';

describe('TopK', () => {
  it('should keep the k best, best first, equal scores by id', () => {
    const heap = new TopK<null>(3);
    for (const [score, id] of [
      [5, 'e'],
      [9, 'b'],
      [7, 'c'],
      [9, 'a'],
      [1, 'z'],
      [7, 'b'],
    ] as const) {
      heap.offer(score, id, null);
    }
    expect(heap.sorted().map((entry) => `${entry.score}${entry.id}`)).toEqual(['9a', '9b', '7b']);
  });

  it('should keep nothing for k = 0 and everything when k exceeds the input', () => {
    expect(topK([1, 2, 3], 0, (x) => x, String)).toEqual([]);
    expect(topK([1, 2, 3], 10, (x) => x, String)).toEqual([3, 2, 1]);
  });

  it('should equal a full sort cut to k on random data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string({ maxLength: 4 }), score: fc.integer({ min: 0, max: 20 }) }), {
          maxLength: 300,
        }),
        fc.integer({ min: 0, max: 40 }),
        (items, k) => {
          const expected = [...items].sort((a, b) => compareRanked(a.score, a.id, b.score, b.id)).slice(0, k);
          const actual = topK(
            items,
            k,
            (item) => item.score,
            (item) => item.id,
          );
          expect(actual.map((item) => [item.score, item.id])).toEqual(expected.map((item) => [item.score, item.id]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
