import type { CompiledIndexedMarket } from './compile';
import {
  compileIndexedMarket,
  toIndexedAllocation,
  type IndexedAllocation,
  type IndexedMarket,
} from './indexed-market';
import { compileMarket, toAllocation, type Allocation, type Market } from './market';

/**
 * Student-proposing deferred acceptance with capacities (Gale-Shapley; Roth's college admissions).
 * Each free student proposes to their next choice; a vacancy keeps the `capacity` proposers its company likes best
 * and rejects the rest, who propose further down their lists. The result is stable (no student and vacancy that
 * both prefer each other to what they got), the best stable result for every student, and no student gains by
 * ranking untruthfully. Deterministic: ties are broken by the lottery drawn from `market.seed`.
 *
 * Cost: O(choices × log capacity). Each vacancy keeps its tentative students in a max-heap keyed by the company's
 * rank, so the one to reject is at the root; all heaps live in one flat typed array. Before that, one pass turns
 * the string ids into indexes; `allocateIndexed` skips it for markets that are numbered already.
 */
export function allocate(market: Market): Allocation {
  const compiled = compileMarket(market);
  return toAllocation(compiled, market, studentProposing(compiled));
}

/**
 * `allocate` for a market whose students and vacancies are numbered already: the same lottery, the same core and so
 * the same assignment (for students numbered in the order of their sorted ids, or with `lotteryBase`), without
 * looking up ids or building a map. Per student the vacancy index or -1, the unplaced with their reasons, and the
 * lottery as student indexes.
 */
export function allocateIndexed(market: IndexedMarket): IndexedAllocation {
  const compiled = compileIndexedMarket(market);
  return toIndexedAllocation(compiled, studentProposing(compiled));
}

/** The heart of `allocate` on a compiled market: per student the vacancy index, or -1. */
export function studentProposing(
  compiled: Pick<CompiledIndexedMarket, 'capacity' | 'prefStart' | 'prefVacancy' | 'edgeKey'>,
): Int32Array {
  const { capacity, prefStart, prefVacancy, edgeKey } = compiled;
  const nS = prefStart.length - 1;
  const nV = capacity.length;
  const heapStart = new Int32Array(nV + 1);
  for (let v = 0; v < nV; v++) {
    heapStart[v + 1] = heapStart[v] + capacity[v];
  }
  const heapKey = new Int32Array(heapStart[nV]);
  const heapStudent = new Int32Array(heapStart[nV]);
  const heapSize = new Int32Array(nV);
  const next = prefStart.slice(0, nS);
  const assigned = new Int32Array(nS).fill(-1);

  for (let first = 0; first < nS; first++) {
    // Follow the chain of rejections this student starts (McVitie-Wilson): the order does not change the result.
    let s = first;
    while (s >= 0) {
      const e = next[s];
      if (e === prefStart[s + 1]) {
        break;
      }
      next[s] = e + 1;
      const v = prefVacancy[e];
      const key = edgeKey[e];
      const base = heapStart[v];
      const size = heapSize[v];
      if (size < capacity[v]) {
        // Room left: sift up in the max-heap.
        let i = size;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (heapKey[base + parent] >= key) {
            break;
          }
          heapKey[base + i] = heapKey[base + parent];
          heapStudent[base + i] = heapStudent[base + parent];
          i = parent;
        }
        heapKey[base + i] = key;
        heapStudent[base + i] = s;
        heapSize[v] = size + 1;
        assigned[s] = v;
        s = -1;
      } else if (size > 0 && key < heapKey[base]) {
        // Full, and the company prefers s to its worst: that one is rejected; s takes the root and sifts down.
        const rejected = heapStudent[base];
        let i = 0;
        for (;;) {
          const left = 2 * i + 1;
          if (left >= size) {
            break;
          }
          let child = left;
          if (left + 1 < size && heapKey[base + left + 1] > heapKey[base + left]) {
            child = left + 1;
          }
          if (heapKey[base + child] <= key) {
            break;
          }
          heapKey[base + i] = heapKey[base + child];
          heapStudent[base + i] = heapStudent[base + child];
          i = child;
        }
        heapKey[base + i] = key;
        heapStudent[base + i] = s;
        assigned[s] = v;
        assigned[rejected] = -1;
        s = rejected;
      }
      // Otherwise rejected at once: s proposes to the next choice.
    }
  }
  return assigned;
}

/**
 * Company-proposing deferred acceptance: each vacancy offers its free places to the students who chose it, best
 * first by the company's preference; a student holds the best offer by their own ranking. Gives the stable result
 * that is best for the companies, and so weakly worst for every student: used to check `allocate` against.
 */
export function allocateCompanyProposing(market: Market): Allocation {
  const compiled = compileMarket(market);
  const { capacity, prefStart, prefVacancy, edgeStudent, edgeKey } = compiled;
  const nS = prefStart.length - 1;
  const nV = capacity.length;
  const edges = prefVacancy.length;

  // Each vacancy's applicants in the company's order.
  const offers: number[][] = Array.from({ length: nV }, () => []);
  for (let e = 0; e < edges; e++) {
    offers[prefVacancy[e]].push(e);
  }
  for (const list of offers) {
    list.sort((a, b) => edgeKey[a] - edgeKey[b]);
  }

  const held = new Int32Array(nS).fill(-1);
  const heldRank = new Int32Array(nS);
  const filled = new Int32Array(nV);
  const pointer = new Int32Array(nV);
  const queue: number[] = [];
  for (let v = 0; v < nV; v++) {
    queue.push(v);
  }
  while (queue.length > 0) {
    const v = queue.pop() as number;
    const list = offers[v];
    while (filled[v] < capacity[v] && pointer[v] < list.length) {
      const e = list[pointer[v]++];
      const s = edgeStudent[e];
      const rank = e - prefStart[s];
      if (held[s] < 0) {
        held[s] = v;
        heldRank[s] = rank;
        filled[v]++;
      } else if (rank < heldRank[s]) {
        const previous = held[s];
        filled[previous]--;
        queue.push(previous);
        held[s] = v;
        heldRank[s] = rank;
        filled[v]++;
      }
    }
  }
  return toAllocation(compiled, market, held);
}
