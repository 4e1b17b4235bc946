import { MembershipRole, OrganizationKind } from './roles';

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const KVK_NUMBER_PATTERN = /^\d{8}$/;

export interface OrganizationResponse {
  id: string;
  kind: OrganizationKind;
  name: string;
  city: string | null;
  municipality: string | null;
  kvkNumber: string | null;
  brinCode: string | null;
  verificationStatus: VerificationStatus;
  createdAt: string;
}

export interface OrganizationMemberResponse {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
}

/** The longest note the program office gives with a verification decision (the web form's limit, and the API's). */
export const VERIFICATION_NOTE_MAX = 500;

export interface VerifyOrganizationRequest {
  decision: 'verified' | 'rejected';
  note?: string;
}

export interface OrganizationListQuery {
  status?: VerificationStatus;
  kind?: OrganizationKind;
}

export const COMPANY_SIZES = ['1-9', '10-49', '50-249', '250+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const ORGANIZATION_LIMITS = {
  nameMax: 200,
  descriptionMax: 5000,
  websiteMax: 300,
  addressMax: 200,
  locationsMax: 20,
  accreditationsMax: 100,
  logoMaxBytes: 512 * 1024,
} as const;

/** An SBB accreditation (erkend leerbedrijf) for one qualification, with its period. */
export interface AccreditationInput {
  crebo: string;
  since: string;
  until?: string | null;
}

export interface AccreditationResponse extends Required<AccreditationInput> {
  nl: string;
  en: string;
  /** True when today falls within the period. */
  active: boolean;
}

export interface LocationInput {
  placeId: number;
  address?: string | null;
}

export interface LocationResponse {
  id: string;
  placeId: number;
  placeName: string;
  municipality: string;
  address: string | null;
}

/** What members of an organisation see and edit of it. */
export interface OrganizationProfileResponse extends OrganizationResponse {
  description: string | null;
  sectorCode: string | null;
  website: string | null;
  size: CompanySize | null;
  hasLogo: boolean;
  locations: LocationResponse[];
  accreditations: AccreditationResponse[];
}

export interface UpdateOrganizationRequest {
  name?: string;
  description?: string | null;
  sectorCode?: string | null;
  website?: string | null;
  size?: CompanySize | null;
  /** Companies: 8 digits. */
  kvkNumber?: string;
  /** Schools: BRIN/RIO code. */
  brinCode?: string | null;
  /** Replaces all locations. */
  locations?: LocationInput[];
  /** Companies: replaces all accreditations. */
  accreditations?: AccreditationInput[];
}

/** The public company page: verified companies only. */
export interface CompanyPageResponse {
  id: string;
  name: string;
  city: string | null;
  municipality: string | null;
  description: string | null;
  sector: { code: string; nl: string; en: string } | null;
  website: string | null;
  size: CompanySize | null;
  hasLogo: boolean;
  locations: LocationResponse[];
  accreditations: AccreditationResponse[];
}

export interface InvitationRequest {
  email: string;
  role: MembershipRole;
}

export interface InvitationResponse {
  id: string;
  email: string;
  role: MembershipRole;
  organizationId: string;
  organizationName: string;
  expiresAt: string;
  acceptedAt: string | null;
  /** Only in the response to the one who created it: the link to pass on. */
  token?: string;
}
