import { CandidateProfileResponse } from '@techzone/contracts';
import { profileFormToInput, ProfileFormValue, profileToFormValue } from './profile-form';

function newProfile(overrides: Partial<CandidateProfileResponse> = {}): CandidateProfileResponse {
  return {
    kind: 'student',
    name: 'Lotte Brink',
    schoolId: 'school-1',
    programId: 'program-1',
    cohortId: 'cohort-1',
    educationLevel: 'mbo3',
    route: 'BBL',
    qualificationCrebo: '25010',
    dateOfBirth: '2009-04-30',
    homePlaceId: 7,
    homePlace: { id: 7, name: 'Klazienaveen', municipality: 'Emmen' },
    maxTravelKm: 30,
    wantedTypes: ['bbl_apprenticeship'],
    sectorCodes: ['25'],
    hoursPerWeekMin: 24,
    hoursPerWeekMax: 40,
    availableFrom: '2026-09-01',
    availableTo: null,
    skills: [{ skillCode: 'weld.tig', level: 2, nl: 'TIG-lassen', en: 'TIG welding' }],
    certificates: ['vca_basic'],
    languages: [{ code: 'nl', level: 'native' }],
    about: 'Ik las graag.',
    experience: null,
    discoverable: true,
    school: { id: 'school-1', name: 'Drenthe College' },
    updatedAt: '2026-05-01T10:00:00Z',
    ...overrides,
  };
}

describe('profile form ⇄ request', () => {
  it('should give back what was saved (round trip)', () => {
    expect(profileFormToInput(profileToFormValue(newProfile()), true)).toEqual({
      schoolId: 'school-1',
      programId: 'program-1',
      cohortId: 'cohort-1',
      educationLevel: 'mbo3',
      route: 'BBL',
      qualificationCrebo: '25010',
      dateOfBirth: '2009-04-30',
      homePlaceId: 7,
      maxTravelKm: 30,
      wantedTypes: ['bbl_apprenticeship'],
      sectorCodes: ['25'],
      hoursPerWeekMin: 24,
      hoursPerWeekMax: 40,
      availableFrom: '2026-09-01',
      availableTo: null,
      skills: [{ skillCode: 'weld.tig', level: 2 }],
      certificates: ['vca_basic'],
      languages: [{ code: 'nl', level: 'native' }],
      about: 'Ik las graag.',
      experience: null,
      discoverable: true,
    });
  });

  it('should keep findability off for a new profile', () => {
    const value = profileToFormValue(newProfile({ discoverable: false }));
    expect(value.discoverable).toBe(false);
  });

  it('should write dates as YYYY-MM-DD and empty texts as null', () => {
    const value: ProfileFormValue = {
      ...profileToFormValue(newProfile()),
      dateOfBirth: new Date(2008, 0, 5),
      about: '   ',
      homePlace: null,
    };
    const input = profileFormToInput(value, true);
    expect(input.dateOfBirth).toBe('2008-01-05');
    expect(input.about).toBeNull();
    expect(input.homePlaceId).toBeNull();
  });

  it('should not send school fields for a vakmens', () => {
    const input = profileFormToInput(profileToFormValue(newProfile({ kind: 'professional' })), false);
    expect(input.schoolId).toBeNull();
    expect(input.programId).toBeNull();
    expect(input.cohortId).toBeNull();
    expect(input.route).toBeNull();
  });
});
