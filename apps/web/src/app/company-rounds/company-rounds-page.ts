import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CompanyRoundResponse, CompanyRoundVacancyResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { MatchTexts } from '../shared/matching/match-texts.service';
import { membershipOf } from '../shared/memberships';
import { DEADLINE_FORMAT, roundPhase } from '../shared/rounds/round-text';
import { RoundsApi } from '../shared/rounds/rounds.api';
import { CompanyRoundVacancy } from './company-round-vacancy';

/**
 * /bedrijf/rondes: the schools' placement rounds in which the company offers places: per vacancy the students who
 * chose it, the company's ranking of them, and after publication whom it got.
 */
@Component({
  selector: 'tz-company-rounds-page',
  imports: [
    CompanyRoundVacancy,
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'companyRounds.title' | transloco }}</h1>
      <p class="intro">{{ 'companyRounds.intro' | transloco }}</p>
      @if (!membership()) {
        <p>{{ 'companyRounds.noCompany' | transloco }}</p>
      } @else if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="rounds.reload()">{{ 'common.retry' | transloco }}</button>
        </div>
      } @else if (list(); as list) {
        @if (list.length === 0) {
          <p data-testid="company-rounds-empty">{{ 'companyRounds.empty' | transloco }}</p>
          <a mat-stroked-button routerLink="/bedrijf/vacatures">{{ 'companyRounds.toVacancies' | transloco }}</a>
        } @else {
          @for (round of list; track round.id) {
            @let phase = phaseOf(round);
            <section class="round" [attr.aria-labelledby]="'round-' + round.id" data-testid="company-round">
              <header class="round-head">
                <h2 [id]="'round-' + round.id">{{ round.name }}</h2>
                <p class="meta">
                  <span [class]="'tz-status tz-round-' + phase">{{ 'rounds.phase.' + phase | transloco }}</span>
                  <span>{{ round.schoolName }}</span>
                  <span>{{
                    (phase === 'open' ? 'rounds.deadline' : 'rounds.deadlinePassed')
                      | transloco: { date: (round.deadline | date: deadlineFormat : undefined : lang()) }
                  }}</span>
                </p>
                <p class="explain">{{ 'companyRounds.phaseHelp.' + phase | transloco }}</p>
              </header>
              <div class="vacancies">
                @for (vacancy of round.vacancies; track vacancy.vacancyId) {
                  <tz-company-round-vacancy
                    [roundId]="round.id"
                    [vacancy]="vacancy"
                    [editable]="round.status === 'open'"
                    (saved)="replace(round.id, $event)"
                  />
                }
              </div>
            </section>
          }
        }
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .intro {
      max-width: 760px;
      margin: 0 0 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    .round {
      margin-bottom: 32px;
    }
    .round-head h2 {
      margin-bottom: 4px;
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 16px;
      align-items: center;
      margin: 0 0 8px;
    }
    .explain {
      max-width: 760px;
      margin: 0 0 16px;
    }
    .vacancies {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 420px), 1fr));
      gap: 16px;
      align-items: start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyRoundsPage {
  private readonly api = inject(RoundsApi);
  private readonly auth = inject(AuthService);
  private readonly texts = inject(MatchTexts);
  protected readonly lang = inject(LanguageService).lang;
  protected readonly deadlineFormat = DEADLINE_FORMAT;

  protected readonly membership = computed(() => membershipOf(this.auth.user(), 'company'));
  protected readonly rounds = httpResource<CompanyRoundResponse[]>(() => {
    const membership = this.membership();
    return membership ? this.api.companyRoundsUrl(membership.organizationId) : undefined;
  });
  /** The rounds, once the taxonomies that name the skills in the reasons have arrived too. */
  protected readonly list = computed(() => (this.rounds.hasValue() && this.texts.ready() ? this.rounds.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.rounds.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly phaseOf = roundPhase;

  constructor() {
    this.texts.load();
  }

  protected replace(roundId: string, updated: CompanyRoundVacancyResponse): void {
    this.rounds.update((rounds) =>
      (rounds ?? []).map((round) =>
        round.id === roundId
          ? {
              ...round,
              vacancies: round.vacancies.map((vacancy) =>
                vacancy.vacancyId === updated.vacancyId ? updated : vacancy,
              ),
            }
          : round,
      ),
    );
  }
}
