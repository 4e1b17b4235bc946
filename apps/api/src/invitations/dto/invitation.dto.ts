import { ApiProperty } from '@nestjs/swagger';
import { EMAIL_MAX_LENGTH, MEMBERSHIP_ROLES, type InvitationRequest, type MembershipRole } from '@techzone/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';

export class InvitationDto implements InvitationRequest {
  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES })
  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;
}
