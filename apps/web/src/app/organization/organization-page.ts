import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { OrganizationProfileResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { LabelPipe } from '../shared/label';
import { TaxonomyService } from '../shared/taxonomy.service';
import { OrganizationDetailsForm } from './organization-details-form';
import { OrganizationLogo } from './organization-logo';
import { OrganizationMembers } from './organization-members';
import { OrganizationApi } from './organization.api';
import { SchoolPrograms } from './school-programs';

/**
 * The user's own organisation (their first membership) with its verification status. Owners and coordinators
 * (organization.manageOwn) edit it; those who manage members invite colleagues; schools keep their programmes.
 */
@Component({
  selector: 'tz-organization-page',
  imports: [
    DatePipe,
    LabelPipe,
    MatIconModule,
    MatProgressSpinnerModule,
    OrganizationDetailsForm,
    OrganizationLogo,
    OrganizationMembers,
    RouterLink,
    SchoolPrograms,
    TranslocoPipe,
  ],
  templateUrl: './organization-page.html',
  styleUrl: './organization-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationPage {
  private readonly auth = inject(AuthService);
  private readonly api = inject(OrganizationApi);
  protected readonly taxonomy = inject(TaxonomyService);
  protected readonly lang = inject(LanguageService).lang;
  private readonly membership = computed(() => this.auth.user()?.memberships[0] ?? null);

  protected readonly organization = httpResource<OrganizationProfileResponse>(() => {
    const membership = this.membership();
    return membership ? this.api.url(membership.organizationId, '/profile') : undefined;
  });
  protected readonly hasMembership = computed(() => this.membership() !== null);
  protected readonly canEdit = computed(() => this.auth.permissions().includes('organization.manageOwn'));
  protected readonly canManageMembers = computed(() => this.auth.permissions().includes('organization.manageMembers'));
  protected readonly loadError = computed(() => {
    const error = this.organization.error();
    return error ? mapApiError(error).form[0] : null;
  });

  constructor() {
    this.taxonomy.sectors.load();
  }

  protected updated(profile: OrganizationProfileResponse): void {
    this.organization.value.set(profile);
  }

  protected logoChanged(hasLogo: boolean): void {
    this.organization.value.update((profile) => (profile ? { ...profile, hasLogo } : profile));
  }
}
