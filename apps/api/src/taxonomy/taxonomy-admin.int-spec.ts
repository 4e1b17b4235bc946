import type { RecommendationsResponse, SkillResponse } from '@techzone/contracts';
import {
  bearer,
  placeId,
  publishedVacancy,
  register,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';

describe('taxonomy editing by the program office (HTTP against a real database)', () => {
  let t: TestApp;
  let admin: Session;
  let company: Session;
  let candidate: Session;
  let emmen: number;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await register(t.http, { kind: 'professional', name: 'Programmabureau' });
    await t.dataSource.query(`UPDATE users SET account_type = 'admin', candidate_kind = NULL WHERE id = $1`, [
      admin.auth.user.id,
    ]);
    company = await verifiedCompany(t);
    candidate = await register(t.http, { kind: 'professional' });
    emmen = await placeId(t, 'Emmen');
  });

  afterAll(async () => {
    await t.close();
  });

  const skill = {
    code: 'weld.laser_hybrid',
    parent: 'weld',
    nl: 'Hybride laserlassen',
    en: 'Laser welding',
    kind: 'skill',
    synonyms: ['hybridelasser'],
  };

  it('should let only the program office edit the taxonomies', async () => {
    await t.http.post('/api/admin/taxonomy/skills').send(skill).expect(401);
    await t.http.post('/api/admin/taxonomy/skills').set('Authorization', bearer(company)).send(skill).expect(403);
    await t.http.post('/api/admin/taxonomy/skills').set('Authorization', bearer(candidate)).send(skill).expect(403);
    await t.http
      .patch('/api/admin/taxonomy/sectors/25')
      .set('Authorization', bearer(company))
      .send({ nl: 'x' })
      .expect(403);
  });

  it('should refuse bad codes, unknown parents, cycles and duplicates', async () => {
    const post = (body: object) =>
      t.http.post('/api/admin/taxonomy/skills').set('Authorization', bearer(admin)).send(body);
    await post({ ...skill, code: 'Laser Lassen' }).expect(400);
    const unknown = await post({ ...skill, parent: 'nothing.here' }).expect(400);
    expect(unknown.body.details[0]).toMatchObject({ field: 'parent', code: 'unknownParent' });
    await post({ ...skill, code: 'weld.mig' }).expect(409);
    const cycle = await t.http
      .patch('/api/admin/taxonomy/skills/weld')
      .set('Authorization', bearer(admin))
      .send({ parent: 'weld.mig' })
      .expect(400);
    expect(cycle.body.details[0].code).toBe('cycle');
    await t.http
      .post('/api/admin/taxonomy/sectors')
      .set('Authorization', bearer(admin))
      .send({ code: '25', parent: 'C', nl: 'x', en: 'x', level: 'group' })
      .expect(400);
    await t.http
      .post('/api/admin/taxonomy/qualifications')
      .set('Authorization', bearer(admin))
      .send({
        crebo: '9999',
        nl: 'x',
        en: 'x',
        level: 2,
        dossierCrebo: '23199',
        dossier: 'x',
        domain: 'x',
        routes: ['BOL'],
      })
      .expect(400);
  });

  it('should put a new skill into forms, search and matching at once', async () => {
    const created = await t.http
      .post('/api/admin/taxonomy/skills')
      .set('Authorization', bearer(admin))
      .send(skill)
      .expect(201);
    expect(created.body as SkillResponse).toMatchObject({
      code: 'weld.laser_hybrid',
      parent: 'weld',
      nl: 'Hybride laserlassen',
      synonyms: ['hybridelasser'],
    });
    const found = await t.http.get('/api/taxonomy/skills?q=hybride%20laser').expect(200);
    expect(found.body.map((s: SkillResponse) => s.code)).toContain('weld.laser_hybrid');

    await publishedVacancy(t, company, emmen, {
      type: 'job',
      title: 'Operator lasrobot',
      levels: [],
      certificates: [],
      skills: [{ skillCode: 'weld.laser_hybrid', minLevel: 2, importance: 'must' }],
    });
    await t.http
      .put('/api/me/profile')
      .set('Authorization', bearer(candidate))
      .send({
        homePlaceId: emmen,
        maxTravelKm: 20,
        wantedTypes: [],
        sectorCodes: [],
        skills: [{ skillCode: 'weld.laser_hybrid', level: 3 }],
        certificates: [],
        languages: [],
        discoverable: false,
      })
      .expect(200);
    const recommended = (
      await t.http.get('/api/me/recommendations').set('Authorization', bearer(candidate)).expect(200)
    ).body as RecommendationsResponse;
    const match = recommended.items.find((item) => item.vacancy.title === 'Operator lasrobot');
    expect(match?.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'skills', matched: 1, total: 1 })]),
    );
  });

  it('should let search find vacancies by a renamed skill at once', async () => {
    const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);
    const before = await t.http.get('/api/vacancies?q=bundelstraal').expect(200);
    expect(titles(before.body)).not.toContain('Operator lasrobot');
    await t.http
      .patch('/api/admin/taxonomy/skills/weld.laser_hybrid')
      .set('Authorization', bearer(admin))
      .send({ synonyms: ['hybridelasser', 'bundelstraal'] })
      .expect(200);
    const after = await t.http.get('/api/vacancies?q=bundelstraal').expect(200);
    expect(titles(after.body)).toContain('Operator lasrobot');
  });

  it('should add and rename qualifications and sectors', async () => {
    await t.http
      .post('/api/admin/taxonomy/qualifications')
      .set('Authorization', bearer(admin))
      .send({
        crebo: '29999',
        nl: 'Lasrobotoperator',
        en: 'Welding robot operator',
        level: 3,
        dossierCrebo: '23199',
        dossier: 'Metaal',
        domain: 'Techniek',
        routes: ['BOL', 'BBL'],
        skillCodes: ['weld.laser_hybrid'],
      })
      .expect(201);
    await t.http
      .post('/api/admin/taxonomy/qualifications')
      .set('Authorization', bearer(admin))
      .send({
        crebo: '29998',
        nl: 'x',
        en: 'x',
        level: 3,
        dossierCrebo: '23199',
        dossier: 'x',
        domain: 'x',
        routes: [],
        skillCodes: ['no.such'],
      })
      .expect(400);
    const renamed = await t.http
      .patch('/api/admin/taxonomy/qualifications/29999')
      .set('Authorization', bearer(admin))
      .send({ nl: 'Operator lasrobots' })
      .expect(200);
    // The editor fills its form from the answer: every field it can change comes back.
    expect(renamed.body).toMatchObject({
      crebo: '29999',
      nl: 'Operator lasrobots',
      level: 3,
      dossierCrebo: '23199',
      domain: 'Techniek',
      skillCodes: ['weld.laser_hybrid'],
    });
    const sector = await t.http
      .patch('/api/admin/taxonomy/sectors/25')
      .set('Authorization', bearer(admin))
      .send({ en: 'Fabricated metal products' })
      .expect(200);
    expect(sector.body).toMatchObject({ code: '25', en: 'Fabricated metal products' });
    await t.http
      .patch('/api/admin/taxonomy/sectors/99')
      .set('Authorization', bearer(admin))
      .send({ en: 'x' })
      .expect(404);
  });
});
