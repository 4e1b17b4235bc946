import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthResponse, MeResponse } from '@techzone/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestValidationException } from '../common/validation';
import { AppConfig } from '../config/app-config';
import { InvitationsService } from '../invitations/invitations.service';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { RateLimitRule, RateLimitService } from '../rate-limit/rate-limit.service';
import { normalizeEmail, UsersRepository } from '../users/users.repository';
import { AccountSecurityService } from './account-security.service';
import type { AuthUser } from './auth-user';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { JwtSecret } from './jwt-secret';
import { checkPassword, PASSWORD_MESSAGES } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import { RefreshTokensService } from './refresh-tokens.service';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export interface SessionResult {
  response: AuthResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const WRONG_CREDENTIALS = 'Wrong e-mail address or password.';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly refreshTokens: RefreshTokensService,
    private readonly rateLimits: RateLimitService,
    private readonly jwt: JwtService,
    private readonly secret: JwtSecret,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly invitations: InvitationsService,
    private readonly security: AccountSecurityService,
  ) {}

  async register(dto: RegisterDto, client: ClientInfo): Promise<SessionResult> {
    const addressRule = this.rule(`register:address:${client.ip}`, this.config.REGISTRATIONS_PER_ADDRESS);
    await this.rateLimits.assertBelow([addressRule]);
    await this.rateLimits.count(addressRule);

    const problem = checkPassword(dto.password, [dto.name, dto.email, dto.companyName ?? '']);
    if (problem) {
      throw new RequestValidationException([{ field: 'password', code: problem, message: PASSWORD_MESSAGES[problem] }]);
    }
    const email = normalizeEmail(dto.email);
    if (await this.users.findByEmail(email)) {
      throw this.emailTaken();
    }
    if (dto.kind === 'company' && dto.kvkNumber && (await this.organizations.findByKvkNumber(dto.kvkNumber))) {
      throw new ConflictException({
        message: 'A company with this KvK number is already registered. Ask its owner to invite you.',
        details: [{ field: 'kvkNumber', code: 'kvkTaken', message: 'kvkNumber is already registered' }],
      });
    }
    const passwordHash = await hashPassword(dto.password);

    const userId = await this.dataSource
      .transaction(async (manager) => {
        const invitation =
          dto.kind === 'invitation'
            ? await this.invitations.claimForRegistration(manager, dto.invitationToken ?? '', email)
            : null;
        const candidateKind = dto.kind === 'student' || dto.kind === 'professional' ? dto.kind : null;
        const user = await this.users.insert(manager, {
          email,
          passwordHash,
          name: dto.name,
          locale: dto.locale ?? 'nl',
          accountType: candidateKind ? 'candidate' : 'member',
          candidateKind,
          // The invitation was e-mailed to this address, so following it confirms the address.
          emailVerifiedAt: invitation ? new Date() : null,
        });
        if (invitation) {
          await this.invitations.join(manager, invitation, user.id);
        }
        await this.audit.record(
          {
            actorId: user.id,
            action: 'user.registered',
            entityType: 'user',
            entityId: user.id,
            data: { kind: dto.kind },
          },
          manager,
        );
        if (dto.kind === 'company' || dto.kind === 'school') {
          const organization = await this.organizations.createWithOwner(manager, user.id, {
            kind: dto.kind,
            name: dto.companyName ?? '',
            kvkNumber: dto.kind === 'company' ? (dto.kvkNumber ?? null) : null,
            city: dto.companyCity ?? null,
          });
          await this.audit.record(
            {
              actorId: user.id,
              action: 'organization.registered',
              entityType: 'organization',
              entityId: organization.id,
            },
            manager,
          );
        }
        return user.id;
      })
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          throw this.emailTaken();
        }
        throw error;
      });
    if (dto.kind !== 'invitation') {
      await this.security.sendVerificationMail(userId);
    }
    return this.startSession(userId, client);
  }

  async login(dto: LoginDto, client: ClientInfo): Promise<SessionResult> {
    const email = normalizeEmail(dto.email);
    const accountRule = this.rule(`login:account:${email}`, this.config.LOGIN_FAILURES_PER_ACCOUNT);
    const addressRule = this.rule(`login:address:${client.ip}`, this.config.LOGIN_FAILURES_PER_ADDRESS);
    await this.rateLimits.assertBelow([accountRule, addressRule]);

    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? null, dto.password);
    if (!user || !valid) {
      const failures = await this.rateLimits.count(accountRule);
      await this.rateLimits.count(addressRule);
      if (user && failures === accountRule.limit) {
        await this.security.sendLockoutNotice(user.id);
      }
      await this.audit.record({
        actorId: null,
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? 'unknown',
        data: { ip: client.ip },
      });
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    await this.users.update(user.id, { lastLoginAt: new Date() });
    return this.startSession(user.id, client);
  }

  async refresh(rawToken: string | undefined, client: ClientInfo): Promise<SessionResult> {
    const issued = await this.refreshTokens.rotate(rawToken, client.userAgent);
    const user = await this.requireUser(issued.userId);
    return {
      response: await this.toAuthResponse(user),
      refreshToken: issued.token,
      refreshExpiresAt: issued.expiresAt,
    };
  }

  logout(rawToken: string | undefined): Promise<void> {
    return this.refreshTokens.revokeFamily(rawToken);
  }

  async updateMe(user: AuthUser, dto: UpdateMeDto): Promise<MeResponse> {
    await this.users.update(user.id, {
      ...(dto.name ? { name: dto.name } : {}),
      ...(dto.locale ? { locale: dto.locale } : {}),
    });
    return this.requireUser(user.id);
  }

  private async startSession(userId: string, client: ClientInfo): Promise<SessionResult> {
    const issued = await this.refreshTokens.issue(userId, client.userAgent);
    const user = await this.requireUser(userId);
    return {
      response: await this.toAuthResponse(user),
      refreshToken: issued.token,
      refreshExpiresAt: issued.expiresAt,
    };
  }

  private async toAuthResponse(user: AuthUser): Promise<AuthResponse> {
    const accessToken = await this.jwt.signAsync(
      { sub: user.id },
      { secret: this.secret.value, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256' },
    );
    return { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, user };
  }

  private async requireUser(id: string): Promise<AuthUser> {
    const user = await this.users.findAuthUser(id);
    if (!user) {
      throw new UnauthorizedException('Your session has ended. Please log in again.');
    }
    return user;
  }

  private rule(key: string, limit: number): RateLimitRule {
    return { key, limit, windowSeconds: this.config.RATE_LIMIT_WINDOW_SECONDS };
  }

  private emailTaken(): ConflictException {
    return new ConflictException({
      message: 'An account with this e-mail address already exists. Log in instead.',
      details: [{ field: 'email', code: 'emailTaken', message: 'email is already registered' }],
    });
  }
}
