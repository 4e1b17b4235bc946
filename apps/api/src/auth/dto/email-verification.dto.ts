import { ApiProperty } from '@nestjs/swagger';
import type { EmailVerificationConfirmRequest } from '@techzone/contracts';
import { Matches } from 'class-validator';

export class EmailVerificationConfirmDto implements EmailVerificationConfirmRequest {
  @ApiProperty()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not a valid confirmation token' })
  token!: string;
}
