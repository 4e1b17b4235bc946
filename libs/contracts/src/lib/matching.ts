import type { Certificate, LanguageCode } from './taxonomy';
import type { EducationLevel, VacancySummaryResponse } from './vacancies';

/**
 * Why a match scores as it does, as data the web app translates (`matching.reasons.<code>` with the other fields
 * as parameters): e.g. { code: 'skills', matched: 4, total: 5, missing: ['weld.tig'] }, { code: 'distance', km: 12 }.
 * The codes and fields are those of libs/matching's MatchReason.
 */
export interface MatchReasonResponse {
  code: string;
  [field: string]: string | number | string[];
}

/** A concrete way to improve one's chances, e.g. { code: 'add_skill', skill: 'weld.tig', vacancies: 7 }. */
export interface ImprovementTipResponse {
  code: 'add_skill' | 'add_certificate';
  skill?: string;
  certificate?: Certificate;
  vacancies: number;
}

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
