import { MeResponse, Permission } from '@techzone/contracts';

export type AccessDecision = 'allow' | 'login' | 'forbidden';

/** What a guard does for a user (null when logged out) on a route that needs a session and maybe a permission. */
export function decideAccess(user: MeResponse | null, required?: Permission): AccessDecision {
  if (!user) {
    return 'login';
  }
  if (required !== undefined && !user.permissions.includes(required)) {
    return 'forbidden';
  }
  return 'allow';
}

export type HomeRole = 'candidate' | 'company' | 'school' | 'admin';

/** Which home page a user gets. */
export function homeRoleOf(user: MeResponse): HomeRole {
  if (user.roles.includes('admin') || user.accountType === 'admin') {
    return 'admin';
  }
  const membership = user.memberships[0];
  if (membership) {
    return membership.kind;
  }
  return 'candidate';
}

/** A returnUrl is only followed when it is an internal path (no scheme, no protocol-relative `//host`). */
export function safeReturnUrl(returnUrl: string | null | undefined, fallback = '/home'): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/\\')) {
    return fallback;
  }
  return returnUrl;
}
