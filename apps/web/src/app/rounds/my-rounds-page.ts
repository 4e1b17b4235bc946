import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MyRoundResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { DEADLINE_FORMAT, roundPhase } from '../shared/rounds/round-text';
import { RoundsApi } from '../shared/rounds/rounds.api';
import { myOutcome, sortMyRounds } from './my-rounds';

/** /rondes: the placement rounds of the student's cohort: choose places while a round is open, then the result. */
@Component({
  selector: 'tz-my-rounds-page',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatProgressSpinnerModule, RouterLink, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'rounds.mine.title' | transloco }}</h1>
      <p class="intro">{{ 'rounds.mine.intro' | transloco }}</p>
      @if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="rounds.reload()">{{ 'common.retry' | transloco }}</button>
        </div>
      } @else if (list(); as list) {
        @if (list.length === 0) {
          <p data-testid="my-rounds-empty">{{ 'rounds.mine.empty' | transloco }}</p>
          <a mat-stroked-button routerLink="/vacatures">{{ 'rounds.mine.search' | transloco }}</a>
        } @else {
          <ul class="cards">
            @for (round of list; track round.id) {
              @let phase = phaseOf(round);
              <li>
                <article class="card" data-testid="my-round" [attr.aria-labelledby]="'round-' + round.id">
                  <p class="head">
                    <span [class]="'tz-status tz-round-' + phase">{{ 'rounds.phase.' + phase | transloco }}</span>
                    <span class="muted">{{ round.schoolName }}</span>
                  </p>
                  <h2 [id]="'round-' + round.id">
                    <a [routerLink]="['/rondes', round.id]">{{ round.name }}</a>
                  </h2>
                  @switch (phase) {
                    @case ('open') {
                      <p>
                        {{
                          'rounds.deadline'
                            | transloco: { date: (round.deadline | date: deadlineFormat : undefined : lang()) }
                        }}
                      </p>
                      <p>
                        {{ 'rounds.mine.chosen' | transloco: { count: round.ranking.length, max: round.maxChoices } }}
                      </p>
                    }
                    @case ('closed') {
                      <p>{{ 'rounds.mine.waiting' | transloco: { count: round.ranking.length } }}</p>
                    }
                    @case ('published') {
                      @let outcome = outcomeOf(round);
                      @if (outcome?.placed) {
                        <p class="placed">
                          <mat-icon aria-hidden="true" svgIcon="celebration" />
                          {{ 'rounds.mine.placed' | transloco }}
                        </p>
                      } @else {
                        <p>{{ 'rounds.mine.unplaced' | transloco }}</p>
                      }
                    }
                  }
                  <a
                    mat-stroked-button
                    class="open-link"
                    [routerLink]="['/rondes', round.id]"
                    [attr.aria-label]="
                      (phase === 'open' ? 'rounds.mine.chooseLabel' : 'rounds.mine.viewLabel')
                        | transloco: { name: round.name }
                    "
                  >
                    {{ (phase === 'open' ? 'rounds.mine.choose' : 'rounds.mine.view') | transloco }}
                  </a>
                </article>
              </li>
            }
          </ul>
        }
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .intro {
      margin: 0 0 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 4px;
      height: 100%;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .card p {
      margin: 0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    h2 {
      margin: 4px 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .placed {
      display: flex;
      gap: 6px;
      align-items: center;
      font-weight: 500;
    }
    .open-link {
      margin-top: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyRoundsPage {
  private readonly api = inject(RoundsApi);
  protected readonly lang = inject(LanguageService).lang;
  protected readonly deadlineFormat = DEADLINE_FORMAT;

  protected readonly rounds = httpResource<MyRoundResponse[]>(() => this.api.myRoundsUrl());
  protected readonly list = computed(() => (this.rounds.hasValue() ? sortMyRounds(this.rounds.value()) : null));
  protected readonly loadError = computed(() => {
    const error = this.rounds.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });

  protected readonly phaseOf = roundPhase;
  protected readonly outcomeOf = myOutcome;
}
