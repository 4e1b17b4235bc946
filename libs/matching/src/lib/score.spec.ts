import { GRONINGEN, KLAZIENAVEEN, newCandidate, newVacancy } from '../testing/factories';
import { scoreMatch } from './score';
import { buildSkillTree } from './taxonomy-distance';

const tree = buildSkillTree([
  { code: 'weld', parent: null },
  { code: 'weld.mig', parent: 'weld' },
  { code: 'weld.tig', parent: 'weld' },
  { code: 'weld.mma', parent: 'weld' },
  { code: 'safety', parent: null },
  { code: 'safety.vca', parent: 'safety' },
]);

describe('scoreMatch', () => {
  it('should explain skills as "1 of 2 required skills, missing TIG welding" with the related skill', () => {
    const { reasons } = scoreMatch(newCandidate(), newVacancy(), { proximity: tree });
    expect(reasons).toContainEqual({ code: 'skills', matched: 1, total: 2, missing: ['weld.tig'] });
    expect(reasons).toContainEqual({ code: 'nice_skills', matched: 1, total: 1 });
    expect(reasons).toContainEqual({ code: 'related_skill', skill: 'weld.tig', related: 'weld.mig' });
  });

  it('should give the distance in whole kilometres, the accreditation, the period and the wishes met', () => {
    const { reasons } = scoreMatch(newCandidate(), newVacancy(), { proximity: tree });
    expect(reasons).toContainEqual({ code: 'distance', km: 9 });
    expect(reasons).toContainEqual({ code: 'accredited', crebo: '25193' });
    expect(reasons).toContainEqual({ code: 'qualification_fits', crebo: '25193' });
    expect(reasons).toContainEqual({ code: 'period_fits' });
    expect(reasons).toContainEqual({ code: 'wanted_type', type: 'bol_internship' });
    expect(reasons).toContainEqual({ code: 'sector', sectorCode: '251' });
    expect(reasons).toContainEqual({ code: 'hours_fit', hours: 36 });
  });

  it('should say when a skill is held below the asked level and count it partly', () => {
    const vacancy = newVacancy({ skills: [{ code: 'weld.mig', minLevel: 4, importance: 'must' }] });
    const { reasons, components } = scoreMatch(newCandidate(), vacancy);
    expect(reasons).toContainEqual({ code: 'skill_level_below', skill: 'weld.mig', level: 3, minLevel: 4 });
    expect(reasons).toContainEqual({ code: 'skills', matched: 0, total: 1, missing: [] });
    expect(components.skills).toBeCloseTo(0.75);
  });

  it('should weigh a must-have skill twice a nice-to-have one', () => {
    const mustMissing = newVacancy({
      skills: [
        { code: 'weld.mig', minLevel: 1, importance: 'nice' },
        { code: 'electrical.plc', minLevel: 1, importance: 'must' },
      ],
    });
    const niceMissing = newVacancy({
      skills: [
        { code: 'weld.mig', minLevel: 1, importance: 'must' },
        { code: 'electrical.plc', minLevel: 1, importance: 'nice' },
      ],
    });
    expect(scoreMatch(newCandidate(), mustMissing).components.skills).toBeCloseTo(1 / 3);
    expect(scoreMatch(newCandidate(), niceMissing).components.skills).toBeCloseTo(2 / 3);
  });

  it('should score related skills higher with the tree than without', () => {
    const withTree = scoreMatch(newCandidate(), newVacancy(), { proximity: tree }).score;
    const without = scoreMatch(newCandidate(), newVacancy(), { proximity: () => 0 }).score;
    expect(withTree).toBeGreaterThan(without);
  });

  it('should stay within 0-100 and reach 100 for a perfect match next door', () => {
    const perfect = newVacancy({
      location: newCandidate().home ?? KLAZIENAVEEN,
      skills: [{ code: 'weld.mig', minLevel: 3, importance: 'must' }],
    });
    expect(scoreMatch(newCandidate(), perfect).score).toBe(100);
    const far = scoreMatch(
      newCandidate({ wantedTypes: ['job'], sectorCodes: ['28'], hoursMax: 8, skills: [] }),
      newVacancy({
        location: GRONINGEN,
        levels: ['hbo'],
        qualificationCrebos: ['99999'],
        startDate: '2030-01-01',
        endDate: '2030-06-01',
      }),
    );
    expect(far.score).toBeGreaterThanOrEqual(0);
    expect(far.score).toBeLessThan(15);
  });

  it('should rank a closer vacancy higher, all else equal', () => {
    const near = scoreMatch(newCandidate(), newVacancy()).score;
    const farther = scoreMatch(newCandidate(), newVacancy({ location: { lat: 52.66, lon: 6.74 } })).score;
    expect(near).toBeGreaterThan(farther);
  });

  it('should report hours outside the wish and a period only partly available', () => {
    const vacancy = newVacancy({ hoursPerWeek: 24, startDate: '2027-01-01', endDate: '2027-04-30' });
    const { reasons } = scoreMatch(newCandidate(), vacancy);
    expect(reasons).toContainEqual({ code: 'hours_outside', hours: 24, min: 32, max: 40 });
    expect(reasons).toContainEqual({ code: 'period_partial', percent: 49 });
  });

  it('should name no distance but say nothing false when the home is unknown', () => {
    const { reasons, components } = scoreMatch(newCandidate({ home: null }), newVacancy());
    expect(reasons.some((reason) => reason.code === 'distance')).toBe(false);
    expect(components.distance).toBe(0);
  });
});
