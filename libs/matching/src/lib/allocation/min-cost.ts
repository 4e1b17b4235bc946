import { findBlockingPairs, type BlockingPair } from './blocking-pairs';
import { compileMarket, toAllocation, type Allocation, type CompiledMarket, type Market } from './market';
import { allocationStatistics, type AllocationStatistics } from './statistics';

export interface OptimalAllocation extends Allocation {
  statistics: AllocationStatistics;
  /** Sum over placed students of the position (1 = first choice) of their place in their ranking. */
  rankSum: number;
  /**
   * The optimum ignores what companies prefer, so it need not be stable: these pairs would rather have each other.
   * Shown to the coordinator next to the stable result.
   */
  blockingPairs: BlockingPair[];
}

/**
 * The allocation that places as many students as possible and, among those, gives the smallest sum of ranks
 * (first choice costs 1, second 2, ...: the position in the list as submitted, as in the statistics). A min-cost max-flow on source → student (1) → vacancy (capacity) → sink,
 * solved by primal-dual successive shortest paths: Dijkstra on reduced costs with potentials finds the current
 * shortest augmenting distance, then a Dinic blocking flow pushes every augmenting path of that length at once,
 * so the number of Dijkstra runs is the number of distinct path lengths, not the number of students.
 * Companies' rankings do not enter; ties between equal optima follow the input order.
 */
export function allocateOptimal(market: Market): OptimalAllocation {
  const compiled = compileMarket(market);
  const { assigned, rankSum } = minCostAssignment(compiled);
  const allocation = toAllocation(compiled, market, assigned);
  return {
    ...allocation,
    rankSum,
    statistics: allocationStatistics(market, allocation),
    blockingPairs: findBlockingPairs(market, allocation.assignment, allocation.lotteryOrder),
  };
}

