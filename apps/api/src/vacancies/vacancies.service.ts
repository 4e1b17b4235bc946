import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { VacancyDetailResponse, VacancySearchResponse, VacancySummaryResponse } from '@techzone/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { assertMember, isMember } from '../organizations/organization-access';
import { PlaceEntity } from '../taxonomy/entities/place.entity';
import { ReferenceChecker } from '../taxonomy/reference-checker';
import { TaxonomyRepository } from '../taxonomy/taxonomy.repository';
import { CompanyVacanciesQueryDto, SearchVacanciesDto } from './dto/search-vacancies.dto';
import { CreateVacancyDto, UpdateVacancyDto } from './dto/vacancy.dto';
import { VacancySkillEntity } from './entities/vacancy-skill.entity';
import { VacancyEntity } from './entities/vacancy.entity';
import { buildTsQuery, stripAccents, tokenize } from './search-text';
import { VacanciesRepository } from './vacancies.repository';
import { type DetailRow, toVacancyDetailFromRow, toVacancySummary } from './vacancy.mapper';

const DEFAULT_PAGE_SIZE = 20;
const DEFAULT_LIFETIME_DAYS = 90;

/** Open vacancies are public, and so are filled ones: applicants and visitors see that every place is taken. */
function isPublic(vacancy: Pick<DetailRow, 'status' | 'expires_at'>): boolean {
  return (
    vacancy.status === 'filled' ||
    (vacancy.status === 'published' && (!vacancy.expires_at || vacancy.expires_at.getTime() > Date.now()))
  );
}

@Injectable()
export class VacanciesService {
  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly taxonomy: TaxonomyRepository,
    private readonly references: ReferenceChecker,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The vacancies search engines may list: open to applicants, newest first. */
  listed(limit: number): Promise<{ id: string; updatedAt: Date }[]> {
    return this.vacancies.findListed(limit);
  }

