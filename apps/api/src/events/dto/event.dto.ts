import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  EVENT_KINDS,
  EVENT_LIMITS,
  type EventInput,
  type EventKind,
  type EventListQuery,
  type RejectEventRequest,
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

export class EventDto implements EventInput {
  @ApiProperty({ enum: EVENT_KINDS })
  @IsIn(EVENT_KINDS)
  kind!: EventKind;

  @ApiProperty({ maxLength: EVENT_LIMITS.titleMax })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVENT_LIMITS.titleMax)
  title!: string;

  @ApiProperty({ maxLength: EVENT_LIMITS.descriptionMax })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVENT_LIMITS.descriptionMax)
  description!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  endsAt!: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  placeId!: number;

  @ApiPropertyOptional({ maxLength: EVENT_LIMITS.addressMax })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(EVENT_LIMITS.addressMax)
  address?: string | null;

  @ApiPropertyOptional({ minimum: 1, maximum: EVENT_LIMITS.capacityMax, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(EVENT_LIMITS.capacityMax)
  capacity?: number | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'For a company member: the organising company' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

export class EventUpdateDto extends PartialType(OmitType(EventDto, ['organizationId'] as const)) {}

export class EventListQueryDto implements EventListQuery {
  @ApiPropertyOptional({ enum: EVENT_KINDS })
  @IsOptional()
  @IsIn(EVENT_KINDS)
  kind?: EventKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  municipality?: string;
}

export class RejectEventDto implements RejectEventRequest {
  @ApiPropertyOptional({ maxLength: EVENT_LIMITS.reviewNoteMax, description: 'Why, shown to the organiser' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(EVENT_LIMITS.reviewNoteMax)
  note?: string;
}
