import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type {
  RoundDetailResponse,
  RoundPlacementResponse,
  RoundRunDetailResponse,
  RoundRunSummaryResponse,
  RoundSummaryResponse,
} from '@techzone/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { COMPANY_STAFF } from '../organizations/organization-access';
import { OrganizationsService } from '../organizations/organizations.service';
import { CohortEntity } from '../schools/entities/cohort.entity';
import { VacancyEntity } from '../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { CreateRoundDto, PublishRoundDto, RoundVacancyDto, RunRoundDto, UpdateRoundDto } from './dto/round.dto';
import { PlacementRoundEntity } from './entities/placement-round.entity';
import { RoundRunEntity, type RunOutcome } from './entities/round-run.entity';
import { RoundVacancyEntity } from './entities/round-vacancy.entity';
import { marketFingerprint, runAllocations, toMarket } from './round-market';
import { RoundMarketService } from './round-market.service';
import { RoundsRepository, type RoundCounts } from './rounds.repository';

const BLOCKING_PAIRS_SHOWN = 200;

export const isRankingOpen = (round: PlacementRoundEntity): boolean =>
  round.status === 'open' && round.deadline.getTime() > Date.now();

export function toRoundSummary(round: PlacementRoundEntity, counts: RoundCounts | undefined): RoundSummaryResponse {
  return {
    id: round.id,
    schoolId: round.schoolId,
    schoolName: round.school?.name ?? '',
    name: round.name,
    cohort: {
      id: round.cohortId,
      name: round.cohort?.name ?? '',
      programName: round.cohort?.program?.name ?? '',
    },
    deadline: round.deadline.toISOString(),
    maxChoices: round.maxChoices,
    status: round.status,
    rankingOpen: isRankingOpen(round),
    publishedAt: round.publishedAt?.toISOString() ?? null,
    vacancyCount: counts?.vacancyCount ?? 0,
    positions: counts?.positions ?? 0,
    studentCount: counts?.studentCount ?? 0,
    rankedCount: counts?.rankedCount ?? 0,
  };
}

const toRunSummary = (run: RoundRunEntity): RoundRunSummaryResponse => ({
  id: run.id,
  seed: run.seed,
  createdAt: run.createdAt.toISOString(),
  stable: run.result.stable.statistics,
  optimal: run.result.optimal.statistics,
});

