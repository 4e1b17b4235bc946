import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { UsersRepository } from '../users/users.repository';
import type { AuthUser } from './auth-user';
import { JwtSecret } from './jwt-secret';
import type { AccessTokenPayload } from './jwt.strategy';

/**
 * For public routes that show more to a signed-in user: the user behind a valid bearer token, or null.
 * An invalid or expired token counts as anonymous rather than an error.
 */
@Injectable()
export class OptionalUser {
  constructor(
    private readonly jwt: JwtService,
    private readonly secret: JwtSecret,
    private readonly users: UsersRepository,
  ) {}

  async from(request: FastifyRequest): Promise<AuthUser | null> {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) {
      return null;
    }
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(header.slice(7), {
        secret: this.secret.value,
        algorithms: ['HS256'],
      });
    } catch {
      return null;
    }
    // A database outage is not "anonymous": it reaches the error filter (503).
    return this.users.findAuthUser(payload.sub);
  }
}
