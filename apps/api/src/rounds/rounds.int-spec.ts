import type {
  ApplicationResponse,
  CompanyRoundResponse,
  MyRoundResponse,
  RoundDetailResponse,
  RoundRunDetailResponse,
} from '@techzone/contracts';
import { schoolStudent, verifiedSchool } from '../testing/school-setup';
import {
  bearer,
  organizationOf,
  placeId,
  publishedVacancy,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';

const CREBO = '25010';
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

describe('placement rounds (HTTP against a real database)', () => {
  let t: TestApp;
  let coordinator: Session;
  let otherCoordinator: Session;
  let companyA: Session;
  let companyB: Session;
  let students: Session[];
  let outsider: Session;
  let schoolId: string;
  let cohortId: string;
  let otherCohortId: string;
  let vA1: string;
  let vA2: string;
  let vB1: string;
  let bbl: string;
  let roundId: string;

  const rank = (session: Session, vacancyIds: string[]) =>
    t.http.put(`/api/me/rounds/${roundId}/ranking`).set('Authorization', bearer(session)).send({ vacancyIds });

  beforeAll(async () => {
    t = await startTestApp();
    const school = await verifiedSchool(t, 'ROC Rondes', CREBO);
    coordinator = school.session;
    schoolId = organizationOf(coordinator);
    cohortId = school.cohortId;
    const other = await verifiedSchool(t, 'Andere School', CREBO);
    otherCoordinator = other.session;
    otherCohortId = other.cohortId;
    companyA = await verifiedCompany(t, { companyName: 'Rondes Metaal A' });
    companyB = await verifiedCompany(t, { companyName: 'Rondes Metaal B' });
    for (const company of [companyA, companyB]) {
      await t.dataSource.query(
        `INSERT INTO accreditations (organization_id, crebo, since) VALUES ($1, $2, '2020-01-01')`,
        [organizationOf(company), CREBO],
      );
    }
    const emmen = await placeId(t, 'Emmen');
    vA1 = await publishedVacancy(t, companyA, emmen, { title: 'Stage lassen A1', positions: 2 });
    vA2 = await publishedVacancy(t, companyA, emmen, { title: 'Stage lassen A2', positions: 1 });
    vB1 = await publishedVacancy(t, companyB, emmen, { title: 'Stage lassen B1', positions: 1 });
    bbl = await publishedVacancy(t, companyB, emmen, { title: 'Leerbaan B', type: 'bbl_apprenticeship', positions: 1 });
    students = [];
    for (const name of ['Anna Aalders', 'Bas Bos', 'Cem Cakir', 'Dewi Dijkstra']) {
      students.push(await schoolStudent(t, name, school, cohortId, CREBO));
    }
    outsider = await schoolStudent(t, 'Olaf Anders', other, otherCohortId, CREBO);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('setting up a round', () => {
    const body = () => ({
      name: 'Stageronde voorjaar',
      cohortId,
      deadline: inDays(14),
      maxChoices: 3,
      vacancies: [
        { vacancyId: vA1, capacity: 2 },
        { vacancyId: vA2, capacity: 1 },
        { vacancyId: vB1, capacity: 1 },
        { vacancyId: bbl, capacity: 1 },
      ],
    });

    it('should refuse anonymous visitors, students and companies', async () => {
      await t.http.get(`/api/schools/${schoolId}/rounds`).expect(401);
      await t.http.get(`/api/schools/${schoolId}/rounds`).set('Authorization', bearer(students[0])).expect(403);
      await t.http
        .post(`/api/schools/${schoolId}/rounds`)
        .set('Authorization', bearer(companyA))
        .send(body())
        .expect(403);
    });

    it('should refuse a round for another school', async () => {
      await t.http
        .post(`/api/schools/${schoolId}/rounds`)
        .set('Authorization', bearer(otherCoordinator))
        .send(body())
        .expect(404);
      const response = await t.http
        .post(`/api/schools/${schoolId}/rounds`)
        .set('Authorization', bearer(coordinator))
        .send({ ...body(), cohortId: otherCohortId })
        .expect(400);
      expect(response.body.details[0].field).toBe('cohortId');
    });

    it('should refuse more places than the vacancy has, a past deadline and unknown fields', async () => {
      const tooMany = await t.http
        .post(`/api/schools/${schoolId}/rounds`)
        .set('Authorization', bearer(coordinator))
        .send({ ...body(), vacancies: [{ vacancyId: vA2, capacity: 3 }] })
        .expect(400);
      expect(tooMany.body.details).toEqual([expect.objectContaining({ field: 'vacancies.0.capacity', code: 'max' })]);
      await t.http
        .post(`/api/schools/${schoolId}/rounds`)
        .set('Authorization', bearer(coordinator))
        .send({ ...body(), deadline: inDays(-1) })
        .expect(400);
      await t.http
        .post(`/api/schools/${schoolId}/rounds`)
        .set('Authorization', bearer(coordinator))
        .send({ ...body(), status: 'published' })
        .expect(400);
      const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM placement_rounds`);
      expect(rows[0].n).toBe(0);
    });

    it('should create a round that only its school coordinators can see', async () => {
      const created = await t.http
        .post(`/api/schools/${schoolId}/rounds`)
        .set('Authorization', bearer(coordinator))
        .send(body())
        .expect(201);
      const round = created.body as RoundDetailResponse;
      roundId = round.id;
      expect(round).toMatchObject({
        status: 'open',
        rankingOpen: true,
        vacancyCount: 4,
        positions: 5,
        studentCount: 4,
      });
      expect(round.students.map((s) => s.name)).toEqual(['Anna Aalders', 'Bas Bos', 'Cem Cakir', 'Dewi Dijkstra']);
      await t.http.get(`/api/rounds/${roundId}`).set('Authorization', bearer(otherCoordinator)).expect(404);
      await t.http.get(`/api/rounds/${roundId}`).set('Authorization', bearer(companyA)).expect(403);
      const list = await t.http
        .get(`/api/schools/${schoolId}/rounds`)
        .set('Authorization', bearer(coordinator))
        .expect(200);
      expect(list.body.map((r: { id: string }) => r.id)).toEqual([roundId]);
    });
  });

  describe('students rank their choices', () => {
    it('should show the round to the cohort only', async () => {
      const mine = await t.http.get('/api/me/rounds').set('Authorization', bearer(students[0])).expect(200);
      const round = (mine.body as MyRoundResponse[])[0];
      expect(round.id).toBe(roundId);
      expect(round.vacancies).toHaveLength(4);
      expect(round.vacancies.find((v) => v.vacancy.id === bbl)?.failedRules).toEqual(['route']);
      expect(round.vacancies.find((v) => v.vacancy.id === vA1)?.failedRules).toEqual([]);
      const theirs = await t.http.get('/api/me/rounds').set('Authorization', bearer(outsider)).expect(200);
      expect(theirs.body).toEqual([]);
      await t.http.get(`/api/me/rounds/${roundId}`).set('Authorization', bearer(outsider)).expect(404);
      await rank(outsider, [vA1]).expect(404);
    });

    it('should refuse too many choices, places outside the round and places that break a hard rule', async () => {
      await rank(students[0], [vA1, vA2, vB1, bbl]).expect(400);
      const strange = await rank(students[0], [vA1, outsider.auth.user.id]).expect(400);
      expect(strange.body.details[0]).toMatchObject({ field: 'vacancyIds', code: 'notInRound' });
      const ineligible = await rank(students[0], [bbl]).expect(400);
      expect(ineligible.body.details[0]).toMatchObject({ code: 'ineligible', message: `${bbl}: route` });
      await rank(students[0], [vA1, vA1]).expect(400);
      const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM placement_round_rankings`);
      expect(rows[0].n).toBe(0);
    });

    it('should keep each student ranking in their order', async () => {
      // Everyone wants A2 (one place) first.
      const saved = await rank(students[0], [vA2, vA1, vB1]).expect(200);
      expect((saved.body as MyRoundResponse).ranking).toEqual([vA2, vA1, vB1]);
      await rank(students[1], [vA2, vB1]).expect(200);
      await rank(students[2], [vA2, vA1]).expect(200);
      await rank(students[3], [vA2]).expect(200);
      const detail = await t.http.get(`/api/rounds/${roundId}`).set('Authorization', bearer(coordinator)).expect(200);
      expect((detail.body as RoundDetailResponse).rankedCount).toBe(4);
      const again = await t.http.get(`/api/me/rounds/${roundId}`).set('Authorization', bearer(students[1])).expect(200);
      expect(again.body.ranking).toEqual([vA2, vB1]);
    });
  });

  describe('companies rank the students who chose them', () => {
    it('should show a company only its own vacancies and the students who chose them', async () => {
      const response = await t.http
        .get(`/api/organizations/${organizationOf(companyA)}/rounds`)
        .set('Authorization', bearer(companyA))
        .expect(200);
      const [round] = response.body as CompanyRoundResponse[];
      expect(round.vacancies.map((v) => v.vacancyId).sort()).toEqual([vA1, vA2].sort());
      const a2 = round.vacancies.find((v) => v.vacancyId === vA2);
      expect(a2?.candidates).toHaveLength(4);
      expect(a2?.candidates.every((c) => c.choice === 1)).toBe(true);
      await t.http
        .get(`/api/organizations/${organizationOf(companyA)}/rounds`)
        .set('Authorization', bearer(companyB))
        .expect(404);
      await t.http
        .get(`/api/organizations/${organizationOf(companyA)}/rounds`)
        .set('Authorization', bearer(students[0]))
        .expect(403);
    });

    it('should let the company rank its own vacancy only, and only students who chose it', async () => {
      await t.http
        .put(`/api/rounds/${roundId}/vacancies/${vA2}/ranking`)
        .set('Authorization', bearer(companyB))
        .send({ mode: 'manual', studentIds: [] })
        .expect(404);
      await t.http
        .put(`/api/rounds/${roundId}/vacancies/${vA2}/ranking`)
        .set('Authorization', bearer(companyA))
        .send({ mode: 'manual', studentIds: [outsider.auth.user.id] })
        .expect(400);
      const ranked = await t.http
        .put(`/api/rounds/${roundId}/vacancies/${vA2}/ranking`)
        .set('Authorization', bearer(companyA))
        .send({ mode: 'manual', studentIds: [students[3].auth.user.id, students[2].auth.user.id] })
        .expect(200);
      expect(ranked.body.mode).toBe('manual');
      expect(ranked.body.candidates.slice(0, 2).map((c: { userId: string }) => c.userId)).toEqual([
        students[3].auth.user.id,
        students[2].auth.user.id,
      ]);
    });
  });

  describe('running and publishing', () => {
    let firstRun: RoundRunDetailResponse;

    it('should allocate stable and optimal side by side, the same way for the same seed', async () => {
      const response = await t.http
        .post(`/api/rounds/${roundId}/runs`)
        .set('Authorization', bearer(coordinator))
        .send({ seed: 'alpha' })
        .expect(201);
      firstRun = response.body as RoundRunDetailResponse;
      const placeOf = (name: string) => firstRun.students.find((s) => s.name === name);
      // The company put Dewi first for A2; the stable outcome respects that.
      expect(placeOf('Dewi Dijkstra')?.stable).toEqual({ vacancyId: vA2, choice: 1, reason: null });
      expect(firstRun.stable.blockingPairs).toBe(0);
      for (const fill of firstRun.fill) {
        expect(fill.stable).toBeLessThanOrEqual(fill.capacity);
        expect(fill.optimal).toBeLessThanOrEqual(fill.capacity);
      }
      expect(firstRun.stable.placed).toBe(4);
      expect(firstRun.stable.placedAtFirstChoice).toBe(1);
      const again = await t.http
        .post(`/api/rounds/${roundId}/runs`)
        .set('Authorization', bearer(coordinator))
        .send({ seed: 'alpha' })
        .expect(201);
      expect(again.body.students).toEqual(firstRun.students);
      await t.http
        .post(`/api/rounds/${roundId}/runs`)
        .set('Authorization', bearer(otherCoordinator))
        .send({})
        .expect(404);
      await t.http
        .get(`/api/rounds/${roundId}/runs/${firstRun.id}`)
        .set('Authorization', bearer(otherCoordinator))
        .expect(404);
    });

    it('should refuse to publish a run when choices changed since', async () => {
      await rank(students[0], [vA2, vA1]).expect(200);
      await t.http
        .post(`/api/rounds/${roundId}/publish`)
        .set('Authorization', bearer(coordinator))
        .send({ runId: firstRun.id, method: 'stable' })
        .expect(409);
      const offers = await t.dataSource.query(`SELECT count(*)::int AS n FROM applications`);
      expect(offers[0].n).toBe(0);
    });

    it('should publish a run as offers that each student sees, and close the round', async () => {
      const run = await t.http
        .post(`/api/rounds/${roundId}/runs`)
        .set('Authorization', bearer(coordinator))
        .send({ seed: 'beta' })
        .expect(201);
      const outcome = run.body as RoundRunDetailResponse;
      const published = await t.http
        .post(`/api/rounds/${roundId}/publish`)
        .set('Authorization', bearer(coordinator))
        .send({ runId: outcome.id, method: 'stable' })
        .expect(200);
      expect(published.body).toMatchObject({ status: 'published', published: { runId: outcome.id, method: 'stable' } });

      const dewi = await t.http.get(`/api/me/rounds/${roundId}`).set('Authorization', bearer(students[3])).expect(200);
      const result = (dewi.body as MyRoundResponse).result;
      expect(result?.vacancyId).toBe(vA2);
      const application = await t.http
        .get(`/api/applications/${result?.applicationId}`)
        .set('Authorization', bearer(students[3]))
        .expect(200);
      expect(application.body as ApplicationResponse).toMatchObject({
        status: 'offered',
        placementRound: { id: roundId, name: 'Stageronde voorjaar' },
        allowedNext: expect.arrayContaining(['accepted', 'declined']),
      });
      expect(application.body.events[0]).toMatchObject({ from: null, to: 'offered', actor: 'school' });
      await t.http
        .patch(`/api/applications/${result?.applicationId}`)
        .set('Authorization', bearer(students[3]))
        .send({ to: 'accepted' })
        .expect(200);

      // Another student of the round does not see Dewi's result, only their own.
      const anna = await t.http.get(`/api/me/rounds/${roundId}`).set('Authorization', bearer(students[0])).expect(200);
      expect(anna.body.result.vacancyId).toBe(
        outcome.students.find((s) => s.name === 'Anna Aalders')?.stable.vacancyId,
      );
      expect(JSON.stringify(anna.body)).not.toContain(students[3].auth.user.id);

      // The company sees whom it got on its own vacancies; the other company sees none of them.
      const companyView = await t.http
        .get(`/api/organizations/${organizationOf(companyA)}/rounds`)
        .set('Authorization', bearer(companyA))
        .expect(200);
      const a2 = (companyView.body as CompanyRoundResponse[])[0].vacancies.find((v) => v.vacancyId === vA2);
      expect(a2?.placed).toEqual([{ userId: students[3].auth.user.id, name: 'Dewi Dijkstra' }]);
      const otherView = await t.http
        .get(`/api/organizations/${organizationOf(companyB)}/rounds`)
        .set('Authorization', bearer(companyB))
        .expect(200);
      expect(JSON.stringify(otherView.body)).not.toContain(vA2);

      const notices = await t.dataSource.query(
        `SELECT type, count(*)::int AS n FROM notifications WHERE type LIKE 'round.%' GROUP BY type ORDER BY type`,
      );
      expect(notices.map((row: { type: string }) => row.type)).toEqual(
        expect.arrayContaining(['round.offer', 'round.published']),
      );
    });

    it('should keep a published round as it is', async () => {
      await rank(students[1], [vB1]).expect(409);
      await t.http.post(`/api/rounds/${roundId}/runs`).set('Authorization', bearer(coordinator)).send({}).expect(409);
      await t.http
        .patch(`/api/rounds/${roundId}`)
        .set('Authorization', bearer(coordinator))
        .send({ name: 'Anders' })
        .expect(409);
      await t.http.delete(`/api/rounds/${roundId}`).set('Authorization', bearer(coordinator)).expect(409);
      await t.http
        .put(`/api/rounds/${roundId}/vacancies/${vA1}/ranking`)
        .set('Authorization', bearer(companyA))
        .send({ mode: 'score' })
        .expect(409);
    });
  });
});
