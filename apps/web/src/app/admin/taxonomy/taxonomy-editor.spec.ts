import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import { QualificationResponse, SectorResponse, SkillResponse } from '@techzone/contracts';
import { TaxonomyAdminApi } from './taxonomy-admin.api';
import {
  filterQualifications,
  filterSectors,
  filterSkills,
  qualificationFormToInput,
  qualificationFormToUpdate,
  qualificationToForm,
  SECTOR_CODE_PATTERN,
  sectorCodeFitsLevel,
  sectorFormToInput,
  sectorFormToUpdate,
  sectorParentOptions,
  SKILL_CODE_PATTERN,
  skillFormToInput,
  skillFormToUpdate,
  skillParentOptions,
  skillToForm,
  splitSynonyms,
  synonymsValidator,
  tabFromParam,
  taxonomyControlError,
  taxonomyErrors,
} from './taxonomy-editor';

function newSkill(code: string, parent: string | null, kind: 'group' | 'skill' = 'skill'): SkillResponse {
  return { code, parent, kind, nl: `Vaardigheid ${code}`, en: `Skill ${code}`, escoUri: null, synonyms: [] };
}

function newSector(code: string, parent: string | null, level: SectorResponse['level']): SectorResponse {
  return { code, parent, level, nl: `Sector ${code}`, en: `Sector ${code}` };
}

function apiError(status: number, details?: { field: string; code: string; message: string }[]): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: { statusCode: status, error: 'Bad Request', message: 'Check the fields.', details },
  });
}

const skills: SkillResponse[] = [
  newSkill('weld', null, 'group'),
  newSkill('weld.mig', 'weld'),
  newSkill('weld.special', 'weld', 'group'),
  newSkill('weld.special.laser', 'weld.special'),
  newSkill('machining', null, 'group'),
  { ...newSkill('machining.cnc', 'machining'), nl: 'CNC-draaien', en: 'CNC turning', synonyms: ['draaibank'] },
];

describe('taxonomy search', () => {
  it('should find entries by code, Dutch or English name and synonym, ignoring case and accents', () => {
    expect(filterSkills(skills, 'draaibank').map((s) => s.code)).toEqual(['machining.cnc']);
    expect(filterSkills(skills, 'cnc TURNING').map((s) => s.code)).toEqual(['machining.cnc']);
    expect(filterSkills(skills, 'weld.special').map((s) => s.code)).toEqual(['weld.special', 'weld.special.laser']);
    expect(filterSkills(skills, '')).toHaveLength(skills.length);
    const qualification = {
      crebo: '25287',
      nl: 'Allround lasser',
      en: 'All-round welder',
      level: 3,
      dossierCrebo: '23199',
      dossier: 'Metaal',
      domain: 'Techniek',
      routes: ['BOL'],
      skillCodes: [],
    } satisfies QualificationResponse;
    expect(filterQualifications([qualification], '252')).toHaveLength(1);
    expect(filterQualifications([qualification], 'welder')).toHaveLength(1);
    expect(filterSectors([newSector('C', null, 'section'), newSector('25', 'C', 'division')], '25')).toHaveLength(1);
  });

  it('should open the skills tab for anything it does not know', () => {
    expect(tabFromParam('sectors')).toBe('sectors');
    expect(tabFromParam('places')).toBe('skills');
    expect(tabFromParam(undefined)).toBe('skills');
  });
});

describe('taxonomy choices', () => {
  it('should offer groups as parents, never the skill itself or one of its own groups below it', () => {
    expect(skillParentOptions(skills, null).map((s) => s.code)).toEqual(['weld', 'weld.special', 'machining']);
    expect(skillParentOptions(skills, 'weld').map((s) => s.code)).toEqual(['machining']);
    expect(skillParentOptions(skills, 'weld.special').map((s) => s.code)).toEqual(['weld', 'machining']);
  });

  it('should put divisions under sections and groups under divisions, sections under nothing', () => {
    const sectors = [
      newSector('C', null, 'section'),
      newSector('25', 'C', 'division'),
      newSector('251', '25', 'group'),
    ];
    expect(sectorParentOptions(sectors, 'section')).toEqual([]);
    expect(sectorParentOptions(sectors, 'division').map((s) => s.code)).toEqual(['C']);
    expect(sectorParentOptions(sectors, 'group').map((s) => s.code)).toEqual(['25']);
    expect(sectorCodeFitsLevel('25', 'division')).toBe(true);
    expect(sectorCodeFitsLevel('25', 'group')).toBe(false);
    expect(sectorCodeFitsLevel('C', 'section')).toBe(true);
  });

  it('should check the formats as the API does', () => {
    expect(SKILL_CODE_PATTERN.test('weld.laser_hybrid')).toBe(true);
    expect(SKILL_CODE_PATTERN.test('Laser Lassen')).toBe(false);
    expect(SKILL_CODE_PATTERN.test('weld..laser')).toBe(false);
    expect(SECTOR_CODE_PATTERN.test('251')).toBe(true);
    expect(SECTOR_CODE_PATTERN.test('2511')).toBe(false);
  });
});

