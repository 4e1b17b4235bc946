/**
 * An ordered list of choices (a student's places, a company's students), changed by drag and drop or by the
 * keyboard buttons. Every helper returns a new array and leaves the input alone; ids are kept once each.
 */

/** Moves the item at `from` to `to` (both clamped into the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  if (list.length === 0) {
    return result;
  }
  const clamp = (index: number) => Math.max(0, Math.min(list.length - 1, Math.trunc(index)));
  const [item] = result.splice(clamp(from), 1);
  result.splice(clamp(to), 0, item);
  return result;
}

/** Moves `id` by `delta` places (-1: one up, towards the first choice); unchanged at the ends or when absent. */
export function moveBy(list: readonly string[], id: string, delta: number): string[] {
  const from = list.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length || delta === 0) {
    return [...list];
  }
  return moveItem(list, from, to);
}

/** Adds `id` as the last choice, unless it is already there or the list holds `max` choices. */
export function addChoice(list: readonly string[], id: string, max: number): string[] {
  return list.includes(id) || list.length >= max ? [...list] : [...list, id];
}

export function removeChoice(list: readonly string[], id: string): string[] {
  return list.filter((item) => item !== id);
}

export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** The 1-based position of `id` in the list, or null. */
export function positionOf(list: readonly string[], id: string): number | null {
  const index = list.indexOf(id);
  return index < 0 ? null : index + 1;
}
