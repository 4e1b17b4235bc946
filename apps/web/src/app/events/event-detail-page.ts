import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EventAttendeeResponse, EventResponse } from '@techzone/contracts';
import { filter, finalize, Observable } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { PageMeta, summary } from '../core/seo/page-meta.service';
import { confirmAction } from '../shared/confirm-dialog';
import { availabilityText, eventWhen, isEditable, isOver, placesLeft } from './events';
import { EventsApi } from './events.api';

/**
 * /evenementen/:id: an event in full. Students and vakmensen sign up or cancel their sign-up; visitors get a link
 * to log in that brings them back here. The organiser (and the program office) sees the status, edits or cancels
 * the event, and sees who signed up. The description is plain text (interpolated, never HTML).
 */
@Component({
  selector: 'tz-event-detail-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './event-detail-page.html',
  styleUrl: './event-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventDetailPage {
  private readonly api = inject(EventsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).lang;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly event = httpResource<EventResponse>(() => this.api.eventUrl(this.id()));
  protected readonly notFound = computed(() => apiErrorStatus(this.event.error()) === 404);
  protected readonly loadError = computed(() => {
    const error = this.event.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  private readonly current = computed(() => (this.event.hasValue() ? this.event.value() : null));

  protected readonly loggedIn = this.auth.isAuthenticated;

  constructor() {
    const pageMeta = inject(PageMeta);
    effect(() => {
      const event = this.current();
      if (this.notFound()) {
        pageMeta.notFound();
      } else if (event) {
        pageMeta.describe({
          title: `${event.title} · ${event.place.name}`,
          description: summary(event.description),
          type: 'article',
        });
      }
    });
  }
  /** Students and vakmensen sign up; companies, schools and the program office do not. */
  protected readonly canSignUp = computed(() => this.auth.permissions().includes('application.create'));
  protected readonly canManage = computed(() => this.current()?.canManage ?? false);
  protected readonly when = computed(() => {
    const event = this.current();
    return event ? eventWhen(event, this.lang()) : '';
  });
  protected readonly availability = computed(() => {
    const event = this.current();
    return event ? availabilityText(event) : null;
  });
  /** Open for sign-ups: published, not over. */
  protected readonly open = computed(() => {
    const event = this.current();
    return event !== null && event.status === 'published' && !isOver(event, new Date());
  });
  protected readonly full = computed(() => {
    const event = this.current();
    return event !== null && placesLeft(event) === 0;
  });
  protected readonly editable = computed(() => {
    const event = this.current();
    return event !== null && event.canManage && isEditable(event, new Date());
  });

  protected readonly attendees = httpResource<EventAttendeeResponse[]>(() =>
    this.canManage() ? this.api.attendeesUrl(this.id()) : undefined,
  );
  protected readonly attendeeColumns = ['name', 'signedUpAt'];
  protected readonly busy = signal<'signup' | 'cancelSignup' | 'cancel' | null>(null);

  protected loginUrl(): string {
    return this.router.url;
  }

  protected signUp(event: EventResponse): void {
    this.act('signup', this.api.signUp(event.id), 'events.detail.signedUp', { title: event.title });
  }

  protected cancelSignup(event: EventResponse): void {
    this.act('cancelSignup', this.api.cancelSignup(event.id), 'events.detail.signupCancelled', {
      title: event.title,
    });
  }

  protected cancelEvent(event: EventResponse): void {
    confirmAction(this.dialog, {
      titleKey: 'events.detail.cancelConfirmTitle',
      textKey: event.signups > 0 ? 'events.detail.cancelConfirmTextSignups' : 'events.detail.cancelConfirmText',
      confirmKey: 'events.detail.cancelEvent',
      params: { title: event.title, count: event.signups },
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.act('cancel', this.api.cancel(event.id), 'events.detail.cancelled', { title: event.title }),
      );
  }

  private act(
    kind: 'signup' | 'cancelSignup' | 'cancel',
    request: Observable<EventResponse>,
    doneKey: string,
    params: Record<string, string>,
  ): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(kind);
    request.pipe(finalize(() => this.busy.set(null))).subscribe({
      next: (updated) => {
        this.event.value.set(updated);
        if (updated.canManage) {
          this.attendees.reload();
        }
        this.snackBar.open(this.transloco.translate(doneKey, params), undefined, { duration: 5000 });
      },
      error: (error: unknown) => {
        const status = apiErrorStatus(error);
        const message =
          kind === 'signup' && status === 409
            ? { key: 'events.detail.signupRefused' }
            : (mapApiError(error).form[0] ?? { key: 'errors.unexpected' });
        this.snackBar.open(this.transloco.translate(message.key, message.params), undefined, { duration: 8000 });
        // Full, over or cancelled meanwhile: show how it is now.
        this.event.reload();
      },
    });
  }
}
