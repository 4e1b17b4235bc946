/**
 * The shared core of `compileMarket` (string ids) and `compileIndexedMarket` (numbered students and vacancies):
 * choices to edges, the edges grouped by vacancy in lottery order, and the company's rank of each edge's student.
 * Only the type `CompiledIndexedMarket` is public (through indexed-market.ts): the two entry points differ only in
 * how they read a company's preference.
 */
import type { UnplacedReason } from './market';

/** The market as flat arrays of indexes, what the algorithms run on. Students 0..n-1, vacancies 0..m-1. */
export interface CompiledIndexedMarket {
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
  /** The lottery: student indexes, earliest wins a tie. */
  lotteryStudents: Int32Array;
  /** Lottery position of each student. */
  lotteryPosition: Int32Array;
  /** How many choices each student submitted, counting repeats and choices that are not in the round. */
  choiceCount: Int32Array;
}

/** What `ReadPreference` filled in: nothing (the lottery decides), positions in a ranking, or scores. */
export const LOTTERY_ONLY = 0;
export const RANKED = 1;
export const SCORED = 2;

/**
 * Reads the company preference of vacancy `v` over its `count` applicants `applicant[0..count)` (student indexes,
 * in lottery order) into `value[0..count)`: for RANKED the position in the company's ranking (lower first;
 * negative: not ranked), for SCORED the score (higher first; NaN: not scored). Returns the kind.
 */
export type ReadPreference = (v: number, applicant: Int32Array, count: number, value: Float64Array) => number;

/**
 * Builds the compiled market. `choices[choiceStart[s] .. choiceStart[s+1])` are student s's vacancy indexes, best
 * first; a negative one is a choice that is not in the round (it counts as a choice made, nothing else), repeats
 * count at their first place. `lotteryStudents` is the drawn lottery (kept, not copied). With `ownsChoices`, an
 * Int32Array `choices` is reused for the edges (overwritten) instead of copied: one array less at scale.
 */
export function compileCore(
  capacity: Int32Array,
  choiceStart: ArrayLike<number>,
  choices: ArrayLike<number>,
  lotteryStudents: Int32Array,
  readPreference: ReadPreference,
  ownsChoices = false,
): CompiledIndexedMarket {
  const nS = choiceStart.length - 1;
  const nV = capacity.length;
  if (nS < 0) {
    throw new RangeError('choiceStart needs one entry more than there are students');
  }
  const first = choiceStart[0];
  const last = choiceStart[nS];
  if (!(first >= 0 && last >= first && last <= choices.length)) {
    throw new RangeError(`choiceStart runs from ${first} to ${last}, outside the ${choices.length} choices`);
  }

  // Students' choices: vacancies of the round, first occurrence only.
  const total = last - first;
  const prefStart = new Int32Array(nS + 1);
  // Edges are written at or before the choice they come from, so the choices' own array can take them.
  const prefVacancy = ownsChoices && choices instanceof Int32Array && first === 0 ? choices : new Int32Array(total);
  const edgeStudent = new Int32Array(total);
  const edgePosition = new Int32Array(total);
  const choiceCount = new Int32Array(nS);
  const lastSeen = new Int32Array(nV).fill(-1);
  let e = 0;
  for (let s = 0; s < nS; s++) {
    prefStart[s] = e;
    const from = choiceStart[s];
    const to = choiceStart[s + 1];
    if (!(to >= from)) {
      throw new RangeError(`choiceStart decreases at student ${s}`);
    }
    choiceCount[s] = to - from;
    for (let c = from; c < to; c++) {
      const v = choices[c];
      if (v < 0) {
        continue;
      }
      if (!(v < nV) || (v | 0) !== v) {
        throw new RangeError(`Student ${s} chose vacancy ${v}, not one of 0..${nV - 1}`);
      }
      if (lastSeen[v] !== s) {
        lastSeen[v] = s;
        prefVacancy[e] = v;
        edgeStudent[e] = s;
        edgePosition[e] = c - from;
        e++;
      }
    }
  }
  prefStart[nS] = e;
  const edges = e;

  const lotteryPosition = new Int32Array(nS);
  for (let i = 0; i < nS; i++) {
    lotteryPosition[lotteryStudents[i]] = i;
  }

  // Edges grouped by vacancy, each group in lottery order: then every tie is broken by the order in the group.
  const inStart = new Int32Array(nV + 1);
  for (let i = 0; i < edges; i++) {
    inStart[prefVacancy[i] + 1]++;
  }
  let widest = 0;
  for (let v = 0; v < nV; v++) {
    widest = Math.max(widest, inStart[v + 1]);
    inStart[v + 1] += inStart[v];
  }
  const fill = inStart.slice(0, nV);
  const inEdge = new Int32Array(edges);
  for (let k = 0; k < nS; k++) {
    const s = lotteryStudents[k];
    for (let i = prefStart[s]; i < prefStart[s + 1]; i++) {
      inEdge[fill[prefVacancy[i]]++] = i;
    }
  }

  // The company's rank of each applicant: ranked or scored ones first, then the others by lottery.
  const edgeKey = new Int32Array(edges);
  // Per vacancy: its applicants, what the company said of each, and room to sort.
  const applicant = new Int32Array(widest);
  const value = new Float64Array(widest);
  const order = new Int32Array(widest);
  const scratch = new Int32Array(widest);
  const buckets = new Int32Array(4 * widest + 65);
  for (let v = 0; v < nV; v++) {
    const from = inStart[v];
    const to = inStart[v + 1];
    if (from === to) {
      continue;
    }
    const count = to - from;
    for (let j = 0; j < count; j++) {
      applicant[j] = edgeStudent[inEdge[from + j]];
    }
    const kind = readPreference(v, applicant, count, value);
    if (kind === RANKED) {
      let unranked = 0;
      for (let j = 0; j < count; j++) {
        if (value[j] >= unranked) {
          unranked = value[j] + 1;
        }
      }
      for (let j = 0; j < count; j++) {
        edgeKey[inEdge[from + j]] = value[j] >= 0 ? value[j] : unranked + j;
      }
    } else if (kind === SCORED) {
      let scored = 0;
      for (let j = 0; j < count; j++) {
        if (value[j] === value[j]) {
          order[scored++] = j;
        }
      }
      // Stable: equal scores stay in lottery order.
      sortByValueDescending(order, scored, value, scratch, buckets);
      for (let k = 0; k < scored; k++) {
        edgeKey[inEdge[from + order[k]]] = k;
      }
      for (let j = 0; j < count; j++) {
        if (value[j] !== value[j]) {
          edgeKey[inEdge[from + j]] = scored + j;
        }
      }
    } else {
      for (let j = 0; j < count; j++) {
        edgeKey[inEdge[from + j]] = j;
      }
    }
  }

  return {
    capacity,
    prefStart,
    prefVacancy: prefVacancy.subarray(0, edges),
    edgeStudent: edgeStudent.subarray(0, edges),
    edgePosition: edgePosition.subarray(0, edges),
    edgeKey,
    lotteryStudents,
    lotteryPosition,
    choiceCount,
  };
}

