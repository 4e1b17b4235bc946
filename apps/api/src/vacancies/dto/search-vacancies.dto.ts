import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  EDUCATION_LEVELS,
  VACANCY_LIMITS,
  VACANCY_SORTS,
  VACANCY_TYPES,
  type EducationLevel,
  type VacancySearchQuery,
  type VacancySort,
  type VacancyType,
} from '@techzone/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

/** `type=a,b` and `type=a&type=b` both become ['a', 'b']. */
const list = ({ value }: { value: unknown }): unknown =>
  (Array.isArray(value) ? value : [value])
    .flatMap((item: unknown) => (typeof item === 'string' ? item.split(',') : [item]))
    .map((item: unknown) => (typeof item === 'string' ? item.trim() : item))
    .filter((item: unknown) => item !== '');

export class SearchVacanciesDto implements VacancySearchQuery {
  @ApiPropertyOptional({ description: 'Words; typos and Dutch word forms are forgiven' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: VACANCY_TYPES, isArray: true })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @IsIn(VACANCY_TYPES, { each: true })
  type?: VacancyType[];

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, isArray: true })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @IsIn(EDUCATION_LEVELS, { each: true })
  level?: EducationLevel[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^\d{5}$/, { each: true, message: 'qualification must be 5-digit crebo codes' })
  qualification?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z]$|^\d{2,3}$/, { each: true, message: 'sector must be SBI codes' })
  sector?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  municipality?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ description: 'Place id' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  place?: number;

  @ApiPropertyOptional({ description: 'Needs place' })
  @ValidateIf((query: SearchVacanciesDto) => query.radiusKm !== undefined)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(VACANCY_LIMITS.radiusKmMax)
  radiusKm?: number;

  @ApiPropertyOptional({ enum: VACANCY_SORTS })
  @IsOptional()
  @IsIn(VACANCY_SORTS)
  sort?: VacancySort;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: VACANCY_LIMITS.pageSizeMax })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(VACANCY_LIMITS.pageSizeMax)
  pageSize?: number;
}

export class CompanyVacanciesQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['draft', 'published', 'closed', 'filled'])
  status?: 'draft' | 'published' | 'closed' | 'filled';
}
