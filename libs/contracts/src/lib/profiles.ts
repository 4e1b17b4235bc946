import type { CandidateKind } from './roles';
import type { Certificate, LanguageCode, LanguageLevel, LearningRoute, SkillLevel } from './taxonomy';
import type { EducationLevel, VacancyType } from './vacancies';

export interface CandidateSkillInput {
  skillCode: string;
  level: SkillLevel;
}

export interface CandidateLanguageInput {
  code: LanguageCode;
  level: LanguageLevel;
}

export const PROFILE_LIMITS = {
  aboutMax: 2000,
  experienceMax: 4000,
  skillsMax: 60,
  maxTravelKmMax: 200,
  minAge: 15,
} as const;

/** The whole profile, written at once (PUT). Dates are ISO dates. */
export interface CandidateProfileInput {
  /** Students: their school, programme and cohort (ids from the school). */
  schoolId?: string | null;
  programId?: string | null;
  cohortId?: string | null;
  educationLevel?: EducationLevel | null;
  route?: LearningRoute | null;
  qualificationCrebo?: string | null;
  /** Needed for age rules and, under 18, the guardian's signature later. */
  dateOfBirth?: string | null;
  homePlaceId?: number | null;
  maxTravelKm: number;
  wantedTypes: VacancyType[];
  sectorCodes: string[];
  hoursPerWeekMin?: number | null;
  hoursPerWeekMax?: number | null;
  availableFrom?: string | null;
  availableTo?: string | null;
  skills: CandidateSkillInput[];
  certificates: Certificate[];
  languages: CandidateLanguageInput[];
  about?: string | null;
  /** Vakmensen: work experience in their own words. */
  experience?: string | null;
  /** Findable by companies. Off until the candidate turns it on. */
  discoverable: boolean;
}

export interface CandidateProfileResponse extends Required<Omit<CandidateProfileInput, 'skills'>> {
  kind: CandidateKind;
  name: string;
  skills: (CandidateSkillInput & { nl: string; en: string })[];
  homePlace: { id: number; name: string; municipality: string } | null;
  school: { id: string; name: string } | null;
  updatedAt: string | null;
}

export interface SavedVacancyResponse {
  vacancyId: string;
  savedAt: string;
}
