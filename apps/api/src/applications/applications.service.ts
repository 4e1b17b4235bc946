import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  canTransition,
  nextStatuses,
  OPEN_STATUSES,
  routeProblem,
  type ApplicationActor,
  type ApplicationEventActor,
  type ApplicationResponse,
  type ApplicationStatus,
  type ResponsivenessResponse,
  type RouteProblem,
} from '@techzone/contracts';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AccessLogService } from '../audit/access-log.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { COMPANY_STAFF, isMember } from '../organizations/organization-access';
import { OrganizationsService } from '../organizations/organizations.service';
import { PlacementsService } from '../placements/placements.service';
import { CandidateProfileEntity } from '../profiles/entities/candidate-profile.entity';
import { PlaceEntity } from '../taxonomy/entities/place.entity';
import { VacancyEntity } from '../vacancies/entities/vacancy.entity';
import { isBlind, toApplicant, toApplicationResponse } from './application.mapper';
import { CreateApplicationDto, MessageDto, TransitionDto } from './dto/application.dto';
import { ApplicationEventEntity } from './entities/application-event.entity';
import { ApplicationMessageEntity } from './entities/application-message.entity';
import { ApplicationEntity } from './entities/application.entity';

const WORK_BASED_TYPES = ['bol_internship', 'bbl_apprenticeship'];

const ROUTE_PROBLEM_TEXT: Readonly<Record<RouteProblem, string>> = {
  bolStudentsOnly: 'A BOL internship is for MBO students on the BOL route.',
  bblOnly: 'A BBL place is for MBO students on the BBL route and for vakmensen.',
  graduationStudentsOnly: 'A graduation internship is for students in MBO 4, HBO or WO.',
};

interface Party {
  application: ApplicationEntity;
  actor: ApplicationActor;
}

