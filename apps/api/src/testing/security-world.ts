import type { CandidateProfileInput } from '@techzone/contracts';
import type request from 'supertest';
import { invitedMember, monday, PLACEMENT_CREBO, setUpPlacement, startPlacement } from './placement-setup';
import { bearer, newVacancy, organizationOf, placeId, publishedVacancy, register, Session, TestApp } from './test-app';

/**
 * One world with real owners of real resources, for the security tests (the isolation matrix and the DTO fuzzer):
 * a verified school with a programme, a cohort, a placement round with a run and an assigned supervisor; a verified
 * company with a published and a draft vacancy, an event, a pending invitation and a mentor; an adult student of
 * the cohort whose accepted application became an active placement with a signed agreement, logged hours, a
 * midterm evaluation, a problem report, a misconduct report, messages and a saved vacancy. Around them: the people
 * who must not see any of it.
 */

/** Who may legitimately act on the world's resources. */
export const INSIDERS = [
  'student',
  'companyOwner',
  'recruiter',
  'mentor',
  'coordinator',
  'supervisor',
  'spareSupervisor',
  'admin',
] as const;
export type Insider = (typeof INSIDERS)[number];

/** Logged-in people who own nothing of the world's resources. */
export const OUTSIDERS = ['candidate', 'otherCandidate', 'otherCompany', 'otherSchool'] as const;
export type Outsider = (typeof OUTSIDERS)[number];

export type Actor = Insider | Outsider;

/**
 * Private strings of the owners: none may appear in an answer to anyone but the owners. Each is distinctive, so
 * that a hit is a leak and not a coincidence.
 */
export const MARKERS = {
  studentName: 'Quirijn Vossenbergh',
  draftTitle: 'Geheime concept-vacature Zwaluwstaart',
  pendingEventTitle: 'Besloten bedrijfsdag Kwikstaart',
  hoursNote: 'Urennotitie Ijsvogel-7Q',
  evaluationSummary: 'Beoordeling Grutto: sterk in hechtlassen',
  problemReport: 'Probleemmelding Kievit: geen begeleiding',
  misconductReport: 'Misstand Wulp: onveilige lasdampen',
  companyMessage: 'Bedrijfsbericht Scholekster: kom dinsdag',
  studentMessage: 'Studentbericht Tureluur: ik kom graag',
  inviteeEmail: 'uitnodiging.rietzanger@example.nl',
} as const;

export interface SecurityWorld {
  sessions: Record<Actor, Session>;
  /** The owners' private strings: the MARKERS and the owners' e-mail addresses. */
  privateMarkers: string[];
  companyId: string;
  otherCompanyId: string;
  schoolId: string;
  otherSchoolId: string;
  programId: string;
  cohortId: string;
  emmen: number;
  vacancyId: string;
  draftVacancyId: string;
  roundVacancyId: string;
  applicationId: string;
  placementId: string;
  /** A week with submitted hours (the Monday). */
  loggedWeek: string;
  /** A week of the placement without hours yet. */
  openWeek: string;
  roundId: string;
  runId: string;
  eventId: string;
  pendingEventId: string;
  invitationToken: string;
  notificationId: string;
  sessionFamilyId: string;
  skillCode: string;
  crebo: string;
  sectorCode: string;
  /** The valid profile each candidate has (a PUT of it changes nothing). */
  profiles: Record<'student' | 'candidate' | 'otherCandidate', CandidateProfileInput>;
}

export const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

export const EVALUATION = {
  ratings: [{ workProcess: 'Bereidt lassen voor', rating: 3, comment: 'Werkt netjes' }],
  summary: MARKERS.evaluationSummary,
};

