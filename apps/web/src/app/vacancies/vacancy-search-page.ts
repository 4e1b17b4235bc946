import { httpResource } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  API_ROUTES,
  EDUCATION_LEVELS,
  FacetBucket,
  REGION_MUNICIPALITIES,
  VACANCY_SORTS,
  VACANCY_TYPES,
  VacancySearchResponse,
  VacancySort,
} from '@techzone/contracts';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { LabelPipe } from '../shared/label';
import { PlaceAutocomplete, PlaceOption } from '../shared/place-autocomplete';
import { QualificationAutocomplete } from '../shared/qualification-autocomplete';
import { SkillAutocomplete } from '../shared/skills/skill-autocomplete';
import { TaxonomyService } from '../shared/taxonomy.service';
import { VacancyCard } from '../shared/vacancy-card';
import {
  hasFilters,
  PAGE_SIZE_OPTIONS,
  RADIUS_OPTIONS,
  SearchState,
  searchStateFromParams,
  searchStateToApiParams,
  searchStateToParams,
  toggleValue,
} from './search-state';

const TYPING_DEBOUNCE_MS = 350;

type ListFilter = 'types' | 'levels' | 'municipalities' | 'sectors';

interface FilterOption {
  value: string;
  count: number | null;
  checked: boolean;
}

function countOf(buckets: readonly FacetBucket[] | undefined, value: string): number | null {
  if (!buckets) {
    return null;
  }
  return buckets.find((bucket) => bucket.value === value)?.count ?? 0;
}

