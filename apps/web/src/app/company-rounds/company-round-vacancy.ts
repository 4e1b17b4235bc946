import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CompanyRankingMode, CompanyRoundCandidateResponse, CompanyRoundVacancyResponse } from '@techzone/contracts';
import { finalize, map } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { refusalText } from '../shared/applications/application-status';
import { MatchReasons } from '../shared/matching/match-reasons';
import { MatchScore } from '../shared/matching/match-score';
import { RankedItem, RankedList } from '../shared/rounds/ranked-list';
import { RoundsApi } from '../shared/rounds/rounds.api';
import { byScore, inOrder, rankingChanged, rankingRequest } from './company-ranking';

interface CandidateItem extends RankedItem {
  candidate: CompanyRoundCandidateResponse;
}

/**
 * One of the company's vacancies in a round: the students who chose it, ranked by the engine's score or in the
 * company's own order (drag and drop or the keyboard buttons), saved with one button; after publication, who got it.
 */
@Component({
  selector: 'tz-company-round-vacancy',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatchReasons,
    MatchScore,
    MatIconModule,
    NgTemplateOutlet,
    RankedList,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    @let v = vacancy();
    <article class="vacancy" [attr.aria-labelledby]="headingId()" data-testid="round-vacancy">
      <header class="head">
        <h3 [id]="headingId()">{{ v.title }}</h3>
        <p class="muted">
          {{ 'companyRounds.capacity' | transloco: { count: v.capacity } }} ·
          {{ 'companyRounds.chosenBy' | transloco: { count: v.candidates.length } }}
        </p>
      </header>

      @if (v.placed; as placed) {
        <div class="placed" data-testid="round-placed">
          <h4>{{ 'companyRounds.placedTitle' | transloco }}</h4>
          @if (placed.length === 0) {
            <p>{{ 'companyRounds.placedNone' | transloco }}</p>
          } @else {
            <ul>
              @for (student of placed; track student.userId) {
                <li>{{ student.name }}</li>
              }
            </ul>
            <p>
              <a [routerLink]="['/bedrijf/vacatures', v.vacancyId, 'sollicitaties']">{{
                'companyRounds.toApplicants' | transloco
              }}</a>
            </p>
          }
        </div>
      }

      @if (v.candidates.length === 0) {
        <p class="muted" data-testid="round-no-candidates">{{ 'companyRounds.noCandidates' | transloco }}</p>
      } @else {
        @if (editable()) {
          <div class="mode">
            <mat-button-toggle-group
              [vertical]="narrow()"
              [value]="mode()"
              [attr.aria-label]="'companyRounds.modeLabel' | transloco: { title: v.title }"
              (change)="setMode($event.value)"
            >
              <mat-button-toggle value="score">{{ 'companyRounds.modes.score' | transloco }}</mat-button-toggle>
              <mat-button-toggle value="manual">{{ 'companyRounds.modes.manual' | transloco }}</mat-button-toggle>
            </mat-button-toggle-group>
            <p class="muted">{{ 'companyRounds.modeHelp.' + mode() | transloco }}</p>
          </div>
        } @else {
          <p class="muted">{{ 'companyRounds.modeShown.' + v.mode | transloco }}</p>
        }

        @if (editable() && mode() === 'manual') {
          <tz-ranked-list
            testId="round-candidates"
            [items]="manualItems()"
            [label]="'companyRounds.listLabel' | transloco: { title: v.title }"
            (reordered)="order.set($event)"
          >
            <ng-template let-item>
              <ng-container *ngTemplateOutlet="candidateTemplate; context: { $implicit: item.candidate }" />
            </ng-template>
          </tz-ranked-list>
        } @else {
          <ol
            class="candidates"
            data-testid="round-candidates"
            [attr.aria-label]="'companyRounds.listLabel' | transloco: { title: v.title }"
          >
            @for (candidate of shown(); track candidate.userId; let index = $index) {
              <li class="candidate" data-testid="ranked-item">
                <span class="position" aria-hidden="true">{{ index + 1 }}</span>
                <div class="content">
                  <ng-container *ngTemplateOutlet="candidateTemplate; context: { $implicit: candidate }" />
                </div>
              </li>
            }
          </ol>
        }

        @if (editable()) {
          @if (error(); as message) {
            <p class="tz-form-error" role="alert">{{ message }}</p>
          }
          <div class="buttons">
            <button
              type="button"
              mat-flat-button
              disabledInteractive
              [disabled]="!dirty() || saving()"
              [attr.aria-busy]="saving()"
              [attr.aria-label]="'companyRounds.saveLabel' | transloco: { title: v.title }"
              (click)="save()"
            >
              {{ 'companyRounds.save' | transloco }}
            </button>
            @if (dirty()) {
              <span class="muted">{{ 'companyRounds.unsaved' | transloco }}</span>
            }
          </div>
        }
      }
    </article>

    <ng-template #candidateTemplate let-c>
      <div class="candidate-head">
        <p class="name" data-testid="candidate-name">{{ c.name }}</p>
        <tz-match-score [score]="c.score" />
      </div>
      <p class="muted">
        @if (c.programName) {
          {{ c.programName }} ·
        }
        @if (c.educationLevel) {
          {{ 'vacancy.levels.' + c.educationLevel | transloco }} ·
        }
        <span data-testid="candidate-choice">{{ 'companyRounds.choice' | transloco: { n: c.choice } }}</span>
      </p>
      <tz-match-reasons [reasons]="c.reasons" view="company" [limit]="3" />
    </ng-template>
  `,
  styles: `
    :host {
      display: block;
    }
    .vacancy {
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .head h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    p {
      margin: 0;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .placed {
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .placed h4 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .placed ul {
      margin: 0 0 4px;
      padding-left: 20px;
    }
    .placed a {
      color: inherit;
    }
    .mode {
      display: flex;
      flex-direction: column;
      gap: 6px;
      align-items: flex-start;
    }
    mat-button-toggle-group {
      max-width: 100%;
    }
    .candidates {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .candidate {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      padding: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .position {
      flex: none;
      display: grid;
      place-items: center;
      width: 32px;
      height: 32px;
      border-radius: 50%;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      font-weight: 700;
    }
    .content {
      flex: 1 1 auto;
      min-width: 0;
    }
    .candidate-head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      justify-content: space-between;
    }
    .name {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyRoundVacancy {
  private readonly api = inject(RoundsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly roundId = input.required<string>();
  readonly vacancy = input.required<CompanyRoundVacancyResponse>();
  /** While the round is open the company may change its ranking (also after the students' deadline). */
  readonly editable = input.required<boolean>();
  readonly saved = output<CompanyRoundVacancyResponse>();

  /** On a phone the two long toggle labels go one above the other. */
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 479.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly mode = linkedSignal<CompanyRankingMode>(() => this.vacancy().mode);
  protected readonly order = linkedSignal(() => this.vacancy().candidates.map((candidate) => candidate.userId));
  protected readonly headingId = computed(() => `round-vacancy-${this.roundId()}-${this.vacancy().vacancyId}`);
  protected readonly manualItems = computed<CandidateItem[]>(() =>
    inOrder(this.vacancy().candidates, this.order()).map((candidate) => ({
      id: candidate.userId,
      name: candidate.name,
      candidate,
    })),
  );
  /** Read-only order: by score, or the company's own order as saved. */
  protected readonly shown = computed(() =>
    this.mode() === 'score' ? byScore(this.vacancy().candidates) : this.vacancy().candidates,
  );
  protected readonly dirty = computed(() =>
    rankingChanged(
      this.vacancy(),
      this.mode(),
      this.manualItems().map((item) => item.id),
    ),
  );
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected setMode(mode: CompanyRankingMode): void {
    this.mode.set(mode);
    this.error.set(null);
    if (mode === 'manual' && this.vacancy().mode === 'score') {
      // Start the own order from the score order the company sees now.
      this.order.set(byScore(this.vacancy().candidates).map((candidate) => candidate.userId));
    }
  }

  protected save(): void {
    if (this.saving() || !this.dirty()) {
      return;
    }
    const vacancy = this.vacancy();
    this.saving.set(true);
    this.error.set(null);
    this.api
      .companyRank(
        this.roundId(),
        vacancy.vacancyId,
        rankingRequest(
          this.mode(),
          this.manualItems().map((item) => item.id),
        ),
      )
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (updated) => {
          this.saved.emit(updated);
          this.snackBar.open(this.transloco.translate('companyRounds.saved', { title: vacancy.title }), undefined, {
            duration: 5000,
          });
        },
        error: (error: unknown) => {
          const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
          const text = apiErrorStatus(error) === 400 ? null : refusalText(error);
          this.error.set(text ?? this.transloco.translate(message.key, message.params));
        },
      });
  }
}
