import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMAIL_MAX_LENGTH,
  EVALUATION_KINDS,
  EVALUATION_LIMITS,
  HOURS_LIMITS,
  LEARNING_ROUTES,
  LOCALES,
  PLACEMENT_HOURS,
  REPORT_CATEGORIES,
  STUDENT_PLACEMENT_STATES,
  type AssignPersonRequest,
  type EvaluationKind,
  type EvaluationRating,
  type EvaluationRequest,
  type GuardianInviteRequest,
  type GuardianSignRequest,
  type HoursEntryRequest,
  type HoursReviewRequest,
  type LearningRoute,
  type Locale,
  type MisconductReportRequest,
  type PlacementOverviewQuery,
  type ProblemReportRequest,
  type RejectPlacementRequest,
  type ReportCategory,
  type StudentPlacementState,
  type TerminatePlacementRequest,
  type UpdatePlacementRequest,
} from '@techzone/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../common/transforms';

export class UpdatePlacementDto implements UpdatePlacementRequest {
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  startDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  endDate?: string;

  @ApiPropertyOptional({ minimum: PLACEMENT_HOURS.min, maximum: PLACEMENT_HOURS.max })
  @IsOptional()
  @IsInt()
  @Min(PLACEMENT_HOURS.min)
  @Max(PLACEMENT_HOURS.max)
  hoursPerWeek?: number;
}

export class RejectPlacementDto implements RejectPlacementRequest {
  @ApiProperty({ maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note!: string;
}

export class AssignPersonDto implements AssignPersonRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;
}

export class PlacementOverviewQueryDto implements PlacementOverviewQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ enum: LEARNING_ROUTES })
  @IsOptional()
  @IsIn(LEARNING_ROUTES)
  route?: LearningRoute;

  @ApiPropertyOptional({ enum: STUDENT_PLACEMENT_STATES })
  @IsOptional()
  @IsIn(STUDENT_PLACEMENT_STATES)
  state?: StudentPlacementState;
}

export class GuardianInviteDto implements GuardianInviteRequest {
  @ApiProperty({ maxLength: 160 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  name!: string;

  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;
}

export class GuardianSignDto implements GuardianSignRequest {
  @ApiProperty({ maxLength: 160, description: "The guardian's full name, as their signature" })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  name!: string;
}

export class AgreementPdfQueryDto {
  @ApiPropertyOptional({ enum: LOCALES, default: 'nl' })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}

export class HoursEntryDto implements HoursEntryRequest {
  @ApiProperty({ minimum: 0, maximum: HOURS_LIMITS.max })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(HOURS_LIMITS.max)
  hours!: number;

  @ApiPropertyOptional({ maxLength: HOURS_LIMITS.noteMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(HOURS_LIMITS.noteMax)
  note?: string | null;
}

export class HoursReviewDto implements HoursReviewRequest {
  @ApiProperty()
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ maxLength: HOURS_LIMITS.noteMax, description: 'Required when rejecting' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(HOURS_LIMITS.noteMax)
  comment?: string | null;
}

export class WeekParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ format: 'date', description: 'The Monday of the week' })
  @IsDateString({ strict: true })
  weekStart!: string;
}

export class EvaluationKindParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: EVALUATION_KINDS })
  @IsIn(EVALUATION_KINDS)
  kind!: EvaluationKind;
}

export class EvaluationRatingDto {
  @ApiProperty({ maxLength: EVALUATION_LIMITS.workProcessMax })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVALUATION_LIMITS.workProcessMax)
  workProcess!: string;

  @ApiProperty({ minimum: 1, maximum: 4 })
  @IsInt()
  @Min(1)
  @Max(4)
  rating!: EvaluationRating;

  @ApiPropertyOptional({ maxLength: EVALUATION_LIMITS.commentMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(EVALUATION_LIMITS.commentMax)
  comment?: string | null;
}

export class EvaluationDto implements EvaluationRequest {
  @ApiProperty({ type: [EvaluationRatingDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVALUATION_LIMITS.ratingsMax)
  @ValidateNested({ each: true })
  @Type(() => EvaluationRatingDto)
  ratings!: EvaluationRatingDto[];

  @ApiProperty({ maxLength: EVALUATION_LIMITS.summaryMax })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVALUATION_LIMITS.summaryMax)
  summary!: string;
}

export class TerminatePlacementDto implements TerminatePlacementRequest {
  @ApiProperty({ maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class ProblemReportDto implements ProblemReportRequest {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;
}

export class MisconductReportDto implements MisconductReportRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ enum: REPORT_CATEGORIES })
  @IsIn(REPORT_CATEGORIES)
  category!: ReportCategory;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}
