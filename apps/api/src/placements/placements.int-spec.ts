import type { CandidateProfileInput, PlacementOverviewResponse, PlacementResponse } from '@techzone/contracts';
import {
  bearer,
  newRegistration,
  organizationOf,
  placeId,
  publishedVacancy,
  register,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';

const CREBO = '25010';

describe('placements (HTTP against a real database)', () => {
  let t: TestApp;
  let coordinator: Session;
  let otherCoordinator: Session;
  let supervisor: Session;
  let company: Session;
  let mentor: Session;
  let otherCompany: Session;
  let student: Session;
  let schoolId: string;
  let placementId: string;

  async function invite(owner: Session, role: string): Promise<Session> {
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

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await register(t.http, { kind: 'school', companyName: 'ROC Stages' });
    schoolId = organizationOf(coordinator);
    otherCoordinator = await register(t.http, { kind: 'school', companyName: 'Andere School' });
    await t.dataSource.query(`UPDATE organizations SET verification_status = 'verified' WHERE kind = 'school'`);
    supervisor = await invite(coordinator, 'supervisor');
    const program = await t.http
      .post(`/api/organizations/${schoolId}/programs`)
      .set('Authorization', bearer(coordinator))
      .send({ name: 'Lasser', crebo: CREBO, level: 'mbo3', route: 'BOL' })
      .expect(201);
    const cohort = await t.http
      .post(`/api/organizations/${schoolId}/programs/${program.body.id}/cohorts`)
      .set('Authorization', bearer(coordinator))
      .send({ name: '2026-2028', startDate: '2026-09-01', endDate: '2028-07-01' })
      .expect(201);
    company = await verifiedCompany(t, { companyName: 'Stage Metaal' });
    mentor = await invite(company, 'mentor');
    otherCompany = await verifiedCompany(t, { companyName: 'Ander Metaal' });
    await t.dataSource.query(
      `INSERT INTO accreditations (organization_id, crebo, since) VALUES ($1, $2, '2020-01-01')`,
      [organizationOf(company), CREBO],
    );
    student = await register(t.http, { kind: 'student', name: 'Sem Stagiair' });
    const emmen = await placeId(t, 'Emmen');
    const profile: CandidateProfileInput = {
      schoolId,
      programId: program.body.id,
      cohortId: cohort.body.id,
      educationLevel: 'mbo3',
      route: 'BOL',
      qualificationCrebo: CREBO,
      dateOfBirth: '2009-05-01',
      homePlaceId: emmen,
      maxTravelKm: 30,
      wantedTypes: [],
      sectorCodes: [],
      skills: [{ skillCode: 'weld.mig', level: 2 }],
      certificates: ['vca_basic'],
      languages: [],
      discoverable: false,
    };
    await t.http.put('/api/me/profile').set('Authorization', bearer(student)).send(profile).expect(200);
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
    await t.http
      .patch(`/api/applications/${application.body.id}`)
      .set('Authorization', bearer(company))
      .send({ to: 'offered' })
      .expect(200);
    await t.http
      .patch(`/api/applications/${application.body.id}`)
      .set('Authorization', bearer(student))
      .send({ to: 'accepted' })
      .expect(200);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should propose a placement with the vacancy period and the student qualification when an offer is accepted', async () => {
    const mine = await t.http.get('/api/me/placements').set('Authorization', bearer(student)).expect(200);
    const [placement] = mine.body as PlacementResponse[];
    placementId = placement.id;
    expect(placement).toMatchObject({
      status: 'proposed',
      startDate: '2027-02-01',
      endDate: '2027-06-30',
      hoursPerWeek: 32,
      route: 'BOL',
      company: { name: 'Stage Metaal' },
      school: { id: schoolId },
      actions: [],
    });
    expect(placement.checks.every((check) => check.ok)).toBe(true);
    expect(placement.events.map((event) => event.action)).toEqual(['proposed']);
  });

  it('should show a placement to its parties only', async () => {
    await t.http.get(`/api/placements/${placementId}`).expect(401);
    for (const outsider of [otherCoordinator, otherCompany, supervisor]) {
      // The supervisor is not assigned yet: they see nothing.
      await t.http.get(`/api/placements/${placementId}`).set('Authorization', bearer(outsider)).expect(404);
    }
    const asCompany = await t.http
      .get(`/api/placements/${placementId}`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(asCompany.body.actions).toEqual(['assign_mentor']);
    const asMentor = await t.http
      .get(`/api/placements/${placementId}`)
      .set('Authorization', bearer(mentor))
      .expect(200);
    expect(asMentor.body.actions).toEqual([]);
    const list = await t.http
      .get(`/api/organizations/${organizationOf(otherCompany)}/placements`)
      .set('Authorization', bearer(otherCompany))
      .expect(200);
    expect(list.body).toEqual([]);
    await t.http
      .get(`/api/organizations/${organizationOf(company)}/placements`)
      .set('Authorization', bearer(otherCompany))
      .expect(404);
  });

  it('should show the coordinator where each student stands, filtered and as CSV', async () => {
    const overview = await t.http
      .get(`/api/schools/${schoolId}/placement-overview`)
      .set('Authorization', bearer(coordinator))
      .expect(200);
    const body = overview.body as PlacementOverviewResponse;
    expect(body.counts.awaiting_approval).toBe(1);
    expect(body.students).toEqual([
      expect.objectContaining({ name: 'Sem Stagiair', state: 'awaiting_approval', route: 'BOL' }),
    ]);
    const filtered = await t.http
      .get(`/api/schools/${schoolId}/placement-overview?state=applying`)
      .set('Authorization', bearer(coordinator))
      .expect(200);
    expect(filtered.body.students).toEqual([]);
    await t.http
      .get(`/api/schools/${schoolId}/placement-overview?state=nonsense`)
      .set('Authorization', bearer(coordinator))
      .expect(400);
    const csv = await t.http
      .get(`/api/schools/${schoolId}/placement-overview.csv`)
      .set('Authorization', bearer(coordinator))
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('Sem Stagiair;Lasser;2026-2028;BOL;awaiting_approval;Stage Metaal;Stage lassen');
    await t.http
      .get(`/api/schools/${schoolId}/placement-overview`)
      .set('Authorization', bearer(otherCoordinator))
      .expect(404);
    await t.http
      .get(`/api/schools/${schoolId}/placement-overview`)
      .set('Authorization', bearer(supervisor))
      .expect(403);
  });

  it('should refuse approval while a check fails, and let the coordinator correct the period', async () => {
    await t.http
      .patch(`/api/placements/${placementId}`)
      .set('Authorization', bearer(coordinator))
      .send({ endDate: '2028-09-01' })
      .expect(200);
    const refused = await t.http
      .post(`/api/placements/${placementId}/approve`)
      .set('Authorization', bearer(coordinator))
      .expect(409);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'period', code: 'outside_cohort' })]);
    await t.http
      .patch(`/api/placements/${placementId}`)
      .set('Authorization', bearer(coordinator))
      .send({ endDate: '2027-01-01' })
      .expect(400);
    await t.http
      .patch(`/api/placements/${placementId}`)
      .set('Authorization', bearer(coordinator))
      .send({ hoursPerWeek: 60 })
      .expect(400);
    await t.http
      .patch(`/api/placements/${placementId}`)
      .set('Authorization', bearer(company))
      .send({ endDate: '2027-06-30' })
      .expect(403);
    await t.http
      .patch(`/api/placements/${placementId}`)
      .set('Authorization', bearer(coordinator))
      .send({ endDate: '2027-06-30' })
      .expect(200);
  });

  it('should let only the school coordinator approve, and the parties hear of it', async () => {
    await t.http
      .post(`/api/placements/${placementId}/approve`)
      .set('Authorization', bearer(otherCoordinator))
      .expect(404);
    await t.http.post(`/api/placements/${placementId}/approve`).set('Authorization', bearer(student)).expect(403);
    const approved = await t.http
      .post(`/api/placements/${placementId}/approve`)
      .set('Authorization', bearer(coordinator))
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', actions: ['assign_supervisor'] });
    await t.http
      .post(`/api/placements/${placementId}/reject`)
      .set('Authorization', bearer(coordinator))
      .send({ note: 'te laat' })
      .expect(409);
    const notices = await t.dataSource.query(
      `SELECT user_id FROM notifications WHERE type = 'placement.approved' ORDER BY user_id`,
    );
    expect(notices.map((row: { user_id: string }) => row.user_id).sort()).toEqual(
      [student.auth.user.id, company.auth.user.id].sort(),
    );
  });

  it('should assign a supervisor of the school and a mentor of the company, who then see the placement', async () => {
    await t.http
      .put(`/api/placements/${placementId}/supervisor`)
      .set('Authorization', bearer(coordinator))
      .send({ userId: mentor.auth.user.id })
      .expect(400);
    await t.http
      .put(`/api/placements/${placementId}/supervisor`)
      .set('Authorization', bearer(coordinator))
      .send({ userId: supervisor.auth.user.id })
      .expect(200);
    const seen = await t.http
      .get(`/api/placements/${placementId}`)
      .set('Authorization', bearer(supervisor))
      .expect(200);
    expect(seen.body.supervisor).toEqual({ id: supervisor.auth.user.id, name: 'Sanne Bakker' });

    await t.http
      .put(`/api/placements/${placementId}/mentor`)
      .set('Authorization', bearer(mentor))
      .send({ userId: mentor.auth.user.id })
      .expect(403);
    await t.http
      .put(`/api/placements/${placementId}/mentor`)
      .set('Authorization', bearer(otherCompany))
      .send({ userId: mentor.auth.user.id })
      .expect(404);
    await t.http
      .put(`/api/placements/${placementId}/mentor`)
      .set('Authorization', bearer(company))
      .send({ userId: supervisor.auth.user.id })
      .expect(400);
    const assigned = await t.http
      .put(`/api/placements/${placementId}/mentor`)
      .set('Authorization', bearer(company))
      .send({ userId: mentor.auth.user.id })
      .expect(200);
    expect(assigned.body.mentor.id).toBe(mentor.auth.user.id);
    expect(assigned.body.events.map((event: { action: string }) => event.action)).toEqual([
      'proposed',
      'updated',
      'updated',
      'approve',
      'supervisor_assigned',
      'mentor_assigned',
    ]);
  });

  it('should let the coordinator reject a proposed placement with a note', async () => {
    await t.dataSource.query(`UPDATE placements SET status = 'proposed' WHERE id = $1`, [placementId]);
    await t.http
      .post(`/api/placements/${placementId}/reject`)
      .set('Authorization', bearer(coordinator))
      .send({})
      .expect(400);
    const rejected = await t.http
      .post(`/api/placements/${placementId}/reject`)
      .set('Authorization', bearer(coordinator))
      .send({ note: 'Het bedrijf is niet erkend voor dit niveau.' })
      .expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      rejectionNote: 'Het bedrijf is niet erkend voor dit niveau.',
    });
    const overview = await t.http
      .get(`/api/schools/${schoolId}/placement-overview`)
      .set('Authorization', bearer(coordinator))
      .expect(200);
    expect(overview.body.students[0].placement).toBeNull();
  });
});