/** Per student the vacancy index or -1, and the rank sum (1-based), of a min-cost max-flow. */
export function minCostAssignment(compiled: CompiledMarket): { assigned: Int32Array; rankSum: number } {
  const { capacity, prefStart, prefVacancy, edgeStudent, edgePosition } = compiled;
  const nS = prefStart.length - 1;
  const nV = capacity.length;
  const edges = prefVacancy.length;
  const source = nS + nV;
  const sink = source + 1;
  const nodes = sink + 1;

  // Arcs in pairs (arc ^ 1 is the reverse), stored by tail node (CSR) for cache-friendly scans.
  const arcCount = 2 * (nS + edges + nV);
  const tail = new Int32Array(arcCount);
  const head = new Int32Array(arcCount);
  const residual = new Int32Array(arcCount);
  const cost = new Int32Array(arcCount);
  let a = 0;
  const addArc = (from: number, to: number, cap: number, arcCost: number): void => {
    tail[a] = from;
    head[a] = to;
    residual[a] = cap;
    cost[a] = arcCost;
    tail[a + 1] = to;
    head[a + 1] = from;
    residual[a + 1] = 0;
    cost[a + 1] = -arcCost;
    a += 2;
  };
  for (let s = 0; s < nS; s++) {
    addArc(source, s, 1, 0);
  }
  const firstChoiceArc = a;
  for (let e = 0; e < edges; e++) {
    // Cost: the 0-based position in the student's list as submitted (the +1 per placed student comes at the end).
    addArc(edgeStudent[e], nS + prefVacancy[e], 1, edgePosition[e]);
  }
  for (let v = 0; v < nV; v++) {
    addArc(nS + v, sink, capacity[v], 0);
  }
  const start = new Int32Array(nodes + 1);
  for (let i = 0; i < arcCount; i++) {
    start[tail[i] + 1]++;
  }
  for (let n = 0; n < nodes; n++) {
    start[n + 1] += start[n];
  }
  const order = new Int32Array(arcCount);
  const fill = start.slice(0, nodes);
  for (let i = 0; i < arcCount; i++) {
    order[fill[tail[i]]++] = i;
  }

  const INF = 0x3fffffff;
  const potential = new Int32Array(nodes);
  const distance = new Int32Array(nodes);
  const level = new Int32Array(nodes);
  const current = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  const heap = new MinHeap(nodes);
  const stack = new Int32Array(nodes + 1);

  for (;;) {
    // Dijkstra on reduced costs (all ≥ 0 thanks to the potentials).
    distance.fill(INF);
    distance[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const d = heap.topKey();
      const u = heap.pop();
      if (d > distance[u]) {
        continue;
      }
      for (let k = start[u]; k < start[u + 1]; k++) {
        const arc = order[k];
        if (residual[arc] > 0) {
          const v = head[arc];
          const nd = d + cost[arc] + potential[u] - potential[v];
          if (nd < distance[v]) {
            distance[v] = nd;
            heap.push(nd, v);
          }
        }
      }
    }
    const limit = distance[sink];
    if (limit >= INF) {
      break;
    }
    for (let n = 0; n < nodes; n++) {
      potential[n] += Math.min(distance[n], limit);
    }

    // Push every shortest augmenting path: Dinic on the arcs of reduced cost 0.
    for (;;) {
      level.fill(-1);
      level[source] = 0;
      let qHead = 0;
      let qTail = 0;
      queue[qTail++] = source;
      while (qHead < qTail) {
        const u = queue[qHead++];
        for (let k = start[u]; k < start[u + 1]; k++) {
          const arc = order[k];
          const v = head[arc];
          if (residual[arc] > 0 && level[v] < 0 && cost[arc] + potential[u] - potential[v] === 0) {
            level[v] = level[u] + 1;
            queue[qTail++] = v;
          }
        }
      }
      if (level[sink] < 0) {
        break;
      }
      for (let n = 0; n < nodes; n++) {
        current[n] = start[n];
      }
      // Iterative depth-first search along the levels; every path carries one unit (source arcs have capacity 1).
      let depth = 0;
      let u = source;
      while (true) {
        if (u === sink) {
          for (let i = 0; i < depth; i++) {
            residual[stack[i]]--;
            residual[stack[i] ^ 1]++;
          }
          depth = 0;
          u = source;
          continue;
        }
        let advanced = false;
        for (; current[u] < start[u + 1]; current[u]++) {
          const arc = order[current[u]];
          const v = head[arc];
          if (residual[arc] > 0 && level[v] === level[u] + 1 && cost[arc] + potential[u] - potential[v] === 0) {
            stack[depth++] = arc;
            u = v;
            advanced = true;
            break;
          }
        }
        if (!advanced) {
          if (u === source) {
            break;
          }
          // Dead end: never come back here this round.
          level[u] = -1;
          u = tail[stack[--depth]];
          current[u]++;
        }
      }
    }
  }

  const assigned = new Int32Array(nS).fill(-1);
  let rankSum = 0;
  for (let e = 0; e < edges; e++) {
    const arc = firstChoiceArc + 2 * e;
    if (residual[arc] === 0) {
      assigned[edgeStudent[e]] = prefVacancy[e];
      rankSum += cost[arc] + 1;
    }
  }
  return { assigned, rankSum };
}

/** A binary min-heap of (key, node) with lazy deletion, in typed arrays. */
class MinHeap {
  private keys: Int32Array;
  private values: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Int32Array(Math.max(16, capacity));
    this.values = new Int32Array(Math.max(16, capacity));
  }

  topKey(): number {
    return this.keys[0];
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Int32Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const values = new Int32Array(this.size * 2);
      values.set(this.values);
      this.values = values;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) {
        break;
      }
      this.keys[i] = this.keys[parent];
      this.values[i] = this.values[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  pop(): number {
    const top = this.values[0];
    const key = this.keys[--this.size];
    const value = this.values[this.size];
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) {
        break;
      }
      const child = left + 1 < this.size && this.keys[left + 1] < this.keys[left] ? left + 1 : left;
      if (this.keys[child] >= key) {
        break;
      }
      this.keys[i] = this.keys[child];
      this.values[i] = this.values[child];
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
    return top;
  }
}
