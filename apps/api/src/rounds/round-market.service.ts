import { Injectable } from '@nestjs/common';
import { ROUND_HARD_RULES } from '@techzone/contracts';
import {
  checkEligibility,
  scoreMatch,
  type MatchCandidate,
  type MatchScore,
  type MatchVacancy,
  type SkillProximity,
} from '@techzone/matching';
import type { EntityManager } from 'typeorm';
import { MatchingRepository } from '../matching/matching.repository';
import { skillRelations } from '../matching/skill-relations';
import type { PlacementRoundEntity } from './entities/placement-round.entity';
import type { RoundMarketInput } from './round-market';
import { RoundsRepository } from './rounds.repository';

const HARD_RULES: ReadonlySet<string> = new Set(ROUND_HARD_RULES);

/** The engine's view of students and vacancies in a round: scores with reasons, and the round's hard rules. */
export class RoundScorer {
  constructor(
    private readonly candidates: ReadonlyMap<string, MatchCandidate>,
    private readonly vacancies: ReadonlyMap<string, MatchVacancy>,
    private readonly proximity: SkillProximity,
  ) {}

  /** The match score, or null when the student or the vacancy has no profile to score. */
  score(studentId: string, vacancyId: string): MatchScore | null {
    const candidate = this.candidates.get(studentId);
    const vacancy = this.vacancies.get(vacancyId);
    return candidate && vacancy ? scoreMatch(candidate, vacancy, { proximity: this.proximity }) : null;
  }

  /** The hard rules of a round (ROUND_HARD_RULES) the student does not meet for the vacancy. */
  failedRules(studentId: string, vacancyId: string): string[] {
    const candidate = this.candidates.get(studentId);
    const vacancy = this.vacancies.get(vacancyId);
    if (!candidate || !vacancy) {
      return [];
    }
    const eligibility = checkEligibility(candidate, vacancy, { today: vacancy.startDate ?? undefined });
    return eligibility.failed.filter((rule) => HARD_RULES.has(rule));
  }
}

@Injectable()
export class RoundMarketService {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly matching: MatchingRepository,
  ) {}

  async scorer(studentIds: readonly string[], vacancyIds: readonly string[]): Promise<RoundScorer> {
    const [candidates, vacancies, tree] = await Promise.all([
      this.matching.candidatesByIds(studentIds),
      this.matching.vacanciesByIds(vacancyIds),
      this.matching.skillTree(),
    ]);
    return new RoundScorer(
      new Map(candidates.map((candidate) => [candidate.id, candidate])),
      new Map(vacancies.map((vacancy) => [vacancy.id, vacancy])),
      skillRelations(tree),
    );
  }

  /**
   * The round as it stands: the cohort's students with their choices, the round's vacancies with their places and
   * the companies' preferences (their own order, or the engine's score of each student who chose them). Without
   * `scores` the engine is not asked (enough for the fingerprint).
   */
  async input(round: PlacementRoundEntity, manager?: EntityManager, scores = true): Promise<RoundMarketInput> {
    // One after the other: inside a transaction they share one connection.
    const students = await this.rounds.cohortStudents(round.cohortId, manager);
    const rankings = await this.rounds.rankings(round.id, manager);
    const roundVacancies = await this.rounds.roundVacancies(round.id, manager);
    const choicesOf = new Map(rankings.map((ranking) => [ranking.studentId, ranking.vacancyIds]));
    const marketStudents = students.map((student) => ({
      id: student.userId,
      choices: choicesOf.get(student.userId) ?? [],
    }));
    const scored = roundVacancies.filter((entry) => entry.rankingMode === 'score').map((entry) => entry.vacancyId);
    const scorer =
      scores && scored.length
        ? await this.scorer(
            marketStudents.filter((student) => student.choices.length).map((student) => student.id),
            scored,
          )
        : null;
    return {
      maxChoices: round.maxChoices,
      students: marketStudents,
      vacancies: roundVacancies.map((entry) => {
        const scoresOf: Record<string, number> = {};
        if (scorer && entry.rankingMode === 'score') {
          for (const student of marketStudents) {
            if (student.choices.includes(entry.vacancyId)) {
              scoresOf[student.id] = scorer.score(student.id, entry.vacancyId)?.score ?? 0;
            }
          }
        }
        return {
          id: entry.vacancyId,
          capacity: entry.capacity,
          mode: entry.rankingMode,
          companyRanking: entry.companyRanking,
          scores: scoresOf,
        };
      }),
    };
  }
}
