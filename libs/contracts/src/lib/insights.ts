/**
 * "De regio in cijfers": the region's figures, public, with the same numbers as tables and downloads. Counts of
 * people (candidates, students, applications, placements) below MIN_CELL are never shown: they come back as null
 * with `suppressed: true`, so that no one can be recognised.
 */
export const MIN_CELL = 5;

export interface InsightsQuery {
  /** First month (YYYY-MM) of the trends and of the "published" window; default 11 months before `to`. */
  from?: string;
  /** Last month (YYYY-MM); default this month. */
  to?: string;
  /** One municipality (as in vacancies.municipality); default the whole region. */
  municipality?: string;
}

export interface CountCell {
  key: string;
  label: string;
  count: number;
}

/** A count of people: null when it would be 1 to 4. */
export interface PeopleCount {
  count: number | null;
  suppressed: boolean;
}

export interface SkillGapRow {
  code: string;
  nl: string;
  en: string;
  /** Open vacancies asking for the skill. */
  demand: number;
  /** Candidates with the skill in their profile. */
  supply: PeopleCount;
  /** demand - supply (supply counted as 0 when suppressed). */
  gap: number;
}

export interface QualificationGapRow {
  crebo: string;
  name: string;
  level: number;
  demand: number;
  supply: PeopleCount;
  gap: number;
}

export interface PlacementRateRow {
  schoolName: string;
  programName: string;
  students: number;
  placed: PeopleCount;
  /** placed / students, 0-1; null when placed is suppressed. */
  rate: number | null;
}

export interface TrendRow {
  month: string;
  vacanciesPublished: number;
  applications: PeopleCount;
  placements: PeopleCount;
}

export interface RegionInsightsResponse {
  filters: { from: string; to: string; municipality: string | null };
  generatedAt: string;
  openPlaces: {
    total: number;
    positions: number;
    byMunicipality: CountCell[];
    byType: CountCell[];
    byLevel: CountCell[];
    bySector: CountCell[];
  };
  /** The biggest shortages first. */
  skills: SkillGapRow[];
  qualifications: QualificationGapRow[];
  /** Rows with fewer than MIN_CELL students are left out. */
  placementRates: PlacementRateRow[];
  trends: TrendRow[];
}

export const INSIGHT_FIGURES = [
  'open-by-municipality',
  'open-by-type',
  'open-by-level',
  'open-by-sector',
  'skills',
  'qualifications',
  'placement-rates',
  'trends',
] as const;
export type InsightFigure = (typeof INSIGHT_FIGURES)[number];

/** What only the program office sees. */
export interface InternalInsightsResponse {
  /** Companies with applications that never answered any of them (3 or more). */
  silentCompanies: { companyId: string; name: string; applications: number }[];
  /** Vacancies published more than 90 days ago and still open. */
  staleVacancies: { id: string; title: string; companyName: string; publishedAt: string; days: number }[];
  reports: { total: number; byCategory: CountCell[] };
  verificationQueue: { companies: number; schools: number };
}
