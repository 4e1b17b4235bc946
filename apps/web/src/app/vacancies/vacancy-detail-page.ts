import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  API_ROUTES,
  ApplicationResponse,
  CandidateProfileResponse,
  routeProblem,
  VacancyDetailResponse,
} from '@techzone/contracts';
import { filter, finalize } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { jobPosting } from '../core/seo/job-posting';
import { PageMeta, summary } from '../core/seo/page-meta.service';
import { ApplicationStatusChip } from '../shared/applications/application-status-chip';
import { ApplicationsApi } from '../shared/applications/applications.api';
import { LabelPipe } from '../shared/label';
import { SavedVacanciesService } from '../shared/saved-vacancies.service';
import { ApplyDialog, ApplyDialogData, ApplyDialogResult } from './apply-dialog';

/** /vacatures/:id: a vacancy in full. The description is plain text (interpolated, never HTML). */
@Component({
  selector: 'tz-vacancy-detail-page',
  imports: [
    ApplicationStatusChip,
    DatePipe,
    LabelPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './vacancy-detail-page.html',
  styleUrl: './vacancy-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VacancyDetailPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly dialog = inject(MatDialog);
  private readonly applications = inject(ApplicationsApi);
  protected readonly saved = inject(SavedVacanciesService);
  protected readonly lang = inject(LanguageService).lang;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly vacancy = httpResource<VacancyDetailResponse>(() =>
    apiUrl(`${API_ROUTES.vacancies}/${encodeURIComponent(this.id())}`),
  );
  protected readonly notFound = computed(() => apiErrorStatus(this.vacancy.error()) === 404);
  protected readonly loadError = computed(() => {
    const error = this.vacancy.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly loggedIn = this.auth.isAuthenticated;
  protected readonly isSaved = computed(() => this.saved.savedIds().has(this.id()));
  protected readonly saving = signal(false);
  protected readonly mustSkills = computed(() =>
    this.vacancy.hasValue() ? this.vacancy.value().skills.filter((skill) => skill.importance === 'must') : [],
  );
  protected readonly niceSkills = computed(() =>
    this.vacancy.hasValue() ? this.vacancy.value().skills.filter((skill) => skill.importance === 'nice') : [],
  );
  /** Members of the owning company see a link to edit it. */
  protected readonly canEdit = computed(() => {
    const user = this.auth.user();
    if (!this.vacancy.hasValue() || !user?.permissions.includes('vacancy.manage')) {
      return false;
    }
    const companyId = this.vacancy.value().company.id;
    return user.memberships.some((membership) => membership.organizationId === companyId);
  });

  /** Candidates apply; companies, schools and the program office do not. */
  protected readonly canApply = computed(() => this.auth.permissions().includes('application.create'));
  /** The candidate's applications, to show "you applied" instead of the button. */
  protected readonly myApplications = httpResource<ApplicationResponse[]>(() =>
    this.canApply() ? this.applications.mineUrl() : undefined,
  );
  protected readonly myApplication = computed(() => {
    if (!this.myApplications.hasValue()) {
      return null;
    }
    return this.myApplications.value().find((application) => application.vacancy.id === this.id()) ?? null;
  });

  /** The candidate's profile, to tell before they write a motivation that the place is not for their route. */
  private readonly profile = httpResource<CandidateProfileResponse>(() =>
    this.canApply() ? apiUrl(API_ROUTES.me.profile) : undefined,
  );
  protected readonly professional = computed(
    () => this.profile.hasValue() && this.profile.value().kind === 'professional',
  );
  protected readonly routeProblem = computed(() =>
    this.vacancy.hasValue() && this.profile.hasValue()
      ? routeProblem(this.profile.value(), this.vacancy.value().type)
      : null,
  );

  constructor() {
    this.saved.ensureLoaded();
    const pageMeta = inject(PageMeta);
    // For search engines and shared links: title, company and place; the JobPosting while applicants are wanted.
    effect(() => {
      if (this.notFound()) {
        pageMeta.notFound();
        return;
      }
      if (!this.vacancy.hasValue()) {
        return;
      }
      const vacancy = this.vacancy.value();
      pageMeta.describe({
        title: `${vacancy.title} · ${vacancy.company.name}`,
        description: summary(`${vacancy.company.name}, ${vacancy.place.name}. ${vacancy.excerpt}`),
        type: 'article',
        structuredData: jobPosting(
          vacancy,
          pageMeta.absoluteUrl(`/vacatures/${vacancy.id}`),
          pageMeta.absoluteUrl(`/bedrijven/${vacancy.company.id}`),
          new Date(),
        ),
      });
    });
  }

  protected apply(vacancy: VacancyDetailResponse): void {
    this.dialog
      .open<ApplyDialog, ApplyDialogData, ApplyDialogResult>(ApplyDialog, {
        data: {
          vacancyTitle: vacancy.title,
          companyName: vacancy.company.name,
          apply: (motivation) => this.applications.apply(vacancy.id, { motivation }),
        },
        width: '640px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter((result) => result !== undefined))
      .subscribe((result) => {
        this.myApplications.reload();
        if (result === 'alreadyApplied') {
          return;
        }
        this.snackBar
          .open(
            this.transloco.translate('apply.sent', { title: vacancy.title }),
            this.transloco.translate('apply.view'),
            { duration: 8000 },
          )
          .onAction()
          .subscribe(() => void this.router.navigate(['/sollicitaties', result.id]));
      });
  }

  protected loginUrl(): string {
    return this.router.url;
  }

  protected toggleSaved(): void {
    if (this.saving()) {
      return;
    }
    const id = this.id();
    const wasSaved = this.isSaved();
    this.saving.set(true);
    (wasSaved ? this.saved.remove(id) : this.saved.save(id)).pipe(finalize(() => this.saving.set(false))).subscribe({
      next: () =>
        this.snackBar.open(
          this.transloco.translate(wasSaved ? 'vacancyDetail.unsavedMessage' : 'vacancyDetail.savedMessage'),
          undefined,
          { duration: 4000 },
        ),
      error: (error: unknown) => {
        const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
        this.snackBar.open(this.transloco.translate(message.key, message.params), undefined, { duration: 8000 });
      },
    });
  }
}
