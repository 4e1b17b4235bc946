import { Permission } from './permissions';
import { AccountType, CandidateKind, MembershipRole, OrganizationKind, Role } from './roles';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

/**
 * Who registers: a student or vakmens for themselves, a person registering their company or school (which then
 * awaits verification by the program office), or someone invited by an organisation (a colleague, a supervisor).
 */
export const REGISTRATION_KINDS = ['student', 'professional', 'company', 'school', 'invitation'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];

export interface RegisterRequest {
  kind: RegistrationKind;
  email: string;
  password: string;
  name: string;
  locale?: Locale;
  /** The organisation's name: required when kind is 'company' or 'school'. */
  companyName?: string;
  /** 8-digit KvK number, required when kind is 'company'. */
  kvkNumber?: string;
  /** Town of the organisation's main site, required when kind is 'company' or 'school'. */
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
  /** The address was confirmed through the e-mailed link (or an invitation sent to it); companies publish only then. */
  emailVerified: boolean;
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

/** A login session (one refresh-token family), as its user sees it. */
export interface SessionResponse {
  id: string;
  userAgent: string | null;
  startedAt: string;
  lastActiveAt: string;
  /** The session of this browser. */
  current: boolean;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}

/** A password-reset link works once, for this many minutes. */
export const PASSWORD_RESET_MINUTES = 60;

export interface EmailVerificationConfirmRequest {
  token: string;
}

/** An e-mail confirmation link works once, for this many hours. */
export const EMAIL_VERIFICATION_HOURS = 72;

/** What someone else did with a candidate's data: `GET /api/me/access-log`, newest first. */
export const ACCESS_LOG_ACTIONS = [
  'application_viewed',
  'applications_listed',
  'match_listed',
  'placement_viewed',
  'timeline_viewed',
  'invited',
] as const;
export type AccessLogAction = (typeof ACCESS_LOG_ACTIONS)[number];

export interface AccessLogEntryResponse {
  at: string;
  action: AccessLogAction;
  /** The person (as named now: erased accounts are "Verwijderde gebruiker") and their organisation. */
  actorName: string | null;
  organizationName: string | null;
  /** The vacancy it was about, when there was one. */
  vacancyTitle: string | null;
}
