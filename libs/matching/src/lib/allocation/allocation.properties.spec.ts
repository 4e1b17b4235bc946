import fc from 'fast-check';
import { marketArbitrary, positionOf } from '../../testing/factories';
import { findBlockingPairs } from './blocking-pairs';
import { allocate, allocateCompanyProposing } from './deferred-acceptance';
import type { Assignment, Market } from './market';
import { allocateOptimal } from './min-cost';
import { allocateTextbook } from './textbook';

const RUNS = { numRuns: 250 };

/** Capacities respected, every placed student chose their place, every student in the result once. */
function expectFeasible(market: Market, assignment: Assignment): void {
  expect([...assignment.keys()]).toEqual(market.students.map((student) => student.id));
  const capacity = new Map(market.vacancies.map((vacancy) => [vacancy.id, vacancy.capacity]));
  const used = new Map<string, number>();
  for (const student of market.students) {
    const vacancyId = assignment.get(student.id) ?? null;
    if (vacancyId !== null) {
      expect(student.ranking).toContain(vacancyId);
      used.set(vacancyId, (used.get(vacancyId) ?? 0) + 1);
    }
  }
  for (const [vacancyId, count] of used) {
    expect(count).toBeLessThanOrEqual(capacity.get(vacancyId) ?? 0);
  }
}

function placedAndRankSum(market: Market, assignment: Assignment): { placed: number; rankSum: number } {
  let placed = 0;
  let rankSum = 0;
  for (const student of market.students) {
    const position = positionOf(student.ranking, assignment.get(student.id) ?? null);
    if (position !== Infinity) {
      placed++;
      rankSum += position + 1;
    }
  }
  return { placed, rankSum };
}

describe('allocate on random markets', () => {
  it('should respect capacities, place each student at most once and only where they chose', () => {
    fc.assert(
      fc.property(marketArbitrary(), (market) => {
        expectFeasible(market, allocate(market).assignment);
      }),
      RUNS,
    );
  });

  it('should leave no blocking pair', () => {
    fc.assert(
      fc.property(marketArbitrary(), (market) => {
        const result = allocate(market);
        expect(findBlockingPairs(market, result.assignment, result.lotteryOrder)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('should give every student a place at least as good as the company-proposing result, itself stable', () => {
    fc.assert(
      fc.property(marketArbitrary(), (market) => {
        const students = allocate(market).assignment;
        const companies = allocateCompanyProposing(market).assignment;
        expectFeasible(market, companies);
        expect(findBlockingPairs(market, companies)).toEqual([]);
        for (const student of market.students) {
          expect(positionOf(student.ranking, students.get(student.id) ?? null)).toBeLessThanOrEqual(
            positionOf(student.ranking, companies.get(student.id) ?? null),
          );
        }
      }),
      RUNS,
    );
  });

  it('should give the same result for the same seed, whatever the order of students and vacancies', () => {
    fc.assert(
      fc.property(marketArbitrary(), (market) => {
        const first = allocate(market);
        expect(allocate(market)).toEqual(first);
        const reordered = allocate({
          ...market,
          students: [...market.students].reverse(),
          vacancies: [...market.vacancies].reverse(),
        });
        for (const [studentId, vacancyId] of first.assignment) {
          expect(reordered.assignment.get(studentId)).toBe(vacancyId);
        }
        expect(reordered.lotteryOrder).toEqual(first.lotteryOrder);
      }),
      RUNS,
    );
  });

  it('should agree with the textbook deferred acceptance', () => {
    fc.assert(
      fc.property(marketArbitrary(), (market) => {
        expect(allocateTextbook(market)).toEqual(allocate(market));
      }),
      RUNS,
    );
  });

  it('should not let a student gain by misreporting their ranking', () => {
    fc.assert(
      fc.property(
        marketArbitrary(8, 4, 2),
        fc.nat(),
        fc.array(fc.nat({ max: 5 }), { maxLength: 4 }),
        (market, who, lie) => {
          const index = who % market.students.length;
          const truth = market.students[index];
          const honest = positionOf(truth.ranking, allocate(market).assignment.get(truth.id) ?? null);
          const fakeRanking = lie.map((i) => market.vacancies[i % market.vacancies.length].id);
          const students = market.students.map((student, i) =>
            i === index ? { id: student.id, ranking: fakeRanking } : student,
          );
          const lying = allocate({ ...market, students }).assignment.get(truth.id) ?? null;
          expect(positionOf(truth.ranking, lying)).toBeGreaterThanOrEqual(honest);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('allocateOptimal on random markets', () => {
  it('should be feasible and place at least as many as deferred acceptance, at no higher rank cost for as many', () => {
    fc.assert(
      fc.property(marketArbitrary(), (market) => {
        const optimal = allocateOptimal(market);
        expectFeasible(market, optimal.assignment);
        const own = placedAndRankSum(market, optimal.assignment);
        expect(optimal.rankSum).toBe(own.rankSum);
        expect(optimal.statistics.placed).toBe(own.placed);
        const stable = placedAndRankSum(market, allocate(market).assignment);
        expect(own.placed).toBeGreaterThanOrEqual(stable.placed);
        if (own.placed === stable.placed) {
          expect(own.rankSum).toBeLessThanOrEqual(stable.rankSum);
        }
      }),
      RUNS,
    );
  });

  it('should match brute force on tiny markets: most placed, then the least rank sum', () => {
    fc.assert(
      fc.property(marketArbitrary(6, 4, 2), (market) => {
        const optimal = placedAndRankSum(market, allocateOptimal(market).assignment);
        expect(optimal).toEqual(bruteForce(market));
      }),
      { numRuns: 400 },
    );
  });
});

/** Tries every way to place each student at one of their choices or nowhere. */
function bruteForce(market: Market): { placed: number; rankSum: number } {
  const capacity = new Map(market.vacancies.map((vacancy) => [vacancy.id, vacancy.capacity]));
  const used = new Map<string, number>();
  let best = { placed: 0, rankSum: 0 };
  const visit = (i: number, placed: number, rankSum: number): void => {
    if (i === market.students.length) {
      if (placed > best.placed || (placed === best.placed && rankSum < best.rankSum)) {
        best = { placed, rankSum };
      }
      return;
    }
    visit(i + 1, placed, rankSum);
    const ranking = market.students[i].ranking;
    ranking.forEach((vacancyId, position) => {
      if (ranking.indexOf(vacancyId) !== position) {
        return;
      }
      const count = used.get(vacancyId) ?? 0;
      if (count < (capacity.get(vacancyId) ?? 0)) {
        used.set(vacancyId, count + 1);
        visit(i + 1, placed + 1, rankSum + position + 1);
        used.set(vacancyId, count);
      }
    });
  };
  visit(0, 0, 0);
  return best;
}
