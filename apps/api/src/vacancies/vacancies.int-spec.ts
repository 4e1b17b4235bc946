import type { ErrorResponse, VacancyDetailResponse, VacancySummaryResponse } from '@techzone/contracts';
import {
  bearer,
  newVacancy,
  organizationOf,
  placeId,
  publishedVacancy,
  register,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';

describe('vacancies (HTTP against a real database)', () => {
  let t: TestApp;
  let company: Session;
  let otherCompany: Session;
  let student: Session;
  let emmen: number;

  beforeAll(async () => {
    t = await startTestApp();
    company = await verifiedCompany(t, { companyName: 'Lasbedrijf Emmen' });
    otherCompany = await verifiedCompany(t, { companyName: 'Kunststof Coevorden' });
    student = await register(t.http, { kind: 'student' });
    emmen = await placeId(t, 'Emmen');
  });

  afterAll(async () => {
    await t.close();
  });

  it('should let a member create a draft, publish it, and show it publicly', async () => {
    const created = await t.http
      .post('/api/vacancies')
      .set('Authorization', bearer(company))
      .send(newVacancy(organizationOf(company), emmen, { title: 'Leerling CNC-draaier' }))
      .expect(201);
    const draft = created.body as VacancyDetailResponse;
    expect(draft).toMatchObject({
      status: 'draft',
      title: 'Leerling CNC-draaier',
      place: { name: 'Emmen', municipality: 'Emmen' },
    });
    expect(draft.skills).toEqual([
      expect.objectContaining({ code: 'weld.mig', importance: 'must', nl: 'MIG/MAG-lassen' }),
    ]);

    await t.http.get(`/api/vacancies/${draft.id}`).expect(404);
    await t.http.get(`/api/vacancies/${draft.id}`).set('Authorization', bearer(company)).expect(200);

    const published = await t.http
      .post(`/api/vacancies/${draft.id}/publish`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(published.body.status).toBe('published');
    expect(published.body.expiresAt).not.toBeNull();
    const publicView = await t.http.get(`/api/vacancies/${draft.id}`).expect(200);
    expect(publicView.body).toMatchObject({
      title: 'Leerling CNC-draaier',
      company: { name: 'Lasbedrijf Emmen', verified: true },
    });
  });

  it('should refuse creating and publishing to anonymous visitors, students and other companies', async () => {
    const body = newVacancy(organizationOf(company), emmen);
    await t.http.post('/api/vacancies').send(body).expect(401);
    await t.http.post('/api/vacancies').set('Authorization', bearer(student)).send(body).expect(403);
    await t.http.post('/api/vacancies').set('Authorization', bearer(otherCompany)).send(body).expect(404);

    const id = await publishedVacancy(t, company, emmen);
    await t.http
      .patch(`/api/vacancies/${id}`)
      .set('Authorization', bearer(otherCompany))
      .send({ title: 'Gekaapt' })
      .expect(404);
    await t.http.post(`/api/vacancies/${id}/close`).set('Authorization', bearer(otherCompany)).expect(404);
    await t.http.post(`/api/vacancies/${id}/close`).send({}).expect(401);
    const unchanged = await t.http.get(`/api/vacancies/${id}`).expect(200);
    expect(unchanged.body.title).toBe('Stage lasser MIG/MAG');
  });

  it('should let an unverified company draft but not publish', async () => {
    const pending = await register(t.http, { kind: 'company' });
    await t.dataSource.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [pending.auth.user.id]);
    const created = await t.http
      .post('/api/vacancies')
      .set('Authorization', bearer(pending))
      .send(newVacancy(organizationOf(pending), emmen))
      .expect(201);
    const refused = await t.http
      .post(`/api/vacancies/${created.body.id}/publish`)
      .set('Authorization', bearer(pending))
      .expect(403);
    expect((refused.body as ErrorResponse).message).toMatch(/verified/);
  });

  it('should edit and close a vacancy, which then leaves public view', async () => {
    const id = await publishedVacancy(t, company, emmen);
    const edited = await t.http
      .patch(`/api/vacancies/${id}`)
      .set('Authorization', bearer(company))
      .send({ title: 'Stage TIG-lasser', skills: [{ skillCode: 'weld.tig', minLevel: 2, importance: 'nice' }] })
      .expect(200);
    expect(edited.body).toMatchObject({
      title: 'Stage TIG-lasser',
      skills: [expect.objectContaining({ code: 'weld.tig', minLevel: 2 })],
    });
    await t.http.post(`/api/vacancies/${id}/close`).set('Authorization', bearer(company)).expect(200);
    await t.http.get(`/api/vacancies/${id}`).expect(404);
    const own = await t.http
      .get(`/api/organizations/${organizationOf(company)}/vacancies?status=closed`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect((own.body as VacancySummaryResponse[]).map((vacancy) => vacancy.id)).toContain(id);
  });

  it("should keep a company's own list to its members", async () => {
    await t.http.get(`/api/organizations/${organizationOf(company)}/vacancies`).expect(401);
    await t.http
      .get(`/api/organizations/${organizationOf(company)}/vacancies`)
      .set('Authorization', bearer(otherCompany))
      .expect(404);
    await t.http
      .get(`/api/organizations/${organizationOf(company)}/vacancies`)
      .set('Authorization', bearer(student))
      .expect(403);
  });

  it('should name unknown places, skills and qualifications, refuse oversized text, and write nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM vacancies');
    const response = await t.http
      .post('/api/vacancies')
      .set('Authorization', bearer(company))
      .send(
        newVacancy(organizationOf(company), 999_999, {
          skills: [
            { skillCode: 'weld.mig', minLevel: 1, importance: 'must' },
            { skillCode: 'juggling', minLevel: 1, importance: 'nice' },
          ],
          qualificationCrebos: ['99999'],
        }),
      )
      .expect(400);
    const fields = (response.body as ErrorResponse).details?.map((detail) => `${detail.field}:${detail.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'placeId:unknownPlace',
        'skills.1.skillCode:unknownSkill',
        'qualificationCrebos.0:unknownQualification',
      ]),
    );
    const tooLong = await t.http
      .post('/api/vacancies')
      .set('Authorization', bearer(company))
      .send(newVacancy(organizationOf(company), emmen, { description: 'x'.repeat(10_001) }))
      .expect(400);
    expect((tooLong.body as ErrorResponse).details).toEqual([
      expect.objectContaining({ field: 'description', code: 'maxLength' }),
    ]);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM vacancies');
    expect(after[0].n).toBe(before[0].n);
  });

  it('should store HTML in a description as text', async () => {
    const html = '<script>alert(1)</script><b>Lassen</b>';
    const id = await publishedVacancy(t, company, emmen, { description: html });
    const response = await t.http.get(`/api/vacancies/${id}`).expect(200);
    expect(response.body.description).toBe(html);
    expect(response.headers['content-type']).toMatch(/application\/json/);
  });

  it('should show a company page with its published vacancies only for verified companies', async () => {
    const page = await t.http.get(`/api/companies/${organizationOf(company)}`).expect(200);
    expect(page.body).toMatchObject({ name: 'Lasbedrijf Emmen' });
    const list = await t.http.get(`/api/companies/${organizationOf(company)}/vacancies`).expect(200);
    expect((list.body as VacancySummaryResponse[]).every((vacancy) => vacancy.status === 'published')).toBe(true);
    const pending = await register(t.http, { kind: 'company' });
    await t.dataSource.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [pending.auth.user.id]);
    await t.http.get(`/api/companies/${organizationOf(pending)}`).expect(404);
  });
});
