import { addChoice, moveBy, moveItem, positionOf, removeChoice, sameOrder } from './ranking';

describe('ranking helpers', () => {
  const list = ['a', 'b', 'c', 'd'];

  it('should move an item to another index, clamping both indexes into the list', () => {
    expect(moveItem(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(list, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveItem(list, -5, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem([], 0, 1)).toEqual([]);
  });

  it('should move an id one place up or down, and leave the list alone at the ends or for an unknown id', () => {
    expect(moveBy(list, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveBy(list, 'c', 1)).toEqual(['a', 'b', 'd', 'c']);
    expect(moveBy(list, 'a', -1)).toEqual(list);
    expect(moveBy(list, 'd', 1)).toEqual(list);
    expect(moveBy(list, 'x', -1)).toEqual(list);
  });

  it('should never change the list it was given', () => {
    const original = [...list];
    moveItem(list, 0, 3);
    moveBy(list, 'b', 1);
    addChoice(list, 'e', 10);
    removeChoice(list, 'a');
    expect(list).toEqual(original);
  });

  it('should add a choice at the end, once, and only below the maximum', () => {
    expect(addChoice(['a'], 'b', 3)).toEqual(['a', 'b']);
    expect(addChoice(['a', 'b'], 'a', 3)).toEqual(['a', 'b']);
    expect(addChoice(['a', 'b', 'c'], 'd', 3)).toEqual(['a', 'b', 'c']);
  });

  it('should remove a choice and close the gap', () => {
    expect(removeChoice(list, 'b')).toEqual(['a', 'c', 'd']);
    expect(removeChoice(list, 'x')).toEqual(list);
  });

  it('should compare orders and give 1-based positions', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
    expect(positionOf(list, 'c')).toBe(3);
    expect(positionOf(list, 'x')).toBeNull();
  });
});
