import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTIFICATES,
  EDUCATION_LEVELS,
  LANGUAGE_CODES,
  LANGUAGE_LEVELS,
  LEARNING_ROUTES,
  PROFILE_LIMITS,
  SKILL_LEVELS,
  VACANCY_LIMITS,
  VACANCY_TYPES,
  type CandidateLanguageInput,
  type CandidateProfileInput,
  type CandidateSkillInput,
  type Certificate,
  type EducationLevel,
  type LanguageCode,
  type LanguageLevel,
  type LearningRoute,
  type SkillLevel,
  type VacancyType,
} from '@techzone/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class CandidateSkillDto implements CandidateSkillInput {
  @ApiProperty()
  @IsString()
  @MaxLength(64)
  skillCode!: string;

  @ApiProperty({ enum: SKILL_LEVELS })
  @IsIn(SKILL_LEVELS)
  level!: SkillLevel;
}

export class CandidateLanguageDto implements CandidateLanguageInput {
  @ApiProperty({ enum: LANGUAGE_CODES })
  @IsIn(LANGUAGE_CODES)
  code!: LanguageCode;

  @ApiProperty({ enum: LANGUAGE_LEVELS })
  @IsIn(LANGUAGE_LEVELS)
  level!: LanguageLevel;
}

export class CandidateProfileDto implements CandidateProfileInput {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  schoolId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  programId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  cohortId?: string | null;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS })
  @IsOptional()
  @IsIn(EDUCATION_LEVELS)
  educationLevel?: EducationLevel | null;

  @ApiPropertyOptional({ enum: LEARNING_ROUTES })
  @IsOptional()
  @IsIn(LEARNING_ROUTES)
  route?: LearningRoute | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'qualificationCrebo must be a 5-digit crebo code' })
  qualificationCrebo?: string | null;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  dateOfBirth?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  homePlaceId?: number | null;

  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(PROFILE_LIMITS.maxTravelKmMax)
  maxTravelKm!: number;

  @ApiProperty({ enum: VACANCY_TYPES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(VACANCY_TYPES, { each: true })
  wantedTypes!: VacancyType[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  sectorCodes!: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(VACANCY_LIMITS.hoursMin)
  @Max(VACANCY_LIMITS.hoursMax)
  hoursPerWeekMin?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(VACANCY_LIMITS.hoursMin)
  @Max(VACANCY_LIMITS.hoursMax)
  hoursPerWeekMax?: number | null;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  availableFrom?: string | null;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  availableTo?: string | null;

  @ApiProperty({ type: [CandidateSkillDto] })
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.skillsMax)
  @ValidateNested({ each: true })
  @Type(() => CandidateSkillDto)
  skills!: CandidateSkillDto[];

  @ApiProperty({ enum: CERTIFICATES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(CERTIFICATES, { each: true })
  certificates!: Certificate[];

  @ApiProperty({ type: [CandidateLanguageDto] })
  @IsArray()
  @ArrayMaxSize(LANGUAGE_CODES.length)
  @ValidateNested({ each: true })
  @Type(() => CandidateLanguageDto)
  languages!: CandidateLanguageDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.aboutMax)
  about?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.experienceMax)
  experience?: string | null;

  @ApiProperty({ description: 'Findable by companies; off until the candidate turns it on' })
  @IsBoolean()
  discoverable!: boolean;
}
