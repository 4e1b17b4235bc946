import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { API_ROUTES, RecommendationsResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { MatchReasons } from '../shared/matching/match-reasons';
import { MatchScore } from '../shared/matching/match-score';
import { MatchTexts } from '../shared/matching/match-texts.service';
import { VacancyCard } from '../shared/vacancy-card';
import { missingParts } from './recommendations';

/**
 * /voor-jou: the vacancies that fit the candidate best, each with its score and the reasons in plain words, and
 * tips to match more. When the profile lacks what matching needs (home place, skills) it asks for that first.
 */
@Component({
  selector: 'tz-recommendations-page',
  imports: [
    MatButtonModule,
    MatchReasons,
    MatchScore,
    MatIconModule,
    MatProgressSpinnerModule,
    RouterLink,
    TranslocoPipe,
    VacancyCard,
  ],
  templateUrl: './recommendations-page.html',
  styleUrl: './recommendations-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendationsPage {
  private readonly texts = inject(MatchTexts);

  protected readonly recommendations = httpResource<RecommendationsResponse>(() =>
    apiUrl(API_ROUTES.me.recommendations),
  );
  protected readonly loadError = computed(() => {
    const error = this.recommendations.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  /** The answer, once the taxonomies that name skills and qualifications have arrived too. */
  protected readonly result = computed(() =>
    this.recommendations.hasValue() && this.texts.ready() ? this.recommendations.value() : null,
  );
  protected readonly missing = computed(() => missingParts(this.result()?.missing ?? []));
  protected readonly tips = computed(() => this.texts.tips(this.result()?.tips ?? []));

  constructor() {
    this.texts.load();
  }
}
