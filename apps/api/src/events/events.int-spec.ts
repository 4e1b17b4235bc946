import type { EventResponse } from '@techzone/contracts';
import {
  bearer,
  organizationOf,
  placeId,
  register,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

describe('regional events (HTTP against a real database)', () => {
  let t: TestApp;
  let admin: Session;
  let company: Session;
  let otherCompany: Session;
  let students: Session[];
  let emmen: number;

  const event = (overrides: object = {}) => ({
    kind: 'open_day',
    title: 'Open dag Techniek',
    description: 'Kijk rond in de werkplaatsen en praat met leerbedrijven.',
    startsAt: inDays(10),
    endsAt: inDays(10.2),
    placeId: emmen,
    capacity: 2,
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await register(t.http, { kind: 'professional', name: 'Programmabureau' });
    await t.dataSource.query(`UPDATE users SET account_type = 'admin', candidate_kind = NULL WHERE id = $1`, [
      admin.auth.user.id,
    ]);
    company = await verifiedCompany(t, { companyName: 'Evenement Metaal' });
    otherCompany = await verifiedCompany(t);
    students = [];
    for (let i = 0; i < 8; i++) {
      students.push(await register(t.http, { kind: 'student', name: `Student ${i}` }));
    }
    emmen = await placeId(t, 'Emmen');
  });

  afterAll(async () => {
    await t.close();
  });

  it('should publish the program office event at once and keep a company event for approval', async () => {
    const office = await t.http.post('/api/events').set('Authorization', bearer(admin)).send(event()).expect(201);
    expect(office.body).toMatchObject({ status: 'published', organizer: null, signups: 0 });
    await t.http.post('/api/events').set('Authorization', bearer(company)).send(event()).expect(403);
    const own = await t.http
      .post('/api/events')
      .set('Authorization', bearer(company))
      .send(event({ kind: 'company_visit', title: 'Bedrijfsbezoek', organizationId: organizationOf(company) }))
      .expect(201);
    expect(own.body).toMatchObject({ status: 'pending', organizer: { name: 'Evenement Metaal' }, canManage: true });
    await t.http
      .post('/api/events')
      .set('Authorization', bearer(otherCompany))
      .send(event({ organizationId: organizationOf(company) }))
      .expect(403);
    await t.http.post('/api/events').set('Authorization', bearer(students[0])).send(event()).expect(403);
    await t.http.get(`/api/events/${own.body.id}`).expect(404);
    await t.http.get(`/api/events/${own.body.id}`).set('Authorization', bearer(otherCompany)).expect(404);
    const list = await t.http.get('/api/events').expect(200);
    expect(list.body.map((e: EventResponse) => e.title)).toEqual(['Open dag Techniek']);

    await t.http.post(`/api/admin/events/${own.body.id}/approve`).set('Authorization', bearer(company)).expect(403);
    await t.http.post(`/api/admin/events/${own.body.id}/approve`).set('Authorization', bearer(admin)).expect(200);
    await t.http.post(`/api/admin/events/${own.body.id}/approve`).set('Authorization', bearer(admin)).expect(409);
    const after = await t.http.get('/api/events?kind=company_visit').expect(200);
    expect(after.body.map((e: EventResponse) => e.title)).toEqual(['Bedrijfsbezoek']);
  });

  it('should tell the organiser, and only them, why their event was not approved', async () => {
    const proposed = await t.http
      .post('/api/events')
      .set('Authorization', bearer(company))
      .send(event({ kind: 'company_visit', title: 'Te vroeg bezoek', organizationId: organizationOf(company) }))
      .expect(201);
    const reject = (body: object) =>
      t.http.post(`/api/admin/events/${proposed.body.id}/reject`).set('Authorization', bearer(admin)).send(body);
    await reject({ note: 'x'.repeat(501) }).expect(400);
    await reject({ note: 'Kort', extra: true }).expect(400);
    await t.http
      .post(`/api/admin/events/${proposed.body.id}/reject`)
      .set('Authorization', bearer(otherCompany))
      .send({ note: 'Nee' })
      .expect(403);
    const note = 'Kies een datum na de herfstvakantie, dan kunnen scholen mee.';
    const rejected = await reject({ note }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reviewNote: note });
    const own = await t.http.get(`/api/events/${proposed.body.id}`).set('Authorization', bearer(company)).expect(200);
    expect(own.body.reviewNote).toBe(note);
    await t.http.get(`/api/events/${proposed.body.id}`).set('Authorization', bearer(otherCompany)).expect(404);
    const [notification] = (await t.dataSource.query(
      `SELECT data FROM notifications WHERE user_id = $1 AND type = 'event.rejected'`,
      [company.auth.user.id],
    )) as { data: Record<string, string> }[];
    expect(notification.data).toMatchObject({ eventTitle: 'Te vroeg bezoek', note });
    // Without a reason the rejection still goes through, and no note is kept.
    const second = await t.http
      .post('/api/events')
      .set('Authorization', bearer(company))
      .send(event({ kind: 'company_visit', title: 'Zonder reden', organizationId: organizationOf(company) }))
      .expect(201);
    const plain = await t.http
      .post(`/api/admin/events/${second.body.id}/reject`)
      .set('Authorization', bearer(admin))
      .send({})
      .expect(200);
    expect(plain.body).toMatchObject({ status: 'rejected', reviewNote: null });
  });

  it('should refuse bad event details', async () => {
    const post = (body: object) => t.http.post('/api/events').set('Authorization', bearer(admin)).send(body);
    const reversed = await post(event({ endsAt: inDays(9) })).expect(400);
    expect(reversed.body.details[0]).toMatchObject({ field: 'endsAt', code: 'endBeforeStart' });
    await post(event({ placeId: 99_999_999 })).expect(400);
    await post(event({ kind: 'party' })).expect(400);
    await post(event({ capacity: 0 })).expect(400);
    await post(event({ startsAt: 'morgen' })).expect(400);
  });

  it('should sign candidates up while there is room, under concurrency too', async () => {
    const [open] = (await t.http.get('/api/events?kind=open_day').expect(200)).body as EventResponse[];
    const results = await Promise.all(
      students.map((student) => t.http.post(`/api/events/${open.id}/signup`).set('Authorization', bearer(student))),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    expect(results.filter((r) => r.status === 409)).toHaveLength(6);
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM event_signups WHERE event_id = $1`, [
      open.id,
    ]);
    expect(row.n).toBe(2);
    await t.http.post(`/api/events/${open.id}/signup`).set('Authorization', bearer(company)).expect(403);
    const signedUp = results.findIndex((r) => r.status === 200);
    await t.http.post(`/api/events/${open.id}/signup`).set('Authorization', bearer(students[signedUp])).expect(409);
    const mine = await t.http.get('/api/me/events').set('Authorization', bearer(students[signedUp])).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ id: open.id, signedUp: true, signups: 2 })]);
  });

  it('should show who comes to the organiser and the program office only, and tell them of a cancellation', async () => {
    const [visit] = (await t.http.get('/api/events?kind=company_visit').expect(200)).body as EventResponse[];
    await t.http.post(`/api/events/${visit.id}/signup`).set('Authorization', bearer(students[0])).expect(200);
    const attendees = await t.http
      .get(`/api/events/${visit.id}/attendees`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(attendees.body.map((a: { name: string }) => a.name)).toEqual(['Student 0']);
    await t.http.get(`/api/events/${visit.id}/attendees`).set('Authorization', bearer(admin)).expect(200);
    await t.http.get(`/api/events/${visit.id}/attendees`).set('Authorization', bearer(otherCompany)).expect(404);
    await t.http.get(`/api/events/${visit.id}/attendees`).set('Authorization', bearer(students[0])).expect(404);
    await t.http
      .patch(`/api/events/${visit.id}`)
      .set('Authorization', bearer(otherCompany))
      .send({ title: 'x' })
      .expect(404);
    await t.http
      .patch(`/api/events/${visit.id}`)
      .set('Authorization', bearer(company))
      .send({ title: 'Bedrijfsbezoek lasafdeling' })
      .expect(200);
    await t.http.post(`/api/events/${visit.id}/cancel`).set('Authorization', bearer(company)).expect(200);
    const notices = await t.dataSource.query(`SELECT user_id FROM notifications WHERE type = 'event.cancelled'`);
    expect(notices).toEqual([{ user_id: students[0].auth.user.id }]);
    // The notice links to the event page: whoever signed up still sees it there, as cancelled; others do not.
    const seen = await t.http.get(`/api/events/${visit.id}`).set('Authorization', bearer(students[0])).expect(200);
    expect(seen.body).toMatchObject({ status: 'cancelled', signedUp: true, canManage: false });
    await t.http.get(`/api/events/${visit.id}`).set('Authorization', bearer(students[1])).expect(404);
    await t.http.get(`/api/events/${visit.id}`).expect(404);
    await t.http.post(`/api/events/${visit.id}/signup`).set('Authorization', bearer(students[1])).expect(404);
    await t.http.delete(`/api/events/${visit.id}/signup`).set('Authorization', bearer(students[1])).expect(404);
  });
});
