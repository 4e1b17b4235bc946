import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, IsNull, Repository } from 'typeorm';
import { sha256 } from '../common/tokens';
import { AppConfig } from '../config/app-config';
import { RefreshTokenEntity } from './entities/refresh-token.entity';

function parse(raw: string | undefined): { id: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(raw ?? '');
  return match ? { id: match[1], secret: match[2] } : null;
}

export interface IssuedRefreshToken {
  token: string;
  userId: string;
  expiresAt: Date;
}

/**
 * Rotating refresh tokens. The cookie value is `<id>.<secret>`; the database keeps only the secret's SHA-256.
 * Using a token spends it and issues the next one of its family; presenting a spent token again means it was
 * stolen or replayed, so the whole family (that login session) is revoked.
 */
@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async issue(userId: string, userAgent: string | null, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
    return this.insert(this.tokens, userId, userAgent, familyId);
  }

  async rotate(raw: string | undefined, userAgent: string | null): Promise<IssuedRefreshToken> {
    const parsed = parse(raw);
    if (!parsed) {
      throw new UnauthorizedException('Your session has ended. Please log in again.');
    }
    const outcome = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RefreshTokenEntity);
      const current = await repository.findOne({ where: { id: parsed.id }, lock: { mode: 'pessimistic_write' } });
      if (!current || !this.matches(current, parsed.secret)) {
        return null;
      }
      if (current.usedAt || current.revokedAt) {
        await repository.update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return 'reused' as const;
      }
      if (current.expiresAt.getTime() <= Date.now()) {
        return null;
      }
      await repository.update({ id: current.id }, { usedAt: new Date() });
      return this.insert(repository, current.userId, userAgent, current.familyId);
    });
    if (outcome === null || outcome === 'reused') {
      throw new UnauthorizedException('Your session has ended. Please log in again.');
    }
    return outcome;
  }

  /** Ends the login session the token belongs to. Unknown tokens are ignored. */
  async revokeFamily(raw: string | undefined): Promise<void> {
    const parsed = parse(raw);
    if (!parsed) {
      return;
    }
    const current = await this.tokens.findOne({ where: { id: parsed.id } });
    if (current && this.matches(current, parsed.secret)) {
      await this.tokens.update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
  }

  private matches(token: RefreshTokenEntity, secret: string): boolean {
    return timingSafeEqual(Buffer.from(token.tokenHash, 'hex'), Buffer.from(sha256(secret), 'hex'));
  }

  private async insert(
    repository: Repository<RefreshTokenEntity>,
    userId: string,
    userAgent: string | null,
    familyId: string,
  ): Promise<IssuedRefreshToken> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
    const saved = await repository.save(
      repository.create({
        userId,
        familyId,
        tokenHash: sha256(secret),
        expiresAt,
        userAgent: userAgent?.slice(0, 300) ?? null,
      }),
    );
    return { token: `${saved.id}.${secret}`, userId, expiresAt };
  }
}
