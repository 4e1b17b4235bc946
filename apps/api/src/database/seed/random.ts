/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the demo-data generator needs. The same
 * seed always gives the same sequence, on every platform: the generator never uses Math.random.
 */
export class Random {
  private state: number;

  constructor(seed: number | string) {
    this.state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  }

  /** An independent stream for one part of the data, so that changing one part leaves the others as they were. */
  fork(label: string): Random {
    return new Random(hashString(`${this.state}:${label}`));
  }

  /** A float in [0, 1). mulberry32 by Tommy Ettinger (public domain). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) {
      throw new Error('Cannot pick from an empty list.');
    }
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks with the given relative weights. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let point = this.next() * total;
    for (const item of items) {
      point -= weight(item);
      if (point < 0) {
        return item;
      }
    }
    return items[items.length - 1];
  }

  /** Picks a key of a `{ key: weight }` table. */
  weightedKey<K extends string>(table: Readonly<Record<K, number>>): K {
    return this.weighted(Object.keys(table) as K[], (key) => table[key]);
  }

  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** A version-4-shaped UUID made from this stream (deterministic, so not for secrets). */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => ((this.next() * 4294967296) >>> 0).toString(16).padStart(8, '0')).join(
      '',
    );
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** cyrb53-style 32-bit string hash, to turn labels into seeds. */
export function hashString(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}
