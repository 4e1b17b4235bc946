import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { CohortResponse, ProgramResponse, SchoolOptionResponse } from '@techzone/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { assertMember } from '../organizations/organization-access';
import { ReferenceChecker } from '../taxonomy/reference-checker';
import { CohortDto, ProgramDto, UpdateProgramDto } from './dto/program.dto';
import { CohortEntity } from './entities/cohort.entity';
import { ProgramEntity } from './entities/program.entity';

const toCohort = (cohort: CohortEntity): CohortResponse => ({
  id: cohort.id,
  programId: cohort.programId,
  name: cohort.name,
  startDate: cohort.startDate,
  endDate: cohort.endDate,
});

const toProgram = (program: ProgramEntity): ProgramResponse => ({
  id: program.id,
  name: program.name,
  crebo: program.crebo,
  croho: program.croho,
  level: program.level,
  route: program.route,
  cohorts: (program.cohorts ?? []).map(toCohort).sort((a, b) => a.startDate.localeCompare(b.startDate)),
});

/** A school's programmes and cohorts: kept by its coordinators, listed publicly for students' profiles. */
@Injectable()
export class SchoolsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
    private readonly audit: AuditService,
  ) {}

  /** Verified schools with programmes and cohorts, for a student to pick from. */
  async options(): Promise<SchoolOptionResponse[]> {
    const schools = await this.dataSource.getRepository(OrganizationEntity).find({
      where: { kind: 'school', verificationStatus: 'verified' },
      order: { name: 'ASC' },
    });
    const programs = await this.dataSource.getRepository(ProgramEntity).find({
      relations: { cohorts: true },
      order: { name: 'ASC' },
    });
    return schools.map((school) => ({
      id: school.id,
      name: school.name,
      city: school.city,
      programs: programs
        .filter((program) => program.organizationId === school.id)
        .map((program) => ({
          id: program.id,
          name: program.name,
          level: program.level,
          route: program.route,
          cohorts: (program.cohorts ?? []).map((cohort) => ({ id: cohort.id, name: cohort.name })),
        })),
    }));
  }

  async programs(user: AuthUser, schoolId: string): Promise<ProgramResponse[]> {
    assertMember(user, schoolId);
    const programs = await this.dataSource.getRepository(ProgramEntity).find({
      where: { organizationId: schoolId },
      relations: { cohorts: true },
      order: { name: 'ASC' },
    });
    return programs.map(toProgram);
  }

  async createProgram(user: AuthUser, schoolId: string, dto: ProgramDto): Promise<ProgramResponse> {
    await this.assertSchool(user, schoolId);
    await this.checkProgram(dto);
    const repository = this.dataSource.getRepository(ProgramEntity);
    const program = await repository.save(
      repository.create({
        organizationId: schoolId,
        ...dto,
        crebo: dto.crebo ?? null,
        croho: dto.croho ?? null,
        route: dto.route ?? null,
      }),
    );
    await this.audit.record({
      actorId: user.id,
      action: 'program.created',
      entityType: 'program',
      entityId: program.id,
    });
    return toProgram({ ...program, cohorts: [] });
  }

  async updateProgram(
    user: AuthUser,
    schoolId: string,
    programId: string,
    dto: UpdateProgramDto,
  ): Promise<ProgramResponse> {
    await this.assertSchool(user, schoolId);
    await this.checkProgram(dto);
    return this.dataSource.transaction(async (manager) => {
      const program = await this.findProgram(manager, schoolId, programId);
      Object.assign(program, Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)));
      await manager.getRepository(ProgramEntity).save(program);
      return toProgram(program);
    });
  }

  async deleteProgram(user: AuthUser, schoolId: string, programId: string): Promise<void> {
    await this.assertSchool(user, schoolId);
    const result = await this.dataSource
      .getRepository(ProgramEntity)
      .delete({ id: programId, organizationId: schoolId });
    if (!result.affected) {
      throw new NotFoundException('Programme not found.');
    }
  }

  async createCohort(user: AuthUser, schoolId: string, programId: string, dto: CohortDto): Promise<CohortResponse> {
    await this.assertSchool(user, schoolId);
    if (dto.endDate < dto.startDate) {
      throw new BadRequestException({
        message: 'endDate must not be before startDate',
        details: [{ field: 'endDate', code: 'endBeforeStart', message: 'endDate must not be before startDate' }],
      });
    }
    await this.findProgram(this.dataSource.manager, schoolId, programId);
    const repository = this.dataSource.getRepository(CohortEntity);
    return toCohort(await repository.save(repository.create({ programId, ...dto })));
  }

  async deleteCohort(user: AuthUser, schoolId: string, programId: string, cohortId: string): Promise<void> {
    await this.assertSchool(user, schoolId);
    await this.findProgram(this.dataSource.manager, schoolId, programId);
    const result = await this.dataSource.getRepository(CohortEntity).delete({ id: cohortId, programId });
    if (!result.affected) {
      throw new NotFoundException('Cohort not found.');
    }
  }

  private async assertSchool(user: AuthUser, schoolId: string): Promise<void> {
    assertMember(user, schoolId);
    const school = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: schoolId });
    if (school?.kind !== 'school') {
      throw new NotFoundException('School not found.');
    }
  }

  private async findProgram(manager: EntityManager, schoolId: string, programId: string): Promise<ProgramEntity> {
    const program = await manager.getRepository(ProgramEntity).findOne({
      where: { id: programId, organizationId: schoolId },
      relations: { cohorts: true },
    });
    if (!program) {
      throw new NotFoundException('Programme not found.');
    }
    return program;
  }

  private async checkProgram(dto: UpdateProgramDto): Promise<void> {
    const check = this.references.start();
    if (dto.crebo) {
      check.qualifications('crebo', [dto.crebo], true);
    }
    await check.verify();
  }
}
