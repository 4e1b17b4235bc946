import { inject, Pipe, PipeTransform } from '@angular/core';
import { Labelled, Locale } from '@techzone/contracts';
import { LanguageService } from '../core/i18n/language.service';

/** The label of the current language; the Dutch one when the English one is missing (and the other way round). */
export function labelOf(labelled: Labelled | null | undefined, lang: Locale): string {
  if (!labelled) {
    return '';
  }
  const preferred = lang === 'en' ? labelled.en : labelled.nl;
  return preferred?.trim() ? preferred : lang === 'en' ? labelled.nl : labelled.en;
}

/** Lower case without accents and surplus spaces, for matching typed text against labels ("Coëvorden" ~ "coevorden"). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every typed word occurs in one of the texts (accents and case ignored). */
export function matchesWords(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = normalizeText(query).split(' ').filter(Boolean);
  if (words.length === 0) {
    return true;
  }
  const haystack = normalizeText(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}

/**
 * `{{ skill | tzLabel }}`: the nl or en label of a taxonomy entry. Impure on purpose: it reads the language signal,
 * so the view updates when the user switches language.
 */
@Pipe({ name: 'tzLabel', pure: false })
export class LabelPipe implements PipeTransform {
  private readonly lang = inject(LanguageService).lang;

  transform(labelled: Labelled | null | undefined): string {
    return labelOf(labelled, this.lang());
  }
}
