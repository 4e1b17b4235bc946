import { DatePipe, DecimalPipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { INSIGHT_FIGURES, InsightFigure, RegionInsightsResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { TaxonomyService } from '../shared/taxonomy.service';
import { InsightFigureCard } from './insight-figure';
import { CHART_TOP, filtersFromParams, filtersToParams, InsightsFilters, monthLabel, regionFigures } from './insights';
import { InsightsFiltersForm } from './insights-filters';
import { InsightsApi } from './insights.api';

interface Section {
  key: 'open' | 'skills' | 'qualifications' | 'placements' | 'trends';
  figures: readonly InsightFigure[];
}

const SECTIONS: readonly Section[] = [
  { key: 'open', figures: ['open-by-municipality', 'open-by-type', 'open-by-level', 'open-by-sector'] },
  { key: 'skills', figures: ['skills'] },
  { key: 'qualifications', figures: ['qualifications'] },
  { key: 'placements', figures: ['placement-rates'] },
  { key: 'trends', figures: ['trends'] },
];

/**
 * /regio, "De regio in cijfers": public figures of the region (open places, shortages of skills and diplomas,
 * placement rates, trends per month), each as a chart, as a table with the same numbers, and as CSV and JSON.
 * The filters live in the URL, so a view can be shared.
 */
@Component({
  selector: 'tz-region-insights-page',
  imports: [
    DatePipe,
    DecimalPipe,
    InsightFigureCard,
    InsightsFiltersForm,
    MatButtonModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
  ],
  templateUrl: './region-insights-page.html',
  styleUrl: './region-insights-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionInsightsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly taxonomy = inject(TaxonomyService);
  private readonly api = inject(InsightsApi);
  protected readonly lang = inject(LanguageService).lang;

  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly filters = computed(() => filtersFromParams(this.params(), new Date()));
  protected readonly insights = httpResource<RegionInsightsResponse>(() => this.api.region(this.filters()));
  /** The last answer stays on screen while the next one loads (no flicker of charts and tables). */
  protected readonly shown = linkedSignal<RegionInsightsResponse | undefined, RegionInsightsResponse | undefined>({
    source: () => (this.insights.hasValue() ? this.insights.value() : undefined),
    computation: (next, previous) => next ?? previous?.value,
  });
  protected readonly loadError = computed(() => {
    const error = this.insights.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });

  protected readonly figures = computed(() => {
    const data = this.shown();
    if (!data) {
      return null;
    }
    const lang = this.lang();
    return regionFigures(data, lang, (key, params) => this.transloco.translate(key, params, lang), {
      sectors: this.taxonomy.sectorByCode(),
      qualifications: this.taxonomy.qualificationByCrebo(),
    });
  });
  protected readonly csvLinks = computed(() => {
    const filters = this.filters();
    return Object.fromEntries(INSIGHT_FIGURES.map((figure) => [figure, this.api.csvUrl(figure, filters)])) as Record<
      InsightFigure,
      string
    >;
  });
  protected readonly selection = computed(() => {
    const filters = this.filters();
    const lang = this.lang();
    return {
      area: filters.municipality ?? this.transloco.translate('insights.filters.wholeRegion', {}, lang),
      from: monthLabel(filters.from, lang),
      to: monthLabel(filters.to, lang),
    };
  });

  protected readonly sections = SECTIONS;
  protected readonly chartTop = CHART_TOP;

  constructor() {
    // English names of sectors and diplomas (the figures carry the Dutch ones).
    this.taxonomy.sectors.load();
    this.taxonomy.qualifications.load();
  }

  protected apply(filters: InsightsFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(filters),
      scroll: 'manual',
    });
  }
}
