import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MembershipRole, OrganizationKind, VerificationStatus } from '@techzone/contracts';
import { EntityManager, FindOptionsWhere, In, Repository } from 'typeorm';
import { AccreditationEntity } from './entities/accreditation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationLocationEntity } from './entities/organization-location.entity';
import { OrganizationEntity } from './entities/organization.entity';
import type { CompanyPageRow } from './organization-profile';

/** Members of one organisation in one of some roles: who is told of something that happened there. */
export interface Audience {
  organizationId: string;
  roles: readonly MembershipRole[];
}

export interface Recipient {
  userId: string;
  organizationId: string;
}

export interface NewOrganization {
  kind: OrganizationKind;
  name: string;
  kvkNumber?: string | null;
  brinCode?: string | null;
  city?: string | null;
  municipality?: string | null;
}

@Injectable()
export class OrganizationsRepository {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
  ) {}

  findById(id: string, manager?: EntityManager): Promise<OrganizationEntity | null> {
    const repository = manager ? manager.getRepository(OrganizationEntity) : this.organizations;
    return repository.findOne({ where: { id }, ...(manager ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** For the sitemap: the companies with a public page (verified), with their last change. */
  async findVerifiedCompanies(limit: number): Promise<{ id: string; updatedAt: Date }[]> {
    const rows = await this.organizations.find({
      select: { id: true, updatedAt: true },
      where: { kind: 'company', verificationStatus: 'verified' },
      order: { updatedAt: 'DESC' },
      take: limit,
    });
    return rows.map((row) => ({ id: row.id, updatedAt: row.updatedAt }));
  }

  /**
   * A verified company's public page in one statement: the profile, its sector's labels, its locations (by place
   * name) and its accreditations (by crebo) with their qualifications' names. Null for anything else (a school, a
   * company not verified, no such organisation).
   */
  async findCompanyPage(id: string): Promise<CompanyPageRow | null> {
    const rows: CompanyPageRow[] = await this.organizations.query(
      `SELECT o.id, o.name, o.city, o.municipality, o.description, o.website, o.size, o.logo_type IS NOT NULL AS has_logo,
              CASE WHEN sec.code IS NULL THEN NULL
                   ELSE json_build_object('code', sec.code, 'nl', sec.name_nl, 'en', sec.name_en) END AS sector,
              coalesce((
                SELECT json_agg(json_build_object('id', l.id, 'placeId', l.place_id, 'placeName', p.name,
                         'municipality', p.municipality, 'address', l.address) ORDER BY p.name, l.id)
                FROM organization_locations l JOIN places p ON p.id = l.place_id WHERE l.organization_id = o.id
              ), '[]'::json) AS locations,
              coalesce((
                SELECT json_agg(json_build_object('crebo', a.crebo, 'since', a.since, 'until', a.until,
                         'nl', coalesce(q.name_nl, a.crebo), 'en', coalesce(q.name_en, a.crebo)) ORDER BY a.crebo)
                FROM accreditations a LEFT JOIN qualifications q ON q.crebo = a.crebo WHERE a.organization_id = o.id
              ), '[]'::json) AS accreditations
       FROM organizations o
       LEFT JOIN sectors sec ON sec.code = o.sector_code
       WHERE o.id = $1 AND o.kind = 'company' AND o.verification_status = 'verified'`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** With locations (and their places) and accreditations (and their qualifications). */
  findProfile(id: string, manager?: EntityManager): Promise<OrganizationEntity | null> {
    return (manager ? manager.getRepository(OrganizationEntity) : this.organizations).findOne({
      where: { id },
      relations: { locations: { place: true }, accreditations: { qualification: true } },
    });
  }

  async findLogo(id: string): Promise<{ logo: Buffer; logoType: string } | null> {
    const row = await this.organizations
      .createQueryBuilder('o')
      .select(['o.id', 'o.logoType'])
      .addSelect('o.logo')
      .where('o.id = :id', { id })
      .getOne();
    return row?.logo && row.logoType ? { logo: row.logo, logoType: row.logoType } : null;
  }

  async setLogo(id: string, logo: Buffer | null, logoType: string | null): Promise<void> {
    await this.organizations.update({ id }, { logo, logoType });
  }

  findByKvkNumber(kvkNumber: string): Promise<OrganizationEntity | null> {
    return this.organizations.findOne({ where: { kvkNumber } });
  }

  /** The verification queue: oldest first, so nobody waits longest. */
  findForReview(filter: { status?: VerificationStatus; kind?: OrganizationKind }): Promise<OrganizationEntity[]> {
    const where: FindOptionsWhere<OrganizationEntity> = {
      ...(filter.status ? { verificationStatus: filter.status } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
    };
    return this.organizations.find({ where, order: { createdAt: 'ASC' }, take: 500 });
  }

  findMembers(organizationId: string): Promise<MembershipEntity[]> {
    return this.memberships.find({
      where: { organizationId },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
  }

  /** The members of every audience, oldest membership first, in one statement. */
  findRecipients(manager: EntityManager, audiences: readonly Audience[]): Promise<Recipient[]> {
    if (audiences.length === 0) {
      return Promise.resolve([]);
    }
    return manager.getRepository(MembershipEntity).find({
      select: { userId: true, organizationId: true },
      where: audiences.map(({ organizationId, roles }) => ({ organizationId, role: In([...roles]) })),
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Adds the user to the organisation in the role, unless they are a member already (then nothing changes). */
  async addMember(
    manager: EntityManager,
    member: { userId: string; organizationId: string; role: MembershipRole },
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(MembershipEntity).values(member).orIgnore().execute();
  }

  /** Whether the user is a member of the organisation in one of the roles. */
  hasMember(manager: EntityManager, organizationId: string, userId: string, roles: readonly MembershipRole[]) {
    return manager.getRepository(MembershipEntity).exists({ where: { organizationId, userId, role: In([...roles]) } });
  }

  /** The organisation's locations become exactly these, in the caller's transaction. */
  async replaceLocations(
    manager: EntityManager,
    organizationId: string,
    locations: { placeId: number; address: string | null }[],
  ): Promise<void> {
    await manager.getRepository(OrganizationLocationEntity).delete({ organizationId });
    if (locations.length) {
      await manager
        .getRepository(OrganizationLocationEntity)
        .insert(locations.map((location) => ({ organizationId, ...location })));
    }
  }

  /** The company's accreditations become exactly these (one per crebo), in the caller's transaction. */
  async replaceAccreditations(
    manager: EntityManager,
    organizationId: string,
    accreditations: { crebo: string; since: string; until: string | null }[],
  ): Promise<void> {
    await manager.getRepository(AccreditationEntity).delete({ organizationId });
    if (accreditations.length) {
      await manager
        .getRepository(AccreditationEntity)
        .insert(accreditations.map((accreditation) => ({ organizationId, ...accreditation })));
    }
  }

  async createWithOwner(manager: EntityManager, ownerId: string, data: NewOrganization): Promise<OrganizationEntity> {
    const repository = manager.getRepository(OrganizationEntity);
    const organization = await repository.save(repository.create({ ...data, verificationStatus: 'pending' }));
    const role = data.kind === 'company' ? 'owner' : 'coordinator';
    await manager.getRepository(MembershipEntity).insert({ userId: ownerId, organizationId: organization.id, role });
    return organization;
  }

  save(organization: OrganizationEntity, manager?: EntityManager): Promise<OrganizationEntity> {
    return (manager ? manager.getRepository(OrganizationEntity) : this.organizations).save(organization);
  }
}
