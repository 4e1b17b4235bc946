import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EVENT_KINDS, EventResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { AuthService } from '../core/auth/auth.service';
import { EventCard } from './event-card';
import {
  canOrganizeEvents,
  EVENT_MUNICIPALITIES,
  EventFilters,
  eventFiltersFromParams,
  eventFiltersToParams,
} from './events';
import { EventsNav } from './events-nav';
import { EventsApi } from './events.api';

/**
 * /evenementen: the region's agenda of open days, company visits, career fairs and workshops, soonest first.
 * The filters (kind, municipality) live in the URL, so a selection can be shared.
 */
@Component({
  selector: 'tz-event-list-page',
  imports: [
    EventCard,
    EventsNav,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './event-list-page.html',
  styleUrl: './events-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(EventsApi);
  private readonly auth = inject(AuthService);

  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly filters = computed(() => eventFiltersFromParams(this.params()));
  protected readonly events = httpResource<EventResponse[]>(() => this.api.upcoming(this.filters()));
  /** The last list stays while the next one loads (no flicker when a filter changes). */
  protected readonly shown = linkedSignal<EventResponse[] | undefined, EventResponse[] | undefined>({
    source: () => (this.events.hasValue() ? this.events.value() : undefined),
    computation: (next, previous) => next ?? previous?.value,
  });
  protected readonly loadError = computed(() => {
    const error = this.events.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly canOrganize = computed(() => canOrganizeEvents(this.auth.user()));

  protected readonly kinds = EVENT_KINDS;
  protected readonly municipalities = EVENT_MUNICIPALITIES;
  /** Not null: mat-select would treat that option as "nothing chosen" and show an empty field. */
  protected readonly all = '';

  protected apply(filters: EventFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: eventFiltersToParams(filters),
      scroll: 'manual',
    });
  }
}
