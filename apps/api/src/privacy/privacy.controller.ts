import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { REFRESH_COOKIE, type AccessLogEntryResponse } from '@techzone/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { AccessLogService } from '../audit/access-log.service';
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
  constructor(
    private readonly privacy: PrivacyService,
    private readonly accessLogs: AccessLogService,
  ) {}

  /** Everything the platform holds about the user, as JSON. */
  @Get('export')
  async export(
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Record<string, unknown>> {
    void reply.header('content-disposition', 'attachment; filename="techzone-match-mijn-gegevens.json"');
    return this.privacy.export(user);
  }

  /** Who at which company or school saw or acted on the user's data as a candidate, newest first. */
  @Get('access-log')
  accessLog(@CurrentUser() user: AuthUser): Promise<AccessLogEntryResponse[]> {
    return this.accessLogs.of(user.id);
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
