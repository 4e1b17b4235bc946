import type { AuthResponse, ErrorResponse } from '@techzone/contracts';
import {
  bearer,
  newRegistration,
  refreshCookieOf,
  register,
  startTestApp,
  TEST_PASSWORD,
  TestApp,
} from '../testing/test-app';

describe('accounts (HTTP against a real database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  describe('register', () => {
    it('should register a student, log them in and set an httpOnly refresh cookie', async () => {
      const body = newRegistration({ kind: 'student', email: 'Sanne.Student@Example.nl' });
      const response = await t.http.post('/api/auth/register').send(body).expect(201);
      const auth = response.body as AuthResponse;
      expect(auth.user).toMatchObject({
        email: 'sanne.student@example.nl',
        accountType: 'candidate',
        candidateKind: 'student',
        roles: ['student'],
      });
      expect(auth.user.permissions).toContain('application.create');
      expect(auth.accessToken).toMatch(/^ey/);
      const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).join(';');
      expect(cookie).toMatch(/tz_refresh=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\/api\/auth/);
    });

    it('should register a vakmens as a professional candidate', async () => {
      const session = await register(t.http, { kind: 'professional' });
      expect(session.auth.user.candidateKind).toBe('professional');
      expect(session.auth.user.roles).toEqual(['professional']);
    });

    it('should register a company as unverified with the registrant as owner', async () => {
      const session = await register(t.http, {
        kind: 'company',
        companyName: 'Lasbedrijf Dalen',
        companyCity: 'Dalen',
      });
      expect(session.auth.user.accountType).toBe('member');
      expect(session.auth.user.roles).toEqual(['company_owner']);
      expect(session.auth.user.memberships).toEqual([
        expect.objectContaining({
          organizationName: 'Lasbedrijf Dalen',
          kind: 'company',
          role: 'owner',
          verified: false,
        }),
      ]);
      const organization = await t.http
        .get(`/api/organizations/${session.auth.user.memberships[0].organizationId}`)
        .set('Authorization', bearer(session))
        .expect(200);
      expect(organization.body).toMatchObject({
        name: 'Lasbedrijf Dalen',
        city: 'Dalen',
        verificationStatus: 'pending',
      });
    });

    it('should register a school as unverified with the registrant as coordinator', async () => {
      const session = await register(t.http, {
        kind: 'school',
        companyName: 'Vakschool Borger',
        companyCity: 'Borger',
      });
      expect(session.auth.user.roles).toEqual(['school_coordinator']);
      expect(session.auth.user.memberships).toEqual([
        expect.objectContaining({
          organizationName: 'Vakschool Borger',
          kind: 'school',
          role: 'coordinator',
          verified: false,
        }),
      ]);
    });

    it('should refuse a second account with the same e-mail address, whatever its case', async () => {
      const first = await register(t.http);
      const response = await t.http
        .post('/api/auth/register')
        .send(newRegistration({ email: first.email.toUpperCase() }))
        .expect(409);
      expect((response.body as ErrorResponse).details).toEqual([
        expect.objectContaining({ field: 'email', code: 'emailTaken' }),
      ]);
    });

    it('should refuse a password shorter than 12 characters and a common one', async () => {
      const short = await t.http
        .post('/api/auth/register')
        .send(newRegistration({ password: 'Kort-1234' }))
        .expect(400);
      expect((short.body as ErrorResponse).details).toEqual([
        expect.objectContaining({ field: 'password', code: 'minLength' }),
      ]);
      const common = await t.http
        .post('/api/auth/register')
        .send(newRegistration({ password: 'password1234' }))
        .expect(400);
      expect((common.body as ErrorResponse).details).toEqual([
        expect.objectContaining({ field: 'password', code: 'commonPassword' }),
      ]);
    });

    it('should name an unknown field in the body and create nothing', async () => {
      const body = { ...newRegistration(), isAdmin: true };
      const response = await t.http.post('/api/auth/register').send(body).expect(400);
      const error = response.body as ErrorResponse;
      expect(error).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(error.message).toContain('isAdmin');
      expect(error.details).toEqual([expect.objectContaining({ field: 'isAdmin', code: 'whitelistValidation' })]);
      const count = await t.dataSource.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [body.email]);
      expect(count[0].n).toBe(0);
    });

    it('should require company details and a valid KvK number for a company', async () => {
      const response = await t.http
        .post('/api/auth/register')
        .send(newRegistration({ kind: 'company', kvkNumber: '1234', companyName: '' }))
        .expect(400);
      const fields = (response.body as ErrorResponse).details?.map((detail) => detail.field);
      expect(fields).toEqual(expect.arrayContaining(['kvkNumber', 'companyName']));
    });

    it('should require accepting the terms', async () => {
      const response = await t.http
        .post('/api/auth/register')
        .send(newRegistration({ acceptTerms: false }))
        .expect(400);
      expect((response.body as ErrorResponse).details).toEqual([expect.objectContaining({ field: 'acceptTerms' })]);
    });
  });

  describe('login, me, refresh, logout', () => {
    it('should log in, show me, refresh with a new token and log out', async () => {
      const registered = await register(t.http);
      const login = await t.http
        .post('/api/auth/login')
        .send({ email: registered.email, password: TEST_PASSWORD })
        .expect(200);
      const auth = login.body as AuthResponse;
      const cookie = refreshCookieOf(login);

      const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${auth.accessToken}`).expect(200);
      expect(me.body).toMatchObject({ email: registered.email, roles: ['student'] });

      const refreshed = await t.http.post('/api/auth/refresh').set('Cookie', cookie).expect(200);
      expect((refreshed.body as AuthResponse).user.id).toBe(auth.user.id);
      const nextCookie = refreshCookieOf(refreshed);
      expect(nextCookie).not.toBe(cookie);

      await t.http.post('/api/auth/logout').set('Cookie', nextCookie).expect(204);
      await t.http.post('/api/auth/refresh').set('Cookie', nextCookie).expect(401);
    });

    it('should set the readable session hint with the refresh cookie and clear it when the session ends', async () => {
      const cookiesOf = (response: { headers: Record<string, unknown> }): string[] =>
        ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
      const hintOf = (response: { headers: Record<string, unknown> }): string | undefined =>
        cookiesOf(response).find((cookie) => cookie.startsWith('tz_session='));

      const registered = await register(t.http);
      const login = await t.http
        .post('/api/auth/login')
        .send({ email: registered.email, password: TEST_PASSWORD })
        .expect(200);
      const hint = hintOf(login);
      expect(hint).toMatch(/^tz_session=1;/);
      expect(hint).toMatch(/Path=\/;/);
      expect(hint).not.toMatch(/HttpOnly/i);
      expect(hint).not.toContain(refreshCookieOf(login).split('=')[1]);

      const refreshed = await t.http.post('/api/auth/refresh').set('Cookie', refreshCookieOf(login)).expect(200);
      expect(hintOf(refreshed)).toMatch(/^tz_session=1;/);

      const logout = await t.http.post('/api/auth/logout').set('Cookie', refreshCookieOf(refreshed)).expect(204);
      expect(hintOf(logout)).toMatch(/^tz_session=;.*Expires=Thu, 01 Jan 1970/);

      // A refresh that fails (no or a spent token) clears the hint too, so the web app stops asking.
      const failed = await t.http.post('/api/auth/refresh').expect(401);
      expect(hintOf(failed)).toMatch(/^tz_session=;.*Expires=Thu, 01 Jan 1970/);
    });

    it('should refuse me without a token and with a forged one', async () => {
      await t.http.get('/api/auth/me').expect(401);
      await t.http
        .get('/api/auth/me')
        .set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged')
        .expect(401);
    });

    it('should let a user change their language', async () => {
      const session = await register(t.http);
      const response = await t.http
        .patch('/api/auth/me')
        .set('Authorization', bearer(session))
        .send({ locale: 'en' })
        .expect(200);
      expect(response.body).toMatchObject({ locale: 'en' });
      await t.http.patch('/api/auth/me').set('Authorization', bearer(session)).send({ locale: 'fr' }).expect(400);
    });

    it('should revoke the whole family when a spent refresh token is used again', async () => {
      const session = await register(t.http);
      const first = await t.http.post('/api/auth/refresh').set('Cookie', session.cookie).expect(200);
      const second = refreshCookieOf(first);

      // The original cookie was spent by the refresh above: presenting it again looks like theft.
      await t.http.post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
      // ...so the token the legitimate holder got is revoked too.
      await t.http.post('/api/auth/refresh').set('Cookie', second).expect(401);

      const rows = await t.dataSource.query(
        'SELECT count(*)::int AS open FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL',
        [session.auth.user.id],
      );
      expect(rows[0].open).toBe(0);
    });

    it('should not let a revoked family touch another login session of the same user', async () => {
      const session = await register(t.http);
      const other = await t.http
        .post('/api/auth/login')
        .send({ email: session.email, password: TEST_PASSWORD })
        .expect(200);
      await t.http.post('/api/auth/logout').set('Cookie', session.cookie).expect(204);
      await t.http.post('/api/auth/refresh').set('Cookie', refreshCookieOf(other)).expect(200);
    });

    it('should answer a wrong password and an unknown account with the same 401', async () => {
      const session = await register(t.http);
      const wrongPassword = await t.http
        .post('/api/auth/login')
        .send({ email: session.email, password: 'Niet-Het-Goede-Wachtwoord' })
        .expect(401);
      const unknownAccount = await t.http
        .post('/api/auth/login')
        .send({ email: 'nobody-here@example.nl', password: 'Niet-Het-Goede-Wachtwoord' })
        .expect(401);
      expect(wrongPassword.body.message).toBe(unknownAccount.body.message);
      expect(wrongPassword.body.error).toBe(unknownAccount.body.error);
    });

    it('should answer 429 after repeated failed logins to one account, even with the right password', async () => {
      const session = await register(t.http);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await t.http
          .post('/api/auth/login')
          .send({ email: session.email, password: 'Fout-Wachtwoord-123' })
          .expect(401);
      }
      const blocked = await t.http
        .post('/api/auth/login')
        .send({ email: session.email, password: TEST_PASSWORD })
        .expect(429);
      expect(blocked.headers['retry-after']).toBeDefined();
      expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    });

    it('should keep other accounts behind the same address able to log in', async () => {
      const victim = await register(t.http);
      const classmate = await register(t.http);
      for (let attempt = 0; attempt < 6; attempt += 1) {
        await t.http.post('/api/auth/login').send({ email: victim.email, password: 'Fout-Wachtwoord-123' });
      }
      await t.http.post('/api/auth/login').send({ email: classmate.email, password: TEST_PASSWORD }).expect(200);
    });

    it('should let 500 students behind one school address log in, one after another and at once', async () => {
      const first = await register(t.http, { kind: 'student' });
      // 499 more accounts with the same password, made directly: registration itself is limited per address.
      await t.dataSource.query(
        `INSERT INTO users (email, password_hash, name, locale, account_type, candidate_kind, email_verified_at)
         SELECT 'klas-' || i || '@school.example.nl', u.password_hash, 'Leerling ' || i, 'nl', 'candidate', 'student', now()
         FROM users u, generate_series(1, 499) AS i WHERE u.id = $1`,
        [first.auth.user.id],
      );
      const emails = [first.email, ...Array.from({ length: 499 }, (_, i) => `klas-${i + 1}@school.example.nl`)];
      const statuses: number[] = [];
      for (let i = 0; i < emails.length; i += 10) {
        const batch = await Promise.all(
          emails
            .slice(i, i + 10)
            .map((email) => t.http.post('/api/auth/login').send({ email, password: TEST_PASSWORD })),
        );
        statuses.push(...batch.map((response) => response.status));
      }
      expect(statuses).toHaveLength(500);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
    });
  });
});