  async search(query: SearchVacanciesDto): Promise<VacancySearchResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const tokens = tokenize(query.q ?? '');
    const corrections = await this.vacancies.corrections(tokens.filter((token) => stripAccents(token).length >= 4));
    const words = buildTsQuery(tokens, corrections);
    // The query's prefixes become the exact lexemes they stand for while the place is looked up.
    const [tsQuery, origin] = await Promise.all([
      words ? this.vacancies.resolveQuery(words) : null,
      query.place ? this.taxonomy.findPlace(query.place) : null,
    ]);
    if (query.place && !origin) {
      throw new NotFoundException('Unknown place.');
    }
    const sort = query.sort ?? (tsQuery ? 'relevance' : origin ? 'distance' : 'newest');
    const result = await this.vacancies.search({
      tsQuery,
      types: query.type ?? [],
      levels: query.level ?? [],
      crebos: query.qualification ?? [],
      sectors: query.sector ?? [],
      municipalities: query.municipality ?? [],
      skills: query.skills ?? [],
      origin: origin ? { lat: origin.lat, lon: origin.lon } : null,
      radiusKm: origin ? (query.radiusKm ?? null) : null,
      sort,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return {
      items: await this.vacancies.findSummaries(result.ids, result.distances),
      total: result.total,
      page,
      pageSize,
      facets: result.facets,
    };
  }

  /** Published (unexpired) and filled vacancies for everyone; the owning company's members also see their others. */
  async get(user: AuthUser | null, id: string): Promise<VacancyDetailResponse> {
    const vacancy = await this.vacancies.findDetail(id);
    if (!vacancy || (!isPublic(vacancy) && !(user && isMember(user, vacancy.organization_id)))) {
      throw new NotFoundException('Vacancy not found.');
    }
    return toVacancyDetailFromRow(vacancy);
  }

  async listForCompany(
    user: AuthUser,
    organizationId: string,
    query: CompanyVacanciesQueryDto,
  ): Promise<VacancySummaryResponse[]> {
    assertMember(user, organizationId);
    return (await this.vacancies.findByOrganization(organizationId, query.status)).map((vacancy) =>
      toVacancySummary(vacancy),
    );
  }

  async listPublishedForCompany(organizationId: string): Promise<VacancySummaryResponse[]> {
    return this.vacancies.findPublishedByOrganization(organizationId);
  }

  async create(user: AuthUser, dto: CreateVacancyDto): Promise<VacancyDetailResponse> {
    assertMember(user, dto.organizationId);
    const place = await this.checkReferences(dto);
    const id = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: dto.organizationId });
      if (organization.kind !== 'company') {
        throw new ForbiddenException('Only companies post vacancies.');
      }
      const vacancy = manager.getRepository(VacancyEntity).create({
        organizationId: organization.id,
        status: 'draft',
        createdById: user.id,
      });
      this.apply(vacancy, dto, place);
      const saved = await manager.getRepository(VacancyEntity).save(vacancy);
      await this.replaceSkills(manager, saved.id, dto);
      await this.refreshSearchText(manager, saved.id);
      await this.audit.record(
        { actorId: user.id, action: 'vacancy.created', entityType: 'vacancy', entityId: saved.id },
        manager,
      );
      return saved.id;
    });
    return this.getForMember(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateVacancyDto): Promise<VacancyDetailResponse> {
    const place = await this.checkReferences(dto);
    await this.dataSource.transaction(async (manager) => {
      const vacancy = await this.lockOwn(manager, user, id);
      if (vacancy.status === 'filled') {
        throw new ForbiddenException('A filled vacancy can no longer be changed.');
      }
      this.apply(vacancy, dto, place);
      await manager.getRepository(VacancyEntity).save(vacancy);
      if (dto.skills) {
        await this.replaceSkills(manager, id, { skills: dto.skills });
      }
      await this.refreshSearchText(manager, id);
      await this.audit.record(
        { actorId: user.id, action: 'vacancy.updated', entityType: 'vacancy', entityId: id },
        manager,
      );
    });
    this.vacancies.forgetCounts();
    return this.getForMember(user, id);
  }

  /** Only a verified company publishes; publishing sets the expiry (90 days) unless one is given. */
  async publish(user: AuthUser, id: string): Promise<VacancyDetailResponse> {
    if (!user.emailVerified) {
      throw new ForbiddenException({
        message: 'Confirm your e-mail address first: open the link we e-mailed you (or ask for a new one).',
        details: [{ field: 'email', code: 'emailUnverified', message: 'the e-mail address is not confirmed yet' }],
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const vacancy = await this.lockOwn(manager, user, id);
      const organization = await manager
        .getRepository(OrganizationEntity)
        .findOneByOrFail({ id: vacancy.organizationId });
      if (organization.verificationStatus !== 'verified') {
        throw new ForbiddenException(
          'Your company has not been verified yet by the Dutch TechZone program office. You can publish once it is.',
        );
      }
      if (vacancy.status === 'filled') {
        throw new ForbiddenException('A filled vacancy cannot be published again.');
      }
      const now = new Date();
      vacancy.status = 'published';
      vacancy.publishedAt = now;
      vacancy.closedAt = null;
      if (!vacancy.expiresAt || vacancy.expiresAt <= now) {
        vacancy.expiresAt = new Date(now.getTime() + DEFAULT_LIFETIME_DAYS * 24 * 3600 * 1000);
      }
      await manager.getRepository(VacancyEntity).save(vacancy);
      await this.audit.record(
        { actorId: user.id, action: 'vacancy.published', entityType: 'vacancy', entityId: id },
        manager,
      );
    });
    this.vacancies.forgetCounts();
    return this.getForMember(user, id);
  }

  async close(user: AuthUser, id: string): Promise<VacancyDetailResponse> {
    await this.dataSource.transaction(async (manager) => {
      const vacancy = await this.lockOwn(manager, user, id);
      if (vacancy.status !== 'filled') {
        vacancy.status = 'closed';
        vacancy.closedAt = new Date();
        await manager.getRepository(VacancyEntity).save(vacancy);
      }
      await this.audit.record(
        { actorId: user.id, action: 'vacancy.closed', entityType: 'vacancy', entityId: id },
        manager,
      );
    });
    this.vacancies.forgetCounts();
    return this.getForMember(user, id);
  }

  private async getForMember(user: AuthUser, id: string): Promise<VacancyDetailResponse> {
    const vacancy = await this.vacancies.findDetail(id);
    if (!vacancy || !isMember(user, vacancy.organization_id)) {
      throw new NotFoundException('Vacancy not found.');
    }
    return toVacancyDetailFromRow(vacancy);
  }

  /** The vacancy of a company the user belongs to, locked; to anyone else it does not exist. */
  private async lockOwn(manager: EntityManager, user: AuthUser, id: string): Promise<VacancyEntity> {
    const vacancy = await this.vacancies.lock(manager, id);
    if (!vacancy || !isMember(user, vacancy.organizationId)) {
      throw new NotFoundException('Vacancy not found.');
    }
    return vacancy;
  }

  private async checkReferences(dto: UpdateVacancyDto): Promise<PlaceEntity | null> {
    let place: PlaceEntity | null = null;
    const check = this.references.start().place('placeId', dto.placeId, (found) => (place = found));
    if (dto.skills) {
      check.skills(
        'skills',
        dto.skills.map((skill) => skill.skillCode),
        '.skillCode',
      );
      const codes = dto.skills.map((skill) => skill.skillCode);
      codes.forEach((code, index) => {
        if (codes.indexOf(code) !== index) {
          check.problem(`skills.${index}.skillCode`, 'duplicate', `skills.${index}.skillCode is listed twice`);
        }
      });
    }
    if (dto.qualificationCrebos) {
      check.qualifications('qualificationCrebos', dto.qualificationCrebos);
    }
    if (dto.sectorCode) {
      check.sectors('sectorCode', [dto.sectorCode], true);
    }
    if (dto.startDate && dto.endDate && dto.endDate < dto.startDate) {
      check.problem('endDate', 'endBeforeStart', 'endDate must not be before startDate');
    }
    await check.verify();
    return place;
  }

  private apply(vacancy: VacancyEntity, dto: UpdateVacancyDto, place: PlaceEntity | null): void {
    // skills are written by replaceSkills.
    const { skills, expiresAt, sectorCode, ...fields } = dto;
    Object.assign(vacancy, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
    if (place) {
      vacancy.placeId = place.id;
      vacancy.lat = place.lat;
      vacancy.lon = place.lon;
      vacancy.municipality = place.municipality;
    }
    if (sectorCode !== undefined) {
      vacancy.sectorCode = sectorCode;
      vacancy.sectorDivision = sectorCode && /^\d/.test(sectorCode) ? sectorCode.slice(0, 2) : null;
    }
    if (expiresAt !== undefined) {
      vacancy.expiresAt = expiresAt ? new Date(`${expiresAt}T23:59:59Z`) : null;
    }
  }

  private async replaceSkills(
    manager: EntityManager,
    vacancyId: string,
    dto: Pick<UpdateVacancyDto, 'skills'>,
  ): Promise<void> {
    const repository = manager.getRepository(VacancySkillEntity);
    await repository.delete({ vacancyId });
    if (dto.skills?.length) {
      await repository.insert(dto.skills.map((skill) => ({ vacancyId, ...skill })));
    }
  }

  private async refreshSearchText(manager: EntityManager, vacancyId: string): Promise<void> {
    await this.vacancies.refreshSearchText(manager, [vacancyId]);
  }
}
