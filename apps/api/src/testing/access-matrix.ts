import type request from 'supertest';
import { Actor, EVALUATION, inDays, Insider, Outsider, requestFor, SecurityWorld } from './security-world';
import { bearer, newVacancy, TEST_PASSWORD, TestApp } from './test-app';

/**
 * Who may call what: one row per protected operation of the API, keyed `METHOD /path` as in the OpenAPI document.
 * The isolation test (security/isolation.int-spec.ts) fails when an operation of the document has no row here, or
 * a row names an operation that no longer exists; the fuzzer (security/fuzz.int-spec.ts) sends its junk as the
 * row's owner, with the row's body as the valid starting point.
 *
 * The actors (see security-world.ts):
 * - anonymous: no token. Always 401 on every row, so it has no column.
 * - candidate: a student of the same school and cohort as the owner student, owning nothing of the target.
 * - otherCandidate: a vakmens (professional) with a profile of their own and no ties to the world.
 * - otherCompany: the owner of another verified company.
 * - otherSchool: the coordinator of another verified school.
 * - wrongRole: someone inside the right organisation (or party to the right placement) without the right role,
 *   e.g. a recruiter where the owner is needed, a supervisor where the coordinator is, the mentor where the
 *   student is; 'n/a' where the organisation has no such person.
 *
 * Expected: 401, 403 (the role map refuses it, or the service refuses a party that may see but not do), 404 (the
 * resource does not exist for this user: organisation scoping), 409 where the actor is legitimate but the state
 * forbids it, or 'allowed' (any 2xx) where the actor legitimately calls it on their own data.
 */
export type Expected = 'allowed' | 401 | 403 | 404 | 409;

export interface MatrixRow {
  /** Who legitimately calls it on the world's resources; 'self' when every signed-in user does, on their own. */
  owner: Insider | 'self';
  /** The path parameters: the ids of the owner's resources. */
  params?: (w: SecurityWorld) => Record<string, string>;
  /** A valid body, so that refusals come from the authorization and not from the validation. */
  body?: (w: SecurityWorld, actor: Insider | Outsider) => unknown;
  /** A raw (non-JSON) body. */
  raw?: { contentType: string; data: Buffer };
  candidate: Expected;
  otherCandidate: Expected;
  otherCompany: Expected;
  otherSchool: Expected;
  wrongRole: readonly [Insider, Expected] | 'n/a';
}

/** The operations anyone may call without a token (marked @Public() in the controllers). */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/email-verification/confirm',
  'POST /api/auth/register',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/auth/logout',
  'GET /api/organizations/{id}/logo',
  'GET /api/companies/{id}',
  'GET /api/invitations/{token}',
  'GET /api/taxonomy/skills',
  'GET /api/taxonomy/qualifications',
  'GET /api/taxonomy/sectors',
  'GET /api/taxonomy/places',
  'GET /api/taxonomy/places/{id}',
  'GET /api/vacancies',
  'GET /api/vacancies/{id}',
  'GET /api/companies/{id}/vacancies',
  'GET /api/schools',
  'GET /api/companies/{id}/responsiveness',
  'GET /api/guardian/{token}',
  'GET /api/guardian/{token}/agreement.pdf',
  'POST /api/guardian/{token}/sign',
  'GET /api/insights/region',
  'GET /api/insights/region.csv',
  'GET /api/events',
  'GET /api/events/{id}',
  'GET /api/health',
]);

type Column = Pick<MatrixRow, 'candidate' | 'otherCandidate' | 'otherCompany' | 'otherSchool' | 'wrongRole'>;

/** The expectations of one row, in the column order of the comment above. */
const as = (
  candidate: Expected,
  otherCandidate: Expected,
  otherCompany: Expected,
  otherSchool: Expected,
  wrongRole: Column['wrongRole'],
): Column => ({ candidate, otherCandidate, otherCompany, otherSchool, wrongRole });

