import { MembershipSummary, MeResponse, OrganizationKind } from '@techzone/contracts';

/** The user's membership of an organisation of this kind (the first one, as the rest of the app does). */
export function membershipOf(user: MeResponse | null, kind?: OrganizationKind): MembershipSummary | null {
  if (!user) {
    return null;
  }
  return user.memberships.find((membership) => kind === undefined || membership.kind === kind) ?? null;
}
