import {
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  canTransition,
  nextStatuses,
  OPEN_STATUSES,
  routeProblem,
  workingDaysBetween,
} from './applications';

describe('application state machine', () => {
  it('should let the company move forward and the candidate accept an offer', () => {
    expect(canTransition('submitted', 'in_review', 'company')).toBe(true);
    expect(canTransition('offered', 'accepted', 'candidate')).toBe(true);
    expect(canTransition('offered', 'accepted', 'company')).toBe(false);
    expect(canTransition('submitted', 'accepted', 'candidate')).toBe(false);
  });

  it('should allow rejection and withdrawal from every open state, and nothing from a closed one', () => {
    for (const status of OPEN_STATUSES) {
      expect(canTransition(status, 'rejected', 'company')).toBe(true);
      expect(canTransition(status, 'withdrawn', 'candidate')).toBe(true);
    }
    for (const status of APPLICATION_STATUSES.filter((value) => !OPEN_STATUSES.includes(value))) {
      expect(nextStatuses(status)).toEqual([]);
    }
  });

  it('should never move backwards', () => {
    const order = (status: string): number => APPLICATION_STATUSES.indexOf(status as never);
    for (const [from, targets] of Object.entries(APPLICATION_TRANSITIONS)) {
      for (const to of Object.keys(targets)) {
        expect(order(to)).toBeGreaterThan(order(from));
      }
    }
  });

  it('should list next statuses per actor', () => {
    expect(nextStatuses('offered', 'candidate')).toEqual(['accepted', 'declined', 'withdrawn']);
    expect(nextStatuses('interview', 'company')).toEqual(['offered', 'rejected']);
  });
});

describe('workingDaysBetween', () => {
  it('should skip weekends', () => {
    // Friday 2026-11-27 to Monday 2026-11-30: one working day.
    expect(workingDaysBetween(new Date('2026-11-27T10:00:00Z'), new Date('2026-11-30T09:00:00Z'))).toBe(1);
    // Two full weeks: ten working days.
    expect(workingDaysBetween(new Date('2026-11-02T10:00:00Z'), new Date('2026-11-16T10:00:00Z'))).toBe(10);
  });

  it('should be zero backwards and on the same day', () => {
    expect(workingDaysBetween(new Date('2026-11-10T10:00:00Z'), new Date('2026-11-10T18:00:00Z'))).toBe(0);
    expect(workingDaysBetween(new Date('2026-11-10T10:00:00Z'), new Date('2026-11-01T10:00:00Z'))).toBe(0);
  });
});

describe('routeProblem', () => {
  const student = { kind: 'student', route: null, educationLevel: null } as const;
  const vakmens = { kind: 'professional', route: null, educationLevel: null } as const;

  it('should keep BOL internships for BOL students', () => {
    expect(routeProblem({ ...student, route: 'BOL', educationLevel: 'mbo3' }, 'bol_internship')).toBeNull();
    expect(routeProblem({ ...student, route: 'BBL' }, 'bol_internship')).toBe('bolStudentsOnly');
    expect(routeProblem({ ...student, educationLevel: 'hbo' }, 'bol_internship')).toBe('bolStudentsOnly');
    expect(routeProblem(vakmens, 'bol_internship')).toBe('bolStudentsOnly');
  });

  it('should open BBL places to BBL students and vakmensen only', () => {
    expect(routeProblem({ ...student, route: 'BBL' }, 'bbl_apprenticeship')).toBeNull();
    expect(routeProblem(vakmens, 'bbl_apprenticeship')).toBeNull();
    expect(routeProblem({ ...student, route: 'BOL' }, 'bbl_apprenticeship')).toBe('bblOnly');
    expect(routeProblem({ ...student, educationLevel: 'wo' }, 'bbl_apprenticeship')).toBe('bblOnly');
  });

  it('should keep graduation internships for MBO 4, HBO and WO students', () => {
    expect(routeProblem({ ...student, educationLevel: 'hbo' }, 'graduation_internship')).toBeNull();
    expect(routeProblem({ ...student, route: 'BOL', educationLevel: 'mbo4' }, 'graduation_internship')).toBeNull();
    expect(routeProblem({ ...student, educationLevel: 'mbo2' }, 'graduation_internship')).toBe(
      'graduationStudentsOnly',
    );
    expect(routeProblem(vakmens, 'graduation_internship')).toBe('graduationStudentsOnly');
  });

  it('should not refuse what the profile does not say, nor jobs and retraining to anyone', () => {
    expect(routeProblem(student, 'bol_internship')).toBeNull();
    expect(routeProblem(student, 'bbl_apprenticeship')).toBeNull();
    expect(routeProblem(student, 'graduation_internship')).toBeNull();
    for (const type of ['job', 'part_time_job', 'retraining'] as const) {
      expect(routeProblem(vakmens, type)).toBeNull();
      expect(routeProblem({ ...student, route: 'BBL', educationLevel: 'mbo1' }, type)).toBeNull();
    }
  });
});
