import { ImprovementTipResponse, MatchReasonResponse } from '@techzone/contracts';
import en from '../../../../public/i18n/en.json';
import nl from '../../../../public/i18n/nl.json';
import {
  clampScore,
  MatchLabels,
  reasonMessage,
  reasonMessages,
  scoreBand,
  tipMessage,
  tipMessages,
} from './match-text';

const SKILLS: Record<string, string> = {
  'weld.tig': 'TIG-lassen',
  'weld.mig_mag': 'MIG/MAG-lassen',
  'cnc.milling': 'CNC-frezen',
};

const labels: MatchLabels = {
  skill: (code) => SKILLS[code] ?? null,
  qualification: (crebo) => (crebo === '25010' ? 'Metaalbewerker' : null),
  sector: (code) => (code === '25' ? 'Vervaardiging van producten van metaal' : null),
  list: (items) => items.join(' en '),
};

/**
 * A reason as JSON from the API. The tests also feed what another version of the API might send (a field
 * missing, a code this page does not know), which the precise type would not let through.
 */
type RawReason = Record<string, unknown>;

function received(reasons: RawReason[]): MatchReasonResponse[] {
  return reasons as MatchReasonResponse[];
}

function candidate(reason: RawReason) {
  const message = reasonMessage(received([reason])[0], 'candidate', labels);
  return message && { key: message.key, params: message.params, paramKeys: message.paramKeys, tone: message.tone };
}

function company(reason: RawReason) {
  return reasonMessage(received([reason])[0], 'company', labels)?.key ?? null;
}

type Json = string | { [key: string]: Json };

function hasKey(root: Json, key: string): boolean {
  let node: Json | undefined = root;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string';
}

