import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacementResponse } from '@techzone/contracts';
import { AuthService } from '../core/auth/auth.service';
import { membershipOf } from '../shared/memberships';
import { PlacementsOverview } from '../shared/placements/placements-overview';
import { PlacementsApi } from '../shared/placements/placements.api';

/**
 * /bedrijf/stages: the company's placements: all of them for its owner and recruiters, the ones they guide for a
 * mentor (praktijkopleider), as the API decides.
 */
@Component({
  selector: 'tz-company-placements-page',
  imports: [PlacementsOverview, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'placements.company.title' | transloco }}</h1>
      <p class="tz-page-intro">{{ (mentor() ? 'placements.guided.intro' : 'placements.company.intro') | transloco }}</p>
      @if (!membership()) {
        <p>{{ 'placements.company.noCompany' | transloco }}</p>
      } @else {
        <tz-placements-overview
          [placements]="placements"
          [emptyKey]="mentor() ? 'placements.guided.empty' : 'placements.company.empty'"
        />
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyPlacementsPage {
  private readonly api = inject(PlacementsApi);
  private readonly auth = inject(AuthService);
  protected readonly membership = computed(() => membershipOf(this.auth.user(), 'company'));
  protected readonly mentor = computed(() => this.membership()?.role === 'mentor');
  protected readonly placements = httpResource<PlacementResponse[]>(() => {
    const membership = this.membership();
    return membership ? this.api.companyUrl(membership.organizationId) : undefined;
  });
}
