import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EventResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { EventCard } from './event-card';
import { splitByTime } from './events';
import { EventsNav } from './events-nav';
import { EventsApi } from './events.api';

/** /evenementen/mijn: the events a student or vakmens signed up for, coming ones first; cancelled ones say so. */
@Component({
  selector: 'tz-my-events-page',
  imports: [EventCard, EventsNav, MatButtonModule, MatProgressSpinnerModule, RouterLink, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'events.mine.title' | transloco }}</h1>
      <tz-events-nav />
      @if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="events.reload()">{{ 'common.retry' | transloco }}</button>
        </div>
      } @else if (groups(); as groups) {
        @if (groups.coming.length === 0 && groups.past.length === 0) {
          <p class="empty">{{ 'events.mine.empty' | transloco }}</p>
          <a mat-flat-button routerLink="/evenementen">{{ 'events.mine.toAgenda' | transloco }}</a>
        } @else {
          <section aria-labelledby="coming-heading" data-testid="my-events-coming">
            <h2 id="coming-heading">{{ 'events.mine.coming' | transloco }}</h2>
            @if (groups.coming.length === 0) {
              <p class="empty">{{ 'events.mine.noneComing' | transloco }}</p>
            } @else {
              <ul class="cards">
                @for (event of groups.coming; track event.id) {
                  <li><tz-event-card [event]="event" [headingLevel]="3" [showStatus]="true" /></li>
                }
              </ul>
            }
          </section>
          @if (groups.past.length > 0) {
            <section aria-labelledby="past-heading">
              <h2 id="past-heading">{{ 'events.mine.past' | transloco }}</h2>
              <ul class="cards">
                @for (event of groups.past; track event.id) {
                  <li><tz-event-card [event]="event" [headingLevel]="3" [showStatus]="true" /></li>
                }
              </ul>
            </section>
          }
        }
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styleUrl: './events-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyEventsPage {
  private readonly api = inject(EventsApi);

  protected readonly events = httpResource<EventResponse[]>(() => this.api.mineUrl());
  protected readonly groups = computed(() =>
    this.events.hasValue() ? splitByTime(this.events.value(), new Date()) : null,
  );
  protected readonly loadError = computed(() => {
    const error = this.events.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
}
