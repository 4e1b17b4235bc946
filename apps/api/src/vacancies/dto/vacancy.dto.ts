import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  CERTIFICATES,
  EDUCATION_LEVELS,
  SKILL_IMPORTANCES,
  SKILL_LEVELS,
  VACANCY_LIMITS,
  VACANCY_TYPES,
  type Certificate,
  type CreateVacancyRequest,
  type EducationLevel,
  type SkillImportance,
  type SkillLevel,
  type VacancySkillInput,
  type VacancyType,
} from '@techzone/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../common/transforms';

export class VacancySkillDto implements VacancySkillInput {
  @ApiProperty({ example: 'weld.tig' })
  @IsString()
  @MaxLength(64)
  skillCode!: string;

  @ApiProperty({ enum: SKILL_LEVELS })
  @IsIn(SKILL_LEVELS)
  minLevel!: SkillLevel;

  @ApiProperty({ enum: SKILL_IMPORTANCES })
  @IsIn(SKILL_IMPORTANCES)
  importance!: SkillImportance;
}

export class CreateVacancyDto implements CreateVacancyRequest {
  @ApiProperty()
  @IsUUID()
  organizationId!: string;

  @ApiProperty({ enum: VACANCY_TYPES })
  @IsIn(VACANCY_TYPES)
  type!: VacancyType;

  @ApiProperty({ maxLength: VACANCY_LIMITS.titleMax })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(VACANCY_LIMITS.titleMax)
  title!: string;

  @ApiProperty({ maxLength: VACANCY_LIMITS.descriptionMax, description: 'Plain text; HTML is kept as text' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(VACANCY_LIMITS.descriptionMax)
  description!: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  placeId!: number;

  @ApiProperty({ enum: EDUCATION_LEVELS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(EDUCATION_LEVELS, { each: true })
  levels!: EducationLevel[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(VACANCY_LIMITS.qualificationsMax)
  @Matches(/^\d{5}$/, { each: true, message: 'each qualification must be a 5-digit crebo code' })
  qualificationCrebos!: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(8)
  sectorCode?: string | null;

  @ApiProperty({ type: [VacancySkillDto] })
  @IsArray()
  @ArrayMaxSize(VACANCY_LIMITS.skillsMax)
  @ValidateNested({ each: true })
  @Type(() => VacancySkillDto)
  skills!: VacancySkillDto[];

  @ApiProperty({ enum: CERTIFICATES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(CERTIFICATES, { each: true })
  certificates!: Certificate[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(VACANCY_LIMITS.minAgeMin)
  @Max(VACANCY_LIMITS.minAgeMax)
  minAge?: number | null;

  @ApiProperty()
  @IsInt()
  @Min(VACANCY_LIMITS.hoursMin)
  @Max(VACANCY_LIMITS.hoursMax)
  hoursPerWeek!: number;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  startDate?: string | null;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  endDate?: string | null;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(VACANCY_LIMITS.positionsMax)
  positions!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(VACANCY_LIMITS.compensationMax)
  compensation?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  contactName?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string | null;

  @ApiPropertyOptional({ description: 'Blind first review of applicants' })
  @IsOptional()
  @IsBoolean()
  blindReview?: boolean;
}

export class UpdateVacancyDto extends PartialType(OmitType(CreateVacancyDto, ['organizationId'] as const)) {}
