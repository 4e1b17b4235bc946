import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApplicationResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { splitByProgress } from '../shared/applications/application-status';
import { ApplicationStatusChip } from '../shared/applications/application-status-chip';
import { ApplicationsApi } from '../shared/applications/applications.api';

/** /sollicitaties: the candidate's applications, the ones in progress first, each with its status. */
@Component({
  selector: 'tz-my-applications-page',
  imports: [
    ApplicationStatusChip,
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'applications.mine.title' | transloco }}</h1>
      @if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="applications.reload()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      } @else if (groups(); as groups) {
        @if (groups.open.length === 0 && groups.closed.length === 0) {
          <p>{{ 'applications.mine.empty' | transloco }}</p>
          <a mat-flat-button routerLink="/vacatures">{{ 'applications.mine.search' | transloco }}</a>
        } @else {
          @for (group of sections(groups); track group.key) {
            @if (group.items.length > 0) {
              <section [attr.aria-labelledby]="'group-' + group.key">
                <h2 [id]="'group-' + group.key">
                  {{ 'applications.mine.' + group.key | transloco }} ({{ group.items.length }})
                </h2>
                <ul class="cards">
                  @for (application of group.items; track application.id) {
                    <li>
                      <article class="card" data-testid="my-application">
                        <div class="head">
                          <tz-application-status-chip [status]="application.status" />
                          @if (application.vacancy.status === 'filled') {
                            <span class="tz-status tz-status-filled">{{ 'vacancy.statuses.filled' | transloco }}</span>
                          }
                        </div>
                        <h3 class="title">
                          <a [routerLink]="['/sollicitaties', application.id]">{{ application.vacancy.title }}</a>
                        </h3>
                        <p class="company">
                          {{ application.vacancy.company.name }} · {{ application.vacancy.place.name }}
                        </p>
                        <p class="muted">
                          {{
                            'applications.mine.appliedOn'
                              | transloco: { date: (application.createdAt | date: 'mediumDate' : undefined : lang()) }
                          }}
                          @if (application.updatedAt !== application.createdAt) {
                            ·
                            {{
                              'applications.mine.updatedOn'
                                | transloco: { date: (application.updatedAt | date: 'mediumDate' : undefined : lang()) }
                            }}
                          }
                        </p>
                        @if (application.status === 'offered') {
                          <p class="offer">
                            <mat-icon aria-hidden="true" svgIcon="celebration" />
                            {{ 'applications.mine.offerWaiting' | transloco }}
                          </p>
                        }
                      </article>
                    </li>
                  }
                </ul>
              </section>
            }
          }
        }
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    section {
      margin-bottom: 24px;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 16px;
      padding: 0;
      list-style: none;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 6px;
      height: 100%;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    p {
      margin: 0;
    }
    .company {
      font-weight: 500;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .offer {
      display: flex;
      gap: 6px;
      align-items: center;
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyApplicationsPage {
  private readonly api = inject(ApplicationsApi);
  protected readonly lang = inject(LanguageService).lang;

  protected readonly applications = httpResource<ApplicationResponse[]>(() => this.api.mineUrl());
  protected readonly groups = computed(() =>
    this.applications.hasValue() ? splitByProgress(this.applications.value()) : null,
  );
  protected readonly loadError = computed(() => {
    const error = this.applications.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });

  protected sections(groups: { open: ApplicationResponse[]; closed: ApplicationResponse[] }) {
    return [
      { key: 'open', items: groups.open },
      { key: 'closed', items: groups.closed },
    ];
  }
}
