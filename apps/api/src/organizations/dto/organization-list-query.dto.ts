import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORGANIZATION_KINDS,
  VERIFICATION_STATUSES,
  type OrganizationKind,
  type OrganizationListQuery,
  type VerificationStatus,
} from '@techzone/contracts';
import { IsIn, IsOptional } from 'class-validator';

export class OrganizationListQueryDto implements OrganizationListQuery {
  @ApiPropertyOptional({ enum: VERIFICATION_STATUSES })
  @IsOptional()
  @IsIn(VERIFICATION_STATUSES)
  status?: VerificationStatus;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;
}
