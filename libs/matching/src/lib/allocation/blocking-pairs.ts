import { lotteryOrder as drawLottery } from '../random';
import type { Assignment, Market, MarketVacancy } from './market';

export interface BlockingPair {
  studentId: string;
  vacancyId: string;
  /** `free_place`: the vacancy has a place left; `preferred`: the company prefers this student to one it got. */
  kind: 'free_place' | 'preferred';
}

/**
 * Every student-vacancy pair that would rather have each other than what the assignment gave them, checked the
 * plain way and apart from the algorithms: for each student, each vacancy they ranked above their own place (all of
 * them when unplaced), does it have a free place, or does its company prefer the student to one of its students?
 * The company's preference is read straight from the market (ranking, else scores, else none; ties by the lottery).
 * An empty list means the assignment is stable.
 */
export function findBlockingPairs(
  market: Market,
  assignment: Assignment,
  lotteryOrder: readonly string[] = drawLottery(
    market.students.map((student) => student.id),
    market.seed,
  ),
): BlockingPair[] {
  const lotteryPosition = new Map<string, number>();
  lotteryOrder.forEach((id, i) => lotteryPosition.set(id, i));

  const assigned = new Map<string, string[]>();
  for (const [studentId, vacancyId] of assignment) {
    if (vacancyId !== null) {
      assigned.set(vacancyId, [...(assigned.get(vacancyId) ?? []), studentId]);
    }
  }

  const vacancies = new Map(market.vacancies.map((vacancy) => [vacancy.id, vacancy]));
  const rankings = new Map<string, Map<string, number>>();
  /** Whether the company of `vacancy` prefers student a to student b. */
  const prefers = (vacancy: MarketVacancy, a: string, b: string): boolean => {
    let ranking = rankings.get(vacancy.id);
    if (!ranking) {
      ranking = new Map();
      for (const id of vacancy.ranking ?? []) {
        if (!ranking.has(id)) {
          ranking.set(id, ranking.size);
        }
      }
      rankings.set(vacancy.id, ranking);
    }
    const tierA = tier(vacancy, ranking, a);
    const tierB = tier(vacancy, ranking, b);
    if (tierA[0] !== tierB[0]) {
      return tierA[0] < tierB[0];
    }
    if (tierA[1] !== tierB[1]) {
      return tierA[1] < tierB[1];
    }
    return (lotteryPosition.get(a) ?? Infinity) < (lotteryPosition.get(b) ?? Infinity);
  };

  const pairs: BlockingPair[] = [];
  for (const student of market.students) {
    const own = assignment.get(student.id) ?? null;
    const seen = new Set<string>();
    for (const vacancyId of student.ranking) {
      if (vacancyId === own) {
        break;
      }
      const vacancy = vacancies.get(vacancyId);
      if (!vacancy || vacancy.capacity < 1 || seen.has(vacancyId)) {
        continue;
      }
      seen.add(vacancyId);
      const holders = assigned.get(vacancyId) ?? [];
      if (holders.length < vacancy.capacity) {
        pairs.push({ studentId: student.id, vacancyId, kind: 'free_place' });
      } else if (holders.some((holder) => prefers(vacancy, student.id, holder))) {
        pairs.push({ studentId: student.id, vacancyId, kind: 'preferred' });
      }
    }
  }
  return pairs;
}

/** [0, position] when ranked, [0, -score] when scored, [1, 0] otherwise: lower is better. */
function tier(vacancy: MarketVacancy, ranking: Map<string, number>, studentId: string): [number, number] {
  if (vacancy.ranking) {
    const position = ranking.get(studentId);
    return position !== undefined ? [0, position] : [1, 0];
  }
  if (vacancy.scores && Object.hasOwn(vacancy.scores, studentId)) {
    return [0, -vacancy.scores[studentId]];
  }
  return [1, 0];
}
