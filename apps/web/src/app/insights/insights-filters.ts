import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../core/i18n/language.service';
import { InsightsFilters, monthOptions, MUNICIPALITIES, withFrom, withTo } from './insights';

/** The period (first and last month) and the municipality of the region figures; the page keeps them in the URL. */
@Component({
  selector: 'tz-insights-filters',
  imports: [MatFormFieldModule, MatSelectModule, TranslocoPipe],
  template: `
    @let current = filters();
    <div class="filters" role="group" [attr.aria-label]="'insights.filters.label' | transloco">
      <mat-form-field>
        <mat-label>{{ 'insights.filters.from' | transloco }}</mat-label>
        <mat-select [value]="current.from" (selectionChange)="changed.emit(from(current, $event.value))">
          @for (month of months(); track month.value) {
            <mat-option [value]="month.value">{{ month.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'insights.filters.to' | transloco }}</mat-label>
        <mat-select [value]="current.to" (selectionChange)="changed.emit(to(current, $event.value))">
          @for (month of months(); track month.value) {
            <mat-option [value]="month.value">{{ month.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'insights.filters.municipality' | transloco }}</mat-label>
        <mat-select
          [value]="current.municipality ?? wholeRegion"
          (selectionChange)="changed.emit({ from: current.from, to: current.to, municipality: $event.value || null })"
        >
          <!-- Not null: mat-select would treat that option as "nothing chosen" and show an empty field. -->
          <mat-option [value]="wholeRegion">{{ 'insights.filters.wholeRegion' | transloco }}</mat-option>
          @for (name of municipalities; track name) {
            <mat-option [value]="name">{{ name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
    }
    mat-form-field {
      flex: 1 1 180px;
      max-width: 260px;
    }
    @media (max-width: 599.98px) {
      mat-form-field {
        max-width: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InsightsFiltersForm {
  private readonly lang = inject(LanguageService).lang;

  readonly filters = input.required<InsightsFilters>();
  readonly changed = output<InsightsFilters>();

  protected readonly municipalities = MUNICIPALITIES;
  protected readonly wholeRegion = '';
  protected readonly months = computed(() => monthOptions(new Date(), this.lang()));
  protected readonly from = withFrom;
  protected readonly to = withTo;
}
