import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EVENT_STATUSES, EventResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { isEditable, isEventStatus, organizingCompany } from './events';
import { EventsNav } from './events-nav';
import { EventsApi } from './events.api';

/**
 * /evenementen/beheer: the events a company organises (or, for the program office, every event) with their status
 * (pending, published, rejected, cancelled) and sign-ups; `?status=` narrows the list.
 */
@Component({
  selector: 'tz-managed-events-page',
  imports: [
    DatePipe,
    EventsNav,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './managed-events-page.html',
  styleUrl: './events-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ManagedEventsPage {
  private readonly api = inject(EventsApi);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly lang = inject(LanguageService).lang;

  /** Query parameter `?status=`; anything unknown shows every status. */
  readonly status = input<string>();

  protected readonly statuses = EVENT_STATUSES;
  protected readonly all = '';
  protected readonly activeStatus = computed(() => {
    const status = this.status();
    return isEventStatus(status) ? status : null;
  });
  protected readonly events = httpResource<EventResponse[]>(() => this.api.managedUrl());
  protected readonly rows = computed(() => {
    if (!this.events.hasValue()) {
      return null;
    }
    const status = this.activeStatus();
    return status ? this.events.value().filter((event) => event.status === status) : this.events.value();
  });
  protected readonly loadError = computed(() => {
    const error = this.events.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly company = computed(() => organizingCompany(this.auth.user()));
  protected readonly columns = ['title', 'startsAt', 'place', 'status', 'signups', 'actions'];

  protected editable(event: EventResponse): boolean {
    return isEditable(event, new Date());
  }

  protected filterBy(status: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { status: status || null },
      scroll: 'manual',
    });
  }
}
