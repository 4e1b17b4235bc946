import type { VacancySearchResponse, VacancyType } from '@techzone/contracts';
import { VACANCY_TYPES } from '@techzone/contracts';
import fc from 'fast-check';
import {
  bearer,
  newVacancy,
  organizationOf,
  placeId,
  publishedVacancy,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';

describe('vacancy search (HTTP against a real database)', () => {
  let t: TestApp;
  let company: Session;
  const places: Record<string, number> = {};
  const ids: Record<string, string> = {};
  const hidden = new Set<string>();

  const search = async (query: Record<string, string | number>): Promise<VacancySearchResponse> => {
    const response = await t.http.get('/api/vacancies').query(query).expect(200);
    return response.body as VacancySearchResponse;
  };

  beforeAll(async () => {
    t = await startTestApp();
    company = await verifiedCompany(t, { companyName: 'Zoekbedrijf Drenthe' });
    for (const name of ['Emmen', 'Klazienaveen', 'Coevorden', 'Hardenberg', 'Hoogeveen']) {
      places[name] = await placeId(t, name);
    }
    ids['lassers'] = await publishedVacancy(t, company, places['Emmen'], {
      title: 'Lassers gezocht voor staalbouw',
      type: 'job',
    });
    ids['lasser'] = await publishedVacancy(t, company, places['Coevorden'], {
      title: 'Ervaren lasser',
      type: 'job',
      skills: [],
    });
    ids['mechatronica'] = await publishedVacancy(t, company, places['Hardenberg'], {
      title: 'Stage mechatronica',
      description: 'Onderhoud aan robotcellen en besturingen.',
      type: 'bbl_apprenticeship',
      skills: [{ skillCode: 'mechatronics.assembly', minLevel: 1, importance: 'must' }],
      levels: ['mbo4'],
    });
    ids['cnc'] = await publishedVacancy(t, company, places['Klazienaveen'], {
      title: 'CNC-frezer',
      description: 'Frezen van precisiedelen.',
      type: 'part_time_job',
      skills: [],
    });
    ids['operator'] = await publishedVacancy(t, company, places['Hoogeveen'], {
      title: 'Procesoperator kunststof',
      description: 'Extrusielijnen bedienen.',
      type: 'job',
      skills: [],
    });
    // Vacancies that must never show: a closed one, an expired one and a draft, all matching common words.
    ids['closed'] = await publishedVacancy(t, company, places['Emmen'], { title: 'Gesloten lasser vacature' });
    await t.http.post(`/api/vacancies/${ids['closed']}/close`).set('Authorization', bearer(company)).expect(200);
    ids['expired'] = await publishedVacancy(t, company, places['Emmen'], { title: 'Verlopen lasser vacature' });
    await t.dataSource.query(`UPDATE vacancies SET expires_at = now() - interval '1 day' WHERE id = $1`, [
      ids['expired'],
    ]);
    const draft = await t.http
      .post('/api/vacancies')
      .set('Authorization', bearer(company))
      .send(newVacancy(organizationOf(company), places['Emmen'], { title: 'Concept lasser' }))
      .expect(201);
    ids['draft'] = draft.body.id;
    hidden.add(ids['closed']).add(ids['expired']).add(ids['draft']);
  });

  afterAll(async () => {
    await t.close();
  });

  const idsOf = (result: VacancySearchResponse): string[] => result.items.map((item) => item.id);

  it('should match Dutch word forms: lasser finds lassers and the other way round', async () => {
    expect(idsOf(await search({ q: 'lasser' }))).toEqual(expect.arrayContaining([ids['lassers'], ids['lasser']]));
    expect(idsOf(await search({ q: 'lassers' }))).toEqual(expect.arrayContaining([ids['lassers'], ids['lasser']]));
  });

  it('should forgive typos', async () => {
    expect(idsOf(await search({ q: 'mechatronika' }))).toContain(ids['mechatronica']);
    expect(idsOf(await search({ q: 'lasen' })).some((id) => id === ids['lassers'] || id === ids['lasser'])).toBe(true);
    expect(idsOf(await search({ q: 'procesoperater' }))).toContain(ids['operator']);
  });

  it('should find by the start of a word, by skill labels and by place', async () => {
    expect(idsOf(await search({ q: 'mecha' }))).toContain(ids['mechatronica']);
    expect(idsOf(await search({ q: 'cnc' }))).toContain(ids['cnc']);
    expect(idsOf(await search({ q: 'hoogeveen' }))).toEqual([ids['operator']]);
  });

  it('should keep the radius boundary exactly', async () => {
    const [{ km }] = await t.dataSource.query(
      `SELECT earth_distance(ll_to_earth(a.lat, a.lon), ll_to_earth(b.lat, b.lon)) / 1000 AS km FROM places a, places b WHERE a.id = $1 AND b.id = $2`,
      [places['Emmen'], places['Coevorden']],
    );
    const inside = await search({ place: places['Emmen'], radiusKm: Math.ceil(km) });
    const outside = await search({ place: places['Emmen'], radiusKm: Math.floor(km) });
    expect(idsOf(inside)).toContain(ids['lasser']);
    expect(idsOf(outside)).not.toContain(ids['lasser']);
    for (const item of inside.items) {
      expect(item.distanceKm).not.toBeNull();
      expect(item.distanceKm as number).toBeLessThanOrEqual(Math.ceil(km) + 0.05);
    }
  });

  it('should sort nearest first', async () => {
    const result = await search({ place: places['Emmen'], sort: 'distance' });
    const distances = result.items.map((item) => item.distanceKm as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(result.items[0].id).toBe(ids['lassers']);
  });

  it('should filter by type, level and municipality, with facet counts that add up to the total', async () => {
    const all = await search({});
    const sum = (buckets: { count: number }[]): number => buckets.reduce((total, bucket) => total + bucket.count, 0);
    expect(all.total).toBe(5);
    expect(sum(all.facets.type)).toBe(all.total);
    expect(sum(all.facets.municipality)).toBe(all.total);
    expect(all.facets.type).toEqual(expect.arrayContaining([{ value: 'job', count: 3 }]));

    const jobs = await search({ type: 'job' });
    expect(jobs.total).toBe(3);
    expect(jobs.items.every((item) => item.type === 'job')).toBe(true);
    const jobsOrParttime = await search({ type: 'job,part_time_job' });
    expect(jobsOrParttime.total).toBe(4);
    expect((await search({ level: 'mbo4' })).items.map((item) => item.id)).toEqual([ids['mechatronica']]);
    expect((await search({ municipality: 'Hardenberg' })).total).toBe(1);
    expect((await search({ skills: 'mechatronics.assembly' })).total).toBe(1);
  });

  it('should find a vacancy by its filters and place after an edit, and no longer by the old ones', async () => {
    const id = await publishedVacancy(t, company, places['Emmen'], { title: 'Constructiebankwerker', type: 'job' });
    const near = { q: 'constructiebankwerker', radiusKm: 5 };
    expect(idsOf(await search({ ...near, place: places['Emmen'], type: 'job' }))).toEqual([id]);
    await t.http
      .patch(`/api/vacancies/${id}`)
      .set('Authorization', bearer(company))
      .send({
        type: 'bbl_apprenticeship',
        placeId: places['Hardenberg'],
        levels: ['mbo3'],
        qualificationCrebos: ['25287'],
      })
      .expect(200);
    expect(idsOf(await search({ ...near, place: places['Emmen'], type: 'job' }))).toEqual([]);
    expect(idsOf(await search({ ...near, place: places['Hardenberg'], type: 'job' }))).toEqual([]);
    const moved = { ...near, place: places['Hardenberg'], type: 'bbl_apprenticeship', level: 'mbo3' };
    expect(idsOf(await search(moved))).toEqual([id]);
    expect(idsOf(await search({ ...moved, qualification: '25287', municipality: 'Hardenberg' }))).toEqual([id]);
    expect(idsOf(await search({ ...moved, qualification: '25290' }))).toEqual([]);
    await t.http.post(`/api/vacancies/${id}/close`).set('Authorization', bearer(company)).expect(200);
  });

  it('should page through results', async () => {
    const first = await search({ pageSize: 2, page: 1, sort: 'newest' });
    const second = await search({ pageSize: 2, page: 2, sort: 'newest' });
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(2);
    expect(idsOf(first).filter((id) => idsOf(second).includes(id))).toEqual([]);
  });

  it('should refuse bad parameters with a 400 naming them', async () => {
    const response = await t.http
      .get('/api/vacancies')
      .query({ type: 'spaceship', radiusKm: 5000, page: 0 })
      .expect(400);
    const fields = (response.body.details as { field: string }[]).map((detail) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['type', 'radiusKm', 'page']));
  });

  it('should never return a draft, closed or expired vacancy, whatever the search (property)', async () => {
    const words = [
      'lasser',
      'lassen',
      'vacature',
      'concept',
      'gesloten',
      'verlopen',
      'cnc',
      'stage',
      'emmen',
      'mechatronika',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            q: fc.subarray(words, { minLength: 1, maxLength: 2 }).map((chosen) => chosen.join(' ')),
            type: fc.subarray([...VACANCY_TYPES] as VacancyType[], { minLength: 1 }).map((types) => types.join(',')),
            place: fc.constantFrom(...Object.values(places)),
            radiusKm: fc.integer({ min: 1, max: 200 }),
            sort: fc.constantFrom('relevance', 'distance', 'newest'),
            pageSize: fc.integer({ min: 1, max: 50 }),
          },
          { requiredKeys: [] },
        ),
        async (query) => {
          const params: Record<string, string | number> = { ...query };
          if (params['radiusKm'] !== undefined && params['place'] === undefined) {
            delete params['radiusKm'];
          }
          const result = await search(params);
          expect(result.items.filter((item) => hidden.has(item.id))).toEqual([]);
          expect(result.items.every((item) => item.status === 'published')).toBe(true);
          expect(result.total).toBeGreaterThanOrEqual(result.items.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
