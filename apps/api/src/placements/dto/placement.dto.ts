import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMAIL_MAX_LENGTH,
  LEARNING_ROUTES,
  LOCALES,
  PLACEMENT_HOURS,
  STUDENT_PLACEMENT_STATES,
  type AssignPersonRequest,
  type GuardianInviteRequest,
  type GuardianSignRequest,
  type LearningRoute,
  type Locale,
  type PlacementOverviewQuery,
  type RejectPlacementRequest,
  type StudentPlacementState,
  type UpdatePlacementRequest,
} from '@techzone/contracts';
import { Transform } from 'class-transformer';
import {
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
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
