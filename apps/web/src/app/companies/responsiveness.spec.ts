import { responsivenessTexts } from './responsiveness';

describe('responsivenessTexts', () => {
  it('should say nothing for a company without applications', () => {
    expect(responsivenessTexts({ applications: 0, medianResponseHours: null, responseRate: null })).toEqual([]);
    expect(responsivenessTexts(undefined)).toEqual([]);
  });

  it('should give the usual response time in whole hours and the share answered in percent', () => {
    expect(responsivenessTexts({ applications: 12, medianResponseHours: 20.3, responseRate: 0.917 })).toEqual([
      { key: 'company.responsiveness.hours', params: { hours: 21 } },
      { key: 'company.responsiveness.rate', params: { rate: 92 } },
    ]);
  });

  it('should say at least one hour, and days from two days on', () => {
    expect(responsivenessTexts({ applications: 1, medianResponseHours: 0.2, responseRate: null })).toEqual([
      { key: 'company.responsiveness.hours', params: { hours: 1 } },
    ]);
    expect(responsivenessTexts({ applications: 3, medianResponseHours: 75, responseRate: 1 })).toEqual([
      { key: 'company.responsiveness.days', params: { days: 3 } },
      { key: 'company.responsiveness.rate', params: { rate: 100 } },
    ]);
  });

  it('should leave out the response time when nobody was answered yet', () => {
    expect(responsivenessTexts({ applications: 4, medianResponseHours: null, responseRate: 0 })).toEqual([
      { key: 'company.responsiveness.rate', params: { rate: 0 } },
    ]);
  });
});
