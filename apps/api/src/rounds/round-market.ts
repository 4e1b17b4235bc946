import type { AllocationStatisticsResponse, UnplacedReasonCode } from '@techzone/contracts';
import {
  allocate,
  allocateOptimal,
  allocationStatistics,
  findBlockingPairs,
  type Allocation,
  type Market,
  type MarketVacancy,
} from '@techzone/matching';
import { createHash } from 'node:crypto';
import type { RunOutcome, RunResult } from './entities/round-run.entity';

/** The round as the allocation sees it, read from the database (see RoundsRepository.marketInput). */
export interface RoundMarketInput {
  maxChoices: number;
  /** The cohort's students with their choices (only vacancies of the round count, at most maxChoices). */
  students: { id: string; choices: readonly string[] }[];
  vacancies: {
    id: string;
    capacity: number;
    mode: 'score' | 'manual';
    companyRanking: readonly string[];
    /** The engine's score per student who chose it (used with `score`). */
    scores: Readonly<Record<string, number>>;
  }[];
}

/** The market in the engine's shape: students and vacancies sorted by id so the same round gives the same market. */
export function toMarket(input: RoundMarketInput, seed: string): Market {
  const roundVacancies = new Set(input.vacancies.map((vacancy) => vacancy.id));
  const students = [...input.students]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((student) => ({
      id: student.id,
      ranking: student.choices.filter((id) => roundVacancies.has(id)).slice(0, input.maxChoices),
    }));
  const vacancies: MarketVacancy[] = [...input.vacancies]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((vacancy) =>
      vacancy.mode === 'manual'
        ? { id: vacancy.id, capacity: vacancy.capacity, ranking: vacancy.companyRanking }
        : { id: vacancy.id, capacity: vacancy.capacity, scores: vacancy.scores },
    );
  return { students, vacancies, seed };
}

/**
 * A digest of what the people in the round decided: choices, capacities and company rankings. A run can be published
 * only while the round still has the same fingerprint. Engine scores are left out: a profile edit must not block it.
 */
export function marketFingerprint(market: Market): string {
  const decided = {
    students: market.students.map((student) => [student.id, student.ranking]),
    vacancies: market.vacancies.map((vacancy) => [vacancy.id, vacancy.capacity, vacancy.ranking ?? null]),
  };
  return createHash('sha256').update(JSON.stringify(decided)).digest('hex');
}

/** Both allocations of one market, side by side, in the shape stored with a run. */
export function runAllocations(market: Market): RunResult {
  const stable = allocate(market);
  const optimal = allocateOptimal(market);
  const stableBlocking = findBlockingPairs(market, stable.assignment, stable.lotteryOrder);
  const blockingPairs = optimal.blockingPairs.map((pair) => ({ studentId: pair.studentId, vacancyId: pair.vacancyId }));
  return {
    fingerprint: marketFingerprint(market),
    choices: Object.fromEntries(market.students.map((student) => [student.id, [...student.ranking]])),
    capacities: Object.fromEntries(market.vacancies.map((vacancy) => [vacancy.id, vacancy.capacity])),
    lotteryOrder: stable.lotteryOrder,
    stable: outcome(market, stable, stableBlocking.length),
    optimal: { ...outcome(market, optimal, blockingPairs.length), blockingPairs },
  };
}

function outcome(market: Market, allocation: Allocation, blockingPairs: number): RunOutcome {
  const assignment: Record<string, string> = {};
  for (const [studentId, vacancyId] of allocation.assignment) {
    if (vacancyId !== null) {
      assignment[studentId] = vacancyId;
    }
  }
  const unplaced: Record<string, UnplacedReasonCode> = {};
  for (const student of allocation.unplaced) {
    unplaced[student.studentId] = student.reason;
  }
  const s = allocationStatistics(market, allocation);
  const statistics: AllocationStatisticsResponse = {
    students: s.students,
    placed: s.placed,
    placedShare: s.placedShare,
    placedAtFirstChoice: s.placedAtFirstChoice,
    firstChoiceShare: s.firstChoiceShare,
    placedInTopThree: s.placedInTopThree,
    topThreeShare: s.topThreeShare,
    averageRank: s.averageRank,
    rankHistogram: s.rankHistogram,
    unplacedByReason: s.unplacedByReason,
    positions: s.positions,
    positionsFilled: s.positionsFilled,
    blockingPairs,
  };
  return { assignment, unplaced, statistics };
}
