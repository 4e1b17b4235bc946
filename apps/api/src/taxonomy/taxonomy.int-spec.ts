import type { PlaceResponse, QualificationResponse, SectorResponse, SkillResponse } from '@techzone/contracts';
import { startTestApp, TestApp } from '../testing/test-app';

describe('taxonomies (HTTP against a real database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('should serve the whole skills tree to anonymous visitors', async () => {
    const response = await t.http.get('/api/taxonomy/skills').expect(200);
    const skills = response.body as SkillResponse[];
    expect(skills.filter((skill) => skill.kind === 'skill').length).toBeGreaterThanOrEqual(150);
    const codes = new Set(skills.map((skill) => skill.code));
    expect(skills.every((skill) => skill.parent === null || codes.has(skill.parent))).toBe(true);
  });

  it('should autocomplete skills in both languages and by synonym, ignoring case and accents', async () => {
    const tig = (await t.http.get('/api/taxonomy/skills?q=TIG&limit=5').expect(200)).body as SkillResponse[];
    expect(tig[0].code).toBe('weld.tig');
    const forklift = (await t.http.get('/api/taxonomy/skills?q=heftruck').expect(200)).body as SkillResponse[];
    expect(forklift.length).toBeGreaterThan(0);
    const english = (await t.http.get('/api/taxonomy/skills?q=welding').expect(200)).body as SkillResponse[];
    expect(english.map((skill) => skill.code)).toContain('weld.tig');
  });

  it('should find qualifications by crebo and by name, and sectors by code', async () => {
    const all = (await t.http.get('/api/taxonomy/qualifications').expect(200)).body as QualificationResponse[];
    expect(all.length).toBeGreaterThanOrEqual(40);
    const byCrebo = (await t.http.get(`/api/taxonomy/qualifications?q=${all[0].crebo}`).expect(200))
      .body as QualificationResponse[];
    expect(byCrebo[0].crebo).toBe(all[0].crebo);
    const welding = (await t.http.get('/api/taxonomy/qualifications?q=lasser').expect(200))
      .body as QualificationResponse[];
    expect(welding.length).toBeGreaterThan(0);
    const metal = (await t.http.get('/api/taxonomy/sectors?q=25').expect(200)).body as SectorResponse[];
    expect(metal.map((sector) => sector.code)).toContain('25');
  });

  it('should autocomplete places, the region first, and look one up by id', async () => {
    const places = (await t.http.get('/api/taxonomy/places?q=emm').expect(200)).body as PlaceResponse[];
    expect(places[0]).toMatchObject({ name: 'Emmen', municipality: 'Emmen', province: 'Drenthe' });
    const accents = (await t.http.get('/api/taxonomy/places?q=exloermond').expect(200)).body as PlaceResponse[];
    expect(accents.map((place) => place.name)).toContain('Tweede Exloërmond');
    await t.http.get(`/api/taxonomy/places/${places[0].id}`).expect(200);
    await t.http.get('/api/taxonomy/places/99999999').expect(404);
    await t.http.get('/api/taxonomy/places?limit=100000').expect(400);
  });
});
