import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { UsersRepository } from '../users/users.repository';
import type { AuthUser } from './auth-user';
import { JwtSecret } from './jwt-secret';

export interface AccessTokenPayload {
  sub: string;
}

/** Verifies the bearer access token and loads the user with current roles (revocation and role changes apply at once). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    secret: JwtSecret,
    private readonly users: UsersRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt's types say string or Buffer; jsonwebtoken, which it hands the key to, takes a KeyObject.
      secretOrKey: secret.key as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<AuthUser> {
    const user = await this.users.findAuthUser(payload.sub);
    if (!user) {
      throw new UnauthorizedException('Your session has ended. Please log in again.');
    }
    return user;
  }
}
