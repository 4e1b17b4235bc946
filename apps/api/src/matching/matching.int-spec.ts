import type { CandidateMatchResponse, CandidateProfileInput, RecommendationsResponse } from '@techzone/contracts';
import { recommend, suggestImprovements, type MatchCandidate } from '@techzone/matching';
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
import { MatchingRepository, nearRules } from './matching.repository';

function profile(homePlaceId: number, overrides: Partial<CandidateProfileInput> = {}): CandidateProfileInput {
  return {
    homePlaceId,
    maxTravelKm: 40,
    wantedTypes: [],
    sectorCodes: [],
    skills: [
      { skillCode: 'weld.mig', level: 3 },
      { skillCode: 'weld.tig', level: 2 },
    ],
    certificates: ['vca_basic'],
    languages: [{ code: 'nl', level: 'native' }],
    discoverable: false,
    educationLevel: 'mbo3',
    ...overrides,
  };
}

describe('matching (HTTP against a real database)', () => {
  let t: TestApp;
  let company: Session;
  let otherCompany: Session;
  let welder: Session;
  let hidden: Session;
  let emmen: number;
  let hardenberg: number;
  let nearId: string;
  let farId: string;

  beforeAll(async () => {
    t = await startTestApp();
    company = await verifiedCompany(t, { companyName: 'Match Metaal Emmen' });
    otherCompany = await verifiedCompany(t);
    welder = await register(t.http, { kind: 'professional', name: 'Bram Lasser' });
    hidden = await register(t.http, { kind: 'professional', name: 'Verborgen Kandidaat' });
    emmen = await placeId(t, 'Emmen');
    hardenberg = await placeId(t, 'Hardenberg');
    nearId = await publishedVacancy(t, company, emmen, {
      type: 'job',
      title: 'Lasser MIG/MAG Emmen',
      levels: [],
      skills: [
        { skillCode: 'weld.mig', minLevel: 2, importance: 'must' },
        { skillCode: 'weld.tig', minLevel: 2, importance: 'nice' },
      ],
    });
    farId = await publishedVacancy(t, company, hardenberg, {
      type: 'job',
      title: 'Lasser ver weg',
      levels: [],
      skills: [{ skillCode: 'weld.mig', minLevel: 2, importance: 'must' }],
    });
    await publishedVacancy(t, company, emmen, {
      type: 'job',
      title: 'Lasser met certificaat',
      levels: [],
      certificates: ['welding_certificate'],
      skills: [{ skillCode: 'weld.tig', minLevel: 3, importance: 'must' }],
    });
    await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(welder))
      .send(profile(emmen, { maxTravelKm: 20, discoverable: true }))
      .expect(200);
    await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(hidden))
      .send(profile(emmen, { discoverable: false }))
      .expect(200);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should recommend nearby vacancies with reasons, and leave out those beyond the travel limit', async () => {
    const response = await t.http.get('/api/me/recommendations').set('Authorization', bearer(welder)).expect(200);
    const body = response.body as RecommendationsResponse;
    expect(body.missing).toEqual([]);
    const ids = body.items.map((item) => item.vacancy.id);
    expect(ids).toContain(nearId);
    expect(ids).not.toContain(farId);
    const near = body.items.find((item) => item.vacancy.id === nearId);
    expect(near?.score).toBeGreaterThan(0);
    expect(near?.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['skills', 'distance']));
    const scores = body.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('should leave out in SQL only vacancies whose route, level, qualification, accreditation or period rule fails: same answer', async () => {
    // Vacancies of every kind near Emmen: types, levels and qualifications that fit some candidates and not others.
    const org = organizationOf(company);
    await t.dataSource.query(
      `INSERT INTO accreditations (organization_id, crebo, since) VALUES ($1, '25290', '2020-01-01'), ($1, '25287', '2020-01-01')
       ON CONFLICT DO NOTHING`,
      [org],
    );
    const kinds = [
      { type: 'bol_internship', levels: ['mbo2', 'mbo3'], qualificationCrebos: ['25290'] },
      { type: 'bol_internship', levels: ['mbo3'], qualificationCrebos: ['25287'] },
      { type: 'bol_internship', levels: [], qualificationCrebos: [] },
      { type: 'bbl_apprenticeship', levels: ['mbo2'], qualificationCrebos: ['25290'] },
      { type: 'graduation_internship', levels: ['hbo'], qualificationCrebos: [] },
      { type: 'job', levels: ['mbo4', 'hbo'], qualificationCrebos: [] },
      { type: 'retraining', levels: [], qualificationCrebos: ['25287'], certificates: ['welding_certificate'] },
      { type: 'job', levels: [], qualificationCrebos: [], startDate: '2027-09-01', endDate: '2028-01-31' },
      { type: 'bol_internship', levels: [], qualificationCrebos: [], startDate: '2027-02-01', endDate: '2027-06-30' },
    ] as const;
    for (const kind of kinds) {
      await publishedVacancy(t, company, emmen, {
        title: `Regels ${kind.type} ${kind.levels.join(' ')}`,
        ...kind,
        levels: [...kind.levels],
        qualificationCrebos: [...kind.qualificationCrebos],
        certificates: 'certificates' in kind ? [...kind.certificates] : ['vca_basic'],
        skills: [
          { skillCode: 'weld.mig', minLevel: 2, importance: 'must' },
          { skillCode: 'weld.tig', minLevel: 3, importance: 'nice' },
          { skillCode: 'safety.vca', minLevel: 1, importance: 'must' },
        ],
      });
    }
    // A company accredited for nothing, and one whose accreditation for 25287 has ended: MBO placements there fail
    // the accreditation rule (the second only by its dates, which the SQL leaves to the engine).
    const unaccredited = new Set<string>();
    for (const accreditation of [null, { crebo: '25287', since: '2018-01-01', until: '2020-12-31' }]) {
      const other = await verifiedCompany(t);
      if (accreditation) {
        await t.dataSource.query(
          `INSERT INTO accreditations (organization_id, crebo, since, until) VALUES ($1, $2, $3, $4)`,
          [organizationOf(other), accreditation.crebo, accreditation.since, accreditation.until],
        );
      }
      for (const type of ['bol_internship', 'bbl_apprenticeship', 'job'] as const) {
        const id = await publishedVacancy(t, other, emmen, {
          title: `Regels ${type} elders`,
          type,
          levels: [],
          qualificationCrebos: [],
          skills: [{ skillCode: 'weld.mig', minLevel: 1, importance: 'must' }],
        });
        if (!accreditation && type !== 'job') {
          unaccredited.add(id);
        }
      }
    }
    const repository = t.app.get(MatchingRepository);
    const [place] = (await t.dataSource.query(`SELECT lat, lon FROM places WHERE id = $1`, [emmen])) as {
      lat: number;
      lon: number;
    }[];
    const base: MatchCandidate = {
      id: 'c',
      kind: 'student',
      route: 'BOL',
      educationLevel: 'mbo3',
      qualificationCrebo: '25290',
      dateOfBirth: '2007-05-01',
      home: { lat: place.lat, lon: place.lon },
      maxTravelKm: 30,
      skills: [{ code: 'weld.mig', level: 3 }],
      certificates: ['vca_basic'],
      wantedTypes: [],
      sectorCodes: [],
      hoursMin: null,
      hoursMax: null,
      availableFrom: null,
      availableTo: null,
      schoolId: null,
    };
    const candidates: MatchCandidate[] = [
      base,
      { ...base, qualificationCrebo: '25287' },
      { ...base, route: 'BBL', educationLevel: 'mbo2' },
      { ...base, route: null, educationLevel: 'hbo', qualificationCrebo: null },
      { ...base, kind: 'professional', route: null, educationLevel: null, qualificationCrebo: null },
      { ...base, qualificationCrebo: '25287', availableFrom: '2027-01-01', availableTo: '2027-06-30' },
      { ...base, route: 'BBL', qualificationCrebo: null, availableFrom: '2028-02-01', availableTo: null },
    ];
    for (const candidate of candidates) {
      const home = candidate.home as { lat: number; lon: number };
      const all = await repository.vacanciesNear(home, candidate.maxTravelKm);
      const kept = await repository.vacanciesNear(home, candidate.maxTravelKm, nearRules(candidate));
      expect(kept.length).toBeLessThan(all.length);
      // The accreditation rule in SQL does leave vacancies out: no MBO placement at a company without any.
      expect(all.filter((v) => unaccredited.has(v.id))).toHaveLength(2);
      expect(kept.filter((v) => unaccredited.has(v.id))).toEqual([]);
      expect(recommend(candidate, kept, 100)).toEqual(recommend(candidate, all, 100));
      expect(suggestImprovements(candidate, kept, { limit: 10 })).toEqual(
        suggestImprovements(candidate, all, { limit: 10 }),
      );
    }
  });

  it('should say what the profile lacks instead of guessing', async () => {
    const empty = await register(t.http, { kind: 'student' });
    const response = await t.http.get('/api/me/recommendations').set('Authorization', bearer(empty)).expect(200);
    expect(response.body).toEqual({ items: [], tips: [], missing: ['home', 'skills'] });
  });

  it('should refuse recommendations to anonymous visitors and companies', async () => {
    await t.http.get('/api/me/recommendations').expect(401);
    await t.http.get('/api/me/recommendations').set('Authorization', bearer(company)).expect(403);
  });

  it('should show a company only candidates who opted in, with reasons', async () => {
    const response = await t.http
      .get(`/api/vacancies/${nearId}/candidates`)
      .set('Authorization', bearer(company))
      .expect(200);
    const matches = response.body as CandidateMatchResponse[];
    const names = matches.map((match) => match.name);
    expect(names).toContain('Bram Lasser');
    expect(names).not.toContain('Verborgen Kandidaat');
    const bram = matches.find((match) => match.name === 'Bram Lasser');
    expect(bram).toMatchObject({ invited: false, alreadyApplied: false });
    expect(bram).not.toHaveProperty('email');
    expect(bram).not.toHaveProperty('dateOfBirth');
    expect(bram?.reasons.length).toBeGreaterThan(0);
  });

  it('should keep candidates of a vacancy away from other companies, candidates and anonymous visitors', async () => {
    await t.http.get(`/api/vacancies/${nearId}/candidates`).set('Authorization', bearer(otherCompany)).expect(404);
    await t.http.get(`/api/vacancies/${nearId}/candidates`).set('Authorization', bearer(welder)).expect(403);
    await t.http.get(`/api/vacancies/${nearId}/candidates`).expect(401);
  });

  it('should invite an opted-in candidate once, and never a hidden one', async () => {
    const welderId = welder.auth.user.id;
    await t.http
      .post(`/api/vacancies/${nearId}/candidates/${welderId}/invite`)
      .set('Authorization', bearer(company))
      .expect(204);
    await t.http
      .post(`/api/vacancies/${nearId}/candidates/${welderId}/invite`)
      .set('Authorization', bearer(company))
      .expect(204);
    const notifications = await t.http.get('/api/notifications').set('Authorization', bearer(welder)).expect(200);
    const invitations = notifications.body.items.filter((item: { type: string }) => item.type === 'vacancy.invitation');
    expect(invitations).toHaveLength(1);
    expect(invitations[0].data).toMatchObject({
      vacancyTitle: 'Lasser MIG/MAG Emmen',
      companyName: 'Match Metaal Emmen',
    });
    const after = await t.http
      .get(`/api/vacancies/${nearId}/candidates`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(after.body.find((match: CandidateMatchResponse) => match.userId === welderId)?.invited).toBe(true);

    await t.http
      .post(`/api/vacancies/${nearId}/candidates/${hidden.auth.user.id}/invite`)
      .set('Authorization', bearer(company))
      .expect(404);
    await t.http
      .post(`/api/vacancies/${nearId}/candidates/${welderId}/invite`)
      .set('Authorization', bearer(otherCompany))
      .expect(404);
  });

  it('should stop showing a candidate to companies once they opt out', async () => {
    await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(welder))
      .send(profile(emmen, { maxTravelKm: 20, discoverable: false }))
      .expect(200);
    const response = await t.http
      .get(`/api/vacancies/${nearId}/candidates`)
      .set('Authorization', bearer(company))
      .expect(200);
    expect(response.body.map((match: CandidateMatchResponse) => match.name)).not.toContain('Bram Lasser');
  });
});
