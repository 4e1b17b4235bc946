import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { QualificationResponse, SectorResponse, SkillResponse } from '@techzone/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import {
  QualificationDto,
  QualificationUpdateDto,
  SectorDto,
  SectorUpdateDto,
  SkillDto,
  SkillUpdateDto,
} from './dto/taxonomy-admin.dto';
import { QualificationEntity } from './entities/qualification.entity';
import { SectorEntity } from './entities/sector.entity';
import { SkillEntity } from './entities/skill.entity';
import { toQualificationResponse, toSectorResponse, toSkillResponse } from './taxonomy.mapper';

const SECTOR_LEVEL = { section: /^[A-U]$/, division: /^\d{2}$/, group: /^\d{3}$/ } as const;

/**
 * The program office edits the skills, qualifications and sectors. Matching reads the taxonomy on every request,
 * and a changed label or synonym refreshes the search text of the vacancies that use it in the same transaction,
 * so both see a change at once.
 */
@Injectable()
export class TaxonomyAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesRepository,
    private readonly audit: AuditService,
  ) {}

  async createSkill(user: AuthUser, dto: SkillDto): Promise<SkillResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SkillEntity);
      if (await repository.findOne({ where: { code: dto.code } })) {
        throw new ConflictException(`A skill with code ${dto.code} already exists.`);
      }
      await this.checkSkillParent(manager, dto.code, dto.parent);
      const skill = await repository.save(
        repository.create({
          code: dto.code,
          parentCode: dto.parent,
          labelNl: dto.nl,
          labelEn: dto.en,
          kind: dto.kind,
          escoUri: dto.escoUri ?? null,
          synonyms: dto.synonyms ?? [],
        }),
      );
      await this.record(manager, user, 'taxonomy.skill_created', dto.code);
      return toSkillResponse(skill);
    });
  }

  async updateSkill(user: AuthUser, code: string, dto: SkillUpdateDto): Promise<SkillResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SkillEntity);
      const skill = await repository.findOne({ where: { code } });
      if (!skill) {
        throw new NotFoundException('Skill not found.');
      }
      if (dto.parent !== undefined) {
        await this.checkSkillParent(manager, code, dto.parent);
      }
      await repository.update(
        { code },
        {
          ...(dto.parent !== undefined ? { parentCode: dto.parent } : {}),
          ...(dto.nl !== undefined ? { labelNl: dto.nl } : {}),
          ...(dto.en !== undefined ? { labelEn: dto.en } : {}),
          ...(dto.kind !== undefined ? { kind: dto.kind } : {}),
          ...(dto.escoUri !== undefined ? { escoUri: dto.escoUri } : {}),
          ...(dto.synonyms !== undefined ? { synonyms: dto.synonyms } : {}),
        },
      );
      if (dto.nl !== undefined || dto.en !== undefined || dto.synonyms !== undefined) {
        const ids = (await manager.query(`SELECT DISTINCT vacancy_id FROM vacancy_skills WHERE skill_code = $1`, [
          code,
        ])) as {
          vacancy_id: string;
        }[];
        await this.refresh(
          manager,
          ids.map((row) => row.vacancy_id),
        );
      }
      await this.record(manager, user, 'taxonomy.skill_updated', code);
      return toSkillResponse(await repository.findOneByOrFail({ code }));
    });
  }

  async createQualification(user: AuthUser, dto: QualificationDto): Promise<QualificationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(QualificationEntity);
      if (await repository.findOne({ where: { crebo: dto.crebo } })) {
        throw new ConflictException(`A qualification with crebo ${dto.crebo} already exists.`);
      }
      await this.checkSkills(manager, dto.skillCodes ?? []);
      const qualification = await repository.save(
        repository.create({
          crebo: dto.crebo,
          nameNl: dto.nl,
          nameEn: dto.en,
          level: dto.level,
          dossierCrebo: dto.dossierCrebo,
          dossier: dto.dossier,
          domain: dto.domain,
          routes: dto.routes,
          skillCodes: dto.skillCodes ?? [],
        }),
      );
      await this.record(manager, user, 'taxonomy.qualification_created', dto.crebo);
      return toQualificationResponse(qualification);
    });
  }

  async updateQualification(
    user: AuthUser,
    crebo: string,
    dto: QualificationUpdateDto,
  ): Promise<QualificationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(QualificationEntity);
      if (!(await repository.findOne({ where: { crebo } }))) {
        throw new NotFoundException('Qualification not found.');
      }
      if (dto.skillCodes) {
        await this.checkSkills(manager, dto.skillCodes);
      }
      await repository.update(
        { crebo },
        {
          ...(dto.nl !== undefined ? { nameNl: dto.nl } : {}),
          ...(dto.en !== undefined ? { nameEn: dto.en } : {}),
          ...(dto.level !== undefined ? { level: dto.level } : {}),
          ...(dto.dossierCrebo !== undefined ? { dossierCrebo: dto.dossierCrebo } : {}),
          ...(dto.dossier !== undefined ? { dossier: dto.dossier } : {}),
          ...(dto.domain !== undefined ? { domain: dto.domain } : {}),
          ...(dto.routes !== undefined ? { routes: dto.routes } : {}),
          ...(dto.skillCodes !== undefined ? { skillCodes: dto.skillCodes } : {}),
        },
      );
      if (dto.nl !== undefined || dto.en !== undefined) {
        const ids = (await manager.query(`SELECT id FROM vacancies WHERE $1 = ANY(qualification_crebos)`, [crebo])) as {
          id: string;
        }[];
        await this.refresh(
          manager,
          ids.map((row) => row.id),
        );
      }
      await this.record(manager, user, 'taxonomy.qualification_updated', crebo);
      return toQualificationResponse(await repository.findOneByOrFail({ crebo }));
    });
  }

  async createSector(user: AuthUser, dto: SectorDto): Promise<SectorResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SectorEntity);
      if (!SECTOR_LEVEL[dto.level].test(dto.code)) {
        throw this.invalid('level', 'levelMismatch', `a ${dto.level} code looks different from ${dto.code}`);
      }
      if (await repository.findOne({ where: { code: dto.code } })) {
        throw new ConflictException(`A sector with code ${dto.code} already exists.`);
      }
      if (dto.parent !== null && !(await repository.findOne({ where: { code: dto.parent } }))) {
        throw this.invalid('parent', 'unknownParent', `parent ${dto.parent} is not a sector`);
      }
      const sector = await repository.save(
        repository.create({ code: dto.code, parentCode: dto.parent, nameNl: dto.nl, nameEn: dto.en, level: dto.level }),
      );
      await this.record(manager, user, 'taxonomy.sector_created', dto.code);
      return toSectorResponse(sector);
    });
  }

  async updateSector(user: AuthUser, code: string, dto: SectorUpdateDto): Promise<SectorResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SectorEntity);
      if (!(await repository.findOne({ where: { code } }))) {
        throw new NotFoundException('Sector not found.');
      }
      await repository.update(
        { code },
        { ...(dto.nl !== undefined ? { nameNl: dto.nl } : {}), ...(dto.en !== undefined ? { nameEn: dto.en } : {}) },
      );
      await this.record(manager, user, 'taxonomy.sector_updated', code);
      return toSectorResponse(await repository.findOneByOrFail({ code }));
    });
  }

  /** The parent exists and is not the skill itself or one of its descendants. */
  private async checkSkillParent(manager: EntityManager, code: string, parent: string | null): Promise<void> {
    if (parent === null) {
      return;
    }
    const rows = (await manager.query(
      `WITH RECURSIVE up AS (
         SELECT code, parent_code, 1 AS depth FROM skills WHERE code = $1
         UNION ALL SELECT s.code, s.parent_code, up.depth + 1 FROM skills s JOIN up ON s.code = up.parent_code WHERE up.depth < 50
       ) SELECT code FROM up`,
      [parent],
    )) as { code: string }[];
    if (!rows.length) {
      throw this.invalid('parent', 'unknownParent', `parent ${parent} is not a skill`);
    }
    if (rows.some((row) => row.code === code)) {
      throw this.invalid('parent', 'cycle', 'a skill cannot be placed under itself or one of its own skills');
    }
  }

  private async checkSkills(manager: EntityManager, codes: string[]): Promise<void> {
    if (!codes.length) {
      return;
    }
    const known = await manager.getRepository(SkillEntity).findBy({ code: In(codes) });
    const unknown = codes.filter((code) => !known.some((skill) => skill.code === code));
    if (unknown.length) {
      throw this.invalid('skillCodes', 'unknownSkill', `unknown skills: ${unknown.join(', ')}`);
    }
  }

  private async refresh(manager: EntityManager, vacancyIds: string[]): Promise<void> {
    if (vacancyIds.length) {
      await this.vacancies.refreshSearchText(manager, vacancyIds);
      this.vacancies.forgetCounts();
    }
  }

  private async record(manager: EntityManager, user: AuthUser, action: string, code: string): Promise<void> {
    await this.audit.record({ actorId: user.id, action, entityType: 'taxonomy', entityId: code }, manager);
  }

  private invalid(field: string, code: string, message: string): BadRequestException {
    return new BadRequestException({ message: `Check ${field}: ${message}.`, details: [{ field, code, message }] });
  }
}
