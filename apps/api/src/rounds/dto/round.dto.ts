import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ALLOCATION_METHODS,
  COMPANY_RANKING_MODES,
  ROUND_LIMITS,
  type AllocationMethod,
  type CompanyRankingMode,
  type CompanyRankingRequest,
  type CreateRoundRequest,
  type PublishRoundRequest,
  type RankingRequest,
  type RoundVacancyInput,
  type RunRoundRequest,
} from '@techzone/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../common/transforms';

export class RoundVacancyDto implements RoundVacancyInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  vacancyId!: string;

  @ApiProperty({ minimum: 1, maximum: ROUND_LIMITS.capacityMax })
  @IsInt()
  @Min(1)
  @Max(ROUND_LIMITS.capacityMax)
  capacity!: number;
}

export class CreateRoundDto implements CreateRoundRequest {
  @ApiProperty({ maxLength: ROUND_LIMITS.nameMax })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ROUND_LIMITS.nameMax)
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  deadline!: string;

  @ApiProperty({ minimum: ROUND_LIMITS.choicesMin, maximum: ROUND_LIMITS.choicesMax })
  @IsInt()
  @Min(ROUND_LIMITS.choicesMin)
  @Max(ROUND_LIMITS.choicesMax)
  maxChoices!: number;

  @ApiProperty({ type: [RoundVacancyDto] })
  @IsArray()
  @ArrayMaxSize(ROUND_LIMITS.vacanciesMax)
  @ValidateNested({ each: true })
  @Type(() => RoundVacancyDto)
  vacancies!: RoundVacancyDto[];
}

export class UpdateRoundDto extends PartialType(OmitType(CreateRoundDto, ['cohortId'] as const)) {}

export class RunRoundDto implements RunRoundRequest {
  @ApiPropertyOptional({ description: 'The lottery seed; random when left out', maxLength: 64 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(/^[\w.-]{1,64}$/, { message: 'seed must be 1-64 letters, digits, dots, dashes or underscores' })
  seed?: string;
}

export class PublishRoundDto implements PublishRoundRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  runId!: string;

  @ApiProperty({ enum: ALLOCATION_METHODS })
  @IsIn(ALLOCATION_METHODS)
  method!: AllocationMethod;
}

export class RankingDto implements RankingRequest {
  @ApiProperty({ type: [String], description: 'Vacancy ids, first choice first' })
  @IsArray()
  @ArrayMaxSize(ROUND_LIMITS.choicesMax)
  @ArrayUnique({ message: 'a vacancy can be chosen only once' })
  @IsUUID('all', { each: true })
  vacancyIds!: string[];
}

export class CompanyRankingDto implements CompanyRankingRequest {
  @ApiProperty({ enum: COMPANY_RANKING_MODES })
  @IsIn(COMPANY_RANKING_MODES)
  mode!: CompanyRankingMode;

  @ApiPropertyOptional({ type: [String], description: 'With manual: student ids, best first' })
  @ValidateIf((dto: CompanyRankingDto) => dto.mode === 'manual' || dto.studentIds !== undefined)
  @IsArray()
  @ArrayMinSize(0)
  @ArrayMaxSize(5000)
  @ArrayUnique({ message: 'a student can be ranked only once' })
  @IsUUID('all', { each: true })
  studentIds?: string[];
}
