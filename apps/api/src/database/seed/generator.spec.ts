import { CERTIFICATES, REGION_MUNICIPALITIES, VACANCY_TYPES } from '@techzone/contracts';
import qualifications from '../../taxonomy/data/qualifications.json';
import sectors from '../../taxonomy/data/sectors.json';
import skills from '../../taxonomy/data/skills.json';
import { DEMO_ORGANIZATIONS, DEMO_USERS } from './demo-data';
import { DEFAULT_DEMO_OPTIONS, generateDemoData, type DemoDataSet } from './generator';
import { Random } from './random';
import { NEARBY_TOWNS, REGION_TOWNS, TRADES } from './region-data';

const NOW = new Date('2026-11-28T09:00:00Z');
const SKILL_CODES = new Set(skills.map((skill) => skill.code));
const CREBOS = new Set(qualifications.map((qualification) => qualification.crebo));
const SECTIONS = new Map(sectors.map((sector) => [sector.code, sector]));
const REGION_CODES = new Set<string>(REGION_MUNICIPALITIES.map((m) => m.code));

/** The SBI section of a division or group code. */
function sectionOf(code: string): string | null {
  let sector = SECTIONS.get(code);
  while (sector?.parent) {
    sector = SECTIONS.get(sector.parent);
  }
  return sector?.code ?? null;
}

