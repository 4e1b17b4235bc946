import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { API_ROUTES, VacancySummaryResponse } from '@techzone/contracts';
import { map, Observable, tap } from 'rxjs';
import { apiUrl } from '../core/api/api-url';
import { AuthService } from '../core/auth/auth.service';

/** A candidate's saved vacancies: the list, and which ids are saved (for the "Save" toggles). */
@Injectable({ providedIn: 'root' })
export class SavedVacanciesService {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly ids = signal<ReadonlySet<string> | null>(null);
  private loadedFor: string | null = null;

  /** Only candidates save vacancies. */
  readonly available = computed(() => this.auth.permissions().includes('profile.manageOwn'));
  readonly savedIds = computed(() => this.ids() ?? new Set<string>());

  list(): Observable<VacancySummaryResponse[]> {
    return this.http
      .get<VacancySummaryResponse[]>(apiUrl(API_ROUTES.me.savedVacancies))
      .pipe(tap((list) => this.remember(list)));
  }

  /** Loads the saved ids once per user (no-op for anyone who cannot save). */
  ensureLoaded(): void {
    const user = this.auth.user();
    if (!user || !this.available() || this.loadedFor === user.id) {
      return;
    }
    this.loadedFor = user.id;
    this.list().subscribe({ error: () => (this.loadedFor = null) });
  }

  isSaved(id: string): boolean {
    return this.savedIds().has(id);
  }

  save(id: string): Observable<void> {
    return this.http.put<void>(this.url(id), null).pipe(
      tap(() => this.ids.update((ids) => new Set([...(ids ?? []), id]))),
      map(() => undefined),
    );
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(this.url(id)).pipe(
      tap(() => this.ids.update((ids) => new Set([...(ids ?? [])].filter((saved) => saved !== id)))),
      map(() => undefined),
    );
  }

  private remember(list: readonly VacancySummaryResponse[]): void {
    this.loadedFor = this.auth.user()?.id ?? null;
    this.ids.set(new Set(list.map((vacancy) => vacancy.id)));
  }

  private url(id: string): string {
    return apiUrl(`${API_ROUTES.me.savedVacancies}/${encodeURIComponent(id)}`);
  }
}
