import { RoundStatus } from '@techzone/contracts';

/** Where a round stands for the people in it: choosing, waiting for the allocation, or published. */
export type RoundPhase = 'open' | 'closed' | 'published';

export function roundPhase(round: { status: RoundStatus; rankingOpen: boolean }): RoundPhase {
  if (round.status === 'published') {
    return 'published';
  }
  return round.rankingOpen ? 'open' : 'closed';
}

/** The engine's eligibility rules that have a sentence under `matching.rules.*` (see libs/matching eligibility). */
const KNOWN_RULES: ReadonlySet<string> = new Set([
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
]);

/** Why a place cannot be chosen: a translation key per failed rule, each once; unknown codes as one general key. */
export function ruleKeys(failedRules: readonly string[]): string[] {
  const keys = failedRules.map((rule) => (KNOWN_RULES.has(rule) ? `matching.rules.${rule}` : 'matching.rules.other'));
  return [...new Set(keys)];
}

/** A round's deadline in full ("woensdag 9 december 2026, 17:00"), for the students and companies. */
export const DEADLINE_FORMAT = 'EEEE d MMMM y, HH:mm';
/** A moment in a table ("9 dec 2026, 17:00"). */
export const SHORT_DATE_TIME_FORMAT = 'd MMM y, HH:mm';
