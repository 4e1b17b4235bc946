import { dateKey, dayFromKey } from './dates';
import {
  evaluateRules,
  isMboPlacement,
  prepareRules,
  RULE_FAILED,
  type EligibilityOptions,
  type PreparedRules,
} from './eligibility';
import { distanceKm, distanceScore } from './geo';
import type { MatchReason } from './reasons';
import { createSkillMatcher, type SkillMatcher, type SkillProximity, type SkillTree } from './taxonomy-distance';
import type { MatchCandidate, MatchVacancy } from './types';

/** Points per component; they add up to 100. */
export interface ScoreWeights {
  skills: number;
  distance: number;
  /** Level and qualification fit. */
  fit: number;
  accreditation: number;
  /** Wanted type, sector and hours. */
  preferences: number;
  availability: number;
}

export const DEFAULT_SCORE_WEIGHTS: Readonly<ScoreWeights> = {
  skills: 40,
  distance: 20,
  fit: 10,
  accreditation: 5,
  preferences: 15,
  availability: 10,
};

/** Must-have skills weigh this many times a nice-to-have one. */
export const MUST_WEIGHT = 2;

export interface ScoreOptions extends EligibilityOptions {
  /** Skill relations: a tree (`buildSkillTree`) or any function; without, only exact skills count. */
  proximity?: SkillTree | SkillProximity | null;
  weights?: Partial<ScoreWeights>;
}

/** Each component from 0 to 1, before weighting. */
export type ScoreComponents = Record<keyof ScoreWeights, number>;

export interface MatchScore {
  /** 0-100, rounded to one decimal. */
  score: number;
  components: ScoreComponents;
  reasons: MatchReason[];
}

/** A candidate prepared once for scoring against many vacancies. */
export interface PreparedCandidate extends PreparedRules {
  skills: SkillMatcher;
  /** Credit per wanted skill code and minimum level (index 1-4), filled on first use: one map look-up per skill. */
  creditCache: Map<string, Float64Array>;
  weights: ScoreWeights;
  weightSum: number;
  wantedTypes: ReadonlySet<string>;
}

export function prepareCandidate(candidate: MatchCandidate, options: ScoreOptions = {}): PreparedCandidate {
  const weights = { ...DEFAULT_SCORE_WEIGHTS, ...options.weights };
  return {
    ...prepareRules(candidate, options),
    skills: createSkillMatcher(candidate.skills, options.proximity ?? null),
    creditCache: new Map(),
    weights,
    weightSum:
      weights.skills +
      weights.distance +
      weights.fit +
      weights.accreditation +
      weights.preferences +
      weights.availability,
    wantedTypes: new Set(candidate.wantedTypes),
  };
}

/**
 * Scores a pair 0-100 without looking at the hard rules (use `checkEligibility`, or `recommend`, which does both).
 * Reasons list what helps and what is missing, most important first.
 */
export function scoreMatch(candidate: MatchCandidate, vacancy: MatchVacancy, options: ScoreOptions = {}): MatchScore {
  const reasons: MatchReason[] = [];
  const prepared = prepareCandidate(candidate, options);
  const km = candidate.home ? distanceKm(candidate.home, vacancy.location) : null;
  const { score, components } = computeScore(prepared, vacancy, km, reasons);
  return { score, components, reasons };
}

/** The score of a prepared candidate, with its components; `reasons` null skips building them. */
export function computeScore(
  p: PreparedCandidate,
  vacancy: MatchVacancy,
  km: number | null,
  reasons: MatchReason[] | null,
): { score: number; components: ScoreComponents } {
  const components: ScoreComponents = {
    skills: 0,
    distance: 0,
    fit: 0,
    accreditation: 0,
    preferences: 0,
    availability: 0,
  };
  const score = scoreWithin(p, vacancy, km, reasons, components, -Infinity);
  return { score, components };
}

/**
 * The ranking hot path: the score, or -1 as soon as a bound shows it cannot reach `atLeast` (first with only the
 * distance known, then with the skills). Allocates nothing when `reasons` and `components` are null.
 */
