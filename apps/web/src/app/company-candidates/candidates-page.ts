import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { API_ROUTES, CandidateMatchResponse, VacancyDetailResponse } from '@techzone/contracts';
import { finalize } from 'rxjs';
import { topSkills as strongestSkills } from '../company-applications/board';
import { apiErrorStatus, apiErrorText, mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { LabelPipe } from '../shared/label';
import { MatchReasons } from '../shared/matching/match-reasons';
import { MatchScore } from '../shared/matching/match-score';
import { MatchTexts } from '../shared/matching/match-texts.service';
import { inviteState, markInvited } from './candidates';
import { CandidatesApi } from './candidates.api';

/**
 * /bedrijf/vacatures/:id/kandidaten: the findable candidates who fit one of the company's vacancies best, with the
 * score and the reasons, and an invitation to apply.
 */
@Component({
  selector: 'tz-candidates-page',
  imports: [
    LabelPipe,
    MatButtonModule,
    MatchReasons,
    MatchScore,
    MatIconModule,
    MatProgressSpinnerModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './candidates-page.html',
  styleUrl: './candidates-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidatesPage {
  private readonly api = inject(CandidatesApi);
  private readonly texts = inject(MatchTexts);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  /** Route parameter: the vacancy. */
  readonly id = input.required<string>();

  protected readonly vacancy = httpResource<VacancyDetailResponse>(() =>
    apiUrl(`${API_ROUTES.vacancies}/${encodeURIComponent(this.id())}`),
  );
  protected readonly candidates = httpResource<CandidateMatchResponse[]>(() => this.api.listUrl(this.id()));
  /** The list, once the taxonomies that name the skills in the reasons have arrived too. */
  protected readonly list = computed(() =>
    this.candidates.hasValue() && this.texts.ready() ? this.candidates.value() : null,
  );
  protected readonly notFound = computed(() => apiErrorStatus(this.candidates.error()) === 404);
  /** A refusal with the API's own explanation (e.g. the vacancy is not published), else a general message. */
  protected readonly loadError = computed(() => {
    const error = this.candidates.error();
    if (!error) {
      return null;
    }
    const status = apiErrorStatus(error);
    const serverText = status === 400 || status === 403 || status === 409 ? apiErrorText(error) : null;
    return { text: serverText, message: mapApiError(error).form[0] ?? { key: 'errors.unexpected' } };
  });
  protected readonly busyIds = signal<ReadonlySet<string>>(new Set());

  protected readonly inviteState = inviteState;
  protected readonly topSkills = (candidate: CandidateMatchResponse) => strongestSkills(candidate, 5);

  constructor() {
    this.texts.load();
  }

  protected isBusy(candidate: CandidateMatchResponse): boolean {
    return this.busyIds().has(candidate.userId);
  }

  protected invite(candidate: CandidateMatchResponse): void {
    if (this.isBusy(candidate) || inviteState(candidate) !== 'open') {
      return;
    }
    this.setBusy(candidate.userId, true);
    this.api
      .invite(this.id(), candidate.userId)
      .pipe(finalize(() => this.setBusy(candidate.userId, false)))
      .subscribe({
        next: () => {
          this.candidates.update((list) => markInvited(list ?? [], candidate.userId));
          this.snackBar.open(this.transloco.translate('candidates.invited', { name: candidate.name }), undefined, {
            duration: 5000,
          });
        },
        error: (error: unknown) => {
          const status = apiErrorStatus(error);
          const serverText = status === 400 || status === 403 || status === 409 ? apiErrorText(error) : null;
          const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
          this.snackBar.open(serverText ?? this.transloco.translate(message.key, message.params), undefined, {
            duration: 10000,
          });
        },
      });
  }

  private setBusy(id: string, busy: boolean): void {
    this.busyIds.update((ids) => {
      const next = new Set(ids);
      if (busy) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }
}
