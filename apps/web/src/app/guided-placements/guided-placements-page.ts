import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacementResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { PlacementList } from '../shared/placements/placement-list';
import { PlacementsApi } from '../shared/placements/placements.api';

/** /begeleiding: the placements a school supervisor or a company mentor guides. */
@Component({
  selector: 'tz-guided-placements-page',
  imports: [MatButtonModule, MatProgressSpinnerModule, PlacementList, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'placements.guided.title' | transloco }}</h1>
      <p class="intro">{{ 'placements.guided.intro' | transloco }}</p>
      @if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="placements.reload()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      } @else if (placements.hasValue()) {
        @if (placements.value().length === 0) {
          <p data-testid="placements-empty">{{ 'placements.guided.empty' | transloco }}</p>
        } @else {
          <tz-placement-list [placements]="placements.value()" [showStudent]="true" />
        }
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .intro {
      max-width: 760px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuidedPlacementsPage {
  private readonly api = inject(PlacementsApi);
  protected readonly placements = httpResource<PlacementResponse[]>(() => this.api.guidedUrl());
  protected readonly loadError = computed(() => {
    const error = this.placements.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
}
