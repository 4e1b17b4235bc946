import type {
  ApplicationResponse,
  ApplicationStatus,
  ErrorResponse,
  NotificationListResponse,
} from '@techzone/contracts';
import { APPLICATION_STATUSES, canTransition, nextStatuses } from '@techzone/contracts';
import { JobsService } from '../jobs/jobs.service';
import { startSmtp, type TestSmtp } from '../testing/smtp';
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

const MOTIVATION = 'Ik wil graag bij jullie leren lassen en ben gemotiveerd en betrouwbaar.';

describe('applications (HTTP against a real database)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let company: Session;
  let otherCompany: Session;
  let student: Session;
  let otherStudent: Session;
  let emmen: number;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ MAIL_URL: `smtp://127.0.0.1:${smtp.port}` });
    company = await verifiedCompany(t, { companyName: 'Sollicitatie Metaal' });
    otherCompany = await verifiedCompany(t);
    student = await register(t.http, { kind: 'student', name: 'Lieke Mulder' });
    otherStudent = await register(t.http, { kind: 'student' });
    emmen = await placeId(t, 'Emmen');
  });

  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  const apply = (session: Session, vacancyId: string) =>
    t.http
      .post(`/api/vacancies/${vacancyId}/applications`)
      .set('Authorization', bearer(session))
      .send({ motivation: MOTIVATION });
  const move = (session: Session, id: string, body: Record<string, string>) =>
    t.http.patch(`/api/applications/${id}`).set('Authorization', bearer(session)).send(body);

  it('should carry an application through its whole life, with events and notifications', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen, { title: 'Stage lasser levensloop', positions: 2 });
    const applied = (await apply(student, vacancyId).expect(201)).body as ApplicationResponse;
    expect(applied).toMatchObject({ status: 'submitted', allowedNext: ['withdrawn'] });

    const board = await t.http
      .get(`/api/vacancies/${vacancyId}/applications`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(board.body).toEqual([
      expect.objectContaining({ id: applied.id, allowedNext: ['in_review', 'interview', 'offered', 'rejected'] }),
    ]);

    await move(company, applied.id, { to: 'in_review' }).expect(200);
    await t.http
      .post(`/api/applications/${applied.id}/messages`)
      .set('Authorization', bearer(company))
      .send({
        body: 'Kom je langs?',
        interview: { startsAt: '2026-12-10T10:00:00.000Z', place: 'Bedrijvenpark 3, Emmen' },
      })
      .expect(201);
    await move(company, applied.id, { to: 'interview' }).expect(200);
    await move(company, applied.id, { to: 'offered', note: 'Welkom!' }).expect(200);
    const accepted = (await move(student, applied.id, { to: 'accepted' }).expect(200)).body as ApplicationResponse;

    expect(accepted.status).toBe('accepted');
    expect(accepted.events.map((event) => event.to)).toEqual([
      'submitted',
      'in_review',
      'interview',
      'offered',
      'accepted',
    ]);
    expect(accepted.events[3]).toMatchObject({ actor: 'company', note: 'Welkom!' });
    expect(accepted.messages).toEqual([
      expect.objectContaining({
        from: 'company',
        interview: { startsAt: '2026-12-10T10:00:00.000Z', place: 'Bedrijvenpark 3, Emmen' },
      }),
    ]);

    const notifications = (await t.http.get('/api/notifications').set('Authorization', bearer(student)).expect(200))
      .body as NotificationListResponse;
    expect(notifications.items.map((item) => item.data['status'] ?? item.type)).toEqual(
      expect.arrayContaining(['in_review', 'interview', 'offered', 'application.message']),
    );
    expect(notifications.unread).toBeGreaterThanOrEqual(4);
    await t.http.post('/api/notifications/read-all').set('Authorization', bearer(student)).expect(204);
    const read = (await t.http.get('/api/notifications').set('Authorization', bearer(student)).expect(200))
      .body as NotificationListResponse;
    expect(read.unread).toBe(0);

    const mine = await t.http.get('/api/me/applications').set('Authorization', bearer(student)).expect(200);
    expect(mine.body.map((item: ApplicationResponse) => item.id)).toContain(applied.id);
  });

  it('should e-mail the candidate in their language through SMTP', async () => {
    await t.http.patch('/api/auth/me').set('Authorization', bearer(otherStudent)).send({ locale: 'en' }).expect(200);
    const vacancyId = await publishedVacancy(t, company, emmen, { title: 'Mail vacancy' });
    const applied = (await apply(otherStudent, vacancyId).expect(201)).body as ApplicationResponse;
    await move(company, applied.id, { to: 'in_review' }).expect(200);
    const mail = smtp.mails.find((item) => item.to.includes(otherStudent.email) && item.raw.includes('Sollicitatie'));
    expect(mail).toBeDefined();
    expect(mail?.raw).toContain('Your application at Sollicitatie Metaal');
    const companyMail = smtp.mails.find((item) => item.to.includes(company.email) && item.raw.includes('Mail vacancy'));
    expect(companyMail?.raw).toContain('Nieuwe sollicitatie');
  });

  it('should refuse every illegal transition with 409 and the allowed next states', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen);
    const applied = (await apply(otherStudent, vacancyId).expect(201)).body as ApplicationResponse;
    const jump = await move(otherStudent, applied.id, { to: 'accepted' }).expect(409);
    expect(jump.body).toMatchObject({ statusCode: 409 });
    expect((jump.body as ErrorResponse & { allowedNext: string[] }).allowedNext).toEqual(['withdrawn']);
    await move(company, applied.id, { to: 'accepted' }).expect(409);
    await move(company, applied.id, { to: 'withdrawn' }).expect(409);
    await move(company, applied.id, { to: 'rejected' }).expect(400);
    await move(company, applied.id, { to: 'rejected', reason: 'skills_mismatch', note: 'Helaas' }).expect(200);
    await move(company, applied.id, { to: 'in_review' }).expect(409);
    await move(otherStudent, applied.id, { to: 'withdrawn' }).expect(409);
  });

  it('should refuse every transition outside the state machine, for both sides, from every status', async () => {
    const paths: Record<ApplicationStatus, [Session | 'company' | 'student', ApplicationStatus][]> = {
      submitted: [],
      in_review: [['company', 'in_review']],
      interview: [['company', 'interview']],
      offered: [['company', 'offered']],
      accepted: [
        ['company', 'offered'],
        ['student', 'accepted'],
      ],
      declined: [
        ['company', 'offered'],
        ['student', 'declined'],
      ],
      rejected: [['company', 'rejected']],
      withdrawn: [['student', 'withdrawn']],
    };
    let refused = 0;
    for (const from of APPLICATION_STATUSES) {
      const vacancyId = await publishedVacancy(t, company, emmen, { positions: 5 });
      const applied = (await apply(otherStudent, vacancyId).expect(201)).body as ApplicationResponse;
      for (const [who, to] of paths[from]) {
        await move(who === 'company' ? company : otherStudent, applied.id, { to, reason: 'other' }).expect(200);
      }
      for (const to of APPLICATION_STATUSES) {
        for (const [actor, session] of [
          ['company', company],
          ['candidate', otherStudent],
        ] as const) {
          if (!canTransition(from, to, actor)) {
            const response = await move(session, applied.id, { to, reason: 'other' });
            expect({ from, to, actor, status: response.status }).toEqual({ from, to, actor, status: 409 });
            expect(response.body.allowedNext).toEqual(nextStatuses(from, actor));
            refused += 1;
          }
        }
      }
      const after = await t.http
        .get(`/api/applications/${applied.id}`)
        .set('Authorization', bearer(otherStudent))
        .expect(200);
      expect(after.body.status).toBe(from);
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('should refuse a second application to one vacancy, and applications to drafts', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen);
    await apply(student, vacancyId).expect(201);
    await apply(student, vacancyId).expect(409);
    const draft = await t.http
      .post('/api/vacancies')
      .set('Authorization', bearer(company))
      .send(newVacancy(organizationOf(company), emmen))
      .expect(201);
    await apply(student, draft.body.id).expect(404);
    await t.http
      .post(`/api/vacancies/${vacancyId}/applications`)
      .set('Authorization', bearer(student))
      .send({ motivation: 'kort' })
      .expect(400);
  });

  it('should refuse a place whose route does not fit the profile, with the reason, and write nothing', async () => {
    const bol = await publishedVacancy(t, company, emmen, { title: 'BOL-stage routetoets' });
    const bbl = await publishedVacancy(t, company, emmen, {
      title: 'BBL-leerbaan routetoets',
      type: 'bbl_apprenticeship',
    });
    const vakmens = await register(t.http, { kind: 'professional' });
    /** A student whose profile says `route` (and `educationLevel`, if given). */
    const studentOn = async (route: 'BOL' | 'BBL', educationLevel?: string): Promise<Session> => {
      const session = await register(t.http, { kind: 'student' });
      const profile = {
        maxTravelKm: 25,
        wantedTypes: [],
        sectorCodes: [],
        skills: [],
        certificates: [],
        languages: [],
      };
      await t.http
        .put('/api/me/profile')
        .set('Authorization', bearer(session))
        .send({ ...profile, discoverable: false, route, ...(educationLevel ? { educationLevel } : {}) })
        .expect(200);
      return session;
    };
    const bblStudent = await studentOn('BBL', 'mbo2');

    for (const candidate of [vakmens, bblStudent]) {
      const refused = await apply(candidate, bol).expect(409);
      expect((refused.body as ErrorResponse).details).toEqual([
        expect.objectContaining({ field: 'type', code: 'bolStudentsOnly' }),
      ]);
      await apply(candidate, bbl).expect(201);
    }
    // A BOL student may not take the BBL place; a student who has not said their route yet may take either.
    const bolStudent = await studentOn('BOL');
    const refused = await apply(bolStudent, bbl).expect(409);
    expect((refused.body as ErrorResponse).details).toEqual([expect.objectContaining({ code: 'bblOnly' })]);
    await apply(otherStudent, bbl).expect(201);
    const rows = (await t.dataSource.query(
      `SELECT v.title, count(*)::int AS n FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
       WHERE a.vacancy_id = ANY($1::uuid[]) GROUP BY v.title ORDER BY v.title`,
      [[bol, bbl]],
    )) as { title: string; n: number }[];
    expect(rows).toEqual([{ title: 'BBL-leerbaan routetoets', n: 3 }]);
  });

  it('should keep applications away from other companies, other candidates and anonymous visitors', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen);
    const applied = (await apply(student, vacancyId).expect(201)).body as ApplicationResponse;
    await t.http.get(`/api/applications/${applied.id}`).set('Authorization', bearer(otherStudent)).expect(404);
    await t.http.get(`/api/applications/${applied.id}`).set('Authorization', bearer(otherCompany)).expect(404);
    await t.http.get(`/api/applications/${applied.id}`).expect(401);
    await t.http.get(`/api/vacancies/${vacancyId}/applications`).set('Authorization', bearer(otherCompany)).expect(404);
    await t.http.get(`/api/vacancies/${vacancyId}/applications`).set('Authorization', bearer(student)).expect(403);
    await move(otherCompany, applied.id, { to: 'in_review' }).expect(404);
    await t.http
      .post(`/api/applications/${applied.id}/messages`)
      .set('Authorization', bearer(otherStudent))
      .send({ body: 'hoi' })
      .expect(404);
    await apply(company, vacancyId).expect(403);
  });

  it('should hide name and age under blind first review until the company moves past in review', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen);
    await t.dataSource.query('UPDATE vacancies SET blind_review = true WHERE id = $1', [vacancyId]);
    const applied = (await apply(student, vacancyId).expect(201)).body as ApplicationResponse;
    const blind = await t.http.get(`/api/applications/${applied.id}`).set('Authorization', bearer(company)).expect(200);
    expect(blind.body.applicant).toMatchObject({ name: null, email: null, age: null, anonymized: true });
    await move(company, applied.id, { to: 'in_review' }).expect(200);
    await move(company, applied.id, { to: 'interview' }).expect(200);
    const open = await t.http.get(`/api/applications/${applied.id}`).set('Authorization', bearer(company)).expect(200);
    expect(open.body.applicant).toMatchObject({ name: 'Lieke Mulder', anonymized: false });
    const own = await t.http.get(`/api/applications/${applied.id}`).set('Authorization', bearer(student)).expect(200);
    expect(own.body.applicant.name).toBe('Lieke Mulder');
  });

  it('should fill the vacancy when the last position is taken and tell the other applicants', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen, { positions: 1, title: 'Eén plek' });
    const first = (await apply(student, vacancyId).expect(201)).body as ApplicationResponse;
    const second = (await apply(otherStudent, vacancyId).expect(201)).body as ApplicationResponse;
    await move(company, first.id, { to: 'offered' }).expect(200);
    await move(student, first.id, { to: 'accepted' }).expect(200);
    const vacancy = await t.http.get(`/api/vacancies/${vacancyId}`).expect(200);
    expect(vacancy.body.status).toBe('filled');
    const search = await t.http.get('/api/vacancies').query({ q: 'Eén plek' }).expect(200);
    expect(search.body.items.map((item: { id: string }) => item.id)).not.toContain(vacancyId);
    const other = await t.http
      .get(`/api/applications/${second.id}`)
      .set('Authorization', bearer(otherStudent))
      .expect(200);
    expect(other.body).toMatchObject({ status: 'rejected', rejectionReason: 'position_filled' });
    const placements = await t.dataSource.query('SELECT status FROM placements WHERE application_id = $1', [first.id]);
    expect(placements).toEqual([{ status: 'proposed' }]);
  });

  it('should let exactly one of two candidates accept the last position at the same moment', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen, { positions: 1 });
    const a = (await apply(student, vacancyId).expect(201)).body as ApplicationResponse;
    const b = (await apply(otherStudent, vacancyId).expect(201)).body as ApplicationResponse;
    await move(company, a.id, { to: 'offered' }).expect(200);
    await move(company, b.id, { to: 'offered' }).expect(200);
    const results = await Promise.all([
      move(student, a.id, { to: 'accepted' }),
      move(otherStudent, b.id, { to: 'accepted' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM applications WHERE vacancy_id = $1 AND status = 'accepted'`,
      [vacancyId],
    );
    expect(n).toBe(1);
  });

  it('should keep exactly one application when the same candidate applies twice at once', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen);
    const results = await Promise.all([
      apply(student, vacancyId),
      apply(student, vacancyId),
      apply(student, vacancyId),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409, 409]);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM applications WHERE vacancy_id = $1', [
      vacancyId,
    ]);
    expect(n).toBe(1);
  });

  it('should tell the company once about applications untouched for 10 working days', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen, { title: 'Wachtende vacature' });
    const applied = (await apply(otherStudent, vacancyId).expect(201)).body as ApplicationResponse;
    await t.dataSource.query(
      `UPDATE applications SET last_company_activity_at = now() - interval '20 days' WHERE id = $1`,
      [applied.id],
    );
    const jobs = t.app.get(JobsService);
    expect(await jobs.flagOverdueApplications()).toBeGreaterThanOrEqual(1);
    expect(await jobs.flagOverdueApplications()).toBe(0);
    const notes = (await t.http.get('/api/notifications').set('Authorization', bearer(company)).expect(200))
      .body as NotificationListResponse;
    expect(notes.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'application.overdue',
          data: expect.objectContaining({ vacancyTitle: 'Wachtende vacature' }),
        }),
      ]),
    );
    const board = await t.http
      .get(`/api/vacancies/${vacancyId}/applications`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(board.body[0].overdue).toBe(true);
    await move(company, applied.id, { to: 'in_review' }).expect(200);
    const after = await t.http
      .get(`/api/vacancies/${vacancyId}/applications`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(after.body[0].overdue).toBe(false);
  });

  it('should publish how fast the company answers', async () => {
    const response = await t.http.get(`/api/companies/${organizationOf(company)}/responsiveness`).expect(200);
    expect(response.body.applications).toBeGreaterThan(0);
    expect(response.body.responseRate).toBeGreaterThan(0);
    expect(response.body.medianResponseHours).not.toBeNull();
  });
});
