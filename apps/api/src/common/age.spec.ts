import { ageOn } from './age';

describe('ageOn', () => {
  it('should count a birthday only from the day itself', () => {
    expect(ageOn('2009-03-14', new Date('2027-03-13T12:00:00Z'))).toBe(17);
    expect(ageOn('2009-03-14', new Date('2027-03-14T00:00:00Z'))).toBe(18);
  });

  it('should be null without a date of birth', () => {
    expect(ageOn(null, new Date())).toBeNull();
  });
});
