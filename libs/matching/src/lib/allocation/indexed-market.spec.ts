import fc from 'fast-check';
import { marketArbitrary } from '../../testing/factories';
import { lotteryOrder, sortedIdOrder } from '../random';
import { findBlockingPairs } from './blocking-pairs';
import { allocate, allocateIndexed } from './deferred-acceptance';
import { indexedLists, indexMarket, type IndexedAllocation, type IndexedMarket } from './indexed-market';
import type { Allocation, Assignment, Market, MarketVacancy } from './market';
import { allocateTextbook } from './textbook';

const RUNS = { numRuns: 300 };

/** The indexed result in the words of `allocate`: ids instead of indexes. */
function withIds(result: IndexedAllocation, studentIds: readonly string[], vacancyIds: readonly string[]): Allocation {
  const assignment: Assignment = new Map();
  result.assigned.forEach((v, s) => assignment.set(studentIds[s], v >= 0 ? vacancyIds[v] : null));
  return {
    assignment,
    unplaced: Array.from(result.unplaced, (s, i) => ({ studentId: studentIds[s], reason: result.unplacedReasons[i] })),
    lotteryOrder: Array.from(result.lottery, (s) => studentIds[s]),
  };
}

const pad = (i: number): string => String(i).padStart(4, '0');

/**
 * Random indexed markets, built on their own (not through `indexMarket`): typed arrays or plain arrays, choices not
 * in the round (negative) and repeats, company rankings with repeats, scores that are whole, fractional, wide
 * apart or NaN, sometimes both a ranking and scores, and sometimes a lottery base.
 */
function indexedMarketArbitrary(maxStudents = 60, maxVacancies = 20): fc.Arbitrary<IndexedMarket> {
  return fc
    .record({
      students: fc.integer({ min: 1, max: maxStudents }),
      vacancies: fc.integer({ min: 1, max: maxVacancies }),
    })
    .chain(({ students, vacancies }) => {
      const studentIndex = fc.integer({ min: 0, max: students - 1 });
      const score = fc.oneof(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        // Ties far apart or between fractions: the sort that is not a counting sort must keep the lottery order.
        fc.constantFrom(-1e9, 0, 1e9, 0.5, 1.5),
        fc.constant(NaN),
      );
      const preference = fc.record({
        ranking: fc.oneof(fc.constant([] as number[]), fc.array(studentIndex, { maxLength: students + 3 })),
        scores: fc.oneof(
          fc.constant([] as [number, number][]),
          fc.array(fc.tuple(studentIndex, score), { maxLength: students + 3 }),
        ),
      });
      return fc.record({
        capacity: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: vacancies, maxLength: vacancies }),
        choices: fc.array(
          fc.array(fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: vacancies - 1 }) }, fc.constant(-1)), {
            maxLength: Math.min(vacancies + 2, 10),
          }),
          { minLength: students, maxLength: students },
        ),
        preferences: fc.array(preference, { minLength: vacancies, maxLength: vacancies }),
        typed: fc.boolean(),
        seed: fc.oneof(fc.integer(), fc.string()),
        base: fc.option(fc.shuffledSubarray([...Array(students).keys()], { minLength: students, maxLength: students })),
      });
    })
    .map(({ capacity, choices, preferences, typed, seed, base }) => {
      const lists = (items: readonly (readonly number[])[]) => {
        const built = indexedLists(items);
        return typed ? built : { start: Array.from(built.start), items: Array.from(built.items) };
      };
      const scoreStart = [0];
      const scoreStudent: number[] = [];
      const scoreValue: number[] = [];
      for (const { scores } of preferences) {
        for (const [s, value] of scores) {
          scoreStudent.push(s);
          scoreValue.push(value);
        }
        scoreStart.push(scoreStudent.length);
      }
      return {
        capacity: typed ? Int32Array.from(capacity) : capacity,
        choices: lists(choices),
        companyRankings: lists(preferences.map(({ ranking }) => ranking)),
        companyScores: {
          start: scoreStart,
          student: scoreStudent,
          score: typed ? Float64Array.from(scoreValue) : scoreValue,
        },
        seed,
        ...(base === null ? {} : { lotteryBase: base }),
      };
    });
}

