import { createRandom, hashSeed, lotteryOrder, shuffle } from './random';

describe('random', () => {
  it('should repeat the same sequence for the same seed and differ for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom('42x');
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('should treat a number seed and its text alike', () => {
    expect(hashSeed(2026)).toBe(hashSeed('2026'));
  });

  it('should spread draws evenly enough', () => {
    const random = createRandom('spread');
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      buckets[Math.floor(random() * 10)]++;
    }
    for (const count of buckets) {
      expect(count).toBeGreaterThan(9_500);
      expect(count).toBeLessThan(10_500);
    }
  });

  it('should shuffle into a permutation', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    expect([...shuffle([...items], createRandom(1))].sort((a, b) => a - b)).toEqual(items);
  });

  it('should draw the same lottery whatever order the students come in', () => {
    const ids = ['s3', 's1', 's2', 's10', 's4'];
    const lottery = lotteryOrder(ids, 'round-2026');
    expect(lotteryOrder([...ids].reverse(), 'round-2026')).toEqual(lottery);
    expect([...lottery].sort()).toEqual([...ids].sort());
    expect(lotteryOrder(['a', 'b', 'c', 'd'], 1)).toEqual(lotteryOrder(['d', 'c', 'b', 'a'], '1'));
  });

  it('should keep drawing the published order for a seed (a change here changes published lotteries)', () => {
    expect(lotteryOrder(['a', 'b', 'c', 'd', 'e', 'f'], 'round-2026')).toEqual(['d', 'b', 'f', 'c', 'e', 'a']);
  });
});
