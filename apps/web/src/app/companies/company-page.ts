import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { API_ROUTES, CompanyPageResponse, ResponsivenessResponse, VacancySummaryResponse } from '@techzone/contracts';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { PageMeta, summary } from '../core/seo/page-meta.service';
import { LabelPipe } from '../shared/label';
import { openMisconductDialog } from '../shared/placements/misconduct-dialog';
import { VacancyCard } from '../shared/vacancy-card';
import { responsivenessTexts } from './responsiveness';

/** /bedrijven/:id: the public page of a verified company with its published vacancies. */
@Component({
  selector: 'tz-company-page',
  imports: [DatePipe, LabelPipe, MatButtonModule, MatIconModule, MatProgressSpinnerModule, TranslocoPipe, VacancyCard],
  template: `
    <div class="tz-container tz-page">
      @if (notFound()) {
        <h1>{{ 'company.notFoundTitle' | transloco }}</h1>
        <p>{{ 'company.notFoundText' | transloco }}</p>
      } @else if (loadError(); as error) {
        <h1>{{ 'company.title' | transloco }}</h1>
        <p class="tz-form-error" role="alert">{{ error.key | transloco: error.params }}</p>
      } @else if (company.hasValue()) {
        @let c = company.value();
        <header class="head">
          @if (c.hasLogo) {
            <img class="logo" [src]="logoUrl()" [alt]="'company.logoAlt' | transloco: { name: c.name }" />
          }
          <div>
            <h1 data-testid="company-name">{{ c.name }}</h1>
            <p class="meta">
              @if (c.sector) {
                <span>{{ c.sector | tzLabel }}</span>
              }
              @if (c.city) {
                <span
                  >{{ c.city
                  }}{{ c.municipality && c.municipality !== c.city ? ' (' + c.municipality + ')' : '' }}</span
                >
              }
              @if (c.size) {
                <span>{{ 'company.size' | transloco: { size: c.size } }}</span>
              }
            </p>
            @if (c.website) {
              <p>
                <a [href]="c.website" target="_blank" rel="noopener noreferrer">
                  {{ 'company.website' | transloco }}
                  <span class="tz-visually-hidden">({{ 'common.opensNewWindow' | transloco }})</span>
                </a>
              </p>
            }
            @if (isStudent()) {
              <p class="report">
                <button type="button" mat-stroked-button data-testid="report-company" (click)="report(c.name)">
                  <mat-icon aria-hidden="true" svgIcon="flag" />
                  {{ 'reports.button' | transloco }}
                </button>
                <span class="report-hint">{{ 'reports.buttonHint' | transloco }}</span>
              </p>
            }
          </div>
        </header>

        @if (responsiveness().length > 0) {
          <section class="responsiveness" aria-labelledby="company-responsiveness" data-testid="responsiveness">
            <h2 id="company-responsiveness">{{ 'company.responsiveness.title' | transloco }}</h2>
            <ul>
              @for (text of responsiveness(); track text.key) {
                <li>
                  <mat-icon
                    aria-hidden="true"
                    [svgIcon]="text.key === 'company.responsiveness.rate' ? 'mark_chat_read' : 'schedule'"
                  />
                  {{ text.key | transloco: text.params }}
                </li>
              }
            </ul>
          </section>
        }

        @if (c.description) {
          <section aria-labelledby="company-about">
            <h2 id="company-about">{{ 'company.about' | transloco }}</h2>
            <p class="description">{{ c.description }}</p>
          </section>
        }

        @if (c.locations.length > 0) {
          <section aria-labelledby="company-locations">
            <h2 id="company-locations">{{ 'company.locations' | transloco }}</h2>
            <ul>
              @for (location of c.locations; track location.id) {
                <li>
                  {{ location.address ? location.address + ', ' : '' }}{{ location.placeName }}
                  <span class="muted">({{ location.municipality }})</span>
                </li>
              }
            </ul>
          </section>
        }

        @if (c.accreditations.length > 0) {
          <section aria-labelledby="company-accreditations">
            <h2 id="company-accreditations">{{ 'company.accreditations' | transloco }}</h2>
            <p class="muted">{{ 'company.accreditationsIntro' | transloco }}</p>
            <ul>
              @for (accreditation of c.accreditations; track accreditation.crebo) {
                <li>
                  {{ accreditation | tzLabel }}
                  <span class="muted">
                    (crebo {{ accreditation.crebo }}
                    @if (accreditation.until) {
                      ·
                      {{
                        'company.until'
                          | transloco: { date: (accreditation.until | date: 'longDate' : undefined : lang()) }
                      }}
                    }
                    )
                  </span>
                  @if (!accreditation.active) {
                    <span class="tz-status tz-status-closed">{{ 'company.inactive' | transloco }}</span>
                  }
                </li>
              }
            </ul>
          </section>
        }

        <section aria-labelledby="company-vacancies">
          <h2 id="company-vacancies">{{ 'company.vacancies' | transloco }}</h2>
          @if (vacancies.hasValue()) {
            @if (vacancies.value().length === 0) {
              <p class="muted">{{ 'company.noVacancies' | transloco }}</p>
            } @else {
              <ul class="cards">
                @for (vacancy of vacancies.value(); track vacancy.id) {
                  <li><tz-vacancy-card [vacancy]="vacancy" /></li>
                }
              </ul>
            }
          } @else if (vacancies.error()) {
            <p class="tz-form-error" role="alert">{{ 'company.vacanciesError' | transloco }}</p>
          } @else {
            <mat-spinner diameter="32" [attr.aria-label]="'common.loading' | transloco" />
          }
        </section>
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .report {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .report-hint {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 16px 24px;
      align-items: center;
      margin-bottom: 16px;
    }
    .logo {
      width: 96px;
      height: 96px;
      object-fit: contain;
      border-radius: 8px;
      background: #fff;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    h1 {
      margin-bottom: 4px;
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .description {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    section {
      margin-top: 24px;
    }
    .responsiveness ul {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .responsiveness li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 16px;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyPage {
  protected readonly lang = inject(LanguageService).lang;
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  /** Students can report discrimination or misconduct by a company (to their school and the program office). */
  protected readonly isStudent = computed(() => this.auth.user()?.candidateKind === 'student');

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly company = httpResource<CompanyPageResponse>(() =>
    apiUrl(`${API_ROUTES.companies}/${encodeURIComponent(this.id())}`),
  );
  protected readonly vacancies = httpResource<VacancySummaryResponse[]>(() =>
    apiUrl(`${API_ROUTES.companies}/${encodeURIComponent(this.id())}/vacancies`),
  );
  private readonly responsivenessResource = httpResource<ResponsivenessResponse>(() =>
    apiUrl(`${API_ROUTES.companies}/${encodeURIComponent(this.id())}/responsiveness`),
  );
  /** Shown only when the company has had applications; a failed call just leaves it out. */
  protected readonly responsiveness = computed(() =>
    this.responsivenessResource.hasValue() ? responsivenessTexts(this.responsivenessResource.value()) : [],
  );
  protected readonly logoUrl = computed(() =>
    apiUrl(`${API_ROUTES.organizations}/${encodeURIComponent(this.id())}/logo`),
  );
  protected readonly notFound = computed(() => apiErrorStatus(this.company.error()) === 404);

  constructor() {
    const pageMeta = inject(PageMeta);
    effect(() => {
      if (this.notFound()) {
        pageMeta.notFound();
      } else if (this.company.hasValue()) {
        const company = this.company.value();
        const where = company.city ? `${company.name}, ${company.city}` : company.name;
        pageMeta.describe({
          title: company.city ? `${company.name} · ${company.city}` : company.name,
          description: summary(company.description ? `${where}. ${company.description}` : where),
          type: 'article',
        });
      }
    });
  }

  protected report(companyName: string): void {
    openMisconductDialog(this.dialog, { companyId: this.id(), companyName });
  }
  protected readonly loadError = computed(() => {
    const error = this.company.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
}
