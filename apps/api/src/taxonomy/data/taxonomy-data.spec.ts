import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface SkillEntry {
  code: string;
  parent: string | null;
  nl: string;
  en: string;
  kind: 'group' | 'skill';
  escoUri?: string;
  synonyms?: { nl?: string[]; en?: string[] };
}

interface QualificationEntry {
  crebo: string;
  nl: string;
  en: string;
  level: number;
  dossierCrebo: string;
  dossier: string;
  routes: string[];
  domain: string;
  skills: string[];
}

interface SectorEntry {
  code: string;
  parent: string | null;
  nl: string;
  en: string;
  level: 'section' | 'division' | 'group';
}

const load = <T>(file: string): T[] => JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as T[];

const skills = load<SkillEntry>('skills.json');
const qualifications = load<QualificationEntry>('qualifications.json');
const sectors = load<SectorEntry>('sectors.json');

const duplicates = (values: string[]): string[] => values.filter((value, index) => values.indexOf(value) !== index);

/** Codes whose parent chain loops back on itself or never reaches a root. */
const cyclic = <T extends { code: string; parent: string | null }>(entries: T[]): string[] => {
  const parentOf = new Map(entries.map((entry) => [entry.code, entry.parent]));
  return entries
    .filter((entry) => {
      const seen = new Set<string>();
      let code: string | null = entry.code;
      while (code !== null) {
        if (seen.has(code)) {
          return true;
        }
        seen.add(code);
        code = parentOf.get(code) ?? null;
      }
      return false;
    })
    .map((entry) => entry.code);
};

describe('skills.json', () => {
  const codes = new Set(skills.map((skill) => skill.code));
  const byCode = new Map(skills.map((skill) => [skill.code, skill]));

  it('should hold at least 170 entries of which at least 150 are skills', () => {
    expect(skills.length).toBeGreaterThanOrEqual(170);
    expect(skills.filter((skill) => skill.kind === 'skill').length).toBeGreaterThanOrEqual(150);
  });

  it('should use unique lowercase dotted ASCII codes', () => {
    expect(duplicates(skills.map((skill) => skill.code))).toEqual([]);
    expect(skills.filter((skill) => !/^[a-z0-9]+(\.[a-z0-9]+)*$/.test(skill.code)).map((s) => s.code)).toEqual([]);
  });

  it('should have an existing group as the parent of every child and a group at every root', () => {
    const badParent = skills.filter(
      (skill) => skill.parent !== null && (!codes.has(skill.parent) || byCode.get(skill.parent)?.kind !== 'group'),
    );
    expect(badParent.map((skill) => skill.code)).toEqual([]);
    expect(skills.filter((skill) => skill.parent === null && skill.kind !== 'group').map((s) => s.code)).toEqual([]);
  });

  it('should nest every code under its parent code', () => {
    const misplaced = skills.filter((skill) => skill.parent !== null && !skill.code.startsWith(`${skill.parent}.`));
    expect(misplaced.map((skill) => skill.code)).toEqual([]);
  });

  it('should contain no cycles', () => {
    expect(cyclic(skills)).toEqual([]);
  });

  it('should give every group at least one child', () => {
    const parents = new Set(skills.map((skill) => skill.parent));
    expect(skills.filter((skill) => skill.kind === 'group' && !parents.has(skill.code)).map((s) => s.code)).toEqual([]);
  });

  it('should label every entry in Dutch and English', () => {
    const unlabelled = skills.filter(
      (skill) => typeof skill.nl !== 'string' || !skill.nl.trim() || typeof skill.en !== 'string' || !skill.en.trim(),
    );
    expect(unlabelled.map((skill) => skill.code)).toEqual([]);
  });

  it('should only link ESCO URIs', () => {
    const foreign = skills.filter(
      (skill) => skill.escoUri !== undefined && !skill.escoUri.startsWith('http://data.europa.eu/esco/'),
    );
    expect(foreign.map((skill) => skill.code)).toEqual([]);
  });

  it('should keep synonyms as lists of non-empty strings', () => {
    const bad = skills.filter((skill) =>
      [skill.synonyms?.nl ?? [], skill.synonyms?.en ?? []].some(
        (list) => !Array.isArray(list) || list.some((word) => typeof word !== 'string' || !word.trim()),
      ),
    );
    expect(bad.map((skill) => skill.code)).toEqual([]);
  });
});

describe('qualifications.json', () => {
  const skillKinds = new Map(skills.map((skill) => [skill.code, skill.kind]));

  it('should hold at least 40 qualifications', () => {
    expect(qualifications.length).toBeGreaterThanOrEqual(40);
  });

  it('should use unique 5-digit crebo codes, sorted', () => {
    const crebos = qualifications.map((qualification) => qualification.crebo);
    expect(duplicates(crebos)).toEqual([]);
    expect(crebos.filter((crebo) => !/^\d{5}$/.test(crebo))).toEqual([]);
    expect(qualifications.filter((q) => !/^\d{5}$/.test(q.dossierCrebo)).map((q) => q.crebo)).toEqual([]);
    expect(crebos).toEqual([...crebos].sort());
  });

  it('should have a level from 1 to 4, names and at least one route', () => {
    const bad = qualifications.filter(
      (q) =>
        !Number.isInteger(q.level) ||
        q.level < 1 ||
        q.level > 4 ||
        !q.nl.trim() ||
        !q.en.trim() ||
        !q.dossier.trim() ||
        q.routes.length === 0 ||
        q.routes.some((route) => route !== 'BOL' && route !== 'BBL'),
    );
    expect(bad.map((q) => q.crebo)).toEqual([]);
  });

  it('should only reference skills that exist in skills.json', () => {
    const missing = qualifications.flatMap((q) =>
      q.skills.filter((code) => skillKinds.get(code) !== 'skill').map((code) => `${q.crebo}: ${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('should link 3 to 8 distinct skills to every qualification', () => {
    const bad = qualifications.filter(
      (q) => q.skills.length < 3 || q.skills.length > 8 || duplicates(q.skills).length > 0,
    );
    expect(bad.map((q) => q.crebo)).toEqual([]);
  });
});

describe('sectors.json', () => {
  const codes = new Set(sectors.map((sector) => sector.code));

  it('should use unique codes', () => {
    expect(duplicates(sectors.map((sector) => sector.code))).toEqual([]);
  });

  it('should have an existing parent for every division and group, and none for a section', () => {
    const bad = sectors.filter((sector) =>
      sector.level === 'section' ? sector.parent !== null : sector.parent === null || !codes.has(sector.parent),
    );
    expect(bad.map((sector) => sector.code)).toEqual([]);
    expect(cyclic(sectors)).toEqual([]);
  });

  it('should contain every manufacturing division (SBI 10-33) under section C', () => {
    const divisions = Array.from({ length: 24 }, (_, index) => String(10 + index));
    const missing = divisions.filter((code) => sectors.find((s) => s.code === code)?.parent !== 'C');
    expect(missing).toEqual([]);
  });

  it('should label every sector in Dutch and English', () => {
    expect(sectors.filter((sector) => !sector.nl.trim() || !sector.en.trim()).map((s) => s.code)).toEqual([]);
  });
});
