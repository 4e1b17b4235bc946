import type { MembershipSummary } from '@techzone/contracts';
import { UserEntity } from './entities/user.entity';
import { normalizeEmail, rolesOf } from './users.repository';

const user = (changes: Partial<UserEntity>): UserEntity => Object.assign(new UserEntity(), changes);
const membership = (kind: 'company' | 'school', role: MembershipSummary['role']): MembershipSummary => ({
  organizationId: `${kind}-${role}`,
  organizationName: kind,
  kind,
  role,
  verified: true,
});

describe('rolesOf', () => {
  it('should make a candidate a student or a professional', () => {
    expect(rolesOf(user({ accountType: 'candidate', candidateKind: 'student' }), [])).toEqual(['student']);
    expect(rolesOf(user({ accountType: 'candidate', candidateKind: 'professional' }), [])).toEqual(['professional']);
  });

  it('should give a member one role per distinct membership', () => {
    const roles = rolesOf(user({ accountType: 'member' }), [
      membership('company', 'owner'),
      membership('school', 'supervisor'),
      membership('company', 'owner'),
    ]);
    expect(roles).toEqual(['company_owner', 'school_supervisor']);
  });

  it('should ignore memberships of an admin and of a candidate', () => {
    expect(rolesOf(user({ accountType: 'admin' }), [membership('company', 'owner')])).toEqual(['admin']);
    expect(
      rolesOf(user({ accountType: 'candidate', candidateKind: 'student' }), [membership('company', 'owner')]),
    ).toEqual(['student']);
  });
});

describe('normalizeEmail', () => {
  it('should trim and lower-case', () => {
    expect(normalizeEmail('  Sanne.Bakker@Example.NL ')).toBe('sanne.bakker@example.nl');
  });
});
