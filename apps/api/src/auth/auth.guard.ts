import { ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import type { Permission } from '@techzone/contracts';
import type { FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../common/database-errors';
import type { AuthUser } from './auth-user';
import { IS_PUBLIC, REQUIRED_PERMISSION } from './decorators';

/**
 * The global guard: denies by default. A route is open only with @Public(); otherwise it needs a valid access
 * token, and the permission named by @Authenticated({ permission }).
 */
@Injectable()
export class AuthGuard extends PassportAuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets)) {
      return true;
    }
    await super.canActivate(context);
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    const user = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>().user;
    if (permission && !user?.permissions.includes(permission)) {
      throw new ForbiddenException('You do not have permission to do this.');
    }
    return true;
  }

  override handleRequest<TUser = AuthUser>(error: unknown, user: TUser | false): TUser {
    if (isDatabaseUnavailable(error)) {
      // Not a bad token: the user could not be loaded. The error filter answers 503.
      throw error;
    }
    if (error || !user) {
      throw error instanceof UnauthorizedException ? error : new UnauthorizedException('Log in to continue.');
    }
    return user;
  }
}
