import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  ORGANIZATION_LIMITS,
  type CompanyPageResponse,
  type MembershipRole,
  type OrganizationKind,
  type OrganizationMemberResponse,
  type OrganizationProfileResponse,
  type OrganizationResponse,
} from '@techzone/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ReferenceChecker } from '../taxonomy/reference-checker';
import { OrganizationListQueryDto } from './dto/organization-list-query.dto';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { VerifyOrganizationDto } from './dto/verify-organization.dto';
import { assertMember } from './organization-access';
import { toCompanyPage, toOrganizationProfile } from './organization-profile';
import { toMemberResponse, toOrganizationResponse } from './organization.mapper';
import { Audience, OrganizationsRepository, Recipient } from './organizations.repository';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly references: ReferenceChecker,
  ) {}

  async profile(user: AuthUser, id: string): Promise<OrganizationProfileResponse> {
    assertMember(user, id);
    const organization = await this.organizations.findProfile(id);
    if (!organization) {
      throw new NotFoundException('Organisation not found.');
    }
    return toOrganizationProfile(organization);
  }

  async update(user: AuthUser, id: string, dto: UpdateOrganizationDto): Promise<OrganizationProfileResponse> {
    assertMember(user, id);
    const current = await this.organizations.findById(id);
    if (!current) {
      throw new NotFoundException('Organisation not found.');
    }
    const check = this.references.start();
    (dto.locations ?? []).forEach((location, index) => check.place(`locations.${index}.placeId`, location.placeId));
    if (dto.accreditations) {
      if (current.kind !== 'company') {
        check.problem('accreditations', 'companiesOnly', 'accreditations are for companies only');
      }
      check.qualifications(
        'accreditations',
        dto.accreditations.map((accreditation) => accreditation.crebo),
      );
      dto.accreditations.forEach((accreditation, index) => {
        if (accreditation.until && accreditation.until < accreditation.since) {
          check.problem(`accreditations.${index}.until`, 'endBeforeStart', 'until must not be before since');
        }
      });
    }
    if (dto.sectorCode) {
      check.sectors('sectorCode', [dto.sectorCode], true);
    }
    if (dto.kvkNumber !== undefined && current.kind !== 'company') {
      check.problem('kvkNumber', 'companiesOnly', 'kvkNumber is for companies only');
    }
    if (dto.brinCode !== undefined && current.kind !== 'school') {
      check.problem('brinCode', 'schoolsOnly', 'brinCode is for schools only');
    }
    await check.verify();

    await this.dataSource
      .transaction(async (manager) => {
        const organization = await this.organizations.findById(id, manager);
        if (!organization) {
          throw new NotFoundException('Organisation not found.');
        }
        const { locations, accreditations, ...fields } = dto;
        Object.assign(
          organization,
          Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
        );
        await this.organizations.save(organization, manager);
        if (locations) {
          await this.organizations.replaceLocations(
            manager,
            id,
            locations.map((location) => ({ placeId: location.placeId, address: location.address ?? null })),
          );
        }
        if (accreditations) {
          const unique = [
            ...new Map(accreditations.map((accreditation) => [accreditation.crebo, accreditation])).values(),
          ];
          await this.organizations.replaceAccreditations(
            manager,
            id,
            unique.map((accreditation) => ({
              crebo: accreditation.crebo,
              since: accreditation.since,
              until: accreditation.until ?? null,
            })),
          );
        }
        await this.audit.record(
          {
            actorId: user.id,
            action: 'organization.updated',
            entityType: 'organization',
            entityId: id,
            data: { fields: Object.keys(dto) },
          },
          manager,
        );
      })
      .catch((error: unknown) => {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
          throw new ConflictException({
            message: 'Another company is registered with this KvK number.',
            details: [{ field: 'kvkNumber', code: 'kvkTaken', message: 'kvkNumber is already registered' }],
          });
        }
        throw error;
      });
    return this.profile(user, id);
  }

  async setLogo(user: AuthUser, id: string, body: unknown, contentType: string | undefined): Promise<void> {
    assertMember(user, id);
    const type = (contentType ?? '').split(';')[0].trim();
    if (!Buffer.isBuffer(body) || !LOGO_TYPES.includes(type)) {
      throw new BadRequestException('Send the logo as the request body, as image/png, image/jpeg or image/webp.');
    }
    if (body.length === 0 || body.length > ORGANIZATION_LIMITS.logoMaxBytes) {
      throw new BadRequestException('The logo must be at most 512 KB.');
    }
    if (!looksLike(type, body)) {
      throw new BadRequestException(`The file is not a valid ${type} image.`);
    }
    await this.organizations.setLogo(id, body, type);
    await this.audit.record({
      actorId: user.id,
      action: 'organization.logo_set',
      entityType: 'organization',
      entityId: id,
    });
  }

  async deleteLogo(user: AuthUser, id: string): Promise<void> {
    assertMember(user, id);
    await this.organizations.setLogo(id, null, null);
  }

  /** Logos of verified organisations are public; members see their own before verification too. */
  async logo(id: string): Promise<{ logo: Buffer; logoType: string }> {
    const organization = await this.organizations.findById(id);
    const logo = organization?.verificationStatus === 'verified' ? await this.organizations.findLogo(id) : null;
    if (!logo) {
      throw new NotFoundException('No logo.');
    }
    return logo;
  }

  /** The companies with a public page (verified), for search engines. */
  publicCompanies(limit: number): Promise<{ id: string; updatedAt: Date }[]> {
    return this.organizations.findVerifiedCompanies(limit);
  }

  /** The public company page: verified companies only. */
  async companyPage(id: string): Promise<CompanyPageResponse> {
    const page = await this.organizations.findCompanyPage(id);
    if (!page) {
      throw new NotFoundException('Company not found.');
    }
    return toCompanyPage(page);
  }

  /**
   * Who at these organisations is told of something: their user ids, oldest membership first, each once. For the
   * modules that notify (applications, placements, rounds, events), inside the caller's transaction.
   */
  async recipients(manager: EntityManager, audiences: readonly Audience[]): Promise<string[]> {
    const found = await this.organizations.findRecipients(manager, audiences);
    return [...new Set(found.map((recipient) => recipient.userId))];
  }

  /** The same, with the organisation each member is told for (one message per membership). */
  recipientsWithOrganization(manager: EntityManager, audiences: readonly Audience[]): Promise<Recipient[]> {
    return this.organizations.findRecipients(manager, audiences);
  }

  /** What other modules need to know of an organisation: its kind and name; null when there is none. */
  async summary(id: string): Promise<{ id: string; kind: OrganizationKind; name: string } | null> {
    const organization = await this.organizations.findById(id);
    return organization ? { id: organization.id, kind: organization.kind, name: organization.name } : null;
  }

  /** Adds a member (joining through an invitation), in the caller's transaction; an existing member stays as is. */
  addMember(manager: EntityManager, member: { userId: string; organizationId: string; role: MembershipRole }) {
    return this.organizations.addMember(manager, member);
  }

  /** Whether the user is a member of the organisation in one of the roles (a mentor or supervisor to assign). */
  hasMember(manager: EntityManager, organizationId: string, userId: string, roles: readonly MembershipRole[]) {
    return this.organizations.hasMember(manager, organizationId, userId, roles);
  }

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

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

/** Checks the file's magic number, so that only real images are stored and served as images. */
function looksLike(type: string, body: Buffer): boolean {
  switch (type) {
    case 'image/png':
      return body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case 'image/jpeg':
      return body[0] === 0xff && body[1] === 0xd8 && body[2] === 0xff;
    case 'image/webp':
      return body.subarray(0, 4).toString('ascii') === 'RIFF' && body.subarray(8, 12).toString('ascii') === 'WEBP';
    default:
      return false;
  }
}
