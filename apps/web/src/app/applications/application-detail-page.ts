import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApplicationResponse, ApplicationStatus } from '@techzone/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { NotificationsService } from '../core/notifications/notifications.service';
import { candidateActions, latestInterview, refusalText } from '../shared/applications/application-status';
import { ApplicationStatusChip } from '../shared/applications/application-status-chip';
import { ApplicationTimeline } from '../shared/applications/application-timeline';
import { ApplicationsApi } from '../shared/applications/applications.api';
import { MessageThread } from '../shared/applications/message-thread';
import { confirmAction } from '../shared/confirm-dialog';

/** /sollicitaties/:id: one application as the candidate sees it — status, what to do, history and messages. */
@Component({
  selector: 'tz-application-detail-page',
  imports: [
    ApplicationStatusChip,
    ApplicationTimeline,
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MessageThread,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './application-detail-page.html',
  styleUrl: './application-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationDetailPage {
  private readonly api = inject(ApplicationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly notifications = inject(NotificationsService);
  protected readonly lang = inject(LanguageService).lang;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly application = httpResource<ApplicationResponse>(() => this.api.url(this.id()));
  protected readonly notFound = computed(() => apiErrorStatus(this.application.error()) === 404);
  protected readonly loadError = computed(() => {
    const error = this.application.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly actions = computed(() =>
    this.application.hasValue() ? candidateActions(this.application.value().allowedNext) : [],
  );
  protected readonly interview = computed(() =>
    this.application.hasValue() ? latestInterview(this.application.value()) : null,
  );
  protected readonly busy = signal<ApplicationStatus | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly sendMessage = (body: string) => this.api.message(this.id(), { body });

  protected act(to: ApplicationStatus): void {
    if (this.busy() || !this.application.hasValue()) {
      return;
    }
    const title = this.application.value().vacancy.title;
    confirmAction(this.dialog, {
      titleKey: `applications.confirm.${to}.title`,
      textKey: `applications.confirm.${to}.text`,
      confirmKey: `applications.actions.${to}`,
      params: { title },
    })
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.busy.set(to);
          this.actionError.set(null);
          return this.api.transition(this.id(), { to }).pipe(finalize(() => this.busy.set(null)));
        }),
      )
      .subscribe({
        next: (updated) => {
          this.updated(updated);
          this.snackBar.open(this.transloco.translate(`applications.done.${to}`, { title }), undefined, {
            duration: 5000,
          });
        },
        error: (error: unknown) => {
          const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
          this.actionError.set(refusalText(error) ?? this.transloco.translate(message.key, message.params));
          this.application.reload();
        },
      });
  }

  protected updated(application: ApplicationResponse): void {
    this.application.set(application);
    this.notifications.refresh();
  }
}
