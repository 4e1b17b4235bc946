import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  API_ROUTES,
  OrganizationResponse,
  VERIFICATION_NOTE_MAX,
  VERIFICATION_STATUSES,
  VerificationStatus,
  VerifyOrganizationRequest,
} from '@techzone/contracts';
import { filter, finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { LanguageService } from '../core/i18n/language.service';
import { AdminOrganizationsApi } from './admin-organizations.api';
import { RejectDialog, RejectDialogData, RejectDialogResult } from './reject-dialog';

const COLUMNS = ['name', 'kind', 'kvkNumber', 'city', 'registered'] as const;

function isVerificationStatus(value: string | undefined): value is VerificationStatus {
  return (VERIFICATION_STATUSES as readonly (string | undefined)[]).includes(value);
}

/** The program office's queue: pending organisations to verify or reject; tabs show the decided ones. */
@Component({
  selector: 'tz-verification-queue-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatProgressSpinnerModule,
    MatTableModule,
    MatTabsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './verification-queue-page.html',
  styleUrl: './verification-queue-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerificationQueuePage {
  private readonly api = inject(AdminOrganizationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).lang;

  /** Query parameter `?status=`; anything unknown shows the pending queue. */
  readonly status = input<string>();

  protected readonly statuses = VERIFICATION_STATUSES;
  protected readonly activeStatus = computed<VerificationStatus>(() => {
    const status = this.status();
    return isVerificationStatus(status) ? status : 'pending';
  });
  protected readonly columns = computed<string[]>(() =>
    this.activeStatus() === 'pending' ? [...COLUMNS, 'actions'] : [...COLUMNS],
  );
  protected readonly organizations = httpResource<OrganizationResponse[]>(() => ({
    url: apiUrl(API_ROUTES.admin.organizations),
    params: { status: this.activeStatus() },
  }));
  protected readonly loadError = computed(() => {
    const error = this.organizations.error();
    return error ? mapApiError(error).form[0] : null;
  });
  protected readonly busyId = signal<string | null>(null);

  protected verify(organization: OrganizationResponse): void {
    this.decide(organization, { decision: 'verified' });
  }

  protected reject(organization: OrganizationResponse): void {
    this.dialog
      .open<RejectDialog, RejectDialogData, RejectDialogResult>(RejectDialog, {
        data: {
          titleKey: 'admin.verification.dialog.title',
          textKey: 'admin.verification.dialog.text',
          noteKey: 'admin.verification.dialog.note',
          confirmKey: 'admin.verification.dialog.confirm',
          params: { name: organization.name },
          maxLength: VERIFICATION_NOTE_MAX,
        },
        width: '480px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter((result): result is RejectDialogResult => result !== undefined))
      .subscribe((result) => this.decide(organization, { decision: 'rejected', ...result }));
  }

  private decide(organization: OrganizationResponse, request: VerifyOrganizationRequest): void {
    this.busyId.set(organization.id);
    this.api
      .decide(organization.id, request)
      .pipe(finalize(() => this.busyId.set(null)))
      .subscribe({
        next: () => {
          this.organizations.value.update((list) => list?.filter((item) => item.id !== organization.id));
          const key = request.decision === 'verified' ? 'admin.verification.verified' : 'admin.verification.rejected';
          this.snackBar.open(this.transloco.translate(key, { name: organization.name }), undefined, { duration: 5000 });
        },
        error: (error: unknown) => {
          const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
          this.snackBar.open(this.transloco.translate(message.key, message.params), undefined, { duration: 8000 });
        },
      });
  }
}
