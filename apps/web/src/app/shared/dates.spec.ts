import { fromIsoDate, parseDayFirstDate, toIsoDate } from './dates';

describe('dates', () => {
  it('should write the local calendar day as YYYY-MM-DD', () => {
    expect(toIsoDate(new Date(2026, 8, 1))).toBe('2026-09-01');
    expect(toIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate(new Date('nonsense'))).toBeNull();
  });

  it('should read an ISO date back to the same day (round trip)', () => {
    for (const iso of ['2026-01-01', '2026-02-28', '2028-02-29', '2026-12-31']) {
      expect(toIsoDate(fromIsoDate(iso))).toBe(iso);
    }
    expect(toIsoDate(fromIsoDate('2026-09-01T10:00:00.000Z'))).toBe('2026-09-01');
    expect(fromIsoDate('2026-02-30')).toBeNull();
    expect(fromIsoDate(null)).toBeNull();
  });

  it('should read typed dates day first', () => {
    expect(toIsoDate(parseDayFirstDate('1-9-2026'))).toBe('2026-09-01');
    expect(toIsoDate(parseDayFirstDate('31/12/2026'))).toBe('2026-12-31');
    expect(parseDayFirstDate('31-02-2026')).toBeNull();
    expect(parseDayFirstDate('2026-09-01')).toBeNull();
  });
});
