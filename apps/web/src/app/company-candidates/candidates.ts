import { CandidateMatchResponse } from '@techzone/contracts';

/** What the company can still do with a candidate: nothing (already applied or invited) or invite them. */
export type InviteState = 'applied' | 'invited' | 'open';

export function inviteState(candidate: Pick<CandidateMatchResponse, 'alreadyApplied' | 'invited'>): InviteState {
  if (candidate.alreadyApplied) {
    return 'applied';
  }
  return candidate.invited ? 'invited' : 'open';
}

/** The list with one candidate marked as invited. */
export function markInvited(list: readonly CandidateMatchResponse[], userId: string): CandidateMatchResponse[] {
  return list.map((candidate) => (candidate.userId === userId ? { ...candidate, invited: true } : candidate));
}
