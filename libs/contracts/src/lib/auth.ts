import { Permission } from './permissions';
import { AccountType, CandidateKind, MembershipRole, OrganizationKind, Role } from './roles';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

/**
 * Who registers: a student or vakmens for themselves, a person registering their company, or someone invited by
 * an organisation (a colleague, a school supervisor).
 */
export const REGISTRATION_KINDS = ['student', 'professional', 'company', 'invitation'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];

export interface RegisterRequest {
  kind: RegistrationKind;
  email: string;
  password: string;
  name: string;
  locale?: Locale;
  /** Required when kind is 'company'. */
  companyName?: string;
  /** 8-digit KvK number, required when kind is 'company'. */
  kvkNumber?: string;
  /** Town of the company's main site, required when kind is 'company'. */
  companyCity?: string;
  /** Required when kind is 'invitation': the token from the invitation link; the e-mail must match it. */
  invitationToken?: string;
  /** The registrant confirms they accept the terms and privacy statement. */
  acceptTerms: boolean;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface MembershipSummary {
  organizationId: string;
  organizationName: string;
  kind: OrganizationKind;
  role: MembershipRole;
  verified: boolean;
}

export interface MeResponse {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  accountType: AccountType;
  candidateKind: CandidateKind | null;
  roles: Role[];
  permissions: Permission[];
  memberships: MembershipSummary[];
}

export interface AuthResponse {
  accessToken: string;
  /** Seconds until the access token expires; refresh before then. */
  expiresIn: number;
  user: MeResponse;
}

export interface UpdateMeRequest {
  name?: string;
  locale?: Locale;
}
