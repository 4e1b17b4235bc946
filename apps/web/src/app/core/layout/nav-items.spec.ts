import { newAdmin, newCompanyOwner, newMembership, newUser } from '../../testing/factories';
import { navItemsFor } from './nav-items';

function labels(items: ReturnType<typeof navItemsFor>): string[] {
  return items.map((item) => item.labelKey);
}

describe('navItemsFor', () => {
  it('should show no navigation to an anonymous visitor', () => {
    expect(navItemsFor(null)).toEqual([]);
  });

  it('should follow the role', () => {
    expect(labels(navItemsFor(newUser()))).toEqual(['nav.home']);
    expect(labels(navItemsFor(newCompanyOwner()))).toEqual(['nav.home', 'nav.organization']);
    expect(
      labels(
        navItemsFor(
          newUser({
            roles: ['school_supervisor'],
            memberships: [newMembership({ kind: 'school', role: 'supervisor' })],
          }),
        ),
      ),
    ).toEqual(['nav.home', 'nav.organization']);
    expect(labels(navItemsFor(newAdmin()))).toEqual(['nav.home', 'nav.verification']);
  });
});
