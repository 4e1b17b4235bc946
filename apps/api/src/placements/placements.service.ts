import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  AgreementParty,
  LearningRoute,
  MembershipRole,
  PlacementAction,
  PlacementOverviewResponse,
  PlacementOverviewStudentResponse,
  PlacementResponse,
  PlacementStatus,
  StudentPlacementState,
  StudentTimelineEntry,
} from '@techzone/contracts';
import { STUDENT_PLACEMENT_STATES } from '@techzone/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../audit/access-log.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { csvCell } from '../common/csv';
import { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { assertMember, COMPANY_STAFF } from '../organizations/organization-access';
import { OrganizationsService } from '../organizations/organizations.service';
import { currentAgreement, drawAgreement, latestGuardianLink, toAgreementResponse } from './agreement-drafting';
import {
  AssignPersonDto,
  PlacementOverviewQueryDto,
  RejectPlacementDto,
  UpdatePlacementDto,
} from './dto/placement.dto';
import { PlacementEventEntity } from './entities/placement-event.entity';
import { PlacementEntity } from './entities/placement.entity';
import { placementChecks } from './placement-checks';

export type Viewer = 'student' | 'coordinator' | 'supervisor' | 'company';

export interface PlacementAccess {
  placement: PlacementEntity;
  viewer: Viewer;
}

/** Placements not ended (completed, terminated or rejected). */
export const OPEN_PLACEMENT: readonly PlacementStatus[] = ['proposed', 'approved', 'agreement_signed', 'active'];
/** Period and hours change until the placement is under way; after signing, a change makes a new agreement. */
const EDITABLE: readonly PlacementStatus[] = ['proposed', 'approved', 'agreement_signed'];
/** A student whose placement should start within this many days and who has none is at risk. */
const RISK_DAYS = 30;

/**
 * Placements after the offer: the school checks and approves (or rejects) them, assigns a supervisor; the company
 * assigns a mentor. Only the parties see a placement: the student, the school's coordinators, the assigned
 * supervisor, and the company's members.
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly accessLog: AccessLogService,
    private readonly organizations: OrganizationsService,
  ) {}

  async get(user: AuthUser, id: string): Promise<PlacementResponse> {
    const { placement, viewer } = await this.access(this.dataSource.manager, user, id);
    if (viewer !== 'student') {
      await this.accessLog.record(user, [placement.studentId], 'placement_viewed', {
        organizationId: viewer === 'company' ? placement.companyId : placement.schoolId,
        vacancyId: placement.vacancyId,
      });
    }
    return this.respond(placement, viewer, user);
  }

  async mine(user: AuthUser): Promise<PlacementResponse[]> {
    const placements = await this.load(this.dataSource.manager, { studentId: user.id });
    return Promise.all(placements.map((placement) => this.respond(placement, 'student', user)));
  }

  /** The placements the user guides: as the school's supervisor or as the company's mentor. */
  async guided(user: AuthUser): Promise<PlacementResponse[]> {
    const placements = await this.dataSource.getRepository(PlacementEntity).find({
      where: [{ supervisorId: user.id }, { mentorId: user.id }],
      relations: {
        student: true,
        company: true,
        school: true,
        vacancy: true,
        supervisor: true,
        mentor: true,
        events: { actor: true },
      },
      order: { createdAt: 'DESC' },
    });
    return Promise.all(
      placements.flatMap((placement) => {
        const viewer = viewerOf(user, placement);
        return viewer ? [this.respond(placement, viewer, user)] : [];
      }),
    );
  }

  async ofCompany(user: AuthUser, companyId: string): Promise<PlacementResponse[]> {
    assertMember(user, companyId);
    const placements = await this.load(this.dataSource.manager, { companyId });
    return Promise.all(
      placements
        .filter((placement) => viewerOf(user, placement) === 'company')
        .map((placement) => this.respond(placement, 'company', user)),
    );
  }

  async update(user: AuthUser, id: string, dto: UpdatePlacementDto): Promise<PlacementResponse> {
    await this.dataSource.transaction(async (manager) => {
      const placement = await this.forCoordinator(manager, user, id, EDITABLE);
      const next = {
        startDate: dto.startDate ?? placement.startDate,
        endDate: dto.endDate ?? placement.endDate,
        hoursPerWeek: dto.hoursPerWeek ?? placement.hoursPerWeek,
      };
      if (next.startDate && next.endDate && next.endDate <= next.startDate) {
        throw new BadRequestException({
          message: 'The end date must come after the start date.',
          details: [{ field: 'endDate', code: 'endBeforeStart', message: 'endDate must be after startDate' }],
        });
      }
      await manager.getRepository(PlacementEntity).update({ id }, next);
      await this.event(manager, id, user.id, 'updated', null, null, JSON.stringify(dto));
      await this.redrawAgreement(manager, user.id, { ...placement, ...next });
    });
    return this.get(user, id);
  }

  async approve(user: AuthUser, id: string): Promise<PlacementResponse> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const placement = await this.forCoordinator(manager, user, id, ['proposed']);
      const failed = (await this.checks(manager, placement)).filter((check) => !check.ok);
      if (failed.length) {
        throw new ConflictException({
          message:
            'This placement does not pass the checks yet; correct the period or hours, or ask the company about its accreditation.',
          details: failed.map((check) => ({
            field: check.check,
            code: check.problem ?? 'failed',
            message: check.check,
          })),
        });
      }
      await this.move(manager, placement, user.id, 'approve', 'approved', null);
      return this.notifications.notify(manager, await this.partiesNotice(manager, placement, 'placement.approved'));
    });
    await this.notifications.deliver(mail);
    return this.get(user, id);
  }

  async reject(user: AuthUser, id: string, dto: RejectPlacementDto): Promise<PlacementResponse> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const placement = await this.forCoordinator(manager, user, id, ['proposed']);
      await manager.getRepository(PlacementEntity).update({ id }, { rejectionNote: dto.note });
      await this.move(manager, placement, user.id, 'reject', 'rejected', dto.note);
      return this.notifications.notify(manager, await this.partiesNotice(manager, placement, 'placement.rejected'));
    });
    await this.notifications.deliver(mail);
    return this.get(user, id);
  }

  /** The coordinator assigns a supervisor: a coordinator or supervisor of the same school. */
  async assignSupervisor(user: AuthUser, id: string, dto: AssignPersonDto): Promise<PlacementResponse> {
    await this.dataSource.transaction(async (manager) => {
      const placement = await this.forCoordinator(manager, user, id, OPEN_PLACEMENT);
      await this.assertMemberOf(manager, dto.userId, placement.schoolId as string, ['coordinator', 'supervisor']);
      await manager.getRepository(PlacementEntity).update({ id }, { supervisorId: dto.userId });
      await this.event(manager, id, user.id, 'supervisor_assigned', null, null, null);
      await this.redrawAgreement(manager, user.id, { ...placement, supervisorId: dto.userId });
    });
    return this.get(user, id);
  }

  /** An owner or recruiter of the company assigns a mentor (praktijkopleider) from the company's members. */
  async assignMentor(user: AuthUser, id: string, dto: AssignPersonDto): Promise<PlacementResponse> {
    await this.dataSource.transaction(async (manager) => {
      const { placement, viewer } = await this.access(manager, user, id, true);
      if (viewer !== 'company' || !user.permissions.includes('application.manage')) {
        throw new NotFoundException('Placement not found.');
      }
      this.assertStatus(placement, OPEN_PLACEMENT);
      await this.assertMemberOf(manager, dto.userId, placement.companyId, ['owner', 'recruiter', 'mentor']);
      await manager.getRepository(PlacementEntity).update({ id }, { mentorId: dto.userId });
      await this.event(manager, id, user.id, 'mentor_assigned', null, null, null);
      await this.redrawAgreement(manager, user.id, { ...placement, mentorId: dto.userId });
    });
    return this.get(user, id);
  }

  /**
   * The cohort dashboard: every student of the school with where they stand, filtered by programme, cohort, route
   * and state; counts per state over the students the other filters leave.
   */
  async overview(
    user: AuthUser,
    schoolId: string,
    query: PlacementOverviewQueryDto,
  ): Promise<PlacementOverviewResponse> {
    this.assertCoordinator(user, schoolId);
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.name, pr.name AS program, c.name AS cohort, cp.route,
              to_char(cp.available_from, 'YYYY-MM-DD') AS available_from,
              (SELECT count(*) FROM applications a WHERE a.candidate_id = u.id
                 AND a.status IN ('submitted', 'in_review', 'interview'))::int AS open_applications,
              (SELECT count(*) FROM applications a WHERE a.candidate_id = u.id AND a.status = 'offered')::int AS offers,
              (SELECT max(a.updated_at) FROM applications a WHERE a.candidate_id = u.id) AS last_application_at,
              pl.id AS placement_id, pl.status AS placement_status, o.name AS company_name, v.title AS vacancy_title,
              to_char(pl.start_date, 'YYYY-MM-DD') AS start_date, to_char(pl.end_date, 'YYYY-MM-DD') AS end_date,
              pl.updated_at AS placement_updated_at
       FROM candidate_profiles cp
       JOIN users u ON u.id = cp.user_id
       LEFT JOIN programs pr ON pr.id = cp.program_id
       LEFT JOIN cohorts c ON c.id = cp.cohort_id
       LEFT JOIN LATERAL (
         SELECT p.* FROM placements p WHERE p.student_id = u.id AND p.status NOT IN ('rejected', 'terminated')
         ORDER BY p.created_at DESC LIMIT 1) pl ON true
       LEFT JOIN organizations o ON o.id = pl.company_id
       LEFT JOIN vacancies v ON v.id = pl.vacancy_id
       WHERE cp.school_id = $1 AND u.candidate_kind = 'student'
         AND ($2::uuid IS NULL OR cp.program_id = $2) AND ($3::uuid IS NULL OR cp.cohort_id = $3)
         AND ($4::text IS NULL OR cp.route = $4)
       ORDER BY u.name, u.id`,
      [schoolId, query.programId ?? null, query.cohortId ?? null, query.route ?? null],
    )) as OverviewRow[];
    const soon = new Date(Date.now() + RISK_DAYS * 86_400_000).toISOString().slice(0, 10);
    const students = rows.map((row) => toOverviewStudent(row, soon));
    const counts = Object.fromEntries(STUDENT_PLACEMENT_STATES.map((state) => [state, 0])) as Record<
      StudentPlacementState,
      number
    >;
    for (const student of students) {
      counts[student.state] += 1;
    }
    return { counts, students: query.state ? students.filter((student) => student.state === query.state) : students };
  }

  /** A student's steps, newest first: their applications' status changes and their placements' events. */
  async timeline(user: AuthUser, schoolId: string, studentId: string): Promise<StudentTimelineEntry[]> {
    this.assertCoordinator(user, schoolId);
    const rows = (await this.dataSource.query(
      `SELECT e.created_at AS at, 'application' AS kind, e.to_status AS event, o.name AS company_name,
              v.title AS vacancy_title, NULL AS note
       FROM application_events e JOIN applications a ON a.id = e.application_id
       JOIN vacancies v ON v.id = a.vacancy_id JOIN organizations o ON o.id = v.organization_id
       WHERE a.candidate_id = $2
       UNION ALL
       SELECT pe.created_at, 'placement', pe.action, o.name, v.title,
              CASE WHEN pe.action IN ('reject', 'terminated') THEN pe.note END
       FROM placement_events pe JOIN placements p ON p.id = pe.placement_id
       JOIN organizations o ON o.id = p.company_id LEFT JOIN vacancies v ON v.id = p.vacancy_id
       WHERE p.student_id = $2 AND p.school_id = $1
       ORDER BY at DESC LIMIT 200`,
      [schoolId, studentId],
    )) as {
      at: Date;
      kind: 'application' | 'placement';
      event: string;
      company_name: string;
      vacancy_title: string | null;
      note: string | null;
    }[];
    const [inSchool] = (await this.dataSource.query(
      `SELECT 1 FROM candidate_profiles WHERE user_id = $1 AND school_id = $2`,
      [studentId, schoolId],
    )) as unknown[];
    if (!inSchool) {
      throw new NotFoundException('Student not found.');
    }
    await this.accessLog.record(user, [studentId], 'timeline_viewed', { organizationId: schoolId });
    return rows.map((row) => ({
      at: new Date(row.at).toISOString(),
      kind: row.kind,
      event: row.event,
      companyName: row.company_name,
      vacancyTitle: row.vacancy_title,
      note: row.note,
    }));
  }

  /** The dashboard as CSV (semicolon-separated, as Dutch spreadsheets expect), one row per student. */
  async overviewCsv(user: AuthUser, schoolId: string, query: PlacementOverviewQueryDto): Promise<string> {
    const { students } = await this.overview(user, schoolId, query);
    const header = [
      'name',
      'program',
      'cohort',
      'route',
      'state',
      'company',
      'vacancy',
      'start',
      'end',
      'open_applications',
      'offers',
    ];
    const lines = students.map((s) =>
      [
        s.name,
        s.program,
        s.cohort,
        s.route,
        s.state,
        s.placement?.companyName,
        s.placement?.vacancyTitle,
        s.placement?.startDate,
        s.placement?.endDate,
        s.openApplications,
        s.offers,
      ]
        .map(csvCell)
        .join(';'),
    );
    return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
  }

  private async respond(placement: PlacementEntity, viewer: Viewer, user: AuthUser): Promise<PlacementResponse> {
    const manager = this.dataSource.manager;
    const agreement = await currentAgreement(manager, placement.id);
    const [checks, qualification, guardianLink] = await Promise.all([
      this.checks(manager, placement),
      placement.qualificationCrebo
        ? (manager.query(`SELECT crebo, name_nl AS name FROM qualifications WHERE crebo = $1`, [
            placement.qualificationCrebo,
          ]) as Promise<{ crebo: string; name: string }[]>)
        : Promise.resolve([]),
      agreement ? latestGuardianLink(manager, agreement.id) : Promise.resolve(null),
    ]);
    const actions: PlacementAction[] = [];
    if (viewer === 'coordinator') {
      if (placement.status === 'proposed') {
        actions.push('approve', 'reject');
      }
      if (EDITABLE.includes(placement.status)) {
        actions.push('edit');
      }
      if (OPEN_PLACEMENT.includes(placement.status)) {
        actions.push('assign_supervisor');
      }
    }
    if (
      viewer === 'company' &&
      user.permissions.includes('application.manage') &&
      OPEN_PLACEMENT.includes(placement.status)
    ) {
      actions.push('assign_mentor');
    }
    if (viewer === 'coordinator' && placement.status === 'approved' && !agreement) {
      actions.push('draw_agreement');
    }
    if (placement.status === 'active') {
      if (viewer === 'student') {
        actions.push('log_hours');
      }
      if (viewer === 'company' && (placement.mentorId === user.id || user.permissions.includes('application.manage'))) {
        actions.push('review_hours', 'evaluate');
      }
      if (viewer === 'supervisor' || viewer === 'coordinator') {
        actions.push('cosign_evaluation');
      }
      if (viewer === 'coordinator') {
        actions.push('complete');
      }
    }
    if (viewer === 'coordinator' && OPEN_PLACEMENT.includes(placement.status)) {
      actions.push('terminate');
    }
    if (OPEN_PLACEMENT.includes(placement.status)) {
      actions.push('report_problem');
    }
    if (agreement?.status === 'awaiting_signatures') {
      const party = signingParty(user, viewer, placement);
      if (party && !(agreement.signatures ?? []).some((signature) => signature.party === party)) {
        actions.push('sign');
      }
      const guardianPending =
        agreement.requiredParties.includes('guardian') &&
        !(agreement.signatures ?? []).some((signature) => signature.party === 'guardian');
      if (guardianPending && (viewer === 'student' || viewer === 'coordinator')) {
        actions.push('invite_guardian');
      }
    }
    const person = (entity: { id: string; name: string } | null | undefined) =>
      entity ? { id: entity.id, name: entity.name } : null;
    return {
      id: placement.id,
      status: placement.status,
      student: { id: placement.studentId, name: placement.student?.name ?? '' },
      company: { id: placement.companyId, name: placement.company?.name ?? '' },
      school: person(placement.school),
      vacancy: placement.vacancy
        ? { id: placement.vacancy.id, title: placement.vacancy.title, type: placement.vacancy.type }
        : null,
      qualification: qualification[0] ?? null,
      route: placement.route,
      startDate: placement.startDate,
      endDate: placement.endDate,
      hoursPerWeek: placement.hoursPerWeek,
      supervisor: person(placement.supervisor),
      mentor: person(placement.mentor),
      checks,
      rejectionNote: placement.rejectionNote,
      createdAt: placement.createdAt.toISOString(),
      updatedAt: placement.updatedAt.toISOString(),
      actions,
      events: (placement.events ?? [])
        .slice()
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((event) => ({
          action: event.action,
          from: event.fromStatus,
          to: event.toStatus,
          actorName: event.actor?.name ?? null,
          note: event.action === 'updated' ? null : event.note,
          at: event.createdAt.toISOString(),
        })),
      agreement: agreement ? toAgreementResponse(agreement, guardianLink) : null,
      terminationReason: placement.terminationReason,
    };
  }

  /**
   * A change to a placement with an agreement makes a new version that everyone signs again; a placement whose
   * agreement was fully signed goes back to awaiting signatures.
   */
  private async redrawAgreement(manager: EntityManager, actorId: string, placement: PlacementEntity): Promise<void> {
    const current = await currentAgreement(manager, placement.id);
    if (!current) {
      return;
    }
    const agreement = await drawAgreement(manager, placement);
    await this.event(manager, placement.id, actorId, 'agreement_drawn', null, null, `v${agreement.version}`);
    if (placement.status === 'agreement_signed' || placement.status === 'active') {
      await this.move(manager, placement, actorId, 'agreement_changed', 'approved', null);
    }
  }

  private async checks(manager: EntityManager, placement: PlacementEntity): Promise<PlacementResponse['checks']> {
    const [accreditations, cohort] = await Promise.all([
      manager.query(
        `SELECT crebo, to_char(since, 'YYYY-MM-DD') AS since, to_char(until, 'YYYY-MM-DD') AS until
         FROM accreditations WHERE organization_id = $1`,
        [placement.companyId],
      ) as Promise<{ crebo: string; since: string; until: string | null }[]>,
      manager.query(
        `SELECT to_char(c.start_date, 'YYYY-MM-DD') AS "startDate", to_char(c.end_date, 'YYYY-MM-DD') AS "endDate"
         FROM candidate_profiles cp JOIN cohorts c ON c.id = cp.cohort_id WHERE cp.user_id = $1`,
        [placement.studentId],
      ) as Promise<{ startDate: string; endDate: string }[]>,
    ]);
    return placementChecks({
      qualificationCrebo: placement.qualificationCrebo,
      route: placement.route,
      startDate: placement.startDate,
      endDate: placement.endDate,
      hoursPerWeek: placement.hoursPerWeek,
      accreditations,
      cohort: cohort[0] ?? null,
    });
  }

  private load(manager: EntityManager, where: Partial<Pick<PlacementEntity, 'id' | 'studentId' | 'companyId'>>) {
    return manager.getRepository(PlacementEntity).find({
      where,
      relations: {
        student: true,
        company: true,
        school: true,
        vacancy: true,
        supervisor: true,
        mentor: true,
        events: { actor: true },
      },
      order: { createdAt: 'DESC' },
    });
  }

  /** The placement and which party the user is; to anyone else it does not exist. */
  async access(manager: EntityManager, user: AuthUser, id: string, lock = false): Promise<PlacementAccess> {
    if (lock) {
      await manager.query(`SELECT id FROM placements WHERE id = $1 FOR UPDATE`, [id]);
    }
    const [placement] = await this.load(manager, { id });
    const viewer = placement ? viewerOf(user, placement) : null;
    if (!placement || !viewer) {
      throw new NotFoundException('Placement not found.');
    }
    return { placement, viewer };
  }

  private async forCoordinator(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    allowed: readonly PlacementStatus[],
  ): Promise<PlacementEntity> {
    const { placement, viewer } = await this.access(manager, user, id, true);
    if (viewer !== 'coordinator') {
      throw new NotFoundException('Placement not found.');
    }
    this.assertStatus(placement, allowed);
    return placement;
  }

  private assertStatus(placement: PlacementEntity, allowed: readonly PlacementStatus[]): void {
    if (!allowed.includes(placement.status)) {
      throw new ConflictException(`A placement that is ${placement.status} cannot be changed this way.`);
    }
  }

  private assertCoordinator(user: AuthUser, schoolId: string): void {
    if (!user.memberships.some((m) => m.organizationId === schoolId && m.role === 'coordinator')) {
      throw new NotFoundException('Organisation not found.');
    }
  }

  private async assertMemberOf(
    manager: EntityManager,
    userId: string,
    organizationId: string,
    roles: readonly MembershipRole[],
  ): Promise<void> {
    if (!(await this.organizations.hasMember(manager, organizationId, userId, roles))) {
      throw new BadRequestException({
        message: 'Choose someone of the organisation with a fitting role.',
        details: [{ field: 'userId', code: 'notMember', message: `userId must be a ${roles.join(' or ')} here` }],
      });
    }
  }

  /** Moves a placement to another status, with its event and an audit record, inside the caller's transaction. */
  async move(
    manager: EntityManager,
    placement: PlacementEntity,
    actorId: string,
    action: string,
    to: PlacementStatus,
    note: string | null,
  ): Promise<void> {
    await manager.getRepository(PlacementEntity).update({ id: placement.id }, { status: to });
    await this.event(manager, placement.id, actorId, action, placement.status, to, note);
    await this.audit.record(
      {
        actorId,
        action: `placement.${to}`,
        entityType: 'placement',
        entityId: placement.id,
        data: { from: placement.status, to },
      },
      manager,
    );
  }

  /**
   * An accepted BOL or BBL place becomes a placement proposed to the student's school (their school, crebo and
   * route as their profile has them now), in the caller's transaction. One per application: a second call does
   * nothing.
   */
  async propose(
    manager: EntityManager,
    offer: {
      applicationId: string;
      studentId: string;
      companyId: string;
      vacancyId: string;
      startDate: string | null;
      endDate: string | null;
      hoursPerWeek: number | null;
    },
    student: { schoolId: string | null; qualificationCrebo: string | null; route: LearningRoute | null },
  ): Promise<void> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(PlacementEntity)
      .values({ ...offer, ...student, status: 'proposed' })
      .orIgnore()
      .returning(['id'])
      .execute();
    const placementId = (inserted.raw as { id: string }[])[0]?.id;
    if (placementId) {
      await this.event(manager, placementId, offer.studentId, 'proposed', null, 'proposed', null);
    }
  }

  /** Records a step in the placement's history. */
  async event(
    manager: EntityManager,
    placementId: string,
    actorId: string | null,
    action: string,
    fromStatus: PlacementStatus | null,
    toStatus: PlacementStatus | null,
    note: string | null,
  ): Promise<void> {
    await manager
      .getRepository(PlacementEventEntity)
      .insert({ placementId, actorId, action, fromStatus, toStatus, note });
  }

  /** The student and the company's owners and recruiters hear of the school's decision. */
  private async partiesNotice(
    manager: EntityManager,
    placement: PlacementEntity,
    type: 'placement.approved' | 'placement.rejected',
  ): Promise<NewNotification[]> {
    const members = await this.organizations.recipients(manager, [
      { organizationId: placement.companyId, roles: COMPANY_STAFF },
    ]);
    const data = {
      companyName: placement.company?.name ?? '',
      studentName: placement.student?.name ?? '',
      schoolName: placement.school?.name ?? '',
      placementId: placement.id,
    };
    return [
      { userId: placement.studentId, type, data, path: `/stages/${placement.id}` },
      ...members.map((userId) => ({ userId, type, data, path: `/stages/${placement.id}` })),
    ];
  }
}

/** The party a viewer signs for: coordinators for the school; owners, recruiters and the mentor for the company. */
export function signingParty(user: AuthUser, viewer: Viewer, placement: PlacementEntity): AgreementParty | null {
  switch (viewer) {
    case 'student':
      return 'student';
    case 'coordinator':
      return 'school';
    case 'company':
      return user.permissions.includes('application.manage') || placement.mentorId === user.id ? 'company' : null;
    case 'supervisor':
      return null;
  }
}

function viewerOf(user: AuthUser, placement: PlacementEntity): Viewer | null {
  if (placement.studentId === user.id) {
    return 'student';
  }
  const roleIn = (organizationId: string | null) =>
    organizationId ? user.memberships.find((m) => m.organizationId === organizationId)?.role : undefined;
  if (roleIn(placement.schoolId) === 'coordinator') {
    return 'coordinator';
  }
  if (roleIn(placement.schoolId) === 'supervisor' && placement.supervisorId === user.id) {
    return 'supervisor';
  }
  // The owner and recruiters see all of the company's placements; a mentor (praktijkopleider), like a supervisor
  // at the school, only those they guide.
  const companyRole = roleIn(placement.companyId);
  if (companyRole && (companyRole !== 'mentor' || placement.mentorId === user.id)) {
    return 'company';
  }
  return null;
}

interface OverviewRow {
  id: string;
  name: string;
  program: string | null;
  cohort: string | null;
  route: 'BOL' | 'BBL' | null;
  available_from: string | null;
  open_applications: number;
  offers: number;
  last_application_at: Date | null;
  placement_id: string | null;
  placement_status: PlacementStatus | null;
  company_name: string | null;
  vacancy_title: string | null;
  start_date: string | null;
  end_date: string | null;
  placement_updated_at: Date | null;
}

function toOverviewStudent(row: OverviewRow, soon: string): PlacementOverviewStudentResponse {
  const placed = row.placement_status;
  const noPlaceNearStart = !placed && row.available_from !== null && row.available_from <= soon;
  const state: StudentPlacementState =
    placed === 'completed'
      ? 'completed'
      : placed === 'active' || placed === 'agreement_signed'
        ? 'active'
        : placed === 'approved'
          ? 'awaiting_signatures'
          : placed === 'proposed'
            ? 'awaiting_approval'
            : noPlaceNearStart
              ? 'at_risk'
              : row.offers > 0
                ? 'offer'
                : row.open_applications > 0
                  ? 'applying'
                  : 'not_started';
  const activity = [row.last_application_at, row.placement_updated_at].filter((d): d is Date => d !== null);
  return {
    userId: row.id,
    name: row.name,
    program: row.program,
    cohort: row.cohort,
    route: row.route,
    state,
    risk: state === 'at_risk' ? 'no_place_near_start' : null,
    openApplications: row.open_applications,
    offers: row.offers,
    placement:
      row.placement_id && placed
        ? {
            id: row.placement_id,
            status: placed,
            companyName: row.company_name ?? '',
            vacancyTitle: row.vacancy_title,
            startDate: row.start_date,
            endDate: row.end_date,
          }
        : null,
    lastActivityAt: activity.length ? new Date(Math.max(...activity.map((d) => d.getTime()))).toISOString() : null,
  };
}
