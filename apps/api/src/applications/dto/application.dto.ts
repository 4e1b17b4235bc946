import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPLICATION_LIMITS,
  APPLICATION_STATUSES,
  REJECTION_REASONS,
  type ApplicationStatus,
  type CreateApplicationRequest,
  type InterviewProposal,
  type MessageRequest,
  type RejectionReason,
  type TransitionRequest,
} from '@techzone/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../common/transforms';

export class CreateApplicationDto implements CreateApplicationRequest {
  @ApiProperty({ minLength: APPLICATION_LIMITS.motivationMin, maxLength: APPLICATION_LIMITS.motivationMax })
  @Transform(trim)
  @IsString()
  @MinLength(APPLICATION_LIMITS.motivationMin)
  @MaxLength(APPLICATION_LIMITS.motivationMax)
  motivation!: string;
}

export class TransitionDto implements TransitionRequest {
  @ApiProperty({ enum: APPLICATION_STATUSES })
  @IsIn(APPLICATION_STATUSES)
  to!: ApplicationStatus;

  @ApiPropertyOptional({ enum: REJECTION_REASONS, description: 'Required when rejecting' })
  @ValidateIf((dto: TransitionDto) => dto.to === 'rejected' || dto.reason !== undefined)
  @IsIn(REJECTION_REASONS)
  reason?: RejectionReason;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(APPLICATION_LIMITS.noteMax)
  note?: string;
}

export class InterviewDto implements InterviewProposal {
  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  startsAt!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  place!: string;
}

export class MessageDto implements MessageRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(APPLICATION_LIMITS.messageMax)
  body!: string;

  @ApiPropertyOptional({ type: InterviewDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterviewDto)
  interview?: InterviewDto;
}