describe('reasonMessage', () => {
  it('should count the required skills and name the missing ones', () => {
    expect(candidate({ code: 'skills', matched: 4, total: 5, missing: ['weld.tig'] })).toEqual({
      key: 'matching.reasons.skillsMissing',
      params: { matched: 4, total: 5, missing: 'TIG-lassen' },
      paramKeys: {},
      tone: 'partial',
    });
    expect(candidate({ code: 'skills', matched: 3, total: 5, missing: ['weld.tig', 'cnc.milling'] })?.params).toEqual({
      matched: 3,
      total: 5,
      missing: 'TIG-lassen en CNC-frezen',
    });
    expect(candidate({ code: 'skills', matched: 5, total: 5, missing: [] })).toEqual({
      key: 'matching.reasons.skills',
      params: { matched: 5, total: 5 },
      paramKeys: {},
      tone: 'good',
    });
    expect(candidate({ code: 'skills', matched: 0, total: 2, missing: ['weld.tig', 'cnc.milling'] })?.tone).toBe('bad');
  });

  it('should leave unknown skill codes out of the missing list rather than show them', () => {
    expect(candidate({ code: 'skills', matched: 4, total: 5, missing: ['weld.unknown'] })).toMatchObject({
      key: 'matching.reasons.skills',
      params: { matched: 4, total: 5 },
    });
  });

  it('should count the nice-to-have skills', () => {
    expect(candidate({ code: 'nice_skills', matched: 1, total: 2 })).toEqual({
      key: 'matching.reasons.niceSkills',
      params: { matched: 1, total: 2 },
      paramKeys: {},
      tone: 'good',
    });
    expect(candidate({ code: 'nice_skills', matched: 0, total: 2 })?.tone).toBe('partial');
  });

  it('should name both skills of a related skill, and skip it when one is unknown', () => {
    expect(candidate({ code: 'related_skill', skill: 'weld.tig', related: 'weld.mig_mag' })).toEqual({
      key: 'matching.reasons.relatedSkill',
      params: { skill: 'TIG-lassen', related: 'MIG/MAG-lassen' },
      paramKeys: {},
      tone: 'partial',
    });
    expect(candidate({ code: 'related_skill', skill: 'weld.tig', related: 'nope' })).toBeNull();
  });

  it('should give the held and the asked level of a skill below the level, with their names as keys', () => {
    expect(candidate({ code: 'skill_level_below', skill: 'cnc.milling', level: 2, minLevel: 3 })).toEqual({
      key: 'matching.reasons.skillLevelBelow',
      params: { skill: 'CNC-frezen', level: 2, minLevel: 3 },
      paramKeys: { levelName: 'shared.skills.levels.2', minLevelName: 'shared.skills.levels.3' },
      tone: 'partial',
    });
    expect(candidate({ code: 'skill_level_below', skill: 'cnc.milling', level: 7, minLevel: 3 })).toBeNull();
  });

  it('should round the distance and say "close" under a kilometre', () => {
    expect(candidate({ code: 'distance', km: 12.4 })).toEqual({
      key: 'matching.reasons.distance',
      params: { km: 12 },
      paramKeys: {},
      tone: 'good',
    });
    expect(candidate({ code: 'distance', km: 0.3 })?.key).toBe('matching.reasons.distanceClose');
  });

  it('should name the qualification, and skip an unknown crebo', () => {
    expect(candidate({ code: 'qualification_fits', crebo: '25010' })).toEqual({
      key: 'matching.reasons.qualificationFits',
      params: { qualification: 'Metaalbewerker' },
      paramKeys: {},
      tone: 'good',
    });
    expect(candidate({ code: 'qualification_fits', crebo: '99999' })).toBeNull();
  });

  it('should translate the education level and the vacancy type through their keys', () => {
    expect(candidate({ code: 'level_fits', level: 'mbo2' })).toEqual({
      key: 'matching.reasons.levelFits',
      params: {},
      paramKeys: { level: 'vacancy.levels.mbo2' },
      tone: 'good',
    });
    expect(candidate({ code: 'wanted_type', type: 'bbl_apprenticeship' })).toEqual({
      key: 'matching.reasons.wantedType',
      params: {},
      paramKeys: { type: 'vacancy.types.bbl_apprenticeship' },
      tone: 'good',
    });
    expect(candidate({ code: 'level_fits', level: 'phd' })).toBeNull();
    expect(candidate({ code: 'wanted_type', type: 'volunteering' })).toBeNull();
  });

  it('should tell about an accredited training company', () => {
    expect(candidate({ code: 'accredited', crebo: '25010' })).toEqual({
      key: 'matching.reasons.accredited',
      params: {},
      paramKeys: {},
      tone: 'good',
    });
  });

  it('should name the sector, and skip an unknown one', () => {
    expect(candidate({ code: 'sector', sectorCode: '25' })).toEqual({
      key: 'matching.reasons.sector',
      params: { sector: 'Vervaardiging van producten van metaal' },
      paramKeys: {},
      tone: 'good',
    });
    expect(candidate({ code: 'sector', sectorCode: 'Z9' })).toBeNull();
  });

  it('should tell whether the hours fit, with the wished range as far as it is known', () => {
    expect(candidate({ code: 'hours_fit', hours: 32 })).toEqual({
      key: 'matching.reasons.hoursFit',
      params: { hours: 32 },
      paramKeys: {},
      tone: 'good',
    });
    expect(candidate({ code: 'hours_outside', hours: 40, min: 16, max: 24 })).toEqual({
      key: 'matching.reasons.hoursOutsideRange',
      params: { hours: 40, min: 16, max: 24 },
      paramKeys: {},
      tone: 'bad',
    });
    expect(candidate({ code: 'hours_outside', hours: 8, min: 16, max: null })).toEqual({
      key: 'matching.reasons.hoursOutsideMin',
      params: { hours: 8, min: 16 },
      paramKeys: {},
      tone: 'bad',
    });
    expect(candidate({ code: 'hours_outside', hours: 40, max: 24 })?.key).toBe('matching.reasons.hoursOutsideMax');
    expect(candidate({ code: 'hours_outside', hours: 40 })?.key).toBe('matching.reasons.hoursOutside');
  });

  it('should tell whether the period fits', () => {
    expect(candidate({ code: 'period_fits' })).toEqual({
      key: 'matching.reasons.periodFits',
      params: {},
      paramKeys: {},
      tone: 'good',
    });
    expect(candidate({ code: 'period_partial', percent: 62.6 })).toEqual({
      key: 'matching.reasons.periodPartial',
      params: { percent: 63 },
      paramKeys: {},
      tone: 'partial',
    });
  });

  it('should skip unknown codes and malformed fields, never showing a raw code', () => {
    expect(candidate({ code: 'horoscope', sign: 'leo' })).toBeNull();
    expect(candidate({ code: '' })).toBeNull();
    expect(candidate({ code: 'distance', km: 'far' })).toBeNull();
    expect(candidate({ code: 'skills', matched: 1 })).toBeNull();
  });

  it('should tell the company its own side where the wording differs, and reuse the rest', () => {
    expect(company({ code: 'distance', km: 12 })).toBe('matching.companyReasons.distance');
    expect(company({ code: 'accredited', crebo: '25010' })).toBe('matching.companyReasons.accredited');
    expect(company({ code: 'period_fits' })).toBe('matching.companyReasons.periodFits');
    expect(company({ code: 'hours_outside', hours: 40, min: 16, max: 24 })).toBe(
      'matching.companyReasons.hoursOutsideRange',
    );
    expect(company({ code: 'skills', matched: 4, total: 5, missing: ['weld.tig'] })).toBe(
      'matching.reasons.skillsMissing',
    );
    expect(company({ code: 'related_skill', skill: 'weld.tig', related: 'weld.mig_mag' })).toBe(
      'matching.reasons.relatedSkill',
    );
  });
});

