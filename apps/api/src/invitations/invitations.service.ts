import { BadRequestException, ForbiddenException, GoneException, Injectable, NotFoundException } from '@nestjs/common';
import { rolesForKind, type InvitationResponse, type MeResponse } from '@techzone/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { sha256 } from '../common/tokens';
import { assertMember } from '../organizations/organization-access';
import { OrganizationsService } from '../organizations/organizations.service';
import { normalizeEmail, UsersRepository } from '../users/users.repository';
import { InvitationDto } from './dto/invitation.dto';
import { InvitationEntity } from './entities/invitation.entity';
import { InvitationsRepository } from './invitations.repository';

const INVITATION_DAYS = 14;

function toResponse(invitation: InvitationEntity, organizationName: string, token?: string): InvitationResponse {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    organizationId: invitation.organizationId,
    organizationName,
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    ...(token ? { token } : {}),
  };
}

/** Invitations to join an organisation: a one-time link, valid for 14 days, for one e-mail address and role. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly organizations: OrganizationsService,
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, organizationId: string, dto: InvitationDto): Promise<InvitationResponse> {
    assertMember(user, organizationId);
    const organization = await this.organizations.summary(organizationId);
    if (!organization) {
      throw new NotFoundException('Organisation not found.');
    }
    if (!rolesForKind(organization.kind).includes(dto.role)) {
      throw new BadRequestException({
        message: `A ${organization.kind} has no role ${dto.role}.`,
        details: [
          { field: 'role', code: 'isIn', message: `role must be one of ${rolesForKind(organization.kind).join(', ')}` },
        ],
      });
    }
    const token = randomBytes(32).toString('base64url');
    const invitation = await this.invitations.insert({
      organizationId,
      email: normalizeEmail(dto.email),
      role: dto.role,
      tokenHash: sha256(token),
      invitedById: user.id,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
    });
    await this.audit.record({
      actorId: user.id,
      action: 'invitation.created',
      entityType: 'organization',
      entityId: organizationId,
      data: { role: dto.role },
    });
    return toResponse(invitation, organization.name, token);
  }

  async list(user: AuthUser, organizationId: string): Promise<InvitationResponse[]> {
    assertMember(user, organizationId);
    const rows = await this.invitations.listFor(organizationId);
    return rows.map((row) => toResponse(row, row.organization?.name ?? ''));
  }

  /** What the invited person sees before accepting. */
  async preview(token: string): Promise<InvitationResponse> {
    const invitation = await this.findUsable(token, this.dataSource.manager);
    return toResponse(invitation, invitation.organization?.name ?? '');
  }

  /** A logged-in user with the invited e-mail address joins the organisation. */
  async accept(user: AuthUser, token: string): Promise<MeResponse> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.findUsable(token, manager);
      if (invitation.email !== user.email) {
        throw new ForbiddenException('This invitation is for another e-mail address.');
      }
      if (user.accountType === 'candidate') {
        throw new ForbiddenException(
          'A candidate account cannot join an organisation. Register with the invited address instead.',
        );
      }
      await this.join(manager, invitation, user.id);
    });
    const refreshed = await this.users.findAuthUser(user.id);
    if (!refreshed) {
      throw new NotFoundException();
    }
    return refreshed;
  }

  /** Used by registration: checks the token for this e-mail and returns the invitation to join, locked. */
  async claimForRegistration(manager: EntityManager, token: string, email: string): Promise<InvitationEntity> {
    const invitation = await this.findUsable(token, manager);
    if (invitation.email !== normalizeEmail(email)) {
      throw new BadRequestException({
        message: 'Register with the e-mail address the invitation was sent to.',
        details: [{ field: 'email', code: 'invitationEmail', message: 'email does not match the invitation' }],
      });
    }
    return invitation;
  }

  async join(manager: EntityManager, invitation: InvitationEntity, userId: string): Promise<void> {
    await this.organizations.addMember(manager, {
      userId,
      organizationId: invitation.organizationId,
      role: invitation.role,
    });
    await this.invitations.markAccepted(manager, invitation.id);
    await this.audit.record(
      {
        actorId: userId,
        action: 'invitation.accepted',
        entityType: 'organization',
        entityId: invitation.organizationId,
      },
      manager,
    );
  }

  private async findUsable(token: string, manager: EntityManager): Promise<InvitationEntity> {
    const invitation = await this.invitations.findByTokenHash(manager, sha256(token));
    if (!invitation) {
      throw new NotFoundException('This invitation does not exist.');
    }
    if (invitation.acceptedAt || invitation.expiresAt.getTime() < Date.now()) {
      throw new GoneException('This invitation has been used or has expired. Ask for a new one.');
    }
    return invitation;
  }
}
