import { DatePipe, DecimalPipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { InternalInsightsResponse, RegionInsightsResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { filtersFromParams, filtersToParams, InsightsFilters, reportCategoryKey } from '../insights/insights';
import { InsightsFiltersForm } from '../insights/insights-filters';
import { InsightsApi } from '../insights/insights.api';

/**
 * /admin/inzichten: what the program office looks after: companies that never answer, vacancies open for more than
 * 90 days, reports by category and the verification queue; with the public figures' filters, a few headline
 * numbers of that selection and a link to the full figures.
 */
@Component({
  selector: 'tz-internal-insights-page',
  imports: [
    DatePipe,
    DecimalPipe,
    InsightsFiltersForm,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'insights.internal.title' | transloco }}</h1>
      <p class="intro">{{ 'insights.internal.intro' | transloco }}</p>

      <section class="block" aria-labelledby="selection-title">
        <h2 id="selection-title">{{ 'insights.internal.selectionTitle' | transloco }}</h2>
        <tz-insights-filters [filters]="filters()" (changed)="apply($event)" />
        @if (region.hasValue()) {
          @let open = region.value().openPlaces;
          <dl class="totals" data-testid="internal-totals">
            <div>
              <dt>{{ 'insights.totals.vacancies' | transloco }}</dt>
              <dd>{{ open.total | number: '1.0-0' : lang() }}</dd>
            </div>
            <div>
              <dt>{{ 'insights.totals.positions' | transloco }}</dt>
              <dd>{{ open.positions | number: '1.0-0' : lang() }}</dd>
            </div>
            <div>
              <dt>{{ 'insights.internal.published' | transloco }}</dt>
              <dd>{{ published() | number: '1.0-0' : lang() }}</dd>
            </div>
          </dl>
        }
        <a mat-stroked-button routerLink="/regio" [queryParams]="publicParams()" data-testid="to-public-figures">
          <mat-icon aria-hidden="true" svgIcon="bar_chart" />
          {{ 'insights.internal.toPublic' | transloco }}
        </a>
      </section>

      @if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="internal.reload()">{{ 'common.retry' | transloco }}</button>
        </div>
      } @else if (internal.hasValue()) {
        @let lists = internal.value();
        <div class="cards">
          <section class="block" aria-labelledby="queue-title" data-testid="verification-queue">
            <h2 id="queue-title">{{ 'insights.internal.queue.title' | transloco }}</h2>
            <dl class="counts">
              <div>
                <dt>{{ 'insights.internal.queue.companies' | transloco }}</dt>
                <dd>{{ lists.verificationQueue.companies | number: '1.0-0' : lang() }}</dd>
              </div>
              <div>
                <dt>{{ 'insights.internal.queue.schools' | transloco }}</dt>
                <dd>{{ lists.verificationQueue.schools | number: '1.0-0' : lang() }}</dd>
              </div>
            </dl>
            <a routerLink="/admin/organizations">{{ 'insights.internal.queue.link' | transloco }}</a>
          </section>

          <section class="block" aria-labelledby="reports-title" data-testid="reports-by-category">
            <h2 id="reports-title">{{ 'insights.internal.reports.title' | transloco }}</h2>
            <p>{{ 'insights.internal.reports.total' | transloco: { count: lists.reports.total } }}</p>
            @if (lists.reports.byCategory.length > 0) {
              <table mat-table [dataSource]="lists.reports.byCategory">
                <ng-container matColumnDef="category">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'insights.internal.reports.category' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let cell">{{ categoryKey(cell.key) | transloco }}</td>
                </ng-container>
                <ng-container matColumnDef="count">
                  <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                    {{ 'insights.internal.reports.count' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let cell" class="num">{{ cell.count | number: '1.0-0' : lang() }}</td>
                </ng-container>
                <tr mat-header-row *matHeaderRowDef="reportColumns"></tr>
                <tr mat-row *matRowDef="let row; columns: reportColumns"></tr>
              </table>
            }
            <a routerLink="/meldingen">{{ 'insights.internal.reports.link' | transloco }}</a>
          </section>
        </div>

        <section class="block" aria-labelledby="silent-title" data-testid="silent-companies">
          <h2 id="silent-title">{{ 'insights.internal.silent.title' | transloco }}</h2>
          <p class="muted">{{ 'insights.internal.silent.intro' | transloco }}</p>
          @if (lists.silentCompanies.length === 0) {
            <p>{{ 'insights.internal.silent.empty' | transloco }}</p>
          } @else {
            <div class="table-scroll">
              <table mat-table [dataSource]="lists.silentCompanies">
                <ng-container matColumnDef="name">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'insights.internal.silent.company' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let company">
                    <a [routerLink]="['/bedrijven', company.companyId]">{{ company.name }}</a>
                  </td>
                </ng-container>
                <ng-container matColumnDef="applications">
                  <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                    {{ 'insights.internal.silent.applications' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let company" class="num">
                    {{ company.applications | number: '1.0-0' : lang() }}
                  </td>
                </ng-container>
                <tr mat-header-row *matHeaderRowDef="silentColumns"></tr>
                <tr mat-row *matRowDef="let row; columns: silentColumns"></tr>
              </table>
            </div>
          }
        </section>

        <section class="block" aria-labelledby="stale-title" data-testid="stale-vacancies">
          <h2 id="stale-title">{{ 'insights.internal.stale.title' | transloco }}</h2>
          <p class="muted">{{ 'insights.internal.stale.intro' | transloco }}</p>
          @if (lists.staleVacancies.length === 0) {
            <p>{{ 'insights.internal.stale.empty' | transloco }}</p>
          } @else {
            <div class="table-scroll">
              <table mat-table [dataSource]="lists.staleVacancies">
                <ng-container matColumnDef="title">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'insights.internal.stale.vacancy' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let vacancy">
                    <a [routerLink]="['/vacatures', vacancy.id]">{{ vacancy.title }}</a>
                  </td>
                </ng-container>
                <ng-container matColumnDef="company">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'insights.internal.stale.company' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let vacancy">{{ vacancy.companyName }}</td>
                </ng-container>
                <ng-container matColumnDef="published">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'insights.internal.stale.published' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let vacancy">
                    {{ vacancy.publishedAt | date: 'mediumDate' : undefined : lang() }}
                  </td>
                </ng-container>
                <ng-container matColumnDef="days">
                  <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                    {{ 'insights.internal.stale.days' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let vacancy" class="num">
                    {{ vacancy.days | number: '1.0-0' : lang() }}
                  </td>
                </ng-container>
                <tr mat-header-row *matHeaderRowDef="staleColumns"></tr>
                <tr mat-row *matRowDef="let row; columns: staleColumns"></tr>
              </table>
            </div>
          }
        </section>
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .intro {
      max-width: 760px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .block {
      margin-top: 24px;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
      gap: 0 32px;
    }
    .totals,
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin: 0 0 16px;
    }
    .totals {
      margin-top: 16px;
    }
    .totals div,
    .counts div {
      min-width: 140px;
      padding: 8px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 4px 0 0;
      font: var(--mat-sys-headline-small);
      font-variant-numeric: tabular-nums;
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      margin-bottom: 8px;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InternalInsightsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(InsightsApi);
  protected readonly lang = inject(LanguageService).lang;

  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly filters = computed(() => filtersFromParams(this.params(), new Date()));
  protected readonly publicParams = computed(() => filtersToParams(this.filters()));

  protected readonly internal = httpResource<InternalInsightsResponse>(() => this.api.internalUrl());
  protected readonly region = httpResource<RegionInsightsResponse>(() => this.api.region(this.filters()));
  protected readonly published = computed(() =>
    this.region.hasValue() ? this.region.value().trends.reduce((sum, row) => sum + row.vacanciesPublished, 0) : 0,
  );
  protected readonly loadError = computed(() => {
    const error = this.internal.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });

  protected readonly reportColumns = ['category', 'count'];
  protected readonly silentColumns = ['name', 'applications'];
  protected readonly staleColumns = ['title', 'company', 'published', 'days'];
  protected readonly categoryKey = reportCategoryKey;

  protected apply(filters: InsightsFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(filters),
      scroll: 'manual',
    });
  }
}
