import { ApiProperty } from '@nestjs/swagger';
import {
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  type PasswordResetConfirmRequest,
  type PasswordResetRequest,
} from '@techzone/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;
}

export class PasswordResetConfirmDto implements PasswordResetConfirmRequest {
  @ApiProperty()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not a valid reset token' })
  token!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
