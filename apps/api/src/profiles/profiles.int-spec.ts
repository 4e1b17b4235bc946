import type { CandidateProfileInput, CandidateProfileResponse, ErrorResponse } from '@techzone/contracts';
import {
  bearer,
  organizationOf,
  placeId,
  publishedVacancy,
  register,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';

function newProfile(overrides: Partial<CandidateProfileInput> = {}): CandidateProfileInput {
  return {
    maxTravelKm: 30,
    wantedTypes: ['bol_internship'],
    sectorCodes: ['25'],
    skills: [{ skillCode: 'weld.mig', level: 2 }],
    certificates: ['vca_basic'],
    languages: [{ code: 'nl', level: 'native' }],
    discoverable: false,
    ...overrides,
  };
}

describe('candidate profiles (HTTP against a real database)', () => {
  let t: TestApp;
  let student: Session;
  let otherStudent: Session;
  let company: Session;
  let school: Session;
  let otherSchool: Session;
  let emmen: number;

  beforeAll(async () => {
    t = await startTestApp();
    student = await register(t.http, { kind: 'student', name: 'Noor Hendriks' });
    otherStudent = await register(t.http, { kind: 'student' });
    company = await verifiedCompany(t);
    emmen = await placeId(t, 'Emmen');
    school = await schoolCoordinator(t, 'Techniek College Test');
    otherSchool = await schoolCoordinator(t, 'Andere School');
  });

  afterAll(async () => {
    await t.close();
  });

  /** A school registered through the API and verified (as the program office would), with its coordinator. */
  async function schoolCoordinator(app: TestApp, name: string): Promise<Session> {
    const session = await register(app.http, { kind: 'school', companyName: name });
    await app.dataSource.query(`UPDATE organizations SET verification_status = 'verified' WHERE id = $1`, [
      organizationOf(session),
    ]);
    return session;
  }

  it('should start empty and not findable, then keep what the student saves', async () => {
    const empty = (await t.http.get('/api/me/profile').set('Authorization', bearer(student)).expect(200))
      .body as CandidateProfileResponse;
    expect(empty).toMatchObject({
      discoverable: false,
      skills: [],
      homePlace: null,
      name: 'Noor Hendriks',
      kind: 'student',
    });

    const saved = await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(student))
      .send(
        newProfile({
          homePlaceId: emmen,
          discoverable: true,
          dateOfBirth: '2009-03-14',
          availableFrom: '2026-09-01',
          availableTo: '2027-01-31',
        }),
      )
      .expect(200);
    expect(saved.body).toMatchObject({
      discoverable: true,
      homePlace: { id: emmen, name: 'Emmen' },
      skills: [expect.objectContaining({ skillCode: 'weld.mig', level: 2, nl: 'MIG/MAG-lassen' })],
      dateOfBirth: '2009-03-14',
    });
    const again = await t.http.get('/api/me/profile').set('Authorization', bearer(student)).expect(200);
    expect(again.body).toMatchObject({ discoverable: true, maxTravelKm: 30 });
  });

  it("should keep one candidate's profile away from another", async () => {
    const other = await t.http.get('/api/me/profile').set('Authorization', bearer(otherStudent)).expect(200);
    expect(other.body.homePlace).toBeNull();
    expect(other.body.skills).toEqual([]);
  });

  it('should refuse the profile to anonymous visitors and to companies', async () => {
    await t.http.get('/api/me/profile').expect(401);
    await t.http.put('/api/me/profile').set('Authorization', bearer(company)).send(newProfile()).expect(403);
  });

  it('should name unknown skills and places, impossible ranges and unknown fields, and keep the old profile', async () => {
    const response = await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(student))
      .send(
        newProfile({
          homePlaceId: 987654,
          skills: [{ skillCode: 'nope', level: 1 }],
          availableFrom: '2027-01-01',
          availableTo: '2026-01-01',
        }),
      )
      .expect(400);
    const fields = (response.body as ErrorResponse).details?.map((detail) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['homePlaceId', 'skills.0.skillCode', 'availableTo']));
    await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(student))
      .send({ ...newProfile(), password: 'x' })
      .expect(400);
    const kept = await t.http.get('/api/me/profile').set('Authorization', bearer(student)).expect(200);
    expect(kept.body.homePlace).toMatchObject({ id: emmen });
  });

  it('should save and remove vacancies, only published ones', async () => {
    const vacancyId = await publishedVacancy(t, company, emmen);
    await t.http.put(`/api/me/saved-vacancies/${vacancyId}`).set('Authorization', bearer(student)).expect(204);
    await t.http.put(`/api/me/saved-vacancies/${vacancyId}`).set('Authorization', bearer(student)).expect(204);
    const list = await t.http.get('/api/me/saved-vacancies').set('Authorization', bearer(student)).expect(200);
    expect(list.body.map((item: { id: string }) => item.id)).toEqual([vacancyId]);
    const others = await t.http.get('/api/me/saved-vacancies').set('Authorization', bearer(otherStudent)).expect(200);
    expect(others.body).toEqual([]);
    await t.http.delete(`/api/me/saved-vacancies/${vacancyId}`).set('Authorization', bearer(student)).expect(204);
    await t.http
      .put('/api/me/saved-vacancies/00000000-0000-4000-8000-000000000000')
      .set('Authorization', bearer(student))
      .expect(404);
  });

  it('should show a school only the students who chose it', async () => {
    const schoolId = organizationOf(school);
    const program = await t.http
      .post(`/api/organizations/${schoolId}/programs`)
      .set('Authorization', bearer(school))
      .send({ name: 'Metaal BOL 3', level: 'mbo3', route: 'BOL' })
      .expect(201);
    const cohort = await t.http
      .post(`/api/organizations/${schoolId}/programs/${program.body.id}/cohorts`)
      .set('Authorization', bearer(school))
      .send({ name: '2026-2027', startDate: '2026-08-24', endDate: '2027-07-09' })
      .expect(201);
    await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(student))
      .send(
        newProfile({
          schoolId,
          programId: program.body.id,
          cohortId: cohort.body.id,
          educationLevel: 'mbo3',
          route: 'BOL',
        }),
      )
      .expect(200);

    const students = await t.http
      .get(`/api/schools/${schoolId}/students`)
      .set('Authorization', bearer(school))
      .expect(200);
    expect(students.body.map((profile: CandidateProfileResponse) => profile.name)).toEqual(['Noor Hendriks']);
    await t.http.get(`/api/schools/${schoolId}/students`).set('Authorization', bearer(otherSchool)).expect(404);
    await t.http.get(`/api/schools/${schoolId}/students`).set('Authorization', bearer(company)).expect(403);
    await t.http.get(`/api/schools/${schoolId}/students`).expect(401);

    const options = await t.http.get('/api/schools').expect(200);
    expect(options.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: schoolId, programs: [expect.objectContaining({ name: 'Metaal BOL 3' })] }),
      ]),
    );
  });

  it('should refuse a programme of another school', async () => {
    const otherProgram = await t.http
      .post(`/api/organizations/${organizationOf(otherSchool)}/programs`)
      .set('Authorization', bearer(otherSchool))
      .send({ name: 'Elders', level: 'mbo2' })
      .expect(201);
    const response = await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(student))
      .send(newProfile({ schoolId: organizationOf(school), programId: otherProgram.body.id }))
      .expect(400);
    expect((response.body as ErrorResponse).details).toEqual([expect.objectContaining({ field: 'programId' })]);
    await t.http
      .post(`/api/organizations/${organizationOf(otherSchool)}/programs`)
      .set('Authorization', bearer(school))
      .send({ name: 'Kaping', level: 'mbo2' })
      .expect(404);
  });
});
