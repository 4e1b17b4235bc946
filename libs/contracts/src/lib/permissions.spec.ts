import { hasPermission, permissionsFor, ROLE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('role map', () => {
  it('should give every role an entry', () => {
    for (const role of ROLES) {
      expect(ROLE_PERMISSIONS[role]).toBeDefined();
    }
  });

  it('should keep organisation verification to the program office', () => {
    const verifiers = ROLES.filter((role) => hasPermission([role], 'organization.verify'));
    expect(verifiers).toEqual(['admin']);
  });

  it('should merge the permissions of several roles without duplicates', () => {
    const merged = permissionsFor(['company_owner', 'company_recruiter']);
    expect(merged).toContain('organization.manageMembers');
    expect(new Set(merged).size).toBe(merged.length);
  });

  it('should grant a student nothing that manages an organisation', () => {
    expect(hasPermission(['student'], 'organization.manageOwn')).toBe(false);
    expect(hasPermission(['student'], 'vacancy.manage')).toBe(false);
  });
});
