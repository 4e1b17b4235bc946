import type { Certificate, Labelled, SkillLevel } from './taxonomy';

export const VACANCY_TYPES = [
  'bol_internship',
  'bbl_apprenticeship',
  'graduation_internship',
  'job',
  'part_time_job',
  'retraining',
] as const;
export type VacancyType = (typeof VACANCY_TYPES)[number];

export const VACANCY_STATUSES = ['draft', 'published', 'closed', 'filled'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

/** Education levels a vacancy accepts and a candidate has. `none`: no diploma asked / none yet. */
export const EDUCATION_LEVELS = ['mbo1', 'mbo2', 'mbo3', 'mbo4', 'hbo', 'wo', 'none'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const SKILL_IMPORTANCES = ['must', 'nice'] as const;
export type SkillImportance = (typeof SKILL_IMPORTANCES)[number];

export const VACANCY_SORTS = ['relevance', 'distance', 'newest'] as const;
export type VacancySort = (typeof VACANCY_SORTS)[number];

export const VACANCY_LIMITS = {
  titleMax: 120,
  descriptionMax: 10_000,
  compensationMax: 200,
  skillsMax: 30,
  qualificationsMax: 20,
  positionsMax: 100,
  hoursMin: 4,
  hoursMax: 60,
  minAgeMin: 15,
  minAgeMax: 67,
  pageSizeMax: 50,
  radiusKmMax: 200,
} as const;

export interface VacancySkillInput {
  skillCode: string;
  minLevel: SkillLevel;
  importance: SkillImportance;
}

/** What a company writes. Dates are ISO dates (YYYY-MM-DD). */
export interface VacancyInput {
  type: VacancyType;
  title: string;
  description: string;
  placeId: number;
  levels: EducationLevel[];
  qualificationCrebos: string[];
  sectorCode?: string | null;
  skills: VacancySkillInput[];
  certificates: Certificate[];
  minAge?: number | null;
  hoursPerWeek: number;
  startDate?: string | null;
  endDate?: string | null;
  positions: number;
  compensation?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  /** Leaves the search by itself after this date; default 90 days after publishing. */
  expiresAt?: string | null;
  /** Blind first review: name and age of applicants stay hidden until they are moved past "in review". */
  blindReview?: boolean;
}

export interface CreateVacancyRequest extends VacancyInput {
  /** The company that offers it; the author must be its owner or recruiter. */
  organizationId: string;
}
export type UpdateVacancyRequest = Partial<VacancyInput>;

export interface VacancySkillResponse extends Labelled {
  code: string;
  minLevel: SkillLevel;
  importance: SkillImportance;
}

export interface VacancyCompanyResponse {
  id: string;
  name: string;
  city: string | null;
  verified: boolean;
}

export interface VacancyPlaceResponse {
  id: number;
  name: string;
  municipality: string;
}

export interface VacancySummaryResponse {
  id: string;
  type: VacancyType;
  status: VacancyStatus;
  title: string;
  /** A short plain-text extract of the description. */
  excerpt: string;
  company: VacancyCompanyResponse;
  place: VacancyPlaceResponse;
  /** Kilometres from the searched place, when the search had one. */
  distanceKm: number | null;
  levels: EducationLevel[];
  hoursPerWeek: number;
  startDate: string | null;
  endDate: string | null;
  positions: number;
  publishedAt: string | null;
  expiresAt: string | null;
  skills: VacancySkillResponse[];
}

export interface VacancyDetailResponse extends VacancySummaryResponse {
  description: string;
  qualifications: (Labelled & { crebo: string; level: number })[];
  sector: (Labelled & { code: string }) | null;
  certificates: Certificate[];
  minAge: number | null;
  compensation: string | null;
  contactName: string | null;
  contactEmail: string | null;
  blindReview: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface VacancySearchQuery {
  q?: string;
  type?: VacancyType[];
  level?: EducationLevel[];
  qualification?: string[];
  sector?: string[];
  /** Municipality names (e.g. "Emmen"). */
  municipality?: string[];
  skills?: string[];
  /** Place id; with radiusKm, only vacancies within that distance. */
  place?: number;
  radiusKm?: number;
  sort?: VacancySort;
  page?: number;
  pageSize?: number;
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface VacancySearchResponse {
  items: VacancySummaryResponse[];
  total: number;
  page: number;
  pageSize: number;
  facets: {
    type: FacetBucket[];
    level: FacetBucket[];
    municipality: FacetBucket[];
    sector: FacetBucket[];
  };
}

/** A company's own vacancies, every status. */
export interface CompanyVacancyListQuery {
  status?: VacancyStatus;
}