/**
 * Applications follow the state machine in @techzone/contracts. The candidate applies, withdraws, accepts or
 * declines an offer; members of the vacancy's company move it forward or reject it. Every change is an event, and
 * the other side is notified. Transactions lock the vacancy before the application, so that accepting the last
 * position and filling the vacancy cannot deadlock or overbook.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly accessLog: AccessLogService,
    private readonly organizations: OrganizationsService,
    private readonly placements: PlacementsService,
  ) {}

  async apply(user: AuthUser, vacancyId: string, dto: CreateApplicationDto): Promise<ApplicationResponse> {
    const pending = await this.dataSource
      .transaction(async (manager) => {
        const vacancy = await manager.getRepository(VacancyEntity).findOne({ where: { id: vacancyId } });
        const open =
          vacancy?.status === 'published' && (!vacancy.expiresAt || vacancy.expiresAt.getTime() > Date.now());
        if (!vacancy || !open) {
          throw new NotFoundException('This vacancy is not open for applications.');
        }
        const profile = await manager
          .getRepository(CandidateProfileEntity)
          .findOne({ where: { userId: user.id }, select: { route: true, educationLevel: true } });
        const problem = routeProblem(
          { kind: user.candidateKind, route: profile?.route ?? null, educationLevel: profile?.educationLevel ?? null },
          vacancy.type,
        );
        if (problem) {
          throw new ConflictException({
            message: ROUTE_PROBLEM_TEXT[problem],
            details: [{ field: 'type', code: problem, message: `${vacancy.type} does not fit the candidate's route` }],
          });
        }
        const now = new Date();
        const application = await manager.getRepository(ApplicationEntity).save(
          manager.getRepository(ApplicationEntity).create({
            vacancyId,
            candidateId: user.id,
            motivation: dto.motivation,
            status: 'submitted',
            lastCompanyActivityAt: now,
          }),
        );
        await this.event(manager, application.id, user.id, 'candidate', null, 'submitted');
        await this.audit.record(
          { actorId: user.id, action: 'application.submitted', entityType: 'application', entityId: application.id },
          manager,
        );
        const recipients = await this.companyRecipients(manager, vacancy.organizationId);
        return {
          id: application.id,
          mail: await this.notifications.notify(
            manager,
            recipients.map((userId) => ({
              userId,
              type: 'application.submitted',
              data: { vacancyTitle: vacancy.title, applicationId: application.id },
              path: `/bedrijf/vacatures/${vacancyId}/sollicitaties`,
            })),
          ),
        };
      })
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          throw new ConflictException('You have already applied to this vacancy. Find it under My applications.');
        }
        throw error;
      });
    await this.notifications.deliver(pending.mail);
    return this.get(user, pending.id);
  }

  async get(user: AuthUser, id: string): Promise<ApplicationResponse> {
    const { application, actor } = await this.party(this.dataSource.manager, user, id, true);
    if (actor === 'company') {
      await this.accessLog.record(user, [application.candidateId], 'application_viewed', {
        organizationId: application.vacancy?.organizationId ?? null,
        vacancyId: application.vacancyId,
      });
    }
    return this.respond(application, actor);
  }

  async mine(user: AuthUser): Promise<ApplicationResponse[]> {
    const applications = await this.dataSource.getRepository(ApplicationEntity).find({
      where: { candidateId: user.id },
      relations: this.relations(false),
      order: { updatedAt: 'DESC' },
    });
    return this.respondAll(applications, 'candidate');
  }

  /** The company's board for one vacancy: every application, each with what the viewer may do next. */
  async board(user: AuthUser, vacancyId: string): Promise<ApplicationResponse[]> {
    const vacancy = await this.dataSource.getRepository(VacancyEntity).findOne({ where: { id: vacancyId } });
    if (!vacancy || !isMember(user, vacancy.organizationId)) {
      throw new NotFoundException('Vacancy not found.');
    }
    const applications = await this.dataSource.getRepository(ApplicationEntity).find({
      where: { vacancyId },
      relations: this.relations(false),
      order: { createdAt: 'ASC' },
    });
    await this.accessLog.record(
      user,
      applications.map((application) => application.candidateId),
      'applications_listed',
      { organizationId: vacancy.organizationId, vacancyId },
    );
    return this.respondAll(applications, 'company');
  }

  async transition(user: AuthUser, id: string, dto: TransitionDto): Promise<ApplicationResponse> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const vacancyId = (await this.party(manager, user, id, false)).application.vacancyId;
      // Lock order: the vacancy, then the application.
      const vacancy = await manager
        .getRepository(VacancyEntity)
        .findOne({ where: { id: vacancyId }, lock: { mode: 'pessimistic_write' } });
      const { application, actor } = await this.party(manager, user, id, false, true);
      if (!vacancy) {
        throw new NotFoundException('Vacancy not found.');
      }
      const from = application.status;
      if (!canTransition(from, dto.to, actor)) {
        throw new ConflictException({
          message: `An application that is ${from} cannot be moved to ${dto.to} by the ${actor}.`,
          allowedNext: nextStatuses(from, actor),
          details: [
            {
              field: 'to',
              code: 'illegalTransition',
              message: `allowed: ${nextStatuses(from, actor).join(', ') || 'none'}`,
            },
          ],
        });
      }
      if (dto.to === 'rejected' && !dto.reason) {
        throw new BadRequestException({
          message: 'Give a reason when rejecting.',
          details: [{ field: 'reason', code: 'isIn', message: 'reason is required when rejecting' }],
        });
      }
      const items: NewNotification[] = [];
      if (dto.to === 'accepted') {
        const accepted = await manager
          .getRepository(ApplicationEntity)
          .count({ where: { vacancyId, status: 'accepted' } });
        if (accepted >= vacancy.positions) {
          throw new ConflictException({
            message: 'Every position of this vacancy has been taken.',
            allowedNext: ['declined', 'withdrawn'],
          });
        }
        if (accepted + 1 >= vacancy.positions) {
          items.push(...(await this.fill(manager, vacancy, application.id)));
        }
        await this.proposePlacement(manager, application, vacancy);
      }
      await this.move(manager, application, actor, user.id, dto.to, dto.reason ?? null, dto.note ?? null);
      items.push(await this.notifyOtherSide(manager, application, vacancy, actor, user, dto.to));
      return this.notifications.notify(manager, items);
    });
    await this.notifications.deliver(mail);
    return this.get(user, id);
  }

  async message(user: AuthUser, id: string, dto: MessageDto): Promise<ApplicationResponse> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const { application, actor } = await this.party(manager, user, id, false, true);
      const vacancy = await manager.getRepository(VacancyEntity).findOneByOrFail({ id: application.vacancyId });
      if (dto.interview && actor !== 'company') {
        throw new BadRequestException({
          message: 'Only the company proposes an interview.',
          details: [{ field: 'interview', code: 'companyOnly', message: 'interview is for the company' }],
        });
      }
      await manager.getRepository(ApplicationMessageEntity).insert({
        applicationId: id,
        senderId: user.id,
        senderKind: actor,
        body: dto.body,
        interviewAt: dto.interview ? new Date(dto.interview.startsAt) : null,
        interviewPlace: dto.interview?.place ?? null,
      });
      if (actor === 'company') {
        await this.touchByCompany(manager, application);
      }
      const recipients =
        actor === 'company' ? [application.candidateId] : await this.companyRecipients(manager, vacancy.organizationId);
      return this.notifications.notify(
        manager,
        recipients.map((userId) => ({
          userId,
          type: 'application.message',
          data: {
            vacancyTitle: vacancy.title,
            applicationId: id,
            ...(dto.interview ? { interviewAt: dto.interview.startsAt, interviewPlace: dto.interview.place } : {}),
          },
          path: actor === 'company' ? `/sollicitaties/${id}` : `/bedrijf/sollicitaties/${id}`,
        })),
      );
    });
    await this.notifications.deliver(mail);
    return this.get(user, id);
  }

  /**
   * A published placement round offers a student a place: their application to the vacancy becomes `offered`
   * (created when there is none; reopened when it had ended), recorded as the school's step. Runs inside the
   * caller's transaction, which has locked the vacancy. Returns the application id, or null when the student had
   * already accepted that place.
   */
  async offerFromRound(
    manager: EntityManager,
    offer: { vacancy: VacancyEntity; studentId: string; roundId: string; actorId: string; note: string },
  ): Promise<string | null> {
    const repository = manager.getRepository(ApplicationEntity);
    const existing = await repository.findOne({
      where: { vacancyId: offer.vacancy.id, candidateId: offer.studentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing?.status === 'accepted') {
      return null;
    }
    const now = new Date();
    if (existing?.status === 'offered') {
      await repository.update({ id: existing.id }, { placementRoundId: offer.roundId });
      return existing.id;
    }
    const from = existing?.status ?? null;
    const application = existing
      ? Object.assign(existing, { status: 'offered' as const, rejectionReason: null, placementRoundId: offer.roundId })
      : repository.create({
          vacancyId: offer.vacancy.id,
          candidateId: offer.studentId,
          motivation: '',
          status: 'offered',
          placementRoundId: offer.roundId,
          lastCompanyActivityAt: now,
        });
    await repository.save(application);
    await this.event(manager, application.id, offer.actorId, 'school', from, 'offered', null, offer.note);
    await this.audit.record(
      {
        actorId: offer.actorId,
        action: 'application.offered',
        entityType: 'application',
        entityId: application.id,
        data: { from, to: 'offered', roundId: offer.roundId },
      },
      manager,
    );
    return application.id;
  }

  /** Public: how fast and how often a company answers its applicants. */
  async responsiveness(companyId: string): Promise<ResponsivenessResponse> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS applications,
              count(a.first_response_at)::int AS answered,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.first_response_at - a.created_at) / 3600)
                FILTER (WHERE a.first_response_at IS NOT NULL) AS median_hours
       FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
       WHERE v.organization_id = $1 AND a.status <> 'withdrawn' AND a.placement_round_id IS NULL`,
      [companyId],
    )) as { applications: number; answered: number; median_hours: number | null }[];
    return {
      applications: row.applications,
      responseRate: row.applications ? row.answered / row.applications : null,
      medianResponseHours: row.median_hours === null ? null : Math.round(Number(row.median_hours) * 10) / 10,
    };
  }

  /** The last position is taken: the vacancy is filled and every other open applicant is told, courteously. */
  private async fill(manager: EntityManager, vacancy: VacancyEntity, acceptedId: string): Promise<NewNotification[]> {
    await manager.getRepository(VacancyEntity).update({ id: vacancy.id }, { status: 'filled', closedAt: new Date() });
    const others = await manager.getRepository(ApplicationEntity).find({
      where: { vacancyId: vacancy.id, status: In(OPEN_STATUSES as ApplicationStatus[]) },
      lock: { mode: 'pessimistic_write' },
    });
    const organizationName =
      (await manager.query(`SELECT name FROM organizations WHERE id = $1`, [vacancy.organizationId]))[0]?.name ?? '';
    const items: NewNotification[] = [];
    for (const other of others.filter((application) => application.id !== acceptedId)) {
      await this.move(manager, other, 'company', null, 'rejected', 'position_filled', null);
      items.push({
        userId: other.candidateId,
        type: 'vacancy.filled',
        data: { vacancyTitle: vacancy.title, companyName: organizationName, applicationId: other.id },
        path: `/sollicitaties/${other.id}`,
      });
    }
    return items;
  }

  /** Accepting a BOL or BBL place proposes a placement to the student's school (the placements module's rule). */
  private async proposePlacement(
    manager: EntityManager,
    application: ApplicationEntity,
    vacancy: VacancyEntity,
  ): Promise<void> {
    if (!WORK_BASED_TYPES.includes(vacancy.type)) {
      return;
    }
    const profile = await manager
      .getRepository(CandidateProfileEntity)
      .findOne({ where: { userId: application.candidateId } });
    await this.placements.propose(
      manager,
      {
        applicationId: application.id,
        studentId: application.candidateId,
        companyId: vacancy.organizationId,
        vacancyId: vacancy.id,
        startDate: vacancy.startDate,
        endDate: vacancy.endDate,
        hoursPerWeek: vacancy.hoursPerWeek,
      },
      {
        schoolId: profile?.schoolId ?? null,
        qualificationCrebo: profile?.qualificationCrebo ?? null,
        route: profile?.route ?? null,
      },
    );
  }

  private async move(
    manager: EntityManager,
    application: ApplicationEntity,
    actor: ApplicationActor,
    actorId: string | null,
    to: ApplicationStatus,
    reason: ApplicationEntity['rejectionReason'],
    note: string | null,
  ): Promise<void> {
    const from = application.status;
    application.status = to;
    if (to === 'rejected') {
      application.rejectionReason = reason;
    }
    await manager
      .getRepository(ApplicationEntity)
      .update(
        { id: application.id },
        { status: to, rejectionReason: application.rejectionReason, updatedAt: new Date() },
      );
    if (actor === 'company') {
      await this.touchByCompany(manager, application);
    }
    await this.event(manager, application.id, actorId, actor, from, to, reason, note);
    await this.audit.record(
      { actorId, action: `application.${to}`, entityType: 'application', entityId: application.id, data: { from, to } },
      manager,
    );
  }

  private async touchByCompany(manager: EntityManager, application: ApplicationEntity): Promise<void> {
    const now = new Date();
    await manager
      .getRepository(ApplicationEntity)
      .update(
        { id: application.id },
        { lastCompanyActivityAt: now, firstResponseAt: application.firstResponseAt ?? now },
      );
    application.firstResponseAt ??= now;
    application.lastCompanyActivityAt = now;
  }

  private async event(
    manager: EntityManager,
    applicationId: string,
    actorId: string | null,
    actorKind: ApplicationEventActor,
    fromStatus: ApplicationStatus | null,
    toStatus: ApplicationStatus,
    reason: ApplicationEntity['rejectionReason'] = null,
    note: string | null = null,
  ): Promise<void> {
    await manager
      .getRepository(ApplicationEventEntity)
      .insert({ applicationId, actorId, actorKind, fromStatus, toStatus, reason, note });
  }

  private async notifyOtherSide(
    manager: EntityManager,
    application: ApplicationEntity,
    vacancy: VacancyEntity,
    actor: ApplicationActor,
    user: AuthUser,
    to: ApplicationStatus,
  ): Promise<NewNotification> {
    if (actor === 'company') {
      const organizationName =
        (await manager.query(`SELECT name FROM organizations WHERE id = $1`, [vacancy.organizationId]))[0]?.name ?? '';
      return {
        userId: application.candidateId,
        type: 'application.status',
        data: { vacancyTitle: vacancy.title, companyName: organizationName, status: to, applicationId: application.id },
        path: `/sollicitaties/${application.id}`,
      };
    }
    const recipients = await this.companyRecipients(manager, vacancy.organizationId);
    return {
      // The first owner or recruiter gets the candidate's decision; all of them see it on the board.
      userId: recipients[0] ?? user.id,
      type: 'application.candidate_action',
      data: { vacancyTitle: vacancy.title, candidateName: user.name, status: to, applicationId: application.id },
      path: `/bedrijf/vacatures/${vacancy.id}/sollicitaties`,
    };
  }

  private companyRecipients(manager: EntityManager, organizationId: string): Promise<string[]> {
    return this.organizations.recipients(manager, [{ organizationId, roles: COMPANY_STAFF }]);
  }

  /** The application and the side the user is on; to anyone else it does not exist. */
  private async party(manager: EntityManager, user: AuthUser, id: string, full: boolean, lock = false): Promise<Party> {
    const application = await manager.getRepository(ApplicationEntity).findOne({
      where: { id },
      relations: lock ? { vacancy: true } : this.relations(full),
    });
    if (lock && application) {
      await manager.query(`SELECT id FROM applications WHERE id = $1 FOR UPDATE`, [id]);
      const fresh = await manager.getRepository(ApplicationEntity).findOneByOrFail({ id });
      Object.assign(application, {
        status: fresh.status,
        firstResponseAt: fresh.firstResponseAt,
        rejectionReason: fresh.rejectionReason,
      });
    }
    if (application?.candidateId === user.id) {
      return { application, actor: 'candidate' };
    }
    if (
      application?.vacancy &&
      isMember(user, application.vacancy.organizationId) &&
      user.permissions.includes('application.manage')
    ) {
      return { application, actor: 'company' };
    }
    throw new NotFoundException('Application not found.');
  }

  private relations(full: boolean): Record<string, unknown> {
    return {
      vacancy: { organization: true, place: true, skills: { skill: true } },
      candidate: true,
      placementRound: true,
      ...(full ? { events: true, messages: true } : { events: true }),
    };
  }

  private async respond(application: ApplicationEntity, actor: ApplicationActor): Promise<ApplicationResponse> {
    return (await this.respondAll([application], actor))[0];
  }

  /** Responses for a list of applications, with the applicants' profiles and home places in two queries. */
  private async respondAll(applications: ApplicationEntity[], actor: ApplicationActor): Promise<ApplicationResponse[]> {
    const candidateIds = [...new Set(applications.map((application) => application.candidateId))];
    const profiles = candidateIds.length
      ? await this.dataSource.getRepository(CandidateProfileEntity).find({
          where: { userId: In(candidateIds) },
          relations: { skills: { skill: true } },
        })
      : [];
    const placeIds = [...new Set(profiles.flatMap((profile) => (profile.homePlaceId ? [profile.homePlaceId] : [])))];
    const places = placeIds.length ? await this.dataSource.getRepository(PlaceEntity).findBy({ id: In(placeIds) }) : [];
    const profileOf = new Map(profiles.map((profile) => [profile.userId, profile]));
    const placeName = new Map(places.map((place) => [place.id, place.name]));
    return applications.map((application) => {
      const profile = profileOf.get(application.candidateId) ?? null;
      const home = profile?.homePlaceId ? (placeName.get(profile.homePlaceId) ?? null) : null;
      const applicant = toApplicant(application.candidate, profile, home, isBlind(application, actor));
      return toApplicationResponse(application, actor, applicant);
    });
  }
}
