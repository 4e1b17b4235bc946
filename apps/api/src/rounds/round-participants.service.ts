import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  CompanyRoundCandidateResponse,
  CompanyRoundResponse,
  CompanyRoundVacancyResponse,
  MyRoundResponse,
} from '@techzone/contracts';
import { reasonDistanceKm } from '@techzone/matching';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { assertMember, isMember } from '../organizations/organization-access';
import { CandidateProfileEntity } from '../profiles/entities/candidate-profile.entity';
import { VacancyEntity } from '../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { roundKm } from '../vacancies/vacancy.mapper';
import { CompanyRankingDto, RankingDto } from './dto/round.dto';
import type { PlacementRoundEntity } from './entities/placement-round.entity';
import { RoundVacancyEntity } from './entities/round-vacancy.entity';
import { RoundMarketService } from './round-market.service';
import { RoundsRepository } from './rounds.repository';
import { isRankingOpen } from './rounds.service';

/**
 * Placement rounds as their participants see them. A student of the round's cohort sees the round's vacancies with
 * their match, ranks them before the deadline and, after publication, sees only their own result. A company sees
 * only its own vacancies in a round: the students who chose them, how it ranks them, and whom it got.
 */
@Injectable()
export class RoundParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundsRepository,
    private readonly market: RoundMarketService,
    private readonly vacancies: VacanciesRepository,
    private readonly audit: AuditService,
  ) {}

  async myRounds(user: AuthUser): Promise<MyRoundResponse[]> {
    const cohortId = await this.cohortOf(user);
    if (!cohortId) {
      return [];
    }
    const rounds = await this.rounds.findByCohort(cohortId);
    return Promise.all(rounds.map((round) => this.myView(user, round)));
  }

  async myRound(user: AuthUser, id: string): Promise<MyRoundResponse> {
    return this.myView(user, await this.studentRound(user, id));
  }

  /** The student's choices, first choice first: only the round's vacancies, each once, that meet the hard rules. */
  async rank(user: AuthUser, id: string, dto: RankingDto): Promise<MyRoundResponse> {
    const round = await this.studentRound(user, id);
    if (!isRankingOpen(round)) {
      throw new ConflictException(
        round.status === 'open'
          ? 'The deadline of this round has passed: choices can no longer change.'
          : 'This round has been published: choices can no longer change.',
      );
    }
    if (dto.vacancyIds.length > round.maxChoices) {
      throw new BadRequestException({
        message: `Choose at most ${round.maxChoices} places.`,
        details: [{ field: 'vacancyIds', code: 'arrayMaxSize', message: `at most ${round.maxChoices} choices` }],
      });
    }
    const inRound = new Set((await this.rounds.roundVacancies(round.id)).map((entry) => entry.vacancyId));
    const unknown = dto.vacancyIds.filter((vacancyId) => !inRound.has(vacancyId));
    if (unknown.length) {
      throw new BadRequestException({
        message: 'Choose only places of this round.',
        details: unknown.map((vacancyId) => ({ field: 'vacancyIds', code: 'notInRound', message: vacancyId })),
      });
    }
    const scorer = await this.market.scorer([user.id], dto.vacancyIds);
    const ineligible = dto.vacancyIds.flatMap((vacancyId) => {
      const failed = scorer.failedRules(user.id, vacancyId);
      return failed.length
        ? [{ field: 'vacancyIds', code: 'ineligible', message: `${vacancyId}: ${failed.join(', ')}` }]
        : [];
    });
    if (ineligible.length) {
      throw new BadRequestException({
        message: 'Some places do not fit your education or certificates; see the reasons with each place.',
        details: ineligible,
      });
    }
    await this.rounds.saveRanking(round.id, user.id, dto.vacancyIds);
    await this.audit.record({
      actorId: user.id,
      action: 'round.ranked',
      entityType: 'placement_round',
      entityId: round.id,
      data: { choices: dto.vacancyIds.length },
    });
    return this.myView(user, round);
  }

  async companyRounds(user: AuthUser, companyId: string): Promise<CompanyRoundResponse[]> {
    assertMember(user, companyId);
    const rounds = await this.rounds.findByCompany(companyId);
    return Promise.all(rounds.map((round) => this.companyView(round, companyId)));
  }

  async companyRank(
    user: AuthUser,
    id: string,
    vacancyId: string,
    dto: CompanyRankingDto,
  ): Promise<CompanyRoundVacancyResponse> {
    const round = await this.rounds.findRound(id);
    const vacancy = await this.dataSource.getRepository(VacancyEntity).findOne({ where: { id: vacancyId } });
    const entry = round
      ? await this.dataSource.getRepository(RoundVacancyEntity).findOne({ where: { roundId: id, vacancyId } })
      : null;
    if (!round || !vacancy || !entry || !isMember(user, vacancy.organizationId)) {
      throw new NotFoundException('Round not found.');
    }
    if (round.status !== 'open') {
      throw new ConflictException('This round has been published and can no longer change.');
    }
    const studentIds = dto.mode === 'manual' ? (dto.studentIds ?? []) : [];
    if (studentIds.length) {
      const chosenBy = new Set(await this.chosenBy(round, vacancyId));
      const strangers = studentIds.filter((studentId) => !chosenBy.has(studentId));
      if (strangers.length) {
        throw new BadRequestException({
          message: 'Rank only students who chose this place.',
          details: strangers.map((studentId) => ({ field: 'studentIds', code: 'notCandidate', message: studentId })),
        });
      }
    }
    await this.dataSource
      .getRepository(RoundVacancyEntity)
      .update({ roundId: id, vacancyId }, { rankingMode: dto.mode, companyRanking: studentIds });
    await this.audit.record({
      actorId: user.id,
      action: 'round.company_ranked',
      entityType: 'placement_round',
      entityId: id,
      data: { vacancyId, mode: dto.mode },
    });
    const view = await this.companyView(round, vacancy.organizationId);
    return view.vacancies.find((item) => item.vacancyId === vacancyId) as CompanyRoundVacancyResponse;
  }

  private async myView(user: AuthUser, round: PlacementRoundEntity): Promise<MyRoundResponse> {
    const [roundVacancies, ranking] = await Promise.all([
      this.rounds.roundVacancies(round.id),
      this.rounds.ranking(round.id, user.id),
    ]);
    const vacancyIds = roundVacancies.map((entry) => entry.vacancyId);
    const [details, scorer] = await Promise.all([
      this.vacancies.findSummaries(vacancyIds),
      this.market.scorer([user.id], vacancyIds),
    ]);
    const capacity = new Map(roundVacancies.map((entry) => [entry.vacancyId, entry.capacity]));
    const vacancies = details
      .map((vacancy) => {
        const match = scorer.score(user.id, vacancy.id);
        return {
          vacancy: { ...vacancy, distanceKm: roundKm(reasonDistanceKm(match?.reasons ?? [])) },
          capacity: capacity.get(vacancy.id) ?? 0,
          score: Math.round(match?.score ?? 0),
          reasons: match?.reasons ?? [],
          failedRules: scorer.failedRules(user.id, vacancy.id),
        };
      })
      .sort((a, b) => b.score - a.score || a.vacancy.title.localeCompare(b.vacancy.title, 'nl'));
    return {
      id: round.id,
      name: round.name,
      schoolName: round.school?.name ?? '',
      deadline: round.deadline.toISOString(),
      maxChoices: round.maxChoices,
      status: round.status,
      rankingOpen: isRankingOpen(round),
      vacancies,
      ranking: (ranking?.vacancyIds ?? []).filter((vacancyId) => capacity.has(vacancyId)),
      rankedAt: ranking?.updatedAt.toISOString() ?? null,
      result: await this.myResult(user, round),
    };
  }

  private async myResult(user: AuthUser, round: PlacementRoundEntity): Promise<MyRoundResponse['result']> {
    if (round.status !== 'published' || !round.publishedRunId || !round.publishedMethod) {
      return null;
    }
    const run = await this.rounds.run(round.id, round.publishedRunId);
    const vacancyId = run?.result[round.publishedMethod].assignment[user.id] ?? null;
    const applications = vacancyId ? await this.rounds.roundApplications(round.id, user.id) : new Map<string, string>();
    return { vacancyId, applicationId: vacancyId ? (applications.get(vacancyId) ?? null) : null };
  }

  private async companyView(round: PlacementRoundEntity, companyId: string): Promise<CompanyRoundResponse> {
    const [roundVacancies, students, rankings] = await Promise.all([
      this.rounds.roundVacancies(round.id),
      this.rounds.cohortStudents(round.cohortId),
      this.rounds.rankings(round.id),
    ]);
    const own = roundVacancies.length
      ? await this.dataSource.getRepository(VacancyEntity).find({
          where: roundVacancies.map((entry) => ({ id: entry.vacancyId, organizationId: companyId })),
          order: { title: 'ASC' },
        })
      : [];
    const studentById = new Map(students.map((student) => [student.userId, student]));
    const choicesOf = new Map(
      rankings
        .filter((ranking) => studentById.has(ranking.studentId))
        .map((ranking) => [ranking.studentId, ranking.vacancyIds.slice(0, round.maxChoices)]),
    );
    const choosers = [...choicesOf.entries()].filter(([, choices]) =>
      choices.some((id) => own.some((v) => v.id === id)),
    );
    const scorer = await this.market.scorer(
      choosers.map(([studentId]) => studentId),
      own.map((vacancy) => vacancy.id),
    );
    const run =
      round.status === 'published' && round.publishedRunId
        ? await this.rounds.run(round.id, round.publishedRunId)
        : null;
    const assignment = run && round.publishedMethod ? run.result[round.publishedMethod].assignment : null;
    return {
      id: round.id,
      name: round.name,
      schoolName: round.school?.name ?? '',
      deadline: round.deadline.toISOString(),
      status: round.status,
      rankingOpen: isRankingOpen(round),
      vacancies: own.map((vacancy) => {
        const entry = roundVacancies.find((item) => item.vacancyId === vacancy.id) as RoundVacancyEntity;
        const candidates: CompanyRoundCandidateResponse[] = choosers.flatMap(([studentId, choices]) => {
          const position = choices.indexOf(vacancy.id);
          const student = studentById.get(studentId);
          if (position < 0 || !student) {
            return [];
          }
          const match = scorer.score(studentId, vacancy.id);
          return [
            {
              userId: studentId,
              name: student.name,
              educationLevel: student.educationLevel,
              programName: student.programName,
              choice: position + 1,
              score: Math.round(match?.score ?? 0),
              reasons: match?.reasons ?? [],
            },
          ];
        });
        const order = new Map(entry.companyRanking.map((studentId, index) => [studentId, index]));
        candidates.sort((a, b) =>
          entry.rankingMode === 'manual'
            ? (order.get(a.userId) ?? Infinity) - (order.get(b.userId) ?? Infinity) || b.score - a.score
            : b.score - a.score || a.name.localeCompare(b.name, 'nl'),
        );
        return {
          vacancyId: vacancy.id,
          title: vacancy.title,
          capacity: entry.capacity,
          mode: entry.rankingMode,
          candidates,
          placed: assignment
            ? Object.entries(assignment)
                .filter(([, vacancyId]) => vacancyId === vacancy.id)
                .map(([userId]) => ({ userId, name: studentById.get(userId)?.name ?? '' }))
            : null,
        };
      }),
    };
  }

  private async chosenBy(round: PlacementRoundEntity, vacancyId: string): Promise<string[]> {
    const [students, rankings] = await Promise.all([
      this.rounds.cohortStudents(round.cohortId),
      this.rounds.rankings(round.id),
    ]);
    const inCohort = new Set(students.map((student) => student.userId));
    return rankings
      .filter(
        (ranking) =>
          inCohort.has(ranking.studentId) && ranking.vacancyIds.slice(0, round.maxChoices).includes(vacancyId),
      )
      .map((ranking) => ranking.studentId);
  }

  private async cohortOf(user: AuthUser): Promise<string | null> {
    const profile = await this.dataSource
      .getRepository(CandidateProfileEntity)
      .findOne({ where: { userId: user.id }, select: { userId: true, cohortId: true } });
    return profile?.cohortId ?? null;
  }

  /** A round of the student's own cohort; every other round does not exist for them. */
  private async studentRound(user: AuthUser, id: string): Promise<PlacementRoundEntity> {
    const [round, cohortId] = await Promise.all([this.rounds.findRound(id), this.cohortOf(user)]);
    if (!round || !cohortId || round.cohortId !== cohortId) {
      throw new NotFoundException('Round not found.');
    }
    return round;
  }
}
