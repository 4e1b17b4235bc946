import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EVENT_LIMITS, EventResponse } from '@techzone/contracts';
import { filter, finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { eventWhen, pendingEvents } from '../events/events';
import { EventsApi } from '../events/events.api';
import { RejectDialog, RejectDialogData, RejectDialogResult } from './reject-dialog';

/**
 * /admin/evenementen: companies' events waiting for the program office. Approving puts one in the public agenda;
 * rejecting keeps it out. Either way the company's owners and recruiters get a notification.
 */
@Component({
  selector: 'tz-event-approvals-page',
  imports: [MatButtonModule, MatIconModule, MatProgressSpinnerModule, RouterLink, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'admin.events.title' | transloco }}</h1>
      <p class="intro">{{ 'admin.events.intro' | transloco }}</p>
      <p class="links">
        <a mat-stroked-button routerLink="/evenementen/beheer">{{ 'admin.events.allEvents' | transloco }}</a>
        <a mat-stroked-button routerLink="/evenementen/nieuw">
          <mat-icon aria-hidden="true" svgIcon="add" />
          {{ 'events.add' | transloco }}
        </a>
      </p>

      @if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="events.reload()">{{ 'common.retry' | transloco }}</button>
        </div>
      } @else if (pending(); as pending) {
        <h2 aria-live="polite">{{ 'admin.events.waiting' | transloco: { count: pending.length } }}</h2>
        @if (pending.length === 0) {
          <p class="empty">{{ 'admin.events.empty' | transloco }}</p>
        } @else {
          <ul class="queue">
            @for (event of pending; track event.id) {
              <li>
                <article class="card" data-testid="pending-event" [attr.aria-labelledby]="'pending-' + event.id">
                  <h3 [id]="'pending-' + event.id">
                    <a [routerLink]="['/evenementen', event.id]">{{ event.title }}</a>
                  </h3>
                  <dl>
                    <dt>{{ 'events.organizer' | transloco }}</dt>
                    <dd>{{ event.organizer?.name ?? ('events.programOffice' | transloco) }}</dd>
                    <dt>{{ 'events.kind' | transloco }}</dt>
                    <dd>{{ 'events.kinds.' + event.kind | transloco }}</dd>
                    <dt>{{ 'events.when' | transloco }}</dt>
                    <dd>
                      <time [attr.datetime]="event.startsAt">{{ when(event) }}</time>
                    </dd>
                    <dt>{{ 'events.where' | transloco }}</dt>
                    <dd>
                      @if (event.address) {
                        {{ event.address }},
                      }
                      {{ event.place.name }} ({{ event.place.municipality }})
                    </dd>
                    <dt>{{ 'events.places.label' | transloco }}</dt>
                    <dd>{{ event.capacity ?? ('events.places.unlimited' | transloco) }}</dd>
                  </dl>
                  <p class="description">{{ event.description }}</p>
                  <div class="actions">
                    <button
                      type="button"
                      mat-flat-button
                      [disabled]="busyId() === event.id"
                      [attr.aria-label]="'admin.events.approveLabel' | transloco: { title: event.title }"
                      (click)="approve(event)"
                    >
                      {{ 'admin.events.approve' | transloco }}
                    </button>
                    <button
                      type="button"
                      mat-stroked-button
                      [disabled]="busyId() === event.id"
                      [attr.aria-label]="'admin.events.rejectLabel' | transloco: { title: event.title }"
                      (click)="reject(event)"
                    >
                      {{ 'admin.events.reject' | transloco }}
                    </button>
                  </div>
                </article>
              </li>
            }
          </ul>
        }
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .intro {
      max-width: 760px;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .queue {
      display: flex;
      flex-direction: column;
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
      max-width: 820px;
    }
    .card {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 8px;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .description {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    @media (max-width: 479.98px) {
      dl {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventApprovalsPage {
  private readonly api = inject(EventsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).lang;

  /** The program office manages every event; the queue shows those waiting for approval. */
  protected readonly events = httpResource<EventResponse[]>(() => this.api.managedUrl());
  protected readonly pending = computed(() => (this.events.hasValue() ? pendingEvents(this.events.value()) : null));
  protected readonly loadError = computed(() => {
    const error = this.events.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly busyId = signal<string | null>(null);

  protected when(event: EventResponse): string {
    return eventWhen(event, this.lang());
  }

  protected approve(event: EventResponse): void {
    this.decide(event, true);
  }

  /** The company hears that it was not approved, with the program office's explanation if one is given. */
  protected reject(event: EventResponse): void {
    this.dialog
      .open<RejectDialog, RejectDialogData, RejectDialogResult>(RejectDialog, {
        data: {
          titleKey: 'admin.events.rejectTitle',
          textKey: 'admin.events.rejectText',
          noteKey: 'admin.events.rejectNote',
          confirmKey: 'admin.events.reject',
          params: { title: event.title, organizer: event.organizer?.name ?? '' },
          maxLength: EVENT_LIMITS.reviewNoteMax,
        },
        width: '480px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter((result): result is RejectDialogResult => result !== undefined))
      .subscribe((result) => this.decide(event, false, result.note));
  }

  private decide(event: EventResponse, approve: boolean, note?: string): void {
    this.busyId.set(event.id);
    this.api
      .review(event.id, approve, note)
      .pipe(finalize(() => this.busyId.set(null)))
      .subscribe({
        next: (updated) => {
          this.events.value.update((list) => list?.map((item) => (item.id === updated.id ? updated : item)));
          const key = approve ? 'admin.events.approved' : 'admin.events.rejected';
          this.snackBar.open(this.transloco.translate(key, { title: event.title }), undefined, { duration: 5000 });
        },
        error: (error: unknown) => {
          const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
          this.snackBar.open(this.transloco.translate(message.key, message.params), undefined, { duration: 8000 });
          this.events.reload();
        },
      });
  }
}
