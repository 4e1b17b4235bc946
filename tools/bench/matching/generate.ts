/** Seeded synthetic data for the matching benchmark: the same seed gives the same data on every machine. */
import type { VacancyType } from '@techzone/contracts';
import {
  createRandom,
  type Market,
  type MarketVacancy,
  type MatchCandidate,
  type MatchVacancy,
} from '@techzone/matching';

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** A box around Zuidoost-Drenthe: about 47 × 65 km. */
const REGION = { latMin: 52.45, latMax: 53.05, lonMin: 6.45, lonMax: 7.15 };
export const EMMEN = { lat: 52.7858, lon: 6.8975 };

/** Twenty MBO technical qualifications (crebo-like codes). */
export const CREBOS = Array.from({ length: 20 }, (_, i) => String(25190 + i));

const TYPES: readonly VacancyType[] = [
  'bol_internship',
  'bol_internship',
  'bbl_apprenticeship',
  'graduation_internship',
  'job',
  'job',
  'part_time_job',
  'retraining',
];

/**
 * `count` vacancies spread over the region with skills from the taxonomy's skill codes. Returned through a JSON
 * round trip, like data read from the database or an HTTP body: flat strings, not the ropes template literals make.
 */
export function generateVacancies(count: number, skillCodes: readonly string[], seed: number): MatchVacancy[] {
  return JSON.parse(JSON.stringify(buildVacancies(count, skillCodes, seed))) as MatchVacancy[];
}

function buildVacancies(count: number, skillCodes: readonly string[], seed: number): MatchVacancy[] {
  const random = createRandom(seed);
  const vacancies: MatchVacancy[] = [];
  for (let i = 0; i < count; i++) {
    const type = pick(random, TYPES);
    const levelsShare = random();
    const skills = Array.from({ length: 2 + Math.floor(random() * 5) }, () => ({
      code: pick(random, skillCodes),
      minLevel: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4,
      importance: random() < 0.5 ? ('must' as const) : ('nice' as const),
    }));
    const start = 1 + Math.floor(random() * 12);
    vacancies.push({
      id: `v${String(i).padStart(6, '0')}`,
      type,
      levels: levelsShare < 0.4 ? [] : levelsShare < 0.8 ? ['mbo2', 'mbo3', 'mbo4'] : ['mbo4', 'hbo'],
      qualificationCrebos:
        random() < 0.5 ? [] : Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, CREBOS)),
      companyAccreditations:
        random() < 0.15 ? [] : Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(random, CREBOS)),
      location: {
        lat: REGION.latMin + random() * (REGION.latMax - REGION.latMin),
        lon: REGION.lonMin + random() * (REGION.lonMax - REGION.lonMin),
      },
      skills,
      certificates: random() < 0.3 ? ['vca_basic'] : random() < 0.1 ? ['vca_basic', 'forklift'] : [],
      minAge: random() < 0.3 ? 18 : 16,
      hoursPerWeek: pick(random, [16, 24, 32, 36, 38, 40]),
      startDate: `2026-${String(start).padStart(2, '0')}-01`,
      endDate: random() < 0.3 ? null : `2027-${String(start).padStart(2, '0')}-01`,
      sectorCode: pick(random, ['22', '25', '251', '28', '29', '33']),
    });
  }
  return vacancies;
}

/** A BOL student (MBO 3, crebo 25193) in Emmen who travels 30 km. */
export function bolStudent(skillCodes: readonly string[], seed: number): MatchCandidate {
  const random = createRandom(seed);
  return {
    id: 'student',
    kind: 'student',
    route: 'BOL',
    educationLevel: 'mbo3',
    qualificationCrebo: '25193',
    dateOfBirth: '2007-03-15',
    home: EMMEN,
    maxTravelKm: 30,
    skills: Array.from({ length: 8 }, () => ({
      code: pick(random, skillCodes),
      level: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4,
    })),
    certificates: ['vca_basic'],
    wantedTypes: ['bol_internship'],
    sectorCodes: ['25'],
    hoursMin: 32,
    hoursMax: 40,
    availableFrom: '2026-02-01',
    availableTo: '2027-01-31',
    schoolId: null,
  };
}

/** A vakmens without a school: every job, BBL place and retraining in reach is eligible, the heaviest case. */
export function vakmens(skillCodes: readonly string[], seed: number): MatchCandidate {
  return {
    ...bolStudent(skillCodes, seed),
    id: 'vakmens',
    kind: 'professional',
    route: null,
    educationLevel: null,
    qualificationCrebo: null,
    dateOfBirth: '1990-01-01',
    certificates: ['vca_vol', 'forklift'],
    wantedTypes: [],
    availableFrom: null,
    availableTo: null,
  };
}

export interface MarketShape {
  students: number;
  vacancies: number;
  choices: number;
  /** Positions per vacancy; or, with `positions`, the total spread over the vacancies (at least one each). */
  capacityMin?: number;
  capacityMax?: number;
  positions?: number;
  seed: number;
}

/**
 * A placement-round market. Students pick `choices` distinct vacancies: 70% near their own spot in a ring of
 * vacancies (geography), 30% among popular ones (skewed towards low indexes). A third of the companies rank their
 * applicants, a third give scores 0-100 (ties: lottery), a third leave it to the lottery.
 */
export function generateMarket(shape: MarketShape): Market {
  const random = createRandom(`market-${shape.seed}`);
  const nV = shape.vacancies;
  const capacities = new Int32Array(nV);
  if (shape.positions !== undefined) {
    capacities.fill(1);
    for (let left = shape.positions - nV; left > 0; left--) {
      capacities[Math.floor(random() * nV)]++;
    }
  } else {
    const min = shape.capacityMin ?? 1;
    const max = shape.capacityMax ?? 5;
    for (let v = 0; v < nV; v++) {
      capacities[v] = min + Math.floor(random() * (max - min + 1));
    }
  }
  const window = Math.max(shape.choices * 4, Math.floor(nV * 0.02));
  const applicants: number[][] = Array.from({ length: nV }, () => []);
  const students = new Array<{ id: string; ranking: string[] }>(shape.students);
  const chosen = new Set<number>();
  for (let s = 0; s < shape.students; s++) {
    const home = Math.floor(random() * nV);
    chosen.clear();
    const ranking: string[] = [];
    const wanted = Math.min(shape.choices, nV);
    while (ranking.length < wanted) {
      const v = random() < 0.7 ? (home + Math.floor(random() * window)) % nV : Math.floor(nV * random() * random());
      if (!chosen.has(v)) {
        chosen.add(v);
        ranking.push(vacancyId(v));
        applicants[v].push(s);
      }
    }
    students[s] = { id: studentId(s), ranking };
  }
  const vacancies: MarketVacancy[] = [];
  for (let v = 0; v < nV; v++) {
    const kind = v % 3;
    const vacancy: MarketVacancy = { id: vacancyId(v), capacity: capacities[v] };
    if (kind === 0) {
      const order = applicants[v];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      vacancies.push({ ...vacancy, ranking: order.map(studentId) });
    } else if (kind === 1) {
      const scores: Record<string, number> = {};
      for (const s of applicants[v]) {
        scores[studentId(s)] = Math.floor(random() * 101);
      }
      vacancies.push({ ...vacancy, scores });
    } else {
      vacancies.push(vacancy);
    }
  }
  return { students, vacancies, seed: shape.seed };
}

const studentId = (s: number): string => `s${String(s).padStart(7, '0')}`;
const vacancyId = (v: number): string => `v${String(v).padStart(6, '0')}`;
