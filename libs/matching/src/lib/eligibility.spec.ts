import { EMMEN, GRONINGEN, newCandidate, newVacancy } from '../testing/factories';
import { checkEligibility, routeFits } from './eligibility';

describe('checkEligibility', () => {
  it('should accept a BOL student for a nearby BOL internship that meets every rule', () => {
    expect(checkEligibility(newCandidate(), newVacancy())).toEqual({
      eligible: true,
      failed: [],
      missingCertificates: [],
      km: expect.any(Number),
    });
  });

  describe('route', () => {
    it('should refuse a BBL student for a BOL internship', () => {
      expect(checkEligibility(newCandidate({ route: 'BBL' }), newVacancy()).failed).toEqual(['route']);
    });

    it('should accept a BBL student and a vakmens for a BBL place, but not a BOL student', () => {
      const bbl = newVacancy({ type: 'bbl_apprenticeship' });
      expect(checkEligibility(newCandidate({ route: 'BBL' }), bbl).eligible).toBe(true);
      const vakmens = newCandidate({ kind: 'professional', route: null, qualificationCrebo: null });
      expect(checkEligibility(vakmens, { ...bbl, qualificationCrebos: [] }).eligible).toBe(true);
      expect(checkEligibility(newCandidate(), bbl).failed).toEqual(['route']);
    });

    it('should allow graduation internships for HBO, WO and MBO 4 students only', () => {
      expect(routeFits({ kind: 'student', route: null, educationLevel: 'hbo' }, 'graduation_internship')).toBe(true);
      expect(routeFits({ kind: 'student', route: null, educationLevel: 'wo' }, 'graduation_internship')).toBe(true);
      expect(routeFits({ kind: 'student', route: 'BOL', educationLevel: 'mbo4' }, 'graduation_internship')).toBe(true);
      expect(routeFits({ kind: 'student', route: 'BOL', educationLevel: 'mbo3' }, 'graduation_internship')).toBe(false);
      expect(routeFits({ kind: 'professional', route: null, educationLevel: 'hbo' }, 'graduation_internship')).toBe(
        false,
      );
    });

    it('should open jobs, part-time jobs and retraining to anyone', () => {
      for (const type of ['job', 'part_time_job', 'retraining'] as const) {
        expect(routeFits({ kind: 'student', route: 'BOL', educationLevel: 'mbo1' }, type)).toBe(true);
        expect(routeFits({ kind: 'professional', route: null, educationLevel: null }, type)).toBe(true);
      }
    });
  });

  describe('level', () => {
    it('should refuse a level the vacancy does not accept', () => {
      expect(checkEligibility(newCandidate({ educationLevel: 'mbo4' }), newVacancy()).failed).toEqual(['level']);
    });

    it('should accept any level when the vacancy lists none', () => {
      expect(checkEligibility(newCandidate({ educationLevel: 'mbo4' }), newVacancy({ levels: [] })).eligible).toBe(
        true,
      );
    });
  });

  describe('qualification', () => {
    it('should refuse a crebo the vacancy does not list', () => {
      const candidate = newCandidate({ qualificationCrebo: '25194' });
      expect(checkEligibility(candidate, newVacancy()).failed).toEqual(['qualification']);
    });

    it('should accept any crebo when the vacancy lists none', () => {
      const candidate = newCandidate({ qualificationCrebo: '25194' });
      expect(checkEligibility(candidate, newVacancy({ qualificationCrebos: [] })).eligible).toBe(true);
    });
  });

  describe('accreditation', () => {
    it('should refuse an MBO placement at a company not accredited for the student crebo', () => {
      const vacancy = newVacancy({ companyAccreditations: ['25194'] });
      expect(checkEligibility(newCandidate(), vacancy).failed).toEqual(['accreditation']);
    });

    it('should not ask accreditation for a job', () => {
      const job = newVacancy({ type: 'job', companyAccreditations: [] });
      expect(checkEligibility(newCandidate(), job).eligible).toBe(true);
    });

    it('should accept a vakmens for a BBL place when the company is accredited for a crebo the vacancy names', () => {
      const vakmens = newCandidate({ kind: 'professional', route: null, qualificationCrebo: null });
      const bbl = newVacancy({ type: 'bbl_apprenticeship', qualificationCrebos: [] });
      expect(checkEligibility(vakmens, bbl).eligible).toBe(true);
      expect(checkEligibility(vakmens, { ...bbl, companyAccreditations: [] }).failed).toEqual(['accreditation']);
    });
  });

  describe('period', () => {
    it('should refuse a vacancy that starts after the availability ends', () => {
      const vacancy = newVacancy({ startDate: '2027-03-01', endDate: '2027-07-01' });
      expect(checkEligibility(newCandidate(), vacancy).failed).toEqual(['period']);
    });

    it('should accept a period that only partly overlaps, and open-ended periods', () => {
      expect(checkEligibility(newCandidate(), newVacancy({ startDate: '2027-02-01', endDate: null })).eligible).toBe(
        true,
      );
      expect(checkEligibility(newCandidate({ availableFrom: null, availableTo: null }), newVacancy()).eligible).toBe(
        true,
      );
    });
  });

  describe('distance', () => {
    it('should refuse a place beyond the travel limit', () => {
      expect(checkEligibility(newCandidate(), newVacancy({ location: GRONINGEN })).failed).toEqual(['distance']);
    });

    it('should accept a place within the travel limit', () => {
      expect(checkEligibility(newCandidate({ maxTravelKm: 80 }), newVacancy({ location: GRONINGEN })).eligible).toBe(
        true,
      );
    });

    it('should refuse when the home is unknown', () => {
      const result = checkEligibility(newCandidate({ home: null }), newVacancy());
      expect(result.failed).toEqual(['no_home']);
      expect(result.km).toBeNull();
    });
  });

  describe('minimum age', () => {
    it('should measure the age on the start date', () => {
      const vacancy = newVacancy({ minAge: 18, startDate: '2026-09-07' });
      expect(checkEligibility(newCandidate({ dateOfBirth: '2008-09-07' }), vacancy).eligible).toBe(true);
      expect(checkEligibility(newCandidate({ dateOfBirth: '2008-09-08' }), vacancy).failed).toEqual(['min_age']);
    });

    it('should measure the age today when the vacancy has no start date', () => {
      const vacancy = newVacancy({ minAge: 18, startDate: null });
      const candidate = newCandidate({ dateOfBirth: '2008-06-01' });
      expect(checkEligibility(candidate, vacancy, { today: '2026-06-01' }).eligible).toBe(true);
      expect(checkEligibility(candidate, vacancy, { today: '2026-05-31' }).failed).toEqual(['min_age']);
    });

    it('should refuse when a minimum age is set and the date of birth is unknown', () => {
      expect(checkEligibility(newCandidate({ dateOfBirth: null }), newVacancy()).failed).toEqual(['age_unknown']);
      expect(checkEligibility(newCandidate({ dateOfBirth: null }), newVacancy({ minAge: null })).eligible).toBe(true);
    });
  });

  describe('certificates', () => {
    it('should refuse when a required certificate is missing, and name it', () => {
      const result = checkEligibility(newCandidate(), newVacancy({ certificates: ['vca_basic', 'forklift'] }));
      expect(result.failed).toEqual(['certificates']);
      expect(result.missingCertificates).toEqual(['forklift']);
    });

    it('should let VCA-VOL count for VCA-basis', () => {
      const candidate = newCandidate({ certificates: ['vca_vol'] });
      expect(checkEligibility(candidate, newVacancy({ certificates: ['vca_basic'] })).eligible).toBe(true);
    });
  });

  it('should list every failed rule so the web app can explain them all', () => {
    const candidate = newCandidate({ route: 'BBL', educationLevel: 'hbo', home: EMMEN, maxTravelKm: 5 });
    const vacancy = newVacancy({ location: GRONINGEN, certificates: ['nen3140'] });
    expect(checkEligibility(candidate, vacancy).failed).toEqual(['route', 'level', 'certificates', 'distance']);
  });
});
