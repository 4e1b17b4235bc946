import { inject, Injectable, Injector } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { ApplicantResponse, ApplicationResponse, ApplicationStatus, VacancySummaryResponse } from '@techzone/contracts';
import { catchError, EMPTY, Observable, of, switchMap, tap } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { NotificationsService } from '../core/notifications/notifications.service';
import { refusalText } from '../shared/applications/application-status';
import { ApplicationsApi } from '../shared/applications/applications.api';
import { InterviewDialog, InterviewDialogData } from './interview-dialog';
import { RejectApplicationDialog, RejectApplicationDialogData } from './reject-dialog';

/**
 * The company's moves on an application, shared by the board and the applicant page: moving it (rejecting asks
 * for the reason first), proposing an interview, and telling the user what happened or why it could not.
 */
@Injectable({ providedIn: 'root' })
export class ApplicationMover {
  private readonly api = inject(ApplicationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly notifications = inject(NotificationsService);

  /** The name the company may see, or "anonymous candidate" under blind review. */
  nameOf(applicant: Pick<ApplicantResponse, 'name'>): string {
    return applicant.name ?? this.transloco.translate('applications.anonymousCandidate');
  }

  /**
   * Moves the application; to `rejected` only through the reason dialog. Emits the updated application, null when
   * the API refused (the refusal is shown; reload to see why), or nothing when the user cancelled.
   */
  move(application: ApplicationResponse, to: ApplicationStatus): Observable<ApplicationResponse | null> {
    const name = this.nameOf(application.applicant);
    const moved$: Observable<ApplicationResponse | null> =
      to === 'rejected'
        ? this.dialog
            .open<RejectApplicationDialog, RejectApplicationDialogData, ApplicationResponse>(RejectApplicationDialog, {
              data: {
                name,
                reject: (reason, note) => this.api.transition(application.id, { to, reason, note }),
              },
              width: '520px',
              maxWidth: 'calc(100vw - 32px)',
            })
            .afterClosed()
            .pipe(switchMap((updated) => (updated ? of(updated) : EMPTY)))
        : this.api.transition(application.id, { to }).pipe(catchError((error: unknown) => this.refused(error)));
    return moved$.pipe(
      tap((updated) => {
        if (updated) {
          this.done(name, to);
        }
      }),
    );
  }

  /** Proposes an interview (a message with date, time and place) and moves the application to "interview" when it may. */
  proposeInterview(
    application: ApplicationResponse,
    vacancy: Pick<VacancySummaryResponse, 'place'>,
    injector: Injector,
  ): Observable<ApplicationResponse> {
    const name = this.nameOf(application.applicant);
    return this.dialog
      .open<InterviewDialog, InterviewDialogData, ApplicationResponse>(InterviewDialog, {
        data: {
          name,
          place: vacancy.place.name,
          propose: (request) =>
            this.api
              .message(application.id, request)
              .pipe(
                switchMap((updated) =>
                  updated.allowedNext.includes('interview')
                    ? this.api.transition(application.id, { to: 'interview' })
                    : of(updated),
                ),
              ),
        },
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
        injector,
      })
      .afterClosed()
      .pipe(
        switchMap((updated) => (updated ? of(updated) : EMPTY)),
        tap(() => {
          this.notifications.refresh();
          this.snackBar.open(this.transloco.translate('companyApplications.interview.sent', { name }), undefined, {
            duration: 5000,
          });
        }),
      );
  }

  private done(name: string, to: ApplicationStatus): void {
    this.notifications.refresh();
    this.snackBar.open(
      this.transloco.translate('companyApplications.moved', {
        name,
        status: this.transloco.translate(`applications.statuses.${to}`),
      }),
      undefined,
      { duration: 5000 },
    );
  }

  private refused(error: unknown): Observable<null> {
    const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
    this.snackBar.open(refusalText(error) ?? this.transloco.translate(message.key, message.params), undefined, {
      duration: 10000,
    });
    return of(null);
  }
}