describe('taxonomy forms → requests', () => {
  it('should split synonyms by line or comma, trimmed and without repeats', () => {
    expect(splitSynonyms(' laserlassen, Laserlassen\nlaser welding,, \n')).toEqual(['laserlassen', 'laser welding']);
    expect(synonymsValidator(new FormControl('a, b'))).toBeNull();
    expect(synonymsValidator(new FormControl('x'.repeat(61)))).toEqual({ synonyms: true });
    expect(synonymsValidator(new FormControl(Array.from({ length: 21 }, (_, i) => `s${i}`).join(',')))).toEqual({
      synonyms: true,
    });
  });

  it('should send a new skill in full and a changed one without its code', () => {
    const form = {
      ...skillToForm(null),
      code: ' weld.laser ',
      parent: 'weld',
      nl: ' Laserlassen ',
      en: 'Laser welding',
      synonyms: 'laser, lasersnijden',
    };
    expect(skillFormToInput(form)).toEqual({
      code: 'weld.laser',
      parent: 'weld',
      nl: 'Laserlassen',
      en: 'Laser welding',
      kind: 'skill',
      escoUri: null,
      synonyms: ['laser', 'lasersnijden'],
    });
    expect(skillFormToUpdate(form)).not.toHaveProperty('code');
    // Round trip: an unchanged skill sends its own values back.
    const skill = { ...skills[5], escoUri: 'http://data.europa.eu/esco/skill/x' };
    expect(skillFormToUpdate(skillToForm(skill))).toEqual({
      parent: 'machining',
      nl: 'CNC-draaien',
      en: 'CNC turning',
      kind: 'skill',
      escoUri: 'http://data.europa.eu/esco/skill/x',
      synonyms: ['draaibank'],
    });
  });

  it('should send a qualification with its routes and skills, and a sector without a parent as a section', () => {
    const form = { ...qualificationToForm(null), crebo: '29999', nl: 'Lasrobotoperator', en: 'Welding robot operator' };
    expect(qualificationFormToInput({ ...form, dossierCrebo: '23199', dossier: 'Metaal', domain: 'Techniek' })).toEqual(
      {
        crebo: '29999',
        nl: 'Lasrobotoperator',
        en: 'Welding robot operator',
        level: 2,
        dossierCrebo: '23199',
        dossier: 'Metaal',
        domain: 'Techniek',
        routes: ['BOL', 'BBL'],
        skillCodes: [],
      },
    );
    expect(qualificationFormToUpdate(form)).not.toHaveProperty('crebo');
    expect(
      sectorFormToInput({ code: 'C', parent: 'X', nl: 'Industrie', en: 'Manufacturing', level: 'section' }),
    ).toEqual({
      code: 'C',
      parent: null,
      nl: 'Industrie',
      en: 'Manufacturing',
      level: 'section',
    });
    expect(sectorFormToUpdate({ code: '25', parent: 'C', nl: ' Metaal ', en: 'Metal', level: 'division' })).toEqual({
      nl: 'Metaal',
      en: 'Metal',
    });
  });
});

describe('taxonomy errors', () => {
  it('should show an existing code next to the code field', () => {
    expect(taxonomyErrors(apiError(409), ['code', 'nl'], 'code')).toEqual({
      form: [],
      fields: { code: { key: 'admin.taxonomy.errors.duplicate' } },
    });
  });

  it('should put the API field errors next to their fields, naming the format that was expected', () => {
    const mapped = taxonomyErrors(
      apiError(400, [
        { field: 'code', code: 'matches', message: 'code must be lower-case words separated by dots' },
        { field: 'parent', code: 'unknownParent', message: 'parent x is not a skill' },
        { field: 'synonyms.3', code: 'maxLength', message: 'too long' },
      ]),
      ['code', 'parent', 'synonyms'],
      'code',
    );
    expect(mapped.fields).toEqual({
      code: { key: 'admin.taxonomy.formats.code' },
      parent: { key: 'errors.codes.unknownParent' },
      synonyms: { key: 'errors.codes.tooLong' },
    });
    expect(mapped.form).toEqual([]);
  });

  it('should say what format a field wants, before the API is asked', () => {
    const code = new FormControl('Laser Lassen', Validators.pattern(SKILL_CODE_PATTERN));
    expect(taxonomyControlError('code', code.errors)).toEqual({ key: 'admin.taxonomy.formats.code' });
    expect(taxonomyControlError('nl', new FormControl('', Validators.required).errors)).toEqual({
      key: 'errors.codes.isNotEmpty',
    });
    expect(taxonomyControlError('synonyms', { synonyms: true })?.key).toBe('admin.taxonomy.errors.synonyms');
  });

  it('should write to the admin endpoints and read the whole public list', () => {
    const api = TestBed.configureTestingModule({ providers: [provideHttpClient()] }).inject(TaxonomyAdminApi);
    expect(api.listUrl('qualifications')).toBe('/api/taxonomy/qualifications?limit=500');
  });
});
