import type { Allocation, Market, UnplacedReason, UnplacedStudent } from './market';

export interface VacancyFill {
  vacancyId: string;
  assigned: number;
  capacity: number;
}

/** What the coordinator reviews before publishing a round. Shares are of all students in the round, 0-1. */
export interface AllocationStatistics {
  students: number;
  placed: number;
  placedAtFirstChoice: number;
  placedInTopThree: number;
  firstChoiceShare: number;
  topThreeShare: number;
  placedShare: number;
  /** Mean position (1 = first choice) of the place in the student's ranking, over placed students; null if none. */
  averageRank: number | null;
  /** How many were placed at their 1st, 2nd, ... choice (index 0 = first choice). */
  rankHistogram: number[];
  unplaced: UnplacedStudent[];
  unplacedByReason: Record<UnplacedReason, number>;
  /** Per vacancy, in the market's order. */
  fill: VacancyFill[];
  positions: number;
  positionsFilled: number;
}

export function allocationStatistics(
  market: Market,
  allocation: Pick<Allocation, 'assignment' | 'unplaced'>,
): AllocationStatistics {
  const assignedCount = new Map<string, number>();
  const rankHistogram: number[] = [];
  let placed = 0;
  let rankTotal = 0;
  for (const student of market.students) {
    const vacancyId = allocation.assignment.get(student.id) ?? null;
    if (vacancyId === null) {
      continue;
    }
    placed++;
    assignedCount.set(vacancyId, (assignedCount.get(vacancyId) ?? 0) + 1);
    const position = student.ranking.indexOf(vacancyId);
    if (position >= 0) {
      rankTotal += position + 1;
      while (rankHistogram.length <= position) {
        rankHistogram.push(0);
      }
      rankHistogram[position]++;
    }
  }
  const unplacedByReason: Record<UnplacedReason, number> = {
    no_choices: 0,
    choices_unavailable: 0,
    all_choices_full: 0,
  };
  for (const student of allocation.unplaced) {
    unplacedByReason[student.reason]++;
  }
  const fill = market.vacancies.map((vacancy) => ({
    vacancyId: vacancy.id,
    assigned: assignedCount.get(vacancy.id) ?? 0,
    capacity: vacancy.capacity,
  }));
  const students = market.students.length;
  const placedAtFirstChoice = rankHistogram[0] ?? 0;
  const placedInTopThree = placedAtFirstChoice + (rankHistogram[1] ?? 0) + (rankHistogram[2] ?? 0);
  const share = (count: number): number => (students > 0 ? count / students : 0);
  return {
    students,
    placed,
    placedAtFirstChoice,
    placedInTopThree,
    firstChoiceShare: share(placedAtFirstChoice),
    topThreeShare: share(placedInTopThree),
    placedShare: share(placed),
    averageRank: placed > 0 ? rankTotal / placed : null,
    rankHistogram,
    unplaced: allocation.unplaced,
    unplacedByReason,
    fill,
    positions: fill.reduce((sum, vacancy) => sum + vacancy.capacity, 0),
    positionsFilled: placed,
  };
}
