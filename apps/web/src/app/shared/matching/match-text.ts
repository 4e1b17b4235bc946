import {
  CERTIFICATES,
  Certificate,
  EDUCATION_LEVELS,
  EducationLevel,
  ImprovementTipResponse,
  MatchReasonResponse,
  VACANCY_TYPES,
  VacancyType,
} from '@techzone/contracts';

/** Whose point of view a reason is told from: the candidate ("12 km from home") or the company ("12 km from the vacancy"). */
export type MatchView = 'candidate' | 'company';

/** Good news, a partial fit (e.g. a missing skill), or something that does not fit. Good reasons are shown first. */
export type ReasonTone = 'good' | 'partial' | 'bad';

/**
 * A match text as data: a translation key, its plain parameters, and parameters that are themselves translation
 * keys (a vacancy type, a skill level, a certificate) which the caller translates first.
 */
export interface MatchMessage {
  key: string;
  params: Record<string, string | number>;
  paramKeys: Record<string, string>;
}

export interface ReasonMessage extends MatchMessage {
  code: string;
  tone: ReasonTone;
}

/** The names of taxonomy entries in the current language; null when the entry is unknown (the text is then left out). */
export interface MatchLabels {
  skill(code: string): string | null;
  qualification(crebo: string): string | null;
  sector(code: string): string | null;
  /** "TIG-lassen en frezen" / "TIG welding and milling". */
  list(items: readonly string[]): string;
}

const REASONS = 'matching.reasons';
const COMPANY_REASONS = 'matching.companyReasons';

/** Reasons whose wording differs for the company (the others read the same from both sides). */
const COMPANY_VARIANTS: ReadonlySet<string> = new Set([
  'skillLevelBelow',
  'distance',
  'distanceClose',
  'qualificationFits',
  'levelFits',
  'accredited',
  'wantedType',
  'sector',
  'hoursFit',
  'hoursOutside',
  'hoursOutsideMin',
  'hoursOutsideMax',
  'hoursOutsideRange',
  'periodFits',
  'periodPartial',
]);

const TONE_ORDER: Readonly<Record<ReasonTone, number>> = { good: 0, partial: 1, bad: 2 };

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isVacancyType(value: unknown): value is VacancyType {
  return (VACANCY_TYPES as readonly unknown[]).includes(value);
}

function isEducationLevel(value: unknown): value is EducationLevel {
  return (EDUCATION_LEVELS as readonly unknown[]).includes(value);
}

function isCertificate(value: unknown): value is Certificate {
  return (CERTIFICATES as readonly unknown[]).includes(value);
}

function isSkillLevel(value: unknown): value is number {
  return isNumber(value) && Number.isInteger(value) && value >= 1 && value <= 4;
}

interface Draft {
  name: string;
  tone: ReasonTone;
  params?: Record<string, string | number>;
  paramKeys?: Record<string, string>;
}

