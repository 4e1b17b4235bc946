import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { EMAIL_VERIFICATION_HOURS, PASSWORD_RESET_MINUTES, type SessionResponse } from '@techzone/contracts';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { newToken, sha256 } from '../common/tokens';
import { RequestValidationException } from '../common/validation';
import { AppConfig, publicUrl } from '../config/app-config';
import { Mailer } from '../notifications/mailer';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { UserEntity } from '../users/entities/user.entity';
import { normalizeEmail } from '../users/users.repository';
import type { AuthUser } from './auth-user';
import { EmailVerificationConfirmDto } from './dto/email-verification.dto';
import { PasswordResetConfirmDto, PasswordResetDto } from './dto/password-reset.dto';
import { EmailVerificationEntity } from './entities/email-verification.entity';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { checkPassword, PASSWORD_MESSAGES } from './password-policy';
import { hashPassword } from './passwords';

/** Reset requests per address and per account in a rate-limit window. */
const RESETS_PER_ADDRESS = 20;
const RESETS_PER_ACCOUNT = 3;
/** Confirmation mails a user may ask for again in a rate-limit window. */
const VERIFICATION_MAILS_PER_ACCOUNT = 3;

/**
 * What a user does to keep their account safe: see and end their login sessions, reset a forgotten password by a
 * one-time e-mailed link; and the lockout notice that tells them when someone keeps trying their password.
 */
