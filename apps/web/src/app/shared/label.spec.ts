import { labelOf, matchesWords, normalizeText } from './label';

describe('labelOf', () => {
  const welding = { nl: 'TIG-lassen', en: 'TIG welding' };

  it('should choose the label of the current language', () => {
    expect(labelOf(welding, 'nl')).toBe('TIG-lassen');
    expect(labelOf(welding, 'en')).toBe('TIG welding');
  });

  it('should fall back to the other language when a label is empty', () => {
    expect(labelOf({ nl: 'Draaien', en: '' }, 'en')).toBe('Draaien');
    expect(labelOf({ nl: ' ', en: 'Milling' }, 'nl')).toBe('Milling');
  });

  it('should give an empty text for nothing', () => {
    expect(labelOf(null, 'nl')).toBe('');
    expect(labelOf(undefined, 'en')).toBe('');
  });
});

describe('matchesWords', () => {
  it('should ignore accents, case and word order', () => {
    expect(normalizeText('  Coëvorden  Centrum ')).toBe('coevorden centrum');
    expect(matchesWords('lassen tig', 'TIG-lassen', 'TIG welding')).toBe(true);
    expect(matchesWords('COEVORDEN', 'Coëvorden')).toBe(true);
    expect(matchesWords('frezen', 'TIG-lassen')).toBe(false);
    expect(matchesWords('', 'anything')).toBe(true);
  });
});
