import { newAdmin, newCompanyOwner, newMembership, newUser } from '../../testing/factories';
import { navItemsFor } from './nav-items';

function labels(items: ReturnType<typeof navItemsFor>): string[] {
  return items.map((item) => item.labelKey);
}

describe('navItemsFor', () => {
  it('should show the vacancy search and the region in figures to an anonymous visitor', () => {
    expect(labels(navItemsFor(null))).toEqual(['nav.vacancies', 'nav.events', 'nav.region']);
    expect(navItemsFor(null).map((item) => item.path)).toEqual(['/vacatures', '/evenementen', '/regio']);
  });

  it('should follow the role', () => {
    expect(labels(navItemsFor(newUser()))).toEqual([
      'nav.home',
      'nav.vacancies',
      'nav.events',
      'nav.forYou',
      'nav.saved',
      'nav.applications',
      'nav.rounds',
      'nav.placements',
    ]);
    expect(labels(navItemsFor(newCompanyOwner()))).toEqual([
      'nav.home',
      'nav.vacancies',
      'nav.events',
      'nav.myVacancies',
      'nav.rounds',
      'nav.placements',
      'nav.organization',
    ]);
    expect(
      labels(
        navItemsFor(
          newUser({
            roles: ['school_supervisor'],
            memberships: [newMembership({ kind: 'school', role: 'supervisor' })],
          }),
        ),
      ),
    ).toEqual(['nav.home', 'nav.vacancies', 'nav.events', 'nav.guided', 'nav.organization']);
    expect(
      labels(
        navItemsFor(
          newUser({
            roles: ['school_coordinator'],
            memberships: [newMembership({ kind: 'school', role: 'coordinator' })],
          }),
        ),
      ),
    ).toEqual([
      'nav.home',
      'nav.vacancies',
      'nav.events',
      'nav.students',
      'nav.rounds',
      'nav.placements',
      'nav.reports',
      'nav.organization',
    ]);
    expect(labels(navItemsFor(newAdmin()))).toEqual([
      'nav.home',
      'nav.vacancies',
      'nav.events',
      'nav.reports',
      'nav.verification',
      'nav.eventApprovals',
      'nav.taxonomy',
      'nav.insights',
    ]);
  });

  it('should lead the program office to the event approvals and the taxonomy editor under /admin', () => {
    const paths = navItemsFor(newAdmin()).map((item) => item.path);
    expect(paths).toContain('/admin/evenementen');
    expect(paths).toContain('/admin/taxonomie');
    expect(navItemsFor(newUser()).map((item) => item.path)).not.toContain('/admin/taxonomie');
  });

  it('should lead every party of a placement to its own list: students, all company members, coordinators', () => {
    const pathOf = (items: ReturnType<typeof navItemsFor>) =>
      items.find((item) => item.labelKey === 'nav.placements')?.path ?? null;
    expect(pathOf(navItemsFor(newUser()))).toBe('/stages');
    expect(pathOf(navItemsFor(newUser({ candidateKind: 'professional', roles: ['professional'] })))).toBeNull();
    expect(pathOf(navItemsFor(newCompanyOwner()))).toBe('/bedrijf/stages');
    expect(
      pathOf(
        navItemsFor(
          newUser({ roles: ['company_mentor'], memberships: [newMembership({ kind: 'company', role: 'mentor' })] }),
        ),
      ),
    ).toBe('/bedrijf/stages');
    expect(
      pathOf(
        navItemsFor(
          newUser({
            roles: ['school_coordinator'],
            memberships: [newMembership({ kind: 'school', role: 'coordinator' })],
          }),
        ),
      ),
    ).toBe('/school/stages');
  });

  it('should lead each side of a placement round to its own page, and professionals to none', () => {
    const pathOf = (items: ReturnType<typeof navItemsFor>) =>
      items.find((item) => item.labelKey === 'nav.rounds')?.path ?? null;
    expect(pathOf(navItemsFor(newUser()))).toBe('/rondes');
    expect(pathOf(navItemsFor(newUser({ candidateKind: 'professional', roles: ['professional'] })))).toBeNull();
    expect(pathOf(navItemsFor(newCompanyOwner()))).toBe('/bedrijf/rondes');
    expect(
      pathOf(
        navItemsFor(
          newUser({
            roles: ['school_coordinator'],
            memberships: [newMembership({ kind: 'school', role: 'coordinator' })],
          }),
        ),
      ),
    ).toBe('/school/rondes');
  });
});
