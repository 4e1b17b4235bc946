import { indexLottery, sortedIdOrder, type Seed } from '../random';
import {
  compileCore,
  LOTTERY_ONLY,
  RANKED,
  SCORED,
  unplacedReasonOf,
  type CompiledIndexedMarket,
  type ReadPreference,
} from './compile';
import type { Market, UnplacedReason } from './market';

export type { CompiledIndexedMarket } from './compile';

/**
 * Lists of indexes in one flat array: list i is `items[start[i]] .. items[start[i+1]-1]`, so `start` has one
 * entry more than there are lists. Int32Array or number[] alike.
 */
export interface IndexedLists {
  start: ArrayLike<number>;
  items: ArrayLike<number>;
}

/** Per vacancy the scores its company gave: vacancy v's are `student[i]`, `score[i]` for start[v] <= i < start[v+1]. */
export interface IndexedScores {
  start: ArrayLike<number>;
  student: ArrayLike<number>;
  score: ArrayLike<number>;
}

/**
 * A placement round whose students and vacancies are already numbered: students 0..n-1, vacancies 0..m-1 (say the
 * rows of a query in a fixed order). The same rules as `Market`, without string ids to look up.
 */
export interface IndexedMarket {
  /** Places per vacancy (whole numbers; less than 1 is no place); there are `capacity.length` vacancies. */
  capacity: ArrayLike<number>;
  /**
   * Per student their choices as vacancy indexes, best first; there are `choices.start.length - 1` students. A
   * negative index is a choice that is not in the round: it is skipped, but the student did choose (see the
   * unplaced reasons). A repeated vacancy counts at its first place.
   */
  choices: IndexedLists;
  /**
   * Per vacancy the company's ranking of students (indexes), best first; a repeat counts at its first place. A
   * vacancy with a non-empty ranking uses it, else its scores when it has any, else only the lottery. Students
   * it did not rank or score come after the ones it did; every tie falls to the lottery.
   */
  companyRankings?: IndexedLists;
  /** Per vacancy the scores of students, higher first; NaN is no score, a repeated student counts once (first). */
  companyScores?: IndexedScores;
  /** Seeds the published lottery. */
  seed: Seed;
  /**
   * The order the lottery shuffles, by default 0..n-1: the lottery is the one `lotteryOrder` draws for student ids
   * that sort in this order. To reproduce `allocate` on a market with ids, pass `sortedIdOrder(studentIds)`
   * (as `indexMarket` does when the ids do not already sort in index order).
   */
  lotteryBase?: ArrayLike<number>;
}

export interface IndexedAllocation {
  /** Per student the index of their vacancy, or -1 when unplaced. */
  assigned: Int32Array;
  /** The unplaced students (indexes, ascending) and, at the same place in `unplacedReasons`, why. */
  unplaced: Int32Array;
  unplacedReasons: UnplacedReason[];
  /** The published lottery: student indexes, earliest wins a tie. */
  lottery: Int32Array;
}

/** Validates and compiles an indexed market: the lottery, the edges and the company's rank of each. */
export function compileIndexedMarket(market: IndexedMarket): CompiledIndexedMarket {
  const nS = market.choices.start.length - 1;
  const nV = market.capacity.length;
  const capacity = new Int32Array(nV);
  for (let v = 0; v < nV; v++) {
    capacity[v] = Math.max(0, Math.floor(market.capacity[v]));
  }
  const lotteryStudents = indexLottery(Math.max(0, nS), market.seed, market.lotteryBase);
  return compileCore(
    capacity,
    market.choices.start,
    market.choices.items,
    lotteryStudents,
    readIndexedPreference(market, Math.max(0, nS), nV),
  );
}

/** Per student the vacancy index (-1: unplaced) turned into the result, with a reason for each unplaced student. */
export function toIndexedAllocation(compiled: CompiledIndexedMarket, assigned: Int32Array): IndexedAllocation {
  const nS = assigned.length;
  let count = 0;
  for (let s = 0; s < nS; s++) {
    if (assigned[s] < 0) {
      count++;
    }
  }
  const unplaced = new Int32Array(count);
  const unplacedReasons = new Array<UnplacedReason>(count);
  let k = 0;
  for (let s = 0; s < nS; s++) {
    if (assigned[s] < 0) {
      unplaced[k] = s;
      unplacedReasons[k++] = unplacedReasonOf(compiled, s);
    }
  }
  return { assigned, unplaced, unplacedReasons, lottery: compiled.lotteryStudents };
}

function checkLists(start: ArrayLike<number>, length: number, lists: number, what: string): void {
  if (start.length !== lists + 1) {
    throw new RangeError(`${what}.start has ${start.length} entries, not one per vacancy and one more (${lists + 1})`);
  }
  if (!(start[0] >= 0 && start[lists] <= length)) {
    throw new RangeError(`${what}.start runs outside its ${length} entries`);
  }
  for (let v = 0; v < lists; v++) {
    if (!(start[v + 1] >= start[v])) {
      throw new RangeError(`${what}.start decreases at vacancy ${v}`);
    }
  }
}

function checkStudent(s: number, nS: number, what: string): void {
  if (!(s >= 0 && s < nS) || (s | 0) !== s) {
    throw new RangeError(`${what} names student ${s}, not one of 0..${nS - 1}`);
  }
}

