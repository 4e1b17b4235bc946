import { MeResponse } from '@techzone/contracts';

export interface NavItem {
  path: string;
  labelKey: string;
  exact: boolean;
}

const SEARCH: NavItem = { path: '/vacatures', labelKey: 'nav.vacancies', exact: false };
const REGION: NavItem = { path: '/regio', labelKey: 'nav.region', exact: false };
const EVENTS: NavItem = { path: '/evenementen', labelKey: 'nav.events', exact: false };

/**
 * The main navigation follows the permissions the API grants (the same role map the guards read). Everybody,
 * logged in or not, can search vacancies and read the events agenda (candidates find their sign-ups there,
 * organisers their own events); visitors also see the region's figures (everyone finds them in the footer).
 */
export function navItemsFor(user: MeResponse | null): NavItem[] {
  if (!user) {
    return [SEARCH, EVENTS, REGION];
  }
  const can = (permission: MeResponse['permissions'][number]) => user.permissions.includes(permission);
  const items: NavItem[] = [{ path: '/home', labelKey: 'nav.home', exact: true }, SEARCH, EVENTS];
  if (can('profile.manageOwn')) {
    items.push({ path: '/voor-jou', labelKey: 'nav.forYou', exact: false });
    items.push({ path: '/bewaard', labelKey: 'nav.saved', exact: false });
  }
  if (can('application.create')) {
    items.push({ path: '/sollicitaties', labelKey: 'nav.applications', exact: false });
    // Placement rounds are for students of a school's cohort, not for professionals.
    if (user.candidateKind === 'student') {
      items.push({ path: '/rondes', labelKey: 'nav.rounds', exact: false });
      items.push({ path: '/stages', labelKey: 'nav.placements', exact: false });
    }
  }
  if (can('vacancy.manage')) {
    items.push({ path: '/bedrijf/vacatures', labelKey: 'nav.myVacancies', exact: false });
  }
  if (can('application.manage')) {
    items.push({ path: '/bedrijf/rondes', labelKey: 'nav.rounds', exact: false });
  }
  // Every member of a company follows its placements: owners and recruiters all, mentors (praktijkopleiders) theirs.
  if (can('organization.readOwn') && user.memberships.some((membership) => membership.kind === 'company')) {
    items.push({ path: '/bedrijf/stages', labelKey: 'nav.placements', exact: false });
  }
  // School supervisors follow the students they guide (coordinators see everyone on /school/stages).
  if (can('placement.supervise') && !can('placement.coordinate') && user.memberships.some((m) => m.kind === 'school')) {
    items.push({ path: '/begeleiding', labelKey: 'nav.guided', exact: false });
  }
  if (can('placement.coordinate')) {
    items.push({ path: '/school/studenten', labelKey: 'nav.students', exact: false });
    items.push({ path: '/school/rondes', labelKey: 'nav.rounds', exact: false });
    items.push({ path: '/school/stages', labelKey: 'nav.placements', exact: false });
  }
  if (can('placement.coordinate') || can('insights.internal')) {
    items.push({ path: '/meldingen', labelKey: 'nav.reports', exact: false });
  }
  if (can('organization.readOwn')) {
    items.push({ path: '/organization', labelKey: 'nav.organization', exact: false });
  }
  if (can('organization.verify')) {
    items.push({ path: '/admin/organizations', labelKey: 'nav.verification', exact: false });
  }
  if (can('organization.verify')) {
    items.push({ path: '/admin/evenementen', labelKey: 'nav.eventApprovals', exact: false });
  }
  if (can('taxonomy.manage')) {
    items.push({ path: '/admin/taxonomie', labelKey: 'nav.taxonomy', exact: false });
  }
  if (can('insights.internal')) {
    items.push({ path: '/admin/inzichten', labelKey: 'nav.insights', exact: false });
  }
  return items;
}
