import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacementResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth.service';
import { membershipOf } from '../shared/memberships';
import { PlacementList } from '../shared/placements/placement-list';
import { PlacementsApi } from '../shared/placements/placements.api';

/** /bedrijf/stages: the company's placements, for its owner, recruiters and mentors. */
@Component({
  selector: 'tz-company-placements-page',
  imports: [MatButtonModule, MatProgressSpinnerModule, PlacementList, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'placements.company.title' | transloco }}</h1>
      <p class="intro">{{ 'placements.company.intro' | transloco }}</p>
      @if (!membership()) {
        <p>{{ 'placements.company.noCompany' | transloco }}</p>
      } @else if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="placements.reload()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      } @else if (placements.hasValue()) {
        @if (placements.value().length === 0) {
          <p data-testid="placements-empty">{{ 'placements.company.empty' | transloco }}</p>
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
export class CompanyPlacementsPage {
  private readonly api = inject(PlacementsApi);
  private readonly auth = inject(AuthService);
  protected readonly membership = computed(() => membershipOf(this.auth.user(), 'company'));
  protected readonly placements = httpResource<PlacementResponse[]>(() => {
    const membership = this.membership();
    return membership ? this.api.companyUrl(membership.organizationId) : undefined;
  });
  protected readonly loadError = computed(() => {
    const error = this.placements.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
}
