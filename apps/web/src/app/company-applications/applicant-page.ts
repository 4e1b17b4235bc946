import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApplicationResponse, ApplicationStatus } from '@techzone/contracts';
import { filter, finalize } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { NotificationsService } from '../core/notifications/notifications.service';
import { ApplicationStatusChip } from '../shared/applications/application-status-chip';
import { ApplicationTimeline } from '../shared/applications/application-timeline';
import { ApplicationsApi } from '../shared/applications/applications.api';
import { MessageThread } from '../shared/applications/message-thread';
import { confirmAction } from '../shared/confirm-dialog';
import { LabelPipe } from '../shared/label';
import { ApplicationMover } from './application-mover';
import { moveTargets } from './board';

/** /bedrijf/sollicitaties/:id: one applicant as the company sees them, with the moves it may make. */
@Component({
  selector: 'tz-applicant-page',
  imports: [
    ApplicationStatusChip,
    ApplicationTimeline,
    DatePipe,
    LabelPipe,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressSpinnerModule,
    MessageThread,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './applicant-page.html',
  styleUrl: './applicant-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicantPage {
  private readonly api = inject(ApplicationsApi);
  private readonly mover = inject(ApplicationMover);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifications = inject(NotificationsService);
  protected readonly lang = inject(LanguageService).lang;

  /** Route parameter: the application. */
  readonly id = input.required<string>();

  protected readonly application = httpResource<ApplicationResponse>(() => this.api.url(this.id()));
  protected readonly notFound = computed(() => apiErrorStatus(this.application.error()) === 404);
  protected readonly loadError = computed(() => {
    const error = this.application.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly name = computed(() =>
    this.application.hasValue() ? this.mover.nameOf(this.application.value().applicant) : '',
  );
  protected readonly targets = computed(() =>
    this.application.hasValue() ? moveTargets(this.application.value()) : [],
  );
  protected readonly canOffer = computed(() => this.targets().includes('offered'));
  protected readonly canReject = computed(() => this.targets().includes('rejected'));
  /** An interview can be proposed while the application is still before the offer. */
  protected readonly canProposeInterview = computed(() => {
    const status = this.application.hasValue() ? this.application.value().status : null;
    return status === 'submitted' || status === 'in_review' || status === 'interview';
  });
  protected readonly busy = signal(false);
  protected readonly sendMessage = (body: string) => this.api.message(this.id(), { body });

  protected moveTo(to: ApplicationStatus): void {
    if (!this.application.hasValue() || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.mover
      .move(this.application.value(), to)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe((updated) => (updated ? this.application.set(updated) : this.application.reload()));
  }

  protected offer(): void {
    if (!this.application.hasValue()) {
      return;
    }
    confirmAction(this.dialog, {
      titleKey: 'companyApplications.offer.title',
      textKey: 'companyApplications.offer.text',
      confirmKey: 'companyApplications.offer.confirm',
      params: { name: this.name(), title: this.application.value().vacancy.title },
    })
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() => this.moveTo('offered'));
  }

  protected proposeInterview(): void {
    if (!this.application.hasValue()) {
      return;
    }
    const application = this.application.value();
    this.mover
      .proposeInterview(application, application.vacancy, this.injector)
      .subscribe((updated) => this.application.set(updated));
  }

  protected updated(application: ApplicationResponse): void {
    this.application.set(application);
    this.notifications.refresh();
  }
}
