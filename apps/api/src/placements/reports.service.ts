import { Injectable, NotFoundException } from '@nestjs/common';
import type { ReportResponse } from '@techzone/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { CandidateProfileEntity } from '../profiles/entities/candidate-profile.entity';
import { UserEntity } from '../users/entities/user.entity';
import { MisconductReportDto } from './dto/placement.dto';
import { ReportEntity } from './entities/report.entity';
import { toReportResponse } from './report.mapper';

/**
 * Reports of discrimination or misconduct by a company, made by a student in two clicks (category, send). They
 * reach the coordinators of the student's school and the program office, never the company.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  async report(user: AuthUser, dto: MisconductReportDto): Promise<ReportResponse> {
    const pending = await this.dataSource.transaction(async (manager) => {
      const company = await manager.getRepository(OrganizationEntity).findOne({ where: { id: dto.companyId } });
      if (company?.kind !== 'company') {
        throw new NotFoundException('Company not found.');
      }
      const profile = await manager.getRepository(CandidateProfileEntity).findOne({ where: { userId: user.id } });
      const report = await manager.getRepository(ReportEntity).save(
        manager.getRepository(ReportEntity).create({
          kind: 'misconduct',
          category: dto.category,
          description: dto.description ?? null,
          placementId: null,
          companyId: dto.companyId,
          schoolId: profile?.schoolId ?? null,
          reporterId: user.id,
        }),
      );
      await this.audit.record(
        { actorId: user.id, action: 'report.misconduct', entityType: 'report', entityId: report.id },
        manager,
      );
      const coordinators = profile?.schoolId
        ? await this.organizations.recipients(manager, [{ organizationId: profile.schoolId, roles: ['coordinator'] }])
        : [];
      const admins = await manager.getRepository(UserEntity).find({ where: { accountType: 'admin' } });
      const recipients = [...new Set([...coordinators, ...admins.map((a) => a.id)])];
      const mail = await this.notifications.notify(
        manager,
        recipients.map((userId) => ({
          userId,
          type: 'report.misconduct',
          data: { companyName: company.name, category: dto.category, reportId: report.id },
          path: '/meldingen',
        })),
      );
      return { id: report.id, mail };
    });
    await this.notifications.deliver(pending.mail);
    return toReportResponse(
      await this.dataSource
        .getRepository(ReportEntity)
        .findOneOrFail({ where: { id: pending.id }, relations: { company: true, reporter: true } }),
    );
  }

  /** The reports of a school's students (for its coordinators). */
  async ofSchool(user: AuthUser, schoolId: string): Promise<ReportResponse[]> {
    if (!user.memberships.some((m) => m.organizationId === schoolId && m.role === 'coordinator')) {
      throw new NotFoundException('Organisation not found.');
    }
    const reports = await this.dataSource.getRepository(ReportEntity).find({
      where: { schoolId },
      relations: { company: true, reporter: true },
      order: { createdAt: 'DESC' },
    });
    return reports.map(toReportResponse);
  }

  /** Every report (for the program office). */
  async all(): Promise<ReportResponse[]> {
    const reports = await this.dataSource.getRepository(ReportEntity).find({
      relations: { company: true, reporter: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return reports.map(toReportResponse);
  }

  /** The reports the student made. */
  async mine(user: AuthUser): Promise<ReportResponse[]> {
    const reports = await this.dataSource.getRepository(ReportEntity).find({
      where: { reporterId: user.id },
      relations: { company: true, reporter: true },
      order: { createdAt: 'DESC' },
    });
    return reports.map(toReportResponse);
  }
}
