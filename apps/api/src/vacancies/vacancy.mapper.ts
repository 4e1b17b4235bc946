import type {
  Certificate,
  EducationLevel,
  VacancyDetailResponse,
  VacancySkillResponse,
  VacancyStatus,
  VacancySummaryResponse,
  VacancyType,
} from '@techzone/contracts';
import { VacancyEntity } from './entities/vacancy.entity';
import { excerpt } from './search-text';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/** Enough of the description for its excerpt (the first 220 characters once whitespace is folded). */
export const EXCERPT_SOURCE_CHARS = 1000;

/** Must-haves first, then by Dutch label. */
function sortSkills(skills: VacancySkillResponse[]): VacancySkillResponse[] {
  return skills.sort((a, b) =>
    a.importance === b.importance ? a.nl.localeCompare(b.nl) : a.importance === 'must' ? -1 : 1,
  );
}

function skillsOf(vacancy: VacancyEntity): VacancySkillResponse[] {
  return sortSkills(
    (vacancy.skills ?? []).map((skill) => ({
      code: skill.skillCode,
      nl: skill.skill?.labelNl ?? skill.skillCode,
      en: skill.skill?.labelEn ?? skill.skillCode,
      minLevel: skill.minLevel,
      importance: skill.importance,
    })),
  );
}

export const roundKm = (km: number | null): number | null => (km === null ? null : Math.round(km * 10) / 10);

/** A row of VacanciesRepository.findSummaries. */
export interface SummaryRow {
  id: string;
  type: VacancyType;
  status: VacancyStatus;
  title: string;
  /** The first EXCERPT_SOURCE_CHARS characters. */
  description: string;
  organization_id: string;
  company_name: string;
  company_city: string | null;
  company_verified: boolean;
  place_id: number;
  place_name: string;
  municipality: string;
  levels: EducationLevel[];
  hours_per_week: number;
  start_date: string | null;
  end_date: string | null;
  positions: number;
  published_at: Date | null;
  expires_at: Date | null;
  skills: VacancySkillResponse[];
}

/** A row of VacanciesRepository.findDetail: a summary row with the whole description and the page's extras. */
export interface DetailRow extends SummaryRow {
  certificates: Certificate[];
  min_age: number | null;
  compensation: string | null;
  contact_name: string | null;
  contact_email: string | null;
  blind_review: boolean;
  created_at: Date;
  updated_at: Date;
  qualifications: VacancyDetailResponse['qualifications'];
  sector: VacancyDetailResponse['sector'];
}

export function toVacancySummaryFromRow(row: SummaryRow, distanceKm: number | null = null): VacancySummaryResponse {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    title: row.title,
    excerpt: excerpt(row.description),
    company: {
      id: row.organization_id,
      name: row.company_name,
      city: row.company_city,
      verified: row.company_verified,
    },
    place: { id: row.place_id, name: row.place_name, municipality: row.municipality },
    distanceKm: roundKm(distanceKm),
    levels: row.levels,
    hoursPerWeek: row.hours_per_week,
    startDate: row.start_date,
    endDate: row.end_date,
    positions: row.positions,
    publishedAt: iso(row.published_at),
    expiresAt: iso(row.expires_at),
    skills: sortSkills(row.skills),
  };
}

export function toVacancySummary(vacancy: VacancyEntity): VacancySummaryResponse {
  return {
    id: vacancy.id,
    type: vacancy.type,
    status: vacancy.status,
    title: vacancy.title,
    excerpt: excerpt(vacancy.description),
    company: {
      id: vacancy.organizationId,
      name: vacancy.organization?.name ?? '',
      city: vacancy.organization?.city ?? null,
      verified: vacancy.organization?.verificationStatus === 'verified',
    },
    place: { id: vacancy.placeId, name: vacancy.place?.name ?? '', municipality: vacancy.municipality },
    distanceKm: null,
    levels: vacancy.levels,
    hoursPerWeek: vacancy.hoursPerWeek,
    startDate: vacancy.startDate,
    endDate: vacancy.endDate,
    positions: vacancy.positions,
    publishedAt: iso(vacancy.publishedAt),
    expiresAt: iso(vacancy.expiresAt),
    skills: skillsOf(vacancy),
  };
}

export function toVacancyDetailFromRow(row: DetailRow): VacancyDetailResponse {
  return {
    ...toVacancySummaryFromRow(row),
    description: row.description,
    qualifications: row.qualifications,
    sector: row.sector,
    certificates: row.certificates,
    minAge: row.min_age,
    compensation: row.compensation,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    blindReview: row.blind_review,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
