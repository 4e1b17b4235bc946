import {
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  canTransition,
  nextStatuses,
  OPEN_STATUSES,
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
