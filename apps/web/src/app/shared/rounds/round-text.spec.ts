import en from '../../../../public/i18n/en.json';
import nl from '../../../../public/i18n/nl.json';
import { roundPhase, ruleKeys } from './round-text';

type Json = string | { [key: string]: Json };

function hasKey(root: Json, key: string): boolean {
  let node: Json | undefined = root;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string';
}

describe('roundPhase', () => {
  it('should tell choosing, waiting for the allocation and published apart', () => {
    expect(roundPhase({ status: 'open', rankingOpen: true })).toBe('open');
    expect(roundPhase({ status: 'open', rankingOpen: false })).toBe('closed');
    expect(roundPhase({ status: 'published', rankingOpen: false })).toBe('published');
  });
});

describe('ruleKeys', () => {
  it('should give one sentence per failed rule, and one general sentence for codes it does not know', () => {
    expect(ruleKeys(['route', 'certificates'])).toEqual(['matching.rules.route', 'matching.rules.certificates']);
    expect(ruleKeys(['horoscope', 'weather'])).toEqual(['matching.rules.other']);
    expect(ruleKeys([])).toEqual([]);
  });

  it('should have every rule sentence in both languages', () => {
    const rules = ruleKeys([
      'route',
      'level',
      'qualification',
      'accreditation',
      'period',
      'age_unknown',
      'min_age',
      'certificates',
      'no_home',
      'distance',
      'unknown',
    ]);
    expect(rules).toHaveLength(11);
    for (const key of rules) {
      expect(hasKey(nl as Json, key), `nl ${key}`).toBe(true);
      expect(hasKey(en as Json, key), `en ${key}`).toBe(true);
    }
  });
});
