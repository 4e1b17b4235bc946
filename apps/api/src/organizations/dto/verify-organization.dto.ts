import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { VerifyOrganizationRequest } from '@techzone/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class VerifyOrganizationDto implements VerifyOrganizationRequest {
  @ApiProperty({ enum: ['verified', 'rejected'] })
  @IsIn(['verified', 'rejected'])
  decision!: 'verified' | 'rejected';

  @ApiPropertyOptional({ description: 'Why, shown to the organisation' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
