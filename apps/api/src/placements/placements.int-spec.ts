import type { PlacementOverviewResponse, PlacementResponse } from '@techzone/contracts';
import { setUpPlacement } from '../testing/placement-setup';
import { bearer, organizationOf, Session, startTestApp, TestApp } from '../testing/test-app';

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

  beforeAll(async () => {
    t = await startTestApp();
    ({ coordinator, otherCoordinator, supervisor, company, mentor, otherCompany, student, schoolId } =
      await setUpPlacement(t));
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
      actions: ['report_problem'],
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
    expect(asCompany.body.actions).toEqual(['assign_mentor', 'report_problem']);
    // The company's mentor guides other placements until assigned to this one: to them it does not exist yet.
    await t.http.get(`/api/placements/${placementId}`).set('Authorization', bearer(mentor)).expect(404);
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

  it('should show the coordinator a timeline per student of their own school only', async () => {
    const studentId = student.auth.user.id;
    const timeline = await t.http
      .get(`/api/schools/${schoolId}/students/${studentId}/timeline`)
      .set('Authorization', bearer(coordinator))
      .expect(200);
    expect(timeline.body.map((entry: { kind: string; event: string }) => `${entry.kind}:${entry.event}`)).toEqual(
      expect.arrayContaining([
        'application:submitted',
        'application:offered',
        'application:accepted',
        'placement:proposed',
      ]),
    );
    await t.http
      .get(`/api/schools/${organizationOf(otherCoordinator)}/students/${studentId}/timeline`)
      .set('Authorization', bearer(otherCoordinator))
      .expect(404);
    await t.http
      .get(`/api/schools/${schoolId}/students/${studentId}/timeline`)
      .set('Authorization', bearer(otherCoordinator))
      .expect(404);
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
    expect(approved.body).toMatchObject({
      status: 'approved',
      actions: ['edit', 'assign_supervisor', 'draw_agreement', 'terminate', 'report_problem'],
    });
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
    const guided = await t.http.get('/api/me/guided-placements').set('Authorization', bearer(supervisor)).expect(200);
    expect(guided.body.map((p: { id: string }) => p.id)).toEqual([placementId]);
    const notGuided = await t.http.get('/api/me/guided-placements').set('Authorization', bearer(mentor)).expect(200);
    expect(notGuided.body).toEqual([]);
    await t.http.get('/api/me/guided-placements').set('Authorization', bearer(student)).expect(403);
    expect(seen.body.supervisor).toEqual({ id: supervisor.auth.user.id, name: 'Sanne Bakker' });

    // A mentor sees only the placements they guide: not this one yet, neither alone nor in the company's list.
    await t.http.get(`/api/placements/${placementId}`).set('Authorization', bearer(mentor)).expect(404);
    const companyId = organizationOf(company);
    const beforeAssigned = await t.http
      .get(`/api/organizations/${companyId}/placements`)
      .set('Authorization', bearer(mentor))
      .expect(200);
    expect(beforeAssigned.body).toEqual([]);
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
    const mentored = await t.http.get('/api/me/guided-placements').set('Authorization', bearer(mentor)).expect(200);
    expect(mentored.body.map((p: { id: string }) => p.id)).toEqual([placementId]);
    await t.http.get(`/api/placements/${placementId}`).set('Authorization', bearer(mentor)).expect(200);
    const afterAssigned = await t.http
      .get(`/api/organizations/${companyId}/placements`)
      .set('Authorization', bearer(mentor))
      .expect(200);
    expect(afterAssigned.body.map((p: { id: string }) => p.id)).toEqual([placementId]);
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
