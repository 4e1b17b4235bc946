import { placementChecks, type PlacementFacts } from './placement-checks';

const facts = (overrides: Partial<PlacementFacts> = {}): PlacementFacts => ({
  qualificationCrebo: '25287',
  route: 'BOL',
  startDate: '2027-02-01',
  endDate: '2027-06-30',
  hoursPerWeek: 32,
  accreditations: [{ crebo: '25287', since: '2020-01-01', until: null }],
  cohort: { startDate: '2025-09-01', endDate: '2028-07-01' },
  ...overrides,
});

const problems = (input: PlacementFacts): Record<string, string | null> =>
  Object.fromEntries(placementChecks(input).map((check) => [check.check, check.problem]));

describe('placementChecks', () => {
  it('should pass an accredited company, a period inside the cohort and normal hours', () => {
    expect(placementChecks(facts()).every((check) => check.ok)).toBe(true);
  });

  it('should fail accreditation for another crebo, a lapsed one and a student without a crebo', () => {
    expect(problems(facts({ accreditations: [{ crebo: '25290', since: '2020-01-01', until: null }] }))).toMatchObject({
      accreditation: 'not_accredited',
    });
    expect(
      problems(facts({ accreditations: [{ crebo: '25287', since: '2020-01-01', until: '2027-03-01' }] })),
    ).toMatchObject({ accreditation: 'not_for_period' });
    expect(problems(facts({ qualificationCrebo: null }))).toMatchObject({ accreditation: 'no_qualification' });
  });

  it('should fail an unknown or reversed period and one outside the cohort', () => {
    expect(problems(facts({ endDate: null }))['period']).toBe('unknown');
    expect(problems(facts({ endDate: '2027-01-01' }))['period']).toBe('end_before_start');
    expect(problems(facts({ endDate: '2028-09-01' }))['period']).toBe('outside_cohort');
    expect(problems(facts({ cohort: null, endDate: '2028-09-01' }))['period']).toBeNull();
  });

  it('should fail unknown hours and hours outside 8 to 40', () => {
    expect(problems(facts({ hoursPerWeek: null }))['hours']).toBe('unknown');
    expect(problems(facts({ hoursPerWeek: 41 }))['hours']).toBe('out_of_range');
    expect(problems(facts({ hoursPerWeek: 7 }))['hours']).toBe('out_of_range');
    expect(problems(facts({ hoursPerWeek: 40 }))['hours']).toBeNull();
  });
});
