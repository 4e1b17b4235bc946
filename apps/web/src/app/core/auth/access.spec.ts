import { newAdmin, newCompanyOwner, newMembership, newUser } from '../../testing/factories';
import { decideAccess, homeRoleOf, safeReturnUrl } from './access';

describe('decideAccess', () => {
  it('should send an anonymous visitor to login', () => {
    expect(decideAccess(null)).toBe('login');
    expect(decideAccess(null, 'organization.verify')).toBe('login');
  });

  it('should let any logged-in user through when no permission is needed', () => {
    expect(decideAccess(newUser())).toBe('allow');
  });

  it('should allow the verification queue to the admin only', () => {
    expect(decideAccess(newAdmin(), 'organization.verify')).toBe('allow');
    expect(decideAccess(newCompanyOwner(), 'organization.verify')).toBe('forbidden');
    expect(decideAccess(newUser(), 'organization.verify')).toBe('forbidden');
  });

  it('should allow the own organisation page to members but not to candidates', () => {
    expect(decideAccess(newCompanyOwner(), 'organization.readOwn')).toBe('allow');
    expect(decideAccess(newUser({ roles: ['school_supervisor'] }), 'organization.readOwn')).toBe('allow');
    expect(decideAccess(newUser({ roles: ['professional'] }), 'organization.readOwn')).toBe('forbidden');
  });
});

describe('homeRoleOf', () => {
  it('should pick the home page by role', () => {
    expect(homeRoleOf(newUser())).toBe('candidate');
    expect(homeRoleOf(newCompanyOwner())).toBe('company');
    expect(
      homeRoleOf(
        newUser({
          roles: ['school_coordinator'],
          memberships: [newMembership({ kind: 'school', role: 'coordinator' })],
        }),
      ),
    ).toBe('school');
    expect(homeRoleOf(newAdmin())).toBe('admin');
  });
});

describe('safeReturnUrl', () => {
  it('should follow internal paths only', () => {
    expect(safeReturnUrl('/organization')).toBe('/organization');
    expect(safeReturnUrl('/admin/organizations?status=verified')).toBe('/admin/organizations?status=verified');
    expect(safeReturnUrl('https://evil.example')).toBe('/home');
    expect(safeReturnUrl('//evil.example/path')).toBe('/home');
    expect(safeReturnUrl('/\\evil.example')).toBe('/home');
    expect(safeReturnUrl(undefined)).toBe('/home');
  });
});
