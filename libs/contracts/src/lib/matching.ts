import type { Certificate, LanguageCode } from './taxonomy';
import type { EducationLevel, VacancySummaryResponse, VacancyType } from './vacancies';

/**
 * Why a match scores as it does, as data the web app translates (`matching.reasons.<code>` with the other fields
 * as parameters): "4 of 5 required skills (missing: TIG welding)", "12 km from home". The engine (libs/matching)
 * produces exactly these.
 */
export type MatchReasonResponse =
  /** Must-have skills held at the asked level (exact skill), of all must-haves; `missing`: not held at all. */
  | { code: 'skills'; matched: number; total: number; missing: string[] }
  /** Nice-to-have skills held at the asked level. */
  | { code: 'nice_skills'; matched: number; total: number }
  /** A wanted skill counted partly through a related skill the candidate has. */
  | { code: 'related_skill'; skill: string; related: string }
  /** A wanted skill held, but below the asked level. */
  | { code: 'skill_level_below'; skill: string; level: number; minLevel: number }
  | { code: 'distance'; km: number }
  | { code: 'qualification_fits'; crebo: string }
  | { code: 'level_fits'; level: EducationLevel }
  /** The company is an accredited training company for the candidate's qualification. */
  | { code: 'accredited'; crebo: string }
  | { code: 'wanted_type'; type: VacancyType }
  | { code: 'sector'; sectorCode: string }
  | { code: 'hours_fit'; hours: number }
  | { code: 'hours_outside'; hours: number; min: number | null; max: number | null }
  /** The vacancy's period lies within the candidate's availability ("starts when you are available"). */
  | { code: 'period_fits' }
  /** Only part of the period falls within the availability; `percent` of it does. */
  | { code: 'period_partial'; percent: number };

export type MatchReasonCode = MatchReasonResponse['code'];

/** What a candidate could do to match more vacancies; `vacancies`: how many nearby vacancies it would help. */
export type ImprovementTipResponse =
  /** "Add TIG welding to your profile if you have it." */
  | { code: 'add_skill'; skill: string; vacancies: number }
  | { code: 'add_certificate'; certificate: Certificate; vacancies: number };

export interface RecommendationResponse {
  vacancy: VacancySummaryResponse;
  /** 0-100. */
  score: number;
  reasons: MatchReasonResponse[];
}

export interface RecommendationsResponse {
  items: RecommendationResponse[];
  tips: ImprovementTipResponse[];
  /** What the profile lacks for recommendations to work: 'home' (no home place), 'skills' (none). */
  missing: ('home' | 'skills')[];
}

/** A candidate who opted in to be found, as a company sees them: no e-mail address, no date of birth. */
export interface CandidateMatchResponse {
  userId: string;
  name: string;
  kind: 'student' | 'professional';
  educationLevel: EducationLevel | null;
  route: 'BOL' | 'BBL' | null;
  homePlace: string | null;
  skills: { code: string; nl: string; en: string; level: number }[];
  certificates: Certificate[];
  languages: { code: LanguageCode; level: string }[];
  about: string | null;
  score: number;
  reasons: MatchReasonResponse[];
  alreadyApplied: boolean;
  invited: boolean;
}
