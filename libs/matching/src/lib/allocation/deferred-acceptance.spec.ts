import { findBlockingPairs } from './blocking-pairs';
import { allocate, allocateCompanyProposing } from './deferred-acceptance';
import type { Market } from './market';
import { allocationStatistics } from './statistics';
import { allocateTextbook } from './textbook';

describe('allocate', () => {
  it('should give every student their first choice when there is room', () => {
    const market: Market = {
      students: [
        { id: 'ana', ranking: ['weld', 'cnc'] },
        { id: 'bo', ranking: ['cnc', 'weld'] },
      ],
      vacancies: [
        { id: 'weld', capacity: 1 },
        { id: 'cnc', capacity: 1 },
      ],
      seed: 1,
    };
    expect(Object.fromEntries(allocate(market).assignment)).toEqual({ ana: 'weld', bo: 'cnc' });
  });

  it('should let the company keep the students it ranks best and send the others down their lists', () => {
    const market: Market = {
      students: [
        { id: 'ana', ranking: ['weld', 'cnc'] },
        { id: 'bo', ranking: ['weld', 'cnc'] },
        { id: 'cem', ranking: ['weld'] },
      ],
      vacancies: [
        { id: 'weld', capacity: 1, ranking: ['bo', 'cem', 'ana'] },
        { id: 'cnc', capacity: 1, ranking: ['ana', 'bo'] },
      ],
      seed: 1,
    };
    const result = allocate(market);
    expect(Object.fromEntries(result.assignment)).toEqual({ ana: 'cnc', bo: 'weld', cem: null });
    expect(result.unplaced).toEqual([{ studentId: 'cem', reason: 'all_choices_full' }]);
  });

  it('should rank students the company did not rank after the ones it did, by the lottery', () => {
    const market: Market = {
      students: ['a', 'b', 'c', 'd'].map((id) => ({ id, ranking: ['v'] })),
      vacancies: [{ id: 'v', capacity: 2, ranking: ['c'] }],
      seed: 'lottery',
    };
    const result = allocate(market);
    const winnerOfLottery = result.lotteryOrder.find((id) => id !== 'c');
    expect(
      [...result.assignment]
        .filter(([, v]) => v)
        .map(([s]) => s)
        .sort(),
    ).toEqual(['c', winnerOfLottery].sort());
  });

  it('should use scores as the company preference when it gave no ranking', () => {
    const market: Market = {
      students: ['a', 'b', 'c'].map((id) => ({ id, ranking: ['v'] })),
      vacancies: [{ id: 'v', capacity: 1, scores: { a: 40, b: 90, c: 70 } }],
      seed: 3,
    };
    expect(allocate(market).assignment.get('b')).toBe('v');
  });

  it('should explain why students are unplaced', () => {
    const market: Market = {
      students: [
        { id: 'none', ranking: [] },
        { id: 'ghost', ranking: ['gone', 'closed'] },
        { id: 'late', ranking: ['v'] },
        { id: 'first', ranking: ['v'] },
      ],
      vacancies: [
        { id: 'v', capacity: 1, ranking: ['first'] },
        { id: 'closed', capacity: 0 },
      ],
      seed: 1,
    };
    expect(allocate(market).unplaced).toEqual([
      { studentId: 'none', reason: 'no_choices' },
      { studentId: 'ghost', reason: 'choices_unavailable' },
      { studentId: 'late', reason: 'all_choices_full' },
    ]);
  });

  it('should find the textbook example: students get their best stable partner, companies their worst', () => {
    // Two students, two places, opposite preferences: two stable matchings.
    const market: Market = {
      students: [
        { id: 's1', ranking: ['v1', 'v2'] },
        { id: 's2', ranking: ['v2', 'v1'] },
      ],
      vacancies: [
        { id: 'v1', capacity: 1, ranking: ['s2', 's1'] },
        { id: 'v2', capacity: 1, ranking: ['s1', 's2'] },
      ],
      seed: 0,
    };
    expect(Object.fromEntries(allocate(market).assignment)).toEqual({ s1: 'v1', s2: 'v2' });
    expect(Object.fromEntries(allocateCompanyProposing(market).assignment)).toEqual({ s1: 'v2', s2: 'v1' });
    expect(findBlockingPairs(market, allocate(market).assignment)).toEqual([]);
    expect(findBlockingPairs(market, allocateCompanyProposing(market).assignment)).toEqual([]);
  });

  it('should agree with the textbook implementation', () => {
    const market: Market = {
      students: Array.from({ length: 30 }, (_, i) => ({
        id: `s${i}`,
        ranking: [`v${i % 4}`, `v${(i * 7) % 5}`, `v${(i + 2) % 5}`],
      })),
      vacancies: Array.from({ length: 5 }, (_, i) => ({ id: `v${i}`, capacity: 1 + i })),
      seed: 'same',
    };
    expect(allocateTextbook(market)).toEqual(allocate(market));
  });

  it('should refuse a market with a student twice', () => {
    expect(() =>
      allocate({
        students: [
          { id: 'a', ranking: [] },
          { id: 'a', ranking: [] },
        ],
        vacancies: [],
        seed: 1,
      }),
    ).toThrow(/Duplicate student id/);
  });
});

