import { DatePipe } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { API_ROUTES, type SessionResponse } from '@techzone/contracts';
import { apiUrl } from '../core/api/api-url';
import { LanguageService } from '../core/i18n/language.service';

/** The account's login sessions (browsers and devices), this one marked; any other can be ended. */
@Component({
  selector: 'tz-sessions',
  imports: [DatePipe, MatButtonModule, TranslocoPipe],
  template: `
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{{ 'privacy.sessions.title' | transloco }}</h2>
      <p>{{ 'privacy.sessions.intro' | transloco }}</p>
      @if (sessions.error() || failed()) {
        <p role="alert" class="error">{{ 'errors.server' | transloco }}</p>
      }
      @if (sessions.value(); as list) {
        <ul class="sessions" data-testid="sessions">
          @for (session of list; track session.id) {
            <li>
              <div>
                <strong>{{ session.userAgent ?? ('privacy.sessions.unknownDevice' | transloco) }}</strong>
                @if (session.current) {
                  <span class="current">{{ 'privacy.sessions.current' | transloco }}</span>
                }
                <div class="meta">
                  {{
                    'privacy.sessions.times'
                      | transloco
                        : {
                            started: (session.startedAt | date: 'medium' : undefined : lang()),
                            active: (session.lastActiveAt | date: 'medium' : undefined : lang()),
                          }
                  }}
                </div>
              </div>
              @if (!session.current) {
                <button mat-stroked-button type="button" (click)="end(session)" [disabled]="ending() === session.id">
                  {{ 'privacy.sessions.end' | transloco }}
                </button>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .sessions {
      list-style: none;
      padding: 0;
    }
    .sessions li {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 16px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .current {
      margin-left: 8px;
      color: var(--mat-sys-primary);
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Sessions {
  private readonly http = inject(HttpClient);
  protected readonly lang = inject(LanguageService).lang;
  protected readonly ending = signal<string | null>(null);
  protected readonly failed = signal(false);
  protected readonly sessions = rxResource({
    stream: () => this.http.get<SessionResponse[]>(apiUrl(`${API_ROUTES.auth.base}/sessions`)),
  });

  protected end(session: SessionResponse): void {
    this.ending.set(session.id);
    this.failed.set(false);
    this.http.delete<void>(apiUrl(`${API_ROUTES.auth.base}/sessions/${session.id}`)).subscribe({
      next: () => {
        this.ending.set(null);
        this.sessions.reload();
      },
      error: () => {
        this.ending.set(null);
        this.failed.set(true);
      },
    });
  }
}
