import { indexLottery, sortedIdOrder, type Seed } from '../random';
import { compileCore, LOTTERY_ONLY, RANKED, SCORED, unplacedReasonOf, type CompiledIndexedMarket } from './compile';

/** A student in a placement round with their choices, best first. Unknown ids and repeats are ignored. */
export interface MarketStudent {
  id: string;
  ranking: readonly string[];
}

/**
 * A vacancy in a placement round. The company's preference over the students who chose it:
 * its `ranking` (best first) when given, else its `scores` (higher first, e.g. the engine's match score),
 * else none; students it did not rank or score come after the ones it did. Every tie falls to the lottery.
 */
export interface MarketVacancy {
  id: string;
  capacity: number;
  ranking?: readonly string[];
  scores?: Readonly<Record<string, number>>;
}

export interface Market {
  students: readonly MarketStudent[];
  vacancies: readonly MarketVacancy[];
  /** Seeds the published lottery (see `lotteryOrder`). */
  seed: Seed;
}

/**
 * Why a student is unplaced: they chose nothing; everything they chose is not in the round (unknown id or no
 * capacity); or every vacancy they chose is filled with students the company prefers (optimal: that the best
 * allocation needs those places for others).
 */
export type UnplacedReason = 'no_choices' | 'choices_unavailable' | 'all_choices_full';

export interface UnplacedStudent {
  studentId: string;
  reason: UnplacedReason;
}

/** Student id → vacancy id, or null when unplaced; in the order of the market's students. */
export type Assignment = Map<string, string | null>;

export interface Allocation {
  assignment: Assignment;
  unplaced: UnplacedStudent[];
  /** The published lottery: student ids, earliest wins a tie. */
  lotteryOrder: string[];
}

/** A compiled `Market`: the arrays the algorithms run on, with the ids they stand for. */
export interface CompiledMarket extends CompiledIndexedMarket {
  studentIds: readonly string[];
  vacancyIds: readonly string[];
  /** The published lottery: student ids, earliest wins a tie. */
  lottery: string[];
}

/**
 * Turns the string ids into indexes, draws the lottery and builds the flat arrays, in O(students + choices +
 * company rankings) map look-ups plus a sort of each company's scored applicants. The same core as
 * `compileIndexedMarket`; only the look-ups of ids are extra.
 */
export function compileMarket(market: Market): CompiledMarket {
  const nS = market.students.length;
  const nV = market.vacancies.length;
  const studentIds = new Array<string>(nS);
  let total = 0;
  for (let s = 0; s < nS; s++) {
    const student = market.students[s];
    studentIds[s] = student.id;
    total += student.ranking.length;
  }
  const vacancyIds = market.vacancies.map((vacancy) => vacancy.id);
  const vacancyIndex = indexIds(vacancyIds, 'vacancy');

  // The lottery's sort of the ids also finds a student listed twice: no map of all student ids is needed.
  const sorted = sortedIdOrder(studentIds);
  for (let i = 1; i < nS; i++) {
    if (studentIds[sorted[i]] === studentIds[sorted[i - 1]]) {
      throw new Error(`Duplicate student id in the market: ${studentIds[sorted[i]]}`);
    }
  }
  const lotteryStudents = indexLottery(nS, market.seed, sorted);

  const capacity = new Int32Array(nV);
  for (let v = 0; v < nV; v++) {
    capacity[v] = Math.max(0, Math.floor(market.vacancies[v].capacity));
  }

  // Choices as vacancy indexes, -1 for an id that is not in the round.
  const choiceStart = new Int32Array(nS + 1);
  const choices = new Int32Array(total);
  let c = 0;
  for (let s = 0; s < nS; s++) {
    choiceStart[s] = c;
    const ranking = market.students[s].ranking;
    for (let position = 0; position < ranking.length; position++) {
      choices[c++] = vacancyIndex.get(ranking[position]) ?? -1;
    }
  }
  choiceStart[nS] = c;

  const vacancies = market.vacancies;
  const readPreference = (v: number, applicant: Int32Array, count: number, value: Float64Array): number => {
    const vacancy = vacancies[v];
    if (vacancy.ranking) {
      // A small map per vacancy stays in cache: faster than looking every ranked id up among all students. Filled
      // from the end, so that a repeated id keeps its first place.
      const ranking = vacancy.ranking;
      const position = new Map<string, number>();
      for (let i = ranking.length - 1; i >= 0; i--) {
        position.set(ranking[i], i);
      }
      for (let j = 0; j < count; j++) {
        value[j] = position.get(studentIds[applicant[j]]) ?? -1;
      }
      return RANKED;
    }
    if (vacancy.scores) {
      const scores = vacancy.scores;
      for (let j = 0; j < count; j++) {
        // Only own properties can be numbers: Object.prototype holds functions and objects.
        const score: unknown = scores[studentIds[applicant[j]]];
        value[j] = typeof score === 'number' ? score : NaN;
      }
      return SCORED;
    }
    return LOTTERY_ONLY;
  };

  const compiled = compileCore(capacity, choiceStart, choices, lotteryStudents, readPreference, true);
  const lottery = new Array<string>(nS);
  for (let i = 0; i < nS; i++) {
    lottery[i] = studentIds[lotteryStudents[i]];
  }
  return { ...compiled, studentIds, vacancyIds, lottery };
}

function indexIds(ids: readonly string[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    if (index.has(ids[i])) {
      throw new Error(`Duplicate ${what} id in the market: ${ids[i]}`);
    }
    index.set(ids[i], i);
  }
  return index;
}

/** Turns per-student vacancy indexes (-1: none) into the public result, with a reason for each unplaced student. */
export function toAllocation(compiled: CompiledMarket, market: Market, assigned: Int32Array): Allocation {
  const assignment: Assignment = new Map();
  const unplaced: UnplacedStudent[] = [];
  const { studentIds, vacancyIds } = compiled;
  for (let s = 0; s < studentIds.length; s++) {
    const v = assigned[s];
    if (v >= 0) {
      assignment.set(studentIds[s], vacancyIds[v]);
    } else {
      assignment.set(studentIds[s], null);
      unplaced.push({ studentId: studentIds[s], reason: unplacedReasonOf(compiled, s) });
    }
  }
  return { assignment, unplaced, lotteryOrder: compiled.lottery };
}