export async function buildSecurityWorld(t: TestApp): Promise<SecurityWorld> {
  const p = await setUpPlacement(t, { studentName: MARKERS.studentName, dateOfBirth: '2000-01-01' });
  const as = (session: Session) => ({ Authorization: bearer(session) });
  const companyId = organizationOf(p.company);
  const schoolId = p.schoolId;
  const emmen = await placeId(t, 'Emmen');
  const [{ program_id: programId, cohort_id: cohortId }] = (await t.dataSource.query(
    `SELECT p.id AS program_id, c.id AS cohort_id FROM programs p JOIN cohorts c ON c.program_id = p.id
     WHERE p.organization_id = $1`,
    [schoolId],
  )) as { program_id: string; cohort_id: string }[];

  const classmateProfile: CandidateProfileInput = {
    schoolId,
    programId,
    cohortId,
    educationLevel: 'mbo3',
    route: 'BOL',
    qualificationCrebo: PLACEMENT_CREBO,
    dateOfBirth: '2008-03-01',
    homePlaceId: emmen,
    maxTravelKm: 30,
    wantedTypes: [],
    sectorCodes: [],
    skills: [{ skillCode: 'weld.mig', level: 2 }],
    certificates: ['vca_basic'],
    languages: [],
    discoverable: false,
  };
  const professionalProfile: CandidateProfileInput = {
    educationLevel: 'mbo2',
    homePlaceId: emmen,
    maxTravelKm: 40,
    wantedTypes: ['job'],
    sectorCodes: [],
    skills: [{ skillCode: 'weld.mig', level: 3 }],
    certificates: [],
    languages: [],
    discoverable: true,
  };
  const candidate = await register(t.http, { kind: 'student' });
  await t.http.put('/api/me/profile').set(as(candidate)).send(classmateProfile).expect(200);
  const otherCandidate = await register(t.http, { kind: 'professional' });
  await t.http.put('/api/me/profile').set(as(otherCandidate)).send(professionalProfile).expect(200);
  const recruiter = await invitedMember(t, p.company, 'recruiter');
  const spareSupervisor = await invitedMember(t, p.coordinator, 'supervisor');
  const admin = await register(t.http, { kind: 'professional' });
  await t.dataSource.query(`UPDATE users SET account_type = 'admin', candidate_kind = NULL WHERE id = $1`, [
    admin.auth.user.id,
  ]);

  // The application of setUpPlacement (accepted) with messages both ways; the placement it became, under way.
  const [{ id: vacancyId }] = (await t.dataSource.query(
    `SELECT id FROM vacancies WHERE organization_id = $1 AND title = 'Stage lassen'`,
    [companyId],
  )) as { id: string }[];
  const [{ id: applicationId }] = (await t.dataSource.query(`SELECT id FROM applications WHERE candidate_id = $1`, [
    p.student.auth.user.id,
  ])) as { id: string }[];
  await t.http
    .post(`/api/applications/${applicationId}/messages`)
    .set(as(p.company))
    .send({ body: MARKERS.companyMessage })
    .expect(201);
  await t.http
    .post(`/api/applications/${applicationId}/messages`)
    .set(as(p.student))
    .send({ body: MARKERS.studentMessage })
    .expect(201);
  const placementId = await startPlacement(t, p);
  const loggedWeek = monday(2);
  await t.http
    .put(`/api/placements/${placementId}/hours/${loggedWeek}`)
    .set(as(p.student))
    .send({ hours: 32, note: MARKERS.hoursNote })
    .expect(200);
  await t.http.put(`/api/placements/${placementId}/evaluations/midterm`).set(as(p.mentor)).send(EVALUATION).expect(200);
  await t.http
    .post(`/api/placements/${placementId}/problems`)
    .set(as(p.student))
    .send({ description: MARKERS.problemReport })
    .expect(201);
  await t.http
    .post('/api/me/reports')
    .set(as(p.student))
    .send({ companyId, category: 'safety', description: MARKERS.misconductReport })
    .expect(201);
  await t.http.put(`/api/me/saved-vacancies/${vacancyId}`).set(as(p.student)).expect(204);

  // The company's draft, a vacancy in the school's round (with a run), an event the student signed up for and
  // one waiting for approval, and an invitation nobody has used yet.
  const draft = await t.http
    .post('/api/vacancies')
    .set(as(p.company))
    .send(newVacancy(companyId, emmen, { title: MARKERS.draftTitle }))
    .expect(201);
  const roundVacancyId = await publishedVacancy(t, p.company, emmen, { title: 'Stage lassen ronde', positions: 1 });
  const round = await t.http
    .post(`/api/schools/${schoolId}/rounds`)
    .set(as(p.coordinator))
    .send({
      name: 'Stageronde voorjaar',
      cohortId,
      deadline: inDays(14),
      maxChoices: 3,
      vacancies: [{ vacancyId: roundVacancyId, capacity: 1 }],
    })
    .expect(201);
  const run = await t.http
    .post(`/api/rounds/${round.body.id}/runs`)
    .set(as(p.coordinator))
    .send({ seed: 'security' })
    .expect(201);
  const event = (title: string) => ({
    kind: 'company_visit',
    title,
    description: 'Kijk rond in de werkplaats en praat met onze lassers.',
    startsAt: inDays(10),
    endsAt: inDays(10.2),
    placeId: emmen,
    capacity: 20,
    organizationId: companyId,
  });
  const published = await t.http
    .post('/api/events')
    .set(as(p.company))
    .send(event('Bedrijfsbezoek Stage Metaal'))
    .expect(201);
  await t.http.post(`/api/admin/events/${published.body.id}/approve`).set(as(admin)).expect(200);
  await t.http.post(`/api/events/${published.body.id}/signup`).set(as(p.student)).expect(200);
  const pending = await t.http
    .post('/api/events')
    .set(as(p.company))
    .send(event(MARKERS.pendingEventTitle))
    .expect(201);
  const invitation = await t.http
    .post(`/api/organizations/${companyId}/invitations`)
    .set(as(p.company))
    .send({ email: MARKERS.inviteeEmail, role: 'recruiter' })
    .expect(201);

  const [{ id: notificationId }] = (await t.dataSource.query(
    `SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [p.student.auth.user.id],
  )) as { id: string }[];
  const [{ family_id: sessionFamilyId }] = (await t.dataSource.query(
    `SELECT family_id FROM refresh_tokens WHERE user_id = $1 LIMIT 1`,
    [p.student.auth.user.id],
  )) as { family_id: string }[];
  const [{ code: sectorCode }] = (await t.dataSource.query(`SELECT code FROM sectors ORDER BY code LIMIT 1`)) as {
    code: string;
  }[];

  const sessions: Record<Actor, Session> = {
    student: p.student,
    companyOwner: p.company,
    recruiter,
    mentor: p.mentor,
    coordinator: p.coordinator,
    supervisor: p.supervisor,
    spareSupervisor,
    admin,
    candidate,
    otherCandidate,
    otherCompany: p.otherCompany,
    otherSchool: p.otherCoordinator,
  };
  return {
    sessions,
    privateMarkers: [
      ...Object.values(MARKERS),
      ...[p.student, p.company, recruiter, p.mentor, p.coordinator, p.supervisor].map((session) => session.email),
    ],
    companyId,
    otherCompanyId: organizationOf(p.otherCompany),
    schoolId,
    otherSchoolId: organizationOf(p.otherCoordinator),
    programId,
    cohortId,
    emmen,
    vacancyId,
    draftVacancyId: draft.body.id as string,
    roundVacancyId,
    applicationId,
    placementId,
    loggedWeek,
    openWeek: monday(1),
    roundId: round.body.id as string,
    runId: run.body.id as string,
    eventId: published.body.id as string,
    pendingEventId: pending.body.id as string,
    invitationToken: invitation.body.token as string,
    notificationId,
    sessionFamilyId,
    skillCode: 'weld.mig',
    crebo: PLACEMENT_CREBO,
    sectorCode,
    profiles: {
      // What setUpPlacement gave the student.
      student: { ...classmateProfile, dateOfBirth: '2000-01-01' },
      candidate: classmateProfile,
      otherCandidate: professionalProfile,
    },
  };
}

/** The operations of the OpenAPI document the app serves, as `METHOD /path`. */
export async function openApiOperations(t: TestApp): Promise<string[]> {
  const document = (await t.http.get('/api/docs/openapi.json').expect(200)).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/** Runs `work` over `items`, at most `limit` at a time. */
export async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A request for `METHOD /path/{param}` with the parameters filled in (URL-encoded). */
export function requestFor(t: TestApp, key: string, params: Record<string, string>): request.Test {
  const [method, template] = key.split(' ');
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (params[name] === undefined) {
      throw new Error(`${key}: no value for the path parameter ${name}`);
    }
    return encodeURIComponent(params[name]);
  });
  switch (method) {
    case 'GET':
      return t.http.get(path);
    case 'POST':
      return t.http.post(path);
    case 'PUT':
      return t.http.put(path);
    case 'PATCH':
      return t.http.patch(path);
    case 'DELETE':
      return t.http.delete(path);
    default:
      throw new Error(`${key}: unknown method`);
  }
}
