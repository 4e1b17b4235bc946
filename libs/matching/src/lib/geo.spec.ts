import { distanceKm, distanceScore } from './geo';

const EMMEN = { lat: 52.7858, lon: 6.8975 };
const HARDENBERG = { lat: 52.5758, lon: 6.6194 };

describe('distanceKm', () => {
  it('should be zero for the same place', () => {
    expect(distanceKm(EMMEN, EMMEN)).toBe(0);
  });

  it('should measure Emmen to Hardenberg at about 30 km, the same both ways', () => {
    expect(distanceKm(EMMEN, HARDENBERG)).toBeGreaterThan(28);
    expect(distanceKm(EMMEN, HARDENBERG)).toBeLessThan(32);
    expect(distanceKm(HARDENBERG, EMMEN)).toBeCloseTo(distanceKm(EMMEN, HARDENBERG), 9);
  });
});

describe('distanceScore', () => {
  it('should fall from 1 at home to 0 at the travel limit', () => {
    expect(distanceScore(0, 25)).toBe(1);
    expect(distanceScore(12.5, 25)).toBeCloseTo(0.75);
    expect(distanceScore(25, 25)).toBe(0);
    expect(distanceScore(40, 25)).toBe(0);
  });

  it('should never rise with distance', () => {
    let previous = Infinity;
    for (let km = 0; km <= 30; km += 0.5) {
      const score = distanceScore(km, 30);
      expect(score).toBeLessThanOrEqual(previous);
      previous = score;
    }
  });
});
