import type { PlacementResponse } from '@techzone/contracts';
import { schoolStudent } from './school-setup';
import {
  bearer,
  newRegistration,
  organizationOf,
  placeId,
  publishedVacancy,
  register,
  Session,
  TestApp,
  verifiedCompany,
} from './test-app';

export const PLACEMENT_CREBO = '25010';

export interface PlacementParties {
  coordinator: Session;
  otherCoordinator: Session;
  supervisor: Session;
  company: Session;
  mentor: Session;
  otherCompany: Session;
  student: Session;
  schoolId: string;
}

/** Invites someone into the owner's organisation with a role; they register through the link. */
export async function invitedMember(t: TestApp, owner: Session, role: string): Promise<Session> {
  const email = `${role}.${Date.now()}.${Math.random().toString(36).slice(2)}@example.nl`;
  const invitation = await t.http
    .post(`/api/organizations/${organizationOf(owner)}/invitations`)
    .set('Authorization', bearer(owner))
    .send({ email, role })
    .expect(201);
  const registration = newRegistration({ kind: 'invitation', invitationToken: invitation.body.token, email });
  const response = await t.http.post('/api/auth/register').send(registration).expect(201);
  return { auth: response.body, cookie: '', email, password: registration.password };
}

/**
 * A verified school (programme with crebo 25010, cohort 2026-2028) with a supervisor, an accredited company with a
 * mentor, another school and company, and a BOL student of the cohort who applied to a vacancy (Feb-Jun 2027,
 * 32 hours), was offered it and accepted: the placement is `proposed`.
 */
export async function setUpPlacement(
  t: TestApp,
  options: { studentName?: string; dateOfBirth?: string } = {},
): Promise<PlacementParties> {
  const coordinator = await register(t.http, { kind: 'school', companyName: 'ROC Stages' });
  const schoolId = organizationOf(coordinator);
  const otherCoordinator = await register(t.http, { kind: 'school', companyName: 'Andere School' });
  await t.dataSource.query(`UPDATE organizations SET verification_status = 'verified' WHERE kind = 'school'`);
  const supervisor = await invitedMember(t, coordinator, 'supervisor');
  const program = await t.http
    .post(`/api/organizations/${schoolId}/programs`)
    .set('Authorization', bearer(coordinator))
    .send({ name: 'Lasser', crebo: PLACEMENT_CREBO, level: 'mbo3', route: 'BOL' })
    .expect(201);
  const cohort = await t.http
    .post(`/api/organizations/${schoolId}/programs/${program.body.id}/cohorts`)
    .set('Authorization', bearer(coordinator))
    .send({ name: '2026-2028', startDate: '2026-09-01', endDate: '2028-07-01' })
    .expect(201);
  const company = await verifiedCompany(t, { companyName: 'Stage Metaal' });
  const mentor = await invitedMember(t, company, 'mentor');
  const otherCompany = await verifiedCompany(t, { companyName: 'Ander Metaal' });
  await t.dataSource.query(`INSERT INTO accreditations (organization_id, crebo, since) VALUES ($1, $2, '2020-01-01')`, [
    organizationOf(company),
    PLACEMENT_CREBO,
  ]);
  const student = await schoolStudent(
    t,
    options.studentName ?? 'Sem Stagiair',
    { schoolId, programId: program.body.id },
    cohort.body.id,
    PLACEMENT_CREBO,
    { dateOfBirth: options.dateOfBirth ?? '2009-05-01' },
  );
  const emmen = await placeId(t, 'Emmen');
  const vacancyId = await publishedVacancy(t, company, emmen, {
    title: 'Stage lassen',
    startDate: '2027-02-01',
    endDate: '2027-06-30',
    hoursPerWeek: 32,
  });
  const application = await t.http
    .post(`/api/vacancies/${vacancyId}/applications`)
    .set('Authorization', bearer(student))
    .send({ motivation: 'Ik wil graag bij jullie leren lassen in de werkplaats.' })
    .expect(201);
  for (const [session, to] of [
    [company, 'offered'],
    [student, 'accepted'],
  ] as const) {
    await t.http
      .patch(`/api/applications/${application.body.id}`)
      .set('Authorization', bearer(session))
      .send({ to })
      .expect(200);
  }
  return { coordinator, otherCoordinator, supervisor, company, mentor, otherCompany, student, schoolId };
}

/** The Monday `weeksAgo` weeks before (negative: after) the Monday of this week, as YYYY-MM-DD. */
export function monday(weeksAgo: number): string {
  const today = new Date();
  const day = (today.getUTCDay() + 6) % 7;
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - day - 7 * weeksAgo));
  return date.toISOString().slice(0, 10);
}

/**
 * Takes the placement of `setUpPlacement` under way: started three weeks ago (32 hours a week, for twelve weeks),
 * approved by the coordinator, with the supervisor and the mentor, and the agreement signed by student, mentor and
 * coordinator. Returns its id.
 */
export async function startPlacement(t: TestApp, p: PlacementParties): Promise<string> {
  const as = (session: Session) => ({ Authorization: bearer(session) });
  const placementId = (
    (await t.http.get('/api/me/placements').set(as(p.student)).expect(200)).body as PlacementResponse[]
  )[0].id;
  await t.http
    .patch(`/api/placements/${placementId}`)
    .set(as(p.coordinator))
    .send({ startDate: monday(3), endDate: monday(-9), hoursPerWeek: 32 })
    .expect(200);
  await t.http.post(`/api/placements/${placementId}/approve`).set(as(p.coordinator)).expect(200);
  await t.http
    .put(`/api/placements/${placementId}/supervisor`)
    .set(as(p.coordinator))
    .send({ userId: p.supervisor.auth.user.id })
    .expect(200);
  await t.http
    .put(`/api/placements/${placementId}/mentor`)
    .set(as(p.company))
    .send({ userId: p.mentor.auth.user.id })
    .expect(200);
  await t.http.post(`/api/placements/${placementId}/agreement`).set(as(p.coordinator)).expect(201);
  for (const party of [p.student, p.mentor, p.coordinator]) {
    await t.http.post(`/api/placements/${placementId}/agreement/sign`).set(as(party)).expect(200);
  }
  return placementId;
}
