import { MeResponse } from '@techzone/contracts';

export interface NavItem {
  path: string;
  labelKey: string;
  exact: boolean;
}

/** The main navigation follows the permissions the API grants (the same role map the guards read). */
export function navItemsFor(user: MeResponse | null): NavItem[] {
  if (!user) {
    return [];
  }
  const items: NavItem[] = [{ path: '/home', labelKey: 'nav.home', exact: true }];
  if (user.permissions.includes('organization.readOwn')) {
    items.push({ path: '/organization', labelKey: 'nav.organization', exact: false });
  }
  if (user.permissions.includes('organization.verify')) {
    items.push({ path: '/admin/organizations', labelKey: 'nav.verification', exact: false });
  }
  return items;
}
