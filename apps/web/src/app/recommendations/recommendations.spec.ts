import { missingParts } from './recommendations';

describe('missingParts', () => {
  it('should list what the profile lacks in a fixed order, each once, and nothing unknown', () => {
    expect(missingParts(['skills', 'home', 'skills'])).toEqual(['home', 'skills']);
    expect(missingParts(['skills'])).toEqual(['skills']);
    expect(missingParts(['dateOfBirth'])).toEqual([]);
    expect(missingParts([])).toEqual([]);
  });
});
