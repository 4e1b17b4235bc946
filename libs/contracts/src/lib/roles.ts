/** What kind of account a user has. Organisation members get their roles from memberships. */
export const ACCOUNT_TYPES = ['candidate', 'member', 'admin'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** A candidate is a student (at a school) or a professional (vakmens: experienced worker, career switcher). */
export const CANDIDATE_KINDS = ['student', 'professional'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export const ORGANIZATION_KINDS = ['company', 'school'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const COMPANY_ROLES = ['owner', 'recruiter', 'mentor'] as const;
export const SCHOOL_ROLES = ['coordinator', 'supervisor'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];
export type SchoolRole = (typeof SCHOOL_ROLES)[number];
export type MembershipRole = CompanyRole | SchoolRole;
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = [...COMPANY_ROLES, ...SCHOOL_ROLES];

export function rolesForKind(kind: OrganizationKind): readonly MembershipRole[] {
  return kind === 'company' ? COMPANY_ROLES : SCHOOL_ROLES;
}

/**
 * The roles a person can act in. A user holds one or more: a candidate kind, a role per membership, or admin.
 * Permissions hang off these roles; the web app and the API read the same map.
 */
export const ROLES = [
  'student',
  'professional',
  'company_owner',
  'company_recruiter',
  'company_mentor',
  'school_coordinator',
  'school_supervisor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export function membershipRole(kind: OrganizationKind, role: MembershipRole): Role {
  return `${kind}_${role}` as Role;
}
