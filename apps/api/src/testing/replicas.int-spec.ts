import { JobsService } from '../jobs/jobs.service';
import { setUpPlacement } from './placement-setup';
import {
  bearer,
  placeId,
  publishedVacancy,
  refreshCookieOf,
  register,
  Session,
  startReplica,
  startTestApp,
  TEST_PASSWORD,
  TestApp,
  verifiedCompany,
} from './test-app';

const SECRET = 'replica-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
const MOTIVATION = 'Ik wil graag bij jullie aan de slag als lasser in de werkplaats.';
const server = process.env['DATABASE_URL'];

/**
 * Two API replicas on one PostgreSQL, requests alternating between them, and races of 50 at once. Needs a real
 * PostgreSQL server (DATABASE_URL): the embedded PGlite serves one session only.
 */
(server ? describe : describe.skip)('two replicas and races (HTTP against a real database)', () => {
  let a: TestApp;
  let b: TestApp;
  let company: Session;
  let emmen: number;

  beforeAll(async () => {
    a = await startTestApp({ JWT_SECRET: SECRET, REGISTRATIONS_PER_ADDRESS: '1000' });
    b = await startReplica(a, { JWT_SECRET: SECRET, REGISTRATIONS_PER_ADDRESS: '1000' });
    company = await verifiedCompany(a, { companyName: 'Replica Metaal' });
    emmen = await placeId(a, 'Emmen');
  });

  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const replica = (i: number) => (i % 2 === 0 ? a : b);

  it('should keep a session across replicas: log in on one, refresh and call on the other', async () => {
    const user = await register(a.http, { kind: 'professional' });
    const login = await a.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    await b.http.get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    const refreshed = await b.http.post('/api/auth/refresh').set('Cookie', refreshCookieOf(login)).expect(200);
    await a.http.post('/api/auth/refresh').set('Cookie', refreshCookieOf(refreshed)).expect(200);
    // The token spent on B is spent for A too: its reuse ends the session everywhere.
    await a.http.post('/api/auth/refresh').set('Cookie', refreshCookieOf(login)).expect(401);
  });

  it('should share the login rate limit between replicas', async () => {
    const user = await register(a.http, { kind: 'professional' });
    for (let i = 0; i < 5; i++) {
      await replica(i)
        .http.post('/api/auth/login')
        .send({ email: user.email, password: 'Verkeerd-Wachtwoord-99' })
        .expect(401);
    }
    await a.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
    await b.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
  });

  it('should run a scheduled job once when both replicas start it at the same moment', async () => {
    const p = await setUpPlacement(a);
    await a.dataSource.query(
      `UPDATE placements SET status = 'agreement_signed', start_date = current_date - 1 WHERE student_id = $1`,
      [p.student.auth.user.id],
    );
    const runs = await Promise.all([
      a.app.get(JobsService).activatePlacements(),
      b.app.get(JobsService).activatePlacements(),
    ]);
    expect(runs.reduce((sum, n) => sum + n, 0)).toBe(1);
    const events = await a.dataSource.query(
      `SELECT count(*)::int AS n FROM placement_events pe JOIN placements p ON p.id = pe.placement_id
       WHERE p.student_id = $1 AND pe.action = 'started'`,
      [p.student.auth.user.id],
    );
    expect(events[0].n).toBe(1);
  });

  it('should take one of 50 parallel duplicate applications', async () => {
    const vacancyId = await publishedVacancy(a, company, emmen, { type: 'job', levels: [] });
    const candidate = await register(a.http, { kind: 'professional' });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        replica(i)
          .http.post(`/api/vacancies/${vacancyId}/applications`)
          .set('Authorization', bearer(candidate))
          .send({ motivation: MOTIVATION }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(49);
    const rows = await a.dataSource.query(`SELECT count(*)::int AS n FROM applications WHERE vacancy_id = $1`, [
      vacancyId,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('should give the last position to one of 50 candidates accepting at once', async () => {
    const vacancyId = await publishedVacancy(a, company, emmen, { type: 'job', levels: [], positions: 1 });
    const offers: { candidate: Session; id: string }[] = [];
    for (let i = 0; i < 50; i++) {
      const candidate = await register(a.http, { kind: 'professional' });
      const applied = await a.http
        .post(`/api/vacancies/${vacancyId}/applications`)
        .set('Authorization', bearer(candidate))
        .send({ motivation: MOTIVATION })
        .expect(201);
      await a.http
        .patch(`/api/applications/${applied.body.id}`)
        .set('Authorization', bearer(company))
        .send({ to: 'offered' })
        .expect(200);
      offers.push({ candidate, id: applied.body.id });
    }
    const results = await Promise.all(
      offers.map((offer, i) =>
        replica(i)
          .http.patch(`/api/applications/${offer.id}`)
          .set('Authorization', bearer(offer.candidate))
          .send({ to: 'accepted' }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(49);
    const accepted = await a.dataSource.query(
      `SELECT count(*)::int AS n FROM applications WHERE vacancy_id = $1 AND status = 'accepted'`,
      [vacancyId],
    );
    expect(accepted[0].n).toBe(1);
  });

  it('should record one signature of 50 parallel signatures of one agreement', async () => {
    const p = await setUpPlacement(a, { dateOfBirth: '2000-01-01' });
    const [placement] = (await a.http.get('/api/me/placements').set('Authorization', bearer(p.student)).expect(200))
      .body;
    await a.http
      .post(`/api/placements/${placement.id}/approve`)
      .set('Authorization', bearer(p.coordinator))
      .expect(200);
    await a.http
      .put(`/api/placements/${placement.id}/supervisor`)
      .set('Authorization', bearer(p.coordinator))
      .send({ userId: p.supervisor.auth.user.id })
      .expect(200);
    await a.http
      .put(`/api/placements/${placement.id}/mentor`)
      .set('Authorization', bearer(p.company))
      .send({ userId: p.mentor.auth.user.id })
      .expect(200);
    await a.http
      .post(`/api/placements/${placement.id}/agreement`)
      .set('Authorization', bearer(p.coordinator))
      .expect(201);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        replica(i).http.post(`/api/placements/${placement.id}/agreement/sign`).set('Authorization', bearer(p.student)),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(49);
    const signatures = await a.dataSource.query(
      `SELECT count(*)::int AS n FROM agreement_signatures s JOIN placement_agreements g ON g.id = s.agreement_id
       WHERE g.placement_id = $1`,
      [placement.id],
    );
    expect(signatures[0].n).toBe(1);
  });
});
