import { lotteryOrder } from '../random';
import type { Allocation, Assignment, Market, UnplacedReason, UnplacedStudent } from './market';

/**
 * The textbook student-proposing deferred acceptance, kept as the benchmark's baseline and a cross-check:
 * a queue of free students, string ids in maps, and a linear scan of a vacancy's tentative students for the one
 * to reject. Same preferences and lottery as `allocate`, hence the same result; just slower.
 */
export function allocateTextbook(market: Market): Allocation {
  const lottery = lotteryOrder(
    market.students.map((student) => student.id),
    market.seed,
  );
  const lotteryPosition = new Map<string, number>();
  lottery.forEach((id, i) => lotteryPosition.set(id, i));

  const vacancies = new Map(market.vacancies.map((vacancy) => [vacancy.id, vacancy]));
  // The company's rank of a student: ranked or scored ones first, the rest after them, ties by lottery.
  const rankings = new Map<string, Map<string, number>>();
  for (const vacancy of market.vacancies) {
    const ranks = new Map<string, number>();
    if (vacancy.ranking) {
      for (const id of vacancy.ranking) {
        if (!ranks.has(id)) {
          ranks.set(id, ranks.size);
        }
      }
    } else if (vacancy.scores) {
      const scores = vacancy.scores;
      const ids = Object.keys(scores).filter((id) => lotteryPosition.has(id));
      ids.sort(
        (a, b) => scores[b] - scores[a] || (lotteryPosition.get(a) as number) - (lotteryPosition.get(b) as number),
      );
      ids.forEach((id, i) => ranks.set(id, i));
    }
    rankings.set(vacancy.id, ranks);
  }
  const rank = (vacancyId: string, studentId: string): [number, number] => {
    const ranks = rankings.get(vacancyId) as Map<string, number>;
    const position = ranks.get(studentId);
    return position !== undefined ? [0, position] : [1, lotteryPosition.get(studentId) as number];
  };
  const prefers = (vacancyId: string, a: string, b: string): boolean => {
    const [tierA, rankA] = rank(vacancyId, a);
    const [tierB, rankB] = rank(vacancyId, b);
    return tierA < tierB || (tierA === tierB && rankA < rankB);
  };

  const nextChoice = new Map<string, number>();
  const held = new Map<string, string[]>();
  const free: string[] = market.students.map((student) => student.id);
  const choices = new Map(market.students.map((student) => [student.id, student.ranking]));
  let head = 0;
  while (head < free.length) {
    const studentId = free[head++];
    const ranking = choices.get(studentId) as readonly string[];
    let i = nextChoice.get(studentId) ?? 0;
    let placed = false;
    while (!placed && i < ranking.length) {
      const vacancyId = ranking[i++];
      const vacancy = vacancies.get(vacancyId);
      if (!vacancy || vacancy.capacity < 1) {
        continue;
      }
      const list = held.get(vacancyId) ?? [];
      held.set(vacancyId, list);
      if (list.includes(studentId)) {
        continue;
      }
      if (list.length < vacancy.capacity) {
        list.push(studentId);
        placed = true;
        continue;
      }
      let worst = 0;
      for (let j = 1; j < list.length; j++) {
        if (prefers(vacancyId, list[worst], list[j])) {
          worst = j;
        }
      }
      if (prefers(vacancyId, studentId, list[worst])) {
        free.push(list[worst]);
        list[worst] = studentId;
        placed = true;
      }
    }
    nextChoice.set(studentId, i);
  }

  const placement = new Map<string, string>();
  for (const [vacancyId, list] of held) {
    for (const studentId of list) {
      placement.set(studentId, vacancyId);
    }
  }
  const assignment: Assignment = new Map();
  const unplaced: UnplacedStudent[] = [];
  for (const student of market.students) {
    const vacancyId = placement.get(student.id) ?? null;
    assignment.set(student.id, vacancyId);
    if (vacancyId === null) {
      const reason: UnplacedReason =
        student.ranking.length === 0
          ? 'no_choices'
          : student.ranking.some((id) => (vacancies.get(id)?.capacity ?? 0) >= 1)
            ? 'all_choices_full'
            : 'choices_unavailable';
      unplaced.push({ studentId: student.id, reason });
    }
  }
  return { assignment, unplaced, lotteryOrder: lottery };
}
