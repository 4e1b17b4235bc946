import { CandidateProfileResponse, ProgramResponse } from '@techzone/contracts';
import { filterStudents, studentRows } from './students';

function newStudent(name: string, overrides: Partial<CandidateProfileResponse> = {}): CandidateProfileResponse {
  return {
    kind: 'student',
    name,
    schoolId: 's1',
    programId: 'p1',
    cohortId: 'c1',
    educationLevel: 'mbo3',
    route: 'BOL',
    qualificationCrebo: null,
    dateOfBirth: null,
    homePlaceId: null,
    homePlace: null,
    maxTravelKm: 25,
    wantedTypes: [],
    sectorCodes: [],
    hoursPerWeekMin: null,
    hoursPerWeekMax: null,
    availableFrom: null,
    availableTo: null,
    skills: [],
    certificates: [],
    languages: [],
    about: null,
    experience: null,
    discoverable: false,
    school: { id: 's1', name: 'Drenthe College' },
    updatedAt: null,
    ...overrides,
  };
}

const programs: ProgramResponse[] = [
  {
    id: 'p1',
    name: 'Mechatronica',
    crebo: '25389',
    croho: null,
    level: 'mbo4',
    route: 'BOL',
    cohorts: [{ id: 'c1', programId: 'p1', name: '2026-2027', startDate: '2026-09-01', endDate: '2027-07-15' }],
  },
];

describe('school students', () => {
  it('should name programme and cohort and sort by name', () => {
    const rows = studentRows([newStudent('Sven'), newStudent('Anouk', { programId: null, cohortId: null })], programs);
    expect(rows.map((row) => [row.name, row.program, row.cohort])).toEqual([
      ['Anouk', null, null],
      ['Sven', 'Mechatronica', '2026-2027'],
    ]);
  });

  it('should filter on name, programme or cohort', () => {
    const rows = studentRows([newStudent('Sven'), newStudent('Anouk', { programId: null })], programs);
    expect(filterStudents(rows, 'mecha').map((row) => row.name)).toEqual(['Sven']);
    expect(filterStudents(rows, 'anouk').map((row) => row.name)).toEqual(['Anouk']);
    expect(filterStudents(rows, '')).toHaveLength(2);
  });
});
