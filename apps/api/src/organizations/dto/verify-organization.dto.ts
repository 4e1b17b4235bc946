import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VERIFICATION_NOTE_MAX, type VerifyOrganizationRequest } from '@techzone/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class VerifyOrganizationDto implements VerifyOrganizationRequest {
  @ApiProperty({ enum: ['verified', 'rejected'] })
  @IsIn(['verified', 'rejected'])
  decision!: 'verified' | 'rejected';

  @ApiPropertyOptional({ description: 'Why, shown to the organisation', maxLength: VERIFICATION_NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(VERIFICATION_NOTE_MAX)
  note?: string;
}