/** The reason's wording, tone and parameters, or null for an unknown code or fields that do not fit it. */
function draftOf(reason: MatchReasonResponse, labels: MatchLabels): Draft | null {
  // The fields are checked as well as typed: a reason from an older or newer API than this page is left out
  // rather than shown wrong.
  const r: Record<string, unknown> = reason;
  switch (reason.code) {
    case 'skills': {
      if (!isNumber(r['matched']) || !isNumber(r['total']) || r['total'] <= 0) {
        return null;
      }
      const matched = r['matched'];
      const total = r['total'];
      const missing = (isTextList(r['missing']) ? r['missing'] : [])
        .map((code) => labels.skill(code))
        .filter((label): label is string => label !== null);
      const tone: ReasonTone = matched >= total ? 'good' : matched === 0 ? 'bad' : 'partial';
      return missing.length > 0
        ? { name: 'skillsMissing', tone, params: { matched, total, missing: labels.list(missing) } }
        : { name: 'skills', tone, params: { matched, total } };
    }
    case 'nice_skills': {
      if (!isNumber(r['matched']) || !isNumber(r['total']) || r['total'] <= 0) {
        return null;
      }
      return {
        name: 'niceSkills',
        tone: r['matched'] > 0 ? 'good' : 'partial',
        params: { matched: r['matched'], total: r['total'] },
      };
    }
    case 'related_skill': {
      const skill = isText(r['skill']) ? labels.skill(r['skill']) : null;
      const related = isText(r['related']) ? labels.skill(r['related']) : null;
      return skill && related ? { name: 'relatedSkill', tone: 'partial', params: { skill, related } } : null;
    }
    case 'skill_level_below': {
      const skill = isText(r['skill']) ? labels.skill(r['skill']) : null;
      if (!skill || !isSkillLevel(r['level']) || !isSkillLevel(r['minLevel'])) {
        return null;
      }
      return {
        name: 'skillLevelBelow',
        tone: 'partial',
        params: { skill, level: r['level'], minLevel: r['minLevel'] },
        paramKeys: {
          levelName: `shared.skills.levels.${r['level']}`,
          minLevelName: `shared.skills.levels.${r['minLevel']}`,
        },
      };
    }
    case 'distance': {
      if (!isNumber(r['km']) || r['km'] < 0) {
        return null;
      }
      const km = Math.round(r['km']);
      return km < 1 ? { name: 'distanceClose', tone: 'good' } : { name: 'distance', tone: 'good', params: { km } };
    }
    case 'qualification_fits': {
      const qualification = isText(r['crebo']) ? labels.qualification(r['crebo']) : null;
      return qualification ? { name: 'qualificationFits', tone: 'good', params: { qualification } } : null;
    }
    case 'level_fits':
      return isEducationLevel(r['level'])
        ? { name: 'levelFits', tone: 'good', paramKeys: { level: `vacancy.levels.${r['level']}` } }
        : null;
    case 'accredited':
      return { name: 'accredited', tone: 'good' };
    case 'wanted_type':
      return isVacancyType(r['type'])
        ? { name: 'wantedType', tone: 'good', paramKeys: { type: `vacancy.types.${r['type']}` } }
        : null;
    case 'sector': {
      const sector = isText(r['sectorCode']) ? labels.sector(r['sectorCode']) : null;
      return sector ? { name: 'sector', tone: 'good', params: { sector } } : null;
    }
    case 'hours_fit':
      return isNumber(r['hours']) ? { name: 'hoursFit', tone: 'good', params: { hours: r['hours'] } } : null;
    case 'hours_outside': {
      if (!isNumber(r['hours'])) {
        return null;
      }
      const hours = r['hours'];
      const min = isNumber(r['min']) ? r['min'] : null;
      const max = isNumber(r['max']) ? r['max'] : null;
      if (min !== null && max !== null) {
        return { name: 'hoursOutsideRange', tone: 'bad', params: { hours, min, max } };
      }
      if (min !== null) {
        return { name: 'hoursOutsideMin', tone: 'bad', params: { hours, min } };
      }
      if (max !== null) {
        return { name: 'hoursOutsideMax', tone: 'bad', params: { hours, max } };
      }
      return { name: 'hoursOutside', tone: 'bad', params: { hours } };
    }
    case 'period_fits':
      return { name: 'periodFits', tone: 'good' };
    case 'period_partial':
      return isNumber(r['percent'])
        ? {
            name: 'periodPartial',
            tone: 'partial',
            params: { percent: Math.max(0, Math.min(100, Math.round(r['percent']))) },
          }
        : null;
    default:
      return null;
  }
}

/**
 * One reason → its translation key and parameters (skill codes, crebo and sector codes already named through
 * `labels`), or null for an unknown code, so a raw code is never shown.
 */
export function reasonMessage(reason: MatchReasonResponse, view: MatchView, labels: MatchLabels): ReasonMessage | null {
  const draft = draftOf(reason, labels);
  if (!draft) {
    return null;
  }
  const group = view === 'company' && COMPANY_VARIANTS.has(draft.name) ? COMPANY_REASONS : REASONS;
  return {
    code: reason.code,
    tone: draft.tone,
    key: `${group}.${draft.name}`,
    params: draft.params ?? {},
    paramKeys: draft.paramKeys ?? {},
  };
}

/** The reasons to show, good news first (the API's order kept within each tone); unknown codes left out. */
export function reasonMessages(
  reasons: readonly MatchReasonResponse[],
  view: MatchView,
  labels: MatchLabels,
): ReasonMessage[] {
  return reasons
    .map((reason) => reasonMessage(reason, view, labels))
    .filter((message): message is ReasonMessage => message !== null)
    .sort((a, b) => TONE_ORDER[a.tone] - TONE_ORDER[b.tone]);
}

/** One improvement tip → its translation key and parameters, or null for an unknown code, skill or certificate. */
export function tipMessage(tip: ImprovementTipResponse, labels: MatchLabels): MatchMessage | null {
  const t: Record<string, unknown> = tip;
  const count = t['vacancies'];
  if (!isNumber(count) || count < 0) {
    return null;
  }
  const suffix = count === 1 ? 'One' : '';
  switch (t['code']) {
    case 'add_skill': {
      const skill = isText(t['skill']) ? labels.skill(t['skill']) : null;
      return skill ? { key: `matching.tips.addSkill${suffix}`, params: { skill, count }, paramKeys: {} } : null;
    }
    case 'add_certificate':
      return isCertificate(t['certificate'])
        ? {
            key: `matching.tips.addCertificate${suffix}`,
            params: { count },
            paramKeys: { certificate: `certificates.${t['certificate']}` },
          }
        : null;
    default:
      return null;
  }
}

export function tipMessages(tips: readonly ImprovementTipResponse[], labels: MatchLabels): MatchMessage[] {
  return tips.map((tip) => tipMessage(tip, labels)).filter((message): message is MatchMessage => message !== null);
}

/** Score bands for the badge's colour: 75+ strong, 50+ fair, else weak. */
export function scoreBand(score: number): 'high' | 'medium' | 'low' {
  return score >= 75 ? 'high' : score >= 50 ? 'medium' : 'low';
}

/** A score as a whole percentage between 0 and 100. */
export function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.max(0, Math.min(100, Math.round(score))) : 0;
}
