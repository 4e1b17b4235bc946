import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@techzone/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'tz:isPublic';
export const REQUIRED_PERMISSION = 'tz:permission';

/** Opens a route to anonymous visitors. Everything else needs a valid session. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** A signed-in user, holding `permission` when given (from the role map in @techzone/contracts). */
export function Authenticated(options: { permission?: Permission } = {}): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, options.permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid session' }),
    ...(options.permission ? [ApiForbiddenResponse({ description: `Needs permission ${options.permission}` })] : []),
  );
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
  if (!request.user) {
    throw new Error('CurrentUser used on a route without authentication');
  }
  return request.user;
});
