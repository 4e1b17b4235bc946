import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { API_ROUTES, OrganizationResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';

/** The user's own organisation (their first membership) with its verification status. */
@Component({
  selector: 'tz-organization-page',
  imports: [DatePipe, MatIconModule, MatProgressSpinnerModule, TranslocoPipe],
  templateUrl: './organization-page.html',
  styleUrl: './organization-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationPage {
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService).lang;
  private readonly membership = computed(() => this.auth.user()?.memberships[0] ?? null);

  protected readonly organization = httpResource<OrganizationResponse>(() => {
    const membership = this.membership();
    return membership
      ? apiUrl(`${API_ROUTES.organizations}/${encodeURIComponent(membership.organizationId)}`)
      : undefined;
  });
  protected readonly hasMembership = computed(() => this.membership() !== null);
  protected readonly loadError = computed(() => {
    const error = this.organization.error();
    return error ? mapApiError(error).form[0] : null;
  });
}