/** Every signed-in user, each on their own data. */
const SELF = as('allowed', 'allowed', 'allowed', 'allowed', 'n/a');
/** The program office only: the role map refuses everyone else. */
const ADMIN_ONLY = as(403, 403, 403, 403, 'n/a');
/** A candidate's own data (profile.manageOwn / application.create): organisations are refused by the role map. */
const CANDIDATES_OWN = as('allowed', 'allowed', 403, 403, 'n/a');
/** Company management: candidates and schools lack the permission; another company gets a 404. */
const COMPANY_MANAGES = (wrongRole: Column['wrongRole']) => as(403, 403, 404, 403, wrongRole);
/** Organisation management (companies and schools alike hold the permission). */
const COMPANY_ORG = (wrongRole: Column['wrongRole']) => as(403, 403, 404, 404, wrongRole);
const SCHOOL_ORG = COMPANY_ORG;
/** The school coordinator's work (placement.coordinate). */
const COORDINATES = as(403, 403, 403, 404, ['supervisor', 403]);
/** A placement's parties only: to everyone else it does not exist. */
const PLACEMENT_PARTIES = (wrongRole: Column['wrongRole']) => as(404, 404, 404, 404, wrongRole);

const company = (w: SecurityWorld) => ({ id: w.companyId });
const companyAsCompanyId = (w: SecurityWorld) => ({ companyId: w.companyId });
const school = (w: SecurityWorld) => ({ id: w.schoolId });
const schoolAsSchoolId = (w: SecurityWorld) => ({ schoolId: w.schoolId });
const program = (w: SecurityWorld) => ({ id: w.schoolId, programId: w.programId });
const vacancy = (w: SecurityWorld) => ({ id: w.vacancyId });
const application = (w: SecurityWorld) => ({ id: w.applicationId });
const placement = (w: SecurityWorld) => ({ id: w.placementId });
const round = (w: SecurityWorld) => ({ id: w.roundId });
const event = (w: SecurityWorld) => ({ id: w.eventId });

