/**
 * The k best of a stream without sorting it: a bounded min-heap whose root is the worst kept entry.
 * O(n log k) for n offers. Order: higher score first, equal scores by id ascending.
 */
export class TopK<T> {
  private readonly scores: number[] = [];
  private readonly ids: string[] = [];
  private readonly items: T[] = [];

  constructor(readonly k: number) {}

  get size(): number {
    return this.scores.length;
  }

  /** The lowest kept score (-Infinity while empty). */
  worstScore(): number {
    return this.scores.length > 0 ? this.scores[0] : -Infinity;
  }

  /** Whether an entry with this score can still enter (false: it cannot, whatever its id). */
  couldEnter(score: number): boolean {
    return this.scores.length < this.k || score >= this.scores[0];
  }

  /** Offers an entry; returns whether it was kept. */
  offer(score: number, id: string, item: T): boolean {
    if (this.k <= 0) {
      return false;
    }
    const n = this.scores.length;
    if (n < this.k) {
      this.scores.push(score);
      this.ids.push(id);
      this.items.push(item);
      this.up(n);
      return true;
    }
    if (!this.better(score, id, this.scores[0], this.ids[0])) {
      return false;
    }
    this.scores[0] = score;
    this.ids[0] = id;
    this.items[0] = item;
    this.down(0);
    return true;
  }

  /** The kept entries, best first. */
  sorted(): { score: number; id: string; item: T }[] {
    const entries = this.scores.map((score, i) => ({ score, id: this.ids[i], item: this.items[i] }));
    return entries.sort((a, b) => compareRanked(a.score, a.id, b.score, b.id));
  }

  /** a ranks before b. */
  private better(scoreA: number, idA: string, scoreB: number, idB: string): boolean {
    return scoreA > scoreB || (scoreA === scoreB && idA < idB);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      // The worse one goes up.
      if (!this.better(this.scores[parent], this.ids[parent], this.scores[i], this.ids[i])) {
        return;
      }
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.scores.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) {
        return;
      }
      let worst = left;
      const right = left + 1;
      if (right < n && this.better(this.scores[left], this.ids[left], this.scores[right], this.ids[right])) {
        worst = right;
      }
      if (!this.better(this.scores[i], this.ids[i], this.scores[worst], this.ids[worst])) {
        return;
      }
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const score = this.scores[a];
    this.scores[a] = this.scores[b];
    this.scores[b] = score;
    const id = this.ids[a];
    this.ids[a] = this.ids[b];
    this.ids[b] = id;
    const item = this.items[a];
    this.items[a] = this.items[b];
    this.items[b] = item;
  }
}

/** Higher score first, then id ascending: the order of every ranked list in this library. */
export function compareRanked(scoreA: number, idA: string, scoreB: number, idB: string): number {
  if (scoreA !== scoreB) {
    return scoreB - scoreA;
  }
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/** The k best items by `score`, best first. */
export function topK<T>(items: Iterable<T>, k: number, score: (item: T) => number, id: (item: T) => string): T[] {
  const heap = new TopK<T>(k);
  for (const item of items) {
    heap.offer(score(item), id(item), item);
  }
  return heap.sorted().map((entry) => entry.item);
}
