import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacementResponse } from '@techzone/contracts';
import { PlacementsOverview } from '../shared/placements/placements-overview';
import { PlacementsApi } from '../shared/placements/placements.api';

/** /begeleiding: the placements a school supervisor or a company mentor guides. */
@Component({
  selector: 'tz-guided-placements-page',
  imports: [PlacementsOverview, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'placements.guided.title' | transloco }}</h1>
      <p class="tz-page-intro">{{ 'placements.guided.intro' | transloco }}</p>
      <tz-placements-overview [placements]="placements" emptyKey="placements.guided.empty" />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuidedPlacementsPage {
  private readonly api = inject(PlacementsApi);
  protected readonly placements = httpResource<PlacementResponse[]>(() => this.api.guidedUrl());
}
