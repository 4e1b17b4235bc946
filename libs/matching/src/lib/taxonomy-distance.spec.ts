import { buildSkillTree, createSkillMatcher, levelFactor, skillProximity, treeProximity } from './taxonomy-distance';

const tree = buildSkillTree([
  { code: 'weld', parent: null },
  { code: 'weld.mig', parent: 'weld' },
  { code: 'weld.tig', parent: 'weld' },
  { code: 'machining', parent: null },
  { code: 'machining.turning', parent: 'machining' },
  { code: 'machining.cncprog', parent: 'machining' },
  { code: 'machining.cncprog.fanuc', parent: 'machining.cncprog' },
  { code: 'machining.cncprog.heidenhain', parent: 'machining.cncprog' },
]);

describe('skillProximity', () => {
  it('should count the same skill fully', () => {
    expect(skillProximity(tree, 'weld.tig', 'weld.tig')).toBe(1);
  });

  it('should count a sibling in the same group as half', () => {
    expect(skillProximity(tree, 'weld.mig', 'weld.tig')).toBe(0.5);
    expect(skillProximity(tree, 'machining.cncprog.fanuc', 'machining.cncprog.heidenhain')).toBe(0.5);
  });

  it('should count a parent and its child as half', () => {
    expect(skillProximity(tree, 'weld', 'weld.tig')).toBe(0.5);
    expect(skillProximity(tree, 'machining.cncprog.fanuc', 'machining.cncprog')).toBe(0.5);
  });

  it('should count a skill deeper in the same top-level group as a quarter', () => {
    expect(skillProximity(tree, 'machining.cncprog.fanuc', 'machining.turning')).toBe(0.25);
  });

  it('should not count skills from different groups', () => {
    expect(skillProximity(tree, 'weld.tig', 'machining.turning')).toBe(0);
  });

  it('should be symmetric', () => {
    const codes = [...tree.parentOf.keys()];
    for (const a of codes) {
      for (const b of codes) {
        expect(skillProximity(tree, a, b)).toBe(skillProximity(tree, b, a));
      }
    }
  });

  it('should fall back to the dotted code for skills missing from the tree', () => {
    expect(skillProximity(null, 'paint.spray', 'paint.powder')).toBe(0.5);
    expect(skillProximity(tree, 'weld.laser', 'weld.tig')).toBe(0.5);
  });

  it('should survive a cycle in the parent links', () => {
    const cyclic = buildSkillTree([
      { code: 'a', parent: 'b' },
      { code: 'b', parent: 'a' },
    ]);
    expect(skillProximity(cyclic, 'a', 'b')).toBe(0.5);
  });
});

describe('levelFactor', () => {
  it('should count a level at or above the minimum fully and a lower level in proportion', () => {
    expect(levelFactor(4, 3)).toBe(1);
    expect(levelFactor(3, 3)).toBe(1);
    expect(levelFactor(3, 4)).toBe(0.75);
    expect(levelFactor(1, 4)).toBe(0.25);
  });
});

describe('createSkillMatcher', () => {
  const skills = [
    { code: 'weld.mig', level: 4 },
    { code: 'machining.cncprog.fanuc', level: 2 },
  ];

  it('should give the same credit with the tree index as with a plain proximity function', () => {
    const fast = createSkillMatcher(skills, tree);
    const slow = createSkillMatcher(skills, treeProximity(tree));
    for (const wanted of [...tree.parentOf.keys(), 'unknown.skill']) {
      for (const minLevel of [1, 2, 3, 4]) {
        expect(fast(wanted, minLevel).credit).toBeCloseTo(slow(wanted, minLevel).credit, 12);
      }
    }
  });

  it('should name the held skill that earned the credit', () => {
    const match = createSkillMatcher(skills, tree);
    expect(match('weld.tig', 2)).toEqual({ credit: 0.5, held: 'weld.mig', heldLevel: 4 });
    expect(match('machining.cncprog.fanuc', 4)).toEqual({ credit: 0.5, held: 'machining.cncprog.fanuc', heldLevel: 2 });
    expect(match('electrical.plc', 1)).toEqual({ credit: 0, held: null, heldLevel: 0 });
  });

  it('should count only exact skills without a tree', () => {
    const match = createSkillMatcher(skills, null);
    expect(match('weld.mig', 3).credit).toBe(1);
    // Without a tree the dotted codes still give the groups.
    expect(match('weld.tig', 3).credit).toBe(0.5);
  });
});
