import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CandidateProfileResponse, VacancySummaryResponse } from '@techzone/contracts';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ageOn } from '../common/age';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { assertMember } from '../organizations/organization-access';
import { CohortEntity } from '../schools/entities/cohort.entity';
import { ProgramEntity } from '../schools/entities/program.entity';
import { ReferenceChecker } from '../taxonomy/reference-checker';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { CandidateProfileDto } from './dto/candidate-profile.dto';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';
import { CandidateSkillEntity } from './entities/candidate-skill.entity';
import { SavedVacancyEntity } from './entities/saved-vacancy.entity';
import { emptyProfile, toProfileResponse } from './profile.mapper';

@Injectable()
export class ProfilesService {
  constructor(
    @InjectRepository(CandidateProfileEntity) private readonly profiles: Repository<CandidateProfileEntity>,
    @InjectRepository(SavedVacancyEntity) private readonly saved: Repository<SavedVacancyEntity>,
    private readonly dataSource: DataSource,
    private readonly references: ReferenceChecker,
    private readonly vacancies: VacanciesRepository,
    private readonly audit: AuditService,
  ) {}

  async get(user: AuthUser): Promise<CandidateProfileResponse> {
    const profile = await this.load(user.id);
    return profile ? toProfileResponse(user, profile) : emptyProfile(user);
  }

  async put(user: AuthUser, dto: CandidateProfileDto): Promise<CandidateProfileResponse> {
    await this.check(dto);
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CandidateProfileEntity);
      const { skills, ...fields } = dto;
      await repository.save(repository.create({ userId: user.id, ...fields }));
      await manager.getRepository(CandidateSkillEntity).delete({ userId: user.id });
      const unique = [...new Map(skills.map((skill) => [skill.skillCode, skill])).values()];
      if (unique.length) {
        await manager
          .getRepository(CandidateSkillEntity)
          .insert(unique.map((skill) => ({ userId: user.id, ...skill })));
      }
      await this.audit.record(
        {
          actorId: user.id,
          action: 'profile.updated',
          entityType: 'candidate',
          entityId: user.id,
          data: { discoverable: dto.discoverable },
        },
        manager,
      );
    });
    return this.get(user);
  }

  async savedVacancies(user: AuthUser): Promise<VacancySummaryResponse[]> {
    const rows = await this.saved.find({ where: { userId: user.id }, order: { createdAt: 'DESC' } });
    return this.vacancies.findSummaries(rows.map((row) => row.vacancyId));
  }

  /** Saving is idempotent. Only vacancies the candidate can see can be saved. */
  async save(user: AuthUser, vacancyId: string): Promise<void> {
    const vacancy = await this.vacancies.findOneWithDetails(vacancyId);
    const visible = vacancy?.status === 'published' && (!vacancy.expiresAt || vacancy.expiresAt.getTime() > Date.now());
    if (!visible) {
      throw new NotFoundException('Vacancy not found.');
    }
    await this.saved.createQueryBuilder().insert().values({ userId: user.id, vacancyId }).orIgnore().execute();
  }

  async unsave(user: AuthUser, vacancyId: string): Promise<void> {
    await this.saved.delete({ userId: user.id, vacancyId });
  }

  /** A school coordinator sees the students who chose their school, and no one else. */
  async studentsOfSchool(user: AuthUser, schoolId: string): Promise<CandidateProfileResponse[]> {
    assertMember(user, schoolId);
    const profiles = await this.profiles.find({
      where: { schoolId },
      relations: { user: true, skills: { skill: true } },
      order: { updatedAt: 'DESC' },
      take: 2000,
    });
    const context = await this.context(profiles);
    return profiles.flatMap((profile) =>
      profile.user
        ? [
            toProfileResponse(
              { name: profile.user.name, candidateKind: profile.user.candidateKind ?? 'student' },
              profile,
              context,
            ),
          ]
        : [],
    );
  }

  private async load(userId: string): Promise<CandidateProfileEntity | null> {
    const profile = await this.profiles.findOne({ where: { userId }, relations: { skills: { skill: true } } });
    if (!profile) {
      return null;
    }
    return Object.assign(profile, { context: await this.context([profile]) });
  }

  /** Place and school names for a set of profiles, in two queries. */
  private async context(profiles: CandidateProfileEntity[]): Promise<ProfileContext> {
    const placeIds = [...new Set(profiles.flatMap((profile) => (profile.homePlaceId ? [profile.homePlaceId] : [])))];
    const schoolIds = [...new Set(profiles.flatMap((profile) => (profile.schoolId ? [profile.schoolId] : [])))];
    const [places, schools] = await Promise.all([
      placeIds.length
        ? this.dataSource.query(`SELECT id, name, municipality FROM places WHERE id = ANY($1::int[])`, [placeIds])
        : [],
      schoolIds.length
        ? this.dataSource.query(`SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`, [schoolIds])
        : [],
    ]);
    return {
      places: new Map(
        (places as { id: number; name: string; municipality: string }[]).map((place) => [place.id, place]),
      ),
      schools: new Map((schools as { id: string; name: string }[]).map((school) => [school.id, school])),
    };
  }

  private async check(dto: CandidateProfileDto): Promise<void> {
    const check = this.references
      .start()
      .place('homePlaceId', dto.homePlaceId)
      .skills(
        'skills',
        dto.skills.map((skill) => skill.skillCode),
        '.skillCode',
      )
      .sectors('sectorCodes', dto.sectorCodes);
    if (dto.qualificationCrebo) {
      check.qualifications('qualificationCrebo', [dto.qualificationCrebo], true);
    }
    if (dto.dateOfBirth) {
      const age = ageOn(dto.dateOfBirth, new Date()) ?? 0;
      if (age < 12 || age > 80) {
        check.problem('dateOfBirth', 'implausibleAge', 'dateOfBirth gives an age outside 12 to 80 years');
      }
    }
    if (dto.availableFrom && dto.availableTo && dto.availableTo < dto.availableFrom) {
      check.problem('availableTo', 'endBeforeStart', 'availableTo must not be before availableFrom');
    }
    if (dto.hoursPerWeekMin && dto.hoursPerWeekMax && dto.hoursPerWeekMax < dto.hoursPerWeekMin) {
      check.problem('hoursPerWeekMax', 'maxBelowMin', 'hoursPerWeekMax must not be below hoursPerWeekMin');
    }
    if (dto.schoolId) {
      const school = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: dto.schoolId });
      if (!school || school.kind !== 'school' || school.verificationStatus !== 'verified') {
        check.problem('schoolId', 'unknownSchool', 'schoolId is not a known school');
      }
    }
    if (dto.programId) {
      const program = await this.dataSource.getRepository(ProgramEntity).findOneBy({ id: dto.programId });
      if (!program || program.organizationId !== dto.schoolId) {
        check.problem('programId', 'unknownProgram', 'programId is not a programme of the chosen school');
      }
    }
    if (dto.cohortId) {
      const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({ id: dto.cohortId });
      if (!cohort || cohort.programId !== dto.programId) {
        check.problem('cohortId', 'unknownCohort', 'cohortId is not a cohort of the chosen programme');
      }
    }
    await check.verify();
  }
}

export interface ProfileContext {
  places: Map<number, { id: number; name: string; municipality: string }>;
  schools: Map<string, { id: string; name: string }>;
}
