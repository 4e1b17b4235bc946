import {
  MIN_CELL,
  type CandidateProfileInput,
  type InternalInsightsResponse,
  type RegionInsightsResponse,
} from '@techzone/contracts';
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

/** Every count of people in a response: each must be hidden (null), 0, or at least MIN_CELL. */
function peopleCounts(value: unknown, found: (number | null)[] = []): (number | null)[] {
  if (Array.isArray(value)) {
    value.forEach((item) => peopleCounts(item, found));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('suppressed' in record && 'count' in record) {
      found.push(record['count'] as number | null);
    }
    Object.values(record).forEach((item) => peopleCounts(item, found));
  }
  return found;
}

const tally = (values: string[]): Record<string, number> =>
  values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});

describe('regional insights (HTTP against a real database)', () => {
  let t: TestApp;
  let company: Session;
  let silent: Session;
  let admin: Session;
  let student: Session;

  async function candidate(skills: string[], homePlaceId: number, extra: Partial<CandidateProfileInput> = {}) {
    const session = await register(t.http, { kind: 'professional' });
    await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(session))
      .send({
        homePlaceId,
        maxTravelKm: 30,
        wantedTypes: [],
        sectorCodes: [],
        skills: skills.map((skillCode) => ({ skillCode, level: 2 })),
        certificates: [],
        languages: [],
        discoverable: false,
        ...extra,
      })
      .expect(200);
    return session;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const emmen = await placeId(t, 'Emmen');
    const hardenberg = await placeId(t, 'Hardenberg');
    company = await verifiedCompany(t, { companyName: 'Cijfers Metaal' });
    silent = await verifiedCompany(t, { companyName: 'Stille Fabriek' });
    await register(t.http, { kind: 'company', companyName: 'Wacht Op Controle' });
    await publishedVacancy(t, company, emmen, {
      type: 'job',
      levels: ['mbo3'],
      skills: [{ skillCode: 'weld.mig', minLevel: 2, importance: 'must' }],
    });
    await publishedVacancy(t, company, emmen, { type: 'bol_internship', levels: ['mbo2', 'mbo3'] });
    await publishedVacancy(t, company, hardenberg, {
      type: 'job',
      levels: [],
      skills: [{ skillCode: 'weld.tig', minLevel: 2, importance: 'must' }],
    });
    const stale = await publishedVacancy(t, silent, hardenberg, { type: 'job', title: 'Oude vacature', levels: [] });
    await t.dataSource.query(`UPDATE vacancies SET published_at = now() - interval '120 days' WHERE id = $1`, [stale]);
    for (let i = 0; i < 6; i++) {
      await candidate(['weld.mig'], emmen);
    }
    const applicants: Session[] = [];
    for (let i = 0; i < 2; i++) {
      applicants.push(await candidate(['weld.tig'], hardenberg));
    }
    applicants.push(await candidate([], hardenberg));
    for (const applicant of applicants) {
      await t.http
        .post(`/api/vacancies/${stale}/applications`)
        .set('Authorization', bearer(applicant))
        .send({ motivation: 'Ik heb jarenlang ervaring met lassen en wil graag bij u werken.' })
        .expect(201);
    }
    student = applicants[0];
    admin = await register(t.http, { kind: 'professional', name: 'Programmabureau' });
    await t.dataSource.query(`UPDATE users SET account_type = 'admin', candidate_kind = NULL WHERE id = $1`, [
      admin.auth.user.id,
    ]);
    // A programme of 6 students (1 placed) and one of 2: the first is shown without its placed count, the second not at all.
    const school = await register(t.http, { kind: 'school', companyName: 'Cijferschool' });
    await t.dataSource.query(`UPDATE organizations SET verification_status = 'verified' WHERE id = $1`, [
      organizationOf(school),
    ]);
    const programs = await Promise.all(
      ['Lasser', 'Monteur'].map((name) =>
        t.http
          .post(`/api/organizations/${organizationOf(school)}/programs`)
          .set('Authorization', bearer(school))
          .send({ name, level: 'mbo3', route: 'BOL' })
          .expect(201),
      ),
    );
    const students: Session[] = [];
    for (let i = 0; i < 8; i++) {
      students.push(
        await candidate([], emmen, { schoolId: organizationOf(school), programId: programs[i < 6 ? 0 : 1].body.id }),
      );
    }
    await t.dataSource.query(
      `INSERT INTO placements (student_id, company_id, school_id, status) VALUES ($1, $2, $3, 'approved')`,
      [students[0].auth.user.id, organizationOf(company), organizationOf(school)],
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('should count open places per municipality, type and level exactly as the rows say', async () => {
    const response = await t.http.get('/api/insights/region').expect(200);
    const body = response.body as RegionInsightsResponse;
    const rows = (await t.dataSource.query(
      `SELECT type, municipality, levels, positions FROM vacancies WHERE status = 'published' AND (expires_at IS NULL OR expires_at > now())`,
    )) as { type: string; municipality: string; levels: string[]; positions: number }[];
    const cells = (list: { key: string; count: number }[]) => Object.fromEntries(list.map((c) => [c.key, c.count]));
    expect(body.openPlaces.total).toBe(rows.length);
    expect(body.openPlaces.positions).toBe(rows.reduce((sum, row) => sum + row.positions, 0));
    expect(cells(body.openPlaces.byType)).toEqual(tally(rows.map((row) => row.type)));
    expect(cells(body.openPlaces.byMunicipality)).toEqual(tally(rows.map((row) => row.municipality)));
    expect(cells(body.openPlaces.byLevel)).toEqual(tally(rows.flatMap((row) => row.levels)));

    const emmenOnly = (await t.http.get('/api/insights/region?municipality=Emmen').expect(200))
      .body as RegionInsightsResponse;
    expect(emmenOnly.openPlaces.total).toBe(rows.filter((row) => row.municipality === 'Emmen').length);
  });

  it('should set demand against supply per skill, and never show fewer than 5 people', async () => {
    const body = (await t.http.get('/api/insights/region').expect(200)).body as RegionInsightsResponse;
    const mig = body.skills.find((row) => row.code === 'weld.mig');
    const tig = body.skills.find((row) => row.code === 'weld.tig');
    const demand = (await t.dataSource.query(
      `SELECT vs.skill_code, count(*)::int AS n FROM vacancy_skills vs JOIN vacancies v ON v.id = vs.vacancy_id
       WHERE v.status = 'published' GROUP BY 1`,
    )) as { skill_code: string; n: number }[];
    const demandOf = (code: string) => demand.find((row) => row.skill_code === code)?.n;
    expect(mig).toMatchObject({
      demand: demandOf('weld.mig'),
      supply: { count: 6, suppressed: false },
      gap: (demandOf('weld.mig') ?? 0) - 6,
    });
    expect(tig).toMatchObject({ demand: 1, supply: { count: null, suppressed: true }, gap: 1 });
    expect(body.skills.indexOf(tig as never)).toBeLessThan(body.skills.indexOf(mig as never));

    const rates = body.placementRates.filter((row) => row.schoolName === 'Cijferschool');
    expect(rates).toEqual([
      {
        schoolName: 'Cijferschool',
        programName: 'Lasser',
        students: 6,
        placed: { count: null, suppressed: true },
        rate: null,
      },
    ]);
    for (const count of peopleCounts(body)) {
      expect(count === null || count === 0 || count >= MIN_CELL).toBe(true);
    }
    for (const row of body.placementRates) {
      expect(row.students).toBeGreaterThanOrEqual(MIN_CELL);
    }
    const month = body.trends[body.trends.length - 1];
    expect(month.applications).toEqual({ count: null, suppressed: true });
    const [published] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM vacancies WHERE published_at >= date_trunc('month', now())`,
    );
    expect(month.vacanciesPublished).toBe(published.n);
    expect(body.trends).toHaveLength(12);
  });

  it('should offer every figure as CSV and refuse bad filters', async () => {
    const csv = await t.http.get('/api/insights/region.csv?figure=skills').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('skill;name_nl;name_en;demand;supply;gap');
    expect(lines.find((line) => line.startsWith('weld.tig;'))).toMatch(/;1;<5;1$/);
    const rates = (await t.http.get('/api/insights/region.csv?figure=placement-rates').expect(200)).text;
    // 6 students, 1 placed: the placed count is hidden, not "<5" (it would be untrue for 1 of 6 not placed too).
    expect(rates).toMatch(/;6;hidden;(\r\n|$)/);
    expect(rates).not.toContain('<5');
    await t.http.get('/api/insights/region.csv?figure=secrets').expect(400);
    await t.http.get('/api/insights/region.csv').expect(400);
    await t.http.get('/api/insights/region?from=2026-13').expect(400);
    await t.http.get('/api/insights/region?from=2026-10&to=2026-09').expect(400);
    await t.http.get('/api/insights/region?from=2020-01&to=2026-09').expect(400);
    await t.http.get('/api/insights/region?extra=1').expect(400);
  });

  it('should show the program office, and only the program office, what needs attention', async () => {
    await t.http.get('/api/admin/insights').expect(401);
    await t.http.get('/api/admin/insights').set('Authorization', bearer(student)).expect(403);
    await t.http.get('/api/admin/insights').set('Authorization', bearer(company)).expect(403);
    const body = (await t.http.get('/api/admin/insights').set('Authorization', bearer(admin)).expect(200))
      .body as InternalInsightsResponse;
    expect(body.silentCompanies).toEqual([
      { companyId: organizationOf(silent), name: 'Stille Fabriek', applications: 3 },
    ]);
    expect(body.staleVacancies.map((v) => v.title)).toEqual(['Oude vacature']);
    expect(body.staleVacancies[0].days).toBeGreaterThanOrEqual(119);
    expect(body.verificationQueue).toEqual({ companies: 1, schools: 0 });
  });
});
