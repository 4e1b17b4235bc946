import { CdkDrag, CdkDragDrop, CdkDropList, DragDropModule } from '@angular/cdk/drag-drop';
import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { API_ROUTES, ApplicationResponse, ApplicationStatus, VacancyDetailResponse } from '@techzone/contracts';
import { finalize } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { LanguageService } from '../core/i18n/language.service';
import { ApplicationStatusChip } from '../shared/applications/application-status-chip';
import { ApplicationsApi } from '../shared/applications/applications.api';
import { LabelPipe } from '../shared/label';
import { ApplicationMover } from './application-mover';
import { canDropOn, dropAction, moveTargets, replaceApplication, toBoard, topSkills } from './board';

/**
 * /bedrijf/vacatures/:id/sollicitaties: the applicants of one vacancy in columns by status. Cards move by drag and
 * drop (only onto the columns the API allows) or, with the keyboard, through each card's "Move to…" menu.
 */
@Component({
  selector: 'tz-board-page',
  imports: [
    ApplicationStatusChip,
    DatePipe,
    DragDropModule,
    LabelPipe,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressSpinnerModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './board-page.html',
  styleUrl: './board-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardPage {
  private readonly api = inject(ApplicationsApi);
  private readonly mover = inject(ApplicationMover);
  protected readonly lang = inject(LanguageService).lang;

  /** Route parameter: the vacancy. */
  readonly id = input.required<string>();

  protected readonly vacancy = httpResource<VacancyDetailResponse>(() =>
    apiUrl(`${API_ROUTES.vacancies}/${encodeURIComponent(this.id())}`),
  );
  protected readonly applications = httpResource<ApplicationResponse[]>(() => this.api.boardUrl(this.id()));
  protected readonly board = computed(() => (this.applications.hasValue() ? toBoard(this.applications.value()) : null));
  protected readonly notFound = computed(() => apiErrorStatus(this.applications.error()) === 404);
  protected readonly loadError = computed(() => {
    const error = this.applications.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly busyIds = signal<ReadonlySet<string>>(new Set());

  /** CDK asks this while a card is dragged over a column. */
  protected readonly canEnter = (drag: CdkDrag<ApplicationResponse>, drop: CdkDropList<ApplicationStatus>): boolean =>
    drag.data.status === drop.data || canDropOn(drag.data, drop.data);

  protected readonly moveTargets = moveTargets;
  protected readonly topSkills = topSkills;

  protected nameOf(application: ApplicationResponse): string {
    return this.mover.nameOf(application.applicant);
  }

  protected isBusy(application: ApplicationResponse): boolean {
    return this.busyIds().has(application.id);
  }

  protected dropped(event: CdkDragDrop<ApplicationStatus, ApplicationStatus, ApplicationResponse>): void {
    if (event.previousContainer === event.container) {
      return;
    }
    const application = event.item.data;
    if (dropAction(application, event.container.data) === 'none') {
      return;
    }
    this.moveTo(application, event.container.data);
  }

  protected moveTo(application: ApplicationResponse, to: ApplicationStatus): void {
    if (this.isBusy(application)) {
      return;
    }
    this.setBusy(application.id, true);
    this.mover
      .move(application, to)
      .pipe(finalize(() => this.setBusy(application.id, false)))
      .subscribe((updated) => {
        if (updated) {
          this.applications.update((list) => replaceApplication(list ?? [], updated));
        } else {
          this.applications.reload();
        }
      });
  }

  private setBusy(id: string, busy: boolean): void {
    this.busyIds.update((ids) => {
      const next = new Set(ids);
      if (busy) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }
}
