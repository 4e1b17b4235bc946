import { lotteryPermutation, type Seed } from '../random';

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

/** The market as flat arrays of indexes, built in O(students + choices + company rankings). */
export interface CompiledMarket {
  studentIds: readonly string[];
  vacancyIds: readonly string[];
  capacity: Int32Array;
  /** Student s's choices are edges prefStart[s] .. prefStart[s+1]-1, best first; edge e goes to prefVacancy[e]. */
  prefStart: Int32Array;
  prefVacancy: Int32Array;
  /** The student of each edge. */
  edgeStudent: Int32Array;
  /** Position of the edge's vacancy in the student's ranking as submitted (0 = first choice). */
  edgePosition: Int32Array;
  /** The company's rank of the edge's student, lower is better, unique per vacancy. */
  edgeKey: Int32Array;
  lottery: string[];
  /** Lottery position of each student. */
  lotteryPosition: Int32Array;
}

export function compileMarket(market: Market): CompiledMarket {
  const nS = market.students.length;
  const nV = market.vacancies.length;
  const studentIds = market.students.map((student) => student.id);
  const vacancyIds = market.vacancies.map((vacancy) => vacancy.id);
  indexIds(studentIds, 'student'); // rejects duplicate student ids
  const vacancyIndex = indexIds(vacancyIds, 'vacancy');

  const capacity = new Int32Array(nV);
  for (let v = 0; v < nV; v++) {
    capacity[v] = Math.max(0, Math.floor(market.vacancies[v].capacity));
  }

  const permutation = lotteryPermutation(studentIds, market.seed);
  const lottery = new Array<string>(nS);
  const lotteryPosition = new Int32Array(nS);
  for (let i = 0; i < nS; i++) {
    lottery[i] = studentIds[permutation[i]];
    lotteryPosition[permutation[i]] = i;
  }

  // Students' choices: known vacancies, first occurrence only.
  let total = 0;
  for (const student of market.students) {
    total += student.ranking.length;
  }
  const prefStart = new Int32Array(nS + 1);
  const prefVacancy = new Int32Array(total);
  const edgeStudent = new Int32Array(total);
  const edgePosition = new Int32Array(total);
  const lastSeen = new Int32Array(nV).fill(-1);
  let e = 0;
  for (let s = 0; s < nS; s++) {
    prefStart[s] = e;
    const ranking = market.students[s].ranking;
    for (let position = 0; position < ranking.length; position++) {
      const v = vacancyIndex.get(ranking[position]);
      if (v !== undefined && lastSeen[v] !== s) {
        lastSeen[v] = s;
        prefVacancy[e] = v;
        edgeStudent[e] = s;
        edgePosition[e] = position;
        e++;
      }
    }
  }
  prefStart[nS] = e;
  const edges = e;

  // Edges grouped by vacancy, to give each the company's rank of its student.
  const inStart = new Int32Array(nV + 1);
  for (let i = 0; i < edges; i++) {
    inStart[prefVacancy[i] + 1]++;
  }
  for (let v = 0; v < nV; v++) {
    inStart[v + 1] += inStart[v];
  }
  const fill = inStart.slice(0, nV);
  const inEdge = new Int32Array(edges);
  for (let i = 0; i < edges; i++) {
    inEdge[fill[prefVacancy[i]]++] = i;
  }

  const edgeKey = new Int32Array(edges);
  const scoredEdge = new Int32Array(edges);
  const scoreOf = new Float64Array(edges);
  for (let v = 0; v < nV; v++) {
    const vacancy = market.vacancies[v];
    const from = inStart[v];
    const to = inStart[v + 1];
    if (vacancy.ranking) {
      // A small map per vacancy stays in cache: faster than looking every ranked id up among all students.
      const ranking = vacancy.ranking;
      const position = new Map<string, number>();
      for (let i = 0; i < ranking.length; i++) {
        if (!position.has(ranking[i])) {
          position.set(ranking[i], position.size);
        }
      }
      for (let i = from; i < to; i++) {
        const s = edgeStudent[inEdge[i]];
        edgeKey[inEdge[i]] = position.get(studentIds[s]) ?? position.size + lotteryPosition[s];
      }
    } else if (vacancy.scores) {
      // Read each score once, then sort the scored edges by (score desc, lottery) on plain numbers.
      const scores = vacancy.scores;
      let count = 0;
      for (let i = from; i < to; i++) {
        const edge = inEdge[i];
        const s = edgeStudent[edge];
        // Only own properties can be numbers: Object.prototype holds functions and objects.
        const score: unknown = scores[studentIds[s]];
        if (typeof score !== 'number' || Number.isNaN(score)) {
          edgeKey[edge] = to - from + lotteryPosition[s];
        } else {
          scoredEdge[count] = edge;
          scoreOf[edge] = score;
          count++;
        }
      }
      const scored = Array.from(scoredEdge.subarray(0, count));
      scored.sort(
        (a, b) => scoreOf[b] - scoreOf[a] || lotteryPosition[edgeStudent[a]] - lotteryPosition[edgeStudent[b]],
      );
      for (let i = 0; i < count; i++) {
        edgeKey[scored[i]] = i;
      }
    } else {
      for (let i = from; i < to; i++) {
        edgeKey[inEdge[i]] = lotteryPosition[edgeStudent[inEdge[i]]];
      }
    }
  }

  return {
    studentIds,
    vacancyIds,
    capacity,
    prefStart,
    prefVacancy: prefVacancy.subarray(0, edges),
    edgeStudent: edgeStudent.subarray(0, edges),
    edgePosition: edgePosition.subarray(0, edges),
    edgeKey,
    lottery,
    lotteryPosition,
  };
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
  const { studentIds, vacancyIds, prefStart, prefVacancy, capacity } = compiled;
  for (let s = 0; s < studentIds.length; s++) {
    const v = assigned[s];
    assignment.set(studentIds[s], v >= 0 ? vacancyIds[v] : null);
    if (v < 0) {
      unplaced.push({
        studentId: studentIds[s],
        reason: unplacedReason(market.students[s], prefStart, prefVacancy, capacity, s),
      });
    }
  }
  return { assignment, unplaced, lotteryOrder: compiled.lottery };
}

function unplacedReason(
  student: MarketStudent,
  prefStart: Int32Array,
  prefVacancy: Int32Array,
  capacity: Int32Array,
  s: number,
): UnplacedReason {
  if (student.ranking.length === 0) {
    return 'no_choices';
  }
  for (let e = prefStart[s]; e < prefStart[s + 1]; e++) {
    if (capacity[prefVacancy[e]] > 0) {
      return 'all_choices_full';
    }
  }
  return 'choices_unavailable';
}
