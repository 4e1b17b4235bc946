import { isPlatformServer } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  PLATFORM_ID,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';
import { provideClientHydration, withEventReplay, withHttpTransferCacheOptions } from '@angular/platform-browser';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { AuthService } from './core/auth/auth.service';
import { LanguageService } from './core/i18n/language.service';
import { provideI18n } from './core/i18n/provide-i18n';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';
import { provideIcons } from './core/icons/provide-icons';
import { providePageMeta } from './core/seo/page-meta.service';

/**
 * Before the first render: load the texts and restore the session from the refresh cookie (in parallel). The
 * server renders public pages only and never as a user: it restores no session.
 */
async function initialize(): Promise<void> {
  const auth = inject(AuthService);
  const language = inject(LanguageService);
  const onServer = isPlatformServer(inject(PLATFORM_ID));
  const [user] = await Promise.all([onServer ? null : auth.restoreSession(), language.init()]);
  if (user) {
    await language.useAccountLocale(user.locale);
  }
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Server-rendered pages are taken over where they are; the API answers they were rendered with travel in
    // the page, so the browser does not ask again. Not the texts: they are cached as a file of their own.
    provideClientHydration(
      withEventReplay(),
      withHttpTransferCacheOptions({ filter: (request) => !request.url.includes('/i18n/') }),
    ),
    provideHttpClient(withInterceptors([authInterceptor])),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { subscriptSizing: 'dynamic' } satisfies MatFormFieldDefaultOptions,
    },
    provideI18n(),
    provideIcons(),
    providePageMeta(),
    provideAppInitializer(initialize),
  ],
};