describe('reasonMessages', () => {
  it('should put good news first, keep the order within a tone and drop unknown codes', () => {
    const reasons = received([
      { code: 'skills', matched: 4, total: 5, missing: ['weld.tig'] },
      { code: 'distance', km: 12 },
      { code: 'mystery' },
      { code: 'hours_outside', hours: 40, min: 16, max: 24 },
      { code: 'period_fits' },
      { code: 'period_partial', percent: 50 },
    ]);
    expect(reasonMessages(reasons, 'candidate', labels).map((message) => message.code)).toEqual([
      'distance',
      'period_fits',
      'skills',
      'period_partial',
      'hours_outside',
    ]);
  });

  it('should only use keys that exist in both languages, for both points of view', () => {
    const every = received([
      { code: 'skills', matched: 4, total: 5, missing: ['weld.tig'] },
      { code: 'skills', matched: 5, total: 5, missing: [] },
      { code: 'nice_skills', matched: 1, total: 2 },
      { code: 'related_skill', skill: 'weld.tig', related: 'weld.mig_mag' },
      { code: 'skill_level_below', skill: 'weld.tig', level: 1, minLevel: 4 },
      { code: 'distance', km: 12 },
      { code: 'distance', km: 0 },
      { code: 'qualification_fits', crebo: '25010' },
      { code: 'level_fits', level: 'mbo4' },
      { code: 'accredited', crebo: '25010' },
      { code: 'wanted_type', type: 'job' },
      { code: 'sector', sectorCode: '25' },
      { code: 'hours_fit', hours: 32 },
      { code: 'hours_outside', hours: 40 },
      { code: 'hours_outside', hours: 40, min: 16 },
      { code: 'hours_outside', hours: 40, max: 24 },
      { code: 'hours_outside', hours: 40, min: 16, max: 24 },
      { code: 'period_fits' },
      { code: 'period_partial', percent: 50 },
    ]);
    for (const view of ['candidate', 'company'] as const) {
      const messages = reasonMessages(every, view, labels);
      expect(messages).toHaveLength(every.length);
      for (const message of messages) {
        for (const key of [message.key, ...Object.values(message.paramKeys)]) {
          expect(hasKey(nl as Json, key), `nl ${key}`).toBe(true);
          expect(hasKey(en as Json, key), `en ${key}`).toBe(true);
        }
      }
    }
  });
});

describe('tipMessage', () => {
  it('should name the skill and the number of vacancies it would help', () => {
    expect(tipMessage({ code: 'add_skill', skill: 'weld.tig', vacancies: 7 }, labels)).toEqual({
      key: 'matching.tips.addSkill',
      params: { skill: 'TIG-lassen', count: 7 },
      paramKeys: {},
    });
    expect(tipMessage({ code: 'add_skill', skill: 'weld.tig', vacancies: 1 }, labels)?.key).toBe(
      'matching.tips.addSkillOne',
    );
  });

  it('should translate the certificate through its key', () => {
    expect(tipMessage({ code: 'add_certificate', certificate: 'vca_basic', vacancies: 3 }, labels)).toEqual({
      key: 'matching.tips.addCertificate',
      params: { count: 3 },
      paramKeys: { certificate: 'certificates.vca_basic' },
    });
    expect(tipMessage({ code: 'add_certificate', certificate: 'forklift', vacancies: 1 }, labels)?.key).toBe(
      'matching.tips.addCertificateOne',
    );
  });

  it('should skip unknown codes, skills and certificates', () => {
    const tips = [
      { code: 'add_skill', skill: 'weld.unknown', vacancies: 4 },
      { code: 'add_certificate', certificate: 'pilot_licence', vacancies: 2 },
      { code: 'learn_dutch', vacancies: 9 },
      { code: 'add_skill', skill: 'cnc.milling', vacancies: 2 },
    ] as Record<string, unknown>[] as ImprovementTipResponse[];
    expect(tipMessages(tips, labels).map((message) => message.params['skill'])).toEqual(['CNC-frezen']);
  });

  it('should use keys that exist in both languages', () => {
    const keys = [
      tipMessage({ code: 'add_skill', skill: 'weld.tig', vacancies: 7 }, labels),
      tipMessage({ code: 'add_skill', skill: 'weld.tig', vacancies: 1 }, labels),
      tipMessage({ code: 'add_certificate', certificate: 'bhv', vacancies: 7 }, labels),
      tipMessage({ code: 'add_certificate', certificate: 'bhv', vacancies: 1 }, labels),
    ].flatMap((message) => [message?.key ?? 'missing', ...Object.values(message?.paramKeys ?? {})]);
    for (const key of keys) {
      expect(hasKey(nl as Json, key), `nl ${key}`).toBe(true);
      expect(hasKey(en as Json, key), `en ${key}`).toBe(true);
    }
  });
});

describe('score', () => {
  it('should clamp to a whole percentage and band it', () => {
    expect(clampScore(86.6)).toBe(87);
    expect(clampScore(140)).toBe(100);
    expect(clampScore(-3)).toBe(0);
    expect(clampScore(Number.NaN)).toBe(0);
    expect(scoreBand(75)).toBe('high');
    expect(scoreBand(74)).toBe('medium');
    expect(scoreBand(50)).toBe('medium');
    expect(scoreBand(49)).toBe('low');
  });
});