/**
 * The same round as a `Market`, written independently of the library: student s gets an id that sorts at its place
 * in the lottery base (so the lottery is the same), vacancy v is `v{v}`; a non-empty ranking wins over scores, the
 * first score of a student counts, NaN scores are left out.
 */
function toMarket(market: IndexedMarket): { market: Market; studentIds: string[]; vacancyIds: string[] } {
  const n = market.choices.start.length - 1;
  const base = market.lotteryBase ?? Array.from({ length: n }, (_, i) => i);
  const studentIds = new Array<string>(n);
  Array.from(base).forEach((s, k) => (studentIds[s] = `s${pad(k)}`));
  const vacancyIds = Array.from(market.capacity, (_, v) => `v${v}`);
  const slice = (list: { start: ArrayLike<number>; items: ArrayLike<number> }, i: number): number[] =>
    Array.from(list.items).slice(list.start[i], list.start[i + 1]);
  const vacancies = vacancyIds.map((id, v): MarketVacancy => {
    const ranking = market.companyRankings ? slice(market.companyRankings, v) : [];
    if (ranking.length > 0) {
      return { id, capacity: market.capacity[v], ranking: ranking.map((s) => studentIds[s]) };
    }
    const scores: Record<string, number> = {};
    const given = market.companyScores;
    if (given) {
      for (let i = given.start[v]; i < given.start[v + 1]; i++) {
        // The first score of a student counts, even NaN (no score).
        const id = studentIds[given.student[i]];
        if (!(id in scores)) {
          scores[id] = given.score[i];
        }
      }
    }
    const kept = Object.fromEntries(Object.entries(scores).filter(([, value]) => !Number.isNaN(value)));
    return Object.keys(kept).length > 0
      ? { id, capacity: market.capacity[v], scores: kept }
      : { id, capacity: market.capacity[v] };
  });
  const students = studentIds.map((id, s) => ({
    id,
    ranking: slice(market.choices, s).map((v) => (v >= 0 ? vacancyIds[v] : 'not-in-round')),
  }));
  return { market: { students, vacancies, seed: market.seed }, studentIds, vacancyIds };
}

