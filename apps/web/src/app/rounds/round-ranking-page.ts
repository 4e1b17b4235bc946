import { LiveAnnouncer } from '@angular/cdk/a11y';
import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MyRoundResponse, MyRoundVacancyResponse } from '@techzone/contracts';
import { finalize } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { refusalText } from '../shared/applications/application-status';
import { MatchReasons } from '../shared/matching/match-reasons';
import { MatchScore } from '../shared/matching/match-score';
import { MatchTexts } from '../shared/matching/match-texts.service';
import { RankedItem, RankedList } from '../shared/rounds/ranked-list';
import { addChoice, positionOf, removeChoice, sameOrder } from '../shared/rounds/ranking';
import { DEADLINE_FORMAT, roundPhase, ruleKeys } from '../shared/rounds/round-text';
import { RoundsApi } from '../shared/rounds/rounds.api';
import { VacancyCard } from '../shared/vacancy-card';
import { myOutcome } from './my-rounds';

interface ChoiceItem extends RankedItem {
  entry: MyRoundVacancyResponse;
}

/**
 * /rondes/:id: the places of a round as cards with the match, and "Mijn keuzes": the student's ordered choices,
 * reordered by drag and drop or the keyboard buttons, saved with one button. Read-only after the deadline; after
 * publication it shows the place the student got (with a link to the offer) or what to do next.
 */
@Component({
  selector: 'tz-round-ranking-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatchReasons,
    MatchScore,
    MatIconModule,
    MatProgressSpinnerModule,
    RankedList,
    RouterLink,
    TranslocoPipe,
    VacancyCard,
  ],
  templateUrl: './round-ranking-page.html',
  styleUrl: './round-ranking-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundRankingPage {
  private readonly api = inject(RoundsApi);
  private readonly texts = inject(MatchTexts);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly lang = inject(LanguageService).lang;
  protected readonly deadlineFormat = DEADLINE_FORMAT;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly round = httpResource<MyRoundResponse>(() => this.api.myRoundUrl(this.id()));
  protected readonly notFound = computed(() => apiErrorStatus(this.round.error()) === 404);
  protected readonly loadError = computed(() => {
    const error = this.round.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  /** The round, once the taxonomies that name the skills in the reasons have arrived too. */
  protected readonly view = computed(() => (this.round.hasValue() && this.texts.ready() ? this.round.value() : null));
  protected readonly phase = computed(() => {
    const round = this.view();
    return round ? roundPhase(round) : null;
  });
  protected readonly editable = computed(() => this.view()?.rankingOpen ?? false);
  protected readonly outcome = computed(() => {
    const round = this.view();
    return round ? myOutcome(round) : null;
  });

  /** The choices as the student is arranging them; back to the saved ones whenever the round (re)loads. */
  protected readonly ranking = linkedSignal(() => (this.round.hasValue() ? this.round.value().ranking : []));
  protected readonly dirty = computed(
    () => this.round.hasValue() && !sameOrder(this.ranking(), this.round.value().ranking),
  );
  private readonly byId = computed(
    () => new Map((this.view()?.vacancies ?? []).map((entry) => [entry.vacancy.id, entry])),
  );
  protected readonly choices = computed<ChoiceItem[]>(() =>
    this.ranking().flatMap((id) => {
      const entry = this.byId().get(id);
      return entry ? [{ id, name: entry.vacancy.title, entry }] : [];
    }),
  );
  protected readonly full = computed(() => this.ranking().length >= (this.view()?.maxChoices ?? 0));
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);

  protected readonly ruleKeys = ruleKeys;

  constructor() {
    this.texts.load();
  }

  protected positionIn(vacancyId: string): number | null {
    return positionOf(this.ranking(), vacancyId);
  }

  protected choose(entry: MyRoundVacancyResponse): void {
    const max = this.view()?.maxChoices ?? 0;
    const next = addChoice(this.ranking(), entry.vacancy.id, max);
    if (next.length === this.ranking().length) {
      return;
    }
    this.ranking.set(next);
    this.saveError.set(null);
    this.announce('rounds.ranking.added', { name: entry.vacancy.title, position: next.length, max });
  }

  protected unchoose(vacancyId: string): void {
    const entry = this.byId().get(vacancyId);
    this.ranking.update((list) => removeChoice(list, vacancyId));
    this.saveError.set(null);
    if (entry) {
      this.announce('rankedList.removed', { name: entry.vacancy.title });
    }
  }

  protected reorder(ids: string[]): void {
    this.ranking.set(ids);
    this.saveError.set(null);
  }

  protected undo(): void {
    if (this.round.hasValue()) {
      this.ranking.set(this.round.value().ranking);
      this.saveError.set(null);
    }
  }

  protected save(): void {
    if (this.saving() || !this.dirty()) {
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    this.api
      .rank(this.id(), { vacancyIds: this.ranking() })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (round) => {
          this.round.set(round);
          this.snackBar.open(this.transloco.translate('rounds.ranking.saved'), undefined, { duration: 5000 });
        },
        error: (error: unknown) => {
          const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
          const status = apiErrorStatus(error);
          const serverText = status === 400 ? null : refusalText(error);
          this.saveError.set(serverText ?? this.transloco.translate(message.key, message.params));
          if (status === 409) {
            // The deadline passed or the round was published meanwhile: show it as it is now.
            this.round.reload();
          }
        },
      });
  }

  private announce(key: string, params: Record<string, string | number>): void {
    void this.announcer.announce(this.transloco.translate(key, params), 'polite');
  }
}
