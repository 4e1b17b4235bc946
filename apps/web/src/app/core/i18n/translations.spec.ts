import en from '../../../../public/i18n/en.json';
import nl from '../../../../public/i18n/nl.json';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** All leaf keys as dotted paths, e.g. `login.email`. */
function leafKeys(value: Json, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
}

function leafValue(root: Json, path: string): Json {
  return path.split('.').reduce<Json>((node, key) => (node as { [key: string]: Json })[key], root);
}

describe('translation files', () => {
  const nlKeys = leafKeys(nl).sort();
  const enKeys = leafKeys(en).sort();

  it('should have exactly the same keys in nl.json and en.json', () => {
    expect(enKeys.filter((key) => !nlKeys.includes(key))).toEqual([]);
    expect(nlKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('should have a non-empty text for every key', () => {
    for (const [file, keys] of [
      [nl, nlKeys],
      [en, enKeys],
    ] as const) {
      for (const key of keys) {
        const value = leafValue(file, key);
        expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
      }
    }
  });

  it('should use the same placeholders in both languages', () => {
    for (const key of nlKeys) {
      expect(placeholders(String(leafValue(en, key))), key).toEqual(placeholders(String(leafValue(nl, key))));
    }
  });
});