export function scoreWithin(
  p: PreparedCandidate,
  vacancy: MatchVacancy,
  km: number | null,
  reasons: MatchReason[] | null,
  components: ScoreComponents | null,
  atLeast: number,
): number {
  const c = p.candidate;
  const w = p.weights;
  const distance = km !== null ? distanceScore(km, c.maxTravelKm) : 0;
  const pruning = atLeast > -Infinity;
  // Cheap bounds first: with everything else at its best, could this vacancy still reach `atLeast`?
  const othersAtBest = w.fit + w.accreditation + w.preferences + w.availability;
  if (pruning && toScore(w.distance * distance + w.skills + othersAtBest, p.weightSum) < atLeast) {
    return -1;
  }
  // Skills first: the most telling part, and their reasons come first.
  const skills = skillsComponent(p, vacancy, reasons);
  if (pruning && toScore(w.distance * distance + w.skills * skills + othersAtBest, p.weightSum) < atLeast) {
    return -1;
  }
  if (km !== null) {
    reasons?.push({ code: 'distance', km: Math.round(km) });
  }

  // Level and qualification: a named qualification fits best, an accepted level well, no constraint is neutral.
  let fit: number;
  if (c.qualificationCrebo !== null && vacancy.qualificationCrebos.includes(c.qualificationCrebo)) {
    fit = 1;
    reasons?.push({ code: 'qualification_fits', crebo: c.qualificationCrebo });
  } else if (c.educationLevel !== null && vacancy.levels.includes(c.educationLevel)) {
    fit = 0.8;
    reasons?.push({ code: 'level_fits', level: c.educationLevel });
  } else {
    fit = vacancy.levels.length === 0 && vacancy.qualificationCrebos.length === 0 ? 0.6 : 0;
  }

  // Accreditation: required for MBO placements (then always met after the rules), a plus elsewhere.
  let accreditation: number;
  if (c.qualificationCrebo !== null && vacancy.companyAccreditations.includes(c.qualificationCrebo)) {
    accreditation = 1;
    reasons?.push({ code: 'accredited', crebo: c.qualificationCrebo });
  } else {
    accreditation = isMboPlacement(vacancy.type) ? 0 : 0.5;
  }

  const preferences = preferencesComponent(p, vacancy, reasons);
  const availability = availabilityComponent(c, vacancy, reasons);
  if (components !== null) {
    components.skills = skills;
    components.distance = distance;
    components.fit = fit;
    components.accreditation = accreditation;
    components.preferences = preferences;
    components.availability = availability;
  }
  return toScore(
    w.skills * skills +
      w.distance * distance +
      w.fit * fit +
      w.accreditation * accreditation +
      w.preferences * preferences +
      w.availability * availability,
    p.weightSum,
  );
}

/** 0-100 with one decimal. */
export function toScore(total: number, weightSum: number): number {
  return weightSum > 0 ? Math.round((1000 * total) / weightSum) / 10 : 0;
}

/** The credit for one wanted skill, through the per-candidate cache. */
export function skillCredit(p: PreparedCandidate, code: string, minLevel: number): number {
  let credits = p.creditCache.get(code);
  if (credits === undefined) {
    credits = new Float64Array(5);
    for (let level = 1; level <= 4; level++) {
      credits[level] = p.skills(code, level).credit;
    }
    p.creditCache.set(code, credits);
  }
  return minLevel >= 1 && minLevel <= 4 ? credits[minLevel] : p.skills(code, minLevel).credit;
}

function skillsComponent(p: PreparedCandidate, vacancy: MatchVacancy, reasons: MatchReason[] | null): number {
  if (vacancy.skills.length === 0) {
    return 1;
  }
  let earned = 0;
  let possible = 0;
  let mustMatched = 0;
  let mustTotal = 0;
  let niceMatched = 0;
  let niceTotal = 0;
  const missing: string[] = [];
  const details: MatchReason[] = [];
  for (const wanted of vacancy.skills) {
    const must = wanted.importance === 'must';
    const weight = must ? MUST_WEIGHT : 1;
    possible += weight;
    if (reasons === null) {
      earned += weight * skillCredit(p, wanted.code, wanted.minLevel);
      continue;
    }
    const found = p.skills(wanted.code, wanted.minLevel);
    earned += weight * found.credit;
    const exact = found.held === wanted.code;
    const full = exact && found.heldLevel >= wanted.minLevel;
    if (must) {
      mustTotal++;
      if (full) {
        mustMatched++;
      } else if (!exact) {
        missing.push(wanted.code);
      }
    } else {
      niceTotal++;
      if (full) {
        niceMatched++;
      }
    }
    if (exact && !full) {
      details.push({
        code: 'skill_level_below',
        skill: wanted.code,
        level: found.heldLevel,
        minLevel: wanted.minLevel,
      });
    } else if (!exact && found.held !== null) {
      details.push({ code: 'related_skill', skill: wanted.code, related: found.held });
    }
  }
  if (reasons !== null) {
    if (mustTotal > 0) {
      reasons.push({ code: 'skills', matched: mustMatched, total: mustTotal, missing });
    }
    if (niceTotal > 0) {
      reasons.push({ code: 'nice_skills', matched: niceMatched, total: niceTotal });
    }
    reasons.push(...details);
  }
  return earned / possible;
}

