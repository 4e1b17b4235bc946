import fc from 'fast-check';
import type { Market, MarketStudent, MarketVacancy } from '../lib/allocation/market';
import type { MatchCandidate, MatchVacancy } from '../lib/types';

/** Emmen centre and places around it, for distances. */
export const EMMEN = { lat: 52.7858, lon: 6.8975 };
export const KLAZIENAVEEN = { lat: 52.7247, lon: 6.9895 };
export const COEVORDEN = { lat: 52.6611, lon: 6.7408 };
export const HARDENBERG = { lat: 52.5758, lon: 6.6194 };
export const GRONINGEN = { lat: 53.2194, lon: 6.5665 };

/** A BOL student, level 3, welding crebo 25193, living in Emmen, everything known. */
export function newCandidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id: 'c1',
    kind: 'student',
    route: 'BOL',
    educationLevel: 'mbo3',
    qualificationCrebo: '25193',
    dateOfBirth: '2007-05-01',
    home: EMMEN,
    maxTravelKm: 30,
    skills: [
      { code: 'weld.mig', level: 3 },
      { code: 'weld.mma', level: 2 },
      { code: 'safety.vca', level: 3 },
    ],
    certificates: ['vca_basic'],
    wantedTypes: ['bol_internship'],
    sectorCodes: ['25'],
    hoursMin: 32,
    hoursMax: 40,
    availableFrom: '2026-09-01',
    availableTo: '2027-02-28',
    schoolId: 'school-1',
    ...overrides,
  };
}

/** A BOL welding internship in Klazienaveen (about 8 km from Emmen) at an accredited company. */
export function newVacancy(overrides: Partial<MatchVacancy> = {}): MatchVacancy {
  return {
    id: 'v1',
    type: 'bol_internship',
    levels: ['mbo2', 'mbo3'],
    qualificationCrebos: ['25193'],
    companyAccreditations: ['25193', '25194'],
    location: KLAZIENAVEEN,
    skills: [
      { code: 'weld.mig', minLevel: 2, importance: 'must' },
      { code: 'weld.tig', minLevel: 2, importance: 'must' },
      { code: 'weld.mma', minLevel: 2, importance: 'nice' },
    ],
    certificates: ['vca_basic'],
    minAge: 16,
    hoursPerWeek: 36,
    startDate: '2026-09-07',
    endDate: '2027-01-29',
    sectorCode: '251',
    ...overrides,
  };
}

/**
 * Random placement-round markets: 1-60 students, 1-20 vacancies with capacity 1-5, preference lists of random
 * length (sometimes with unknown ids and repeats), optional company rankings (partial) or scores.
 */
export function marketArbitrary(maxStudents = 60, maxVacancies = 20, maxCapacity = 5): fc.Arbitrary<Market> {
  return fc
    .record({
      students: fc.integer({ min: 1, max: maxStudents }),
      vacancies: fc.integer({ min: 1, max: maxVacancies }),
    })
    .chain(({ students, vacancies }) => {
      const studentIds = Array.from({ length: students }, (_, i) => `s${i}`);
      const vacancyIds = Array.from({ length: vacancies }, (_, i) => `v${i}`);
      const student = (id: string): fc.Arbitrary<MarketStudent> =>
        fc
          .array(
            fc.oneof(
              { weight: 20, arbitrary: fc.constantFrom(...vacancyIds) },
              { weight: 1, arbitrary: fc.constant('unknown') },
            ),
            {
              maxLength: Math.min(vacancies + 2, 10),
            },
          )
          .map((ranking) => ({ id, ranking }));
      const vacancy = (id: string): fc.Arbitrary<MarketVacancy> =>
        fc
          .record({
            capacity: fc.integer({ min: 1, max: maxCapacity }),
            preference: fc.oneof(
              fc.constant(null),
              fc.shuffledSubarray(studentIds).map((ranking) => ({ ranking })),
              fc
                .array(fc.tuple(fc.constantFrom(...studentIds), fc.integer({ min: 0, max: 5 })), {
                  maxLength: students,
                })
                .map((entries) => ({ scores: Object.fromEntries(entries) })),
            ),
          })
          .map(({ capacity, preference }) => ({ id, capacity, ...(preference ?? {}) }));
      return fc.record({
        students: fc.tuple(...studentIds.map(student)),
        vacancies: fc.tuple(...vacancyIds.map(vacancy)),
        seed: fc.integer(),
      });
    });
}

/** Position of a vacancy in a ranking; Infinity for unplaced or a vacancy not on the list (unacceptable). */
export function positionOf(ranking: readonly string[], vacancyId: string | null): number {
  const position = vacancyId === null ? -1 : ranking.indexOf(vacancyId);
  return position < 0 ? Infinity : position;
}
