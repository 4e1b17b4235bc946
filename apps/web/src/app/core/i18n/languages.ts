import { Locale, LOCALES } from '@techzone/contracts';

export const DEFAULT_LANG: Locale = 'nl';
export const LANG_STORAGE_KEY = 'tz.lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