describe('demo data generator', () => {
  let data: DemoDataSet;

  beforeAll(() => {
    data = generateDemoData({ ...DEFAULT_DEMO_OPTIONS, now: NOW });
  });

  it('should produce identical data for the same seed and date', () => {
    const again = generateDemoData({ ...DEFAULT_DEMO_OPTIONS, now: NOW });
    expect(JSON.stringify(again)).toEqual(JSON.stringify(data));
  });

  it('should produce different data for a different seed', () => {
    const other = generateDemoData({ ...DEFAULT_DEMO_OPTIONS, seed: 42, now: NOW });
    expect(other.vacancies.map((v) => v.title)).not.toEqual(data.vacancies.map((v) => v.title));
    expect(other.organizations.map((o) => o.name)).not.toEqual(data.organizations.map((o) => o.name));
  });

  it('should meet the counts', () => {
    const companies = data.organizations.filter((o) => o.kind === 'company');
    const schools = data.organizations.filter((o) => o.kind === 'school');
    expect(companies.length).toBeGreaterThanOrEqual(300);
    expect(schools.length).toBeGreaterThanOrEqual(8);
    expect(data.vacancies.length).toBeGreaterThanOrEqual(1500);
    expect(data.profiles.length).toBeGreaterThanOrEqual(3000);
    const schoolIds = new Set(schools.map((s) => s.id));
    for (const schoolId of schoolIds) {
      const programs = data.programs.filter((p) => p.organizationId === schoolId);
      expect(programs.length).toBeGreaterThan(0);
      for (const program of programs) {
        const cohorts = data.cohorts.filter((c) => c.programId === program.id).length;
        expect(cohorts).toBeGreaterThanOrEqual(2);
        expect(cohorts).toBeLessThanOrEqual(3);
      }
    }
    expect(schools.some((s) => data.programs.some((p) => p.organizationId === s.id && p.level === 'hbo'))).toBe(true);
  });

  it('should have vacancies of every type and status, mostly published', () => {
    for (const type of VACANCY_TYPES) {
      expect(data.vacancies.filter((v) => v.type === type).length).toBeGreaterThan(20);
    }
    const now = NOW.toISOString();
    const live = data.vacancies.filter((v) => v.status === 'published' && (v.expiresAt ?? '') > now);
    const expired = data.vacancies.filter((v) => v.status === 'published' && (v.expiresAt ?? '') < now);
    expect(live.length / data.vacancies.length).toBeGreaterThan(0.75);
    expect(expired.length).toBeGreaterThan(0);
    expect(data.vacancies.some((v) => v.status === 'draft')).toBe(true);
    expect(data.vacancies.some((v) => v.status === 'closed')).toBe(true);
    for (const vacancy of live) {
      const ageDays = (NOW.getTime() - Date.parse(vacancy.publishedAt as string)) / 86_400_000;
      expect(ageDays).toBeGreaterThanOrEqual(0);
      expect(ageDays).toBeLessThanOrEqual(60);
    }
  });

  it('should write vacancies that the search words of the trades find', () => {
    const text = (v: DemoDataSet['vacancies'][number]): string => `${v.title} ${v.description}`.toLowerCase();
    for (const word of [
      'lassen',
      'lasser',
      'cnc',
      'mechatronica',
      'procesoperator',
      'onderhoudsmonteur',
      'heftruck',
      'kunststof',
    ]) {
      expect(data.vacancies.filter((v) => v.status === 'published' && text(v).includes(word)).length).toBeGreaterThan(
        5,
      );
    }
  });

  it('should keep every vacancy within the limits of the API', () => {
    for (const vacancy of data.vacancies) {
      expect(vacancy.title.length).toBeLessThanOrEqual(120);
      expect(vacancy.skills.length).toBeGreaterThanOrEqual(2);
      expect(vacancy.skills.length).toBeLessThanOrEqual(8);
      expect(new Set(vacancy.skills.map((s) => s.skillCode)).size).toBe(vacancy.skills.length);
      expect(vacancy.hoursPerWeek).toBeGreaterThanOrEqual(16);
      expect(vacancy.hoursPerWeek).toBeLessThanOrEqual(40);
      expect(vacancy.positions).toBeGreaterThanOrEqual(1);
      expect(vacancy.positions).toBeLessThanOrEqual(5);
      expect(vacancy.description.split('\n\n').length).toBeGreaterThanOrEqual(3);
      if (vacancy.type === 'bol_internship' || vacancy.type === 'bbl_apprenticeship') {
        expect(vacancy.qualificationCrebos.length).toBeGreaterThan(0);
      }
      if (vacancy.startDate && vacancy.endDate) {
        expect(vacancy.endDate > vacancy.startDate).toBe(true);
      }
    }
  });

  it('should only reference skills, qualifications, sectors, certificates and towns that exist', () => {
    const certificates = new Set<string>(CERTIFICATES);
    const towns = new Set([...REGION_TOWNS, ...NEARBY_TOWNS].map((t) => `${t.name}|${t.municipalityCode}`));
    for (const vacancy of data.vacancies) {
      vacancy.skills.forEach((s) => expect(SKILL_CODES).toContain(s.skillCode));
      vacancy.qualificationCrebos.forEach((crebo) => expect(CREBOS).toContain(crebo));
      vacancy.certificates.forEach((c) => expect(certificates).toContain(c));
      expect(REGION_CODES).toContain(vacancy.town.municipalityCode);
    }
    for (const profile of data.profiles) {
      profile.skills.forEach((s) => expect(SKILL_CODES).toContain(s.skillCode));
      if (profile.qualificationCrebo) {
        expect(CREBOS).toContain(profile.qualificationCrebo);
      }
      profile.certificates.forEach((c) => expect(certificates).toContain(c));
      expect(towns).toContain(`${profile.homeTown?.name}|${profile.homeTown?.municipalityCode}`);
    }
    data.accreditations.forEach((a) => expect(CREBOS).toContain(a.crebo));
    data.programs.filter((p) => p.crebo).forEach((p) => expect(CREBOS).toContain(p.crebo));
    data.programs.filter((p) => p.level === 'hbo').forEach((p) => expect(p.croho).toMatch(/^\d{5}$/));
    for (const company of data.organizations.filter((o) => o.kind === 'company')) {
      expect(sectionOf(company.sectorCode as string)).toBe('C');
      expect(REGION_CODES).toContain(
        data.locations.find((l) => l.organizationId === company.id)?.town.municipalityCode,
      );
    }
    for (const trade of TRADES) {
      trade.roles.forEach((role) => role.skills.forEach((skill) => expect(SKILL_CODES).toContain(skill)));
      trade.roles.forEach((role) => role.crebos.forEach((crebo) => expect(CREBOS).toContain(crebo)));
    }
  });

  it('should keep ids, emails, names and KvK numbers unique, and every reference pointing at a generated row', () => {
    const companies = data.organizations.filter((o) => o.kind === 'company');
    const kvk = companies.map((c) => c.kvkNumber);
    kvk.forEach((number) => expect(number).toMatch(/^\d{8}$/));
    expect(new Set(kvk).size).toBe(kvk.length);
    expect(new Set(data.organizations.map((o) => o.name)).size).toBe(data.organizations.length);
    expect(new Set(data.users.map((u) => u.email)).size).toBe(data.users.length);
    const ids = [...data.organizations, ...data.users, ...data.vacancies, ...data.programs, ...data.cohorts].map(
      (r) => r.id,
    );
    expect(new Set(ids).size).toBe(ids.length);

    const organizationIds = new Set(data.organizations.map((o) => o.id));
    const programIds = new Set(data.programs.map((p) => p.id));
    const cohorts = new Map(data.cohorts.map((c) => [c.id, c]));
    const userIds = new Set(data.users.map((u) => u.id));
    data.vacancies.forEach((v) => expect(organizationIds).toContain(v.organizationId));
    data.memberships.forEach((m) => expect(organizationIds).toContain(m.organizationId));
    for (const profile of data.profiles) {
      expect(userIds).toContain(profile.userId);
      if (profile.cohortId) {
        expect(programIds).toContain(profile.programId);
        expect(cohorts.get(profile.cohortId)?.programId).toBe(profile.programId);
      }
    }
  });

  it('should keep the demo logins, organisation names and KvK numbers, and let only them log in', () => {
    for (const org of DEMO_ORGANIZATIONS) {
      const row = data.organizations.find((o) => o.name === org.name);
      expect(row?.kvkNumber ?? null).toBe(org.kvkNumber ?? null);
      expect(row?.verificationStatus).toBe(org.verified ? 'verified' : 'pending');
    }
    expect(data.users.filter((u) => u.demoLogin).map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email));
    expect(data.users.filter((u) => !u.demoLogin).every((u) => u.accountType === 'candidate')).toBe(true);
  });

  it('should give the demo student a profile in Emmen and Hondsrug published welding work in Emmen', () => {
    const student = data.users.find((u) => u.email === DEMO_USERS.find((d) => d.candidateKind === 'student')?.email);
    const profile = data.profiles.find((p) => p.userId === student?.id);
    expect(profile?.schoolId).toBeTruthy();
    expect(profile?.programId).toBeTruthy();
    expect(profile?.homeTown?.name).toBe('Emmen');
    const hondsrug = data.organizations.find((o) => o.name === 'Hondsrug Metaaltechniek B.V.');
    const published = data.vacancies.filter(
      (v) => v.organizationId === hondsrug?.id && v.status === 'published' && v.town.name === 'Emmen',
    );
    expect(published.length).toBeGreaterThanOrEqual(5);
    expect(
      published.filter((v) => v.skills.some((s) => s.skillCode.startsWith('weld.'))).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('should open a placement round for the demo student cohort with a Hondsrug place nobody chose yet', () => {
    const student = data.users.find((u) => u.email === DEMO_USERS.find((d) => d.candidateKind === 'student')?.email);
    const profile = data.profiles.find((p) => p.userId === student?.id);
    const [round] = data.rounds;
    expect(round.cohortId).toBe(profile?.cohortId);
    expect(round.vacancies.length).toBeGreaterThanOrEqual(6);
    const hondsrug = data.organizations.find((o) => o.name === 'Hondsrug Metaaltechniek B.V.');
    const inRound = new Set(round.vacancies.map((v) => v.vacancyId));
    const hondsrugPlace = data.vacancies.find((v) => inRound.has(v.id) && v.organizationId === hondsrug?.id);
    expect(hondsrugPlace?.type).toBe('bol_internship');
    expect(round.rankings.length).toBeGreaterThan(0);
    const cohort = new Set(data.profiles.filter((p) => p.cohortId === round.cohortId).map((p) => p.userId));
    for (const ranking of round.rankings) {
      expect(cohort.has(ranking.studentId)).toBe(true);
      expect(ranking.studentId).not.toBe(student?.id);
      expect(ranking.vacancyIds.every((id) => inRound.has(id) && id !== hondsrugPlace?.id)).toBe(true);
      expect(ranking.vacancyIds.length).toBeLessThanOrEqual(round.maxChoices);
    }
  });

  it('should give the demo school proposed and approved placements at accredited companies', () => {
    expect(data.placements.filter((p) => p.status === 'proposed').length).toBeGreaterThanOrEqual(2);
    const approved = data.placements.filter((p) => p.status === 'approved');
    expect(approved.length).toBe(2);
    expect(approved.every((p) => p.mentorId && p.supervisorId)).toBe(true);
    for (const placement of data.placements) {
      expect(
        data.accreditations.some(
          (a) => a.organizationId === placement.companyId && a.crebo === placement.qualificationCrebo,
        ),
      ).toBe(true);
      expect(new Set(data.placements.map((p) => p.studentId)).size).toBe(data.placements.length);
    }
  });

  it('should make students 16 to 22 years old and spread about 40% of candidates as discoverable', () => {
    const students = data.profiles.filter((p) => p.schoolId);
    for (const student of students) {
      const age = (NOW.getTime() - Date.parse(student.dateOfBirth as string)) / (365.25 * 86_400_000);
      expect(age).toBeGreaterThanOrEqual(16);
      expect(age).toBeLessThan(23);
    }
    const share = data.profiles.filter((p) => p.discoverable).length / data.profiles.length;
    expect(share).toBeGreaterThan(0.33);
    expect(share).toBeLessThan(0.47);
  });

  it('should fill the agenda with upcoming regional events of verified demo companies and the program office', () => {
    const published = data.events.filter((e) => e.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(5);
    expect(new Set(published.map((e) => e.kind))).toEqual(
      new Set(['open_day', 'company_visit', 'career_fair', 'workshop']),
    );
    expect(data.events.some((e) => e.status === 'pending')).toBe(true);
    expect(
      published.some((e) => e.kind === 'career_fair' && e.organizationId === null && e.town.name === 'Emmen'),
    ).toBe(true);
    const verified = new Set(data.organizations.filter((o) => o.verificationStatus === 'verified').map((o) => o.id));
    const candidates = new Set(
      data.users.filter((u) => u.accountType === 'candidate' && !u.demoLogin).map((u) => u.id),
    );
    for (const event of data.events) {
      expect(event.organizationId === null || verified.has(event.organizationId)).toBe(true);
      expect(Date.parse(event.startsAt)).toBeGreaterThan(NOW.getTime());
      expect(Date.parse(event.endsAt)).toBeGreaterThan(Date.parse(event.startsAt));
      expect(REGION_CODES.has(event.town.municipalityCode)).toBe(true);
      expect(event.title.length).toBeLessThanOrEqual(160);
      expect(event.address.length).toBeGreaterThan(0);
      // Room left for one more, and only generated candidates, each once.
      expect(event.capacity === null || event.signups.length < event.capacity).toBe(true);
      expect(new Set(event.signups).size).toBe(event.signups.length);
      expect(event.signups.every((id) => candidates.has(id))).toBe(true);
    }
    // 10:00 in Emmen is 09:00 UTC in winter (CET).
    const openDay = data.events.find((e) => e.title === 'Open dag Hondsrug Metaaltechniek');
    expect(openDay?.startsAt).toBe('2026-12-08T09:00:00.000Z');
  });
});

describe('Random', () => {
  it('should repeat its sequence for the same seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(new Random('x').uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
