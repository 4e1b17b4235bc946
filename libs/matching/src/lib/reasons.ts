import type { Certificate, EducationLevel, VacancyType } from '@techzone/contracts';

/**
 * Why a match scores as it does, as data: the web app translates `matching.reasons.<code>` with the other fields
 * as parameters ("4 of 5 required skills (missing: TIG welding)", "12 km from home").
 */
export type MatchReason =
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

export type MatchReasonCode = MatchReason['code'];

/** The distance a match was scored with, in km, or null when it has none. */
export function reasonDistanceKm(reasons: readonly MatchReason[]): number | null {
  const reason = reasons.find((item) => item.code === 'distance');
  return reason && reason.code === 'distance' ? reason.km : null;
}

/** What a candidate could do to match more vacancies; `vacancies`: how many nearby vacancies it would help. */
export type ImprovementTip =
  /** "Add TIG welding to your profile if you have it." */
  | { code: 'add_skill'; skill: string; vacancies: number }
  | { code: 'add_certificate'; certificate: Certificate; vacancies: number };