/** /vacatures: public search. The URL's query parameters are the search; every change rewrites them. */
@Component({
  selector: 'tz-vacancy-search-page',
  imports: [
    LabelPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    PlaceAutocomplete,
    ReactiveFormsModule,
    QualificationAutocomplete,
    SkillAutocomplete,
    TranslocoPipe,
    VacancyCard,
  ],
  templateUrl: './vacancy-search-page.html',
  styleUrl: './vacancy-search-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VacancySearchPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly taxonomy = inject(TaxonomyService);

  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly state = computed(() => searchStateFromParams(this.params()));

  protected readonly results = httpResource<VacancySearchResponse>(() => ({
    url: apiUrl(API_ROUTES.vacancies),
    params: searchStateToApiParams(this.state()),
  }));
  /** The last answer stays on screen while the next one loads (no flicker of counts and cards). */
  protected readonly shown = linkedSignal<VacancySearchResponse | undefined, VacancySearchResponse | undefined>({
    source: () => (this.results.hasValue() ? this.results.value() : undefined),
    computation: (next, previous) => next ?? previous?.value,
  });
  protected readonly loading = computed(() => this.results.isLoading());
  protected readonly loadError = computed(() => {
    const error = this.results.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });

  protected readonly types = VACANCY_TYPES;
  protected readonly levels = EDUCATION_LEVELS;
  protected readonly sorts = VACANCY_SORTS;
  protected readonly radiusOptions = RADIUS_OPTIONS;
  protected readonly pageSizeOptions = [...PAGE_SIZE_OPTIONS];
  protected readonly filtersOpen = signal(false);
  protected readonly narrowed = computed(() => hasFilters(this.state()));

  protected readonly typeOptions = computed(() => this.options('types', this.types, this.shown()?.facets.type));
  protected readonly levelOptions = computed(() => this.options('levels', this.levels, this.shown()?.facets.level));
  protected readonly municipalityOptions = computed(() => {
    const facets = this.shown()?.facets.municipality;
    const region = REGION_MUNICIPALITIES.map((municipality) => municipality.name as string);
    const others = (facets ?? []).map((bucket) => bucket.value).filter((value) => !region.includes(value));
    return this.options('municipalities', [...region, ...others], facets);
  });
  protected readonly sectorOptions = computed(() => {
    const facets = this.shown()?.facets.sector ?? [];
    return this.options(
      'sectors',
      facets.map((bucket) => bucket.value),
      facets,
    );
  });

  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly place = new FormControl<PlaceOption | null>(null);
  /** The last text this page wrote to the URL: the URL echoing it back must not overwrite further typing. */
  private pushedQuery: string | null = null;
  private seenQuery: string | null = null;
  private readonly resultsHeading = viewChild<ElementRef<HTMLElement>>('resultsHeading');

  constructor() {
    // Sector names label the sector facet; skills and qualifications only the chips of chosen ones.
    this.taxonomy.sectors.load();
    effect(() => {
      if (this.state().skills.length > 0) {
        this.taxonomy.skills.load();
      }
      if (this.state().qualifications.length > 0) {
        this.taxonomy.qualifications.load();
      }
    });

    this.query.valueChanges
      .pipe(
        map((text) => text.trim()),
        debounceTime(TYPING_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        if (q !== this.state().q) {
          this.pushedQuery = q;
          this.update({ q }, true);
        }
      });

    this.place.valueChanges.pipe(takeUntilDestroyed()).subscribe((place) => {
      if ((place?.id ?? null) !== this.state().placeId) {
        this.update({ placeId: place?.id ?? null });
      }
    });

    // The URL is the source of truth: opening a link or going back restores the text box and the place.
    effect(() => {
      const { q, placeId } = this.state();
      untracked(() => {
        if (q !== this.seenQuery) {
          this.seenQuery = q;
          if (q !== this.pushedQuery && q !== this.query.value.trim()) {
            this.query.setValue(q, { emitEvent: false });
          }
        }
        this.restorePlace(placeId);
      });
    });
  }

  /** Enter or the search button: search now, without waiting for the typing pause. */
  protected submitQuery(event: Event): void {
    event.preventDefault();
    const q = this.query.value.trim();
    if (q !== this.state().q) {
      this.pushedQuery = q;
      this.update({ q });
    }
  }

  protected toggle(filter: ListFilter, value: string, on: boolean): void {
    this.update({ [filter]: toggleValue(this.state()[filter], value, on) });
  }

  protected addSkill(code: string): void {
    this.update({ skills: toggleValue(this.state().skills, code, true) });
  }

  protected addQualification(crebo: string): void {
    this.update({ qualifications: toggleValue(this.state().qualifications, crebo, true) });
  }

  protected removeQualification(crebo: string): void {
    this.update({ qualifications: toggleValue(this.state().qualifications, crebo, false) });
  }

  protected removeSkill(code: string): void {
    this.update({ skills: toggleValue(this.state().skills, code, false) });
  }

  protected setRadius(radiusKm: number | null): void {
    this.update({ radiusKm });
  }

  protected setSort(sort: VacancySort): void {
    this.update({ sort });
  }

  protected changePage(event: PageEvent): void {
    this.update({ page: event.pageIndex + 1, pageSize: event.pageSize }, false, true);
    this.resultsHeading()?.nativeElement.focus();
    this.resultsHeading()?.nativeElement.scrollIntoView({ block: 'start' });
  }

  protected clearFilters(): void {
    this.query.setValue('', { emitEvent: false });
    this.pushedQuery = '';
    this.update({
      q: '',
      types: [],
      levels: [],
      qualifications: [],
      sectors: [],
      municipalities: [],
      skills: [],
      placeId: null,
      radiusKm: null,
    });
  }

  protected retry(): void {
    this.results.reload();
  }

  /** Applies a change to the search and writes it to the URL; any change but paging starts at page 1. */
  private update(patch: Partial<SearchState>, replaceUrl = false, keepPage = false): void {
    const next: SearchState = { ...this.state(), ...(keepPage ? {} : { page: 1 }), ...patch };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: searchStateToParams(next),
      replaceUrl,
      scroll: 'manual',
    });
  }

  private restorePlace(placeId: number | null): void {
    const current = this.place.value;
    if ((current?.id ?? null) === placeId) {
      return;
    }
    if (placeId === null) {
      this.place.setValue(null);
      return;
    }
    this.taxonomy
      .place(placeId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ id, name, municipality }) => {
          if (this.state().placeId === id) {
            this.place.setValue({ id, name, municipality });
          }
        },
        error: () => undefined,
      });
  }

  private options(filter: ListFilter, values: readonly string[], facets: readonly FacetBucket[] | undefined) {
    const selected: readonly string[] = this.state()[filter];
    const all = [...values, ...selected.filter((value) => !values.includes(value))];
    return all.map<FilterOption>((value) => ({
      value,
      count: countOf(facets, value),
      checked: selected.includes(value),
    }));
  }
}
