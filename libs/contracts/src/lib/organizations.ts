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

export interface VerifyOrganizationRequest {
  decision: 'verified' | 'rejected';
  note?: string;
}

export interface OrganizationListQuery {
  status?: VerificationStatus;
  kind?: OrganizationKind;
}
