import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { schoolStudent, verifiedSchool } from '../testing/school-setup';
import { inDays } from '../testing/security-world';
import {
  authUserOf,
  organizationOf,
  placeId,
  publishedVacancy,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';
import { RoundParticipantsService } from './round-participants.service';
import { RoundsService } from './rounds.service';

const CREBO = '25010';

/**
 * The rules of a placement round at the service, against the real repositories and PostgreSQL: places within the
 * vacancy's positions, a cohort of the coordinator's own school, and a run published only while nothing changed
 * since, turning its places into offers that the companies hear of. The school, companies and students are set up
 * over HTTP; the calls under test go straight to the services.
 */
describe('RoundsService', () => {
  let t: TestApp;
  let rounds: RoundsService;
  let participants: RoundParticipantsService;
  let coordinator: Session;
  let otherCoordinator: Session;
  let company: Session;
  let otherCompany: Session;
  let students: Session[];
  let schoolId: string;
  let cohortId: string;
  let one: string;
  let two: string;
  const userOf = (session: Session): Promise<AuthUser> => authUserOf(t, session);

  beforeAll(async () => {
    t = await startTestApp();
    rounds = t.app.get(RoundsService);
    participants = t.app.get(RoundParticipantsService);
    const school = await verifiedSchool(t, 'ROC Regels', CREBO);
    coordinator = school.session;
    schoolId = school.schoolId;
    cohortId = school.cohortId;
    otherCoordinator = (await verifiedSchool(t, 'Andere School', CREBO)).session;
    company = await verifiedCompany(t, { companyName: 'Ronde Metaal' });
    otherCompany = await verifiedCompany(t, { companyName: 'Ander Metaal' });
    await t.dataSource.query(
      `INSERT INTO accreditations (organization_id, crebo, since) VALUES ($1, $2, '2020-01-01')`,
      [organizationOf(company), CREBO],
    );
    const emmen = await placeId(t, 'Emmen');
    one = await publishedVacancy(t, company, emmen, { title: 'Stage lassen 1', positions: 1 });
    two = await publishedVacancy(t, company, emmen, { title: 'Stage lassen 2', positions: 1 });
    students = [];
    for (const name of ['Anna Aalders', 'Bas Bos']) {
      students.push(await schoolStudent(t, name, school, cohortId, CREBO));
    }
  });

  afterAll(() => t.close());

  const round = (capacity = 1) => ({
    name: 'Stageronde',
    cohortId,
    deadline: inDays(14),
    maxChoices: 2,
    vacancies: [
      { vacancyId: one, capacity },
      { vacancyId: two, capacity: 1 },
    ],
  });

  it("should refuse more places than a vacancy has, and a round for another school's students", async () => {
    const user = await userOf(coordinator);
    await expect(rounds.create(user, schoolId, round(2))).rejects.toBeInstanceOf(BadRequestException);
    await expect(rounds.create(await userOf(otherCoordinator), schoolId, round())).rejects.toBeInstanceOf(
      NotFoundException,
    );
    expect(await rounds.list(user, schoolId)).toEqual([]);
  });

  it('should publish a run only while nothing changed since, as offers the company hears of', async () => {
    const user = await userOf(coordinator);
    const { id } = await rounds.create(user, schoolId, round());
    const [anna, bas] = await Promise.all(students.map(userOf));
    await participants.rank(anna, id, { vacancyIds: [one, two] });
    await participants.rank(bas, id, { vacancyIds: [one] });
    const stale = await rounds.run(user, id, { seed: 'regels' });
    // Bas changes his mind after the run: that run may no longer be published.
    await participants.rank(bas, id, { vacancyIds: [two, one] });
    await expect(rounds.publish(user, id, { runId: stale.id, method: 'stable' })).rejects.toBeInstanceOf(
      ConflictException,
    );
    expect((await rounds.detail(user, id)).status).not.toBe('published');

    const fresh = await rounds.run(user, id, { seed: 'regels' });
    const published = await rounds.publish(user, id, { runId: fresh.id, method: 'stable' });
    expect(published.status).toBe('published');
    // Each student got their first choice, as an offer in the applications flow.
    const offers = (await t.dataSource.query(
      `SELECT candidate_id, vacancy_id, status FROM applications WHERE vacancy_id = ANY($1) ORDER BY vacancy_id`,
      [[one, two]],
    )) as { candidate_id: string; vacancy_id: string; status: string }[];
    expect(offers.map((row) => [row.candidate_id, row.vacancy_id, row.status]).sort()).toEqual(
      [
        [anna.id, one, 'offered'],
        [bas.id, two, 'offered'],
      ].sort(),
    );
    const told = (await t.dataSource.query(
      `SELECT user_id, data->>'placed' AS placed FROM notifications WHERE type = 'round.published'`,
    )) as { user_id: string; placed: string }[];
    expect(told).toEqual([{ user_id: company.auth.user.id, placed: '2' }]);
    expect(told.map((row) => row.user_id)).not.toContain(otherCompany.auth.user.id);

    await expect(rounds.publish(user, id, { runId: fresh.id, method: 'stable' })).rejects.toBeInstanceOf(
      ConflictException,
    );
  });

  it("should keep a school's rounds out of reach of another school", async () => {
    const [summary] = await rounds.list(await userOf(coordinator), schoolId);
    await expect(rounds.detail(await userOf(otherCoordinator), summary.id)).rejects.toBeInstanceOf(NotFoundException);
    await expect(rounds.run(await userOf(otherCoordinator), summary.id, {})).rejects.toBeInstanceOf(NotFoundException);
  });
});
