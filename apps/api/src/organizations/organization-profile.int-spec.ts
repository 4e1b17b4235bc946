import type { ErrorResponse, InvitationResponse, OrganizationProfileResponse } from '@techzone/contracts';
import {
  bearer,
  newRegistration,
  organizationOf,
  placeId,
  register,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('organisation profiles, logos and invitations (HTTP against a real database)', () => {
  let t: TestApp;
  let company: Session;
  let otherCompany: Session;
  let student: Session;
  let emmen: number;
  let crebo: string;

  beforeAll(async () => {
    t = await startTestApp();
    company = await verifiedCompany(t, { companyName: 'Profiel Metaal' });
    otherCompany = await verifiedCompany(t);
    student = await register(t.http, { kind: 'student' });
    emmen = await placeId(t, 'Emmen');
    [{ crebo }] = await t.dataSource.query('SELECT crebo FROM qualifications ORDER BY crebo LIMIT 1');
  });

  afterAll(async () => {
    await t.close();
  });

  it('should let the owner edit the company with locations and accreditations', async () => {
    const response = await t.http
      .patch(`/api/organizations/${organizationOf(company)}`)
      .set('Authorization', bearer(company))
      .send({
        description: 'Wij lassen frames.',
        sectorCode: '25',
        website: 'https://profielmetaal.example',
        size: '10-49',
        locations: [{ placeId: emmen, address: 'Bedrijvenpark 3' }],
        accreditations: [{ crebo, since: '2024-01-01', until: null }],
      })
      .expect(200);
    const profile = response.body as OrganizationProfileResponse;
    expect(profile).toMatchObject({ description: 'Wij lassen frames.', size: '10-49', sectorCode: '25' });
    expect(profile.locations).toEqual([expect.objectContaining({ placeName: 'Emmen', address: 'Bedrijvenpark 3' })]);
    expect(profile.accreditations).toEqual([expect.objectContaining({ crebo, active: true })]);

    const page = await t.http.get(`/api/companies/${organizationOf(company)}`).expect(200);
    expect(page.body).toMatchObject({ description: 'Wij lassen frames.', sector: { code: '25' } });
  });

  it('should refuse edits by other companies, students and anonymous visitors', async () => {
    const id = organizationOf(company);
    await t.http
      .patch(`/api/organizations/${id}`)
      .set('Authorization', bearer(otherCompany))
      .send({ name: 'Overgenomen' })
      .expect(404);
    await t.http
      .patch(`/api/organizations/${id}`)
      .set('Authorization', bearer(student))
      .send({ name: 'Overgenomen' })
      .expect(403);
    await t.http.patch(`/api/organizations/${id}`).send({ name: 'Overgenomen' }).expect(401);
    await t.http.get(`/api/organizations/${id}/profile`).set('Authorization', bearer(otherCompany)).expect(404);
    const profile = await t.http
      .get(`/api/organizations/${id}/profile`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(profile.body.name).toBe('Profiel Metaal');
  });

  it('should validate the KvK number, places and qualifications', async () => {
    const response = await t.http
      .patch(`/api/organizations/${organizationOf(company)}`)
      .set('Authorization', bearer(company))
      .send({
        kvkNumber: '123',
        locations: [{ placeId: 999999 }],
        accreditations: [{ crebo: '00000', since: '2024-01-01' }],
      })
      .expect(400);
    expect((response.body as ErrorResponse).details?.map((detail) => detail.field)).toEqual(['kvkNumber']);
    const references = await t.http
      .patch(`/api/organizations/${organizationOf(company)}`)
      .set('Authorization', bearer(company))
      .send({ locations: [{ placeId: 999999 }], accreditations: [{ crebo: '00000', since: '2024-01-01' }] })
      .expect(400);
    expect((references.body as ErrorResponse).details?.map((detail) => detail.field)).toEqual([
      'accreditations.0',
      'locations.0.placeId',
    ]);
  });

  it('should store a real PNG logo, serve it, and refuse other files', async () => {
    const id = organizationOf(company);
    await t.http
      .put(`/api/organizations/${id}/logo`)
      .set('Authorization', bearer(company))
      .set('Content-Type', 'image/png')
      .send(PNG)
      .expect(204);
    const logo = await t.http.get(`/api/organizations/${id}/logo`).expect(200);
    expect(logo.headers['content-type']).toBe('image/png');
    await t.http
      .put(`/api/organizations/${id}/logo`)
      .set('Authorization', bearer(company))
      .set('Content-Type', 'image/png')
      .send(Buffer.from('<svg onload=alert(1)>'))
      .expect(400);
    await t.http
      .put(`/api/organizations/${id}/logo`)
      .set('Authorization', bearer(otherCompany))
      .set('Content-Type', 'image/png')
      .send(PNG)
      .expect(404);
    await t.http.delete(`/api/organizations/${id}/logo`).set('Authorization', bearer(company)).expect(204);
    await t.http.get(`/api/organizations/${id}/logo`).expect(404);
  });

  it('should invite a colleague who registers with the link and joins as recruiter', async () => {
    const id = organizationOf(company);
    const email = `collega.${Date.now()}@example.nl`;
    const invitation = await t.http
      .post(`/api/organizations/${id}/invitations`)
      .set('Authorization', bearer(company))
      .send({ email, role: 'recruiter' })
      .expect(201);
    const { token } = invitation.body as InvitationResponse;
    expect(token).toBeDefined();
    const preview = await t.http.get(`/api/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({ organizationName: 'Profiel Metaal', role: 'recruiter' });
    expect(preview.body.token).toBeUndefined();

    await t.http
      .post('/api/auth/register')
      .send(newRegistration({ kind: 'invitation', invitationToken: token, email: 'iemand.anders@example.nl' }))
      .expect(400);
    const registered = await t.http
      .post('/api/auth/register')
      .send(newRegistration({ kind: 'invitation', invitationToken: token, email }))
      .expect(201);
    expect(registered.body.user).toMatchObject({
      roles: ['company_recruiter'],
      memberships: [expect.objectContaining({ organizationId: id })],
    });
    await t.http.get(`/api/invitations/${token}`).expect(410);
  });

  it('should not let another company or a wrong role use invitations', async () => {
    const id = organizationOf(company);
    await t.http
      .post(`/api/organizations/${id}/invitations`)
      .set('Authorization', bearer(otherCompany))
      .send({ email: 'x@example.nl', role: 'recruiter' })
      .expect(404);
    await t.http
      .post(`/api/organizations/${id}/invitations`)
      .set('Authorization', bearer(company))
      .send({ email: 'x@example.nl', role: 'coordinator' })
      .expect(400);
    await t.http.get(`/api/organizations/${id}/invitations`).set('Authorization', bearer(student)).expect(403);
  });
});