describe('allocateIndexed', () => {
  it('should place numbered students like allocate places named ones', () => {
    // Students 0 and 1 both want vacancy 0 (one place) first; its company ranks 1 above 0.
    const result = allocateIndexed({
      capacity: [1, 1, 0],
      choices: indexedLists([[0, 1], [0, 1], [2, -1], []]),
      companyRankings: indexedLists([[1, 0], [], []]),
      seed: 1,
    });
    expect(Array.from(result.assigned)).toEqual([1, 0, -1, -1]);
    expect(Array.from(result.unplaced)).toEqual([2, 3]);
    expect(result.unplacedReasons).toEqual(['choices_unavailable', 'no_choices']);
    expect(Array.from(result.lottery).sort()).toEqual([0, 1, 2, 3]);
  });

  it('should use scores, higher first, when a vacancy has no ranking', () => {
    const result = allocateIndexed({
      capacity: Int32Array.of(1),
      choices: indexedLists([[0], [0], [0]]),
      companyScores: { start: [0, 3], student: [0, 1, 2], score: Float64Array.of(40, 90, 70) },
      seed: 3,
    });
    expect(Array.from(result.assigned)).toEqual([-1, 0, -1]);
  });

  it('should break ties among many equal scores by the lottery, whatever the sort', () => {
    // 40 applicants for 5 places: fractional or far-apart scores take the merge sort, narrow whole ones counting.
    for (const [low, high] of [
      [0.5, 1.5],
      [0, 1e9],
      [3, 4],
    ]) {
      for (let seed = 0; seed < 5; seed++) {
        const n = 40;
        const indexed: IndexedMarket = {
          capacity: [5],
          choices: indexedLists(Array.from({ length: n }, () => [0])),
          companyScores: {
            start: [0, n],
            student: Array.from({ length: n }, (_, s) => s),
            score: Array.from({ length: n }, (_, s) => (s % 7 === 0 ? high : low)),
          },
          seed,
        };
        const { market, studentIds, vacancyIds } = toMarket(indexed);
        expect(withIds(allocateIndexed(indexed), studentIds, vacancyIds)).toEqual(allocateTextbook(market));
      }
    }
  });

  it('should draw the lottery of ids that sort in index order, or in the order of lotteryBase', () => {
    const ids = ['s0', 's1', 's2', 's3', 's4', 's5'];
    const plain = allocateIndexed({ capacity: [], choices: indexedLists(ids.map(() => [])), seed: 'round-2026' });
    expect(Array.from(plain.lottery, (s) => ids[s])).toEqual(lotteryOrder(ids, 'round-2026'));

    const names = ['fenna', 'bram', 'anouk', 'daan', 'eva', 'cas'];
    const based = allocateIndexed({
      capacity: [],
      choices: indexedLists(names.map(() => [])),
      seed: 'round-2026',
      lotteryBase: sortedIdOrder(names),
    });
    expect(Array.from(based.lottery, (s) => names[s])).toEqual(lotteryOrder(names, 'round-2026'));
  });

  it('should refuse indexes out of range and a lottery base that is not an order of the students', () => {
    const choices = indexedLists([[0], [1]]);
    expect(() => allocateIndexed({ capacity: [1], choices, seed: 1 })).toThrow(RangeError);
    expect(() => allocateIndexed({ capacity: [1, 1], choices, seed: 1, lotteryBase: [0, 0] })).toThrow(RangeError);
    expect(() =>
      allocateIndexed({ capacity: [1, 1], choices, seed: 1, companyRankings: indexedLists([[2], []]) }),
    ).toThrow(RangeError);
    expect(() => allocateIndexed({ capacity: [1, 1], choices, seed: 1, companyRankings: indexedLists([[1]]) })).toThrow(
      RangeError,
    );
  });

  it('should give what allocate gives on the same market numbered, and what the textbook version gives', () => {
    fc.assert(
      fc.property(marketArbitrary(), (market) => {
        const numbered = indexMarket(market);
        const result = withIds(allocateIndexed(numbered.market), numbered.studentIds, numbered.vacancyIds);
        expect(result).toEqual(allocate(market));
        expect(result).toEqual(allocateTextbook(market));
      }),
      RUNS,
    );
  });

  it.each([
    ['many vacancies', 20],
    ['few vacancies, many applicants each', 3],
  ])('should agree with the textbook version and leave no blocking pair on random indexed markets: %s', (_, most) => {
    fc.assert(
      fc.property(indexedMarketArbitrary(60, most), (indexed) => {
        const { market, studentIds, vacancyIds } = toMarket(indexed);
        const result = withIds(allocateIndexed(indexed), studentIds, vacancyIds);
        expect(result).toEqual(allocateTextbook(market));
        expect(result).toEqual(allocate(market));
        expect(findBlockingPairs(market, result.assignment, result.lotteryOrder)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('should not care whether the arrays are typed or plain', () => {
    fc.assert(
      fc.property(indexedMarketArbitrary(), (indexed) => {
        const plain: IndexedMarket = {
          ...indexed,
          capacity: Array.from(indexed.capacity),
          choices: { start: Array.from(indexed.choices.start), items: Array.from(indexed.choices.items) },
        };
        expect(allocateIndexed(plain)).toEqual(allocateIndexed(indexed));
      }),
      { numRuns: 50 },
    );
  });
});

describe('allocate', () => {
  it('should refuse a student listed twice, sorted or not', () => {
    const student = (id: string) => ({ id, ranking: [] });
    expect(() => allocate({ students: ['b', 'a', 'b'].map(student), vacancies: [], seed: 1 })).toThrow(
      /Duplicate student id in the market: b/,
    );
    expect(() => allocate({ students: ['a', 'a', 'b'].map(student), vacancies: [], seed: 1 })).toThrow(
      /Duplicate student id in the market: a/,
    );
  });
});
