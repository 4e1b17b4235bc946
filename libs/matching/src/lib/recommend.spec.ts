import type { VacancyType } from '@techzone/contracts';
import { COEVORDEN, EMMEN, GRONINGEN, HARDENBERG, KLAZIENAVEEN, newCandidate, newVacancy } from '../testing/factories';
import { checkEligibility } from './eligibility';
import { createRandom } from './random';
import { rankCandidates, recommend, suggestImprovements } from './recommend';
import { scoreMatch } from './score';
import { compareRanked } from './top-k';
import type { MatchVacancy } from './types';
import { indexVacancies } from './vacancy-index';

const PLACES = [EMMEN, KLAZIENAVEEN, COEVORDEN, HARDENBERG, GRONINGEN];
const TYPES: VacancyType[] = ['bol_internship', 'bbl_apprenticeship', 'job'];
const SKILLS = ['weld.mig', 'weld.tig', 'weld.mma', 'machining.turning', 'electrical.plc'];

function randomVacancies(count: number, seed: number): MatchVacancy[] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, i) =>
    newVacancy({
      id: `v${String(i).padStart(4, '0')}`,
      type: pick(TYPES),
      location: pick(PLACES),
      hoursPerWeek: pick([16, 24, 32, 36, 40]),
      skills: [
        { code: pick(SKILLS), minLevel: pick([1, 2, 3, 4] as const), importance: 'must' },
        { code: pick(SKILLS), minLevel: 2, importance: pick(['must', 'nice'] as const) },
      ],
      certificates: random() < 0.2 ? ['forklift'] : [],
    }),
  );
}

describe('recommend', () => {
  it('should return the same list as scoring every eligible vacancy and sorting, on random data', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const vacancies = randomVacancies(400, seed);
      const candidate = newCandidate({ wantedTypes: [] });
      const expected = vacancies
        .filter((vacancy) => checkEligibility(candidate, vacancy).eligible)
        .map((vacancy) => ({ vacancyId: vacancy.id, ...scoreMatch(candidate, vacancy) }))
        .sort((a, b) => compareRanked(a.score, a.vacancyId, b.score, b.vacancyId))
        .slice(0, 20)
        .map(({ vacancyId, score, reasons }) => ({ vacancyId, score, reasons }));
      expect(recommend(candidate, vacancies, 20)).toEqual(expected);
    }
  });

  it('should give the same list from a vacancy index as from the array', () => {
    for (const seed of [11, 12, 13]) {
      const random = createRandom(`variety-${seed}`);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
      const vacancies = randomVacancies(500, seed).map((vacancy) => ({
        ...vacancy,
        type: pick(['bol_internship', 'bbl_apprenticeship', 'graduation_internship', 'job', 'retraining'] as const),
        levels: pick([[], ['mbo3'], ['mbo4', 'hbo'], ['mbo2', 'mbo3', 'mbo4']] as const),
        qualificationCrebos: pick([[], ['25193'], ['25194', '25193'], ['11111']]),
        companyAccreditations: pick([[], ['25193'], ['25194'], ['25193', '25194']]),
        sectorCode: pick([null, '25', '251', '28', 'C']),
        minAge: pick([null, 16, 18, 21]),
        startDate: pick([null, '2026-08-01', '2026-10-15', '2027-02-01']),
        endDate: pick([null, '2026-12-20', '2027-06-30']),
      }));
      for (const candidate of [
        newCandidate({ wantedTypes: [] }),
        newCandidate({ kind: 'professional', route: null, qualificationCrebo: null, maxTravelKm: 45 }),
        newCandidate({ availableFrom: '2027-01-15', availableTo: null, maxTravelKm: 12 }),
        newCandidate({ route: 'BBL', educationLevel: 'mbo4', sectorCodes: [], hoursMin: null, availableTo: null }),
        newCandidate({ educationLevel: 'hbo', qualificationCrebo: null, route: null, dateOfBirth: null }),
      ]) {
        expect(recommend(candidate, indexVacancies(vacancies), 25)).toEqual(recommend(candidate, vacancies, 25));
        // Everything eligible, so every score is compared.
        expect(recommend(candidate, indexVacancies(vacancies), 1000)).toEqual(recommend(candidate, vacancies, 1000));
      }
    }
  });

  it('should never recommend a vacancy that breaks a hard rule', () => {
    const candidate = newCandidate();
    const vacancies = randomVacancies(300, 9);
    for (const recommendation of recommend(candidate, vacancies, 50)) {
      const vacancy = vacancies.find((v) => v.id === recommendation.vacancyId) as MatchVacancy;
      expect(checkEligibility(candidate, vacancy).eligible).toBe(true);
    }
  });

  it('should return fewer than k when fewer are eligible', () => {
    expect(recommend(newCandidate(), [newVacancy(), newVacancy({ id: 'far', location: GRONINGEN })], 20)).toHaveLength(
      1,
    );
  });
});

describe('rankCandidates', () => {
  it('should rank eligible candidates for a vacancy by the same score, best first', () => {
    const vacancy = newVacancy();
    const candidates = [
      newCandidate({
        id: 'near-tig',
        skills: [
          { code: 'weld.tig', level: 3 },
          { code: 'weld.mig', level: 3 },
        ],
      }),
      newCandidate({ id: 'near', home: KLAZIENAVEEN }),
      newCandidate({ id: 'bbl', route: 'BBL' }),
      newCandidate({ id: 'far', home: HARDENBERG, maxTravelKm: 60 }),
    ];
    const ranked = rankCandidates(vacancy, candidates, 10);
    expect(ranked.map((candidate) => candidate.candidateId)).toEqual(['near-tig', 'near', 'far']);
    for (const entry of ranked) {
      const candidate = candidates.find((c) => c.id === entry.candidateId);
      expect(entry.score).toBe(candidate && scoreMatch(candidate, vacancy).score);
    }
  });
});

describe('suggestImprovements', () => {
  it('should suggest the missing must-have skills that occur most often in eligible nearby vacancies', () => {
    const tig = { code: 'weld.tig', minLevel: 2, importance: 'must' } as const;
    const plc = { code: 'electrical.plc', minLevel: 2, importance: 'must' } as const;
    const vacancies = [
      newVacancy({ id: 'a', skills: [tig] }),
      newVacancy({ id: 'b', skills: [tig, plc] }),
      newVacancy({ id: 'c', skills: [tig] }),
      // Too far: does not count.
      newVacancy({ id: 'd', skills: [plc], location: GRONINGEN }),
      newVacancy({ id: 'e', skills: [plc], location: GRONINGEN }),
      // Only a certificate stands in the way.
      newVacancy({ id: 'f', skills: [], certificates: ['forklift'] }),
    ];
    expect(suggestImprovements(newCandidate(), vacancies, { limit: 3 })).toEqual([
      { code: 'add_skill', skill: 'weld.tig', vacancies: 3 },
      { code: 'add_skill', skill: 'electrical.plc', vacancies: 1 },
      { code: 'add_certificate', certificate: 'forklift', vacancies: 1 },
    ]);
  });

  it('should not suggest skills the candidate already has', () => {
    const vacancies = [newVacancy({ skills: [{ code: 'weld.mig', minLevel: 4, importance: 'must' }] })];
    expect(suggestImprovements(newCandidate(), vacancies)).toEqual([]);
  });
});
