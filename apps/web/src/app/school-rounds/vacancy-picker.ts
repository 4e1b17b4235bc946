import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { API_ROUTES, VacancySearchResponse, VacancySummaryResponse } from '@techzone/contracts';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';

const TYPING_DEBOUNCE_MS = 300;
const RESULTS = 10;

/**
 * Finds published BOL internships for a round through the public vacancy search (only published vacancies can take
 * part) and hands the picked one to the form.
 */
@Component({
  selector: 'tz-round-vacancy-picker',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <mat-form-field class="search">
      <mat-label>{{ 'schoolRounds.form.search' | transloco }}</mat-label>
      <mat-icon matPrefix aria-hidden="true" svgIcon="search" />
      <!-- Enter searches (it would otherwise submit the round's form around it). -->
      <input
        matInput
        type="search"
        [formControl]="query"
        data-testid="round-vacancy-search"
        (keydown.enter)="$event.preventDefault()"
      />
      <mat-hint>{{ 'schoolRounds.form.searchHint' | transloco }}</mat-hint>
    </mat-form-field>
    @if (results.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }
    @if (loadError(); as error) {
      <p class="tz-form-error" role="alert">{{ error.key | transloco: error.params }}</p>
    } @else if (found(); as found) {
      <p class="count" aria-live="polite">
        {{ 'schoolRounds.form.found' | transloco: { shown: found.items.length, total: found.total } }}
      </p>
      <ul class="results" [attr.aria-label]="'schoolRounds.form.results' | transloco">
        @for (vacancy of found.items; track vacancy.id) {
          @let picked = chosen().includes(vacancy.id);
          <li data-testid="round-vacancy-result">
            <div class="text">
              <p class="title">{{ vacancy.title }}</p>
              <p class="muted">
                {{ vacancy.company.name }} · {{ vacancy.place.name }} ·
                {{ 'schoolRounds.form.positions' | transloco: { count: vacancy.positions } }}
              </p>
            </div>
            <button
              type="button"
              mat-stroked-button
              disabledInteractive
              [disabled]="picked"
              [attr.aria-label]="
                (picked ? 'schoolRounds.form.addedLabel' : 'schoolRounds.form.addLabel')
                  | transloco: { title: vacancy.title }
              "
              (click)="pick(vacancy)"
            >
              <mat-icon aria-hidden="true" [svgIcon]="picked ? 'check' : 'add'" />
              {{ (picked ? 'schoolRounds.form.added' : 'schoolRounds.form.add') | transloco }}
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .search {
      width: 100%;
    }
    .count {
      margin: 4px 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .results {
      display: flex;
      flex-direction: column;
      gap: 6px;
      max-height: 360px;
      margin: 0;
      padding: 0;
      overflow-y: auto;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      justify-content: space-between;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .text {
      min-width: 0;
      flex: 1 1 200px;
    }
    p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .title {
      font-weight: 500;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundVacancyPicker {
  /** The vacancies already in the round. */
  readonly chosen = input.required<readonly string[]>();
  readonly add = output<VacancySummaryResponse>();

  protected readonly query = new FormControl('', { nonNullable: true });
  private readonly q = toSignal(
    this.query.valueChanges.pipe(
      map((text) => text.trim()),
      debounceTime(TYPING_DEBOUNCE_MS),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  protected readonly results = httpResource<VacancySearchResponse>(() => ({
    url: apiUrl(API_ROUTES.vacancies),
    params: { ...(this.q() ? { q: this.q() } : {}), type: 'bol_internship', pageSize: String(RESULTS), page: '1' },
  }));
  protected readonly found = computed(() => (this.results.hasValue() ? this.results.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.results.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });

  protected pick(vacancy: VacancySummaryResponse): void {
    if (!this.chosen().includes(vacancy.id)) {
      this.add.emit(vacancy);
    }
  }
}
