import {
  ApplicationResponse,
  MembershipSummary,
  MeResponse,
  permissionsFor,
  Role,
  VacancySummaryResponse,
} from '@techzone/contracts';

let sequence = 0;

/** A user as /api/auth/me returns it; permissions come from the shared role map. */
export function newUser(overrides: Partial<MeResponse> = {}): MeResponse {
  sequence += 1;
  const roles: Role[] = overrides.roles ?? ['student'];
  return {
    id: `user-${sequence}`,
    email: `user${sequence}@example.nl`,
    name: `Gebruiker ${sequence}`,
    locale: 'nl',
    accountType: 'candidate',
    candidateKind: 'student',
    memberships: [],
    emailVerified: true,
    ...overrides,
    roles,
    permissions: overrides.permissions ?? permissionsFor(roles),
  };
}

export function newMembership(overrides: Partial<MembershipSummary> = {}): MembershipSummary {
  return {
    organizationId: 'org-1',
    organizationName: 'Metaalbewerking Emmen B.V.',
    kind: 'company',
    role: 'owner',
    verified: false,
    ...overrides,
  };
}

export function newCompanyOwner(verified = false): MeResponse {
  return newUser({
    accountType: 'member',
    candidateKind: null,
    roles: ['company_owner'],
    memberships: [newMembership({ verified })],
  });
}

export function newAdmin(): MeResponse {
  return newUser({ accountType: 'admin', candidateKind: null, roles: ['admin'] });
}

export function newApplication(overrides: Partial<ApplicationResponse> = {}): ApplicationResponse {
  sequence += 1;
  return {
    id: `application-${sequence}`,
    status: 'submitted',
    motivation: 'Ik wil graag leren lassen bij jullie bedrijf.',
    placementRound: null,
    vacancy: {
      id: 'vacancy-1',
      type: 'bol_internship',
      status: 'published',
      title: 'Stage lassen',
      excerpt: '',
      company: { id: 'org-1', name: 'Metaalbewerking Emmen B.V.', city: 'Emmen', verified: true },
      place: { id: 1, name: 'Emmen', municipality: 'Emmen' },
      distanceKm: null,
      levels: ['mbo2'],
      hoursPerWeek: 32,
      startDate: null,
      endDate: null,
      positions: 1,
      publishedAt: '2026-03-01T09:00:00Z',
      expiresAt: null,
      skills: [],
    },
    applicant: {
      userId: `user-${sequence}`,
      name: `Kandidaat ${sequence}`,
      email: `kandidaat${sequence}@example.nl`,
      age: 18,
      anonymized: false,
      educationLevel: 'mbo2',
      route: 'BOL',
      homePlace: 'Emmen',
      skills: [],
      certificates: [],
    },
    rejectionReason: null,
    createdAt: `2026-03-${String(10 + (sequence % 18)).padStart(2, '0')}T09:00:00Z`,
    updatedAt: `2026-03-${String(10 + (sequence % 18)).padStart(2, '0')}T09:00:00Z`,
    overdue: false,
    allowedNext: ['in_review', 'interview', 'offered', 'rejected'],
    events: [],
    messages: [],
    ...overrides,
  };
}

export function newVacancySummary(overrides: Partial<VacancySummaryResponse> = {}): VacancySummaryResponse {
  sequence += 1;
  return {
    id: `vacancy-${sequence}`,
    type: 'bol_internship',
    status: 'published',
    title: `Stage ${sequence}`,
    excerpt: '',
    company: { id: 'org-1', name: 'Metaalbewerking Emmen B.V.', city: 'Emmen', verified: true },
    place: { id: 1, name: 'Emmen', municipality: 'Emmen' },
    distanceKm: null,
    levels: ['mbo3'],
    hoursPerWeek: 32,
    startDate: null,
    endDate: null,
    positions: 2,
    publishedAt: '2026-03-01T09:00:00Z',
    expiresAt: null,
    skills: [],
    ...overrides,
  };
}
