import type { OrganizationMemberResponse, OrganizationResponse } from '@techzone/contracts';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';

export function toOrganizationResponse(organization: OrganizationEntity): OrganizationResponse {
  return {
    id: organization.id,
    kind: organization.kind,
    name: organization.name,
    city: organization.city,
    municipality: organization.municipality,
    kvkNumber: organization.kvkNumber,
    brinCode: organization.brinCode,
    verificationStatus: organization.verificationStatus,
    createdAt: organization.createdAt.toISOString(),
  };
}

export function toMemberResponse(membership: MembershipEntity): OrganizationMemberResponse {
  return {
    userId: membership.userId,
    name: membership.user?.name ?? '',
    email: membership.user?.email ?? '',
    role: membership.role,
  };
}