describe('findBlockingPairs', () => {
  const market: Market = {
    students: [
      { id: 'a', ranking: ['v', 'w'] },
      { id: 'b', ranking: ['v'] },
    ],
    vacancies: [
      { id: 'v', capacity: 1, ranking: ['a', 'b'] },
      { id: 'w', capacity: 1 },
    ],
    seed: 1,
  };

  it('should find a student and company who prefer each other', () => {
    const assignment = new Map([
      ['a', 'w'],
      ['b', 'v'],
    ]);
    expect(findBlockingPairs(market, assignment)).toEqual([{ studentId: 'a', vacancyId: 'v', kind: 'preferred' }]);
  });

  it('should find a free place a student prefers', () => {
    const assignment = new Map<string, string | null>([
      ['a', 'w'],
      ['b', null],
    ]);
    expect(findBlockingPairs(market, assignment)).toEqual([
      { studentId: 'a', vacancyId: 'v', kind: 'free_place' },
      { studentId: 'b', vacancyId: 'v', kind: 'free_place' },
    ]);
  });
});

describe('allocationStatistics', () => {
  it('should report first-choice and top-three shares, average rank, fill and the unplaced', () => {
    const market: Market = {
      students: [
        { id: 'a', ranking: ['v1', 'v2'] },
        { id: 'b', ranking: ['v1', 'v2', 'v3', 'v4'] },
        { id: 'c', ranking: ['v1', 'v2', 'v3', 'v4'] },
        { id: 'd', ranking: ['v1', 'v2', 'v3', 'v4'] },
        { id: 'e', ranking: [] },
      ],
      vacancies: [
        { id: 'v1', capacity: 1, ranking: ['a', 'b', 'c', 'd'] },
        { id: 'v2', capacity: 1, ranking: ['b', 'c', 'd'] },
        { id: 'v3', capacity: 1, ranking: ['c', 'd'] },
        { id: 'v4', capacity: 2, ranking: ['d'] },
      ],
      seed: 1,
    };
    const result = allocate(market);
    const statistics = allocationStatistics(market, result);
    expect(statistics).toMatchObject({
      students: 5,
      placed: 4,
      placedAtFirstChoice: 1,
      placedInTopThree: 3,
      firstChoiceShare: 0.2,
      topThreeShare: 0.6,
      averageRank: 2.5,
      rankHistogram: [1, 1, 1, 1],
      unplacedByReason: { no_choices: 1, choices_unavailable: 0, all_choices_full: 0 },
      positions: 5,
      positionsFilled: 4,
    });
    expect(statistics.fill).toEqual([
      { vacancyId: 'v1', assigned: 1, capacity: 1 },
      { vacancyId: 'v2', assigned: 1, capacity: 1 },
      { vacancyId: 'v3', assigned: 1, capacity: 1 },
      { vacancyId: 'v4', assigned: 1, capacity: 2 },
    ]);
    expect(statistics.unplaced).toEqual([{ studentId: 'e', reason: 'no_choices' }]);
  });
});
