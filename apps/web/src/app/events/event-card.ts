import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EventResponse } from '@techzone/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { availabilityText, eventWhen } from './events';

/** An event in a list: kind, title (link), when, where, who organises it and how many places are left. */
@Component({
  selector: 'tz-event-card',
  imports: [MatIconModule, RouterLink, TranslocoPipe],
  host: { 'data-testid': 'event-card' },
  template: `
    @let e = event();
    <article class="card">
      <div class="head">
        <span class="kind">{{ 'events.kinds.' + e.kind | transloco }}</span>
        @if (showStatus() && e.status !== 'published') {
          <span [class]="'tz-status tz-event-status-' + e.status" data-testid="event-status">{{
            'events.statuses.' + e.status | transloco
          }}</span>
        }
        @if (e.signedUp && e.status === 'published') {
          <span class="signed-up">
            <mat-icon aria-hidden="true" svgIcon="check_circle" />
            {{ 'events.signedUpBadge' | transloco }}
          </span>
        }
      </div>
      @if (headingLevel() === 2) {
        <h2 class="title">
          <a [routerLink]="['/evenementen', e.id]">{{ e.title }}</a>
        </h2>
      } @else {
        <h3 class="title">
          <a [routerLink]="['/evenementen', e.id]">{{ e.title }}</a>
        </h3>
      }
      <ul class="facts">
        <li>
          <mat-icon aria-hidden="true" svgIcon="event" />
          <span class="tz-visually-hidden">{{ 'events.when' | transloco }}: </span>
          <time [attr.datetime]="e.startsAt">{{ when() }}</time>
        </li>
        <li>
          <mat-icon aria-hidden="true" svgIcon="location_on" />
          <span class="tz-visually-hidden">{{ 'events.where' | transloco }}: </span>
          {{ e.place.name }}
          @if (e.place.municipality !== e.place.name) {
            ({{ e.place.municipality }})
          }
        </li>
        <li>
          <mat-icon aria-hidden="true" svgIcon="apartment" />
          <span class="tz-visually-hidden">{{ 'events.organizer' | transloco }}: </span>
          {{ e.organizer?.name ?? ('events.programOffice' | transloco) }}
        </li>
        <li data-testid="event-places">
          <mat-icon aria-hidden="true" svgIcon="group" />
          {{ availability().key | transloco: availability().params }}
        </li>
      </ul>
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 6px;
      height: 100%;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .kind {
      padding: 2px 10px;
      border-radius: 12px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-label-medium);
    }
    .signed-up {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
    }
    .signed-up mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .title a {
      text-decoration: none;
    }
    .title a:hover,
    .title a:focus-visible {
      text-decoration: underline;
    }
    .facts {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .facts li {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .facts mat-icon {
      flex: none;
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventCard {
  private readonly lang = inject(LanguageService).lang;

  readonly event = input.required<EventResponse>();
  /** 2 on the agenda (right under the page title), 3 under a section heading. */
  readonly headingLevel = input<2 | 3>(2);
  /** Organisers and candidates see a status other than "published" (pending, rejected, cancelled). */
  readonly showStatus = input(false);

  protected readonly when = computed(() => eventWhen(this.event(), this.lang()));
  protected readonly availability = computed(() => availabilityText(this.event()));
}
