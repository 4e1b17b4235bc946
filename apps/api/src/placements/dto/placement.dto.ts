import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LEARNING_ROUTES,
  PLACEMENT_HOURS,
  STUDENT_PLACEMENT_STATES,
  type AssignPersonRequest,
  type LearningRoute,
  type PlacementOverviewQuery,
  type RejectPlacementRequest,
  type StudentPlacementState,
  type UpdatePlacementRequest,
} from '@techzone/contracts';
import { Transform } from 'class-transformer';
import {
  IsDateString,
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
