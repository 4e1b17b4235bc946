import type { EvaluationResponse, HoursProgressResponse, PlacementResponse, ReportResponse } from '@techzone/contracts';
import { JobsService } from '../jobs/jobs.service';
import { monday, PlacementParties, setUpPlacement, startPlacement } from '../testing/placement-setup';
import { bearer, organizationOf, register, Session, startTestApp, TestApp } from '../testing/test-app';

const EVALUATION = {
  ratings: [
    { workProcess: 'Bereidt lassen voor', rating: 3, comment: 'Werkt netjes' },
    { workProcess: 'Last MIG/MAG', rating: 2 },
  ],
  summary: 'Goede start; blijft oefenen op dikke plaat.',
};

describe('placements under way: hours, evaluations, completion, reports (HTTP against a real database)', () => {
  let t: TestApp;
  let p: PlacementParties;
  let placementId: string;

  const as = (session: Session) => ({ Authorization: bearer(session) });
  const logHours = (session: Session, week: string, hours: number) =>
    t.http.put(`/api/placements/${placementId}/hours/${week}`).set(as(session)).send({ hours });

  beforeAll(async () => {
    t = await startTestApp();
    p = await setUpPlacement(t, { studentName: 'Volwassen Vakstudent', dateOfBirth: '2000-01-01' });
    placementId = await startPlacement(t, p);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should start a placement whose agreement is signed once its start date has come', async () => {
    // Signed after the start date: active at once.
    expect((await t.http.get(`/api/placements/${placementId}`).set(as(p.student)).expect(200)).body.status).toBe(
      'active',
    );
    // Signed before it: the hourly job starts it on the day.
    await t.dataSource.query(`UPDATE placements SET status = 'agreement_signed' WHERE id = $1`, [placementId]);
    expect(await t.app.get(JobsService).activatePlacements()).toBe(1);
    expect(await t.app.get(JobsService).activatePlacements()).toBe(0);
    const placement = (await t.http.get(`/api/placements/${placementId}`).set(as(p.student)).expect(200))
      .body as PlacementResponse;
    expect(placement.status).toBe('active');
    expect(placement.actions).toContain('log_hours');
  });

  it('should let the student log hours per past week of the placement, and nobody else', async () => {
    const logged = await logHours(p.student, monday(2), 32).expect(200);
    expect((logged.body as HoursProgressResponse).submittedHours).toBe(32);
    await logHours(p.student, monday(1), 30.5).expect(200);
    await logHours(p.student, monday(1), 31).expect(200);
    const notMonday = new Date(Date.parse(`${monday(1)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await logHours(p.student, notMonday, 8).expect(400);
    await logHours(p.student, monday(-1), 8).expect(400);
    await logHours(p.student, monday(5), 8).expect(400);
    await logHours(p.student, monday(1), 61).expect(400);
    await logHours(p.student, 'gisteren', 8).expect(400);
    await logHours(p.mentor, monday(1), 8).expect(403);
    await logHours(p.otherCompany, monday(1), 8).expect(403);
  });

  it('should let the mentor approve or reject hours, and all parties see the progress', async () => {
    const review = (session: Session, week: string, body: object) =>
      t.http.post(`/api/placements/${placementId}/hours/${week}/review`).set(as(session)).send(body);
    await review(p.student, monday(2), { approve: true }).expect(403);
    await review(p.otherCompany, monday(2), { approve: true }).expect(404);
    await review(p.supervisor, monday(2), { approve: true }).expect(403);
    await review(p.mentor, monday(1), { approve: false }).expect(400);
    await review(p.mentor, monday(2), { approve: true }).expect(200);
    await review(p.mentor, monday(2), { approve: true }).expect(409);
    await review(p.mentor, monday(1), { approve: false, comment: 'Donderdag was je ziek' }).expect(200);
    await logHours(p.student, monday(2), 40).expect(409);
    await logHours(p.student, monday(1), 24).expect(200);
    for (const party of [p.student, p.supervisor, p.coordinator, p.company]) {
      const progress = (await t.http.get(`/api/placements/${placementId}/hours`).set(as(party)).expect(200))
        .body as HoursProgressResponse;
      expect(progress).toMatchObject({ requiredHours: 13 * 32, approvedHours: 32, submittedHours: 24 });
    }
    await t.http.get(`/api/placements/${placementId}/hours`).set(as(p.otherCoordinator)).expect(404);
  });

  it('should take a midterm and a final evaluation from the mentor, co-signed by the supervisor', async () => {
    const write = (session: Session, kind: string, body: object = EVALUATION) =>
      t.http.put(`/api/placements/${placementId}/evaluations/${kind}`).set(as(session)).send(body);
    const cosign = (session: Session, kind: string) =>
      t.http.post(`/api/placements/${placementId}/evaluations/${kind}/cosign`).set(as(session));
    await write(p.mentor, 'final').expect(409);
    await write(p.mentor, 'yearly').expect(400);
    await write(p.mentor, 'midterm', { ...EVALUATION, ratings: [{ workProcess: 'Lassen', rating: 5 }] }).expect(400);
    await write(p.mentor, 'midterm', { ...EVALUATION, ratings: [] }).expect(400);
    await write(p.student, 'midterm').expect(403);
    await write(p.otherCompany, 'midterm').expect(404);
    const midterm = await write(p.mentor, 'midterm').expect(200);
    expect((midterm.body as EvaluationResponse[])[0]).toMatchObject({
      kind: 'midterm',
      ratings: [
        { workProcess: 'Bereidt lassen voor', rating: 3, comment: 'Werkt netjes' },
        { workProcess: 'Last MIG/MAG', rating: 2, comment: null },
      ],
      cosignedAt: null,
    });
    await cosign(p.mentor, 'midterm').expect(403);
    await cosign(p.otherCoordinator, 'midterm').expect(404);
    const cosigned = await cosign(p.supervisor, 'midterm').expect(200);
    expect((cosigned.body as EvaluationResponse[])[0].cosignedBy).toBe('Sanne Bakker');
    await cosign(p.supervisor, 'midterm').expect(409);
    await write(p.mentor, 'midterm').expect(409);

    await t.http.post(`/api/placements/${placementId}/complete`).set(as(p.coordinator)).expect(409);
    await write(p.company, 'final', { ...EVALUATION, summary: 'Stage met goed resultaat afgerond.' }).expect(200);
    await t.http.post(`/api/placements/${placementId}/complete`).set(as(p.coordinator)).expect(409);
    await cosign(p.coordinator, 'final').expect(200);
  });

  it('should let any party report a problem that the other parties see, but not outsiders', async () => {
    await t.http
      .post(`/api/placements/${placementId}/problems`)
      .set(as(p.otherCompany))
      .send({ description: 'x' })
      .expect(404);
    await t.http
      .post(`/api/placements/${placementId}/problems`)
      .set(as(p.mentor))
      .send({ description: '' })
      .expect(400);
    await t.http
      .post(`/api/placements/${placementId}/problems`)
      .set(as(p.mentor))
      .send({ description: 'De student komt vaak te laat.' })
      .expect(201);
    const seen = await t.http.get(`/api/placements/${placementId}/problems`).set(as(p.student)).expect(200);
    expect((seen.body as ReportResponse[]).map((report) => report.description)).toEqual([
      'De student komt vaak te laat.',
    ]);
    await t.http.get(`/api/placements/${placementId}/problems`).set(as(p.otherCoordinator)).expect(404);
    const notified = await t.dataSource.query(`SELECT user_id FROM notifications WHERE type = 'placement.problem'`);
    const ids = notified.map((row: { user_id: string }) => row.user_id);
    expect(ids).toEqual(expect.arrayContaining([p.student.auth.user.id, p.coordinator.auth.user.id]));
    expect(ids).not.toContain(p.mentor.auth.user.id);
  });

  it('should let only the coordinator complete the placement', async () => {
    await t.http.post(`/api/placements/${placementId}/complete`).set(as(p.supervisor)).expect(403);
    await t.http.post(`/api/placements/${placementId}/complete`).set(as(p.otherCoordinator)).expect(404);
    const completed = await t.http.post(`/api/placements/${placementId}/complete`).set(as(p.coordinator)).expect(200);
    expect(completed.body.status).toBe('completed');
    await logHours(p.student, monday(0), 8).expect(409);
    await t.http
      .post(`/api/placements/${placementId}/terminate`)
      .set(as(p.coordinator))
      .send({ reason: 'Te laat' })
      .expect(409);
    const overview = await t.http.get(`/api/schools/${p.schoolId}/placement-overview`).set(as(p.coordinator));
    expect(overview.body.students[0].state).toBe('completed');
  });

  it('should let the coordinator end a placement early with a reason, and the student is back to searching', async () => {
    await t.dataSource.query(`UPDATE placements SET status = 'active' WHERE id = $1`, [placementId]);
    const terminate = (session: Session, body: object) =>
      t.http.post(`/api/placements/${placementId}/terminate`).set(as(session)).send(body);
    await terminate(p.company, { reason: 'Weg' }).expect(403);
    await terminate(p.coordinator, {}).expect(400);
    const ended = await terminate(p.coordinator, { reason: 'Het bedrijf stopt met de afdeling.' }).expect(200);
    expect(ended.body).toMatchObject({ status: 'terminated', terminationReason: 'Het bedrijf stopt met de afdeling.' });
    const overview = await t.http.get(`/api/schools/${p.schoolId}/placement-overview`).set(as(p.coordinator));
    expect(overview.body.students[0]).toMatchObject({ placement: null });
    expect(overview.body.students[0].state).not.toBe('active');
  });

  it('should send a misconduct report to the school and the program office, never to the company', async () => {
    const admin = await register(t.http, { kind: 'professional', name: 'Programmabureau' });
    await t.dataSource.query(`UPDATE users SET account_type = 'admin', candidate_kind = NULL WHERE id = $1`, [
      admin.auth.user.id,
    ]);
    const report = await t.http
      .post('/api/me/reports')
      .set(as(p.student))
      .send({ companyId: organizationOf(p.company), category: 'discrimination' })
      .expect(201);
    expect(report.body).toMatchObject({ kind: 'misconduct', category: 'discrimination', description: null });
    await t.http
      .post('/api/me/reports')
      .set(as(p.student))
      .send({ companyId: organizationOf(p.company), category: 'gossip' })
      .expect(400);
    await t.http
      .post('/api/me/reports')
      .set(as(p.student))
      .send({ companyId: p.schoolId, category: 'other' })
      .expect(404);
    await t.http
      .post('/api/me/reports')
      .set(as(p.company))
      .send({ companyId: organizationOf(p.otherCompany), category: 'other' })
      .expect(403);

    const school = await t.http.get(`/api/schools/${p.schoolId}/reports`).set(as(p.coordinator)).expect(200);
    expect(school.body.map((r: ReportResponse) => r.id)).toContain(report.body.id);
    await t.http.get(`/api/schools/${p.schoolId}/reports`).set(as(p.otherCoordinator)).expect(404);
    const office = await t.http.get('/api/admin/reports').set(as(admin)).expect(200);
    expect(office.body.map((r: ReportResponse) => r.id)).toContain(report.body.id);
    await t.http.get('/api/admin/reports').set(as(p.company)).expect(403);

    const companyIds = [p.company.auth.user.id, p.mentor.auth.user.id];
    const leaked = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE type = 'report.misconduct' AND user_id = ANY($1::uuid[])`,
      [companyIds],
    );
    expect(leaked[0].n).toBe(0);
    const told = await t.dataSource.query(`SELECT user_id FROM notifications WHERE type = 'report.misconduct'`);
    expect(told.map((row: { user_id: string }) => row.user_id).sort()).toEqual(
      [p.coordinator.auth.user.id, admin.auth.user.id].sort(),
    );
  });
});
