import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { EnvironmentProviders, isDevMode } from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { LOCALES } from '@techzone/contracts';
import { DEFAULT_LANG } from './languages';
import { TranslocoHttpLoader } from './transloco-http-loader';

registerLocaleData(localeNl);

export function provideI18n(): EnvironmentProviders[] {
  return provideTransloco({
    config: {
      availableLangs: [...LOCALES],
      defaultLang: DEFAULT_LANG,
      fallbackLang: DEFAULT_LANG,
      reRenderOnLangChange: true,
      prodMode: !isDevMode(),
      missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
    },
    loader: TranslocoHttpLoader,
  });
}
