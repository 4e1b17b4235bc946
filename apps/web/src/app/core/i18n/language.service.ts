import { DOCUMENT, isPlatformServer } from '@angular/common';
import { inject, Injectable, PLATFORM_ID, REQUEST, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { LANGUAGE_COOKIE, Locale } from '@techzone/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { DEFAULT_LANG, isLocale, LANG_STORAGE_KEY } from './languages';

/**
 * The UI language: Transloco's active language, `<html lang>`, localStorage, a cookie (so that the server renders
 * public pages in it) and (when logged in) the user's locale.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);
  private readonly onServer = isPlatformServer(inject(PLATFORM_ID));
  /** The page's request, when rendering on the server. */
  private readonly request = inject(REQUEST, { optional: true });

  readonly lang = signal<Locale>(DEFAULT_LANG);

  /** At start-up: the stored choice (in the browser's storage, or the cookie the server sees), else Dutch. */
  init(): Promise<void> {
    return this.apply(this.storedLang() ?? DEFAULT_LANG);
  }

  /** The user picked a language: show it, remember it, and save it on the account when logged in. */
  async select(lang: Locale): Promise<void> {
    await this.apply(lang);
    const user = this.auth.user();
    if (user && user.locale !== lang) {
      this.auth.updateMe({ locale: lang }).subscribe({ error: () => undefined });
    }
  }

  /** After login (or session restore) the account's locale wins. */
  useAccountLocale(locale: Locale): Promise<void> {
    return this.apply(locale);
  }

  private async apply(lang: Locale): Promise<void> {
    try {
      await firstValueFrom(this.transloco.load(lang));
    } catch {
      // Transloco falls back to the default language's texts; keep going so the switch still responds.
    }
    this.transloco.setActiveLang(lang);
    this.lang.set(lang);
    this.document.documentElement.lang = lang;
    this.store(lang);
  }

  private storedLang(): Locale | null {
    const cookies = this.onServer ? (this.request?.headers.get('cookie') ?? '') : this.document.cookie;
    const fromCookie = cookies
      .split(';')
      .map((cookie) => cookie.trim())
      .find((cookie) => cookie.startsWith(`${LANGUAGE_COOKIE}=`))
      ?.slice(LANGUAGE_COOKIE.length + 1);
    if (this.onServer) {
      return isLocale(fromCookie) ? fromCookie : null;
    }
    try {
      const stored = localStorage.getItem(LANG_STORAGE_KEY);
      return isLocale(stored) ? stored : isLocale(fromCookie) ? fromCookie : null;
    } catch {
      return isLocale(fromCookie) ? fromCookie : null;
    }
  }

  private store(lang: Locale): void {
    if (this.onServer) {
      return;
    }
    this.document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
    try {
      localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this visit only.
    }
  }
}
