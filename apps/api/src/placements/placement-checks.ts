import { PLACEMENT_HOURS, type PlacementCheckResponse } from '@techzone/contracts';

export interface PlacementFacts {
  /** The student's crebo; null for a student without one (then no MBO accreditation can be checked). */
  qualificationCrebo: string | null;
  route: 'BOL' | 'BBL' | null;
  startDate: string | null;
  endDate: string | null;
  hoursPerWeek: number | null;
  /** The company's accreditations: crebo with the dates they run. */
  accreditations: readonly { crebo: string; since: string; until: string | null }[];
  /** The cohort's period, when the student is in one. */
  cohort: { startDate: string; endDate: string } | null;
}

/**
 * What a school checks before approving a placement (pure, so it is tested alone):
 * - accreditation: the company is a recognised training company for the student's crebo for the whole period;
 * - period: start and end are known, the end after the start, and inside the cohort's period;
 * - hours: hours per week known and between PLACEMENT_HOURS.min and .max.
 */
export function placementChecks(facts: PlacementFacts): PlacementCheckResponse[] {
  return [accreditation(facts), period(facts), hours(facts)];
}

function accreditation(facts: PlacementFacts): PlacementCheckResponse {
  const fail = (problem: string): PlacementCheckResponse => ({ check: 'accreditation', ok: false, problem });
  if (!facts.qualificationCrebo) {
    return fail('no_qualification');
  }
  const covering = facts.accreditations.filter((a) => a.crebo === facts.qualificationCrebo);
  if (!covering.length) {
    return fail('not_accredited');
  }
  const from = facts.startDate ?? '';
  const to = facts.endDate ?? from;
  const coversPeriod = covering.some((a) => a.since <= from && (a.until === null || a.until >= to));
  return coversPeriod ? { check: 'accreditation', ok: true, problem: null } : fail('not_for_period');
}

function period(facts: PlacementFacts): PlacementCheckResponse {
  const fail = (problem: string): PlacementCheckResponse => ({ check: 'period', ok: false, problem });
  if (!facts.startDate || !facts.endDate) {
    return fail('unknown');
  }
  if (facts.endDate <= facts.startDate) {
    return fail('end_before_start');
  }
  if (facts.cohort && (facts.startDate < facts.cohort.startDate || facts.endDate > facts.cohort.endDate)) {
    return fail('outside_cohort');
  }
  return { check: 'period', ok: true, problem: null };
}

function hours(facts: PlacementFacts): PlacementCheckResponse {
  if (facts.hoursPerWeek === null) {
    return { check: 'hours', ok: false, problem: 'unknown' };
  }
  if (facts.hoursPerWeek < PLACEMENT_HOURS.min || facts.hoursPerWeek > PLACEMENT_HOURS.max) {
    return { check: 'hours', ok: false, problem: 'out_of_range' };
  }
  return { check: 'hours', ok: true, problem: null };
}