/** Wanted type (half), sector (a quarter), hours (a quarter); an empty wish counts as met. */
function preferencesComponent(p: PreparedCandidate, vacancy: MatchVacancy, reasons: MatchReason[] | null): number {
  const c = p.candidate;
  let type = 1;
  if (p.wantedTypes.size > 0) {
    type = p.wantedTypes.has(vacancy.type) ? 1 : 0;
    if (type === 1) {
      reasons?.push({ code: 'wanted_type', type: vacancy.type });
    }
  }
  const sector = sectorFit(c, vacancy.sectorCode);
  if (c.sectorCodes.length > 0 && sector === 1 && vacancy.sectorCode !== null) {
    reasons?.push({ code: 'sector', sectorCode: vacancy.sectorCode });
  }
  const hours = vacancy.hoursPerWeek;
  const hoursFit = hoursFitOf(c, hours);
  if (c.hoursMin !== null || c.hoursMax !== null) {
    reasons?.push(
      hoursGap(c, hours) === 0
        ? { code: 'hours_fit', hours }
        : { code: 'hours_outside', hours, min: c.hoursMin, max: c.hoursMax },
    );
  }
  return 0.5 * type + 0.25 * sector + 0.25 * hoursFit;
}

/** 1 when the candidate wants any sector or this one (a subsector counts for its parent: "251" for "25"). */
export function sectorFit(c: MatchCandidate, code: string | null): number {
  if (c.sectorCodes.length === 0) {
    return 1;
  }
  if (code !== null) {
    for (const wanted of c.sectorCodes) {
      if (code.startsWith(wanted)) {
        return 1;
      }
    }
  }
  return 0;
}

/** How many hours a week a vacancy is off the candidate's wish (0 when within). */
export function hoursGap(c: MatchCandidate, hours: number): number {
  const below = c.hoursMin !== null ? c.hoursMin - hours : 0;
  const above = c.hoursMax !== null ? hours - c.hoursMax : 0;
  return Math.max(0, below, above);
}

/** The hours part: every 8 hours a week off the wish costs all of it. */
export function hoursFitOf(c: MatchCandidate, hours: number): number {
  return Math.max(0, 1 - hoursGap(c, hours) / 8);
}

/** 1 when the vacancy's period lies within the availability, else the share of the period that does. */
function availabilityComponent(c: MatchCandidate, vacancy: MatchVacancy, reasons: MatchReason[] | null): number {
  const fit = availabilityFit(
    c.availableFrom === null ? null : dateKey(c.availableFrom),
    c.availableTo === null ? null : dateKey(c.availableTo),
    vacancy.startDate === null ? null : dateKey(vacancy.startDate),
    vacancy.endDate === null ? null : dateKey(vacancy.endDate),
  );
  if (fit === 1) {
    reasons?.push({ code: 'period_fits' });
  } else if (fit > 0) {
    reasons?.push({ code: 'period_partial', percent: Math.round(fit * 100) });
  }
  return Number.isNaN(fit) ? UNKNOWN_PERIOD_FIT : fit;
}

/** The availability part when the period is only partly known and not within the availability. */
export const UNKNOWN_PERIOD_FIT = 0.5;

/**
 * On YYYYMMDD keys (null: open): 1 when the vacancy's period lies within the availability, NaN when that is not so
 * and the period has an open end, else the share of its days within the availability.
 */
export function availabilityFit(
  from: number | null,
  to: number | null,
  start: number | null,
  end: number | null,
): number {
  const startsInside =
    (from === null || (start !== null && start >= from)) && (to === null || (start ?? from ?? -1) <= to);
  const endsInside = to === null || (end !== null && end <= to);
  if (startsInside && endsInside) {
    return 1;
  }
  if (start === null || end === null) {
    return NaN;
  }
  const first = Math.max(dayFromKey(start), from === null ? -Infinity : dayFromKey(from));
  const last = Math.min(dayFromKey(end), to === null ? Infinity : dayFromKey(to));
  return Math.max(0, Math.min(1, (last - first + 1) / (dayFromKey(end) - dayFromKey(start) + 1)));
}

/** Eligibility and score in one go, for a prepared candidate; null when a hard rule fails. */
export function scoreIfEligible(
  p: PreparedCandidate,
  vacancy: MatchVacancy,
  reasons: MatchReason[] | null,
): number | null {
  const km = evaluateRules(p, vacancy, null, null);
  return km === RULE_FAILED ? null : scoreWithin(p, vacancy, km, reasons, null, -Infinity);
}