/**
 * Placement rounds, the coordinator's side: set a round up for a cohort, run the allocation (stable and optimal,
 * per lottery seed), compare and publish. Only coordinators of the round's school see or touch it; to anyone else
 * it does not exist.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundsRepository,
    private readonly market: RoundMarketService,
    private readonly vacancies: VacanciesRepository,
    private readonly applications: ApplicationsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  async list(user: AuthUser, schoolId: string): Promise<RoundSummaryResponse[]> {
    this.assertCoordinator(user, schoolId);
    const rounds = await this.rounds.findBySchool(schoolId);
    const counts = await this.rounds.counts(rounds);
    return rounds.map((round) => toRoundSummary(round, counts.get(round.id)));
  }

  async create(user: AuthUser, schoolId: string, dto: CreateRoundDto): Promise<RoundDetailResponse> {
    this.assertCoordinator(user, schoolId);
    const school = await this.dataSource.getRepository(OrganizationEntity).findOne({ where: { id: schoolId } });
    if (school?.verificationStatus !== 'verified') {
      throw new ForbiddenException(
        'Your school must be verified by the program office before it runs placement rounds.',
      );
    }
    const cohort = await this.dataSource
      .getRepository(CohortEntity)
      .findOne({ where: { id: dto.cohortId }, relations: { program: true } });
    if (!cohort || cohort.program?.organizationId !== schoolId) {
      throw this.invalid('cohortId', 'notFound', 'cohortId is not a cohort of this school');
    }
    if (new Date(dto.deadline).getTime() <= Date.now()) {
      throw this.invalid('deadline', 'past', 'deadline must lie in the future');
    }
    await this.checkVacancies(dto.vacancies);
    const id = await this.dataSource.transaction(async (manager) => {
      const round = await manager.getRepository(PlacementRoundEntity).save(
        manager.getRepository(PlacementRoundEntity).create({
          schoolId,
          cohortId: dto.cohortId,
          name: dto.name,
          deadline: new Date(dto.deadline),
          maxChoices: dto.maxChoices,
          status: 'open',
          createdBy: user.id,
        }),
      );
      await this.replaceVacancies(manager, round.id, dto.vacancies);
      await this.audit.record(
        { actorId: user.id, action: 'round.created', entityType: 'placement_round', entityId: round.id },
        manager,
      );
      return round.id;
    });
    return this.detail(user, id);
  }

  async detail(user: AuthUser, id: string): Promise<RoundDetailResponse> {
    const round = await this.coordinatedRound(user, id);
    const [counts, roundVacancies, students, rankings, runs] = await Promise.all([
      this.rounds.counts([round]),
      this.rounds.roundVacancies(round.id),
      this.rounds.cohortStudents(round.cohortId),
      this.rounds.rankings(round.id),
      this.rounds.runs(round.id),
    ]);
    const rankingOf = new Map(rankings.map((ranking) => [ranking.studentId, ranking]));
    const chosenBy = new Map<string, number>();
    for (const student of students) {
      for (const vacancyId of rankingOf.get(student.userId)?.vacancyIds ?? []) {
        chosenBy.set(vacancyId, (chosenBy.get(vacancyId) ?? 0) + 1);
      }
    }
    const details = await this.vacancies.findSummaries(roundVacancies.map((entry) => entry.vacancyId));
    const byId = new Map(details.map((vacancy) => [vacancy.id, vacancy]));
    return {
      ...toRoundSummary(round, counts.get(round.id)),
      vacancies: roundVacancies.flatMap((entry) => {
        const vacancy = byId.get(entry.vacancyId);
        return vacancy
          ? [
              {
                vacancy,
                capacity: entry.capacity,
                chosenBy: chosenBy.get(entry.vacancyId) ?? 0,
                companyRanking: entry.rankingMode,
              },
            ]
          : [];
      }),
      students: students.map((student) => {
        const ranking = rankingOf.get(student.userId);
        return {
          userId: student.userId,
          name: student.name,
          choices: ranking?.vacancyIds ?? [],
          rankedAt: ranking?.updatedAt.toISOString() ?? null,
        };
      }),
      runs: runs.map(toRunSummary),
      published:
        round.publishedRunId && round.publishedMethod
          ? { runId: round.publishedRunId, method: round.publishedMethod }
          : null,
    };
  }

  async update(user: AuthUser, id: string, dto: UpdateRoundDto): Promise<RoundDetailResponse> {
    const round = await this.coordinatedRound(user, id);
    this.assertOpen(round);
    if (dto.vacancies) {
      await this.checkVacancies(dto.vacancies);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PlacementRoundEntity).update(
        { id },
        {
          ...(dto.name !== undefined ? { name: dto.name } : {}),
          ...(dto.deadline !== undefined ? { deadline: new Date(dto.deadline) } : {}),
          ...(dto.maxChoices !== undefined ? { maxChoices: dto.maxChoices } : {}),
        },
      );
      if (dto.vacancies) {
        await this.replaceVacancies(manager, id, dto.vacancies);
      }
      const vacancyIds = (await this.rounds.roundVacancies(id, manager)).map((entry) => entry.vacancyId);
      await this.rounds.trimRankings(manager, id, vacancyIds, dto.maxChoices ?? round.maxChoices);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'round.updated',
          entityType: 'placement_round',
          entityId: id,
          data: { fields: Object.keys(dto) },
        },
        manager,
      );
    });
    return this.detail(user, id);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    const round = await this.coordinatedRound(user, id);
    this.assertOpen(round);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PlacementRoundEntity).delete({ id });
      await this.audit.record(
        { actorId: user.id, action: 'round.deleted', entityType: 'placement_round', entityId: id },
        manager,
      );
    });
  }

  /** Allocates the round as it stands with one lottery seed, both ways, and keeps the outcome for comparison. */
  async run(user: AuthUser, id: string, dto: RunRoundDto): Promise<RoundRunDetailResponse> {
    const round = await this.coordinatedRound(user, id);
    this.assertOpen(round);
    const seed = dto.seed ?? randomBytes(6).toString('hex');
    const market = toMarket(await this.market.input(round), seed);
    const result = runAllocations(market);
    const run = await this.dataSource.transaction(async (manager) => {
      const saved = await manager
        .getRepository(RoundRunEntity)
        .save(manager.getRepository(RoundRunEntity).create({ roundId: id, seed, result, createdBy: user.id }));
      await this.audit.record(
        { actorId: user.id, action: 'round.run', entityType: 'placement_round', entityId: id, data: { seed } },
        manager,
      );
      return saved;
    });
    return this.runDetail(user, id, run.id);
  }

  async runDetail(user: AuthUser, id: string, runId: string): Promise<RoundRunDetailResponse> {
    await this.coordinatedRound(user, id);
    const run = await this.rounds.run(id, runId);
    if (!run) {
      throw new NotFoundException('Run not found.');
    }
    const { result } = run;
    const studentIds = Object.keys(result.choices);
    const vacancyIds = Object.keys(result.capacities);
    const [names, vacancyRows] = await Promise.all([
      this.rounds.names(studentIds),
      this.dataSource.getRepository(VacancyEntity).find({
        where: { id: In(vacancyIds) },
        relations: { organization: true },
      }),
    ]);
    const placement = (outcome: RunOutcome, studentId: string): RoundPlacementResponse => {
      const vacancyId = outcome.assignment[studentId] ?? null;
      return {
        vacancyId,
        choice: vacancyId === null ? null : result.choices[studentId].indexOf(vacancyId) + 1,
        reason: vacancyId === null ? (outcome.unplaced[studentId] ?? null) : null,
      };
    };
    const filled = (outcome: RunOutcome): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const vacancyId of Object.values(outcome.assignment)) {
        counts.set(vacancyId, (counts.get(vacancyId) ?? 0) + 1);
      }
      return counts;
    };
    const stableFill = filled(result.stable);
    const optimalFill = filled(result.optimal);
    const vacancyById = new Map(vacancyRows.map((vacancy) => [vacancy.id, vacancy]));
    return {
      ...toRunSummary(run),
      lotteryOrder: result.lotteryOrder,
      students: studentIds
        .map((studentId) => ({
          userId: studentId,
          name: names.get(studentId) ?? '',
          choices: result.choices[studentId],
          stable: placement(result.stable, studentId),
          optimal: placement(result.optimal, studentId),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      fill: vacancyIds.map((vacancyId) => ({
        vacancyId,
        title: vacancyById.get(vacancyId)?.title ?? '',
        companyName: vacancyById.get(vacancyId)?.organization?.name ?? '',
        capacity: result.capacities[vacancyId],
        stable: stableFill.get(vacancyId) ?? 0,
        optimal: optimalFill.get(vacancyId) ?? 0,
      })),
      optimalBlockingPairs: result.optimal.blockingPairs.slice(0, BLOCKING_PAIRS_SHOWN),
    };
  }

  /**
   * Publishes one outcome of one run: every placed student gets an offer in the applications flow, every unplaced
   * student and every company in the round hears of it, and the round closes. The round must not have changed
   * since the run (choices, capacities, company rankings), and every vacancy with a placed student must still be
   * open.
   */
  async publish(user: AuthUser, id: string, dto: PublishRoundDto): Promise<RoundDetailResponse> {
    await this.coordinatedRound(user, id);
    const mail = await this.dataSource.transaction(async (manager) => {
      const round = await this.rounds.findRound(id, manager, true);
      if (!round) {
        throw new NotFoundException('Round not found.');
      }
      this.assertOpen(round);
      const run = await this.rounds.run(id, dto.runId, manager);
      if (!run) {
        throw this.invalid('runId', 'notFound', 'runId is not a run of this round');
      }
      const current = toMarket(await this.market.input(round, manager, false), run.seed);
      if (marketFingerprint(current) !== run.result.fingerprint) {
        throw new ConflictException(
          'Choices, places or company rankings changed since this run. Run the allocation again and publish the new run.',
        );
      }
      const outcome = run.result[dto.method];
      const assigned = Object.entries(outcome.assignment).sort(([a], [b]) => a.localeCompare(b));
      const vacancyIds = [...new Set(assigned.map(([, vacancyId]) => vacancyId))].sort();
      // Lock order as in applications: vacancies first, in id order.
      const vacancies = vacancyIds.length
        ? await manager
            .getRepository(VacancyEntity)
            .find({ where: { id: In(vacancyIds) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } })
        : [];
      const closed = vacancies.filter(
        (vacancy) => vacancy.status !== 'published' || (vacancy.expiresAt && vacancy.expiresAt.getTime() <= Date.now()),
      );
      if (closed.length || vacancies.length !== vacancyIds.length) {
        throw new ConflictException({
          message: `These vacancies are no longer open: ${closed.map((vacancy) => vacancy.title).join(', ')}. Take them out of the round and run it again.`,
          details: closed.map((vacancy) => ({ field: 'vacancies', code: 'closed', message: vacancy.id })),
        });
      }
      const vacancyById = new Map(vacancies.map((vacancy) => [vacancy.id, vacancy]));
      const companies = await manager.getRepository(OrganizationEntity).findBy({
        id: In([...new Set(vacancies.map((vacancy) => vacancy.organizationId))]),
      });
      const companyName = new Map(companies.map((company) => [company.id, company.name]));
      const items: NewNotification[] = [];
      for (const [studentId, vacancyId] of assigned) {
        const vacancy = vacancyById.get(vacancyId) as VacancyEntity;
        const applicationId = await this.applications.offerFromRound(manager, {
          vacancy,
          studentId,
          roundId: id,
          actorId: user.id,
          note: round.name,
        });
        if (applicationId) {
          items.push({
            userId: studentId,
            type: 'round.offer',
            data: {
              roundName: round.name,
              vacancyTitle: vacancy.title,
              companyName: companyName.get(vacancy.organizationId) ?? '',
              applicationId,
            },
            path: `/sollicitaties/${applicationId}`,
          });
        }
      }
      for (const studentId of Object.keys(outcome.unplaced)) {
        items.push({
          userId: studentId,
          type: 'round.unplaced',
          data: { roundName: round.name, roundId: id },
          path: `/rondes/${id}`,
        });
      }
      items.push(...(await this.companyNotices(manager, round, outcome)));
      await manager
        .getRepository(PlacementRoundEntity)
        .update(
          { id },
          { status: 'published', publishedRunId: run.id, publishedMethod: dto.method, publishedAt: new Date() },
        );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'round.published',
          entityType: 'placement_round',
          entityId: id,
          data: { runId: run.id, method: dto.method, offers: assigned.length },
        },
        manager,
      );
      return this.notifications.notify(manager, items);
    });
    await this.notifications.deliver(mail);
    return this.detail(user, id);
  }

  /** Every owner and recruiter of a company in the round: how many students it got. */
  private async companyNotices(
    manager: EntityManager,
    round: PlacementRoundEntity,
    outcome: RunOutcome,
  ): Promise<NewNotification[]> {
    const rows = (await manager.query(
      `SELECT v.organization_id, array_agg(v.id) AS vacancy_ids FROM placement_round_vacancies rv
       JOIN vacancies v ON v.id = rv.vacancy_id WHERE rv.round_id = $1 GROUP BY v.organization_id`,
      [round.id],
    )) as { organization_id: string; vacancy_ids: string[] }[];
    const placedAt = new Map<string, number>();
    for (const vacancyId of Object.values(outcome.assignment)) {
      placedAt.set(vacancyId, (placedAt.get(vacancyId) ?? 0) + 1);
    }
    const members = await this.organizations.recipientsWithOrganization(
      manager,
      rows.map((row) => ({ organizationId: row.organization_id, roles: COMPANY_STAFF })),
    );
    return members.map((member) => {
      const row = rows.find((candidate) => candidate.organization_id === member.organizationId);
      const placed = (row?.vacancy_ids ?? []).reduce((sum, vacancyId) => sum + (placedAt.get(vacancyId) ?? 0), 0);
      return {
        userId: member.userId,
        type: 'round.published',
        data: { roundName: round.name, schoolName: round.school?.name ?? '', placed: String(placed) },
        path: '/bedrijf/rondes',
      };
    });
  }

  private async replaceVacancies(manager: EntityManager, roundId: string, input: RoundVacancyDto[]): Promise<void> {
    const repository = manager.getRepository(RoundVacancyEntity);
    const existing = new Map((await repository.find({ where: { roundId } })).map((entry) => [entry.vacancyId, entry]));
    const wanted = new Set(input.map((entry) => entry.vacancyId));
    const removed = [...existing.keys()].filter((vacancyId) => !wanted.has(vacancyId));
    if (removed.length) {
      await repository.delete({ roundId, vacancyId: In(removed) });
    }
    for (const entry of input) {
      const kept = existing.get(entry.vacancyId);
      await repository.save(
        repository.create({
          roundId,
          vacancyId: entry.vacancyId,
          capacity: entry.capacity,
          rankingMode: kept?.rankingMode ?? 'score',
          companyRanking: kept?.companyRanking ?? [],
        }),
      );
    }
  }

  /** Each vacancy once, published and unexpired, with no more places in the round than it has positions. */
  private async checkVacancies(input: RoundVacancyDto[]): Promise<void> {
    const ids = input.map((entry) => entry.vacancyId);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) {
      throw this.invalid('vacancies', 'duplicate', `vacancy ${duplicate} is in the list twice`);
    }
    const found = ids.length ? await this.dataSource.getRepository(VacancyEntity).findBy({ id: In(ids) }) : [];
    const byId = new Map(found.map((vacancy) => [vacancy.id, vacancy]));
    const details = input.flatMap((entry, index) => {
      const vacancy = byId.get(entry.vacancyId);
      const open = vacancy?.status === 'published' && (!vacancy.expiresAt || vacancy.expiresAt.getTime() > Date.now());
      if (!vacancy || !open) {
        return [
          {
            field: `vacancies.${index}.vacancyId`,
            code: 'notOpen',
            message: `${entry.vacancyId} is not an open vacancy`,
          },
        ];
      }
      if (entry.capacity > vacancy.positions) {
        return [
          {
            field: `vacancies.${index}.capacity`,
            code: 'max',
            message: `capacity must not exceed the vacancy's ${vacancy.positions} positions`,
          },
        ];
      }
      return [];
    });
    if (details.length) {
      throw new BadRequestException({ message: 'Some vacancies cannot take part in the round.', details });
    }
  }

  private assertCoordinator(user: AuthUser, schoolId: string): void {
    const coordinator = user.memberships.some(
      (membership) => membership.organizationId === schoolId && membership.role === 'coordinator',
    );
    if (!coordinator) {
      throw new NotFoundException('Organisation not found.');
    }
  }

  private async coordinatedRound(user: AuthUser, id: string): Promise<PlacementRoundEntity> {
    const round = await this.rounds.findRound(id);
    if (
      !round ||
      !user.memberships.some(
        (membership) => membership.organizationId === round.schoolId && membership.role === 'coordinator',
      )
    ) {
      throw new NotFoundException('Round not found.');
    }
    return round;
  }

  private assertOpen(round: PlacementRoundEntity): void {
    if (round.status !== 'open') {
      throw new ConflictException('This round has been published and can no longer change.');
    }
  }

  private invalid(field: string, code: string, message: string): BadRequestException {
    return new BadRequestException({ message: `Check ${field}: ${message}.`, details: [{ field, code, message }] });
  }
}
