import { nextWindow } from './vacancies.repository';

describe('nextWindow (where relevance looks next for the newest 500 matches)', () => {
  it('should widen to the smallest window that would hold 500 at the rate found, with room to spare', () => {
    expect(nextWindow(1, 200)).toBe(7); // 3.75 days needed
    expect(nextWindow(1, 40)).toBe(30); // 18.75 days needed
    expect(nextWindow(7, 300)).toBe(30); // 17.5 days needed
  });

  it('should look at all vacancies when no window would do, or nothing was found', () => {
    expect(nextWindow(1, 20)).toBeNull(); // 37.5 days needed
    expect(nextWindow(1, 0)).toBeNull();
    expect(nextWindow(30, 499)).toBeNull();
  });
});
