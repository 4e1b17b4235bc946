import { NotFoundException } from '@nestjs/common';
import type { MembershipRole } from '@techzone/contracts';
import type { AuthUser } from '../auth/auth-user';

/**
 * Organisation scoping: the user must be a member of the organisation. To everyone else it does not exist (404),
 * so that ids of other organisations reveal nothing.
 */
export function assertMember(user: AuthUser, organizationId: string): void {
  if (!user.memberships.some((membership) => membership.organizationId === organizationId)) {
    throw new NotFoundException('Organisation not found.');
  }
}

export function isMember(user: AuthUser, organizationId: string): boolean {
  return user.memberships.some((membership) => membership.organizationId === organizationId);
}

/** The company roles that handle applicants and are told about them: owners and recruiters. */
export const COMPANY_STAFF: readonly MembershipRole[] = ['owner', 'recruiter'];
