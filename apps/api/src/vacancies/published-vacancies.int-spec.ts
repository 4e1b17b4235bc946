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
import { VacanciesRepository } from './vacancies.repository';

/**
 * published_vacancies and search_lexemes are kept by triggers (migration PublishedVacancies): search and the
 * matching pre-filter read nothing else, so every way a vacancy or an accreditation changes must reach them.
 */
describe('the searchable copy of published vacancies (triggers, real database)', () => {
  let t: TestApp;
  let company: Session;
  let emmen: number;

  const copy = async (id: string): Promise<Record<string, unknown> | undefined> =>
    (
      (await t.dataSource.query(
        `SELECT type, municipality, levels, match_skills, accreditations, search_vector::text AS words
         FROM published_vacancies WHERE vacancy_id = $1`,
        [id],
      )) as Record<string, unknown>[]
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    company = await verifiedCompany(t, { companyName: 'Kopie Metaal' });
    emmen = await placeId(t, 'Emmen');
  });

  afterAll(async () => {
    await t.close();
  });

  it('should hold a vacancy from publication to closing, never as a draft, and follow its edits', async () => {
    const draft = await t.http
      .post('/api/vacancies')
      .set('Authorization', bearer(company))
      .send(newVacancy(organizationOf(company), emmen, { title: 'Wikkelaar transformatoren', skills: [] }))
      .expect(201);
    const id = draft.body.id as string;
    expect(await copy(id)).toBeUndefined();

    await t.http.post(`/api/vacancies/${id}/publish`).set('Authorization', bearer(company)).expect(200);
    expect(await copy(id)).toMatchObject({ type: 'bol_internship', municipality: 'Emmen', match_skills: '' });
    expect((await copy(id))?.['words']).toContain("'wikkelar'");

    await t.http
      .patch(`/api/vacancies/${id}`)
      .set('Authorization', bearer(company))
      .send({
        title: 'Spoelenwinder transformatoren',
        type: 'job',
        skills: [{ skillCode: 'weld.tig', minLevel: 2, importance: 'must' }],
      })
      .expect(200);
    const edited = await copy(id);
    expect(edited).toMatchObject({ type: 'job', match_skills: 'weld.tig:2:must' });
    expect(edited?.['words']).toContain("'spoelenwinder'");
    expect(edited?.['words']).not.toContain("'wikkelar'");

    await t.http.post(`/api/vacancies/${id}/close`).set('Authorization', bearer(company)).expect(200);
    expect(await copy(id)).toBeUndefined();
  });

  it("should follow the company's accreditations: added, changed and removed", async () => {
    const id = await publishedVacancy(t, company, emmen, { title: 'Leerbaan plaatwerker' });
    const organization = organizationOf(company);
    expect((await copy(id))?.['accreditations']).toBe('');
    await t.dataSource.query(
      `INSERT INTO accreditations (organization_id, crebo, since) VALUES ($1, '25287', '2020-01-01'), ($1, '25290', '2021-03-01')`,
      [organization],
    );
    expect((await copy(id))?.['accreditations']).toBe('25287:2020-01-01: 25290:2021-03-01:');
    await t.dataSource.query(
      `UPDATE accreditations SET until = '2022-12-31' WHERE organization_id = $1 AND crebo = '25290'`,
      [organization],
    );
    expect((await copy(id))?.['accreditations']).toBe('25287:2020-01-01: 25290:2021-03-01:2022-12-31');
    await t.dataSource.query(`DELETE FROM accreditations WHERE organization_id = $1`, [organization]);
    expect((await copy(id))?.['accreditations']).toBe('');
  });

  it('should find by a typed prefix exactly what the prefix itself finds, through the exact lexemes', async () => {
    const titles = [
      'Lasser constructiewerk',
      'Lassen en slijpen',
      'Lasrobot programmeur',
      'Mechatronicus',
      'Mechanisch monteur',
      'Machinebouwer',
    ];
    for (const title of titles) {
      await publishedVacancy(t, company, emmen, { title, description: 'Werk in de maakindustrie.', skills: [] });
    }
    const repository = t.app.get(VacanciesRepository);
    for (const typed of ['la', 'las', 'lasse', 'lassen', 'mecha', 'mechatronicus', 'ma', 'wikkel', 'zzzq']) {
      const resolved = await repository.resolveQuery(`${typed}:*`);
      expect(resolved).not.toBeNull();
      const ids = async (query: string, cast: string): Promise<string[]> =>
        (
          (await t.dataSource.query(
            `SELECT vacancy_id FROM published_vacancies WHERE search_vector @@ ${cast} ORDER BY 1`,
            [query],
          )) as { vacancy_id: string }[]
        ).map((row) => row.vacancy_id);
      expect(await ids(resolved as string, '$1::tsquery')).toEqual(
        await ids(`${typed}:*`, `to_tsquery('dutch', tz_unaccent($1))`),
      );
    }
    // A prefix of a known word is asked for as its lexemes, not as a prefix.
    expect(await repository.resolveQuery('lasse:*')).not.toContain(':*');
    // Only stop words: nothing to ask for.
    expect(await repository.resolveQuery('de:* & het')).toBeNull();
  });

  it('should rank the newest 500 matches, found in recent windows first, as if it had walked them all', async () => {
    // 700 matches: 600 in the last hours (the one-day window holds the newest 500), 100 over the last months; some
    // say the word twice (they rank higher).
    await t.dataSource.query(
      `INSERT INTO vacancies (organization_id, type, status, title, description, place_id, lat, lon, municipality,
         hours_per_week, published_at, expires_at)
       SELECT $1, 'job', 'published',
         CASE WHEN g % 7 = 0 THEN 'Zeefdrukker zeefdrukker ' || g ELSE 'Zeefdrukker ' || g END,
         'Drukwerk.', p.id, p.lat, p.lon, p.municipality, 32,
         CASE WHEN g <= 600 THEN now() - g * interval '1 minute' ELSE now() - g * interval '1 day' END, NULL
       FROM generate_series(1, 700) AS g, places p WHERE p.id = $2`,
      [organizationOf(company), emmen],
    );
    const expected = async (page: number): Promise<string[]> =>
      (
        (await t.dataSource.query(
          `SELECT vacancy_id FROM (
             SELECT vacancy_id, published_at, ts_rank(search_vector, to_tsquery('dutch', 'zeefdrukker')) AS rank
             FROM published_vacancies WHERE search_vector @@ to_tsquery('dutch', 'zeefdrukker')
             ORDER BY published_at DESC LIMIT 500
           ) newest ORDER BY rank DESC, published_at DESC, vacancy_id LIMIT 20 OFFSET $1`,
          [(page - 1) * 20],
        )) as { vacancy_id: string }[]
      ).map((row) => row.vacancy_id);
    for (const page of [1, 2, 25]) {
      const response = await t.http.get('/api/vacancies').query({ q: 'zeefdrukker', page }).expect(200);
      expect(response.body.total).toBe(700);
      expect(response.body.items.map((item: { id: string }) => item.id)).toEqual(await expected(page));
    }
  });
});
