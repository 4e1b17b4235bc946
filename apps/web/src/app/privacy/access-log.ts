import { DatePipe } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { API_ROUTES, type AccessLogEntryResponse } from '@techzone/contracts';
import { apiUrl } from '../core/api/api-url';
import { LanguageService } from '../core/i18n/language.service';

/** "Wie bekeek mijn gegevens": who at which company or school saw or acted on the candidate's data. */
@Component({
  selector: 'tz-access-log',
  imports: [DatePipe, TranslocoPipe],
  template: `
    <section aria-labelledby="access-log-title">
      <h2 id="access-log-title">{{ 'privacy.accessLog.title' | transloco }}</h2>
      <p>{{ 'privacy.accessLog.intro' | transloco }}</p>
      @if (log.error()) {
        <p role="alert" class="error">{{ 'errors.server' | transloco }}</p>
      } @else if (log.value(); as entries) {
        @if (entries.length === 0) {
          <p data-testid="access-log-empty">{{ 'privacy.accessLog.empty' | transloco }}</p>
        } @else {
          <table class="tz-table" data-testid="access-log">
            <caption class="cdk-visually-hidden">
              {{
                'privacy.accessLog.title' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'privacy.accessLog.when' | transloco }}</th>
                <th scope="col">{{ 'privacy.accessLog.who' | transloco }}</th>
                <th scope="col">{{ 'privacy.accessLog.what' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of entries; track $index) {
                <tr>
                  <td>{{ entry.at | date: 'medium' : undefined : lang() }}</td>
                  <td>
                    {{ entry.actorName ?? ('privacy.accessLog.unknown' | transloco) }}
                    @if (entry.organizationName) {
                      ({{ entry.organizationName }})
                    }
                  </td>
                  <td>
                    {{ 'privacy.accessLog.actions.' + entry.action | transloco }}
                    @if (entry.vacancyTitle) {
                      · {{ entry.vacancyTitle }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    </section>
  `,
  styles: `
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessLog {
  private readonly http = inject(HttpClient);
  protected readonly lang = inject(LanguageService).lang;
  protected readonly log = rxResource({
    stream: () => this.http.get<AccessLogEntryResponse[]>(apiUrl(API_ROUTES.me.accessLog)),
  });
}
