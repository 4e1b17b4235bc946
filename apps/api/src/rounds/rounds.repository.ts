import { Injectable } from '@nestjs/common';
import type { EducationLevel } from '@techzone/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { PlacementRoundEntity } from './entities/placement-round.entity';
import { RoundRankingEntity } from './entities/round-ranking.entity';
import { RoundRunEntity } from './entities/round-run.entity';
import { RoundVacancyEntity } from './entities/round-vacancy.entity';

export interface RoundCounts {
  vacancyCount: number;
  positions: number;
  studentCount: number;
  rankedCount: number;
}

export interface CohortStudent {
  userId: string;
  name: string;
  educationLevel: EducationLevel | null;
  programName: string | null;
}

/** Placement rounds in PostgreSQL: rounds with their cohort and school, vacancies, rankings and runs. */
@Injectable()
export class RoundsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async findRound(id: string, manager?: EntityManager, lock = false): Promise<PlacementRoundEntity | null> {
    const repository = this.manager(manager).getRepository(PlacementRoundEntity);
    if (lock) {
      const locked = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) {
        return null;
      }
    }
    return repository.findOne({ where: { id }, relations: { school: true, cohort: { program: true } } });
  }

  findBySchool(schoolId: string): Promise<PlacementRoundEntity[]> {
    return this.dataSource.getRepository(PlacementRoundEntity).find({
      where: { schoolId },
      relations: { school: true, cohort: { program: true } },
      order: { createdAt: 'DESC' },
    });
  }

  findByCohort(cohortId: string): Promise<PlacementRoundEntity[]> {
    return this.dataSource.getRepository(PlacementRoundEntity).find({
      where: { cohortId },
      relations: { school: true, cohort: { program: true } },
      order: { deadline: 'DESC' },
    });
  }

  /** Rounds in which a company has at least one vacancy. */
  async findByCompany(companyId: string): Promise<PlacementRoundEntity[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT rv.round_id FROM placement_round_vacancies rv JOIN vacancies v ON v.id = rv.vacancy_id
       WHERE v.organization_id = $1`,
      [companyId],
    )) as { round_id: string }[];
    if (!rows.length) {
      return [];
    }
    return this.dataSource.getRepository(PlacementRoundEntity).find({
      where: { id: In(rows.map((row) => row.round_id)) },
      relations: { school: true, cohort: { program: true } },
      order: { deadline: 'DESC' },
    });
  }

  /** Per round: vacancies, places, students in the cohort and students who chose at least one vacancy. */
  async counts(rounds: readonly PlacementRoundEntity[]): Promise<Map<string, RoundCounts>> {
    if (!rounds.length) {
      return new Map();
    }
    const rows = (await this.dataSource.query(
      `SELECT r.id,
              (SELECT count(*) FROM placement_round_vacancies rv WHERE rv.round_id = r.id)::int AS vacancy_count,
              (SELECT coalesce(sum(rv.capacity), 0) FROM placement_round_vacancies rv WHERE rv.round_id = r.id)::int AS positions,
              (SELECT count(*) FROM candidate_profiles cp WHERE cp.cohort_id = r.cohort_id)::int AS student_count,
              (SELECT count(*) FROM placement_round_rankings rr JOIN candidate_profiles cp ON cp.user_id = rr.student_id
                WHERE rr.round_id = r.id AND cp.cohort_id = r.cohort_id AND cardinality(rr.vacancy_ids) > 0)::int AS ranked_count
       FROM placement_rounds r WHERE r.id = ANY($1::uuid[])`,
      [rounds.map((round) => round.id)],
    )) as { id: string; vacancy_count: number; positions: number; student_count: number; ranked_count: number }[];
    return new Map(
      rows.map((row) => [
        row.id,
        {
          vacancyCount: row.vacancy_count,
          positions: row.positions,
          studentCount: row.student_count,
          rankedCount: row.ranked_count,
        },
      ]),
    );
  }

  roundVacancies(roundId: string, manager?: EntityManager): Promise<RoundVacancyEntity[]> {
    return this.manager(manager)
      .getRepository(RoundVacancyEntity)
      .find({ where: { roundId }, order: { vacancyId: 'ASC' } });
  }

  /** The students of a cohort (their profile names the cohort), by name. */
  async cohortStudents(cohortId: string, manager?: EntityManager): Promise<CohortStudent[]> {
    const rows = (await this.manager(manager).query(
      `SELECT u.id, u.name, cp.education_level, pr.name AS program_name
       FROM candidate_profiles cp JOIN users u ON u.id = cp.user_id LEFT JOIN programs pr ON pr.id = cp.program_id
       WHERE cp.cohort_id = $1 AND u.candidate_kind = 'student'
       ORDER BY u.name, u.id`,
      [cohortId],
    )) as { id: string; name: string; education_level: EducationLevel | null; program_name: string | null }[];
    return rows.map((row) => ({
      userId: row.id,
      name: row.name,
      educationLevel: row.education_level,
      programName: row.program_name,
    }));
  }

  rankings(roundId: string, manager?: EntityManager): Promise<RoundRankingEntity[]> {
    return this.manager(manager).getRepository(RoundRankingEntity).find({ where: { roundId } });
  }

  ranking(roundId: string, studentId: string): Promise<RoundRankingEntity | null> {
    return this.dataSource.getRepository(RoundRankingEntity).findOne({ where: { roundId, studentId } });
  }

  async saveRanking(roundId: string, studentId: string, vacancyIds: string[]): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(RoundRankingEntity)
      .values({ roundId, studentId, vacancyIds })
      .orUpdate(['vacancy_ids', 'updated_at'], ['round_id', 'student_id'])
      .execute();
  }

  /** Keeps the rankings in step with the round: only its vacancies, at most `maxChoices` of them. */
  async trimRankings(manager: EntityManager, roundId: string, vacancyIds: string[], maxChoices: number): Promise<void> {
    await manager.query(
      `UPDATE placement_round_rankings rr
       SET vacancy_ids = coalesce(
             (SELECT array_agg(v ORDER BY o) FROM (
                SELECT v, o FROM unnest(rr.vacancy_ids) WITH ORDINALITY AS t(v, o) WHERE v = ANY($2::uuid[])
                ORDER BY o LIMIT $3) kept),
             '{}')
       WHERE rr.round_id = $1`,
      [roundId, vacancyIds, maxChoices],
    );
  }

  runs(roundId: string): Promise<RoundRunEntity[]> {
    return this.dataSource.getRepository(RoundRunEntity).find({ where: { roundId }, order: { createdAt: 'DESC' } });
  }

  run(roundId: string, runId: string, manager?: EntityManager): Promise<RoundRunEntity | null> {
    return this.manager(manager)
      .getRepository(RoundRunEntity)
      .findOne({ where: { id: runId, roundId } });
  }

  async names(userIds: readonly string[]): Promise<Map<string, string>> {
    if (!userIds.length) {
      return new Map();
    }
    const rows = (await this.dataSource.query(`SELECT id, name FROM users WHERE id = ANY($1::uuid[])`, [userIds])) as {
      id: string;
      name: string;
    }[];
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Round-offered applications of a student in a round, by vacancy. */
  async roundApplications(roundId: string, studentId: string): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(
      `SELECT id, vacancy_id FROM applications WHERE placement_round_id = $1 AND candidate_id = $2`,
      [roundId, studentId],
    )) as { id: string; vacancy_id: string }[];
    return new Map(rows.map((row) => [row.vacancy_id, row.id]));
  }
}
