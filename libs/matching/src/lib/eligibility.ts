import type { Certificate, VacancyType } from '@techzone/contracts';
import { ageOn, periodsOverlap, todayIso } from './dates';
import { distanceKm } from './geo';
import type { MatchCandidate, MatchVacancy } from './types';

/**
 * The hard rules of DOMAIN.md, each with a code the web app translates (`matching.rules.<code>`):
 * - `route`: the candidate's route fits the vacancy type (BOL internship: BOL student; BBL place: BBL student or
 *   vakmens; graduation internship: HBO/WO or MBO 4 student; job, part-time job, retraining: anyone);
 * - `level`: the education level is accepted (an empty list accepts any);
 * - `qualification`: the candidate's crebo is accepted, when the vacancy lists crebos;
 * - `accreditation`: for an MBO placement (BOL/BBL) the company is accredited for the student's crebo;
 * - `period`: the vacancy's period overlaps the candidate's availability;
 * - `age_unknown` / `min_age`: the minimum age is met on the start date (today without one);
 * - `certificates`: every required certificate is held (VCA-VOL covers VCA-basis, licence C covers B);
 * - `no_home` / `distance`: a home is known and the place is within the candidate's travel limit.
 */
export const ELIGIBILITY_RULES = [
  'route',
  'level',
  'qualification',
  'accreditation',
  'period',
  'age_unknown',
  'min_age',
  'certificates',
  'no_home',
  'distance',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export interface Eligibility {
  eligible: boolean;
  /** The rules not met, in the order above; empty when eligible. */
  failed: EligibilityRule[];
  /** With `certificates`: which ones are missing. */
  missingCertificates: Certificate[];
  /** Kilometres from home, when a home is known. */
  km: number | null;
}

export interface EligibilityOptions {
  /** Reference date for the age rule when a vacancy has no start date; default today (UTC). */
  today?: string;
}

/** A certificate that also counts as another one. */
export const CERTIFICATE_COVERS: Readonly<Partial<Record<Certificate, readonly Certificate[]>>> = {
  vca_vol: ['vca_basic'],
  driving_licence_c: ['driving_licence_b'],
};

/** The certificates a candidate effectively holds, with the ones their certificates cover. */
export function heldCertificates(certificates: readonly Certificate[]): Set<Certificate> {
  const held = new Set<Certificate>(certificates);
  for (const certificate of certificates) {
    for (const covered of CERTIFICATE_COVERS[certificate] ?? []) {
      held.add(covered);
    }
  }
  return held;
}

/** Vacancy types that are an MBO placement (BPV): only an accredited company may host them. */
export function isMboPlacement(type: VacancyType): boolean {
  return type === 'bol_internship' || type === 'bbl_apprenticeship';
}

/** Whether the candidate's route and level allow this vacancy type at all. */
export function routeFits(
  candidate: Pick<MatchCandidate, 'kind' | 'route' | 'educationLevel'>,
  type: VacancyType,
): boolean {
  switch (type) {
    case 'bol_internship':
      return candidate.kind === 'student' && candidate.route === 'BOL';
    case 'bbl_apprenticeship':
      return candidate.kind === 'professional' || (candidate.kind === 'student' && candidate.route === 'BBL');
    case 'graduation_internship':
      return (
        candidate.kind === 'student' &&
        (candidate.educationLevel === 'hbo' || candidate.educationLevel === 'wo' || candidate.educationLevel === 'mbo4')
      );
    case 'job':
    case 'part_time_job':
    case 'retraining':
      return true;
  }
}

/**
 * A candidate prepared once for many rule checks and scores (sets instead of arrays).
 * Build it with `prepareCandidate`; it is what `recommend` uses for every vacancy.
 */
export interface PreparedRules {
  candidate: MatchCandidate;
  certificates: Set<Certificate>;
  today: string;
}

export function prepareRules(candidate: MatchCandidate, options: EligibilityOptions = {}): PreparedRules {
  return { candidate, certificates: heldCertificates(candidate.certificates), today: options.today ?? todayIso() };
}

/** What `evaluateRules` returns when a rule fails. */
export const RULE_FAILED = -1;

const KM_PER_DEGREE_LATITUDE = 111.19;

/**
 * Runs the rules. With `failed` null it stops at the first failure (the fast path for ranking, allocation-free);
 * otherwise it records every failure (and the missing certificates in `missing`).
 * Returns the distance in km when every rule passed, else `RULE_FAILED`.
 */
export function evaluateRules(
  prepared: PreparedRules,
  vacancy: MatchVacancy,
  failed: EligibilityRule[] | null,
  missing: Certificate[] | null,
): number {
  const c = prepared.candidate;
  // Each failing rule: stop at once on the fast path, else note it and go on. No closure: nothing is allocated.
  if (!routeFits(c, vacancy.type)) {
    if (failed === null) {
      return RULE_FAILED;
    }
    failed.push('route');
  }
  if (vacancy.levels.length > 0 && !vacancy.levels.includes(c.educationLevel ?? 'none')) {
    if (failed === null) {
      return RULE_FAILED;
    }
    failed.push('level');
  }
  if (
    vacancy.qualificationCrebos.length > 0 &&
    (c.qualificationCrebo === null || !vacancy.qualificationCrebos.includes(c.qualificationCrebo))
  ) {
    if (failed === null) {
      return RULE_FAILED;
    }
    failed.push('qualification');
  }
  if (isMboPlacement(vacancy.type) && !accreditationFits(c, vacancy)) {
    if (failed === null) {
      return RULE_FAILED;
    }
    failed.push('accreditation');
  }
  if (!periodsOverlap(vacancy.startDate, vacancy.endDate, c.availableFrom, c.availableTo)) {
    if (failed === null) {
      return RULE_FAILED;
    }
    failed.push('period');
  }
  if (vacancy.minAge !== null && vacancy.minAge > 0) {
    if (c.dateOfBirth === null) {
      if (failed === null) {
        return RULE_FAILED;
      }
      failed.push('age_unknown');
    } else if (ageOn(c.dateOfBirth, vacancy.startDate ?? prepared.today) < vacancy.minAge) {
      if (failed === null) {
        return RULE_FAILED;
      }
      failed.push('min_age');
    }
  }
  let certificatesOk = true;
  for (const certificate of vacancy.certificates) {
    if (!prepared.certificates.has(certificate)) {
      certificatesOk = false;
      if (missing === null) {
        break;
      }
      missing.push(certificate);
    }
  }
  if (!certificatesOk) {
    if (failed === null) {
      return RULE_FAILED;
    }
    failed.push('certificates');
  }
  if (c.home === null) {
    failed?.push('no_home');
    return RULE_FAILED;
  }
  // The latitude difference alone bounds the distance from below: most far places go without trigonometry.
  const km =
    Math.abs(vacancy.location.lat - c.home.lat) * KM_PER_DEGREE_LATITUDE > c.maxTravelKm
      ? Infinity
      : distanceKm(c.home, vacancy.location);
  if (km > c.maxTravelKm) {
    failed?.push('distance');
    return RULE_FAILED;
  }
  return failed === null || failed.length === 0 ? km : RULE_FAILED;
}

/**
 * The crebo an MBO placement trains for must be among the company's accreditations: the student's crebo; for a
 * vakmens without one, any crebo the vacancy names, or else any accreditation at all.
 */
function accreditationFits(candidate: MatchCandidate, vacancy: MatchVacancy): boolean {
  if (candidate.qualificationCrebo !== null) {
    return vacancy.companyAccreditations.includes(candidate.qualificationCrebo);
  }
  return vacancyAccreditedWithoutCrebo(vacancy);
}

/** The accreditation rule of an MBO placement for a candidate without a crebo (a vakmens). */
export function vacancyAccreditedWithoutCrebo(vacancy: MatchVacancy): boolean {
  if (vacancy.qualificationCrebos.length > 0) {
    return vacancy.qualificationCrebos.some((crebo) => vacancy.companyAccreditations.includes(crebo));
  }
  return vacancy.companyAccreditations.length > 0;
}

/** Every hard rule for one candidate and one vacancy, with the failures so the web app can explain them. */
export function checkEligibility(
  candidate: MatchCandidate,
  vacancy: MatchVacancy,
  options: EligibilityOptions = {},
): Eligibility {
  const failed: EligibilityRule[] = [];
  const missingCertificates: Certificate[] = [];
  evaluateRules(prepareRules(candidate, options), vacancy, failed, missingCertificates);
  const km = candidate.home === null ? null : distanceKm(candidate.home, vacancy.location);
  return { eligible: failed.length === 0, failed, missingCertificates, km };
}
