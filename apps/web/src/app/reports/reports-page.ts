import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ReportResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { membershipOf } from '../shared/memberships';
import { PlacementsApi } from '../shared/placements/placements.api';

/**
 * /meldingen: reports of misconduct (and placement problems): a coordinator sees those of their school's students,
 * the program office all of them. Companies never see them.
 */
@Component({
  selector: 'tz-reports-page',
  imports: [DatePipe, MatButtonModule, MatProgressSpinnerModule, RouterLink, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'reports.page.title' | transloco }}</h1>
      <p class="intro">{{ (isOffice() ? 'reports.page.introOffice' : 'reports.page.introSchool') | transloco }}</p>
      @if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="reports.reload()">{{ 'common.retry' | transloco }}</button>
        </div>
      } @else if (reports.hasValue()) {
        @if (reports.value().length === 0) {
          <p data-testid="reports-empty">{{ 'reports.page.empty' | transloco }}</p>
        } @else {
          <ul class="reports" data-testid="reports">
            @for (report of reports.value(); track report.id) {
              <li>
                <article class="report" data-testid="report">
                  <p class="head">
                    <span [class]="'tz-status tz-report-' + report.kind">{{
                      'reports.kinds.' + report.kind | transloco
                    }}</span>
                    @if (report.category) {
                      <strong>{{ 'reports.categories.' + report.category | transloco }}</strong>
                    }
                  </p>
                  <h2 class="company">{{ report.company.name }}</h2>
                  @if (report.description) {
                    <p class="text">{{ report.description }}</p>
                  } @else {
                    <p class="muted">{{ 'reports.page.noDescription' | transloco }}</p>
                  }
                  <p class="muted">
                    {{
                      'reports.page.by'
                        | transloco
                          : {
                              name: report.reporter.name,
                              date: (report.createdAt | date: 'medium' : undefined : lang()),
                            }
                    }}
                  </p>
                  @if (report.placementId) {
                    <a [routerLink]="['/stages', report.placementId]">{{ 'reports.page.toPlacement' | transloco }}</a>
                  }
                </article>
              </li>
            }
          </ul>
        }
      } @else if (!url()) {
        <p>{{ 'reports.page.noSchool' | transloco }}</p>
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .intro {
      max-width: 760px;
      color: var(--mat-sys-on-surface-variant);
    }
    .reports {
      display: grid;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .report {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin: 0;
    }
    .company {
      margin: 8px 0 4px;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0 0 4px;
    }
    .text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .tz-report-misconduct {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly api = inject(PlacementsApi);
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService).lang;

  protected readonly isOffice = computed(() => this.auth.user()?.permissions.includes('insights.internal') ?? false);
  protected readonly url = computed(() => {
    if (this.isOffice()) {
      return this.api.allReportsUrl();
    }
    const school = membershipOf(this.auth.user(), 'school');
    return school ? this.api.schoolReportsUrl(school.organizationId) : undefined;
  });
  protected readonly reports = httpResource<ReportResponse[]>(() => this.url());
  protected readonly loadError = computed(() => {
    const error = this.reports.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
}
