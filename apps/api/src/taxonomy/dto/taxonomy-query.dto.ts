import { ApiPropertyOptional } from '@nestjs/swagger';
import type { TaxonomyQuery } from '@techzone/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class TaxonomyQueryDto implements TaxonomyQuery {
  @ApiPropertyOptional({ description: 'Autocomplete text' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
