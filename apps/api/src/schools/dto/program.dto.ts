import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  EDUCATION_LEVELS,
  LEARNING_ROUTES,
  type CohortInput,
  type EducationLevel,
  type LearningRoute,
  type ProgramInput,
} from '@techzone/contracts';
import { Transform } from 'class-transformer';
import { IsDateString, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';

export class ProgramDto implements ProgramInput {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  name!: string;

  @ApiPropertyOptional({ description: 'MBO: the crebo of the qualification' })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'crebo must be 5 digits' })
  crebo?: string | null;

  @ApiPropertyOptional({ description: 'HBO/WO: the CROHO code' })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'croho must be 5 digits' })
  croho?: string | null;

  @ApiProperty({ enum: EDUCATION_LEVELS })
  @IsIn(EDUCATION_LEVELS)
  level!: EducationLevel;

  @ApiPropertyOptional({ enum: LEARNING_ROUTES })
  @IsOptional()
  @IsIn(LEARNING_ROUTES)
  route?: LearningRoute | null;
}

export class UpdateProgramDto extends PartialType(ProgramDto) {}

export class CohortDto implements CohortInput {
  @ApiProperty({ example: '2026-2027' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  name!: string;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  startDate!: string;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  endDate!: string;
}
