import { ApiProperty } from '@nestjs/swagger';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, type LoginRequest } from '@techzone/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'student@demo.techzonematch.nl' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
