import { VacancyDetailResponse, VacancyType } from '@techzone/contracts';

/** A vacancy of at least this many hours a week is full-time in schema.org's sense (as in Dutch collective terms). */
const FULL_TIME_HOURS = 32;
const INTERNSHIPS: readonly VacancyType[] = ['bol_internship', 'graduation_internship'];

/** schema.org `employmentType`: internships are INTERN; the rest full- or part-time by their hours. */
export function employmentType(vacancy: Pick<VacancyDetailResponse, 'type' | 'hoursPerWeek'>): string {
  if (INTERNSHIPS.includes(vacancy.type)) {
    return 'INTERN';
  }
  if (vacancy.type === 'part_time_job') {
    return 'PART_TIME';
  }
  return vacancy.hoursPerWeek >= FULL_TIME_HOURS ? 'FULL_TIME' : 'PART_TIME';
}

/** Whether search engines may list the vacancy: published and not expired (filled ones stay visible, unlisted). */
export function isListable(vacancy: Pick<VacancyDetailResponse, 'status' | 'expiresAt'>, now: Date): boolean {
  return vacancy.status === 'published' && (!vacancy.expiresAt || new Date(vacancy.expiresAt) > now);
}

/**
 * The schema.org `JobPosting` of a vacancy page (Google's job search reads it), or null when the vacancy is not
 * open to applicants. `pageUrl` and `companyUrl` are absolute.
 */
export function jobPosting(
  vacancy: VacancyDetailResponse,
  pageUrl: string,
  companyUrl: string,
  now: Date,
): Record<string, unknown> | null {
  if (!isListable(vacancy, now)) {
    return null;
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: vacancy.title,
    description: vacancy.description,
    identifier: { '@type': 'PropertyValue', name: vacancy.company.name, value: vacancy.id },
    url: pageUrl,
    datePosted: vacancy.publishedAt ?? vacancy.createdAt,
    ...(vacancy.expiresAt ? { validThrough: vacancy.expiresAt } : {}),
    employmentType: employmentType(vacancy),
    hiringOrganization: { '@type': 'Organization', name: vacancy.company.name, sameAs: companyUrl },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: vacancy.place.name,
        ...(vacancy.place.municipality !== vacancy.place.name ? { addressRegion: vacancy.place.municipality } : {}),
        addressCountry: 'NL',
      },
    },
    ...(vacancy.qualifications.length > 0
      ? {
          educationRequirements: vacancy.qualifications.map((qualification) => ({
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: `MBO niveau ${qualification.level}`,
            name: `${qualification.nl} (crebo ${qualification.crebo})`,
          })),
        }
      : {}),
    ...(vacancy.positions > 1 ? { totalJobOpenings: vacancy.positions } : {}),
  };
}

/** JSON for inside a `<script>`: `<` escaped, so no text of a vacancy can end the script element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
