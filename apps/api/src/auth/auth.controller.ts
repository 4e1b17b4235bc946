import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import {
  API_ROUTES,
  REFRESH_COOKIE,
  SESSION_HINT_COOKIE,
  type AuthResponse,
  type MeResponse,
  type SessionResponse,
} from '@techzone/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountSecurityService } from './account-security.service';
import type { AuthUser } from './auth-user';
import { AuthService, ClientInfo, SessionResult } from './auth.service';
import { Authenticated, CurrentUser, Public } from './decorators';
import { EmailVerificationConfirmDto } from './dto/email-verification.dto';
import { LoginDto } from './dto/login.dto';
import { PasswordResetConfirmDto, PasswordResetDto } from './dto/password-reset.dto';
import { RegisterDto } from './dto/register.dto';
import { UpdateMeDto } from './dto/update-me.dto';

const COOKIE_PATH = `/api/${API_ROUTES.auth.base}`;

function client(request: FastifyRequest): ClientInfo {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

/**
 * Puts the refresh token in an httpOnly cookie scoped to the auth routes, and the session hint (no secret) where
 * the web app can read it; returns the body.
 */
function withCookie(request: FastifyRequest, reply: FastifyReply, session: SessionResult): AuthResponse {
  const secure = request.protocol === 'https';
  void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: COOKIE_PATH,
    expires: session.refreshExpiresAt,
  });
  void reply.setCookie(SESSION_HINT_COOKIE, '1', {
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.refreshExpiresAt,
  });
  return session.response;
}

function clearCookies(reply: FastifyReply): void {
  void reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  void reply.clearCookie(SESSION_HINT_COOKIE, { path: '/' });
}

@ApiTags('auth')
@Controller(API_ROUTES.auth.base)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly security: AccountSecurityService,
  ) {}

  /** The user's live login sessions; `current` marks this browser's. */
  @Authenticated()
  @Get('sessions')
  sessions(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<SessionResponse[]> {
    const cookie = request.cookies?.[REFRESH_COOKIE] ?? '';
    const id = /^([0-9a-f-]{36})\./.exec(cookie)?.[1] ?? null;
    return this.security.sessions(user, id);
  }

  @Authenticated()
  @Delete('sessions/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  endSession(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.security.endSession(user, id);
  }

  /** Always 202: whether the address has an account is not revealed. */
  @Public()
  @Post('password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiTooManyRequestsResponse()
  requestReset(@Body() dto: PasswordResetDto, @Req() request: FastifyRequest): Promise<void> {
    return this.security.requestReset(dto, request.ip);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  confirmReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    return this.security.confirmReset(dto);
  }

  /** Mails the confirmation link again (a few times per rate-limit window). */
  @Authenticated()
  @Post('email-verification')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiTooManyRequestsResponse()
  requestVerification(@CurrentUser() user: AuthUser): Promise<void> {
    return this.security.sendVerificationMail(user.id, true);
  }

  @Public()
  @Post('email-verification/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  confirmVerification(@Body() dto: EmailVerificationConfirmDto): Promise<void> {
    return this.security.confirmVerification(dto);
  }

  @Public()
  @Post('register')
  @ApiTooManyRequestsResponse()
  async register(
    @Body() dto: RegisterDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    return withCookie(request, reply, await this.auth.register(dto, client(request)));
  }

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiTooManyRequestsResponse()
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    return withCookie(request, reply, await this.auth.login(dto, client(request)));
  }

  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    try {
      return withCookie(request, reply, await this.auth.refresh(request.cookies[REFRESH_COOKIE], client(request)));
    } catch (error) {
      // No session to restore: the browser need not try again until the next login.
      clearCookies(reply);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(request.cookies[REFRESH_COOKIE]);
    clearCookies(reply);
  }

  @Authenticated()
  @Get('me')
  @ApiOkResponse()
  me(@CurrentUser() user: AuthUser): MeResponse {
    return user;
  }

  @Authenticated()
  @Patch('me')
  updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    return this.auth.updateMe(user, dto);
  }
}
