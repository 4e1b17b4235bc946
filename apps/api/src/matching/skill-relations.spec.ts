import { skillRelations } from './skill-relations';

const NODES = [
  { code: 'weld', parent: null },
  { code: 'weld.tig', parent: 'weld' },
  { code: 'weld.mig', parent: 'weld' },
  { code: 'soft', parent: null },
  { code: 'soft.teamwork', parent: 'soft' },
  { code: 'soft.accuracy', parent: 'soft' },
];

describe('skillRelations', () => {
  const proximity = skillRelations(NODES);

  it('should count a welding process partly for another', () => {
    expect(proximity('weld.mig', 'weld.tig')).toBeGreaterThan(0);
    expect(proximity('weld.mig', 'weld.tig')).toBeLessThan(1);
  });

  it('should not count one soft skill for another', () => {
    expect(proximity('soft.teamwork', 'soft.accuracy')).toBe(0);
    expect(proximity('soft.accuracy', 'soft.accuracy')).toBe(1);
  });
});
