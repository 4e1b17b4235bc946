import { CompanyRankingMode, CompanyRankingRequest, CompanyRoundCandidateResponse } from '@techzone/contracts';
import { sameOrder } from '../shared/rounds/ranking';

/** The candidates as the engine ranks them: best score first, then by name. */
export function byScore(candidates: readonly CompanyRoundCandidateResponse[]): CompanyRoundCandidateResponse[] {
  return [...candidates].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'));
}

/** The candidates in the given order of ids; candidates the order leaves out follow by score. */
export function inOrder(
  candidates: readonly CompanyRoundCandidateResponse[],
  order: readonly string[],
): CompanyRoundCandidateResponse[] {
  const byId = new Map(candidates.map((candidate) => [candidate.userId, candidate]));
  const ordered = order.flatMap((id) => {
    const candidate = byId.get(id);
    return candidate ? [candidate] : [];
  });
  const rest = byScore(candidates.filter((candidate) => !order.includes(candidate.userId)));
  return [...ordered, ...rest];
}

/** What the company changed: the mode, or (in its own order) the order. */
export function rankingChanged(
  saved: { mode: CompanyRankingMode; candidates: readonly CompanyRoundCandidateResponse[] },
  mode: CompanyRankingMode,
  order: readonly string[],
): boolean {
  if (mode !== saved.mode) {
    return true;
  }
  return (
    mode === 'manual' &&
    !sameOrder(
      order,
      saved.candidates.map((candidate) => candidate.userId),
    )
  );
}

export function rankingRequest(mode: CompanyRankingMode, order: readonly string[]): CompanyRankingRequest {
  return mode === 'manual' ? { mode, studentIds: [...order] } : { mode };
}
