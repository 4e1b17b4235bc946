import { HttpResourceRef } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacementResponse } from '@techzone/contracts';
import { mapApiError } from '../../core/api/api-error';
import { PlacementList } from './placement-list';

/**
 * A list of placements as a page shows it: the list, a message when there are none (`emptyKey`), a spinner while
 * they load, and the error with a retry. The page owns the request (`placements`) and its heading.
 */
@Component({
  selector: 'tz-placements-overview',
  imports: [MatButtonModule, MatProgressSpinnerModule, PlacementList, TranslocoPipe],
  template: `
    @if (loadError(); as error) {
      <div class="tz-form-error" role="alert">
        <p>{{ error.key | transloco: error.params }}</p>
        <button type="button" mat-stroked-button (click)="placements().reload()">
          {{ 'common.retry' | transloco }}
        </button>
      </div>
    } @else if (placements().hasValue()) {
      @if (placements().value()?.length) {
        <tz-placement-list [placements]="placements().value() ?? []" [showStudent]="true" />
      } @else {
        <p data-testid="placements-empty">{{ emptyKey() | transloco }}</p>
      }
    } @else {
      <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementsOverview {
  readonly placements = input.required<HttpResourceRef<PlacementResponse[] | undefined>>();
  readonly emptyKey = input.required<string>();

  protected readonly loadError = computed(() => {
    const error = this.placements().error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
}
