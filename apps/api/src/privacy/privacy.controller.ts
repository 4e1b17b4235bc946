import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { REFRESH_COOKIE } from '@techzone/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser } from '../auth/decorators';
import { PrivacyService } from './privacy.service';

export class EraseAccountDto {
  @ApiProperty({ description: 'The current password, to confirm' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password!: string;
}

@ApiTags('me')
@Controller('me')
@Authenticated()
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  /** Everything the platform holds about the user, as JSON. */
  @Get('export')
  async export(
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Record<string, unknown>> {
    void reply.header('content-disposition', 'attachment; filename="techzone-match-mijn-gegevens.json"');
    return this.privacy.export(user);
  }

  /** Deletes the account: personal data removed, shared history anonymised. */
  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  async erase(
    @CurrentUser() user: AuthUser,
    @Body() dto: EraseAccountDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.privacy.erase(user, dto.password);
    void reply.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  }
}
