/**
 * Seeded randomness that anyone can reproduce: the placement lottery is published with its seed, so a coordinator
 * (or a student) can redo it. Algorithms, fixed for good:
 * - a seed (number or text) is hashed to 32 bits with FNV-1a over its decimal/UTF-16 text;
 * - numbers come from sfc32, its four words set from that hash by splitmix32, after 12 warm-up draws;
 * - a shuffle is Fisher-Yates from the last position down, j = floor(u * (i + 1)).
 */

export type Seed = number | string;

/** FNV-1a over the UTF-16 code units of the seed's text. */
export function hashSeed(seed: Seed): number {
  const text = String(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A generator of uniform numbers in [0, 1), the same sequence for the same seed. */
export function createRandom(seed: Seed): () => number {
  let state = hashSeed(seed);
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) {
    next();
  }
  return next;
}

/** A whole number in [0, n). */
export function randomInt(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

/** Shuffles in place (Fisher-Yates) and returns the array. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const item = items[i];
    items[i] = items[j];
    items[j] = item;
  }
  return items;
}

/**
 * The published lottery: the student ids sorted (by UTF-16 code units, like `Array.prototype.sort`), then shuffled
 * with the seed. Earlier in the order wins a tie. Independent of the order the ids come in.
 */
export function lotteryOrder(studentIds: readonly string[], seed: Seed): string[] {
  return Array.from(lotteryPermutation(studentIds, seed), (i) => studentIds[i]);
}

/** The lottery as indexes into `studentIds`: `lotteryOrder` without building strings. */
export function lotteryPermutation(studentIds: readonly string[], seed: Seed): Int32Array {
  return shuffleLottery(sortedIdOrder(studentIds), seed);
}

/**
 * The lottery of students numbered 0..n-1 whose ids sort in that order: `lotteryPermutation` of such ids, without
 * the ids. With `base` (the students sorted by id, as `sortedIdOrder` gives), the lottery of any numbering.
 */
export function indexLottery(n: number, seed: Seed, base?: ArrayLike<number>): Int32Array {
  const order = new Int32Array(n);
  if (base === undefined) {
    for (let i = 0; i < n; i++) {
      order[i] = i;
    }
  } else {
    if (base.length !== n) {
      throw new RangeError(`The lottery base has ${base.length} students, not ${n}`);
    }
    const seen = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const s = base[i];
      if (!(s >= 0 && s < n) || (s | 0) !== s || seen[s] === 1) {
        throw new RangeError(`The lottery base is not an order of the students 0..${n - 1}: ${s} at ${i}`);
      }
      seen[s] = 1;
      order[i] = s;
    }
  }
  return shuffleLottery(order, seed);
}

/** Indexes of `ids` in sorted order (UTF-16 code units, ties by index); 0..n-1 when they already are sorted. */
export function sortedIdOrder(ids: readonly string[]): Int32Array {
  const n = ids.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    sorted = ids[i - 1] <= ids[i];
  }
  if (sorted) {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }
  return Int32Array.from(
    Array.from({ length: n }, (_, i) => i).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b)),
  );
}

/** The seeded Fisher-Yates shuffle of the lottery, in place: the order's last position down, j = floor(u (i + 1)). */
function shuffleLottery(order: Int32Array, seed: Seed): Int32Array {
  const random = createRandom(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const item = order[i];
    order[i] = order[j];
    order[j] = item;
  }
  return order;
}