/** The smallest valid PNG: a 1x1 transparent pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const ACCESS_MATRIX: Readonly<Record<string, MatrixRow>> = {
  // auth
  'GET /api/auth/sessions': { owner: 'self', ...SELF },
  'DELETE /api/auth/sessions/{id}': {
    owner: 'student',
    params: (w) => ({ id: w.sessionFamilyId }),
    ...as(404, 404, 404, 404, 'n/a'),
  },
  'GET /api/auth/me': { owner: 'self', ...SELF },
  // Each user asks for a new confirmation mail for their own address.
  'POST /api/auth/email-verification': { owner: 'self', ...SELF },
  'PATCH /api/auth/me': { owner: 'self', body: () => ({ locale: 'nl' }), ...SELF },

  // organisations
  // Open to every signed-in user by the role map: the service hides other organisations.
  'GET /api/organizations/{id}': {
    owner: 'companyOwner',
    params: company,
    ...as(404, 404, 404, 404, ['mentor', 'allowed']),
  },
  'PATCH /api/organizations/{id}': {
    owner: 'companyOwner',
    params: company,
    body: () => ({ description: 'Wij lassen frames voor landbouwmachines.' }),
    ...COMPANY_ORG(['recruiter', 403]),
  },
  'GET /api/organizations/{id}/profile': {
    owner: 'companyOwner',
    params: company,
    ...COMPANY_ORG(['mentor', 'allowed']),
  },
  'PUT /api/organizations/{id}/logo': {
    owner: 'companyOwner',
    params: company,
    raw: { contentType: 'image/png', data: PNG },
    ...COMPANY_ORG(['recruiter', 403]),
  },
  'DELETE /api/organizations/{id}/logo': { owner: 'companyOwner', params: company, ...COMPANY_ORG(['recruiter', 403]) },
  'GET /api/organizations/{id}/members': {
    owner: 'companyOwner',
    params: company,
    ...COMPANY_ORG(['mentor', 'allowed']),
  },
  'GET /api/admin/organizations': { owner: 'admin', ...ADMIN_ONLY },
  'POST /api/admin/organizations/{id}/verification': {
    owner: 'admin',
    params: company,
    body: () => ({ decision: 'verified' }),
    ...ADMIN_ONLY,
  },
  'GET /api/organizations/{id}/invitations': {
    owner: 'companyOwner',
    params: company,
    ...COMPANY_ORG(['recruiter', 403]),
  },
  'POST /api/organizations/{id}/invitations': {
    owner: 'companyOwner',
    params: company,
    body: () => ({ email: 'nieuwe.collega@example.nl', role: 'recruiter' }),
    ...COMPANY_ORG(['recruiter', 403]),
  },
  // The invitation is for an address without an account: nobody signed in may take it.
  'POST /api/invitations/{token}/accept': {
    owner: 'companyOwner',
    params: (w) => ({ token: w.invitationToken }),
    ...as(403, 403, 403, 403, ['recruiter', 403]),
  },

  // taxonomy administration
  'POST /api/admin/taxonomy/skills': {
    owner: 'admin',
    body: () => ({ code: 'weld.orbital', parent: 'weld', nl: 'Orbitaallassen', en: 'Orbital welding', kind: 'skill' }),
    ...ADMIN_ONLY,
  },
  'PATCH /api/admin/taxonomy/skills/{code}': {
    owner: 'admin',
    params: (w) => ({ code: w.skillCode }),
    body: () => ({ nl: 'MIG/MAG-lassen' }),
    ...ADMIN_ONLY,
  },
  'POST /api/admin/taxonomy/qualifications': {
    owner: 'admin',
    body: () => ({
      crebo: '25999',
      nl: 'Orbitaallasser',
      en: 'Orbital welder',
      level: 3,
      dossierCrebo: '23199',
      dossier: 'Metaal',
      domain: 'Techniek',
      routes: ['BOL'],
    }),
    ...ADMIN_ONLY,
  },
  'PATCH /api/admin/taxonomy/qualifications/{crebo}': {
    owner: 'admin',
    params: (w) => ({ crebo: w.crebo }),
    body: () => ({ nl: 'Lasser' }),
    ...ADMIN_ONLY,
  },
  'POST /api/admin/taxonomy/sectors': {
    owner: 'admin',
    body: () => ({ code: '259', parent: '25', nl: 'Overige metaal', en: 'Other metal', level: 'group' }),
    ...ADMIN_ONLY,
  },
  'PATCH /api/admin/taxonomy/sectors/{code}': {
    owner: 'admin',
    params: (w) => ({ code: w.sectorCode }),
    body: () => ({ nl: 'Sector' }),
    ...ADMIN_ONLY,
  },

  // vacancies
  'POST /api/vacancies': {
    owner: 'companyOwner',
    body: (w) => newVacancy(w.companyId, w.emmen),
    ...COMPANY_MANAGES(['mentor', 403]),
  },
  'PATCH /api/vacancies/{id}': {
    owner: 'companyOwner',
    params: vacancy,
    body: () => ({ hoursPerWeek: 32 }),
    ...COMPANY_MANAGES(['mentor', 403]),
  },
  'POST /api/vacancies/{id}/publish': {
    owner: 'companyOwner',
    params: (w) => ({ id: w.draftVacancyId }),
    ...COMPANY_MANAGES(['mentor', 403]),
  },
  'POST /api/vacancies/{id}/close': { owner: 'companyOwner', params: vacancy, ...COMPANY_MANAGES(['mentor', 403]) },
  'GET /api/organizations/{id}/vacancies': {
    owner: 'companyOwner',
    params: company,
    ...COMPANY_MANAGES(['mentor', 403]),
  },

  // candidate profiles
  'GET /api/me/profile': { owner: 'student', ...CANDIDATES_OWN },
  'PUT /api/me/profile': {
    owner: 'student',
    // Each candidate sends the profile they already have, so that the world stays as it is.
    body: (w, actor) => w.profiles[actor === 'otherCandidate' || actor === 'candidate' ? actor : 'student'],
    ...CANDIDATES_OWN,
  },
  'GET /api/me/saved-vacancies': { owner: 'student', ...CANDIDATES_OWN },
  'PUT /api/me/saved-vacancies/{vacancyId}': {
    owner: 'student',
    params: (w) => ({ vacancyId: w.vacancyId }),
    ...CANDIDATES_OWN,
  },
  'DELETE /api/me/saved-vacancies/{vacancyId}': {
    owner: 'student',
    params: (w) => ({ vacancyId: w.vacancyId }),
    ...CANDIDATES_OWN,
  },
  'GET /api/schools/{id}/students': { owner: 'coordinator', params: school, ...COORDINATES },

  // school programmes
  'GET /api/organizations/{id}/programs': {
    owner: 'coordinator',
    params: school,
    ...SCHOOL_ORG(['supervisor', 'allowed']),
  },
  'POST /api/organizations/{id}/programs': {
    owner: 'coordinator',
    params: school,
    body: () => ({ name: 'Plaatwerker', crebo: '25010', level: 'mbo2', route: 'BBL' }),
    ...SCHOOL_ORG(['supervisor', 403]),
  },
  'PATCH /api/organizations/{id}/programs/{programId}': {
    owner: 'coordinator',
    params: program,
    body: () => ({ name: 'Lasser' }),
    ...SCHOOL_ORG(['supervisor', 403]),
  },
  'DELETE /api/organizations/{id}/programs/{programId}': {
    owner: 'coordinator',
    params: program,
    ...SCHOOL_ORG(['supervisor', 403]),
  },
  'POST /api/organizations/{id}/programs/{programId}/cohorts': {
    owner: 'coordinator',
    params: program,
    body: () => ({ name: '2027-2029', startDate: '2027-09-01', endDate: '2029-07-01' }),
    ...SCHOOL_ORG(['supervisor', 403]),
  },
  'DELETE /api/organizations/{id}/programs/{programId}/cohorts/{cohortId}': {
    owner: 'coordinator',
    params: (w) => ({ ...program(w), cohortId: w.cohortId }),
    ...SCHOOL_ORG(['supervisor', 403]),
  },

  // notifications
  'GET /api/notifications': { owner: 'self', ...SELF },
  'POST /api/notifications/read-all': { owner: 'self', ...SELF },
  'POST /api/notifications/{id}/read': {
    owner: 'student',
    params: (w) => ({ id: w.notificationId }),
    ...as(404, 404, 404, 404, 'n/a'),
  },

  // applications
  'POST /api/vacancies/{id}/applications': {
    owner: 'student',
    params: vacancy,
    body: () => ({ motivation: 'Ik wil graag bij jullie het lasvak leren.' }),
    // The vacancy is a BOL internship: the classmate may apply, the vakmens is refused by the route rule.
    ...as('allowed', 409, 403, 403, 'n/a'),
  },
  'GET /api/vacancies/{id}/applications': {
    owner: 'companyOwner',
    params: vacancy,
    ...COMPANY_MANAGES(['mentor', 403]),
  },
  'GET /api/me/applications': { owner: 'student', ...CANDIDATES_OWN },
  // The mentor may see the placements they guide, but not the company's applications.
  'GET /api/applications/{id}': { owner: 'student', params: application, ...as(404, 404, 404, 404, ['mentor', 404]) },
  'PATCH /api/applications/{id}': {
    owner: 'student',
    params: application,
    body: () => ({ to: 'withdrawn' }),
    ...as(404, 404, 404, 404, ['mentor', 404]),
  },
  'POST /api/applications/{id}/messages': {
    owner: 'student',
    params: application,
    body: () => ({ body: 'Hallo, is er nieuws?' }),
    ...as(404, 404, 404, 404, ['mentor', 404]),
  },

  // matching
  'GET /api/me/recommendations': { owner: 'student', ...CANDIDATES_OWN },
  'GET /api/vacancies/{id}/candidates': {
    owner: 'companyOwner',
    params: vacancy,
    ...COMPANY_MANAGES(['mentor', 403]),
  },
  'POST /api/vacancies/{id}/candidates/{userId}/invite': {
    owner: 'companyOwner',
    params: (w) => ({ id: w.vacancyId, userId: w.sessions.otherCandidate.auth.user.id }),
    ...COMPANY_MANAGES(['mentor', 403]),
  },

  // placement rounds
  'GET /api/schools/{schoolId}/rounds': { owner: 'coordinator', params: schoolAsSchoolId, ...COORDINATES },
  'POST /api/schools/{schoolId}/rounds': {
    owner: 'coordinator',
    params: schoolAsSchoolId,
    body: (w) => ({
      name: 'Stageronde najaar',
      cohortId: w.cohortId,
      deadline: inDays(20),
      maxChoices: 2,
      vacancies: [{ vacancyId: w.roundVacancyId, capacity: 1 }],
    }),
    ...COORDINATES,
  },
  'GET /api/rounds/{id}': { owner: 'coordinator', params: round, ...COORDINATES },
  'PATCH /api/rounds/{id}': {
    owner: 'coordinator',
    params: round,
    body: () => ({ name: 'Stageronde voorjaar' }),
    ...COORDINATES,
  },
  'DELETE /api/rounds/{id}': { owner: 'coordinator', params: round, ...COORDINATES },
  'POST /api/rounds/{id}/runs': {
    owner: 'coordinator',
    params: round,
    body: () => ({ seed: 'isolation' }),
    ...COORDINATES,
  },
  'GET /api/rounds/{id}/runs/{runId}': {
    owner: 'coordinator',
    params: (w) => ({ id: w.roundId, runId: w.runId }),
    ...COORDINATES,
  },
  'POST /api/rounds/{id}/publish': {
    owner: 'coordinator',
    params: round,
    body: (w) => ({ runId: w.runId, method: 'stable' }),
    ...COORDINATES,
  },
  'GET /api/me/rounds': { owner: 'student', ...CANDIDATES_OWN },
  // The classmate is in the round's cohort: it is their round too. The vakmens is not.
  'GET /api/me/rounds/{id}': { owner: 'student', params: round, ...as('allowed', 404, 403, 403, 'n/a') },
  'PUT /api/me/rounds/{id}/ranking': {
    owner: 'student',
    params: round,
    body: () => ({ vacancyIds: [] }),
    ...as('allowed', 404, 403, 403, 'n/a'),
  },
  'GET /api/organizations/{companyId}/rounds': {
    owner: 'companyOwner',
    params: companyAsCompanyId,
    ...COMPANY_MANAGES(['mentor', 403]),
  },
  'PUT /api/rounds/{id}/vacancies/{vacancyId}/ranking': {
    owner: 'companyOwner',
    params: (w) => ({ id: w.roundId, vacancyId: w.roundVacancyId }),
    body: () => ({ mode: 'score' }),
    ...COMPANY_MANAGES(['mentor', 403]),
  },

  // placements
  // A supervisor sees the placements they are assigned to, not every placement of the school.
  'GET /api/placements/{id}': { owner: 'student', params: placement, ...PLACEMENT_PARTIES(['spareSupervisor', 404]) },
  'PATCH /api/placements/{id}': {
    owner: 'coordinator',
    params: placement,
    body: () => ({ hoursPerWeek: 32 }),
    ...COORDINATES,
  },
  'GET /api/me/placements': { owner: 'student', ...CANDIDATES_OWN },
  // The coordinator holds placement.supervise too: they get their own (empty) list.
  'GET /api/me/guided-placements': { owner: 'supervisor', ...as(403, 403, 403, 'allowed', ['recruiter', 403]) },
  'GET /api/organizations/{companyId}/placements': {
    owner: 'companyOwner',
    params: companyAsCompanyId,
    ...COMPANY_ORG(['mentor', 'allowed']),
  },
  'POST /api/placements/{id}/approve': { owner: 'coordinator', params: placement, ...COORDINATES },
  'POST /api/placements/{id}/reject': {
    owner: 'coordinator',
    params: placement,
    body: () => ({ note: 'Niet passend.' }),
    ...COORDINATES,
  },
  'PUT /api/placements/{id}/supervisor': {
    owner: 'coordinator',
    params: placement,
    body: (w) => ({ userId: w.sessions.supervisor.auth.user.id }),
    ...COORDINATES,
  },
  'PUT /api/placements/{id}/mentor': {
    owner: 'companyOwner',
    params: placement,
    body: (w) => ({ userId: w.sessions.mentor.auth.user.id }),
    ...COMPANY_MANAGES(['mentor', 403]),
  },
  'POST /api/placements/{id}/agreement': { owner: 'coordinator', params: placement, ...COORDINATES },
  'GET /api/placements/{id}/agreement': {
    owner: 'student',
    params: placement,
    ...PLACEMENT_PARTIES(['spareSupervisor', 404]),
  },
  'GET /api/placements/{id}/agreement.pdf': {
    owner: 'student',
    params: placement,
    ...PLACEMENT_PARTIES(['spareSupervisor', 404]),
  },
  // The supervisor is a party, but does not sign.
  'POST /api/placements/{id}/agreement/sign': {
    owner: 'student',
    params: placement,
    ...PLACEMENT_PARTIES(['supervisor', 403]),
  },
  'POST /api/placements/{id}/agreement/guardian': {
    owner: 'student',
    params: placement,
    body: () => ({ name: 'Ouder van Quirijn', email: 'ouder@example.nl' }),
    ...PLACEMENT_PARTIES(['mentor', 403]),
  },
  'GET /api/placements/{id}/hours': {
    owner: 'student',
    params: placement,
    ...PLACEMENT_PARTIES(['spareSupervisor', 404]),
  },
  // Organisations lack application.create; the mentor is party to the placement but does not log hours.
  'PUT /api/placements/{id}/hours/{weekStart}': {
    owner: 'student',
    params: (w) => ({ id: w.placementId, weekStart: w.openWeek }),
    body: () => ({ hours: 30 }),
    ...as(404, 404, 403, 403, ['mentor', 403]),
  },
  'POST /api/placements/{id}/hours/{weekStart}/review': {
    owner: 'mentor',
    params: (w) => ({ id: w.placementId, weekStart: w.loggedWeek }),
    body: () => ({ approve: true }),
    ...as(403, 403, 404, 404, ['supervisor', 403]),
  },
  'GET /api/placements/{id}/evaluations': {
    owner: 'student',
    params: placement,
    ...PLACEMENT_PARTIES(['spareSupervisor', 404]),
  },
  'PUT /api/placements/{id}/evaluations/{kind}': {
    owner: 'mentor',
    params: (w) => ({ id: w.placementId, kind: 'midterm' }),
    body: () => EVALUATION,
    ...as(403, 403, 404, 404, ['supervisor', 403]),
  },
  // Companies lack placement.supervise; the mentor holds it but the school co-signs.
  'POST /api/placements/{id}/evaluations/{kind}/cosign': {
    owner: 'supervisor',
    params: (w) => ({ id: w.placementId, kind: 'midterm' }),
    ...as(403, 403, 403, 404, ['mentor', 403]),
  },
  'POST /api/placements/{id}/complete': { owner: 'coordinator', params: placement, ...COORDINATES },
  'POST /api/placements/{id}/terminate': {
    owner: 'coordinator',
    params: placement,
    body: () => ({ reason: 'Het bedrijf stopt.' }),
    ...COORDINATES,
  },
  'GET /api/placements/{id}/problems': {
    owner: 'student',
    params: placement,
    ...PLACEMENT_PARTIES(['spareSupervisor', 404]),
  },
  'POST /api/placements/{id}/problems': {
    owner: 'student',
    params: placement,
    body: () => ({ description: 'Er is iets mis.' }),
    ...PLACEMENT_PARTIES(['spareSupervisor', 404]),
  },
  'POST /api/me/reports': {
    owner: 'student',
    body: (w) => ({ companyId: w.companyId, category: 'other', description: 'Iets om te melden.' }),
    ...CANDIDATES_OWN,
  },
  'GET /api/me/reports': { owner: 'student', ...CANDIDATES_OWN },
  'GET /api/schools/{schoolId}/reports': { owner: 'coordinator', params: schoolAsSchoolId, ...COORDINATES },
  'GET /api/admin/reports': { owner: 'admin', ...ADMIN_ONLY },
  'GET /api/schools/{schoolId}/placement-overview': {
    owner: 'coordinator',
    params: schoolAsSchoolId,
    ...COORDINATES,
  },
  'GET /api/schools/{schoolId}/students/{studentId}/timeline': {
    owner: 'coordinator',
    params: (w) => ({ schoolId: w.schoolId, studentId: w.sessions.student.auth.user.id }),
    ...COORDINATES,
  },
  'GET /api/schools/{schoolId}/placement-overview.csv': {
    owner: 'coordinator',
    params: schoolAsSchoolId,
    ...COORDINATES,
  },

  // insights
  'GET /api/admin/insights': { owner: 'admin', ...ADMIN_ONLY },

  // events
  'POST /api/events': {
    owner: 'companyOwner',
    body: (w) => ({
      kind: 'workshop',
      title: 'Workshop lassen',
      description: 'Probeer zelf te lassen.',
      startsAt: inDays(12),
      endsAt: inDays(12.1),
      placeId: w.emmen,
      organizationId: w.companyId,
    }),
    ...as(403, 403, 403, 403, ['mentor', 403]),
  },
  'GET /api/me/events': { owner: 'student', ...CANDIDATES_OWN },
  // Everyone gets their own (often empty) list; the company's owner sees the pending event.
  'GET /api/events/managed': { owner: 'companyOwner', ...SELF },
  'PATCH /api/events/{id}': {
    owner: 'companyOwner',
    params: event,
    body: () => ({ capacity: 25 }),
    ...as(404, 404, 404, 404, ['mentor', 404]),
  },
  'POST /api/events/{id}/cancel': { owner: 'companyOwner', params: event, ...as(404, 404, 404, 404, ['mentor', 404]) },
  'GET /api/events/{id}/attendees': {
    owner: 'companyOwner',
    params: event,
    ...as(404, 404, 404, 404, ['mentor', 404]),
  },
  'POST /api/events/{id}/signup': { owner: 'student', params: event, ...CANDIDATES_OWN },
  'DELETE /api/events/{id}/signup': { owner: 'student', params: event, ...CANDIDATES_OWN },
  'POST /api/admin/events/{id}/approve': {
    owner: 'admin',
    params: (w) => ({ id: w.pendingEventId }),
    ...ADMIN_ONLY,
  },
  'POST /api/admin/events/{id}/reject': {
    owner: 'admin',
    params: (w) => ({ id: w.pendingEventId }),
    body: () => ({ note: 'Kies een doordeweekse dag.' }),
    ...ADMIN_ONLY,
  },

  // privacy
  'GET /api/me/export': { owner: 'self', ...SELF },
  // Everyone reads who saw their own data; the student's log names the company people who saw theirs.
  'GET /api/me/access-log': { owner: 'student', ...SELF },
  // Sent last: each actor erases their own account.
  'DELETE /api/me': { owner: 'self', body: () => ({ password: TEST_PASSWORD }), ...SELF },
};

/** Sends the row's request as `actor` (or without a token), with the owner's ids in the path and the row's body. */
export function sendAs(t: TestApp, w: SecurityWorld, key: string, row: MatrixRow, actor: Actor | null): request.Test {
  const http = requestFor(t, key, row.params?.(w) ?? {});
  if (actor) {
    void http.set('Authorization', bearer(w.sessions[actor]));
  }
  if (row.raw) {
    return http.set('Content-Type', row.raw.contentType).send(row.raw.data);
  }
  const body = row.body?.(w, actor ?? 'candidate');
  return body === undefined ? http : http.send(body as object);
}

/** Operations that end the actors' accounts: the isolation test sends them after everything else. */
export const LAST_OPERATIONS: ReadonlySet<string> = new Set(['DELETE /api/me']);
