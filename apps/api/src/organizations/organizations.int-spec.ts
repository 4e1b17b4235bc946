import type { OrganizationResponse } from '@techzone/contracts';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { bearer, register, Session, startTestApp, TEST_PASSWORD, TestApp, uniqueEmail } from '../testing/test-app';
import { UserEntity } from '../users/entities/user.entity';

async function newAdmin(t: TestApp): Promise<Session> {
  const email = uniqueEmail('admin');
  await t.app
    .get(DataSource)
    .getRepository(UserEntity)
    .insert({
      email,
      name: 'Programmabureau',
      passwordHash: await hashPassword(TEST_PASSWORD),
      accountType: 'admin',
      locale: 'nl',
    });
  const response = await t.http.post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
  return { auth: response.body, cookie: '', email, password: TEST_PASSWORD };
}

describe('organisations and verification (HTTP against a real database)', () => {
  let t: TestApp;
  let admin: Session;
  let company: Session;
  let otherCompany: Session;
  let student: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await newAdmin(t);
    company = await register(t.http, { kind: 'company', companyName: 'Metaalbewerking Sleen' });
    otherCompany = await register(t.http, { kind: 'company', companyName: 'Kunststoffen Schoonebeek' });
    student = await register(t.http, { kind: 'student' });
  });

  afterAll(async () => {
    await t.close();
  });

  const organizationOf = (session: Session): string => session.auth.user.memberships[0].organizationId;

  it('should list pending companies in the verification queue for the program office', async () => {
    const response = await t.http
      .get('/api/admin/organizations?status=pending')
      .set('Authorization', bearer(admin))
      .expect(200);
    const names = (response.body as OrganizationResponse[]).map((organization) => organization.name);
    expect(names).toEqual(expect.arrayContaining(['Metaalbewerking Sleen', 'Kunststoffen Schoonebeek']));
  });

  it('should refuse the verification queue to anonymous visitors, students and companies', async () => {
    await t.http.get('/api/admin/organizations').expect(401);
    await t.http.get('/api/admin/organizations').set('Authorization', bearer(student)).expect(403);
    await t.http.get('/api/admin/organizations').set('Authorization', bearer(company)).expect(403);
  });

  it('should not let a company verify itself', async () => {
    await t.http
      .post(`/api/admin/organizations/${organizationOf(company)}/verification`)
      .set('Authorization', bearer(company))
      .send({ decision: 'verified' })
      .expect(403);
  });

  it('should let the program office verify a company, which its members then see', async () => {
    const response = await t.http
      .post(`/api/admin/organizations/${organizationOf(company)}/verification`)
      .set('Authorization', bearer(admin))
      .send({ decision: 'verified' })
      .expect(200);
    expect(response.body).toMatchObject({ verificationStatus: 'verified' });

    const me = await t.http.get('/api/auth/me').set('Authorization', bearer(company)).expect(200);
    expect(me.body.memberships[0]).toMatchObject({ verified: true });
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [
      organizationOf(company),
    ]);
    expect(audit.map((row: { action: string }) => row.action)).toContain('organization.verified');
  });

  it('should reject a decision that is not verified or rejected, and an unknown organisation', async () => {
    await t.http
      .post(`/api/admin/organizations/${organizationOf(otherCompany)}/verification`)
      .set('Authorization', bearer(admin))
      .send({ decision: 'maybe' })
      .expect(400);
    await t.http
      .post('/api/admin/organizations/00000000-0000-4000-8000-000000000000/verification')
      .set('Authorization', bearer(admin))
      .send({ decision: 'rejected' })
      .expect(404);
    await t.http
      .post('/api/admin/organizations/not-a-uuid/verification')
      .set('Authorization', bearer(admin))
      .send({ decision: 'rejected' })
      .expect(400);
  });

  it("should keep another company's organisation and members out of reach", async () => {
    await t.http
      .get(`/api/organizations/${organizationOf(otherCompany)}`)
      .set('Authorization', bearer(company))
      .expect(404);
    await t.http
      .get(`/api/organizations/${organizationOf(otherCompany)}/members`)
      .set('Authorization', bearer(company))
      .expect(404);
    await t.http
      .get(`/api/organizations/${organizationOf(company)}/members`)
      .set('Authorization', bearer(student))
      .expect(403);
    const own = await t.http
      .get(`/api/organizations/${organizationOf(company)}/members`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(own.body).toEqual([expect.objectContaining({ email: company.email, role: 'owner' })]);
  });
});
