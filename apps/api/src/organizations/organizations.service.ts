import { Injectable, NotFoundException } from '@nestjs/common';
import type { OrganizationMemberResponse, OrganizationResponse } from '@techzone/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { OrganizationListQueryDto } from './dto/organization-list-query.dto';
import { VerifyOrganizationDto } from './dto/verify-organization.dto';
import { toMemberResponse, toOrganizationResponse } from './organization.mapper';
import { OrganizationsRepository } from './organizations.repository';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Members see their own organisation and the program office sees all; to anyone else it does not exist. */
  async get(user: AuthUser, id: string): Promise<OrganizationResponse> {
    this.assertCanRead(user, id);
    const organization = await this.organizations.findById(id);
    if (!organization) {
      throw new NotFoundException('Organisation not found.');
    }
    return toOrganizationResponse(organization);
  }

  async members(user: AuthUser, id: string): Promise<OrganizationMemberResponse[]> {
    this.assertCanRead(user, id);
    return (await this.organizations.findMembers(id)).map(toMemberResponse);
  }

  async listForReview(query: OrganizationListQueryDto): Promise<OrganizationResponse[]> {
    return (await this.organizations.findForReview(query)).map(toOrganizationResponse);
  }

  async decide(admin: AuthUser, id: string, dto: VerifyOrganizationDto): Promise<OrganizationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.organizations.findById(id, manager);
      if (!organization) {
        throw new NotFoundException('Organisation not found.');
      }
      const previous = organization.verificationStatus;
      organization.verificationStatus = dto.decision;
      organization.verificationNote = dto.note ?? null;
      organization.verifiedAt = new Date();
      organization.verifiedById = admin.id;
      const saved = await this.organizations.save(organization, manager);
      await this.audit.record(
        {
          actorId: admin.id,
          action: `organization.${dto.decision}`,
          entityType: 'organization',
          entityId: id,
          data: { from: previous, to: dto.decision, note: dto.note ?? null },
        },
        manager,
      );
      return toOrganizationResponse(saved);
    });
  }

  private assertCanRead(user: AuthUser, organizationId: string): void {
    const isMember = user.memberships.some((membership) => membership.organizationId === organizationId);
    if (!isMember && !user.permissions.includes('organization.verify')) {
      throw new NotFoundException('Organisation not found.');
    }
  }
}