@Injectable()
export class AccountSecurityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly rateLimits: RateLimitService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Live sessions: refresh-token families with an unspent, unrevoked, unexpired token. */
  async sessions(user: AuthUser, currentTokenId: string | null): Promise<SessionResponse[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.family_id, min(t.created_at) AS started_at, max(t.created_at) AS last_active_at,
              (array_agg(t.user_agent ORDER BY t.created_at DESC))[1] AS user_agent,
              bool_or(t.id = $2::uuid) AS current
       FROM refresh_tokens t
       WHERE t.user_id = $1 AND t.family_id IN (
         SELECT family_id FROM refresh_tokens
         WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now())
       GROUP BY t.family_id ORDER BY max(t.created_at) DESC`,
      [user.id, currentTokenId],
    )) as { family_id: string; started_at: Date; last_active_at: Date; user_agent: string | null; current: boolean }[];
    return rows.map((row) => ({
      id: row.family_id,
      userAgent: row.user_agent,
      startedAt: new Date(row.started_at).toISOString(),
      lastActiveAt: new Date(row.last_active_at).toISOString(),
      current: row.current,
    }));
  }

  async endSession(user: AuthUser, familyId: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .update({ userId: user.id, familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) {
      throw new NotFoundException('Session not found.');
    }
    await this.audit.record({ actorId: user.id, action: 'auth.session_ended', entityType: 'user', entityId: user.id });
  }

  /**
   * Mails a reset link when the address belongs to an account. Answers the same either way, so that nobody learns
   * which addresses have accounts.
   */
  async requestReset(dto: PasswordResetDto, ip: string): Promise<void> {
    const window = this.config.RATE_LIMIT_WINDOW_SECONDS;
    const addressRule = { key: `reset:address:${ip}`, limit: RESETS_PER_ADDRESS, windowSeconds: window };
    await this.rateLimits.assertBelow([addressRule]);
    await this.rateLimits.count(addressRule);
    const email = normalizeEmail(dto.email);
    const accountRule = { key: `reset:account:${email}`, limit: RESETS_PER_ACCOUNT, windowSeconds: window };
    if ((await this.rateLimits.count(accountRule)) > RESETS_PER_ACCOUNT) {
      return;
    }
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    if (!user || user.email.endsWith('.invalid')) {
      return;
    }
    const token = newToken();
    await this.dataSource.getRepository(PasswordResetEntity).insert({
      userId: user.id,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000),
      usedAt: null,
    });
    const link = `${this.baseUrl()}/wachtwoord-herstellen/${token}`;
    const mail =
      user.locale === 'en'
        ? {
            subject: 'Reset your TechZone Match password',
            text: `Someone (hopefully you) asked to reset the password of your TechZone Match account. Choose a new password here; the link works once, for ${PASSWORD_RESET_MINUTES} minutes:\n${link}\n\nDid you not ask for this? Then ignore this e-mail: your password stays as it is.`,
          }
        : {
            subject: 'Je wachtwoord voor TechZone Match herstellen',
            text: `Iemand (hopelijk jij) vroeg om het wachtwoord van je TechZone Match-account te herstellen. Kies hier een nieuw wachtwoord; de link werkt één keer en ${PASSWORD_RESET_MINUTES} minuten:\n${link}\n\nHeb je hier niet om gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.`,
          };
    await this.mailer.send(user.email, mail.subject, mail.text);
  }

  /** Sets the new password, spends the link, and ends every session of the account. */
  async confirmReset(dto: PasswordResetConfirmDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const reset = await manager
        .getRepository(PasswordResetEntity)
        .findOne({ where: { tokenHash: sha256(dto.token) }, lock: { mode: 'pessimistic_write' } });
      if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) {
        throw new BadRequestException({
          message: 'This link has been used or has expired. Ask for a new one.',
          details: [{ field: 'token', code: 'invalidToken', message: 'the reset link is used, expired or unknown' }],
        });
      }
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: reset.userId });
      const problem = checkPassword(dto.password, [user.name, user.email]);
      if (problem) {
        throw new RequestValidationException([
          { field: 'password', code: problem, message: PASSWORD_MESSAGES[problem] },
        ]);
      }
      await manager
        .getRepository(UserEntity)
        .update({ id: user.id }, { passwordHash: await hashPassword(dto.password) });
      await manager.getRepository(PasswordResetEntity).update({ id: reset.id }, { usedAt: new Date() });
      await manager
        .getRepository(RefreshTokenEntity)
        .update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(
        { actorId: user.id, action: 'auth.password_reset', entityType: 'user', entityId: user.id },
        manager,
      );
    });
  }

  /**
   * Mails a one-time link that confirms the account's address (after registering, or again on request, a few
   * times per rate-limit window). Companies publish vacancies only once it is confirmed.
   */
  async sendVerificationMail(userId: string, requested = false): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
    if (user.emailVerifiedAt) {
      return;
    }
    if (requested) {
      const rule = {
        key: `verify:account:${user.id}`,
        limit: VERIFICATION_MAILS_PER_ACCOUNT,
        windowSeconds: this.config.RATE_LIMIT_WINDOW_SECONDS,
      };
      await this.rateLimits.assertBelow([rule]);
      await this.rateLimits.count(rule);
    }
    const token = newToken();
    await this.dataSource.getRepository(EmailVerificationEntity).insert({
      userId: user.id,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + EMAIL_VERIFICATION_HOURS * 3600_000),
      usedAt: null,
    });
    const link = `${this.baseUrl()}/e-mail-bevestigen/${token}`;
    const mail =
      user.locale === 'en'
        ? {
            subject: 'Confirm your e-mail address for TechZone Match',
            text: `Welcome to TechZone Match. Confirm that this is your e-mail address; the link works once, for ${EMAIL_VERIFICATION_HOURS} hours:\n${link}\n\nDid you not create an account? Then ignore this e-mail.`,
          }
        : {
            subject: 'Bevestig je e-mailadres voor TechZone Match',
            text: `Welkom bij TechZone Match. Bevestig dat dit jouw e-mailadres is; de link werkt één keer en ${EMAIL_VERIFICATION_HOURS} uur:\n${link}\n\nHeb je geen account aangemaakt? Dan kun je deze e-mail negeren.`,
          };
    await this.mailer.send(user.email, mail.subject, mail.text);
  }

  /** Confirms the address of the link's account and spends the link. */
  async confirmVerification(dto: EmailVerificationConfirmDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const verification = await manager
        .getRepository(EmailVerificationEntity)
        .findOne({ where: { tokenHash: sha256(dto.token) }, lock: { mode: 'pessimistic_write' } });
      if (!verification || verification.usedAt || verification.expiresAt.getTime() <= Date.now()) {
        throw new BadRequestException({
          message: 'This link has been used or has expired. Log in and ask for a new one.',
          details: [
            { field: 'token', code: 'invalidToken', message: 'the confirmation link is used, expired or unknown' },
          ],
        });
      }
      const now = new Date();
      await manager.getRepository(EmailVerificationEntity).update({ id: verification.id }, { usedAt: now });
      await manager
        .getRepository(UserEntity)
        .update({ id: verification.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: now });
      await this.audit.record(
        {
          actorId: verification.userId,
          action: 'auth.email_verified',
          entityType: 'user',
          entityId: verification.userId,
        },
        manager,
      );
    });
  }

  /** Tells the account holder that logins are blocked for a while after repeated wrong passwords. */
  async sendLockoutNotice(userId: string): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!user) {
      return;
    }
    const minutes = Math.round(this.config.RATE_LIMIT_WINDOW_SECONDS / 60);
    const link = `${this.baseUrl()}/wachtwoord-vergeten`;
    const mail =
      user.locale === 'en'
        ? {
            subject: 'Your TechZone Match account is blocked for a while',
            text: `Someone tried to log in to your account with a wrong password several times. To protect it, logging in is blocked for ${minutes} minutes. Was this not you? Choose a new password: ${link}`,
          }
        : {
            subject: 'Je TechZone Match-account is even geblokkeerd',
            text: `Iemand heeft meerdere keren geprobeerd in te loggen op je account met een verkeerd wachtwoord. Ter bescherming is inloggen ${minutes} minuten geblokkeerd. Was jij dit niet? Kies een nieuw wachtwoord: ${link}`,
          };
    await this.mailer.send(user.email, mail.subject, mail.text);
    await this.audit.record({ actorId: null, action: 'auth.lockout_notice', entityType: 'user', entityId: user.id });
  }

  private baseUrl(): string {
    return publicUrl(this.config);
  }
}
