import { ageOn, dateKey, dayNumber, periodsOverlap } from './dates';

describe('dates', () => {
  it('should count days like Date.UTC, across leap years', () => {
    for (const date of ['1970-01-01', '2000-02-29', '2024-02-29', '2024-03-01', '2026-12-31', '1969-12-31']) {
      const [y, m, d] = date.split('-').map(Number);
      expect(dayNumber(date)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
    }
    expect(dayNumber('2027-01-01') - dayNumber('2026-01-01')).toBe(365);
  });

  it('should read YYYYMMDD and turn 18 on the birthday, not the day before', () => {
    expect(dateKey('2026-09-07')).toBe(20260907);
    expect(ageOn('2008-09-07', '2026-09-07')).toBe(18);
    expect(ageOn('2008-09-07', '2026-09-06')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });

  it('should treat null bounds as open when checking overlap', () => {
    expect(periodsOverlap('2026-01-01', '2026-06-30', '2026-06-30', null)).toBe(true);
    expect(periodsOverlap('2026-01-01', '2026-06-30', '2026-07-01', null)).toBe(false);
    expect(periodsOverlap(null, null, null, null)).toBe(true);
  });
});
