import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type {
  EvaluationKind,
  EvaluationResponse,
  HoursEntryResponse,
  HoursProgressResponse,
  ReportResponse,
} from '@techzone/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { COMPANY_STAFF } from '../organizations/organization-access';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  EvaluationDto,
  HoursEntryDto,
  HoursReviewDto,
  ProblemReportDto,
  TerminatePlacementDto,
} from './dto/placement.dto';
import { EvaluationEntity } from './entities/evaluation.entity';
import { HoursEntryEntity } from './entities/hours-entry.entity';
import { PlacementEntity } from './entities/placement.entity';
import { ReportEntity } from './entities/report.entity';
import { OPEN_PLACEMENT, PlacementsService, type PlacementAccess } from './placements.service';
import { toReportResponse } from './report.mapper';

/** Weeks of a period (started weeks count) × hours per week. */
export function requiredHours(startDate: string | null, endDate: string | null, hoursPerWeek: number | null): number {
  if (!startDate || !endDate || !hoursPerWeek) {
    return 0;
  }
  const days = (Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000 + 1;
  return Math.ceil(days / 7) * hoursPerWeek;
}

/** Whether an ISO date is a Monday. */
export const isMonday = (isoDate: string): boolean => new Date(`${isoDate}T00:00:00Z`).getUTCDay() === 1;

/**
 * A placement under way: the student logs hours per week and the company's mentor approves them; the mentor writes
 * a midterm and a final evaluation that the school co-signs; the school completes the placement or ends it early;
 * any party can report a problem.
 */
@Injectable()
export class PlacementProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly placements: PlacementsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  async hours(user: AuthUser, placementId: string): Promise<HoursProgressResponse> {
    const { placement } = await this.placements.access(this.dataSource.manager, user, placementId);
    const entries = await this.dataSource.getRepository(HoursEntryEntity).find({
      where: { placementId },
      relations: { reviewer: true },
      order: { weekStart: 'ASC' },
    });
    const total = (status: string) =>
      entries.filter((entry) => entry.status === status).reduce((sum, entry) => sum + Number(entry.hours), 0);
    return {
      requiredHours: requiredHours(placement.startDate, placement.endDate, placement.hoursPerWeek),
      approvedHours: total('approved'),
      submittedHours: total('submitted'),
      entries: entries.map(toHoursResponse),
    };
  }

  /** The student logs (or corrects, until approved) the hours of one week of an active placement. */
  async logHours(
    user: AuthUser,
    placementId: string,
    weekStart: string,
    dto: HoursEntryDto,
  ): Promise<HoursProgressResponse> {
    await this.dataSource.transaction(async (manager) => {
      const { placement, viewer } = await this.placements.access(manager, user, placementId, true);
      if (viewer !== 'student') {
        throw new ForbiddenException('The student logs their own hours.');
      }
      this.assertActive(placement);
      const today = new Date().toISOString().slice(0, 10);
      const weekEnd = new Date(Date.parse(`${weekStart}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
      if (
        !isMonday(weekStart) ||
        weekStart > today ||
        weekEnd < (placement.startDate as string) ||
        weekStart > (placement.endDate as string)
      ) {
        throw new BadRequestException({
          message: 'Choose the Monday of a week of the placement that has begun.',
          details: [
            {
              field: 'weekStart',
              code: 'invalidWeek',
              message: 'weekStart must be a Monday within the placement, not in the future',
            },
          ],
        });
      }
      const repository = manager.getRepository(HoursEntryEntity);
      const existing = await repository.findOne({ where: { placementId, weekStart } });
      if (existing?.status === 'approved') {
        throw new ConflictException('These hours have been approved and can no longer change.');
      }
      await repository.save(
        repository.create({
          placementId,
          weekStart,
          hours: String(dto.hours),
          note: dto.note ?? null,
          status: 'submitted',
          reviewedBy: null,
          reviewedAt: null,
          comment: null,
        }),
      );
    });
    return this.hours(user, placementId);
  }

  /** The company's mentor (or an owner or recruiter) approves or rejects a week. */
  async reviewHours(
    user: AuthUser,
    placementId: string,
    weekStart: string,
    dto: HoursReviewDto,
  ): Promise<HoursProgressResponse> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.placements.access(manager, user, placementId, true);
      this.assertCompanyGuide(user, access);
      const repository = manager.getRepository(HoursEntryEntity);
      const entry = await repository.findOne({ where: { placementId, weekStart } });
      if (!entry) {
        throw new NotFoundException('No hours were logged for that week.');
      }
      if (entry.status !== 'submitted') {
        throw new ConflictException(`These hours have already been ${entry.status}.`);
      }
      if (!dto.approve && !dto.comment) {
        throw new BadRequestException({
          message: 'Say why when you reject hours.',
          details: [{ field: 'comment', code: 'required', message: 'comment is required when rejecting' }],
        });
      }
      await repository.update(
        { placementId, weekStart },
        {
          status: dto.approve ? 'approved' : 'rejected',
          reviewedBy: user.id,
          reviewedAt: new Date(),
          comment: dto.comment ?? null,
        },
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: `hours.${dto.approve ? 'approved' : 'rejected'}`,
          entityType: 'placement',
          entityId: placementId,
          data: { weekStart },
        },
        manager,
      );
    });
    return this.hours(user, placementId);
  }

  async evaluations(user: AuthUser, placementId: string): Promise<EvaluationResponse[]> {
    await this.placements.access(this.dataSource.manager, user, placementId);
    const evaluations = await this.dataSource.getRepository(EvaluationEntity).find({
      where: { placementId },
      relations: { writer: true, cosigner: true },
    });
    return evaluations
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'midterm' ? -1 : 1))
      .map(toEvaluationResponse);
  }

  /** The mentor writes (or rewrites, until co-signed) an evaluation; the final one after the midterm. */
  async writeEvaluation(
    user: AuthUser,
    placementId: string,
    kind: EvaluationKind,
    dto: EvaluationDto,
  ): Promise<EvaluationResponse[]> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.placements.access(manager, user, placementId, true);
      this.assertCompanyGuide(user, access);
      this.assertActive(access.placement);
      const repository = manager.getRepository(EvaluationEntity);
      const existing = await repository.findOne({ where: { placementId, kind } });
      if (existing?.cosignedAt) {
        throw new ConflictException('This evaluation has been co-signed by the school and can no longer change.');
      }
      if (kind === 'final' && !(await repository.findOne({ where: { placementId, kind: 'midterm' } }))) {
        throw new ConflictException('Write the midterm evaluation before the final one.');
      }
      await repository.save(
        repository.create({
          placementId,
          kind,
          ratings: dto.ratings.map((rating) => ({ ...rating, comment: rating.comment ?? null })),
          summary: dto.summary,
          writtenBy: user.id,
          writtenAt: new Date(),
          cosignedBy: null,
          cosignedAt: null,
        }),
      );
      await this.placements.event(manager, placementId, user.id, `evaluation_${kind}`, null, null, null);
    });
    return this.evaluations(user, placementId);
  }

  /** The assigned supervisor or a coordinator co-signs an evaluation. */
  async cosignEvaluation(user: AuthUser, placementId: string, kind: EvaluationKind): Promise<EvaluationResponse[]> {
    await this.dataSource.transaction(async (manager) => {
      const { viewer } = await this.placements.access(manager, user, placementId, true);
      if (viewer !== 'supervisor' && viewer !== 'coordinator') {
        throw new ForbiddenException('The school supervisor co-signs evaluations.');
      }
      const repository = manager.getRepository(EvaluationEntity);
      const evaluation = await repository.findOne({ where: { placementId, kind } });
      if (!evaluation) {
        throw new NotFoundException('This evaluation has not been written yet.');
      }
      if (evaluation.cosignedAt) {
        throw new ConflictException('This evaluation has already been co-signed.');
      }
      await repository.update({ placementId, kind }, { cosignedBy: user.id, cosignedAt: new Date() });
      await this.placements.event(manager, placementId, user.id, `evaluation_${kind}_cosigned`, null, null, null);
    });
    return this.evaluations(user, placementId);
  }

  /** The school marks an active placement completed once the final evaluation is co-signed. */
  async complete(user: AuthUser, placementId: string): Promise<void> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const { placement, viewer } = await this.placements.access(manager, user, placementId, true);
      if (viewer !== 'coordinator') {
        throw new NotFoundException('Placement not found.');
      }
      this.assertActive(placement);
      const final = await manager.getRepository(EvaluationEntity).findOne({ where: { placementId, kind: 'final' } });
      if (!final?.cosignedAt) {
        throw new ConflictException('The final evaluation must be written and co-signed before completion.');
      }
      await this.placements.move(manager, placement, user.id, 'completed', 'completed', null);
      return this.notifications.notify(manager, await this.partyNotices(manager, placement, 'placement.completed', {}));
    });
    await this.notifications.deliver(mail);
  }

  /** The coordinator ends a placement early with a reason; the student is back to searching. */
  async terminate(user: AuthUser, placementId: string, dto: TerminatePlacementDto): Promise<void> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const { placement, viewer } = await this.placements.access(manager, user, placementId, true);
      if (viewer !== 'coordinator') {
        throw new NotFoundException('Placement not found.');
      }
      if (!OPEN_PLACEMENT.includes(placement.status)) {
        throw new ConflictException(`A placement that is ${placement.status} cannot be ended.`);
      }
      await manager.getRepository(PlacementEntity).update({ id: placementId }, { terminationReason: dto.reason });
      await this.placements.move(manager, placement, user.id, 'terminated', 'terminated', dto.reason);
      return this.notifications.notify(
        manager,
        await this.partyNotices(manager, placement, 'placement.terminated', { reason: dto.reason }),
      );
    });
    await this.notifications.deliver(mail);
  }

  async problems(user: AuthUser, placementId: string): Promise<ReportResponse[]> {
    await this.placements.access(this.dataSource.manager, user, placementId);
    const reports = await this.dataSource.getRepository(ReportEntity).find({
      where: { placementId, kind: 'problem' },
      relations: { company: true, reporter: true },
      order: { createdAt: 'DESC' },
    });
    return reports.map(toReportResponse);
  }

  /** Any party reports a problem; the other parties and the school's coordinators hear of it. */
  async reportProblem(user: AuthUser, placementId: string, dto: ProblemReportDto): Promise<ReportResponse[]> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const { placement } = await this.placements.access(manager, user, placementId);
      if (!OPEN_PLACEMENT.includes(placement.status)) {
        throw new ConflictException('This placement has ended.');
      }
      await manager.getRepository(ReportEntity).insert({
        kind: 'problem',
        category: null,
        description: dto.description,
        placementId,
        companyId: placement.companyId,
        schoolId: placement.schoolId,
        reporterId: user.id,
      });
      await this.placements.event(manager, placementId, user.id, 'problem_reported', null, null, null);
      const notices = await this.partyNotices(manager, placement, 'placement.problem', { reporterName: user.name });
      return this.notifications.notify(
        manager,
        notices.filter((notice) => notice.userId !== user.id),
      );
    });
    await this.notifications.deliver(mail);
    return this.problems(user, placementId);
  }

  private assertActive(placement: PlacementEntity): void {
    if (placement.status !== 'active') {
      throw new ConflictException('This can be done while the placement is under way.');
    }
  }

  /** The company's guide for a placement: its assigned mentor, or an owner or recruiter. */
  private assertCompanyGuide(user: AuthUser, access: PlacementAccess): void {
    const guide =
      access.viewer === 'company' &&
      (access.placement.mentorId === user.id || user.permissions.includes('application.manage'));
    if (!guide) {
      throw new ForbiddenException('The company mentor does this.');
    }
  }

  /** The student, the mentor and supervisor, the company's owners and recruiters and the school's coordinators. */
  private async partyNotices(
    manager: EntityManager,
    placement: PlacementEntity,
    type: string,
    extra: Record<string, string>,
  ): Promise<NewNotification[]> {
    const members = await this.organizations.recipients(manager, [
      { organizationId: placement.companyId, roles: COMPANY_STAFF },
      ...(placement.schoolId ? [{ organizationId: placement.schoolId, roles: ['coordinator'] as const }] : []),
    ]);
    const userIds = new Set([
      placement.studentId,
      ...members,
      ...(placement.mentorId ? [placement.mentorId] : []),
      ...(placement.supervisorId ? [placement.supervisorId] : []),
    ]);
    const data = {
      studentName: placement.student?.name ?? '',
      companyName: placement.company?.name ?? '',
      placementId: placement.id,
      ...extra,
    };
    return [...userIds].map((userId) => ({ userId, type, data, path: `/stages/${placement.id}` }));
  }
}

function toHoursResponse(entry: HoursEntryEntity): HoursEntryResponse {
  return {
    weekStart: entry.weekStart,
    hours: Number(entry.hours),
    note: entry.note,
    status: entry.status,
    reviewedBy: entry.reviewer?.name ?? null,
    reviewedAt: entry.reviewedAt?.toISOString() ?? null,
    comment: entry.comment,
  };
}

function toEvaluationResponse(evaluation: EvaluationEntity): EvaluationResponse {
  return {
    kind: evaluation.kind,
    ratings: evaluation.ratings,
    summary: evaluation.summary,
    writtenBy: evaluation.writer?.name ?? '',
    writtenAt: evaluation.writtenAt.toISOString(),
    cosignedBy: evaluation.cosigner?.name ?? null,
    cosignedAt: evaluation.cosignedAt?.toISOString() ?? null,
  };
}
