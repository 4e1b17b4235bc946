import {
  EnvironmentProviders,
  effect,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MAT_NATIVE_DATE_FORMATS } from '@angular/material/core';
import { Locale } from '@techzone/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { DayFirstDateAdapter } from './dates';

const DATE_LOCALES: Readonly<Record<Locale, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** Material datepickers for a lazy feature: day-first dates that follow the UI language. */
export function provideDates(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: MAT_DATE_LOCALE, useValue: DATE_LOCALES.nl },
    { provide: DateAdapter, useClass: DayFirstDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    provideEnvironmentInitializer(() => {
      const adapter = inject(DateAdapter);
      const lang = inject(LanguageService).lang;
      effect(() => adapter.setLocale(DATE_LOCALES[lang()]));
    }),
  ]);
}
