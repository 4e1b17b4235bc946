import { Role } from './roles';

export const PERMISSIONS = [
  'profile.manageOwn',
  'application.create',
  'organization.readOwn',
  'organization.manageOwn',
  'organization.manageMembers',
  'vacancy.manage',
  'application.manage',
  'placement.supervise',
  'placement.coordinate',
  'organization.verify',
  'taxonomy.manage',
  'insights.internal',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The role map: the single source of what each role may do. Organisation scoping is checked on top of it. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  student: ['profile.manageOwn', 'application.create'],
  professional: ['profile.manageOwn', 'application.create'],
  company_owner: [
    'organization.readOwn',
    'organization.manageOwn',
    'organization.manageMembers',
    'vacancy.manage',
    'application.manage',
  ],
  company_recruiter: ['organization.readOwn', 'vacancy.manage', 'application.manage'],
  company_mentor: ['organization.readOwn', 'placement.supervise'],
  school_coordinator: [
    'organization.readOwn',
    'organization.manageOwn',
    'organization.manageMembers',
    'placement.coordinate',
    'placement.supervise',
  ],
  school_supervisor: ['organization.readOwn', 'placement.supervise'],
  admin: ['organization.verify', 'taxonomy.manage', 'insights.internal'],
};

export function permissionsFor(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) {
    for (const permission of ROLE_PERMISSIONS[role]) {
      granted.add(permission);
    }
  }
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