/** Company preferences by student index: one mark per student says which vacancy last wrote its position or score. */
function readIndexedPreference(market: IndexedMarket, nS: number, nV: number): ReadPreference {
  const rankings = market.companyRankings;
  const scores = market.companyScores;
  if (rankings) {
    checkLists(rankings.start, rankings.items.length, nV, 'companyRankings');
  }
  if (scores) {
    checkLists(scores.start, Math.min(scores.student.length, scores.score.length), nV, 'companyScores');
  }
  if (!rankings && !scores) {
    return () => LOTTERY_ONLY;
  }
  const mark = new Int32Array(nS);
  const slot = new Float64Array(nS);
  return (v, applicant, count, value) => {
    const stamp = v + 1;
    if (rankings && rankings.start[v + 1] > rankings.start[v]) {
      const first = rankings.start[v];
      const last = rankings.start[v + 1];
      const items = rankings.items;
      for (let j = first; j < last; j++) {
        const s = items[j];
        checkStudent(s, nS, 'companyRankings');
        if (mark[s] !== stamp) {
          mark[s] = stamp;
          slot[s] = j - first;
        }
      }
      for (let j = 0; j < count; j++) {
        const s = applicant[j];
        value[j] = mark[s] === stamp ? slot[s] : -1;
      }
      return RANKED;
    }
    if (scores && scores.start[v + 1] > scores.start[v]) {
      const { student, score } = scores;
      for (let j = scores.start[v]; j < scores.start[v + 1]; j++) {
        const s = student[j];
        checkStudent(s, nS, 'companyScores');
        if (mark[s] !== stamp) {
          mark[s] = stamp;
          slot[s] = score[j];
        }
      }
      for (let j = 0; j < count; j++) {
        const s = applicant[j];
        value[j] = mark[s] === stamp ? slot[s] : NaN;
      }
      return SCORED;
    }
    return LOTTERY_ONLY;
  };
}

/** A `Market` numbered: students and vacancies in the market's order, and the ids to turn results back. */
export interface NumberedMarket {
  market: IndexedMarket;
  studentIds: string[];
  vacancyIds: string[];
}

/**
 * Numbers a `Market` for `allocateIndexed` (mainly for tests and benchmarks: `allocate` does this itself, faster).
 * Unknown vacancy ids stay as choices that are not in the round; the lottery base is the ids' sorted order, so
 * `allocateIndexed` on the result gives exactly what `allocate` gives on the market.
 */
export function indexMarket(market: Market): NumberedMarket {
  const studentIds = market.students.map((student) => student.id);
  const vacancyIds = market.vacancies.map((vacancy) => vacancy.id);
  const studentIndex = new Map<string, number>();
  studentIds.forEach((id, s) => {
    if (studentIndex.has(id)) {
      throw new Error(`Duplicate student id in the market: ${id}`);
    }
    studentIndex.set(id, s);
  });
  const vacancyIndex = new Map<string, number>();
  vacancyIds.forEach((id, v) => {
    if (vacancyIndex.has(id)) {
      throw new Error(`Duplicate vacancy id in the market: ${id}`);
    }
    vacancyIndex.set(id, v);
  });

  const choiceStart = [0];
  const choices: number[] = [];
  for (const student of market.students) {
    for (const id of student.ranking) {
      choices.push(vacancyIndex.get(id) ?? -1);
    }
    choiceStart.push(choices.length);
  }
  const rankingStart = [0];
  const ranking: number[] = [];
  const scoreStart = [0];
  const scoreStudent: number[] = [];
  const score: number[] = [];
  for (const vacancy of market.vacancies) {
    if (vacancy.ranking) {
      for (const id of vacancy.ranking) {
        const s = studentIndex.get(id);
        if (s !== undefined) {
          ranking.push(s);
        }
      }
    } else if (vacancy.scores) {
      for (const [id, value] of Object.entries(vacancy.scores)) {
        const s = studentIndex.get(id);
        if (s !== undefined) {
          scoreStudent.push(s);
          score.push(typeof value === 'number' ? value : NaN);
        }
      }
    }
    rankingStart.push(ranking.length);
    scoreStart.push(score.length);
  }

  const order = sortedIdOrder(studentIds);
  const inIndexOrder = order.every((s, i) => s === i);
  return {
    market: {
      capacity: market.vacancies.map((vacancy) => vacancy.capacity),
      choices: { start: Int32Array.from(choiceStart), items: Int32Array.from(choices) },
      companyRankings: { start: Int32Array.from(rankingStart), items: Int32Array.from(ranking) },
      companyScores: {
        start: Int32Array.from(scoreStart),
        student: Int32Array.from(scoreStudent),
        score: Float64Array.from(score),
      },
      seed: market.seed,
      ...(inIndexOrder ? {} : { lotteryBase: order }),
    },
    studentIds,
    vacancyIds,
  };
}

/** Nested lists (say `[[3, 0], [], [1]]`) as `IndexedLists`. */
export function indexedLists(lists: readonly (readonly number[])[]): IndexedLists {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  for (let i = 0; i < lists.length; i++) {
    total += lists[i].length;
    start[i + 1] = total;
  }
  const items = new Int32Array(total);
  for (let i = 0; i < lists.length; i++) {
    items.set(lists[i], start[i]);
  }
  return { start, items };
}
