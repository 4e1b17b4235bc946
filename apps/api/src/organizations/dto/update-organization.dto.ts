import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMPANY_SIZES,
  KVK_NUMBER_PATTERN,
  ORGANIZATION_LIMITS,
  type AccreditationInput,
  type CompanySize,
  type LocationInput,
  type UpdateOrganizationRequest,
} from '@techzone/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../common/transforms';

export class LocationDto implements LocationInput {
  @ApiProperty()
  @IsInt()
  @Min(1)
  placeId!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ORGANIZATION_LIMITS.addressMax)
  address?: string | null;
}

export class AccreditationDto implements AccreditationInput {
  @ApiProperty({ example: '25282' })
  @Matches(/^\d{5}$/, { message: 'crebo must be 5 digits' })
  crebo!: string;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  since!: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  until?: string | null;
}

export class UpdateOrganizationDto implements UpdateOrganizationRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ORGANIZATION_LIMITS.nameMax)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(ORGANIZATION_LIMITS.descriptionMax)
  description?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(8)
  sectorCode?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be a URL starting with https://' },
  )
  @MaxLength(ORGANIZATION_LIMITS.websiteMax)
  website?: string | null;

  @ApiPropertyOptional({ enum: COMPANY_SIZES })
  @IsOptional()
  @IsIn(COMPANY_SIZES)
  size?: CompanySize | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(KVK_NUMBER_PATTERN, { message: 'kvkNumber must be 8 digits' })
  kvkNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9A-Z]{4}$/, { message: 'brinCode must be 4 letters or digits' })
  brinCode?: string | null;

  @ApiPropertyOptional({ type: [LocationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ORGANIZATION_LIMITS.locationsMax)
  @ValidateNested({ each: true })
  @Type(() => LocationDto)
  locations?: LocationDto[];

  @ApiPropertyOptional({ type: [AccreditationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ORGANIZATION_LIMITS.accreditationsMax)
  @ValidateNested({ each: true })
  @Type(() => AccreditationDto)
  accreditations?: AccreditationDto[];
}
