import type { ImprovementTipResponse, MatchReasonResponse } from '@techzone/contracts';

/**
 * Why a match scores as it does, as data: the web app translates `matching.reasons.<code>` with the other fields
 * as parameters. The union itself lives in libs/contracts, so that the API sends and the web app reads exactly
 * what the engine produces.
 */
export type MatchReason = MatchReasonResponse;

export type MatchReasonCode = MatchReason['code'];

/** The distance a match was scored with, in km, or null when it has none. */
export function reasonDistanceKm(reasons: readonly MatchReason[]): number | null {
  const reason = reasons.find((item) => item.code === 'distance');
  return reason && reason.code === 'distance' ? reason.km : null;
}

/** What a candidate could do to match more vacancies (libs/contracts). */
export type ImprovementTip = ImprovementTipResponse;
