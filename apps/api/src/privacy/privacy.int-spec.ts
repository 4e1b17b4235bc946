import type { AccessLogEntryResponse, ApplicationResponse } from '@techzone/contracts';
import { JobsService } from '../jobs/jobs.service';
import { invitedMember } from '../testing/placement-setup';
import {
  bearer,
  placeId,
  publishedVacancy,
  register,
  Session,
  startTestApp,
  TEST_PASSWORD,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';

describe('privacy: export and erasure of one own data (HTTP against a real database)', () => {
  let t: TestApp;
  let company: Session;
  let student: Session;
  let other: Session;
  let applicationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    company = await verifiedCompany(t);
    student = await register(t.http, { kind: 'student', name: 'Fenna de Wit' });
    other = await register(t.http, { kind: 'student', name: 'Ander Persoon' });
    const emmen = await placeId(t, 'Emmen');
    await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(student))
      .send({
        homePlaceId: emmen,
        maxTravelKm: 20,
        wantedTypes: [],
        sectorCodes: [],
        skills: [{ skillCode: 'weld.mig', level: 2 }],
        certificates: [],
        languages: [],
        discoverable: true,
      })
      .expect(200);
    const vacancyId = await publishedVacancy(t, company, emmen);
    const applied = await t.http
      .post(`/api/vacancies/${vacancyId}/applications`)
      .set('Authorization', bearer(student))
      .send({ motivation: 'Mijn persoonlijke motivatie om bij jullie te lassen.' })
      .expect(201);
    applicationId = (applied.body as ApplicationResponse).id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('should give a person all their data as a JSON download, and only theirs', async () => {
    const response = await t.http.get('/api/me/export').set('Authorization', bearer(student)).expect(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.body.account).toMatchObject({ email: student.email, name: 'Fenna de Wit' });
    expect(response.body.profile).toMatchObject({ discoverable: true });
    expect(response.body.skills).toEqual([{ skill_code: 'weld.mig', level: 2 }]);
    expect(response.body.applications).toEqual([
      expect.objectContaining({ motivation: 'Mijn persoonlijke motivatie om bij jullie te lassen.' }),
    ]);
    expect(JSON.stringify(response.body)).not.toContain('Ander Persoon');
    await t.http.get('/api/me/export').expect(401);
  });

  it('should show the candidate who at which company saw their data, and nobody else', async () => {
    const log = async (session: Session) =>
      (await t.http.get('/api/me/access-log').set('Authorization', bearer(session)).expect(200))
        .body as AccessLogEntryResponse[];
    // The candidate reading their own application leaves no trace; the company reading it does.
    await t.http.get(`/api/applications/${applicationId}`).set('Authorization', bearer(student)).expect(200);
    expect(await log(student)).toEqual([]);
    const seen = await t.http
      .get(`/api/applications/${applicationId}`)
      .set('Authorization', bearer(company))
      .expect(200);
    const vacancyId = (seen.body as ApplicationResponse).vacancy.id;
    await t.http.get(`/api/vacancies/${vacancyId}/applications`).set('Authorization', bearer(company)).expect(200);
    // Someone else's attempt, refused, is not logged as a view.
    await t.http.get(`/api/applications/${applicationId}`).set('Authorization', bearer(other)).expect(404);

    const entries = await log(student);
    expect(entries.map((entry) => entry.action)).toEqual(['applications_listed', 'application_viewed']);
    expect(entries[1]).toMatchObject({
      actorName: company.auth.user.name,
      organizationName: company.auth.user.memberships[0].organizationName,
      vacancyTitle: 'Stage lasser MIG/MAG',
    });
    expect(await log(other)).toEqual([]);
    await t.http.get('/api/me/access-log').expect(401);
    const exported = await t.http.get('/api/me/export').set('Authorization', bearer(student)).expect(200);
    expect(exported.body.accessLog).toHaveLength(2);
  });

  it('should refuse erasure without the right password and keep everything', async () => {
    await t.http
      .delete('/api/me')
      .set('Authorization', bearer(student))
      .send({ password: 'Niet-Het-Goede-Wachtwoord' })
      .expect(401);
    await t.http.delete('/api/me').set('Authorization', bearer(student)).send({}).expect(400);
    await t.http.delete('/api/me').send({ password: TEST_PASSWORD }).expect(401);
    await t.http.get('/api/me/profile').set('Authorization', bearer(student)).expect(200);
  });

  it('should erase the account, end its sessions, and leave the company an anonymous application', async () => {
    await t.http.delete('/api/me').set('Authorization', bearer(student)).send({ password: TEST_PASSWORD }).expect(204);
    await t.http.get('/api/auth/me').set('Authorization', bearer(student)).expect(401);
    await t.http.post('/api/auth/login').send({ email: student.email, password: TEST_PASSWORD }).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', student.cookie).expect(401);
    // The log of who saw their data goes with them.
    const [{ logged }] = await t.dataSource.query(
      `SELECT count(*)::int AS logged FROM audit_events WHERE entity_type = 'candidate' AND entity_id = $1 AND action LIKE 'candidate.%'`,
      [student.auth.user.id],
    );
    expect(logged).toBe(0);

    const seen = await t.http
      .get(`/api/applications/${applicationId}`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(seen.body.applicant).toMatchObject({ name: 'Verwijderde gebruiker', skills: [] });
    expect(seen.body.motivation).not.toContain('persoonlijke');
    expect(seen.body.applicant.email).not.toBe(student.email);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM candidate_profiles WHERE user_id = $1', [
      student.auth.user.id,
    ]);
    expect(n).toBe(0);
    await t.http.get('/api/auth/me').set('Authorization', bearer(other)).expect(200);
  });

  it('should not leave a company without an owner, and close the vacancies of one whose last member leaves', async () => {
    const emmen = await placeId(t, 'Emmen');
    const owner = await verifiedCompany(t, { companyName: 'Eigenaar Blijft BV' });
    const recruiter = await invitedMember(t, owner, 'recruiter');
    const refused = await t.http
      .delete('/api/me')
      .set('Authorization', bearer(owner))
      .send({ password: TEST_PASSWORD })
      .expect(409);
    expect(refused.body.details).toEqual([
      expect.objectContaining({ field: 'organizations', code: 'lastOwner', message: 'Eigenaar Blijft BV' }),
    ]);
    await t.http.get('/api/auth/me').set('Authorization', bearer(owner)).expect(200);
    // A second owner: now the first may go, and the company stays as it was.
    const second = await invitedMember(t, owner, 'owner');
    const kept = await publishedVacancy(t, second, emmen, { title: 'Blijft open na vertrek' });
    await t.http.delete('/api/me').set('Authorization', bearer(owner)).send({ password: TEST_PASSWORD }).expect(204);
    await t.http.get(`/api/vacancies/${kept}`).expect(200);
    // A recruiter is not the last owner; when the last member of all leaves, the company's vacancies close.
    await t.http
      .delete('/api/me')
      .set('Authorization', bearer(recruiter))
      .send({ password: TEST_PASSWORD })
      .expect(204);
    const alone = await verifiedCompany(t, { companyName: 'Eenmanszaak Lassen' });
    const closing = await publishedVacancy(t, alone, emmen, { title: 'Sluit bij vertrek' });
    await t.http.delete('/api/me').set('Authorization', bearer(alone)).send({ password: TEST_PASSWORD }).expect(204);
    await t.http.get(`/api/vacancies/${closing}`).expect(404);
    await t.http.get(`/api/vacancies/${kept}`).expect(200);
  });

  /** Company and school members whose accounts were erased (by themselves, in the test above). */
  const erasedMembers = async (): Promise<number> =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM users WHERE account_type = 'member' AND email LIKE '%.invalid'`,
      )
    )[0].n as number;

  it('should erase candidates inactive for longer than the retention period, and keep the others', async () => {
    const dormant = await register(t.http, { kind: 'professional', name: 'Slapend Account' });
    const recent = await register(t.http, { kind: 'professional', name: 'Actief Account' });
    await t.dataSource.query(
      `UPDATE users SET last_login_at = now() - interval '800 days', created_at = now() - interval '900 days' WHERE id = $1`,
      [dormant.auth.user.id],
    );
    await t.dataSource.query(`UPDATE users SET last_login_at = now() - interval '100 days' WHERE id = $1`, [
      recent.auth.user.id,
    ]);
    await t.dataSource.query(
      `UPDATE users SET last_login_at = now() - interval '800 days' WHERE id = (SELECT user_id FROM memberships LIMIT 1)`,
    );
    const membersErasedBefore = await erasedMembers();
    const erased = await t.app.get(JobsService).applyRetention();
    expect(erased).toBe(1);
    const rows = (await t.dataSource.query(`SELECT id, name, email FROM users WHERE id = ANY($1::uuid[])`, [
      [dormant.auth.user.id, recent.auth.user.id],
    ])) as { id: string; name: string; email: string }[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(dormant.auth.user.id)).toMatchObject({ name: 'Verwijderde gebruiker' });
    expect(byId.get(dormant.auth.user.id)?.email).toMatch(/\.invalid$/);
    expect(byId.get(recent.auth.user.id)).toMatchObject({ name: 'Actief Account' });
    await t.http.post('/api/auth/login').send({ email: dormant.email, password: TEST_PASSWORD }).expect(401);
    const [audit] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'user.erased_inactive' AND entity_id = $1`,
      [dormant.auth.user.id],
    );
    expect(audit.n).toBe(1);
    // Company members are not candidates: the retention job leaves them alone.
    expect(await erasedMembers()).toBe(membersErasedBefore);
  });
});