/**
 * Sorts `order[0..count)` (indexes into `value`) by value, highest first, keeping equal values in their order.
 * Whole-number scores in a narrow range (the usual 0-100) go through a counting sort; others through insertion
 * sort on runs of 16 and bottom-up merges. `buckets` needs 4 × `order.length` + 65 entries.
 */
function sortByValueDescending(
  order: Int32Array,
  count: number,
  value: Float64Array,
  scratch: Int32Array,
  buckets: Int32Array,
): void {
  if (count < 2) {
    return;
  }
  let max = -Infinity;
  let min = Infinity;
  let whole = true;
  for (let j = 0; j < count && whole; j++) {
    const x = value[order[j]];
    whole = Math.floor(x) === x && x - x === 0;
    max = Math.max(max, x);
    min = Math.min(min, x);
  }
  if (whole && max - min < 4 * count + 64) {
    // Bucket b holds score max - b: counts, then starts, then each index at its place, in the order they come.
    const range = max - min + 1;
    buckets.fill(0, 0, range + 1);
    for (let j = 0; j < count; j++) {
      buckets[max - value[order[j]] + 1]++;
    }
    for (let b = 0; b < range; b++) {
      buckets[b + 1] += buckets[b];
    }
    for (let j = 0; j < count; j++) {
      scratch[buckets[max - value[order[j]]]++] = order[j];
    }
    order.set(scratch.subarray(0, count));
    return;
  }
  const RUN = 16;
  for (let lo = 0; lo < count; lo += RUN) {
    const hi = Math.min(lo + RUN, count);
    for (let i = lo + 1; i < hi; i++) {
      const item = order[i];
      const x = value[item];
      let j = i - 1;
      while (j >= lo && value[order[j]] < x) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = item;
    }
  }
  let source = order;
  let target = scratch;
  for (let width = RUN; width < count; width *= 2) {
    for (let lo = 0; lo < count; lo += 2 * width) {
      const mid = Math.min(lo + width, count);
      const hi = Math.min(lo + 2 * width, count);
      let a = lo;
      let b = mid;
      let k = lo;
      while (a < mid && b < hi) {
        target[k++] = value[source[b]] > value[source[a]] ? source[b++] : source[a++];
      }
      while (a < mid) {
        target[k++] = source[a++];
      }
      while (b < hi) {
        target[k++] = source[b++];
      }
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== order) {
    order.set(source.subarray(0, count));
  }
}

/**
 * Why student s is unplaced: they chose nothing; nothing they chose is in the round (or it has no places); or every
 * vacancy they chose is filled with students the company prefers.
 */
export function unplacedReasonOf(compiled: CompiledIndexedMarket, s: number): UnplacedReason {
  if (compiled.choiceCount[s] === 0) {
    return 'no_choices';
  }
  const { prefStart, prefVacancy, capacity } = compiled;
  for (let e = prefStart[s]; e < prefStart[s + 1]; e++) {
    if (capacity[prefVacancy[e]] > 0) {
      return 'all_choices_full';
    }
  }
  return 'choices_unavailable';
}
