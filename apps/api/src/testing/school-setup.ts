import type { CandidateProfileInput } from '@techzone/contracts';
import { bearer, organizationOf, placeId, register, Session, TestApp } from './test-app';

export interface TestSchool {
  session: Session;
  schoolId: string;
  programId: string;
  cohortId: string;
}

/** A verified school whose coordinator is `session`, with one BOL programme (mbo3) and a cohort 2026-2027. */
export async function verifiedSchool(t: TestApp, name: string, crebo: string): Promise<TestSchool> {
  const session = await register(t.http, { kind: 'school', companyName: name });
  const schoolId = organizationOf(session);
  await t.dataSource.query(`UPDATE organizations SET verification_status = 'verified' WHERE id = $1`, [schoolId]);
  const program = await t.http
    .post(`/api/organizations/${schoolId}/programs`)
    .set('Authorization', bearer(session))
    .send({ name: 'Lasser', crebo, level: 'mbo3', route: 'BOL' })
    .expect(201);
  const cohort = await t.http
    .post(`/api/organizations/${schoolId}/programs/${program.body.id}/cohorts`)
    .set('Authorization', bearer(session))
    .send({ name: '2026-2027', startDate: '2026-09-01', endDate: '2027-07-01' })
    .expect(201);
  return { session, schoolId, programId: program.body.id as string, cohortId: cohort.body.id as string };
}

/**
 * A BOL student of the school's programme (in `cohortId`, or none) living in Emmen, who welds (MIG, level 2);
 * `overrides` change their profile.
 */
export async function schoolStudent(
  t: TestApp,
  name: string,
  school: Pick<TestSchool, 'schoolId' | 'programId'>,
  cohortId: string | null,
  crebo: string,
  overrides: Partial<CandidateProfileInput> = {},
): Promise<Session> {
  const session = await register(t.http, { kind: 'student', name });
  const profile: CandidateProfileInput = {
    schoolId: school.schoolId,
    programId: school.programId,
    cohortId,
    educationLevel: 'mbo3',
    route: 'BOL',
    qualificationCrebo: crebo,
    dateOfBirth: '2008-03-01',
    homePlaceId: await placeId(t, 'Emmen'),
    maxTravelKm: 30,
    wantedTypes: [],
    sectorCodes: [],
    skills: [{ skillCode: 'weld.mig', level: 2 }],
    certificates: ['vca_basic'],
    languages: [],
    discoverable: false,
    ...overrides,
  };
  await t.http.put('/api/me/profile').set('Authorization', bearer(session)).send(profile).expect(200);
  return session;
}
