import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { OrganizationKind, VerificationStatus } from '@techzone/contracts';
import { EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';

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
