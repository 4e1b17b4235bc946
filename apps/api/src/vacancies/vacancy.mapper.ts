import type { VacancyDetailResponse, VacancySkillResponse, VacancySummaryResponse } from '@techzone/contracts';
import { QualificationEntity } from '../taxonomy/entities/qualification.entity';
import { SectorEntity } from '../taxonomy/entities/sector.entity';
import { VacancyEntity } from './entities/vacancy.entity';
import { excerpt } from './search-text';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

function skillsOf(vacancy: VacancyEntity): VacancySkillResponse[] {
  return (vacancy.skills ?? [])
    .map((skill) => ({
      code: skill.skillCode,
      nl: skill.skill?.labelNl ?? skill.skillCode,
      en: skill.skill?.labelEn ?? skill.skillCode,
      minLevel: skill.minLevel,
      importance: skill.importance,
    }))
    .sort((a, b) => (a.importance === b.importance ? a.nl.localeCompare(b.nl) : a.importance === 'must' ? -1 : 1));
}

export function toVacancySummary(vacancy: VacancyEntity, distanceKm: number | null = null): VacancySummaryResponse {
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
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
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

export function toVacancyDetail(
  vacancy: VacancyEntity,
  qualifications: QualificationEntity[],
  sector: SectorEntity | null,
): VacancyDetailResponse {
  return {
    ...toVacancySummary(vacancy),
    description: vacancy.description,
    qualifications: qualifications.map((qualification) => ({
      crebo: qualification.crebo,
      nl: qualification.nameNl,
      en: qualification.nameEn,
      level: qualification.level,
    })),
    sector: sector ? { code: sector.code, nl: sector.nameNl, en: sector.nameEn } : null,
    certificates: vacancy.certificates,
    minAge: vacancy.minAge,
    compensation: vacancy.compensation,
    contactName: vacancy.contactName,
    contactEmail: vacancy.contactEmail,
    blindReview: vacancy.blindReview,
    createdAt: vacancy.createdAt.toISOString(),
    updatedAt: vacancy.updatedAt.toISOString(),
  };
}
