import type { SessionResponse } from '@techzone/contracts';
import { startSmtp, type TestSmtp } from '../testing/smtp';
import {
  bearer,
  newVacancy,
  organizationOf,
  placeId,
  refreshCookieOf,
  register,
  Session,
  startTestApp,
  TEST_PASSWORD,
  TestApp,
} from '../testing/test-app';

function linkToken(smtp: TestSmtp, email: string, path: string): string | null {
  const mail = [...smtp.mails].reverse().find((item) => item.to.includes(email));
  const body = (mail?.raw ?? '').replace(/=\r?\n/g, '');
  return new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(body)?.[1] ?? null;
}

describe('account security: sessions, password reset, lockout notice, e-mail confirmation (HTTP against a real database)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let user: Session;
  let other: Session;

  const login = (email: string, password: string, agent = 'Testbrowser') =>
    t.http.post('/api/auth/login').set('User-Agent', agent).send({ email, password });

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ MAIL_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_URL: 'https://match.example.nl' });
    user = await register(t.http, { kind: 'professional', name: 'Veilig Gebruiker' });
    other = await register(t.http, { kind: 'professional' });
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('should list the user sessions, mark this one, and end another', async () => {
    const phone = await login(user.email, TEST_PASSWORD, 'Telefoon').expect(200);
    const listed = await t.http
      .get('/api/auth/sessions')
      .set('Authorization', bearer(user))
      .set('Cookie', user.cookie)
      .expect(200);
    const sessions = listed.body as SessionResponse[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const phoneSession = sessions.find((s) => s.userAgent === 'Telefoon') as SessionResponse;
    expect(phoneSession.current).toBe(false);
    await t.http.get('/api/auth/sessions').expect(401);
    await t.http.delete(`/api/auth/sessions/${phoneSession.id}`).set('Authorization', bearer(other)).expect(404);
    await t.http.delete(`/api/auth/sessions/${phoneSession.id}`).set('Authorization', bearer(user)).expect(204);
    await t.http.post('/api/auth/refresh').set('Cookie', refreshCookieOf(phone)).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', user.cookie).expect(200);
  });

  it('should mail a one-time reset link that expires, and answer alike for unknown addresses', async () => {
    await t.http.post('/api/auth/password-reset').send({ email: 'niemand@example.nl' }).expect(202);
    await t.http.post('/api/auth/password-reset').send({ email: 'geen adres' }).expect(400);
    await t.http.post('/api/auth/password-reset').send({ email: user.email.toUpperCase() }).expect(202);
    const token = linkToken(smtp, user.email, 'wachtwoord-herstellen');
    expect(token).not.toBeNull();
    expect(smtp.mails.some((mail) => mail.to.includes('niemand@example.nl'))).toBe(false);

    const confirm = (body: object) => t.http.post('/api/auth/password-reset/confirm').send(body);
    const weak = await confirm({ token, password: 'wachtwoord' }).expect(400);
    expect(weak.body.details[0]).toMatchObject({ field: 'password' });
    await confirm({ token: 'x'.repeat(43), password: 'Nieuw-Stalen-Frame-2027' }).expect(400);
    await confirm({ token, password: 'Nieuw-Stalen-Frame-2027' }).expect(204);
    await confirm({ token, password: 'Nog-Een-Ander-Frame-2028' }).expect(400);
    await login(user.email, TEST_PASSWORD).expect(401);
    await login(user.email, 'Nieuw-Stalen-Frame-2027').expect(200);
    // Every earlier session ended with the reset.
    await t.http.post('/api/auth/refresh').set('Cookie', user.cookie).expect(401);

    await t.http.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const late = linkToken(smtp, user.email, 'wachtwoord-herstellen');
    await t.dataSource.query(
      `UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
    );
    await confirm({ token: late, password: 'Weer-Een-Nieuw-Frame-2029' }).expect(400);
  });

  it('should let a company publish only once its e-mail address is confirmed through the one-time link', async () => {
    const owner = await register(t.http, { kind: 'company', companyName: 'Bevestigbedrijf' });
    expect(owner.auth.user.emailVerified).toBe(false);
    const token = linkToken(smtp, owner.email, 'e-mail-bevestigen');
    expect(token).not.toBeNull();
    await t.dataSource.query(`UPDATE organizations SET verification_status = 'verified' WHERE id = $1`, [
      organizationOf(owner),
    ]);
    const draft = await t.http
      .post('/api/vacancies')
      .set('Authorization', bearer(owner))
      .send(newVacancy(organizationOf(owner), await placeId(t, 'Emmen')))
      .expect(201);
    const publish = () => t.http.post(`/api/vacancies/${draft.body.id}/publish`).set('Authorization', bearer(owner));
    const refused = await publish().expect(403);
    expect(refused.body.details[0]).toMatchObject({ field: 'email', code: 'emailUnverified' });
    expect((await t.http.get(`/api/vacancies/${draft.body.id}`).expect(404)).body).toMatchObject({ statusCode: 404 });

    // Asking again mails a new link; someone else's token or a made-up one confirms nothing.
    await t.http.post('/api/auth/email-verification').expect(401);
    await t.http.post('/api/auth/email-verification').set('Authorization', bearer(owner)).expect(202);
    const confirm = (body: object) => t.http.post('/api/auth/email-verification/confirm').send(body);
    await confirm({ token: 'x'.repeat(43) }).expect(400);
    await confirm({ token: 'kort' }).expect(400);
    await confirm({ token, extra: true }).expect(400);
    await confirm({ token }).expect(204);
    await confirm({ token }).expect(400);
    const me = await t.http.get('/api/auth/me').set('Authorization', bearer(owner)).expect(200);
    expect(me.body.emailVerified).toBe(true);
    await publish().expect(200);
    // Confirmed: no more mails.
    const mails = smtp.mails.length;
    await t.http.post('/api/auth/email-verification').set('Authorization', bearer(owner)).expect(202);
    expect(smtp.mails.length).toBe(mails);
  });

  it('should expire confirmation links and limit how often one is asked for', async () => {
    const person = await register(t.http, { kind: 'professional' });
    const first = linkToken(smtp, person.email, 'e-mail-bevestigen');
    await t.dataSource.query(
      `UPDATE email_verifications SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`,
    );
    await t.http.post('/api/auth/email-verification/confirm').send({ token: first }).expect(400);
    for (let i = 0; i < 3; i++) {
      await t.http.post('/api/auth/email-verification').set('Authorization', bearer(person)).expect(202);
    }
    await t.http.post('/api/auth/email-verification').set('Authorization', bearer(person)).expect(429);
    const latest = linkToken(smtp, person.email, 'e-mail-bevestigen');
    expect(latest).not.toBe(first);
    await t.http.post('/api/auth/email-verification/confirm').send({ token: latest }).expect(204);
  });

  it('should tell the account holder by e-mail when repeated wrong passwords block the login', async () => {
    const before = smtp.mails.filter((mail) => mail.to.includes(other.email)).length;
    for (let i = 0; i < 5; i++) {
      await login(other.email, 'Verkeerd-Wachtwoord-123').expect(401);
    }
    await login(other.email, TEST_PASSWORD).expect(429);
    const notices = smtp.mails.filter((mail) => mail.to.includes(other.email)).slice(before);
    expect(notices).toHaveLength(1);
    expect(notices[0].raw).toMatch(/geblokkeerd/);
  });
});
