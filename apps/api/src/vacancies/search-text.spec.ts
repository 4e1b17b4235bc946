import { buildTsQuery, excerpt, stripAccents, tokenize } from './search-text';

describe('tokenize', () => {
  it('should split on anything that is not a letter or digit and drop one-letter words', () => {
    expect(tokenize('CNC-draaier, Emmen (a) 5-assig')).toEqual(['cnc', 'draaier', 'emmen', 'assig']);
  });

  it('should keep at most eight distinct words', () => {
    expect(tokenize('aa bb cc dd ee ff gg hh ii jj aa')).toHaveLength(8);
  });
});

describe('buildTsQuery', () => {
  it('should AND the words and match each as a prefix', () => {
    expect(buildTsQuery(['lassen', 'emmen'])).toBe('lassen:* & emmen:*');
  });

  it('should OR a word with its corrections', () => {
    expect(buildTsQuery(['lasen'], new Map([['lasen', ['lassen', 'laser']]]))).toBe('(lasen:* | lassen | laser)');
  });

  it('should refuse anything that could break the query syntax', () => {
    expect(buildTsQuery(["x'|&!:*()"])).toBeNull();
    expect(buildTsQuery(['ok'], new Map([['ok', ["bad'|"]]]))).toBe('ok:*');
  });

  it('should give null without words', () => {
    expect(buildTsQuery([])).toBeNull();
  });
});

describe('stripAccents', () => {
  it('should remove diacritics', () => {
    expect(stripAccents('Coëvorden één')).toBe('Coevorden een');
  });
});

describe('excerpt', () => {
  it('should fold whitespace and cut at a word with an ellipsis', () => {
    const text = `${'lassen '.repeat(50)}einde`;
    const result = excerpt(text, 40);
    expect(result.endsWith('…')).toBe(true);
    expect(result.length).toBeLessThanOrEqual(41);
    expect(result).not.toMatch(/\s{2}/);
  });

  it('should leave a short text whole', () => {
    expect(excerpt('Kort\n\nen  goed')).toBe('Kort en goed');
  });
});
