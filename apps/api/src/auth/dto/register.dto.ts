import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EMAIL_MAX_LENGTH,
  KVK_NUMBER_PATTERN,
  LOCALES,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  REGISTRATION_KINDS,
  type Locale,
  type RegisterRequest,
  type RegistrationKind,
} from '@techzone/contracts';
import { Transform } from 'class-transformer';
import {
  Equals,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { trim } from '../../common/transforms';

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ enum: REGISTRATION_KINDS })
  @IsIn(REGISTRATION_KINDS)
  kind!: RegistrationKind;

  @ApiProperty({ example: 'sanne@example.nl' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  /** Checked against the password policy in the service (length, common passwords). */
  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Sanne Bakker' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  // The organisation and invitation fields are required for some kinds, and checked whenever they are given: a
  // wrong type is refused for every kind rather than silently ignored.
  @ApiPropertyOptional({ description: 'The organisation name, required for a company or school registration' })
  @ValidateIf((dto: RegisterDto) => dto.kind === 'company' || dto.kind === 'school' || dto.companyName !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  companyName?: string;

  @ApiPropertyOptional({ description: '8-digit KvK number, required for a company registration' })
  @ValidateIf((dto: RegisterDto) => dto.kind === 'company' || dto.kvkNumber !== undefined)
  @Transform(trim)
  @IsString()
  @Matches(KVK_NUMBER_PATTERN, { message: 'kvkNumber must be 8 digits' })
  kvkNumber?: string;

  @ApiPropertyOptional({ description: 'Town of the main site, required for a company or school registration' })
  @ValidateIf((dto: RegisterDto) => dto.kind === 'company' || dto.kind === 'school' || dto.companyCity !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  companyCity?: string;

  @ApiPropertyOptional({ description: "Required for kind 'invitation': the token from the invitation link" })
  @ValidateIf((dto: RegisterDto) => dto.kind === 'invitation' || dto.invitationToken !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  invitationToken?: string;

  @ApiProperty({ description: 'Accepts the terms and the privacy statement' })
  @Equals(true, { message: 'acceptTerms must be true' })
  acceptTerms!: boolean;
}
