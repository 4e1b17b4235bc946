import { MembershipSummary, MeResponse, permissionsFor, Role } from '@techzone/contracts';

let sequence = 0;

/** A user as /api/auth/me returns it; permissions come from the shared role map. */
export function newUser(overrides: Partial<MeResponse> = {}): MeResponse {
  sequence += 1;
  const roles: Role[] = overrides.roles ?? ['student'];
  return {
    id: `user-${sequence}`,
    email: `user${sequence}@example.nl`,
    name: `Gebruiker ${sequence}`,
    locale: 'nl',
    accountType: 'candidate',
    candidateKind: 'student',
    memberships: [],
    ...overrides,
    roles,
    permissions: overrides.permissions ?? permissionsFor(roles),
  };
}

export function newMembership(overrides: Partial<MembershipSummary> = {}): MembershipSummary {
  return {
    organizationId: 'org-1',
    organizationName: 'Metaalbewerking Emmen B.V.',
    kind: 'company',
    role: 'owner',
    verified: false,
    ...overrides,
  };
}

export function newCompanyOwner(verified = false): MeResponse {
  return newUser({
    accountType: 'member',
    candidateKind: null,
    roles: ['company_owner'],
    memberships: [newMembership({ verified })],
  });
}

export function newAdmin(): MeResponse {
  return newUser({ accountType: 'admin', candidateKind: null, roles: ['admin'] });
}
