import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Locale } from '@techzone/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { DEFAULT_LANG, isLocale, LANG_STORAGE_KEY } from './languages';

/** The UI language: Transloco's active language, `<html lang>`, localStorage and (when logged in) the user's locale. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);

  readonly lang = signal<Locale>(DEFAULT_LANG);

  /** At start-up: the stored choice, else Dutch. */
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
    try {
      const stored = localStorage.getItem(LANG_STORAGE_KEY);
      return isLocale(stored) ? stored : null;
    } catch {
      return null;
    }
  }

  private store(lang: Locale): void {
    try {
      localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this visit only.
    }
  }
}
