import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { VACANCY_STATUSES, VacancyStatus, VacancySummaryResponse } from '@techzone/contracts';
import { filter, finalize, Observable } from 'rxjs';
import { apiErrorStatus, apiErrorText, mapApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { confirmAction } from '../shared/confirm-dialog';
import { membershipOf } from '../shared/memberships';
import { CompanyVacanciesApi } from './company-vacancies.api';

function isStatus(value: string | undefined): value is VacancyStatus {
  return (VACANCY_STATUSES as readonly (string | undefined)[]).includes(value);
}

/** /bedrijf/vacatures: the company's own vacancies in every status, with publish and close per row. */
@Component({
  selector: 'tz-company-vacancies-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './company-vacancies-page.html',
  styleUrl: './company-vacancies-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyVacanciesPage {
  private readonly api = inject(CompanyVacanciesApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService).lang;

  /** Query parameter `?status=`; none or unknown: every status. */
  readonly status = input<string>();

  protected readonly statuses = VACANCY_STATUSES;
  protected readonly activeStatus = computed<VacancyStatus | null>(() => {
    const status = this.status();
    return isStatus(status) ? status : null;
  });
  protected readonly membership = computed(() => membershipOf(this.auth.user(), 'company'));
  protected readonly verified = computed(() => this.membership()?.verified ?? false);
  protected readonly canManageApplications = computed(() => this.auth.permissions().includes('application.manage'));
  protected readonly columns = ['title', 'type', 'status', 'place', 'dates', 'actions'];

  protected readonly vacancies = httpResource<VacancySummaryResponse[]>(() => {
    const membership = this.membership();
    if (!membership) {
      return undefined;
    }
    const status = this.activeStatus();
    const params: Record<string, string> = status ? { status } : {};
    return { url: this.api.listUrl(membership.organizationId), params };
  });
  protected readonly loadError = computed(() => {
    const error = this.vacancies.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly busyId = signal<string | null>(null);

  protected filterBy(status: VacancyStatus | null): void {
    void this.router.navigate([], { queryParams: { status }, replaceUrl: true });
  }

  protected publish(vacancy: VacancySummaryResponse): void {
    this.confirmThen(vacancy, 'publish', () => this.api.publish(vacancy.id));
  }

  protected close(vacancy: VacancySummaryResponse): void {
    this.confirmThen(vacancy, 'close', () => this.api.close(vacancy.id));
  }

  private confirmThen(
    vacancy: VacancySummaryResponse,
    action: 'publish' | 'close',
    call: () => Observable<VacancySummaryResponse>,
  ): void {
    confirmAction(this.dialog, {
      titleKey: `companyVacancies.confirm.${action}Title`,
      textKey: `companyVacancies.confirm.${action}Text`,
      confirmKey: `companyVacancies.${action}`,
      params: { title: vacancy.title },
    })
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() => {
        this.busyId.set(vacancy.id);
        call()
          .pipe(finalize(() => this.busyId.set(null)))
          .subscribe({
            next: (updated) => {
              this.vacancies.reload();
              this.snackBar.open(
                this.transloco.translate(`companyVacancies.${action}ed`, { title: updated.title }),
                undefined,
                { duration: 5000 },
              );
            },
            error: (error: unknown) => {
              const serverText = apiErrorStatus(error) === 403 ? apiErrorText(error) : null;
              const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
              this.snackBar.open(serverText ?? this.transloco.translate(message.key, message.params), undefined, {
                duration: 10000,
              });
            },
          });
      });
  }
}
