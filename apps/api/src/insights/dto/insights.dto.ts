import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSIGHT_FIGURES, type InsightFigure, type InsightsQuery } from '@techzone/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class InsightsQueryDto implements InsightsQuery {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month (YYYY-MM)' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month as YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month (YYYY-MM)' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month as YYYY-MM' })
  to?: string;

  @ApiPropertyOptional({ example: 'Emmen' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  municipality?: string;
}

export class InsightsCsvQueryDto extends InsightsQueryDto {
  @ApiProperty({ enum: INSIGHT_FIGURES })
  @IsIn(INSIGHT_FIGURES)
  figure!: InsightFigure;
}
