import { MyRoundResponse, VacancySummaryResponse } from '@techzone/contracts';

/** What a published round gave the student: a place (with its offer), or none. */
export type MyRoundOutcome =
  { placed: true; vacancy: VacancySummaryResponse | null; applicationId: string | null } | { placed: false };

/** The student's outcome of a published round; null while it is not published. */
export function myOutcome(round: Pick<MyRoundResponse, 'result' | 'vacancies'>): MyRoundOutcome | null {
  const result = round.result;
  if (!result) {
    return null;
  }
  if (result.vacancyId === null) {
    return { placed: false };
  }
  const entry = round.vacancies.find((item) => item.vacancy.id === result.vacancyId);
  return { placed: true, vacancy: entry?.vacancy ?? null, applicationId: result.applicationId };
}

/** Open rounds first (nearest deadline first), then the rest (latest deadline first). */
export function sortMyRounds<T extends Pick<MyRoundResponse, 'rankingOpen' | 'deadline'>>(rounds: readonly T[]): T[] {
  return [...rounds].sort((a, b) => {
    if (a.rankingOpen !== b.rankingOpen) {
      return a.rankingOpen ? -1 : 1;
    }
    return a.rankingOpen ? a.deadline.localeCompare(b.deadline) : b.deadline.localeCompare(a.deadline);
  });
}
