import type {
  CandidateKind,
  Certificate,
  EducationLevel,
  LearningRoute,
  SkillLevel,
  VacancyType,
} from '@techzone/contracts';
import type { GeoPoint } from './geo';

/** A skill a candidate holds, at a level 1 (beginner) to 4 (expert). */
export interface CandidateSkill {
  code: string;
  level: SkillLevel;
}

/** A skill a vacancy asks for. `must` skills weigh twice as much as `nice` ones in the score. */
export interface VacancySkill {
  code: string;
  minLevel: SkillLevel;
  importance: 'must' | 'nice';
}

/**
 * A student or vakmens as the matching engine sees them: plain data, dates as ISO dates (YYYY-MM-DD).
 * `null` means "not known" (no route, no home, no window).
 */
export interface MatchCandidate {
  id: string;
  kind: CandidateKind;
  /** MBO students: BOL or BBL. Others: null. */
  route: LearningRoute | null;
  educationLevel: EducationLevel | null;
  /** MBO students: the crebo of their qualification. */
  qualificationCrebo: string | null;
  dateOfBirth: string | null;
  home: GeoPoint | null;
  maxTravelKm: number;
  skills: readonly CandidateSkill[];
  certificates: readonly Certificate[];
  /** Empty: any type. */
  wantedTypes: readonly VacancyType[];
  /** SBI codes; empty: any sector. A vacancy in a subsector ("251") counts for its parent ("25"). */
  sectorCodes: readonly string[];
  hoursMin: number | null;
  hoursMax: number | null;
  availableFrom: string | null;
  availableTo: string | null;
  schoolId?: string | null;
}

/** A vacancy as the matching engine sees it. */
export interface MatchVacancy {
  id: string;
  type: VacancyType;
  /** Accepted education levels; empty: any. */
  levels: readonly EducationLevel[];
  /** Accepted qualifications (crebo); empty: any. */
  qualificationCrebos: readonly string[];
  /** The crebos the company is an accredited training company (erkend leerbedrijf) for, active now. */
  companyAccreditations: readonly string[];
  location: GeoPoint;
  skills: readonly VacancySkill[];
  certificates: readonly Certificate[];
  minAge: number | null;
  hoursPerWeek: number;
  startDate: string | null;
  endDate: string | null;
  sectorCode: string | null;
}
